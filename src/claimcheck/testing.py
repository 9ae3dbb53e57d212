"""A testing kit for rule and plugin authors: :class:`RuleTester` and the pytest fixtures.

Test a rule, or a whole pack folder, on a text and say what it must find::

    from claimcheck.testing import RuleTester, bundled_pack

    tester = RuleTester(bundled_pack("policy-style"))
    tester.assert_finds("Partners in the Asia-Pacific.", "PS201", at="Asia-Pacific", fix="Indo-Pacific")
    tester.assert_silent("Partners in the Indo-Pacific.")

Installing claimcheck registers this module as a pytest plugin (the
``pytest11`` entry point), so every test gets two fixtures:

- ``claimcheck_project``: a fresh project folder; ``write`` files and a
  ``config`` into it, ``run`` the command line in it (in-process) and read the
  exit code, stdout and stderr, or ``json`` to get the parsed report;
- ``rule_tester``: ``rule_tester(pack_folder_or_rules, ...)`` builds a
  :class:`RuleTester`; a relative folder is taken from pytest's rootdir.

The module imports claimcheck's internals only when they are used, so loading
the plugin costs nothing when a test session does not need it.
"""

from __future__ import annotations

import json as _json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, NamedTuple, Sequence, Union

if TYPE_CHECKING:
    from claimcheck.finding import Finding
    from claimcheck.framework import Framework
    from claimcheck.readers import Reader
    from claimcheck.rules.model import Rule, RuleType
    from claimcheck.rules.pack import Pack

__all__ = [
    "Project",
    "Result",
    "RuleTester",
    "bundled_pack",
    "claimcheck_project",
    "describe_finding",
    "load_pack_folder",
    "position_of",
    "rendered",
    "rule_tester",
]

_READER_NAMES = ("text", "markdown", "html", "xml", "docx", "odt")
_SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "xml": ".xml", "docx": ".docx", "odt": ".odt"}


def bundled_pack(name: str) -> Path:
    """The folder of the bundled rule pack ``name`` (``"policy-style"``, ``"nato-japan"``).

    Raises ``LookupError`` naming the bundled packs when there is none by that name.
    """
    from claimcheck.rules.packs import bundled_packs_root

    root = bundled_packs_root()
    folder = root / name
    if not (folder / "pack.toml").is_file():
        known = sorted(path.name for path in root.iterdir() if (path / "pack.toml").is_file()) if root.is_dir() else []
        raise LookupError(f"no bundled rule pack named {name!r}; bundled packs: {', '.join(known) or 'none'}")
    return folder


