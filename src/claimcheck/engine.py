"""Running compiled rules over one document and turning their hits into findings.

The engine is given rules that were selected and compiled once for the run
(:class:`RuleSet`); per document it scans once for every rule's prefilter,
then runs only the rules that can match.  A rule that raises does not stop the
run: the error names the rule and the file, and the other rules still run.  When
the file's time budget runs out (:mod:`claimcheck.budget`), the document's check
stops and says which rule was running.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import time
from dataclasses import dataclass, field
from typing import Mapping, NamedTuple, Sequence

from claimcheck.budget import FileTimeout
from claimcheck.document import Document, Span
from claimcheck.finding import CoverageResult, Evidence, FileCoverage, Finding, Fix, Location
from claimcheck.framework import Framework
from claimcheck.matching import Prefilter, compile_pattern
from claimcheck.rules.model import EvidenceChecker, Hit, Rule, Scope
from claimcheck.scopes import scope_spans, uncovered

__all__ = ["MAX_EVIDENCE", "CheckResult", "RuleFailure", "RuleSet", "check_document"]

_SPACES = re.compile(r"\s+")

#: How many evidence passages a coverage result keeps (the first ones, in text order).
#: A reader needs a few passages to see that, and where, a criterion is addressed;
#: ten fill a terminal table cell or a report list without scrolling and still show
#: several sections of a long text.  A dense document can hold tens of thousands of
#: passages (66,000 in one generated 5 MB brief): locating, pickling (from
#: ``--jobs`` workers), caching and reporting them all cost seconds and hundreds of
#: megabytes and tell the reader nothing more.  ``CoverageResult.evidence_count``
#: still gives how many were found.
MAX_EVIDENCE = 10


class RuleFailure(NamedTuple):
    """A rule that raised while checking a document: reported, and the run goes on."""

    path: str
    code: str
    pack: str
    error: str

    def describe(self) -> str:
        """One line for contexts that know no more about the rule (the run itself names its plugin and hook)."""
        return f"{self.path}: rule {self.code} (from {self.pack or 'a plugin'}) failed: {self.error}"


@dataclass
class CheckResult:
    """A document's findings, the rules that failed on it, and each framework's coverage verdict.

    ``stopped_in`` is the code of the rule that was running when the file's
    time budget ran out: the findings are those of the rules before it, later
    rules did not run, and there are no coverage verdicts (they would be
    guesses).
    """

    findings: list[Finding] = field(default_factory=list)
    failures: list[RuleFailure] = field(default_factory=list)
    coverage: list[FileCoverage] = field(default_factory=list)
    stopped_in: str | None = None


class RuleSet:
    """Rules compiled for a run: the rules, their shared prefilter, and the frameworks they belong to."""

    def __init__(self, rules: Sequence[Rule], frameworks: Mapping[str, Framework] | None = None) -> None:
        self.rules = tuple(rules)
        self.frameworks = dict(frameworks or {})
        # Checking a runtime-checkable protocol is slow; decide once which rules are coverage rules.
        self.coverage_codes = frozenset(rule.code for rule in self.rules if isinstance(rule.checker, EvidenceChecker))
        self.coverage_frameworks = list(
            dict.fromkeys(
                rule.framework for rule in self.rules if rule.code in self.coverage_codes and rule.framework in self.frameworks
            )
        )
        """The frameworks that have at least one coverage rule in this set, in rule order."""
        self._preconditions = {
            index: [compile_pattern(pattern, where=f"rule {rule.code}: 'when'") for pattern in rule.preconditions]
            for index, rule in enumerate(self.rules)
            if rule.when
        }
        self._always = [index for index, rule in enumerate(self.rules) if not rule.checker.prefilter]
        self._prefilter = Prefilter(
            (index, pattern) for index, rule in enumerate(self.rules) for pattern in rule.checker.prefilter
        )

    def candidates(self, document: Document) -> list[Rule]:
        """The rules that may have hits in ``document``, in rule order."""
        indexes = self._prefilter.owners_matching(document.folded)
        indexes.update(self._always)
        return [
            self.rules[index]
            for index in sorted(indexes)
            if all(document.folded_utf8.search(precondition) for precondition in self._preconditions.get(index, ()))
        ]


def check_document(document: Document, rule_set: RuleSet, *, deadline: float | None = None) -> CheckResult:
    """Run every rule of ``rule_set`` that can match on ``document``.

    Coverage rules (checkers that find evidence) run only when their
    framework applies to the document; every framework that has coverage
    rules gets a verdict in ``coverage``, in scope or not.

    A :class:`~claimcheck.budget.FileTimeout` raised while a rule runs (the
    budget's alarm) stops the check: the result so far comes back with
    ``stopped_in`` set. Where no alarm is available, ``deadline`` (a
    :func:`time.monotonic` value) is compared with the clock after each rule.
    """
    result = CheckResult()
    spans_by_scope: dict[Scope, Sequence[Span]] = {}
    occurrences: dict[str, int] = {}
    in_scope: dict[str, bool] = {}
    coverage: dict[str, list[CoverageResult]] = {}
    reported: dict[tuple[str, str], list[Hit]] = {}
    for rule in rule_set.candidates(document) if document.text else ():
        spans = spans_by_scope.get(rule.scope)
        if spans is None:
            spans = spans_by_scope[rule.scope] = scope_spans(document, rule.scope)
        try:
            if rule.code in rule_set.coverage_codes:
                if not _applies(rule, rule_set, document, in_scope):
                    continue
                evidence = rule.checker.evidence(document, spans)
                coverage.setdefault(rule.framework, []).append(_coverage_result(document, rule, rule_set, evidence))
                hits = [Hit(span.start, span.start) for span in uncovered(spans, evidence)]
            else:
                hits = list(rule.checker.check(document, spans))
                if rule.fact:
                    hits = _first_report_of_fact(rule, hits, reported)
            findings = [_finding(document, rule, hit, occurrences) for hit in hits if _inside(hit, document)]
            if deadline is not None and time.monotonic() > deadline:
                raise FileTimeout
        except Exception as error:  # a broken rule must not stop the others
            result.failures.append(RuleFailure(document.path, rule.code, rule.pack, f"{type(error).__name__}: {error}"))
            continue
        except FileTimeout:  # the file's time budget ran out in this rule: keep what the rules before it found
            result.stopped_in = rule.code
            return result
        result.findings.extend(findings)
    for framework_id in rule_set.coverage_frameworks:
        applies = in_scope.get(framework_id)
        if applies is None:
            applies = bool(document.text) and rule_set.frameworks[framework_id].applies(document)
        result.coverage.append(FileCoverage(document.path, framework_id, applies, tuple(coverage.get(framework_id, ()))))
    return result


def _first_report_of_fact(rule: Rule, hits: list[Hit], reported: dict[tuple[str, str], list[Hit]]) -> list[Hit]:
    """``hits`` but those overlapping a hit that an earlier rule reported against the same fact.

    A pack may find one fact's contradictions in several ways — a rule per
    sentence frame, and a rule that looks for the wrong value wherever the
    sentence is about the fact. Where two of them match the same words,
    that is one contradiction found twice: the rule that comes first in the
    pack reports it. Two different wrong values in one sentence ("3 % by
    2030") do not overlap and are both reported.
    """
    earlier = reported.setdefault((rule.framework, rule.fact), [])
    kept = [hit for hit in hits if not any(hit.start < other.end and other.start < hit.end for other in earlier)]
    earlier.extend(kept)
    return kept


def _applies(rule: Rule, rule_set: RuleSet, document: Document, cache: dict[str, bool]) -> bool:
    if rule.framework not in cache:
        framework = rule_set.frameworks.get(rule.framework)
        cache[rule.framework] = framework.applies(document) if framework else True
    return cache[rule.framework]


def _coverage_result(document: Document, rule: Rule, rule_set: RuleSet, evidence: Sequence[Span]) -> CoverageResult:
    framework = rule_set.frameworks.get(rule.framework)
    criterion = framework.criteria.get(rule.criterion) if framework else None
    source_map = document.source_map
    # Only the kept passages are located.  The built-in checker gives its spans in text order;
    # take the first ones by position anyway, in case a plugin's checker does not sort them.
    kept = heapq.nsmallest(MAX_EVIDENCE, evidence)
    located = tuple(
        Evidence(Location(*source_map.position(start)), Location(*source_map.position(end, end=True)), document.text[start:end])
        for start, end in kept
    )
    title = criterion.title if criterion else rule.alias
    return CoverageResult(rule.framework, rule.criterion or rule.alias, title, rule.code, bool(evidence), located, len(evidence))


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
    # A match may run across a soft line break ("in\norder to"): in a message it reads as one
    # line, or the one-line formats (concise, GitHub annotations) would break in two.
    values = {key: " ".join(value.split()) if isinstance(value, str) else value for key, value in values.items()}
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
    block = document.block_at(hit.start) if hit.end > hit.start else None  # a whole-document finding has no words
    context = document.folded[block.start : block.end] if block else ""
    key = "\x1f".join((rule.code, document.folded[hit.start : hit.end], _SPACES.sub(" ", context).strip()))
    count = occurrences.get(key, 0)
    occurrences[key] = count + 1
    return hashlib.sha256(f"{key}\x1f{count}".encode("utf-8")).hexdigest()[:16]
