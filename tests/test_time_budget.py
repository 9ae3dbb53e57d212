"""A per-file time budget (``file-timeout``): a rule or reader that runs too long is reported, and the run moves on.

A plugin's rule that loops forever must not hang pre-commit or CI. The
budget stops the file's check, the error names the file, the budget and what
was running (exit 2), the findings of the rules that had finished are kept,
and the other files are checked as usual. The time bounds below only guard
against a hang; nothing here measures speed.
"""

from __future__ import annotations

import json
import signal
import textwrap
import threading
import time
from pathlib import Path

import pytest

from conftest import run_subprocess, write

from claimcheck.budget import FileTimeout, time_budget
from claimcheck.config import DEFAULT_FILE_TIMEOUT, load_settings
from claimcheck.errors import ConfigError
from claimcheck.run import ConfigResolver, check_paths

#: A run whose budget stops a file must finish well within this: only a guard against a hang.
HANG_GUARD = 20.0

SLOW_RULES = textwrap.dedent(
    '''
    import time
    from claimcheck.finding import Severity
    from claimcheck.plugins import hookimpl
    from claimcheck.rules.model import Hit, Rule, Scope

    class Slow:
        """Loops forever (or sleeps) on a document saying LOOP (or SLEEP), swallowing every Exception."""
        prefilter = ()
        def check(self, document, spans):
            try:
                if "LOOP" in document.text:
                    while True:
                        pass
                if "SLEEP" in document.text:
                    time.sleep(100)
                if "NAP" in document.text:
                    time.sleep(0.6)
            except Exception:  # a careless rule: the budget must stop it all the same
                pass
            return []

    class Late:
        """Reports the first word: runs after Slow, so shows whether later rules ran."""
        prefilter = ()
        def check(self, document, spans):
            return [Hit(0, document.text.index(" "))]

    @hookimpl
    def claimcheck_rules(settings):
        return [
            Rule(code="SLOW001", alias="slow", type="python", severity=Severity.ERROR,
                 message="slow", scope=Scope.DOCUMENT, checker=Slow()),
            Rule(code="LATE001", alias="late", type="python", severity=Severity.WARNING,
                 message="late: {match}", scope=Scope.DOCUMENT, checker=Late()),
        ]
    '''
)

HANGING_READER = textwrap.dedent(
    '''
    from claimcheck.plugins import hookimpl

    class Hang:
        name = "hang"
        extensions = (".hang",)
        def read(self, source, *, path):
            while True:
                pass

    @hookimpl
    def claimcheck_readers(settings):
        return [Hang()]
    '''
)

HANGING_FILTER = textwrap.dedent(
    '''
    from claimcheck.plugins import hookimpl

    @hookimpl
    def claimcheck_filter_finding(finding, document, settings):
        if "LOOP" in document.text:
            while True:
                pass
        return None
    '''
)


def _slow_project(folder: Path) -> None:
    write(folder / "slow.py", SLOW_RULES)
    write(folder / "claimcheck.toml", 'plugins = ["slow.py"]\n')


def _stopped_in_rule(path: str, seconds: str) -> str:
    return (
        f"claimcheck: error: {path}: checking stopped after {seconds} s (file-timeout) while rule SLOW001 "
        "from plugin 'slow' (hook claimcheck_rules) was running; later rules did not run on this file\n"
    )


def _findings(out: str) -> list[tuple[str, str]]:
    return [(finding["path"], finding["code"]) for finding in json.loads(out)["findings"]]


# -- a rule that runs too long ------------------------------------------------------


