"""Running compiled rules over one document and turning their hits into findings.

The engine is given rules that were selected and compiled once for the run
(:class:`RuleSet`); per document it scans once for every rule's prefilter,
then runs only the rules that can match.  A rule that raises does not stop the
run: the error names the rule and the file, and the other rules still run.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Sequence

from claimcheck.document import Document
from claimcheck.finding import Finding, Fix, Location
from claimcheck.matching import Prefilter, compile_pattern
from claimcheck.rules.model import Hit, Rule, Scope
from claimcheck.scopes import scope_spans

__all__ = ["CheckResult", "RuleFailure", "RuleSet", "check_document"]

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class RuleFailure:
    """A rule that raised while checking a document: reported, and the run goes on."""

    path: str
    code: str
    pack: str
    error: str

    def describe(self) -> str:
        return f"{self.path}: rule {self.code} (from {self.pack or 'a plugin'}) failed: {self.error}"


@dataclass
class CheckResult:
    findings: list[Finding] = field(default_factory=list)
    failures: list[RuleFailure] = field(default_factory=list)


class RuleSet:
    """Rules compiled for a run: the rules themselves and their shared prefilter."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        self._preconditions = {
            index: compile_pattern(rule.precondition, where=f"rule {rule.code}: 'when'")
            for index, rule in enumerate(self.rules)
            if rule.when
        }
        self._always = [index for index, rule in enumerate(self.rules) if not rule.checker.prefilter]
        self._prefilter = Prefilter(
            (index, pattern) for index, rule in enumerate(self.rules) for pattern in rule.checker.prefilter
        )

    def candidates(self, document: Document) -> list[Rule]:
        """The rules that may have hits in ``document``, in rule order."""
        folded = document.folded
        indexes = self._prefilter.owners_matching(folded)
        indexes.update(self._always)
        return [
            self.rules[index]
            for index in sorted(indexes)
            if index not in self._preconditions or self._preconditions[index].search(folded)
        ]


def check_document(document: Document, rule_set: RuleSet) -> CheckResult:
    """Run every rule of ``rule_set`` that can match on ``document``."""
    result = CheckResult()
    if not document.text:
        return result
    spans_by_scope: dict[Scope, Sequence] = {}
    occurrences: dict[str, int] = {}
    for rule in rule_set.candidates(document):
        spans = spans_by_scope.get(rule.scope)
        if spans is None:
            spans = spans_by_scope[rule.scope] = scope_spans(document, rule.scope)
        try:
            hits = list(rule.checker.check(document, spans))
            findings = [_finding(document, rule, hit, occurrences) for hit in hits if _inside(hit, document)]
        except Exception as error:  # a broken rule must not stop the others
            result.failures.append(RuleFailure(document.path, rule.code, rule.pack, f"{type(error).__name__}: {error}"))
            continue
        result.findings.extend(findings)
    return result


def _inside(hit: Hit, document: Document) -> bool:
    if not (0 <= hit.start <= hit.end <= len(document.text)):
        raise ValueError(f"hit [{hit.start}, {hit.end}) lies outside the document text (length {len(document.text)})")
    return True


def _finding(document: Document, rule: Rule, hit: Hit, occurrences: dict[str, int]) -> Finding:
    source_map = document.source_map
    start = Location(*source_map.position(hit.start))
    end = Location(*source_map.position(hit.end, end=True)) if hit.end > hit.start else start
    match = document.text[hit.start : hit.end]
    values = {"match": match, "replacement": hit.replacement or "", **hit.values}
    fix = Fix(start, end, hit.replacement) if hit.replacement is not None else None
    return Finding(
        path=document.path,
        code=rule.code,
        alias=rule.alias,
        severity=rule.severity,
        message=rule.message.format_map(values),
        start=start,
        end=end,
        fingerprint=_fingerprint(document, rule, hit, occurrences),
        label=source_map.label(hit.start),
        framework=rule.framework,
        criterion=rule.criterion,
        fact=rule.fact,
        source=rule.source,
        url=rule.url,
        fix=fix,
        excerpt=source_map.line_text(document.source, start.line),
    )


def _fingerprint(document: Document, rule: Rule, hit: Hit, occurrences: dict[str, int]) -> str:
    """A hash of the rule, the matched words and their block — not of line numbers.

    Edits elsewhere in the file leave it unchanged; a second identical
    finding in an identical block gets a different one through the
    occurrence count.
    """
    block = document.block_at(hit.start)
    context = document.folded[block.start : block.end] if block else ""
    key = "\x1f".join((rule.code, document.folded[hit.start : hit.end], _SPACES.sub(" ", context).strip()))
    count = occurrences.get(key, 0)
    occurrences[key] = count + 1
    return hashlib.sha256(f"{key}\x1f{count}".encode("utf-8")).hexdigest()[:16]
