"""The document model every reader produces and every rule reads.

A reader turns the decoded source of a file into a :class:`Document`: the prose
``text`` that rules see, the ``blocks`` of that text, and a :class:`SourceMap`
that takes any offset of ``text`` back to the exact line and column of the
original file.  Positions are carried from the parser through the map; nothing
downstream ever searches the source for a matched string to find where it was.

Readers build documents with a :class:`TextBuilder`, which records, for every
piece of text it is given, where in the source that piece came from.
"""

from __future__ import annotations

import bisect
import enum
from array import array
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence

if TYPE_CHECKING:
    from claimcheck.utf8 import Utf8Text

__all__ = [
    "Block",
    "BlockKind",
    "Comment",
    "Document",
    "Position",
    "Section",
    "SourceMap",
    "Span",
    "TextBuilder",
    "line_starts",
]


class BlockKind(str, enum.Enum):
    """What a span of prose is, as the format's author wrote it."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    QUOTE = "quote"
    TABLE_CELL = "table-cell"


class Span(NamedTuple):
    """A half-open range ``[start, end)`` of offsets in ``Document.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """One block of prose: a span of ``Document.text`` with its structure.

    ``level`` is the heading level for headings and the nesting depth for list
    items and quotes (1 for the outermost).  ``section`` is the path of heading
    titles above the block, outermost first.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    section: tuple[str, ...] = ()


class Section(NamedTuple):
    """The text under one heading, up to the next heading of the same or a higher level.

    Text before the first heading forms a section with an empty ``path``.
    """

    start: int
    end: int
    level: int
    path: tuple[str, ...]


class Comment(NamedTuple):
    """A comment in the source (HTML/XML comment, Markdown ``<!-- -->``).

    Comments are not prose, but inline suppression reads them, so readers keep
    their body and where they stood in the source (character offsets).
    """

    body: str
    source_start: int
    source_end: int


class Position(NamedTuple):
    """A place in the original file: 1-based line and column (in characters), 0-based offset."""

    line: int
    column: int
    offset: int


def line_starts(source: str) -> list[int]:
    r"""Offsets at which each line of ``source`` starts.

    ``\r\n``, lone ``\r`` and ``\n`` each end a line, so files from any
    platform give the line numbers an editor shows.
    """
    starts = [0]
    index = 0
    length = len(source)
    find_n = source.find
    if "\r" not in source:
        # The common case: only ``\n`` ends lines, so one ``find`` per line suffices.
        append = starts.append
        while True:
            n = find_n("\n", index)
            if n < 0:
                return starts
            index = n + 1
            append(index)
    while True:
        n = find_n("\n", index)
        r = find_n("\r", index, n if n >= 0 else length)
        if r >= 0:
            end = r + 2 if r + 1 < length and source[r + 1] == "\n" else r + 1
        elif n >= 0:
            end = n + 1
        else:
            break
        starts.append(end)
        index = end
    return starts


class SourceMap:
    """Maps offsets of a document's ``text`` to positions in its source.

    The map is a sorted list of segments; each says that ``text[t : t + n]``
    stands for ``source[s : s + m]``.  When ``n == m`` the correspondence is
    character for character; otherwise (an entity such as ``&amp;`` standing
    for ``&``) every offset inside maps to the start of the source range.
    Offsets between segments — separators the reader inserted between blocks —
    map to the end of the preceding segment's source range.
    """

    __slots__ = (
        "_text_starts",
        "_text_lengths",
        "_source_starts",
        "_source_lengths",
        "_source",
        "_starts",
        "_labels",
    )

    def __init__(
        self,
        source: str,
        segments: Sequence[tuple[int, int, int, int]],
        labels: Sequence[tuple[int, str]] = (),
    ) -> None:
        # Columns of machine integers rather than lists of int objects: a large
        # document has hundreds of thousands of segments, and an int object
        # plus its list slot costs five times the 8 bytes an array needs.
        self._text_starts = array("q", [segment[0] for segment in segments])
        self._text_lengths = array("q", [segment[1] for segment in segments])
        self._source_starts = array("q", [segment[2] for segment in segments])
        self._source_lengths = array("q", [segment[3] for segment in segments])
        self._source = source
        self._starts: array[int] | None = None
        self._labels = sorted(labels)

    @classmethod
    def _from_columns(
        cls,
        source: str,
        columns: tuple[array[int], array[int], array[int], array[int]],
        labels: Sequence[tuple[int, str]],
    ) -> SourceMap:
        """A map from segment columns a :class:`TextBuilder` has already built (no per-segment tuples)."""
        source_map = cls.__new__(cls)
        source_map._text_starts, source_map._text_lengths, source_map._source_starts, source_map._source_lengths = columns
        source_map._source = source
        source_map._starts = None
        source_map._labels = sorted(labels)
        return source_map

    @property
    def _line_starts(self) -> array[int]:
        """The source's line starts, computed on first use: most documents never report a position."""
        starts = self._starts
        if starts is None:
            starts = self._starts = array("q", line_starts(self._source))
        return starts

    def source_offset(self, text_offset: int, *, end: bool = False) -> int:
        """The source offset of ``text_offset``; with ``end``, of the character before it, plus one.

        ``end=True`` is for the exclusive end of a span, so that a span that
        ends at a segment boundary ends where its last character ends.
        """
        if not self._text_starts:
            return 0
        if end and text_offset > 0:
            return self.source_offset(text_offset - 1) + 1
        index = bisect.bisect_right(self._text_starts, text_offset) - 1
        if index < 0:
            return self._source_starts[0]
        start = self._text_starts[index]
        length = self._text_lengths[index]
        if text_offset < start + length:
            if length == self._source_lengths[index]:
                return self._source_starts[index] + (text_offset - start)
            return self._source_starts[index]
        return self._source_starts[index] + max(self._source_lengths[index] - 1, 0)

    def position_of_source(self, source_offset: int) -> Position:
        """Line and column of a source offset."""
        starts = self._line_starts
        line_index = bisect.bisect_right(starts, source_offset) - 1
        return Position(line_index + 1, source_offset - starts[line_index] + 1, source_offset)

    def position(self, text_offset: int, *, end: bool = False) -> Position:
        """Line and column in the source of an offset of ``text`` (see :meth:`source_offset`)."""
        return self.position_of_source(self.source_offset(text_offset, end=end))

    def label(self, text_offset: int) -> str | None:
        """The structural label (``"paragraph 4"``, an XML ``eId``) at a text offset, if the format has one."""
        if not self._labels:
            return None
        index = bisect.bisect_right(self._labels, (text_offset, "\uffff")) - 1
        return self._labels[index][1] if index >= 0 else None

    def line_text(self, source: str, line: int) -> str:
        """The source line ``line`` (1-based) without its line break."""
        starts = self._line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(source)
        return source[start:end].rstrip("\r\n")


