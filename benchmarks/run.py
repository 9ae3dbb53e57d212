"""Whole-run speed and memory of ``claimcheck check``, against the project's targets.

Run from the repository root (standard library only; any Python 3.9+ will do,
claimcheck itself is run as a subprocess):

    python benchmarks/run.py [--corpus DIR | --generate] [--quick] [--write-results]

Corpus
    By default the 645 real Markdown files of
    ``../shared/corpus-bench/whitehouse-statements-645.tar.xz`` (relative to
    the repository root; ``--tarball PATH`` to change it) are unpacked into a
    temporary folder.  ``--generate`` writes a deterministic corpus of policy
    Markdown in English and French instead (headings, lists, quotes,
    typographic punctuation, NATO/Japan vocabulary), files from 1 KB to 5 MB
    (seeded random sizes).  ``--corpus DIR`` checks any folder.

Measurements (each run is its own child process, so that the peak RSS read
with ``getrusage(RUSAGE_CHILDREN)`` belongs to that one run)
    * ``claimcheck check --isolated --no-cache --exit-zero --jobs 1
      --output-format json -o FILE`` (options kept only if ``--help`` lists
      them) on the whole corpus, every bundled rule pack (the default selection):
      wall time (best of 3), MB/s (1 MB = 10^6 bytes of input files) and
      documents/s;
    * one small file (a generated 2 KB Markdown file): wall time, best of 10 —
      with the rule packs cached as any run leaves them (claimcheck's pack
      cache, in a folder of this benchmark, filled by one untimed run
      first), and again without that cache (a machine's first run);
    * peak RSS on growing shares of the corpus (1/8, 1/4, 1/2, all), each
      holding the corpus's largest file (the peak follows the largest
      document read), for information — more varied text fills bounded
      caches (rules compiled on first use, RE2's DFA states) — and on the
      corpus copied 4 times: against the corpus once, it should not grow
      with the number of files;
    * peak RSS on one large Markdown file (100 MB, the size the target
      names; the corpus's files concatenated and repeated; no file-timeout),
      as a multiple of the file size;
    * wall time of one generated EN/FR NATO-Japan document of 100, 200 and
      400 KB: checking time should grow linearly with the size;
    * ``--jobs 1`` against ``--jobs 2`` when ``claimcheck check --help`` lists
      ``--jobs``: speed-up and whether both reports are identical byte for byte;
      beside it, two references measured in the same run: the machine's own
      ceiling (a busy loop in two processes against one) and the files split
      by hand into two ``--jobs 1`` runs at once (what ``xargs -P 2`` gives);
      and the same two runs on the corpus copied 4 times, a run long enough
      for the start-up one process pays alone to weigh a quarter as much
      (with its one-process throughput, for information);
    * proselint and textlint on the same corpus, when installed.

Alternatives are never downloaded by this script.  Install them once, into
temporary places, then pass their paths (or put them on PATH):

    python -m venv /tmp/benchtools/pl && /tmp/benchtools/pl/bin/pip install proselint
    npm install --prefix /tmp/benchtools/tl textlint textlint-rule-ng-word

    python benchmarks/run.py --proselint /tmp/benchtools/pl/bin/proselint \\
        --textlint /tmp/benchtools/tl/node_modules/.bin/textlint

proselint runs its default checks (``proselint check DIR``); textlint runs
textlint-rule-ng-word only, with 200 deterministic words written into a
temporary ``.textlintrc.json``, from the folder that holds its node_modules.

Targets (the project's issue, 2-core machine): >= 10 MB/s in one process with
every bundled pack; ``--jobs 2`` >= 1.7x faster than ``--jobs 1`` with
identical output; one small file <= 150 ms wall; peak RSS not growing with the
number of files, and <= 20x the size of a single large file.  Each is printed
with PASS or MISS; nothing is tuned to pass.

``--quick`` runs everything once (small file: 3 times), with a 5 MB large file
and without the 4x corpus copy: for trying the script, not for the figures.
``--write-results`` rewrites the "Checking speed" section of
benchmarks/RESULTS.md and keeps its other sections.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "RESULTS.md"
DEFAULT_TARBALL = REPO.parent / "shared" / "corpus-bench" / "whitehouse-statements-645.tar.xz"
SECTION_TITLE = "## Checking speed and memory (whole runs)"

TARGET_MBPS = 10.0
TARGET_SPEEDUP = 1.7
TARGET_SMALL_S = 0.150
TARGET_RSS_FACTOR = 20.0
RSS_GROWTH_TOLERANCE = 1.15  # the corpus copied 4 times may use at most 15 % more than the corpus once

# Runs COMMAND (argv[1:]) with stdout/stderr discarded, prints JSON: wall seconds,
# exit code and the peak RSS (KB on Linux) of the command and its descendants.
# (Popen.wait with a timeout polls with sleeps growing to 50 ms, which rounded every figure up to
# the next poll: the timeout is a timer that kills the child, and wait() blocks until it exits.)
_WRAPPER = r"""
import json, os, resource, subprocess, sys, threading, time
t0 = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
expired = threading.Event()
def stop():
    expired.set()
    child.kill()
