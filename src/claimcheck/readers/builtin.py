"""Registers the built-in readers (plain text, Markdown, HTML, XML, DOCX, ODT) through the ``claimcheck_readers`` hook.

Plain text and Markdown are imported at once (nearly every run reads them);
the others are :class:`~claimcheck.readers.lazy.LazyReader`\\ s, imported
when a file of theirs comes — except the XML reader when ``[readers.xml]``
configures it: it is built at once, so that a mistake in that table stops
the run before any file is read, as every other configuration error does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.plugins import hookimpl
from claimcheck.readers import Reader
from claimcheck.readers.lazy import LazyReader
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.readers.text import TextReader

if TYPE_CHECKING:
    from claimcheck.config import Settings

__all__ = ["claimcheck_readers"]


@hookimpl
def claimcheck_readers(settings: "Settings") -> list[Reader]:
    xml_options = settings.readers.get("xml", {})
    xml = LazyReader(
        "xml",
        (".xml", ".akn", ".tei", ".dbk"),
        binary=True,
        target="claimcheck.readers.xml:XmlReader",
        arguments=lambda: ((xml_options,), {"origin": settings.origins.get("readers")}),
    )
    if xml_options:
        xml.reader  # noqa: B018 - built now: its options are validated before any file is read
    return [
        TextReader(),
        MarkdownReader(),
        LazyReader("docx", (".docx",), binary=True, target="claimcheck.readers.docx:DocxReader"),
        LazyReader("odt", (".odt",), binary=True, target="claimcheck.readers.odt:OdtReader"),
        LazyReader("html", (".html", ".htm", ".xhtml"), binary=False, target="claimcheck.readers.html:HtmlReader"),
        xml,
    ]
