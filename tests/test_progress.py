"""The progress line: drawn in place on a terminal, at most ten times a second, erased at the end."""

from __future__ import annotations

import io

from claimcheck.progress import Progress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_line_is_drawn_in_place_with_files_and_rates() -> None:
    stream, clock = FakeTerminal(), FakeClock()
    progress = Progress(645, stream=stream, clock=clock)
    clock.now += 1.0
    progress.advance(500_000)
    assert stream.getvalue() == "\rclaimcheck: 1/645 files, 1.0 files/s, 0.50 MB/s"
    for _ in range(98):  # no time passes: no redraw
        progress.advance(15_000)
    assert stream.getvalue().count("\r") == 1
    clock.now += 1.0
    progress.advance(15_000)
    assert stream.getvalue().endswith("\rclaimcheck: 100/645 files, 50.0 files/s, 0.99 MB/s")
    assert stream.getvalue().count("\r") == 2


def test_a_quick_run_draws_nothing() -> None:
    stream, clock = FakeTerminal(), FakeClock()
    progress = Progress(3, stream=stream, clock=clock)
    for _ in range(3):
        clock.now += 0.1
        progress.advance(1000)
    progress.close()
    assert stream.getvalue() == ""


def test_redraws_are_throttled_to_ten_a_second() -> None:
    stream, clock = FakeTerminal(), FakeClock()
    progress = Progress(1000, stream=stream, clock=clock)
    clock.now += 0.5
    for _ in range(1000):  # one file per millisecond for a second
        progress.advance(100)
        clock.now += 0.001
    draws = stream.getvalue().count("\r")
    assert 9 <= draws <= 11


def test_a_shorter_line_covers_the_longer_one_and_close_erases_it() -> None:
    stream, clock = FakeTerminal(), FakeClock()
    progress = Progress(10, stream=stream, clock=clock, delay=0)
    clock.now += 0.001
    progress.advance(10_000_000)
    first = stream.getvalue()
    assert first == "\rclaimcheck: 1/10 files, 1000.0 files/s, 10000.00 MB/s"
    clock.now += 9.999
    progress.advance(0)
    second = stream.getvalue()[len(first):]
    line = "claimcheck: 2/10 files, 0.2 files/s, 1.00 MB/s"
    assert second == "\r" + line + " " * (len(first) - 1 - len(line))
    progress.close()
    width = len(line)
    assert stream.getvalue().endswith("\r" + " " * width + "\r")
    progress.close()  # twice is harmless
    assert stream.getvalue().endswith("\r" + " " * width + "\r")


def test_a_stream_that_is_not_a_terminal_gets_nothing() -> None:
    stream, clock = io.StringIO(), FakeClock()
    progress = Progress(5, stream=stream, clock=clock)
    for _ in range(5):
        clock.now += 1.0
        progress.advance(1_000_000)
    progress.close()
    assert stream.getvalue() == ""
    assert (progress.files, progress.bytes) == (5, 5_000_000)