timer = threading.Timer(float(os.environ["BENCH_TIMEOUT"]), stop)
timer.start()
rc = child.wait()
wall = time.perf_counter() - t0
timer.cancel()
timeout = expired.is_set()
rc = 0 if timeout else rc
print(json.dumps({"wall": wall, "rc": rc, "timeout": timeout, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


# --------------------------------------------------------------------------- measuring


TIMEOUT = 300.0


#: The environment every measured child gets on top of ours (set in main: claimcheck's pack cache).
CHILD_ENV: dict[str, str] = {}


def _child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a measured child: ours, claimcheck's pack cache, ``extra`` and the time limit."""
    # Measure what an installed tool costs: with PYTHONDONTWRITEBYTECODE set (as on some CI
    # machines) every run would recompile every module, which no real installation does.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(CHILD_ENV)
    env.update(extra or {})
    env["BENCH_TIMEOUT"] = str(TIMEOUT)
    return env


def measure(
    cmd: list[str], cwd: Path | None = None, ok_codes: tuple[int, ...] = (0, 1), env_extra: dict[str, str] | None = None
) -> dict:
    """One run of ``cmd`` in a fresh child: {"wall", "rc", "timeout", "maxrss_kb"}; killed after TIMEOUT s."""
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd], cwd=cwd, capture_output=True, text=True, check=True, env=_child_env(env_extra)
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result["rc"] not in ok_codes:
        detail = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
        raise RuntimeError(f"{' '.join(cmd)} exited {result['rc']}:\n{detail.stderr[-2000:]}")
    return result


def measure_together(cmds: list[list[str]], cwd: Path | None = None, ok_codes: tuple[int, ...] = (0, 1)) -> float:
    """Wall seconds from starting every command of ``cmds`` at once until the last one exits."""
    env = _child_env()
    t0 = time.perf_counter()
    children = [
        subprocess.Popen([sys.executable, "-c", _WRAPPER, *cmd], cwd=cwd, stdout=subprocess.PIPE, text=True, env=env)
        for cmd in cmds
    ]
    outputs = [child.communicate()[0] for child in children]
    wall = time.perf_counter() - t0
    for cmd, out in zip(cmds, outputs):
        if not out.strip():
            raise RuntimeError(f"{' '.join(cmd[:3])} … could not be run")
        result = json.loads(out.strip().splitlines()[-1])
        if result["timeout"] or result["rc"] not in ok_codes:
            raise RuntimeError(f"{' '.join(cmd[:3])} … exited {result['rc']} (timeout: {result['timeout']})")
    return wall


#: A pure-Python loop with no I/O: what two processes can gain on this machine at best.
_BUSY_LOOP = "total = 0\nfor i in range({n}):\n    total += len(str(i * 7919) + 'x')\n"


def parallel_references(files: list[Path], jobs1_cmd: list[str], repeat: int, cwd: Path, ok_codes: tuple[int, ...]) -> dict:
    """What ``--jobs 2`` can be compared with: the machine's own ceiling, and the files split by hand.

    * ``machine``: one process running a busy loop twice against two processes
      running it once each, at the same time.  On a machine whose two cores
      share one physical core, or are shared with other guests, this is below
      ×2, and so is everything else.
    * ``split``: two ``--jobs 1`` runs at once, each given half the files
      (alternately, so both halves hold as many large files) — what a user
      would do with ``xargs -P 2`` — against one run given them all.  It pays
      start-up twice, as worker processes do.
    """
    loop = [sys.executable, "-c", _BUSY_LOOP.format(n=2_000_000)]
    double = [sys.executable, "-c", _BUSY_LOOP.format(n=4_000_000)]
    one = min(measure_together([double], cwd) for _ in range(repeat))
    two = min(measure_together([loop, loop], cwd) for _ in range(repeat))
    ordered = sorted(files, key=lambda path: -path.stat().st_size)
    halves = [[str(path) for path in ordered[0::2]], [str(path) for path in ordered[1::2]]]
    whole = min(measure_together([[*jobs1_cmd, *map(str, files)]], cwd, ok_codes) for _ in range(repeat))
    split = min(measure_together([[*jobs1_cmd, *half] for half in halves], cwd, ok_codes) for _ in range(repeat))
    return {"machine": one / two, "machine_walls": (one, two), "split": whole / split, "split_walls": (whole, split)}


def best_of(
    cmd: list[str], times: int, cwd: Path | None = None, ok_codes: tuple[int, ...] = (0, 1), env_extra: dict[str, str] | None = None
) -> dict:
    runs = []
    for _ in range(times):
        runs.append(measure(cmd, cwd, ok_codes, env_extra))
        if runs[-1]["timeout"]:
            break
    return {"wall": min(r["wall"] for r in runs), "maxrss_kb": max(r["maxrss_kb"] for r in runs), "rc": runs[0]["rc"],
            "runs": [r["wall"] for r in runs], "timeout": all(r["timeout"] for r in runs)}


# --------------------------------------------------------------------------- corpora

EN = [
    "NATO and Japan have deepened their partnership since the 2014 Individual Partnership and Cooperation Programme.",
    "Japan's National Security Strategy raises defence spending to 2 % of GDP by fiscal year 2027.",
    "Undoubtedly, cyber defence and maritime security are the fields where cooperation pays.",
    "China has warned against an “Asian NATO”, and the risk of miscalculation is real.",
    "Article 9 of Japan's constitution limits any a-priori military obligation.",
    "Article 5 of the Washington Treaty has been invoked once, after the attacks of 11 September 2001.",
    "The Alliance recognised in 2014 that a cyber attack could lead to the invocation of Article 5.",
    "Tokyo has taken part in NATO summits since 2022, alongside Australia, New Zealand and South Korea.",
    "Nuclear sharing remains a sensitive question in Japan because of its three non-nuclear principles.",
    "The Individually Tailored Partnership Programme sets out cooperation on space, disinformation and emerging technologies.",
    "Russia's war against Ukraine has shown that security in Europe and in the Indo-Pacific is linked.",
    "It is clearly in everyone's interest to keep the Taiwan Strait open and stable.",
]
FR = [
    "L’OTAN et le Japon ont approfondi leur partenariat depuis le programme de 2014.",
    "La nouvelle stratégie de sécurité nationale porte le budget de défense à 2 % du PIB d’ici 2027.",
    "Sans aucun doute, la cyberdéfense et la sécurité maritime sont des domaines prometteurs.",
    "La Chine a mis en garde contre une « OTAN asiatique » et le risque d’erreur de calcul est réel.",
    "L’article 9 de la Constitution japonaise limite toute obligation militaire a priori.",
    "L’article 5 du traité de Washington n’a été invoqué qu’une fois, après les attentats du 11 septembre 2001.",
    "Depuis 2022, Tokyo participe aux sommets de l’OTAN aux côtés de l’Australie et de la Corée du Sud.",
    "Le partage nucléaire demeure une question délicate au Japon, attaché à ses trois principes non nucléaires.",
    "La guerre de la Russie contre l’Ukraine a montré le lien entre la sécurité de l’Europe et celle de l’Indo-Pacifique.",
    "Il est évidemment dans l’intérêt de tous que le détroit de Taïwan demeure ouvert et stable.",
]
HEADINGS_EN = ["Background", "Cooperation areas", "Regional reactions", "Defence spending", "Article 5 and Article 9", "Outlook"]
HEADINGS_FR = ["Contexte", "Domaines de coopération", "Réactions régionales", "Dépenses de défense", "Articles 5 et 9", "Perspectives"]


def markdown_document(size: int, rng: random.Random, title: str) -> str:
    """About ``size`` bytes of policy Markdown; English or French, picked by ``rng``."""
    french = rng.random() < 0.4
    pool, heads = (FR, HEADINGS_FR) if french else (EN, HEADINGS_EN)
    parts = [f"---\ntitle: {title}\nlang: {'fr' if french else 'en'}\n---\n", f"# {title}\n"]
    total = sum(len(p.encode("utf-8")) + 1 for p in parts)
    n = 0
    while total < size:
        kind = n % 9
        if kind == 0:
            block = f"## {rng.choice(heads)} {n // 9 + 1}\n"
        elif kind == 4:
            block = "\n".join(f"- {rng.choice(pool)}" for _ in range(rng.randint(2, 4))) + "\n"
        elif kind == 7:
            block = f"> {rng.choice(pool)}\n"
        else:
            block = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5))) + "\n"
        parts.append(block)
        total += len(block.encode("utf-8")) + 1
        n += 1
    text = "\n".join(parts)
    return text