def position_of(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """The 1-based (line, column) of the ``occurrence``-th ``needle`` in ``text``, as an editor counts them.

    Lines end at ``\\r\\n``, ``\\r`` or ``\\n``; columns count characters.
    Raises ``AssertionError`` when ``needle`` does not occur that often.
    """
    index = -1
    for _ in range(occurrence):
        index = text.find(needle, index + 1)
        if index < 0:
            raise AssertionError(f"{needle!r} does not occur {occurrence} time(s) in the text: {text!r}")
    before = text[:index].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1


def rendered(reporter: Any, report: Any) -> str:
    """The whole text ``reporter.render(report)`` gives, whether it returns a string or an iterable of pieces."""
    output = reporter.render(report)
    return output if isinstance(output, str) else "".join(output)


def describe_finding(finding: "Finding", source: "str | bytes | None" = None) -> str:
    """One line for a finding: ``line:col-line:col CODE (alias) 'matched text' -> 'fix': message``.

    The matched text is shown when ``source`` (the checked text) is given.
    """
    parts = [f"{finding.start.line}:{finding.start.column}-{finding.end.line}:{finding.end.column} {finding.code} ({finding.alias})"]
    if isinstance(source, str):
        parts.append(repr(source[finding.start.offset : finding.end.offset]))
    if finding.fix is not None:
        parts.append(f"-> {finding.fix.replacement!r}")
    return " ".join(parts) + f": {finding.message}"


class RuleTester:
    """Runs rules on texts given in the test, and asserts what they find.

    ``rules`` is a pack folder (a :class:`~pathlib.Path` or a string: the pack
    is loaded with the built-in rule types plus ``rule_types``, and its
    framework, if it declares one, is used), a loaded
    :class:`~claimcheck.rules.pack.Pack`, one :class:`~claimcheck.rules.model.Rule`,
    or a sequence of rules.  ``frameworks`` are the frameworks coverage
    rules need (a mapping of id to :class:`~claimcheck.framework.Framework`,
    or a sequence of frameworks).  ``reader`` names the built-in reader the
    texts are read with (``markdown``, ``text``, ``html``, ``xml``, ``docx``,
    ``odt``) or is a reader object; ``path`` is the name findings carry.
    """

    def __init__(
        self,
        rules: "Union[str, os.PathLike[str], Pack, Rule, Iterable[Rule]]",
        *,
        frameworks: "Union[Mapping[str, Framework], Iterable[Framework], None]" = None,
        reader: "Union[str, Reader]" = "markdown",
        rule_types: "Iterable[RuleType]" = (),
        path: str | None = None,
    ) -> None:
        from claimcheck.engine import RuleSet
        from claimcheck.rules.model import Rule
        from claimcheck.rules.pack import Pack

        pack: Pack | None = None
        if isinstance(rules, (str, os.PathLike)):
            pack = load_pack_folder(Path(rules), rule_types=rule_types)
        elif isinstance(rules, Pack):
            pack = rules
        if pack is not None:
            self.pack: Pack | None = pack
            self.rules: tuple[Rule, ...] = pack.rules
        elif isinstance(rules, Rule):
            self.pack, self.rules = None, (rules,)
        else:
            self.pack, self.rules = None, tuple(rules)
            for rule in self.rules:
                if not isinstance(rule, Rule):
                    raise TypeError(f"RuleTester takes a pack folder, a Pack, a Rule or rules; got {type(rule).__name__} among the rules")
        self.frameworks: dict[str, Framework] = _frameworks(frameworks)
        if pack is not None and pack.framework is not None:
            self.frameworks.setdefault(pack.framework.id, pack.framework)
        self.reader = _reader(reader)
        self.path = path or f"example{_SUFFIXES.get(self.reader.name, '')}"
        self.rule_set = RuleSet(self.rules, self.frameworks)

    def findings(self, text: "str | bytes") -> "list[Finding]":
        """The findings of the rules on ``text``, in order of position then code.

        A rule that raises is a failed test, not a silent miss: the error is
        raised as an ``AssertionError`` naming the rule.
        """
        from claimcheck.engine import check_document

        result = check_document(self.reader.read(text, path=self.path), self.rule_set)
        if result.failures:
            raise AssertionError("\n".join(failure.describe() for failure in result.failures))
        return sorted(result.findings, key=lambda finding: (finding.start, finding.end, finding.code))

    def assert_finds(
        self,
        text: "str | bytes",
        code: str,
        *,
        at: "tuple[int, int] | str | None" = None,
        match: str | None = None,
        fix: str | None = None,
        message: str | None = None,
    ) -> "Finding":
        """Assert that ``text`` gets a finding of ``code`` (a code or an alias) and return it.

        Each expectation given narrows the search: ``at`` is the finding's
        start, either as ``(line, column)`` or as a substring of ``text``
        whose first occurrence gives the position; ``match`` the text the
        finding covers, as written in ``text``; ``fix`` the replacement its fix
        proposes; ``message`` a regular expression searched in its message.
        When no finding meets them all, the ``AssertionError`` lists what was
        expected, what was found, and how the nearest finding of ``code`` differs.
        """
        expected = _Expectation.build(text, code, at=at, match=match, fix=fix, message=message)
        found = self.findings(text)
        for finding in found:
            if not expected.differences(finding, text):
                return finding
        raise AssertionError(_report(f"expected {expected.describe()}", found, text, expected=expected))

    def assert_silent(self, text: "str | bytes") -> None:
        """Assert that the rules find nothing in ``text``; the ``AssertionError`` lists what they found."""
        found = self.findings(text)
        if found:
            raise AssertionError(_report("expected no finding", found, text))

    def assert_examples(self) -> None:
        """Assert that every rule passes its own ``examples`` (what ``claimcheck rules --selftest`` runs)."""
        from claimcheck.selftest import run_examples

        failures = [failure.describe() for failure in run_examples(self.rules, self.frameworks)]
        if failures:
            raise AssertionError("rule examples failed:\n" + "\n".join(f"  {line}" for line in failures))


def load_pack_folder(folder: Path, *, rule_types: "Iterable[RuleType]" = ()) -> "Pack":
    """Load the pack in ``folder`` with the built-in rule types and ``rule_types`` (which may replace them by name)."""
    from claimcheck.rules.builtin import claimcheck_rule_types
    from claimcheck.rules.pack import load_pack

    types = {rule_type.name: rule_type for rule_type in claimcheck_rule_types()}
    types.update({rule_type.name: rule_type for rule_type in rule_types})
    return load_pack(folder, types)


def _frameworks(frameworks: "Union[Mapping[str, Framework], Iterable[Framework], None]") -> "dict[str, Framework]":
    if frameworks is None:
        return {}
    if isinstance(frameworks, Mapping):
        return dict(frameworks)
    return {framework.id: framework for framework in frameworks}


def _reader(reader: "Union[str, Reader]") -> "Reader":
    if not isinstance(reader, str):
        return reader
    if reader == "xml":
        from claimcheck.readers.xml import XmlReader

        return XmlReader()
    if reader not in _READER_NAMES:
        raise ValueError(f"unknown reader {reader!r}; expected one of {', '.join(_READER_NAMES)}, or a reader object")
    from claimcheck.readers.docx import DocxReader
    from claimcheck.readers.html import HtmlReader
    from claimcheck.readers.markdown import MarkdownReader
    from claimcheck.readers.odt import OdtReader
    from claimcheck.readers.text import TextReader

    classes = {"text": TextReader, "markdown": MarkdownReader, "html": HtmlReader, "docx": DocxReader, "odt": OdtReader}
    return classes[reader]()


class _Expectation(NamedTuple):
    code: str
    position: "tuple[int, int] | None"
    at: "tuple[int, int] | str | None"
    match: str | None
    fix: str | None
    message: str | None

    @classmethod
    def build(cls, text: "str | bytes", code: str, *, at: Any, match: Any, fix: Any, message: Any) -> "_Expectation":
        position = None
        if isinstance(at, str):
            if not isinstance(text, str):
                raise TypeError("at='substring' needs a text, not bytes; give at=(line, column)")
            position = position_of(text, at)
        elif at is not None:
            position = tuple(at)  # type: ignore[assignment]
            if len(position) != 2:  # type: ignore[arg-type]
                raise TypeError(f"at must be (line, column) or a substring of the text, got {at!r}")
        return cls(code, position, at, match, fix, message)

    def describe(self) -> str:
        words = [f"a {self.code} finding"]
        if self.position is not None:
            where = f"{self.position[0]}:{self.position[1]}"
            words.append(f"at {where} ({self.at!r})" if isinstance(self.at, str) else f"at {where}")
        if self.match is not None:
            words.append(f"covering {self.match!r}")
        if self.fix is not None:
            words.append(f"with fix {self.fix!r}")
        if self.message is not None:
            words.append(f"with a message matching {self.message!r}")
        return " ".join(words)

    def differences(self, finding: "Finding", text: "str | bytes") -> list[str]:
        """How ``finding`` differs from this expectation, one line per expectation not met."""
        if self.code not in (finding.code, finding.alias):
            return [f"code: expected {self.code}, found {finding.code}"]
        lines = []
        if self.position is not None and (finding.start.line, finding.start.column) != self.position:
            lines.append(f"at: expected {self.position[0]}:{self.position[1]}, found {finding.start.line}:{finding.start.column}")
        if self.match is not None:
            covered = text[finding.start.offset : finding.end.offset] if isinstance(text, str) else None
            if covered != self.match:
                lines.append(f"match: expected {self.match!r}, found {covered!r}")
        if self.fix is not None:
            found = finding.fix.replacement if finding.fix is not None else None
            if found != self.fix:
                lines.append(f"fix: expected {self.fix!r}, found {'no fix' if found is None else repr(found)}")
        if self.message is not None and not re.search(self.message, finding.message):
            lines.append(f"message: expected a match for {self.message!r}, found {finding.message!r}")
        return lines


def _report(headline: str, found: "Sequence[Finding]", text: "str | bytes", *, expected: _Expectation | None = None) -> str:
    lines = [headline]
    if isinstance(text, str):
        lines.append(f"in the text: {text!r}")
    if not found:
        lines.append("found no finding")
    else:
        lines.append(f"found {len(found)} finding(s):")
        lines.extend(f"  {describe_finding(finding, text)}" for finding in found)
    if expected is not None:
        same_code = [finding for finding in found if expected.code in (finding.code, finding.alias)]
        if same_code:
            nearest = min(same_code, key=lambda finding: len(expected.differences(finding, text)))
            lines.append(f"nearest {expected.code} finding ({nearest.start.line}:{nearest.start.column}) differs:")
            lines.extend(f"  - {difference}" for difference in expected.differences(nearest, text))
        elif found:
            lines.append(f"no finding has the code {expected.code}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# The pytest plugin (registered through the ``pytest11`` entry point).


class Result(NamedTuple):
    """What a command-line run gave: the exit ``code`` and what it wrote to stdout (``out``) and stderr (``err``)."""

    code: int
    out: str
    err: str


class Project:
    """A project folder for one test, in which the command line runs in-process.

    Made by the ``claimcheck_project`` fixture, which makes ``path`` the
    working directory for the test and keeps the results cache outside it.
    """

    def __init__(self, path: Path, capsys: Any) -> None:
        self.path = path
        self._capsys = capsys

    def write(self, relative_path: "str | os.PathLike[str]", content: "str | bytes") -> Path:
        """Write ``content`` (text as UTF-8, exactly as given, or bytes) to ``relative_path``, making folders; returns the path."""
        target = self.path / relative_path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            with target.open("w", encoding="utf-8", newline="") as handle:
                handle.write(content)
        return target

    def config(self, toml_text: str) -> Path:
        """Write ``claimcheck.toml`` at the top of the project; returns its path."""
        return self.write("claimcheck.toml", toml_text)

    def run(self, *args: "str | os.PathLike[str]") -> Result:
        """Run ``claimcheck ARGS`` in-process in the project folder; returns the exit code and the captured output."""
        from claimcheck.cli import main

        self._capsys.readouterr()  # drop what the test printed before
        code = main([os.fspath(arg) for arg in args])
        captured = self._capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def json(self, *args: "str | os.PathLike[str]") -> Any:
        """Run ``claimcheck ARGS --output-format json`` and return the parsed report.

        ``ARGS`` default to ``check`` (the whole project).  A run that exits 2
        (a usage, configuration or input error) raises ``AssertionError`` with its stderr.
        """
        arguments = [os.fspath(arg) for arg in args] or ["check"]
        if not any(arg == "--output-format" or arg.startswith("--output-format=") for arg in arguments):
            arguments += ["--output-format", "json"]
        result = self.run(*arguments)
        if result.code not in (0, 1):
            raise AssertionError(f"claimcheck {' '.join(arguments)} exited {result.code}:\n{result.err}")
        try:
            return _json.loads(result.out)
        except ValueError as error:
            raise AssertionError(f"claimcheck {' '.join(arguments)} did not print JSON ({error}):\n{result.out}") from None

    def __repr__(self) -> str:
        return f"Project({str(self.path)!r})"


try:
    import pytest
except ImportError:  # pragma: no cover - the kit's RuleTester works without pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def claimcheck_project(tmp_path: Path, monkeypatch: "pytest.MonkeyPatch", capsys: "pytest.CaptureFixture[str]") -> Iterator[Project]:
        """A fresh project folder, the working directory of the test, for running ``claimcheck`` in-process.

        Environment variables that change a run (``CLAIMCHECK_NO_CACHE``) are
        cleared and the results cache is kept beside the folder, not in it.
        """
        folder = tmp_path / "project"
        folder.mkdir()
        monkeypatch.chdir(folder)
        monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
        monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
        yield Project(folder, capsys)

    @pytest.fixture
    def rule_tester(request: "pytest.FixtureRequest") -> Any:
        """A factory for :class:`RuleTester`: ``rule_tester(pack_folder_or_rules, **options)``.

        A relative pack folder is taken from pytest's rootdir, so the test
        does not depend on the directory pytest runs from.
        """

        def make(rules: Any, **options: Any) -> RuleTester:
            if isinstance(rules, (str, os.PathLike)) and not Path(rules).is_absolute():
                rules = request.config.rootpath / rules
            return RuleTester(rules, **options)

        return make

else:  # pragma: no cover
    __all__ = [name for name in __all__ if name not in ("claimcheck_project", "rule_tester")]
