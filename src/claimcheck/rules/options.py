"""Reading the type-specific keys of a TOML rule, with errors that name the key."""

from __future__ import annotations

from typing import Any, Mapping

from claimcheck.errors import PackError

__all__ = ["flag", "pattern_groups", "string_list"]


def string_list(options: Mapping[str, Any], key: str, *, where: str) -> list[str]:
    """The list of non-empty strings under ``key`` (empty when absent)."""
    value = options.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise PackError(f"{where}: '{key}' must be a list of non-empty strings")
    return value


def flag(options: Mapping[str, Any], key: str, *, where: str, default: bool) -> bool:
    """The boolean under ``key``; ``default`` when absent."""
    value = options.get(key, default)
    if not isinstance(value, bool):
        raise PackError(f"{where}: '{key}' must be true or false, got {type(value).__name__}")
    return value


def pattern_groups(value: Any, key: str, *, where: str) -> list[list[str]]:
    """A list of alternatives (one group), or a list of such lists that must all match (several groups)."""
    problem = f"{where}: '{key}' must be a list of patterns or a list of pattern lists"
    if not isinstance(value, list):
        raise PackError(problem)
    if all(isinstance(entry, str) and entry.strip() for entry in value):
        return [value] if value else []
    if all(isinstance(entry, list) and entry and all(isinstance(x, str) and x.strip() for x in entry) for entry in value):
        return value
    raise PackError(problem)
