"""claimcheck-html-report: the ``html`` output format, one self-contained page per run."""

from __future__ import annotations

from claimcheck_html_report.render import HtmlReporter, render_html

__all__ = ["HtmlReporter", "__version__", "render_html"]

__version__ = "0.1.0"
