"""The Markdown reader: a line-based parser that keeps the source position of every character.

No third-party Markdown library is used because none reports where each
character of the rendered prose stood in the source, and findings must point
at the exact column.  The reader follows CommonMark and GitHub's extensions as
far as prose is concerned, in two phases:

1. Block phase.  Lines are grouped into leaf blocks (headings, paragraphs,
   table cells) inside containers (block quotes and list items, handled by
   stripping their prefixes and parsing the inner lines recursively).  Code,
   front matter, thematic breaks and link reference definitions are dropped
   here.
2. Inline phase.  The lines of one leaf are joined into a *stream* whose
   offsets map back to the source; markup (emphasis markers, links, code
   spans, HTML tags and comments, URLs) is dropped, entities and escapes are
   resolved, and the remaining pieces are copied into the document text.

It is deliberately conservative: when a construct does not parse cleanly its
characters are kept as prose, and no input makes it raise.
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from itertools import accumulate, repeat
from operator import itemgetter, sub
from typing import Any, NamedTuple, Sequence

from claimcheck.document import Block, BlockKind, Comment, Document, TextBuilder
from claimcheck.readers.text import SourceLine, source_lines


#: Quotes and lists nested deeper than this are read as text: each level is parsed
#: recursively, and a hostile file with 10 000 ">" must not exhaust the stack.
MAX_NESTING = 64
__all__ = ["MarkdownReader"]


class _Context(NamedTuple):
    """Where a group of lines sits: the block kind its paragraphs get, and the container depths."""

    kind: BlockKind
    level: int
    quote_depth: int
    list_depth: int
    #: Whether the lines are consecutive lines of the source from which at most blanks were
    #: stripped (all but the first, which may have lost a list marker): the top level and
    #: list items not inside a quote.  See :func:`_continue_paragraph`.
    contiguous: bool = False

    @property
    def top(self) -> bool:
        return self.kind is BlockKind.PARAGRAPH


class _Leaf(NamedTuple):
    """A leaf block found by the block phase; ``lines`` are the source ranges of its content."""

    kind: BlockKind
    level: int
    lines: tuple[SourceLine, ...]
    #: Whether the lines are consecutive lines of an ``\n``-only source, each after the first
    #: stripped of at most leading blanks (see ``_Context.contiguous``): then the source
    #: slice from the first line's start to the last one's end reads as their joined text.
    contiguous: bool = False


_TOP = _Context(BlockKind.PARAGRAPH, 0, 0, 0, True)

_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$", re.S)
_THEMATIC = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r"(=+|-+)[ \t]*$")
_LIST_MARKER = re.compile(r"([-+*]|(\d{1,9})[.)])(?=[ \t]|$)")
_LINK_DEFINITION = re.compile(r"\[(?!\^)((?:[^\\\[\]]|\\.){1,999})\]:[ \t]*\S")
_TABLE_DELIMITER = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_REFERENCE_LABEL = r"[ \t]{0,3}\[(?!\^)((?:[^\\\[\]\n\r]|\\.){1,999})\]:"
#: A link reference definition's label at the start of the source, and after a ``\n``: the
#: leading ``\n`` lets the engine jump from line to line instead of trying every offset.
_REFERENCE_LABEL_AT_START = re.compile(_REFERENCE_LABEL)
_REFERENCE_LABELS = re.compile("\n" + _REFERENCE_LABEL)
_FRONT_MATTER_LANGUAGE = re.compile(r"^\s*(?:lang|language)\s*[:=]\s*[\"']?([A-Za-z]{2})\b", re.M)
#: A line that continues an open paragraph whatever its indentation: its first non-blank
#: character can start no setext underline (``=`` ``-``), fence (`````` ` `````` ``~``), thematic
#: break (``*`` ``-`` ``_``), quote, ATX heading or list marker (``-`` ``+`` ``*`` digits), and
#: is no whitespace (so the line is not blank).
_CONTINUATION = re.compile(r"[ \t]*[^\s=\-`~*_>#+0-9]")
#: A line that starts a paragraph: less than 4 columns of indentation (no tabs, so no
#: indented code), and a first character that can start none of the blocks above nor a link
#: reference definition (``[``).  A ``|`` anywhere may start a table: checked separately.
_PARAGRAPH_START = re.compile(r" {0,3}[^\s=\-`~*_>#+0-9\[]")
#: A run of whole lines of an ``\n``-only source that each match ``_CONTINUATION``.
_CONTINUATION_RUN = re.compile(r"(?:[ \t]*[^\s=\-`~*_>#+0-9][^\n]*(?:\n|\Z))*")


#: By number of spaces: a run of non-blank lines indented by at least that many spaces.
_INDENTED_RUNS: dict[int, re.Pattern[str]] = {}

#: The blanks that indent a line.
_BLANKS = re.compile(r"[ \t]*")


def _is_blank(source: str, start: int, end: int) -> bool:
    if start < end and not source[start].isspace():
        return False  # the usual answer, without slicing the line
    return source[start:end].isspace() or start >= end


def _indent(source: str, start: int, end: int) -> tuple[int, int]:
    """The indentation of a line in columns (a tab counts as up to 4) and the offset of its first non-blank."""
    if start >= end or source[start] not in " \t":
        return 0, start  # most lines are not indented
    first = _BLANKS.match(source, start, end).end()  # type: ignore[union-attr]  # always matches
    if source.find("\t", start, first) < 0:
        return first - start, first  # spaces only: one column each
    columns = 0
    index = start
    while index < end and source[index] in " \t":
        columns = columns + 4 - columns % 4 if source[index] == "\t" else columns + 1
        index += 1
    return columns, index


def _strip_columns(source: str, line: SourceLine, columns: int) -> SourceLine:
    """``line`` without its first ``columns`` columns of indentation (a tab is taken whole)."""
    seen = 0
    index = line.start
    while index < line.end and seen < columns and source[index] in " \t":
        seen = seen + 4 - seen % 4 if source[index] == "\t" else seen + 1
        index += 1
    return SourceLine(index, line.end, line.brk)


def _comment_state(text: str, in_comment: bool) -> bool:
    """Whether an HTML comment is still open at the end of ``text``, given whether one was at its start."""
    position = 0
    while True:
        if in_comment:
            close = text.find("-->", position)
            if close < 0:
                return True
            position = close + 3
            in_comment = False
        else:
            opening = text.find("<!--", position)
            if opening < 0:
                return False
            position = opening + 4
            in_comment = True


def _continue_paragraph(
    source: str, lines: Sequence[SourceLine], index: int, paragraph: list[SourceLine], contiguous: bool
) -> tuple[int, bool]:
    """Append to ``paragraph`` the lines from ``index`` on that plainly continue it (see ``_CONTINUATION``).

    A fast path for the most common lines: :meth:`_BlockParser.parse` would
    find each of them neither blank, nor a setext underline, nor interrupting,
    and append it.  Stops after a line that leaves an HTML comment open, which
    the caller handles; returns the index of the next line and whether a comment is open.

    With ``contiguous`` (the lines are consecutive lines of an ``\\n``-only source, at most
    stripped of blanks after the first: ``_CONTINUATION`` gives the same answer on the whole
    source line), the run of continuing lines is found by one match over the source.
    """
    find = source.find
    count = len(lines)
    if contiguous:
        start = lines[index].start
        run = _CONTINUATION_RUN.match(source, start, lines[count - 1].brk)
        if run is not None:
            run_end = run.end()
            if run_end == start:
                return index, False
            if find("<!--", start, run_end) < 0:
                # Each line of the run is ended by a "\n", or by the end of the last line.
                taken = source.count("\n", start, run_end) + (source[run_end - 1] != "\n")
                paragraph.extend(lines[index : index + taken])
                return index + taken, False
    continuation = _CONTINUATION.match
    while index < count:
        line = lines[index]
        start, end = line.start, line.end
        if continuation(source, start, end) is None:
            break
        paragraph.append(line)
        index += 1
        if find("<!--", start, end) >= 0 and _comment_state(source[start:end], False):
            return index, True
    return index, False


class _BlockParser:
    """The block phase: turns lines into leaves, recursing into quotes and list items."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.leaves: list[_Leaf] = []
        self.newlines_only = "\r" not in source

    def parse(self, lines: Sequence[SourceLine], context: _Context) -> None:
        source = self.source
        paragraph: list[SourceLine] = []
        in_comment = False
        index = 0
        count = len(lines)
        contiguous = context.contiguous and self.newlines_only
        while index < count:
            line = lines[index]
            if paragraph and in_comment:
                # An HTML comment swallows everything up to its end, blank lines included.
                paragraph.append(line)
                in_comment = _comment_state(source[line.start : line.end], True)
                index += 1
                continue
            if paragraph:
                run_end, in_comment = _continue_paragraph(source, lines, index, paragraph, contiguous)
                if run_end > index:
                    index = run_end
                    if in_comment or index == count:
                        continue
                    # The line after the run does not continue the paragraph plainly either.
                    line = lines[index]
            elif _PARAGRAPH_START.match(source, line.start, line.end) and source.find("|", line.start, line.end) < 0:
                # Fast path: a line that _block_start would reject, so it opens a paragraph.
                paragraph = [line]
                in_comment = source.find("<!--", line.start, line.end) >= 0 and _comment_state(
                    source[line.start : line.end], False
                )
                index += 1
                continue
            if line.start == line.end:  # an empty line, the most frequent blank line
                self._paragraph(paragraph, context)
                paragraph = []
                index += 1
                continue
            if source[line.start] in " \t":
                indent, first = _indent(source, line.start, line.end)
                blank = _is_blank(source, first, line.end)
            else:  # most lines are not indented (and this one is not empty): _indent and _is_blank inlined
                indent, first = 0, line.start
                blank = source[first].isspace() and _is_blank(source, first, line.end)
            if blank:
                self._paragraph(paragraph, context)
                paragraph = []
                index += 1
                continue
            rest = source[first : line.end]
            if paragraph:
                if indent < 4 and _SETEXT.match(rest):
                    level = 1 if rest[0] == "=" else 2
                    self._heading(paragraph, level, context)
                    paragraph = []
                    index += 1
                    continue
                if indent >= 4 or not self._interrupts(rest):
                    paragraph.append(line)
                    in_comment = _comment_state(rest, False)
                    index += 1
                    continue
                self._paragraph(paragraph, context)
                paragraph = []
            if indent >= 4:
                if context.list_depth:
                    paragraph = [line]
                    in_comment = _comment_state(rest, False)
                    index += 1
                else:
                    index = self._skip_indented_code(lines, index)
                continue
            next_index = self._block_start(lines, index, first, rest, context)
            if next_index is not None:
                index = next_index
                continue
            paragraph = [line]
            in_comment = _comment_state(rest, False)
            index += 1
        self._paragraph(paragraph, context)

    def _block_start(
        self, lines: Sequence[SourceLine], index: int, first: int, rest: str, context: _Context
    ) -> int | None:
        """Parse the block that starts at ``lines[index]``, if it is not a paragraph; the next line's index."""
        line = lines[index]
        fence = _FENCE.match(rest)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            return self._skip_fence(lines, index, fence.group(1))
        if _THEMATIC.match(rest):
            return index + 1
        if rest.startswith("#"):
            hashes = len(rest) - len(rest.lstrip("#"))
            if hashes <= 6 and (len(rest) == hashes or rest[hashes] in " \t"):
                self._atx_heading(line, first + hashes, hashes, context)
                return index + 1
        nested_too_deep = context.quote_depth + context.list_depth >= MAX_NESTING
        if rest.startswith(">") and not nested_too_deep:
            return self._quote(lines, index, context)
        marker = _LIST_MARKER.match(rest)
        if marker and not nested_too_deep:
            return self._list_item(lines, index, first, marker.end(), context)
        if _LINK_DEFINITION.match(rest):
            return index + 1
        if "|" in rest and index + 1 < len(lines):
            return self._table(lines, index, context)
        return None

    def _interrupts(self, rest: str) -> bool:
        """Whether a line (already known not to be indented code) ends an open paragraph."""
        fence = _FENCE.match(rest)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            return True
        if _THEMATIC.match(rest) or rest.startswith(">"):
            return True
        if rest.startswith("#"):
            hashes = len(rest) - len(rest.lstrip("#"))
            return hashes <= 6 and (len(rest) == hashes or rest[hashes] in " \t")
        marker = _LIST_MARKER.match(rest)
        if marker:
            # As in CommonMark, only a non-empty item, and for ordered lists only one numbered 1, interrupts.
            if not rest[marker.end() :].strip():
                return False
            return marker.group(2) is None or marker.group(2) == "1"
        return False

    def _starts_block(self, line: SourceLine) -> bool:
        """Whether a line would start a block of its own (and so cannot be a lazy continuation)."""
        indent, first = _indent(self.source, line.start, line.end)
        if indent >= 4:
            return False
        rest = self.source[first : line.end]
        return self._interrupts(rest) or bool(_LIST_MARKER.match(rest))

    def _skip_indented_code(self, lines: Sequence[SourceLine], index: int) -> int:
        source = self.source
        while index < len(lines):
            line = lines[index]
            indent, first = _indent(source, line.start, line.end)
            if indent < 4 and not _is_blank(source, first, line.end):
                break
            index += 1
        return index

    def _skip_fence(self, lines: Sequence[SourceLine], index: int, opening: str) -> int:
        """The index after the fence's closing line; an unclosed fence runs to the end of its container."""
        source = self.source
        for later in range(index + 1, len(lines)):
            line = lines[later]
            indent, first = _indent(source, line.start, line.end)
            rest = source[first : line.end].rstrip(" \t")
            if indent < 4 and len(rest) >= len(opening) and rest == opening[0] * len(rest):
                return later + 1
        return len(lines)

    def _atx_heading(self, line: SourceLine, start: int, level: int, context: _Context) -> None:
        source = self.source
        end = line.end
        while end > start and source[end - 1] in " \t":
            end -= 1
        closing = end
        while closing > start and source[closing - 1] == "#":
            closing -= 1
        if closing == start or source[closing - 1] in " \t":
            end = closing
        self._heading([SourceLine(start, end, end)], level, context)

    def _heading(self, lines: Sequence[SourceLine], level: int, context: _Context) -> None:
        if context.top:
            self.leaves.append(_Leaf(BlockKind.HEADING, level, tuple(lines), self.newlines_only))
        else:
            self._paragraph(lines, context)

    def _paragraph(self, lines: Sequence[SourceLine], context: _Context) -> None:
        if lines:
            contiguous = context.contiguous and self.newlines_only
            # tuple.__new__: _Leaf(...) without its Python call, for the most frequent leaves.
            self.leaves.append(tuple.__new__(_Leaf, (context.kind, context.level, tuple(lines), contiguous)))

    def _quote(self, lines: Sequence[SourceLine], index: int, context: _Context) -> int:
        """Collect a block quote's lines without their ``>`` and parse them one level deeper."""
        source = self.source
        inner: list[SourceLine] = []
        lazy_allowed = False
        while index < len(lines):
            line = lines[index]
            indent, first = _indent(source, line.start, line.end)
            if indent < 4 and source.startswith(">", first) and first < line.end:
                start = first + 1
                if start < line.end and source[start] in " \t":
                    start += 1
                inner.append(SourceLine(start, line.end, line.brk))
                lazy_allowed = not _is_blank(source, start, line.end)
            elif lazy_allowed and not _is_blank(source, first, line.end) and not self._starts_block(line):
                inner.append(line)
            else:
                break
            index += 1
        depth = context.quote_depth + 1
        self.parse(inner, _Context(BlockKind.QUOTE, depth, depth, context.list_depth))
        return index

    def _list_item(
        self, lines: Sequence[SourceLine], index: int, first: int, marker_length: int, context: _Context
    ) -> int:
        """Collect one list item's lines without its marker and indentation and parse them one level deeper."""
        source = self.source
        line = lines[index]
        indent, _ = _indent(source, line.start, line.end)
        marker_end = first + marker_length
        spaces, content = _indent(source, marker_end, line.end)
        if content >= line.end:
            content_indent = indent + marker_length + 1
        elif spaces > 4:
            content_indent = indent + marker_length + 1
            content = marker_end + 1
        else:
            content_indent = indent + marker_length + spaces
        inner = [SourceLine(content, line.end, line.brk)]
        lazy_allowed = content < line.end
        index += 1
        if context.contiguous and not context.list_depth and self.newlines_only and index < len(lines):
            # The lines are whole lines of the source (the top level, after any front matter):
            # the run of non-blank lines indented by at least content_indent spaces is found
            # by one match, and each is stripped of that many characters, as below.
            pattern = _INDENTED_RUNS.get(content_indent)
            if pattern is None:
                pattern = _INDENTED_RUNS[content_indent] = re.compile(
                    r"(?: {%d}[^\n]*?\S[^\n]*(?:\n|\Z))*" % content_indent
                )
            start = lines[index].start
            run = pattern.match(source, start, lines[-1].brk)
            if run is not None and run.end() > start:
                run_end = run.end()
                taken = source.count("\n", start, run_end) + (source[run_end - 1] != "\n")
                chunk = lines[index : index + taken]
                starts = map(content_indent.__add__, map(_START, chunk))
                inner.extend(map(tuple.__new__, repeat(SourceLine), zip(starts, map(_END, chunk), map(_BRK, chunk))))
                lazy_allowed = True
                index += taken
        while index < len(lines):
            line = lines[index]
            if line.start == line.end:  # an empty line: blank, as below
                inner.append(line)
                lazy_allowed = False
                index += 1
                continue
            columns, first = _indent(source, line.start, line.end)
            if _is_blank(source, first, line.end):
                inner.append(line)
                lazy_allowed = False
            elif columns >= content_indent:
                if first - line.start == columns:
                    # Every blank of the indentation is one column wide: strip that many characters.
                    inner.append(SourceLine(line.start + content_indent, line.end, line.brk))
                else:
                    inner.append(_strip_columns(source, line, content_indent))
                lazy_allowed = True
            elif lazy_allowed and not self._starts_block(line):
                inner.append(line)
            else:
                break
            index += 1
        depth = context.list_depth + 1
        # tuple.__new__: _Context(...) without its Python call.
        inner_context = (BlockKind.LIST_ITEM, depth, context.quote_depth, depth, context.contiguous)
        self.parse(inner, tuple.__new__(_Context, inner_context))
        return index

    def _table(self, lines: Sequence[SourceLine], index: int, context: _Context) -> int | None:
        """Parse a pipe table whose header is ``lines[index]``; None if the next line is no delimiter row."""
        source = self.source
        header = lines[index]
        delimiter = lines[index + 1]
        _, delimiter_first = _indent(source, delimiter.start, delimiter.end)
        delimiter_text = source[delimiter_first : delimiter.end]
        if "|" not in delimiter_text or not _TABLE_DELIMITER.match(delimiter_text):
            return None
        header_cells = self._cells(header)
        if len(header_cells) != len(self._cells(SourceLine(delimiter_first, delimiter.end, delimiter.brk))):
            return None
        rows = [header_cells]
        index += 2
        while index < len(lines):
            line = lines[index]
            _, first = _indent(source, line.start, line.end)
            if _is_blank(source, first, line.end) or "|" not in source[first : line.end] or self._starts_block(line):
                break
            rows.append(self._cells(line))
            index += 1
        for row in rows:
            for start, end in row:
                if start < end:
                    self.leaves.append(_Leaf(BlockKind.TABLE_CELL, 0, (SourceLine(start, end, end),)))
        return index

    def _cells(self, line: SourceLine) -> list[tuple[int, int]]:
        """The source ranges of a table row's cells, without the pipes and surrounding blanks."""
        source = self.source
        _, start = _indent(source, line.start, line.end)
        end = line.end
        while end > start and source[end - 1] in " \t":
            end -= 1
        if start < end and source[start] == "|":
            start += 1
        if end > start and source[end - 1] == "|" and (end - 2 < start or source[end - 2] != "\\"):
            end -= 1
        cells: list[tuple[int, int]] = []
        cell_start = start
        position = start
        while position < end:
            char = source[position]
            if char == "\\":
                position += 2
                continue
            if char == "`":
                position = _past_code_span(source, position, end)
                continue
            if char == "|":
                cells.append(self._trim(cell_start, position))
                cell_start = position + 1
            position += 1
        cells.append(self._trim(cell_start, end))
        return cells

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        source = self.source
        end = min(end, len(source))
        while start < end and source[start].isspace():
            start += 1
        while end > start and source[end - 1].isspace():
            end -= 1
        return start, end


