"""Everything one configuration needs to check files: plugins, readers, reporters, rules — built once.

A run usually has one configuration; when files under different folders have
different nearest config files, each gets its own :class:`Runtime`, built the
first time a file needs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Collection, Mapping, Sequence

import pluggy

from claimcheck import __version__
from claimcheck.cache import ResultCache, default_folder, own_code_stamp, runtime_key
from claimcheck.config import Settings
from claimcheck.engine import RuleSet
from claimcheck.errors import ConfigError, PackError, PluginError
from claimcheck.framework import Framework
from claimcheck.pack_cache import default_pack_cache
from claimcheck.plugins.manager import PluginInfo, build_plugin_manager, call_each, collect
from claimcheck.readers import Reader
from claimcheck.reporters import Reporter
from claimcheck.rules.model import Rule, RuleType
from claimcheck.rules.pack import Pack, check_unique_codes, load_pack
from claimcheck.selection import check_selectors, select_rules
from claimcheck.suppression import known_names

__all__ = ["Runtime", "build_runtime"]


@dataclass(frozen=True)
class Runtime:
    """The plugins, formats and compiled rules that one configuration stands for."""

    settings: Settings
    manager: pluggy.PluginManager
    plugins: Sequence[PluginInfo]
    readers: Mapping[str, Reader]
    reporters: Mapping[str, Reporter]
    rule_types: Mapping[str, RuleType]
    packs: Sequence[Pack]
    all_rules: Sequence[Rule]
    rule_set: RuleSet
    origins: Mapping[str, str] = field(default_factory=dict)
    """Where each rule code and reader name comes from, for error messages: "pack 'x' (folder)", "plugin 'y' (claimcheck_rules)"."""

    def reader_for(self, path: Path, head: bytes = b"") -> Reader:
        """The reader for a file: by its extension, else the first reader whose ``sniff`` knows ``head``, else plain text."""
        reader = self.readers.get(path.suffix.lower())
        if reader is not None:
            return reader
        for candidate in dict.fromkeys(self.readers.values()):
            sniff = getattr(candidate, "sniff", None)
            if sniff is not None and head and sniff(head):
                return candidate
        return self.readers[".txt"]

    @cached_property
    def cache(self) -> ResultCache | None:
        """The results cache of this configuration, or None with ``cache = false`` / ``--no-cache``.

        Its key covers everything a file's results depend on besides the
        file: the resolved settings, every pack file and local plugin file by
        content, the plugins' versions, and claimcheck's own code.
        """
        if not self.settings.cache:
            return None
        pack_files = [file for pack in self.packs for file in sorted(pack.path.glob("*.toml"))]
        local_plugins = [Path(spec) for spec in self.settings.plugins if spec.endswith(".py")]
        key = runtime_key(
            settings_text=repr(self.settings),
            pack_files=[*pack_files, *local_plugins],
            plugins=[(info.name, info.version or info.origin) for info in self.plugins],
            version=f"{__version__}:{own_code_stamp()}",
        )
        return ResultCache(self.settings.cache_dir or default_folder(self.settings.root), key=key)

    @cached_property
    def selected_codes(self) -> frozenset[str]:
        """Codes of the rules that run (for findings the engine reports itself, such as suppression problems)."""
        return frozenset(rule.code for rule in self.rule_set.rules)

    @cached_property
    def known_names(self) -> Mapping[str, str]:
        """Every rule's code and alias, mapped to its code: what a suppression comment may name."""
        return known_names(self.all_rules)

    @property
    def frameworks(self) -> Mapping[str, Framework]:
        return self.rule_set.frameworks

    @property
    def extensions(self) -> frozenset[str]:
        return frozenset(self.readers)