def test_a_rule_that_loops_forever_is_stopped_and_the_next_file_is_checked(cli, tmp_path: Path) -> None:
    _slow_project(tmp_path)
    write(tmp_path / "a.md", "LOOP. Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    started = time.monotonic()
    result = cli("check", "a.md", "b.md", "--file-timeout", "0.5", "--output-format", "json")
    assert time.monotonic() - started < HANG_GUARD
    assert result.code == 2
    assert result.err == _stopped_in_rule("a.md", "0.5")
    # PS101 (a pack rule, before SLOW001) finished on a.md and is kept; LATE001 (after it) did not run there.
    assert _findings(result.out) == [("a.md", "PS101"), ("b.md", "LATE001"), ("b.md", "PS101")]


def test_a_rule_that_sleeps_is_stopped(cli, tmp_path: Path) -> None:
    _slow_project(tmp_path)
    write(tmp_path / "a.md", "SLEEP. Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    started = time.monotonic()
    result = cli("check", "a.md", "b.md", "--file-timeout", "0.5", "--output-format", "concise")
    assert time.monotonic() - started < HANG_GUARD
    assert result.code == 2
    assert result.err == _stopped_in_rule("a.md", "0.5")
    assert result.out.startswith("a.md:1:19: PS101 ")
    assert "b.md:1:1: LATE001 [warning] late: It\n" in result.out


def test_the_budget_comes_from_the_config(cli, tmp_path: Path) -> None:
    write(tmp_path / "slow.py", SLOW_RULES)
    write(tmp_path / "claimcheck.toml", 'plugins = ["slow.py"]\nfile-timeout = 0.25\n')
    write(tmp_path / "a.md", "LOOP. Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--output-format", "concise")
    assert result.code == 2
    assert result.err == _stopped_in_rule("a.md", "0.25")


def test_a_reader_that_hangs_is_named(cli, tmp_path: Path) -> None:
    write(tmp_path / "hang_reader.py", HANGING_READER)
    write(tmp_path / "claimcheck.toml", 'plugins = ["hang_reader.py"]\n')
    write(tmp_path / "a.hang", "Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    started = time.monotonic()
    result = cli("check", "a.hang", "b.md", "--file-timeout", "0.5", "--output-format", "concise")
    assert time.monotonic() - started < HANG_GUARD
    assert result.code == 2
    assert result.err == (
        "claimcheck: error: a.hang: checking stopped after 0.5 s (file-timeout) while reader 'hang' "
        "from plugin 'hang_reader' (hook claimcheck_readers) was running; no findings are reported for this file\n"
    )
    assert result.out.startswith("b.md:1:7: PS101 ")


def test_a_filter_hook_that_hangs_is_named(cli, tmp_path: Path) -> None:
    write(tmp_path / "hang_filter.py", HANGING_FILTER)
    write(tmp_path / "claimcheck.toml", 'plugins = ["hang_filter.py"]\n')
    write(tmp_path / "a.md", "LOOP. Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    result = cli("check", "a.md", "b.md", "--file-timeout", "0.5", "--output-format", "concise")
    assert result.code == 2
    assert result.err == (
        "claimcheck: error: a.md: checking stopped after 0.5 s (file-timeout) while plugin 'hang_filter' "
        "(hook claimcheck_filter_finding) was running; no findings are reported for this file\n"
    )
    assert result.out.startswith("b.md:1:7: PS101 ")


def test_coverage_takes_the_option_too(cli, tmp_path: Path) -> None:
    _slow_project(tmp_path)
    write(tmp_path / "a.md", "LOOP. Japan will undoubtedly join.\n")
    result = cli("coverage", "a.md", "--file-timeout", "0.5")
    assert result.code == 2
    assert result.err == _stopped_in_rule("a.md", "0.5")


# -- the cache ------------------------------------------------------------------------


def test_a_stopped_file_is_never_cached(cli, tmp_path: Path) -> None:
    _slow_project(tmp_path)
    write(tmp_path / "a.md", "LOOP. Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    cache = tmp_path / "cache"
    args = ("check", "a.md", "b.md", "--file-timeout", "0.5", "--cache-dir", str(cache), "--output-format", "json")
    first = cli(*args)
    assert any(cache.rglob("*")), "b.md should have been cached"
    second = cli(*args)
    for run in (first, second):
        assert run.code == 2
        assert run.err == _stopped_in_rule("a.md", "0.5")
        assert _findings(run.out) == [("a.md", "PS101"), ("b.md", "LATE001"), ("b.md", "PS101")]


# -- worker processes -------------------------------------------------------------------


def _large_project(folder: Path) -> None:
    """Enough bytes and files for ``--jobs 2`` to use worker processes; one file loops."""
    _slow_project(folder)
    paragraph = "The Alliance will undoubtedly adapt; partners share assessments and plans.\n\n"
    for n in range(8):
        text = ("LOOP. " if n == 3 else "") + paragraph * 1_000  # ≈ 77 kB each, ≈ 0.6 MB in all
        write(folder / "docs" / f"doc-{n}.md", text)


def test_worker_processes_stop_a_rule_as_one_process_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.parallel import worth_parallel
    from claimcheck.run import _files

    project = tmp_path / "project"
    _large_project(project)
    monkeypatch.chdir(project)
    resolver = ConfigResolver(config_file=None, isolated=False, adjust=lambda settings: settings, blocked=())
    assert worth_parallel(list(_files([Path("docs")], resolver, None)), jobs=2)
    env = {**__import__("os").environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    args = ("check", "docs", "--no-cache", "--file-timeout", "2", "--output-format", "concise")
    started = time.monotonic()
    two = run_subprocess(*args, "--jobs", "2", cwd=project, env=env)
    assert time.monotonic() - started < HANG_GUARD
    one = run_subprocess(*args, "--jobs", "1", cwd=project, env=env)
    assert two.code == 2
    assert two.err == _stopped_in_rule("docs/doc-3.md", "2")
    assert "docs/doc-4.md:1:1: LATE001" in two.out and "docs/doc-3.md:1:1: LATE001" not in two.out
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)


def test_spawned_worker_processes_stop_a_rule_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where ``fork`` is not used (macOS), workers start afresh: the alarm works there as well."""
    import multiprocessing

    from claimcheck import parallel
    from claimcheck.commands import _Overrides
    from claimcheck.run import _files

    project = tmp_path / "project"
    _large_project(project)
    monkeypatch.chdir(project)
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    resolver = ConfigResolver(config_file=None, isolated=False, adjust=_Overrides(cache=False, file_timeout=2.0), blocked=())
    items = list(_files([Path("docs")], resolver, None))
    started = time.monotonic()
    outcomes = list(parallel.check_in_workers(items, resolver, jobs=2))
    assert time.monotonic() - started < HANG_GUARD
    errors = [error for outcome in outcomes for error in outcome.result.errors]
    assert errors == [_stopped_in_rule("docs/doc-3.md", "2")[len("claimcheck: error: ") : -1]]


# -- where there is no alarm -----------------------------------------------------------------


def test_outside_the_main_thread_the_engine_stops_between_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No SIGALRM outside the main thread: a slow rule is reported once it returns, and later rules do not run."""
    _slow_project(tmp_path)
    write(tmp_path / "a.md", "NAP. Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    monkeypatch.chdir(tmp_path)
    resolver = ConfigResolver(
        config_file=tmp_path / "claimcheck.toml",
        isolated=False,
        adjust=lambda settings: settings.with_overrides(cache=False, file_timeout=0.2),
        blocked=(),
    )
    handler = signal.getsignal(signal.SIGALRM)
    results = []
    thread = threading.Thread(target=lambda: results.append(check_paths([Path("a.md"), Path("b.md")], resolver)))
    thread.start()
    thread.join(HANG_GUARD)
    assert not thread.is_alive()
    [result] = results
    assert result.errors == [_stopped_in_rule("a.md", "0.2")[len("claimcheck: error: ") : -1]]
    assert [(finding.path, finding.code) for finding in result.findings] == [("a.md", "PS101"), ("b.md", "LATE001"), ("b.md", "PS101")]
    assert signal.getsignal(signal.SIGALRM) is handler


# -- turning it off, and the signal handler ---------------------------------------------------


def test_zero_turns_the_budget_off(cli, tmp_path: Path) -> None:
    _slow_project(tmp_path)
    write(tmp_path / "claimcheck.toml", 'plugins = ["slow.py"]\nfile-timeout = 0.1\n')
    write(tmp_path / "a.md", "NAP. Japan will undoubtedly join.\n")  # SLOW001 sleeps 0.6 s, then returns
    stopped = cli("check", "a.md", "--output-format", "concise")
    assert stopped.code == 2 and "checking stopped after 0.1 s" in stopped.err
    finished = cli("check", "a.md", "--file-timeout", "0", "--output-format", "concise")
    assert (finished.code, finished.err) == (0, "")
    assert "a.md:1:1: LATE001 [warning] late: NAP.\n" in finished.out
    write(tmp_path / "claimcheck.toml", 'plugins = ["slow.py"]\nfile-timeout = false\n')
    assert cli("check", "a.md", "--output-format", "concise").code == 0


def test_a_zero_budget_leaves_the_alarm_alone() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    with time_budget(0) as budget:
        assert budget.deadline is None
        assert signal.getsignal(signal.SIGALRM) is handler
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_previous_alarm_handler_and_timer_are_restored_after_a_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _slow_project(tmp_path)
    write(tmp_path / "a.md", "LOOP. Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    monkeypatch.chdir(tmp_path)
    rang: list[int] = []

    def mine(signum, frame) -> None:
        rang.append(signum)

    previous = signal.signal(signal.SIGALRM, mine)
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        resolver = ConfigResolver(
            config_file=tmp_path / "claimcheck.toml",
            isolated=False,
            adjust=lambda settings: settings.with_overrides(cache=False, file_timeout=0.3),
            blocked=(),
        )
        result = check_paths([Path("a.md"), Path("b.md")], resolver)
        assert result.errors == [_stopped_in_rule("a.md", "0.3")[len("claimcheck: error: ") : -1]]
        assert signal.getsignal(signal.SIGALRM) is mine
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 50 < remaining <= 100  # our timer runs on, as if claimcheck had not been there
        assert rang == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_the_stop_is_not_an_exception_a_rule_can_swallow() -> None:
    assert not issubclass(FileTimeout, Exception)
    with pytest.raises(FileTimeout):
        with time_budget(0.05):
            try:
                while True:
                    pass
            except Exception:  # what a careless rule does
                pass


# -- configuration ---------------------------------------------------------------------------------


def test_the_default_is_sixty_seconds(cli, tmp_path: Path) -> None:
    assert DEFAULT_FILE_TIMEOUT == 60
    result = cli("config", "--isolated")
    assert "\nfile-timeout = 60.0\n" in result.out


def test_config_shows_a_budget_turned_off(cli, tmp_path: Path) -> None:
    write(tmp_path / "claimcheck.toml", "file-timeout = 0\n")
    assert "\nfile-timeout = false\n" in cli("config").out
    write(tmp_path / "claimcheck.toml", "file-timeout = 2.5\n")
    assert "\nfile-timeout = 2.5\n" in cli("config").out


@pytest.mark.parametrize(
    ("value", "got"),
    [('"abc"', '"abc"'), ("-1", "-1"), ("-0.5", "-0.5"), ("true", "true"), ("nan", "nan"), ("inf", "inf"), ("[1]", "list")],
)
def test_a_wrong_value_names_the_file_and_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, got: str) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "claimcheck.toml", f"file-timeout = {value}\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(Path("claimcheck.toml"))
    assert str(caught.value) == (
        f"claimcheck.toml: 'file-timeout' must be a number of seconds above 0, or 0 or false for no limit, got {got}"
    )


def test_in_pyproject_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nfile-timeout = 5\n")
    assert load_settings(Path("pyproject.toml")).file_timeout == 5.0
    write(tmp_path / "pyproject.toml", '[tool.claimcheck]\nfile-timeout = "5"\n')
    with pytest.raises(ConfigError, match=r"^pyproject.toml: 'file-timeout' must be a number of seconds"):
        load_settings(Path("pyproject.toml"))


def test_a_wrong_value_in_the_config_stops_the_run(cli, tmp_path: Path) -> None:
    write(tmp_path / "claimcheck.toml", 'file-timeout = "abc"\n')
    write(tmp_path / "a.md", "Text.\n")
    result = cli("check", "a.md")
    assert result.code == 2
    assert result.err == (
        f"claimcheck: error: {Path.cwd() / 'claimcheck.toml'}: 'file-timeout' must be a number of seconds above 0, "
        'or 0 or false for no limit, got "abc"\n'
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", "argument --file-timeout: expected a number of seconds, got 'abc'"),
        ("-1", "argument --file-timeout: expected a number of seconds above 0, or 0 for no limit, got -1"),
        ("inf", "argument --file-timeout: expected a number of seconds above 0, or 0 for no limit, got inf"),
    ],
)
def test_a_wrong_option_value_is_a_usage_error(cli, tmp_path: Path, value: str, message: str) -> None:
    result = cli("check", ".", f"--file-timeout={value}")
    assert result.code == 2
    assert result.err.startswith("usage: claimcheck check ")
    assert result.err.endswith(f"\nclaimcheck: error: {message}\n")