# ---------------------------------------------------------------------------
# Inline phase

# Pieces of a leaf's text, in stream offsets: copied, replaced (entity) or a line break; and
# whole lines of a verbatim stream, from prose to prose, to copy trimmed (see _prose).
_COPY, _REPLACE, _BREAK, _LINES = 0, 1, 2, 3


class _Piece(NamedTuple):
    kind: int
    start: int
    end: int
    text: str = ""


#: Builds a piece from a tuple of its four fields without the Python call of ``_Piece(...)``.
_new_piece = tuple.__new__


class _Delimiter(NamedTuple):
    """A run of emphasis markers that may open or close emphasis; resolved after the scan."""

    char: str
    start: int
    end: int
    can_open: bool
    can_close: bool


#: Where markup may start: a markup character, or a bare URL's ``http://``, ``https://`` or
#: ``www.`` (in any case) not preceded by a word character or one of ``/.@-``.  Every
#: branch starts with one character class so that the engine skips prose quickly; ``ſ``
#: is listed because case-insensitive matching takes it for an ``s``.
_SPECIAL = re.compile(
    r"[\\`<\[!&*_~hHwW]"
    r"(?:(?<=[\\`<\[!&*_~])"
    r"|(?<![\w/.@-][hH])(?<=[hH])[tT][tT][pP][sSſ]?://"
    r"|(?<![\w/.@-][wW])(?<=[wW])[wW][wW]\.)"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*)>")
