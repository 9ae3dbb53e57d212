"""The OpenDocument text (ODT) reader.

It reads ``content.xml`` into the paragraph-per-line model the DOCX reader
defines (see :mod:`claimcheck.readers.docx`): the Document's ``source`` is
the document's non-empty paragraphs, one per line, so a finding's line is the
paragraph number and its column the character in the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimcheck.document import BlockKind, Document
from claimcheck.errors import InputError
from claimcheck.readers.archive import open_archive, parse_xml
from claimcheck.readers.office import OfficeComment, OfficeParagraph, build_office_document

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["OdtReader"]

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_WHITESPACE = re.compile(r"[ \t\r\n]+")

# Elements whose text is not prose of the document: generated indexes repeat
# the headings, tracked changes hold deleted text, declarations hold none.
_SKIPPED_BLOCKS = {
    _TEXT + "tracked-changes",
    _TEXT + "table-of-content",
    _TEXT + "illustration-index",
    _TEXT + "table-index",
    _TEXT + "object-index",
    _TEXT + "user-index",
    _TEXT + "alphabetical-index",
    _TEXT + "bibliography",
    _TEXT + "sequence-decls",
    _TEXT + "variable-decls",
    _TEXT + "user-field-decls",
    _TEXT + "dde-connection-decls",
    _OFFICE + "forms",
    _TABLE + "table-columns",
    _TABLE + "table-column",
    _TABLE + "table-header-columns",
    _TABLE + "covered-table-cell",
}

# Inline elements whose content is not shown as the paragraph's text.
_SKIPPED_INLINE = {
    _TEXT + "ruby-text",
    _TEXT + "tracked-changes",
    _OFFICE + "annotation-end",
    _DRAW + "object",
    _DRAW + "object-ole",
    _DRAW + "image",
}


@dataclass
class _OdtState:
    paragraphs: list[OfficeParagraph] = field(default_factory=list)
    notes: list[tuple[str, "_Element"]] = field(default_factory=list)
    comments: list[OfficeComment] = field(default_factory=list)
    comment_ends: dict[str, tuple[int, int]] = field(default_factory=dict)
    named_comments: dict[str, int] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)


class _Collected:
    """The text of one paragraph being collected, and the frames and shapes anchored in it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.frames: list["_Element"] = []

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class _OdtWalker:
    def __init__(self) -> None:
        self.state = _OdtState()

    def blocks(self, parent: "_Element", kind: BlockKind, level: int = 0, note: str | None = None) -> None:
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED_BLOCKS:
                continue
            if tag == _TEXT + "h":
                heading_level = _int(child.get(_TEXT + "outline-level")) or 1
                self.paragraph(child, BlockKind.HEADING, heading_level, note)
            elif tag == _TEXT + "p":
                self.paragraph(child, kind, level, note)
            elif tag == _TEXT + "list":
                for item in child:
                    if item.tag in (_TEXT + "list-item", _TEXT + "list-header"):
                        inner_kind = BlockKind.LIST_ITEM if kind is BlockKind.PARAGRAPH or kind is BlockKind.LIST_ITEM else kind
                        inner_level = level + 1 if inner_kind is BlockKind.LIST_ITEM else level
                        self.blocks(item, inner_kind, inner_level, note)
            elif tag == _TABLE + "table-cell":
                self.blocks(child, BlockKind.TABLE_CELL, 0, note)
            else:  # sections, tables and their rows, soft page breaks, index bodies kept
                self.blocks(child, kind, level, note)

    def paragraph(self, element: "_Element", kind: BlockKind, level: int, note: str | None) -> None:
        index = len(self.state.paragraphs)
        collected = _Collected()
        self.inline(element, collected, index)
        self.state.paragraphs.append(OfficeParagraph(collected.text(), kind, level, note))
        for holder in collected.frames:
            if holder.tag == _DRAW + "frame":
                for child in holder:
                    if child.tag == _DRAW + "text-box":
                        self.blocks(child, BlockKind.PARAGRAPH, 0, note)
            else:  # a shape's own text
                self.blocks(holder, BlockKind.PARAGRAPH, 0, note)

    def inline(self, element: "_Element", collected: _Collected, index: int) -> None:
        collected.add(_WHITESPACE.sub(" ", element.text or ""))
        for child in element:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIPPED_INLINE:
                self._inline_element(child, tag, collected, index)
            elif isinstance(tag, str) and tag == _OFFICE + "annotation-end":
                name = child.get(_OFFICE + "name")
                if name:
                    self.state.comment_ends.setdefault(name, (index, collected.length))
            collected.add(_WHITESPACE.sub(" ", child.tail or ""))

    def _inline_element(self, child: "_Element", tag: str, collected: _Collected, index: int) -> None:
        if tag == _TEXT + "s":
            collected.add(" " * max(_int(child.get(_TEXT + "c")) or 1, 1))
        elif tag in (_TEXT + "tab", _TEXT + "line-break"):
            collected.add(" ")
        elif tag == _TEXT + "note":
            note_class = child.get(_TEXT + "note-class") or "footnote"
            counters = self.state.counters
            counters[note_class] = counters.get(note_class, 0) + 1
            citation = child.find(_TEXT + "note-citation")
            mark = (citation.get(_TEXT + "label") or "".join(citation.itertext())).strip() if citation is not None else ""
            body = child.find(_TEXT + "note-body")
            if body is not None:
                self.state.notes.append((f"{note_class} {mark or counters[note_class]}", body))
        elif tag == _OFFICE + "annotation":
            bodies = []
            for paragraph in child.iter(_TEXT + "p"):
                scratch = _OdtWalker()
                inner = _Collected()
                scratch.inline(paragraph, inner, 0)
                text = " ".join(inner.text().split())
                if text:
                    bodies.append(text)
            name = child.get(_OFFICE + "name")
            if name:
                self.state.named_comments[name] = len(self.state.comments)
            self.state.comments.append(OfficeComment("\n".join(bodies), (index, collected.length)))
        elif tag.startswith(_DRAW) and tag != _DRAW + "a":
            collected.frames.append(child)  # frames and shapes: their text follows the paragraph
        elif tag in (_TEXT + "bookmark", _TEXT + "bookmark-start", _TEXT + "bookmark-end", _TEXT + "change",
                     _TEXT + "change-start", _TEXT + "change-end", _TEXT + "soft-page-break",
                     _TEXT + "reference-mark", _TEXT + "reference-mark-start", _TEXT + "reference-mark-end",
                     _TEXT + "toc-mark", _TEXT + "alphabetical-index-mark"):
            return  # markers without text
        else:  # spans, links, fields (their shown value), ruby bases, meta
            self.inline(child, collected, index)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class OdtReader:
    """Reads OpenDocument text (``.odt``): headings, paragraphs, lists, tables, frames, notes and annotations.

    Headings are ``text:h`` (``level`` from ``text:outline-level``); list
    items are the paragraphs of ``text:list-item`` (``level`` is the nesting
    depth); table cells the paragraphs of ``table:table-cell``.  Footnote and
    endnote bodies are left out of the paragraph that cites them and follow
    the body, labelled ``footnote 1`` (by their citation mark).  Annotations
    go to ``Document.comments``; tracked deletions and generated indexes
    (table of contents) are left out.
    """

    name = "odt"
    extensions = (".odt",)
    binary = True

    def sniff(self, head: bytes) -> bool:
        # ODF puts an uncompressed "mimetype" entry first, so its value stands at a fixed place.
        return head.startswith(b"PK\x03\x04") and (b"mimetype" + _MIMETYPE) in head[:200]

    def read(self, source: str | bytes, *, path: str) -> Document:
        if isinstance(source, str):
            raise TypeError("the ODT reader is binary: pass the file's bytes")
        archive = open_archive(source, path=path, format_name="ODT")
        if "mimetype" in archive:
            mimetype = archive.read("mimetype").strip()
            if mimetype and not mimetype.startswith(_MIMETYPE):
                shown = mimetype.decode("ascii", "replace")
                raise InputError(f"{path}: not an OpenDocument text file (mimetype {shown})")
        if "content.xml" not in archive:
            raise InputError(f"{path}: not a valid ODT file: it has no content.xml")
        root = parse_xml(archive.read("content.xml"), path=path, part="content.xml")
        walker = _OdtWalker()
        for text in root.iter(_OFFICE + "text"):
            walker.blocks(text, BlockKind.PARAGRAPH)
            break
        state = walker.state
        for label, body in state.notes:  # notes citing notes are appended as they are found
            walker.blocks(body, BlockKind.PARAGRAPH, 0, label)
        comments = list(state.comments)
        for name, end in state.comment_ends.items():
            position = state.named_comments.get(name)
            if position is not None:
                comments[position] = comments[position]._replace(end=end)
        return build_office_document(state.paragraphs, path=path, format=self.name, comments=comments)
