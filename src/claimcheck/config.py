"""Find, read and validate the configuration: ``.claimcheck.toml``, ``claimcheck.toml``, ``pyproject.toml``.

The conventions are ruff's, because users bring them along: the nearest
config file wins, ``extend`` builds on another file explicitly, keys are
kebab-case, and every mistake — an unknown key, a value of the wrong type,
broken TOML — is a :class:`~claimcheck.errors.ConfigError` whose message
names the file, the key and what was expected.  Nothing here knows which
rules exist: :mod:`claimcheck.selection` checks the rule codes once the
packs are loaded, using :attr:`Settings.origins` to name the file again.
"""

from __future__ import annotations

import fnmatch
import math
import os
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple, Sequence

from claimcheck import logs
from claimcheck.errors import ConfigError, UsageError
from claimcheck.finding import Severity
from claimcheck.toml_files import read_toml


__all__ = [
    "CONFIG_FILENAMES",
    "DEFAULT_EXCLUDE",
    "DEFAULT_FILE_TIMEOUT",
    "FAIL_ON_CHOICES",
    "RuleSettings",
    "Settings",
    "default_settings",
    "find_config_file",
    "load_settings",
    "settings_to_toml",
]

#: Checked in this order in each directory; ``pyproject.toml`` only counts with a ``[tool.claimcheck]`` table.
CONFIG_FILENAMES = (".claimcheck.toml", "claimcheck.toml", "pyproject.toml")

DEFAULT_EXCLUDE = (
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox", "build", "dist",
)

FAIL_ON_CHOICES = ("error", "warning", "info", "never")

#: Seconds one file's read and check may take (``file-timeout``). A 20 MB file takes about 9 s
#: (2.2 MB/s, benchmarks/RESULTS.md): the default leaves room; a project with huge files raises it.
DEFAULT_FILE_TIMEOUT = 60.0

_SEVERITY_CHOICES = ("error", "warning", "info")
_PYPROJECT = "pyproject.toml"

# Top-level keys, each with the function that validates and converts its value.
_LIST_KEYS = ("select", "extend-select", "ignore", "include", "exclude")
_BOOL_KEYS = ("respect-gitignore", "inline-config", "text-directives", "cache")
_KEYS = (
    *_LIST_KEYS, *_BOOL_KEYS, "per-file-ignores", "rule-packs", "plugins", "fail-on", "rules", "extend",
    "extensions", "readers", "cache-dir", "file-timeout",
)
_RULE_KEYS = ("severity", "enabled")

# TOML key → Settings attribute, for the keys that map one to one.
_ATTRIBUTES = {
    "select": "select",
    "extend-select": "extend_select",
    "ignore": "ignore",
    "include": "include",
    "exclude": "exclude",
    "per-file-ignores": "per_file_ignores",
    "rule-packs": "rule_packs",
    "plugins": "plugins",
    "fail-on": "fail_on",
    "extensions": "extensions",
    "readers": "readers",
    "respect-gitignore": "respect_gitignore",
    "inline-config": "inline_config",
    "text-directives": "text_directives",
    "cache": "cache",
    "cache-dir": "cache_dir",
    "file-timeout": "file_timeout",
}


class RuleSettings(NamedTuple):
    """What a ``[rules.CODE]`` table changes about one rule; ``None`` leaves the rule's own choice."""

    severity: Severity | None = None
    enabled: bool | None = None


