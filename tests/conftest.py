"""Shared fixtures: run the command line in-process, in a temporary project."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import settings

from claimcheck.cli import main

# Property tests draw the same examples on every run, so CI cannot fail on a new random draw;
# `pytest --hypothesis-profile=explore` searches afresh (and a failure found there becomes a test).
settings.register_profile("default", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None, max_examples=1000)
settings.load_profile("default")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def _pack_cache(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Loaded packs are cached in a folder of the test session, never in the user's cache folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLAIMCHECK_PACK_CACHE", str(tmp_path_factory.mktemp("pack-cache")))
        yield


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., CliResult]:
    """Run ``claimcheck ARGS`` in-process with ``tmp_path`` as the working directory.

    The results cache lives outside ``tmp_path`` (tests list the files they
    made there); tests of the cache itself set their own folder.
    """
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path.parent / f"{tmp_path.name}-cache"))

    def run(*args: str) -> CliResult:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_subprocess(*args: str, cwd: Path, env: dict[str, str] | None = None) -> CliResult:
    """Run ``python -m claimcheck ARGS`` in a child process (for entry points, real installs)."""
    completed = subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    return CliResult(completed.returncode, completed.stdout, completed.stderr)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8", newline="")
    return path


def check_report(cli: Callable[..., "CliResult"], tmp_path: Path, text: str, *, select: str | None = None, quiet: bool = False) -> dict:
    """``claimcheck check`` of ``text`` written as ``doc.md`` (only the rules ``select`` names, if given): the JSON report.

    The probe tests of the rule packs all ask this; ``quiet`` also requires nothing on stderr.
    """
    write(tmp_path / "doc.md", text)
    selection = ("--select", select) if select else ()
    result = cli("check", "doc.md", *selection, "--output-format", "json", "--isolated", "--exit-zero")
    assert result.code == 0, result.err
    if quiet:
        assert result.err == "", result.err
    return json.loads(result.out)


# --- the nato-japan probes (coverage, claims) --------------------------------------------------

#: An opening that puts a text in the nato-japan framework's scope and addresses none of its criteria.
OPENING_EN = (
    "NATO and Japan held talks in Brussels this week. "
    "Officials from NATO and Japan described the exchange as cordial. "
    "NATO and Japan will meet again next year.\n\n"
)
OPENING_FR = (
    "L’OTAN et le Japon ont échangé cette semaine à Bruxelles. "
    "Les responsables de l’OTAN et du Japon ont salué un climat cordial. "
    "L’OTAN et le Japon se reverront l’an prochain.\n\n"
)


def coverage_of(cli: Callable[..., "CliResult"], tmp_path: Path, text: str, *, quiet: bool = True) -> dict:
    """The nato-japan coverage entry of ``text`` (coverage rules only; nothing on stderr unless ``quiet`` is false)."""
    (coverage,) = check_report(cli, tmp_path, text, select="NJ1", quiet=quiet)["coverage"]
    return coverage


def finding_codes(cli: Callable[..., "CliResult"], tmp_path: Path, text: str, *, select: str = "NJ2") -> list[str]:
    """The codes of the findings of the rules ``select`` names on ``text`` (one line), in report order."""
    return [finding["code"] for finding in check_report(cli, tmp_path, text + "\n", select=select)["findings"]]


def addressed(coverage: dict) -> set[str]:
    """The criteria a coverage entry says are addressed."""
    return {item["criterion"] for item in coverage["criteria"] if item["addressed"]}


def criteria_addressed_by(cli: Callable[..., "CliResult"], tmp_path: Path, language: str, passage: str) -> set[str]:
    """The criteria ``passage`` addresses, after the opening of its language (which addresses none); in scope."""
    coverage = coverage_of(cli, tmp_path, (OPENING_EN if language == "en" else OPENING_FR) + passage + "\n")
    assert coverage["in_scope"]
    return addressed(coverage)


def criterion_cases(table: dict, prefix: str) -> list:
    """``pytest.param(criterion, language, passage, ...)`` for a table of criterion -> [(language, passage, ...)]."""
    return [
        pytest.param(criterion, *item, id=f"{prefix}-{criterion}-{index}-{item[0]}")
        for criterion, items in table.items()
        for index, item in enumerate(items)
    ]


#: Another opening that puts a text in scope and addresses no criterion (the traps' and their positives').
PARTNERS_OPENING = {
    "en": "NATO and Japan are partners. NATO and Japan meet often. NATO and Japan share values.\n\n",
    "fr": "L’OTAN et le Japon sont partenaires. L’OTAN et le Japon se rencontrent souvent. L’OTAN et le Japon partagent des valeurs.\n\n",
}


def criteria_addressed_after_partners(cli: Callable[..., "CliResult"], tmp_path: Path, language: str, passage: str) -> set[str]:
    """The criteria ``passage`` addresses after the partners' opening of its language (which addresses none); in scope."""
    text = PARTNERS_OPENING[language] + passage + "\n"
    (coverage,) = check_report(cli, tmp_path, text, select="NJ1", quiet=True)["coverage"]
    assert coverage["in_scope"]
    return {item["criterion"] for item in coverage["criteria"] if item["addressed"]}


