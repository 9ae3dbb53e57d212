"""The text, JSON and statistics reporters, byte for byte, on hand-made findings."""

from __future__ import annotations

import dataclasses
import json

import pytest

from claimcheck import __version__
from claimcheck.finding import Finding, Fix, Location, Severity
from claimcheck.reporters import Report
from claimcheck.reporters.json import SCHEMA_VERSION, JsonLinesReporter, JsonReporter
from claimcheck.reporters.statistics import render_statistics
from claimcheck.reporters.text import ConciseReporter, FullReporter
from claimcheck.testing import rendered

# A fixable error with its legal source, in French with accents and ’.
GUARANTEE = Finding(
    path="docs/conditions.md",
    code="PS101",
    alias="overconfident-wording",
    severity=Severity.ERROR,
    message='Wording "garantit" overstates what the policy can promise',
    start=Location(line=3, column=11, offset=87),
    end=Location(line=3, column=19, offset=95),
    fingerprint="a1b2c3d4e5f60718",
    framework="gdpr",
    criterion="art-32",
    fact="security",
    source="RGPD, art. 32",
    url="https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    fix=Fix(
        start=Location(line=3, column=11, offset=87),
        end=Location(line=3, column=19, offset=95),
        replacement="vise à garantir",
    ),
    excerpt="L’éditeur garantit que vos données sont protégées.",
)

# A labelled warning whose match starts at column 1.
RETENTION = Finding(
    path="docs/privacy.md",
    code="PS204",
    alias="vague-retention",
    severity=Severity.WARNING,
    message="Retention period is not stated",
    start=Location(line=1, column=1, offset=0),
    end=Location(line=1, column=27, offset=26),
    fingerprint="0f1e2d3c4b5a6978",
    label="retention",
    excerpt="Conservées aussi longtemps que nécessaire.",
)

# An info whose match runs onto the next line, with a source but no URL.
CONTACT = Finding(
    path="docs/privacy.md",
    code="PS310",
    alias="missing-contact",
    severity=Severity.INFO,
    message="No contact for data requests",
    start=Location(line=12, column=5, offset=402),
    end=Location(line=13, column=10, offset=443),
    fingerprint="9988776655443322",
    source="CNIL",
    excerpt="Les données peuvent être transmises",
)

FILES = ("docs/conditions.md", "docs/cookies.md", "docs/privacy.md")
REPORT = Report(findings=(GUARANTEE, RETENTION, CONTACT), files=FILES)
EMPTY = Report(findings=(), files=FILES)


# -- concise -------------------------------------------------------------------


def test_concise_writes_one_line_per_finding_with_label() -> None:
    expected = (
        'docs/conditions.md:3:11: PS101 [error] Wording "garantit" overstates what the policy can promise [gdpr/art-32]\n'
        "docs/privacy.md:1:1: PS204 [warning] Retention period is not stated (retention)\n"
        "docs/privacy.md:12:5: PS310 [info] No contact for data requests\n"
    )
    assert ConciseReporter().render(REPORT) == expected


def test_concise_is_empty_without_findings() -> None:
    assert ConciseReporter().render(EMPTY) == ""


# -- full ----------------------------------------------------------------------


def test_full_shows_context_carets_notes_and_summary() -> None:
    expected = (
        'docs/conditions.md:3:11: PS101 [error] Wording "garantit" overstates what the policy can promise [gdpr/art-32]\n'
        "  |\n"
        "3 | L’éditeur garantit que vos données sont protégées.\n"
        "  |           ^^^^^^^^ overconfident-wording\n"
        "  |\n"
        '  = fix: replace with "vise à garantir"\n'
        "  = source: RGPD, art. 32 <https://eur-lex.europa.eu/eli/reg/2016/679/oj>\n"
        "\n"
        "docs/privacy.md:1:1: PS204 [warning] Retention period is not stated (retention)\n"
        "  |\n"
        "1 | Conservées aussi longtemps que nécessaire.\n"
        "  | ^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-retention\n"
        "  |\n"
        "\n"
        "docs/privacy.md:12:5: PS310 [info] No contact for data requests\n"
        "   |\n"
        "12 | Les données peuvent être transmises\n"
        "   |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-contact\n"
        "   |\n"
        "   = source: CNIL\n"
        "\n"
        "Found 3 findings in 2 files (1 error, 1 warning, 1 info).\n"
    )
    assert FullReporter().render(REPORT) == expected


def test_full_summary_is_singular_for_one_finding_in_one_file() -> None:
    output = FullReporter().render(Report(findings=(GUARANTEE,), files=FILES))
    assert output.endswith("\n\nFound 1 finding in 1 file (1 error, 0 warnings, 0 info).\n")


