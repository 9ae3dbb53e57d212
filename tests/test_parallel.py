"""``--jobs N``: checking in worker processes gives the report ``--jobs 1`` gives, byte for byte.

The command line runs in child processes: process pools and pytest's
in-process output capture do not mix.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import run_subprocess, write

from claimcheck.parallel import MAX_CHUNK, MIN_BYTES, plan_chunks, worth_parallel
from claimcheck.run import ConfigResolver, _files

ENGLISH = (
    "# Statement {n}\n"
    "\n"
    "The Alliance will undoubtedly adapt, and everyone knows that deterrence works.\n"
    "Allies utilize shared networks in the Asia-Pacific.\n"
    "\n"
)
CLEAN = "The evidence suggests the Alliance must adapt; partners share assessments and plans.\n\n"
FRENCH = (
    "# Déclaration {n}\n"
    "\n"
    "Le Japon, sans aucun doute, s’engage : c’est l’Asie-Pacifique.\n"
    "Au jour d’aujourd’hui, de toute évidence la menace a changé.\n"
    "\n"
)

RAISING_RULE = textwrap.dedent(
    '''
    from claimcheck.finding import Severity
    from claimcheck.plugins import hookimpl
    from claimcheck.rules.model import Rule, Scope

    class Boom:
        prefilter = ()
        def check(self, document, spans):
            raise ZeroDivisionError("division by zero in my checker")

    @hookimpl
    def claimcheck_rules(settings):
        return [Rule(code="BM001", alias="boom", type="python", severity=Severity.ERROR,
                     message="{match}", scope=Scope.DOCUMENT, checker=Boom())]
    '''
)

RAISING_FILTER = textwrap.dedent(
    '''
    from claimcheck.plugins import hookimpl

    @hookimpl
    def claimcheck_filter_finding(finding, document, settings):
        if document.path.endswith("fr-06.md"):
            raise RuntimeError("cannot decide")
        return None
    '''
)


def _corpus(folder: Path) -> Path:
    """40 files, mostly Markdown, half as large again as ``MIN_BYTES``: ``--jobs 2`` uses worker processes."""
    repeats = MIN_BYTES // (36 * 100) + 20
    for n in range(36):
        if n % 3 == 0:
            text = "".join(FRENCH.format(n=f"{n}.{i}") for i in range(repeats))
            write(folder / "docs" / f"fr-{n:02d}.md", text)
        elif n % 3 == 1:
            text = "".join(ENGLISH.format(n=f"{n}.{i}") for i in range(repeats))
            write(folder / "docs" / f"en-{n:02d}.md", text)
        else:
            write(folder / "docs" / "clean" / f"clean-{n:02d}.md", CLEAN * repeats)
    write(folder / "docs" / "broken.xml", "<doc><p>Japan will undoubtedly join.</doc>\n")
    write(folder / "docs" / "image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    write(folder / "docs" / "cp.md", b"caf\xe9 undoubtedly\n")
    write(folder / "docs" / "empty.md", "")
    return folder


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CLAIMCHECK_NO_CACHE", None)
    env["CLAIMCHECK_CACHE_DIR"] = str(tmp_path.parent / f"{tmp_path.name}-cache")
    return env


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _corpus(tmp_path_factory.mktemp("parallel"))


def test_the_corpus_is_large_enough_for_worker_processes(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus)
    resolver = ConfigResolver(config_file=None, isolated=False, adjust=lambda settings: settings, blocked=())
    items = list(_files([Path("docs")], resolver, None))
    assert len(items) == 40
    assert worth_parallel(items, jobs=2)
    assert not worth_parallel(items[:3], jobs=2)
    assert not worth_parallel(items, jobs=1)
    markdown = [item for item in items if item[0].suffix == ".md"]
    assert worth_parallel(markdown, jobs=2)


@pytest.mark.parametrize("output_format", ["json", "concise", "full"])
def test_two_jobs_report_exactly_what_one_job_reports(corpus: Path, tmp_path: Path, output_format: str) -> None:
    env = _env(tmp_path)
    one = run_subprocess("check", "docs", "--no-cache", "--jobs", "1", "--output-format", output_format, cwd=corpus, env=env)
    two = run_subprocess("check", "docs", "--no-cache", "--jobs", "2", "--output-format", output_format, cwd=corpus, env=env)
    assert one.code == 2  # broken.xml cannot be parsed
    assert "docs/broken.xml" in one.err and "cp1252" in one.err and "docs/image.md" in one.err
    assert one.out.count("PS101") > 20
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)


def test_exit_code_for_findings_is_the_same(corpus: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    markdown = sorted(path.relative_to(corpus).as_posix() for path in (corpus / "docs").glob("*.md"))
    args = ("check", "docs/clean", *markdown, "--no-cache", "--fail-on", "info")  # all but broken.xml
    one = run_subprocess(*args, "-j", "1", cwd=corpus, env=env)
    two = run_subprocess(*args, "-j", "2", cwd=corpus, env=env)
    assert one.code == 1
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)


def test_with_the_cache_two_jobs_fill_it_and_read_it_back(corpus: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    reference = run_subprocess("check", "docs", "--no-cache", "-j", "1", "--output-format", "json", cwd=corpus, env=env)
    filled = run_subprocess("check", "docs", "-j", "2", "--output-format", "json", cwd=corpus, env=env)
    read_back = run_subprocess("check", "docs", "-j", "2", "--output-format", "json", cwd=corpus, env=env)
    assert any(Path(env["CLAIMCHECK_CACHE_DIR"]).iterdir())
    for run in (filled, read_back):
        assert (run.code, run.out, run.err) == (reference.code, reference.out, reference.err)


def test_coverage_is_the_same_with_two_jobs(corpus: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    one = run_subprocess("coverage", "docs", "--output-format", "json", "-j", "1", cwd=corpus, env=env)
    two = run_subprocess("coverage", "docs", "--output-format", "json", "-j", "2", cwd=corpus, env=env)
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)


def test_a_rule_that_raises_in_a_worker_is_reported_as_in_process(tmp_path: Path) -> None:
    project = _corpus(tmp_path / "project")
    write(project / "boom_plugin.py", RAISING_RULE)
    write(project / "claimcheck.toml", 'plugins = ["boom_plugin.py"]\n')
    env = _env(tmp_path)
    one = run_subprocess("check", "docs", "--no-cache", "-j", "1", "--output-format", "concise", cwd=project, env=env)
    two = run_subprocess("check", "docs", "--no-cache", "-j", "2", "--output-format", "concise", cwd=project, env=env)
    assert one.code == 2
    assert "docs/en-01.md: rule BM001 from plugin 'boom_plugin' (hook claimcheck_rules) raised: ZeroDivisionError" in one.err
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)


def test_a_filter_hook_that_raises_in_a_worker_stops_the_run_as_in_process(tmp_path: Path) -> None:
    project = _corpus(tmp_path / "project")
    write(project / "picky_plugin.py", RAISING_FILTER)
    write(project / "claimcheck.toml", 'plugins = ["picky_plugin.py"]\n')
    env = _env(tmp_path)
    one = run_subprocess("check", "docs", "--no-cache", "-j", "1", cwd=project, env=env)
    two = run_subprocess("check", "docs", "--no-cache", "-j", "2", cwd=project, env=env)
    assert one.code == 2
    assert one.err == (
        "claimcheck: error: plugin 'picky_plugin' raised in claimcheck_filter_finding: RuntimeError: cannot decide\n"
    )
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)


def test_a_tiny_run_with_two_jobs_stays_in_process_and_works(tmp_path: Path) -> None:
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "The evidence suggests the Alliance must adapt.\n")
    result = run_subprocess("check", ".", "--no-cache", "--jobs", "2", "--output-format", "concise", cwd=tmp_path, env=_env(tmp_path))
    assert result.code == 0
    assert result.out.startswith("a.md:1:12: PS101 ")
    assert result.err == ""


def test_standard_input_is_checked_in_process_whatever_the_jobs(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", "-", "--jobs", "4", "--output-format", "concise"],
        cwd=tmp_path, env=_env(tmp_path), input="Japan will undoubtedly join.\n", capture_output=True, text=True, timeout=120,
    )
    assert completed.stdout.startswith("stdin.md:1:12: PS101 ")


def test_jobs_must_be_a_positive_number(tmp_path: Path) -> None:
    result = run_subprocess("check", ".", "--jobs", "0", cwd=tmp_path, env=_env(tmp_path))
    assert result.code == 2
    assert "--jobs: expected 1 or more, got 0" in result.err


def test_spawned_workers_build_their_own_runtimes(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where ``fork`` is not used, workers get only the resolver's inputs, which must pickle."""
    import multiprocessing

    from claimcheck import parallel
    from claimcheck.cli import build_parser
    from claimcheck.commands import _resolver
    from claimcheck.run import check_file

    monkeypatch.chdir(corpus)
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    resolver = _resolver(build_parser().parse_args(["check", "--no-cache", "--select", "PS"]), overrides=True)
    items = list(_files([Path("docs")], resolver, None))
    expected = [check_file(path, runtime, None) for path, runtime, _ in items]
    assert list(parallel.check_in_workers(items, resolver, jobs=2)) == expected
    assert any(outcome.result.findings for outcome in expected)


