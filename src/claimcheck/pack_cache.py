"""Rule packs as the last run loaded them, kept between runs: start-up without TOML parsing or pattern analysis.

Loading the bundled packs means parsing 180 KB of TOML, validating and
folding every pattern, and working out what the prefilter should look for
(:func:`claimcheck.matching.prefilter_entry`) — about a fifth of a second,
paid by every run, while the packs almost never change.  Like Python's
``__pycache__``, this module keeps the loaded :class:`~claimcheck.rules.pack.Pack`
(pickled) with those prefilter answers, under a key made of everything the
result depends on: the pack's TOML files (names and contents),
the rule types that built it (their classes and source files), claimcheck's
version and code, and the Python version.  Any change is a miss, and the
pack is loaded from its files — with every validation error it may have.

The same folder keeps the list of installed plugins
(:mod:`claimcheck.plugins.installed`).  The entries live in the user's
cache folder (``$XDG_CACHE_HOME/claimcheck`` or ``~/.cache/claimcheck``;
``CLAIMCHECK_PACK_CACHE`` names another folder,
or ``off`` turns the cache off), never in the project: a pickle runs code
when loaded, so only files in a folder the user alone can write to, and that
the user owns, are ever loaded.  Nothing here can fail a run: an unreadable,
corrupt or foreign entry is a miss, and a folder that cannot be written is
simply not written to.
"""

from __future__ import annotations

import inspect
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Callable, Mapping, NamedTuple

from claimcheck import logs
from claimcheck import __version__
from claimcheck.atomic import write_atomically
from claimcheck.cache import CACHEDIR_TAG, KeyDigest, content_digest, own_code_stamp
from claimcheck.matching import prefilter_entry, remember_prefilter_entries
from claimcheck.rules.model import RuleType
from claimcheck.rules.pack import Pack

__all__ = ["ENVIRONMENT_VARIABLE", "PackCache", "default_pack_cache", "trusted"]

#: Names the cache folder, or turns the cache off with ``off`` (also ``0``, ``false``, ``no``).
ENVIRONMENT_VARIABLE = "CLAIMCHECK_PACK_CACHE"

#: Bumped whenever what an entry holds changes.
FORMAT_VERSION = 1

#: Entries older than this are removed when a new one is written (see :meth:`PackCache._forget_old_entries`).
MAX_AGE_DAYS = 30

_OFF = frozenset({"off", "0", "false", "no"})


class _Entry(NamedTuple):
    pack: Pack
    prefilter_entries: Mapping[str, str]


class PackCache:
    """Loaded packs by the key of their files, in one folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def load(self, folder: Path, rule_types: Mapping[str, RuleType], *, build: Callable[[], Pack]) -> Pack:
        """The pack in ``folder``: from the cache when nothing it depends on changed, else from ``build()`` (and kept)."""
        key = _key(folder, rule_types)
        if key is None:
            return build()
        prefix = content_digest(str(folder.resolve()).encode("utf-8", "surrogatepass"))[:16]
        path = self.folder / f"{prefix}-{key}.pickle"
        entry = self._read(path)
        if entry is not None:
            remember_prefilter_entries(entry.prefilter_entries)
            return entry.pack
        pack = build()
        patterns = {pattern for rule in pack.rules for pattern in rule.checker.prefilter}
        self._write(path, _Entry(pack, {pattern: prefilter_entry(pattern) for pattern in sorted(patterns)}))
        return pack

    def _read(self, path: Path) -> _Entry | None:
        try:
            with path.open("rb") as handle:
                if not trusted(os.fstat(handle.fileno())) or not trusted(os.stat(self.folder)):
                    logs.debug(__name__, "%s: not owned by this user or writable by others; ignored", path)
                    return None
                entry = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as error:  # a corrupt or stale entry is a miss, whatever unpickling raised
            logs.debug(__name__, "%s: unusable pack cache entry (%s: %s)", path, type(error).__name__, error)
            return None
        return entry if isinstance(entry, _Entry) and isinstance(entry.pack, Pack) else None

    def _write(self, path: Path, entry: _Entry) -> None:
        try:
            data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.loads(data)  # a checker class a later run cannot import (a local plugin's) is not kept
        except Exception as error:
            logs.debug(__name__, "pack %s not cached: %s: %s", entry.pack.name, type(error).__name__, error)
            return
        try:
            if not self.folder.is_dir():
                self.folder.mkdir(parents=True, mode=0o700)
                (self.folder / "CACHEDIR.TAG").write_text(CACHEDIR_TAG, encoding="utf-8")
            for stale in self.folder.glob(path.name.split("-", 1)[0] + "-*.pickle"):
                stale.unlink(missing_ok=True)  # the same folder's entry from before an edit
            write_atomically(path, data, mode=0o600, durable=False)
            self._forget_old_entries()
        except OSError as error:
            logs.debug(__name__, "pack cache %s not written: %s", self.folder, error)


    def _forget_old_entries(self) -> None:
        """Remove entries written more than :data:`MAX_AGE_DAYS` ago: packs of deleted clones and venvs.

        An entry still in use is simply written again by the next run that
        misses it; without this, every checkout a user ever ran claimcheck in
        would leave one entry per pack behind.
        """
        horizon = time.time() - MAX_AGE_DAYS * 86400
        for entry in self.folder.glob("*.pickle"):
            try:
                if entry.stat().st_mtime < horizon:
                    entry.unlink()
            except OSError:
                continue


def default_pack_cache() -> PackCache | None:
    """The cache in the user's cache folder, another one named by ``CLAIMCHECK_PACK_CACHE``, or None when off."""
    setting = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if setting.lower() in _OFF:
        return None
    if setting:
        return PackCache(Path(setting))
    try:
        folder = _user_cache_folder()
    except (RuntimeError, KeyError, OSError):  # no home folder (HOME unset, a user with no passwd entry)
        return None
    return PackCache(folder / f"packs-{FORMAT_VERSION}")


def _user_cache_folder() -> Path:
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "claimcheck" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "claimcheck"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimcheck"


def trusted(status: os.stat_result) -> bool:
    """Owned by the user running claimcheck and writable by nobody else (always true where there are no owners)."""
    if not hasattr(os, "getuid"):
        return True
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def _key(folder: Path, rule_types: Mapping[str, RuleType]) -> str | None:
    """Everything a loaded pack depends on, hashed; None when a file cannot be looked at (then no caching)."""
    digest = KeyDigest()
    feed = digest.feed
    feed("claimcheck-packs", FORMAT_VERSION, __version__, own_code_stamp(), sys.version, folder.resolve())
    try:
        for path in sorted(folder.glob("*.toml")):
            # By content, not modification time: a test (or a tool) may rewrite a file within the clock's tick.
            feed("file", path.name, content_digest(path.read_bytes()))
        for name, rule_type in sorted(rule_types.items()):
            kind = type(rule_type)
            feed("type", name, kind.__module__, kind.__qualname__, _source_stamp(kind))
    except OSError:
        return None
    return digest.hexdigest()[:32]


def _source_stamp(kind: type) -> str:
    """Size and modification time of the file that defines a rule type: a local plugin's edit is a miss."""
    try:
        status = Path(inspect.getfile(kind)).stat()
    except (TypeError, OSError):
        return "unknown"
    return f"{status.st_size}:{status.st_mtime_ns}"
