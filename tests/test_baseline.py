"""Baselines: record today's findings, report only new ones after the text around them is edited."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.baseline import Baseline, load_baseline, write_baseline
from claimcheck.engine import RuleSet, check_document
from claimcheck.errors import UsageError
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.rules.builtin import claimcheck_rule_types
from claimcheck.rules.pack import load_pack

REPO = Path(__file__).resolve().parent.parent
RULES = RuleSet(load_pack(REPO / "rules" / "policy-style", {t.name: t for t in claimcheck_rule_types()}).rules)

ORIGINAL = (
    "# Partners\n"
    "\n"
    "Japan will undoubtedly join the effort in the Asia-Pacific.\n"
    "\n"
    "We act in order to deter.\n"
)
EDITED = (
    "# Partners\n"
    "\n"
    "A new opening paragraph, added later, in order to set the scene.\n"
    "\n"
    "Japan will undoubtedly join the effort in the Asia-Pacific.\n"
    "\n"
    "We act in order to deter.\n"
)


def check(source: str, path: str = "docs/policy.md"):
    """The findings of the bundled policy-style pack, in report order."""
    findings = check_document(MarkdownReader().read(source, path=path), RULES).findings
    return sorted(findings, key=lambda finding: finding.sort_key)


def test_round_trip_writes_sorted_json_and_matches_every_finding(tmp_path):
    findings = check(ORIGINAL)
    assert [f.code for f in findings] == ["PS101", "PS201", "PS202"]
    destination = tmp_path / "baseline.json"
    write_baseline(list(reversed(findings)), destination)

    data = json.loads(destination.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1 and data["tool"] == "claimcheck"
    assert [(e["path"], e["code"], e["line"]) for e in data["findings"]] == [
        ("docs/policy.md", "PS101", 3),
        ("docs/policy.md", "PS201", 3),
        ("docs/policy.md", "PS202", 5),
    ]
    assert [e["fingerprint"] for e in data["findings"]] == [f.fingerprint for f in findings]
    assert data["findings"][0]["message"] == findings[0].message
    assert set(data["findings"][0]) == {"path", "code", "fingerprint", "line", "message"}
    assert destination.read_text(encoding="utf-8").endswith("}\n")

    baseline = load_baseline(destination)
    assert len(baseline) == 3
    assert baseline.filter(findings) == ([], 3)


def test_baseline_file_gets_ordinary_permissions_and_no_temporary_file(tmp_path):
    destination = tmp_path / "baseline.json"
    write_baseline(check(ORIGINAL), destination)
    mask = os.umask(0)
    os.umask(mask)
    assert destination.stat().st_mode & 0o777 == 0o666 & ~mask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json"]


def test_rewriting_a_baseline_replaces_it(tmp_path):
    destination = tmp_path / "baseline.json"
    write_baseline(check(ORIGINAL), destination)
    write_baseline([], destination)
    assert json.loads(destination.read_text(encoding="utf-8"))["findings"] == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["baseline.json"]


def test_paragraph_inserted_above_reports_only_the_new_finding(tmp_path):
    destination = tmp_path / "baseline.json"
    write_baseline(check(ORIGINAL), destination)

    after = check(EDITED)
    assert [(f.code, f.start.line) for f in after] == [("PS202", 3), ("PS101", 5), ("PS201", 5), ("PS202", 7)]
    kept, matched = load_baseline(destination).filter(after)
    assert matched == 3
    assert [(f.code, f.start.line, EDITED[f.start.offset : f.end.offset]) for f in kept] == [("PS202", 3, "in order to")]


def test_findings_in_another_file_are_not_matched(tmp_path):
    destination = tmp_path / "baseline.json"
    write_baseline(check(ORIGINAL), destination)
    kept, matched = load_baseline(destination).filter(check(ORIGINAL, path="docs/other.md"))
    assert matched == 0 and len(kept) == 3


def test_paths_are_compared_in_posix_form_without_dot_parts(tmp_path):
    findings = check(ORIGINAL, path="./docs/policy.md")
    destination = tmp_path / "baseline.json"
    write_baseline(findings, destination)
    assert {e["path"] for e in json.loads(destination.read_text(encoding="utf-8"))["findings"]} == {"docs/policy.md"}
    assert load_baseline(destination).filter(check(ORIGINAL))[1] == 3


def test_matching_is_a_multiset():
    (finding, *_) = check(ORIGINAL)
    key = (finding.path, finding.code, finding.fingerprint)
    twice = Baseline([key, key])
    three = [finding, finding, replace(finding, message="again")]
    kept, matched = twice.filter(three)
    assert matched == 2 and kept == [three[2]]
    # The baseline is not used up: filtering again gives the same answer.
    assert twice.filter(three) == (kept, 2)
    assert Baseline([key]).filter(three) == (three[1:], 1)
    assert Baseline([]).filter(three) == (three, 0)


def test_matching_ignores_line_and_message(tmp_path):
    destination = tmp_path / "baseline.json"
    write_baseline(check(ORIGINAL), destination)
    data = json.loads(destination.read_text(encoding="utf-8"))
    for entry in data["findings"]:
        entry["line"] = 999
        entry["message"] = "edited by hand"
    destination.write_text(json.dumps(data), encoding="utf-8")
    assert load_baseline(destination).filter(check(ORIGINAL)) == ([], 3)


def _bad(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "baseline.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


GOOD_ENTRY = '{"path": "a.md", "code": "PS101", "fingerprint": "abc"}'


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "invalid JSON at line 1 column 2: Expecting property name enclosed in double quotes"),
        ("", "invalid JSON at line 1 column 1: Expecting value"),
        (b'{"a": "\xff"}', "not UTF-8 (bad byte at offset 7)"),
        ("[]", "expected a JSON object, got a list"),
        ('{"tool": "claimcheck", "findings": []}', "missing 'schema_version'"),
        (
            '{"schema_version": 2, "tool": "claimcheck", "findings": []}',
            "unsupported schema_version 2 (this claimcheck reads version 1)",
        ),
        (
            '{"schema_version": true, "tool": "claimcheck", "findings": []}',
            "unsupported schema_version true (this claimcheck reads version 1)",
        ),
        ('{"schema_version": 1, "tool": "ruff", "findings": []}', "'tool' must be \"claimcheck\", got \"ruff\""),
        ('{"schema_version": 1, "findings": []}', "'tool' must be \"claimcheck\", got nothing"),
        ('{"schema_version": 1, "tool": "claimcheck"}', "'findings' must be a list, got nothing"),
        ('{"schema_version": 1, "tool": "claimcheck", "findings": {}}', "'findings' must be a list, got an object"),
        (
            '{"schema_version": 1, "tool": "claimcheck", "findings": [' + GOOD_ENTRY + ', "x"]}',
            "finding 2: expected an object, got a string",
        ),
        (
            '{"schema_version": 1, "tool": "claimcheck", "findings": [{"path": "a.md", "code": "PS101"}]}',
            "finding 1: 'fingerprint' must be a non-empty string, got nothing",
        ),
        (
            '{"schema_version": 1, "tool": "claimcheck", "findings": [{"path": "a.md", "code": 7, "fingerprint": "x"}]}',
            "finding 1: 'code' must be a non-empty string, got a number",
        ),
        (
            '{"schema_version": 1, "tool": "claimcheck", "findings": [{"path": null, "code": "A", "fingerprint": "x"}]}',
            "finding 1: 'path' must be a non-empty string, got null",
        ),
    ],
)
def test_bad_baseline_files_are_usage_errors_naming_file_and_problem(tmp_path, content, problem):
    path = _bad(tmp_path, content)
    with pytest.raises(UsageError) as raised:
        load_baseline(path)
    assert str(raised.value) == f"{path}: not a valid baseline: {problem}"


def test_missing_baseline_file(tmp_path):
    path = tmp_path / "nowhere.json"
    with pytest.raises(UsageError) as raised:
        load_baseline(path)
    assert str(raised.value) == f"{path}: baseline file not found"


def test_baseline_that_is_a_folder(tmp_path):
    with pytest.raises(UsageError) as raised:
        load_baseline(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path}: cannot read the baseline: ")


def test_baseline_with_a_utf8_bom_is_read(tmp_path):
    path = _bad(tmp_path, b"\xef\xbb\xbf" + ('{"schema_version": 1, "tool": "claimcheck", "findings": [' + GOOD_ENTRY + "]}").encode())
    assert len(load_baseline(path)) == 1


def test_unwritable_baseline_destination_is_a_usage_error(tmp_path):
    destination = tmp_path / "missing-folder" / "baseline.json"
    with pytest.raises(UsageError) as raised:
        write_baseline([], destination)
    assert str(raised.value) == f"{destination}: cannot write the baseline: No such file or directory"