def generate_corpus(folder: Path, total_bytes: int, seed: int = 645) -> None:
    """Deterministic Markdown files, 1 KB to 5 MB (skewed towards small files), about ``total_bytes`` in all."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [1_000, 5_000_000]
    while sum(sizes) < total_bytes:
        sizes.append(int(1_000 * 5_000 ** (rng.random() ** 2.5)))
    for i, size in enumerate(sizes):
        sub = folder / ("en-fr" if i % 3 else "policy") / f"part-{i // 50:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"statement-{i:04d}.md").write_text(markdown_document(size, rng, f"Policy statement {i}"), encoding="utf-8")


def markdown_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in (".md", ".markdown"))


def ng_words() -> list[str]:
    """200 deterministic words and phrases for textlint-rule-ng-word."""
    base = (
        "undoubtedly clearly obviously very really basically essentially actually literally arguably "
        "unprecedented historic landmark robust comprehensive transformative groundbreaking seamless "
        "leverage synergy paradigm stakeholders going-forward best-in-class world-class game-changer "
        "impactful holistic ecosystem empower incentivize utilize facilitate operationalize prioritize "
        "cutting-edge state-of-the-art bold ambitious tremendous incredible amazing fantastic terrible "
        "disastrous catastrophic unacceptable outrageous shameful reckless irresponsible heroic"
    ).split()
    adverbs = ["very", "truly", "deeply", "highly", "extremely", "absolutely", "totally", "fully", "widely", "strongly"]
    adjectives = [
        "important", "committed", "concerned", "grateful", "proud", "significant", "successful", "effective",
        "critical", "productive", "constructive", "unique", "essential", "urgent", "strong", "vital",
    ]
    rng = random.Random(200)
    words = list(dict.fromkeys(base))
    pairs = [f"{a} {b}" for a in adverbs for b in adjectives]
    rng.shuffle(pairs)
    for pair in pairs:
        if len(words) >= 200:
            break
        words.append(pair)
    return words[:200]


# --------------------------------------------------------------------------- tools


def find_claimcheck(option: str | None) -> list[str]:
    if option:
        return [option]
    venv = REPO / ".venv" / "bin" / "claimcheck"
    if venv.exists():
        return [str(venv)]
    found = shutil.which("claimcheck")
    if found:
        return [found]
    return [sys.executable, "-m", "claimcheck"]


def check_options(claimcheck: list[str]) -> set[str]:
    text = subprocess.run([*claimcheck, "check", "--help"], capture_output=True, text=True, check=True).stdout
    return {opt for opt in ("--jobs", "--no-cache", "--isolated", "--exit-zero") if opt in text}


def tool_version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else "?"


def machine() -> dict:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip() or "?"
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    except OSError:
        commit, dirty = "?", ""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cores": cores,
        "cpu": model,
        "python": f"{platform.python_implementation()} {platform.python_version()} {platform.machine()}",
        "commit": commit + (" (src/ modified)" if dirty else ""),
        "date": _dt.date.today().isoformat(),
    }


# --------------------------------------------------------------------------- main


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "MISS")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--corpus", type=Path, metavar="DIR", help="check this folder instead of the bundled corpus")
    src.add_argument("--generate", action="store_true", help="write and check a deterministic generated corpus")
    ap.add_argument("--tarball", type=Path, default=DEFAULT_TARBALL, help="the corpus archive (default: %(default)s)")
    ap.add_argument("--generate-mb", type=float, default=25.0, help="size of the generated corpus in MB (default 25)")
    ap.add_argument("--quick", action="store_true", help="one run of each measurement, smaller large file")
    ap.add_argument("--large-mb", type=float, default=None, help="size of the single large file (default 100, the target's; quick 5)")
    ap.add_argument("--claimcheck", metavar="PATH", help="the claimcheck executable (default: .venv/bin/claimcheck)")
    ap.add_argument("--proselint", metavar="PATH", help="proselint executable (default: proselint on PATH)")
    ap.add_argument("--textlint", metavar="PATH", help="node_modules/.bin/textlint (default: textlint on PATH)")
    ap.add_argument("--timeout", type=float, default=300.0, help="stop a run after this many seconds (default 300)")
    ap.add_argument("--write-results", action="store_true", help="update benchmarks/RESULTS.md")
    args = ap.parse_args(argv)

    global TIMEOUT
    TIMEOUT = args.timeout
    repeat = 1 if args.quick else 3
    small_repeat = 3 if args.quick else 10
    large_mb = args.large_mb if args.large_mb is not None else (5.0 if args.quick else 100.0)

    claimcheck = find_claimcheck(args.claimcheck)
    options = check_options(claimcheck)
    base = [*claimcheck, "check"]
    if "--isolated" in options:
        base.append("--isolated")
    if "--no-cache" in options:
        base.append("--no-cache")
    if "--exit-zero" in options:
        base.append("--exit-zero")  # then any exit code but 0 is a failure, not findings
    base += ["--output-format", "json"]
    cc_ok = (0,) if "--exit-zero" in options else (0, 1)
    parallel_base = list(base)
    if "--jobs" in options:
        base += ["--jobs", "1"]  # the default is every core: the one-process figures need one
    info = machine()
    info["claimcheck"] = tool_version([*claimcheck, "--version"]).split()[-1]

    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp_name:
        tmp = Path(tmp_name)
        # ---- corpus
        if args.corpus:
            corpus = args.corpus.resolve()
            corpus_name = str(args.corpus)
        elif args.generate:
            corpus = tmp / "generated"
            generate_corpus(corpus, int(args.generate_mb * 1_000_000))
            corpus_name = f"generated (seed 645, {args.generate_mb:g} MB target, 1 KB–5 MB files, EN/FR Markdown)"
        else:
            if not args.tarball.exists():
                ap.error(f"{args.tarball} not found: pass --tarball, --corpus DIR or --generate")
            with tarfile.open(args.tarball) as archive:
                archive.extractall(tmp / "unpacked")
            tops = [p for p in (tmp / "unpacked").iterdir()]
            corpus = tops[0] if len(tops) == 1 and tops[0].is_dir() else tmp / "unpacked"
            corpus_name = args.tarball.name
        files = markdown_files(corpus)
        if not files:
            ap.error(f"no Markdown files in {corpus}")
        corpus_bytes = sum(p.stat().st_size for p in files)
        mb = corpus_bytes / 1e6
        info["corpus"] = f"{corpus_name}: {len(files)} Markdown files, {mb:.2f} MB"
        print(f"claimcheck {info['claimcheck']} — {info['python']} — {info['cores']} cores, {info['cpu']} — commit {info['commit']}")
        print(f"corpus: {info['corpus']}")
        print(f"options detected: {', '.join(sorted(options)) or 'none'}; {'quick run' if args.quick else f'best of {repeat}'}")
        print()

        # claimcheck keeps loaded rule packs in the user's cache folder: measure the state of any
        # machine after its first run (one untimed run fills it), in a folder of this benchmark.
        if "CLAIMCHECK_PACK_CACHE" not in os.environ:
            CHILD_ENV["CLAIMCHECK_PACK_CACHE"] = str(tmp / "pack-cache")
        warm_up = tmp / "warm-up.md"
        warm_up.write_text("# Warm-up\n\nNATO and Japan.\n", encoding="utf-8")
        measure([*base, "-o", os.devnull, str(warm_up)], cwd=tmp, ok_codes=cc_ok)

        rows: list[tuple[str, str, str, str]] = []  # what, figure, target, verdict
        res: dict = {"machine": info}
        report = tmp / "report.json"

        # ---- whole corpus, one process
        run = best_of([*base, "-o", str(report), str(corpus)], repeat, cwd=tmp, ok_codes=cc_ok)
        mbps = mb / run["wall"]
        res["corpus"] = {"wall": run["wall"], "mbps": mbps, "docs_per_s": len(files) / run["wall"], "maxrss_kb": run["maxrss_kb"]}
        if run["timeout"]:
            res["corpus"]["timeout"] = True
            print(f"whole corpus: did not finish in {TIMEOUT:g} s (--timeout)")
            rows.append(("throughput, 1 process, all packs", f"< {mbps:.2f} MB/s (did not finish in {TIMEOUT:g} s)", f">= {TARGET_MBPS:g} MB/s", "MISS"))
        else:
            data = json.loads(report.read_text(encoding="utf-8"))
            findings = len(data.get("findings", []))
            if len(data.get("files", [])) != len(files):
                raise SystemExit(f"claimcheck checked {len(data.get('files', []))} files, not {len(files)}: the measurement would be wrong")
            res["corpus"]["findings"] = findings
            print(f"whole corpus: {run['wall']:.2f} s (runs {', '.join(f'{w:.2f}' for w in run['runs'])}), {findings} findings")
            rows.append(("throughput, 1 process, all packs", f"{mbps:.2f} MB/s ({len(files) / run['wall']:.0f} docs/s, {run['wall']:.2f} s)", f">= {TARGET_MBPS:g} MB/s", verdict(mbps >= TARGET_MBPS)))

        # ---- one small file
        small = tmp / "small" / "small.md"
        small.parent.mkdir()
        small.write_text(markdown_document(2_000, random.Random(2), "Small statement"), encoding="utf-8")
        run = best_of([*base, "-o", os.devnull, str(small)], small_repeat, cwd=tmp, ok_codes=cc_ok)
        res["small"] = {"bytes": small.stat().st_size, "wall": run["wall"], "maxrss_kb": run["maxrss_kb"]}
        print(f"small file ({small.stat().st_size} B): {run['wall'] * 1000:.0f} ms best of {small_repeat}")
        rows.append((f"one small file ({small.stat().st_size / 1000:.1f} KB), whole process", f"{run['wall'] * 1000:.0f} ms", f"<= {TARGET_SMALL_S * 1000:.0f} ms", verdict(run["wall"] <= TARGET_SMALL_S)))
        cold = best_of([*base, "-o", os.devnull, str(small)], small_repeat, cwd=tmp, ok_codes=cc_ok, env_extra={"CLAIMCHECK_PACK_CACHE": "off"})
        res["small_cold"] = {"wall": cold["wall"]}
        print(f"small file, packs not cached (a machine's first run): {cold['wall'] * 1000:.0f} ms best of {small_repeat}")
        rows.append(("the same, packs not cached (first run on a machine)", f"{cold['wall'] * 1000:.0f} ms", "(no target)", "—"))

        # ---- peak RSS against the number of files
        # Peak memory follows the largest document a run reads; every share holds the corpus's
        # largest file, so that what is left to see is what grows with the number of files.
        scale_dir = tmp / "scale"
        largest = max(files, key=lambda path: path.stat().st_size)
        others = [path for path in files if path != largest]
        shares = [(f"1/8 ({len(files) // 8} files)", [largest, *others[: max(0, len(files) // 8 - 1)]]),
                  (f"1/4 ({len(files) // 4} files)", [largest, *others[: max(0, len(files) // 4 - 1)]]),
                  (f"1/2 ({len(files) // 2} files)", [largest, *others[: max(0, len(files) // 2 - 1)]]),
                  (f"all ({len(files)} files)", files)]
        rss_points = []
        scale_timeout = False
        for label, subset in shares:
            target = scale_dir / label.split()[0].replace("/", "_")
            for i, f in enumerate(subset):
                dest = target / f"{i:05d}{f.suffix}"
                dest.parent.mkdir(parents=True, exist_ok=True)
                os.link(f, dest) if f.stat().st_dev == dest.parent.stat().st_dev else shutil.copyfile(f, dest)
            r = measure([*base, "-o", os.devnull, str(target)], cwd=tmp, ok_codes=cc_ok)
            rss_points.append((label, len(subset), r["maxrss_kb"]))
            scale_timeout = scale_timeout or r["timeout"]
        if not args.quick:
            target = scale_dir / "x4"
            for copy in range(4):
                for i, f in enumerate(files):
                    dest = target / f"copy{copy}" / f"{i:05d}{f.suffix}"
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(f, dest)
            r = measure([*base, "-o", os.devnull, str(target)], cwd=tmp, ok_codes=cc_ok)
            rss_points.append((f"4 copies ({4 * len(files)} files)", 4 * len(files), r["maxrss_kb"]))
            scale_timeout = scale_timeout or r["timeout"]
        res["rss_vs_files"] = rss_points
        print("peak RSS by number of files: " + "; ".join(f"{label}: {kb / 1024:.0f} MB" for label, _, kb in rss_points))
        # Reading more *different* text fills caches that are bounded whatever the run (rules compiled
        # on first use, RE2's DFA states, up to max_mem): the shares show it, for information. What
        # grows with the number of files alone is the corpus against the same corpus copied 4 times.
        variety = rss_points[len(shares) - 1][2] / rss_points[0][2]
        rows.append((f"peak RSS, {rss_points[0][1]} → {rss_points[len(shares) - 1][1]} different files", f"{rss_points[0][2] / 1024:.0f} → {rss_points[len(shares) - 1][2] / 1024:.0f} MB (×{variety:.2f}; compiled rules and RE2 caches fill up)", "(information)", "—"))
        if len(rss_points) > len(shares):
            growth = rss_points[-1][2] / rss_points[len(shares) - 1][2]
            rows.append((f"peak RSS, {rss_points[len(shares) - 1][1]} → {rss_points[-1][1]} files (the corpus ×4)", f"{rss_points[len(shares) - 1][2] / 1024:.0f} → {rss_points[-1][2] / 1024:.0f} MB (×{growth:.2f})", f"flat (≤ ×{RSS_GROWTH_TOLERANCE:g})", "n/a (a run timed out)" if scale_timeout else verdict(growth <= RSS_GROWTH_TOLERANCE)))

        # ---- one large file: the corpus's own text, concatenated and repeated
        large = tmp / "large" / "large.md"
        large.parent.mkdir()
        want = int(large_mb * 1_000_000)
        with large.open("wb") as out:
            written = 0
            while written < want:
                for f in files:
                    chunk = f.read_bytes() + b"\n\n"
                    out.write(chunk)
                    written += len(chunk)
                    if written >= want:
                        break
        large_bytes = large.stat().st_size
        no_budget = ["--file-timeout", "0"] if "--file-timeout" in options else []  # a 100 MB file outlasts the default budget
        r = measure([*base, *no_budget, "-o", os.devnull, str(large)], cwd=tmp, ok_codes=cc_ok)
        factor = r["maxrss_kb"] * 1024 / large_bytes
        res["large"] = {"bytes": large_bytes, "wall": r["wall"], "maxrss_kb": r["maxrss_kb"], "factor": factor, "timeout": r["timeout"]}
        if r["timeout"]:
            print(f"large file ({large_bytes / 1e6:.1f} MB): did not finish in {TIMEOUT:g} s; peak RSS unknown")
            rows.append((f"peak RSS, one {large_bytes / 1e6:.0f} MB file", f"did not finish in {TIMEOUT:g} s", f"<= ×{TARGET_RSS_FACTOR:g}", "MISS"))
        else:
            print(f"large file ({large_bytes / 1e6:.1f} MB, the corpus concatenated): {r['wall']:.2f} s, {large_bytes / 1e6 / r['wall']:.2f} MB/s, peak RSS {r['maxrss_kb'] / 1024:.0f} MB")
            rows.append((f"peak RSS, one {large_bytes / 1e6:.0f} MB file", f"{r['maxrss_kb'] / 1024:.0f} MB (×{factor:.1f} the file; ×{max(r['maxrss_kb'] - res['small']['maxrss_kb'], 0) * 1024 / large_bytes:.1f} net of start-up)", f"<= ×{TARGET_RSS_FACTOR:g}", verdict(factor <= TARGET_RSS_FACTOR)))

        # ---- time against the size of one document dense in framework vocabulary (generated)
        dense = []
        for kb in ((50, 100, 200) if args.quick else (100, 200, 400)):
            g = tmp / "dense" / f"dense-{kb}.md"
            g.parent.mkdir(exist_ok=True)
            g.write_text(markdown_document(kb * 1000, random.Random(20), "Dense statement"), encoding="utf-8")
            r = measure([*base, "-o", os.devnull, str(g)], cwd=tmp, ok_codes=cc_ok)
            dense.append((kb, r["wall"], r["maxrss_kb"]))
        res["dense"] = dense
        ratio = (dense[-1][1] - res["small"]["wall"]) / max(dense[-2][1] - res["small"]["wall"], 1e-9)
        print("one generated EN/FR NATO-Japan document: " + "; ".join(f"{kb} KB: {w:.2f} s" for kb, w, _ in dense)
              + f" (x2 size → x{ratio:.1f} time, start-up subtracted)")
        rows.append((f"time vs size, one generated document {dense[0][0]}–{dense[-1][0]} KB", "; ".join(f"{kb} KB {w:.1f} s" for kb, w, _ in dense) + f" (×2 size → ×{ratio:.1f})", "linear (×2 → ≤ ×2.5)", verdict(ratio <= 2.5)))

        # ---- --jobs 1 against --jobs 2
        if "--jobs" in options:
            out1, out2 = tmp / "jobs1.json", tmp / "jobs2.json"
            j1 = best_of([*parallel_base, "--jobs", "1", "-o", str(out1), str(corpus)], repeat, cwd=tmp, ok_codes=cc_ok)
            j2 = best_of([*parallel_base, "--jobs", "2", "-o", str(out2), str(corpus)], repeat, cwd=tmp, ok_codes=cc_ok)
            same = not (j1["timeout"] or j2["timeout"]) and out1.read_bytes() == out2.read_bytes()
            speedup = j1["wall"] / j2["wall"]
            res["jobs"] = {"jobs1": j1["wall"], "jobs2": j2["wall"], "speedup": speedup, "identical": same, "jobs2_maxrss_kb": j2["maxrss_kb"]}
            print(f"--jobs 1: {j1['wall']:.2f} s; --jobs 2: {j2['wall']:.2f} s; outputs identical: {same}")
            if j1["timeout"] or j2["timeout"]:
                rows.append(("--jobs 2 against --jobs 1", f"did not finish in {TIMEOUT:g} s", f">= ×{TARGET_SPEEDUP:g}, identical", "MISS"))
            else:
                rows.append(("--jobs 2 against --jobs 1", f"×{speedup:.2f} ({j1['wall']:.2f} s → {j2['wall']:.2f} s), output {'identical' if same else 'DIFFERENT'}", f">= ×{TARGET_SPEEDUP:g}, identical", verdict(speedup >= TARGET_SPEEDUP and same)))
                refs = parallel_references(markdown_files(corpus), [*base, "-o", os.devnull], repeat, tmp, cc_ok)
                res["jobs"]["references"] = refs
                print(f"two busy-loop processes against one: ×{refs['machine']:.2f}; "
                      f"the files split by hand into two --jobs 1 runs at once: ×{refs['split']:.2f}")
                rows.append(("(reference) two busy-loop processes against one, same work", f"×{refs['machine']:.2f} ({refs['machine_walls'][0]:.2f} s → {refs['machine_walls'][1]:.2f} s)", "(the machine's ceiling)", "—"))
                rows.append(("(reference) the files split by hand: two --jobs 1 runs at once", f"×{refs['split']:.2f} ({refs['split_walls'][0]:.2f} s → {refs['split_walls'][1]:.2f} s)", "(what xargs -P 2 gives)", "—"))
                longer = scale_dir / "x4"
                if longer.is_dir():
                    # About 0.1 s of every run is start-up that one process pays alone; on a run four
                    # times as long it weighs a quarter as much, which is what a whole archive sees.
                    out1, out2 = tmp / "jobs1-x4.json", tmp / "jobs2-x4.json"
                    k1 = best_of([*parallel_base, "--jobs", "1", "-o", str(out1), str(longer)], repeat, cwd=tmp, ok_codes=cc_ok)
                    k2 = best_of([*parallel_base, "--jobs", "2", "-o", str(out2), str(longer)], repeat, cwd=tmp, ok_codes=cc_ok)
                    if not (k1["timeout"] or k2["timeout"]):
                        same_x4 = out1.read_bytes() == out2.read_bytes()
                        speedup_x4 = k1["wall"] / k2["wall"]
                        size_mb = sum(path.stat().st_size for path in markdown_files(longer)) / 1e6
                        res["jobs"]["x4"] = {"jobs1": k1["wall"], "jobs2": k2["wall"], "speedup": speedup_x4, "identical": same_x4, "mb": size_mb}
                        print(f"the corpus x4 ({size_mb:.1f} MB): --jobs 1: {k1['wall']:.2f} s ({size_mb / k1['wall']:.2f} MB/s); "
                              f"--jobs 2: {k2['wall']:.2f} s; outputs identical: {same_x4}")
                        rows.append((f"--jobs 2 against --jobs 1, the corpus ×4 ({4 * len(files)} files, {size_mb:.1f} MB)", f"×{speedup_x4:.2f} ({k1['wall']:.2f} s → {k2['wall']:.2f} s), output {'identical' if same_x4 else 'DIFFERENT'}", f">= ×{TARGET_SPEEDUP:g}, identical", verdict(speedup_x4 >= TARGET_SPEEDUP and same_x4)))
                        rows.append((f"(information) throughput, 1 process, the corpus ×4", f"{size_mb / k1['wall']:.2f} MB/s ({k1['wall']:.2f} s; start-up weighs a quarter as much)", "—", "—"))
        else:
            res["jobs"] = None
            print("--jobs: not available in this claimcheck — skipped")
            rows.append(("--jobs 2 against --jobs 1", "--jobs not available — skipped", f">= ×{TARGET_SPEEDUP:g}, identical", "n/a"))

        # ---- alternatives
        alternatives = []
        proselint = args.proselint or shutil.which("proselint")
        if proselint and Path(proselint).exists():
            version = tool_version([proselint, "version"])
            r = best_of([proselint, "check", str(corpus)], repeat, cwd=tmp)
            rs = measure([proselint, "check", str(small)], cwd=tmp)
            alternatives.append((f"proselint {version.split()[-1]}", "its default checks", r, rs))
        else:
            alternatives.append(("proselint", "not installed — skipped", None, None))
        textlint = args.textlint or shutil.which("textlint")
        if textlint and Path(textlint).exists():
            bin_path = Path(textlint).absolute()
            home = bin_path.parent.parent.parent if bin_path.parent.name == ".bin" else Path.cwd()
            config = tmp / "textlint" / ".textlintrc.json"
            config.parent.mkdir()
            config.write_text(json.dumps({"rules": {"ng-word": {"words": ng_words()}}}, indent=1), encoding="utf-8")
            version = tool_version([str(bin_path), "--version"])
            cmd = [str(bin_path), "--config", str(config), "-f", "compact"]
            r = best_of([*cmd, str(corpus)], repeat, cwd=home)
            rs = measure([*cmd, str(small)], cwd=home)
            alternatives.append((f"textlint {version.lstrip('v')}", "textlint-rule-ng-word, 200 words", r, rs))
        else:
            alternatives.append(("textlint", "not installed — skipped", None, None))
        res["alternatives"] = [
            {"tool": name, "setup": setup, "wall": r["wall"] if r else None, "mbps": mb / r["wall"] if r else None,
             "small_wall": rs["wall"] if rs else None, "maxrss_kb": r["maxrss_kb"] if r else None}
            for name, setup, r, rs in alternatives
        ]

    # ---- print
    print()
    print(f"{'target':<52} {'measured':<72} {'goal':<22} result")
    for what, figure, goal, ok in rows:
        print(f"{what:<52} {figure:<72} {goal:<22} {ok}")
    print()
    side = side_by_side(res, mb, len(files))
    print(side)

    if args.write_results:
        write_results(res, rows, side, args)
        print(f"\nwrote {RESULTS.relative_to(REPO)}")
    return 0


def side_by_side(res: dict, mb: float, n_files: int) -> str:
    c = res["corpus"]
    lines = [f"{'tool':<18} {'setup':<34} {'wall':>8} {'MB/s':>7} {'docs/s':>7} {'peak RSS':>9} {'1 small file':>13} {'claimcheck/other time':>22}"]
    mark = ">" if c.get("timeout") else " "
    lines.append(f"{'claimcheck':<18} {'every bundled pack':<34}{mark}{c['wall']:>7.2f}s {c['mbps']:>7.2f} {c['docs_per_s']:>7.0f} {c['maxrss_kb'] / 1024:>7.0f}MB {res['small']['wall'] * 1000:>11.0f}ms {'1.00':>22}")
    for alt in res["alternatives"]:
        if alt["wall"] is None:
            lines.append(f"{alt['tool']:<18} {alt['setup']}")
            continue
        lines.append(
            f"{alt['tool']:<18} {alt['setup']:<34} {alt['wall']:>7.2f}s {alt['mbps']:>7.2f} {n_files / alt['wall']:>7.0f} "
            f"{alt['maxrss_kb'] / 1024:>7.0f}MB {alt['small_wall'] * 1000:>11.0f}ms {c['wall'] / alt['wall']:>22.2f}"
        )
    return "\n".join(lines)


def write_results(res: dict, rows: list, side: str, args: argparse.Namespace) -> None:
    m = res["machine"]
    command = " ".join(["python benchmarks/run.py", *(a for a in sys.argv[1:] if a != "--write-results")])
    rss = "\n".join(f"| {label} | {kb / 1024:.0f} MB |" for label, _, kb in res["rss_vs_files"])
    section = f"""{SECTION_TITLE}

