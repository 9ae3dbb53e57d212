"""The ``coverage`` rule type: evidence that a criterion is addressed, looked for only where it can be."""

from __future__ import annotations

import pickle

from claimcheck.document import Document
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
