"""Reading the type-specific keys of a TOML rule, with errors that name the key."""

from __future__ import annotations

from typing import Any, Mapping

from claimcheck.errors import PackError

__all__ = ["flag", "string_list"]


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
