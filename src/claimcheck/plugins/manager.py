"""Building the plugin manager and collecting what plugins register.

Plugins come from the built-ins, from installed distributions' ``claimcheck``
entry points, and from the ``plugins`` configuration key (module names or
``.py`` files).  A plugin that fails to import, implements an unknown hook or
raises while registering stops the run with a :class:`PluginError` naming it.
"""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path
from typing import Any, Callable, Collection, Iterator, NamedTuple, Sequence

import pluggy

from claimcheck.errors import ClaimcheckError, PluginError
from claimcheck.plugins import PROJECT_NAME, hookspecs
from claimcheck.plugins.installed import installed_plugins

__all__ = ["PluginInfo", "build_plugin_manager", "call_each", "collect"]

# Built-in plugins, registered under these names (so `-p no:NAME` can block them).
BUILTIN_PLUGINS = {
    "readers": "claimcheck.readers.builtin",
    "rule-types": "claimcheck.rules.builtin",
    "packs": "claimcheck.rules.packs",
    "reporters": "claimcheck.reporters.builtin",
    "per-file-ignores": "claimcheck.filters",
    "engine-rules": "claimcheck.engine_rules",
}


class PluginInfo(NamedTuple):
    """Where a registered plugin came from, for ``claimcheck plugins`` and error messages."""

    name: str
    origin: str
    distribution: str = ""
    version: str = ""
    hooks: tuple[str, ...] = ()


def build_plugin_manager(*, local_plugins: Sequence[str] = (), blocked: Collection[str] = ()) -> tuple[pluggy.PluginManager, list[PluginInfo]]:
    """A plugin manager with the built-ins, installed entry points and ``local_plugins`` registered.

    ``local_plugins`` are module names or absolute paths to ``.py`` files;
    ``blocked`` are plugin names given as ``-p no:NAME``.
    """
    manager = pluggy.PluginManager(PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    for name in blocked:
        manager.set_blocked(name)
    infos: list[PluginInfo] = []
    for name, module_name in BUILTIN_PLUGINS.items():
        if not manager.is_blocked(name):
            _register(manager, importlib.import_module(module_name), name, infos, origin="built-in")
    from claimcheck.pack_cache import default_pack_cache  # its folder keeps the installed plugins' list too

    cache = default_pack_cache()
    for entry_point in installed_plugins(PROJECT_NAME, cache_folder=cache.folder if cache else None):
        if manager.is_blocked(entry_point.name):
            continue
        try:
            plugin = entry_point.load()
        except Exception as error:  # a broken plugin must name itself, whatever it raised
            raise PluginError(f"plugin '{entry_point.name}' ({entry_point.distribution or entry_point.value}) failed to import: {type(error).__name__}: {error}") from error
        _register(manager, plugin, entry_point.name, infos, origin=f"entry point {entry_point.value}", distribution=entry_point.distribution, version=entry_point.version)
    for spec in local_plugins:
        name = Path(spec).stem if spec.endswith(".py") else spec
        if manager.is_blocked(name):
            continue
        _register(manager, _import_local(spec), name, infos, origin=spec)
    return manager, infos


def _import_local(spec: str) -> Any:
    """Import a plugin named in config: a module name, or the path of a ``.py`` file."""
    if not spec.endswith(".py"):
        try:
            return importlib.import_module(spec)
        except Exception as error:
            raise PluginError(f"plugin '{spec}' failed to import: {type(error).__name__}: {error}") from error
    path = Path(spec)
    if not path.is_file():
        raise PluginError(f"plugin file {spec} does not exist")
    # Named after the file's path, the same in every run: the pack cache pickles checkers by module name.
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    module_name = f"claimcheck_local_plugin_{path.stem}_{digest}"
    from importlib import util  # here: most runs load no plugin from a file, and it is 2 ms of imports

    module_spec = util.spec_from_file_location(module_name, path)
    if module_spec is None or module_spec.loader is None:  # pragma: no cover - a .py file always has a loader
        raise PluginError(f"plugin file {spec} cannot be imported")
    module = util.module_from_spec(module_spec)
    sys.modules[module_name] = module
    try:
        module_spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[module_name]
        raise PluginError(f"plugin {spec} failed to import: {type(error).__name__}: {error}") from error
    return module


def _register(manager: pluggy.PluginManager, plugin: Any, name: str, infos: list[PluginInfo], **details: str) -> None:
    try:
        manager.register(plugin, name=name)
    except pluggy.PluginValidationError as error:
        raise PluginError(f"plugin '{name}': {error}") from None
    except ValueError as error:
        raise PluginError(f"plugin '{name}' cannot be registered: {error}") from None
    hooks = tuple(sorted(caller.name for caller in manager.get_hookcallers(plugin) or ()))
    infos.append(PluginInfo(name=name, hooks=hooks, **details))
    known = _hook_names()
    unknown = [attribute for attribute in dir(plugin) if attribute.startswith("claimcheck_") and attribute not in known]
    if unknown:
        raise PluginError(f"plugin '{name}': unknown hook {unknown[0]!r} (known hooks: {', '.join(known)})")


def _hook_names() -> list[str]:
    return sorted(name for name in dir(hookspecs) if name.startswith("claimcheck_"))


def call_each(manager: pluggy.PluginManager, hook_name: str, **kwargs: Any) -> Iterator[tuple[str, Any]]:
    """Call every implementation of ``hook_name``, yielding ``(plugin name, result)``.

    Calling implementations one by one lets an exception name the plugin and
    the hook that raised it, which pluggy's combined call cannot.
    """
    caller = getattr(manager.hook, hook_name)
    # Registration order: the built-ins first, so a plugin that reuses a name is the one blamed.
    for implementation in caller.get_hookimpls():
        arguments = {name: kwargs[name] for name in implementation.argnames}
        try:
            result = implementation.function(**arguments)
        except ClaimcheckError:
            raise
        except Exception as error:
            raise PluginError(f"plugin '{implementation.plugin_name}' raised in {hook_name}: {type(error).__name__}: {error}") from error
        if result is not None:
            yield implementation.plugin_name, result


def collect(manager: pluggy.PluginManager, hook_name: str, *, key: Callable[[Any], str], **kwargs: Any) -> dict[str, tuple[str, Any]]:
    """Gather what a registration hook returns, keyed by ``key``; a key registered twice is a plugin error."""
    found: dict[str, tuple[str, Any]] = {}
    for plugin_name, items in call_each(manager, hook_name, **kwargs):
        for item in items:
            name = key(item)
            if name in found:
                raise PluginError(f"plugin '{plugin_name}' registers {name!r} in {hook_name}, already registered by plugin '{found[name][0]}'")
            found[name] = (plugin_name, item)
    return found
