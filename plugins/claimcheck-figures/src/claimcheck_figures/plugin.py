"""The figures plugin: unsourced figures (FG101) and unattributed quotations (FG102).

Neither check fits the TOML rule language: both look beyond the match — at
the next sentence for a source, at the neighbouring sentences for a speaker,
at the Markdown source for a link the prose text no longer shows — so they
are Python checkers, registered through the ``claimcheck_rules`` hook.

Both read ``document.folded`` (lower case, no accents, “ ” « » folded to
``"``, non-breaking spaces folded to spaces), so every pattern below is
written in lower case without accents and covers English and French at once.
The patterns are first-party and fixed, so they use :mod:`re`; every
repetition is bounded or anchored on a character class, so none backtracks
badly.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterator, Optional, Sequence

from claimcheck.document import BlockKind
from claimcheck.finding import Severity
from claimcheck.plugins import hookimpl
from claimcheck.rules.claims import GUARDS
from claimcheck.rules.model import Examples, Hit, Rule, Scope

if TYPE_CHECKING:
    from claimcheck.config import Settings
    from claimcheck.document import Document, Span

__all__ = [
    "PACK",
    "UNATTRIBUTED_QUOTATION",
    "UNSOURCED_FIGURE",
    "QuotationChecker",
    "UnsourcedFigureChecker",
    "claimcheck_rules",
    "find_figure",
]

PACK = "claimcheck-figures"

# Reported speech, as claimcheck's own claim rules recognise it ("says", "according to", « selon »…).
_ATTRIBUTED = GUARDS["attribution"]

# --- figures --------------------------------------------------------------------------------

# A number: "42", "3,5", "12,000", "1 200 000" (French thousands), "1.5".  Not the tail of a
# word or code ("G7", "F-35", "v1.2"), nor the middle of another number.
_NUM = r"(?<![\w.,])(?<![a-z]-)(?:\d{1,3}(?:[ ,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])"
_NUM_INNER = _NUM[: _NUM.rindex("(?![\\w])")]  # the same, before a unit glued to it ("42%", "5km")
_SCALE = (
    r"(?:thousand|millions?|billions?|trillions?|milliers?|milliards?|mds?|mrds?|bn|mn)\b"
)
# Scale words that make a bare number an amount ("3 million", « 3 milliards »).
_SCALE_WORD = r"(?:thousand|millions?|billions?|trillions?|milliers?|milliards?)\b"
_CURRENCY_BEFORE = r"(?:(?:us|a|c|hk|nz)?[$€£¥₩₹]|(?:usd|eur|jpy|gbp|cny|chf)\b\s?)"
_CURRENCY_AFTER = (
    r"(?:euros?|dollars?|yens?|yuans?|renminbi|pounds?(?: sterling)?|livres?(?: sterling)?|francs?"
    r"|roubles?|rubles?|usd|eur|jpy|gbp|cny|chf)\b|[$€£¥₩₹]"
)
_PERCENT = r"%|percent\b|per cent\b|pour ?cent\b|percentage points?\b|points? de pourcentage\b"
_UNIT = (
    r"(?:km2|km|kilomet(?:re|er)s?|miles?|nautical miles?|milles? nautiques?|m2|m3|metres?|meters?|cm|mm"
    r"|kg|kilos?|kilogra(?:mme|m)s?|grammes?|grams?|tonnes?|tons?|mt|kt|gt|megatonnes?"
    r"|hectares?|ha|acres?|litres?|liters?|barrels?|barils?|bpd|mw|gw|kwh|mwh|gwh|twh"
    r"|watts?|megawatts?|gigawatts?|degrees?|degres?|knots?|noeuds|ppm)\b|°\s?[cf]\b"
)

_FIGURE = re.compile(
    rf"(?P<amount>{_CURRENCY_BEFORE}\s?{_NUM_INNER}(?:\s?(?:{_SCALE}|[mk]\b))?)"
    rf"|{_NUM_INNER}(?:"
    rf"\s?(?P<percent>{_PERCENT})"
    rf"|\s?(?:{_SCALE}\s?)?(?:(?:d'|de |of )\s?)?(?P<currency>{_CURRENCY_AFTER})"
    rf"|\s?(?P<unit>{_UNIT})"
    rf"|\s(?P<scale>{_SCALE_WORD})"
    r")"
)
# A count ("12,000 troops", « 3 200 soldats »): a statistic when the sentence names a year.
_COUNT = re.compile(rf"{_NUM}(?=\s[a-z])")
_YEAR = re.compile(r"(?<![\w.,-])(?:1[5-9]|20)\d\d(?![\w%])")
_YEAR_LIKE = re.compile(r"(?:1[5-9]|20)\d\d")
# The word before a number that makes it a reference, not a figure ("Article 5", "p. 12").
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:articles?|art|sections?|chapters?|chapitres?|ch|paragraphs?|paragraphes?|para|pages?|p|pp"
    r"|no|nos|numero|number|annex|annexe|appendix|rules?|regles?|points?|alineas?|clauses?|titles?|titres?"
    r"|livres?|volumes?|vol|parts?|parties?|steps?|etapes?|phases?|stages?|levels?|niveaux?|tiers?"
    r"|versions?|figures?|fig|tables?|tableaux?|items?|resolutions?|resolution|protocoles?|protocols?"
    r"|amendments?|amendements?|lines?|lignes?|notes?)\.?|n°|§)\s?$"
)
# The word after a number that makes it a date or a time ("5 May", « 10 h »).
_DATE_AFTER = re.compile(
    r"\s(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
    r"|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
    r"|h|heures?|hours?|min|mn|minutes?|seconds?|secondes?|am|pm|o'clock)\b"
)

# A source or a citation: a named origin, a footnote marker, a parenthetical reference.
_SOURCE = re.compile(
    r"\baccording to\b|\bsaid\b|\bsays\b|\btold\b|\breport(?:ed|s)\b|\bestimates\b|\bestimated by\b"
    r"|\b(?:data|figures?|statistics|numbers) (?:from|by|of the)\b|\bsources?\s?:|\(sources?\b|\bcit(?:ed|ing)\b"
    r"|\bpublished by\b|\bper the\b"
    r"|\bselon\b|\bd'apres\b|\b(?:donnees|chiffres|statistiques) (?:de|du|des|d')|\ba (?:indique|declare|precise)\b"
    r"|\brapporte\b|\bestime(?:nt)?\b|\bpublie(?:e|s|es)? par\b|\bcite(?:e|s|es)? par\b"
    r"|\[\d{1,4}\]|\[\^[^\]\s]{1,40}\]|\^\d{1,4}|[¹²³⁴⁵⁶⁷⁸⁹⁰]|\bibid\b|\bop\. cit\b"
)
# "(Smith 2023)", "(OECD, 2023: 12)", "(Dupont et al. 2021a)": read on the text, where capitals survive.
_PARENTHETICAL = re.compile(r"\([A-Z][^()\n]{0,80}?\b(?:1[5-9]|20)\d\d[a-z]?\b[^()\n]{0,40}\)")
# A link in the source of the sentence: Markdown inline or reference link, HTML anchor, bare URL.
_LINK = re.compile(r"\]\(|\]\[|href\s*=|https?://")


def find_figure(sentence: str) -> Optional[tuple[int, int, str]]:
    """The first figure in a folded sentence: ``(start, end, kind)``, or ``None``.

    ``kind`` is ``percentage``, ``amount``, ``measure`` or ``statistic`` (a
    count in a sentence that names a year).  Years, dates, times, ordinals
    ("1st", « 2e »), references ("Article 5", "p. 12") and list numbering
    ("1." at the start) are not figures.
    """
    for match in _FIGURE.finditer(sentence):
        kind = match.lastgroup
        if kind in ("unit", "scale") and _REFERENCE_BEFORE.search(sentence, 0, match.start()):
            continue
        return match.start(), match.end(), _KINDS[kind]
    years = [match.span() for match in _YEAR.finditer(sentence)]
    if not years:
        return None
    for match in _COUNT.finditer(sentence):
        number = match.group()
        if match.span() in years or _YEAR_LIKE.fullmatch(number):
            continue
        if _REFERENCE_BEFORE.search(sentence, 0, match.start()) or _DATE_AFTER.match(sentence, match.end()):
            continue
        return match.start(), match.end(), "statistic"
    return None


_KINDS = {"amount": "amount", "currency": "amount", "percent": "percentage", "unit": "measure", "scale": "amount"}


def _sourced(document: "Document", start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a source, cites one or links to one."""
    folded = document.folded[start:end]
    if _SOURCE.search(folded) or _ATTRIBUTED(folded, 0, len(folded)):
        return True
    if _PARENTHETICAL.search(document.text, start, end):
        return True
    source_map = document.source_map
    source_start = source_map.source_offset(start)
    source_end = source_map.source_offset(end, end=True)
    # A link that closes the sentence ends after its last prose character: look a little further.
    return _LINK.search(document.source, source_start, source_end + 2) is not None


