"""Registers the bundled rule packs (the repository's ``rules/`` folder) through ``claimcheck_rule_packs``.

In a wheel the packs are installed as ``claimcheck/packs``; in a source
checkout or an editable install they are read from ``rules/`` at the top of
the repository, so that editing a pack takes effect without reinstalling.
"""

from __future__ import annotations

from pathlib import Path

from claimcheck.plugins import hookimpl

__all__ = ["bundled_packs_root", "claimcheck_rule_packs"]


def bundled_packs_root() -> Path:
    """The folder that holds the bundled packs."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "packs"
    if installed.is_dir():
        return installed
    return package.parent.parent / "rules"


@hookimpl
def claimcheck_rule_packs() -> list[Path]:
    root = bundled_packs_root()
    if not root.is_dir():
        return []
    return sorted(path for path in root.iterdir() if (path / "pack.toml").is_file())
