"""Claims about NATO's 2022 Strategic Concept (fact `strategic-concept-2022`: NJ228, NJ235).

It was adopted at the Madrid summit on 29 June 2022: another city or year is flagged; the 2010 Lisbon
concept and later summits that implement it are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import claim_findings, flagged_words


# Each gives exactly one finding: an error, with its fact and source.
FLAGGED_ONCE = [
    'NATO adopted its 2022 Strategic Concept at the Vilnius summit.',
    'Le concept stratégique de 2022 a été adopté à Bruxelles.',
    'The Strategic Concept adopted in Madrid in 2021 names China.',
    'Le concept stratégique de 2022 a été adopté au sommet de Vilnius.',
    'Le Concept stratégique 2022 a été adopté lors du sommet de Vilnius.',
]


@pytest.mark.parametrize("sentence", FLAGGED_ONCE)
def test_a_wrong_claim_is_flagged_once(cli, tmp_path: Path, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert len(findings) == 1
    assert findings[0]["severity"] == "error" and findings[0]["fact"] and findings[0]["source"]


# The wrong value in another syntax (passive, cleft, relative clause, nominalisation, fronted adverbial):
# exactly one finding, an error with its fact.
FLAGGED_ONCE_IN_ANY_SYNTAX = [
    'It was at the Vilnius summit that NATO adopted its 2022 Strategic Concept.',
    "NATO's 2022 Strategic Concept, agreed in Brussels, names China.",
    "C'est au sommet de Vilnius que l'OTAN a adopté son Concept stratégique de 2022.",
    "Le Concept stratégique de l'OTAN de 2022, approuvé à Bruxelles, désigne la Chine.",
]


@pytest.mark.parametrize("sentence", FLAGGED_ONCE_IN_ANY_SYNTAX)
def test_a_wrong_claim_is_flagged_once_whatever_its_syntax(cli, tmp_path: Path, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert len(findings) == 1, [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["fact"]


# (fact, sentence): exactly one finding, against that fact, an error with its source.
FLAGGED_AGAINST_ITS_FACT = [
    ('strategic-concept-2022', "NATO's current Strategic Concept, which Allies signed off on in Brussels in 2022, names China."),
    ('strategic-concept-2022', "Adopté à Washington en 2022, le Concept stratégique de l'OTAN désigne la Chine comme un défi."),
    ('strategic-concept-2022', "NATO's 2022 Strategic Concept, finalised at the Brussels summit, names China."),
]


@pytest.mark.parametrize(("fact", "sentence"), FLAGGED_AGAINST_ITS_FACT)
def test_a_wrong_claim_is_flagged_once_against_its_fact(cli, tmp_path: Path, fact: str, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert [finding["fact"] for finding in findings] == [fact], [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["source"]


# (codes, sentence): headlines, bullets, table rows, transcripts, numbers in words, wrong claims stated
# indirectly (presupposed, compared, listed, counted by an ordinal, dated in a range); exactly these rules
# flag it, every finding an error with its fact and source.
FLAGGED_BY_EXACTLY = [
    (['NJ235'], 'Strategic Concept 2022 (adopted: Vilnius)'),
    (['NJ235'], 'Concept stratégique de l’OTAN (2022) – adopté à Bruxelles'),
    (['NJ235'], 'NATO’s 2022 Strategic Concept — signed off in Washington — names China for the first time.'),
    (['NJ235'], "Leaders agreed NATO's 2022 Strategic Concept at their summit in Washington."),
]


@pytest.mark.parametrize(("codes", "sentence"), FLAGGED_BY_EXACTLY)
def test_a_wrong_claim_is_flagged_by_exactly_its_rules(cli, tmp_path: Path, codes: list[str], sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert sorted(finding["code"] for finding in findings) == codes
    assert all(finding["severity"] == "error" and finding["fact"] and finding["source"] for finding in findings)


# (code, sentence, words): exactly one finding, of that rule, on those words.
FLAGGED_ON_ITS_WORDS = [
    # the Strategic Concept's right city with a wrong year, the date in another construction
    ("NJ228", "NATO's Strategic Concept was approved at the Madrid summit on 29 June 2023.",
     "Strategic Concept was approved at the Madrid summit on 29 June 2023"),
]


@pytest.mark.parametrize(("code", "sentence", "words"), FLAGGED_ON_ITS_WORDS)
def test_a_wrong_claim_is_flagged_by_its_rule_on_its_words(cli, tmp_path: Path, code: str, sentence: str, words: str) -> None:
    assert flagged_words(cli, tmp_path, sentence, "NJ2") == [(code, words)]


# Look-alikes: true, negated, attributed, quoted, questioned or hypothetical sentences on the same fact,
# or the same frame on another one; no claim finding.
NOT_FLAGGED = [
    # negated, hypothetical, asked for, or the right value
    "The Strategic Concept was not adopted in Madrid in 2023.",

    'NATO adopted its Strategic Concept at the Madrid Summit in June 2022.',
    'The 2010 Strategic Concept was adopted in Lisbon.',
    'NATO leaders met in Vilnius in 2023 to implement the 2022 Strategic Concept.',
    'The Strategic Concept adopted in Madrid in 2022 names China for the first time.',
    'Le concept stratégique a été adopté à Madrid en juin 2022.',
    'The 2022 Strategic Concept, adopted in Madrid, was discussed again in Washington in 2024.',
    'Le Concept stratégique de 2022, adopté à Madrid, a été mis en œuvre au sommet de Vilnius.',
    'The Vilnius summit of 2023 built on the Strategic Concept adopted a year earlier in Madrid.',
    'Le sommet de Vilnius a prolongé le Concept stratégique adopté à Madrid en 2022.',
    'Le Concept stratégique adopté à Madrid en 2022 a servi de base aux plans approuvés à Vilnius.',
    "NATO's 2022 Strategic Concept, adopted in Madrid, was followed by summits in Vilnius in 2023 and Washington in 2024.",
    'Le concept stratégique de Madrid (2022) succède à celui de Lisbonne (2010).',
]


@pytest.mark.parametrize("sentence", NOT_FLAGGED)
def test_a_look_alike_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert claim_findings(cli, tmp_path, sentence) == []
