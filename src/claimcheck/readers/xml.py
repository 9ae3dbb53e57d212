"""The XML reader: prose from Akoma Ntoso, TEI, DocBook, USLM or any XML, with exact positions.

The reader decodes the file itself (BOM, else the XML declaration's encoding,
else UTF-8) and walks it with the standard library's expat parser, fed with
the UTF-8 encoding of the decoded text so that every event's byte index maps
back to a character offset of the source.  Character data is never taken from
the parser: the reader copies the source range between two events and
resolves the predefined entities and character references itself, one
:meth:`~claimcheck.document.TextBuilder.replace` per reference, so every
character of the text keeps its place in the file.

Untrusted XML is read safely: a document type declaration that declares any
entity is refused (as defusedxml does), parameter entities and external
subsets are never read, nothing is fetched from the network or the file
system, and elements nested deeper than :data:`MAX_DEPTH` are refused.

Which elements are blocks, headings or noise depends on the vocabulary
(:mod:`claimcheck.readers.xml_profiles`), chosen from the root element and
adjustable in ``[readers.xml]``::

    [readers.xml]
    profile = "auto"          # or akn, tei, docbook, uslm, generic
    blocks = ["para", "p"]    # element local names; replace the profile's list
    headings = ["title"]
    ignore = ["meta"]

Text outside every block element still counts: the innermost element that
holds text directly becomes a paragraph, and its inline children belong to it.
A block inside another block (a footnote inside a paragraph) becomes a block
of its own, right after the one that contains it.
"""

from __future__ import annotations

import bisect
import codecs
import html.entities
import re
from typing import Any, Iterator, Mapping, Optional, Union
from xml.parsers import expat

from claimcheck.document import Block, BlockKind, Comment, Document, TextBuilder, line_starts
from claimcheck.readers import ParseError
from claimcheck.readers.xml_profiles import Profile, detect_profile, humanise_eid, parse_options

__all__ = ["MAX_DEPTH", "XmlReader", "decode_xml"]

MAX_DEPTH = 512
"""Elements nested deeper than this are refused (libxml2's default limit is 256)."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED_ENCODING = re.compile(rb"<\?xml[^>]*?\bencoding\s*=\s*[\"']([A-Za-z][A-Za-z0-9._-]*)[\"']")
_XML_SPACE = " \t\r\n"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
# An entity or character reference, or a run of blanks that holds a line break.
_TEXT_MARKUP = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|[^\s&;<]+);|[ \t]*(?:\r\n?|\n)[ \t\r\n]*")
_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n?|\n)[ \t\r\n]*")


def decode_xml(data: bytes) -> str:
    """Decode an XML file: by its BOM, else the encoding its XML declaration names, else UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict_decode(data[len(bom) :], encoding)
    if data.startswith(b"<\x00?\x00"):
        return _strict_decode(data, "utf-16-le")
    if data.startswith(b"\x00<\x00?"):
        return _strict_decode(data, "utf-16-be")
    match = _DECLARED_ENCODING.match(data)
    encoding = "utf-8"
    if match:
        encoding = match.group(1).decode("ascii")
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ParseError(
                f"unknown encoding {encoding!r} in the XML declaration", line=1, column=match.start(1) + 1
            ) from None
    return _strict_decode(data, encoding)


def _strict_decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        before = data[: error.start].decode(encoding, errors="replace")
        line, column = _line_column(before, len(before))
        raise ParseError(
            f"not valid {encoding}: byte 0x{data[error.start]:02x} cannot be decoded", line=line, column=column
        ) from None


def _line_column(source: str, offset: int, starts: Optional[list[int]] = None) -> tuple[int, int]:
    starts = starts if starts is not None else line_starts(source)
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


# --- pass 1: expat events ------------------------------------------------------------------------

_START, _END, _TEXT, _COMMENT, _BOUNDARY = range(5)


class _Refused(Exception):
    """Raised from an expat handler to stop parsing a document the reader will not read."""

    def __init__(self, message: str, byte_index: int) -> None:
        super().__init__(message)
        self.message = message
        self.byte_index = byte_index


class _Record:
    """What pass 1 learns about an element that its start event cannot tell: does it hold text?"""

    __slots__ = ("direct", "titled", "end")

    def __init__(self) -> None:
        self.direct = False  # non-blank text directly inside
        self.titled = False  # has a heading child
        self.end = -1  # the index of its end event


