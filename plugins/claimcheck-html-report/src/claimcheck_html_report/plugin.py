"""Registers the ``html`` output format through the ``claimcheck_reporters`` hook."""

from __future__ import annotations

from claimcheck.plugins import hookimpl
from claimcheck.reporters import Reporter

from claimcheck_html_report.render import HtmlReporter

__all__ = ["claimcheck_reporters"]


@hookimpl
def claimcheck_reporters() -> list[Reporter]:
    return [HtmlReporter()]