#: The nato-japan framework's ten criteria, in its order.
NATO_JAPAN_CRITERIA = [
    "article-9",
    "article-5-scope",
    "cyber-precedent",
    "threat-drivers",
    "defense-spending",
    "nuclear-sharing",
    "regional-reaction",
    "cooperation-areas",
    "institutionalization",
    "strategic-alignment",
]

#: A third in-scope opening that addresses no criterion, for the tests that run every rule on a whole file.
IN_SCOPE_EN = "NATO and Japan are partners. NATO and Japan met in Brussels. NATO and Japan share values.\n\n"
IN_SCOPE_FR = "L’OTAN et le Japon sont partenaires. L’OTAN et le Japon se sont réunis. L’OTAN et le Japon partagent des valeurs.\n\n"


def report_of(cli: Callable[..., "CliResult"], *paths: str) -> dict:
    """The JSON report of ``claimcheck check PATHS`` with every rule (nothing on stderr)."""
    result = cli("check", *paths, "--output-format", "json", "--isolated", "--exit-zero")
    assert result.err == "", result.err
    return json.loads(result.out)


def coverage_entry(report: dict, path: str) -> dict:
    """The nato-japan coverage entry of ``path`` in ``report``."""
    (entry,) = [item for item in report["coverage"] if item["path"] == path and item["framework"] == "nato-japan"]
    return entry


def addressed_in_order(entry: dict) -> list[str]:
    """The criteria a coverage entry says are addressed, in the framework's order."""
    return [result["criterion"] for result in entry["criteria"] if result["addressed"]]


def claim_findings(cli: Callable[..., "CliResult"], tmp_path: Path, sentence: str) -> list[dict]:
    """The findings of the claim rules (NJ2) on ``sentence`` (one line)."""
    return check_report(cli, tmp_path, sentence + "\n", select="NJ2")["findings"]


#: The claim rules of the defence facts (spending target, CCDCOE, GCAP, nuclear sharing, Strategic Concept).
DEFENCE_CODES = ("NJ221", "NJ222", "NJ223", "NJ224", "NJ225", "NJ226", "NJ227", "NJ228")


def defence_findings(cli: Callable[..., "CliResult"], *paths: str) -> list[dict]:
    """The findings of the defence facts' claim rules (DEFENCE_CODES) on ``paths``, checked with those rules only."""
    result = cli("check", *paths, "--select", ",".join(DEFENCE_CODES), "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    return [finding for finding in json.loads(result.out)["findings"] if finding["code"] in DEFENCE_CODES]


def flagged_words(cli: Callable[..., "CliResult"], tmp_path: Path, text: str, select: str) -> list[tuple[str, str]]:
    """(code, flagged words as written) of each finding of the rules ``select`` names on ``text`` (one line)."""
    report = check_report(cli, tmp_path, text + "\n", select=select)
    return [(f["code"], text[f["start"]["offset"] : f["end"]["offset"]]) for f in report["findings"]]


def locate(source: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the n-th ``needle`` in ``source``, computed without the engine.

    Lines end at \\r\\n, \\r or \\n, as editors count them.
    """
    index = -1
    for _ in range(occurrence):
        index = source.index(needle, index + 1)
    before = source[:index].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return line, column


def expected_position(source: str, word: str) -> tuple[int, int, int]:
    """(line, first column, column after the word) of the only occurrence of ``word``, counted by hand."""
    lines = re.split(r"\r\n|\r|\n", source)
    found = [(number, line.index(word)) for number, line in enumerate(lines, 1) if word in line]
    assert len(found) == 1, f"{word!r} must occur once in the fixture"
    number, index = found[0]
    return number, index + 1, index + 1 + len(word)


def assert_position(document, word: str) -> None:
    """The source map puts ``word`` (found in the document's text) where it stands in the source."""
    line, column, end_column = expected_position(document.source, word)
    offset = document.text.index(word)
    start = document.source_map.position(offset)
    end = document.source_map.position(offset + len(word), end=True)
    assert (start.line, start.column) == (line, column), word
    assert (end.line, end.column) == (line, end_column), word
    assert document.source[start.offset : end.offset] == word


def block_rows(document) -> list[tuple]:
    """Each block as (kind, level, section path, text): what a reader's tests compare."""
    return [(block.kind, block.level, block.section, document.text[block.start : block.end]) for block in document.blocks]


def block_labels(document) -> list:
    """The structural label at the start of each block ("paragraph 3 (Title)")."""
    return [document.source_map.label(block.start) for block in document.blocks]