def build_runtime(settings: Settings, *, blocked: Collection[str] = ()) -> Runtime:
    """Load plugins, packs and rules for ``settings``, select the rules and compile them."""
    manager, plugins = build_plugin_manager(local_plugins=settings.plugins, blocked=blocked)
    origins: dict[str, str] = {}
    readers = _readers(manager, settings, origins)
    reporters = {name: item for name, (_, item) in collect(manager, "claimcheck_reporters", key=lambda r: r.name).items()}
    rule_types = {name: item for name, (_, item) in collect(manager, "claimcheck_rule_types", key=lambda t: t.name).items()}
    packs = load_packs(manager, settings, rule_types)
    rules = [rule for pack in packs for rule in pack.rules]
    origins.update({rule.code: f"pack '{pack.name}' ({pack.path})" for pack in packs for rule in pack.rules})
    for plugin_name, python_rules in call_each(manager, "claimcheck_rules", settings=settings):
        for rule in python_rules:
            if not isinstance(rule, Rule):
                raise PluginError(f"plugin '{plugin_name}' returned {type(rule).__name__} from claimcheck_rules; expected claimcheck.rules.model.Rule")
            rules.append(rule if rule.pack else _with_pack(rule, plugin_name))
            origins[rule.code] = f"plugin '{plugin_name}' (hook claimcheck_rules)"
    check_unique_codes(rules, pack_paths={pack.name: str(pack.path) for pack in packs})
    check_selectors(settings, rules)
    for _ in call_each(manager, "claimcheck_configure", settings=settings):
        pass
    selected = select_rules(rules, settings)
    frameworks = {pack.framework.id: pack.framework for pack in packs if pack.framework is not None}
    return Runtime(
        settings, manager, plugins, readers, reporters, rule_types, packs, tuple(rules), RuleSet(selected, frameworks), origins
    )


def _with_pack(rule: Rule, plugin_name: str) -> Rule:
    from dataclasses import replace

    return replace(rule, pack=plugin_name)


def _readers(manager: pluggy.PluginManager, settings: Settings, origins: dict[str, str]) -> dict[str, Reader]:
    """Every registered reader by the extensions it reads, with ``extensions`` from the config applied."""
    by_extension: dict[str, Reader] = {}
    by_name: dict[str, Reader] = {}
    owners: dict[str, str] = {}
    for plugin_name, readers in call_each(manager, "claimcheck_readers", settings=settings):
        for reader in readers:
            by_name.setdefault(reader.name, reader)
            origins.setdefault(f"reader:{reader.name}", f"plugin '{plugin_name}' (hook claimcheck_readers)")
            for extension in reader.extensions:
                extension = extension.lower()
                if extension in by_extension:
                    raise PluginError(
                        f"plugin '{plugin_name}' registers a reader for {extension!r}, "
                        f"already read by '{by_extension[extension].name}' from plugin '{owners[extension]}'"
                    )
                by_extension[extension] = reader
                owners[extension] = plugin_name
    for extension, name in settings.extensions.items():
        if name not in by_name:
            known = ", ".join(sorted(by_name))
            origin = settings.origins.get("extensions", "config")
            raise ConfigError(f"{origin}: 'extensions' maps {extension!r} to unknown reader {name!r}; readers: {known}")
        by_extension[extension] = by_name[name]
    return by_extension


def load_packs(manager: pluggy.PluginManager, settings: Settings, rule_types: Mapping[str, RuleType]) -> list[Pack]:
    """The packs plugins register plus those in the ``rule-packs`` folders of the configuration.

    A configured folder may be a pack itself (it holds ``pack.toml``) or a
    folder of packs.
    """
    folders: list[Path] = []
    for _, paths in call_each(manager, "claimcheck_rule_packs"):
        folders.extend(Path(path) for path in paths)
    for folder in settings.rule_packs:
        if (folder / "pack.toml").is_file():
            folders.append(folder)
        elif folder.is_dir():
            inner = sorted(path for path in folder.iterdir() if (path / "pack.toml").is_file())
            if not inner:
                raise PackError(f"{folder}: no rule pack here (expected pack.toml in it or in its subfolders)")
            folders.extend(inner)
        else:
            problem = "is a file, not a rule pack folder" if folder.exists() else "rule pack folder does not exist"
            raise PackError(f"{folder}: {problem} (from 'rule-packs' in {settings.origins.get('rule-packs', 'config')})")
    packs: list[Pack] = []
    names: dict[str, Path] = {}
    cache = default_pack_cache()
    for folder in folders:
        pack = cache.load(folder, rule_types, build=lambda: load_pack(folder, rule_types)) if cache else load_pack(folder, rule_types)
        if pack.name in names:
            raise PackError(f"duplicate rule pack name '{pack.name}': {names[pack.name]} and {folder}")
        names[pack.name] = folder
        packs.append(pack)
    return packs
