"""The strings a pattern cannot match without: what the one-scan prefilter looks for.

A claim rule's pattern runs to several kilobytes of alternations; putting
such patterns in the prefilter's ``re2.Set`` makes it slow to compile (tens
of milliseconds at every start-up) and slow to scan.  Yet every match of
``(?:japan|tokyo) (?:is|has become) a (?:nato )?member`` contains ``japan``
or ``tokyo``, and scanning for those two words rules out as many documents
for a fraction of the cost.  This module finds such a set of *required
literals* — the idea of RE2's own ``FilteredRE2`` and of Google Code
Search's trigram index — so that the prefilter can scan for them instead.

The analysis must be sound, never clever: if it cannot prove that every
match contains one of the strings, it answers ``None`` and the prefilter
keeps the whole pattern.  Patterns are read with Python's regular
expression parser, which knows most of RE2's syntax; anything the two read
differently (POSIX classes, ``\\p{…}``, ``\\Q…\\E``, ``{,n}``) or that folds
case is left alone.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable, Iterator, NamedTuple, Optional

try:  # Python 3.11 moved the parser; the older name still works there with a warning.
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
    from re import _constants as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = [
    "MIN_LITERAL_LENGTH",
    "Requirements",
    "alternation_literals",
    "literal_alternation",
    "required_literal_sets",
    "required_literals",
    "requirements",
    "without_boundaries",
]

#: Shorter strings occur in almost every text: requiring one of them filters nothing.
MIN_LITERAL_LENGTH = 3

# An exact set larger than this stops growing by concatenation: "(a|b|c)(d|e|f)…" would explode.
_MAX_EXACT = 64

# Syntax the two parsers read differently, or that Python's cannot be trusted with here.
_UNTRUSTED = re.compile(r"\[:|\\[pPQECzx]|\{,|\(\?[a-zA-Z]*U")

_LITERAL = _sre.LITERAL

# Stands for a word boundary (``\b``) inside a literal: a private-use character no pattern has.
_BOUNDARY = "\ue000"

# How each character is written in an RE2 pattern, when not as itself.
_ESCAPED = {char: "\\" + char for char in "\\.^$|?*+()[]{}"}
_ESCAPED[_BOUNDARY] = "\\b"


class _Info(NamedTuple):
    """What a piece of a pattern can match.

    ``exact`` set: the piece matches exactly one of these strings.
    Otherwise ``required``: every match contains one of these strings
    (``None``: nothing is known).
    """

    exact: Optional[frozenset[str]] = None
    required: Optional[frozenset[str]] = None

    def requirement(self) -> Optional[frozenset[str]]:
        return self.exact if self.exact is not None else self.required


_UNKNOWN = _Info()


class Requirements(NamedTuple):
    """What every match of a pattern holds, from one analysis of it (see :func:`requirements`)."""

    #: Strings of which every match holds one: the most selective set known (:func:`required_literals`).
    literals: Optional[frozenset[str]]
    #: Every set known, of each of which every match holds one string (:func:`required_literal_sets`).
    sets: list[frozenset[str]]


_NOTHING_KNOWN = Requirements(None, [])


def required_literals(folded_pattern: str) -> Optional[frozenset[str]]:
    """Strings of which every match of ``folded_pattern`` contains at least one, or None.

    Each string has at least :data:`MIN_LITERAL_LENGTH` characters.  The
    pattern is one already folded (:func:`claimcheck.fold.fold_pattern`), so
    the strings are folded too and are looked for in folded text.
    """
    return requirements(folded_pattern).literals


def required_literal_sets(folded_pattern: str) -> list[frozenset[str]]:
    """Sets of strings such that every match of ``folded_pattern`` holds one string *of each*; [] when none is known.

    :func:`required_literals` answers with the most selective of them, which
    is what one scan for many patterns wants.  A test of one pattern can
    afford them all, and is then far more selective: every match of
    ``japan (?:is|became) a nato member`` holds "japan" *and* " a nato member".
    """
    return requirements(folded_pattern).sets


def requirements(folded_pattern: str) -> Requirements:
    """Both answers, :func:`required_literals` and :func:`required_literal_sets`, from one parse of the pattern.

    Parsing is most of the cost: a claim rule's patterns take a tenth of a
    second to parse, paid whenever a pack is built (its first run on a
    machine, and after each edit of its TOML).
    """
    parsed = _parse(folded_pattern)
    if parsed is None:
        return _NOTHING_KNOWN
    collected: list[frozenset[str]] = []
    info = _sequence(parsed, collected)
    if info.exact is not None:
        collected.append(info.exact)
    usable = (_usable(strings) for strings in collected)
    requirement = _usable(info.requirement())
    return Requirements(_minimal(requirement) if requirement else None, list(dict.fromkeys(_minimal(strings) for strings in usable if strings)))


def alternation_literals(alternatives: Iterable[Optional[frozenset[str]]]) -> Optional[frozenset[str]]:
    """The :func:`required_literals` of ``a|b|…``, from those of ``a``, ``b``, …: their union, None if one is None.

    A match of the alternation is a match of one alternative, so it holds one
    of that alternative's strings.  Knowing the alternatives' answers, this
    spares parsing and analysing the whole alternation once more.
    """
    union: set[str] = set()
    for literals in alternatives:
        if literals is None:
            return None
        union |= literals
    return _minimal(frozenset(union)) if union else None


def _parse(folded_pattern: str) -> Any:
    if _UNTRUSTED.search(folded_pattern) or _BOUNDARY in folded_pattern:
        return None
    try:
        parsed = _sre_parse.parse(folded_pattern)
    except (re.error, RecursionError, OverflowError):
        return None
    return None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else parsed


def literal_alternation(literals: Iterable[str]) -> str:
    """An RE2 pattern that matches any of ``literals`` (escaped, word boundaries restored, in a stable order)."""
    return "|".join("".join(_ESCAPED.get(char, char) for char in literal) for literal in sorted(literals))


def without_boundaries(literal: str) -> str:
    """A required literal as a plain string: its word boundaries dropped (a weaker requirement, never a wrong one)."""
    return literal.replace(_BOUNDARY, "")


def _usable(strings: Optional[frozenset[str]]) -> Optional[frozenset[str]]:
    if not strings or min(len(string.replace(_BOUNDARY, "")) for string in strings) < MIN_LITERAL_LENGTH:
        return None
    return strings


def _sequence(items: Iterable[tuple[object, object]], collected: Optional[list[frozenset[str]]] = None) -> _Info:
    """A concatenation: exact strings multiply out; every run of them met on the way is a requirement.

    ``collected``, when given, receives every requirement met on the way, in
    this concatenation and in the groups every match goes through: each one
    is required (see :func:`required_literal_sets`).
    """
    exact: Optional[frozenset[str]] = frozenset({""})
    candidates: list[frozenset[str]] = []
    whole_is_exact = True
    for info in _pieces(items, collected):
        if exact is not None:
            candidates.append(exact)  # a shorter run may be the better filter: fewer strings
        if info.exact is not None and exact is not None and len(exact) * len(info.exact) <= _MAX_EXACT:
            exact = frozenset(before + after for before in exact for after in info.exact)
            continue
        whole_is_exact = False
        exact = info.exact  # an exact piece too large to multiply starts a new run
        if info.exact is None and info.required is not None:
            candidates.append(info.required)
    if collected is not None:
        collected.extend(candidates)
    if whole_is_exact:
        return _Info(exact=exact)
    if exact is not None:
        candidates.append(exact)
        if collected is not None:
            collected.append(exact)
    return _Info(required=_most_selective(candidates))


def _pieces(items: Iterable[tuple[object, object]], collected: Optional[list[frozenset[str]]] = None) -> Iterator[_Info]:
    """What each item of a concatenation matches, consecutive plain characters joined into one string."""
    text: list[str] = []
    for op, value in items:
        if op is _LITERAL:
            text.append(chr(value))  # type: ignore[arg-type]
            continue
        if op is _sre.AT:
            if value is _sre.AT_BOUNDARY:
                text.append(_BOUNDARY)  # kept: "\bjapan\b" lets "japanese" through no more
            continue  # other anchors match no characters: "^ab" still needs "ab"
        if text:
            yield _Info(exact=frozenset({"".join(text)}))
            text = []
        yield _item(op, value, collected)
    if text:
        yield _Info(exact=frozenset({"".join(text)}))


#: A word this long is rare enough in prose; past it, fewer strings matter more than longer ones.
_GOOD_WORD = 5

_WORD = re.compile(r"\w+")


def _most_selective(candidates: list[frozenset[str]]) -> Optional[frozenset[str]]:
    """The best filter among requirements: every string holds a rare-enough word, then the fewest strings.

    " was " is five characters but occurs in every English text; "japan" is
    as long and occurs in few: strings are judged by their longest word.
    """
    usable = [_minimal(candidate) for candidate in candidates if _usable(candidate)]
    if not usable:
        return None

    def quality(strings: frozenset[str]) -> tuple[int, int, int]:
        rarest = min(max((len(word) for word in _WORD.findall(string)), default=0) for string in strings)
        return (min(rarest, _GOOD_WORD), -len(strings), min(map(len, strings)))

    return max(usable, key=quality)


@functools.lru_cache(maxsize=4096)
def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop every string that contains another one: a text holding "the japan" holds "japan".

    Remembered: an analysis asks about the same sets again and again (each
    requirement is judged by :func:`_most_selective`, then kept), and this
    comparison of every string with every shorter one was a third of the
    time it takes to build the bundled packs.
    """
    ordered = sorted(strings, key=len)
    kept: list[str] = []
    for string in ordered:
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _item(op: object, value: object, collected: Optional[list[frozenset[str]]] = None) -> _Info:
    """What one item that is not a plain character or an anchor matches (see :func:`_pieces`).

    ``collected`` (see :func:`_sequence`) follows only into what every match of the item goes through.
    """
    if op is _sre.SUBPATTERN:
        _, add_flags, _, body = value  # type: ignore[misc]
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return _UNKNOWN
        return _sequence(body, collected)
    if op is _sre.BRANCH:
        return _branch(value[1])  # type: ignore[index]
    if op is _sre.IN:
        return _class(value)  # type: ignore[arg-type]
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, high, body = value  # type: ignore[misc]
        inner = _sequence(body, collected if low >= 1 else None)
        if low == high == 1:
            return inner
        if low >= 1:
            return _Info(required=_usable(inner.requirement()))
        if high == 1 and inner.exact is not None and len(inner.exact) < _MAX_EXACT:
            return _Info(exact=inner.exact | {""})  # optional: "(?:the )?japan" is "the japan" or "japan"
        return _UNKNOWN
    return _UNKNOWN


def _branch(alternatives: list[object]) -> _Info:
    """An alternation: every alternative must give a requirement, and the union is one."""
    infos = [_sequence(alternative) for alternative in alternatives]  # type: ignore[arg-type]
    if all(info.exact is not None for info in infos):
        union = frozenset().union(*(info.exact for info in infos))  # type: ignore[arg-type]
        if len(union) <= _MAX_EXACT:
            return _Info(exact=union)
    requirements = [_usable(info.requirement()) for info in infos]
    requirements = [_minimal(requirement) if requirement else None for requirement in requirements]
    if any(requirement is None for requirement in requirements):
        return _UNKNOWN
    return _Info(required=frozenset().union(*requirements))  # type: ignore[arg-type]


def _class(items: list[tuple[object, object]]) -> _Info:
    """A small class of plain characters (``[sz]``) is an exact set; any other class is unknown."""
    if len(items) > 4 or not all(op is _LITERAL for op, _ in items):
        return _UNKNOWN
    return _Info(exact=frozenset(chr(value) for _, value in items))  # type: ignore[arg-type]
