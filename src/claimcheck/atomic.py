"""Write a file atomically: a temporary file in the same folder, then ``os.replace``.

Readers of the destination see the old content or the new one, never half a
file, and a failed write (full disk, interrupted run) leaves the old file as
it was and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Iterable

__all__ = ["current_umask", "write_atomically"]


def write_atomically(path: Path, data: bytes | Iterable[bytes], *, mode: int | None = None, durable: bool = True) -> None:
    """Replace the content of ``path`` with ``data`` (bytes, or pieces of bytes written in order) in one step.

    ``mode`` gives the permission bits of the new file (``fix`` passes the
    original file's, so a rewrite keeps them); by default they follow the
    umask, as for any new file (the temporary file is created ``0600``).
    A symbolic link is followed: its target is replaced and the link stays.
    Errors are raised as :class:`OSError`; callers turn them into messages.
    The temporary file is removed on any failure, including an interrupt.
    ``durable=False`` skips the ``fsync``: right for a cache entry, which
    must never be seen half-written but may be lost in a power cut.
    """
    destination = Path(os.path.realpath(path)) if os.path.islink(path) else path
    directory = destination.parent if str(destination.parent) else Path(".")
    descriptor, temporary = _create_temporary(directory, destination.name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            for piece in (data,) if isinstance(data, bytes) else data:
                handle.write(piece)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(temporary, (0o666 & ~current_umask()) if mode is None else mode)
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# What tempfile.mkstemp opens its files with.
_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _create_temporary(directory: Path, name: str) -> tuple[int, str]:
    """A new file ``.NAME.RANDOM.tmp`` in ``directory``, created exclusively and private, as ``tempfile.mkstemp`` makes it.

    Not ``mkstemp`` itself: importing tempfile (with shutil, random and the
    compression modules shutil imports) was 4 ms of every run that writes a
    report to a file.
    """
    for _ in range(100):
        temporary = os.path.join(directory, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, _FLAGS, 0o600), temporary
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(directory))  # pragma: no cover - 2^48 names


def current_umask() -> int:
    """The process umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
