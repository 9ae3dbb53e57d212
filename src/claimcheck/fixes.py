"""Safe fixes: apply the replacements rules propose to Markdown and plain-text files, byte for byte.

A fix is applied to the text the file was checked as, and written back only
when it changes something.  The rewrite keeps everything but the replaced
words exactly: the encoding (a cp1252 file stays cp1252), the byte-order
mark, every line ending (CRLF, lone CR, LF, mixed) and the permission bits.
It is atomic — a temporary file in the same folder, then ``os.replace`` — so
an interrupted run leaves the old file, never half a new one.

Only Markdown and plain-text files are rewritten, chosen by suffix.  Fixes
found in structured formats (DOCX, ODT, HTML, XML) are reported, never
applied: rewriting them safely would mean rewriting their markup.  A file
that changed on disk since it was checked is not touched either: the
findings' positions no longer describe it.
"""

from __future__ import annotations

import difflib
import enum
import os
import re
import stat
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

from claimcheck.atomic import write_atomically
from claimcheck.decode import decode
from claimcheck.errors import InputError
from claimcheck.finding import Finding, Fix

__all__ = ["FIXABLE_SUFFIXES", "FixOutcome", "FixResult", "apply_fixes", "fix_file", "unified_diff"]

FIXABLE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text")
"""The suffixes (compared in lower case) of the files ``fix_file`` rewrites."""

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


class FixOutcome(str, enum.Enum):
    """What :func:`fix_file` did with one file."""

    FIXED = "fixed"
    """The fixes were applied and the file written."""
    WOULD_FIX = "would-fix"
    """Dry run: the fixes apply, nothing was written."""
    UNCHANGED = "unchanged"
    """Nothing to fix, or the fixes change nothing; nothing was written."""
    REFUSED = "refused"
    """Not a format claimcheck rewrites, changed on disk, or not representable; nothing was written."""
    FAILED = "failed"
    """The file could not be read or written; the file on disk is as it was."""


class FixResult(NamedTuple):
    """The outcome for one file, with the text before and after (for ``--diff``) and why, when refused."""

    path: Path
    outcome: FixOutcome
    applied: int = 0
    """Fixes applied (or, in a dry run, that would be)."""
    skipped: int = 0
    """Fixes left out because they overlap one applied before them; another run applies them."""
    before: str = ""
    after: str = ""
    reason: str = ""

    @property
    def changed(self) -> bool:
        return self.outcome in (FixOutcome.FIXED, FixOutcome.WOULD_FIX)

    def describe(self) -> str:
        """One line for the user: ``docs/a.md: fixed 2 findings``, ``x.docx: not fixed: …``."""
        if self.outcome in (FixOutcome.REFUSED, FixOutcome.FAILED):
            return f"{self.path}: not fixed: {self.reason}"
        if self.outcome is FixOutcome.UNCHANGED:
            return f"{self.path}: nothing to fix"
        verb = "fixed" if self.outcome is FixOutcome.FIXED else "would fix"
        line = f"{self.path}: {verb} {_count(self.applied, 'finding')}"
        if self.skipped:
            line += f" ({_count(self.skipped, 'overlapping fix', 'overlapping fixes')} left for another run)"
        return line


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else (plural or singular + 's')}"


def apply_fixes(source: str, fixes: Sequence[Fix]) -> tuple[str, int]:
    """``source`` with ``fixes`` applied, and how many were.

    Fixes are taken in order of their start offset (ties keep the given
    order); a fix that overlaps one already taken is skipped, as is one whose
    range lies outside ``source``.  Insertions (empty ranges) at the same
    offset are all applied, in the given order.  Replacement happens from the
    end of the text backwards, so each fix's offsets stay valid.
    """
    taken: list[Fix] = []
    end = 0
    for fix in sorted(fixes, key=lambda fix: fix.start.offset):
        start, stop = fix.start.offset, fix.end.offset
        if not 0 <= start <= stop <= len(source) or start < end:
            continue
        taken.append(fix)
        end = stop
    text = source
    for fix in reversed(taken):
        text = text[: fix.start.offset] + fix.replacement + text[fix.end.offset :]
    return text, len(taken)