_TAG = re.compile(
    r"<(?:(?P<open>[A-Za-z][A-Za-z0-9-]*)"
    r"(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>"
    r"|/[A-Za-z][A-Za-z0-9-]*\s*>|![A-Za-z][^>]*>|\?.*?\?>|!\[CDATA\[.*?\]\]>)",
    re.S,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>]*", re.I)
_URL_TRAILING = ".,:;!?*_~'\"’”»"
_ESCAPABLE = frozenset(string.punctuation)
_RAW_TEXT_TAGS = ("script", "style")


def _is_punctuation(char: str) -> bool:
    # The ASCII characters of Unicode categories P and S are exactly string.punctuation.
    return char in _ESCAPABLE or (char > "\x7f" and unicodedata.category(char)[0] in "PS")


class _InlineParser:
    """The inline phase for one leaf: what of its stream is prose, and where HTML comments are.

    Every ``[`` that starts no link is prose, and the scan goes on right after it; so
    the scans that decide whether a ``[`` starts a link (its closing bracket, the
    destination after it, the closing quote of a title, the end of an HTML
    construct) would read the same stretch of the stream again for each of many
    ``[`` (``[[[[…``, ``[a](`` repeated, ``<?`` repeated): quadratic time.  Each of
    those scans is therefore memoised, or answered from a list of positions made
    once, so that a leaf is read in about linear time whatever its brackets.
    """

    __slots__ = (
        "stream",
        "labels",
        "label_limit",
        "label_room",
        "comments",
        "delimiters",
        "_closings",
        "_walks",
        "_spaces",
        "_positions",
        "_runs",
        "_unterminated",
    )

    def __init__(self, stream: str, labels: frozenset[str], label_limit: int = -1) -> None:
        self.stream = stream
        self.labels = labels
        if label_limit < 0:
            label_limit = max(map(len, labels), default=0)
        #: The longest normalised label; a text up to this length plus a margin is normalised
        #: directly, a longer one by :meth:`_long_label`.
        self.label_limit = label_limit
        self.label_room = label_limit + 64
        self.comments: list[tuple[int, int]] = []
        #: The indices in the items of the innermost :meth:`parse` of its delimiters.
        self.delimiters: list[int] = []
        #: For each end of scan (the stream's, then the ends of link texts when they need
        #: their own), the memo of :meth:`_closing_bracket`: by stop position, where the
        #: scan at depth 0 from there ends.
        self._closings: dict[int, dict[int, int | None]] = {}
        #: The memo of the destination scans (:meth:`_destination`), by stop position.
        self._walks: dict[int, int | None] | None = None
        #: By offset, the offset after the run of whitespace there (to the stream's end).
        self._spaces: dict[int, int] | None = None
        #: By name, sorted offsets made once: ``>`` and line feeds, unescaped quotes and ``)``.
        self._positions: dict[str, list[int]] | None = None
        #: The whitespace runs of the stream (starts, ends, whitespace before each), made once.
        self._runs: tuple[list[int], list[int], list[int]] | None = None
        #: By (terminator, end): an offset after which that terminator does not occur before end.
        self._unterminated: dict[tuple[str, int], int] | None = None

    def parse(self, start: int, end: int) -> list[_Piece]:
        """The prose pieces of ``stream[start:end]``, with emphasis resolved."""
        stream = self.stream
        items: list[_Piece | _Delimiter] = []
        outer = self.delimiters  # a link's text is parsed from within its parent's parse
        self.delimiters = delimiters = []
        position = start
        while position < end:
            match = _SPECIAL.search(stream, position, end)
            if match is None:
                items.append(_new_piece(_Piece, (_COPY, position, end, "")))
                break
            found = match.start()
            if found > position:
                items.append(_new_piece(_Piece, (_COPY, position, found, "")))
            position = self._special(found, end, items)
        self.delimiters = outer
        return _resolve_emphasis(items, delimiters)

    def _special(self, index: int, end: int, items: list[_Piece | _Delimiter]) -> int:
        """Handle the construct starting at ``index``, append its pieces; the index after it."""
        stream = self.stream
        char = stream[index]
        if char in "*_~":  # the most frequent markup: emphasis
            return self._delimiter(index, end, items)
        if char == "\\":
            if index + 1 < end and stream[index + 1] in _ESCAPABLE:
                items.append(_Piece(_COPY, index + 1, index + 2))
                return index + 2
            if index + 1 < end and stream[index + 1] == "\n":
                return index + 1  # a hard line break: the backslash is markup
            items.append(_Piece(_COPY, index, index + 1))
            return index + 1
        if char == "`":
            return self._code_span(index, end, items)
        if char == "<":
            return self._angle(index, end, items)
        if char == "[" or (char == "!" and stream.startswith("[", index + 1)):
            link_end = self._link(index, end, items)
            if link_end is not None:
                return link_end
            width = 2 if char == "!" else 1
            items.append(_Piece(_COPY, index, index + width))
            return index + width
        if char == "&":
            match = _ENTITY.match(stream, index, end)
            if match:
                import html  # here: html.entities is 1.5 ms of start-up, and most files have no entity

                value = html.unescape(match.group())
                if value != match.group():
                    items.append(_Piece(_REPLACE, index, match.end(), value))
                    return match.end()
            items.append(_Piece(_COPY, index, index + 1))
            return index + 1
        if char in "hHwW":
            return self._bare_url(index, end, items)
        items.append(_Piece(_COPY, index, index + 1))
        return index + 1

    def _code_span(self, index: int, end: int, items: list[_Piece | _Delimiter]) -> int:
        stream = self.stream
        run_end = index
        while run_end < end and stream[run_end] == "`":
            run_end += 1
        run = run_end - index
        search = run_end
        while True:
            closing = stream.find("`" * run, search, end)
            if closing < 0:
                items.append(_Piece(_COPY, index, run_end))
                return run_end
            closing_end = closing + run
            if closing_end < end and stream[closing_end] == "`":
                while closing_end < end and stream[closing_end] == "`":
                    closing_end += 1
                search = closing_end
                continue
            return closing_end

    def _angle(self, index: int, end: int, items: list[_Piece | _Delimiter]) -> int:
        """Comments, autolinks and HTML tags are markup; a ``<`` that is none of them is prose."""
        stream = self.stream
        if stream.startswith("<!--", index):
            closing = stream.find("-->", index + 4, end)
            comment_end = end if closing < 0 else closing + 3
            self.comments.append((index, comment_end))
            return comment_end
        match = _AUTOLINK.match(stream, index, end)
        if match is None:
            # A processing instruction, declaration or CDATA section is a tag only if its
            # terminator follows before the end.  When none does, the tag pattern would look
            # for it to the end, and again for each of many ``<?``: the offsets known to have
            # no terminator after them are kept, and the pattern is not tried from there.
            following = stream[index + 1 : index + 2]
            terminator = ""
            if following == "?":
                terminator, after = "?>", index + 2
            elif following == "!":
                if stream.startswith("[CDATA[", index + 2):
                    terminator, after = "]]>", index + 9
                elif stream[index + 2 : index + 3].isalpha():  # the pattern wants [A-Za-z]: no matter
                    terminator, after = ">", index + 3
            unterminated = False
            if terminator:
                known_to_lack = self._unterminated
                if known_to_lack is None:
                    known_to_lack = self._unterminated = {}
                key = (terminator, end)
                known = known_to_lack.get(key)
                if known is not None and after >= known:
                    unterminated = True
                elif stream.find(terminator, after, end) < 0:
                    known_to_lack[key] = after if known is None else min(known, after)
                    unterminated = True
            if not unterminated:
                match = _TAG.match(stream, index, end)
        if match is None:
            items.append(_Piece(_COPY, index, index + 1))
            return index + 1
        name = (match.groupdict().get("open") or "").lower()
        if name in _RAW_TEXT_TAGS:
            closing = re.compile(rf"</{name}\s*>", re.I).search(stream, match.end(), end)
            return closing.end() if closing else end
        return match.end()

    def _link(self, index: int, end: int, items: list[_Piece | _Delimiter]) -> int | None:
        """Links and images keep only their text (or alt text); None if ``[`` starts no link."""
        stream = self.stream
        text_start = index + (2 if stream[index] == "!" else 1)
        text_end = self._closing_bracket(text_start, end)
        if text_end is None:
            return None
        after = text_end + 1
        link_end: int | None = None
        labels = self.labels
        if after < end and stream[after] == "(":
            link_end = self._destination(after + 1, end)
        elif labels and after < end and stream[after] == "[":
            label_end = self._closing_bracket(after + 1, end)
            if label_end is not None:
                if label_end > after + 1:
                    label_start, label_stop = after + 1, label_end
                else:  # [text][]: the text is the label
                    label_start, label_stop = text_start, text_end
                if label_stop - label_start <= self.label_room:
                    if _normalize_label(stream[label_start:label_stop]) in labels:
                        link_end = label_end + 1
                elif self._long_label(label_start, label_stop):
                    link_end = label_end + 1
        if link_end is None and labels:
            if text_end - text_start <= self.label_room:
                if _normalize_label(stream[text_start:text_end]) in labels:
                    link_end = after
            elif self._long_label(text_start, text_end):
                link_end = after
        if link_end is None:
            return None
        items.extend(self.parse(text_start, text_end))
        return link_end

    def _closing_bracket(self, start: int, end: int) -> int | None:
        """The offset of the ``]`` that closes the ``[`` before ``start``, before ``end``; None if none does.

        Nested brackets pair up, and an escaped character or a code span is skipped.
        The scan that pairs them up is the same from wherever it starts except for its
        depth, so it is memoised: by stop position (an offset where a scan at depth 0
        stood on a ``[``, ``]``, backslash or backtick), the offset where the scan from
        there at depth 0 ends, a ``[`` being skipped to just after its own ``]``.  Each
        stop is then read once, not once for each ``[`` before it.

        The scan runs to the stream's end first.  For a link's text, which ends earlier,
        its answer holds whenever it is before that end (the scan then never looked
        further); otherwise (a code span that closes only after the end, say) the scan is
        made again within the end, with a memo of its own.
        """
        stream = self.stream
        stop = _BRACKET_STOP.search
        match = stop(stream, start, end)
        if match is None:
            return None
        position = match.start()
        if stream[position] == "]":  # the most frequent case, [text]: nothing to remember
            return position
        limit = len(stream)
        while True:
            memo = self._closings.get(limit)
            if memo is None:
                memo = self._closings[limit] = {}
            # The scans that wait for an inner ``[`` to close, each with the stops it stood on.
            frames: list[list[int]] = []
            seen: list[int] = []
            if limit != end:
                match = stop(stream, start, limit)
            while True:
                if match is None:
                    result = None  # no closing bracket before the end
                else:
                    position = match.start()
                    result = memo.get(position, _UNKNOWN)
                    if result is _UNKNOWN:
                        seen.append(position)
                        char = stream[position]
                        if char == "]":
                            result = position
                        else:
                            if char == "[":  # a new scan, one level deeper, from after it
                                frames.append(seen)
                                seen = []
                                position += 1
                            elif char == "\\":
                                position += 2
                            else:
                                position = _past_code_span(stream, position, limit)
                            match = stop(stream, position, limit)
                            continue
                # The innermost scan ends at ``result``: so does the scan from each of its stops.
                for position in seen:
                    memo[position] = result
                if result is None:  # an unclosed ``[`` leaves every bracket around it unclosed
                    for seen in frames:
                        for position in seen:
                            memo[position] = None
                    break
                if not frames:
                    break
                seen = frames.pop()
                match = stop(stream, result + 1, limit)
            if limit == end or (result is not None and result < end):
                return result
            limit = end
            match = stop(stream, start, end)

    def _destination(self, start: int, end: int) -> int | None:
        """The index after ``(destination "title")`` starting just after the ``(``; None if malformed.

        The destination is ``<…>`` on one line, or a run without whitespace in which
        parentheses pair up and a backslash escapes the next character; a title is quoted
        with ``"``, ``'`` or ``(…)``.  Every scan is answered from the stream as a whole
        (a scan that would run past ``end`` fails within it), from memos or sorted lists
        of offsets, so that many ``(`` before the same stretch do not each read it again.
        """
        stream = self.stream
        position = start
        if position >= end:
            return None
        if stream[position].isspace():
            position = self._skip_space(position, end)
            if position >= end:
                return None
        if stream[position] == "<":
            # The first ``>`` after it closes the destination, if no line feed comes first:
            # looked for nearby, then in the list of them all.
            match = _ANGLE_STOP.search(stream, position + 1, min(end, position + _NEARBY))
            if match is not None:
                closing = match.start()
            else:
                stops = self._sorted_positions("angle")
                found = bisect.bisect_right(stops, position)
                if found == len(stops):
                    return None
                closing = stops[found]
            if closing >= end or stream[closing] != ">":
                return None
            position = closing + 1
        else:
            # Where the plain destination ends: at whitespace or at a ``)`` outside
            # parentheses.  A walk that ends in parentheses or past ``end`` fails.
            match = _DESTINATION_STOP.search(stream, position, end)
            if match is None:
                return None
            position = match.start()
            if stream[position] in "(\\":
                position = self._walk(position)
                if position is None or position >= end:
                    return None
        if position < end and stream[position].isspace():
            position = self._skip_space(position, end)
        if position < end and stream[position] in "\"'(":
            # Just after the first closing quote (``)`` for ``(``) not escaped by a backslash:
            # looked for nearby, then in the list of them all.
            quote = stream[position]
            match = _TITLES[quote].match(stream, position + 1, min(end, position + _NEARBY))
            if match is not None:
                position = match.end()
            else:
                closers = self._sorted_positions(quote)
                found = bisect.bisect_right(closers, position + 1)
                if found == len(closers) or closers[found] > end:
                    return None
                position = closers[found]
            position = self._skip_space(position, end)
        if position < end and stream[position] == ")":
            return position + 1
        return None

    def _walk(self, start: int) -> int | None:
        """Where a plain link destination that starts at ``start`` ends, to the stream's end.

        That is the first whitespace or ``)`` outside parentheses (the stream's length if
        none), a backslash escaping the next character; None if the destination ends
        inside parentheses.  Memoised like :meth:`_closing_bracket`, by stop position.
        """
        stream = self.stream
        memo = self._walks
        if memo is None:
            memo = self._walks = {}
        stop = _DESTINATION_STOP.search
        length = len(stream)
        frames: list[list[int]] = []
        seen: list[int] = []
        match = stop(stream, start)
        while True:
            if match is None:
                result: int | None = length  # the stream ends in the destination
            else:
                position = match.start()
                result = memo.get(position, _UNKNOWN)
                if result is _UNKNOWN:
                    seen.append(position)
                    char = stream[position]
                    if char == "(":  # a new walk, one level deeper, from after it
                        frames.append(seen)
                        seen = []
                        match = stop(stream, position + 1)
                        continue
                    if char == "\\":
                        match = stop(stream, position + 2)
                        continue
                    result = position  # whitespace, or ``)`` outside parentheses
            for position in seen:
                memo[position] = result
            if not frames:
                return result
            seen = frames.pop()
            if result is not None and result < length and stream[result] == ")":
                match = stop(stream, result + 1)
                continue
            # The inner walk ended inside its parentheses, or not at a ``)``: so does every outer one.
            for position in seen:
                memo[position] = None
            for seen in frames:
                for position in seen:
                    memo[position] = None
            return None

    def _skip_space(self, position: int, end: int) -> int:
        """The offset of the first non-whitespace character from ``position``, at most ``end``."""
        if position >= end:
            return position
        spaces = self._spaces
        if spaces is None:
            spaces = self._spaces = {}
        after = spaces.get(position)
        if after is None:
            after = spaces[position] = _SPACES.match(self.stream, position).end()
        return after if after < end else end

    def _sorted_positions(self, name: str) -> list[int]:
        """Sorted offsets in the stream, found once.

        For "angle", those of ``>`` and line feeds.  For an opening quote (``"``, ``'``
        or ``(``), the offsets just after its closing quotes (``)`` for ``(``) that are
        not escaped: a title scan from just after the opening quote (no backslash) pairs
        a backslash with the next character, so a quote closes if it follows an even run
        of backslashes, and the first one after the opening quote closes the title.
        """
        positions = self._positions
        if positions is None:
            positions = self._positions = {}
        found = positions.get(name)
        if found is None:
            if name == "angle":
                found = list(map(_match_start, _ANGLE_STOP.finditer(self.stream)))
            else:
                found = list(map(_match_end, _TITLE_ENDS[name].finditer(self.stream)))
            positions[name] = found
        return found

    def _long_label(self, start: int, end: int) -> bool:
        """Whether ``stream[start:end]``, normalised, is a label: for a long text, without reading its whitespace.

        A label's normalised length is at least the number of non-whitespace characters
        of the text (case folding never shortens a character), so a text with more of them
        than the longest label has is none.  Otherwise it has no more words than that, and
        they are taken from between the whitespace runs of the stream, found once.
        """
        runs = self._runs
        if runs is None:
            starts: list[int] = []
            ends: list[int] = []
            before = [0]  # whitespace before each run
            total = 0
            for match in _SPACE_RUNS.finditer(self.stream):
                run_start, run_end = match.span()
                starts.append(run_start)
                ends.append(run_end)
                total += run_end - run_start
                before.append(total)
            runs = self._runs = (starts, ends, before)
        starts, ends, before = runs
        # The whitespace before ``start`` and before ``end``.
        first = bisect.bisect_right(starts, start)
        space_start = before[first - 1] + min(ends[first - 1], start) - starts[first - 1] if first else 0
        last = bisect.bisect_right(starts, end)
        space_end = before[last - 1] + min(ends[last - 1], end) - starts[last - 1] if last else 0
        if (end - start) - (space_end - space_start) > self.label_limit:
            return False
        stream = self.stream
        words = []
        position = start
        run = bisect.bisect_right(ends, start)
        while run < len(starts) and starts[run] < end:
            if starts[run] > position:
                words.append(stream[position : starts[run]])
            position = ends[run]
            run += 1
        if position < end:
            words.append(stream[position:end])
        return " ".join(words).casefold() in self.labels

    def _delimiter(self, index: int, end: int, items: list[_Piece | _Delimiter]) -> int:
        stream = self.stream
        char = stream[index]
        run_end = index + 1
        while run_end < end and stream[run_end] == char:
            run_end += 1
        if char == "~" and run_end - index != 2:
            items.append(_Piece(_COPY, index, run_end))
            return run_end
        before = stream[index - 1] if index > 0 else "\n"
        after = stream[run_end] if run_end < len(stream) else "\n"
        before_space = before.isspace()
        after_space = after.isspace()
        before_punctuation = _is_punctuation(before)
        after_punctuation = _is_punctuation(after)
        left = not after_space and (not after_punctuation or before_space or before_punctuation)
        right = not before_space and (not before_punctuation or after_space or after_punctuation)
        if char == "*" and before.isdigit() and after.isdigit():
            can_open = can_close = False  # 2*3: multiplication, not emphasis
        elif char == "_":
            can_open = left and (not right or before_punctuation)
            can_close = right and (not left or after_punctuation)
        else:
            can_open, can_close = left, right
        self.delimiters.append(len(items))
        items.append(tuple.__new__(_Delimiter, (char, index, run_end, can_open, can_close)))
        return run_end

    def _bare_url(self, index: int, end: int, items: list[_Piece | _Delimiter]) -> int:
        stream = self.stream
        match = _URL.match(stream, index, end)
        if match is None:  # pragma: no cover - _SPECIAL only stops at URL starts
            items.append(_Piece(_COPY, index, index + 1))
            return index + 1
        url_end = match.end()
        opening = closing = -1  # the parentheses in stream[index:url_end], counted once
        while url_end > index:
            last = stream[url_end - 1]
            if last in _URL_TRAILING:
                url_end -= 1
            elif last == ")":
                if closing < 0:
                    opening = stream.count("(", index, url_end)
                    closing = stream.count(")", index, url_end)
                if opening >= closing:
                    break
                url_end -= 1
                closing -= 1
            else:
                break
        return url_end


