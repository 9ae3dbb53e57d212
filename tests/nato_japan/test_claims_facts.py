"""Claims of each nato-japan fact family: the wrong sentences each rule flags, and the look-alikes it must not.

Each check is written once and runs over the cases of every family, which are data: one module per family
in claim_cases/ (membership, Article 5 invocations, Albania, Stoltenberg's visit, spending, CCDCOE, GCAP,
nuclear sharing, Strategic Concept). A check takes the table of its name from each module; a family without
that table contributes no case. Every test id starts with the family, then the row
(``membership-NJ213-Japan's 2024 accession to NATO…``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claim_cases
from claim_cases import article_5_invocations
from conftest import claim_findings, finding_codes, flagged_words


def rows(module, table: str) -> list:
    """Each row of ``module``'s ``table`` (none if it has no such table) as a ``pytest.param``, its id the family then the row."""
    family = module.__name__.rpartition(".")[2].replace("_", "-")
    params = []
    for row in getattr(module, table, []):
        values = row if isinstance(row, tuple) else (row,)
        words = ["+".join(value) if isinstance(value, list) else value for value in values]
        params.append(pytest.param(*values, id="-".join([family, *words])))
    return params


def cases(table: str) -> list:
    """The rows of ``table`` of every family."""
    return [param for module in claim_cases.MODULES for param in rows(module, table)]


# FLAGGED_ONCE: each gives exactly one finding, an error with its fact and source.
@pytest.mark.parametrize("sentence", cases("FLAGGED_ONCE"))
def test_a_wrong_claim_is_flagged_once(cli, tmp_path: Path, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert len(findings) == 1
    assert findings[0]["severity"] == "error" and findings[0]["fact"] and findings[0]["source"]


# FLAGGED_ONCE_IN_ANY_SYNTAX: the wrong value in another syntax (passive, cleft, relative clause,
# nominalisation, fronted adverbial): exactly one finding, an error with its fact.
@pytest.mark.parametrize("sentence", cases("FLAGGED_ONCE_IN_ANY_SYNTAX"))
def test_a_wrong_claim_is_flagged_once_whatever_its_syntax(cli, tmp_path: Path, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert len(findings) == 1, [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["fact"]


# FLAGGED_AGAINST_ITS_FACT, (fact, sentence): exactly one finding, against that fact, an error with its source.
@pytest.mark.parametrize(("fact", "sentence"), cases("FLAGGED_AGAINST_ITS_FACT"))
def test_a_wrong_claim_is_flagged_once_against_its_fact(cli, tmp_path: Path, fact: str, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert [finding["fact"] for finding in findings] == [fact], [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["source"]


# FLAGGED_BY_EXACTLY, (codes, sentence): headlines, bullets, table rows, transcripts, numbers in words, wrong
# claims stated indirectly (presupposed, compared, listed, counted by an ordinal, dated in a range); exactly
# these rules flag it, every finding an error with its fact and source.
@pytest.mark.parametrize(("codes", "sentence"), cases("FLAGGED_BY_EXACTLY"))
def test_a_wrong_claim_is_flagged_by_exactly_its_rules(cli, tmp_path: Path, codes: list[str], sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert sorted(finding["code"] for finding in findings) == codes
    assert all(finding["severity"] == "error" and finding["fact"] and finding["source"] for finding in findings)


# FLAGGED_ON_ITS_WORDS, (code, sentence, words): exactly one finding, of that rule, on those words.
@pytest.mark.parametrize(("code", "sentence", "words"), cases("FLAGGED_ON_ITS_WORDS"))
def test_a_wrong_claim_is_flagged_by_its_rule_on_its_words(cli, tmp_path: Path, code: str, sentence: str, words: str) -> None:
    assert flagged_words(cli, tmp_path, sentence, "NJ2") == [(code, words)]


# FLAGGED_BY_ITS_RULE, (code, sentence): that rule is among the findings.
@pytest.mark.parametrize(("code", "sentence"), cases("FLAGGED_BY_ITS_RULE"))
def test_a_wrong_claim_is_flagged_by_its_rule(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert code in finding_codes(cli, tmp_path, sentence), sentence


# NOT_FLAGGED: look-alikes, true, negated, attributed, quoted, questioned or hypothetical sentences on the same
# fact, or the same frame on another one; no claim finding.
@pytest.mark.parametrize("sentence", cases("NOT_FLAGGED"))
def test_a_look_alike_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert claim_findings(cli, tmp_path, sentence) == []


# --- one family's own checks ----------------------------------------------------------------------

@pytest.mark.parametrize(("codes", "sentence"), rows(article_5_invocations, "FLAGGED_IN_A_TEXT_ABOUT_NATO"))
def test_an_article_5_count_in_a_table_or_a_bullet_is_flagged_in_a_text_about_nato(cli, tmp_path: Path, codes: list[str], sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, "NATO and Japan met in Brussels.\n\n" + sentence)
    assert [finding["code"] for finding in findings] == codes


def test_a_clause_without_japan_is_never_a_membership_claim(cli, tmp_path: Path) -> None:
    text = "The program grew by 40 percent, making it the largest in the country. He served two terms, becoming a leader.\n"
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    result = cli("check", "doc.md", "--select", "NJ2", "--output-format", "json", "--isolated")
    assert json.loads(result.out)["findings"] == []
