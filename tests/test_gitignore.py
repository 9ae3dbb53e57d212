"""Git's ignore rules, case by case — and the same cases asked of the real ``git check-ignore``."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

import pytest

from claimcheck.gitignore import GitIgnore, find_repository_root, parse_lines, parse_pattern


@dataclass(frozen=True)
class Case:
    """Ignore files (path → text) and one path (``/`` at the end: a folder) that git ignores or not."""

    rule: str
    files: Mapping[str, str]
    path: str
    ignored: bool
    extra: tuple[str, ...] = field(default=())  # other paths that must exist (folders end in "/")

    @property
    def is_dir(self) -> bool:
        return self.path.endswith("/")

    @property
    def id(self) -> str:
        return f"{self.rule}: {self.path} {'ignored' if self.ignored else 'kept'}"


def root(text: str) -> dict[str, str]:
    return {".gitignore": text}


CASES = [
    # blank lines, comments, escaped "#"
    Case("comment", root("# notes.md\n\n"), "notes.md", False),
    Case("comment", root("# notes.md\n"), "# notes.md", False),
    Case("escaped hash", root("\\#notes.md\n"), "#notes.md", True),
    Case("hash inside", root("a#b\n"), "a#b", True),
    Case("blank lines", root("\n\n   \nbuild.log\n\n"), "build.log", True),
    # trailing spaces
    Case("trailing spaces trimmed", root("draft.md   \n"), "draft.md", True),
    Case("escaped trailing space kept", root("draft\\ \n"), "draft ", True),
    Case("escaped trailing space kept", root("draft\\ \n"), "draft", False),
    Case("CRLF", root("draft.md\r\nnotes.md\r\n"), "draft.md", True),
    Case("CRLF", root("draft.md\r\nnotes.md\r\n"), "notes.md", True),
    # negation
    Case("negation", root("*.md\n!keep.md\n"), "keep.md", False),
    Case("negation", root("*.md\n!keep.md\n"), "other.md", True),
    Case("last match wins", root("!keep.md\n*.md\n"), "keep.md", True),
    Case("escaped bang", root("\\!important.md\n"), "!important.md", True),
    Case("escaped bang", root("\\!important.md\n"), "important.md", False),
    Case("no re-include under an excluded folder", root("drafts/\n!drafts/keep.md\n"), "drafts/keep.md", True),
    Case("no re-include under an excluded folder", root("drafts\n!drafts/keep.md\n"), "drafts/keep.md", True),
    Case("re-include when only the contents are excluded", root("drafts/*\n!drafts/keep.md\n"), "drafts/keep.md", False),
    Case("re-include when only the contents are excluded", root("drafts/*\n!drafts/keep.md\n"), "drafts/other.md", True),
    Case("re-included folder", root("drafts/*\n!drafts/sub/\n"), "drafts/sub/a.md", False),
    # anchoring
    Case("leading slash anchors", root("/top.md\n"), "top.md", True),
    Case("leading slash anchors", root("/top.md\n"), "sub/top.md", False),
    Case("no slash matches at any depth", root("top.md\n"), "sub/deep/top.md", True),
    Case("slash in the middle anchors", root("docs/draft.md\n"), "docs/draft.md", True),
    Case("slash in the middle anchors", root("docs/draft.md\n"), "sub/docs/draft.md", False),
    # directory only
    Case("trailing slash: folders only", root("build/\n"), "build/", True),
    Case("trailing slash: folders only", root("build/\n"), "x/build", False),
    Case("trailing slash: folders at any depth", root("build/\n"), "x/build/", True),
    Case("trailing slash: contents too", root("build/\n"), "build/out.md", True),
    Case("no trailing slash: files and folders", root("build\n"), "x/build", True),
    Case("no trailing slash: files and folders", root("build\n"), "build/", True),
    Case("anchored folder only", root("/build/\n"), "x/build/", False),
    # wildcards
    Case("star", root("*.log\n"), "a/b/run.log", True),
    Case("star stops at slash", root("docs/*.md\n"), "docs/a.md", True),
    Case("star stops at slash", root("docs/*.md\n"), "docs/sub/a.md", False),
    Case("star matches the empty string", root("a*.md\n"), "a.md", True),
    Case("question mark", root("v?.md\n"), "v1.md", True),
    Case("question mark", root("v?.md\n"), "v10.md", False),
    Case("question mark stops at slash", root("docs?a.md\n"), "docs/a.md", False),
    Case("brackets", root("[abc].md\n"), "b.md", True),
    Case("brackets", root("[abc].md\n"), "d.md", False),
    Case("range", root("report-[0-9].md\n"), "report-7.md", True),
    Case("range", root("report-[0-9].md\n"), "report-x.md", False),
    Case("negated brackets", root("[!a].md\n"), "a.md", False),
    Case("negated brackets", root("[!a].md\n"), "b.md", True),
    Case("caret negates too", root("[^a].md\n"), "b.md", True),
    Case("posix class", root("[[:digit:]][[:upper:]].md\n"), "7Q.md", True),
    Case("posix class", root("[[:digit:]][[:upper:]].md\n"), "7q.md", False),
    Case("closing bracket first is literal", root("[]x].md\n"), "].md", True),
    Case("dash last is literal", root("[a-].md\n"), "-.md", True),
    Case("unclosed bracket matches nothing", root("[abc.md\n"), "[abc.md", False),
    Case("escaped star", root("a\\*.md\n"), "a*.md", True),
    Case("escaped star", root("a\\*.md\n"), "ab.md", False),
    Case("case-sensitive", root("*.MD\n"), "a.md", False),
    # **
    Case("leading **/", root("**/notes\n"), "notes", True),
    Case("leading **/", root("**/notes\n"), "a/b/notes", True),
    Case("leading **/ with a path", root("**/drafts/x.md\n"), "a/drafts/x.md", True),
    Case("leading **/ with a path", root("**/drafts/x.md\n"), "drafts/x.md", True),
    Case("trailing /**", root("out/**\n"), "out/a/b.md", True),
    Case("trailing /** not the folder itself", root("out/**\n"), "out/", False),
    Case("trailing /** then re-include", root("out/**\n!out/keep.md\n"), "out/keep.md", False),
    Case("middle /**/", root("a/**/b.md\n"), "a/b.md", True),
    Case("middle /**/", root("a/**/b.md\n"), "a/x/y/b.md", True),
    Case("middle /**/", root("a/**/b.md\n"), "z/a/x/b.md", False),
    Case("** inside a name is a star", root("a**b.md\n"), "axxb.md", True),
    Case("** after a leading wildcard is a star", root("a/*x**/b.md\n"), "a/zx/y/b.md", False),
    Case("** before a name is a star", root("a/**x/b.md\n"), "a/q/x/b.md", False),
    Case("git quirk: ** right after the literal start", root("a/x**/b.md\n"), "a/x/y/b.md", True),
    Case("git quirk: ** right after the literal start", root("a/x**/b.md\n"), "a/xb.md", True),
    # nested .gitignore files
    Case("nested applies to its subtree", {"sub/.gitignore": "*.md\n"}, "sub/deep/a.md", True),
    Case("nested applies to its subtree", {"sub/.gitignore": "*.md\n"}, "a.md", False, extra=("sub/",)),
    Case("nested slash anchors to its folder", {"sub/.gitignore": "docs/a.md\n"}, "sub/docs/a.md", True),
    Case("nested slash anchors to its folder", {"sub/.gitignore": "docs/a.md\n"}, "docs/a.md", False),
    Case("nested leading slash", {"sub/.gitignore": "/a.md\n"}, "sub/a.md", True),
    Case("nested leading slash", {"sub/.gitignore": "/a.md\n"}, "sub/x/a.md", False),
    Case("deeper wins", {".gitignore": "*.md\n", "sub/.gitignore": "!keep.md\n"}, "sub/keep.md", False),
    Case("deeper wins", {".gitignore": "*.md\n", "sub/.gitignore": "!keep.md\n"}, "keep.md", True),
    Case("deeper wins", {".gitignore": "!keep.md\n", "sub/.gitignore": "*.md\n"}, "sub/keep.md", True),
    Case("ignored folder's .gitignore is not read", {".gitignore": "sub/\n", "sub/.gitignore": "!*\n"}, "sub/a.md", True),
    # .git/info/exclude
    Case("info/exclude", {".git/info/exclude": "secret.md\n"}, "secret.md", True),
    Case("a .gitignore overrides info/exclude", {".git/info/exclude": "*.md\n", ".gitignore": "!keep.md\n"}, "keep.md", False),
]


def _make_tree(base: Path, case: Case) -> None:
    for name, text in case.files.items():
        target = base / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
    for item in (case.path, *case.extra):
        target = base / item
        if item.endswith("/"):
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(b"text\n")


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_pattern_rules(tmp_path: Path, case: Case) -> None:
    (tmp_path / ".git" / "info").mkdir(parents=True)
    _make_tree(tmp_path, case)
    rules = GitIgnore.for_path(tmp_path)
    assert rules.is_ignored(tmp_path / case.path.rstrip("/"), is_dir=case.is_dir) is case.ignored


def _git_environment(home: Path) -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    environment.update(HOME=str(home), XDG_CONFIG_HOME=str(home), GIT_CONFIG_NOSYSTEM="1")
    return environment


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_check_ignore_agrees_with_every_case(tmp_path: Path) -> None:
    """The table above is git's behaviour, not only ours: ask ``git check-ignore`` in a real repository per case."""
    environment = _git_environment(tmp_path / "home")
    (tmp_path / "home").mkdir()
    disagreements = []
    for number, case in enumerate(CASES):
        repository = tmp_path / f"case{number}"
        repository.mkdir()
        subprocess.run(["git", "init", "-q", str(repository)], check=True, env=environment)
        _make_tree(repository, case)
        completed = subprocess.run(
            ["git", "-c", "core.ignoreCase=false", "check-ignore", "--no-index", "-q", "--", case.path.rstrip("/")],
            cwd=repository,
            env=environment,
            capture_output=True,
            text=True,
        )
        assert completed.returncode in (0, 1), completed.stderr
        if (completed.returncode == 0) is not case.ignored:
            disagreements.append(case.id)
    assert disagreements == []


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_deciding_pattern_is_the_one_git_reports(tmp_path: Path) -> None:
    environment = _git_environment(tmp_path)
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True, env=environment)
    repository = tmp_path / "repo"
    files = {".gitignore": "# drafts\n*.tmp\ndrafts/\n", "docs/.gitignore": "\n*.md\n!keep.md\n"}
    _make_tree(repository, Case("", files, "drafts/a/b.md", True, extra=("docs/keep.md", "docs/x.md", "a.tmp")))
    rules = GitIgnore.for_path(repository)
    for path in ("drafts/a/b.md", "docs/keep.md", "docs/x.md", "a.tmp"):
        completed = subprocess.run(
            ["git", "check-ignore", "--no-index", "-v", path], cwd=repository, env=environment, capture_output=True, text=True
        )
        source, line, text = completed.stdout.split("\t")[0].split(":", 2)
        pattern = rules.deciding_pattern(repository / path, is_dir=False)
        assert pattern is not None
        assert (Path(pattern.source).relative_to(repository).as_posix(), pattern.line, pattern.text) == (source, int(line), text)


