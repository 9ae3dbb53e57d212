"""Where one process's time goes: start-up, reading, and checking cold and warm.

Run from the repository root:

    python benchmarks/phases.py [FOLDER]   # default: the 645 statements of ../shared/corpus-bench

A run of ``claimcheck check`` pays, once per process, for things a second
pass over the same files does not: compiling the rule patterns it reaches
and RE2 building the states of its automata as new text goes through them.
This script reads every Markdown file of FOLDER, checks the documents once
(cold), then reads and checks them again in the same process (warm), and
prints each phase.  The difference between the two checking passes is that
per-process warm-up: what every ``--jobs`` worker pays again, and what
separates a short run's throughput from a long one's.
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpus-bench" / "whitehouse-statements-645.tar.xz"


def _start_up_seconds() -> float:
    """Wall time of ``claimcheck check`` on an empty Markdown file: interpreter, imports, packs (cached), report."""
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.md"
        empty.write_text("", encoding="utf-8")
        command = [sys.executable, "-m", "claimcheck", "check", "--isolated", "--exit-zero", "--output-format", "json", "-o", "/dev/null", str(empty)]
        subprocess.run(command, check=True)  # fills the pack cache
        best = float("inf")
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(command, check=True)
            best = min(best, time.perf_counter() - started)
    return best


def _corpus(folder: Path | None, scratch: Path) -> list[Path]:
    if folder is None:
        with tarfile.open(ARCHIVE) as archive:
            archive.extractall(scratch, filter="data")
        folder = scratch
    return sorted(path for path in folder.rglob("*.md") if path.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, help="Markdown files to check (default: the 645 statements)")
    arguments = parser.parse_args()

    from claimcheck.config import default_settings
    from claimcheck.engine import check_document
    from claimcheck.runtime import build_runtime

    with tempfile.TemporaryDirectory() as scratch:
        paths = _corpus(arguments.folder, Path(scratch))
        sources = [path.read_bytes().decode("utf-8", "replace") for path in paths]
    megabytes = sum(len(source.encode("utf-8")) for source in sources) / 1e6

    started = time.perf_counter()
    runtime = build_runtime(default_settings(ROOT))
    runtime_seconds = time.perf_counter() - started
    reader = runtime.readers[".md"]

    def read_all() -> tuple[list, float]:
        started = time.perf_counter()
        documents = [reader.read(source, path=str(path)) for source, path in zip(sources, paths)]
        return documents, time.perf_counter() - started

    def check_all(documents: list) -> float:
        started = time.perf_counter()
        for document in documents:
            check_document(document, runtime.rule_set)
        return time.perf_counter() - started

    documents, read_cold = read_all()
    check_cold = check_all(documents)
    documents, read_warm = read_all()  # new documents: nothing cached on them, only in the process
    check_warm = check_all(documents)
    start_up = _start_up_seconds()

    print(f"claimcheck phases — CPython {platform.python_version()}, {platform.machine()}")
    print(f"{len(paths)} Markdown files, {megabytes:.2f} MB\n")
    print(f"{'phase':50} {'seconds':>8} {'MB/s':>7}")
    print(f"{'start-up (check of an empty file, whole process)':50} {start_up:8.3f}")
    print(f"{'  of which building the runtime (in process)':50} {runtime_seconds:8.3f}")
    print(f"{'read, first pass':50} {read_cold:8.3f} {megabytes / read_cold:7.1f}")
    print(f"{'check, first pass (cold: compile, warm up)':50} {check_cold:8.3f} {megabytes / check_cold:7.1f}")
    print(f"{'read, second pass':50} {read_warm:8.3f} {megabytes / read_warm:7.1f}")
    print(f"{'check, second pass (warm)':50} {check_warm:8.3f} {megabytes / check_warm:7.1f}")
    print(f"{'warm-up paid once per process':50} {check_cold - check_warm:8.3f}")
    one_run = start_up + read_cold + check_cold
    steady = read_warm + check_warm
    print(f"\nOne process, as a run pays it: {one_run:.2f} s, {megabytes / one_run:.1f} MB/s (report writing not counted)")
    print(f"Steady state, warm, no start-up: {steady:.2f} s, {megabytes / steady:.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
