"""The length-preserving fold of texts and the fold of patterns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.fold import fold, fold_pattern


@given(st.text())
def test_fold_keeps_the_length_of_any_text(text):
    assert len(fold(text)) == len(text)


@given(st.characters())
def test_fold_maps_every_character_to_exactly_one(char):
    assert len(fold(char)) == 1


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize("char", ["\u2019", "\u2018", "\u02bc"])
def test_typographic_apostrophes_become_plain(char):
    assert fold(char) == "'"
    assert fold(f"l{char}OTAN") == "l'otan"


@pytest.mark.parametrize("char", ["\u201c", "\u201d", "\u00ab", "\u00bb"])
def test_typographic_quotes_become_plain(char):
    assert fold(char) == '"'


@pytest.mark.parametrize("char", ["\u00a0", "\u202f", "\u2009"])
def test_non_breaking_and_thin_spaces_become_spaces(char):
    assert fold(char) == " "
    assert fold(f"a{char}b") == "a b"


@pytest.mark.parametrize("char", ["\u2013", "\u2014", "\u2212"])
def test_dashes_and_minus_become_hyphens(char):
    assert fold(char) == "-"


@pytest.mark.parametrize(
    ("char", "expected"),
    [("É", "e"), ("é", "e"), ("Ç", "c"), ("ç", "c"), ("İ", "i"), ("À", "a"), ("ô", "o"), ("Ü", "u"), ("ñ", "n")],
)
def test_accented_letters_lose_accent_and_case(char, expected):
    assert fold(char) == expected


def test_ligatures_stay_one_character_lower_case():
    assert fold("œ") == "œ"
    assert fold("Œ") == "œ"
    assert fold("Œuvre") == "œuvre"


def test_fold_of_a_sentence_keeps_offsets():
    text = "« Été » à l’İstanbul—Çok"
    folded = fold(text)
    assert folded == "\" ete \" a l'istanbul-cok"
    assert folded.index("istanbul") == text.index("İstanbul")


def test_plain_ascii_is_only_lower_cased():
    assert fold("Hello, World! 123 _x") == "hello, world! 123 _x"


# --- fold_pattern -----------------------------------------------------------------


@pytest.mark.parametrize("escape", [r"\S", r"\B", r"\W", r"\D", r"\p{Lu}", r"\P{Ll}", r"\b", r"\A", r"\z"])
def test_escapes_keep_their_case(escape):
    assert fold_pattern(escape) == escape
    assert fold_pattern(f"X{escape}Y") == f"x{escape}y"


def test_group_syntax_is_copied_as_written():
    assert fold_pattern("(?P<Name>X)") == "(?P<Name>x)"
    assert fold_pattern("(?i)ABC") == "(?i)abc"
    assert fold_pattern("(?:A|B)") == "(?:a|b)"
    assert fold_pattern("(?i:ÉA)") == "(?i:ea)"


def test_text_outside_syntax_is_folded():
    assert fold_pattern("Élan") == "elan"
    assert fold_pattern("l’OTAN") == "l'otan"
    assert fold_pattern("x–y") == "x-y"
    assert fold_pattern("«\u00a0Sans»") == "\" sans\""


def test_character_class_contents_are_folded():
    assert fold_pattern("[ÉA-Z]") == "[ea-z]"
    assert fold_pattern("[^É]") == "[^e]"
    assert fold_pattern("[]É]") == "[]e]"
    assert fold_pattern("[’‘]s") == "['']s"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("œuvre", "(?:oe|œ)uvre"),
        ("Œuvre", "(?:oe|œ)uvre"),
        ("oeuvre", "(?:oe|œ)uvre"),
        ("OEuvre", "(?:oe|œ)uvre"),
        ("coeur", "c(?:oe|œ)ur"),
        ("cœur", "c(?:oe|œ)ur"),
        ("æther", "(?:ae|æ)ther"),
        ("michael", "mich(?:ae|æ)l"),
    ],
)
def test_ligature_and_its_spelling_match_either(pattern, expected):
    assert fold_pattern(pattern) == expected


@pytest.mark.parametrize("pattern", ["oe+", "oe*", "oe?", "oe{2}", "œ+", "œ*", "œ?", "œ{1,2}", "ae+"])
def test_ligature_before_a_quantifier_is_left_alone(pattern):
    assert fold_pattern(pattern) == pattern


def test_ligature_inside_a_class_is_not_expanded():
    assert fold_pattern("[oe]") == "[oe]"
    assert fold_pattern("[œ]") == "[œ]"


def test_folded_patterns_match_folded_texts():
    import re2

    text = "Sans aucun doute, l’œuvre du Comité."
    for pattern in ["SANS AUCUN DOUTE", "l'oeuvre", "l’Œuvre", "comite", r"\bdu\b"]:
        assert re2.search(fold_pattern(pattern), fold(text)), pattern


@given(st.text())
def test_the_fast_fold_equals_the_plain_table_translation(text):
    """fold() takes shortcuts for speed; it must give exactly what one table translation gives."""
    from claimcheck.fold import _BEFORE_LOWER, _TABLE

    assert fold(text) == text.translate(_BEFORE_LOWER).lower().translate(_TABLE)


_FOLDED_CHARACTERS = "éèêëàâäîïôöùûüçÉÈÊÀÂÎÔÙÛÇœŒæÆ’‘“”«»\u00a0\u202f–—ſø"


# Lone surrogates too: a reader plugin may hand over any str, and "surrogateescape" makes them.
@given(st.text(alphabet=_FOLDED_CHARACTERS + "abc XYZ\udc80\ud800", min_size=1, max_size=200))
def test_a_text_with_many_distinct_characters_to_fold_folds_as_the_table_says(text):
    """Up to MAX_REPLACE_PASSES distinct characters are replaced one by one, more through the runs: both exact."""
    from claimcheck.fold import _TABLE, MAX_REPLACE_PASSES

    assert len(set(_FOLDED_CHARACTERS)) > MAX_REPLACE_PASSES  # so that both ways are taken
    assert fold(text) == text.lower().translate(_TABLE)


# A long text is folded in pieces (to bound peak memory): the pieces must give the very same fold.

_GREEK_AND_FRIENDS = "aΣσς İIé É’“ \n\tœŒ\u00a0xyz😀"


@given(text=st.text(alphabet=_GREEK_AND_FRIENDS, max_size=400), chunk=st.integers(min_value=1, max_value=40))
def test_folding_in_pieces_changes_nothing(text: str, chunk: int) -> None:
    whole = fold(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("claimcheck.fold.CHUNK_SIZE", chunk)
        assert fold(text) == whole


def test_a_final_sigma_is_never_cut_from_its_word(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "ΟΔΟΣ ΣΟΦΟΣ " * 50 + "ΟΔΟΣΟΔΟΣ" * 50  # the last run has no space to cut at
    whole = fold(text)
    monkeypatch.setattr("claimcheck.fold.CHUNK_SIZE", 7)
    assert fold(text) == whole
    assert whole.endswith("οδοσοδος")
