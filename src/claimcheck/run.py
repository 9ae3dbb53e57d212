"""A whole ``claimcheck check``: paths in, filtered and sorted findings out.

The one pass of the design brief — discover, read bytes, decode, read, check,
filter — for every file, each file with the configuration nearest to it.
Problems with one file (undecodable, a rule that raised, a check that ran out
of its time budget) are collected and reported; the other files are still
checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Callable, Collection, Iterator, NamedTuple, Sequence, TextIO

from claimcheck.budget import FileTimeout, time_budget
from claimcheck.config import Settings, default_settings, find_config_file, load_settings
from claimcheck.decode import BinaryFileError, decode
from claimcheck.discover import discover_files
from claimcheck.gitignore import GitIgnore
from claimcheck.document import Document
from claimcheck.engine import check_document
from claimcheck.engine_rules import PARSE_ERROR
from claimcheck.errors import InputError, UsageError
from claimcheck.finding import FileCoverage, Finding, Location, Severity
from claimcheck.readers import ParseError
from claimcheck.plugins.manager import call_each
from claimcheck.cache import CachedResult, content_digest
from claimcheck.runtime import Runtime, build_runtime
from claimcheck.suppression import apply_suppressions

__all__ = ["ConfigResolver", "FileOutcome", "RunResult", "StdinInput", "check_file", "check_paths", "display_path"]



@dataclass
class RunResult:
    """What a run found: findings, the files checked, and per-file problems.

    ``errors`` are problems that make the run fail with exit 2 (a file that
    cannot be decoded, a rule that raised, a file whose check ran out of
    its ``file-timeout``); ``notices`` are messages for the
    user that do not (a binary file skipped, a cp1252 fallback).
    ``fail_on`` is each file's fail level; ``checked_bytes`` the bytes each
    file had when checked, kept only for ``--fix`` (which refuses to write
    a file that changed since).
    """

    findings: list[Finding] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    runtimes: list[Runtime] = field(default_factory=list)
    coverage: list[FileCoverage] = field(default_factory=list)
    fail_on: dict[str, str] = field(default_factory=dict)
    checked_bytes: dict[str, bytes] = field(default_factory=dict)

    def failing(self, findings: Sequence[Finding] | None = None) -> bool:
        """Whether a finding reaches the ``fail-on`` level of the configuration of its own file."""
        for finding in self.findings if findings is None else findings:
            level = self.fail_on.get(finding.path, "error")
            if level != "never" and finding.severity.rank >= Severity(level).rank:
                return True
        return False


def display_path(path: Path) -> str:
    """The path as findings show it: as the user wrote it (relative stays relative), posix style."""
    return path.as_posix()


class ConfigResolver:
    """Finds the settings that apply to each path, and builds each configuration's runtime once."""

    def __init__(
        self,
        *,
        config_file: Path | None,
        isolated: bool,
        adjust: Callable[[Settings], Settings],
        blocked: Collection[str],
    ) -> None:
        self._config_file = config_file
        self._isolated = isolated
        self._adjust = adjust
        self._blocked = blocked
        self._by_directory: dict[Path, Path | None] = {}
        self._by_folder: dict[Path, Path | None] = {}
        self._runtimes: dict[Path | None, Runtime] = {}

    def runtime_for(self, path: Path) -> Runtime:
        """The runtime of the configuration nearest to ``path`` (or the one given with ``--config``)."""
        return self._runtime(self._config_path(path))

    def _config_path(self, path: Path) -> Path | None:
        if self._config_file is not None or self._isolated:
            return self._config_file
        folder = path if path.is_dir() else path.parent
        if folder not in self._by_folder:  # as given: resolving it for every file of a folder costs syscalls
            directory = folder.resolve()
            if directory not in self._by_directory:
                self._by_directory[directory] = find_config_file(directory)
            self._by_folder[folder] = self._by_directory[directory]
        return self._by_folder[folder]

    def _runtime(self, config_path: Path | None) -> Runtime:
        runtime = self._runtimes.get(config_path)
        if runtime is None:
            settings = load_settings(config_path) if config_path else default_settings(Path.cwd())
            runtime = self._runtimes[config_path] = build_runtime(self._adjust(settings), blocked=self._blocked)
        return runtime

    @property
    def runtimes(self) -> list[Runtime]:
        return list(self._runtimes.values())

    @property
    def inputs(self) -> dict[str, object]:
        """The keyword arguments this resolver was built from: a worker process builds its own from them."""
        return {"config_file": self._config_file, "isolated": self._isolated, "adjust": self._adjust, "blocked": list(self._blocked)}


