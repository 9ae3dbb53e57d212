"""Reporters turn a run's findings into an output format (``--output-format``).

Each format is a reporter registered through the ``claimcheck_reporters``
hook; the built-in ones register exactly as a plugin would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Protocol, Sequence

if TYPE_CHECKING:
    from claimcheck.finding import FileCoverage, Finding
    from claimcheck.rules.model import Rule

__all__ = ["Report", "Reporter"]


@dataclass(frozen=True)
class Report:
    """Everything a reporter may show about one run.

    ``findings`` are already filtered and sorted by path, line, column, code.
    ``files`` lists every checked file's display path, in order, findings or
    not (JUnit and SARIF list clean files too).  ``rules`` are the rules that
    ran, for formats that describe them.  ``coverage`` holds each framework's
    verdict on each file (in scope or not, and every criterion's result).
    """

    findings: Sequence["Finding"]
    files: Sequence[str] = ()
    rules: Sequence["Rule"] = ()
    coverage: Sequence["FileCoverage"] = ()


class Reporter(Protocol):
    """An output format.

    ``name`` is what ``--output-format`` takes.  ``render`` returns the
    whole output as text, ending with a newline when not empty — or, for a
    format whose size grows with the number of files (``json``, ``sarif``,
    ``gitlab`` and ``junit`` list every file or finding), an iterable of
    pieces of that text, which the CLI writes one by one instead of holding
    the whole output in memory (:mod:`claimcheck.reporters.streaming` does it
    for JSON documents).  Either way
    ``--output-file`` is written atomically: a failed run never leaves half
    a report.
    """

    name: str

    def render(self, report: Report) -> "str | Iterable[str]": ...
