"""claimcheck: a linter for policy texts."""

# No ``import logging`` here: records go through :mod:`claimcheck.logs`, which
# imports nothing and gives the ``claimcheck`` logger its NullHandler when one is sent.

__all__ = ["__version__"]

__version__ = "0.1.0"
