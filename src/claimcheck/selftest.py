"""Running every rule's own examples: what ``claimcheck rules --selftest`` and the test suite do.

A rule's ``examples.fail`` texts must each give at least one finding of that
rule, and its ``examples.pass`` texts none.  A rule without both kinds of
example fails the self-test: a rule nobody showed working is not finished.
Engine rules (type ``engine``: parse errors, suppression problems) match no
text and are covered by the test suite instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Mapping

from claimcheck.engine import RuleSet, check_document
from claimcheck.engine_rules import ENGINE_TYPE
from claimcheck.framework import Framework
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.rules.model import Rule

__all__ = ["ExampleFailure", "run_examples"]


@dataclass(frozen=True)
class ExampleFailure:
    """One example that did not behave as its rule says it should."""

    code: str
    expected: str  # "pass", "fail" or "examples"
    text: str
    detail: str

    def describe(self) -> str:
        if self.expected == "examples":
            return f"{self.code}: {self.detail}"
        return f"{self.code}: example expected to {self.expected} {self.detail}: {self.text!r}"


def run_examples(rules: Iterable[Rule], frameworks: Mapping[str, Framework] | None = None) -> Iterator[ExampleFailure]:
    """Check each rule against its examples, alone (other rules cannot mask it).

    A coverage rule runs only where its framework applies, so ``frameworks``
    must hold the frameworks its pack declares; its ``fail`` examples are
    in-scope texts that miss the criterion.
    """
    reader = MarkdownReader()
    for rule in rules:
        if rule.type == ENGINE_TYPE:
            continue  # reported by the engine itself, never by matching an example
        if not rule.examples.passing or not rule.examples.failing:
            yield ExampleFailure(rule.code, "examples", "", "needs at least one 'pass' and one 'fail' example")
            continue
        rule_set = RuleSet([rule], frameworks)
        for expected, texts in (("pass", rule.examples.passing), ("fail", rule.examples.failing)):
            for text in texts:
                result = check_document(reader.read(text, path="<example>"), rule_set)
                if result.failures:
                    yield ExampleFailure(rule.code, expected, text, f"but the rule raised: {result.failures[0].error}")
                elif expected == "fail" and not result.findings:
                    yield ExampleFailure(rule.code, expected, text, "but gave no finding")
                elif expected == "pass" and result.findings:
                    yield ExampleFailure(rule.code, expected, text, f"but gave {len(result.findings)} finding(s)")
