"""Turn a file's bytes into text: BOM, then UTF-8, then cp1252; refuse binary files.

Policy texts come from every kind of editor: UTF-8 with or without a BOM,
UTF-16 from Windows tools, and the odd cp1252 file from an old word processor.
Decoding is strict at every step, so a wrong guess is never silently turned
into replacement characters that would shift what a rule matches.  The text
keeps its original line endings, because every position a finding reports is
counted against it.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from claimcheck.errors import InputError

__all__ = ["BinaryFileError", "Decoded", "decode"]

# Longer BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# How much of the start of a file is searched for NUL bytes: enough to catch
# every common binary format (images, archives, office files) cheaply.
_SNIFF_SIZE = 8192


class BinaryFileError(InputError):
    """A file that is not text in any encoding claimcheck reads; it is skipped."""


class Decoded(NamedTuple):
    """Decoded text, the encoding it was read as, the BOM it had and a warning for the user, if any."""

    text: str
    encoding: str
    bom: bytes
    warning: str | None


def decode(data: bytes, *, path: str) -> Decoded:
    """Decode ``data`` read from ``path``; raise :class:`BinaryFileError` for binary files.

    ``path`` is only used in messages, so that the user learns which file was
    skipped or read as cp1252.
    """
    by_bom = _decode_by_bom(data)
    if by_bom is not None:
        return by_bom
    nul = data.find(b"\x00", 0, _SNIFF_SIZE)
    if nul >= 0:
        raise BinaryFileError(f"{path}: skipped: binary file (NUL byte at offset {nul})")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"", None)
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise BinaryFileError(
            f"{path}: skipped: binary file (not valid UTF-8 or cp1252, "
            f"first bad byte at offset {utf8_error.start})"
        ) from None
    warning = f"{path}: not valid UTF-8; read as cp1252 (first non-UTF-8 byte at offset {utf8_error.start})"
    return Decoded(text, "cp1252", b"", warning)


def _decode_by_bom(data: bytes) -> Decoded | None:
    """Decode by the byte-order mark, if there is one and the rest of the file agrees with it.

    A BOM followed by bytes that are not valid in its encoding is treated as
    no BOM at all (after trying the shorter BOMs it starts with): the file then
    goes through the ordinary checks, which call it binary if it is.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                continue
            return Decoded(text, encoding, bom, None)
    return None
