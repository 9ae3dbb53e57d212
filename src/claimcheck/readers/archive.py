"""Safe reading of zip-based office files (DOCX, ODT): size limits against zip bombs, hardened XML.

A ``.docx`` or ``.odt`` is a zip archive of XML parts.  Both are untrusted
input, so :func:`open_archive` checks the archive before and while anything
is decompressed:

- the number of entries (read from the end-of-central-directory record before
  :mod:`zipfile` parses the directory, then again from the parsed directory);
- the uncompressed sizes the entries declare, in total and per entry;
- the compression ratio of every entry large enough to matter;
- the bytes an entry *actually* inflates to, counted while it is streamed in
  chunks: declared sizes can lie, so no limit relies on them alone.

Nothing is ever extracted to disk, so entry names (absolute, ``..``) are
harmless; archives nested in the archive are never opened.  A violation raises
:class:`ArchiveError`, an :class:`~claimcheck.errors.InputError`, whose message
names the file and the limit; the run reports it for that file (exit 2) and
goes on with the others.

:func:`parse_xml` parses one part with lxml without DTDs, entities or network
access, and refuses a part that declares a DOCTYPE.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lxml import etree

from claimcheck.errors import InputError

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = [
    "DEFAULT_LIMITS",
    "ArchiveError",
    "ArchiveLimits",
    "SafeArchive",
    "open_archive",
    "parse_xml",
]

_MB = 1024 * 1024
_CHUNK = 64 * 1024
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EOCD_MAGIC = b"PK\x05\x06"


class ArchiveError(InputError):
    """A zip container that is not safe or not valid to read (zip bomb suspected, corrupt entry)."""


@dataclass(frozen=True)
class ArchiveLimits:
    """How much a zip container may hold and expand to.

    ``max_ratio`` applies only to entries whose uncompressed size exceeds
    ``ratio_threshold``: small XML parts legitimately compress 50:1 or more.
    """

    max_entries: int = 10_000
    max_total_size: int = 200 * _MB
    max_entry_size: int = 50 * _MB
    max_ratio: int = 200
    ratio_threshold: int = 1 * _MB


DEFAULT_LIMITS = ArchiveLimits()


def _size(size: int) -> str:
    """``size`` in bytes as a short human figure (``"50 MB"``, ``"300 KB"``)."""
    if size >= _MB:
        return f"{size / _MB:.3g} MB"
    if size >= 1024:
        return f"{size / 1024:.3g} KB"
    return f"{size} bytes"


class SafeArchive:
    """A zip archive opened by :func:`open_archive`: entry names and size-limited reads."""

    def __init__(self, zip_file: zipfile.ZipFile, *, path: str, limits: ArchiveLimits) -> None:
        self._zip = zip_file
        self.path = path
        self.limits = limits
        self._read_total = 0  # bytes actually inflated so far, over every read

    def names(self) -> list[str]:
        """The names of the archive's entries, in directory order."""
        return self._zip.namelist()

    def __contains__(self, name: object) -> bool:
        try:
            self._zip.getinfo(name)  # type: ignore[arg-type]
        except (KeyError, TypeError):
            return False
        return True

    def read(self, name: str) -> bytes:
        """The uncompressed bytes of entry ``name``; :class:`KeyError` if there is none.

        The entry is inflated in chunks and the actual size and ratio are
        checked as it grows, so an entry whose declared size lies is stopped
        at the limit, not after it has filled the memory.
        """
        info = self._zip.getinfo(name)
        limits = self.limits
        self._check_declared(info)
        limit = min(limits.max_entry_size, limits.max_total_size - self._read_total)
        compressed = max(info.compress_size, 1)
        buffer = io.BytesIO()
        size = 0
        try:
            with self._zip.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:
                        if limit < limits.max_entry_size:
                            raise self._error(f"entries expand past {_size(limits.max_total_size)} in total")
                        raise self._error(f"entry {name} expands past {_size(limits.max_entry_size)}")
                    if size > limits.ratio_threshold and size > compressed * limits.max_ratio:
                        raise self._error(
                            f"entry {name} expands more than {limits.max_ratio}:1 "
                            f"({_size(compressed)} compressed)"
                        )
                    buffer.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:  # ValueError: a damaged header seeks before the start
            raise ArchiveError(f"{self.path}: corrupt archive: entry {name}: {error}") from None
        except RuntimeError as error:  # encrypted; or NotImplementedError (a subclass): compression method, strong encryption
            raise ArchiveError(f"{self.path}: cannot read entry {name}: {error}") from None
        self._read_total += size
        return buffer.getvalue()

    def _check_declared(self, info: zipfile.ZipInfo) -> None:
        limits = self.limits
        if info.file_size > limits.max_entry_size:
            raise self._error(f"entry {info.filename} expands past {_size(limits.max_entry_size)}")
        if info.file_size > limits.ratio_threshold and info.file_size > max(info.compress_size, 1) * limits.max_ratio:
            ratio = info.file_size // max(info.compress_size, 1)
            raise self._error(f"entry {info.filename} expands {ratio}:1 (limit {limits.max_ratio}:1)")

    def _error(self, problem: str) -> ArchiveError:
        return ArchiveError(f"{self.path}: zip bomb suspected: {problem}")