def _fixes_for(path: Path, findings: Iterable[Finding]) -> list[Fix]:
    wanted = os.path.normpath(path)
    return [finding.fix for finding in findings if finding.fix is not None and os.path.normpath(finding.path) == wanted]


def fix_file(path: Path, findings: Iterable[Finding], *, dry_run: bool, checked: bytes | None = None) -> FixResult:
    """Apply the fixes of the ``findings`` reported for ``path``, and write the file back unless ``dry_run``.

    ``path`` is the file's path as the findings show it (``Path(finding.path)``);
    findings for other files are ignored.  ``checked`` is the content the
    findings were computed from: if the file no longer holds exactly those
    bytes, nothing is written.  Without it the current content is trusted.
    Never raises for a problem with the file: the result says what happened.
    """
    fixes = _fixes_for(path, findings)
    if not fixes:
        return FixResult(path, FixOutcome.UNCHANGED)
    if path.suffix.lower() not in FIXABLE_SUFFIXES:
        return FixResult(
            path,
            FixOutcome.REFUSED,
            reason=f"fixes are applied to Markdown and plain-text files only ({', '.join(FIXABLE_SUFFIXES)}); "
            f"{path.suffix or 'this'} files are reported, never rewritten",
        )
    try:
        data = path.read_bytes()
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError as error:
        return FixResult(path, FixOutcome.FAILED, reason=f"cannot read: {error.strerror or error}")
    if checked is not None and data != checked:
        return FixResult(path, FixOutcome.REFUSED, reason="the file changed on disk since it was checked; run claimcheck again")
    try:
        decoded = decode(data, path=str(path))
    except InputError as error:
        return FixResult(path, FixOutcome.REFUSED, reason=str(error).removeprefix(f"{path}: "))
    if decoded.bom + decoded.text.encode(decoded.encoding) != data:  # pragma: no cover - decode() is exact today
        return FixResult(path, FixOutcome.REFUSED, reason=f"cannot be written back byte for byte as {decoded.encoding}")
    after, applied = apply_fixes(decoded.text, fixes)
    skipped = len(fixes) - applied
    if after == decoded.text:
        return FixResult(path, FixOutcome.UNCHANGED, before=decoded.text, after=after)
    try:
        new_data = decoded.bom + after.encode(decoded.encoding)
    except UnicodeEncodeError as error:
        character = error.object[error.start]
        return FixResult(
            path,
            FixOutcome.REFUSED,
            before=decoded.text,
            reason=f"a replacement contains {character!r} (U+{ord(character):04X}), which {decoded.encoding} cannot encode; "
            "the file keeps its encoding, so it was left as it is",
        )
    if dry_run:
        return FixResult(path, FixOutcome.WOULD_FIX, applied, skipped, decoded.text, after)
    try:
        write_atomically(path, new_data, mode=mode)
    except OSError as error:
        return FixResult(path, FixOutcome.FAILED, before=decoded.text, reason=f"cannot write: {error.strerror or error}")
    return FixResult(path, FixOutcome.FIXED, applied, skipped, decoded.text, after)


def unified_diff(path: Path | str, before: str, after: str) -> str:
    """A unified diff from ``before`` to ``after``, headed ``a/PATH`` and ``b/PATH``; empty when they are equal.

    Lines are split on LF, CRLF and lone CR only (the endings claimcheck
    counts lines by), and each keeps its ending, so a line whose ending
    changed shows as changed.  Every line of the diff ends with LF: a CRLF
    line appears as its text, CR, LF (as ``git diff`` shows it), a line
    ending in a lone CR gets an LF after its CR, and a last line without an
    ending is followed by ``\\ No newline at end of file``.
    """
    name = Path(path).as_posix()
    lines = difflib.unified_diff(_LINE.findall(before), _LINE.findall(after), fromfile=f"a/{name}", tofile=f"b/{name}", lineterm="\n")
    out = []
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        elif line.endswith("\r"):
            out.append(line + "\n")
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)
