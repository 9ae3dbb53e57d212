"""claimcheck's log records, sent through :mod:`logging` only when something may be listening.

Importing :mod:`logging` (with the traceback, threading, string and weakref
modules it pulls in) costs about 4 ms, a fortieth of a one-file run, and the
command line never reads a log record: what a user must see is a notice.
Someone can listen only after importing :mod:`logging` — to add a handler,
set a level, or run under pytest's ``caplog`` — so while it is not imported a
record would go nowhere, and is not made.  Once it is, records go to the
``claimcheck.*`` loggers as usual.

The ``claimcheck`` logger gets a :class:`logging.NullHandler`, as a library's
should: without a handler anywhere, Python's last-resort one would print our
warnings to stderr beside the run's own notice of them.
"""

from __future__ import annotations

import sys

__all__ = ["debug", "warning"]

_quieted = False


def debug(name: str, message: str, *arguments: object) -> None:
    """``logging.getLogger(name).debug(message, *arguments)``, when anyone can be listening."""
    _log(name, 10, message, arguments)


def warning(name: str, message: str, *arguments: object) -> None:
    """``logging.getLogger(name).warning(message, *arguments)``, when anyone can be listening."""
    _log(name, 30, message, arguments)


def _log(name: str, level: int, message: str, arguments: tuple[object, ...]) -> None:
    logging = sys.modules.get("logging")
    if logging is None:
        return
    global _quieted
    if not _quieted:
        logging.getLogger("claimcheck").addHandler(logging.NullHandler())
        _quieted = True
    logging.getLogger(name).log(level, message, *arguments)
