"""What git ignores: ``.gitignore`` files (root and nested) and ``.git/info/exclude``, with git's own pattern rules.

The rules are those of ``gitignore(5)`` as git's ``dir.c`` and ``wildmatch.c``
apply them:

* blank lines and lines starting with ``#`` are skipped; ``\\#`` starts a
  pattern with a literal ``#``; trailing spaces are trimmed unless escaped
  (``\\ ``); a CR before the line end is dropped;
* ``!`` negates (``\\!`` is a literal ``!``); the last matching pattern
  decides, deeper ``.gitignore`` files over shallower ones over
  ``.git/info/exclude``;
* a trailing ``/`` matches directories only; a pattern without any other
  ``/`` matches the name at any depth below its ``.gitignore``; one with a
  ``/`` at the start or in the middle matches the path relative to the
  ``.gitignore``'s folder (a leading ``/`` is dropped);
* ``*`` and ``?`` and ``[...]`` (ranges, ``!``/``^`` negation, POSIX
  classes like ``[[:digit:]]``) never match ``/``; ``**/`` at the start and
  ``/**/`` in the middle match zero or more folders, ``/**`` at the end
  everything inside; ``**`` anywhere else is a ``*`` (except right after
  the literal start of a pattern with a ``/``, see :func:`_compile`); ``\\x`` is a literal
  ``x``; a pattern with an unclosed ``[`` or a trailing ``\\`` matches nothing;
* a path inside an ignored folder is ignored whatever follows, because git
  never looks inside that folder (a file cannot be re-included there), and
  the ``.gitignore`` files inside it are not read;
* ``.git`` itself is always ignored.

Matching is case-sensitive (``core.ignoreCase`` and the user's global
``core.excludesFile`` are not consulted).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple, Pattern as RegexPattern

from claimcheck import logs

__all__ = ["GitIgnore", "IgnorePattern", "find_repository_root", "parse_lines", "parse_pattern"]

_NEVER = re.compile(r"(?!)")

_POSIX_CLASSES = {
    "alnum": [("0", "9"), ("A", "Z"), ("a", "z")],
    "alpha": [("A", "Z"), ("a", "z")],
    "blank": [(" ", " "), ("\t", "\t")],
    "cntrl": [("\x00", "\x1f"), ("\x7f", "\x7f")],
    "digit": [("0", "9")],
    "graph": [("!", "~")],
    "lower": [("a", "z")],
    "print": [(" ", "~")],
    "punct": [("!", "/"), (":", "@"), ("[", "`"), ("{", "~")],
    "space": [("\t", "\r"), (" ", " ")],
    "upper": [("A", "Z")],
    "xdigit": [("0", "9"), ("A", "F"), ("a", "f")],
}


class IgnorePattern(NamedTuple):
    """One pattern line of an ignore file, compiled.

    ``base`` is the folder of its ``.gitignore`` relative to the repository
    root, in posix form (``""`` for the root and for ``.git/info/exclude``);
    ``source`` and ``line`` say where it was written.
    """

    text: str
    base: str
    negative: bool
    directory_only: bool
    anywhere: bool
    regex: RegexPattern[str]
    source: str = ""
    line: int = 0

    def matches(self, relative: str, *, is_dir: bool) -> bool:
        """Whether the pattern matches ``relative`` (posix, relative to the repository root)."""
        if self.directory_only and not is_dir:
            return False
        if self.base:
            if not relative.startswith(self.base + "/"):
                return False
            relative = relative[len(self.base) + 1 :]
        if self.anywhere:
            relative = relative.rsplit("/", 1)[-1]
        return self.regex.fullmatch(relative) is not None


def parse_pattern(line: str, *, base: str = "", source: str = "", number: int = 0) -> IgnorePattern | None:
    """The pattern one line of an ignore file stands for; ``None`` for a blank line or a comment."""
    if line.endswith("\r"):
        line = line[:-1]
    if not line or line.startswith("#"):
        return None
    line = _trim_trailing_spaces(line)
    negative = line.startswith("!")
    if negative:
        line = line[1:]
    directory_only = line.endswith("/")
    if directory_only:
        line = line[:-1]
    anywhere = "/" not in line
    body = line if anywhere or not line.startswith("/") else line[1:]
    if not body:
        return None
    return IgnorePattern(
        text=("!" if negative else "") + line + ("/" if directory_only else ""),
        base=base,
        negative=negative,
        directory_only=directory_only,
        anywhere=anywhere,
        regex=_compile(body, anchored=not anywhere),
        source=source,
        line=number,
    )


def parse_lines(text: str, *, base: str = "", source: str = "") -> list[IgnorePattern]:
    """Every pattern of an ignore file's text, in order."""
    if text.startswith("\ufeff"):
        text = text[1:]
    patterns = []
    for number, line in enumerate(text.split("\n"), 1):
        pattern = parse_pattern(line, base=base, source=source, number=number)
        if pattern is not None:
            patterns.append(pattern)
    return patterns


