"""The Word (DOCX) reader: ``word/document.xml`` and its notes, styles and comments.

The document model — one paragraph per source line, "paragraph N" labels —
is shared with the ODT reader in :mod:`claimcheck.readers.office`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from claimcheck.document import BlockKind, Document
from claimcheck.errors import InputError
from claimcheck.readers.archive import open_archive, parse_xml
from claimcheck.readers.office import OfficeComment, OfficeParagraph, build_office_document, one_line

if TYPE_CHECKING:
    from lxml.etree import _Element

    from claimcheck.readers.archive import SafeArchive

__all__ = ["DocxReader"]


# ---------------------------------------------------------------------------
# DOCX

_W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# "heading 1" as Word names the style, and the ids (and, from some producers, names)
# it localises: "Titre1", "berschrift1" (the umlaut dropped), "Kop1"…
_HEADING_ID = re.compile(
    r"(?:heading|titre|titel|titulo|título|titolo|berschrift|überschrift|kop|otsikko|rubrik|nagwek|nagłówek|overskrift)\s*([1-9])$",
    re.I,
)
_TITLE_NAMES = {"title", "titre", "titel", "titolo", "título", "titulo"}


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    outline_level: int | None = None
    numbered: bool = False


@dataclass
class _DocxState:
    """What the walk over ``word/document.xml`` collects."""

    paragraphs: list[OfficeParagraph] = field(default_factory=list)
    footnote_refs: list[str] = field(default_factory=list)
    endnote_refs: list[str] = field(default_factory=list)
    comment_starts: dict[str, tuple[int, int]] = field(default_factory=dict)
    comment_ends: dict[str, tuple[int, int]] = field(default_factory=dict)


class _Paragraph:
    """The text of one ``w:p`` being collected, with the text boxes found inside it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.textboxes: list["_Element"] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


