"""The ``junit`` reporter: JUnit XML, the test report GitLab, Jenkins and Azure Pipelines display."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from claimcheck.finding import Finding
    from claimcheck.reporters import Report

__all__ = ["JunitReporter"]

# Characters XML 1.0 cannot carry, even escaped (C0 controls other than tab
# and line breaks, lone surrogates, U+FFFE and U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class JunitReporter:
    """One ``<testsuite>`` per checked file and one failing ``<testcase>`` per finding.

    A file without findings gets one passing test case named ``claimcheck``,
    so CI dashboards count clean files too.  Suites are built with
    ElementTree, so ``<``, ``&`` and quotes in messages are escaped; a
    character XML cannot hold at all becomes U+FFFD.  Attributes keep a
    fixed order and the output is indented, so a run always gives the same
    bytes.  Each suite is written before the next one is built: the report
    of a run over thousands of files is never held in memory whole.
    """

    name = "junit"

    def render(self, report: Report) -> Iterator[str]:
        """The document, one ``<testsuite>`` at a time: what ``ET.indent`` and ``ET.tostring`` give for the whole tree."""
        import xml.etree.ElementTree as ET  # here: every run registers this reporter, few use it

        by_path: dict[str, list[Finding]] = {path: [] for path in report.files}
        for finding in report.findings:
            by_path.setdefault(finding.path, []).append(finding)
        root = ET.Element("testsuites")
        _set(
            root,
            name="claimcheck",
            tests=sum(max(1, len(findings)) for findings in by_path.values()),
            failures=len(report.findings),
            errors=0,
        )
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        if not by_path:
            yield ET.tostring(root, encoding="unicode") + "\n"
            return
        root.text = "\n  "
        closing = "</testsuites>"
        yield ET.tostring(root, encoding="unicode")[: -len(closing)]
        last = len(by_path) - 1
        for number, (path, findings) in enumerate(by_path.items()):
            suite = _suite(path, findings)
            ET.indent(suite, space="  ", level=1)
            suite.tail = "\n" if number == last else "\n  "
            yield ET.tostring(suite, encoding="unicode")
        yield closing + "\n"


def _suite(path: str, findings: list[Finding]) -> ET.Element:
    """One file's ``<testsuite>``: a failing test case per finding, or one passing test case."""
    import xml.etree.ElementTree as ET

    suite = ET.Element("testsuite")
    _set(suite, name=path, tests=max(1, len(findings)), failures=len(findings), errors=0)
    if not findings:
        _set(ET.SubElement(suite, "testcase"), name="claimcheck", classname=path)
    for finding in findings:
        case = ET.SubElement(suite, "testcase")
        _set(case, classname=path, name=_case_name(finding))
        failure = ET.SubElement(case, "failure")
        _set(failure, type=finding.code, message=finding.message)
        failure.text = _clean(
            f"{path}:{finding.start.line}:{finding.start.column}: "
            f"{finding.code} [{finding.severity.value}] {finding.message}"
        )
    return suite


def _case_name(finding: Finding) -> str:
    """``PS101 overconfident-wording at 3:11``."""
    rule = f"{finding.code} {finding.alias}" if finding.alias else finding.code
    return f"{rule} at {finding.start.line}:{finding.start.column}"


def _set(element: ET.Element, **attributes: object) -> None:
    """Set attributes in the order given (ElementTree keeps insertion order)."""
    for key, value in attributes.items():
        element.set(key, _clean(str(value)))


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
