"""Machine-readable reporters: ``json`` (one document) and ``json-lines`` (one finding per line).

The formats are a public contract, documented field by field in
``docs/json-output.md``; change them only as that page's versioning policy says.
"""

from __future__ import annotations

import json
from collections import Counter
from json.encoder import encode_basestring as _encode_string  # json's C escaping, as json.dumps(ensure_ascii=False)
from typing import TYPE_CHECKING, Any, Iterator

import claimcheck
from claimcheck.finding import Severity

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
        """The text ``json.dumps(document, indent=2)`` gives, in pieces, without building the document's tree.

        A run over thousands of files has an entry per file in ``files`` and
        ``coverage``; as one tree and one string, they would cost several
        times the report's size in memory at the end of the run.  Each list
        item is dumped on its own and written out (see
        :class:`claimcheck.reporters.Reporter`) before the next one.
        """
        skeleton = json.dumps(_document(report), indent=2, ensure_ascii=False)
        lists = {
            "files": (json.dumps(path, ensure_ascii=False) for path in report.files),
            "findings": (_dumped(finding.to_dict()) for finding in report.findings),
            "coverage": (_dumped(item.to_dict()) for item in report.coverage),
        }
        for key, items in lists.items():
            before, skeleton = skeleton.split(json.dumps(_marker(key)), 1)
            yield before
            yield from _array(items)
        yield skeleton + "\n"


def _marker(key: str) -> str:
    return f"\x00{key}\x00"  # no other string of the skeleton can be this one


def _dumped(value: Any) -> str:
    """An item of a top-level list, indented as ``json.dumps(..., indent=2)`` indents it there."""
    try:
        return indented(value, "    ")
    except TypeError:  # a type the fast path does not know: json's own encoder says what to do with it
        return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n    ")


def indented(value: Any, indent: str = "") -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, as if nested at ``indent``; ``TypeError`` beyond plain JSON.

    With ``indent``, :mod:`json` falls back from its C encoder to its
    pure-Python one, which walks generators item by item; a run's findings
    and coverage are most of the time spent writing a report, in the parent
    process of a ``--jobs`` run.  Strings still go through json's C escaping.
    """
    if isinstance(value, str):
        return _encode_string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        parts = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"a key of type {type(key).__name__}")
            parts.append(f"{inner}{_encode_string(key)}: {indented(item, inner)}")
        return "{\n" + ",\n".join(parts) + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join([inner + indented(item, inner) for item in value]) + "\n" + indent + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float:
        return json.dumps(value)  # NaN and Infinity as json writes them
    raise TypeError(f"a value of type {type(value).__name__}")


def _array(items: Iterator[str]) -> Iterator[str]:
    """A top-level list, as ``json.dumps(..., indent=2)`` writes it: ``[]`` when empty."""
    first = next(items, None)
    if first is None:
        yield "[]"
        return
    yield "[\n    " + first
    for item in items:
        yield ",\n    " + item
    yield "\n  ]"


class JsonLinesReporter:
    """One compact JSON object per finding and line, for streaming tools and ``jq -c``.

    Nothing else is written: no header, no summary, and an empty string when
    there are no findings, so concatenating the outputs of several runs is
    still valid JSON Lines.
    """

    name = "json-lines"

    def render(self, report: Report) -> str:
        return "".join(
            json.dumps(finding.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
            for finding in report.findings
        )


def _document(report: Report) -> dict[str, Any]:
    """The ``json`` format's top-level object, keys in their documented order, lists as markers."""
    severities = Counter(finding.severity for finding in report.findings)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claimcheck", "version": claimcheck.__version__},
        "files": _marker("files"),
        "findings": _marker("findings"),
        "coverage": _marker("coverage"),
        "summary": {
            "findings": len(report.findings),
            "errors": severities[Severity.ERROR],
            "warnings": severities[Severity.WARNING],
            "info": severities[Severity.INFO],
            "files": len(report.files),
        },
    }