class Document:
    """A checked file: its source, the prose ``text`` rules see, blocks and a source map.

    ``folded``, ``sections`` and ``sentences`` are computed on first use, so a
    run whose rules never ask for sentences never splits any.
    """

    def __init__(
        self,
        *,
        path: str,
        format: str,
        source: str,
        text: str,
        blocks: Sequence[Block],
        source_map: SourceMap,
        comments: Sequence[Comment] = (),
        language: str | None = None,
    ) -> None:
        self.path = path
        self.format = format
        self.source = source
        self.text = text
        self.blocks = tuple(blocks)
        self.source_map = source_map
        self.comments = tuple(comments)
        self._language = language
        self._block_sentences: dict[int, tuple[Span, ...]] = {}

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, format={self.format!r}, blocks={len(self.blocks)})"

    @cached_property
    def folded(self) -> str:
        """``text`` folded for matching (see :mod:`claimcheck.fold`); same length, same offsets."""
        from claimcheck.fold import fold

        return fold(self.text)

    @cached_property
    def folded_utf8(self) -> "Utf8Text":
        """``folded`` encoded once for the rules' RE2 patterns (see :mod:`claimcheck.utf8`)."""
        from claimcheck.utf8 import Utf8Text

        return Utf8Text(self.folded)

    @cached_property
    def language(self) -> str:
        """``"en"`` or ``"fr"``: as the reader declared it, or guessed from the text."""
        if self._language:
            return self._language
        from claimcheck.language import guess_language

        return guess_language(self.folded)

    @cached_property
    def block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """Sections cut at headings; each runs to the next heading of the same or a higher level."""
        return tuple(_sections(self.blocks, len(self.text)))

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentences of every block, cut with the document's language's abbreviations."""
        return tuple(span for index in range(len(self.blocks)) for span in self.sentences_in_block(index))

    def sentences_in_block(self, index: int) -> tuple[Span, ...]:
        """The sentences of ``blocks[index]``, cut the first time they are asked for.

        Cutting sentences is the costliest step of checking a document in
        which some rule's words occur; a rule usually needs the sentences of
        the few blocks where its words are, not all of them.
        """
        sentences = self._block_sentences.get(index)
        if sentences is None:
            from claimcheck.sentences import split_sentences

            block = self.blocks[index]
            sentences = tuple(split_sentences(self.text, block.start, block.end, language=self.language))
            self._block_sentences[index] = sentences
        return sentences

    def block_at(self, offset: int) -> Block | None:
        """The block that contains ``offset``, if any."""
        index = bisect.bisect_right(self.block_starts, offset) - 1
        if index >= 0 and offset < self.blocks[index].end:
            return self.blocks[index]
        return None


def _sections(blocks: Sequence[Block], text_length: int) -> Iterable[Section]:
    headings = [block for block in blocks if block.kind is BlockKind.HEADING]
    first_start = headings[0].start if headings else text_length
    if first_start > 0 or not headings:
        yield Section(0, first_start, 0, ())
    for index, heading in enumerate(headings):
        end = text_length
        for later in headings[index + 1 :]:
            if later.level <= heading.level:
                end = later.start
                break
        yield Section(heading.start, end, heading.level, heading.section)


class TextBuilder:
    """Builds a document's ``text`` piece by piece, remembering where each piece came from.

    Readers call :meth:`copy` for prose taken verbatim from the source,
    :meth:`replace` for text that stands for a differently written source
    range (an entity, a line break normalised to ``\\n``), and :meth:`separate`
    for text that exists in no source (the blank line between two blocks).

    A piece that continues the previous one character for character (the
    next stretch of the same source line, a ``\\n`` for a one-character line
    break) extends the previous segment instead of starting a new one.
    """

    __slots__ = (
        "source",
        "_parts",
        "_text_starts",
        "_text_lengths",
        "_source_starts",
        "_source_lengths",
        "_labels",
        "_length",
        "_run_text_end",
        "_run_source_end",
    )

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._text_starts: array[int] = array("q")
        self._text_lengths: array[int] = array("q")
        self._source_starts: array[int] = array("q")
        self._source_lengths: array[int] = array("q")
        self._labels: list[tuple[int, str]] = []
        self._length = 0
        # Where the last segment ends in the text and the source, if it maps
        # character for character (else -1): a piece starting at both ends extends it.
        self._run_text_end = -1
        self._run_source_end = -1

    @property
    def offset(self) -> int:
        """The length of the text built so far: the offset the next piece will start at."""
        return self._length

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` to the text."""
        if end <= start:
            return
        # _append inlined for the most frequent call of every reader: a copy always maps
        # character for character, so it extends the last segment when it continues it.
        text = self.source[start:end]
        size = len(text)
        if size != end - start:  # a range past the end of the source
            self._append(text, start, end - start)
            return
        length = self._length
        self._parts.append(text)
        self._length = length + size
        if length == self._run_text_end and start == self._run_source_end:
            self._text_lengths[-1] += size
            self._source_lengths[-1] += size
            self._run_text_end = length + size
            self._run_source_end = end
            return
        self._text_starts.append(length)
        self._text_lengths.append(size)
        self._source_starts.append(start)
        self._source_lengths.append(size)
        self._run_text_end = length + size
        self._run_source_end = end

    def replace(self, text: str, start: int, end: int) -> None:
        """Append ``text``, which stands for ``source[start:end]``."""
        if not text:
            return
        self._append(text, start, end - start)

    def separate(self, text: str) -> None:
        """Append ``text`` that has no place in the source."""
        if text:
            self._parts.append(text)
            self._length += len(text)

    def label(self, text: str) -> None:
        """Give the text appended from now on a structural label."""
        self._labels.append((self._length, text))

    def _append(self, text: str, source_start: int, source_length: int) -> None:
        length = self._length
        size = len(text)
        self._parts.append(text)
        self._length = length + size
        if size == source_length and length == self._run_text_end and source_start == self._run_source_end:
            self._text_lengths[-1] += size
            self._source_lengths[-1] += size
            self._run_text_end = length + size
            self._run_source_end = source_start + size
            return
        self._text_starts.append(length)
        self._text_lengths.append(size)
        self._source_starts.append(source_start)
        self._source_lengths.append(source_length)
        if size == source_length:
            self._run_text_end = length + size
            self._run_source_end = source_start + size
        else:
            self._run_text_end = -1

    def text(self) -> str:
        return "".join(self._parts)

    def source_map(self) -> SourceMap:
        columns = (self._text_starts[:], self._text_lengths[:], self._source_starts[:], self._source_lengths[:])
        return SourceMap._from_columns(self.source, columns, self._labels)
