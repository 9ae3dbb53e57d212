"""claimcheck-figures: rules for figures and quotations that name no source.

The rules live in :mod:`claimcheck_figures.plugin`, which claimcheck loads
through the ``claimcheck`` entry point named ``figures``.
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