@dataclass(frozen=True)
class Settings:
    """The resolved configuration of one run.

    ``select`` is ``None`` when nothing was selected, meaning every rule the
    packs provide.  ``extensions`` maps file suffixes to reader names
    (``{".xhtml": "html"}``); ``readers`` holds each reader's own options
    (``[readers.xml]``), which the reader validates.  ``respect_gitignore``
    skips what git ignores when walking folders; ``inline_config`` honours
    ``<!-- claimcheck-disable … -->`` comments and ``text_directives`` the
    own-line form in plain text; ``cache``/``cache_dir`` control the results
    cache (default folder ``.claimcheck_cache`` beside the config file).
    ``file_timeout`` is the seconds one file's read and check may take
    before it is stopped and reported (0: no limit; see
    :mod:`claimcheck.budget`).  ``origins`` maps each top-level key that a file set (and
    ``rules.CODE`` for each rule table) to that file, so later errors about
    rule codes can name it; ``command_line`` keeps the selectors that came
    from command-line options, per key, for the same reason.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    rule_packs: tuple[Path, ...] = ()
    plugins: tuple[str, ...] = ()
    fail_on: str = "error"
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    extensions: Mapping[str, str] = field(default_factory=dict)
    readers: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    respect_gitignore: bool = True
    inline_config: bool = True
    text_directives: bool = False
    cache: bool = True
    cache_dir: Path | None = None
    file_timeout: float = DEFAULT_FILE_TIMEOUT
    config_file: Path | None = None
    root: Path = Path(".")
    origins: Mapping[str, Path] = field(default_factory=dict)
    command_line: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def with_overrides(
        self,
        *,
        select: Sequence[str] | None = None,
        extend_select: Sequence[str] | None = None,
        ignore: Sequence[str] | None = None,
        fail_on: str | None = None,
        **switches: Any,
    ) -> "Settings":
        """These settings with the command line's options applied, as ruff does.

        ``--select`` and ``--fail-on`` replace the config's value;
        ``--extend-select`` and ``--ignore`` add to the config's lists.
        ``None`` means the option was not given.  ``switches`` set plain
        fields from flags (``inline_config=False`` for ``--no-inline-config``,
        ``cache=False``, ``cache_dir=Path(...)``, ``file_timeout=0.5``).
        """
        changes: dict[str, Any] = {}
        origins = dict(self.origins)
        command_line = dict(self.command_line)
        if select is not None:
            changes["select"] = tuple(select)
            origins.pop("select", None)
            command_line["select"] = tuple(select)
        if extend_select:
            changes["extend_select"] = (*self.extend_select, *extend_select)
            command_line["extend-select"] = (*command_line.get("extend-select", ()), *extend_select)
        if ignore:
            changes["ignore"] = (*self.ignore, *ignore)
            command_line["ignore"] = (*command_line.get("ignore", ()), *ignore)
        if fail_on is not None:
            if fail_on not in FAIL_ON_CHOICES:
                raise UsageError(f"--fail-on must be one of {_choices(FAIL_ON_CHOICES)}, got {fail_on!r}")
            changes["fail_on"] = fail_on
            origins.pop("fail-on", None)
        changes.update({name: value for name, value in switches.items() if value is not None})
        return replace(
            self, origins=MappingProxyType(origins), command_line=MappingProxyType(command_line), **changes
        )

    def ignored_codes(self, path: Path) -> tuple[str, ...]:
        """The codes ``per-file-ignores`` ignores for ``path``, in the order the config lists them.

        Globs match the path relative to :attr:`root` in posix form, with
        :mod:`fnmatch` semantics; a glob without ``/`` also matches the file's
        name, and a glob matching a leading directory covers everything in it,
        so ``"*.txt"``, ``"drafts/*.md"`` and ``"drafts"`` all do what they say.
        """
        if not self.per_file_ignores:
            return ()
        relative = _relative_posix(path, root=self.root)
        codes: list[str] = []
        for pattern, pattern_codes in self.per_file_ignores.items():
            if _glob_matches(pattern, relative):
                codes.extend(code for code in pattern_codes if code not in codes)
        return tuple(codes)


def find_config_file(start: Path) -> Path | None:
    """The nearest config file at or above ``start`` (a file counts from its directory).

    In each directory ``.claimcheck.toml``, then ``claimcheck.toml``, then a
    ``pyproject.toml`` that has a ``[tool.claimcheck]`` table; a
    ``pyproject.toml`` without one is skipped and the search goes on upward.
    """
    directory = start.absolute()
    if not directory.is_dir():
        directory = directory.parent
    for candidate_dir in (directory, *directory.parents):
        for name in CONFIG_FILENAMES:
            candidate = candidate_dir / name
            if not candidate.is_file():
                continue
            if name == _PYPROJECT and _claimcheck_table(candidate, required=False) is None:
                continue
            logs.debug(__name__, "using config file %s", candidate)
            return candidate
    return None


def default_settings(root: Path) -> Settings:
    """The settings of a run without a config file (or with ``--isolated``)."""
    return Settings(root=root)


def load_settings(path: Path) -> Settings:
    """Read, validate and resolve the config file ``path``, following ``extend``.

    The extending file's keys replace the base's key by key, except
    ``[rules.CODE]`` tables, which merge per code and per key.
    """
    values: dict[str, Any] = {}
    rules: dict[str, dict[str, Any]] = {}
    origins: dict[str, Path] = {}
    for file, table in _load_chain(path):
        for key, value in table.items():
            if key == "rules":
                for code, options in value.items():
                    rules.setdefault(code, {}).update(options)
                    origins[f"rules.{code}"] = file
            values[key] = value
            origins[key] = file
    settings = {_ATTRIBUTES[key]: value for key, value in values.items() if key in _ATTRIBUTES}
    return Settings(
        **settings,
        rules=MappingProxyType({code: RuleSettings(**options) for code, options in rules.items()}),
        config_file=path,
        root=path.absolute().parent,
        origins=MappingProxyType(origins),
    )


def settings_to_toml(settings: Settings) -> str:
    """The resolved configuration as a config file, for ``claimcheck config``.

    Keys are kebab-case and sorted, plain keys before tables as TOML
    requires; reading the text back gives the same settings.  ``select``
    is left out (with a comment) when nothing was selected, since TOML has
    no "unset".
    """
    source = str(settings.config_file) if settings.config_file is not None else "defaults"
    lines = [f"# resolved from {source}"]
    plain: dict[str, Any] = {
        "extend-select": settings.extend_select,
        "ignore": settings.ignore,
        "include": settings.include,
        "exclude": settings.exclude,
        "rule-packs": tuple(str(pack) for pack in settings.rule_packs),
        "plugins": settings.plugins,
        "fail-on": settings.fail_on,
        "respect-gitignore": settings.respect_gitignore,
        "inline-config": settings.inline_config,
        "text-directives": settings.text_directives,
        "cache": settings.cache,
        "file-timeout": settings.file_timeout or False,
    }
    if settings.cache_dir is not None:
        plain["cache-dir"] = str(settings.cache_dir)
    if settings.select is not None:
        plain["select"] = settings.select
    else:
        lines.append("# select is not set: every rule the packs provide")
    lines.extend(f"{_toml_key(key)} = {_toml_value(value)}" for key, value in sorted(plain.items()))
    lines.extend(["", "[per-file-ignores]"])
    lines.extend(
        f"{_toml_key(glob)} = {_toml_value(codes)}" for glob, codes in sorted(settings.per_file_ignores.items())
    )
    lines.extend(["", "[extensions]"])
    lines.extend(f"{_toml_key(suffix)} = {_toml_value(reader)}" for suffix, reader in sorted(settings.extensions.items()))
    for name, options in sorted(settings.readers.items()):
        lines.extend(["", f"[readers.{_toml_key(name)}]"])
        lines.extend(f"{_toml_key(key)} = {_toml_value(value)}" for key, value in sorted(options.items()))
    lines.extend(["", "[rules]"])
    for code, options in sorted(settings.rules.items()):
        lines.extend(["", f"[rules.{_toml_key(code)}]"])
        if options.enabled is not None:
            lines.append(f"enabled = {_toml_value(options.enabled)}")
        if options.severity is not None:
            lines.append(f"severity = {_toml_value(options.severity.value)}")
    return "\n".join(lines) + "\n"


# --- reading files ----------------------------------------------------------------------------


def _load_chain(path: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The validated tables of ``path`` and the files it extends, the deepest base first."""
    chain: list[tuple[Path, dict[str, Any]]] = []
    seen: list[Path] = []
    current: Path | None = path
    while current is not None:
        table = _validated_table(current)
        chain.append((current, table))
        seen.append(current)
        current = _extended_file(current, table.pop("extend", None), seen=seen)
    chain.reverse()
    return chain


