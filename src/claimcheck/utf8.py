"""A folded text as RE2 reads it: its UTF-8 bytes, encoded once, and the way back to character offsets.

RE2 matches bytes.  Given a ``str``, the ``google-re2`` wrapper encodes the
whole text again at every search, then walks it from the start to turn each
match's byte offsets into character offsets.  Rules search a document's
folded text dozens of times (every claim rule, every coverage evidence
pattern), so on a 10 MB report those encodings and walks were 40 % of the
run.  :class:`Utf8Text` encodes once, and turns byte offsets into character
offsets by a binary search among the few non-ASCII characters a folded
text keeps (the fold makes accents, quotes and dashes ASCII).

A text with many non-ASCII characters (Japanese, Cyrillic…) would need an
index as large as itself; it is matched as a ``str``, the wrapper's way, as
is a text that cannot be encoded (a lone surrogate from a reader plugin).
Both ways give the same spans of non-empty matches (see :meth:`Utf8Text.matches`).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import re2

__all__ = ["MAX_EXTRA_BYTES", "Utf8Text"]

# One non-ASCII character of valid UTF-8: a lead byte and its continuation bytes.
_NON_ASCII_CHARACTER = re.compile(rb"[\xc0-\xff][\x80-\xbf]*")

#: A text whose encoding is longer than its length by more than this fraction is matched as ``str``.
MAX_EXTRA_BYTES = 1 / 16


class Utf8Text:
    """``text`` encoded in UTF-8 once, for matching compiled RE2 patterns many times.

    Every method gives character offsets into ``text``, as matching the
    ``str`` would.
    """

    __slots__ = ("text", "data", "_byte_starts", "_extra_before")

    def __init__(self, text: str) -> None:
        self.text = text
        self.data: bytes | None = None
        """The UTF-8 bytes, or None when the text is matched as ``str`` (see the module's docstring)."""
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = None
        if data is not None and len(data) - len(text) <= len(text) * MAX_EXTRA_BYTES:
            self.data = data
        # Built on the first match in a non-ASCII text: where each non-ASCII character starts in
        # the bytes, and how many bytes more than characters come before it.
        self._byte_starts: array[int] | None = None
        self._extra_before: array[int] | None = None

    def spans(self, regex: "re2._Regexp") -> Iterator[tuple[int, int]]:
        """The character spans of the non-empty matches of ``regex``, as ``regex.finditer(text)`` gives them."""
        for start, end, _ in self.matches(regex):
            yield start, end

    def matches(self, regex: "re2._Regexp") -> Iterator[tuple[int, int, "re2._Match"]]:
        """Like :meth:`spans`, with each match for its groups (whose values are bytes when ``data`` is used).

        Empty matches are left out: a rule reports words, never an empty
        span, and the wrapper misplaces empty matches after a multibyte
        character (past the end of the text, even) whichever way it is given the text.
        """
        data = self.data
        if data is None or len(data) == len(self.text):  # offsets are characters already
            for match in regex.finditer(self.text if data is None else data):
                start, end = match.span()
                if start < end:
                    yield start, end, match
            return
        for match in regex.finditer(data):
            start, end = match.span()
            if start < end:
                yield self.character_offset(start), self.character_offset(end), match

    def search(self, regex: "re2._Regexp") -> bool:
        """Whether ``regex`` matches anywhere in the text."""
        return regex.search(self.text if self.data is None else self.data) is not None

    def character_offset(self, byte_offset: int) -> int:
        """The character offset in ``text`` of a byte offset in ``data`` that starts a character (or ends the text)."""
        if self._byte_starts is None:
            self._index()
        assert self._byte_starts is not None and self._extra_before is not None
        return byte_offset - self._extra_before[bisect_left(self._byte_starts, byte_offset)]

    def _index(self) -> None:
        assert self.data is not None
        starts = array("q")
        extra = array("q", [0])
        total = 0
        for match in _NON_ASCII_CHARACTER.finditer(self.data):
            start, end = match.span()
            starts.append(start)
            total += end - start - 1
            extra.append(total)
        self._byte_starts, self._extra_before = starts, extra
