"""The stretches of a document each rule scope stands for, and containment checks on them."""

from __future__ import annotations

import bisect
import math
from typing import Iterator, Sequence, overload

from claimcheck.document import BlockKind, Document, Span
from claimcheck.rules.model import Scope

__all__ = ["SentenceSpans", "SpanIndex", "covered", "scope_spans", "uncovered"]

_BLOCK_KINDS = {
    Scope.HEADING: (BlockKind.HEADING,),
    Scope.PARAGRAPH: (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.TABLE_CELL),
    Scope.LIST_ITEM: (BlockKind.LIST_ITEM,),
    Scope.QUOTE: (BlockKind.QUOTE,),
    Scope.TABLE_CELL: (BlockKind.TABLE_CELL,),
}


def covered(excepted: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the ``excepted`` spans holds ``[start, end)`` entirely.

    An exception takes back only the matches it covers whole (a keyword rule's
    ``exceptions``, a scope trigger's ``unless``): a match that reaches past it
    still counts.
    """
    return any(low <= start and end <= high for low, high in excepted)


def scope_spans(document: Document, scope: Scope) -> Sequence[Span]:
    """The spans of ``document`` that a rule of ``scope`` looks at, in text order.

    ``paragraph`` means every block of running prose (paragraphs, list
    items, quotes, table cells) — everything but headings.
    """
    if scope is Scope.DOCUMENT:
        return (Span(0, len(document.text)),)
    if scope is Scope.SECTION:
        return tuple(Span(section.start, section.end) for section in document.sections)
    if scope is Scope.SENTENCE:
        return SentenceSpans(document)
    kinds = _BLOCK_KINDS[scope]
    return tuple(Span(block.start, block.end) for block in document.blocks if block.kind in kinds)


class SentenceSpans(Sequence[Span]):
    """A document's sentences: all of them when iterated, only the blocks concerned when searched.

    Cutting a document into sentences is the costliest part of checking a
    document in which a rule's words occur, and a rule usually needs the
    sentences around its matches only.  Asking which sentence holds a range,
    or which sentences follow a position, cuts the sentences of the blocks
    around it (see :meth:`~claimcheck.document.Document.sentences_in_block`);
    the answers are those a search of all the sentences gives.
    """

    __slots__ = ("_document",)

    def __init__(self, document: Document) -> None:
        self._document = document

    @overload
    def __getitem__(self, index: int) -> Span: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Span]: ...
    def __getitem__(self, index: int | slice) -> Span | Sequence[Span]:
        return self._document.sentences[index]

    def __len__(self) -> int:
        return len(self._document.sentences)

    def __iter__(self) -> Iterator[Span]:
        return iter(self._document.sentences)

    def from_position(self, offset: int) -> Iterator[Span]:
        """The sentence with the largest start at or before ``offset`` (if any), then every later one, in order."""
        document = self._document
        index = bisect.bisect_right(document.block_starts, offset) - 1
        first: Span | None = None
        for earlier in range(index, -1, -1):  # the block of ``offset`` may have no sentence at or before it
            sentences = document.sentences_in_block(earlier)
            position = bisect.bisect_right(sentences, (offset, math.inf)) - 1
            if position >= 0:
                first = sentences[position]
                break
        if first is not None:
            yield first
        for later in range(max(index, 0), len(document.blocks)):
            for sentence in document.sentences_in_block(later):
                if sentence.start > offset:
                    yield sentence

    def containing(self, start: int, end: int) -> Span | None:
        """The sentence that holds ``[start, end)``, if one does."""
        span = next(self.from_position(start), None)
        return span if span is not None and span.start <= start and end <= span.end else None


class SpanIndex:
    """Answers "which span holds ``[start, end)``?" for sorted, non-overlapping spans.

    The index is built on the first question; sentences are searched block by
    block (:class:`SentenceSpans`), never all cut for one question.
    """

    __slots__ = ("_spans", "_starts", "_search")

    def __init__(self, spans: Sequence[Span]) -> None:
        self._spans = spans
        self._starts: list[int] | None = None
        self._search = spans.containing if isinstance(spans, SentenceSpans) else None

    def containing(self, start: int, end: int) -> Span | None:
        if self._search is not None:
            return self._search(start, end)
        if self._starts is None:
            self._starts = [span.start for span in self._spans]
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0:
            return None
        span = self._spans[index]
        return span if end <= span.end else None


def uncovered(spans: Sequence[Span], evidence: Sequence[tuple[int, int]]) -> list[Span]:
    """The spans that hold none of the ``evidence`` ranges (a coverage rule's misses)."""
    index = SpanIndex(spans)
    covered = {index.containing(start, end) for start, end in evidence}
    return [span for span in spans if span not in covered]
