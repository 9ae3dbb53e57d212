"""Loading declarative rule packs: a folder of TOML files, validated key by key.

A pack is a folder holding ``pack.toml`` (the ``[pack]`` table and, usually,
``[[rules]]``) and any other ``*.toml`` files with more ``[[rules]]``.  Every
mistake is a :class:`~claimcheck.errors.PackError` naming the file, the rule
and the key, because a pack author has no other way to find it.
"""

from __future__ import annotations

import re
import string
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple, Sequence

from claimcheck.errors import PackError
from claimcheck.finding import Severity
from claimcheck.framework import Criterion, Fact, Framework, ScopeTrigger, Within
from claimcheck.matching import compile_folded, compile_pattern, keyword_pattern
from claimcheck.rules.keywords import Exceptions
from claimcheck.rules.lists import expand_lists, load_lists
from claimcheck.rules.model import Examples, Rule, RuleType, Scope
from claimcheck.toml_files import read_toml


__all__ = ["Pack", "check_unique_codes", "load_pack"]

CODE_PATTERN = re.compile(r"^[A-Z]{1,8}[0-9]{1,5}$")
ALIAS_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

_COMMON_KEYS = {
    "code": "rule code: capital letters then digits, e.g. PS101",
    "alias": "kebab-case name, e.g. overconfident-wording",
    "type": "rule type, e.g. existence, substitution",
    "severity": "error, warning or info",
    "message": "message template with {match} and the type's values",
    "scope": "document, section, paragraph, sentence, heading, list-item, quote or table-cell",
    "description": "why the rule exists, shown by `claimcheck rule CODE`",
    "tags": "list of strings",
    "source": "where the rule's knowledge comes from",
    "url": "a page explaining the rule",
    "framework": "the framework the rule encodes",
    "criterion": "the framework criterion the rule checks",
    "fact": "the framework fact the rule checks",
    "examples": "table with 'pass' and 'fail' lists of texts",
    "when": "patterns of which one must occur in the document for the rule to run (or a list of such lists, all required)",
}
_REQUIRED_KEYS = ("code", "alias", "type", "message")
_PACK_KEYS = {"name", "description", "version", "language", "url"}
_FRAMEWORK_KEYS = {"id", "title", "source", "description", "scope", "criteria", "facts"}
_SCOPE_KEYS = {"all", "within", "min-count", "min-mentions", "unless"}
_CRITERION_KEYS = {"id", "title", "description", "source", "date"}
_FACT_KEYS = {"id", "statement", "source", "date"}


class Pack(NamedTuple):
    """A loaded rule pack."""

    name: str
    path: Path
    description: str
    version: str
    rules: tuple[Rule, ...]
    framework: Framework | None = None


