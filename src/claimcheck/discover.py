"""Finding the files to check under the paths the user gave.

Directories are walked in sorted order (so output is stable), excluded and
git-ignored folders are pruned before they are entered, and only files some
reader knows are taken.  A file named explicitly is always checked, as in ruff and flake8.

Discovery runs before any file is checked, in the parent process of a
``--jobs`` run, so its cost per file is paid serially: folders are read with
:func:`os.scandir` (whose entries know, without a system call, whether they
are folders or symbolic links), paths are compared as strings, and each
pattern list is one compiled regular expression.
"""

from __future__ import annotations

import fnmatch
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Collection, Iterator, Sequence

from claimcheck.errors import UsageError
from claimcheck.gitignore import GitIgnore

__all__ = ["discover_files", "matches_any"]


def matches_any(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a posix relative path matches a glob, either as a whole or by its last component."""
    return _globs(tuple(patterns))(relative)


@lru_cache(maxsize=64)
def _globs(patterns: tuple[str, ...]) -> Callable[[str], bool]:
    """:func:`matches_any` for ``patterns``: one regular expression for the globs, ``fnmatchcase`` against each in one call."""
    if not patterns:
        return lambda relative: False
    match = re.compile("|".join(f"(?:{fnmatch.translate(pattern)})" for pattern in patterns)).match

    def matches(relative: str) -> bool:
        return match(relative) is not None or match(relative.rsplit("/", 1)[-1]) is not None

    return matches


def discover_files(
    path: Path,
    *,
    extensions: Collection[str],
    include: Sequence[str],
    exclude: Sequence[str],
    root: Path,
    gitignore: GitIgnore | None = None,
    seen: set[str] | None = None,
) -> Iterator[Path]:
    """The files to check under ``path``; ``include``/``exclude`` globs are relative to ``root``.

    With ``gitignore``, what git ignores is skipped too — folders before they
    are entered.  A file named explicitly is checked whatever git says.
    ``seen`` holds the real paths (symbolic links resolved) of the files
    found so far, across calls: a file reached twice — named twice, under two
    given folders, or through a link — is checked once.
    """
    if not os.path.lexists(path):
        raise UsageError(f"{path}: no such file or directory")
    if not path.is_dir():
        if _first_time(os.path.realpath(path), seen):
            yield path
        return
    resolved_root = os.path.realpath(root)
    excluded = _globs(tuple(exclude))
    included = _globs(tuple(include)) if include else None
    # A stack rather than recursion: a folder tree of any depth is walked, in the order os.walk
    # gives (a folder's files, then each subfolder in turn, in name order).
    stack = [(path, os.path.realpath(path))]
    while stack:
        directory, resolved_directory = stack.pop()
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            continue  # as os.walk does: a folder that cannot be listed is skipped
        prefix = _relative_prefix(resolved_directory, resolved_root)
        subfolders = []
        for entry in entries:
            if _is_folder(entry):
                relative = prefix + entry.name if prefix is not None else (directory / entry.name).as_posix()
                if not excluded(relative) and not (
                    gitignore is not None and gitignore.is_ignored(directory / entry.name, is_dir=True)
                ):
                    subfolders.append((directory / entry.name, os.path.join(resolved_directory, entry.name)))
                continue
            if os.path.splitext(entry.name)[1].lower() not in extensions:
                continue
            if entry.is_symlink():
                if os.path.isdir(entry.path):
                    continue  # a link to a folder is not followed (a dangling link is taken, and reported when read)
                real = os.path.realpath(entry.path)
                relative = _relative(real, resolved_root, fallback=(directory / entry.name).as_posix())
            else:
                real = os.path.join(resolved_directory, entry.name)
                relative = prefix + entry.name if prefix is not None else (directory / entry.name).as_posix()
            if excluded(relative) or (included is not None and not included(relative)):
                continue
            file_path = directory / entry.name
            if gitignore is not None and gitignore.is_ignored(file_path, is_dir=False):
                continue
            if _first_time(real, seen):
                yield file_path
        stack.extend(reversed(subfolders))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """A real folder (not a link to one); what cannot be told is taken for a file, and reported when read."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _first_time(real_path: str, seen: set[str] | None) -> bool:
    if seen is None:
        return True
    if real_path in seen:
        return False
    seen.add(real_path)
    return True


def _relative_prefix(resolved_directory: str, resolved_root: str) -> str | None:
    """What the root-relative path of a file in ``resolved_directory`` starts with; None outside the root."""
    if resolved_directory == resolved_root:
        return ""
    relative = _relative(resolved_directory, resolved_root, fallback=None)
    return None if relative is None else relative + "/"


def _relative(real_path: str, resolved_root: str, *, fallback: str | None) -> str | None:
    """``real_path`` relative to the root, posix style; ``fallback`` when it is outside the root."""
    root = resolved_root.rstrip(os.sep) + os.sep
    if not real_path.startswith(root):
        return fallback
    return _posix(real_path[len(root):])


def _posix(path: str) -> str:
    return path.replace(os.sep, "/") if os.sep != "/" else path
