"""Shared fixtures: run the command line in-process, in a temporary project."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from claimcheck.cli import main

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., CliResult]:
    """Run ``claimcheck ARGS`` in-process with ``tmp_path`` as the working directory."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_subprocess(*args: str, cwd: Path, env: dict[str, str] | None = None) -> CliResult:
    """Run ``python -m claimcheck ARGS`` in a child process (for entry points, real installs)."""
    completed = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    return CliResult(completed.returncode, completed.stdout, completed.stderr)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def locate(source: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th ``needle`` in ``source``, computed without the engine.

    Lines end at \\r\\n, \\r or \\n, as editors count them.
    """
    index = -1
    for _ in range(occurrence):
        index = source.index(needle, index + 1)
    before = source[:index].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return line, column
