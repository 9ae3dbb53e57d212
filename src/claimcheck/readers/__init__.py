"""Readers turn the source of a file into a :class:`~claimcheck.document.Document`.

Each format is a reader registered through the ``claimcheck_readers`` hook;
the built-in ones (plain text, Markdown, HTML, XML, DOCX, ODT) register
exactly as a plugin would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Sequence, Union

from claimcheck.errors import InputError

if TYPE_CHECKING:
    from claimcheck.document import Document

__all__ = ["ParseError", "Reader"]


class Reader(Protocol):
    """A document format.

    ``name`` is the format's name (``"markdown"``), used in config
    (``extensions = {".xhtml" = "html"}``) and output; ``extensions`` the
    lower-case file suffixes it claims (``(".md", ".markdown")``).

    A text reader (``binary`` false or absent) gets the decoded source; a
    binary reader (``binary = True``: zip containers, XML with its own
    encoding declaration) gets the file's bytes and decodes them itself.
    ``read`` returns the document.  For malformed input it either reads as
    well as it can or raises :class:`ParseError` with the position; any
    other exception is reported as a crash of the reader.

    A reader may also define ``sniff(head: bytes) -> bool``, asked for files
    whose extension no reader claims: the first kilobytes tell a format
    whose name the file does not carry.
    """

    name: str
    extensions: Sequence[str]

    def read(self, source: Union[str, bytes], *, path: str) -> "Document": ...


class ParseError(InputError):
    """A document too malformed to read (invalid XML): reported as a finding at its position, exit 2."""

    def __init__(self, message: str, *, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
