"""Checking files in several processes: what ``--jobs N`` does.

The parent discovers the files and resolves each one's configuration, as a
one-process run does; then it and ``N - 1`` worker processes read and check
them. A worker sends back one :class:`~claimcheck.run.FileOutcome` per file
— findings, coverage, errors, notices and fail level as plain picklable
data. Outcomes come back in discovery order, so the merged run, and every
byte of its report, is the one ``--jobs 1`` gives.

The parent checks files too, between collecting the workers' outcomes: with
``N`` workers and an idle parent, three processes took turns on two cores
(the parent spent 60 ms unpickling outcomes), and ``--jobs 2`` on the 645
statements of the benchmark went from ×1.42 to ×1.50 against ``--jobs 1``.

Compiled RE2 patterns cannot be pickled, so runtimes never travel: each worker
has its own :class:`~claimcheck.run.ConfigResolver`, built from the inputs of
the parent's (config file, ``--isolated``, overrides, blocked plugins) and
building each runtime the first time a file needs it. With the ``fork`` start
method (Linux and other Unixes but macOS, where fork is unsafe) the workers
start with a copy of the parent's resolver and the runtimes it already built
— about 0.15 s of plugin loading and rule compiling saved per worker; with
``spawn`` they build them from the inputs.

Files are sent as paths, a chunk at a time, largest files first so that
the processes finish together (:func:`plan_chunks`), with a bounded number
of chunks in flight: the queue never holds more than a few chunks, however
many files the run has; the parent takes the next chunk whenever the
outcome whose turn it is has not come back yet. Outcomes that come back before their turn wait in the
parent — findings and coverage, which the run keeps for its report anyway;
file bytes never leave the workers.

Small runs stay in the parent process (:func:`worth_parallel`). Measured on a
2-core machine: starting a forked pool of two and collecting its results costs
about 13 ms (4 tiny files: 4 ms in one process, 17 ms with two workers), and
checking runs at about 4 MB/s, 1.5–2 ms a file, per core. With a free second
core, two workers should win from about 0.1 MB (estimated from these figures:
the other core was busy with other work while they were measured); on a
machine whose other core is busy (CI runners, other jobs) they lose a little
at any size (0.64 MB in 128 files: 187 ms in one process, 204 ms with two).
:data:`MIN_BYTES` = 0.5 MB keeps that loss small (≈ 10 %) and leaves the
expected gain on a free machine large; :data:`MIN_FILES_PER_JOB` = 2 keeps
every worker busy.
Standard input, ``--fix`` and ``--diff`` always run in one process: they
keep every file's bytes in the parent anyway.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from claimcheck.errors import ClaimcheckError
from claimcheck.run import ConfigResolver, FileOutcome, check_file
from claimcheck.runtime import Runtime

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future

__all__ = ["MIN_BYTES", "MIN_FILES_PER_JOB", "check_in_workers", "default_jobs", "plan_chunks", "worth_parallel"]

#: A run with fewer files than this many per worker stays in one process.
MIN_FILES_PER_JOB = 2

#: A run with fewer bytes than this (summed file sizes) stays in one process.
MIN_BYTES = 500_000

#: The most files sent to a worker at once; smaller chunks balance better, larger ones cost less to send.
MAX_CHUNK = 16

#: Chunks waiting or being checked, per worker: bounds memory whatever the number of files.
CHUNKS_IN_FLIGHT_PER_JOB = 4

_resolver: ConfigResolver | None = None
"""The worker's resolver (set by :func:`_start_worker`)."""

_inherited: ConfigResolver | None = None
"""The parent's resolver while a forking pool starts: forked workers begin with a copy of it."""


def default_jobs() -> int:
    """Every core: ``os.cpu_count()``, or 1 when it cannot be told."""
    return os.cpu_count() or 1


def worth_parallel(items: Sequence[tuple[Path, Runtime, bytes | None]], *, jobs: int) -> bool:
    """Whether checking ``items`` in ``jobs`` processes is likely to be faster than in this one."""
    if jobs < 2 or len(items) < MIN_FILES_PER_JOB * jobs:
        return False
    total = 0
    for path, _, data in items:
        if data is not None:
            total += len(data)
        else:
            try:
                total += path.stat().st_size
            except OSError:
                continue  # the worker reports it, as the one-process run would
        if total >= MIN_BYTES:
            return True
    return False


