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

_FRENCH = re.compile(r"\b(?:le|la|les|des|est|une|du|et|que|pour|dans)\b")
_ENGLISH = re.compile(r"\b(?:the|and|of|is|to|that|for|with|in)\b")


def guess_language(folded_text: str) -> str:
    """``"fr"`` or ``"en"`` for a folded text (see :func:`claimcheck.fold.fold`); ``"en"`` when in doubt."""
    sample = folded_text[:_SAMPLE_SIZE]
    french = len(_FRENCH.findall(sample))
    english = len(_ENGLISH.findall(sample))
    return "fr" if french > english else "en"
