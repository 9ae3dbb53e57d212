"""Registers the built-in output formats through the ``claimcheck_reporters`` hook."""

from __future__ import annotations

from claimcheck.plugins import hookimpl
from claimcheck.reporters import Reporter
from claimcheck.reporters.ci import GithubReporter, GitlabReporter
from claimcheck.reporters.json import JsonLinesReporter, JsonReporter
from claimcheck.reporters.junit import JunitReporter
from claimcheck.reporters.sarif import SarifReporter
from claimcheck.reporters.text import ConciseReporter, FullReporter

__all__ = ["claimcheck_reporters"]


@hookimpl
def claimcheck_reporters() -> list[Reporter]:
    return [
        FullReporter(),
        ConciseReporter(),
        JsonReporter(),
        JsonLinesReporter(),
        SarifReporter(),
        JunitReporter(),
        GithubReporter(),
        GitlabReporter(),
    ]
