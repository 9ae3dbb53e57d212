"""RE2 compilation of rule patterns, keyword alternations and the one-scan prefilter."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import PackError
from claimcheck.fold import fold, fold_pattern
from claimcheck.literals import required_literals
from claimcheck.matching import Alternation, LiteralScan, Prefilter, compile_pattern, keyword_pattern


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in compile_pattern(pattern, where="test").finditer(fold(text))]


# --- compile_pattern ----------------------------------------------------------------


@pytest.mark.parametrize("pattern", ["(a", "[z-a]", "a**", r"(a)\1", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b"])
def test_invalid_patterns_are_pack_errors_naming_where(pattern):
    with pytest.raises(PackError) as caught:
        compile_pattern(pattern, where="pack.toml: rule PS101: 'tokens'")
    message = str(caught.value)
    assert "pack.toml: rule PS101: 'tokens'" in message
    assert "invalid pattern" in message
    assert repr(pattern) in message


def test_pattern_is_folded_before_compiling():
    regex = compile_pattern("Sans Aucun DOUTE", where="w")
    assert regex.search(fold("« Sans aucun doute »"))
    assert regex.search("Sans Aucun DOUTE") is None  # the text side must be folded too


def test_catastrophic_pattern_runs_in_linear_time():
    regex = compile_pattern("(a+)+$", where="w")
    text = "a" * 200000 + "b"
    assert list(regex.finditer(text)) == []


def test_compile_is_cached_for_equal_patterns():
    assert compile_pattern("abc", where="one") is compile_pattern("ABC", where="two")


# --- keyword_pattern ----------------------------------------------------------------


def test_keyword_pattern_orders_longest_first_then_alphabetically():
    assert keyword_pattern(["a", "ccc", "bb", "dd"]) == r"\b(?:ccc)\b|\b(?:bb)\b|\b(?:dd)\b|\b(?:a)\b"


def test_keyword_pattern_removes_duplicates():
    assert keyword_pattern(["x", "x"]) == r"\b(?:x)\b"


def test_longest_alternative_wins_at_the_same_start():
    assert spans(keyword_pattern(["in order", "in order to"]), "in order to win") == [(0, 11)]


def test_no_boundary_at_a_non_word_edge():
    assert keyword_pattern(["«x»"]) == "(?:«x»)"
    assert keyword_pattern(["«x"]) == r"(?:«x)\b"
    assert keyword_pattern(["x»"]) == r"\b(?:x»)"
    assert keyword_pattern(["œuvre"]) == r"(?:œuvre)\b"
    assert keyword_pattern(["-ish"]) == r"(?:-ish)\b"


def test_boundary_for_patterns_that_start_or_end_with_syntax():
    assert keyword_pattern(["(?:a|b)c"]) == r"\b(?:(?:a|b)c)\b"
    assert keyword_pattern(["[ab]c"]) == r"\b(?:[ab]c)\b"
    assert keyword_pattern([r"\w+ly"]) == r"\b(?:\w+ly)\b"
    assert keyword_pattern(["colou?"]) == r"\b(?:colou?)\b"
    assert keyword_pattern(["x{2}"]) == r"\b(?:x{2})\b"


def test_without_word_boundaries():
    assert keyword_pattern(["bb", "a"], word_boundaries=False) == "(?:bb)|(?:a)"


def test_boundaries_keep_words_whole():
    pattern = keyword_pattern(["doubt"])
    assert spans(pattern, "No doubt, undoubtedly doubts.") == [(3, 8)]
    assert spans(keyword_pattern(["doubt"], word_boundaries=False), "No doubt, undoubtedly") == [(3, 8), (12, 17)]


def test_guillemet_token_matches_with_spaces_around():
    text = "Il a dit « non » hier."
    start = text.index("«")
    assert spans(keyword_pattern(['" non "']), text) == [(start, start + 7)]
    assert spans(keyword_pattern(["«\u00a0non\u00a0»"]), "« non »") == [(0, 7)]


def test_accented_token_keeps_word_boundaries():
    assert spans(keyword_pattern(["été"]), "La société") == []
    assert keyword_pattern(["été"]) == r"\b(?:été)\b"
    assert spans(keyword_pattern(["été"]), "Cet Été-là, l'été.") == [(4, 7), (14, 17)]


@pytest.mark.parametrize(
    ("token", "text", "needle"),
    [(r"why\?", "But why? Nobody knows.", "why?"), (r"\(see", "text (see below)", "(see"), (r"\$100", "pay $100 now", "$100")],
)
def test_escaped_punctuation_at_token_edges_gets_no_boundary(token, text, needle):
    start = text.index(needle)
    assert spans(keyword_pattern([token]), text) == [(start, start + len(needle))]


# --- Prefilter ----------------------------------------------------------------------


def test_prefilter_returns_owners_of_matching_patterns():
    prefilter = Prefilter([(0, "alpha"), (1, "beta"), (2, "gamma|delta"), (1, "epsilon")])
    assert prefilter.owners_matching(fold("Alpha and DELTA")) == {0, 2}
    assert prefilter.owners_matching(fold("only epsilon")) == {1}
    assert prefilter.owners_matching(fold("beta epsilon alpha")) == {0, 1}
    assert prefilter.owners_matching("nothing here") == set()
    assert prefilter.owners_matching("") == set()


def test_prefilter_folds_its_patterns():
    prefilter = Prefilter([(7, "Évidemment"), (8, "l’œuvre")])
    assert prefilter.owners_matching(fold("ÉVIDEMMENT")) == {7}
    assert prefilter.owners_matching(fold("L'oeuvre")) == {8}


def test_empty_prefilter_matches_nothing():
    prefilter = Prefilter([])
    assert prefilter.owners_matching("anything at all") == set()
    assert prefilter.owners_matching("") == set()


# --- Alternation ------------------------------------------------------------------

MEMBERSHIP = [
    r"(?:japan|tokyo) (?:is|became) a nato member",
    r"nato members such as japan",
    r"le japon est membre de l'otan",
    r"(?:19|20)[0-9]{2}, when japan joined",  # its only literal is " when japan joined"
    r"œuvre commune",
    # Overlapping the ones above from the same start: which one wins is the alternation's order.
    r"nato members?",
    r"(?:japan|tokyo) (?:is|became)",
]


def test_alternation_compiles_only_the_patterns_whose_literals_occur():
    alternation = Alternation(MEMBERSHIP, where="w")
    regex = alternation.regex_for(fold("Le Japon est membre de l'OTAN, they say."))
    assert regex is not None
    assert regex.pattern == fold_pattern(keyword_pattern([MEMBERSHIP[2]]))
    assert [match.span() for match in regex.finditer(fold("Le Japon est membre de l'OTAN."))] == [(0, 29)]


def test_alternation_needs_no_regex_where_no_pattern_can_match():
    assert Alternation(MEMBERSHIP, where="w").regex_for(fold("NATO and the EU met in Brussels.")) is None


def test_alternation_asks_about_its_first_text_only_and_then_compiles_the_whole():
    alternation = Alternation(MEMBERSHIP, where="w")
    first = alternation.regex_for(fold("Le Japon est membre de l'OTAN."))
    assert first is not None and first.pattern == fold_pattern(keyword_pattern([MEMBERSHIP[2]]))
    second = alternation.regex_for(fold("Le Japon est membre de l'OTAN."))
    assert second is not None and second.pattern == fold_pattern(keyword_pattern(MEMBERSHIP))
    assert alternation.regex_for(fold("Nothing to see.")) is second  # from now on, the whole


def test_alternation_compiles_the_whole_for_a_long_first_text():
    alternation = Alternation(MEMBERSHIP, where="w")
    text = fold("Le Japon est membre de l'OTAN. " + "Et puis rien. " * (Alternation.ASK_BELOW // 10))
    assert alternation.regex_for(text).pattern == fold_pattern(keyword_pattern(MEMBERSHIP))


def test_alternation_pickles_without_compiled_forms():
    alternation = Alternation(MEMBERSHIP, where="w")
    alternation.regex_for(fold("Japan became a NATO member."))
    copy = pickle.loads(pickle.dumps(alternation))
    assert copy.regex_for(fold("L'œuvre commune.")).pattern == fold_pattern(keyword_pattern([MEMBERSHIP[4]]))


TEXTS = st.lists(
    st.sampled_from(
        [
            "Japan became a NATO member",
            "Tokyo is a NATO member",
            "NATO members such as Japan",
            "le Japon est membre de l'OTAN",
            "2023, when Japan joined",
            "L'œuvre commune",
            "oeuvre commune",
            "NATO",
            "Japan",
            " ",
            ", ",
            ". ",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(patterns=st.lists(st.sampled_from(MEMBERSHIP), min_size=1, unique=True), text=TEXTS)
def test_alternation_matches_exactly_what_the_whole_alternation_matches(patterns, text):
    """Leaving out the patterns that cannot match changes no match: same spans, same order, same texts."""
    folded = fold(text)
    regex = Alternation(patterns, where="w").regex_for(folded)
    found = [match.span() for match in regex.finditer(folded)] if regex is not None else []
    assert found == [match.span() for match in compile_pattern(keyword_pattern(patterns), where="w").finditer(folded)]


# --- LiteralScan -------------------------------------------------------------------

NATO_WORD = required_literals(fold_pattern(r"\bnato\b"))  # "nato" between word boundaries


@pytest.mark.parametrize("by", ["strings", "set"])
def test_literal_scan_answers_for_every_registered_requirement_once_per_text(by, monkeypatch):
    scan = LiteralScan()
    scan.SET_AFTER = 10_000 if by == "strings" else 0
    japan, nato, albania = scan.register(["japan", "tokyo"]), scan.register(NATO_WORD), scan.register(["albania"])
    assert scan.register(["tokyo", "japan"]) == japan  # one id per requirement, whoever registers it
    calls = []
    monkeypatch.setattr(scan, "_met", lambda text, _met=scan._met: calls.append(text) or _met(text))
    text = fold("Tokyo hosted the NATO delegation.")
    assert scan.met(text) == {japan, nato}
    assert scan.met(text) == {japan, nato}  # the same text object: answered without searching again
    assert calls == [text]
    assert scan.met(fold("Albania")) == {albania}
    assert scan.met(fold("The Brussels summit")) == frozenset()


def test_searching_string_by_string_drops_word_boundaries_the_set_keeps_them():
    strings, whole = LiteralScan(), LiteralScan()
    whole.SET_AFTER = 0
    assert strings.met(fold("the senator")) == strings.met(fold("x")) == frozenset()
    strings.register(NATO_WORD), whole.register(NATO_WORD)
    assert strings.met(fold("the senator")) == {0}  # weaker, never wrong: the rule then finds nothing
    assert whole.met(fold("the senator")) == frozenset()


def test_literal_scan_compiles_its_set_once_enough_text_has_been_searched_string_by_string():
    scan = LiteralScan()
    scan.SET_AFTER = 30
    japan = scan.register(["japan"])
    assert scan.met("japan, japan, japan") == {japan}
    assert scan._set is None
    assert scan.met("tokyo and japan, japan") == {japan}  # 41 characters searched in all: past SET_AFTER
    assert scan._set is not None
    albania = scan.register(["albania"])  # a newcomer: the Set is compiled again, with it
    assert scan.met("japan and albania") == {japan, albania}


def test_an_empty_literal_scan_meets_nothing():
    scan = LiteralScan()
    scan.SET_AFTER = 0
    assert scan.met("anything") == frozenset()


def test_literal_scan_does_not_keep_a_long_text_alive():
    scan = LiteralScan()
    scan.REMEMBER_UP_TO = 10
    japan = scan.register(["japan"])
    assert scan.met("japan and more") == {japan}
    assert scan._last is None  # searched again if asked again; the text may be freed
    assert scan.met("japan") == {japan}
    assert scan._last is not None
