"""Reporters turn a run's findings into an output format (``--output-format``).

Each format is a reporter registered through the ``claimcheck_reporters``
hook; the built-in ones register exactly as a plugin would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, Sequence

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
    whole output as text, ending with a newline when not empty; the CLI
    writes it to stdout or ``--output-file`` in one go, so a failed run never
    leaves half a report.
    """

    name: str

    def render(self, report: Report) -> str: ...
