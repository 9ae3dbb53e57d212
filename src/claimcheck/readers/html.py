"""The HTML reader: visible prose of HTML and XHTML pages, with the exact source position of every character.

It is built on the standard library's :class:`html.parser.HTMLParser`, which
is lenient: malformed markup is recovered as browsers would, roughly, and no
input makes the reader raise.  The parser runs with ``convert_charrefs=False``
so that every piece of data it reports is a verbatim slice of the source; the
start of each token comes from ``getpos()`` and is turned into a character
offset, character and entity references are resolved one by one and stand for
their ``&...;`` range, and so every character of ``text`` maps back to the
line and column it came from.

What is prose: headings, paragraphs, list items, block quotes, table cells,
definition terms and descriptions, captions and text directly inside
containers (``div``, ``section``, ``body``…).  What is not: the ``head``,
scripts and styles, navigation, code and preformatted text, form controls,
embedded objects, and anything ``hidden`` or ``aria-hidden="true"``.
Comments are kept aside for inline suppression.

Whitespace follows HTML rendering inside a block: a run of blanks becomes one
space, or ``\\n`` where it holds a line break (or a ``<br>``); blanks at the
edges of a block are left out.  Blocks are separated by a blank line.
"""

from __future__ import annotations

import bisect
import codecs
import html
import re
from collections import Counter
from html.parser import HTMLParser, charref
from typing import NamedTuple, Sequence

from claimcheck.document import Block, BlockKind, Comment, Document, TextBuilder

__all__ = ["HtmlReader"]

# Elements whose content is not prose: left out with everything inside them.
_SKIPPED = frozenset(
    {
        "script", "style", "head", "title", "noscript", "template", "svg", "math", "nav",
        "code", "pre", "kbd", "samp", "button", "select", "option", "optgroup", "datalist",
        "textarea", "iframe", "object", "canvas", "audio", "video",
    }
)  # fmt: skip

# Elements that never have content or an end tag.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS = frozenset({"ul", "ol", "menu", "dir"})

# Elements that start and end a block of text: text on either side of them never runs together.
_BLOCK = frozenset(
    {
        "html", "body", "head", "address", "article", "aside", "blockquote", "caption", "center", "colgroup",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "header", "hgroup", "hr", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
        "plaintext", "pre", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "xmp", *_HEADINGS,
    }
)  # fmt: skip

# Start tags that close an open <p> first (HTML's "close a p element in button scope").
_CLOSES_P = _BLOCK - {
    "html", "body", "head", "caption", "colgroup", "legend", "tbody", "td", "tfoot", "th", "thead", "tr",
}  # fmt: skip
_BUTTON_SCOPE = frozenset({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"})
# An <li>, <dt> or <dd> closes an open one unless a block other than these stands between them.
_ITEM_TRANSPARENT = frozenset({"address", "div", "p"})
_TABLE_PARTS = frozenset({"thead", "tbody", "tfoot"})
# What may stand in <head> without ending it.
_HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})

_SPACE = " \t\n\r\f"
# Runs of blanks, and runs of words joined by single spaces: a lone space between two words is
# copied as it stands, so words and such spaces go in one piece (a 1 MB page made 316,000 pieces
# of single words before, and reading it spent most of its time copying them one by one).
_RUNS = re.compile(r"[ \t\n\r\f]+|[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*")
_LINE_BREAK = re.compile(r"\r\n?|\n")
_COMMENT_CLOSE = re.compile(r"--\s*>")
_CONSTRUCT = re.compile(r"<[A-Za-z/!?]")
_LANGUAGE = re.compile(r"\s*([A-Za-z]{2})(?:[-_]|\s*$)")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Kinds of the pieces a block is made of.
_COPY, _REPLACE, _SPACES, _BREAK = "copy", "replace", "spaces", "break"


class _Piece(NamedTuple):
    """A piece of a block: source text to copy, a resolved reference, a run of blanks or a ``<br>``."""

    kind: str
    start: int
    end: int
    text: str = ""


class _Element(NamedTuple):
    tag: str
    skipped: bool