#: Where the scan of :meth:`_InlineParser._closing_bracket` stops.
_BRACKET_STOP = re.compile(r"[\\`\[\]]")

#: Link titles: each opening quote, and the escaped closing quote that ends the title.
_TITLE_CLOSERS = (('"', '"'), ("'", "'"), ("(", r"\)"))

#: Where the walk of :meth:`_InlineParser._walk` along a link destination stops.
_DESTINATION_STOP = re.compile(r"[\s()\\]")

#: What may close a ``<…>`` link destination: ``>``, or a line feed that makes it no destination.
_ANGLE_STOP = re.compile(r"[>\n]")

#: By opening quote: a link title after it, to its closing quote (``)`` for ``(``).
_TITLES = {quote: re.compile(rf"(?:[^{closer}\\]|\\[\s\S])*{closer}") for quote, closer in _TITLE_CLOSERS}

#: By opening quote: its closing quote after an even run of backslashes (none escaped).
_TITLE_ENDS = {quote: re.compile(rf"(?<!\\)(?:\\\\)*{closer}") for quote, closer in _TITLE_CLOSERS}

#: How far a link title or ``<…>`` destination is looked for before its list of closers is made.
_NEARBY = 200

_SPACES = re.compile(r"\s*")
_SPACE_RUNS = re.compile(r"\s+")

