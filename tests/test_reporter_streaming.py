"""Reports written in pieces: the same bytes as the whole document, made one list item at a time."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any, Iterator

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.finding import Finding, Location, Severity
from claimcheck.reporters import Report
from claimcheck.reporters.ci import GitlabReporter
from claimcheck.reporters.junit import JunitReporter
from claimcheck.reporters.sarif import SarifReporter, sarif_log
from claimcheck.reporters.streaming import Streamed, stream_json

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
# Lists drawn as ("plain", items) or ("streamed", items): the second kind is given to stream_json as Streamed.
_VALUES = st.recursive(
    _SCALARS,
    lambda children: st.tuples(st.sampled_from(["plain", "streamed"]), st.lists(children, max_size=4))
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=25,
)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(item) for item in value[1]]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _marked(value: Any) -> Any:
    if isinstance(value, tuple):
        items = [_marked(item) for item in value[1]]
        return Streamed(iter(items)) if value[0] == "streamed" else items
    if isinstance(value, dict):
        return {key: _marked(item) for key, item in value.items()}
    return value


@given(_VALUES)
def test_streamed_lists_give_the_bytes_of_json_dumps(value: Any) -> None:
    assert "".join(stream_json(_marked(value))) == json.dumps(_plain(value), indent=2, ensure_ascii=False) + "\n"


def test_a_streamed_list_is_made_one_item_at_a_time() -> None:
    made: list[int] = []

    def items() -> Iterator[dict[str, int]]:
        for number in range(3):
            made.append(number)
            yield {"n": number}

    pieces = stream_json({"head": 1, "items": Streamed(items()), "tail": [2]})
    assert next(pieces) == '{\n  "head": 1,\n  "items": '
    assert made == []
    assert next(pieces) == '[\n    {\n      "n": 0\n    }'
    assert made == [0]
    assert list(pieces) == [',\n    {\n      "n": 1\n    }', ',\n    {\n      "n": 2\n    }', "\n  ]", ',\n  "tail": [\n    2\n  ]\n}\n']


def test_strings_with_nul_characters_like_the_markers_are_written_as_json_writes_them() -> None:
    document = {"a": "\x00streamed\x00", "b": Streamed([]), "c": "\x00" * 3}
    assert "".join(stream_json(document)) == json.dumps({"a": "\x00streamed\x00", "b": [], "c": "\x00" * 3}, indent=2) + "\n"


def _finding(path: str, line: int, message: str = "Overconfident wording") -> Finding:
    return Finding(
        path=path,
        code="PS101",
        alias="overconfident",
        severity=Severity.WARNING,
        message=message,
        start=Location(line, 3, 10 * line),
        end=Location(line, 9, 10 * line + 6),
        fingerprint=f"{path}:{line}",
    )


REPORT = Report(
    findings=(
        _finding("a.md", 1),
        _finding("a.md", 4, "Two\nlines & <markup>"),
        _finding("c/«é».md", 2),
        _finding("extra.md", 1),
    ),
    files=("a.md", "b.md", "c/«é».md"),
)


def _junit_whole_tree(report: Report) -> str:
    """The junit document built as one tree, as the reporter wrote it before it was streamed."""
    by_path: dict[str, list[Finding]] = {path: [] for path in report.files}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    root = ET.Element("testsuites")
    for key, value in (("name", "claimcheck"), ("tests", sum(max(1, len(f)) for f in by_path.values())), ("failures", len(report.findings)), ("errors", 0)):
        root.set(key, str(value))
    for path, findings in by_path.items():
        suite = ET.SubElement(root, "testsuite")
        for key, value in (("name", path), ("tests", max(1, len(findings))), ("failures", len(findings)), ("errors", 0)):
            suite.set(key, str(value))
        if not findings:
            case = ET.SubElement(suite, "testcase")
            case.set("name", "claimcheck")
            case.set("classname", path)
        for finding in findings:
            case = ET.SubElement(suite, "testcase")
            case.set("classname", path)
            case.set("name", f"{finding.code} {finding.alias} at {finding.start.line}:{finding.start.column}")
            failure = ET.SubElement(case, "failure")
            failure.set("type", finding.code)
            failure.set("message", finding.message)
            failure.text = f"{path}:{finding.start.line}:{finding.start.column}: {finding.code} [{finding.severity.value}] {finding.message}"
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def test_junit_pieces_are_one_testsuite_each_and_make_the_whole_tree() -> None:
    pieces = list(JunitReporter().render(REPORT))
    assert "".join(pieces) == _junit_whole_tree(REPORT)
    assert len(pieces) == 2 + 4 + 1  # declaration, opening tag, a suite per file (extra.md has findings only), closing tag
    assert [piece.count("<testsuite ") for piece in pieces] == [0, 0, 1, 1, 1, 1, 0]


def test_junit_with_no_file_is_one_empty_element() -> None:
    assert "".join(JunitReporter().render(Report(findings=()))) == _junit_whole_tree(Report(findings=()))


def test_sarif_pieces_make_the_log_json_dumps_writes() -> None:
    text = "".join(SarifReporter().render(REPORT))
    assert text == json.dumps(sarif_log(REPORT), indent=2, ensure_ascii=False) + "\n"
    assert [result["message"]["text"] for result in json.loads(text)["runs"][0]["results"]] == [
        "Overconfident wording",
        "Two\nlines & <markup>",
        "Overconfident wording",
        "Overconfident wording",
    ]


def test_gitlab_pieces_make_one_json_list() -> None:
    pieces = list(GitlabReporter().render(REPORT))
    assert len(pieces) == 1 + 4 + 1 + 1  # text before the list, an issue each, the closing bracket, the end
    issues = json.loads("".join(pieces))
    assert [(issue["location"]["path"], issue["location"]["lines"]["begin"]) for issue in issues] == [
        ("a.md", 1),
        ("a.md", 4),
        ("c/«é».md", 2),
        ("extra.md", 1),
    ]
