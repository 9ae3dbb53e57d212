"""Zip bombs and broken archives are refused quickly, per file, with a message naming the file and the limit."""

from __future__ import annotations

import io
import json
import struct
import time
import zipfile
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.readers.archive import ArchiveError, ArchiveLimits, SafeArchive, open_archive, parse_xml
from claimcheck.readers.docx import DocxReader
from conftest import write
from office_files import make_docx, zip_bytes

MB = 1024 * 1024
CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def bomb(name: str = "word/document.xml", megabytes: int = 300) -> bytes:
    """A small zip whose one entry inflates to ``megabytes`` MB of zeros, written 1 MB at a time."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open(name, "w") as entry:
            chunk = b"\0" * MB
            for _ in range(megabytes):
                entry.write(chunk)
    return buffer.getvalue()


def patch_entry(data: bytes, name: str, central_field: tuple[int, str, int], local_field: tuple[int, str, int]) -> bytes:
    """``data`` with one field of entry ``name`` rewritten in the central directory and the local header.

    Each field is (offset in its header, struct format, value).
    """
    patched = bytearray(data)
    encoded = name.encode()
    central = patched.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", patched, central + 28)[0]
        if bytes(patched[central + 46 : central + 46 + name_length]) == encoded:
            local = struct.unpack_from("<I", patched, central + 42)[0]
            for base, (offset, form, value) in ((central, central_field), (local, local_field)):
                struct.pack_into(form, patched, base + offset, value)
            return bytes(patched)
        central = patched.find(b"PK\x01\x02", central + 4)
    raise AssertionError(f"{name} not found")


def patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """``data`` with entry ``name``'s uncompressed size set to ``size``."""
    return patch_entry(data, name, (24, "<I", size), (22, "<I", size))


def patch_compression_method(data: bytes, name: str, method: int) -> bytes:
    """``data`` with entry ``name``'s compression method set to ``method``."""
    return patch_entry(data, name, (10, "<H", method), (8, "<H", method))


@pytest.fixture(scope="module")
def bomb_300mb() -> bytes:
    return bomb()


def quickly(function, *args, **kwargs):
    """Call ``function`` and check it raises ArchiveError within two seconds; the error."""
    started = time.perf_counter()
    with pytest.raises(ArchiveError) as raised:
        function(*args, **kwargs)
    assert time.perf_counter() - started < 2.0
    return raised.value


def test_the_bomb_is_small_on_disk(bomb_300mb):
    assert len(bomb_300mb) < 2 * MB


def test_an_entry_that_inflates_past_the_entry_limit_is_refused(bomb_300mb):
    error = quickly(lambda: open_archive(bomb_300mb, path="bomb.docx").read("word/document.xml"))
    assert isinstance(error, InputError)
    assert str(error).startswith("bomb.docx: zip bomb suspected: ")
    assert "300 MB" in str(error) and "limit 200 MB" in str(error)


def test_the_entry_limit_applies_before_the_total(bomb_300mb):
    limits = ArchiveLimits(max_total_size=1000 * MB)
    error = quickly(lambda: open_archive(bomb_300mb, path="bomb.docx", limits=limits).read("word/document.xml"))
    assert str(error) == "bomb.docx: zip bomb suspected: entry word/document.xml expands past 50 MB"


def test_a_declared_size_that_lies_is_not_trusted(bomb_300mb):
    # The directory says 1000 bytes; the data inflates to 300 MB.
    lying = patch_declared_size(bomb_300mb, "word/document.xml", 1000)
    archive = open_archive(lying, path="liar.docx")
    error = quickly(archive.read, "word/document.xml")
    assert str(error).startswith("liar.docx: corrupt archive: entry word/document.xml")


def test_the_actual_size_is_counted_while_streaming(bomb_300mb, monkeypatch):
    # Were the declared sizes believed (or a zip library to trust a lying
    # directory), the streamed byte count still stops the entry at the limit.
    monkeypatch.setattr(SafeArchive, "_check_declared", lambda self, info: None)
    archive = open_archive(bomb_300mb, path="bomb.docx", limits=ArchiveLimits(max_total_size=1000 * MB))
    error = quickly(archive.read, "word/document.xml")
    assert str(error) == "bomb.docx: zip bomb suspected: entry word/document.xml expands past 50 MB"


def test_the_ratio_is_checked_while_streaming(monkeypatch):
    monkeypatch.setattr(SafeArchive, "_check_declared", lambda self, info: None)
    archive = open_archive(bomb(megabytes=20), path="ratio.docx")
    error = quickly(archive.read, "word/document.xml")
    assert "expands more than 200:1" in str(error)


def test_a_high_ratio_entry_is_refused_before_it_is_inflated():
    error = quickly(lambda: open_archive(bomb(megabytes=20), path="ratio.docx").read("word/document.xml"))
    assert "entry word/document.xml expands" in str(error) and "(limit 200:1)" in str(error)


def test_a_small_high_ratio_entry_is_fine():
    # XML parts compress 100:1 and more; below the threshold the ratio does not count.
    data = zip_bytes({"word/document.xml": b" " * 500_000})
    assert open_archive(data, path="ok.docx").read("word/document.xml") == b" " * 500_000