#: No memoised answer yet (None is an answer).
_UNKNOWN: Any = object()

_match_start = re.Match.start
_match_end = re.Match.end


def _normalize_label(label: str) -> str:
    return " ".join(label.split()).casefold()


def _resolve_emphasis(items: list[_Piece | _Delimiter], delimiters: Sequence[int]) -> list[_Piece]:
    """Drop the emphasis markers that pair up; unpaired ones are prose (``2 * 3``, ``snake_case``).

    ``delimiters`` are the indices of the markers in ``items``, in order.
    Pairing follows CommonMark loosely: a closer takes the nearest opener of
    the same character, markers are consumed from the inside out, and a
    ``~~`` only pairs with a ``~~``.
    """
    if not delimiters:
        return items  # type: ignore[return-value]  # pieces only
    if len(delimiters) == 2:
        # The most frequent case, **bold** once in a paragraph: the second closes the first or not.
        first_index, second_index = delimiters
        first = items[first_index]
        second = items[second_index]
        assert isinstance(first, _Delimiter) and isinstance(second, _Delimiter)
        first_length = first.end - first.start
        second_length = second.end - second.start
        taken = 0
        if first.can_open and second.can_close and first.char == second.char:
            if first.char != "~" or first_length == second_length:
                taken = min(first_length, second_length)
        pieces = items[:first_index]
        if taken < first_length:
            pieces.append(_new_piece(_Piece, (_COPY, first.start, first.end - taken, "")))
        pieces.extend(items[first_index + 1 : second_index])
        if taken < second_length:
            pieces.append(_new_piece(_Piece, (_COPY, second.start + taken, second.end, "")))
        pieces.extend(items[second_index + 1 :])
        return pieces  # type: ignore[return-value]  # pieces only
    openers: list[int] = []
    # For each character, the places in ``openers`` of its openers: a closer looks at those
    # of its own character only, not at every opener of the others (``*a `` many times
    # then ``a_ `` many times would be quadratic).
    own_openers: dict[str, list[int]] = {"*": [], "_": [], "~": []}
    stacks = tuple(own_openers.values())
    used_open = [0] * len(items)
    used_close = [0] * len(items)
    for index in delimiters:
        item = items[index]
        assert isinstance(item, _Delimiter)
        remaining = item.end - item.start
        if item.can_close:
            own = own_openers[item.char]
            place = len(own) - 1
            while place >= 0 and remaining:
                stack_index = own[place]
                place -= 1
                opener_index = openers[stack_index]
                opener = items[opener_index]
                assert isinstance(opener, _Delimiter)
                available = opener.end - opener.start - used_open[opener_index]
                if item.char == "~" and available != remaining:
                    continue
                taken = min(available, remaining)
                used_open[opener_index] += taken
                used_close[index] += taken
                remaining -= taken
                cut = stack_index + (1 if used_open[opener_index] < opener.end - opener.start else 0)
                del openers[cut:]  # the openers inside the pair can pair no more
                for stack in stacks:
                    while stack and stack[-1] >= cut:
                        stack.pop()
        if remaining and item.can_open:
            own_openers[item.char].append(len(openers))
            openers.append(index)
    pieces: list[_Piece] = []
    previous = 0  # the index after the last delimiter
    for index in delimiters:
        pieces.extend(items[previous:index])  # type: ignore[arg-type]  # pieces only
        item = items[index]
        start, end = item.start + used_close[index], item.end - used_open[index]
        if start < end:
            pieces.append(_new_piece(_Piece, (_COPY, start, end, "")))
        previous = index + 1
    pieces.extend(items[previous:])  # type: ignore[arg-type]
    return pieces


