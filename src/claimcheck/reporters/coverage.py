"""The coverage matrix of ``claimcheck coverage``: documents × criteria, with the evidence.

Four renderings of the same data: a terminal table (``table``), ``json``,
``markdown`` (for a report or a pull-request comment) and ``csv`` (one row per
document and criterion, for a spreadsheet).

A coverage result lists only the first passages of evidence (see
:data:`claimcheck.engine.MAX_EVIDENCE`); the table and the markdown say how
many more there are ("…; and 12 more"), the CSV's ``evidence_count`` column
and the JSON's ``evidence_count`` field give the total.
"""

from __future__ import annotations

import io
import json
from typing import Callable, Mapping, Sequence

from claimcheck.finding import CoverageResult, FileCoverage
from claimcheck.framework import Framework

__all__ = ["COVERAGE_FORMATS", "render_coverage"]

_ADDRESSED, _MISSING, _OUT_OF_SCOPE = "✓", "✗", "·"


def render_coverage(output_format: str, coverage: Sequence[FileCoverage], frameworks: Mapping[str, Framework]) -> str:
    """The coverage of every checked file under every framework, in ``output_format``."""
    return COVERAGE_FORMATS[output_format](coverage, frameworks)


def _criteria(framework: Framework) -> list[str]:
    return list(framework.criteria)


def _by_framework(coverage: Sequence[FileCoverage], frameworks: Mapping[str, Framework]) -> list[tuple[Framework, list[FileCoverage]]]:
    grouped: dict[str, list[FileCoverage]] = {}
    for item in coverage:
        grouped.setdefault(item.framework, []).append(item)
    return [(frameworks[framework_id], items) for framework_id, items in grouped.items() if framework_id in frameworks]


def _cell(item: FileCoverage, criterion: str) -> str:
    if not item.in_scope:
        return _OUT_OF_SCOPE
    result = next((result for result in item.results if result.criterion == criterion), None)
    if result is None:
        return " "  # the criterion's rule was not selected
    return _ADDRESSED if result.addressed else _MISSING


def _table(coverage: Sequence[FileCoverage], frameworks: Mapping[str, Framework]) -> str:
    lines: list[str] = []
    for framework, items in _by_framework(coverage, frameworks):
        criteria = _criteria(framework)
        labels = [f"C{number}" for number in range(1, len(criteria) + 1)]
        lines.append(f"{framework.id}: {framework.title}")
        lines.append("")
        for label, criterion in zip(labels, criteria):
            lines.append(f"  {label:<4} {criterion:<22} {framework.criteria[criterion].title}")
        lines.append("")
        width = max([len("document")] + [len(item.path) for item in items])
        lines.append(f"{'document':<{width}}  scope  " + " ".join(f"{label:<3}" for label in labels).rstrip())
        for item in items:
            cells = " ".join(f"{_cell(item, criterion):<3}" for criterion in criteria).rstrip()
            lines.append(f"{item.path:<{width}}  {'in ' if item.in_scope else 'out'}    {cells}".rstrip())
        lines.append("")
        lines.append(f"{_ADDRESSED} addressed   {_MISSING} not addressed   {_OUT_OF_SCOPE} text out of the framework's scope")
        evidence = [item for item in items if item.in_scope]
        if evidence:
            lines.append("")
            lines.append("Evidence")
        for item in evidence:
            lines.append(f"  {item.path}")
            for result in item.results:
                if not result.evidence:
                    lines.append(f"    {result.criterion}: none")
                    continue
                quoted = "; ".join(f"{e.start.line}:{e.start.column} “{_one_line(e.text)}”" for e in result.evidence)
                lines.append(f"    {result.criterion}: {quoted}{_more(result)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n" if lines else "No framework applies to the checked files.\n"


def _json(coverage: Sequence[FileCoverage], frameworks: Mapping[str, Framework]) -> str:
    document = {
        "schema_version": 2,
        "frameworks": [
            {
                "id": framework.id,
                "title": framework.title,
                "criteria": [{"id": criterion.id, "title": criterion.title} for criterion in framework.criteria.values()],
            }
            for framework, _ in _by_framework(coverage, frameworks)
        ],
        "documents": [item.to_dict() for item in coverage],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _markdown(coverage: Sequence[FileCoverage], frameworks: Mapping[str, Framework]) -> str:
    lines: list[str] = []
    for framework, items in _by_framework(coverage, frameworks):
        criteria = _criteria(framework)
        lines += [f"## {framework.title} (`{framework.id}`)", ""]
        lines.append("| document | in scope | " + " | ".join(f"`{criterion}`" for criterion in criteria) + " |")
        lines.append("|---|---|" + "---|" * len(criteria))
        for item in items:
            cells = " | ".join(_cell(item, criterion) for criterion in criteria)
            lines.append(f"| {_escape(item.path)} | {'yes' if item.in_scope else 'no'} | {cells} |")
        lines.append("")
        for item in items:
            if not item.in_scope:
                continue
            lines += [f"### {_escape(item.path)}", ""]
            for result in item.results:
                if result.evidence:
                    quotes = "; ".join(f"line {e.start.line}: “{_escape(_one_line(e.text))}”" for e in result.evidence)
                    lines.append(f"- **{result.criterion}** — {quotes}{_more(result)}")
                else:
                    lines.append(f"- **{result.criterion}** — not addressed ({result.code})")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n" if lines else "No framework applies to the checked files.\n"


def _csv(coverage: Sequence[FileCoverage], frameworks: Mapping[str, Framework]) -> str:
    import csv  # here: only this format needs it, and every run imports this module

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["path", "framework", "in_scope", "criterion", "code", "addressed", "evidence_count", "evidence"])
    for item in coverage:
        if not item.in_scope:
            writer.writerow([item.path, item.framework, "no", "", "", "", "", ""])
            continue
        for result in item.results:
            evidence = "; ".join(f"{e.start.line}:{e.start.column} {_one_line(e.text)}" for e in result.evidence)
            writer.writerow(
                [item.path, item.framework, "yes", result.criterion, result.code, "yes" if result.addressed else "no", result.evidence_count, evidence]
            )
    return buffer.getvalue()


def _more(result: CoverageResult) -> str:
    """``"; and N more"`` when the result lists fewer passages than were found, else nothing."""
    more = result.evidence_count - len(result.evidence)
    return f"; and {more} more" if more > 0 else ""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _escape(text: str) -> str:
    return text.replace("|", "\\|")


COVERAGE_FORMATS: dict[str, Callable[[Sequence[FileCoverage], Mapping[str, Framework]], str]] = {
    "table": _table,
    "json": _json,
    "markdown": _markdown,
    "csv": _csv,
}
