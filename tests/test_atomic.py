"""Atomic writes: the destination holds the old content or the new, never half, and no temporary file is left."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from claimcheck.atomic import current_umask, write_atomically


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_a_new_file_gets_the_bytes_and_the_umask_s_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomically(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current_umask()
    assert leftovers(tmp_path) == []


def test_pieces_are_written_in_order_and_a_given_mode_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_bytes(b"old")
    write_atomically(target, iter([b"new ", b"text"]), mode=0o640, durable=False)
    assert target.read_bytes() == b"new text"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failure_midway_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    target.write_bytes(b"old report")

    def pieces():
        yield b"half a "
        raise KeyboardInterrupt  # an interrupted run

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, pieces())
    assert target.read_bytes() == b"old report"
    assert leftovers(tmp_path) == []


def test_a_symbolic_link_keeps_pointing_at_its_rewritten_target(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_the_temporary_file_is_private_and_beside_the_destination(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, int]] = []
    replace = os.replace

    def spy(source: str, destination: os.PathLike[str]) -> None:
        seen.append((source, stat.S_IMODE(os.stat(source).st_mode)))
        replace(source, destination)

    monkeypatch.setattr(os, "replace", spy)
    monkeypatch.setattr(os, "chmod", lambda *args: None)  # the mode the file was created with shows
    write_atomically(tmp_path / "out.json", b"x")
    ((temporary, mode),) = seen
    assert Path(temporary).parent == tmp_path and Path(temporary).name.startswith(".out.json.") and temporary.endswith(".tmp")
    assert mode == 0o600
