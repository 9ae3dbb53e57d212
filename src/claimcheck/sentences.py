"""Cut a block of text into sentences, knowing English and French abbreviations.

A sentence ends at ``.``, ``!``, ``?``, ``…`` or ``...``, possibly followed by
closing quotes or brackets, when whitespace and then the start of a new
sentence (a capital, a digit, an opening quote or bracket, or the end of the
block) follow.  What follows the terminator decides more than the terminator:
an ellipsis followed by a lower-case word does not end a sentence, nor does
the period of ``M.``, ``e.g.``, ``U.S.``, ``art.`` or an initial (``J.
Stoltenberg``).  Decimals (``2.5``, ``1.000``) never have whitespace after
the period, so they are never cut.
"""

from __future__ import annotations

import re

from claimcheck.document import Span

__all__ = ["split_sentences"]

# A terminator, then closing quotes/brackets (French closing guillemets may
# stand after a space), then the whitespace before the next sentence.
# The whitespace after it is matched too (group 1), so that the next sentence's start comes with the match.
_BOUNDARY = re.compile(
    r"(?:\.{2,}|[.!?…]+)(?:[\"'’”)\]]|[ \u00a0\u202f\u2009]*»)*(?=\s|$)(\s*)"
)

_OPENERS = frozenset("«“‘\"'([¿¡—–-")

# Abbreviations after which a sentence never ends (lower case, without the final period).
_COMMON = frozenset(
    "e.g i.e cf vs viz approx ca dr prof st mt ft jr sr vol vols chap ch p pp art sec fig ed eds "
    "al ex inc ltd co corp".split()
)
_ENGLISH = _COMMON | frozenset(
    "mr mrs ms messrs gen adm sen rep gov lt col capt cmdr maj sgt gen hon rev "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.k u.n e.u dept est".split()
)
_FRENCH = _COMMON | frozenset(
    "m mm mme mmes mlle mlles pr me mgr n° éd av apr j.-c ibid op cit env "
    "janv févr avr juil sept oct nov déc "
    "hab pl tél".split()
)
# Abbreviations that often end a sentence too: cut after them only before a capital.
_FINAL_CAPABLE = frozenset({"etc", "cie", "al"})
# Words that are abbreviations only before a number ("No. 5", "p. 12"), ordinary words otherwise.
_BEFORE_NUMBER = frozenset({"no", "nos"})

_LEADING_PUNCTUATION = "«“‘\"'([{"
_ELISION = re.compile(r"^[^\W\d_]{1,2}['’]")
_INITIALISM = re.compile(r"(?:[^\W\d_]\.-?)+[^\W\d_]")


def split_sentences(text: str, start: int, end: int, *, language: str) -> list[Span]:
    """The sentences of ``text[start:end]``, as spans of ``text`` without surrounding whitespace."""
    abbreviations = _FRENCH if language == "fr" else _ENGLISH
    spans: list[Span] = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        next_index = match.end()
        if next_index < end and not _starts_sentence(text[next_index]):
            continue
        if next_index < end and _is_abbreviation(text, start, match, next_index, abbreviations):
            continue
        _append(spans, text, sentence_start, match.start(1))
        sentence_start = next_index
    _append(spans, text, sentence_start, end)
    return spans


def _starts_sentence(char: str) -> bool:
    return char.isupper() or char.istitle() or char.isdigit() or char in _OPENERS


def _is_abbreviation(
    text: str, start: int, match: re.Match[str], next_index: int, abbreviations: frozenset[str]
) -> bool:
    """Whether the period ending ``match`` belongs to the word before it, not to the sentence."""
    if text[match.start()] != "." or text.startswith("..", match.start()):
        return False
    word_end = match.start()
    word_start = word_end
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:word_end].lstrip(_LEADING_PUNCTUATION)
    word = _ELISION.sub("", word)  # "l’art." is "art."
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "J. Stoltenberg", "M. Dupont"
    lowered = word.lower()
    if lowered in _BEFORE_NUMBER:
        return text[next_index].isdigit()
    if lowered in _FINAL_CAPABLE:
        return False
    if lowered in abbreviations:
        return True
    return bool(_INITIALISM.fullmatch(word))  # "U.S", "J.-C", "e.g"


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))
