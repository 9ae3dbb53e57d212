"""What a check reports: the :class:`Finding` record, its severity and fix, and coverage results."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, NamedTuple

__all__ = ["CoverageResult", "Evidence", "FileCoverage", "Finding", "Fix", "Location", "Severity"]


class Severity(str, enum.Enum):
    """How much a finding matters; ``--fail-on`` compares against it."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @classmethod
    def parse(cls, value: str) -> "Severity":
        """The severity named ``value``; ``ValueError`` listing the choices otherwise."""
        try:
            return cls(value)
        except ValueError:
            choices = ", ".join(repr(member.value) for member in cls)
            raise ValueError(f"expected one of {choices}, got {value!r}") from None


_RANKS = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


class Location(NamedTuple):
    """A place in the source file: 1-based line and column (characters), 0-based character offset.

    Locations order as (line, column, offset).  Value records such as this one
    are named tuples rather than frozen dataclasses: every run imports them,
    and a frozen dataclass costs ten times as long to create (0.7 ms of
    generated code compiled at import, against 0.07 ms).
    """

    line: int
    column: int
    offset: int

    def to_dict(self) -> dict[str, int]:
        return {"line": self.line, "column": self.column, "offset": self.offset}


@dataclass(frozen=True)
class Fix:
    """Replace the source between ``start`` (inclusive) and ``end`` (exclusive) with ``replacement``."""

    start: Location
    end: Location
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.to_dict(), "end": self.end.to_dict(), "replacement": self.replacement}


@dataclass(frozen=True)
class Finding:
    """One problem in one file, located exactly, ready for any output format.

    ``end`` is exclusive: the column just after the last character matched.
    ``fingerprint`` identifies the finding across edits made elsewhere in the
    file (it hashes the rule, the matched words and their block, not the line
    number), so baselines can recognise it.  ``excerpt`` is the source line
    of ``start``, for reporters that show context; it is not serialised.
    """

    path: str
    code: str
    alias: str
    severity: Severity
    message: str
    start: Location
    end: Location
    fingerprint: str
    label: str | None = None
    framework: str = ""
    criterion: str = ""
    fact: str = ""
    source: str = ""
    url: str = ""
    fix: Fix | None = None
    excerpt: str = field(default="", compare=False, repr=False)

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.line, self.start.column, self.code)

    def to_dict(self) -> dict[str, Any]:
        """The finding as the JSON reporters write it (see ``docs/json-output.md``)."""
        return {
            "path": self.path,
            "code": self.code,
            "alias": self.alias,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start.to_dict(),
            "end": self.end.to_dict(),
            "label": self.label,
            "framework": self.framework,
            "criterion": self.criterion,
            "fact": self.fact,
            "source": self.source,
            "url": self.url,
            "fix": self.fix.to_dict() if self.fix else None,
            "fingerprint": self.fingerprint,
        }


class Evidence(NamedTuple):
    """A passage that addresses a criterion, located like a finding."""

    start: Location
    end: Location
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.to_dict(), "end": self.end.to_dict(), "text": self.text}


@dataclass(frozen=True)
class CoverageResult:
    """Whether one criterion of a framework is addressed in one file, and by which passages.

    ``evidence`` holds the first passages found, in text order (the engine
    keeps at most :data:`claimcheck.engine.MAX_EVIDENCE`); ``evidence_count``
    is how many were found in all, so ``evidence_count - len(evidence)`` more
    passages exist that are not listed.  Left out (``None``), it is
    ``len(evidence)``: every passage is listed.
    """

    framework: str
    criterion: str
    title: str
    code: str
    addressed: bool
    evidence: tuple[Evidence, ...] = ()
    evidence_count: int = None  # type: ignore[assignment]  # always an int once built; None means len(evidence)

    def __post_init__(self) -> None:
        if self.evidence_count is None:
            object.__setattr__(self, "evidence_count", len(self.evidence))
        elif self.evidence_count < len(self.evidence):
            raise ValueError(f"evidence_count {self.evidence_count} is less than the {len(self.evidence)} passages kept")

    def to_dict(self) -> dict[str, Any]:
        return {
            "criterion": self.criterion,
            "title": self.title,
            "code": self.code,
            "addressed": self.addressed,
            "evidence": [item.to_dict() for item in self.evidence],
            "evidence_count": self.evidence_count,
        }


class FileCoverage(NamedTuple):
    """One framework's verdict on one file: in scope or not, and a result per criterion when it is."""

    path: str
    framework: str
    in_scope: bool
    results: tuple[CoverageResult, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "framework": self.framework,
            "in_scope": self.in_scope,
            "criteria": [result.to_dict() for result in self.results],
        }
