"""Shared fixtures: a sample run built by hand from claimcheck's own records, and its page."""

from __future__ import annotations

import pytest

from claimcheck.finding import CoverageResult, Evidence, FileCoverage, Finding, Location, Severity
from claimcheck.reporters import Report


def _at(line: int, column: int, offset: int = 0) -> Location:
    return Location(line=line, column=column, offset=offset)


def _finding(path: str, line: int, column: int, code: str, severity: Severity, message: str, label: str | None = None) -> Finding:
    return Finding(
        path=path,
        code=code,
        alias=f"{code.lower()}-alias",
        severity=severity,
        message=message,
        start=_at(line, column),
        end=_at(line, column + 4),
        fingerprint=f"{path}:{code}:{line}",
        label=label,
    )


def _result(criterion: str, title: str, code: str, *evidence: Evidence) -> CoverageResult:
    return CoverageResult(framework="nato-japan", criterion=criterion, title=title, code=code, addressed=bool(evidence), evidence=evidence)


ARTICLE_9 = "Article 9 of Japan's Constitution limits any a-priori military obligation"
ARTICLE_5 = "What NATO's Article 5 does & does not cover"
CYBER = "Cyber cooperation <short> of Article 5"


@pytest.fixture
def sample_report() -> Report:
    """Three documents: one addressing two criteria, one addressing none, one out of scope."""
    coverage = [
        FileCoverage(
            path="docs/brief.md",
            framework="nato-japan",
            in_scope=True,
            results=(
                _result("article-9", ARTICLE_9, "NJ101", Evidence(_at(3, 12, 40), _at(3, 45, 73), "Article 9 of Japan's\nconstitution")),
                _result("article-5-scope", ARTICLE_5, "NJ102", Evidence(_at(5, 1, 90), _at(5, 30, 119), "outside Article 5 <of NATO>")),
                _result("cyber-precedent", CYBER, "NJ103"),
            ),
        ),
        FileCoverage(
            path="docs/notes & memo.md",
            framework="nato-japan",
            in_scope=True,
            results=(
                _result("article-9", ARTICLE_9, "NJ101"),
                _result("article-5-scope", ARTICLE_5, "NJ102"),
                _result("cyber-precedent", CYBER, "NJ103"),
            ),
        ),
        FileCoverage(path="docs/weather.md", framework="nato-japan", in_scope=False),
    ]
    findings = [
        _finding("docs/brief.md", 1, 1, "NJ103", Severity.WARNING, "The text does not address the consideration “Cyber”.", label="Summary"),
        _finding("docs/notes & memo.md", 2, 7, "PS001", Severity.ERROR, "Avoid <script>alert('x')</script> in prose."),
        _finding("docs/notes & memo.md", 4, 3, "NJ102", Severity.INFO, "Say that Japan is outside Article 5."),
    ]
    return Report(findings=findings, files=["docs/brief.md", "docs/notes & memo.md", "docs/weather.md"], coverage=coverage)


@pytest.fixture
def sample_page(sample_report: Report) -> str:
    from claimcheck_html_report.render import render_html

    return render_html(sample_report)
