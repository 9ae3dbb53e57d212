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
from claimcheck.literals import literal_alternation, required_literals, without_boundaries

__all__ = [
    "Alternation",
    "LITERAL_SCAN",
    "LiteralScan",
    "Prefilter",
    "check_pattern",
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
    ordered = sorted(dict.fromkeys(tokens), key=lambda token: (-len(token), token))
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


def _entry(folded: str, literals: frozenset[str] | None) -> str:
    return literal_alternation(literals) if literals else folded


def remember_prefilter_entries(entries: Mapping[str, "frozenset[str] | str"]) -> None:
    """Take the :func:`prefilter_entry` answers of an earlier run (they depend on the pattern alone)."""
    _PREFILTER_ENTRIES.update(entries)


class LiteralScan:
    """Which of many sets of required literals a text holds, answered once per text for every rule.

    Rules that narrow their work to the patterns a document can match
    (:class:`Alternation`, coverage evidence) each need to know which of
    their requirements — sets of strings of which every match holds one
    (:func:`~claimcheck.literals.required_literals`) — occur in the
    document.  They register them here when their rule is built or
    unpickled, and the first question about a text answers for all of them.

    Two ways to answer, chosen by how much text the process has searched:
    string by string with ``str.__contains__`` (a requirement's word
    boundaries dropped: a weaker test, never a wrong one), or one scan of a
    ``re2.Set`` of every requirement.  The Set costs 7 ms to compile and to
    warm up for the bundled packs' 240 requirements (2,100 strings), then
    scans a 2 KB text in 0.02 ms; the strings cost about 1 ms per thousand
    characters.  Not knowing how much text is to come, the scan does as a
    skier who rents until the rent paid would have bought the skis: strings
    until :data:`SET_AFTER` characters (7 ms) have been searched, then the
    Set — never more than twice the cost of the better choice.  A short
    file is searched string by string; a corpus pays 8 ms of strings.

    The last text asked about is kept (by identity: ``Document.folded`` is
    the same object for every rule of a document) with its answer.
    """

    #: Characters searched string by string before the requirements are compiled into a Set.
    SET_AFTER = 8_000

    def __init__(self) -> None:
        self._ids: dict[frozenset[str], int] = {}
        self._strings: list[tuple[str, ...]] = []
        self._set: "re2.Set | None" = None
        self._searched = 0
        self._last: tuple[str, frozenset[int]] | None = None

    def register(self, literals: Iterable[str]) -> int:
        """The id under which :meth:`met` reports the requirement "one of ``literals``" (folded strings)."""
        key = frozenset(literals)
        known = self._ids.get(key)
        if known is not None:
            return known
        self._set = None  # recompiled, with the newcomer, at the next scan that needs it
        self._last = None
        self._ids[key] = len(self._strings)
        self._strings.append(tuple(sorted({without_boundaries(literal) for literal in key}, key=len)))
        return len(self._strings) - 1

    def met(self, text: str) -> frozenset[int]:
        """The ids of the requirements of which ``text`` holds a literal (string by string: perhaps more)."""
        if self._last is not None and self._last[0] is text:
            return self._last[1]
        met = self._met(text)
        self._last = (text, met)
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
            for literals in self._ids:  # in id order: a dict keeps insertion order
                self._set.Add(literal_alternation(literals))
            self._set.Compile()
        return self._set


#: The scan every rule of this process shares.
LITERAL_SCAN = LiteralScan()


class Prefilter:
    """Finds, in one scan of a folded text, which of many patterns may occur in it.

    A pattern is looked for through the strings none of its matches can do
    without (:func:`~claimcheck.literals.required_literals`) when they can be
    found — with a :class:`LiteralScan` of its own: every document is asked
    about, and the rules' shared scan, larger, is asked only about the
    documents some rule runs on —, else as itself, in a ``re2.Set`` of such
    patterns.  The answer may include owners whose pattern does not match
    after all — they run and find nothing — but never leaves out one whose
    pattern matches.
    """

    def __init__(self, patterns: Iterable[tuple[int, str]]) -> None:
        self._scan = LiteralScan()
        self._by_requirement: dict[int, list[int]] = {}
        self._owners: list[int] = []
        self._set: "re2.Set | None" = None
        for owner, pattern in patterns:
            entry = prefilter_entry(pattern)
            if isinstance(entry, str):
                if self._set is None:
                    self._set = re2.Set.SearchSet(_options())
                self._set.Add(entry)
                self._owners.append(owner)
            else:
                self._by_requirement.setdefault(self._scan.register(entry), []).append(owner)
        if self._set is not None:
            self._set.Compile()

    def owners_matching(self, folded_text: str) -> set[int]:
        """The owners (rule indexes) of every pattern that may match somewhere in ``folded_text``."""
        owners: set[int] = set()
        if self._by_requirement:
            met = self._scan.met(folded_text)
            for requirement in met.intersection(self._by_requirement):
                owners.update(self._by_requirement[requirement])
        if self._set is not None:
            owners.update(self._owners[index] for index in self._set.Match(folded_text) or ())
        return owners


class Alternation:
    """``keyword_pattern(patterns)``, compiled from only the patterns that can match in the first text it meets.

    A claim rule is an alternation of dozens of patterns, up to 15 KB, which
    RE2 compiles in up to 6 ms; a short brief on NATO and Japan reaches a
    dozen such rules, a third of a one-file run.  Yet a pattern whose required
    literals (:func:`prefilter_entry`) do not occur in a text matches nowhere
    in it, and leaving it out of the alternation changes no match: at each
    position, leftmost-first matching takes the first alternative that
    matches there, and the one left out never does.  The subset keeps the
    whole's order (:func:`keyword_pattern`'s), so its matches are exactly
    those of the whole.

    Over many documents, subsets differ from one to the next and compiling
    each would cost more than compiling the whole once, so the subset is
    used for the documents that need exactly it, and the whole from the
    first document that needs another one.  Measured: a two-kilobyte brief
    compiles a few small patterns instead of 30 ms of rules; the 645
    statements of the benchmark corpus compile one subset per rule more.

    What each pattern requires is worked out when the rule is built and kept
    with the rule in the pack cache, and looked for by the shared
    :data:`LITERAL_SCAN`; compiled forms are never pickled.
    """

    def __init__(self, patterns: Sequence[str], *, where: str) -> None:
        ordered = sorted(dict.fromkeys(patterns), key=lambda pattern: (-len(pattern), pattern))  # keyword_pattern's order
        alternatives = [keyword_pattern([pattern]) for pattern in ordered]
        self.pattern = "|".join(alternatives)
        """The whole alternation: ``keyword_pattern(patterns)``."""
        self._where = where
        # Each alternative is a self-contained group, so folding the whole is folding each one.
        self._folded = tuple(fold_pattern(alternative) for alternative in alternatives)
        self._literals = tuple(required_literals(folded) for folded in self._folded)
        # The whole may match only where one alternative may: its prefilter entry needs no parse of its own.
        whole = (
            literal_alternation(frozenset().union(*self._literals))  # type: ignore[arg-type]
            if all(self._literals)
            else "|".join(dict.fromkeys(map(_entry, self._folded, self._literals)))
        )
        remember_prefilter_entries({self.pattern: whole})
        self._start()

    def _start(self) -> None:
        # An alternative with no known literals may match anywhere: it is always kept (id None).
        self._ids = tuple(None if literals is None else LITERAL_SCAN.register(literals) for literals in self._literals)
        self._subset: tuple[tuple[int, ...], "re2._Regexp"] | None = None
        self._whole: "re2._Regexp | None" = None

    def __getstate__(self) -> dict[str, object]:
        return {"pattern": self.pattern, "_where": self._where, "_folded": self._folded, "_literals": self._literals}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._start()

    def regex_for(self, folded_text: str) -> "re2._Regexp | None":
        """A compiled pattern whose matches in ``folded_text`` are the whole alternation's; None when it cannot match."""
        if self._whole is not None:
            return self._whole
        met = LITERAL_SCAN.met(folded_text)
        present = tuple(index for index, requirement in enumerate(self._ids) if requirement is None or requirement in met)
        if not present:
            return None
        if self._subset is None:
            folded = "|".join(self._folded[index] for index in present)
            self._subset = (present, _compile_folded(folded, where=self._where))
        elif self._subset[0] != present:
            self._whole = _compile_folded("|".join(self._folded), where=self._where)
            return self._whole
        return self._subset[1]
