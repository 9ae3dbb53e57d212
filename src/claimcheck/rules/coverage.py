"""The ``coverage`` rule type: does an in-scope text address one criterion of its framework?

Coverage is a question about the whole text (or each section), not about a
word: the checker looks for *evidence* that the criterion is addressed and
the engine reports the criterion as addressed, with the evidence spans, or
missing.  Evidence can demand context — "Article 9" counts only in a sentence
that is also about the constitution — and an ``exclude`` pattern in the same
sentence vetoes it ("Article 9 of the North Atlantic Treaty").  An exclusion
that concerns one evidence pattern only is written in that pattern's table,
where it vetoes that pattern alone, in the same sentence or paragraph as its
context.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Sequence

from claimcheck.errors import PackError
from claimcheck.fold import fold_pattern
from claimcheck.literals import required_literal_sets
from claimcheck.matching import LITERAL_SCAN, check_pattern, compile_folded, keyword_pattern
from claimcheck.rules.keywords import Exceptions
from claimcheck.rules.model import Hit
from claimcheck.rules.options import pattern_groups, string_list
from claimcheck.scopes import SentenceSpans, SpanIndex, uncovered

if TYPE_CHECKING:
    import re2

    from claimcheck.document import Document, Span

__all__ = ["CoverageChecker", "CoverageType"]

_WITHIN = ("sentence", "paragraph")


@dataclass(frozen=True)
class _Evidence:
    """One evidence pattern and the context it needs around it, compiled on first use.

    A criterion's evidence is looked for only in documents within its
    framework's scope: most runs never compile it (the patterns were
    checked when the pack was loaded).
    """

    pattern: str
    """The evidence pattern, folded when the pack was built, as are the context and exclude patterns."""
    context_patterns: tuple[str, ...]
    within: str
    where: str
    requirements: tuple[frozenset[str], ...] = ()
    """Sets of strings of which every match holds one of each (:func:`~claimcheck.literals.required_literal_sets`)."""
    exclude: Exceptions | None = None
    """Patterns that, in the same unit (``within``), mean this match is about something else."""

    @functools.cached_property
    def regex(self) -> "re2._Regexp":
        return compile_folded(self.pattern, where=f"{self.where}: 'pattern'")

    def in_context(self, unit_text: str) -> bool:
        """Whether every context group matches in ``unit_text``.

        Each group is compiled when it is first reached (compiled patterns are
        shared by all rules): a group after one that fails is never compiled.
        Compiling every group of every evidence item that matched took a third
        of the RE2 compiling in a one-file run.
        """
        return all(compile_folded(pattern, where=f"{self.where}: 'context'").search(unit_text) is not None for pattern in self.context_patterns)

    def excluded_in(self, unit_text: str) -> bool:
        """Whether this item's own ``exclude`` matches in ``unit_text``."""
        return self.exclude is not None and self.exclude.found_in(unit_text)