def _prose(stream: str, pieces: Sequence[_Piece], verbatim: bool) -> list[_Piece]:
    """The pieces of a leaf as they go into the text: cut into lines at the stream's line breaks,
    without the blanks at the start and end of every line, empty lines and breaks at the block's edges.

    Between two lines with prose, the one break kept is the one that ends the
    first of them.  Only copied pieces hold line breaks (entities cannot span lines).

    With ``verbatim`` (the stream is a slice of the source, see :class:`_Stream`),
    the lines a copied piece holds whole are kept as one piece, breaks included,
    when none of them is empty or has blanks to trim: :func:`_emit` copies a
    break of such a stream like prose, so the result is the same.  When some
    are, a ``_LINES`` piece from their first prose to their last stands for
    them, and :func:`_emit` trims them as :func:`_emit_verbatim` does.
    """
    result: list[_Piece] = []
    line: list[_Piece] = []
    pending = -1  # stream offset of the break after the last line with prose, if any
    find = stream.find
    for piece in pieces:
        if piece.kind != _COPY:
            line.append(piece)
            continue
        start, end = piece.start, piece.end
        newline = find("\n", start, end)
        if newline < 0:
            line.append(piece)
            continue
        last_newline = stream.rfind("\n", newline + 1, end)
        if last_newline > newline:
            # The piece holds whole lines, between its first and its last break.
            if start < newline:
                line.append(_new_piece(_Piece, (_COPY, start, newline, "")))
            pending = _end_line(stream, line, result, pending, newline)
            line = []
            if (
                verbatim
                and not stream[newline + 1].isspace()
                and _BLANK_AT_BREAK.search(stream, newline + 1, last_newline + 1) is None
            ):
                # Nothing to trim, none empty: one piece.
                if pending >= 0:
                    result.append(_new_piece(_Piece, (_BREAK, pending, pending + 1, "")))
                result.append(_new_piece(_Piece, (_COPY, newline + 1, last_newline, "")))
                pending = last_newline
            elif verbatim:
                # The lines from the first one with prose to the last: _emit trims them.
                first_prose = _PROSE.search(stream, newline + 1, last_newline)
                if first_prose is not None:
                    prose_end = last_newline
                    while stream[prose_end - 1].isspace():
                        prose_end -= 1
                    if pending >= 0:
                        result.append(_new_piece(_Piece, (_BREAK, pending, pending + 1, "")))
                    result.append(_new_piece(_Piece, (_LINES, first_prose.start(), prose_end, "")))
                    pending = find("\n", prose_end)
            else:
                # Each line trimmed, empty ones left out, as _end_line would.
                for content in _LINE_CONTENT.finditer(stream, newline + 1, last_newline + 1):
                    if pending >= 0:
                        result.append(_new_piece(_Piece, (_BREAK, pending, pending + 1, "")))
                    result.append(_new_piece(_Piece, (_COPY, content.start(), content.end(1), "")))
                    pending = content.end() - 1
            start = last_newline + 1
            newline = -1
        while newline >= 0:
            if start < newline:
                line.append(_new_piece(_Piece, (_COPY, start, newline, "")))
            pending = _end_line(stream, line, result, pending, newline)
            line = []
            start = newline + 1
            newline = find("\n", start, end)
        if start < end:
            line.append(_new_piece(_Piece, (_COPY, start, end, "")))
    _end_line(stream, line, result, pending, -1)
    return result


