"""A per-file cache of check results, keyed by configuration, display path and content.

One JSON file per (configuration, path, content): its name is the SHA-256 of
the three, so a changed file, a changed configuration, rule pack or plugin
version simply misses.  Entries are written to a temporary file in the cache
folder and moved into place with :func:`os.replace`, so several processes can
fill the same cache at once and a reader never sees half an entry.  An entry
is never trusted: anything that does not load as exactly the structure this
module writes (garbage, truncated JSON, another format version, wrong types)
is a miss and is overwritten by the next :meth:`ResultCache.put`.

A cache folder that cannot be created or written turns the cache off for the
rest of the run, with one warning (:attr:`ResultCache.warning`, also logged);
the run itself never fails because of the cache.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from claimcheck import logs
from claimcheck.atomic import write_atomically
from claimcheck.finding import CoverageResult, Evidence, FileCoverage, Finding, Fix, Location, Severity

__all__ = [
    "CACHEDIR_TAG",
    "DEFAULT_FOLDER_NAME",
    "FORMAT_VERSION",
    "CachedResult",
    "InvalidEntry",
    "KeyDigest",
    "ResultCache",
    "coverage_from_dict",
    "content_digest",
    "coverage_to_dict",
    "default_folder",
    "finding_from_dict",
    "finding_to_dict",
    "own_code_stamp",
    "runtime_key",
]

#: The cache folder's name, created beside the config file (the config root).
DEFAULT_FOLDER_NAME = ".claimcheck_cache"

#: Bumped whenever the entry layout changes; entries of another version are misses.
#: 2: coverage results keep at most ``MAX_EVIDENCE`` passages and store ``evidence_count``.
FORMAT_VERSION = 2

#: The standard cache directory tag (https://bford.info/cachedir/): backup tools skip the folder.
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by claimcheck.\n"
    "# For information about cache directory tags, see:\n"
    "#\thttps://bford.info/cachedir/\n"
)

_ENTRY_SUFFIX = ".json"


class InvalidEntry(ValueError):
    """A cache entry that does not have the structure this module writes."""


@dataclass(frozen=True)
class CachedResult:
    """What checking one file gave: its findings (already filtered), coverage verdicts and notices."""

    findings: list[Finding] = field(default_factory=list)
    coverage: list[FileCoverage] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def default_folder(root: Path) -> Path:
    """The cache folder of a configuration whose root (the config file's folder) is ``root``."""
    return root / DEFAULT_FOLDER_NAME


class KeyDigest:
    """A SHA-256 of a cache key's parts, each length-prefixed: ("ab", "c") and ("a", "bc") differ."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def feed(self, *parts: object) -> None:
        for part in parts:
            encoded = str(part).encode("utf-8", "surrogatepass")
            self._digest.update(len(encoded).to_bytes(8, "big"))
            self._digest.update(encoded)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


@functools.lru_cache(maxsize=None)
def own_code_stamp() -> str:
    """Sizes and modification times of claimcheck's own modules: a source checkout's edits invalidate caches.

    Every run computes it, so it walks with ``os.scandir`` (one system call a
    folder, file sizes and times from the same call on most systems) rather
    than ``Path.rglob``, which took 3 ms of a 150 ms run.
    """
    package = os.path.dirname(os.path.abspath(__file__))
    stamps = []
    folders = [package]
    while folders:
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(entry.path)
                elif entry.name.endswith(".py"):
                    status = entry.stat()
                    stamps.append(f"{os.path.relpath(entry.path, package)}:{status.st_size}:{status.st_mtime_ns}")
    return hashlib.sha256("\n".join(sorted(stamps)).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def runtime_key(
    *,
    settings_text: str,
    pack_files: Iterable[Path],
    plugins: Iterable[tuple[str, str]],
    version: str,
) -> str:
    """A hex digest that changes whenever anything that decides a file's results changes.

    ``settings_text`` is a stable rendering of the resolved configuration
    (the caller's choice, e.g. ``repr(settings)``); ``pack_files`` are the
    rule packs' files, hashed by content (order does not matter, a file that
    cannot be read counts as such); ``plugins`` are (name, version) pairs;
    ``version`` is claimcheck's own version.
    """
    digest = KeyDigest()
    feed = digest.feed
    feed("claimcheck-cache", str(FORMAT_VERSION), version, settings_text)
    for path in sorted({Path(item).absolute().as_posix() for item in pack_files}):
        try:
            content_hash = content_digest(Path(path).read_bytes())
        except OSError as error:
            content_hash = f"unreadable:{type(error).__name__}"
        feed("pack", path, content_hash)
    for name, plugin_version in sorted(set(plugins)):
        feed("plugin", name, plugin_version)
    return digest.hexdigest()


class ResultCache:
    """Results of earlier runs for files whose path and content have not changed under the same ``key``."""

    def __init__(self, folder: Path, *, key: str) -> None:
        self.folder = Path(folder)
        self.key = key
        self._prepared = False
        self._warning: str | None = None

    @property
    def enabled(self) -> bool:
        """False once the folder turned out not to be creatable or writable."""
        return self._warning is None

    @property
    def warning(self) -> str | None:
        """Why the cache turned itself off (one line for the user), or ``None`` while it works."""
        return self._warning

    def entry_path(self, path_display: str, content: bytes) -> Path:
        """Where the entry for this path and content lives (whether or not it exists)."""
        return self.folder / (_entry_name(self.key, path_display, content_digest(content)) + _ENTRY_SUFFIX)

    def get(self, path_display: str, content: bytes) -> CachedResult | None:
        """The cached result for ``path_display`` with exactly this ``content``, or ``None`` on a miss."""
        return self.lookup(path_display, content_digest(content))

    def lookup(self, path_display: str, digest: str) -> CachedResult | None:
        """:meth:`get` by the :func:`content_digest` of the content: the run need not keep the bytes.

        A missing, unreadable or invalid entry is a miss; an invalid one is
        left for :meth:`store` to overwrite.
        """
        if not self.enabled:
            return None
        entry = self.folder / (_entry_name(self.key, path_display, digest) + _ENTRY_SUFFIX)
        try:
            raw = entry.read_bytes()
        except OSError:
            return None
        try:
            return _load_entry(raw, key=self.key, path_display=path_display, content_hash=digest)
        except InvalidEntry as error:
            logs.debug(__name__, "ignoring cache entry %s: %s", entry, error)
            return None

    def put(self, path_display: str, content: bytes, result: CachedResult) -> bool:
        """Store ``result`` for this path and content; whether it was stored (False once disabled)."""
        return self.store(path_display, content_digest(content), result)

    def store(self, path_display: str, digest: str, result: CachedResult) -> bool:
        """:meth:`put` by the :func:`content_digest` of the content."""
        if not self.enabled or not self._prepare():
            return False
        content_hash = digest
        name = _entry_name(self.key, path_display, content_hash)
        payload = {
            "version": FORMAT_VERSION,
            "key": self.key,
            "path": path_display,
            "content": content_hash,
            "findings": [finding_to_dict(finding) for finding in result.findings],
            "coverage": [coverage_to_dict(item) for item in result.coverage],
            "notices": list(result.notices),
        }
        data = json.dumps(payload, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        try:
            write_atomically(self.folder / (name + _ENTRY_SUFFIX), data, durable=False)
        except OSError as error:
            self._disable(error)
            return False
        return True

    def clear(self) -> int:
        """Remove every entry (of any key) from the folder; how many were removed."""
        removed = 0
        try:
            names = os.listdir(self.folder)
        except OSError:
            return 0
        for name in names:
            if not name.endswith(_ENTRY_SUFFIX) and not name.endswith(".tmp"):
                continue
            try:
                os.unlink(self.folder / name)
                removed += 1
            except OSError:
                pass
        return removed

    def _prepare(self) -> bool:
        """Create the folder with its ``CACHEDIR.TAG`` and ``.gitignore`` once; disable the cache if that fails."""
        if self._prepared:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for name, text in (("CACHEDIR.TAG", CACHEDIR_TAG), (".gitignore", "# Created by claimcheck.\n*\n")):
                target = self.folder / name
                if not target.is_file():
                    write_atomically(target, text.encode("ascii"), durable=False)
        except OSError as error:
            self._disable(error)
            return False
        self._prepared = True
        return True

    def _disable(self, error: OSError) -> None:
        if self._warning is None:
            reason = error.strerror or str(error)
            self._warning = f"{self.folder}: cannot write the results cache ({reason}); caching is off for this run"
            logs.warning(__name__, "%s", self._warning)


# -- entries ---------------------------------------------------------------------------------


def content_digest(content: bytes) -> str:
    """What identifies a file's content in the cache (SHA-256, hex)."""
    return hashlib.sha256(content).hexdigest()


def _entry_name(key: str, path_display: str, content_hash: str) -> str:
    text = "\0".join((key, path_display, content_hash))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _load_entry(raw: bytes, *, key: str, path_display: str, content_hash: str) -> CachedResult:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise InvalidEntry(f"not JSON: {error}") from None
    data = _object(data, {"version", "key", "path", "content", "findings", "coverage", "notices"}, "entry")
    if type(data["version"]) is not int or data["version"] != FORMAT_VERSION:
        raise InvalidEntry(f"format version {data['version']!r}, expected {FORMAT_VERSION}")
    if (data["key"], data["path"], data["content"]) != (key, path_display, content_hash):
        raise InvalidEntry("entry belongs to another key, path or content")
    return CachedResult(
        findings=[finding_from_dict(item) for item in _list(data["findings"], "findings")],
        coverage=[coverage_from_dict(item) for item in _list(data["coverage"], "coverage")],
        notices=[_str(item, "notice") for item in _list(data["notices"], "notices")],
    )


# -- findings and coverage as JSON -----------------------------------------------------------

_FINDING_KEYS = {
    "path", "code", "alias", "severity", "message", "start", "end", "fingerprint",
    "label", "framework", "criterion", "fact", "source", "url", "fix", "excerpt",
}  # fmt: skip


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    """Every field of ``finding``, the ``excerpt`` too (unlike :meth:`Finding.to_dict`)."""
    return {**finding.to_dict(), "excerpt": finding.excerpt}


def finding_from_dict(data: Any) -> Finding:
    """The :class:`Finding` that :func:`finding_to_dict` wrote; :class:`InvalidEntry` for anything else."""
    data = _object(data, _FINDING_KEYS, "finding")
    try:
        severity = Severity(_str(data["severity"], "severity"))
    except ValueError:
        raise InvalidEntry(f"finding: unknown severity {data['severity']!r}") from None
    fix = None
    if data["fix"] is not None:
        fix_data = _object(data["fix"], {"start", "end", "replacement"}, "fix")
        fix = Fix(
            start=_location(fix_data["start"]),
            end=_location(fix_data["end"]),
            replacement=_str(fix_data["replacement"], "fix.replacement"),
        )
    label = data["label"]
    return Finding(
        path=_str(data["path"], "path"),
        code=_str(data["code"], "code"),
        alias=_str(data["alias"], "alias"),
        severity=severity,
        message=_str(data["message"], "message"),
        start=_location(data["start"]),
        end=_location(data["end"]),
        fingerprint=_str(data["fingerprint"], "fingerprint"),
        label=None if label is None else _str(label, "label"),
        framework=_str(data["framework"], "framework"),
        criterion=_str(data["criterion"], "criterion"),
        fact=_str(data["fact"], "fact"),
        source=_str(data["source"], "source"),
        url=_str(data["url"], "url"),
        fix=fix,
        excerpt=_str(data["excerpt"], "excerpt"),
    )


def coverage_to_dict(coverage: FileCoverage) -> dict[str, Any]:
    """Every field of ``coverage`` (each result keeps its own ``framework``, unlike :meth:`FileCoverage.to_dict`)."""
    return {
        "path": coverage.path,
        "framework": coverage.framework,
        "in_scope": coverage.in_scope,
        "results": [
            {
                "framework": result.framework,
                "criterion": result.criterion,
                "title": result.title,
                "code": result.code,
                "addressed": result.addressed,
                "evidence": [item.to_dict() for item in result.evidence],
                "evidence_count": result.evidence_count,
            }
            for result in coverage.results
        ],
    }


def coverage_from_dict(data: Any) -> FileCoverage:
    """The :class:`FileCoverage` that :func:`coverage_to_dict` wrote; :class:`InvalidEntry` for anything else."""
    data = _object(data, {"path", "framework", "in_scope", "results"}, "coverage")
    results = []
    for item in _list(data["results"], "coverage.results"):
        item = _object(item, {"framework", "criterion", "title", "code", "addressed", "evidence", "evidence_count"}, "coverage result")
        evidence = []
        for passage in _list(item["evidence"], "evidence"):
            passage = _object(passage, {"start", "end", "text"}, "evidence")
            evidence.append(
                Evidence(start=_location(passage["start"]), end=_location(passage["end"]), text=_str(passage["text"], "text"))
            )
        evidence_count = _count(item["evidence_count"], "evidence_count")
        if evidence_count < len(evidence):
            raise InvalidEntry(f"evidence_count: {evidence_count} is less than the {len(evidence)} passages stored")
        results.append(
            CoverageResult(
                framework=_str(item["framework"], "framework"),
                criterion=_str(item["criterion"], "criterion"),
                title=_str(item["title"], "title"),
                code=_str(item["code"], "code"),
                addressed=_bool(item["addressed"], "addressed"),
                evidence=tuple(evidence),
                evidence_count=evidence_count,
            )
        )
    return FileCoverage(
        path=_str(data["path"], "path"),
        framework=_str(data["framework"], "framework"),
        in_scope=_bool(data["in_scope"], "in_scope"),
        results=tuple(results),
    )


def _location(data: Any) -> Location:
    data = _object(data, {"line", "column", "offset"}, "location")
    return Location(line=_int(data["line"], "line"), column=_int(data["column"], "column"), offset=_int(data["offset"], "offset"))


def _object(data: Any, keys: set[str], what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise InvalidEntry(f"{what}: expected an object, got {type(data).__name__}")
    if data.keys() != keys:
        raise InvalidEntry(f"{what}: keys {sorted(data)} differ from {sorted(keys)}")
    return data


def _list(data: Any, what: str) -> list[Any]:
    if not isinstance(data, list):
        raise InvalidEntry(f"{what}: expected a list, got {type(data).__name__}")
    return data


def _str(data: Any, what: str) -> str:
    if not isinstance(data, str):
        raise InvalidEntry(f"{what}: expected a string, got {type(data).__name__}")
    return data


def _int(data: Any, what: str) -> int:
    if type(data) is not int:
        raise InvalidEntry(f"{what}: expected an integer, got {type(data).__name__}")
    return data


def _count(data: Any, what: str) -> int:
    if _int(data, what) < 0:
        raise InvalidEntry(f"{what}: expected a non-negative integer, got {data}")
    return data


def _bool(data: Any, what: str) -> bool:
    if not isinstance(data, bool):
        raise InvalidEntry(f"{what}: expected true or false, got {type(data).__name__}")
    return data