class StdinInput(NamedTuple):
    """A document read from standard input (``-``), checked as if it were the file ``name``."""

    name: Path
    data: bytes


def check_paths(
    paths: Sequence[Path],
    resolver: ConfigResolver,
    *,
    stdin: StdinInput | None = None,
    keep_bytes: bool = False,
    jobs: int = 1,
    progress: TextIO | None = None,
) -> RunResult:
    """Check every file under ``paths``; findings come back sorted by path, line, column, code.

    A path ``-`` stands for ``stdin``: its configuration, reader and display
    name come from ``stdin.name`` (``--stdin-filename``), as editors need.
    A file whose bytes, configuration, packs and plugins are unchanged since
    a previous run takes its results from the cache instead of being read.

    With ``jobs`` above 1, a run large enough to gain from it is checked in
    worker processes (see :mod:`claimcheck.parallel`); the result is the same.
    ``progress`` is the stream a :class:`~claimcheck.progress.Progress` line
    is drawn on (only when it is a terminal).
    """
    from claimcheck.parallel import check_in_workers, worth_parallel  # imported late: it imports this module
    from claimcheck.progress import Progress

    items = list(_files(paths, resolver, stdin))  # paths only: the bytes are read one file at a time
    result = RunResult()
    meter = Progress(len(items), stream=progress) if progress is not None else None
    try:
        parallel = jobs > 1 and not keep_bytes and stdin is None and worth_parallel(items, jobs=jobs)
        if parallel:
            outcomes = check_in_workers(items, resolver, jobs=jobs)
        else:
            outcomes = (check_file(file_path, runtime, data, keep_bytes=keep_bytes) for file_path, runtime, data in items)
        cache_warnings: dict[int, str] = {}
        for (_, runtime, _), outcome in zip(items, outcomes):
            outcome.merge_into(result)
            if outcome.cache_warning and id(runtime) not in cache_warnings:
                cache_warnings[id(runtime)] = outcome.cache_warning  # a worker's cache: said below, once
            if meter is not None:
                meter.advance(outcome.size)
    finally:
        if meter is not None:
            meter.close()
    for runtime in resolver.runtimes:
        warning = cache_warnings.get(id(runtime))
        if warning is None and runtime.cache is not None:
            warning = runtime.cache.warning
        if warning and warning not in result.notices:
            result.notices.append(warning)
    result.findings.sort(key=lambda finding: finding.sort_key)
    result.runtimes = resolver.runtimes
    return result


@dataclass
class FileOutcome:
    """What checking one file gave, as plain picklable data: a worker process sends it back whole.

    ``result`` holds this file's share of the run (its findings, ``files``
    entry, errors, notices, coverage, fail level); ``size`` is the bytes read,
    for the progress line; ``cache_warning`` is set when the cache of the
    file's configuration has been turned off.
    """

    result: RunResult
    size: int = 0
    cache_warning: str | None = None

    def merge_into(self, run: RunResult) -> None:
        """Add this file's share to ``run``, after the files before it."""
        part = self.result
        run.findings.extend(part.findings)
        run.files.extend(part.files)
        run.errors.extend(part.errors)
        run.notices.extend(part.notices)
        run.coverage.extend(part.coverage)
        run.fail_on.update(part.fail_on)
        run.checked_bytes.update(part.checked_bytes)


def check_file(file_path: Path, runtime: Runtime, data: bytes | None, *, keep_bytes: bool = False) -> FileOutcome:
    """Check one discovered file (``data`` given only for standard input): cache, read, check, filter."""
    result = RunResult()
    outcome = FileOutcome(result)
    shown = display_path(file_path)
    result.fail_on[shown] = runtime.settings.fail_on
    cache = runtime.cache if data is None else None  # standard input is never cached
    if data is None:
        data = _read_bytes(file_path, shown, result)
        if data is None:
            return outcome
    outcome.size = len(data)
    if keep_bytes:
        result.checked_bytes[shown] = data
    digest = content_digest(data) if cache is not None else ""
    cached = cache.lookup(shown, digest) if cache is not None else None
    if cached is not None:
        result.files.append(shown)
        result.findings.extend(cached.findings)
        result.coverage.extend(cached.coverage)
        result.notices.extend(cached.notices)
    else:
        handoff = _Bytes(data)
        del data  # the reader lets go of them once decoded: a 100 MB file's bytes need not stay while it is checked
        checked = _check_file(file_path, shown, runtime, result, handoff)
        if checked is not None and cache is not None and not result.errors:
            findings, coverage = checked
            cache.store(shown, digest, CachedResult(findings, coverage, list(result.notices)))
    if cache is not None and cache.warning:
        outcome.cache_warning = cache.warning
    return outcome


