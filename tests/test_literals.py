"""Required literals: what the prefilter scans for instead of a rule's whole pattern.

The one property that matters is soundness — a text the pattern matches
always holds one of the literals — so besides exact answers on typical
patterns, a property test draws patterns from a grammar of the constructs
the analysis understands and texts that match them, and checks it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from claimcheck.fold import fold, fold_pattern
from claimcheck.literals import alternation_literals, literal_alternation, required_literal_sets, required_literals, requirements
from claimcheck.matching import Alternation, LiteralScan, Prefilter, keyword_pattern, prefilter_entry


def literals(pattern: str) -> set[str] | None:
    found = required_literals(fold_pattern(pattern))
    return None if found is None else {literal_alternation([item]) for item in found}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("japan", {"japan"}),
        (keyword_pattern(["crucial", "essentiel"]), {r"\bcrucial\b", r"\bessentiel\b"}),
        # Common prefixes and optional words multiply out; a string holding another is dropped.
        (r"(?:the )?(?:japan|tokyo) (?:is|was)", {"japan is", "japan was", "tokyo is", "tokyo was"}),
        (r"(?:australia,? )?(?:japan|tokyo)(?: and (?:korea|australia)) (?:is|are) .*member", {"member"}),
        # Each alternative of an alternation must give a requirement; the union is one.
        (r"nato.*japan|otan.*japon", {"japan", "japon"}),
        (r"[sz]ize", {"size", "zize"}),
        (r"(?:ab|cd)+xyz", {"xyz"}),
        (r"x(?:uvw)+", {"uvw"}),
        (r"\w+ing", {"ing"}),
        (r"a\.b\(c", {r"a\.b\(c"}),
        # Function words are poor filters: the rarer word wins even with more strings.
        (r"(?:stoltenberg|rutte) (?:was|is) here", {"rutte was here", "rutte is here", "stoltenberg was here", "stoltenberg is here"}),
    ],
)
def test_required_literals_of_typical_patterns(pattern: str, expected: set[str]) -> None:
    assert literals(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        "ab",  # too short to filter anything
        "a.b",
        "(?:japan)?",  # may match the empty string
        "japan|..",  # one alternative requires nothing
        r"foo\pLbar",  # \p: RE2 syntax Python's parser does not know
        r"[[:alpha:]]japan",  # POSIX class: the two parsers disagree
        r"x{,3}japan",  # RE2 reads {,3} literally, Python as a repeat
        r"(?i)japan",  # case folding: the literal would not be the text's
        "\ue000japan",  # the private character that stands for \b
        "(unclosed",
    ],
)
def test_no_literals_when_nothing_can_be_proved(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_prefilter_entry_is_the_literals_or_the_folded_pattern() -> None:
    assert prefilter_entry("Japan|Tokyo") == {"japan", "tokyo"}
    assert prefilter_entry(r"\w+ing") == {"ing"}
    assert prefilter_entry(r"\w+in") == r"\w+in"
    assert prefilter_entry("Côte (?:d'Ivoire)") == {"cote d'ivoire"}


def test_prefilter_keeps_word_boundaries_once_it_scans_with_a_set(monkeypatch: pytest.MonkeyPatch) -> None:
    prefilter = Prefilter([(0, keyword_pattern(["crucial"])), (1, r"japan\w*")])
    assert prefilter.owners_matching(fold("Not crucially.")) <= {0}  # string by string: weaker, never wrong
    monkeypatch.setattr(LiteralScan, "SET_AFTER", 0)
    assert prefilter.owners_matching(fold("Not crucially.")) == set()
    assert prefilter.owners_matching(fold("It is crucial. The Japanese view.")) == {0, 1}


# Property: every text a pattern matches holds one of its literals.

# Mostly words long enough to be required literals, some shorter, some constructs that require nothing.
_LEAVES = ["japan", "nato", "abc", "xyz", "tokyo", "ja", "pan", "x", " ", "'", r"\.", r"\b", ".", "[ab]", "[sz]", r"\d"]


def _patterns() -> st.SearchStrategy[str]:
    leaf = st.sampled_from(_LEAVES)

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        concatenation = st.lists(inner, min_size=2, max_size=4).map("".join)
        alternation = st.lists(inner, min_size=2, max_size=3).map(lambda parts: "(?:" + "|".join(parts) + ")")
        return st.one_of(  # concatenations and alternations thrice as often: they keep literals required
            concatenation, concatenation, concatenation, alternation, alternation, alternation,
            inner.map(lambda part: f"(?:{part})?"),
            inner.map(lambda part: f"(?:{part})*"),
            inner.map(lambda part: f"(?:{part})+"),
            inner.map(lambda part: f"(?:{part}){{2}}"),
        )

    return st.recursive(leaf, extend, max_leaves=12)


@settings(max_examples=400)
@given(data=st.data(), pattern=_patterns())
def test_every_match_holds_a_required_literal(data: st.DataObject, pattern: str) -> None:
    found = required_literals(pattern)
    if found is None:
        return
    alphabet = st.characters(min_codepoint=32, max_codepoint=126)
    text = data.draw(st.from_regex(re.compile(pattern), alphabet=alphabet))
    assert re.search(pattern, text)
    assert re.search(literal_alternation(found), text), (pattern, sorted(found), text)


@settings(max_examples=400)
@given(data=st.data(), pattern=_patterns())
def test_every_match_holds_a_literal_of_each_required_set(data: st.DataObject, pattern: str) -> None:
    sets = required_literal_sets(pattern)
    if not sets:
        return
    alphabet = st.characters(min_codepoint=32, max_codepoint=126)
    text = data.draw(st.from_regex(re.compile(pattern), alphabet=alphabet))
    assert re.search(pattern, text)
    for strings in sets:
        assert re.search(literal_alternation(strings), text), (pattern, sorted(strings), text)


def test_required_literal_sets_ask_for_every_required_piece() -> None:
    assert required_literal_sets("abc(?:x|y)*def") == [{"abc"}, {"def"}]
    assert required_literal_sets("(?:abc|xyz)+ nato") == [{"abc", "xyz"}, {" nato"}]
    assert required_literals("(?:abc|xyz)+ nato") == {" nato"}  # the most selective one alone
    assert required_literal_sets("(?:abc)? x") == []  # an optional group requires nothing; " x" is too short
    assert required_literal_sets(r"\w+") == []


@settings(max_examples=300)
@given(data=st.data(), alternatives=st.lists(_patterns(), min_size=1, max_size=4))
def test_an_alternation_requires_one_literal_of_its_alternatives_answers(data: st.DataObject, alternatives: list[str]) -> None:
    found = alternation_literals(required_literals(alternative) for alternative in alternatives)
    if found is None:
        return
    whole = "|".join(f"(?:{alternative})" for alternative in alternatives)
    alphabet = st.characters(min_codepoint=32, max_codepoint=126)
    text = data.draw(st.from_regex(re.compile(whole), alphabet=alphabet))
    assert re.search(literal_alternation(found), text), (whole, sorted(found), text)


def test_an_alternation_knows_nothing_when_one_alternative_requires_nothing() -> None:
    assert alternation_literals([frozenset({"japan"}), frozenset({"tokyo"})]) == {"japan", "tokyo"}
    assert alternation_literals([frozenset({"japan"}), frozenset({"the japan"})]) == {"japan"}  # "the japan" holds "japan"
    assert alternation_literals([frozenset({"japan"}), None]) is None
    assert alternation_literals([]) is None


def test_one_analysis_gives_both_answers() -> None:
    pattern = "(?:abc|xyz)+ nato"
    assert requirements(pattern) == (required_literals(pattern), required_literal_sets(pattern))
    assert requirements(pattern).literals == {" nato"}
    assert requirements(r"\w+") == (None, [])


def test_a_claim_alternation_tells_the_prefilter_what_it_requires_without_a_second_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck import matching

    monkeypatch.setattr(matching, "_PREFILTER_ENTRIES", {})
    alternation = Alternation(["Japan is a NATO member", "Tokyo joined (?:NATO|the Alliance)"], where="test")
    monkeypatch.setattr(matching, "required_literals", lambda pattern: pytest.fail("the whole alternation was analysed again"))
    # Each alternative is exact between word boundaries (\ue000): the union of the three phrases.
    assert prefilter_entry(alternation.pattern) == {
        "\ue000japan is a nato member\ue000",
        "\ue000tokyo joined nato\ue000",
        "\ue000tokyo joined the alliance\ue000",
    }
    ambiguous = Alternation([r"\d+ ?%", "Tokyo joined"], where="test")
    assert prefilter_entry(ambiguous.pattern) == fold_pattern(ambiguous.pattern)  # one alternative requires nothing: the pattern
