"""claimcheck: a linter for policy texts."""

import logging

# A library's log records go where its user sends them, and nowhere otherwise: without a
# handler, Python's last-resort one printed the cache's warning to stderr beside the
# run's own notice of it. The command line says everything a user must see as notices.
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["__version__"]

__version__ = "0.1.0"
