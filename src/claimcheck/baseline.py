"""Baselines: record today's findings so that later runs report only the new ones.

A baseline is a JSON file::

    {"schema_version": 1, "tool": "claimcheck",
     "findings": [{"path": "docs/policy.md", "code": "PS101",
                   "fingerprint": "3dafeec2c0134541", "line": 12,
                   "message": "..."}, ...]}

A finding is recognised by its path, its rule code and its fingerprint (a
hash of the rule, the matched words and their block, not of the line), so
text inserted or removed elsewhere in the file does not make old findings
look new.  ``line`` and ``message`` are there for people reading or
reviewing the baseline; matching ignores them.

Paths are stored as the findings show them, relative to the folder
claimcheck ran in: use a baseline from the same working directory it was
written in (normally the repository root), or every finding will look new.
Paths are compared in POSIX form, so a baseline written on Windows works on
Linux and ``./docs/a.md`` matches ``docs/a.md``.

Matching is a multiset: a baseline entry absorbs one finding, so two identical
entries absorb two identical findings and a third is reported.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path, PurePath
from typing import Any, Iterable, NamedTuple

from claimcheck.atomic import write_atomically
from claimcheck.errors import UsageError
from claimcheck.finding import Finding

__all__ = ["SCHEMA_VERSION", "Baseline", "baseline_data", "load_baseline", "write_baseline"]

SCHEMA_VERSION = 1
_TOOL = "claimcheck"
_MISSING = object()


class _Key(NamedTuple):
    path: str
    code: str
    fingerprint: str


def _posix(path: str) -> str:
    """``path`` in the form baselines compare: forward slashes, no ``./`` parts."""
    return PurePath(path).as_posix()


def _key(finding: Finding) -> _Key:
    return _Key(_posix(finding.path), finding.code, finding.fingerprint)


class Baseline:
    """The findings recorded in a baseline file, ready to filter a run's findings."""

    def __init__(self, keys: Iterable[tuple[str, str, str]], *, source: Path | None = None) -> None:
        self.source = source
        """The file the baseline was read from, if any (for messages)."""
        self._counts: Counter[_Key] = Counter(_Key(_posix(path), code, fingerprint) for path, code, fingerprint in keys)

    def __len__(self) -> int:
        return sum(self._counts.values())

    def filter(self, findings: Iterable[Finding]) -> tuple[list[Finding], int]:
        """The findings the baseline does not hold, in their order, and how many it absorbed.

        Each baseline entry absorbs at most one finding.  The baseline itself
        is not consumed: filtering twice gives the same answer.
        """
        remaining = Counter(self._counts)
        kept: list[Finding] = []
        matched = 0
        for finding in findings:
            key = _key(finding)
            if remaining[key] > 0:
                remaining[key] -= 1
                matched += 1
            else:
                kept.append(finding)
        return kept, matched


def baseline_data(findings: Iterable[Finding]) -> dict[str, Any]:
    """The JSON document :func:`write_baseline` writes, entries sorted by path, line, code, fingerprint."""
    entries = sorted(
        (_posix(finding.path), finding.start.line, finding.code, finding.fingerprint, finding.message) for finding in findings
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": _TOOL,
        "findings": [
            {"path": path, "code": code, "fingerprint": fingerprint, "line": line, "message": message}
            for path, line, code, fingerprint, message in entries
        ],
    }


def write_baseline(findings: Iterable[Finding], destination: Path) -> None:
    """Write ``findings`` as a baseline to ``destination``, atomically; :class:`UsageError` if it cannot be written."""
    text = json.dumps(baseline_data(findings), indent=2, ensure_ascii=False) + "\n"
    try:
        write_atomically(destination, text.encode("utf-8"))
    except OSError as error:
        raise UsageError(f"{destination}: cannot write the baseline: {error.strerror or error}") from None


def load_baseline(path: Path) -> Baseline:
    """Read the baseline file ``path``; :class:`UsageError` naming the file and the problem otherwise."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: baseline file not found") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot read the baseline: {error.strerror or error}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise UsageError(f"{path}: not a valid baseline: not UTF-8 (bad byte at offset {error.start})") from None
    except json.JSONDecodeError as error:
        raise UsageError(
            f"{path}: not a valid baseline: invalid JSON at line {error.lineno} column {error.colno}: {error.msg}"
        ) from None
    return Baseline(_entries(data, path), source=path)


def _entries(data: Any, path: Path) -> list[tuple[str, str, str]]:
    def wrong(problem: str) -> UsageError:
        return UsageError(f"{path}: not a valid baseline: {problem}")

    if not isinstance(data, dict):
        raise wrong(f"expected a JSON object, got {_json_type(data)}")
    version = data.get("schema_version", _MISSING)
    if version is _MISSING:
        raise wrong("missing 'schema_version'")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise wrong(f"unsupported schema_version {json.dumps(version, ensure_ascii=False)} (this claimcheck reads version {SCHEMA_VERSION})")
    tool = data.get("tool", _MISSING)
    if tool != _TOOL:
        shown = json.dumps(tool, ensure_ascii=False) if isinstance(tool, str) else _json_type(tool)
        raise wrong(f"'tool' must be {json.dumps(_TOOL)}, got {shown}")
    findings = data.get("findings", _MISSING)
    if not isinstance(findings, list):
        raise wrong(f"'findings' must be a list, got {_json_type(findings)}")
    entries = []
    for number, entry in enumerate(findings, start=1):
        if not isinstance(entry, dict):
            raise wrong(f"finding {number}: expected an object, got {_json_type(entry)}")
        values = []
        for key in ("path", "code", "fingerprint"):
            value = entry.get(key, _MISSING)
            if not isinstance(value, str) or not value:
                raise wrong(f"finding {number}: '{key}' must be a non-empty string, got {_json_type(value)}")
            values.append(value)
        entries.append((values[0], values[1], values[2]))
    return entries


def _json_type(value: Any) -> str:
    if value is _MISSING:
        return "nothing"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"
