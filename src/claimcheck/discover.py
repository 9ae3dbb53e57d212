"""Finding the files to check under the paths the user gave.

Directories are walked in sorted order (so output is stable), excluded and
git-ignored folders are pruned before they are entered, and only files some
reader knows are taken.  A file named explicitly is always checked, as in ruff and flake8.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path
from typing import Collection, Iterator, Sequence

from claimcheck.errors import UsageError
from claimcheck.gitignore import GitIgnore

__all__ = ["discover_files", "matches_any"]


def matches_any(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a posix relative path matches a glob, either as a whole or by its last component."""
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def discover_files(
    path: Path,
    *,
    extensions: Collection[str],
    include: Sequence[str],
    exclude: Sequence[str],
    root: Path,
    gitignore: GitIgnore | None = None,
) -> Iterator[Path]:
    """The files to check under ``path``; ``include``/``exclude`` globs are relative to ``root``.

    With ``gitignore``, what git ignores is skipped too — folders before they
    are entered.  A file named explicitly is checked whatever git says.
    """
    if not os.path.lexists(path):
        raise UsageError(f"{path}: no such file or directory")
    if not path.is_dir():
        yield path
        return
    resolved_root = root.resolve()
    for directory, subdirectories, files in os.walk(path, followlinks=False):
        directory_path = Path(directory)
        resolved_directory = directory_path.resolve()  # once per folder: resolving every file costs a syscall per path component
        subdirectories[:] = sorted(
            name
            for name in subdirectories
            if not matches_any(_relative(directory_path / name, resolved_directory, resolved_root), exclude)
            and not (gitignore is not None and gitignore.is_ignored(directory_path / name, is_dir=True))
        )
        for name in sorted(files):
            file_path = directory_path / name
            if file_path.suffix.lower() not in extensions:
                continue
            relative = _relative(file_path, resolved_directory, resolved_root)
            if matches_any(relative, exclude):
                continue
            if include and not matches_any(relative, include):
                continue
            if gitignore is not None and gitignore.is_ignored(file_path, is_dir=False):
                continue
            yield file_path


def _relative(path: Path, resolved_directory: Path, resolved_root: Path) -> str:
    """``path`` (in ``resolved_directory``) relative to the root, symbolic links resolved; as given when outside the root."""
    resolved = path.resolve() if path.is_symlink() else resolved_directory / path.name
    try:
        return resolved.relative_to(resolved_root).as_posix()
    except ValueError:
        return path.as_posix()
