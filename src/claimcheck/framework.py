"""Analytical frameworks: the criteria a text must weigh, the facts it must not contradict, and when it applies.

A framework pack declares them in a ``[framework]`` table; its coverage rules
name a criterion and its claim rules a fact, so that every finding can say
which consideration was missed or which fact was contradicted, and cite the
fact's source.  The engine knows nothing of any particular framework: the
scope trigger below is the only thing it asks of one.
"""

from __future__ import annotations

import bisect
import enum
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple, Sequence

from claimcheck.scopes import covered

if TYPE_CHECKING:
    import re2

    from claimcheck.document import Document, Span

__all__ = ["LEAD_CHARACTERS", "Criterion", "Fact", "Framework", "ScopeTrigger", "Within"]

#: The lead of a text: the blocks that start within its first this many characters.
#: A title, a byline or dateline and the opening paragraph of a brief, a speech or an
#: article fit in it; a list of partners deep in a long fact sheet does not.
LEAD_CHARACTERS = 1000


@dataclass(frozen=True)
class Criterion:
    """A consideration an in-scope text must address (coverage)."""

    id: str
    title: str
    description: str = ""
    source: str = ""
    date: str = ""


@dataclass(frozen=True)
class Fact:
    """Something true that a sentence must not contradict (claims), with where it comes from."""

    id: str
    statement: str
    source: str = ""
    date: str = ""


class Within(str, enum.Enum):
    """The stretch of text in which a trigger's groups must occur together."""

    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    DOCUMENT = "document"
    LEAD = "lead"
    """The text's opening, as one stretch: its blocks that start in the first :data:`LEAD_CHARACTERS`."""


class ScopeTrigger(NamedTuple):
    """Decides whether a framework applies to a document.

    Every group (a compiled alternation) must match inside the same stretch
    of text (``within``), in at least ``min_count`` such stretches: "names
    NATO and Japan in the same sentence, at least twice" rather than "both
    appear somewhere".  ``min_mentions`` asks each group to match at least
    that many times in the whole document, wherever: "names each of them
    three times, and both in two paragraphs" tells a text about the two
    from one that lists them once.  ``unless`` (an alternation, or None)
    takes back the matches it covers whole: "Japan and the Philippines signed
    a pact modelled on the NATO treaty" pairs the names only as a comparison.
    """

    groups: Sequence["re2._Regexp"]
    within: Within = Within.SENTENCE
    min_count: int = 1
    min_mentions: int = 1
    unless: "re2._Regexp | None" = None

    def applies(self, document: "Document") -> bool:
        if self.within is Within.LEAD and self.min_mentions == 1:
            # Only the lead can fire it: the rest of a long file is never searched.
            return any(self._all_in(document.folded[start:end]) for start, end in _lead(document))
        text = document.folded_utf8
        excepted = list(text.spans(self.unless)) if self.unless is not None else []
        positions = [[start for start, end in text.spans(group) if not covered(excepted, start, end)] for group in self.groups]
        if any(len(found) < max(self.min_mentions, 1) for found in positions):  # every group at least once
            return False
        count = 0
        for start, end in self._units(document, positions):
            if all(_any_between(found, start, end) for found in positions):
                count += 1
                if count >= self.min_count:
                    return True
        return False

    def _all_in(self, folded_text: str) -> bool:
        """Whether every group has a match in ``folded_text`` that ``unless`` does not take back."""
        if not all(group.search(folded_text) for group in self.groups):
            return False
        if self.unless is None:
            return True
        excepted = [match.span() for match in self.unless.finditer(folded_text)]
        return all(
            any(not covered(excepted, *match.span()) for match in group.finditer(folded_text)) for group in self.groups
        )

    def _units(self, document: "Document", positions: list[list[int]]) -> Iterable["Span"]:
        from claimcheck.document import Span

        if self.within is Within.DOCUMENT:
            return (Span(0, len(document.text)),)
        if self.within is Within.LEAD:
            return _lead(document)
        if self.within is Within.PARAGRAPH:
            return (Span(block.start, block.end) for block in document.blocks)
        # A sentence lies in one block: only blocks where every group occurs are cut into sentences.
        return (
            sentence
            for index, block in enumerate(document.blocks)
            if all(_any_between(found, block.start, block.end) for found in positions)
            for sentence in document.sentences_in_block(index)
        )


def _lead(document: "Document") -> tuple["Span", ...]:
    """The lead as one span: what a text is about is said at its start, in its title and opening paragraph."""
    from claimcheck.document import Span

    blocks = document.blocks
    lead = list(itertools.takewhile(lambda block: block.start < LEAD_CHARACTERS, blocks)) or blocks[:1]
    return (Span(lead[0].start, max(block.end for block in lead)),) if lead else ()


def _any_between(sorted_positions: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(sorted_positions, start)
    return index < len(sorted_positions) and sorted_positions[index] < end


@dataclass(frozen=True)
class Framework:
    """A framework: its id (named in findings), criteria, facts and scope trigger."""

    id: str
    title: str = ""
    source: str = ""
    triggers: Sequence[ScopeTrigger] = ()
    criteria: Mapping[str, Criterion] = field(default_factory=dict)
    facts: Mapping[str, Fact] = field(default_factory=dict)

    def applies(self, document: "Document") -> bool:
        """Whether ``document`` is in the framework's scope: any trigger fires (always, without one)."""
        return not self.triggers or any(trigger.applies(document) for trigger in self.triggers)
