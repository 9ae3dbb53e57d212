"""The CI reporters (sarif, junit, github, gitlab) on hand-made findings and rules, and through the CLI."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimcheck import __version__
from claimcheck.finding import Finding, Fix, Location, Severity
from claimcheck.reporters import Report
from claimcheck.reporters.builtin import claimcheck_reporters
from claimcheck.reporters.ci import GithubReporter, GitlabReporter
from claimcheck.reporters.junit import JunitReporter
from claimcheck.reporters.sarif import SarifReporter
from claimcheck.rules.model import Examples, Rule, Scope
from claimcheck.testing import rendered
from conftest import write

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif" / "sarif-2.1.0-rtm.5.json"


class _NoChecker:
    """A checker that finds nothing: these tests only need the rules' metadata."""

    prefilter = ()

    def check(self, document, spans):
        return []


OVERCONFIDENT = Rule(
    code="PS101",
    alias="overconfident-wording",
    type="existence",
    severity=Severity.WARNING,
    message="'{match}' asserts certainty the text should demonstrate instead.",
    scope=Scope.SENTENCE,
    checker=_NoChecker(),
    description="A policy text persuades by evidence.",
    tags=("style", "certainty"),
    source="claimcheck policy-style guide",
    url="https://example.org/ps101",
    framework="gdpr",
    criterion="art-32",
    examples=Examples(passing=("Japan is likely to join.",), failing=("Japan will undoubtedly join.", "Briefly.\n\nJapan will undoubtedly join.")),
)

# No description, URL, tags or examples: the descriptor falls back on the message.
RETENTION_RULE = Rule(
    code="PS204",
    alias="vague-retention",
    type="existence",
    severity=Severity.INFO,
    message="Retention period is not stated",
    scope=Scope.PARAGRAPH,
    checker=_NoChecker(),
)

# A fixable error in French, with a framework and a source.
GUARANTEE = Finding(
    path="docs/conditions.md",
    code="PS101",
    alias="overconfident-wording",
    severity=Severity.ERROR,
    message="'garantit' asserts certainty the text should demonstrate instead.",
    start=Location(line=3, column=11, offset=87),
    end=Location(line=3, column=19, offset=95),
    fingerprint="a1b2c3d4e5f60718",
    framework="gdpr",
    criterion="art-32",
    source="RGPD, art. 32",
    fix=Fix(start=Location(3, 11, 87), end=Location(3, 19, 95), replacement="vise à garantir"),
)

# A labelled warning in a path with a space and an accent.
RETENTION = Finding(
    path="docs/vie privée.md",
    code="PS204",
    alias="vague-retention",
    severity=Severity.WARNING,
    message="Retention period is not stated",
    start=Location(line=1, column=1, offset=0),
    end=Location(line=2, column=4, offset=30),
    fingerprint="0f1e2d3c4b5a6978",
    label="paragraph 1",
)

# A parse error: placed by line and column only (offset 0), with no rule behind it.
PARSE_ERROR = Finding(
    path="docs/broken.xml",
    code="CC001",
    alias="parse-error",
    severity=Severity.ERROR,
    message="cannot parse this document: mismatched tag",
    start=Location(line=7, column=5, offset=0),
    end=Location(line=7, column=5, offset=0),
    fingerprint="parse-error:7:5",
)

FILES = ("docs/broken.xml", "docs/conditions.md", "docs/cookies.md", "docs/vie privée.md")
REPORT = Report(
    findings=(PARSE_ERROR, GUARANTEE, RETENTION),
    files=FILES,
    rules=(OVERCONFIDENT, RETENTION_RULE),
)
EMPTY = Report(findings=(), files=("docs/cookies.md",), rules=(OVERCONFIDENT,))


def _finding(**changes) -> Finding:
    """A one-character info finding on line 2, changed as given."""
    fields = dict(
        path="a.md",
        code="PS310",
        alias="missing-contact",
        severity=Severity.INFO,
        message="No contact",
        start=Location(2, 3, 10),
        end=Location(2, 4, 11),
        fingerprint="ffff",
    )
    fields.update(changes)
    return Finding(**fields)


# -- registration --------------------------------------------------------------