def _extended_file(path: Path, extend: str | None, *, seen: Sequence[Path]) -> Path | None:
    """The file that ``path`` extends, checked to exist and not to close a cycle."""
    if extend is None:
        return None
    target = path.parent / extend
    if not target.is_file():
        raise ConfigError(f"{path}: 'extend' names {target}, which does not exist")
    resolved = [_same_file_key(file) for file in seen]
    if _same_file_key(target) in resolved:
        cycle = [*seen[resolved.index(_same_file_key(target)) :], target]
        raise ConfigError(f"{path}: 'extend' makes a cycle: {' -> '.join(str(file) for file in cycle)}")
    return target


def _same_file_key(path: Path) -> Path:
    return path.resolve()


def _claimcheck_table(path: Path, *, required: bool) -> dict[str, Any] | None:
    """The claimcheck keys of a config file: the whole file, or a pyproject's ``[tool.claimcheck]``."""
    document = read_toml(path, error=ConfigError)
    if path.name != _PYPROJECT:
        return document
    tool = document.get("tool")
    table = tool.get("claimcheck") if isinstance(tool, dict) else None
    if table is None:
        if required:
            raise ConfigError(f"{path}: has no [tool.claimcheck] table")
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'tool.claimcheck' must be a table, got {_type_name(table)}")
    return table


