"""The plugins installed as distributions (``claimcheck`` entry points), remembered between runs.

Finding them means importing :mod:`importlib.metadata` and reading every
installed distribution's metadata: about 13 ms, a tenth of checking one file
from pre-commit, for an answer that changes only when something is installed
or removed.  Like stevedore's entry point cache, this module keeps the
answer in claimcheck's cache folder (the one of :mod:`claimcheck.pack_cache`)
under a stamp of what it depends on: the folders on ``sys.path``, the
``*.dist-info`` / ``*.egg-info`` folders in them, with their modification
times and those of their ``entry_points.txt``.  Installing, upgrading or removing a
distribution changes the stamp, and the entry points are read afresh.

The cache is plain JSON, believed only in a folder and a file that the user
alone can write (as the pack cache): a corrupt or foreign file is a miss.
Each ``sys.path`` has its own file (named after a digest of it): ``claimcheck``
and ``python -m claimcheck``, or two virtual environments, see different
folders, and one shared file would be rewritten at every switch between them.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

from claimcheck import logs
from claimcheck.atomic import write_atomically

__all__ = ["InstalledPlugin", "installed_plugins"]

#: Bumped whenever the file's layout changes.
FORMAT_VERSION = 1

_METADATA_SUFFIXES = (".dist-info", ".egg-info")


class InstalledPlugin(NamedTuple):
    """One ``claimcheck`` entry point: its name, ``module:attribute`` value and distribution."""

    name: str
    value: str
    distribution: str = ""
    version: str = ""

    def load(self) -> Any:
        """Import the object the entry point names, as :meth:`importlib.metadata.EntryPoint.load` does."""
        module_name, _, attribute = self.value.partition(":")
        loaded: Any = importlib.import_module(module_name.strip())
        for part in filter(None, attribute.split("[", 1)[0].strip().split(".")):
            loaded = getattr(loaded, part)
        return loaded


def installed_plugins(group: str, *, cache_folder: Path | None) -> list[InstalledPlugin]:
    """The entry points of ``group``, each once, in the order :mod:`importlib.metadata` gives them."""
    if cache_folder is None:
        return _read_entry_points(group)
    stamp = _stamp(group)
    path = cache_folder / listing_name()
    remembered = _remembered(path, stamp)
    if remembered is not None:
        return remembered
    plugins = _read_entry_points(group)
    document = {"version": FORMAT_VERSION, "stamp": stamp, "plugins": [plugin._asdict() for plugin in plugins]}
    try:
        cache_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(path, json.dumps(document).encode("utf-8"), mode=0o600, durable=False)
    except OSError as error:
        logs.debug(__name__, "entry points not cached in %s: %s", cache_folder, error)
    return plugins


def listing_name() -> str:
    """The name of this ``sys.path``'s file in the cache folder."""
    from claimcheck.cache import KeyDigest

    digest = KeyDigest()
    digest.feed("claimcheck-entry-points-file", *(entry or os.getcwd() for entry in sys.path))
    return f"entry-points-{digest.hexdigest()[:16]}.json"


def _read_entry_points(group: str) -> list[InstalledPlugin]:
    import importlib.metadata  # here: the point of this module is not to need it on most runs

    plugins: list[InstalledPlugin] = []
    seen: set[tuple[str, str]] = set()
    for entry_point in importlib.metadata.entry_points(group=group):
        if (entry_point.name, entry_point.value) in seen:
            continue
        seen.add((entry_point.name, entry_point.value))
        distribution = getattr(entry_point, "dist", None)
        plugins.append(
            InstalledPlugin(
                entry_point.name,
                entry_point.value,
                distribution.metadata["Name"] if distribution is not None else "",
                distribution.version if distribution is not None else "",
            )
        )
    return plugins


def _remembered(path: Path, stamp: str) -> list[InstalledPlugin] | None:
    from claimcheck.pack_cache import trusted  # the same rule as for the packs beside it

    try:
        with path.open("rb") as handle:
            # The list names modules to import: only a file nobody else can have written is believed.
            if not trusted(os.fstat(handle.fileno())) or not trusted(os.stat(path.parent)):
                return None
            document = json.loads(handle.read())
        if document.get("version") != FORMAT_VERSION or document.get("stamp") != stamp:
            return None
        return [
            InstalledPlugin(str(item["name"]), str(item["value"]), str(item["distribution"]), str(item["version"]))
            for item in document["plugins"]
        ]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        logs.debug(__name__, "%s: unusable entry point cache (%s)", path, error)
        return None


def _stamp(group: str) -> str:
    """A digest of everything that decides which distributions are installed, and their entry points."""
    from claimcheck.cache import KeyDigest

    digest = KeyDigest()
    digest.feed("claimcheck-entry-points", FORMAT_VERSION, group, sys.version)
    for entry in sys.path:
        folder = entry or os.getcwd()
        if not os.path.isdir(folder):  # a zip file (or nothing): its modification time covers its content
            digest.feed("file", folder, _modified(folder))
            continue
        digest.feed("folder", folder)
        # A folder's own modification time would change with any file made in it (sys.path holds
        # the working folder under `python -m`): the metadata folders it holds are what counts.
        try:
            names = sorted(name for name in os.listdir(folder) if name.endswith(_METADATA_SUFFIXES))
        except OSError:
            continue
        for name in names:
            path = os.path.join(folder, name)
            digest.feed(name, _modified(path), _modified(os.path.join(path, "entry_points.txt")))
    return digest.hexdigest()


def _modified(path: str) -> str:
    """Modification time and size: an edit within one tick of the clock still changes the size, mostly."""
    try:
        status = os.stat(path)
    except OSError:
        return "-"
    return f"{status.st_mtime_ns}:{status.st_size}"
