"""Decoding a file's bytes: BOMs, UTF-8, the cp1252 fallback and binary files."""

from __future__ import annotations

import codecs

import pytest

from claimcheck.decode import BinaryFileError, Decoded, decode
from claimcheck.errors import InputError
from claimcheck.readers.text import TextReader

TEXT = "Le traité de l’Atlantique Nord\r\nengage « chaque Allié ».\r\n"


def test_plain_utf8_is_read_as_is_with_its_line_endings():
    decoded = decode(TEXT.encode("utf-8"), path="doc.txt")
    assert decoded == Decoded(TEXT, "utf-8", b"", None)


def test_empty_file_is_empty_text():
    assert decode(b"", path="empty.txt") == Decoded("", "utf-8", b"", None)


@pytest.mark.parametrize(
    "bom, encoding",
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_is_recognised_and_left_out_of_the_text(bom, encoding):
    decoded = decode(bom + TEXT.encode(encoding), path="doc.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.bom == bom
    assert decoded.warning is None
    assert not decoded.text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_positions_in_a_bom_file_are_relative_to_the_text_without_bom(encoding):
    source = "First line\r\nSecond « Allié » line\n"
    decoded = decode(source.encode(encoding), path="doc.txt")
    document = TextReader().read(decoded.text, path="doc.txt")
    offset = document.text.index("Allié")
    # "Second « " is 9 characters: the word starts in column 10 of line 2, ends before column 15.
    assert document.source_map.position(offset)[:2] == (2, 10)
    assert document.source_map.position(offset + len("Allié"), end=True)[:2] == (2, 15)
    first = document.text.index("First")
    assert document.source_map.position(first) == (1, 1, 0)


def test_utf16_without_nul_free_start_is_not_taken_for_binary():
    # UTF-16 text is full of NUL bytes: the BOM must be trusted before the NUL check.
    decoded = decode(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le"), path="w.txt")
    assert decoded.text == "abc"


def test_cp1252_fallback_warns_and_names_the_file():
    data = "Caf\u00e9 \u2019quoted\u2019 \u20ac5".encode("cp1252")
    decoded = decode(data, path="old/notes.txt")
    assert decoded.text == "Café ’quoted’ €5"
    assert decoded.encoding == "cp1252"
    assert decoded.bom == b""
    assert decoded.warning == "old/notes.txt: not valid UTF-8; read as cp1252 (first non-UTF-8 byte at offset 3)"


def test_png_header_is_a_binary_file_named_in_the_message():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    with pytest.raises(BinaryFileError) as raised:
        decode(png, path="figures/map.png")
    message = str(raised.value)
    assert message.startswith("figures/map.png: skipped: binary file (")
    assert isinstance(raised.value, InputError)


def test_nul_bytes_make_a_binary_file():
    with pytest.raises(BinaryFileError, match=r"^data\.bin: skipped: binary file \(NUL byte at offset 5\)$"):
        decode(b"hello\x00world", path="data.bin")


def test_nul_after_the_sniffed_start_is_decoded_not_refused():
    data = b"a" * 9000 + b"\x00"
    assert decode(data, path="late.txt").text == "a" * 9000 + "\x00"


def test_bytes_undefined_in_cp1252_make_a_binary_file():
    # 0x81 is not valid UTF-8 here and has no character in cp1252.
    with pytest.raises(BinaryFileError, match=r"^blob: skipped: binary file \(not valid UTF-8 or cp1252"):
        decode(b"abc\x81\x8d", path="blob")


def test_invalid_data_after_a_bom_is_not_trusted():
    # A UTF-8 BOM followed by bytes that are not UTF-8: read without the BOM's help.
    decoded = decode(codecs.BOM_UTF8 + b"caf\xe9", path="odd.txt")
    assert decoded.encoding == "cp1252"
    assert decoded.text == "ï»¿café"
    assert decoded.warning is not None


def test_lone_cr_line_endings_are_kept():
    assert decode(b"one\rtwo\r", path="mac.txt").text == "one\rtwo\r"