class _DocxWalker:
    def __init__(self, namespace: str, styles: dict[str, _Style]) -> None:
        self.w = "{%s}" % namespace
        self.styles = styles
        self.state = _DocxState()

    # -- block level -------------------------------------------------------

    def blocks(self, parent: "_Element", kind: BlockKind, note: str | None = None) -> None:
        w = self.w
        for child in parent:
            tag = child.tag
            if tag == w + "p":
                self.paragraph(child, kind, note)
            elif tag == w + "tbl":
                for row in self._wrapped(child, "tr"):
                    for cell in self._wrapped(row, "tc"):
                        self.blocks(cell, BlockKind.TABLE_CELL, note)
            elif tag == w + "sdt":
                if self._is_table_of_contents(child):
                    continue  # its text repeats the headings
                content = child.find(w + "sdtContent")
                if content is not None:
                    self.blocks(content, kind, note)
            elif tag in (w + "customXml", w + "ins", w + "moveTo", w + "smartTag"):
                self.blocks(child, kind, note)
            elif tag == "{%s}AlternateContent" % _MC:
                choice = child.find("{%s}Choice" % _MC)
                if choice is not None:
                    self.blocks(choice, kind, note)

    def _wrapped(self, parent: "_Element", name: str) -> Iterator["_Element"]:
        """The ``w:NAME`` children of ``parent``, also those wrapped in content controls or custom XML."""
        w = self.w
        for child in parent:
            if child.tag == w + name:
                yield child
            elif child.tag == w + "sdt":
                content = child.find(w + "sdtContent")
                if content is not None:
                    yield from self._wrapped(content, name)
            elif child.tag == w + "customXml":
                yield from self._wrapped(child, name)

    def _is_table_of_contents(self, sdt: "_Element") -> bool:
        w = self.w
        gallery = sdt.find(f"{w}sdtPr/{w}docPartObj/{w}docPartGallery")
        return gallery is not None and (gallery.get(w + "val") or "").lower().startswith("table of contents")

    def paragraph(self, element: "_Element", kind: BlockKind, note: str | None) -> None:
        w = self.w
        index = len(self.state.paragraphs)
        collected = _Paragraph()
        self.inline(element, collected, index)
        level = 0
        properties = element.find(w + "pPr")
        heading = self._heading_level(properties)
        if heading:
            kind, level = BlockKind.HEADING, heading
        elif kind is BlockKind.PARAGRAPH:
            list_level = self._list_level(properties)
            if list_level:
                kind, level = BlockKind.LIST_ITEM, list_level
        self.state.paragraphs.append(OfficeParagraph(collected.text(), kind, level, note))
        for textbox in collected.textboxes:
            self.blocks(textbox, BlockKind.PARAGRAPH, note)

    def _style_chain(self, style_id: str | None) -> Iterator[tuple[str, _Style]]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                yield style_id, _Style()
                return
            yield style_id, style
            style_id = style.based_on

    def _heading_level(self, properties: "_Element | None") -> int:
        if properties is None:
            return 0
        w = self.w
        outline = properties.find(w + "outlineLvl")
        if outline is not None:
            value = _int(outline.get(w + "val"))
            if value is not None:
                return value + 1 if 0 <= value <= 8 else 0
        style = properties.find(w + "pStyle")
        if style is None:
            return 0
        for style_id, info in self._style_chain(style.get(w + "val")):
            name = info.name.strip()
            match = _HEADING_ID.match(name) or _HEADING_ID.match(style_id)
            if match:
                return int(match.group(1))
            if (name or style_id).lower() in _TITLE_NAMES:
                return 1
            if info.outline_level is not None:
                return info.outline_level + 1 if 0 <= info.outline_level <= 8 else 0
        return 0

    def _list_level(self, properties: "_Element | None") -> int:
        if properties is None:
            return 0
        w = self.w
        numbering = properties.find(w + "numPr")
        if numbering is not None:
            number_id = numbering.find(w + "numId")
            if number_id is not None and number_id.get(w + "val") == "0":
                return 0  # numbering switched off
            ilvl = numbering.find(w + "ilvl")
            value = _int(ilvl.get(w + "val")) if ilvl is not None else 0
            return (value or 0) + 1
        style = properties.find(w + "pStyle")
        if style is not None and any(info.numbered for _, info in self._style_chain(style.get(w + "val"))):
            return 1
        return 0

    # -- inline level ------------------------------------------------------

    def inline(self, parent: "_Element", collected: _Paragraph, index: int) -> None:
        w = self.w
        state = self.state
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == w + "t":
                collected.add(child.text or "")
            elif tag == w + "r":
                if not self._hidden(child):
                    self.inline(child, collected, index)
            elif tag in (w + "tab", w + "ptab", w + "br", w + "cr"):
                collected.add(" ")
            elif tag == w + "noBreakHyphen":
                collected.add("\u2011")
            elif tag in (
                w + "pPr", w + "rPr", w + "delText", w + "instrText", w + "del", w + "moveFrom",
                w + "delInstrText", w + "softHyphen", w + "sdtPr", w + "sdtEndPr",
            ):
                continue
            elif tag == w + "txbxContent":
                collected.textboxes.append(child)
            elif tag == "{%s}AlternateContent" % _MC:
                choice = child.find("{%s}Choice" % _MC)  # mc:Fallback repeats it for older readers
                if choice is not None:
                    self.inline(choice, collected, index)
            elif tag == w + "footnoteReference":
                state.footnote_refs.append(child.get(w + "id") or "")
            elif tag == w + "endnoteReference":
                state.endnote_refs.append(child.get(w + "id") or "")
            elif tag == w + "commentRangeStart":
                state.comment_starts.setdefault(child.get(w + "id") or "", (index, collected.length))
            elif tag == w + "commentRangeEnd":
                state.comment_ends.setdefault(child.get(w + "id") or "", (index, collected.length))
            elif tag == w + "commentReference":
                state.comment_starts.setdefault(child.get(w + "id") or "", (index, collected.length))
            else:  # hyperlinks, fields, content controls, insertions, drawings (for their text boxes)
                self.inline(child, collected, index)

    def _hidden(self, run: "_Element") -> bool:
        w = self.w
        vanish = run.find(f"{w}rPr/{w}vanish")
        return vanish is not None and (vanish.get(w + "val") or "true").lower() not in ("0", "false", "off")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _read_styles(archive: "SafeArchive", namespace: str, *, path: str) -> dict[str, _Style]:
    if "word/styles.xml" not in archive:
        return {}
    root = parse_xml(archive.read("word/styles.xml"), path=path, part="word/styles.xml")
    w = "{%s}" % namespace
    styles: dict[str, _Style] = {}
    for element in root.iter(w + "style"):
        style_id = element.get(w + "styleId")
        if not style_id:
            continue
        name = element.find(w + "name")
        based_on = element.find(w + "basedOn")
        outline = element.find(f"{w}pPr/{w}outlineLvl")
        styles[style_id] = _Style(
            name=(name.get(w + "val") or "") if name is not None else "",
            based_on=based_on.get(w + "val") if based_on is not None else None,
            outline_level=_int(outline.get(w + "val")) if outline is not None else None,
            numbered=element.find(f"{w}pPr/{w}numPr/{w}numId") is not None,
        )
    return styles