def open_archive(
    data: bytes, *, path: str, limits: ArchiveLimits = DEFAULT_LIMITS, format_name: str = "zip"
) -> SafeArchive:
    """Open the zip archive ``data`` read from ``path``, after checking its entry count and declared sizes.

    ``format_name`` (``"DOCX"``) goes into the message for data that is not a
    zip archive: ``"report.docx: not a valid DOCX (zip) file"``.
    """
    invalid = f"{path}: not a valid {format_name} (zip) file" if format_name != "zip" else f"{path}: not a valid zip file"
    if data.startswith(_OLE2_MAGIC):
        raise ArchiveError(f"{invalid}: it is an OLE2 file (a password-protected document or a legacy .doc)")
    declared_entries = _declared_entry_count(data)
    if declared_entries is not None and declared_entries > limits.max_entries:
        raise ArchiveError(f"{path}: zip bomb suspected: {declared_entries} entries (limit {limits.max_entries})")
    try:
        zip_file = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as error:
        raise ArchiveError(f"{invalid}: {error}") from None
    infos = zip_file.infolist()
    if len(infos) > limits.max_entries:
        raise ArchiveError(f"{path}: zip bomb suspected: {len(infos)} entries (limit {limits.max_entries})")
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_size:
        raise ArchiveError(
            f"{path}: zip bomb suspected: entries declare {_size(total)} uncompressed "
            f"(limit {_size(limits.max_total_size)})"
        )
    return SafeArchive(zip_file, path=path, limits=limits)


def _declared_entry_count(data: bytes) -> int | None:
    """The entry count in the end-of-central-directory record, before :mod:`zipfile` parses the directory."""
    index = data.rfind(_EOCD_MAGIC, max(0, len(data) - 65_557))
    if index < 0 or index + 22 > len(data):
        return None
    count = struct.unpack_from("<H", data, index + 10)[0]
    return None if count == 0xFFFF else count  # 0xFFFF: the real count is in the ZIP64 record


_PARSER_OPTIONS = dict(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse_xml(data: bytes, *, path: str, part: str) -> "_Element":
    """The root element of the XML part ``part`` of ``path``, parsed without DTDs, entities or network.

    A part that is not well-formed, or that declares a DOCTYPE (the vehicle of
    entity-expansion attacks; office formats never need one), raises
    :class:`~claimcheck.errors.InputError`.
    """
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (0, 0)
        raise InputError(
            f"{path}: {part} is not well-formed XML (line {line}, column {column}): {error.msg}"
        ) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(f"{path}: {part} declares a DOCTYPE, which office files never need: refused")
    return root