def find_repository_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``.git`` (a folder, or a file for worktrees)."""
    directory = Path(os.path.abspath(start))
    if not directory.is_dir():
        directory = directory.parent
    for candidate in (directory, *directory.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return None


class GitIgnore:
    """The ignore rules of one repository, read lazily folder by folder and kept.

    ``GitIgnore.for_path(folder)`` finds the repository around ``folder``;
    outside a repository, and for paths outside the repository, nothing is
    ignored.
    """

    def __init__(self, root: Path | None) -> None:
        self.root = Path(os.path.abspath(root)) if root is not None else None
        self._by_folder: dict[str, list[IgnorePattern]] = {}
        self._folder_decisions: dict[str, IgnorePattern | None] = {}
        self._exclude: list[IgnorePattern] = self._read_info_exclude() if self.root is not None else []

    @classmethod
    def for_path(cls, start: Path) -> "GitIgnore":
        """The rules of the repository that holds ``start``; rules that ignore nothing outside one."""
        return cls(find_repository_root(start))

    def is_ignored(self, path: Path, *, is_dir: bool) -> bool:
        """Whether git ignores ``path`` (relative to the working directory, or absolute)."""
        pattern = self.deciding_pattern(path, is_dir=is_dir)
        return pattern is not None and not pattern.negative

    def deciding_pattern(self, path: Path, *, is_dir: bool) -> IgnorePattern | None:
        """The pattern that decides ``path`` (a negative one re-includes it), or ``None`` when none matches.

        For a path inside an ignored folder it is the pattern that ignored the
        folder, as ``git check-ignore -v`` reports it.
        """
        relative = self._relative(path)
        if not relative:
            return None
        parts = relative.split("/")
        if ".git" in parts:
            return _GIT_FOLDER
        for depth in range(1, len(parts)):
            decision = self._folder_decision("/".join(parts[:depth]))
            if decision is not None and not decision.negative:
                return decision
        return self._last_match(relative, is_dir=is_dir)

    # -- internals -------------------------------------------------------------------------

    def _folder_decision(self, folder: str) -> IgnorePattern | None:
        if folder not in self._folder_decisions:
            self._folder_decisions[folder] = self._last_match(folder, is_dir=True)
        return self._folder_decisions[folder]

    def _last_match(self, relative: str, *, is_dir: bool) -> IgnorePattern | None:
        parts = relative.split("/")
        layers = [self._exclude] + [self._patterns_in("/".join(parts[:depth])) for depth in range(len(parts))]
        for patterns in reversed(layers):
            for pattern in reversed(patterns):
                if pattern.matches(relative, is_dir=is_dir):
                    return pattern
        return None

    def _patterns_in(self, folder: str) -> list[IgnorePattern]:
        """The patterns of ``folder/.gitignore`` (``""`` is the root), read once."""
        patterns = self._by_folder.get(folder)
        if patterns is None:
            assert self.root is not None
            file = self.root / folder / ".gitignore" if folder else self.root / ".gitignore"
            patterns = self._by_folder[folder] = _read_patterns(file, base=folder)
        return patterns

    def _read_info_exclude(self) -> list[IgnorePattern]:
        assert self.root is not None
        git_dir = _git_dir(self.root / ".git")
        if git_dir is None:
            return []
        return _read_patterns(git_dir / "info" / "exclude", base="")

    def _relative(self, path: Path) -> str:
        if self.root is None:
            return ""
        for candidate, root in ((Path(os.path.abspath(path)), self.root), (Path(path).resolve(), self.root.resolve())):
            try:
                relative = candidate.relative_to(root).as_posix()
            except ValueError:
                continue
            return "" if relative == "." else relative
        return ""


_GIT_FOLDER = IgnorePattern(
    text=".git", base="", negative=False, directory_only=False, anywhere=True, regex=re.compile(r"\.git"), source="<git>"
)


def _git_dir(dot_git: Path) -> Path | None:
    """The git directory a ``.git`` entry stands for: itself, or the common dir a ``gitdir:`` file points to."""
    if dot_git.is_dir():
        return dot_git
    try:
        text = dot_git.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.startswith("gitdir:"):
        return None
    git_dir = Path(text[len("gitdir:") :].strip())
    if not git_dir.is_absolute():
        git_dir = dot_git.parent / git_dir
    try:  # a linked worktree keeps info/exclude in the main repository's git dir
        common = (git_dir / "commondir").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return git_dir
    common_dir = Path(common)
    return common_dir if common_dir.is_absolute() else git_dir / common_dir


def _read_patterns(file: Path, *, base: str) -> list[IgnorePattern]:
    try:
        data = file.read_bytes()
    except OSError:
        return []
    logs.debug(__name__, "reading ignore patterns from %s", file)
    return parse_lines(data.decode("utf-8", "surrogateescape"), base=base, source=str(file))


def _trim_trailing_spaces(line: str) -> str:
    """Drop trailing spaces, except one escaped with a backslash (git's ``trim_trailing_spaces``)."""
    last_space = None
    index = 0
    while index < len(line):
        char = line[index]
        if char == " ":
            if last_space is None:
                last_space = index
        elif char == "\\":
            index += 1
            if index == len(line):
                return line
            last_space = None
        else:
            last_space = None
        index += 1
    return line if last_space is None else line[:last_space]


def _compile(pattern: str, *, anchored: bool) -> RegexPattern[str]:
    """A regular expression that matches what git's ``wildmatch`` with ``WM_PATHNAME`` matches.

    For an ``anchored`` pattern git compares the literal text before the
    first wildcard by itself and hands only the rest to ``wildmatch``, so a
    ``**`` right after that prefix counts as starting a component:
    ``a/x**/b`` matches ``a/x/y/b`` too.  That is reproduced here.
    """
    out: list[str] = []
    index = 0
    length = len(pattern)
    prefix = next((position for position, char in enumerate(pattern) if char in "*?[\\"), length) if anchored else 0
    while index < length:
        char = pattern[index]
        if char == "*":
            end = index
            while end < length and pattern[end] == "*":
                end += 1
            at_component_start = index == 0 or pattern[index - 1] == "/" or index == prefix
            at_component_end = end == length or pattern[end] == "/"
            if end - index >= 2 and at_component_start and at_component_end:
                if end == length:
                    out.append(".*")  # trailing "**": everything
                else:
                    out.append("(?:.*/)?")  # "**/": zero or more folders
                    end += 1
            else:
                out.append("[^/]*")
            index = end
        elif char == "?":
            out.append("[^/]")
            index += 1
        elif char == "[":
            compiled = _bracket(pattern, index)
            if compiled is None:
                return _NEVER
            regex, index = compiled
            out.append(regex)
        elif char == "\\":
            if index + 1 == length:
                return _NEVER
            out.append(re.escape(pattern[index + 1]))
            index += 2
        else:
            out.append(re.escape(char))
            index += 1
    return re.compile("".join(out), re.DOTALL)


def _bracket(pattern: str, index: int) -> tuple[str, int] | None:
    """The regex for the ``[...]`` starting at ``index`` and the index after it; ``None`` if malformed.

    Follows ``wildmatch``: ``!`` or ``^`` first negates, a ``]`` right after
    the opening (or the negation) is literal, ``\\`` escapes, ``a-z`` is a
    range, ``[:class:]`` a POSIX class; a class never matches ``/``.
    """
    length = len(pattern)
    index += 1
    negated = index < length and pattern[index] in "!^"
    if negated:
        index += 1
    ranges: list[tuple[str, str]] = []
    previous: str | None = None
    first = True
    while True:
        if index >= length:
            return None
        char = pattern[index]
        if char == "]" and not first:
            break
        first = False
        if char == "\\":
            index += 1
            if index >= length:
                return None
            char = pattern[index]
            ranges.append((char, char))
            previous = char
        elif char == "-" and previous is not None and index + 1 < length and pattern[index + 1] != "]":
            index += 1
            high = pattern[index]
            if high == "\\":
                index += 1
                if index >= length:
                    return None
                high = pattern[index]
            ranges.append((previous, high))
            previous = None
        elif char == "[" and index + 1 < length and pattern[index + 1] == ":":
            close = pattern.find("]", index + 2)
            if close < 0:
                return None
            name = pattern[index + 2 : close]
            if len(name) >= 1 and name.endswith(":"):
                members = _POSIX_CLASSES.get(name[:-1])
                if members is None:
                    return None
                ranges.extend(members)
                previous = None
                index = close
            else:  # no ":]": the "[" is an ordinary member
                ranges.append(("[", "["))
                previous = "["
        else:
            ranges.append((char, char))
            previous = char
        index += 1
    members = "".join(_range_regex(low, high) for low, high in ranges if low <= high)
    if negated:
        return f"[^/{members}]", index + 1
    if not members:
        return "(?!)", index + 1
    return f"(?!/)[{members}]", index + 1


def _range_regex(low: str, high: str) -> str:
    def escape(char: str) -> str:
        return f"\\U{ord(char):08x}"

    return escape(low) if low == high else f"{escape(low)}-{escape(high)}"