class _Parser(HTMLParser):
    """Turns parser events into blocks of pieces, tracking open elements the way a browser would, roughly."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.fed = _defuse(source)
        # HTMLParser counts lines at "\n" only, whatever the file's line endings.
        self.newlines = [0] + [match.end() for match in re.finditer("\n", source)]
        self.stack: list[_Element] = []
        self.open_tags: Counter[str] = Counter()  # how many of each tag are open, to skip hopeless scope walks
        self.skipped = 0
        self.pending: list[_Piece] = []
        self.leaves: list[tuple[BlockKind, int, list[_Piece]]] = []
        self.comments: list[Comment] = []
        self.language: str | None = None
        self.done = False

    # -- driving ---------------------------------------------------------------------------------

    def run(self) -> None:
        try:
            self.feed(self.fed)
            self.close()
        except AssertionError:  # pragma: no cover - html.parser asserts on input it cannot tokenise
            pass
        self._flush()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.newlines[line - 1] + column

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """``<![CDATA[...]]>`` and the like: not prose, skipped whole (the base class may raise on them)."""
        end = self.rawdata.find("]]>", i + 3)
        return -1 if end < 0 else end + 3

    # -- tags ------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        if tag == "br":
            if not self.skipped:
                start = self._offset()
                text = self.get_starttag_text() or "<br>"
                self.pending.append(_Piece(_BREAK, start, start + len(text)))
            return
        if tag == "html" and self.language is None:
            self.language = _language(attrs)
        if self._top_is("head") and tag not in _HEAD_CONTENT:
            self._pop_to(len(self.stack) - 1)
        if tag in _BLOCK:
            self._flush()
        if tag in _CLOSES_P:
            self._close_in_scope({"p"}, stop=_BUTTON_SCOPE)
        if tag == "li":
            self._close_in_scope({"li"}, stop=_BLOCK - _ITEM_TRANSPARENT - {"li"})
        elif tag in ("dt", "dd"):
            self._close_in_scope({"dt", "dd"}, stop=_BLOCK - _ITEM_TRANSPARENT - {"dt", "dd"})
        elif tag in ("td", "th"):
            self._close_in_scope({"td", "th"}, stop={"tr", "table"} | _TABLE_PARTS)
        elif tag == "tr":
            self._close_in_scope({"tr"}, stop={"table"} | _TABLE_PARTS)
        elif tag in _TABLE_PARTS:
            self._close_in_scope(_TABLE_PARTS, stop={"table"})
        elif tag in _HEADINGS and self.stack and self.stack[-1].tag in _HEADINGS and not self.stack[-1].skipped:
            self._pop_to(len(self.stack) - 1)
        if tag in _VOID:
            return
        skipped = tag in _SKIPPED or _hidden(attrs)
        self.stack.append(_Element(tag, skipped))
        self.open_tags[tag] += 1
        self.skipped += skipped

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # An XHTML empty element (<p/>) opens and closes; a void one (<br/>) only "opens".
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if tag == "br":  # browsers read </br> as <br>
            if not self.skipped:
                start = self._offset()
                close = self.source.find(">", start)
                self.pending.append(_Piece(_BREAK, start, close + 1 if close >= 0 else len(self.source)))
            return
        if tag in ("html", "body"):
            return  # text after </body> is still the body's, as browsers read it
        if tag in _BLOCK:
            self._flush()
        index = self._last(lambda name: name == tag)
        if index < 0 and tag in _HEADINGS:
            index = self._last(lambda name: name in _HEADINGS)  # <h2>...</h3> closes the heading
        if index >= 0:
            self._pop_to(index)
        # A stray end tag (nothing open to close) is ignored.

    def _top_is(self, tag: str) -> bool:
        return bool(self.stack) and self.stack[-1].tag == tag

    def _last(self, matches) -> int:
        for index in range(len(self.stack) - 1, -1, -1):
            if matches(self.stack[index].tag):
                return index
        return -1

    def _close_in_scope(self, tags: set[str] | frozenset[str], *, stop: set[str] | frozenset[str]) -> None:
        """Close the innermost open element among ``tags`` unless one of ``stop`` is open inside it."""
        if not any(self.open_tags[tag] for tag in tags):
            return  # nothing to close: no need to walk a deeply nested stack
        for index in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[index].tag
            if tag in tags:
                self._pop_to(index)
                return
            if tag in stop or self.stack[index].skipped:
                return

    def _pop_to(self, index: int) -> None:
        """Close ``stack[index]`` and everything opened inside it."""
        if any(element.tag in _BLOCK for element in self.stack[index:]):
            self._flush()
        for element in self.stack[index:]:
            self.skipped -= element.skipped
            self.open_tags[element.tag] -= 1
        del self.stack[index:]

    # -- text ------------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self.done:
            return
        start = self._offset()
        end = start + len(data)
        if self.fed[start:end] != data:  # pragma: no cover - HTMLParser data is always a slice of its input
            return
        if data.startswith("<") and (len(data) > 1 or _CONSTRUCT.match(self.fed, start)):
            # A tag, comment or declaration HTMLParser could not finish, handed back as text: not prose.
            if self.fed.startswith("<!--", start):
                self.comments.append(Comment(self.source[start + 4 :], start, len(self.source)))
                self.done = True  # an unclosed comment runs to the end of the file
            elif len(data) == 1:
                self.done = True  # nothing closes it: it runs to the end of the file
            return
        if self.skipped and self._top_is("head") and data.strip(_SPACE):
            self._pop_to(len(self.stack) - 1)  # text ends the head, as in browsers
        if self.skipped:
            return
        for match in _RUNS.finditer(self.source, start, end):
            kind = _SPACES if match.group()[0] in _SPACE else _COPY
            self.pending.append(_Piece(kind, match.start(), match.end()))

    def handle_entityref(self, name: str) -> None:
        start = self._offset()
        end = start + 1 + len(name)
        if self.source.startswith(";", end):
            end += 1
        self._reference(start, end)

    def handle_charref(self, name: str) -> None:
        start = self._offset()
        end = start + 2 + len(name)
        if self.source.startswith(";", end):
            end += 1
        self._reference(start, end)

    def _reference(self, start: int, end: int) -> None:
        if self.done or self.skipped:
            return
        written = self.source[start:end]
        text = html.unescape(written)
        if text == written:  # an unknown entity stays as written
            self.pending.append(_Piece(_COPY, start, end))
        else:
            self.pending.append(_Piece(_REPLACE, start, end, text))

    def handle_comment(self, data: str) -> None:
        if self.done:
            return
        start = self._offset()
        if self.source.startswith("<!--", start):
            body_end = start + 4 + len(data)
            close = _COMMENT_CLOSE.match(self.source, body_end)
            end = close.end() if close else body_end
            self.comments.append(Comment(self.source[start + 4 : body_end], start, end))
        else:  # a bogus comment: <!...> or </ ...>
            body_end = start + 2 + len(data)
            self.comments.append(Comment(self.source[start + 2 : body_end], start, min(body_end + 1, len(self.source))))

    # -- blocks ----------------------------------------------------------------------------------

    def _flush(self) -> None:
        """End the block being collected; its kind comes from the elements it stands in."""
        pieces = _trim(self.source, self.pending)
        self.pending = []
        if pieces:
            kind, level = self._context()
            self.leaves.append((kind, level, pieces))

    def _context(self) -> tuple[BlockKind, int]:
        tags = [element.tag for element in self.stack]
        for tag in reversed(tags):
            if tag in _HEADINGS:
                return BlockKind.HEADING, int(tag[1])
            if tag == "li":
                return BlockKind.LIST_ITEM, max(sum(name in _LISTS for name in tags), 1)
            if tag == "blockquote":
                return BlockKind.QUOTE, tags.count("blockquote")
            if tag in ("td", "th"):
                return BlockKind.TABLE_CELL, 0
        return BlockKind.PARAGRAPH, 0


def _defuse(source: str) -> str:
    """``source`` with the few references HTMLParser mishandles made plain text, same length.

    With ``convert_charrefs=False``, an ``&#`` that is no character reference
    makes HTMLParser (3.11) hand the rest of the file back as text, tags and
    all, and a lone ``&x`` at the very end loses its ``&``.  The ``#`` (or the
    ``&``) becomes ``_`` in the text the parser sees; prose is always copied
    from the real source, so nothing of this shows.
    """
    chars: list[str] | None = None
    index = source.find("&#")
    while index >= 0:
        if not charref.match(source, index):
            chars = chars if chars is not None else list(source)
            chars[index + 1] = "_"
        index = source.find("&#", index + 2)
    if len(source) >= 2 and source[-2] == "&" and (source[-1].isascii() and source[-1].isalpha()):
        chars = chars if chars is not None else list(source)
        chars[-2] = "_"
    return "".join(chars) if chars is not None else source


def _hidden(attrs: Sequence[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        if name == "hidden" or (name == "aria-hidden" and (value or "").strip().lower() == "true"):
            return True
    return False


def _language(attrs: Sequence[tuple[str, str | None]]) -> str | None:
    for name, value in attrs:
        if name in ("lang", "xml:lang") and value:
            match = _LANGUAGE.match(value)
            if match and match.group(1).lower() in ("en", "fr"):
                return match.group(1).lower()
    return None


def _is_blank(source: str, piece: _Piece) -> bool:
    if piece.kind in (_SPACES, _BREAK):
        return True
    text = piece.text if piece.kind == _REPLACE else source[piece.start : piece.end]
    return not text.strip()


def _trim(source: str, pieces: list[_Piece]) -> list[_Piece]:
    """The pieces without the blanks at the block's edges (``&nbsp;`` and Unicode spaces included)."""
    first, last = 0, len(pieces)
    while first < last and _is_blank(source, pieces[first]):
        first += 1
    while last > first and _is_blank(source, pieces[last - 1]):
        last -= 1
    if first == last:
        return []
    trimmed = pieces[first:last]
    head, tail = trimmed[0], trimmed[-1]
    if head.kind == _COPY:
        start = head.start
        while source[start].isspace():
            start += 1
        trimmed[0] = head._replace(start=start)
    if tail.kind == _COPY:
        tail = trimmed[-1]
        end = tail.end
        while source[end - 1].isspace():
            end -= 1
        trimmed[-1] = tail._replace(end=end)
    return trimmed


