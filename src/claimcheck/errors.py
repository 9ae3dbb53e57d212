"""The one exception type for mistakes a user can fix, and its kinds.

The CLI turns a :class:`ClaimcheckError` into a one-line message on stderr and
exit code 2 — never a traceback for a mistake in a config file, a rule pack or
a plugin.  Each subclass exists so that callers (and tests) can tell the kinds
apart; the message alone must say what is wrong and where.
"""

from __future__ import annotations

__all__ = [
    "ClaimcheckError",
    "ConfigError",
    "InputError",
    "PackError",
    "PluginError",
    "UsageError",
]


class ClaimcheckError(Exception):
    """A problem the user can fix; the message names the file and the problem."""


class UsageError(ClaimcheckError):
    """A wrong command line: unknown option value, missing path."""


class ConfigError(ClaimcheckError):
    """A configuration file that cannot be used as it is."""


class PackError(ClaimcheckError):
    """A rule pack (TOML) or a rule that cannot be loaded."""


class PluginError(ClaimcheckError):
    """A plugin that cannot be imported, or that broke its contract."""


class InputError(ClaimcheckError):
    """A document that cannot be read or decoded."""
