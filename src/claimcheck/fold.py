"""The length-preserving fold that texts and patterns both go through before matching.

Rules match a folded copy of the text: lower case, accents stripped, typographic
apostrophes and quotes made plain, non-breaking and thin spaces made spaces,
dashes made hyphens.  Every character folds to exactly one character, so an
offset in the folded text is the same offset in the original — the reason the
fold exists instead of a normalisation that changes lengths.

The few characters whose natural fold is longer than one character (``œ`` →
``oe``, ``æ`` → ``ae``) keep one character in the text; :func:`fold_pattern`
lets a pattern's ``oe`` match either spelling.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "fold_pattern"]

# Characters whose lower case is longer than themselves: fold them first.
_BEFORE_LOWER = {0x130: "I"}  # LATIN CAPITAL LETTER I WITH DOT ABOVE

_PUNCTUATION = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "\u0060": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2039": '"', "\u203a": '"',
    "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\t": " ", "\n": " ", "\r": " ",  # a soft line break inside a paragraph is a space to a phrase
}

# Latin letters with diacritics live in these ranges; everything else keeps its lower case.
_ACCENTED_RANGES = ((0x00C0, 0x0250), (0x1E00, 0x1F00))


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {ord(key): value for key, value in _PUNCTUATION.items()}
    for low, high in _ACCENTED_RANGES:
        for code in range(low, high):
            char = chr(code)
            base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            if len(base) == 1 and base != char:
                table[code] = base.lower()
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Fold ``text`` for matching; ``len(fold(text)) == len(text)`` always holds."""
    return text.translate(_BEFORE_LOWER).lower().translate(_TABLE)


_LIGATURES = {"œ": "oe", "æ": "ae"}


def _group_syntax_end(pattern: str, index: int) -> int:
    """The end of the ``(?…`` prefix that starts at ``index``: past its name or its flags."""
    position = index + 2
    if pattern.startswith(("P<", "<"), position) and not pattern.startswith(("<=", "<!"), position):
        close = pattern.find(">", position)
        return close + 1 if close >= 0 else len(pattern)
    while position < len(pattern) and pattern[position] not in ":)":
        position += 1
    return min(position + 1, len(pattern))


def fold_pattern(pattern: str) -> str:
    """Fold a regular expression the way :func:`fold` folds text, leaving its syntax alone.

    Escapes (``\\B``, ``\\S``, ``\\p{Lu}``) keep their case, since case is
    meaning there.  Outside character classes, the ligatures ``œ``/``æ`` and
    their spellings ``oe``/``ae`` each become an alternation of both.
    """
    out: list[str] = []
    index = 0
    in_class = False
    length = len(pattern)
    while index < length:
        char = pattern[index]
        if char == "\\" and index + 1 < length:
            escape_end = index + 2
            if pattern[index + 1] in "pP" and escape_end < length and pattern[escape_end] == "{":
                close = pattern.find("}", escape_end)
                escape_end = close + 1 if close >= 0 else length
            out.append(pattern[index:escape_end])
            index = escape_end
            continue
        if char == "(" and pattern.startswith("(?", index) and not in_class:
            # Group syntax — (?:, (?P<name>, (?i) — is not text: copy it as written.
            close = _group_syntax_end(pattern, index)
            out.append(pattern[index:close])
            index = close
            continue
        if in_class:
            if char == "]":
                in_class = False
            out.append(fold(char))
            index += 1
            continue
        if char == "[":
            in_class = True
            out.append(char)
            if index + 1 < length and pattern[index + 1] == "^":
                out.append("^")
                index += 1
            if index + 1 < length and pattern[index + 1] == "]":
                out.append("]")
                index += 1
            index += 1
            continue
        folded = fold(char)
        pair = pattern[index : index + 2].lower()
        following = pattern[index + (1 if folded in _LIGATURES else 2) : index + 3][:1]
        if (folded in _LIGATURES or pair in _LIGATURES.values()) and following not in ("*", "+", "?", "{"):
            spelled = _LIGATURES.get(folded, pair)
            ligature = next(key for key, value in _LIGATURES.items() if value == spelled)
            out.append(f"(?:{spelled}|{ligature})")
            index += 1 if folded in _LIGATURES else 2
            continue
        out.append(folded)
        index += 1
    return "".join(out)