def _emit(builder: TextBuilder, source: str, pieces: Sequence[_Piece]) -> None:
    """Append a block's pieces to ``builder``."""
    blanks: list[_Piece] = []
    for piece in pieces:
        if piece.kind in (_SPACES, _BREAK):
            blanks.append(piece)
            continue
        if blanks:
            _emit_blanks(builder, source, blanks)
            blanks = []
        if piece.kind == _COPY:
            builder.copy(piece.start, piece.end)
        else:
            builder.replace(piece.text, piece.start, piece.end)


def _title(source: str, pieces: Sequence[_Piece]) -> str:
    """A heading's text on one line, as it goes into the section path."""
    parts: list[str] = []
    for piece in pieces:
        if piece.kind in (_SPACES, _BREAK):
            parts.append(" ")
        else:
            parts.append(piece.text if piece.kind == _REPLACE else source[piece.start : piece.end])
    return " ".join("".join(parts).split())


def _emit_blanks(builder: TextBuilder, source: str, blanks: Sequence[_Piece]) -> None:
    """One character for a run of blanks between words: ``\\n`` for a ``<br>`` or a line break, else a space."""
    for piece in blanks:
        if piece.kind == _BREAK:
            builder.replace("\n", piece.start, piece.end)
            return
    for piece in blanks:
        match = _LINE_BREAK.search(source, piece.start, piece.end)
        if match:
            builder.replace("\n", match.start(), match.end())
            return
    first = blanks[0]
    if first.end - first.start == 1:
        builder.copy(first.start, first.end)
    else:
        builder.replace(" ", first.start, first.end)