def check_in_workers(
    items: Sequence[tuple[Path, Runtime, bytes | None]], resolver: ConfigResolver, *, jobs: int
) -> Iterator[FileOutcome]:
    """Check the discovered files in ``jobs`` worker processes; outcomes come back in ``items`` order.

    ``items`` must be files on disk (``data`` None): standard input is
    checked in the parent. An exception a worker raised (a plugin error, say)
    is raised here, where the first file of its chunk comes in ``items``
    order, as the one-process run raises it.
    """
    # Imported here: multiprocessing and concurrent.futures cost 40 ms of start-up, and most runs
    # (one file from an editor or pre-commit) stay in one process.
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    global _inherited
    paths = [path for path, _, data in items]
    chunks = iter(plan_chunks([_size(path) for path in paths], jobs=jobs))
    context = _context()
    _inherited = resolver if context.get_start_method() == "fork" else None
    # This process checks files too: a pool of jobs - 1 workers, and no third process on two cores
    # taking turns with the other two to unpickle outcomes.
    executor = ProcessPoolExecutor(
        max_workers=jobs - 1, mp_context=context, initializer=_start_worker, initargs=(resolver.inputs,)
    )
    pending: "dict[Future[list[FileOutcome]], list[int]]" = {}
    ready: dict[int, FileOutcome | BaseException] = {}

    def submit(count: int) -> None:
        for indexes in itertools.islice(chunks, count):
            pending[executor.submit(_check_chunk, [paths[index] for index in indexes])] = indexes

    def collect(done: "Iterable[Future[list[FileOutcome]]]") -> None:
        for future in done:
            indexes = pending.pop(future)
            error = future.exception()
            if error is not None:
                ready[min(indexes)] = error
            else:
                ready.update(zip(indexes, future.result()))
        submit(len(done))

    try:
        submit((jobs - 1) * CHUNKS_IN_FLIGHT_PER_JOB)
        following = 0
        while following < len(paths):
            while following not in ready:
                done = [future for future in pending if future.done()]
                if done:
                    collect(done)
                    continue
                mine = next(chunks, None)
                if mine is not None:
                    ready.update(_check_here(mine, paths, resolver))
                elif pending:
                    collect(wait(pending, return_when=FIRST_COMPLETED)[0])
                else:  # cannot happen: every chunk was checked here or is in flight
                    raise RuntimeError(f"claimcheck: the outcome of {paths[following]} was lost")
            outcome = ready.pop(following)
            if isinstance(outcome, BaseException):
                raise outcome
            following += 1
            yield outcome
    except BrokenProcessPool as error:
        executor.shutdown(wait=True, cancel_futures=True)
        raise ClaimcheckError(
            f"a worker process stopped unexpectedly ({error}); run again with --jobs 1 to see which file stops it"
        ) from None
    except BaseException:
        executor.shutdown(wait=True, cancel_futures=True)
        raise
    else:
        executor.shutdown(wait=True)
    finally:
        _inherited = None


def _check_here(indexes: list[int], paths: list[Path], resolver: ConfigResolver) -> dict[int, "FileOutcome | BaseException"]:
    """Check a chunk in this process, answering as a worker would: its outcomes, or the error at its first file."""
    try:
        return dict(zip(indexes, (check_file(paths[index], resolver.runtime_for(paths[index]), None) for index in indexes)))
    except Exception as error:
        return {min(indexes): error}


def plan_chunks(sizes: Sequence[int], *, jobs: int) -> list[list[int]]:
    """The files (indexes into ``sizes``) to send to a worker at a time, largest files first.

    One 5 MB report among a thousand memos takes as long as all of them: sent
    last, it would keep one worker busy while the others wait. Files are
    sent largest first (the longest-processing-time-first rule of job
    scheduling), a large file alone, small ones together — up to
    :data:`MAX_CHUNK` files or an equal share of the bytes, so that the
    workers finish together.
    """
    total = sum(sizes)
    share = max(1, total // (jobs * CHUNKS_IN_FLIGHT_PER_JOB * 4))
    chunks: list[list[int]] = []
    current: list[int] = []
    current_bytes = 0
    for index in sorted(range(len(sizes)), key=lambda index: (-sizes[index], index)):
        current.append(index)
        current_bytes += sizes[index]
        if len(current) == MAX_CHUNK or current_bytes >= share:
            chunks.append(current)
            current, current_bytes = [], 0
    if current:
        chunks.append(current)
    return chunks


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the worker reports it, as the one-process run would


def _context() -> "multiprocessing.context.BaseContext":
    import multiprocessing

    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _start_worker(inputs: dict[str, object]) -> None:
    global _resolver
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    _resolver = _inherited if _inherited is not None else ConfigResolver(**inputs)  # type: ignore[arg-type]


def _check_chunk(paths: list[Path]) -> list[FileOutcome]:
    assert _resolver is not None, "the worker's initializer did not run"
    return [check_file(path, _resolver.runtime_for(path), None) for path in paths]