def _validated_table(path: Path) -> dict[str, Any]:
    """The file's keys checked and converted to their Settings types (``extend`` kept as a string)."""
    table = _claimcheck_table(path, required=True)
    assert table is not None
    section = "[tool.claimcheck] " if path.name == _PYPROJECT else ""
    _check_known(table, known=_KEYS, where=f"{path}: {section}")
    directory = path.absolute().parent
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in _LIST_KEYS:
            values[key] = _string_list(value, where=path, key=key)
        elif key == "per-file-ignores":
            values[key] = _per_file_ignores(value, where=path)
        elif key == "rule-packs":
            packs = _string_list(value, where=path, key=key)
            values[key] = tuple(_absolute(pack, directory=directory) for pack in packs)
        elif key == "plugins":
            plugins = _string_list(value, where=path, key=key)
            values[key] = tuple(_plugin(plugin, directory=directory) for plugin in plugins)
        elif key == "fail-on":
            values[key] = _choice(value, choices=FAIL_ON_CHOICES, where=path, key=key)
        elif key == "rules":
            values[key] = _rules(value, where=path, section=section)
        elif key in _BOOL_KEYS:
            if not isinstance(value, bool):
                raise ConfigError(f"{path}: '{key}' must be true or false, got {_type_name(value)}")
            values[key] = value
        elif key == "cache-dir":
            if not isinstance(value, str) or not value:
                raise ConfigError(f"{path}: 'cache-dir' must be a folder path (string), got {_type_name(value)}")
            values[key] = _absolute(value, directory=directory)
        elif key == "file-timeout":
            values[key] = _seconds(value, where=path, key=key)
        elif key == "extensions":
            values[key] = _extensions(value, where=path)
        elif key == "readers":
            values[key] = _reader_tables(value, where=path)
        elif key == "extend":
            if not isinstance(value, str):
                raise ConfigError(f"{path}: 'extend' must be a path (string), got {_type_name(value)}")
            values[key] = value
    return values


# --- validating values ------------------------------------------------------------------------


def _extensions(value: Any, *, where: Path) -> Mapping[str, str]:
    if not isinstance(value, dict) or not all(isinstance(reader, str) for reader in value.values()):
        raise ConfigError(f"{where}: 'extensions' must be a table of \".suffix\" = \"reader\", e.g. {{\".xhtml\" = \"html\"}}")
    for suffix in value:
        if not suffix.startswith(".") or len(suffix) < 2:
            raise ConfigError(f"{where}: 'extensions' key {suffix!r} must be a file suffix starting with '.'")
    return MappingProxyType({suffix.lower(): reader for suffix, reader in value.items()})


