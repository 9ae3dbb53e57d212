"""Guess whether a document is French or English from its most frequent function words.

Rules and the sentence splitter need the language (abbreviations, claim
patterns), and most documents do not declare it.  Counting a handful of words
that every sentence of either language is full of is enough to tell the two
apart, and looking at the start of the document is enough to be fast.
"""

from __future__ import annotations

import re

__all__ = ["guess_language"]

# Enough text to be sure, little enough to cost nothing on a large file.
_SAMPLE_SIZE = 20000

# The sample is counted a stretch at a time, and the count stops once one language leads by
# _DECISIVE_LEAD words after at least _STRETCH characters. A page of either language holds a
# hundred function words and few of the other's, so the lead is reached on the first or
# second stretch; counting every word of the sample was 44 ms of a run over the 645
# statements of the benchmark (a Python regular expression, 12 MB/s), and stopping there
# changes the guess of none of 1,400 documents in English and French (the benchmark, the
# corpus, the blind evaluation sets). A bilingual text is guessed by its start.
_STRETCH = 2000
_DECISIVE_LEAD = 40

_FRENCH = frozenset({"le", "la", "les", "des", "est", "une", "du", "et", "que", "pour", "dans"})
_ENGLISH = frozenset({"the", "and", "of", "is", "to", "that", "for", "with", "in"})
# One scan for both languages' words (the two sets share none).
_FUNCTION_WORD = re.compile(r"\b(?:" + "|".join(sorted(_FRENCH | _ENGLISH, key=lambda word: (-len(word), word))) + r")\b")


def guess_language(folded_text: str) -> str:
    """``"fr"`` or ``"en"`` for a folded text (see :func:`claimcheck.fold.fold`); ``"en"`` when in doubt."""
    french = english = 0
    sample_end = min(len(folded_text), _SAMPLE_SIZE)
    start = 0
    while start < sample_end:
        # Stretches end at a space, so that no word is cut and \b sees what it would in one scan.
        end = folded_text.find(" ", start + _STRETCH, sample_end)
        if end < 0:
            end = sample_end
        for word in _FUNCTION_WORD.findall(folded_text, start, end):
            if word in _FRENCH:
                french += 1
            else:
                english += 1
        start = end
        if abs(french - english) >= _DECISIVE_LEAD:
            break
    return "fr" if french > english else "en"