def test_ci_formats_are_registered_as_built_in_reporters() -> None:
    names = [reporter.name for reporter in claimcheck_reporters()]
    assert names[-4:] == ["sarif", "junit", "github", "gitlab"]
    assert len(set(names)) == len(names)


# -- sarif ---------------------------------------------------------------------


def _validate(log: dict) -> None:
    """Validate against the OASIS schema; skips (after the test's other checks) without jsonschema."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)


def _sarif(report: Report) -> dict:
    return json.loads(rendered(SarifReporter(), report))


def test_sarif_validates_against_the_schema() -> None:
    _validate(_sarif(REPORT))


def test_sarif_empty_report_validates_and_lists_the_file() -> None:
    log = _sarif(EMPTY)
    run = log["runs"][0]
    assert run["results"] == []
    assert run["artifacts"] == [{"location": {"uri": "docs/cookies.md", "uriBaseId": "%SRCROOT%"}}]
    _validate(log)


def test_sarif_without_files_or_rules_validates() -> None:
    log = _sarif(Report(findings=()))
    assert log["runs"][0]["tool"]["driver"]["rules"] == []
    _validate(log)


def test_sarif_meets_github_code_scanning_requirements() -> None:
    run = _sarif(REPORT)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    for rule in rules:
        assert rule["id"]
        assert rule["help"]["text"].strip()
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
    assert len(run["results"]) == 3
    for result in run["results"]:
        assert result["ruleId"]
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["partialFingerprints"]["claimcheck/v1"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= region.keys()


def test_sarif_header_and_run_properties() -> None:
    log = _sarif(REPORT)
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("claimcheck", __version__)
    # No machine-specific root: relative URIs against an undefined %SRCROOT%.
    assert "originalUriBaseIds" not in run


def test_sarif_rule_descriptor_from_rule_metadata() -> None:
    rules = _sarif(REPORT)["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["PS101", "PS204", "CC001"]
    assert rules[0] == {
        "id": "PS101",
        "name": "OverconfidentWording",
        "shortDescription": {"text": "overconfident-wording"},
        "fullDescription": {"text": "A policy text persuades by evidence."},
        "help": {
            "text": (
                "A policy text persuades by evidence.\n\n"
                "Fails on:\n- Japan will undoubtedly join.\n- Briefly.\\n\\nJapan will undoubtedly join.\n\n"
                "Passes on:\n- Japan is likely to join.\n\n"
                "Source: claimcheck policy-style guide"
            )
        },
        "helpUri": "https://example.org/ps101",
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["style", "certainty"], "framework": "gdpr", "criterion": "art-32"},
    }


def test_sarif_rule_without_description_falls_back_on_its_message() -> None:
    rule = _sarif(REPORT)["runs"][0]["tool"]["driver"]["rules"][1]
    assert rule == {
        "id": "PS204",
        "name": "VagueRetention",
        "shortDescription": {"text": "vague-retention"},
        "fullDescription": {"text": "Retention period is not stated"},
        "help": {"text": "Retention period is not stated"},
        "defaultConfiguration": {"level": "note"},
    }


def test_sarif_finding_without_a_rule_gets_a_descriptor_of_its_own() -> None:
    rule = _sarif(REPORT)["runs"][0]["tool"]["driver"]["rules"][2]
    assert rule["id"] == "CC001"
    assert rule["name"] == "ParseError"
    assert rule["defaultConfiguration"] == {"level": "error"}
    assert rule["help"]["text"]


def test_sarif_same_code_from_two_configurations_is_described_once() -> None:
    stricter = dataclasses.replace(OVERCONFIDENT, severity=Severity.ERROR)
    report = Report(findings=(GUARANTEE,), files=("docs/conditions.md",), rules=(OVERCONFIDENT, stricter, OVERCONFIDENT))
    run = _sarif(report)["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["PS101"]
    assert run["results"][0]["ruleIndex"] == 0


def test_sarif_result_with_fix_and_properties() -> None:
    result = _sarif(REPORT)["runs"][0]["results"][1]
    location = {"uri": "docs/conditions.md", "uriBaseId": "%SRCROOT%", "index": 1}
    region = {"startLine": 3, "startColumn": 11, "endLine": 3, "endColumn": 19, "charOffset": 87, "charLength": 8}
    assert result == {
        "ruleId": "PS101",
        "ruleIndex": 0,
        "level": "error",
        "message": {"text": "'garantit' asserts certainty the text should demonstrate instead."},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "partialFingerprints": {"claimcheck/v1": "a1b2c3d4e5f60718"},
        "fixes": [
            {
                "description": {"text": 'Replace with "vise à garantir"'},
                "artifactChanges": [
                    {
                        "artifactLocation": location,
                        "replacements": [{"deletedRegion": region, "insertedContent": {"text": "vise à garantir"}}],
                    }
                ],
            }
        ],
        "properties": {"framework": "gdpr", "criterion": "art-32", "source": "RGPD, art. 32"},
    }


def test_sarif_result_with_label_spanning_lines_in_an_encoded_path() -> None:
    result = _sarif(REPORT)["runs"][0]["results"][2]
    assert result["level"] == "warning"
    location = result["locations"][0]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "docs/vie%20priv%C3%A9e.md", "uriBaseId": "%SRCROOT%", "index": 3},
        "region": {"startLine": 1, "startColumn": 1, "endLine": 2, "endColumn": 4, "charOffset": 0, "charLength": 30},
    }
    assert location["logicalLocations"] == [{"name": "paragraph 1"}]
    assert "fixes" not in result and "properties" not in result


def test_sarif_position_without_a_real_offset_gives_lines_and_columns_only() -> None:
    result = _sarif(REPORT)["runs"][0]["results"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 7, "startColumn": 5, "endLine": 7, "endColumn": 5}


def test_sarif_levels_and_deletion_fix() -> None:
    deletion = _finding(fix=Fix(Location(2, 3, 10), Location(2, 4, 11), ""))
    run = _sarif(Report(findings=(deletion,), files=("a.md",)))["runs"][0]
    assert run["results"][0]["level"] == "note"
    assert run["tool"]["driver"]["rules"][0]["defaultConfiguration"] == {"level": "note"}
    fix = run["results"][0]["fixes"][0]
    assert fix["description"] == {"text": "Delete"}
    assert fix["artifactChanges"][0]["replacements"][0]["insertedContent"] == {"text": ""}


def test_sarif_artifacts_list_every_checked_file_in_order() -> None:
    run = _sarif(REPORT)["runs"][0]
    uris = [artifact["location"]["uri"] for artifact in run["artifacts"]]
    assert uris == ["docs/broken.xml", "docs/conditions.md", "docs/cookies.md", "docs/vie%20priv%C3%A9e.md"]


def test_sarif_absolute_path_becomes_a_file_uri_without_base() -> None:
    run = _sarif(Report(findings=(_finding(path="/srv/policy #1.md"),), files=("/srv/policy #1.md",)))["runs"][0]
    assert run["artifacts"] == [{"location": {"uri": "file:///srv/policy%20%231.md"}}]
    _validate({"version": "2.1.0", "runs": [run]})


def test_sarif_is_deterministic_indented_and_not_ascii_escaped() -> None:
    text = rendered(SarifReporter(), REPORT)
    assert text == rendered(SarifReporter(), REPORT)
    assert text.endswith("}\n")
    assert text.startswith('{\n  "$schema": ')
    assert "vise à garantir" in text


# -- junit ---------------------------------------------------------------------


def test_junit_counts_suites_and_cases() -> None:
    text = rendered(JunitReporter(), REPORT)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    assert root.attrib == {"name": "claimcheck", "tests": "4", "failures": "3", "errors": "0"}
    suites = root.findall("testsuite")
    assert [suite.get("name") for suite in suites] == list(FILES)
    assert [(suite.get("tests"), suite.get("failures")) for suite in suites] == [("1", "1"), ("1", "1"), ("1", "0"), ("1", "1")]


def test_junit_failure_per_finding() -> None:
    root = ET.fromstring(rendered(JunitReporter(), REPORT).encode("utf-8"))
    case = root.find("testsuite[@name='docs/conditions.md']/testcase")
    assert case.attrib == {"classname": "docs/conditions.md", "name": "PS101 overconfident-wording at 3:11"}
    failure = case.find("failure")
    assert failure.attrib == {"type": "PS101", "message": "'garantit' asserts certainty the text should demonstrate instead."}
    assert failure.text == "docs/conditions.md:3:11: PS101 [error] 'garantit' asserts certainty the text should demonstrate instead."


def test_junit_clean_file_has_one_passing_case() -> None:
    root = ET.fromstring(rendered(JunitReporter(), REPORT).encode("utf-8"))
    cases = root.findall("testsuite[@name='docs/cookies.md']/testcase")
    assert [case.attrib for case in cases] == [{"name": "claimcheck", "classname": "docs/cookies.md"}]
    assert cases[0].find("failure") is None


def test_junit_several_findings_in_one_file() -> None:
    findings = (_finding(), _finding(start=Location(5, 1, 40), end=Location(5, 2, 41), alias=""))
    root = ET.fromstring(rendered(JunitReporter(), Report(findings=findings, files=("a.md",))).encode("utf-8"))
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("2", "2")
    assert [case.get("name") for case in suite.findall("testcase")] == ["PS310 missing-contact at 2:3", "PS310 at 5:1"]


def test_junit_escapes_markup_in_messages() -> None:
    message = 'Say "always" & mean <it>\nreally'
    text = rendered(JunitReporter(), Report(findings=(_finding(message=message),), files=("a.md",)))
    assert "<it>" not in text
    assert 'message="Say &quot;always&quot; &amp; mean &lt;it&gt;&#10;really"' in text
    failure = ET.fromstring(text.encode("utf-8")).find("testsuite/testcase/failure")
    assert failure.get("message") == message
    assert failure.text == f"a.md:2:3: PS310 [info] {message}"


def test_junit_replaces_characters_xml_cannot_hold() -> None:
    text = rendered(JunitReporter(), Report(findings=(_finding(message="bell\x07here"),), files=("a.md",)))
    failure = ET.fromstring(text.encode("utf-8")).find("testsuite/testcase/failure")
    assert failure.get("message") == "bell\ufffdhere"


def test_junit_exact_output_for_a_small_report() -> None:
    expected = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<testsuites name="claimcheck" tests="2" failures="1" errors="0">\n'
        '  <testsuite name="a.md" tests="1" failures="1" errors="0">\n'
        '    <testcase classname="a.md" name="PS310 missing-contact at 2:3">\n'
        '      <failure type="PS310" message="No contact">a.md:2:3: PS310 [info] No contact</failure>\n'
        "    </testcase>\n"
        "  </testsuite>\n"
        '  <testsuite name="b.md" tests="1" failures="0" errors="0">\n'
        '    <testcase name="claimcheck" classname="b.md" />\n'
        "  </testsuite>\n"
        "</testsuites>\n"
    )
    assert rendered(JunitReporter(), Report(findings=(_finding(),), files=("a.md", "b.md"))) == expected


def test_junit_empty_report() -> None:
    expected = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<testsuites name="claimcheck" tests="0" failures="0" errors="0" />\n'
    )
    assert rendered(JunitReporter(), Report(findings=())) == expected


# -- github --------------------------------------------------------------------


def test_github_one_command_per_finding() -> None:
    expected = (
        "::error file=docs/broken.xml,line=7,col=5,endLine=7,endColumn=5,title=CC001 parse-error"
        "::cannot parse this document: mismatched tag\n"
        "::error file=docs/conditions.md,line=3,col=11,endLine=3,endColumn=19,title=PS101 overconfident-wording"
        "::'garantit' asserts certainty the text should demonstrate instead.\n"
        "::warning file=docs/vie privée.md,line=1,col=1,endLine=2,endColumn=4,title=PS204 vague-retention"
        "::Retention period is not stated\n"
    )
    assert GithubReporter().render(REPORT) == expected


def test_github_info_is_a_notice_and_title_without_alias_is_the_code() -> None:
    assert GithubReporter().render(Report(findings=(_finding(alias=""),))) == (
        "::notice file=a.md,line=2,col=3,endLine=2,endColumn=4,title=PS310::No contact\n"
    )


def test_github_escapes_properties_and_message() -> None:
    finding = _finding(path="dir,1/a:b%.md", alias="a,b:c", message="100% sure:\r\nreally, yes")
    assert GithubReporter().render(Report(findings=(finding,))) == (
        "::notice file=dir%2C1/a%3Ab%25.md,line=2,col=3,endLine=2,endColumn=4,title=PS310 a%2Cb%3Ac"
        "::100%25 sure:%0D%0Areally, yes\n"
    )


def test_github_empty_report() -> None:
    assert GithubReporter().render(EMPTY) == ""


# -- gitlab --------------------------------------------------------------------


def _gitlab_fingerprint(path: str, fingerprint: str) -> str:
    """The documented recipe: SHA-256 of path, U+001F and the finding's fingerprint, first 32 hex digits."""
    return hashlib.sha256(f"{path}\x1f{fingerprint}".encode("utf-8")).hexdigest()[:32]