class CoverageChecker:
    """Finds a criterion's evidence; a scope span without evidence is a hit.

    ``prefilter`` is empty: a missing criterion is precisely a document in
    which no evidence pattern matches, so the rule must always run.
    """

    prefilter: Sequence[str] = ()

    def __init__(self, evidence: Sequence[_Evidence], exclude: Exceptions | None, *, where: str = "") -> None:
        self._evidence = evidence
        self._exclude = exclude
        self._where = where
        self._register()

    def _register(self) -> None:
        # An evidence pattern none of whose required strings occurs in a document cannot match
        # there: it is neither compiled nor run.  Most in-scope documents address a few criteria.
        self._requirements = [tuple(map(LITERAL_SCAN.register, item.requirements)) for item in self._evidence]

    def __getstate__(self) -> dict[str, object]:
        return {"_evidence": self._evidence, "_exclude": self._exclude, "_where": self._where}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._register()

    def evidence(self, document: "Document", spans: Sequence["Span"]) -> list[tuple[int, int]]:
        """The spans of ``document.text`` that address the criterion, in text order, each inside one scope span."""
        folded = document.folded
        scope = SpanIndex(spans)
        sentences = SpanIndex(SentenceSpans(document)) if self._needs_sentences else None
        found: set[tuple[int, int]] = set()
        met = LITERAL_SCAN.met(folded)
        for item, requirements in zip(self._evidence, self._requirements):
            if not met.issuperset(requirements):
                continue
            for start, end in document.folded_utf8.spans(item.regex):
                if scope.containing(start, end) is None:
                    continue
                block = document.block_at(start)
                if block is None or end > block.end:
                    continue
                sentence = sentences.containing(start, end) if sentences else None
                if self._excluded(folded, sentence) or not self._in_context(folded, item, block, sentence):
                    continue
                found.add((start, end))
        return _outermost(sorted(found))

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        """One hit at the start of each scope span that holds no evidence."""
        for span in uncovered(spans, self.evidence(document, spans)):
            yield Hit(span.start, span.start)

    @property
    def _needs_sentences(self) -> bool:
        return self._exclude is not None or any(
            (item.context_patterns or item.exclude) and item.within == "sentence" for item in self._evidence
        )

    def _excluded(self, folded: str, sentence: "Span | None") -> bool:
        # Search a slice: the RE2 wrapper converts pos/endpos from the start of the text on every call,
        # which made a long document quadratic.
        return self._exclude is not None and sentence is not None and self._exclude.found_in(folded[sentence.start : sentence.end])

    @staticmethod
    def _in_context(folded: str, item: _Evidence, block: Any, sentence: "Span | None") -> bool:
        """Whether the item's context is in its unit, and its own exclusion is not."""
        if not item.context_patterns and item.exclude is None:
            return True
        unit = sentence if item.within == "sentence" and sentence is not None else block
        unit_text = folded[unit.start : unit.end]
        return item.in_context(unit_text) and not item.excluded_in(unit_text)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop evidence lying inside other evidence ("article 9" inside "l'article 9 de la Constitution")."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


class CoverageType:
    """``coverage``: evidence that a framework criterion is addressed."""

    name = "coverage"
    options = {
        "evidence": "patterns, or tables {pattern, context, within, exclude}, whose match shows the criterion is addressed",
        "exclude": "patterns that, in the same sentence as the evidence, mean it is about something else",
    }
    required = ("evidence",)

    def build(self, options: Mapping[str, Any], *, where: str) -> CoverageChecker:
        items = options.get("evidence")
        if not isinstance(items, list) or not items:
            raise PackError(f"{where}: 'evidence' must be a non-empty list of patterns or tables")
        evidence = [_evidence(item, where=f"{where}: evidence #{number}") for number, item in enumerate(items, start=1)]
        return CoverageChecker(evidence, _exclusion(options, where=where), where=where)


def _exclusion(options: Mapping[str, Any], *, where: str) -> Exceptions | None:
    """The ``exclude`` list of a rule or of an evidence table, if it has one."""
    patterns = string_list(options, "exclude", where=where)
    return Exceptions(patterns, where=f"{where}: 'exclude'") if patterns else None


def _evidence(item: Any, *, where: str) -> _Evidence:
    if isinstance(item, str):
        item = {"pattern": item}
    if not isinstance(item, dict):
        raise PackError(f"{where}: must be a pattern or a table with 'pattern', 'context', 'within', 'exclude'")
    for key in item:
        if key not in ("pattern", "context", "within", "exclude"):
            raise PackError(f"{where}: key '{key}' is unknown (expected pattern, context, within, exclude)")
    pattern = item.get("pattern")
    if not isinstance(pattern, str) or not pattern.strip():
        raise PackError(f"{where}: 'pattern' must be a non-empty string")
    within = item.get("within", "sentence")
    if within not in _WITHIN:
        raise PackError(f"{where}: 'within' must be one of {', '.join(_WITHIN)}, got {within!r}")
    pattern = keyword_pattern([pattern])
    check_pattern(pattern, where=f"{where}: 'pattern'")
    context_patterns = tuple(keyword_pattern(group) for group in pattern_groups(item.get("context", []), "context", where=where))
    for context in context_patterns:
        check_pattern(context, where=f"{where}: 'context'")
    exclude = _exclusion(item, where=where)
    folded = fold_pattern(pattern)
    requirements = tuple(required_literal_sets(folded))
    return _Evidence(folded, tuple(map(fold_pattern, context_patterns)), within, where, requirements, exclude)