#: The content of a line without its surrounding blanks, then the rest of the line and its break;
#: blank lines are passed over (``\s`` and ``str.isspace`` agree on every character).
_LINE_CONTENT = re.compile(r"\S(?:[^\n]*\S)?()[^\S\n]*\n")
_PROSE = re.compile(r"\S")


def _end_line(stream: str, line: list[_Piece], result: list[_Piece], pending: int, newline: int) -> int:
    """Trim one line's pieces and add them to ``result``; the offset of the break now pending.

    Blanks are trimmed from the copied pieces at each end of the line; a piece
    that is all blank is left out and the next one trimmed.  A replaced piece
    (an entity, even ``&nbsp;``) stops the trimming.
    """
    if line:
        # The usual line: copied prose at both ends, nothing to trim (copied pieces are never empty).
        head = line[0]
        tail = line[-1]
        if (
            head[0] == _COPY
            and tail[0] == _COPY
            and not stream[head[1]].isspace()
            and not stream[tail[2] - 1].isspace()
        ):
            if pending >= 0:
                result.append(_new_piece(_Piece, (_BREAK, pending, pending + 1, "")))
            result.extend(line)
            return newline
    first = 0
    last = len(line)
    while first < last:
        kind, start, end, _ = line[first]
        if kind != _COPY:
            break
        while start < end and stream[start].isspace():
            start += 1
        if start < end:
            if start != line[first].start:
                line[first] = _new_piece(_Piece, (_COPY, start, end, ""))
            break
        first += 1
    while last > first:
        kind, start, end, _ = line[last - 1]
        if kind != _COPY:
            break
        while end > start and stream[end - 1].isspace():
            end -= 1
        if end > start:
            if end != line[last - 1].end:
                line[last - 1] = _new_piece(_Piece, (_COPY, start, end, ""))
            break
        last -= 1
    if first == last:
        return pending
    if pending >= 0:
        result.append(_new_piece(_Piece, (_BREAK, pending, pending + 1, "")))
    result.extend(line[first:last])
    return newline


