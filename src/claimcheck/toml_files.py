"""Reading TOML files — configuration and rule packs — with one error for each way they can be unreadable.

A broken file must stop the run with a line that names it and says what is
wrong, never with a traceback: not TOML, not UTF-8 (``tomllib`` decodes the
bytes itself and lets ``UnicodeDecodeError`` through), or not readable at all.
The parser is imported on first use: a run with no configuration file and
cached rule packs (``--isolated``, a one-file editor run) never parses TOML.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError

__all__ = ["read_toml"]


def read_toml(path: Path, *, error: type[ClaimcheckError]) -> dict[str, Any]:
    """The table in the TOML file ``path``; ``error`` (naming the file and the problem) if it cannot be had."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised only below Python 3.11
        import tomli as tomllib

    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except tomllib.TOMLDecodeError as problem:
        raise error(f"{path}: invalid TOML: {problem}") from None
    except UnicodeDecodeError:
        raise error(f"{path}: invalid TOML: the file is not UTF-8") from None
    except OSError as problem:
        raise error(f"{path}: cannot read: {problem.strerror or problem}") from None