def _reader_tables(value: Any, *, where: Path) -> Mapping[str, Mapping[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(options, dict) for options in value.values()):
        raise ConfigError(f"{where}: 'readers' must hold one table per reader, e.g. [readers.xml]")
    return MappingProxyType({name: MappingProxyType(dict(options)) for name, options in value.items()})


def _check_known(table: Mapping[str, Any], *, known: Sequence[str], where: str) -> None:
    for key in table:
        if key not in known:
            import difflib  # only on this error path: it is 2 ms of every run's imports

            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (expected one of {', '.join(known)})"
            raise ConfigError(f"{where}key {key!r} is unknown{hint}")


def _string_list(value: Any, *, where: Path, key: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}: '{key}' must be a list of strings, got {_type_name(value)}")
    for item in value:
        if not isinstance(item, str):
            raise ConfigError(f"{where}: '{key}' must be a list of strings, got a list with {_type_name(item)}")
    return tuple(value)


def _choice(value: Any, *, choices: Sequence[str], where: Path, key: str) -> str:
    if isinstance(value, str) and value in choices:
        return value
    got = f'"{value}"' if isinstance(value, str) else _type_name(value)
    raise ConfigError(f"{where}: '{key}' must be one of {_choices(choices)}, got {got}")


def _seconds(value: Any, *, where: Path, key: str) -> float:
    """A number of seconds above 0, or 0 / ``false`` for no limit (0.0)."""
    if value is False:
        return 0.0
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0:
        return float(value)
    if isinstance(value, str):
        got = f'"{value}"'
    elif isinstance(value, (int, float)):
        got = str(value).lower()
    else:
        got = _type_name(value)
    raise ConfigError(f"{where}: '{key}' must be a number of seconds above 0, or 0 or false for no limit, got {got}")


def _per_file_ignores(value: Any, *, where: Path) -> Mapping[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        got = _type_name(value)
        raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [codes], got {got}")
    return MappingProxyType(
        {
            glob: _string_list(codes, where=where, key=f'per-file-ignores."{glob}"')
            for glob, codes in value.items()
        }
    )


def _rules(value: Any, *, where: Path, section: str) -> dict[str, dict[str, Any]]:
    """``[rules.CODE]`` tables as keyword arguments of :class:`RuleSettings`, only the keys given."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'rules' must be a table of [rules.CODE] tables, got {_type_name(value)}")
    rules: dict[str, dict[str, Any]] = {}
    table_prefix = "tool.claimcheck.rules" if section else "rules"
    for code, options in value.items():
        if not isinstance(options, dict):
            raise ConfigError(f"{where}: 'rules.{code}' must be a table, got {_type_name(options)}")
        _check_known(options, known=_RULE_KEYS, where=f"{where}: [{table_prefix}.{code}] ")
        converted: dict[str, Any] = {}
        if "severity" in options:
            key = f"rules.{code}.severity"
            converted["severity"] = Severity.parse(
                _choice(options["severity"], choices=_SEVERITY_CHOICES, where=where, key=key)
            )
        if "enabled" in options:
            if not isinstance(options["enabled"], bool):
                got = _type_name(options["enabled"])
                raise ConfigError(f"{where}: 'rules.{code}.enabled' must be true or false, got {got}")
            converted["enabled"] = options["enabled"]
        rules[code] = converted
    return rules


def _plugin(entry: str, *, directory: Path) -> str:
    """A plugin entry: a path (``./x.py``, ``/a/x.py``, ``x.py``) made absolute, or a module name kept."""
    if entry.startswith((".", "/")) or entry.endswith(".py") or os.path.isabs(entry):
        return str(_absolute(entry, directory=directory))
    return entry


def _absolute(entry: str, *, directory: Path) -> Path:
    return Path(os.path.normpath(directory / Path(entry).expanduser()))


def _choices(choices: Sequence[str]) -> str:
    return ", ".join(f'"{choice}"' for choice in choices)


def _type_name(value: Any) -> str:
    return type(value).__name__


# --- matching paths ---------------------------------------------------------------------------


def _relative_posix(path: Path, *, root: Path) -> str:
    """``path`` relative to ``root`` in posix form, or absolute when it lies outside (then only name globs match)."""
    attempts = ((Path(os.path.abspath(path)), Path(os.path.abspath(root))), (path.resolve(), root.resolve()))
    for candidate, base in attempts:
        try:
            return candidate.relative_to(base).as_posix()
        except ValueError:
            continue
    return Path(os.path.abspath(path)).as_posix()


def _glob_matches(pattern: str, relative: str) -> bool:
    pattern = pattern[2:] if pattern.startswith("./") else pattern
    pattern = pattern.rstrip("/") or pattern
    if fnmatch.fnmatchcase(relative, pattern):
        return True
    parts = PurePosixPath(relative).parts
    if "/" not in pattern and parts and fnmatch.fnmatchcase(parts[-1], pattern):
        return True
    # A glob naming a directory covers the files below it.
    return any(fnmatch.fnmatchcase("/".join(parts[:depth]), pattern) for depth in range(1, len(parts)))


# --- writing TOML -----------------------------------------------------------------------------

_BARE_KEY_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_key(key: str) -> str:
    return key if key and set(key) <= _BARE_KEY_CHARACTERS else _toml_string(key)


def _toml_string(text: str) -> str:
    escaped = "".join(
        _ESCAPES.get(char) or (f"\\u{ord(char):04x}" if ord(char) < 0x20 or ord(char) == 0x7F else char)
        for char in text
    )
    return f'"{escaped}"'


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_toml_key(key)} = {_toml_value(item)}" for key, item in value.items()) + "}"
    return "[" + ", ".join(_toml_value(item) for item in value) + "]"