def _suggest(key: str, choices: Iterable[str]) -> str:
    import difflib  # only on this error path: it is 2 ms of every run's imports

    close = difflib.get_close_matches(key, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def load_pack(folder: Path, rule_types: Mapping[str, RuleType]) -> Pack:
    """Load and validate the pack in ``folder`` with the known ``rule_types``."""
    manifest = folder / "pack.toml"
    if not manifest.is_file():
        raise PackError(f"{folder}: not a rule pack (no pack.toml)")
    files = [manifest] + sorted(path for path in folder.glob("*.toml") if path.name != "pack.toml")
    manifest_data = read_toml(manifest, error=PackError)
    header = manifest_data.get("pack")
    if not isinstance(header, dict) or not isinstance(header.get("name"), str):
        raise PackError(f"{manifest}: missing [pack] table with a 'name'")
    for key in header:
        if key not in _PACK_KEYS:
            raise PackError(f"{manifest}: [pack] key '{key}' is unknown{_suggest(key, _PACK_KEYS)}")
    name = header["name"]
    lists = load_lists(manifest_data.get("lists"), where=str(manifest))
    framework = _load_framework(manifest_data.get("framework"), lists=lists, where=manifest)
    rules: list[Rule] = []
    for path in files:
        data = manifest_data if path is manifest else read_toml(path, error=PackError)
        for key in data:
            if key not in ("pack", "rules", "framework", "lists"):
                raise PackError(f"{path}: top-level key '{key}' is unknown (expected [pack], [lists], [framework] and [[rules]])")
        for table in ("pack", "framework", "lists"):
            if table in data and path is not manifest:
                raise PackError(f"{path}: only pack.toml may have a [{table}] table")
        entries = data.get("rules", [])
        if not isinstance(entries, list):
            raise PackError(f"{path}: 'rules' must be an array of tables ([[rules]])")
        for number, entry in enumerate(entries, start=1):
            if isinstance(entry, dict):
                code = entry.get("code")
                entry = expand_lists(entry, lists, where=f"{path}: rule {code}" if isinstance(code, str) else f"{path}: rule #{number}")
            rule = _load_rule(entry, path=path, number=number, pack=name, rule_types=rule_types)
            where = f"{path}: rule {rule.code}"
            rule = _bind_to_framework(rule, framework, where=where)
            fields = ("match", "replacement", *getattr(rule.checker, "values", ()))
            check_message_template(rule.message, allowed_fields=fields, where=where)
            rules.append(rule)
    check_unique_codes(rules, pack_paths={name: str(folder)})
    description, version = str(header.get("description", "")), str(header.get("version", ""))
    return Pack(name, folder, description, version, tuple(rules), framework)


def _load_framework(table: Any, *, lists: Mapping[str, str], where: Path) -> Framework | None:
    """The ``[framework]`` table of a framework pack: criteria, facts and the scope trigger (which may use the pack's lists)."""
    if table is None:
        return None
    if not isinstance(table, dict):
        raise PackError(f"{where}: 'framework' must be a table")
    _known_keys(table, _FRAMEWORK_KEYS, where=f"{where}: [framework]")
    framework_id = table.get("id")
    if not isinstance(framework_id, str) or not ALIAS_PATTERN.match(framework_id):
        raise PackError(f"{where}: [framework] needs an 'id' in kebab-case, got {framework_id!r}")
    criteria = {
        item["id"]: Criterion(**{key: item.get(key, "") for key in ("id", "title", "description", "source", "date")})
        for item in _id_tables(table.get("criteria", []), "criteria", _CRITERION_KEYS, required="title", where=where)
    }
    facts = {
        item["id"]: Fact(**{key: item.get(key, "") for key in ("id", "statement", "source", "date")})
        for item in _id_tables(table.get("facts", []), "facts", _FACT_KEYS, required="statement", where=where)
    }
    scope = expand_lists(table.get("scope"), lists, where=f"{where}: [framework.scope]")
    triggers = _load_triggers(scope, where=where)
    return Framework(framework_id, _text(table, "title", str(where)), _text(table, "source", str(where)), triggers, criteria, facts)


def _known_keys(table: Mapping[str, Any], known: set[str], *, where: str) -> None:
    for key in table:
        if key not in known:
            raise PackError(f"{where} key '{key}' is unknown{_suggest(key, known)}")


def _id_tables(value: Any, name: str, keys: set[str], *, required: str, where: Path) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise PackError(f"{where}: 'framework.{name}' must be an array of tables ([[framework.{name}]])")
    seen: set[str] = set()
    for item in value:
        label = f"{where}: [[framework.{name}]] {item.get('id', '?')}"
        _known_keys(item, keys, where=label + ":")
        if not isinstance(item.get("id"), str) or not ALIAS_PATTERN.match(item["id"]):
            raise PackError(f"{label}: 'id' must be kebab-case, got {item.get('id')!r}")
        if item["id"] in seen:
            raise PackError(f"{label}: id declared twice")
        seen.add(item["id"])
        if not isinstance(item.get(required), str) or not item[required].strip():
            raise PackError(f"{label}: missing '{required}'")
        for key in keys:
            if key in item and not isinstance(item[key], str):
                raise PackError(f"{label}: '{key}' must be a string")
    return value


def _load_triggers(value: Any, *, where: Path) -> tuple[ScopeTrigger, ...]:
    """``[framework.scope]`` (one trigger) or ``[[framework.scope]]`` (several: the framework applies when any fires)."""
    if value is None:
        return ()
    if isinstance(value, dict):
        return (_load_trigger(value, label=f"{where}: [framework.scope]"),)
    if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
        return tuple(_load_trigger(item, label=f"{where}: [[framework.scope]] #{number}") for number, item in enumerate(value, start=1))
    raise PackError(f"{where}: [framework.scope] must be a table, or an array of tables ([[framework.scope]])")


def _load_trigger(table: dict[str, Any], *, label: str) -> ScopeTrigger:
    _known_keys(table, _SCOPE_KEYS, where=label)
    groups = table.get("all")
    if not isinstance(groups, list) or not groups or not all(
        isinstance(group, list) and group and all(isinstance(item, str) and item for item in group) for group in groups
    ):
        raise PackError(f"{label}: 'all' must be a list of pattern lists, e.g. all = [[\"nato\"], [\"japan\"]]")
    within = table.get("within", "sentence")
    try:
        within_value = Within(within)
    except ValueError:
        raise PackError(f"{label}: 'within' must be one of sentence, paragraph, document, lead, got {within!r}") from None
    counts = {}
    for key in ("min-count", "min-mentions"):
        count = table.get(key, 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise PackError(f"{label}: '{key}' must be a positive integer, got {count!r}")
        counts[key] = count
    if within_value is Within.LEAD and counts["min-count"] != 1:
        raise PackError(f"{label}: a text has one lead: 'min-count' must be 1 with within = \"lead\", got {counts['min-count']}")
    compiled = [compile_pattern(keyword_pattern(group), where=f"{label}: 'all'") for group in groups]
    unless = table.get("unless", [])
    if not isinstance(unless, list) or not all(isinstance(item, str) and item for item in unless):
        raise PackError(f"{label}: 'unless' must be a list of patterns, e.g. unless = [\"modelled on nato\"]")
    exceptions = Exceptions(unless, where=f"{label}: 'unless'")  # each pattern checked, the alternation folded
    taken_back = compile_folded(exceptions.pattern, where=f"{label}: 'unless'") if exceptions.pattern else None
    return ScopeTrigger(tuple(compiled), within_value, counts["min-count"], counts["min-mentions"], taken_back)


def _bind_to_framework(rule: Rule, framework: Framework | None, *, where: str) -> Rule:
    """Check a rule's criterion or fact against its pack's framework and fill what comes from it.

    Rules of a framework pack belong to it unless they say otherwise; a claim's
    source defaults to its fact's source, so findings cite it; ``{fact}``,
    ``{criterion}`` and ``{source}`` in a message are filled here, once.
    """
    if framework is None:
        if rule.criterion or rule.fact:
            raise PackError(f"{where}: 'criterion' and 'fact' need a [framework] table in pack.toml")
        return rule
    if rule.framework and rule.framework != framework.id:
        raise PackError(f"{where}: 'framework' is {rule.framework!r} but the pack declares {framework.id!r}")
    criterion = framework.criteria.get(rule.criterion) if rule.criterion else None
    fact = framework.facts.get(rule.fact) if rule.fact else None
    if rule.criterion and criterion is None:
        raise PackError(f"{where}: unknown criterion {rule.criterion!r}{_suggest(rule.criterion, framework.criteria)}")
    if rule.fact and fact is None:
        raise PackError(f"{where}: unknown fact {rule.fact!r}{_suggest(rule.fact, framework.facts)}")
    source = rule.source or (fact.source if fact else "") or (criterion.source if criterion else "")
    message = (
        rule.message.replace("{fact}", fact.statement if fact else "{fact}")
        .replace("{criterion}", criterion.title if criterion else "{criterion}")
        .replace("{source}", source or "{source}")
    )
    return replace(rule, framework=framework.id, source=source, message=message)


def _load_rule(entry: Any, *, path: Path, number: int, pack: str, rule_types: Mapping[str, RuleType]) -> Rule:
    if not isinstance(entry, dict):
        raise PackError(f"{path}: rule #{number} must be a table")
    code = entry.get("code")
    where = f"{path}: rule {code}" if isinstance(code, str) else f"{path}: rule #{number}"
    for key in _REQUIRED_KEYS:
        if key not in entry:
            raise PackError(f"{where}: missing required key '{key}'")
    if not isinstance(code, str) or not CODE_PATTERN.match(code):
        raise PackError(f"{where}: 'code' must be capital letters then digits (e.g. PS101), got {code!r}")
    alias = entry["alias"]
    if not isinstance(alias, str) or not ALIAS_PATTERN.match(alias):
        raise PackError(f"{where}: 'alias' must be kebab-case (e.g. overconfident-wording), got {alias!r}")
    type_name = entry["type"]
    rule_type = rule_types.get(type_name) if isinstance(type_name, str) else None
    if rule_type is None:
        raise PackError(f"{where}: unknown rule type {type_name!r}{_suggest(str(type_name), rule_types)}; known types: {', '.join(sorted(rule_types))}")
    allowed = set(_COMMON_KEYS) | set(rule_type.options)
    for key in entry:
        if key not in allowed:
            raise PackError(f"{where}: key '{key}' is unknown for type '{type_name}'{_suggest(key, allowed)}")
    for key in rule_type.required:
        if key not in entry:
            raise PackError(f"{where}: type '{type_name}' requires key '{key}'")
    checker = rule_type.build({key: entry[key] for key in rule_type.options if key in entry}, where=where)
    fixable = type_name == "substitution"
    rule = Rule(
        code=code,
        alias=alias,
        type=type_name,
        severity=_enum(Severity, entry.get("severity", "warning"), "severity", where),
        message=_text(entry, "message", where),
        scope=_enum(Scope, entry.get("scope", "sentence"), "scope", where),
        checker=checker,
        description=_text(entry, "description", where),
        tags=_strings(entry, "tags", where),
        source=_text(entry, "source", where),
        url=_text(entry, "url", where),
        framework=_text(entry, "framework", where),
        criterion=_text(entry, "criterion", where),
        fact=_text(entry, "fact", where),
        examples=_examples(entry.get("examples", {}), where),
        pack=pack,
        fixable=fixable,
        when=_pattern_groups(entry, "when", where),
    )
    for precondition in rule.preconditions:
        compile_pattern(precondition, where=f"{where}: 'when'")
    return rule


def _enum(kind: type, value: Any, key: str, where: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        raise PackError(f"{where}: '{key}' must be one of {choices}, got {value!r}") from None


def _text(entry: Mapping[str, Any], key: str, where: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise PackError(f"{where}: '{key}' must be a string, got {type(value).__name__}")
    return value


def _strings(entry: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PackError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _pattern_groups(entry: Mapping[str, Any], key: str, where: str) -> tuple[tuple[str, ...], ...]:
    """A list of patterns (one group) or a list of such lists (every group required)."""
    value = entry.get(key, [])
    if isinstance(value, list) and all(isinstance(item, str) and item for item in value):
        return (tuple(value),) if value else ()
    if isinstance(value, list) and all(isinstance(group, list) and group and all(isinstance(item, str) and item for item in group) for group in value):
        return tuple(tuple(group) for group in value)
    raise PackError(f"{where}: '{key}' must be a list of patterns, or a list of pattern lists")


def _examples(value: Any, where: str) -> Examples:
    if not isinstance(value, dict):
        raise PackError(f"{where}: 'examples' must be a table with 'pass' and 'fail' lists")
    for key in value:
        if key not in ("pass", "fail"):
            raise PackError(f"{where}: examples key '{key}' is unknown (expected 'pass' and 'fail')")
    return Examples(passing=_strings(value, "pass", f"{where}: examples"), failing=_strings(value, "fail", f"{where}: examples"))


def check_message_template(template: str, *, allowed_fields: Sequence[str], where: str) -> None:
    """Reject a message template with a field no hit will fill, or broken braces."""
    try:
        fields = [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]
    except ValueError as error:
        raise PackError(f"{where}: 'message' is not a valid template: {error}") from None
    for field in fields:
        if field not in allowed_fields:
            raise PackError(f"{where}: 'message' uses {{{field}}}; available: {', '.join('{' + name + '}' for name in allowed_fields)}")


def check_unique_codes(rules: Sequence[Rule], *, pack_paths: Mapping[str, str]) -> None:
    """A code or alias used twice is a load error, never a silent override.

    ``pack_paths`` maps pack names to where they were loaded from, for the message.
    """
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.alias):
            other = seen.get(key)
            if other is not None and other is not rule:
                raise PackError(
                    f"duplicate rule {'code' if key == rule.code else 'alias'} '{key}': "
                    f"in pack '{other.pack}' ({pack_paths.get(other.pack, 'plugin')}) "
                    f"and in pack '{rule.pack}' ({pack_paths.get(rule.pack, 'plugin')})"
                )
            seen[key] = rule
