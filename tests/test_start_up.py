"""What a one-file run pays for before it checks anything: only what it uses.

A pre-commit hook or an editor runs claimcheck on one file at a time, and the
issue's target for that is 150 ms, a third of it importing modules.  These
tests pin the modules that only rare paths need to those paths, and check
that the log records they used to cost still reach whoever listens.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import logs
from claimcheck.cli import main

# Each is imported only where it is used: logging by someone who listens to our records,
# html for an entity in Markdown, difflib for a mistyped selector, traceback for a budget
# that ran out, threading not at all.
RARE = ("logging", "html", "html.entities", "difflib", "traceback", "threading")


def _modules_after(tmp_path: Path, text: str, *arguments: str) -> tuple[int, list[str]]:
    (tmp_path / "brief.md").write_text(text, encoding="utf-8")
    probe = (
        "import sys\n"
        "from claimcheck.cli import main\n"
        f"code = main(['check', '--isolated', '--no-cache', 'brief.md', *{list(arguments)!r}])\n"
        f"print(code, sorted(name for name in {RARE!r} if name in sys.modules))\n"
    )
    # Twice: the first run of a session may build the packs from their TOML files (a pack-cache miss).
    for _ in range(2):
        completed = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    code, modules = completed.stdout.strip().splitlines()[-1].split(" ", 1)
    return int(code), eval(modules)


def test_a_markdown_run_imports_none_of_the_modules_for_rare_paths(tmp_path: Path) -> None:
    assert _modules_after(tmp_path, "# Brief\n\nNATO and Japan: no entity here.\n") == (0, [])


def test_an_entity_brings_the_html_module_with_it(tmp_path: Path) -> None:
    assert _modules_after(tmp_path, "# Brief\n\nNATO &amp; Japan.\n") == (0, ["html", "html.entities"])


def test_a_mistyped_selector_brings_difflib_for_its_suggestion(tmp_path: Path) -> None:
    code, modules = _modules_after(tmp_path, "# Brief\n\n<!-- claimcheck-disable weasle-words -->\nText.\n")
    assert "difflib" in modules and "logging" not in modules


def test_records_reach_a_listener_once_logging_is_imported(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="claimcheck"):
        logs.debug("claimcheck.cache", "ignoring cache entry %s: %s", "a.json", "corrupt")
        logs.warning("claimcheck.cache", "%s", "cannot write")
    assert [(record.name, record.levelname, record.getMessage()) for record in caplog.records] == [
        ("claimcheck.cache", "DEBUG", "ignoring cache entry a.json: corrupt"),
        ("claimcheck.cache", "WARNING", "cannot write"),
    ]
    assert any(isinstance(handler, logging.NullHandler) for handler in logging.getLogger("claimcheck").handlers)


def test_a_warning_nobody_listens_to_is_not_printed_by_the_last_resort_handler() -> None:
    probe = (
        "import logging\n"  # imported, but not configured: Python's last-resort handler would print warnings
        "from claimcheck import logs\n"
        "logs.warning('claimcheck.cache', 'cannot write the results cache')\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert (completed.returncode, completed.stderr) == (0, "")


def test_without_logging_imported_a_record_imports_nothing() -> None:
    probe = (
        "import sys\n"
        "from claimcheck import logs\n"
        "logs.warning('claimcheck.cache', 'cannot write the results cache')\n"
        "print('logging' in sys.modules)\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert (completed.stdout, completed.stderr) == ("False\n", "")


def test_the_command_and_python_dash_m_exit_with_mains_code(tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text("# Brief\n\nNATO and Japan.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"# Brief\n\nNATO.\n")
    commands = [[sys.executable, "-m", "claimcheck"], [str(Path(sys.executable).parent / "claimcheck")]]
    for command in commands:
        if not Path(command[0]).exists():
            continue
        clean = subprocess.run([*command, "check", "--isolated", "--no-cache", "brief.md"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        usage = subprocess.run([*command, "check", "--no-such-option"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert (clean.returncode, usage.returncode) == (main(["check", "--isolated", "--no-cache", str(tmp_path / "brief.md")]), 2)
        assert "--no-such-option" in usage.stderr
