"""Pattern compilation with a linear-time engine, and the one-scan prefilter.

Rule patterns come from third parties, so they run on RE2 (``google-re2``):
matching time grows linearly with the text whatever the pattern, and a
pattern such as ``(a+)+$`` cannot hang a run.  Patterns are folded by
:func:`claimcheck.fold.fold_pattern` and matched against the folded text.

Many rules are cheap to rule out together: :class:`Prefilter` puts every
rule's trigger patterns in one ``re2.Set`` and scans a document once to learn
which rules can match at all.
"""

from __future__ import annotations

import functools
from typing import Iterable, Mapping, Sequence

import re2

from claimcheck.errors import PackError
from claimcheck.fold import fold, fold_pattern
from claimcheck.literals import alternation_literals, literal_alternation, required_literals, requirements, without_boundaries

__all__ = [
    "Alternation",
    "LITERAL_SCAN",
    "LiteralScan",
    "Prefilter",
    "check_pattern",
    "compile_folded",
    "compile_pattern",
    "keyword_pattern",
    "prefilter_entry",
    "remember_prefilter_entries",
]

# RE2 gives up (and reports it) on patterns whose program would need more memory.
_MAX_MEMORY = 64 << 20


def _options() -> "re2.Options":
    options = re2.Options()
    options.max_mem = _MAX_MEMORY
    options.log_errors = False
    return options


@functools.lru_cache(maxsize=4096)
def _compile(folded: str) -> "re2._Regexp":
    return re2.compile(folded, options=_options())


def compile_pattern(pattern: str, *, where: str) -> "re2._Regexp":
    """Fold and compile ``pattern``; a pattern RE2 cannot take is a :class:`PackError` naming ``where``.

    RE2 refuses back-references and look-around (they are what makes
    backtracking engines exponential); the message says so.
    """
    return _compile_folded(fold_pattern(pattern), where=where, written=pattern)


def compile_folded(folded: str, *, where: str) -> "re2._Regexp":
    """Compile a pattern folded already, when the pack was built (:func:`compile_pattern` without the fold).

    Folding is pure Python over every character of a pattern: a one-file
    run that reaches a hundred coverage patterns spent 4 ms folding them
    again.  A checker that keeps its patterns folded (they are pickled in
    the pack cache that way) compiles them with this.
    """
    return _compile_folded(folded, where=where)


def _compile_folded(folded: str, *, where: str, written: str | None = None) -> "re2._Regexp":
    try:
        return _compile(folded)
    except re2.error as error:
        reason = error.args[0].decode("utf-8", "replace") if error.args and isinstance(error.args[0], bytes) else str(error)
        shown = written if written is not None else folded
        raise PackError(f"{where}: invalid pattern {shown!r}: {reason} (patterns use RE2 syntax: no back-references or look-around)") from None


def check_pattern(pattern: str, *, where: str) -> None:
    """Raise the :func:`compile_pattern` error if RE2 cannot take ``pattern``, without compiling it.

    Packs validate every pattern on its own (an alternation could hide a
    broken one: ``a)|(b``) and then compile the alternation; parsing alone
    — adding the pattern to a throwaway ``re2.Set`` — costs a sixth of a
    compile, which every run pays at start-up.
    """
    probe = re2.Set.SearchSet(_options())
    try:
        probe.Add(fold_pattern(pattern))
    except re2.error:
        compile_pattern(pattern, where=where)  # raises, with RE2's reason


def _is_word_edge(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char == "_")


def _starts_with_word(token: str) -> bool:
    """Whether a token's first character is (probably) a word character: a literal, a class, a group, ``\\w``/``\\d``."""
    first = token[0]
    if first == "\\":
        return token[1:2] in ("w", "d", "p", "P") or _is_word_edge(token[1:2]) and token[1:2] not in "bBAzsSWD"
    return _is_word_edge(first) or first in "(["


def _ends_with_word(token: str) -> bool:
    """Whether a token's last character is (probably) a word character; an escaped ``\\?`` or ``\\)`` is not."""
    last = token[-1]
    backslashes = len(token[:-1]) - len(token[:-1].rstrip("\\"))
    if backslashes % 2 == 1:
        return False
    return _is_word_edge(last) or last in ")]?*+}"


def keyword_pattern(tokens: Sequence[str], *, word_boundaries: bool = True) -> str:
    r"""One alternation of ``tokens`` (RE2 syntax), longest first, with word boundaries.

    RE2's ``\b`` knows only ASCII word characters; folding has turned French
    accents into ASCII, so ``\b`` is right for English and French.  A token
    that begins or ends with another character (``«``, ``œ``) gets no
    boundary on that side, since ``\b`` could never match there.
    """
    ordered = _keyword_order(tokens)
    parts = []
    for token in ordered:
        stripped = token.strip()
        if not word_boundaries or not stripped:
            parts.append(f"(?:{stripped})")
            continue
        # Decide on the folded token: "été" folds to "ete", which has ASCII word edges.
        edges = fold(stripped)
        opening = r"\b" if _starts_with_word(edges) else ""
        closing = r"\b" if _ends_with_word(edges) else ""
        parts.append(f"{opening}(?:{stripped}){closing}")
    return "|".join(parts)