class DocxReader:
    """Reads Word documents (``.docx``): body, tables, text boxes, content controls, notes and comments.

    Headings come from paragraph styles (``Heading 1``–``Heading 9`` by their
    name in ``styles.xml``, so localised ids such as ``Titre1`` work; ``Title``
    is level 1; outline levels count too); numbered and bulleted paragraphs
    are list items (``level`` is the list level, 1 outermost); paragraphs in
    table cells are table cells.  Deleted tracked changes, field codes,
    hidden text and the table of contents are left out; inserted tracked
    changes are read.  See the module docstring for positions and labels.
    """

    name = "docx"
    extensions = (".docx",)
    binary = True

    def sniff(self, head: bytes) -> bool:
        return head.startswith(b"PK\x03\x04") and b"[Content_Types].xml" in head and b"word/" in head

    def read(self, source: str | bytes, *, path: str) -> Document:
        if isinstance(source, str):
            raise TypeError("the DOCX reader is binary: pass the file's bytes")
        archive = open_archive(source, path=path, format_name="DOCX")
        if "word/document.xml" not in archive:
            raise InputError(f"{path}: not a valid DOCX file: it has no word/document.xml")
        root = parse_xml(archive.read("word/document.xml"), path=path, part="word/document.xml")
        namespace = _W_STRICT if root.tag.startswith("{%s}" % _W_STRICT) else _W_TRANSITIONAL
        w = "{%s}" % namespace
        walker = _DocxWalker(namespace, _read_styles(archive, namespace, path=path))
        body = root.find(w + "body")
        if body is not None:
            walker.blocks(body, BlockKind.PARAGRAPH)
        state = walker.state
        self._notes(archive, walker, "footnote", state.footnote_refs, path=path)
        self._notes(archive, walker, "endnote", state.endnote_refs, path=path)
        comments = self._comments(archive, walker, path=path)
        return build_office_document(state.paragraphs, path=path, format=self.name, comments=comments)

    def _notes(self, archive: "SafeArchive", walker: _DocxWalker, kind: str, references: list[str], *, path: str) -> None:
        part = f"word/{kind}s.xml"
        if part not in archive:
            return
        root = parse_xml(archive.read(part), path=path, part=part)
        w = walker.w
        notes: dict[str, "_Element"] = {}
        for note in root.iter(w + kind):
            if note.get(w + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            notes.setdefault(note.get(w + "id") or "", note)
        order = list(dict.fromkeys(ref for ref in references if ref in notes))
        order += [note_id for note_id in notes if note_id not in order]
        for number, note_id in enumerate(order, 1):
            walker.blocks(notes[note_id], BlockKind.PARAGRAPH, f"{kind} {number}")

    def _comments(self, archive: "SafeArchive", walker: _DocxWalker, *, path: str) -> list[OfficeComment]:
        if "word/comments.xml" not in archive:
            return []
        root = parse_xml(archive.read("word/comments.xml"), path=path, part="word/comments.xml")
        w = walker.w
        state = walker.state
        comments: list[OfficeComment] = []
        for element in root.iter(w + "comment"):
            comment_id = element.get(w + "id") or ""
            bodies = []
            for paragraph in element.iter(w + "p"):
                collected = _Paragraph()
                scratch = _DocxWalker(walker.w[1:-1], walker.styles)  # anchors inside a comment are not the body's
                scratch.inline(paragraph, collected, 0)
                bodies.append(one_line(collected.text()).strip())
            body = "\n".join(text for text in bodies if text)
            comments.append(OfficeComment(body, state.comment_starts.get(comment_id), state.comment_ends.get(comment_id)))
        return comments
