"""The ``sarif`` reporter: a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.

The log follows the OASIS SARIF 2.1.0 schema and the subset GitHub code
scanning reads (``docs/ci-output.md`` lists the fields).  It is
deterministic: no timestamps, no absolute paths of the machine that ran it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence
from urllib.parse import quote

import claimcheck
from claimcheck.finding import Severity
from claimcheck.reporters.streaming import Streamed, stream_json
from claimcheck.rules.model import Examples

if TYPE_CHECKING:
    from claimcheck.finding import Finding, Location
    from claimcheck.reporters import Report
    from claimcheck.rules.model import Rule

__all__ = ["FINGERPRINT_KEY", "SARIF_SCHEMA", "SarifReporter"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

#: The ``partialFingerprints`` key; the version bumps if the fingerprint's recipe changes.
FINGERPRINT_KEY = "claimcheck/v1"

#: Base id of every relative artifact URI: the directory claimcheck ran in.
SRCROOT = "%SRCROOT%"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:/")


class SarifReporter:
    """One SARIF run: claimcheck's rules that ran, the checked files, and a result per finding.

    Columns are Unicode code points (``run.columnKind``), as in every other
    format; ``endColumn`` is exclusive in SARIF as it is in claimcheck.  Paths
    are relative URIs against ``%SRCROOT%`` (the directory the run started
    in), which ``originalUriBaseIds`` leaves undefined so that the log stays
    the same on every machine; GitHub resolves them against the checkout.
    """

    name = "sarif"

    def render(self, report: Report) -> Iterator[str]:
        """The log as ``json.dumps(sarif_log(report), indent=2)`` writes it, artifacts and results an item at a time."""
        return stream_json(sarif_log(report, listing=Streamed))


def sarif_log(report: Report, *, listing: Callable[[Iterable[Any]], Any] = list) -> dict[str, Any]:
    """The whole SARIF log of ``report`` as plain data; its artifacts and results are each made into a ``listing``."""
    descriptors, index_of = _descriptors(report.rules, report.findings)
    paths = _unique([*report.files, *(finding.path for finding in report.findings)])
    artifact_index = {path: number for number, path in enumerate(paths)}
    driver: dict[str, Any] = {"name": "claimcheck", "version": claimcheck.__version__}
    information_uri = _information_uri()
    if information_uri:
        driver["informationUri"] = information_uri
    driver["rules"] = descriptors
    run = {
        "tool": {"driver": driver},
        "artifacts": listing({"location": _artifact_location(path)} for path in paths),
        "results": listing(_result(finding, index_of[finding.code], artifact_index[finding.path]) for finding in report.findings),
        "columnKind": "unicodeCodePoints",
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


# -- rules ---------------------------------------------------------------------


def _descriptors(rules: Sequence[Rule], findings: Sequence[Finding]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """One ``reportingDescriptor`` per rule code, and each code's index among them.

    A code can come from several configurations (one per folder with its own
    config file); the first rule seen describes it.  A finding whose code no
    rule has (a parse error, a plugin's own finding) still gets a descriptor,
    made from the finding, so that every ``ruleIndex`` points somewhere.
    """
    descriptors: list[dict[str, Any]] = []
    index_of: dict[str, int] = {}
    for rule in rules:
        if rule.code not in index_of:
            index_of[rule.code] = len(descriptors)
            descriptors.append(_rule_descriptor(rule))
    for finding in findings:
        if finding.code not in index_of:
            index_of[finding.code] = len(descriptors)
            descriptors.append(_finding_descriptor(finding))
    return descriptors, index_of


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    full = rule.description or rule.message
    descriptor: dict[str, Any] = {"id": rule.code}
    if rule.alias:
        descriptor["name"] = _pascal_case(rule.alias)
    descriptor["shortDescription"] = {"text": _title(rule.alias, rule.code)}
    descriptor["fullDescription"] = {"text": full}
    descriptor["help"] = {"text": _help_text(rule)}
    if rule.url:
        descriptor["helpUri"] = rule.url
    descriptor["defaultConfiguration"] = {"level": _LEVELS[rule.severity]}
    properties: dict[str, Any] = {}
    if rule.tags:
        properties["tags"] = _unique(rule.tags)
    properties.update(_nonempty(framework=rule.framework, criterion=rule.criterion, fact=rule.fact))
    if properties:
        descriptor["properties"] = properties
    return descriptor


def _finding_descriptor(finding: Finding) -> dict[str, Any]:
    text = f"{_title(finding.alias, finding.code)}: reported by a plugin or by claimcheck itself, not by a rule that ran."
    descriptor: dict[str, Any] = {"id": finding.code}
    if finding.alias:
        descriptor["name"] = _pascal_case(finding.alias)
    descriptor["shortDescription"] = {"text": _title(finding.alias, finding.code)}
    descriptor["fullDescription"] = {"text": text}
    descriptor["help"] = {"text": text}
    descriptor["defaultConfiguration"] = {"level": _LEVELS[finding.severity]}
    return descriptor


def _help_text(rule: Rule) -> str:
    """The rule's page in plain text: rationale, then what it flags and what it accepts."""
    parts = [rule.description or rule.message]
    for title, texts in (("Fails on", rule.examples.failing), ("Passes on", rule.examples.passing)):
        if texts:
            parts.append(f"{title}:\n" + "\n".join(f"- {Examples.on_one_line(text)}" for text in texts))
    if rule.source:
        parts.append(f"Source: {rule.source}")
    return "\n\n".join(parts)


def _pascal_case(alias: str) -> str:
    """``overconfident-wording`` → ``OverconfidentWording`` (SARIF recommends Pascal case for ``name``)."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[\W_]+", alias) if word)


def _title(alias: str, code: str) -> str:
    """The alias as users write it (``overconfident-wording``); the code when there is none.

    Turning it into words would be lossy (``indo-pacific``, ``nato``), so it stays as is.
    """
    return alias or code


# -- results -------------------------------------------------------------------


def _result(finding: Finding, rule_index: int, artifact_index: int) -> dict[str, Any]:
    location = {**_artifact_location(finding.path), "index": artifact_index}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {"physicalLocation": {"artifactLocation": location, "region": _region(finding.start, finding.end)}},
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
    }
    if finding.label:
        result["locations"][0]["logicalLocations"] = [{"name": finding.label}]
    if finding.fix is not None:
        fix = finding.fix
        description = f"Replace with {json.dumps(fix.replacement, ensure_ascii=False)}" if fix.replacement else "Delete"
        result["fixes"] = [
            {
                "description": {"text": description},
                "artifactChanges": [
                    {
                        "artifactLocation": location,
                        "replacements": [
                            {"deletedRegion": _region(fix.start, fix.end), "insertedContent": {"text": fix.replacement}},
                        ],
                    }
                ],
            }
        ]
    properties = _nonempty(framework=finding.framework, criterion=finding.criterion, fact=finding.fact, source=finding.source)
    if properties:
        result["properties"] = properties
    return result


def _region(start: Location, end: Location) -> dict[str, int]:
    """A SARIF region by line and column, with character offsets when they are real.

    A finding placed by line and column alone (a parse error) carries offset
    0 anywhere in the file; writing it would contradict the lines, so the
    offsets are left out unless they can be true.
    """
    region = {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}
    if start.offset > 0 or (start.line, start.column) == (1, 1):
        region["charOffset"] = start.offset
        region["charLength"] = max(end.offset - start.offset, 0)
    return region


def _artifact_location(path: str) -> dict[str, Any]:
    """A display path as a SARIF ``artifactLocation``: relative URI under ``%SRCROOT%``, or a file URI."""
    posix = path.replace("\\", "/")
    if posix.startswith("/"):
        return {"uri": "file://" + quote(posix)}
    if _WINDOWS_DRIVE.match(posix):
        return {"uri": "file:///" + posix[:2] + quote(posix[2:])}
    return {"uri": quote(posix), "uriBaseId": SRCROOT}


# -- helpers -------------------------------------------------------------------


def _information_uri() -> str:
    """The project's home page from the installed package's metadata; empty when it declares none."""
    import importlib.metadata  # here: only SARIF output needs the package's metadata

    try:
        metadata = importlib.metadata.metadata("claimcheck")
    except importlib.metadata.PackageNotFoundError:
        return ""
    urls = metadata.get_all("Project-URL") or []
    for label, _, url in (entry.partition(",") for entry in urls):
        if label.strip().lower() in ("homepage", "home", "documentation", "repository", "source"):
            return url.strip()
    return (metadata.get("Home-page") or "").strip()


def _nonempty(**values: str) -> dict[str, str]:
    return {key: value for key, value in values.items() if value}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
