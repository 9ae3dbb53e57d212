"""The paragraph-per-line document model that the Word (DOCX) and OpenDocument (ODT) readers share.

A Word user has no line numbers, so an office reader builds the Document's
``source`` itself: the extracted paragraphs, **one paragraph per line**.  A
finding's line is then the paragraph's number and its column the character
within the paragraph; its label says ``paragraph 12 (Introduction › Scope)``.

- Only paragraphs with visible text are numbered (an empty paragraph is
  spacing, not a paragraph a reader counts), so "paragraph N" is the N-th
  paragraph with text, and line N.
- A line break inside a paragraph (``w:br``, ``w:cr``, ``text:line-break``)
  and a tab become a space, so a paragraph stays one line.
- Footnotes and endnotes follow the body, each of their paragraphs on a line
  of its own, labelled ``footnote 3`` / ``endnote 1`` (numbered in the order
  their references appear, as the document shows them).
- Text boxes follow the paragraph they are anchored in.
- Comments are not prose: they go to ``Document.comments``, each anchored at
  the place in ``source`` where its range starts (``source_start``) and ends
  (``source_end``); a comment whose anchor is not found is at offset 0.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from claimcheck.document import Block, BlockKind, Comment, Document, TextBuilder

__all__ = ["OfficeComment", "OfficeParagraph", "build_office_document", "one_line"]




class OfficeParagraph(NamedTuple):
    """One paragraph as an office reader extracted it.

    ``text`` is the paragraph's text (line breaks and tabs already spaces);
    ``note`` is the label of the footnote or endnote it belongs to, ``None``
    in the body.
    """

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    note: str | None = None


class OfficeComment(NamedTuple):
    """A comment's body and its anchors: (paragraph index, character in the paragraph), if known."""

    body: str
    start: tuple[int, int] | None = None
    end: tuple[int, int] | None = None


def one_line(text: str) -> str:
    """``text`` with every line break and tab made a space: a paragraph is one line of ``source``."""
    # str.translate looks every character up in a dict (slow on non-ASCII text); most paragraphs
    # hold none of these characters, and looking for each one is a fast scan.
    if any(character in text for character in _BREAK_CHARACTERS):
        return text.translate(_LINE_BREAKS)
    return text


_BREAK_CHARACTERS = ("\r", "\n", "\t", "\x0b", "\x0c", "\x85", "\u2028", "\u2029")
_LINE_BREAKS = str.maketrans(dict.fromkeys(_BREAK_CHARACTERS, " "))


def build_office_document(
    paragraphs: Sequence[OfficeParagraph],
    *,
    path: str,
    format: str,
    comments: Sequence[OfficeComment] = (),
) -> Document:
    """The Document for extracted paragraphs: ``source`` one non-empty paragraph per line, one block each.

    A block's ``section`` is the path of the headings above it (for a
    heading, its parents); notes have none.  Each block is labelled
    ``paragraph N`` with the section path in parentheses, or with its note's
    label.
    """
    lines: list[str] = []
    line_of: list[int] = []  # index of each paragraph's line; an empty one points at the next line
    texts = [one_line(paragraph.text) for paragraph in paragraphs]
    for text in texts:
        line_of.append(len(lines))
        if text.strip():
            lines.append(text)
    line_of.append(len(lines))
    source = "\n".join(lines)
    line_starts = [0]
    for line in lines:
        line_starts.append(line_starts[-1] + len(line) + 1)

    builder = TextBuilder(source)
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    number = 0
    for paragraph, text in zip(paragraphs, texts):
        stripped = text.strip()
        if not stripped:
            continue
        line_start = line_starts[number]
        number += 1
        if paragraph.kind is BlockKind.HEADING and paragraph.note is None:
            while headings and headings[-1][0] >= paragraph.level:
                headings.pop()
        section = tuple(title for _, title in headings) if paragraph.note is None else ()
        if builder.offset:
            builder.separate("\n\n")
        if paragraph.note is not None:
            builder.label(paragraph.note)
        elif section:
            builder.label(f"paragraph {number} ({' › '.join(section)})")
        else:
            builder.label(f"paragraph {number}")
        start = builder.offset
        lead = len(text) - len(text.lstrip())
        builder.copy(line_start + lead, line_start + lead + len(stripped))
        blocks.append(Block(paragraph.kind, start, builder.offset, paragraph.level, section))
        if paragraph.kind is BlockKind.HEADING and paragraph.note is None:
            headings.append((paragraph.level, " ".join(stripped.split())))

    def offset(anchor: tuple[int, int] | None) -> int:
        if anchor is None:
            return 0
        index, character = anchor
        if index >= len(paragraphs):
            return len(source)
        line = line_of[index]
        if line >= len(lines):
            return len(source)
        if not paragraphs[index].text.strip():  # an empty paragraph: the start of the next line
            return line_starts[line]
        return line_starts[line] + min(character, len(lines[line]))

    notes = []
    for comment in comments:
        start = offset(comment.start)
        end = offset(comment.end) if comment.end is not None else start
        notes.append(Comment(comment.body, start, max(start, end)))
    return Document(
        path=path,
        format=format,
        source=source,
        text=builder.text(),
        blocks=blocks,
        source_map=builder.source_map(),
        comments=notes,
    )