`{command}` — claimcheck {m['claimcheck']}, commit {m['commit']}, {m['date']},
{m['cores']} cores ({m['cpu']}), {m['python']}.
Corpus: {m['corpus']}.
Each figure is one `claimcheck check --isolated --no-cache --exit-zero --output-format json -o FILE`
(`--jobs 1` except in the parallel row) process with every bundled rule pack, run in its own child (wall time: best of {1 if args.quick else 3};
small file: best of {3 if args.quick else 10}); peak RSS is `getrusage(RUSAGE_CHILDREN).ru_maxrss` of that child.

| target (2-core machine) | measured | goal | result |
|---|---|---|---|
""" + "\n".join(f"| {w} | {f} | {g} | {v} |" for w, f, g, v in rows) + f"""

Same corpus, same machine, same run:

```
{side}
```

Peak RSS by number of files (the files are the first ones of the corpus in name order):

| files | peak RSS |
|---|---|
{rss}

Large file: {res['large']['bytes'] / 1e6:.1f} MB (the corpus's files concatenated, repeated) checked in {res['large']['wall']:.2f} s
({res['large']['bytes'] / 1e6 / res['large']['wall']:.2f} MB/s), peak RSS {res['large']['maxrss_kb'] / 1024:.0f} MB.

The alternatives are never downloaded by the script; to include them:

```sh
python -m venv /tmp/benchtools/pl && /tmp/benchtools/pl/bin/pip install proselint
npm install --prefix /tmp/benchtools/tl textlint textlint-rule-ng-word
python benchmarks/run.py --proselint /tmp/benchtools/pl/bin/proselint \\
    --textlint /tmp/benchtools/tl/node_modules/.bin/textlint --write-results
```
"""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    head, sep, rest = text.partition(SECTION_TITLE)
    if sep:
        nxt = rest.find("\n## ")
        tail = rest[nxt + 1:] if nxt >= 0 else ""
        text = head + section.rstrip() + "\n" + ("\n" + tail if tail else "")
    else:
        text = text.rstrip() + "\n\n" + section.rstrip() + "\n"
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
