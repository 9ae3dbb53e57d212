"""Named pattern lists: written once in a pack's ``[lists]``, used as ``{{name}}`` in its patterns.

A framework pack names the same things again and again — Japan as
``japan\\w*``, ``japon\\w*``, ``tokyo``; the verbs of a policy shift — in
dozens of patterns.  Copies drift apart: one gets ``nippon`` and the others
do not.  ``pack.toml`` can define them once::

    [lists]
    japan = ["japan\\\\w*", "japon\\\\w*", "tokyo", "nippon\\\\w*"]

and any pattern of the pack's rules (and of its framework's scope) may write
``{{japan}}``, which stands for ``(?:japan\\w*|japon\\w*|tokyo|nippon\\w*)``.
Lists are expanded when the pack is loaded, before patterns are folded and
checked, so a rule sees ordinary patterns; text that is not a pattern
(messages, descriptions, examples) is left alone.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from claimcheck.errors import PackError
from claimcheck.matching import check_pattern

__all__ = ["expand_lists", "load_lists"]

#: A list's name: kebab-case, like a rule's alias.
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

#: Where a list is used: ``{{name}}``.
_REFERENCE = re.compile(r"\{\{([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\}\}")

#: A rule's keys whose values are text, not patterns: never expanded.
_NOT_PATTERNS = frozenset(
    {"code", "alias", "type", "severity", "message", "scope", "description", "tags", "source", "url", "framework", "criterion", "fact", "examples"}
)


def load_lists(table: Any, *, where: str) -> dict[str, str]:
    """The pack's ``[lists]``: each name with the pattern that ``{{name}}`` stands for."""
    if table is None:
        return {}
    if not isinstance(table, dict):
        raise PackError(f"{where}: 'lists' must be a table of name = [patterns], e.g. japan = [\"japan\", \"tokyo\"]")
    lists: dict[str, str] = {}
    for name, patterns in table.items():
        label = f"{where}: [lists] {name}"
        if not _NAME.match(name):
            raise PackError(f"{label}: a list's name must be kebab-case (e.g. japan, shift-verbs)")
        if not isinstance(patterns, list) or not patterns or not all(isinstance(item, str) and item for item in patterns):
            raise PackError(f"{label}: must be a non-empty list of patterns")
        for pattern in patterns:
            if _REFERENCE.search(pattern):
                raise PackError(f"{label}: {pattern!r} uses another list; a list holds patterns only")
            check_pattern(pattern, where=label)
        lists[name] = "(?:" + "|".join(patterns) + ")"
    return lists


def expand_lists(value: Any, lists: Mapping[str, str], *, where: str) -> Any:
    """``value`` (a TOML value: string, list, table) with every ``{{name}}`` in its strings expanded.

    A rule table's text keys (``_NOT_PATTERNS``) are not expanded.
    """
    if isinstance(value, str):
        return _expand(value, lists, where=where) if "{{" in value else value
    if isinstance(value, list):
        return [expand_lists(item, lists, where=where) for item in value]
    if isinstance(value, dict):
        return {
            expand_lists(key, lists, where=where): item if key in _NOT_PATTERNS else expand_lists(item, lists, where=where)
            for key, item in value.items()
        }
    return value


def _expand(text: str, lists: Mapping[str, str], *, where: str) -> str:
    def replacement(reference: "re.Match[str]") -> str:
        name = reference.group(1)
        if name not in lists:
            defined = ", ".join(sorted(lists)) or "none"
            raise PackError(f"{where}: {reference.group()} names no list of this pack (pack.toml's [lists] defines: {defined})")
        return lists[name]

    return _REFERENCE.sub(replacement, text)
