"""Built-in finding filters: ``per-file-ignores``.

Registered through the ``claimcheck_filter_finding`` hook like any plugin's
filter.  (``select``/``ignore`` act earlier: rules that are not selected never
run.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.plugins import hookimpl

if TYPE_CHECKING:
    from claimcheck.config import Settings
    from claimcheck.document import Document
    from claimcheck.finding import Finding

__all__ = ["claimcheck_filter_finding"]


@hookimpl
def claimcheck_filter_finding(finding: "Finding", document: "Document", settings: "Settings") -> bool | None:
    ignored = settings.ignored_codes(Path(document.path))
    if not ignored:
        return None
    for selector in ignored:
        if selector == "ALL" or finding.code.startswith(selector) or finding.alias == selector:
            return False
    return None