def test_gitlab_exact_output() -> None:
    report = Report(findings=(GUARANTEE, _finding(message='Say "no" – é')), files=("a.md", "docs/conditions.md"))
    expected = f"""[
  {{
    "description": "'garantit' asserts certainty the text should demonstrate instead.",
    "check_name": "PS101",
    "fingerprint": "{_gitlab_fingerprint("docs/conditions.md", "a1b2c3d4e5f60718")}",
    "severity": "major",
    "location": {{
      "path": "docs/conditions.md",
      "lines": {{
        "begin": 3,
        "end": 3
      }}
    }}
  }},
  {{
    "description": "Say \\"no\\" – é",
    "check_name": "PS310",
    "fingerprint": "{_gitlab_fingerprint("a.md", "ffff")}",
    "severity": "info",
    "location": {{
      "path": "a.md",
      "lines": {{
        "begin": 2,
        "end": 2
      }}
    }}
  }}
]
"""
    assert rendered(GitlabReporter(), report) == expected


def test_gitlab_severities_and_required_fields() -> None:
    issues = json.loads(rendered(GitlabReporter(), REPORT))
    assert [issue["severity"] for issue in issues] == ["major", "major", "minor"]
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity"} <= issue.keys()
        assert isinstance(issue["location"]["path"], str)
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert issues[2]["location"] == {"path": "docs/vie privée.md", "lines": {"begin": 1, "end": 2}}


