"""The ``conditional``, ``consistency``, ``occurrence`` and ``acronym`` rule types: how words relate across a text.

Where ``existence`` judges each match on its own, these types judge matches
against each other within one scope span (usually the whole document or a
section): a term used but never explained (``conditional``), two spellings
of one thing (``consistency``), a word used too often (``occurrence``), an
acronym never expanded (``acronym``).  Each span is judged on its own; a
section's span includes its subsections, and a place flagged in two nested
spans is reported once.  Like the keyword types they match on the folded
text and keep a hit only when it lies inside one block of prose.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence, TypeVar

import re2

from claimcheck.errors import PackError
from claimcheck.matching import check_pattern, compile_pattern, keyword_pattern
from claimcheck.rules.keywords import Exceptions
from claimcheck.rules.model import Hit
from claimcheck.rules.options import flag, string_list
from claimcheck.scopes import covered

if TYPE_CHECKING:
    from claimcheck.document import Document, Span

__all__ = ["AcronymType", "ConditionalType", "ConsistencyType", "OccurrenceType"]

_Tag = TypeVar("_Tag")

_ACRONYM_KEY = re.compile(r"^(?=.*[A-Z])[A-Z0-9]{2,10}$")




def _patterns(options: Mapping[str, Any], key: str, *, where: str) -> list[str]:
    """A required, non-empty list of patterns, each one valid RE2."""
    patterns = string_list(options, key, where=where)
    if not patterns:
        raise PackError(f"{where}: '{key}' must list at least one pattern")
    for pattern in patterns:
        check_pattern(pattern, where=f"{where}: '{key}'")
    return patterns


def _in_blocks(document: "Document", matches: Iterable[tuple[int, int, _Tag]]) -> list[tuple[int, int, _Tag]]:
    """Matches that are non-empty and inside one block, in text order."""
    kept = []
    for start, end, tag in matches:
        if end <= start:
            continue
        block = document.block_at(start)
        if block is not None and end <= block.end:
            kept.append((start, end, tag))
    kept.sort(key=lambda match: (match[0], match[1]))
    return kept


def _per_span(
    spans: Sequence["Span"], matches: Sequence[tuple[int, int, _Tag]]
) -> Iterator[list[tuple[int, int, _Tag]]]:
    """For each span, the matches (sorted by start) that lie wholly inside it.

    Spans may nest (a section holds its subsections), so a match can belong to several.
    """
    starts = [match[0] for match in matches]
    for span in spans:
        low = bisect.bisect_left(starts, span.start)
        high = bisect.bisect_left(starts, span.end)
        yield [match for match in matches[low:high] if match[1] <= span.end]


def _once(hits: Iterable[Hit]) -> Iterator[Hit]:
    """Each place once, even when nested spans both flag it."""
    seen: set[tuple[int, int]] = set()
    for hit in hits:
        if (hit.start, hit.end) not in seen:
            seen.add((hit.start, hit.end))
            yield hit


def _spans_of(regex: "re2._Regexp", document: "Document") -> Iterator[tuple[int, int, None]]:
    """The matches of ``regex`` in the folded text, untagged."""
    return ((start, end, None) for start, end in document.folded_utf8.spans(regex))


class ConditionalChecker:
    """Flags the first ``first`` match of a span in which no ``second`` pattern matches."""

    values: tuple[str, ...] = ()

    def __init__(self, first: str, second: str, *, where: str) -> None:
        self.prefilter = (first,)
        self._first = compile_pattern(first, where=where)
        self._second = compile_pattern(second, where=where)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        firsts = _in_blocks(document, _spans_of(self._first, document))
        if not firsts:
            return
        seconds = _in_blocks(document, _spans_of(self._second, document))
        hits = []
        for in_span, answers in zip(_per_span(spans, firsts), _per_span(spans, seconds)):
            if in_span and not answers:
                start, end, _ = in_span[0]
                hits.append(Hit(start, end))
        yield from _once(hits)


class ConditionalType:
    """``conditional``: a ``first`` term needs a ``second`` one in the same span (an acronym its expansion)."""

    name = "conditional"
    options = {
        "first": "patterns (RE2 syntax, folded) that need one of 'second' in the same scope span",
        "second": "patterns (RE2 syntax, folded) of which one must occur in the span when 'first' does",
        "nonword": "true to match patterns inside words (no word boundaries)",
    }
    required = ("first", "second")

    def build(self, options: Mapping[str, Any], *, where: str) -> ConditionalChecker:
        first = _patterns(options, "first", where=where)
        second = _patterns(options, "second", where=where)
        boundaries = not flag(options, "nonword", where=where, default=False)
        return ConditionalChecker(
            keyword_pattern(first, word_boundaries=boundaries),
            keyword_pattern(second, word_boundaries=boundaries),
            where=where,
        )


class ConsistencyChecker:
    """In each group of alternatives, the first one used in a span is the one to keep using."""

    values = ("expected",)

    def __init__(
        self,
        groups: Sequence[Sequence[str]],
        *,
        word_boundaries: bool,
        where: str,
        skip_names: bool = False,
        exceptions: Exceptions | None = None,
    ) -> None:
        self._skip_names = skip_names
        self._exceptions = exceptions
        self._regexes = []
        prefilter = []
        for group in groups:
            # Longest first, as keyword_pattern orders tokens, so "article 5 bis" wins over "article 5".
            order = sorted(range(len(group)), key=lambda index: (-len(group[index]), index))
            combined = "|".join(
                f"(?P<_v{index}>{keyword_pattern([group[index]], word_boundaries=word_boundaries)})" for index in order
            )
            self._regexes.append((compile_pattern(combined, where=where), [f"_v{index}" for index in range(len(group))]))
            prefilter.append(keyword_pattern(group, word_boundaries=word_boundaries))
        self.prefilter = tuple(prefilter)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        hits = []
        for regex, names in self._regexes:
            matches = _in_blocks(document, self._tagged(regex, names, document))
            if self._skip_names:
                matches = [match for match in matches if not _looks_like_a_name(document.text[match[0] : match[1]])]
            if self._exceptions is not None and matches:
                # An excepted use is neither the spelling to keep nor one to flag.
                excepted = self._exceptions.spans(document)
                matches = [match for match in matches if not covered(excepted, match[0], match[1])]
            for in_span in _per_span(spans, matches):
                if len({alternative for _, _, alternative in in_span}) < 2:
                    continue
                chosen_start, chosen_end, chosen = in_span[0]
                expected = document.text[chosen_start:chosen_end]
                hits.extend(
                    Hit(start, end, values={"expected": expected})
                    for start, end, alternative in in_span
                    if alternative != chosen
                )
        hits.sort(key=lambda hit: (hit.start, hit.end))
        yield from _once(hits)

    @staticmethod
    def _tagged(regex: "re2._Regexp", names: Sequence[str], document: "Document") -> Iterator[tuple[int, int, int]]:
        for start, end, match in document.folded_utf8.matches(regex):
            for index, name in enumerate(names):
                if match.group(name) is not None:
                    yield start, end, index
                    break


def _looks_like_a_name(written: str) -> bool:
    """A capital letter on a word after the first: "its Defence Nuclear Enterprise", "the National Defense Strategy".

    The first word is left out, since it may open the sentence ("Defence spending rose").
    """
    return any(word[:1].isupper() for word in written.split()[1:])


class ConsistencyType:
    """``consistency``: one spelling per group of ``variants`` within a span."""

    name = "consistency"
    options = {
        "variants": "list of groups, each a list of 2+ patterns (RE2, folded) for one thing; the first used sets the spelling",
        "nonword": "true to match patterns inside words (no word boundaries)",
        "skip-names": "true to leave out matches with a capitalised word after the first: names keep their own spelling",
        "exceptions": "patterns of phrases that contain a variant but are fine; a use inside one is not counted",
    }
    required = ("variants",)

    def build(self, options: Mapping[str, Any], *, where: str) -> ConsistencyChecker:
        variants = options.get("variants")
        message = f"{where}: 'variants' must be a list of groups, each a list of two or more patterns, e.g. [[\"defence\", \"defense\"]]"
        if not isinstance(variants, list) or not variants:
            raise PackError(message)
        for group in variants:
            if (
                not isinstance(group, list)
                or len(group) < 2
                or not all(isinstance(item, str) and item.strip() for item in group)
            ):
                raise PackError(f"{message}; got {group!r}")
            for pattern in group:
                compile_pattern(pattern, where=f"{where}: 'variants'")
        boundaries = not flag(options, "nonword", where=where, default=False)
        skip_names = flag(options, "skip-names", where=where, default=False)
        exceptions = Exceptions(string_list(options, "exceptions", where=where), where=f"{where}: 'exceptions'")
        return ConsistencyChecker(variants, word_boundaries=boundaries, where=where, skip_names=skip_names, exceptions=exceptions)


class OccurrenceChecker:
    """Flags every match of a span beyond the first ``max``."""

    values = ("count", "max")

    def __init__(self, pattern: str, maximum: int, *, where: str) -> None:
        self.prefilter = (pattern,)
        self._regex = compile_pattern(pattern, where=where)
        self._max = maximum

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        matches = _in_blocks(document, _spans_of(self._regex, document))
        hits = []
        for in_span in _per_span(spans, matches):
            if len(in_span) <= self._max:
                continue
            values = {"count": str(len(in_span)), "max": str(self._max)}
            hits.extend(Hit(start, end, values=values) for start, end, _ in in_span[self._max :])
        yield from _once(hits)


class OccurrenceType:
    """``occurrence``: ``tokens`` may occur at most ``max`` times per span."""

    name = "occurrence"
    options = {
        "tokens": "patterns (RE2 syntax, folded) counted together",
        "max": "how many matches a scope span may hold (0 or more); each one beyond is flagged",
        "nonword": "true to match tokens inside words (no word boundaries)",
    }
    required = ("tokens", "max")

    def build(self, options: Mapping[str, Any], *, where: str) -> OccurrenceChecker:
        tokens = _patterns(options, "tokens", where=where)
        maximum = options.get("max")
        if not isinstance(maximum, int) or isinstance(maximum, bool) or maximum < 0:
            raise PackError(f"{where}: 'max' must be a whole number, 0 or more, got {maximum!r}")
        boundaries = not flag(options, "nonword", where=where, default=False)
        return OccurrenceChecker(keyword_pattern(tokens, word_boundaries=boundaries), maximum, where=where)


class AcronymChecker:
    """Flags the first use of an acronym in a span where its expansion never occurs.

    Acronyms are found case-sensitively in ``Document.text`` (``NSS``, not
    ``nss``), also in the plural (``NGOs``); expansions on the folded text.
    """

    values = ("expansion",)

    def __init__(self, acronyms: Mapping[str, str], *, where: str) -> None:
        ordered = sorted(acronyms, key=lambda acronym: (-len(acronym), acronym))
        self._acronyms = re2.compile(r"\b(" + "|".join(ordered) + r")s?\b")
        self._expansions = {
            acronym: compile_pattern(keyword_pattern([expansion]), where=f"{where}: 'acronyms'.{acronym}")
            for acronym, expansion in acronyms.items()
        }
        self._readable = {acronym: _readable(expansion) for acronym, expansion in acronyms.items()}
        self.prefilter = (keyword_pattern([f"{acronym.lower()}s?" for acronym in ordered]),)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        uses = _in_blocks(
            document, ((match.start(1), match.end(1), match.group(1)) for match in self._acronyms.finditer(document.text))
        )
        if not uses:
            return
        expansions = {
            acronym: _in_blocks(document, _spans_of(self._expansions[acronym], document))
            for acronym in dict.fromkeys(acronym for _, _, acronym in uses)
        }
        hits = []
        for acronym, expanded in expansions.items():
            mine = [use for use in uses if use[2] == acronym]
            for in_span, expansion_in_span in zip(_per_span(spans, mine), _per_span(spans, expanded)):
                if in_span and not expansion_in_span:
                    start, end, _ = in_span[0]
                    hits.append(Hit(start, end, values={"expansion": self._readable[acronym]}))
        hits.sort(key=lambda hit: (hit.start, hit.end))
        yield from _once(hits)


def _readable(expansion: str) -> str:
    """The expansion pattern's first alternative, for the message."""
    return expansion.split("|", 1)[0].strip()


class AcronymType:
    """``acronym``: each acronym used must be spelled out somewhere in the span."""

    name = "acronym"
    options = {
        "acronyms": "table ACRONYM = \"expansion pattern\" (RE2, folded); acronyms are matched in capitals, whole words",
    }
    required = ("acronyms",)

    def build(self, options: Mapping[str, Any], *, where: str) -> AcronymChecker:
        acronyms = options.get("acronyms")
        if not isinstance(acronyms, dict) or not acronyms:
            raise PackError(f"{where}: 'acronyms' must be a table of ACRONYM = \"expansion pattern\" strings")
        for acronym, expansion in acronyms.items():
            if not _ACRONYM_KEY.match(acronym):
                raise PackError(
                    f"{where}: 'acronyms' key {acronym!r} must be 2 to 10 capital letters or digits, with a letter (e.g. NSS)"
                )
            if not isinstance(expansion, str) or not expansion.strip():
                raise PackError(f"{where}: 'acronyms'.{acronym} must be a non-empty expansion pattern, got {expansion!r}")
            compile_pattern(expansion, where=f"{where}: 'acronyms'.{acronym}")
        return AcronymChecker(acronyms, where=where)
