"""``--statistics``: how many findings each rule produced, instead of the findings themselves."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple, Sequence

if TYPE_CHECKING:
    from claimcheck.finding import Finding

__all__ = ["render_statistics"]

_JSON_FORMATS = frozenset({"json", "json-lines"})


class _Row(NamedTuple):
    """The findings of one rule code, counted."""

    code: str
    alias: str
    severity: str
    count: int
    fixable: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "alias": self.alias,
            "severity": self.severity,
            "count": self.count,
            "fixable": self.fixable,
        }


def render_statistics(findings: Sequence[Finding], *, output_format: str) -> str:
    """Count ``findings`` per rule code, most frequent first, ties by code.

    For the ``json`` and ``json-lines`` output formats the result is a JSON
    array (indented by two spaces, ``"[]"`` when empty) of objects with
    ``code``, ``alias``, ``severity``, ``count`` and ``fixable`` (whether any
    finding of that code carries a fix), so scripts get the same data as the
    table.  A JSON *array* rather than JSON Lines: the statistics are one
    small summary, not a stream.

    For every other format the result is a table like ruff's, one line per
    code, columns separated by two spaces::

        12  PS2    [*] vague-retention
         3  PS101  [ ] overconfident-wording

    that is: the count right-aligned to the widest count, the code
    left-aligned and padded to the widest code, ``[*]`` when fixable or
    ``[ ]`` when not, then one space and the alias.  No findings give an
    empty string.
    """
    rows = _rows(findings)
    if output_format in _JSON_FORMATS:
        return json.dumps([row.to_dict() for row in rows], indent=2, ensure_ascii=False) + "\n"
    return _table(rows)


def _rows(findings: Sequence[Finding]) -> list[_Row]:
    """One row per code, sorted by count (descending) then code.

    Alias and severity come from the code's first finding: a rule has one
    alias, and its severity is the same across a run.
    """
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.code, []).append(finding)
    rows = [
        _Row(
            code=code,
            alias=group[0].alias,
            severity=group[0].severity.value,
            count=len(group),
            fixable=any(finding.fix is not None for finding in group),
        )
        for code, group in groups.items()
    ]
    return sorted(rows, key=lambda row: (-row.count, row.code))


def _table(rows: Sequence[_Row]) -> str:
    """The text layout described in :func:`render_statistics`."""
    if not rows:
        return ""
    count_width = max(len(str(row.count)) for row in rows)
    code_width = max(len(row.code) for row in rows)
    lines = []
    for row in rows:
        marker = "[*]" if row.fixable else "[ ]"
        line = f"{row.count:>{count_width}}  {row.code:<{code_width}}  {marker} {row.alias}"
        lines.append(line.rstrip(" "))
    return "".join(f"{line}\n" for line in lines)