def _parse_events(encoded: bytes, choose: Any) -> tuple[list[tuple], Optional[Profile]]:
    """Run expat over ``encoded``; the event list and the profile ``choose(namespace, name)`` gave for the root."""
    parser = expat.ParserCreate(encoding="UTF-8", namespace_separator=" ")
    parser.buffer_text = False
    parser.ordered_attributes = False
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    events: list[tuple] = []
    append = events.append
    stack: list[_Record] = []
    state: dict[str, Any] = {"profile": None, "cdata": False}

    def refuse_entity(*_: Any) -> None:
        index = parser.CurrentByteIndex
        start = encoded.rfind(b"<!ENTITY", 0, max(index, 0) + 1)
        raise _Refused("entity declarations are not allowed", start if start >= 0 else index)

    def start(name: str, attributes: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            raise _Refused(f"elements nested more than {MAX_DEPTH} levels deep", parser.CurrentByteIndex)
        namespace, _, local = name.rpartition(" ")
        profile = state["profile"]
        if profile is None:
            profile = state["profile"] = choose(namespace, local)
        elif local in profile.headings:
            stack[-1].titled = True
        record = _Record()
        stack.append(record)
        append((_START, parser.CurrentByteIndex, namespace, local, attributes, record))

    def end(_: str) -> None:
        stack.pop().end = len(events)
        append((_END, parser.CurrentByteIndex))

    def text(data: str) -> None:
        if stack and not stack[-1].direct and data.strip(_XML_SPACE):
            stack[-1].direct = True
        if events and events[-1][0] == _TEXT:
            return  # one run of character data, split by expat at line breaks and references
        append((_TEXT, parser.CurrentByteIndex, state["cdata"]))

    def comment(_: str) -> None:
        append((_COMMENT, parser.CurrentByteIndex))

    def boundary(*_: Any) -> None:
        append((_BOUNDARY, parser.CurrentByteIndex))

    def cdata(opening: bool) -> Any:
        def handler() -> None:
            state["cdata"] = opening
            boundary()

        return handler

    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.CommentHandler = comment
    parser.ProcessingInstructionHandler = boundary
    parser.StartCdataSectionHandler = cdata(True)
    parser.EndCdataSectionHandler = cdata(False)
    try:
        parser.Parse(encoded, True)
    except expat.ExpatError as error:
        raise _Refused(expat.ErrorString(error.code), parser.ErrorByteIndex) from None
    return events, state["profile"]


class _CharOffsets:
    """Character offsets of byte offsets of a str's UTF-8 encoding, asked for in increasing order."""

    def __init__(self, encoded: bytes, length: int) -> None:
        self._encoded = encoded
        self._ascii = len(encoded) == length
        self._byte = 0
        self._char = 0

    def __call__(self, byte: int) -> int:
        if self._ascii:
            return byte
        if byte < self._byte:
            self._byte = self._char = 0
        self._char += len(self._encoded[self._byte : byte].decode("utf-8", errors="ignore"))
        self._byte = byte
        return self._char


# --- pass 2: blocks --------------------------------------------------------------------------------

_IGNORED, _BREAK, _NUM, _HEADING, _BLOCK, _IMPLICIT, _INLINE, _CONTAINER = range(8)
_DECLARED = (_BLOCK, _HEADING, _NUM)
_NESTING_KINDS = (BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.TABLE_CELL)

# Pieces of a block's text: ("c", start, end) copies the source, ("r", text, start, end) stands for a
# source range, ("s", text) has no place in the source.
_Piece = tuple


class _Buffer:
    """The pieces of one block, collected while its element is open, and the blocks nested in it."""

    __slots__ = ("kind", "level", "pieces", "children", "label")

    def __init__(self, kind: BlockKind, level: int = 0) -> None:
        self.kind = kind
        self.level = level
        self.pieces: list[_Piece] = []
        self.children: list[_Buffer] = []
        self.label: Optional[str] = None


class _Frame:
    """An open element during the walk."""

    __slots__ = (
        "local", "parent", "role", "ignored", "porous", "host", "buffer", "list_level", "quote_level",
        "section_level", "is_section", "title", "pending_num", "num_text", "eid_frame", "ident_frame",
        "index", "counters",
    )

    def __init__(self, local: str, parent: Optional["_Frame"]) -> None:
        self.local = local
        self.parent = parent
        self.role = _CONTAINER
        self.ignored = False
        self.porous = False
        self.host: Optional[_Frame] = None
        self.buffer: Optional[_Buffer] = None
        self.list_level = parent.list_level if parent else 0
        self.quote_level = parent.quote_level if parent else 0
        self.section_level = parent.section_level if parent else 0
        self.is_section = False
        self.title: Optional[_Buffer] = None
        self.pending_num: Optional[_Buffer] = None
        self.num_text: Optional[str] = None
        self.eid_frame: Optional[tuple[_Frame, str]] = parent.eid_frame if parent else None
        self.ident_frame: Optional[str] = parent.ident_frame if parent else None
        self.index = 1
        self.counters: dict[str, int] = {}


def _title_text(source: str, pieces: list[_Piece]) -> str:
    parts = []
    for piece in pieces:
        if piece[0] == "c":
            parts.append(source[piece[1] : piece[2]])
        else:
            parts.append(piece[1])
    return " ".join("".join(parts).split())


class _Walker:
    """Turns the event list into a tree of block buffers, following a profile."""

    def __init__(self, source: str, profile: Profile) -> None:
        self.source = source
        self.profile = profile
        self.output: list[_Buffer] = []
        self.comments: list[Comment] = []
        self.stack: list[_Frame] = []

    # -- events

    def start(
        self, namespace: str, local: str, attributes: Mapping[str, str], record: _Record, own_lines: bool = False
    ) -> None:
        """An element starts; ``own_lines`` if its tags stand on lines of their own (a pretty-printed block)."""
        profile = self.profile
        parent = self.stack[-1] if self.stack else None
        frame = _Frame(local, parent)
        self.stack.append(frame)
        if parent is not None:
            frame.index = parent.counters[local] = parent.counters.get(local, 0) + 1
            frame.host = parent.host
            if parent.ignored and not (parent.porous and local in profile.rescue):
                frame.ignored = True
                frame.role = _IGNORED
                return
        self._remember_identity(frame, attributes)
        frame.is_section = local in profile.sections or (not profile.sections and record.titled)
        if frame.is_section:
            frame.section_level += 1
        host = frame.host
        in_declared = host is not None and host.role in _DECLARED
        if namespace in profile.namespaces_ignored or local in profile.ignore:
            frame.role = _IGNORED
            frame.ignored = True
            frame.porous = local in profile.porous
        elif local in profile.breaks:
            frame.role = _BREAK
            frame.ignored = True
            if host is not None and host.buffer is not None:
                host.buffer.pieces.append(("s", "\n"))
        elif local in profile.numbers:
            frame.role = _NUM
            frame.host = frame
            frame.buffer = _Buffer(BlockKind.HEADING)
        elif local in profile.headings and not in_declared:
            self._heading(frame)
        elif local in profile.blocks:
            self._block(frame, profile.blocks[local])
        elif host is not None and not (host is parent and host.role == _IMPLICIT and own_lines):
            frame.role = _INLINE
        elif record.direct:
            if host is not None:
                self._split(parent)  # an element on lines of its own inside another's text: a paragraph too
            frame.role = _IMPLICIT
            frame.host = frame
        else:
            frame.role = _CONTAINER
            frame.host = None

    def end(self) -> None:
        frame = self.stack.pop()
        role = frame.role
        if role in (_BLOCK, _HEADING, _IMPLICIT):
            if frame.buffer is not None:
                self._finish(frame.buffer, frame)
                if role == _IMPLICIT:
                    frame.buffer = None
        elif role == _NUM:
            self._num_end(frame)

    def text(self, start: int, end: int, cdata: bool) -> None:
        if not self.stack:
            return
        frame = self.stack[-1]
        host = frame.host
        if frame.ignored or host is None:
            return
        buffer = host.buffer
        if buffer is None:
            if not self.source[start:end].strip(_XML_SPACE):
                return
            buffer = host.buffer = _Buffer(BlockKind.PARAGRAPH)
            self._place(buffer, host.parent)
        _scan(self.source, start, end, cdata, buffer.pieces)

    def comment(self, start: int) -> None:
        close = self.source.find("-->", start + 4)
        end = len(self.source) if close < 0 else close + 3
        self.comments.append(Comment(self.source[start + 4 : end - 3], start, end))

    # -- roles

    def _heading(self, frame: _Frame) -> None:
        profile = self.profile
        parent = frame.parent
        assert parent is not None
        self._split(parent)
        owner = parent
        while owner.local in profile.title_wrappers and owner.parent is not None:
            owner = owner.parent
        frame.role = _HEADING
        frame.host = frame
        if owner.title is not None:
            frame.buffer = owner.title
            owner.title.pieces.append(("s", " "))
            return
        if owner.is_section or profile.loose_headings:
            level = owner.section_level if owner.is_section else owner.section_level + 1
            buffer = _Buffer(BlockKind.HEADING, max(level, 1))
            if owner.pending_num is not None:
                buffer.pieces.extend(owner.pending_num.pieces)
                buffer.pieces.append(("s", " "))
                owner.pending_num = None
            owner.title = buffer
        else:
            buffer = _Buffer(BlockKind.PARAGRAPH)  # a caption: the title of a table or a list
        frame.buffer = buffer
        self._place(buffer, parent)

    def _block(self, frame: _Frame, kind: BlockKind) -> None:
        parent = frame.parent
        outer = frame.host if frame.host is not None and frame.host.role in _DECLARED else None
        if parent is not None:
            self._split(parent)
        frame.role = _BLOCK
        frame.host = frame
        level = 0
        if kind is BlockKind.PARAGRAPH and outer is not None and outer.buffer.kind in _NESTING_KINDS:
            kind, level = outer.buffer.kind, outer.buffer.level
        elif kind is BlockKind.LIST_ITEM:
            frame.list_level += 1
            level = frame.list_level
        elif kind is BlockKind.QUOTE:
            frame.quote_level += 1
            level = frame.quote_level
        frame.buffer = _Buffer(kind, level)
        self._place(frame.buffer, parent)

    def _num_end(self, frame: _Frame) -> None:
        parent = frame.parent
        capture = frame.buffer
        if parent is None or capture is None:
            return
        if parent.num_text is None:
            parent.num_text = _title_text(self.source, capture.pieces)
        if parent.host is not None and parent.host.role in _DECLARED:
            return  # the number of a list item or a point: part of the label only
        owner = parent
        while owner.local in self.profile.title_wrappers and owner.parent is not None:
            owner = owner.parent
        if owner.is_section and owner.title is None:
            self._split(parent)
            buffer = _Buffer(BlockKind.HEADING, max(owner.section_level, 1))
            buffer.pieces.extend(capture.pieces)
            owner.title = buffer
            self._place(buffer, parent)
            self._finish(buffer, frame)
        else:
            owner.pending_num = capture

    def _split(self, parent: _Frame) -> None:
        """End the paragraph an implicit element has open, before a block or heading inside it."""
        host = parent.host
        if host is not None and host.role == _IMPLICIT and host.buffer is not None:
            self._finish(host.buffer, host)
            host.buffer = None

    def _place(self, buffer: _Buffer, parent: Optional[_Frame]) -> None:
        host = parent.host if parent is not None else None
        if host is not None and host.role in _DECLARED and host.buffer is not None:
            host.buffer.children.append(buffer)
        else:
            self.output.append(buffer)

    # -- labels

    def _remember_identity(self, frame: _Frame, attributes: Mapping[str, str]) -> None:
        kind = self.profile.label
        if kind == "eid":
            eid = attributes.get("eId") or attributes.get("eid")
            if eid:
                frame.eid_frame = (frame, eid)
        elif kind == "identifier":
            ident = attributes.get("identifier") or attributes.get("id")
            if ident:
                frame.ident_frame = ident

    def _finish(self, buffer: _Buffer, frame: _Frame) -> None:
        kind = self.profile.label
        if kind == "sections":
            return  # set when the blocks are laid out, from the section path
        if kind == "path":
            buffer.label = _element_path(frame)
            return
        human = _number_path(frame)
        raw = None
        if kind == "eid" and frame.eid_frame is not None:
            raw = frame.eid_frame[1]
            human = humanise_eid(raw)
        elif kind == "identifier":
            raw = frame.ident_frame
        if human and raw:
            buffer.label = f"{human} ({raw})"
        else:
            buffer.label = human or raw


def _number_path(frame: Optional[_Frame]) -> Optional[str]:
    parts = []
    while frame is not None:
        if frame.num_text:
            number = frame.num_text.rstrip(" \t–—-.:")
            if not number:
                pass
            elif number.lower().startswith(frame.local.lower()) or frame.local in ("hcontainer", "level"):
                parts.append(number)
            else:
                parts.append(f"{frame.local} {number}")
        frame = frame.parent
    return ", ".join(reversed(parts)) or None


def _element_path(frame: Optional[_Frame]) -> str:
    parts = []
    while frame is not None:
        parts.append(f"{frame.local}[{frame.index}]" if frame.parent is not None else frame.local)
        frame = frame.parent
    return "/" + "/".join(reversed(parts))


def _scan(source: str, start: int, end: int, cdata: bool, pieces: list[_Piece]) -> None:
    """Append the pieces of the character data in ``source[start:end]``: references resolved, line breaks as ``\\n``."""
    pattern = _LINE_BREAK if cdata else _TEXT_MARKUP
    position = start
    for match in pattern.finditer(source, start, end):
        if match.start() > position:
            pieces.append(("c", position, match.start()))
        name = None if cdata else match.group(1)
        if name is None:
            pieces.append(("r", "\n", match.start(), match.end()))
        else:
            value = _reference(name)
            if value:
                pieces.append(("r", value, match.start(), match.end()))
        position = match.end()
    if end > position:
        pieces.append(("c", position, end))


def _reference(name: str) -> str:
    if name.startswith("#x"):
        return chr(int(name[2:], 16))
    if name.startswith("#"):
        return chr(int(name[1:]))
    if name in _PREDEFINED:
        return _PREDEFINED[name]
    # An entity the document's external DTD would define, which is never read: HTML's names are known.
    return html.entities.html5.get(name + ";", "")


# --- pass 3: text ----------------------------------------------------------------------------------


def _layout(source: str, walker: _Walker, builder: TextBuilder) -> list[Block]:
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    by_sections = walker.profile.label == "sections"
    last_label: Optional[str] = None
    pending: list[Iterator[_Buffer]] = [iter(walker.output)]
    while pending:
        buffer = next(pending[-1], None)
        if buffer is None:
            pending.pop()
            continue
        pieces = _trim(source, buffer.pieces)
        if pieces:
            heading = buffer.kind is BlockKind.HEADING
            title = _title_text(source, pieces) if heading else ""
            if heading:
                while headings and headings[-1][0] >= buffer.level:
                    headings.pop()
            section = tuple(text for _, text in headings)
            label = buffer.label
            if by_sections:
                label = " > ".join(section + ((title,) if heading else ())) or None
            if builder.offset:
                builder.separate("\n\n")
            if label != last_label:
                builder.label(label or "")
                last_label = label
            start = builder.offset
            _emit(builder, pieces)
            blocks.append(Block(buffer.kind, start, builder.offset, buffer.level, section))
            if heading:
                headings.append((buffer.level, title))
        if buffer.children:
            pending.append(iter(buffer.children))
    return blocks


def _is_blank(source: str, piece: _Piece) -> bool:
    text = source[piece[1] : piece[2]] if piece[0] == "c" else piece[1]
    return not text.strip(_XML_SPACE)


def _trim(source: str, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces without leading and trailing blanks, and with no two blanks in a row across pieces."""
    first = 0
    while first < len(pieces) and _is_blank(source, pieces[first]):
        first += 1
    last = len(pieces)
    while last > first and _is_blank(source, pieces[last - 1]):
        last -= 1
    kept: list[_Piece] = []
    after_blank = True
    for index in range(first, last):
        piece = pieces[index]
        if piece[0] == "c":
            start, end = piece[1], piece[2]
            if after_blank:
                while start < end and source[start] in " \t":
                    start += 1
            if index == last - 1:
                while end > start and source[end - 1] in " \t":
                    end -= 1
            if start < end:
                kept.append(("c", start, end))
                after_blank = source[end - 1] in _XML_SPACE
        else:
            text = piece[1]
            if after_blank and not text.strip(_XML_SPACE):
                continue
            kept.append(piece)
            after_blank = text[-1] in _XML_SPACE
    return kept


def _emit(builder: TextBuilder, pieces: list[_Piece]) -> None:
    for piece in pieces:
        if piece[0] == "c":
            builder.copy(piece[1], piece[2])
        elif piece[0] == "r":
            builder.replace(piece[1], piece[2], piece[3])
        else:
            builder.separate(piece[1])


# --- the reader ------------------------------------------------------------------------------------


class XmlReader:
    """Reads XML (``.xml``, ``.akn``, ``.tei``, ``.dbk``); ``options`` is the ``[readers.xml]`` table."""

    name = "xml"
    extensions = (".xml", ".akn", ".tei", ".dbk")
    binary = True

    def __init__(self, options: Optional[Mapping[str, Any]] = None, *, origin: Optional[object] = None) -> None:
        where = f"{origin}: [readers.xml]" if origin else "[readers.xml]"
        self.options = parse_options(options or {}, where=where)

    def sniff(self, head: bytes) -> bool:
        """Whether the start of a file is XML: an XML declaration, or the root of a known vocabulary."""
        text = _head_text(head).lstrip()
        root = _ROOT.search(text)
        if root and root.group(2) == "html":
            return False  # XHTML is the HTML reader's
        if text.startswith("<?xml"):
            return True
        if root is None:
            return False
        namespace = re.search(r"""\bxmlns\s*=\s*["']([^"']*)""", root.group(3))
        profile = detect_profile(namespace.group(1) if namespace else "", root.group(2))
        return profile.name != "generic" and (namespace is not None or root.group(2) in ("akomaNtoso", "TEI"))

    def read(self, source: Union[str, bytes], *, path: str) -> Document:
        text = decode_xml(source) if isinstance(source, bytes) else source
        encoded = text.encode("utf-8")
        offsets = _CharOffsets(encoded, len(text))
        try:
            events, profile = _parse_events(encoded, lambda namespace, name: self.options.apply(detect_profile(namespace, name)))
        except _Refused as refused:
            index = refused.byte_index if refused.byte_index >= 0 else len(encoded)
            line, column = _line_column(text, _CharOffsets(encoded, len(text))(index))
            raise ParseError(refused.message, line=line, column=column) from None
        walker = _Walker(text, profile or self.options.apply(detect_profile("", "")))
        language: Optional[str] = None
        char_positions = [offsets(event[1]) for event in events]
        for index, event in enumerate(events):
            kind = event[0]
            if kind == _START:
                if not walker.stack:
                    language = _language(event[4])
                own_lines = _line_break_before(text, events, char_positions, index) and _line_break_after(
                    text, events, char_positions, event[5].end
                )
                walker.start(event[2], event[3], event[4], event[5], own_lines)
            elif kind == _END:
                walker.end()
            elif kind == _TEXT:
                end = char_positions[index + 1] if index + 1 < len(events) else len(text)
                walker.text(char_positions[index], end, event[2])
            elif kind == _COMMENT:
                walker.comment(char_positions[index])
        builder = TextBuilder(text)
        blocks = _layout(text, walker, builder)
        return Document(
            path=path,
            format=self.name,
            source=text,
            text=builder.text(),
            blocks=blocks,
            source_map=builder.source_map(),
            comments=walker.comments,
            language=language,
        )


def _line_break_before(source: str, events: list[tuple], positions: list[int], index: int) -> bool:
    """Whether only blanks and a line break stand between the previous event and event ``index``."""
    if index == 0 or events[index - 1][0] != _TEXT:
        return False
    text = source[positions[index - 1] : positions[index]].rstrip(" \t")
    return text.endswith(("\n", "\r"))


def _line_break_after(source: str, events: list[tuple], positions: list[int], index: int) -> bool:
    """Whether the text after event ``index`` starts with a line break (after blanks), or nothing follows."""
    if index < 0 or index + 1 >= len(events):
        return True
    if events[index + 1][0] != _TEXT:
        return events[index + 1][0] == _END  # the element ends its parent
    end = positions[index + 2] if index + 2 < len(events) else len(source)
    text = source[positions[index + 1] : end].lstrip(" \t")
    return text.startswith(("\n", "\r")) or not text


_ROOT = re.compile(r"<(?![!?])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)")
_XML_LANG = "http://www.w3.org/XML/1998/namespace lang"


def _language(attributes: Mapping[str, str]) -> Optional[str]:
    value = attributes.get(_XML_LANG, "")[:2].lower()
    return value if value in ("en", "fr") else None


def _head_text(head: bytes) -> str:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="ignore")
    if head.startswith(b"<\x00"):
        return head.decode("utf-16-le", errors="ignore")
    if head.startswith(b"\x00<"):
        return head.decode("utf-16-be", errors="ignore")
    return head.decode("latin-1")