def _keyword_order(tokens: Iterable[str]) -> list[str]:
    """The order of :func:`keyword_pattern`'s alternatives: longest first, then alphabetical, without repeats."""
    return sorted(dict.fromkeys(tokens), key=lambda token: (-len(token), token))


def _plain(literals: Iterable[str]) -> tuple[str, ...]:
    """Required literals as plain strings to look for with ``in``, word boundaries dropped (weaker, never wrong)."""
    return tuple(sorted({without_boundaries(literal) for literal in literals}, key=len))


_PREFILTER_ENTRIES: dict[str, "frozenset[str] | str"] = {}


def prefilter_entry(pattern: str) -> "frozenset[str] | str":
    """What the prefilter looks for to tell whether ``pattern`` may match: its required literals, or itself (folded).

    Literals come as a frozenset of folded strings (a match holds one of
    them), the pattern as a string.  Working them out parses the pattern (a
    claim rule's takes milliseconds); the answer is remembered for the
    process, and :mod:`claimcheck.pack_cache` keeps it with the pack between
    runs (:func:`remember_prefilter_entries`).
    """
    entry = _PREFILTER_ENTRIES.get(pattern)
    if entry is None:
        folded = fold_pattern(pattern)
        entry = _PREFILTER_ENTRIES[pattern] = required_literals(folded) or folded
    return entry


def remember_prefilter_entries(entries: Mapping[str, "frozenset[str] | str"]) -> None:
    """Take the :func:`prefilter_entry` answers of an earlier run (they depend on the pattern alone)."""
    _PREFILTER_ENTRIES.update(entries)


class LiteralScan:
    """Which of many requirements a text meets, answered once per text for everyone who asks.

    A requirement is a set of strings of which every match of some pattern
    holds one (:func:`~claimcheck.literals.required_literals`), or, when none
    is known, the pattern itself.  The engine's :class:`Prefilter` asks
    about every document; coverage rules register their evidence patterns'
    requirements in the shared :data:`LITERAL_SCAN` when they are built or
    unpickled, so that evidence that cannot match a document is neither
    compiled nor run.

    Two ways to answer, chosen by how much text has been searched:
    string by string with ``str.__contains__`` (word boundaries dropped, a
    pattern taken as met: a weaker test, never a wrong one), or one scan of a
    ``re2.Set`` of every requirement.  Measured with the bundled claim
    rules' 240 requirements (2,100 strings): the Set took 7 ms to compile and
    warm up, then scanned a 2 KB text in 0.02 ms; the strings cost about 1 ms
    per thousand characters.  Not knowing how much text is to come, the scan does as a
    skier who rents until the rent paid would have bought the skis: strings
    until :data:`SET_AFTER` characters have been searched, then the Set —
    never more than twice the cost of the better choice.

    The last text asked about is kept (by identity: ``Document.folded`` is
    the same object for every rule of a document) with its answer, unless it
    is longer than :data:`REMEMBER_UP_TO` characters.
    """

    #: The longest text kept with its answer until the next question.
    REMEMBER_UP_TO = 1_000_000

    #: Characters searched string by string before the requirements are compiled into a Set.
    SET_AFTER = 8_000

    def __init__(self) -> None:
        self._ids: dict["frozenset[str] | str", int] = {}
        self._strings: list[tuple[str, ...]] = []
        self._set: "re2.Set | None" = None
        self._searched = 0
        self._last: tuple[str, frozenset[int]] | None = None

    def register(self, requirement: "Iterable[str] | str") -> int:
        """The id under which :meth:`met` reports a requirement: "one of these literals" (folded strings), or a pattern.

        A pattern (a folded RE2 pattern, for what has no known literals) is
        taken as met while texts are searched string by string, and looked
        for as itself in the Set.
        """
        key: "frozenset[str] | str" = requirement if isinstance(requirement, str) else frozenset(requirement)
        known = self._ids.get(key)
        if known is not None:
            return known
        self._set = None  # recompiled, with the newcomer, at the next scan that needs it
        self._last = None
        self._ids[key] = len(self._strings)
        if isinstance(key, str):
            self._strings.append(("",))  # "" is in every text
        else:
            self._strings.append(_plain(key))
        return len(self._strings) - 1

    def met(self, text: str) -> frozenset[int]:
        """The ids of the requirements of which ``text`` holds a literal (string by string: perhaps more)."""
        if self._last is not None and self._last[0] is text:
            return self._last[1]
        met = self._met(text)
        # Keeping a text keeps its memory until the next one: a long one is searched again instead.
        self._last = (text, met) if len(text) <= self.REMEMBER_UP_TO else None
        return met

    def _met(self, text: str) -> frozenset[int]:
        if self._set is None and self._searched + len(text) <= self.SET_AFTER:
            self._searched += len(text)
            return frozenset(index for index, strings in enumerate(self._strings) if any(string in text for string in strings))
        self._searched += len(text)
        return frozenset(self._compiled().Match(text) or ()) if self._strings else frozenset()

    def _compiled(self) -> "re2.Set":
        if self._set is None:
            self._set = re2.Set.SearchSet(_options())
            for requirement in self._ids:  # in id order: a dict keeps insertion order
                self._set.Add(requirement if isinstance(requirement, str) else literal_alternation(requirement))
            self._set.Compile()
        return self._set


