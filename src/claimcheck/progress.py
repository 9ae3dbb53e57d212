"""A progress line on stderr for long runs: files done of the total, files per second, MB per second.

Drawn only when the stream is a terminal, redrawn in place (``\\r``) at most
every :data:`INTERVAL` seconds and only once a run has lasted :data:`DELAY`
seconds, so a quick run never flickers; cleared when the run ends, so the
report and the messages after it start on a clean line. Pipes, CI logs and
tests see nothing.
"""

from __future__ import annotations

import time
from typing import Callable, TextIO

__all__ = ["DELAY", "INTERVAL", "Progress"]

#: Seconds between two redraws, at least.
INTERVAL = 0.1

#: Seconds a run lasts before the line first appears.
DELAY = 0.5


class Progress:
    """Counts checked files and bytes and shows the count on ``stream`` when it is a terminal.

    ``clock`` (seconds, monotonic) can be replaced for tests, as can the
    stream: anything with ``write``, ``flush`` and ``isatty``.
    """

    def __init__(
        self,
        total: int,
        *,
        stream: TextIO,
        clock: Callable[[], float] = time.monotonic,
        interval: float = INTERVAL,
        delay: float = DELAY,
    ) -> None:
        self.total = total
        self.files = 0
        self.bytes = 0
        self._stream = stream
        self._clock = clock
        self._interval = interval
        self._enabled = _is_terminal(stream)
        self._started = clock()
        self._next_draw = self._started + delay
        self._width = 0  # characters of the line on screen, 0 when there is none

    def advance(self, size: int = 0) -> None:
        """One more file done, of ``size`` bytes; redraw the line if it is time."""
        self.files += 1
        self.bytes += size
        if not self._enabled:
            return
        now = self._clock()
        if now < self._next_draw:
            return
        self._next_draw = now + self._interval
        self._draw(self.line(now - self._started))

    def line(self, elapsed: float) -> str:
        """The text shown after ``elapsed`` seconds: ``claimcheck: 120/645 files, 80.0 files/s, 0.61 MB/s``."""
        seconds = max(elapsed, 1e-9)
        return (
            f"claimcheck: {self.files}/{self.total} files, "
            f"{self.files / seconds:.1f} files/s, {self.bytes / seconds / 1_000_000:.2f} MB/s"
        )

    def close(self) -> None:
        """Erase the line, if one was drawn."""
        if self._width:
            self._stream.write("\r" + " " * self._width + "\r")
            self._stream.flush()
            self._width = 0

    def _draw(self, text: str) -> None:
        padding = " " * max(0, self._width - len(text))  # covers the end of a longer previous line
        self._stream.write("\r" + text + padding)
        self._stream.flush()
        self._width = len(text)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