def test_full_summary_pluralises_each_severity() -> None:
    twice = dataclasses.replace(RETENTION, start=Location(2, 1, 43), end=Location(2, 27, 69))
    output = FullReporter().render(Report(findings=(GUARANTEE, RETENTION, twice), files=FILES))
    assert output.endswith("Found 3 findings in 2 files (1 error, 2 warnings, 0 info).\n")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (FILES, "All checks passed (3 files checked).\n"),
        (("docs/privacy.md",), "All checks passed (1 file checked).\n"),
        ((), "All checks passed (0 files checked).\n"),
    ],
)
def test_full_without_findings_says_how_many_files_passed(files: tuple[str, ...], expected: str) -> None:
    assert FullReporter().render(Report(findings=(), files=files)) == expected


def _caret_line(finding: Finding) -> str:
    """The fourth line of the finding's block: the carets under the source line."""
    return FullReporter().render(Report(findings=(finding,), files=(finding.path,))).split("\n")[3]


def test_carets_start_under_column_one() -> None:
    assert _caret_line(RETENTION) == "  | ^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-retention"


def test_carets_run_to_end_of_line_when_match_ends_on_another_line() -> None:
    at_start = dataclasses.replace(
        CONTACT, start=Location(12, 1, 398), excerpt="données transmises"
    )
    assert _caret_line(at_start) == "   | ^^^^^^^^^^^^^^^^^^ missing-contact"


def test_tab_in_excerpt_becomes_one_space_so_carets_stay_aligned() -> None:
    tabbed = dataclasses.replace(
        GUARANTEE,
        start=Location(3, 3, 87),
        end=Location(3, 11, 95),
        excerpt="\t\tgarantit tout",
    )
    block = FullReporter().render(Report(findings=(tabbed,), files=(tabbed.path,))).split("\n")
    assert block[2:4] == ["3 |   garantit tout", "  |   ^^^^^^^^ overconfident-wording"]


def test_at_least_one_caret_for_an_empty_match_or_line() -> None:
    empty_match = dataclasses.replace(RETENTION, end=RETENTION.start)
    assert _caret_line(empty_match) == "  | ^ vague-retention"
    empty_line = dataclasses.replace(CONTACT, start=Location(12, 1, 398), excerpt="")
    assert _caret_line(empty_line) == "   | ^ missing-contact"


# -- json ----------------------------------------------------------------------

EXPECTED_JSON = r"""{
  "schema_version": 2,
  "tool": {
    "name": "claimcheck",
    "version": "@VERSION@"
  },
  "files": [
    "docs/conditions.md",
    "docs/cookies.md",
    "docs/privacy.md"
  ],
  "findings": [
    {
      "path": "docs/conditions.md",
      "code": "PS101",
      "alias": "overconfident-wording",
      "severity": "error",
      "message": "Wording \"garantit\" overstates what the policy can promise",
      "start": {
        "line": 3,
        "column": 11,
        "offset": 87
      },
      "end": {
        "line": 3,
        "column": 19,
        "offset": 95
      },
      "label": null,
      "framework": "gdpr",
      "criterion": "art-32",
      "fact": "security",
      "source": "RGPD, art. 32",
      "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
      "fix": {
        "start": {
          "line": 3,
          "column": 11,
          "offset": 87
        },
        "end": {
          "line": 3,
          "column": 19,
          "offset": 95
        },
        "replacement": "vise à garantir"
      },
      "fingerprint": "a1b2c3d4e5f60718"
    },
    {
      "path": "docs/privacy.md",
      "code": "PS204",
      "alias": "vague-retention",
      "severity": "warning",
      "message": "Retention period is not stated",
      "start": {
        "line": 1,
        "column": 1,
        "offset": 0
      },
      "end": {
        "line": 1,
        "column": 27,
        "offset": 26
      },
      "label": "retention",
      "framework": "",
      "criterion": "",
      "fact": "",
      "source": "",
      "url": "",
      "fix": null,
      "fingerprint": "0f1e2d3c4b5a6978"
    },
    {
      "path": "docs/privacy.md",
      "code": "PS310",
      "alias": "missing-contact",
      "severity": "info",
      "message": "No contact for data requests",
      "start": {
        "line": 12,
        "column": 5,
        "offset": 402
      },
      "end": {
        "line": 13,
        "column": 10,
        "offset": 443
      },
      "label": null,
      "framework": "",
      "criterion": "",
      "fact": "",
      "source": "CNIL",
      "url": "",
      "fix": null,
      "fingerprint": "9988776655443322"
    }
  ],
  "coverage": [],
  "summary": {
    "findings": 3,
    "errors": 1,
    "warnings": 1,
    "info": 1,
    "files": 3
  }
}
""".replace("@VERSION@", __version__)


def test_json_document_byte_for_byte() -> None:
    assert "".join(JsonReporter().render(REPORT)) == EXPECTED_JSON


def test_json_parses_back_with_schema_version_two() -> None:
    document = json.loads("".join(JsonReporter().render(REPORT)))
    assert SCHEMA_VERSION == 2
    assert document["schema_version"] == 2
    assert document["findings"][0]["message"] == GUARANTEE.message
    assert document["findings"][0]["fix"]["replacement"] == "vise à garantir"


