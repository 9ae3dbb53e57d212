"""Build minimal valid .docx and .odt files for tests, with zipfile and XML strings only.

A body item is either plain text (one plain paragraph) or an XML fragment
(starting with ``<``) made by the helpers here, so that a test shows the
document it reads::

    make_docx([docx_heading("Scope", 1), "We will undoubtedly act."])
"""

from __future__ import annotations

import io
import zipfile
from typing import Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

__all__ = [
    "docx_comment_range",
    "docx_heading",
    "docx_list_item",
    "docx_paragraph",
    "docx_run",
    "docx_table",
    "docx_textbox",
    "make_docx",
    "make_odt",
    "odt_heading",
    "odt_list",
    "odt_note",
    "odt_paragraph",
    "odt_table",
    "zip_bytes",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'mc:Ignorable="wps"'
)


def zip_bytes(entries: Mapping[str, str | bytes]) -> bytes:
    """A deflated zip archive of ``entries`` (name → content), in order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# -- DOCX -----------------------------------------------------------------


def docx_run(text: str) -> str:
    """A run with ``text`` (spaces kept)."""
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx_paragraph(*runs: str, style: str | None = None, numbered: int | None = None) -> str:
    """A ``w:p`` of runs (plain strings become runs; XML fragments are kept), with a style or list level."""
    properties = ""
    if style:
        properties += f"<w:pStyle w:val={quoteattr(style)}/>"
    if numbered is not None:
        properties += f'<w:numPr><w:ilvl w:val="{numbered}"/><w:numId w:val="1"/></w:numPr>'
    content = "".join(run if run.startswith("<") else docx_run(run) for run in runs)
    return f"<w:p>{'<w:pPr>' + properties + '</w:pPr>' if properties else ''}{content}</w:p>"


def docx_heading(text: str, level: int = 1, *, style: str | None = None) -> str:
    return docx_paragraph(text, style=style or ("Title" if level == 0 else f"Heading{level}"))


def docx_list_item(text: str, level: int = 0) -> str:
    return docx_paragraph(text, style="ListParagraph", numbered=level)


def docx_table(rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:tcPr/>{docx_paragraph(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl><w:tblPr/>{cells}</w:tbl>"


def docx_textbox(text: str, *, anchor_text: str = "") -> str:
    """A paragraph holding a text box as Word writes it: DrawingML in ``mc:Choice``, the same box in VML in ``mc:Fallback``."""
    box = f"<w:txbxContent>{docx_paragraph(text)}</w:txbxContent>"
    drawing = (
        "<mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:rect><v:textbox>{box}</v:textbox></v:rect></w:pict></mc:Fallback>"
        "</mc:AlternateContent>"
    )
    return docx_paragraph(*( [anchor_text] if anchor_text else []), f"<w:r>{drawing}</w:r>")


def docx_comment_range(comment_id: int, text: str) -> str:
    """Runs of ``text`` with comment ``comment_id`` anchored on them (to put in :func:`docx_paragraph`)."""
    return (
        f'<w:commentRangeStart w:id="{comment_id}"/>{docx_run(text)}<w:commentRangeEnd w:id="{comment_id}"/>'
        f'<w:r><w:commentReference w:id="{comment_id}"/></w:r>'
    )


_DEFAULT_STYLES = {
    "Title": "Title",
    "Heading1": "heading 1",
    "Heading2": "heading 2",
    "Heading3": "heading 3",
    "ListParagraph": "List Paragraph",
}


def _notes_part(kind: str, notes: Mapping[int, str]) -> str:
    separators = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
    )
    bodies = "".join(f'<w:{kind} w:id="{note_id}">{docx_paragraph(text)}</w:{kind}>' for note_id, text in notes.items())
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s {_DOCX_NAMESPACES}>{separators}{bodies}</w:{kind}s>'


def make_docx(
    paragraphs: Sequence[str],
    *,
    styles: Mapping[str, str] | None = None,
    footnotes: Mapping[int, str] | None = None,
    endnotes: Mapping[int, str] | None = None,
    comments: Mapping[int, str] | None = None,
    textbox: str | None = None,
    table: Sequence[Sequence[str]] | None = None,
    document_xml: str | None = None,
) -> bytes:
    """A .docx whose body is ``paragraphs`` (plain text or XML fragments), then ``textbox`` and ``table``.

    ``styles`` maps style ids to names (default: Title, Heading1–3,
    ListParagraph); ``footnotes``/``endnotes``/``comments`` map ids to text.
    ``document_xml`` replaces word/document.xml wholesale.
    """
    body = [item if item.startswith("<") else docx_paragraph(item) for item in paragraphs]
    if textbox is not None:
        body.append(docx_textbox(textbox))
    if table is not None:
        body.append(docx_table(table))
    document = document_xml or (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_DOCX_NAMESPACES}>'
        f"<w:body>{''.join(body)}<w:sectPr/></w:body></w:document>"
    )
    style_map = _DEFAULT_STYLES if styles is None else styles
    styles_xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
        + "".join(
            f'<w:style w:type="paragraph" w:styleId={quoteattr(style_id)}><w:name w:val={quoteattr(name)}/></w:style>'
            for style_id, name in style_map.items()
        )
        + "</w:styles>"
    )
    overrides = '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f"{overrides}</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": document,
        "word/styles.xml": styles_xml,
    }
    if footnotes:
        parts["word/footnotes.xml"] = _notes_part("footnote", footnotes)
    if endnotes:
        parts["word/endnotes.xml"] = _notes_part("endnote", endnotes)
    if comments:
        parts["word/comments.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W_NS}">'
            + "".join(
                f'<w:comment w:id="{comment_id}" w:author="Reviewer">{docx_paragraph(text)}</w:comment>'
                for comment_id, text in comments.items()
            )
            + "</w:comments>"
        )
    return zip_bytes(parts)


# -- ODT ------------------------------------------------------------------

_ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3"'
)


def odt_paragraph(*pieces: str) -> str:
    """A ``text:p`` of pieces: plain strings are escaped text, XML fragments are kept."""
    return "<text:p>" + "".join(piece if piece.startswith("<") else escape(piece) for piece in pieces) + "</text:p>"


def odt_heading(text: str, level: int = 1) -> str:
    return f'<text:h text:outline-level="{level}">{escape(text)}</text:h>'


def odt_list(*items: str) -> str:
    """A list; an item is text (one paragraph) or an XML fragment (a nested :func:`odt_list`)."""
    inner = "".join(
        f"<text:list-item>{item if item.startswith('<') else odt_paragraph(item)}</text:list-item>" for item in items
    )
    return f"<text:list>{inner}</text:list>"


def odt_table(rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(
        "<table:table-row>"
        + "".join(f'<table:table-cell office:value-type="string">{odt_paragraph(cell)}</table:table-cell>' for cell in row)
        + "</table:table-row>"
        for row in rows
    )
    return f'<table:table table:name="Table1"><table:table-column/>{cells}</table:table>'


def odt_note(citation: str, text: str, *, note_class: str = "footnote") -> str:
    """A footnote (or endnote) as it stands inline in the paragraph that cites it."""
    return (
        f'<text:note text:id="ftn{citation}" text:note-class="{note_class}">'
        f"<text:note-citation>{escape(citation)}</text:note-citation>"
        f"<text:note-body>{odt_paragraph(text)}</text:note-body></text:note>"
    )


def make_odt(paragraphs: Sequence[str], *, mimetype: str = "application/vnd.oasis.opendocument.text") -> bytes:
    """An .odt whose body is ``paragraphs`` (plain text or XML fragments), with its stored ``mimetype`` first."""
    body = "".join(item if item.startswith("<") else odt_paragraph(item) for item in paragraphs)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NAMESPACES}>'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
    return buffer.getvalue()