def test_gitlab_fingerprints_are_unique_when_two_files_share_a_paragraph() -> None:
    same = (_finding(path="a.md"), _finding(path="b.md"))
    fingerprints = [issue["fingerprint"] for issue in json.loads(rendered(GitlabReporter(), Report(findings=same)))]
    assert len(set(fingerprints)) == 2


def test_gitlab_empty_report() -> None:
    assert rendered(GitlabReporter(), EMPTY) == "[]\n"


# -- through the command line --------------------------------------------------


SOURCE = "# Brief\n\nJapan will undoubtedly join the effort.\n"


def test_cli_sarif_points_at_the_word(cli, tmp_path) -> None:
    write(tmp_path / "doc.md", SOURCE)
    result = cli("check", "doc.md", "--output-format", "sarif", "--isolated", "--exit-zero")
    assert result.code == 0
    log = json.loads(result.out)
    assert str(tmp_path) not in result.out
    run = log["runs"][0]
    [hit] = [r for r in run["results"] if r["ruleId"] == "PS101"]
    assert run["tool"]["driver"]["rules"][hit["ruleIndex"]]["id"] == "PS101"
    location = hit["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "doc.md"
    start = SOURCE.index("undoubtedly")
    assert location["region"] == {
        "startLine": 3,
        "startColumn": 12,
        "endLine": 3,
        "endColumn": 23,
        "charOffset": start,
        "charLength": len("undoubtedly"),
    }
    assert SOURCE.splitlines()[2][11:22] == "undoubtedly"
    assert run["artifacts"] == [{"location": {"uri": "doc.md", "uriBaseId": "%SRCROOT%"}}]
    _validate(log)


@pytest.mark.parametrize(
    ("output_format", "expected"),
    [
        ("junit", '<testcase classname="doc.md" name="PS101 overconfident-wording at 3:12">'),
        ("github", "::warning file=doc.md,line=3,col=12,endLine=3,endColumn=23,title=PS101 overconfident-wording::"),
        ("gitlab", '"check_name": "PS101",'),
    ],
)
def test_cli_other_ci_formats_report_the_word(cli, tmp_path, output_format, expected) -> None:
    write(tmp_path / "doc.md", SOURCE)
    result = cli("check", "doc.md", "--output-format", output_format, "--isolated", "--exit-zero")
    assert result.code == 0
    assert expected in result.out
