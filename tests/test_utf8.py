"""Matching a folded text as UTF-8 bytes encoded once gives the spans matching the str gives.

Rules search a document's folded text dozens of times; :class:`Utf8Text`
encodes it once and maps byte offsets back to characters itself.  Whatever
the text — ASCII, a few non-ASCII characters, many of them, a lone
surrogate — the matches must be the ones ``regex.finditer(text)`` gives.
Empty matches, which no rule reports, are left out: the wrapper's own str
path misplaces them after a multibyte character.
"""

from __future__ import annotations

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.document import Block, BlockKind, Document, TextBuilder
from claimcheck.utf8 import MAX_EXTRA_BYTES, Utf8Text

PATTERNS = [r"\bjapan\b", "œu", r"n°\s*\d+", ".", "", r"[^ ]+", "x*", "€ ?\\d+", r"\w+", "x*|.", "(?:)|€", r"\b", r"\B", "$", "^"]


def str_spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re2.compile(pattern).finditer(text)]


@pytest.mark.parametrize("max_extra_bytes", [MAX_EXTRA_BYTES, 10.0])  # as shipped; every text through the index
@settings(max_examples=1000)
@given(
    text=st.text(alphabet="japan xœu€n°12 .\u3042\U0001f600", max_size=80),
    pattern=st.sampled_from(PATTERNS),
)
def test_the_spans_are_those_of_matching_the_str(text: str, pattern: str, max_extra_bytes: float) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("claimcheck.utf8.MAX_EXTRA_BYTES", max_extra_bytes)
        spans = list(Utf8Text(text).spans(re2.compile(pattern)))
    assert spans == [span for span in str_spans(pattern, text) if span[0] < span[1]]


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("japan and nato", True),  # ASCII: a byte is a character
        ("le japon, n° 1, œuvre – 5 €" + " plain text" * 20, True),  # a few non-ASCII characters: indexed
        ("日本と北大西洋条約機構 japan", False),  # mostly non-ASCII: matched as str
    ],
)
def test_each_kind_of_text_is_matched_the_right_way_with_the_same_spans(text: str, encoded: bool) -> None:
    utf8 = Utf8Text(text)
    assert (utf8.data is not None) is encoded
    for pattern in [r"\bjapan\b", r"\bnato\b", r"\d+", r"œuvre|€"]:
        regex = re2.compile(pattern)
        assert list(utf8.spans(regex)) == str_spans(pattern, text)
        assert utf8.search(regex) is (regex.search(text) is not None)


def test_a_lone_surrogate_is_left_to_the_wrapper_which_refuses_it_as_before() -> None:
    text = "japan \udc80 nato"  # a reader plugin may hand over any str
    utf8 = Utf8Text(text)
    assert utf8.data is None
    with pytest.raises(UnicodeEncodeError):
        str_spans("nato", text)
    with pytest.raises(UnicodeEncodeError):
        list(utf8.spans(re2.compile("nato")))


def test_offsets_after_multibyte_characters_are_character_offsets() -> None:
    text = "œ € 😀 japan"  # 2-, 3- and 4-byte characters before the word
    text += " filler" * 20  # few enough non-ASCII characters to be indexed
    utf8 = Utf8Text(text)
    assert utf8.data is not None
    assert list(utf8.spans(re2.compile("japan"))) == [(6, 11)]
    assert text[6:11] == "japan"
    assert utf8.character_offset(len(utf8.data)) == len(text)


def test_groups_come_with_each_match() -> None:
    utf8 = Utf8Text("l'œuvre et le japon" + " ..." * 10)
    found = [(start, end, match.group("word") is not None) for start, end, match in utf8.matches(re2.compile(r"(?P<word>japon)|œuvre"))]
    assert found == [(2, 7, False), (14, 19, True)]


def test_a_document_encodes_its_folded_text_once() -> None:
    builder = TextBuilder("Le Japon")
    builder.copy(0, 8)
    document = Document(path="x.md", format="markdown", source="Le Japon", text=builder.text(),
                        blocks=[Block(BlockKind.PARAGRAPH, 0, 8)], source_map=builder.source_map())
    assert document.folded_utf8 is document.folded_utf8
    assert document.folded_utf8.data == b"le japon"
