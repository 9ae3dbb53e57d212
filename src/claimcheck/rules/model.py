"""The one :class:`Rule` model, whether a rule comes from a TOML pack or from Python.

A rule is metadata (code, alias, severity, message, scope, examples…) plus a
:class:`Checker` that finds hits in a document.  Rule *types* (``existence``,
``substitution``…) are factories that turn a TOML table into a checker; a
Python plugin can build a checker directly.  The engine never needs to know
which of the two it is running.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Protocol, Sequence, runtime_checkable

from claimcheck.finding import Severity

if TYPE_CHECKING:
    from claimcheck.document import Document, Span

__all__ = ["Checker", "EvidenceChecker", "Examples", "Hit", "Rule", "RuleType", "Scope"]


class Scope(str, enum.Enum):
    """The stretch of text a rule looks at, and a hit must stay inside."""

    DOCUMENT = "document"
    SECTION = "section"
    PARAGRAPH = "paragraph"
    SENTENCE = "sentence"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    QUOTE = "quote"
    TABLE_CELL = "table-cell"


@dataclass(frozen=True)
class Hit:
    """What a checker found: a span of ``Document.text`` and what to say about it.

    ``values`` fill the rule's message template beside ``{match}``;
    ``replacement`` is the safe fix, if there is one.
    """

    start: int
    end: int
    replacement: str | None = None
    values: Mapping[str, str] = field(default_factory=dict)


@runtime_checkable
class Checker(Protocol):
    """Finds a rule's hits in a document.

    ``spans`` are the rule's scopes in this document (every sentence for a
    sentence-scoped rule, one span for the whole document…); a hit must lie
    inside one of them.  ``prefilter`` lists folded RE2 patterns of which at
    least one must match the document for the checker to find anything: the
    engine runs all rules' prefilters in one scan and skips the rest.  An
    empty ``prefilter`` means "always run".
    """

    prefilter: Sequence[str]

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterable[Hit]: ...


@runtime_checkable
class EvidenceChecker(Checker, Protocol):
    """A checker for a framework criterion: it finds the evidence that the criterion is addressed.

    The engine runs it only on documents in its framework's scope, records a
    coverage result (addressed or not, with the evidence spans) and reports a
    finding at the start of each scope span that holds no evidence.
    """

    def evidence(self, document: "Document", spans: Sequence["Span"]) -> list[tuple[int, int]]: ...


class RuleType(Protocol):
    """A kind of declarative rule: turns the type-specific keys of a TOML rule into a checker.

    ``options`` lists each key the type accepts with a one-line description;
    ``required`` the keys that must be present.  ``build`` receives only
    those keys (already checked to be known) and raises
    :class:`claimcheck.errors.PackError` for a bad value, naming the key.
    """

    name: str
    options: Mapping[str, str]
    required: Sequence[str]

    def build(self, options: Mapping[str, Any], *, where: str) -> Checker: ...


@dataclass(frozen=True)
class Examples:
    """Texts the rule must stay silent on (``passing``) and must flag (``failing``)."""

    passing: tuple[str, ...] = ()
    failing: tuple[str, ...] = ()

    @staticmethod
    def on_one_line(text: str) -> str:
        """An example as a rule page lists it: one line, its line breaks written ``\\n`` as in the TOML.

        A two-paragraph example printed as is would read as two examples.
        """
        return text.replace("\r", "\\r").replace("\n", "\\n")


@dataclass(frozen=True)
class Rule:
    """A rule, ready to run.

    ``code`` is what users select and ignore (``PS101``); ``alias`` the
    kebab-case name that reads better in a suppression comment
    (``overconfident-wording``).  ``message`` is a template with ``{match}``,
    ``{replacement}`` and the checker's own values.  ``pack`` names the pack
    or plugin the rule comes from.  ``when`` lists groups of patterns; one pattern
    of every group must occur somewhere in a document for the rule to run
    there ("an unqualified Article 9 is ambiguous only in a text that cites
    the North Atlantic Treaty and names Japan").
    """

    code: str
    alias: str
    type: str
    severity: Severity
    message: str
    scope: Scope
    checker: Checker
    description: str = ""
    tags: tuple[str, ...] = ()
    source: str = ""
    url: str = ""
    framework: str = ""
    criterion: str = ""
    fact: str = ""
    examples: Examples = Examples()
    pack: str = ""
    fixable: bool = False
    when: Sequence[Sequence[str]] = ()

    @property
    def preconditions(self) -> list[str]:
        """One pattern per ``when`` group: the rule runs only on documents where each matches somewhere."""
        return ["|".join(f"(?:{pattern})" for pattern in group) for group in self.when]
