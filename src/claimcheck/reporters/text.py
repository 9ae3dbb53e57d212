"""Human-readable reporters: ``full`` (source context and carets, the default) and ``concise``."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Sequence

from claimcheck.finding import Severity

if TYPE_CHECKING:
    from claimcheck.finding import Finding
    from claimcheck.reporters import Report

__all__ = ["ConciseReporter", "FullReporter"]


class ConciseReporter:
    """One line per finding, for editors, grep and terminals where context is noise.

    Each line is ``{path}:{line}:{column}: {code} [{severity}] {message}``,
    with `` ({label})`` appended when the finding has a label.  There is no
    summary line, so the output stays one finding per line; no findings give
    an empty string.
    """

    name = "concise"

    def render(self, report: Report) -> str:
        return "".join(f"{_headline(finding)}\n" for finding in report.findings)


class FullReporter:
    """Each finding with its source line and carets under the match, then a summary.

    Modelled on ruff's ``full`` format, so that a reader sees *where* the
    wording is without opening the file::

        policy.md:12:4: PS101 [warning] "guarantee" overstates what the policy can promise
           |
        12 | We guarantee that your data is safe.
           |    ^^^^^^^^^ overconfident-wording
           |
           = fix: replace with "aims to ensure"
           = source: GDPR Art. 32 <https://example.org/art32>

    The header is the ``concise`` line (framework, criterion or fact, and
    label included: ``[nato-japan/article-9]``), so both formats grep alike.  The replacement is quoted and escaped as a JSON string, so a
    line break in it cannot break the layout.  Findings are separated by a
    blank line and followed by a summary line.
    """

    name = "full"

    def render(self, report: Report) -> str:
        if not report.findings:
            return f"All checks passed ({_plural(len(report.files), 'file')} checked).\n"
        blocks = [_block(finding) + "\n" for finding in report.findings]
        return "\n".join(blocks) + "\n" + _summary(report.findings) + "\n"


def _headline(finding: Finding) -> str:
    """The one-line form shared by ``concise`` and the header of ``full``."""
    line = (
        f"{finding.path}:{finding.start.line}:{finding.start.column}: "
        f"{finding.code} [{finding.severity.value}] {finding.message}"
    )
    if finding.framework:
        line += f" [{'/'.join(part for part in (finding.framework, finding.criterion or finding.fact) if part)}]"
    if finding.label:
        line += f" ({finding.label})"
    return line


def _block(finding: Finding) -> str:
    """The lines of one finding in the ``full`` format, without a final newline."""
    number = str(finding.start.line)
    # The gutter is as wide as the line number shown, so the bars line up
    # under the space that follows it.
    pad = " " * (len(number) + 1)
    # A tab becomes one space, so each character still takes one column and
    # the carets stay under the match whatever the terminal's tab stops.
    source = finding.excerpt.replace("\t", " ")
    carets = " " * (finding.start.column - 1) + "^" * _caret_count(finding, source)
    if finding.alias:
        carets += f" {finding.alias}"
    lines = [
        _headline(finding),
        f"{pad}|",
        f"{number} | {source}".rstrip(" "),
        f"{pad}| {carets}",
        f"{pad}|",
    ]
    if finding.fix is not None:
        lines.append(f"{pad}= fix: replace with {_quoted(finding.fix.replacement)}")
    if finding.source:
        note = f"{pad}= source: {finding.source}"
        if finding.url:
            note += f" <{finding.url}>"
        lines.append(note)
    return "\n".join(lines)


def _caret_count(finding: Finding, source: str) -> int:
    """How many carets mark the match on its first line; at least one.

    Columns count characters (code points).  East Asian wide characters and
    combining marks take two and zero terminal cells respectively, which we
    deliberately ignore: policy texts are overwhelmingly in scripts where one
    character is one cell, and cell widths depend on the terminal anyway.
    """
    if finding.end.line == finding.start.line:
        width = finding.end.column - finding.start.column
    else:
        # The match runs onto later lines: mark up to the end of this one.
        width = len(source) - (finding.start.column - 1)
    return max(width, 1)


def _quoted(text: str) -> str:
    """``text`` in double quotes, escaped as in JSON so a line break cannot break the layout."""
    return json.dumps(text, ensure_ascii=False)


def _summary(findings: Sequence[Finding]) -> str:
    """``Found N finding(s) in M file(s) (E errors, W warnings, I info).``"""
    severities = Counter(finding.severity for finding in findings)
    files = len({finding.path for finding in findings})
    return (
        f"Found {_plural(len(findings), 'finding')} in {_plural(files, 'file')} "
        f"({_plural(severities[Severity.ERROR], 'error')}, "
        f"{_plural(severities[Severity.WARNING], 'warning')}, "
        f"{severities[Severity.INFO]} info)."
    )


def _plural(count: int, noun: str) -> str:
    """``1 file`` but ``0 files`` and ``2 files``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