#: The scan every rule of this process shares.
LITERAL_SCAN = LiteralScan()


class Prefilter:
    """Finds, in one scan of a folded text, which of many patterns may occur in it.

    A pattern is looked for through the strings none of its matches can do
    without (:func:`~claimcheck.literals.required_literals`) when they can be
    found, else as itself, with a :class:`LiteralScan` of its own (it asks
    about every document; the shared one serves coverage evidence, in the
    documents in a framework's scope).  The answer may include owners whose
    pattern does not match after all — they run and find nothing — but never
    leaves out one whose pattern matches.
    """

    def __init__(self, patterns: Iterable[tuple[int, str]]) -> None:
        self._scan = LiteralScan()
        self._owners: dict[int, list[int]] = {}
        for owner, pattern in patterns:
            self._owners.setdefault(self._scan.register(prefilter_entry(pattern)), []).append(owner)

    def owners_matching(self, folded_text: str) -> set[int]:
        """The owners (rule indexes) of every pattern that may match somewhere in ``folded_text``."""
        owners: set[int] = set()
        if self._owners:
            for requirement in self._scan.met(folded_text):
                owners.update(self._owners[requirement])
        return owners


class Alternation:
    """``keyword_pattern(patterns)``, compiled for a short text from only the patterns that can match in it.

    A claim rule is an alternation of dozens of patterns, up to 15 KB, which
    RE2 compiles in up to 6 ms; a short brief on NATO and Japan reaches a
    dozen such rules, a third of a one-file run.  Yet a pattern whose
    required literals (:func:`~claimcheck.literals.required_literal_sets`:
    "japan" *and* "a nato member") do not all occur in a text matches
    nowhere in it, and leaving it out of the alternation changes no match:
    at each position, leftmost-first matching takes the first alternative
    that matches there, and the one left out never does.  The subset keeps the whole's order (:func:`keyword_pattern`'s),
    so its matches are exactly those of the whole.

    Only the first text a rule meets is asked about, and only if it is
    short (:data:`ASK_BELOW` characters): looking for the literals costs a
    search per literal, and over many documents, compiling the whole once
    costs less than asking about each.  Measured: the benchmark's
    two-kilobyte brief compiles a few small patterns instead of 30 ms of
    rules; the 645 statements compile the wholes, as before.

    What each pattern requires is worked out when the rule is built and kept
    with the rule in the pack cache; compiled forms are never pickled.  What
    the whole requires follows from that (:func:`~claimcheck.literals.alternation_literals`)
    and is recorded as the whole's :func:`prefilter_entry`: analysing the
    alternations again, as one pattern each, took half the time of building
    the bundled packs.
    """

    #: The longest text whose literals are looked for; a longer one gets the whole at once.
    ASK_BELOW = 8_000

    def __init__(self, patterns: Sequence[str], *, where: str) -> None:
        alternatives = [keyword_pattern([pattern]) for pattern in _keyword_order(patterns)]
        self.pattern = "|".join(alternatives)
        """The whole alternation: ``keyword_pattern(patterns)``."""
        self._where = where
        # Each alternative is a self-contained group, so folding the whole is folding each one.
        self._folded = tuple(fold_pattern(alternative) for alternative in alternatives)
        analyses = [requirements(folded) for folded in self._folded]
        # What an alternative's matches all hold: one string of each set. No set known: it may match anywhere.
        self._needs = tuple(tuple(map(_plain, analysis.sets)) for analysis in analyses)
        # The prefilter asks what the whole requires: the alternatives' answers tell, without a parse of it.
        whole = alternation_literals(analysis.literals for analysis in analyses)
        _PREFILTER_ENTRIES.setdefault(self.pattern, whole or "|".join(self._folded))
        self._start()

    def _start(self) -> None:
        self._asked = False
        self._whole: "re2._Regexp | None" = None

    def __getstate__(self) -> dict[str, object]:
        return {"pattern": self.pattern, "_where": self._where, "_folded": self._folded, "_needs": self._needs}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._start()

    def regex_for(self, folded_text: str) -> "re2._Regexp | None":
        """A compiled pattern whose matches in ``folded_text`` are the whole alternation's; None when it cannot match."""
        if self._whole is not None:
            return self._whole
        if self._asked or len(folded_text) > self.ASK_BELOW:
            self._whole = _compile_folded("|".join(self._folded), where=self._where)
            return self._whole
        self._asked = True
        present = [
            folded
            for folded, needs in zip(self._folded, self._needs)
            if all(any(string in folded_text for string in strings) for strings in needs)
        ]
        return _compile_folded("|".join(present), where=self._where) if present else None
