"""The ``conditional``, ``consistency``, ``occurrence`` and ``acronym`` rule types."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest

from claimcheck.document import Document
from claimcheck.errors import PackError
from claimcheck.matching import LiteralScan, Prefilter
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.rules.builtin import claimcheck_rule_types
from claimcheck.rules.model import Scope
from claimcheck.rules.pack import load_pack
from claimcheck.rules.structure import AcronymType, ConditionalType, ConsistencyType, OccurrenceType
from claimcheck.scopes import scope_spans
from claimcheck.selftest import run_examples

from conftest import write

WHERE = "pack.toml: rule T1"


def read(text: str) -> Document:
    return MarkdownReader().read(text, path="x.md")


def hits(checker, document: Document, scope: Scope = Scope.DOCUMENT) -> list[tuple[int, int, dict[str, str]]]:
    return [(hit.start, hit.end, dict(hit.values)) for hit in checker.check(document, scope_spans(document, scope))]


def owners(checker, folded: str) -> bool:
    """Whether the checker's prefilter lets a document with this folded text through.

    Asked of the prefilter's re2.Set, which keeps word boundaries; a short run first searches
    strings without them (weaker, never wrong: see ``LiteralScan``).
    """
    with patch.object(LiteralScan, "SET_AFTER", 0):
        return bool(Prefilter((0, pattern) for pattern in checker.prefilter).owners_matching(folded))


def at(document: Document, needle: str, occurrence: int = 1) -> tuple[int, int]:
    index = -1
    for _ in range(occurrence):
        index = document.text.index(needle, index + 1)
    return index, index + len(needle)


# conditional


def test_conditional_flags_the_first_use_when_the_second_term_never_comes() -> None:
    checker = ConditionalType().build({"first": ["article 9"], "second": ["constitution"]}, where=WHERE)
    document = read("Article 9 forbids war.\n\nArticle 9 again.\n")
    assert hits(checker, document) == [(*at(document, "Article 9"), {})]
    assert owners(checker, "article 9") and not owners(checker, "constitution")


def test_conditional_is_silent_when_the_second_term_occurs_anywhere_in_the_span() -> None:
    checker = ConditionalType().build({"first": ["article 9"], "second": ["constitution"]}, where=WHERE)
    assert hits(checker, read("Article 9 forbids war.\n\nThe Constitution says so.\n")) == []
    assert hits(checker, read("Nothing to see.\n")) == []


def test_conditional_judges_each_section_on_its_own() -> None:
    checker = ConditionalType().build({"first": ["article 9"], "second": ["constitution"]}, where=WHERE)
    text = "# One\n\nThe Constitution: Article 9.\n\n# Two\n\nArticle 9 alone.\n"
    document = read(text)
    assert hits(checker, document, Scope.SECTION) == [(*at(document, "Article 9", 2), {})]
    assert hits(checker, document, Scope.DOCUMENT) == []


def test_conditional_nested_sections_report_a_place_once() -> None:
    checker = ConditionalType().build({"first": ["article 9"], "second": ["constitution"]}, where=WHERE)
    document = read("# One\n\n## Sub\n\nArticle 9 alone.\n")
    assert hits(checker, document, Scope.SECTION) == [(*at(document, "Article 9"), {})]


def test_conditional_word_boundaries_and_nonword() -> None:
    options = {"first": ["art"], "second": ["x"]}
    document = read("The article.\n")
    assert hits(ConditionalType().build(options, where=WHERE), document) == []
    assert hits(ConditionalType().build({**options, "nonword": True}, where=WHERE), document) == [(*at(document, "art"), {})]


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({"second": ["x"]}, "'first' must list at least one pattern"),
        ({"first": ["x"], "second": []}, "'second' must list at least one pattern"),
        ({"first": "x", "second": ["y"]}, "'first' must be a list of non-empty strings"),
        ({"first": ["x"], "second": ["(?=y)"]}, "'second': invalid pattern"),
        ({"first": ["x"], "second": ["y"], "nonword": "yes"}, "'nonword' must be true or false"),
    ],
)
def test_conditional_rejects_bad_options(options: dict, fragment: str) -> None:
    with pytest.raises(PackError, match=fragment) as raised:
        ConditionalType().build(options, where=WHERE)
    assert str(raised.value).startswith(WHERE)


# consistency


def test_consistency_flags_the_spellings_other_than_the_first_used() -> None:
    checker = ConsistencyType().build({"variants": [["defence", "defense"]]}, where=WHERE)
    document = read("Defence matters.\n\nThe defense budget and defence policy.\n\nDEFENSE.\n")
    assert hits(checker, document) == [
        (*at(document, "defense"), {"expected": "Defence"}),
        (*at(document, "DEFENSE"), {"expected": "Defence"}),
    ]
    assert owners(checker, "defense") and not owners(checker, "defensive")


def test_consistency_respects_word_boundaries() -> None:
    checker = ConsistencyType().build({"variants": [["article 5", "article v"]]}, where=WHERE)
    assert hits(checker, read("Article 50 and Article V.\n")) == []
    document = read("Article V, then article 5.\n")
    assert hits(checker, document) == [(*at(document, "article 5"), {"expected": "Article V"})]


def test_consistency_groups_are_independent_and_one_spelling_is_fine() -> None:
    checker = ConsistencyType().build({"variants": [["defence", "defense"], ["e-mail", "email"]]}, where=WHERE)
    assert hits(checker, read("Defence and defence; email and email.\n")) == []
    document = read("Email, defense, e-mail, defence.\n")
    assert hits(checker, document) == [
        (*at(document, "e-mail"), {"expected": "Email"}),
        (*at(document, "defence"), {"expected": "defense"}),
    ]


def test_consistency_prefers_the_longer_alternative_at_one_place() -> None:
    checker = ConsistencyType().build({"variants": [["article 5", "article 5 bis"]]}, where=WHERE)
    document = read("Article 5 bis, then article 5.\n")
    assert hits(checker, document) == [(*at(document, "article 5"), {"expected": "Article 5 bis"})]


def test_consistency_judges_each_span_on_its_own() -> None:
    checker = ConsistencyType().build({"variants": [["defence", "defense"]]}, where=WHERE)
    document = read("Defence here.\n\nDefense there.\n")
    assert hits(checker, document, Scope.PARAGRAPH) == []
    assert hits(checker, document) == [(*at(document, "Defense"), {"expected": "Defence"})]


def test_an_excepted_use_neither_sets_the_spelling_nor_is_flagged() -> None:
    checker = ConsistencyType().build(
        {"variants": [["article 5", "article v"]], "exceptions": ["article v of the (?:us|japan)-(?:us|japan) security treaty"]},
        where=WHERE,
    )
    named = read("Article V of the US–Japan Security Treaty differs.\n\nArticle 5 applies.\n")
    assert hits(checker, named) == []  # the named Article V is not the first numbering used
    document = read("Article 5 applies.\n\nArticle V of the Japan-US Security Treaty differs, and Article V too.\n")
    assert hits(checker, document) == [(*at(document, "Article V", 2), {"expected": "Article 5"})]  # exactly the bare one


def test_consistency_exceptions_must_be_valid_patterns() -> None:
    with pytest.raises(PackError, match="'exceptions'"):
        ConsistencyType().build({"variants": [["a", "b"]], "exceptions": ["c("]}, where=WHERE)


@pytest.mark.parametrize(
    "variants",
    [None, [], ["defence", "defense"], [["defence"]], [["defence", ""]], [["defence", 3]]],
)
def test_consistency_rejects_bad_variants(variants: object) -> None:
    options = {} if variants is None else {"variants": variants}
    with pytest.raises(PackError, match="'variants' must be a list of groups"):
        ConsistencyType().build(options, where=WHERE)


def test_consistency_rejects_a_bad_pattern() -> None:
    with pytest.raises(PackError, match="'variants': invalid pattern"):
        ConsistencyType().build({"variants": [["a(", "b"]]}, where=WHERE)


# occurrence


def test_occurrence_flags_each_match_beyond_max() -> None:
    checker = OccurrenceType().build({"tokens": ["crucial", "essentiel"], "max": 1}, where=WHERE)
    document = read("Crucial.\n\nEssentiel, crucial.\n\nNot crucially.\n")
    values = {"count": "3", "max": "1"}
    assert hits(checker, document) == [(*at(document, "Essentiel"), values), (*at(document, "crucial"), values)]
    assert owners(checker, "essentiel") and not owners(checker, "crucially")


def test_occurrence_at_max_is_silent_and_max_zero_flags_all() -> None:
    document = read("Crucial and crucial.\n")
    assert hits(OccurrenceType().build({"tokens": ["crucial"], "max": 2}, where=WHERE), document) == []
    values = {"count": "2", "max": "0"}
    assert hits(OccurrenceType().build({"tokens": ["crucial"], "max": 0}, where=WHERE), document) == [
        (*at(document, "Crucial"), values),
        (*at(document, "crucial"), values),
    ]


def test_occurrence_counts_per_span() -> None:
    checker = OccurrenceType().build({"tokens": ["crucial"], "max": 1}, where=WHERE)
    document = read("Crucial. Crucial.\n\nCrucial.\n")
    assert hits(checker, document, Scope.SENTENCE) == []
    assert hits(checker, document, Scope.PARAGRAPH) == [(*at(document, "Crucial", 2), {"count": "2", "max": "1"})]


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({"max": 1}, "'tokens' must list at least one pattern"),
        ({"tokens": ["x"]}, "'max' must be a whole number, 0 or more, got None"),
        ({"tokens": ["x"], "max": -1}, "'max' must be a whole number"),
        ({"tokens": ["x"], "max": True}, "'max' must be a whole number"),
        ({"tokens": ["x"], "max": "2"}, "'max' must be a whole number"),
        ({"tokens": ["x"], "max": 1.5}, "'max' must be a whole number"),
        ({"tokens": ["x"], "max": 1, "nonword": 1}, "'nonword' must be true or false"),
    ],
)
def test_occurrence_rejects_bad_options(options: dict, fragment: str) -> None:
    with pytest.raises(PackError, match=fragment):
        OccurrenceType().build(options, where=WHERE)


# acronym

ACRONYMS = {
    "NSS": "national security strategy|strategie de securite nationale",
    "CCDCOE": "cooperative cyber defen[cs]e centre of excellence",
}


def test_acronym_flags_the_first_use_of_an_acronym_never_expanded() -> None:
    checker = AcronymType().build({"acronyms": ACRONYMS}, where=WHERE)
    document = read("The NSS says so.\n\nThe NSS again, and the CCDCOE.\n")
    assert hits(checker, document) == [
        (*at(document, "NSS"), {"expansion": "national security strategy"}),
        (*at(document, "CCDCOE"), {"expansion": "cooperative cyber defen[cs]e centre of excellence"}),
    ]


def test_acronym_is_silent_once_expanded_in_any_language_or_case() -> None:
    checker = AcronymType().build({"acronyms": ACRONYMS}, where=WHERE)
    assert hits(checker, read("La Stratégie de sécurité nationale (NSS).\n")) == []
    assert hits(checker, read("The NSS.\n\nOur National Security Strategy.\n")) == []


def test_acronym_matches_capitals_as_whole_words_and_plurals() -> None:
    checker = AcronymType().build({"acronyms": {"NGO": "non-governmental organi[sz]ation"}}, where=WHERE)
    assert hits(checker, read("An ngo, NGOX and SNGO.\n")) == []
    document = read("Many NGOs.\n")
    assert hits(checker, document) == [(*at(document, "NGO"), {"expansion": "non-governmental organi[sz]ation"})]
    assert owners(checker, "many ngos") and owners(checker, "one ngo") and not owners(checker, "ngox")


def test_acronym_judges_each_section_on_its_own() -> None:
    checker = AcronymType().build({"acronyms": ACRONYMS}, where=WHERE)
    document = read("# One\n\nThe National Security Strategy (NSS).\n\n# Two\n\nThe NSS.\n")
    assert hits(checker, document) == []
    assert hits(checker, document, Scope.SECTION) == [(*at(document, "NSS", 2), {"expansion": "national security strategy"})]


@pytest.mark.parametrize(
    ("acronyms", "fragment"),
    [
        (None, "'acronyms' must be a table"),
        ({}, "'acronyms' must be a table"),
        (["NSS"], "'acronyms' must be a table"),
        ({"Nss": "x"}, "key 'Nss' must be 2 to 10 capital letters"),
        ({"N": "x"}, "key 'N' must be 2 to 10"),
        ({"ABCDEFGHIJK": "x"}, "key 'ABCDEFGHIJK' must be 2 to 10"),
        ({"42": "x"}, "key '42' must be 2 to 10"),
        ({"N-S": "x"}, "key 'N-S' must be 2 to 10"),
        ({"NSS": ""}, "'acronyms'.NSS must be a non-empty expansion pattern"),
        ({"NSS": 3}, "'acronyms'.NSS must be a non-empty expansion pattern"),
        ({"NSS": "a("}, "'acronyms'.NSS: invalid pattern"),
    ],
)
def test_acronym_rejects_bad_options(acronyms: object, fragment: str) -> None:
    options = {} if acronyms is None else {"acronyms": acronyms}
    with pytest.raises(PackError, match=fragment):
        AcronymType().build(options, where=WHERE)


def test_acronym_accepts_digits() -> None:
    checker = AcronymType().build({"acronyms": {"G7": "group of seven"}}, where=WHERE)
    document = read("The G7 met.\n")
    assert hits(checker, document) == [(*at(document, "G7"), {"expansion": "group of seven"})]


# a pack using every type


PACK = '''
[pack]
name = "structure"

[[rules]]
code = "ST101"
alias = "article-9-context"
type = "conditional"
scope = "section"
message = "'{match}' without naming the Constitution in this section."
first = ["article 9"]
second = ["constitution"]
examples = { fail = ["# A\\n\\nArticle 9 forbids it."], pass = ["# A\\n\\nArticle 9 of the Constitution."] }

[[rules]]
code = "ST102"
alias = "one-spelling"
type = "consistency"
scope = "document"
message = "'{match}': this text already writes '{expected}'."
variants = [["defence", "defense"], ["article 5", "article v"]]
examples = { fail = ["Defence first.\\n\\nThen defense."], pass = ["Defence first.\\n\\nThen defence; Article 50."] }

[[rules]]
code = "ST103"
alias = "too-crucial"
type = "occurrence"
scope = "document"
max = 1
message = "'{match}' {count} times (at most {max})."
tokens = ["crucial"]
examples = { fail = ["Crucial. Crucial."], pass = ["Crucial. Important."] }

[[rules]]
code = "ST104"
alias = "expand-acronyms"
type = "acronym"
scope = "document"
message = "Spell out {match} ({expansion}) once."
acronyms = { NSS = "national security strategy|strategie de securite nationale" }
examples = { fail = ["The NSS says so."], pass = ["The National Security Strategy (NSS) says so.", "The nss."] }
'''


def test_a_pack_with_every_structure_type_loads_and_passes_its_examples(tmp_path: Path) -> None:
    write(tmp_path / "pack" / "pack.toml", PACK)
    pack = load_pack(tmp_path / "pack", {rule_type.name: rule_type for rule_type in claimcheck_rule_types()})
    assert [rule.type for rule in pack.rules] == ["conditional", "consistency", "occurrence", "acronym"]
    assert [failure.describe() for failure in run_examples(pack.rules)] == []


def test_a_message_field_the_type_does_not_fill_is_a_load_error(tmp_path: Path) -> None:
    write(tmp_path / "pack" / "pack.toml", PACK.replace("{count} times", "{expected} times"))
    with pytest.raises(PackError, match=r"rule ST103: 'message' uses \{expected\}"):
        load_pack(tmp_path / "pack", {rule_type.name: rule_type for rule_type in claimcheck_rule_types()})
