"""The plugin system: hook specifications, the marker plugins use, and the manager.

Plugins import only :data:`hookimpl` from here::

    from claimcheck.plugins import hookimpl

    @hookimpl
    def claimcheck_rule_packs():
        return [Path(__file__).parent / "my-pack"]
"""

from __future__ import annotations

import pluggy

__all__ = ["PROJECT_NAME", "hookimpl"]

PROJECT_NAME = "claimcheck"

hookimpl = pluggy.HookimplMarker(PROJECT_NAME)