def _block_kind(document: "Document", offset: int) -> Optional[BlockKind]:
    block = document.block_at(offset)
    return block.kind if block is not None else None


class UnsourcedFigureChecker:
    """Flags the first figure of each sentence when neither it nor the next sentence gives a source.

    Headings and table cells are not read: a heading announces, and a
    table's source is its caption, which no sentence order reaches.
    """

    prefilter: Sequence[str] = (r"\d",)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        folded = document.folded
        sentences = document.sentences
        starts = [span.start for span in spans]
        for index, sentence in enumerate(sentences):
            if not any(character.isdigit() for character in folded[sentence.start : sentence.end]):
                continue
            if _block_kind(document, sentence.start) in (BlockKind.HEADING, BlockKind.TABLE_CELL, None):
                continue
            found = find_figure(folded[sentence.start : sentence.end])
            if found is None:
                continue
            start, end = sentence.start + found[0], sentence.start + found[1]
            if not _within(spans, starts, start, end):
                continue
            if _sourced(document, sentence.start, sentence.end):
                continue
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            if following is not None and _block_kind(document, following.start) is not BlockKind.HEADING:
                if _sourced(document, following.start, following.end):
                    continue
            yield Hit(start, end, values={"kind": found[2]})


def _within(spans: Sequence["Span"], starts: Sequence[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and spans[index].start <= start and end <= spans[index].end


# --- quotations -----------------------------------------------------------------------------

_MIN_WORDS = 6
_WORD = re.compile(r"[^\W_][\w'-]*")
# Verbs and phrases that name who speaks ("…,” Kishida said.", « …, a déclaré le ministre »).
_SPEAKER = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|write|declared|declares|stated|added|adds"
    r"|explained|explains|noted|insisted|insists|warned|warns|argued|argues|replied|replies|asked|asks"
    r"|remarked|recalled|announced|announces|tweeted|posted|testified|acknowledged|admitted|conceded|observed"
    r"|commented|concluded|promised|pledged|claimed|claims|quoted|quoting|in the words of|according to"
    r"|put it|called (?:it|this|them)|calls (?:it|this|them)|described (?:it |this |them )?as)\b"
    r"|\b(?:selon|d'apres|aux dires de|pour reprendre les mots de|dit|disait|declare|declarait|affirme|affirmait"
    r"|ecrit|ecrivait|souligne|indique|estime|explique|ajoute|assure|rappele|rappelle|averti|martele|lance"
    r"|confie|reconnu|reconnait|precise|insiste|poursuit|conclut|promis|qualifie|cite|citant"
    r"|a-t-il|a-t-elle|ont-ils|ont-elles)\b"
)
# "Kishida: “…”", « Le ministre : « … » »: a name and a colon right before the quotation.
_COLON_BEFORE = re.compile(r"[\w)]\s*:\s*$")
# "“…” — Kishida, 2023": a dash and a name right after it.
_DASH_AFTER = re.compile(r"^\s*[,.]?\s*-{1,2}\s*\w")
# Titles quoted in full ("NATO-Japan Relations Have Room To Grow") are not speech.
_TITLE_BEFORE = re.compile(r"\b(?:entitled|titled|intitulee?s?|titre)\s*:?\s*$")


class QuotationChecker:
    """Flags a quotation of at least six words when no sentence around it names a speaker."""

    prefilter: Sequence[str] = ('"',)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        folded = document.folded
        sentences = document.sentences
        sentence_starts = [sentence.start for sentence in sentences]
        for span in spans:
            if _block_kind(document, span.start) is BlockKind.HEADING:
                continue
            marks = [offset for offset in range(span.start, span.end) if folded[offset] == '"']
            for opening, closing in zip(marks[::2], marks[1::2]):
                hit = self._check_quotation(document, sentences, sentence_starts, opening, closing)
                if hit is not None:
                    yield hit

    def _check_quotation(
        self,
        document: "Document",
        sentences: Sequence["Span"],
        sentence_starts: Sequence[int],
        opening: int,
        closing: int,
    ) -> Optional[Hit]:
        folded = document.folded
        words = _WORD.findall(document.text[opening + 1 : closing])
        if len(words) < _MIN_WORDS or _is_title(words):
            return None
        first = max(bisect.bisect_right(sentence_starts, opening) - 1, 0)
        last = max(bisect.bisect_right(sentence_starts, closing) - 1, first)
        around = [
            sentences[index]
            for index in range(first - 1, last + 2)
            if 0 <= index < len(sentences) and _block_kind(document, sentences[index].start) is not BlockKind.HEADING
        ]
        window_start = min([opening, *(sentence.start for sentence in around)])
        window_end = max([closing + 1, *(sentence.end for sentence in around)])
        # What the quotation itself says is not who said it.
        before = folded[window_start:opening]
        after = folded[closing + 1 : window_end]
        context = before + " " * (closing + 1 - opening) + after
        if _SPEAKER.search(context) or _ATTRIBUTED(context, 0, len(context)):
            return None
        sentence_before = folded[min(sentences[first].start, opening) : opening] if sentences else ""
        if _COLON_BEFORE.search(sentence_before) or _TITLE_BEFORE.search(sentence_before) or _DASH_AFTER.match(after):
            return None
        opening_words = " ".join(words[:4])
        return Hit(opening, closing + 1, values={"opening": opening_words})


def _is_title(words: Sequence[str]) -> bool:
    """Every word of four letters or more capitalised: a title, not speech."""
    long_words = [word for word in words if len(word) >= 4]
    return bool(long_words) and all(word[0].isupper() for word in long_words)


# --- the rules ------------------------------------------------------------------------------

UNSOURCED_FIGURE = Rule(
    code="FG101",
    alias="unsourced-figure",
    type="python",
    severity=Severity.WARNING,
    message="The {kind} '{match}' names no source: say where it comes from, in this sentence or the next.",
    scope=Scope.PARAGRAPH,
    checker=UnsourcedFigureChecker(),
    description=(
        "A figure a reader cannot trace is a figure a reader cannot check. A percentage, an amount, a "
        "quantity with its unit, or a count anchored to a year must name its origin in the same sentence "
        "or the next: 'according to', 'said', 'reported', 'estimates', 'data from', 'Source:', « selon », "
        "« d'après », « source : », a footnote marker ([1], [^1], ^1, ¹), a parenthetical citation "
        "(Smith 2023) or a link. Years, dates, times, ordinals, references such as 'Article 5' or 'p. 12', "
        "and list numbers are not figures. Headings and table cells are not checked."
    ),
    tags=("sourcing", "figures"),
    pack=PACK,
    examples=Examples(
        passing=(
            "According to SIPRI, defence spending rose by 42 % last year.",
            "Defence spending rose by 42 % last year [1].",
            "Defence spending rose by 42 % last year (SIPRI 2024).",
            "Defence spending rose by 42 % last year. The figure comes from [SIPRI](https://sipri.org).",
            "Japan will spend ¥43 trillion over five years, the Ministry of Defense said.",
            "Selon le ministère, le budget atteindra 3 milliards d'euros.",
            "Le budget atteindra 3 milliards d'euros. Source : ministère des Armées.",
            "Article 5 was invoked once, on 12 September 2001.",
            "L'article 5 n'a été invoqué qu'une fois, le 12 septembre 2001.",
            "1. The summit took place in 2023.",
        ),
        failing=(
            "Defence spending rose by 42 % last year.",
            "Defence spending rose by 42 percent last year.",
            "Japan will spend ¥43 trillion over five years.",
            "Costs reached $3 billion.",
            "Le budget atteindra 3 milliards d'euros.",
            "Les dépenses ont augmenté de 42 % l'an dernier.",
            "The new radar covers 3,000 km of coastline.",
            "In 2023, 12,000 troops took part in the exercise.",
            "En 2023, 3 200 soldats ont participé à l'exercice.",
        ),
    ),
)

UNATTRIBUTED_QUOTATION = Rule(
    code="FG102",
    alias="unattributed-quotation",
    type="python",
    severity=Severity.INFO,
    message="The quotation “{opening}…” names no speaker: say who said or wrote it.",
    scope=Scope.PARAGRAPH,
    checker=QuotationChecker(),
    description=(
        "A quotation of six words or more, in “…”, « … » or \"…\", is someone's words: the text must say "
        "whose, in the same sentence or the one before or after it ('said', 'wrote', 'according to', "
        "« a déclaré », « selon », « estime »…), or introduce it with the speaker and a colon "
        "(Kishida: “…”), or sign it with a dash (“…” — Kishida). Short quoted terms and titles in "
        "title case are not quotations. Headings are not checked."
    ),
    tags=("sourcing", "quotations"),
    pack=PACK,
    examples=Examples(
        passing=(
            "“We will double our defence spending by 2027,” Kishida said.",
            "« Nous doublerons notre effort de défense d'ici 2027 », a déclaré le Premier ministre.",
            "Kishida: “We will double our defence spending by 2027.”",
            "Le Premier ministre : « Nous doublerons notre effort de défense d'ici 2027. »",
            "The plan is a “turning point”.",
            "The article “NATO-Japan Relations Have Room To Grow” is the source.",
        ),
        failing=(
            "The plan is “a turning point for the security of the whole region”.",
            "Le plan marque « un tournant pour la sécurité de toute la région ».",
        ),
    ),
)


@hookimpl
def claimcheck_rules(settings: "Settings") -> list[Rule]:
    """FG101 and FG102; they take no options (select, ignore and re-grade them like any rule)."""
    return [UNSOURCED_FIGURE, UNATTRIBUTED_QUOTATION]
