"""CI annotation reporters: ``github`` (workflow commands) and ``gitlab`` (Code Quality JSON)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Iterator

from claimcheck.finding import Severity
from claimcheck.reporters.streaming import Streamed, stream_json

if TYPE_CHECKING:
    from claimcheck.finding import Finding
    from claimcheck.reporters import Report

__all__ = ["GithubReporter", "GitlabReporter", "gitlab_fingerprint"]

_GITHUB_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
_GITLAB_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


class GithubReporter:
    """One GitHub Actions workflow command per finding, which GitHub shows as an annotation on the line.

    ``::error file=docs/a.md,line=3,col=11,endLine=3,endColumn=19,title=PS101 overconfident-wording::message``,
    with ``warning`` and ``notice`` for the lower severities.  Values are
    escaped as GitHub's own toolkit (``@actions/core``) escapes them, so a
    ``%``, a line break, or a ``:`` or ``,`` in a path cannot end the command
    early.  No findings give an empty string.
    """

    name = "github"

    def render(self, report: Report) -> str:
        return "".join(_workflow_command(finding) + "\n" for finding in report.findings)


class GitlabReporter:
    """A GitLab Code Quality report: a JSON array with one issue per finding.

    Each issue has GitLab's required fields (``description``, ``check_name``,
    ``fingerprint``, ``severity``, ``location.path``, ``location.lines.begin``)
    and ``location.lines.end``.  The fingerprint must be unique in the
    report: a finding's own fingerprint ignores the file (the same paragraph
    in two files gives the same one), so the path is hashed in with it.
    No findings give ``[]``.
    """

    name = "gitlab"

    def render(self, report: Report) -> Iterator[str]:
        return stream_json(Streamed(_code_quality_issue(finding) for finding in report.findings))


def _workflow_command(finding: Finding) -> str:
    title = f"{finding.code} {finding.alias}" if finding.alias else finding.code
    properties = (
        ("file", finding.path),
        ("line", finding.start.line),
        ("col", finding.start.column),
        ("endLine", finding.end.line),
        ("endColumn", finding.end.column),
        ("title", title),
    )
    joined = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties)
    return f"::{_GITHUB_COMMANDS[finding.severity]} {joined}::{_escape_data(finding.message)}"


def _escape_data(text: str) -> str:
    """As ``escapeData`` in ``@actions/core``: ``%``, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """As ``escapeProperty`` in ``@actions/core``: the data escapes, plus ``:`` and ``,``."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _code_quality_issue(finding: Finding) -> dict[str, Any]:
    return {
        "description": finding.message,
        "check_name": finding.code,
        "fingerprint": gitlab_fingerprint(finding),
        "severity": _GITLAB_SEVERITIES[finding.severity],
        "location": {"path": finding.path, "lines": {"begin": finding.start.line, "end": finding.end.line}},
    }


def gitlab_fingerprint(finding: Finding) -> str:
    """The finding's fingerprint made unique across files: SHA-256 of path, U+001F, fingerprint; 32 hex digits."""
    return hashlib.sha256(f"{finding.path}\x1f{finding.fingerprint}".encode("utf-8")).hexdigest()[:32]