# Scheduling: largest files first, so that the workers finish together.


def test_chunks_send_the_largest_files_first_each_alone_when_large() -> None:
    sizes = [10, 5_000_000, 20, 30, 3_000_000, 40]
    chunks = plan_chunks(sizes, jobs=2)
    assert chunks[0] == [1] and chunks[1] == [4]  # each big file alone, the biggest first
    assert sorted(index for chunk in chunks for index in chunk) == list(range(len(sizes)))
    assert chunks[2:] == [[5, 3, 2, 0]]  # the small ones together, largest first


def test_chunks_hold_at_most_max_chunk_files() -> None:
    chunks = plan_chunks([100] * 100, jobs=2)
    assert all(len(chunk) <= MAX_CHUNK for chunk in chunks)
    assert [index for chunk in chunks for index in chunk] == list(range(100))  # equal sizes: in order


def test_outcomes_come_back_in_discovery_order_when_the_largest_file_is_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last file is checked first; its outcome waits for its turn."""
    from claimcheck import parallel
    from claimcheck.run import check_file

    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(8):
        (docs / f"{number}.md").write_text(f"Brief {number}: Japan will undoubtedly join.\n", encoding="utf-8")
    (docs / "9-large.md").write_text("Japan will undoubtedly join.\n\n" * 20_000, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    resolver = ConfigResolver(config_file=None, isolated=True, adjust=lambda settings: settings, blocked=())
    items = list(_files([Path("docs")], resolver, None))
    assert plan_chunks([path.stat().st_size for path, _, _ in items], jobs=2)[0] == [8]
    expected = [check_file(path, runtime, None) for path, runtime, _ in items]
    assert list(parallel.check_in_workers(items, resolver, jobs=2)) == expected


def test_the_parent_checks_files_too_between_the_workers_outcomes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --jobs 2, one worker process and this one share the chunks; the outcomes are those of one process."""
    from claimcheck import parallel
    from claimcheck.run import check_file

    docs = tmp_path / "docs"
    docs.mkdir()
    for number in range(40):
        (docs / f"{number:02d}.md").write_text(f"Brief {number}: Japan will undoubtedly join.\n" * (number + 1) * 5, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    resolver = ConfigResolver(config_file=None, isolated=True, adjust=lambda settings: settings, blocked=())
    items = list(_files([Path("docs")], resolver, None))
    expected = [check_file(path, runtime, None) for path, runtime, _ in items]
    here: list[int] = []
    check_here = parallel._check_here
    monkeypatch.setattr(parallel, "_check_here", lambda indexes, *rest: here.extend(indexes) or check_here(indexes, *rest))
    assert list(parallel.check_in_workers(items, resolver, jobs=2)) == expected
    assert 0 < len(here) < len(items)  # some chunks here, the others in the worker


def test_a_cache_that_cannot_be_written_is_reported_once_whatever_the_jobs(corpus: Path, tmp_path: Path) -> None:
    """The cache's warning is the run's notice, said once, and not also a log line of whichever process met it."""
    blocker = write(tmp_path / "not-a-folder", "a file where the cache folder should go\n")
    env = _env(tmp_path)
    args = ("check", "docs", "--cache-dir", str(blocker / "cache"), "--output-format", "json")
    one = run_subprocess(*args, "-j", "1", cwd=corpus, env=env)
    two = run_subprocess(*args, "-j", "2", cwd=corpus, env=env)
    warnings = [line for line in one.err.splitlines() if "cache" in line]
    assert warnings == [f"claimcheck: {blocker / 'cache'}: cannot write the results cache ({os.strerror(errno.ENOTDIR)}); caching is off for this run"]
    assert (two.code, two.out, two.err) == (one.code, one.out, one.err)
