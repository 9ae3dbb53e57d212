"""The plain-text reader: paragraphs separated by blank lines.

Plain text has no markup, so the only structure is the paragraph.  Every
character of prose is copied from the source with its position; a line break
inside a paragraph becomes ``\\n`` in the text whatever the file used (CRLF,
lone CR), and the indentation and trailing blanks of each line are left out.
"""

from __future__ import annotations

from itertools import repeat
from operator import sub
from typing import Iterator, NamedTuple

from claimcheck.document import Block, BlockKind, Document, TextBuilder, line_starts

__all__ = ["SourceLine", "TextReader", "source_lines"]


class SourceLine(NamedTuple):
    """One line of a source: ``source[start:end]`` is its content, ``source[end:brk]`` its line break."""

    start: int
    end: int
    brk: int


def source_lines(source: str) -> list[SourceLine]:
    r"""The lines of ``source``, each with the range of its line break (``\r\n``, ``\r`` or ``\n``)."""
    starts = line_starts(source)
    length = len(source)
    # Line i's break ends where line i + 1 starts; the last line's where the source ends.
    brks = list(starts)
    del brks[0]
    if brks and brks[-1] == length:
        starts = starts[:-1]  # a final line break does not start another (empty) line
    else:
        brks.append(length)
    if "\r" in source:
        ends = [_content_end(source, start, brk) for start, brk in zip(starts, brks)]
    else:
        # Only ``\n`` ends lines: every line but an unterminated last one ends one before its break.
        ends = list(map(sub, brks, repeat(1)))
        if not source.endswith("\n"):
            ends[-1] = length
    # ``tuple.__new__`` over zipped columns builds the named tuples without a Python call per line.
    return list(map(tuple.__new__, repeat(SourceLine), zip(starts, ends, brks)))


def _content_end(source: str, start: int, brk: int) -> int:
    """Where the content of the line ``source[start:brk]`` ends, before its line break."""
    end = brk
    if end > start and source[end - 1] == "\n":
        end -= 1
    if end > start and source[end - 1] == "\r":
        end -= 1
    return end


def _strip_range(source: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed to leave out leading and trailing whitespace."""
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(source: str) -> Iterator[list[tuple[int, int, SourceLine]]]:
    """Runs of non-blank lines, each line as (content start, content end, the line)."""
    group: list[tuple[int, int, SourceLine]] = []
    for line in source_lines(source):
        start, end = _strip_range(source, line.start, line.end)
        if start == end:
            if group:
                yield group
                group = []
            continue
        group.append((start, end, line))
    if group:
        yield group


class TextReader:
    """Reads ``.txt`` files: one paragraph block per run of non-blank lines."""

    name = "text"
    extensions = (".txt", ".text")

    def read(self, source: str, *, path: str) -> Document:
        builder = TextBuilder(source)
        blocks: list[Block] = []
        for group in _paragraphs(source):
            if builder.offset:
                builder.separate("\n\n")
            start = builder.offset
            for index, (line_start, line_end, line) in enumerate(group):
                if index:
                    previous = group[index - 1][2]
                    builder.replace("\n", previous.end, previous.brk)
                builder.copy(line_start, line_end)
            blocks.append(Block(BlockKind.PARAGRAPH, start, builder.offset))
        return Document(
            path=path,
            format=self.name,
            source=source,
            text=builder.text(),
            blocks=blocks,
            source_map=builder.source_map(),
        )
