"""Which files a run checks: the folder walk, its order, exclusions and files reached twice."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

import pytest

from claimcheck.discover import discover_files, matches_any

EXTENSIONS = frozenset({".md", ".txt"})
DEFAULT_EXCLUDE = ("node_modules", ".git")


def _tree(root: Path) -> None:
    for relative in ("a.md", "b.txt", "image.png", "sub/c.md", "sub/deeper/d.md", "node_modules/pkg/e.md", "Z.md"):
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text("text\n", encoding="utf-8")


def _found(path: Path, root: Path, *, include=(), exclude=DEFAULT_EXCLUDE, seen=None) -> list[str]:
    files = discover_files(path, extensions=EXTENSIONS, include=include, exclude=exclude, root=root, seen=seen)
    return [file.as_posix() for file in files]


def test_a_folder_is_walked_files_first_in_name_order_then_subfolders(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert _found(tmp_path, tmp_path) == [
        f"{tmp_path.as_posix()}/{name}" for name in ("Z.md", "a.md", "b.txt", "sub/c.md", "sub/deeper/d.md")
    ]


def test_paths_keep_the_form_the_user_gave(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert _found(Path("sub"), tmp_path) == ["sub/c.md", "sub/deeper/d.md"]
    assert _found(Path("."), tmp_path) == ["Z.md", "a.md", "b.txt", "sub/c.md", "sub/deeper/d.md"]


def test_exclude_globs_match_the_root_relative_path_or_the_name(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert _found(tmp_path, tmp_path, exclude=("sub/deeper",)) == [
        f"{tmp_path.as_posix()}/{name}" for name in ("Z.md", "a.md", "b.txt", "node_modules/pkg/e.md", "sub/c.md")
    ]
    assert _found(tmp_path, tmp_path, exclude=("*.txt", "c.md", "node_modules")) == [
        f"{tmp_path.as_posix()}/{name}" for name in ("Z.md", "a.md", "sub/deeper/d.md")
    ]


def test_include_globs_keep_only_matching_files(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert _found(tmp_path, tmp_path, include=("sub/*",)) == [
        f"{tmp_path.as_posix()}/sub/c.md",
        f"{tmp_path.as_posix()}/sub/deeper/d.md",  # fnmatch's * crosses folders, as in ruff's include
    ]


def test_a_folder_outside_the_root_is_matched_by_its_path_as_given(tmp_path: Path) -> None:
    _tree(tmp_path / "docs")
    root = tmp_path / "project"
    root.mkdir()
    assert _found(tmp_path / "docs", root, exclude=(f"{(tmp_path / 'docs').as_posix()}/sub",)) == [
        f"{tmp_path.as_posix()}/docs/{name}" for name in ("Z.md", "a.md", "b.txt", "node_modules/pkg/e.md")
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_links_files_are_checked_once_and_linked_folders_are_not_entered(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "link.md").symlink_to(tmp_path / "sub" / "c.md")
    (tmp_path / "folder-link").symlink_to(tmp_path / "sub", target_is_directory=True)
    (tmp_path / "notes.md").symlink_to(tmp_path / "sub", target_is_directory=True)  # a folder, though named .md
    (tmp_path / "dangling.md").symlink_to(tmp_path / "missing.md")
    seen: set[str] = set()
    assert _found(tmp_path, tmp_path, seen=seen) == [
        f"{tmp_path.as_posix()}/{name}"
        for name in ("Z.md", "a.md", "b.txt", "dangling.md", "link.md", "sub/deeper/d.md")  # sub/c.md came as link.md
    ]
    assert _found(tmp_path / "sub", tmp_path, seen=seen) == []  # every file under it was found already
    assert _found(tmp_path / "a.md", tmp_path, seen=seen) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_linked_file_is_excluded_by_where_it_points(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "link.md").symlink_to(tmp_path / "sub" / "deeper" / "d.md")
    assert _found(tmp_path, tmp_path, exclude=("sub/deeper/*",)) == [
        f"{tmp_path.as_posix()}/{name}" for name in ("Z.md", "a.md", "b.txt", "node_modules/pkg/e.md", "sub/c.md")
    ]


def test_a_file_named_explicitly_is_taken_whatever_its_extension(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert _found(tmp_path / "image.png", tmp_path) == [f"{tmp_path.as_posix()}/image.png"]
    assert _found(tmp_path / "node_modules" / "pkg" / "e.md", tmp_path) == [
        f"{tmp_path.as_posix()}/node_modules/pkg/e.md"
    ]


@pytest.mark.parametrize(
    "relative",
    ["a.md", "docs/a.md", "docs/sub/a.MD", "node_modules/x/y.md", ".git", "build/out/notes.txt", "weird[1].md", "x*y.md"],
)
@pytest.mark.parametrize(
    "patterns",
    [(), ("*.md",), ("docs/*",), ("node_modules", ".git"), ("build/*/notes.txt",), ("weird[[]1].md",), ("?.md", "x[*]y.md")],
)
def test_matches_any_is_fnmatchcase_on_the_path_or_its_name(relative: str, patterns: tuple[str, ...]) -> None:
    name = relative.rsplit("/", 1)[-1]
    expected = any(fnmatch.fnmatchcase(relative, p) or fnmatch.fnmatchcase(name, p) for p in patterns)
    assert matches_any(relative, patterns) is expected


def test_a_folder_tree_deeper_than_the_recursion_limit_is_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # made one level at a time: the full paths are too long for pathlib's own recursion
    depth = 1200
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        with open("deep.md", "w", encoding="utf-8") as handle:
            handle.write("text\n")
        os.chdir(tmp_path)
        assert _found(Path("d"), tmp_path) == ["/".join(["d"] * depth) + "/deep.md"]
    finally:
        _remove_chain(tmp_path, depth)


def _remove_chain(top: Path, depth: int) -> None:
    """Remove ``top``/d/d/…/d bottom up: pytest's clean-up (shutil.rmtree) recurses, and would fail on it later."""
    os.chdir(top)
    levels = 0
    while levels < depth and os.path.isdir("d"):
        os.chdir("d")
        levels += 1
    if os.path.exists("deep.md"):
        os.remove("deep.md")
    for _ in range(levels):
        os.chdir("..")
        os.rmdir("d")
    os.chdir(top)
