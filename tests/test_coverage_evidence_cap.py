"""A coverage result lists the first MAX_EVIDENCE passages of evidence and counts them all.

A dense document can hold tens of thousands of passages for one criterion;
the first ones show that and where it is addressed.  Expected positions are
counted from the fixture text (``locate``), never taken from the engine.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from claimcheck.cache import ResultCache
from claimcheck.document import SourceMap
from claimcheck.engine import MAX_EVIDENCE
from claimcheck.finding import CoverageResult, Evidence, FileCoverage, Location

from conftest import locate, write

IN_SCOPE = "# NATO and Japan\n\nNATO and Japan are partners. NATO and Japan met in Brussels. NATO and Japan share values.\n\n## Exercises\n\n"

# Evidence for cyber-precedent (NJ103) that needs no context: each name is a passage on its own.
NAMES = ("Locked Shields", "Cyber Coalition", "CCDCOE")


def _passages(count: int) -> tuple[str, list[str]]:
    """A Markdown brief in scope for nato-japan with ``count`` passages of cyber-precedent evidence, one per list item.

    The passages stand at different columns, one is emphasised (its source position is not its
    text position), and one item has two passages.
    """
    lines = []
    needles = []
    number = 0
    while number < count:
        name = NAMES[number % len(NAMES)]
        padding = "Japanese " * (number % 3)
        if number == 4:
            lines.append(f"- In {2011 + number}, {padding}officers watched *{name}* from the sidelines.")
            needles.append(name)
        elif number == 6 and number + 1 < count:
            second = NAMES[(number + 1) % len(NAMES)]
            lines.append(f"- In {2011 + number}, officers watched {name}, then {second}.")
            needles += [name, second]
            number += 1
        else:
            lines.append(f"- In {2011 + number}, {padding}officers watched {name}.")
            needles.append(name)
        number += 1
    return IN_SCOPE + "\n".join(lines) + "\n", needles


def _expected(source: str, needles: list[str]) -> list[dict]:
    """The evidence objects of the passages ``needles`` (in text order), located by hand."""
    expected = []
    seen: dict[str, int] = {}
    for needle in needles:
        seen[needle] = seen.get(needle, 0) + 1
        line, column = locate(source, needle, seen[needle])
        offset = -1
        for _ in range(seen[needle]):
            offset = source.index(needle, offset + 1)
        expected.append(
            {
                "start": {"line": line, "column": column, "offset": offset},
                "end": {"line": line, "column": column + len(needle), "offset": offset + len(needle)},
                "text": needle,
            }
        )
    return expected


def _cyber(criteria: list[dict]) -> dict:
    (result,) = [item for item in criteria if item["criterion"] == "cyber-precedent"]
    return result


@pytest.fixture
def dense(tmp_path: Path) -> tuple[str, list[str]]:
    source, needles = _passages(12)
    write(tmp_path / "dense.md", source)
    return source, needles


def test_the_cap_is_ten() -> None:
    assert MAX_EVIDENCE == 10


def test_coverage_json_keeps_the_first_ten_passages_in_text_order_and_counts_all(cli, dense) -> None:
    source, needles = dense
    assert len(needles) == 12
    result = cli("coverage", "dense.md", "--isolated", "--output-format", "json")
    assert result.err == ""
    data = json.loads(result.out)
    assert data["schema_version"] == 2
    (document,) = data["documents"]
    assert document["in_scope"] is True
    cyber = _cyber(document["criteria"])
    assert cyber["addressed"] is True
    assert cyber["evidence_count"] == 12
    assert cyber["evidence"] == _expected(source, needles[:10])
    # `evidence_count` follows `evidence`.
    assert list(cyber) == ["criterion", "title", "code", "addressed", "evidence", "evidence_count"]
    for passage in cyber["evidence"]:
        assert source[passage["start"]["offset"] : passage["end"]["offset"]] == passage["text"]
    # The criteria without evidence count none.
    assert all(item["evidence_count"] == 0 and item["evidence"] == [] for item in document["criteria"] if not item["addressed"])


def test_check_json_reports_the_same(cli, dense) -> None:
    source, needles = dense
    result = cli("check", "dense.md", "--isolated", "--no-cache", "--exit-zero", "--output-format", "json")
    assert result.err == ""
    data = json.loads(result.out)
    assert data["schema_version"] == 2
    (coverage,) = data["coverage"]
    cyber = _cyber(coverage["criteria"])
    assert (cyber["addressed"], cyber["evidence_count"]) == (True, 12)
    assert cyber["evidence"] == _expected(source, needles[:10])
    # The criterion is addressed, so it gives no finding; the others each give one.
    assert "NJ103" not in {finding["code"] for finding in data["findings"]}


def test_only_the_kept_passages_are_located(cli, dense, monkeypatch) -> None:
    source, needles = dense
    left_out = {locate(source, needle, needles[: index + 1].count(needle))[0] for index, needle in enumerate(needles) if index >= 10}
    lines: list[int] = []
    original = SourceMap.position

    def recording(self, text_offset, *, end=False):
        position = original(self, text_offset, end=end)
        lines.append(position.line)
        return position

    monkeypatch.setattr(SourceMap, "position", recording)
    result = cli("check", "dense.md", "--isolated", "--no-cache", "--exit-zero", "--jobs", "1", "--output-format", "json")
    assert _cyber(json.loads(result.out)["coverage"][0]["criteria"])["evidence_count"] == 12
    assert lines, "the engine locates through SourceMap.position"
    assert left_out.isdisjoint(lines)


def test_table_markdown_and_csv_say_how_many_more(cli, dense) -> None:
    source, needles = dense
    first = _expected(source, needles[:10])

    table = cli("coverage", "dense.md", "--isolated").out
    (line,) = [line for line in table.splitlines() if line.startswith("    cyber-precedent: ")]
    quoted = "; ".join(f"{p['start']['line']}:{p['start']['column']} “{p['text']}”" for p in first)
    assert line == f"    cyber-precedent: {quoted}; and 2 more"

    markdown = cli("coverage", "dense.md", "--isolated", "--output-format", "markdown").out
    (line,) = [line for line in markdown.splitlines() if line.startswith("- **cyber-precedent**")]
    quoted = "; ".join(f"line {p['start']['line']}: “{p['text']}”" for p in first)
    assert line == f"- **cyber-precedent** — {quoted}; and 2 more"

    rows = list(csv.DictReader(io.StringIO(cli("coverage", "dense.md", "--isolated", "--output-format", "csv").out)))
    (row,) = [row for row in rows if row["criterion"] == "cyber-precedent"]
    assert row["evidence_count"] == "12"
    assert row["evidence"] == "; ".join(f"{p['start']['line']}:{p['start']['column']} {p['text']}" for p in first)


def test_a_few_passages_are_all_listed_without_a_more_line(cli, tmp_path: Path) -> None:
    source, needles = _passages(3)
    write(tmp_path / "few.md", source)
    expected = _expected(source, needles)

    cyber = _cyber(json.loads(cli("coverage", "few.md", "--isolated", "--output-format", "json").out)["documents"][0]["criteria"])
    assert (cyber["addressed"], cyber["evidence_count"], cyber["evidence"]) == (True, 3, expected)

    table = cli("coverage", "few.md", "--isolated").out
    (line,) = [line for line in table.splitlines() if line.startswith("    cyber-precedent: ")]
    assert line == "    cyber-precedent: " + "; ".join(f"{p['start']['line']}:{p['start']['column']} “{p['text']}”" for p in expected)
    markdown = cli("coverage", "few.md", "--isolated", "--output-format", "markdown").out
    assert "more" not in table and "more" not in markdown
    rows = list(csv.DictReader(io.StringIO(cli("coverage", "few.md", "--isolated", "--output-format", "csv").out)))
    assert [row["evidence_count"] for row in rows if row["criterion"] == "cyber-precedent"] == ["3"]


def test_the_results_cache_keeps_the_count(cli, dense, tmp_path: Path, monkeypatch) -> None:
    from claimcheck.readers.markdown import MarkdownReader

    cache = tmp_path.parent / f"{tmp_path.name}-evidence-cache"
    arguments = ("check", "dense.md", "--isolated", "--exit-zero", "--output-format", "json", "--cache-dir", str(cache))
    first = cli(*arguments)
    (entry,) = cache.glob("*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    (results,) = [item["results"] for item in stored["coverage"] if item["framework"] == "nato-japan"]
    assert [(len(item["evidence"]), item["evidence_count"]) for item in results if item["criterion"] == "cyber-precedent"] == [(10, 12)]

    def broken(self, source, *, path):
        raise RuntimeError("the reader was called")

    monkeypatch.setattr(MarkdownReader, "read", broken)
    second = cli(*arguments)
    assert (second.code, second.err) == (first.code, "")
    assert second.out == first.out  # byte for byte, from the cache
    assert _cyber(json.loads(second.out)["coverage"][0]["criteria"])["evidence_count"] == 12


# -- the record and the cache entry ------------------------------------------------------------

AT = Location(1, 1, 0)
KEY = "k" * 64
CONTENT = b"NATO and Japan.\n"


def _coverage(count: int = 12) -> FileCoverage:
    passages = tuple(Evidence(Location(line, 1, line * 10), Location(line, 7, line * 10 + 6), "CCDCOE") for line in range(1, 11))
    return FileCoverage("brief.md", "nato-japan", True, (CoverageResult("nato-japan", "cyber-precedent", "Cyber", "NJ103", True, passages, count),))


def test_the_count_defaults_to_the_passages_listed_and_cannot_be_fewer() -> None:
    evidence = (Evidence(AT, AT, "a"), Evidence(AT, AT, "b"))
    assert CoverageResult("fw", "c", "C", "X1", True, evidence).evidence_count == 2
    assert CoverageResult("fw", "c", "C", "X1", True, evidence) == CoverageResult("fw", "c", "C", "X1", True, evidence, 2)
    assert CoverageResult("fw", "c", "C", "X1", False).evidence_count == 0
    with pytest.raises(ValueError):
        CoverageResult("fw", "c", "C", "X1", True, evidence, 1)


def test_a_cache_entry_round_trips_the_count(tmp_path: Path) -> None:
    from claimcheck.cache import CachedResult

    cache = ResultCache(tmp_path, key=KEY)
    result = CachedResult(coverage=[_coverage()])
    assert cache.put("brief.md", CONTENT, result)
    loaded = cache.get("brief.md", CONTENT)
    assert loaded == result
    assert loaded.coverage[0].results[0].evidence_count == 12


def _with_count(entry: dict, value: object) -> dict:
    coverage = entry["coverage"][0]
    result = {**coverage["results"][0], "evidence_count": value}
    return {**entry, "coverage": [{**coverage, "results": [result]}]}


def _without_count(entry: dict) -> dict:
    coverage = entry["coverage"][0]
    result = {key: value for key, value in coverage["results"][0].items() if key != "evidence_count"}
    return {**entry, "coverage": [{**coverage, "results": [result]}]}


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: _with_count(entry, -1),
        lambda entry: _with_count(entry, True),
        lambda entry: _with_count(entry, "12"),
        lambda entry: _with_count(entry, 12.0),
        lambda entry: _with_count(entry, None),
        lambda entry: _with_count(entry, 9),  # fewer than the ten passages stored
        _without_count,
    ],
    ids=["negative", "boolean", "string", "float", "null", "fewer than stored", "missing"],
)
def test_a_cache_entry_with_a_bad_count_is_a_miss(tmp_path: Path, damage) -> None:
    from claimcheck.cache import CachedResult

    cache = ResultCache(tmp_path, key=KEY)
    result = CachedResult(coverage=[_coverage()])
    cache.put("brief.md", CONTENT, result)
    target = cache.entry_path("brief.md", CONTENT)
    target.write_text(json.dumps(damage(json.loads(target.read_bytes()))), encoding="utf-8")

    assert cache.get("brief.md", CONTENT) is None

    assert cache.put("brief.md", CONTENT, result) is True
    assert cache.get("brief.md", CONTENT) == result
