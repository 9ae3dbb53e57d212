"""Machine-readable reporters: ``json`` (one document) and ``json-lines`` (one finding per line).

The formats are a public contract, documented field by field in
``docs/json-output.md``; change them only as that page's versioning policy says.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Iterator

import claimcheck
from claimcheck.finding import Severity
from claimcheck.reporters.streaming import Streamed, stream_json

if TYPE_CHECKING:
    from claimcheck.reporters import Report

__all__ = ["SCHEMA_VERSION", "JsonLinesReporter", "JsonReporter"]

#: Version of the ``json`` document's layout.  Fields may be added within a
#: version; removing, renaming or changing the meaning of one bumps it.
#: 2: a coverage result's ``evidence`` holds at most 10 passages; ``evidence_count`` added.
SCHEMA_VERSION = 2


class JsonReporter:
    """The whole run as one JSON object: tool, checked files, findings and counts.

    Indented and not ASCII-escaped, so the output is also readable and diffs
    well; keys keep a fixed order, so the same run gives the same bytes.
    """

    name = "json"

    def render(self, report: Report) -> Iterator[str]:
        """The text ``json.dumps(document, indent=2)`` gives, in pieces: its lists are written an item at a time."""
        severities = Counter(finding.severity for finding in report.findings)
        document = {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "claimcheck", "version": claimcheck.__version__},
            "files": Streamed(report.files),
            "findings": Streamed(finding.to_dict() for finding in report.findings),
            "coverage": Streamed(item.to_dict() for item in report.coverage),
            "summary": {
                "findings": len(report.findings),
                "errors": severities[Severity.ERROR],
                "warnings": severities[Severity.WARNING],
                "info": severities[Severity.INFO],
                "files": len(report.files),
            },
        }
        return stream_json(document)


class JsonLinesReporter:
    """One compact JSON object per finding and line, for streaming tools and ``jq -c``.

    Nothing else is written: no header, no summary, and an empty string when
    there are no findings, so concatenating the outputs of several runs is
    still valid JSON Lines.
    """

    name = "json-lines"

    def render(self, report: Report) -> Iterator[str]:
        """A line per finding, each made as it is written."""
        for finding in report.findings:
            yield json.dumps(finding.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
