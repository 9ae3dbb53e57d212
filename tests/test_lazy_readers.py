"""The built-in readers registered lazily declare what the real readers say, and import nothing until used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.config import default_settings
from claimcheck.errors import ConfigError
from claimcheck.readers.builtin import claimcheck_readers
from claimcheck.readers.lazy import LazyReader


def test_declared_names_extensions_and_binary_flags_are_the_real_readers() -> None:
    lazy = [reader for reader in claimcheck_readers(default_settings(Path.cwd())) if isinstance(reader, LazyReader)]
    assert sorted(reader.name for reader in lazy) == ["docx", "html", "odt", "xml"]
    for reader in lazy:
        real = reader.reader
        assert (reader.name, reader.extensions, reader.binary) == (
            real.name,
            tuple(real.extensions),
            bool(getattr(real, "binary", False)),
        )
        assert hasattr(real, "sniff")


def test_a_run_on_markdown_imports_no_other_reader(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text("# Brief\n\nNATO and Japan.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from claimcheck.cli import main\n"
        "code = main(['check', '--isolated', '--no-cache', 'brief.md'])\n"
        "heavy = sorted(name for name in sys.modules if name.split('.')[0] == 'lxml' or name in "
        "('html.parser', 'claimcheck.readers.docx', 'claimcheck.readers.xml'))\n"
        "print(code, heavy)\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert completed.stdout.strip().splitlines()[-1] == "0 []", completed.stderr


def test_a_configured_xml_reader_is_built_at_once_so_its_errors_come_first(tmp_path: Path) -> None:
    settings = default_settings(tmp_path)
    broken = type(settings)(**{**settings.__dict__, "readers": {"xml": {"profile": "no-such-profile"}}})
    with pytest.raises(ConfigError):
        claimcheck_readers(broken)
