"""Write a file atomically: a temporary file in the same folder, then ``os.replace``.

Readers of the destination see the old content or the new one, never half a
file, and a failed write (full disk, interrupted run) leaves the old file as
it was and no temporary file behind.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

__all__ = ["current_umask", "write_atomically"]


def write_atomically(path: Path, data: bytes | Iterable[bytes], *, mode: int | None = None, durable: bool = True) -> None:
    """Replace the content of ``path`` with ``data`` (bytes, or pieces of bytes written in order) in one step.

    ``mode`` gives the permission bits of the new file (``fix`` passes the
    original file's, so a rewrite keeps them); by default they follow the
    umask, as for any new file (``mkstemp`` alone would create it ``0600``).
    A symbolic link is followed: its target is replaced and the link stays.
    Errors are raised as :class:`OSError`; callers turn them into messages.
    The temporary file is removed on any failure, including an interrupt.
    ``durable=False`` skips the ``fsync``: right for a cache entry, which
    must never be seen half-written but may be lost in a power cut.
    """
    import tempfile  # here: a run that writes only to stdout need not pay for importing it

    destination = Path(os.path.realpath(path)) if os.path.islink(path) else path
    directory = destination.parent if str(destination.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".tmp", dir=directory)
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


def current_umask() -> int:
    """The process umask (reading it means setting it, so it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
