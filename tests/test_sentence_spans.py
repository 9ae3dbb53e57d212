"""Sentences cut block by block, on demand, give the answers a search of all the sentences gives."""

from __future__ import annotations

import bisect

from hypothesis import given, strategies as st

from claimcheck.readers.markdown import MarkdownReader
from claimcheck.scopes import SentenceSpans, SpanIndex

_PIECES = ["NATO and Japan met.", "M. Dupont said so.", "It is crucial!", "Really?", "e.g. this", "\n\n", "\n\n   \n\n", "- item one.", "> quoted. Again.", "# Title", " ", "U.S. forces."]

documents = st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join)


def global_containing(sentences, start: int, end: int):
    starts = [sentence.start for sentence in sentences]
    index = bisect.bisect_right(starts, start) - 1
    if index < 0:
        return None
    return sentences[index] if end <= sentences[index].end else None


def global_from(sentences, offset: int):
    starts = [sentence.start for sentence in sentences]
    index = max(bisect.bisect_right(starts, offset) - 1, 0)
    return list(sentences[index:])


@given(source=documents, data=st.data())
def test_per_block_answers_are_the_global_ones(source: str, data: st.DataObject) -> None:
    document = MarkdownReader().read(source, path="x.md")
    everything = MarkdownReader().read(source, path="x.md").sentences  # a fresh document: all cut at once
    start = data.draw(st.integers(min_value=0, max_value=len(document.text)))
    end = data.draw(st.integers(min_value=start, max_value=len(document.text)))
    spans = SentenceSpans(document)
    assert SpanIndex(spans).containing(start, end) == global_containing(everything, start, end)
    assert list(spans.from_position(start)) == global_from(everything, start)
    assert tuple(spans) == everything


def test_a_search_cuts_only_the_blocks_it_needs() -> None:
    source = "".join(f"Paragraph {number}. It has two sentences.\n\n" for number in range(50))
    document = MarkdownReader().read(source, path="x.md")
    offset = document.text.index("Paragraph 25")
    span = SentenceSpans(document).containing(offset, offset + 5)
    assert document.text[span.start : span.end] == "Paragraph 25."
    assert sorted(document._block_sentences) == [25]
