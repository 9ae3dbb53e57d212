"""A per-file time budget: a rule or reader that runs too long is stopped, reported, and the run moves on.

claimcheck runs in pre-commit and CI, where a plugin's rule that loops forever
must not hang the run. :func:`time_budget` bounds one file's read and check
(``file-timeout``, ``--file-timeout``):

- On POSIX, in the main thread (the CLI, and every ``--jobs`` worker process,
  which checks files in its own main thread), a ``SIGALRM`` timer raises
  :class:`FileTimeout` wherever the file's check is: a rule in ``while True``,
  a ``time.sleep``, a reader. The previous ``SIGALRM`` handler and timer are
  put back when the budget ends.
- Elsewhere (Windows, a thread that is not the main one) there is no alarm:
  the budget gives a :attr:`Budget.deadline` that the engine compares with the
  clock between rules, so a slow rule is reported once it returns (a rule that
  never returns is not stopped there).

A timer cannot stop C code that does not return to Python (one long RE2 scan):
the alarm is raised when it returns.
"""

from __future__ import annotations

import signal
import time
from contextlib import contextmanager
from typing import Iterator, NamedTuple

__all__ = ["Budget", "FileTimeout", "time_budget"]


class FileTimeout(BaseException):
    """The time budget of the file being checked ran out.

    A ``BaseException``, like ``KeyboardInterrupt``, and not an ``Exception``:
    rules and readers often wrap their work in ``except Exception`` (a careful
    plugin does so around a third-party parser), and such a handler must not
    swallow the stop and carry on with the file for minutes more.
    """

    def __init__(self) -> None:
        super().__init__("the file's time budget ran out")


class Budget(NamedTuple):
    """One file's budget: ``seconds`` (0: none), and ``deadline`` where the clock must be read between rules.

    ``deadline`` is a :func:`time.monotonic` value when no alarm enforces the
    budget (see the module's documentation), else ``None``.
    """

    seconds: float
    deadline: float | None = None


@contextmanager
def time_budget(seconds: float) -> Iterator[Budget]:
    """Run the ``with`` block under a budget of ``seconds`` (0 or less: no budget).

    When the budget runs out, :class:`FileTimeout` is raised inside the block
    (by the alarm), or the engine raises it between rules (by
    :attr:`Budget.deadline`). Nested use is not supported: one file at a time.

    A caller's own ``SIGALRM`` handler and ``ITIMER_REAL`` timer are put back
    afterwards, the timer with the time it had left; while the budget runs,
    the caller's timer waits (it rings late if it was due sooner).
    """
    if seconds <= 0:
        yield Budget(0)
        return

    def expired(signum: int, frame: object) -> None:
        raise FileTimeout

    alarm = hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")  # POSIX
    if alarm:
        try:
            previous_handler = signal.signal(signal.SIGALRM, expired)
        except ValueError:  # not the main thread (of the main interpreter), where signal handlers live
            alarm = False
    if not alarm:
        yield Budget(seconds, deadline=time.monotonic() + seconds)
        return
    started = time.monotonic()
    previous_delay, previous_interval = 0.0, 0.0
    try:
        previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
        yield Budget(seconds)
    finally:
        # The timer first, then the handler, each even if the alarm rings in between: the
        # FileTimeout it raises then is real (the budget ran out) and goes on to the caller.
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous_handler)
            if previous_delay > 0:  # someone else's timer was running: let it ring when it would have
                remaining = previous_delay - (time.monotonic() - started)
                signal.setitimer(signal.ITIMER_REAL, max(remaining, 1e-6), previous_interval)