def test_too_many_entries_are_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(20_000):
            archive.writestr(f"x/{number}", b"")
    error = quickly(open_archive, buffer.getvalue(), path="many.docx")
    assert str(error) == "many.docx: zip bomb suspected: 20000 entries (limit 10000)"


def test_a_file_that_is_not_a_zip_is_an_input_error():
    with pytest.raises(InputError, match=r"^notes\.docx: not a valid DOCX \(zip\) file"):
        DocxReader().read(b"just some text, not a zip", path="notes.docx")


def test_an_ole2_file_is_named():
    with pytest.raises(InputError, match="password-protected document or a legacy .doc"):
        DocxReader().read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, path="secret.docx")


def test_a_doctype_is_refused():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        "<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(InputError, match=r"^laughs\.docx: word/document\.xml declares a DOCTYPE"):
        DocxReader().read(make_docx([], document_xml=laughs), path="laughs.docx")


def test_malformed_xml_names_the_part():
    with pytest.raises(InputError, match=r"^bad\.docx: word/document\.xml is not well-formed XML"):
        DocxReader().read(make_docx([], document_xml="<w:document><w:body>"), path="bad.docx")


def test_parse_xml_does_not_fetch_external_entities(tmp_path):
    secret = write(tmp_path / "secret.txt", "SECRET")
    data = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]><x>&e;</x>'.encode()
    with pytest.raises(InputError, match="DOCTYPE"):
        parse_xml(data, path="x.docx", part="word/document.xml")


def test_the_cli_reports_a_bomb_and_checks_the_other_files(cli, bomb_300mb, tmp_path: Path):
    write(tmp_path / "bomb.docx", bomb_300mb)
    write(tmp_path / "fine.docx", make_docx(["Japan will undoubtedly join the effort."]))
    started = time.perf_counter()
    result = cli("check", "bomb.docx", "fine.docx", "--isolated", "--select", "PS", "--output-format", "json")
    assert time.perf_counter() - started < 5.0
    assert result.code == 2
    assert "bomb.docx: zip bomb suspected: " in result.err
    findings = json.loads(result.out)
    findings = findings["findings"] if isinstance(findings, dict) else findings
    assert {(finding["path"], finding["code"]) for finding in findings} == {("fine.docx", "PS101")}


def test_the_cli_reports_a_bomb_alone(cli, bomb_300mb, tmp_path: Path):
    write(tmp_path / "bomb.docx", bomb_300mb)
    result = cli("check", "bomb.docx", "--isolated")
    assert result.code == 2
    assert "bomb.docx: zip bomb suspected: " in result.err
    assert "Traceback" not in result.err


def test_a_damaged_local_header_is_a_corrupt_archive_not_a_crash() -> None:
    """Found by the property tests: one flipped bit made zipfile seek before the start of the file."""
    from claimcheck.errors import InputError
    from claimcheck.readers.odt import OdtReader
    from office_files import make_odt

    damaged = bytearray(make_odt(["", "0\x80"]))
    damaged[766 % len(damaged)] ^= 1
    with pytest.raises(InputError, match="corrupt archive"):
        OdtReader().read(bytes(damaged), path="x.odt")



def test_an_unsupported_compression_method_names_the_entry():
    data = patch_compression_method(make_docx(["Hello."]), "word/document.xml", 99)
    with pytest.raises(InputError, match=r"^notes\.docx: cannot read entry word/document\.xml: That compression method is not supported$"):
        DocxReader().read(data, path="notes.docx")


def test_an_entry_needing_a_newer_zip_version_is_no_valid_file():
    # zipfile refuses a central directory entry whose "version needed to extract" is above 6.3,
    # with NotImplementedError, while the archive is opened.
    data = bytearray(make_docx(["Hello."]))
    central = data.find(b"PK\x01\x02")
    data[central + 6] = 70  # version needed to extract: 7.0
    with pytest.raises(InputError, match=r"^notes\.docx: not a valid DOCX \(zip\) file: zip file version 7\.0$"):
        DocxReader().read(bytes(data), path="notes.docx")


def test_an_entry_with_strong_encryption_names_the_entry():
    # Flag bit 6 (strong encryption) in the entry's headers: zipfile raises NotImplementedError on read.
    strong = 1 << 6
    data = patch_entry(make_docx(["Hello."]), "word/document.xml", (8, "<H", strong), (6, "<H", strong))
    with pytest.raises(InputError, match=r"^notes\.docx: cannot read entry word/document\.xml: strong encryption \(flag bit 6\)$"):
        DocxReader().read(data, path="notes.docx")


def test_an_encrypted_entry_names_the_entry():
    # Flag bit 0: zipfile raises RuntimeError, asking for a password we do not have.
    data = patch_entry(make_docx(["Hello."]), "word/document.xml", (8, "<H", 1), (6, "<H", 1))
    with pytest.raises(InputError, match=r"^notes\.docx: cannot read entry word/document\.xml: File .*word/document\.xml.* is encrypted, password required for extraction$"):
        DocxReader().read(data, path="notes.docx")
