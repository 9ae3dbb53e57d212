"""Readers turn the decoded source of a file into a :class:`~claimcheck.document.Document`.

Each format is a reader registered through the ``claimcheck_readers`` hook;
the built-in ones (plain text, Markdown) register exactly as a plugin would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Sequence

if TYPE_CHECKING:
    from claimcheck.document import Document

__all__ = ["Reader"]


class Reader(Protocol):
    """A document format.

    ``name`` is the format's name (``"markdown"``), used in config and
    output; ``extensions`` the lower-case file suffixes it claims
    (``(".md", ".markdown")``).  ``read`` gets the decoded source and the
    display path and returns the document; it must not raise for any text —
    malformed input is read as well as it can be.
    """

    name: str
    extensions: Sequence[str]

    def read(self, source: str, *, path: str) -> "Document": ...
