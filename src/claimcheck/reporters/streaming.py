"""JSON reports written a list item at a time.

A run over thousands of files has an entry per file or finding in its
report's longest lists (``files``, ``findings`` and ``coverage`` in ``json``,
``artifacts`` and ``results`` in SARIF, the whole of a GitLab report).  Built
as one tree and then one string, they would cost several times the report's
size in memory at the end of the run.  A reporter marks such a list
:class:`Streamed`; :func:`stream_json` writes the rest of the document as
usual and each marked list one item at a time, in pieces the CLI writes out
before the next one is made (see :class:`claimcheck.reporters.Reporter`).
The bytes are those ``json.dumps(document, indent=2, ensure_ascii=False)``
gives for the document with plain lists.
"""

from __future__ import annotations

import json
import os
from json.encoder import encode_basestring as _encode_string  # json's C escaping, as json.dumps(ensure_ascii=False)
from typing import Any, Iterable, Iterator

__all__ = ["Streamed", "indented", "stream_json"]


class Streamed:
    """A list in a document for :func:`stream_json`, whose items are made only as they are written."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def stream_json(document: Any) -> Iterator[str]:
    """``json.dumps(document, indent=2, ensure_ascii=False) + "\\n"`` in pieces, :class:`Streamed` lists as lists.

    The document without its streamed lists is dumped first, each list
    replaced by a marker string; the text is then cut at the markers (a
    random one per call, so no string of the report can be mistaken for
    one) and each list written where its marker stood, at its indentation.
    """
    lists: list[Streamed] = []
    nonce = os.urandom(8).hex()  # what secrets.token_hex does, without importing random, hmac and base64
    skeleton = json.dumps(_with_markers(document, lists, nonce), indent=2, ensure_ascii=False)
    for number, streamed in enumerate(lists):
        before, skeleton = skeleton.split(json.dumps(_marker(nonce, number)), 1)
        line = before[before.rfind("\n") + 1 :]
        yield before
        yield from _array(streamed.items, line[: len(line) - len(line.lstrip(" "))])
    yield skeleton + "\n"


def indented(value: Any, indent: str = "") -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False)``, as if nested at ``indent``; ``TypeError`` beyond plain JSON.

    With ``indent``, :mod:`json` falls back from its C encoder to its
    pure-Python one, which walks generators item by item; a run's findings
    and coverage are most of the time spent writing a report, in the parent
    process of a ``--jobs`` run.  Strings still go through json's C escaping.
    """
    if isinstance(value, str):
        return _encode_string(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = indent + "  "
        parts = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"a key of type {type(key).__name__}")
            parts.append(f"{inner}{_encode_string(key)}: {indented(item, inner)}")
        return "{\n" + ",\n".join(parts) + "\n" + indent + "}"
    if isinstance(value, Streamed):  # inside an item of a streamed list: written with that item
        value = list(value.items)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        inner = indent + "  "
        return "[\n" + ",\n".join([inner + indented(item, inner) for item in value]) + "\n" + indent + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float:
        return json.dumps(value)  # NaN and Infinity as json writes them
    raise TypeError(f"a value of type {type(value).__name__}")


def _marker(nonce: str, number: int) -> str:
    return f"\x00{nonce}:{number}\x00"


def _with_markers(value: Any, lists: list[Streamed], nonce: str) -> Any:
    """``value`` with each :class:`Streamed` replaced by its marker (added to ``lists``), in document order."""
    if isinstance(value, Streamed):
        lists.append(value)
        return _marker(nonce, len(lists) - 1)
    if isinstance(value, dict):
        return {key: _with_markers(item, lists, nonce) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_with_markers(item, lists, nonce) for item in value]
    return value


def _array(items: Iterable[Any], indent: str) -> Iterator[str]:
    """A list whose opening bracket stands on a line indented by ``indent``, as ``json.dumps(..., indent=2)`` writes it."""
    inner = indent + "  "
    opening = "[\n"
    for item in items:
        yield opening + inner + _item(item, inner)
        opening = ",\n"
    yield "[]" if opening == "[\n" else "\n" + indent + "]"


def _item(value: Any, indent: str) -> str:
    try:
        return indented(value, indent)
    except TypeError:  # a type the fast path does not know: json's own encoder says what to do with it
        return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + indent)