class _Bytes:
    """A file's bytes, handed to its reader once: whoever takes them holds the only reference."""

    __slots__ = ("_data", "head")

    def __init__(self, data: bytes) -> None:
        self._data: bytes | None = data
        self.head = data[:4096]
        """The first bytes, which choose the reader (and name it in messages)."""

    def take(self) -> bytes:
        data, self._data = self._data, None
        if data is None:
            raise RuntimeError("a file's bytes were taken twice")
        return data


def _check_file(
    path: Path, shown: str, runtime: Runtime, result: RunResult, data: _Bytes
) -> tuple[list[Finding], list[FileCoverage]] | None:
    """Read, check and filter one file; its findings and coverage are added to ``result`` and returned.

    The whole of it runs under the file's time budget (``file-timeout``).
    When the budget runs out in a rule, the findings of the rules before it
    are kept (filtered under a budget of their own) and the stop is an error
    in ``result``; when it runs out elsewhere, the file gives no findings.
    """
    seconds = runtime.settings.file_timeout
    stage = _Stage.READER
    try:
        with time_budget(seconds) as budget:
            document = _read(path, shown, runtime, result, data.take())
            if document is None:
                return None
            result.files.append(shown)
            stage = _Stage.RULES
            checked = check_document(document, runtime.rule_set, deadline=budget.deadline)
            result.errors.extend(
                f"{failure.path}: rule {failure.code} from {runtime.origins.get(failure.code, failure.pack or 'a plugin')} "
                f"raised: {failure.error}"
                for failure in checked.failures
            )
            if checked.stopped_in is None:
                stage = _Stage.FILTERS
                findings = _filtered(document, checked.findings, runtime)
        if checked.stopped_in is not None:
            running = f"{_rule_origin(checked.stopped_in, runtime)} was running; later rules did not run on this file"
            result.errors.append(_stopped(shown, seconds, running))
            stage = _Stage.FILTERS
            with time_budget(seconds):  # the file's budget is spent: the kept findings get one of their own
                findings = _filtered(document, checked.findings, runtime)
    except FileTimeout as stop:
        running = f"{_running(stage, stop, path, data.head, runtime)}; no findings are reported for this file"
        result.errors.append(_stopped(shown, seconds, running))
        return None
    result.coverage.extend(checked.coverage)
    result.findings.extend(findings)
    return findings, checked.coverage


class _Stage(Enum):
    """What part of a file's check is running, for the message when its time budget runs out."""

    READER = "reader"
    RULES = "rules"
    FILTERS = "filters"


def _filtered(document: Document, findings: list[Finding], runtime: Runtime) -> list[Finding]:
    """The findings that suppression comments and the ``claimcheck_filter_finding`` hooks keep."""
    return [finding for finding in _apply_inline_config(document, findings, runtime) if _kept(finding, document, runtime)]


def _stopped(shown: str, seconds: float, running: str) -> str:
    shown_seconds = int(seconds) if seconds == int(seconds) else seconds  # 60, 0.5
    return f"{shown}: checking stopped after {shown_seconds} s (file-timeout) while {running}"


def _rule_origin(code: str, runtime: Runtime) -> str:
    return f"rule {code} from {runtime.origins.get(code, 'a plugin')}"


def _running(stage: _Stage, stop: FileTimeout, path: Path, head: bytes, runtime: Runtime) -> str:
    """What was running when ``stop`` was raised outside a rule: the reader, claimcheck's engine, or a filter."""
    if stage is _Stage.READER:
        reader = runtime.reader_for(path, head)
        return f"reader '{reader.name}' from {runtime.origins.get(f'reader:{reader.name}', 'a plugin')} was running"
    if stage is _Stage.RULES:
        return "claimcheck's engine was running between rules"
    import traceback  # here: a budget that runs out is rare, and the module is 1 ms of every start-up

    hook = "claimcheck_filter_finding"
    frames = {frame.f_code for frame, _ in traceback.walk_tb(stop.__traceback__)}
    for implementation in getattr(runtime.manager.hook, hook).get_hookimpls():
        if getattr(implementation.function, "__code__", None) in frames:
            return f"plugin '{implementation.plugin_name}' (hook {hook}) was running"
    return "suppression comments and filters were being applied"


