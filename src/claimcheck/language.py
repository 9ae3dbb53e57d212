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

_FRENCH = frozenset({"le", "la", "les", "des", "est", "une", "du", "et", "que", "pour", "dans"})
_ENGLISH = frozenset({"the", "and", "of", "is", "to", "that", "for", "with", "in"})
# One scan for both languages' words (the two sets share none).
_FUNCTION_WORD = re.compile(r"\b(?:" + "|".join(sorted(_FRENCH | _ENGLISH, key=lambda word: (-len(word), word))) + r")\b")


def guess_language(folded_text: str) -> str:
    """``"fr"`` or ``"en"`` for a folded text (see :func:`claimcheck.fold.fold`); ``"en"`` when in doubt."""
    french = english = 0
    for word in _FUNCTION_WORD.findall(folded_text, 0, _SAMPLE_SIZE):
        if word in _FRENCH:
            french += 1
        else:
            english += 1
    return "fr" if french > english else "en"