class HtmlReader:
    """Reads HTML and XHTML: the prose a browser shows, in blocks, with exact positions.

    Blocks are headings (``level`` 1–6), paragraphs, list items (``level`` is
    the nesting depth of ``ul``/``ol``), block quotes (``level`` is the
    depth) and table cells; ``dt``, ``dd``, captions, ``summary`` and text
    directly inside containers are paragraphs.  A block inside a list item,
    quote or cell takes that kind, as in the Markdown reader.  A block's
    ``section`` is the path of the headings above it.  ``<html lang>`` sets
    the document's language when it is English or French.
    """

    name = "html"
    extensions = (".html", ".htm", ".xhtml")

    def read(self, source: str, *, path: str) -> Document:
        parser = _Parser(source)
        parser.run()
        builder = TextBuilder(source)
        blocks: list[Block] = []
        headings: list[tuple[int, str]] = []
        for kind, level, pieces in parser.leaves:
            if kind is BlockKind.HEADING:
                while headings and headings[-1][0] >= level:
                    headings.pop()
            if builder.offset:
                builder.separate("\n\n")
            start = builder.offset
            _emit(builder, source, pieces)
            blocks.append(Block(kind, start, builder.offset, level, tuple(title for _, title in headings)))
            if kind is BlockKind.HEADING:
                headings.append((level, _title(source, pieces)))
        return Document(
            path=path,
            format=self.name,
            source=source,
            text=builder.text(),
            blocks=blocks,
            source_map=builder.source_map(),
            comments=parser.comments,
            language=parser.language,
        )

    def sniff(self, head: bytes) -> bool:
        """Whether a file starts like an HTML page: ``<!doctype html`` or ``<html``, after a BOM and blanks."""
        encoding = "latin-1"
        for bom, name in _BOMS:
            if head.startswith(bom):
                head, encoding = head[len(bom) :], name
                break
        start = head[:4096].decode(encoding, errors="ignore").lstrip(_SPACE).lower()
        return start.startswith("<!doctype html") or start.startswith("<html")
