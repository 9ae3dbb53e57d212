"""The plain-text reader: paragraphs separated by blank lines.

Plain text has no markup, so the only structure is the paragraph.  Every
character of prose is copied from the source with its position; a line break
inside a paragraph becomes ``\\n`` in the text whatever the file used (CRLF,
lone CR), and the indentation and trailing blanks of each line are left out.
"""

from __future__ import annotations

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
    lines: list[SourceLine] = []
    length = len(source)
    for index, start in enumerate(starts):
        brk = starts[index + 1] if index + 1 < len(starts) else length
        end = brk
        if end > start and source[end - 1] == "\n":
            end -= 1
        if end > start and source[end - 1] == "\r":
            end -= 1
        if start == length and index > 0:
            break  # a final line break does not start another (empty) line
        lines.append(SourceLine(start, end, brk))
    return lines


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