def test_json_without_findings_still_lists_files_and_counts() -> None:
    expected = (
        "{\n"
        '  "schema_version": 2,\n'
        '  "tool": {\n'
        '    "name": "claimcheck",\n'
        f'    "version": "{__version__}"\n'
        "  },\n"
        '  "files": [\n'
        '    "docs/conditions.md",\n'
        '    "docs/cookies.md",\n'
        '    "docs/privacy.md"\n'
        "  ],\n"
        '  "findings": [],\n'
        '  "coverage": [],\n'
        '  "summary": {\n'
        '    "findings": 0,\n'
        '    "errors": 0,\n'
        '    "warnings": 0,\n'
        '    "info": 0,\n'
        '    "files": 3\n'
        "  }\n"
        "}\n"
    )
    assert "".join(JsonReporter().render(EMPTY)) == expected


# -- json-lines ----------------------------------------------------------------


def test_json_lines_byte_for_byte() -> None:
    expected = (
        r'{"path":"docs/conditions.md","code":"PS101","alias":"overconfident-wording","severity":"error",'
        r'"message":"Wording \"garantit\" overstates what the policy can promise",'
        r'"start":{"line":3,"column":11,"offset":87},"end":{"line":3,"column":19,"offset":95},'
        r'"label":null,"framework":"gdpr","criterion":"art-32","fact":"security",'
        r'"source":"RGPD, art. 32","url":"https://eur-lex.europa.eu/eli/reg/2016/679/oj",'
        r'"fix":{"start":{"line":3,"column":11,"offset":87},"end":{"line":3,"column":19,"offset":95},'
        r'"replacement":"vise à garantir"},"fingerprint":"a1b2c3d4e5f60718"}'
        "\n"
        r'{"path":"docs/privacy.md","code":"PS204","alias":"vague-retention","severity":"warning",'
        r'"message":"Retention period is not stated",'
        r'"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":27,"offset":26},'
        r'"label":"retention","framework":"","criterion":"","fact":"","source":"","url":"",'
        r'"fix":null,"fingerprint":"0f1e2d3c4b5a6978"}'
        "\n"
        r'{"path":"docs/privacy.md","code":"PS310","alias":"missing-contact","severity":"info",'
        r'"message":"No contact for data requests",'
        r'"start":{"line":12,"column":5,"offset":402},"end":{"line":13,"column":10,"offset":443},'
        r'"label":null,"framework":"","criterion":"","fact":"","source":"CNIL","url":"",'
        r'"fix":null,"fingerprint":"9988776655443322"}'
        "\n"
    )
    assert rendered(JsonLinesReporter(), REPORT) == expected


def test_json_lines_is_empty_without_findings() -> None:
    assert list(JsonLinesReporter().render(EMPTY)) == []


def test_reporter_names() -> None:
    names = [r.name for r in (FullReporter(), ConciseReporter(), JsonReporter(), JsonLinesReporter())]
    assert names == ["full", "concise", "json", "json-lines"]


# -- statistics ----------------------------------------------------------------


def _retention_at(line: int) -> Finding:
    return dataclasses.replace(RETENTION, start=Location(line, 1, 0), end=Location(line, 27, 26))


STAT_FINDINGS = (GUARANTEE, RETENTION, CONTACT, _retention_at(5), _retention_at(9))


def test_statistics_table_by_count_then_code() -> None:
    expected = (
        "3  PS204  [ ] vague-retention\n"
        "1  PS101  [*] overconfident-wording\n"
        "1  PS310  [ ] missing-contact\n"
    )
    assert render_statistics(STAT_FINDINGS, output_format="full") == expected
    assert render_statistics(STAT_FINDINGS, output_format="concise") == expected


def test_statistics_table_pads_counts_and_codes() -> None:
    short = dataclasses.replace(RETENTION, code="PS2")
    findings = [GUARANTEE] * 3 + [short] * 12
    expected = (
        "12  PS2    [ ] vague-retention\n"
        " 3  PS101  [*] overconfident-wording\n"
    )
    assert render_statistics(findings, output_format="full") == expected


@pytest.mark.parametrize("output_format", ["json", "json-lines"])
def test_statistics_as_json_array(output_format: str) -> None:
    expected = """[
  {
    "code": "PS204",
    "alias": "vague-retention",
    "severity": "warning",
    "count": 3,
    "fixable": false
  },
  {
    "code": "PS101",
    "alias": "overconfident-wording",
    "severity": "error",
    "count": 1,
    "fixable": true
  },
  {
    "code": "PS310",
    "alias": "missing-contact",
    "severity": "info",
    "count": 1,
    "fixable": false
  }
]
"""
    assert render_statistics(STAT_FINDINGS, output_format=output_format) == expected


def test_statistics_without_findings() -> None:
    assert render_statistics((), output_format="full") == ""
    assert render_statistics((), output_format="json") == "[]\n"
