"""The ``html`` reporter: a run's summary, coverage matrices, evidence and findings on one page.

The page is self-contained: inline CSS, no script, no font, image or link
outside the page, and a Content-Security-Policy that forbids fetching any.
Every text that comes from a document, a rule or a path goes through
:func:`html.escape`.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from claimcheck.finding import CoverageResult, FileCoverage, Finding, Severity

if TYPE_CHECKING:
    from claimcheck.reporters import Report
    from claimcheck.rules.model import Rule

__all__ = ["HtmlReporter", "render_html"]

ADDRESSED, MISSING, OUT_OF_SCOPE = "✓", "✗", "·"

# (class, glyph, accessible text) of each kind of matrix cell.
_CELLS = {
    "addressed": ("addressed", ADDRESSED, "addressed"),
    "missing": ("missing", MISSING, "not addressed"),
    "out-of-scope": ("out-of-scope", OUT_OF_SCOPE, "out of scope"),
    "not-checked": ("not-checked", "", "not checked"),
}

_CSS = """
:root { color-scheme: light; --ok: #1a7f37; --bad: #b42318; --muted: #667085; --line: #d0d5dd; --head: #f2f4f7; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 80rem; padding: 1.5rem; font: 15px/1.45 system-ui, sans-serif; color: #101828; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
header.summary { border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; background: var(--head); }
header.summary dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 0; }
header.summary dt { font-weight: 600; }
header.summary dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
td, th { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--head); }
.matrix-wrap { overflow-x: auto; position: relative; }
table.matrix td.cell { text-align: center; font-size: 1.15rem; font-weight: 700; min-width: 2.5rem; }
table.matrix tr.titles th { font-weight: 400; font-size: .8rem; color: #344054; max-width: 11rem; }
td.addressed { color: var(--ok); background: #ecfdf3; }
td.missing { color: var(--bad); background: #fef3f2; }
td.out-of-scope { color: var(--muted); }
td.not-checked { background: repeating-linear-gradient(45deg, #fff, #fff 4px, var(--head) 4px, var(--head) 8px); }
.legend { color: #344054; font-size: .9rem; }
.legend span.key { display: inline-block; margin-right: 1.25rem; }
.evidence ul { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
.evidence li { margin: .15rem 0; }
.evidence li.more { list-style: none; color: var(--muted); font-style: italic; }
.evidence .none { color: var(--bad); }
.loc { font-family: ui-monospace, monospace; font-size: .85rem; color: var(--muted); margin-right: .35rem; }
q { font-style: italic; }
code { font-family: ui-monospace, monospace; font-size: .9em; }
table.findings { width: 100%; }
table.findings td.sev { font-weight: 600; }
tr.sev-error td.sev { color: var(--bad); }
tr.sev-warning td.sev { color: #b54708; }
tr.sev-info td.sev { color: #175cd3; }
.empty { color: var(--muted); }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
.sr { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@media print { .matrix-wrap { overflow: visible; } }
"""

# Nothing may be fetched: no script, no font, no image, no frame, no form target.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


class HtmlReporter:
    """The ``html`` output format (``--output-format html -o report.html``)."""

    name = "html"

    def render(self, report: "Report") -> str:
        return render_html(report)


@dataclass(frozen=True)
class _Criterion:
    id: str
    title: str


@dataclass(frozen=True)
class _FrameworkView:
    id: str
    criteria: tuple[_Criterion, ...]
    documents: tuple[FileCoverage, ...]


def render_html(report: "Report", *, title: str = "claimcheck report") -> str:
    """The whole page for ``report``, ending with a newline."""
    frameworks = _frameworks(report.coverage, report.rules)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_e(_CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="claimcheck-html-report">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        _summary(report, frameworks, title=title),
        "<main>",
    ]
    for index, framework in enumerate(frameworks, start=1):
        parts.append(_framework_section(framework, index=index))
    parts.append(_findings_section(report.findings))
    parts += ["</main>", _footer(), "</body>", "</html>"]
    return "\n".join(parts) + "\n"


# -- data --------------------------------------------------------------------


def _frameworks(coverage: Sequence[FileCoverage], rules: Sequence["Rule"]) -> list[_FrameworkView]:
    """Each framework's criteria (in the order results give them) and documents (in the order checked)."""
    documents: dict[str, list[FileCoverage]] = {}
    criteria: dict[str, dict[str, str]] = {}
    for item in coverage:
        documents.setdefault(item.framework, []).append(item)
        known = criteria.setdefault(item.framework, {})
        for result in item.results:
            if not known.get(result.criterion):
                known[result.criterion] = result.title
    # Rules name the criteria they check, so a framework whose documents are
    # all out of scope still shows its columns (titled by their id).
    for rule in rules:
        if rule.framework in criteria and rule.criterion:
            criteria[rule.framework].setdefault(rule.criterion, "")
    return [
        _FrameworkView(
            id=framework_id,
            criteria=tuple(_Criterion(id=cid, title=ctitle) for cid, ctitle in criteria[framework_id].items()),
            documents=tuple(items),
        )
        for framework_id, items in documents.items()
    ]


def _result(item: FileCoverage, criterion: str) -> CoverageResult | None:
    return next((result for result in item.results if result.criterion == criterion), None)


def _cell_kind(item: FileCoverage, criterion: str) -> str:
    if not item.in_scope:
        return "out-of-scope"
    result = _result(item, criterion)
    if result is None:
        return "not-checked"  # the criterion's rule was not selected
    return "addressed" if result.addressed else "missing"


def _files(report: "Report") -> list[str]:
    seen = dict.fromkeys(report.files)
    for finding in report.findings:
        seen.setdefault(finding.path)
    for item in report.coverage:
        seen.setdefault(item.path)
    return list(seen)


# -- sections ----------------------------------------------------------------


def _summary(report: "Report", frameworks: Sequence[_FrameworkView], *, title: str) -> str:
    severities = Counter(finding.severity for finding in report.findings)
    files = _files(report)
    with_findings = len({finding.path for finding in report.findings})
    counts = ", ".join(f"{severities[severity]} {_severity_word(severity, severities[severity])}" for severity in _SEVERITY_ORDER)
    rows = [
        ("Files checked", f"{len(files)} ({with_findings} with findings)"),
        ("Findings", f"{len(report.findings)} ({counts})"),
    ]
    for framework in frameworks:
        in_scope = [item for item in framework.documents if item.in_scope]
        cells = [_cell_kind(item, criterion.id) for item in in_scope for criterion in framework.criteria]
        rows.append(
            (
                f"Framework {framework.id}",
                f"{len(in_scope)} of {len(framework.documents)} documents in scope; "
                f"{cells.count('addressed')} of {len(cells)} criteria addressed",
            )
        )
    if not frameworks:
        rows.append(("Coverage", "No framework applies to the checked files."))
    body = "\n".join(f"<dt>{_e(name)}</dt><dd>{_e(value)}</dd>" for name, value in rows)
    return f'<header class="summary">\n<h1>{_e(title)}</h1>\n<dl>\n{body}\n</dl>\n</header>'


def _framework_section(framework: _FrameworkView, *, index: int) -> str:
    anchor = f"fw-{index}"
    lines = [
        f'<section class="framework" id="{anchor}" aria-labelledby="{anchor}-title">',
        f'<h2 id="{anchor}-title">Coverage: <code>{_e(framework.id)}</code></h2>',
        '<div class="matrix-wrap">',
        f'<table class="matrix" data-framework="{_e(framework.id)}">',
        f"<caption class=\"sr\">Documents × criteria of the framework {_e(framework.id)}</caption>",
        "<thead>",
        '<tr class="ids"><th scope="col" rowspan="2">document</th><th scope="col" rowspan="2">in scope</th>'
        + "".join(
            f'<th scope="col" data-criterion="{_e(c.id)}" title="{_e(c.title or c.id)}"><code>{_e(c.id)}</code></th>'
            for c in framework.criteria
        )
        + "</tr>",
        '<tr class="titles">' + "".join(f"<th>{_e(c.title or c.id)}</th>" for c in framework.criteria) + "</tr>",
        "</thead>",
        "<tbody>",
    ]
    for number, item in enumerate(framework.documents, start=1):
        document = _e(item.path)
        name = f'<a href="#{anchor}-doc-{number}">{document}</a>' if item.in_scope else document
        cells = "".join(_cell(item, criterion) for criterion in framework.criteria)
        lines.append(
            f'<tr data-path="{document}"><th scope="row">{name}</th><td class="scope">{"yes" if item.in_scope else "no"}</td>{cells}</tr>'
        )
    lines += [
        "</tbody>",
        "</table>",
        "</div>",
        '<p class="legend">'
        f'<span class="key"><span aria-hidden="true">{ADDRESSED}</span> addressed</span>'
        f'<span class="key"><span aria-hidden="true">{MISSING}</span> not addressed</span>'
        f'<span class="key"><span aria-hidden="true">{OUT_OF_SCOPE}</span> text out of the framework\'s scope</span>'
        '<span class="key">blank: criterion not checked</span>'
        "</p>",
        _evidence(framework, anchor=anchor),
        "</section>",
    ]
    return "\n".join(lines)


def _cell(item: FileCoverage, criterion: _Criterion) -> str:
    css, glyph, text = _CELLS[_cell_kind(item, criterion.id)]
    shown = f'<span aria-hidden="true">{glyph}</span> ' if glyph else ""
    return f'<td class="cell {css}" data-criterion="{_e(criterion.id)}" title="{_e(text)}">{shown}<span class="sr">{_e(text)}</span></td>'


def _evidence(framework: _FrameworkView, *, anchor: str) -> str:
    lines = ['<div class="evidence">', f'<h3 class="sr">Evidence for {_e(framework.id)}</h3>']
    for number, item in enumerate(framework.documents, start=1):
        if not item.in_scope:
            continue
        lines.append(f'<article class="document" id="{anchor}-doc-{number}" data-path="{_e(item.path)}">')
        lines.append(f"<h3>Evidence in {_e(item.path)}</h3>")
        lines.append("<ul>")
        for result in item.results:
            label = f'<code>{_e(result.criterion)}</code>{" — " + _e(result.title) if result.title else ""}'
            if result.evidence:
                quotes = "".join(
                    f'<li class="quote"><span class="loc">{e.start.line}:{e.start.column}</span> <q>{_e(_one_line(e.text))}</q></li>'
                    for e in result.evidence
                )
                more = _more(result)
                if more:
                    quotes += f'<li class="more">and {_e(more)} more</li>'
                lines.append(f'<li class="criterion addressed" data-criterion="{_e(result.criterion)}">{label}<ul>{quotes}</ul></li>')
            else:
                lines.append(
                    f'<li class="criterion missing" data-criterion="{_e(result.criterion)}">{label}: '
                    f'<span class="none">not addressed</span> (<code>{_e(result.code)}</code>)</li>'
                )
        lines += ["</ul>", "</article>"]
    out = [item.path for item in framework.documents if not item.in_scope]
    if out:
        lines.append(f'<p class="out-of-scope-list">Out of this framework\'s scope: {_e(", ".join(out))}</p>')
    lines.append("</div>")
    return "\n".join(lines)


def _findings_section(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    lines = ['<section class="findings" id="findings" aria-labelledby="findings-title">', f'<h2 id="findings-title">Findings ({len(findings)})</h2>']
    if not findings:
        lines += ['<p class="empty">No findings.</p>', "</section>"]
        return "\n".join(lines)
    lines += [
        '<table class="findings">',
        "<thead><tr>"
        + "".join(f'<th scope="col">{name}</th>' for name in ("file", "line:col", "code", "severity", "message", "label"))
        + "</tr></thead>",
        "<tbody>",
    ]
    for finding in findings:  # sorted as given
        severity = finding.severity.value
        lines.append(
            f'<tr class="finding sev-{_e(severity)}">'
            f'<td class="path">{_e(finding.path)}</td>'
            f'<td class="loc">{finding.start.line}:{finding.start.column}</td>'
            f'<td class="code"><code title="{_e(finding.alias)}">{_e(finding.code)}</code></td>'
            f'<td class="sev">{_e(severity)}</td>'
            f'<td class="message">{_e(finding.message)}</td>'
            f'<td class="label">{_e(finding.label or "")}</td>'
            "</tr>"
        )
    lines += ["</tbody>", "</table>", "</section>"]
    return "\n".join(lines)


def _footer() -> str:
    try:
        from claimcheck import __version__ as claimcheck_version
    except ImportError:  # pragma: no cover - every claimcheck has one
        claimcheck_version = "?"
    from claimcheck_html_report import __version__

    return f"<footer>Generated by claimcheck {_e(claimcheck_version)} with claimcheck-html-report {_e(__version__)}.</footer>"


# -- helpers -----------------------------------------------------------------

_SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _severity_word(severity: Severity, count: int) -> str:
    if severity is Severity.INFO:
        return "info"
    return severity.value + ("" if count == 1 else "s")


def _more(result: CoverageResult) -> int:
    """How many passages of evidence were found beyond those the result lists (claimcheck keeps the first ones)."""
    # A claimcheck older than ``evidence_count`` listed every passage.
    return max(getattr(result, "evidence_count", len(result.evidence)) - len(result.evidence), 0)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