# -- the repository around a path ------------------------------------------------------------


def test_rules_without_a_repository_ignore_nothing(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*\n", encoding="utf-8")
    rules = GitIgnore(None)
    assert rules.is_ignored(tmp_path / "a.md", is_dir=False) is False


def test_for_path_outside_any_repository_ignores_nothing(tmp_path: Path) -> None:
    if find_repository_root(tmp_path) is not None:
        pytest.skip("the temporary folder lies inside a git repository")
    (tmp_path / ".gitignore").write_text("*\n", encoding="utf-8")
    rules = GitIgnore.for_path(tmp_path)
    assert rules.root is None
    assert rules.is_ignored(tmp_path / "a.md", is_dir=False) is False


def test_the_root_is_found_from_a_nested_folder_and_from_a_file(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    (tmp_path / ".gitignore").write_text("b/\n", encoding="utf-8")
    (nested / "c.md").write_text("x", encoding="utf-8")
    assert find_repository_root(nested) == tmp_path
    assert find_repository_root(nested / "c.md") == tmp_path
    assert GitIgnore.for_path(nested).is_ignored(nested / "c.md", is_dir=False)


def test_a_worktree_git_file_leads_to_the_common_info_exclude(tmp_path: Path) -> None:
    main_git = tmp_path / "main" / ".git"
    (main_git / "info").mkdir(parents=True)
    (main_git / "info" / "exclude").write_text("secret.md\n", encoding="utf-8")
    worktree_git = main_git / "worktrees" / "wt"
    worktree_git.mkdir(parents=True)
    (worktree_git / "commondir").write_text("../..\n", encoding="utf-8")
    worktree = tmp_path / "wt"
    worktree.mkdir()
    (worktree / ".git").write_text(f"gitdir: {worktree_git}\n", encoding="utf-8")
    assert GitIgnore.for_path(worktree).is_ignored(worktree / "secret.md", is_dir=False)


def test_paths_relative_to_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("/drafts/\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    monkeypatch.chdir(tmp_path)
    rules = GitIgnore.for_path(Path("."))
    assert rules.is_ignored(Path("drafts"), is_dir=True)
    assert rules.is_ignored(Path("drafts/a.md"), is_dir=False)
    assert not rules.is_ignored(Path("a.md"), is_dir=False)


def test_the_git_folder_is_always_ignored_and_paths_outside_never(tmp_path: Path) -> None:
    repository = tmp_path / "repo"
    (repository / ".git").mkdir(parents=True)
    rules = GitIgnore.for_path(repository)
    assert rules.is_ignored(repository / ".git", is_dir=True)
    assert rules.is_ignored(repository / ".git" / "config", is_dir=False)
    assert not rules.is_ignored(tmp_path / "elsewhere.md", is_dir=False)
    assert not rules.is_ignored(repository, is_dir=True)


def test_gitignore_files_are_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("*.tmp\n", encoding="utf-8")
    rules = GitIgnore.for_path(tmp_path)
    reads: list[Path] = []
    original = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    for index in range(20):
        rules.is_ignored(tmp_path / "docs" / f"{index}.tmp", is_dir=False)
    assert sorted(set(reads)) == sorted(reads), "each ignore file is read at most once"


# -- parsing ---------------------------------------------------------------------------------


def test_parse_keeps_the_line_numbers_and_skips_blanks_and_comments() -> None:
    patterns = parse_lines("\ufeff# top\n\n*.tmp\n!keep.tmp\n/build/\n", source=".gitignore")
    assert [(pattern.line, pattern.text, pattern.negative, pattern.directory_only, pattern.anywhere) for pattern in patterns] == [
        (3, "*.tmp", False, False, True),
        (4, "!keep.tmp", True, False, True),
        (5, "/build/", False, True, False),
    ]


@pytest.mark.parametrize("line", ["", "   ", "# comment", "/", "!"])
def test_lines_that_are_no_pattern(line: str) -> None:
    assert parse_pattern(line) is None


def test_a_trailing_backslash_matches_nothing() -> None:
    pattern = parse_pattern("name\\")
    assert pattern is not None and not pattern.matches("name\\", is_dir=False) and not pattern.matches("name", is_dir=False)
