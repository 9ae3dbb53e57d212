"""The ``existence`` and ``substitution`` rule types: words that should not be there.

``existence`` flags any of its ``tokens``; ``substitution`` flags a word that
has a preferred replacement and offers the replacement as a fix.  Both match
on the folded text, so one token covers every capitalisation, accent and
apostrophe style, and both keep a hit only when it lies inside one block of
prose and inside the rule's scope.
"""

from __future__ import annotations

import functools

from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

from claimcheck.errors import PackError
from claimcheck.fold import fold_pattern
from claimcheck.matching import check_pattern, compile_folded, compile_pattern, keyword_pattern
from claimcheck.rules.model import Hit
from claimcheck.rules.options import flag, string_list
from claimcheck.scopes import SpanIndex, covered

if TYPE_CHECKING:
    from claimcheck.document import Document, Span

__all__ = ["ExistenceType", "SubstitutionType"]




class Exceptions:
    """Phrases that contain a flagged term but are fine: "Asia-Pacific Economic Cooperation" is a name.

    A hit is dropped when an exception's match covers it entirely.  The keyword
    types and the consistency type (:mod:`claimcheck.rules.structure`) take them,
    and the coverage type's ``exclude`` lists (:mod:`claimcheck.rules.coverage`),
    which veto evidence in the same sentence.  Each pattern is checked on its own
    (an alternation could hide a broken one), and the alternation is kept folded
    so that the pack cache holds it folded (see :func:`~claimcheck.matching.compile_folded`).
    """

    def __init__(self, patterns: Sequence[str], *, where: str) -> None:
        for pattern in patterns:
            check_pattern(pattern, where=where)
        self.pattern = fold_pattern(keyword_pattern(patterns)) if patterns else None
        """The folded alternation of the patterns; None when there are none."""
        self._where = where

    @functools.cached_property
    def _regex(self) -> "re2._Regexp | None":
        """Compiled on first use, like the rule's own pattern (start-up time)."""
        return compile_folded(self.pattern, where=self._where) if self.pattern else None

    def spans(self, document: "Document") -> list[tuple[int, int]]:
        if self._regex is None:
            return []
        return list(document.folded_utf8.spans(self._regex))

    def found_in(self, folded_text: str) -> bool:
        """Whether an exception occurs in ``folded_text`` (a sentence or paragraph, sliced from the folded text)."""
        return self._regex is not None and self._regex.search(folded_text) is not None


def _hits_in_scope(
    document: "Document",
    spans: Sequence["Span"],
    matches: Iterable[tuple[int, int]],
    exceptions: Exceptions,
) -> Iterator[tuple[int, int]]:
    """Matches (non-empty: see :meth:`~claimcheck.utf8.Utf8Text.spans`) inside one block and one of ``spans``, and not inside an exception."""
    index = SpanIndex(spans)
    excepted: list[tuple[int, int]] | None = None  # looked for only once there is a match
    for start, end in matches:
        block = document.block_at(start)
        if block is None or end > block.end:
            continue
        if excepted is None:
            excepted = exceptions.spans(document)
        if covered(excepted, start, end):
            continue
        if index.containing(start, end) is not None:
            yield start, end


class ExistenceChecker:
    """Flags every occurrence of any of its tokens, minus the listed exceptions."""

    def __init__(self, pattern: str, exceptions: Exceptions, *, where: str) -> None:
        self.prefilter = (pattern,)
        self._pattern, self._where = pattern, where
        self._exceptions = exceptions

    @functools.cached_property
    def _regex(self) -> "re2._Regexp":
        """Compiled on first use: the prefilter rules most documents out (start-up time)."""
        return compile_pattern(self._pattern, where=self._where)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        matches = document.folded_utf8.spans(self._regex)
        for start, end in _hits_in_scope(document, spans, matches, self._exceptions):
            yield Hit(start, end)


class ExistenceType:
    """``existence``: report each occurrence of ``tokens``."""

    name = "existence"
    options = {
        "tokens": "regular expressions (RE2 syntax) to flag, matched on folded text",
        "exceptions": "patterns of phrases that contain a token but are fine; a hit inside one is dropped",
        "nonword": "true to match tokens inside words (no word boundaries)",
    }
    required = ("tokens",)

    def build(self, options: Mapping[str, Any], *, where: str) -> ExistenceChecker:
        tokens = string_list(options, "tokens", where=where)
        if not tokens:
            raise PackError(f"{where}: 'tokens' must list at least one pattern")
        for token in tokens:
            check_pattern(token, where=f"{where}: 'tokens'")
        boundaries = not flag(options, "nonword", where=where, default=False)
        pattern = keyword_pattern(tokens, word_boundaries=boundaries)
        exceptions = Exceptions(string_list(options, "exceptions", where=where), where=f"{where}: 'exceptions'")
        return ExistenceChecker(pattern, exceptions, where=where)


class SubstitutionChecker:
    """Flags words with a preferred replacement; the replacement is the fix."""

    def __init__(self, swaps: Sequence[tuple[str, str]], exceptions: Exceptions, *, word_boundaries: bool, where: str) -> None:
        self._exceptions = exceptions
        self._replacements = [replacement for _, replacement in swaps]
        self._names = [f"_s{index}" for index in range(len(swaps))]
        alternatives = []
        for name, (pattern, _) in zip(self._names, swaps):
            alternatives.append(f"(?P<{name}>{keyword_pattern([pattern], word_boundaries=word_boundaries)})")
        combined = "|".join(alternatives)
        self.prefilter = (combined,)
        self._pattern, self._where = combined, where

    @functools.cached_property
    def _regex(self) -> "re2._Regexp":
        """Compiled on first use: the prefilter rules most documents out (start-up time)."""
        return compile_pattern(self._pattern, where=self._where)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        replacements: dict[tuple[int, int], str] = {}
        matches = []
        for start, end, match in document.folded_utf8.matches(self._regex):
            for name, replacement in zip(self._names, self._replacements):
                if match.group(name) is not None:
                    replacements[(start, end)] = replacement
                    matches.append((start, end))
                    break
        for start, end in _hits_in_scope(document, spans, matches, self._exceptions):
            original = document.text[start:end]
            replacement = _match_case(original, replacements[(start, end)])
            if original != replacement:
                yield Hit(start, end, replacement=replacement, values={"replacement": replacement})


def _match_case(original: str, replacement: str) -> str:
    """Capitalise the replacement when the original starts a capitalised word and the replacement does not."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class SubstitutionType:
    """``substitution``: replace each key of ``swap`` with its value."""

    name = "substitution"
    options = {
        "swap": "table of pattern (RE2 syntax, matched on folded text) = preferred replacement",
        "exceptions": "patterns of phrases that contain a swapped term but are fine (names); a hit inside one is dropped",
        "nonword": "true to match patterns inside words (no word boundaries)",
    }
    required = ("swap",)

    def build(self, options: Mapping[str, Any], *, where: str) -> SubstitutionChecker:
        swap = options.get("swap")
        if not isinstance(swap, dict) or not swap or not all(isinstance(value, str) for value in swap.values()):
            raise PackError(f"{where}: 'swap' must be a table of pattern = \"replacement\" strings")
        for pattern in swap:
            check_pattern(pattern, where=f"{where}: 'swap'")
        boundaries = not flag(options, "nonword", where=where, default=False)
        exceptions = Exceptions(string_list(options, "exceptions", where=where), where=f"{where}: 'exceptions'")
        return SubstitutionChecker(list(swap.items()), exceptions, word_boundaries=boundaries, where=where)