def _files(
    paths: Sequence[Path], resolver: ConfigResolver, stdin: StdinInput | None
) -> Iterator[tuple[Path, Runtime, bytes | None]]:
    seen: set[str] = set()
    for path in paths:
        if str(path) == "-":
            if stdin is None:
                raise UsageError("'-' reads standard input, but nothing was given on it")
            yield stdin.name, resolver.runtime_for(stdin.name), stdin.data
            continue
        walking = resolver.runtime_for(path)
        settings = walking.settings
        found = discover_files(
            path,
            extensions=walking.extensions,
            include=settings.include,
            exclude=settings.exclude,
            root=settings.root,
            gitignore=GitIgnore.for_path(path) if settings.respect_gitignore else None,
            seen=seen,
        )
        for file_path in found:
            yield file_path, resolver.runtime_for(file_path), None


def _read(path: Path, shown: str, runtime: Runtime, result: RunResult, data: bytes) -> Document | None:
    """Bytes → reader → document; every way this can fail is reported for this file only.

    A text reader gets the decoded text and the bytes are let go of first
    (the caller keeps no reference to them).
    """
    reader = runtime.reader_for(path, data[:4096])
    origin = runtime.origins.get(f"reader:{reader.name}", "a plugin")
    try:
        if getattr(reader, "binary", False):
            document = reader.read(data, path=shown)
        else:
            decoded = decode(data, path=shown)
            del data
            if decoded.warning:
                result.notices.append(decoded.warning)
            document = reader.read(decoded.text, path=shown)
        problem = document_problem(document)
        if problem:
            result.errors.append(f"{shown}: reader '{reader.name}' from {origin} returned a broken document: {problem}")
            return None
        return document
    except BinaryFileError as error:
        result.notices.append(str(error))
    except ParseError as error:
        result.errors.append(f"{shown}:{error.line}:{error.column}: {error.message}")
        if any(rule.code == PARSE_ERROR.code for rule in runtime.rule_set.rules):
            result.findings.append(parse_error_finding(shown, error))
    except InputError as error:
        result.errors.append(str(error))
    except Exception as error:  # a broken reader plugin must not stop the other files
        result.errors.append(f"{shown}: reader '{reader.name}' from {origin} raised: {type(error).__name__}: {error}")
    return None


def document_problem(document: Document) -> str | None:
    """What is wrong with a reader's document, if anything: blocks must be ordered spans inside its text."""
    if not isinstance(document, Document):
        return f"expected a claimcheck.document.Document, got {type(document).__name__}"
    length = len(document.text)
    previous_end = 0
    for block in document.blocks:
        if not 0 <= block.start <= block.end <= length:
            return f"block [{block.start}, {block.end}) lies outside the text (length {length})"
        if block.start < previous_end:
            return f"block [{block.start}, {block.end}) overlaps the block before it or is out of order"
        previous_end = block.end
    return None


def parse_error_finding(shown: str, error: ParseError) -> Finding:
    """A document that cannot be parsed is itself a finding, at the parser's position."""
    location = Location(error.line, error.column, 0)
    return Finding(
        path=shown,
        code=PARSE_ERROR.code,
        alias=PARSE_ERROR.alias,
        severity=PARSE_ERROR.severity,
        message=f"cannot parse this document: {error.message}",
        start=location,
        end=location,
        fingerprint=f"parse-error:{error.line}:{error.column}",
    )


def _apply_inline_config(document: Document, findings: list[Finding], runtime: Runtime) -> list[Finding]:
    """Drop findings that ``<!-- claimcheck-disable … -->`` comments suppress; add the comments' own problems."""
    settings = runtime.settings
    if not settings.inline_config:
        return findings
    plain_text = settings.text_directives and document.format == "text"
    outcome = apply_suppressions(document, findings, known=runtime.known_names, plain_text=plain_text)
    return outcome.kept + [problem for problem in outcome.problems if problem.code in runtime.selected_codes]


def _read_bytes(path: Path, shown: str, result: RunResult) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as error:
        result.errors.append(f"{shown}: cannot read: {error.strerror or error}")
        return None


def _kept(finding: Finding, document: Document, runtime: Runtime) -> bool:
    for _, keep in call_each(runtime.manager, "claimcheck_filter_finding", finding=finding, document=document, settings=runtime.settings):
        if keep is False:
            return False
    return True
