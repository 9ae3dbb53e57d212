"""Registers the built-in readers (plain text, Markdown) through the ``claimcheck_readers`` hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.plugins import hookimpl
from claimcheck.readers import Reader
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.readers.text import TextReader

if TYPE_CHECKING:
    from claimcheck.config import Settings

__all__ = ["claimcheck_readers"]


@hookimpl
def claimcheck_readers(settings: "Settings") -> list[Reader]:
    return [TextReader(), MarkdownReader()]
