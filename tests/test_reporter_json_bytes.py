"""The ``json`` reporter writes exactly what ``json.dumps(document, indent=2)`` would, list items dumped one at a time."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.config import default_settings
from claimcheck.finding import Severity
from claimcheck.reporters import Report
from claimcheck.reporters.json import SCHEMA_VERSION, JsonReporter
from claimcheck.reporters.streaming import indented
from claimcheck.run import ConfigResolver, check_paths

BRIEFS = {
    "a.md": "# Brief\n\nJapan joined NATO in 2023. NATO and Japan met. NATO and Japan agreed. It is crucial.\n",
    "b/«été» \\ \"quoted\".md": "NATO et le Japon. Le Japon a rejoint l'OTAN.\n",
    "c.md": "",
}


def whole_tree(report: Report) -> str:
    """The format as one tree, the way it was written before it was streamed."""
    severities = Counter(finding.severity for finding in report.findings)
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claimcheck", "version": claimcheck.__version__},
        "files": list(report.files),
        "findings": [finding.to_dict() for finding in report.findings],
        "coverage": [item.to_dict() for item in report.coverage],
        "summary": {
            "findings": len(report.findings),
            "errors": severities[Severity.ERROR],
            "warnings": severities[Severity.WARNING],
            "info": severities[Severity.INFO],
            "files": len(report.files),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("names", [list(BRIEFS), ["c.md"], []])
def test_the_bytes_are_those_of_the_whole_tree(tmp_path: Path, names: list[str]) -> None:
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(BRIEFS[name], encoding="utf-8")
    resolver = ConfigResolver(config_file=None, isolated=True, adjust=lambda settings: settings, blocked=())
    result = check_paths([tmp_path / name for name in names], resolver) if names else None
    report = Report(
        findings=result.findings if result else (),
        files=result.files if result else (),
        coverage=result.coverage if result else (),
    )
    if names == list(BRIEFS):
        assert report.findings and any(item.in_scope for item in report.coverage)  # something in every list
    rendered = "".join(JsonReporter().render(report))
    assert rendered == whole_tree(report)
    assert json.loads(rendered)["summary"]["files"] == len(names)


def test_the_pieces_are_written_as_they_come(cli, tmp_path: Path) -> None:
    """``-o`` gets the same bytes as stdout, and the report is valid JSON either way."""
    (tmp_path / "a.md").write_text(BRIEFS["a.md"], encoding="utf-8")
    shown = cli("check", "--isolated", "--output-format", "json", "a.md")
    written = cli("check", "--isolated", "--output-format", "json", "-o", "report.json", "a.md")
    assert shown.code == written.code == 1 and written.out == ""
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == shown.out
    assert json.loads(shown.out)["files"] == ["a.md"]


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.tuples(children, children)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_the_fast_encoder_writes_what_json_dumps_writes(value: object) -> None:
    assert indented(value) == json.dumps(value, indent=2, ensure_ascii=False)
    assert indented(value, "    ") == json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n    ")


def test_the_fast_encoder_writes_string_enums_as_their_value() -> None:
    assert indented({"severity": Severity.ERROR}) == '{\n  "severity": "error"\n}'


@pytest.mark.parametrize("value", [{1: "a"}, {"a": {None: 1}}, {"when": object()}, bool])
def test_the_fast_encoder_refuses_what_it_does_not_know(value: object) -> None:
    with pytest.raises(TypeError):
        indented(value)
