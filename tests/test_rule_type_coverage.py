"""The ``coverage`` rule type: evidence that a criterion is addressed, looked for only where it can be."""

from __future__ import annotations

import pickle

import pytest

from claimcheck.document import Document
from claimcheck.errors import PackError
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.rules.coverage import CoverageType
from claimcheck.rules.model import Scope
from claimcheck.scopes import scope_spans

WHERE = "pack.toml: rule C1"

EVIDENCE = [
    "article (?:9|ix|nine) of (?:the )?(?:japanese )?constitution",
    {"pattern": "war-renouncing", "context": [["constitution"]]},
    "(?:[0-9]{4}) pacifism",  # required literal: " pacifism"
]


def read(text: str) -> Document:
    return MarkdownReader().read(text, path="x.md")


def evidence(checker, text: str) -> list[str]:
    document = read(text)
    return [document.text[start:end] for start, end in checker.evidence(document, scope_spans(document, Scope.DOCUMENT))]


def compiled(checker) -> list[bool]:
    return ["regex" in vars(item) for item in checker._evidence]


def test_evidence_whose_required_words_are_absent_is_neither_compiled_nor_run() -> None:
    checker = CoverageType().build({"evidence": EVIDENCE}, where=WHERE)
    text = "Article 9 of the Japanese Constitution limits what Tokyo can promise."
    assert evidence(checker, text) == ["Article 9 of the Japanese Constitution"]
    assert compiled(checker) == [True, False, False]
    assert evidence(checker, "Its war-renouncing constitution, and 1947 pacifism.") == ["war-renouncing", "1947 pacifism"]
    assert compiled(checker) == [True, True, True]


def test_a_checker_from_the_pack_cache_finds_the_same_evidence() -> None:
    checker = CoverageType().build({"evidence": EVIDENCE}, where=WHERE)
    evidence(checker, "Article 9 of the Japanese Constitution")
    copy = pickle.loads(pickle.dumps(checker))
    assert evidence(copy, "A war-renouncing constitution: article nine of the constitution.") == [
        "war-renouncing",
        "article nine of the constitution",
    ]


PACIFIST = {"pattern": "pacifist constitution", "context": [["japan"]], "within": "paragraph", "exclude": ["costa rica"]}


def test_an_evidence_table_s_own_exclude_vetoes_that_pattern_in_its_unit() -> None:
    checker = CoverageType().build({"evidence": [PACIFIST]}, where=WHERE)
    assert evidence(checker, "Japan keeps its pacifist constitution.") == ["pacifist constitution"]
    # The exclusion is looked for in the item's unit, the paragraph, not only the sentence.
    assert evidence(checker, "Japan admires Costa Rica. It has a pacifist constitution.") == []
    assert evidence(checker, "Japan keeps its pacifist constitution.\n\nCosta Rica abolished its army.") == ["pacifist constitution"]


def test_an_evidence_table_s_exclude_leaves_the_other_patterns_alone() -> None:
    checker = CoverageType().build({"evidence": [PACIFIST, "article 9 of (?:the )?japanese constitution"]}, where=WHERE)
    text = "Like Costa Rica's, Japan's pacifist constitution binds it: Article 9 of the Japanese constitution."
    assert evidence(checker, text) == ["Article 9 of the Japanese constitution"]


def test_a_rule_s_exclude_vetoes_every_pattern_of_the_sentence_only() -> None:
    checker = CoverageType().build({"evidence": [PACIFIST, "article 9"], "exclude": ["north atlantic treaty"]}, where=WHERE)
    assert evidence(checker, "Article 9 of the North Atlantic Treaty sets up the Council. Japan: pacifist constitution.") == [
        "pacifist constitution"
    ]


def test_an_evidence_table_s_own_exclude_survives_the_pack_cache() -> None:
    checker = pickle.loads(pickle.dumps(CoverageType().build({"evidence": [PACIFIST]}, where=WHERE)))
    assert evidence(checker, "Japan admires Costa Rica's pacifist constitution.") == []


def test_a_broken_exclude_pattern_names_its_evidence_table() -> None:
    with pytest.raises(PackError) as raised:
        CoverageType().build({"evidence": ["x", {"pattern": "y", "exclude": ["a)|(b"]}]}, where=WHERE)
    assert str(raised.value).startswith("pack.toml: rule C1: evidence #2: 'exclude': invalid pattern 'a)|(b': ")
    with pytest.raises(PackError) as raised:
        CoverageType().build({"evidence": [{"pattern": "y", "exclude": "costa rica"}]}, where=WHERE)
    assert str(raised.value) == "pack.toml: rule C1: evidence #1: 'exclude' must be a list of non-empty strings"
    with pytest.raises(PackError) as raised:
        CoverageType().build({"evidence": ["x"], "exclude": ["a)|(b"]}, where=WHERE)
    assert str(raised.value).startswith("pack.toml: rule C1: 'exclude': invalid pattern 'a)|(b': ")
