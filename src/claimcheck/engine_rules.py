"""Rules whose findings the engine itself produces: a document that cannot be parsed, suppression problems.

They are registered through the ``claimcheck_rules`` hook like any Python
rule, so users list, explain, select and ignore them like any other; their
checker never matches text — the runner and the suppression filter report
them — and, having nothing to match, they carry no examples (the self-test
skips rules of type ``engine``; the test suite covers them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Sequence

from claimcheck.finding import Severity
from claimcheck.plugins import hookimpl
from claimcheck.rules.model import Hit, Rule, Scope

if TYPE_CHECKING:
    from claimcheck.config import Settings
    from claimcheck.document import Document, Span

__all__ = ["ENGINE_RULES", "ENGINE_TYPE", "PARSE_ERROR", "claimcheck_rules"]

ENGINE_TYPE = "engine"


class _ReportedByTheEngine:
    """A checker that finds nothing in text: the engine reports these rules' findings itself."""

    prefilter: Sequence[str] = ()

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        return iter(())


def _engine_rule(code: str, alias: str, severity: Severity, description: str) -> Rule:
    return Rule(
        code=code,
        alias=alias,
        type=ENGINE_TYPE,
        severity=severity,
        message="{match}",
        scope=Scope.DOCUMENT,
        checker=_ReportedByTheEngine(),
        description=description,
        tags=("engine",),
        pack="claimcheck",
    )


PARSE_ERROR = _engine_rule(
    "CC001",
    "parse-error",
    Severity.ERROR,
    "The document could not be parsed (malformed XML, a broken container). It is reported at the "
    "parser's position, the run exits 2, and the other files are still checked. Fix the document; "
    "ignoring this rule hides the finding but not the exit code.",
)

ENGINE_RULES = (
    PARSE_ERROR,
    _engine_rule(
        "CC002",
        "unused-suppression",
        Severity.WARNING,
        "A claimcheck-disable comment that suppresses nothing: the finding it was written for is gone, "
        "or the code is wrong. Remove it, so that it cannot hide a future finding.",
    ),
    _engine_rule(
        "CC003",
        "unclosed-disable",
        Severity.INFO,
        "A claimcheck-disable never re-enabled: it silences the rule to the end of the file. Add "
        "claimcheck-enable after the passage, or say so with claimcheck-disable-file.",
    ),
    _engine_rule(
        "CC004",
        "unknown-rule-in-directive",
        Severity.WARNING,
        "A suppression comment names a code or alias that no rule has (a typo suppresses nothing).",
    ),
)


@hookimpl
def claimcheck_rules(settings: "Settings") -> list[Rule]:
    return list(ENGINE_RULES)
