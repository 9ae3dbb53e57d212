"""Registers the built-in readers (plain text, Markdown, HTML, XML, DOCX, ODT) through the ``claimcheck_readers`` hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.plugins import hookimpl
from claimcheck.readers import Reader
from claimcheck.readers.docx import DocxReader
from claimcheck.readers.html import HtmlReader
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.readers.odt import OdtReader
from claimcheck.readers.text import TextReader
from claimcheck.readers.xml import XmlReader

if TYPE_CHECKING:
    from claimcheck.config import Settings

__all__ = ["claimcheck_readers"]


@hookimpl
def claimcheck_readers(settings: "Settings") -> list[Reader]:
    return [
        TextReader(), MarkdownReader(), DocxReader(), OdtReader(), HtmlReader(),
        XmlReader(settings.readers.get("xml", {}), origin=settings.origins.get("readers")),
    ]
