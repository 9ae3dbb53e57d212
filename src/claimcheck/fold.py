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

import functools
import re
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


# str.translate looks every character up in a dict: about 13 MB/s. Policy prose is mostly ASCII,
# so the fold lowers in C, replaces the four ASCII characters it changes with str.replace, and then
# replaces each of the few distinct non-ASCII characters the text holds (curly quotes, dashes, é…)
# with str.replace too.  Scanning for runs of non-ASCII characters with a regular expression took
# 10 % of a whole run on 645 real statements; a text with many distinct characters to fold
# (one replace pass each) still goes through the runs, whose cost does not grow with them.
_ASCII_CHANGES = tuple((chr(code), value) for code, value in sorted(_TABLE.items()) if code < 128)
_ASCII_BYTES = bytes(range(128))
_NON_ASCII_RUN = re.compile("[^\x00-\x7f]+")

#: With more distinct characters to fold than this, one pass over the runs beats a replace per character.
MAX_REPLACE_PASSES = 16


def _fold_run(match: "re.Match[str]") -> str:
    return match.group().translate(_TABLE)


def _non_ascii_characters(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text``: its UTF-8 bytes less the ASCII ones, decoded."""
    return set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))


#: Texts longer than this are folded a piece at a time (see :func:`fold`).
CHUNK_SIZE = 1 << 20


def fold(text: str) -> str:
    """Fold ``text`` for matching; ``len(fold(text)) == len(text)`` always holds.

    Folding makes several whole-length copies on the way (lower case, each
    replacement, the translated runs); on a 100 MB document those copies,
    not the result, would set the run's peak memory.  A long text is folded
    in pieces of about :data:`CHUNK_SIZE` characters, each cut just after a
    whitespace character — lower-casing a Greek capital sigma looks at its
    neighbouring letters, and a cut there separates no word — and joined.
    """
    if len(text) <= CHUNK_SIZE:
        return _fold(text)
    pieces = []
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_SIZE)
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut < start:  # no space in a whole piece: cut at the next one, or not at all
                cut = min((index for index in (text.find(" ", end), text.find("\n", end)) if index >= 0), default=len(text) - 1)
            end = cut + 1
        pieces.append(_fold(text[start:end]))
        start = end
    return "".join(pieces)


def _fold(text: str) -> str:
    lowered = text.translate(_BEFORE_LOWER).lower() if "\u0130" in text else text.lower()
    for character, replacement in _ASCII_CHANGES:
        if character in lowered:
            lowered = lowered.replace(character, replacement)
    if lowered.isascii():
        return lowered
    # No replacement is itself a key of the table, so the order of the passes does not matter.
    changes = [(character, _TABLE[ord(character)]) for character in _non_ascii_characters(lowered) if ord(character) in _TABLE]
    if len(changes) > MAX_REPLACE_PASSES:
        return _NON_ASCII_RUN.sub(_fold_run, lowered)
    for character, replacement in changes:
        lowered = lowered.replace(character, replacement)
    return lowered


_LIGATURES = {"œ": "oe", "æ": "ae"}


# Pieces of a regular expression: escapes and group syntax are copied, classes and text folded.
_PATTERN_PIECE = re.compile(
    r"""(?P<escape>\\[pP]\{[^}]*\}|\\.)
      |(?P<group>\(\?(?:P?<(?![=!])[^>]*>|[^:)]*[:)]))
      |(?P<klass>\[\^?\]?(?:\\.|[^\]])*\])
      |(?P<text>[^\\(\[]+|.)""",
    re.VERBOSE | re.DOTALL,
)
_CLASS_PIECE = re.compile(r"\\.|[^\\]+", re.DOTALL)
_LIGATURE_SPELLING = re.compile("oe|ae|œ|æ")
_QUANTIFIERS = ("*", "+", "?", "{")


@functools.lru_cache(maxsize=8192)
def fold_pattern(pattern: str) -> str:
    """Fold a regular expression the way :func:`fold` folds text, leaving its syntax alone.

    Escapes (``\\B``, ``\\S``, ``\\p{Lu}``) keep their case, since case is
    meaning there, and so does group syntax (``(?P<Name>``).  Outside
    character classes, the ligatures ``œ``/``æ`` and their spellings
    ``oe``/``ae`` each become an alternation of both, unless a quantifier
    follows (``oe+`` keeps its meaning).
    """
    out: list[str] = []
    for piece in _PATTERN_PIECE.finditer(pattern):
        kind, text = piece.lastgroup, piece.group()
        if kind in ("escape", "group"):
            out.append(text)
        elif kind == "klass":
            out.append(_CLASS_PIECE.sub(lambda m: m.group() if m.group().startswith("\\") else fold(m.group()), text))
        else:
            out.append(_with_ligatures(fold(text), following=pattern[piece.end() : piece.end() + 1]))
    return "".join(out)


def _with_ligatures(text: str, *, following: str) -> str:
    def either(match: "re.Match[str]") -> str:
        spelled = _LIGATURES.get(match.group(), match.group())
        after = text[match.end() : match.end() + 1] or following
        if after in _QUANTIFIERS and after != "":
            return match.group()
        ligature = next(key for key, value in _LIGATURES.items() if value == spelled)
        return f"(?:{spelled}|{ligature})"

    return _LIGATURE_SPELLING.sub(either, text)