class _Stream:
    """The lines of one leaf joined by ``\\n``, with the way back from stream offsets to source offsets.

    ``base`` is the source offset of the stream's start when the stream is a
    verbatim slice of the source (the lines follow each other, each ended by a
    ``\\n``, nothing stripped between them: a plain paragraph); then every stream
    offset maps to ``base`` plus itself, and ``base`` is -1 otherwise.

    With ``contiguous`` (see ``_Leaf.contiguous``: the lines of a list item, say, each
    stripped of its indentation) the stream is the source slice too, with the blanks
    the lines were stripped of.  Those blanks only ever follow a ``\\n``, where the
    inline phase reads a blank as it reads the break (both are whitespace, neither
    punctuation) and :func:`_prose` trims them with the line, so the prose and its
    source offsets are those of the joined lines.
    """

    __slots__ = ("lines", "starts", "text", "base")

    def __init__(self, source: str, lines: Sequence[SourceLine], contiguous: bool = False) -> None:
        self.lines = lines
        first = lines[0]
        last = lines[-1]
        self.starts: list[int] = []
        if contiguous or len(lines) == 1:
            self.text = source[first.start : last.end]
            self.base = first.start
            return
        # The lines are in source order and all but the last end with a break of at least one
        # character, so the source span equals the content plus one character per break
        # exactly when every break is one character and directly followed by the next line.
        content = sum(map(sub, map(_END, lines), map(_START, lines)))
        if last.end - first.start == content + len(lines) - 1 and source.find("\r", first.start, last.end) < 0:
            self.text = source[first.start : last.end]
            self.base = first.start
            return
        self.base = -1
        self.text = "\n".join([source[line.start : line.end] for line in lines])
        self.starts = list(accumulate([line.end - line.start + 1 for line in lines[:-1]], initial=0))

    def _line(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def source(self, offset: int) -> int:
        """The source offset of a stream offset (a line break maps to the start of the source's break)."""
        if self.base >= 0:
            return self.base + offset
        index = self._line(offset)
        return self.lines[index].start + (offset - self.starts[index])

    def break_range(self, offset: int) -> tuple[int, int]:
        """The source range of the line break at stream offset ``offset``."""
        line = self.lines[self._line(offset)]
        return line.end, line.brk


_START = itemgetter(0)
_END = itemgetter(1)
_BRK = itemgetter(2)

#: A line break with a blank on either side: a line of the stream to trim, or an empty line.
#: It starts with the literal ``\n`` so that the engine jumps from break to break.
_BLANK_AT_BREAK = re.compile(r"\n(?:(?<=\s\n)|(?=\s))")
_SPACES = re.compile(r"\s*")


class MarkdownReader:
    """Reads Markdown (CommonMark and GitHub's tables, strikethrough and front matter).

    Blocks are headings, paragraphs, list items (``level`` is the nesting
    depth), block quotes (``level`` is the depth) and table cells.  A block's
    ``section`` is the path of the headings above it; for a heading, that is
    the path of its parents, without its own title.
    """

    name = "markdown"
    extensions = (".md", ".markdown", ".mdown", ".mkd")

    def read(self, source: str, *, path: str) -> Document:
        lines, language = _front_matter(source, source_lines(source))
        parser = _BlockParser(source)
        parser.parse(lines, _TOP)
        del lines
        labels = _reference_labels(source)
        label_limit = max(map(len, labels), default=0)
        builder = TextBuilder(source)
        blocks: list[Block] = []
        comments: list[Comment] = []
        headings: list[tuple[int, str]] = []
        section: tuple[str, ...] = ()  # the titles of ``headings``: one tuple shared by the blocks under them
        # Leaves are taken off the list as they are read, so that the line tuples of a large
        # file are freed while its text is built instead of all being kept until the end.
        leaves = parser.leaves
        leaves.reverse()
        heading_kind = BlockKind.HEADING
        while leaves:
            kind, level, leaf_lines, contiguous = leaves.pop()
            stream = _Stream(source, leaf_lines, contiguous)
            text = stream.text
            if kind is heading_kind:
                while headings and headings[-1][0] >= level:
                    headings.pop()
                section = tuple(title for _, title in headings)
            if _SPECIAL.search(text) is None:
                # Fast path: with no markup the inline parser would copy the whole stream as
                # one piece; all that is left to do is trimming the lines.
                if text.isspace() or not text:
                    continue
                if builder.offset:
                    builder.separate("\n\n")
                start = builder.offset
                if stream.base >= 0:
                    _emit_verbatim(builder, stream.base, text)
                else:
                    _emit_plain(builder, source, leaf_lines)
                blocks.append(Block(kind, start, builder.offset, level, section))
                if kind is heading_kind:
                    headings.append((level, " ".join(text.split())))
                    section = tuple(title for _, title in headings)
                continue
            inline = _InlineParser(text, labels, label_limit)
            pieces = _prose(text, inline.parse(0, len(text)), stream.base >= 0)
            for start, end in inline.comments:
                source_start = stream.source(start)
                source_end = stream.source(end - 1) + 1
                closed = source.endswith("-->", 0, source_end)  # an unclosed comment runs to the block's end
                body = source[source_start + 4 : source_end - 3 if closed else source_end]
                comments.append(Comment(body, source_start, source_end))
            if not pieces:
                continue
            if builder.offset:
                builder.separate("\n\n")
            start = builder.offset
            _emit(builder, stream, pieces)
            blocks.append(Block(kind, start, builder.offset, level, section))
            if kind is heading_kind:
                headings.append((level, _title(text, pieces)))
                section = tuple(title for _, title in headings)
        return Document(
            path=path,
            format=self.name,
            source=source,
            text=builder.text(),
            blocks=blocks,
            source_map=builder.source_map(),
            comments=comments,
            language=language,
        )


def _reference_labels(source: str) -> frozenset[str]:
    """The normalised labels of the link reference definitions anywhere in the source."""
    if "]:" not in source:
        return frozenset()
    matches = list(_REFERENCE_LABELS.finditer(source))
    first = _REFERENCE_LABEL_AT_START.match(source)
    if first is not None:
        matches.insert(0, first)
    return frozenset(_normalize_label(match.group(1)) for match in matches)


def _title(stream: str, pieces: Sequence[_Piece]) -> str:
    """A heading's text on one line, as it goes into the section path."""
    text = "".join(piece.text if piece.kind == _REPLACE else stream[piece.start : piece.end] for piece in pieces)
    return " ".join(text.split())


def _emit_plain(builder: TextBuilder, source: str, lines: Sequence[SourceLine]) -> None:
    """Copy the lines of a leaf without markup, trimmed, leaving out empty ones (as :func:`_prose` would)."""
    previous: SourceLine | None = None
    for line in lines:
        start, end = line.start, line.end
        while start < end and source[start].isspace():
            start += 1
        while end > start and source[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if previous is not None:
            builder.replace("\n", previous.end, previous.brk)
        builder.copy(start, end)
        previous = line


def _emit_verbatim(builder: TextBuilder, base: int, text: str) -> None:
    """Copy a stream without markup that is the slice of the source at ``base``, trimmed (as :func:`_emit_plain`).

    Trimming only ever removes blanks around a line break, so the stream is
    copied in the stretches between its runs of blanks that hold a break; of
    each such run, only its first break (the one that ends a line with prose)
    is kept.  In most paragraphs there is no such run, and that is one copy.
    """
    position = 0
    end = len(text)
    while text[position].isspace():  # the caller checked that the stream is not all blank
        position += 1
    while text[end - 1].isspace():
        end -= 1
    _emit_lines(builder, base, text, position, end)


def _emit_lines(builder: TextBuilder, base: int, text: str, position: int, end: int) -> None:
    """Copy ``text[position:end]``, which starts and ends with prose, keeping of each run of
    blanks that holds a line break only its first break (see :func:`_emit_verbatim`)."""
    search = _BLANK_AT_BREAK.search
    spaces = _SPACES.match
    isspace = str.isspace
    match = search(text, position, end)
    while match is not None:
        gap_start, gap_end = match.span()
        while isspace(text[gap_start - 1]):  # prose at ``position`` ends the run on this side
            gap_start -= 1
        gap_end = spaces(text, gap_end).end()  # and prose at ``end - 1`` on the other
        newline = text.find("\n", gap_start, gap_end)
        if newline == gap_start:  # no blank before the break: one copy
            builder.copy(base + position, base + newline + 1)
        else:
            builder.copy(base + position, base + gap_start)
            builder.copy(base + newline, base + newline + 1)
        position = gap_end
        match = search(text, position, end)
    builder.copy(base + position, base + end)


def _emit(builder: TextBuilder, stream: _Stream, pieces: Sequence[_Piece]) -> None:
    base = stream.base
    if base >= 0:
        # The stream is a slice of the source: a break is the source's own "\n", so it is
        # copied like prose, and pieces that touch are copied at once.
        run_start = run_end = -1
        for kind, start, end, text in pieces:
            if kind == _REPLACE:
                if run_start < run_end:
                    builder.copy(base + run_start, base + run_end)
                run_start = run_end = -1
                builder.replace(text, base + start, base + end)
            elif kind == _LINES:
                if run_start < run_end:
                    builder.copy(base + run_start, base + run_end)
                run_start = run_end = -1
                _emit_lines(builder, base, stream.text, start, end)
            elif start == run_end:
                run_end = end
            else:
                if run_start < run_end:
                    builder.copy(base + run_start, base + run_end)
                run_start, run_end = start, end
        if run_start < run_end:
            builder.copy(base + run_start, base + run_end)
        return
    # The pieces come in stream order, so the line each one is on is found by walking forward.
    lines = stream.lines
    starts = stream.starts
    last = len(starts) - 1
    index = 0
    for kind, start, end, text in pieces:
        if start < starts[index]:  # pragma: no cover - pieces never go back; stay correct if they did
            index = stream._line(start)
        while index < last and starts[index + 1] <= start:
            index += 1
        line = lines[index]
        if kind == _COPY:
            source_start = line.start + (start - starts[index])
            builder.copy(source_start, source_start + end - start)
        elif kind == _BREAK:
            builder.replace("\n", line.end, line.brk)
        else:
            builder.replace(text, line.start + (start - starts[index]), stream.source(end - 1) + 1)


def _front_matter(source: str, lines: list[SourceLine]) -> tuple[list[SourceLine], str | None]:
    """The lines after a YAML (``---``) or TOML (``+++``) front matter, and the language it declares."""
    if not lines:
        return lines, None
    opening = source[lines[0].start : lines[0].end].rstrip()
    if opening not in ("---", "+++"):
        return lines, None
    closers = ("---", "...") if opening == "---" else ("+++",)
    for index in range(1, len(lines)):
        line = lines[index]
        if source[line.start : line.end].rstrip() in closers:
            match = _FRONT_MATTER_LANGUAGE.search(source, lines[0].brk, line.start)
            language = match.group(1).lower() if match else None
            return lines[index + 1 :], language if language in ("en", "fr") else None
    return lines, None


def _past_code_span(text: str, position: int, end: int) -> int:
    """The offset after the code span whose backtick run starts at ``position`` (or after the run, if unclosed).

    A ``|`` or ``]`` inside a code span is code, not a table or link delimiter.
    """
    run_end = position
    while run_end < end and text[run_end] == "`":
        run_end += 1
    closing = text.find(text[position:run_end], run_end, end)
    return closing + (run_end - position) if closing >= 0 else run_end
