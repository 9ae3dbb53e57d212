"""Coverage of each nato-japan criterion: what addresses it, and the look-alikes and traps that must not.

Each check is written once and runs over the cases of every criterion, which are data: one module per
criterion in coverage_cases/ (CRITERION and its tables). A check takes the table of its name from each
module; a criterion without that table contributes no case. Every test id names the criterion
(``look-alike-article-9-3-en``: its look-alike 3, in English).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import coverage_cases
from conftest import (
    IN_SCOPE_EN,
    IN_SCOPE_FR,
    NATO_JAPAN_CRITERIA,
    OPENING_EN,
    OPENING_FR,
    PARTNERS_OPENING,
    addressed,
    addressed_in_order,
    coverage_entry,
    coverage_of,
    criteria_addressed_after_partners,
    criteria_addressed_by,
    criterion_cases,
    report_of,
    write,
)

#: The criteria's case modules, in the framework's order (a module naming no criterion of it fails here).
CRITERIA = sorted(coverage_cases.MODULES, key=lambda module: NATO_JAPAN_CRITERIA.index(module.CRITERION))


def cases(table: str, prefix: str) -> list:
    """``pytest.param(criterion, language, passage, ...)`` of every criterion's ``table``, id ``prefix-criterion-index-language``."""
    return criterion_cases({module.CRITERION: getattr(module, table) for module in CRITERIA if hasattr(module, table)}, prefix)


# ADDRESSED: passages that address it, each after a neutral opening that addresses nothing (conftest.OPENING_EN/FR).
@pytest.mark.parametrize(("criterion", "language", "passage"), cases("ADDRESSED", "addressed"))
def test_a_paraphrase_addresses_it(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion in criteria_addressed_by(cli, tmp_path, language, passage), passage


# ADDRESSED_AFTER_PARTNERS: plain statements of it, after the partners' opening (conftest.PARTNERS_OPENING).
@pytest.mark.parametrize(("criterion", "language", "sentence"), cases("ADDRESSED_AFTER_PARTNERS", "plain"))
def test_a_plain_statement_addresses_it(cli, tmp_path: Path, criterion: str, language: str, sentence: str) -> None:
    coverage = coverage_of(cli, tmp_path, PARTNERS_OPENING[language] + sentence + "\n", quiet=False)
    assert coverage["in_scope"]
    addressed = {item["criterion"]: item["addressed"] for item in coverage["criteria"]}
    assert addressed[criterion], sentence


# POSITIVES: passages in words close to its traps that do address it, after the partners' opening, with the
# other criteria each also addresses: exactly it and those are credited.
@pytest.mark.parametrize(("criterion", "language", "passage", "also"), cases("POSITIVES", "positive"))
def test_a_passage_close_to_a_trap_addresses_it_and_only_what_it_names(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert criteria_addressed_after_partners(cli, tmp_path, language, passage) == {criterion} | also, passage


# STILL_CREDITED: the real thing, in the words of the look-alikes that must not count (scope not asserted).
@pytest.mark.parametrize(("criterion", "language", "passage"), cases("STILL_CREDITED", "real-thing"))
def test_the_real_thing_still_addresses_it(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    coverage = coverage_of(cli, tmp_path, (OPENING_EN if language == "en" else OPENING_FR) + passage + "\n")
    assert criterion in addressed(coverage), passage


# NOT_ADDRESSED: near misses and look-alikes, its topic or its evidence's words but not the criterion (after
# the neutral opening).
@pytest.mark.parametrize(("criterion", "language", "passage"), cases("NOT_ADDRESSED", "look-alike"))
def test_a_look_alike_does_not_address_it(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion not in criteria_addressed_by(cli, tmp_path, language, passage), passage


# TRAPS: realistic prose that names its topic in the sense the framework does not count, after the partners'
# opening, with the other criteria each does address: exactly those are credited.
@pytest.mark.parametrize(("criterion", "language", "passage", "also"), cases("TRAPS", "trap"))
def test_a_trap_does_not_address_it(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert criteria_addressed_after_partners(cli, tmp_path, language, passage) == also, passage


# KNOWN_LIMITS: traps still credited, pinned so that a change is seen.
@pytest.mark.xfail(strict=True, reason="a known limit: the trap is still credited (see KNOWN_LIMITS)")
@pytest.mark.parametrize(("criterion", "language", "passage", "also"), cases("KNOWN_LIMITS", "known-limit"))
def test_a_known_limit_is_still_credited(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert criteria_addressed_after_partners(cli, tmp_path, language, passage) == also, passage


# FRAMEWORK_TRAPS: the traps the framework's own table names ("does not count"), in a file checked with every rule.
@pytest.mark.parametrize(
    ("trap", "criterion"),
    [
        pytest.param(trap, module.CRITERION, id=f"framework-trap-{module.CRITERION}-{index}")
        for module in CRITERIA
        for index, trap in enumerate(getattr(module, "FRAMEWORK_TRAPS", []))
    ],
)
def test_a_trap_the_framework_names_is_not_evidence(cli, tmp_path: Path, trap: str, criterion: str) -> None:
    preamble = IN_SCOPE_FR if "’" in trap or "é" in trap else IN_SCOPE_EN
    write(tmp_path / "doc.md", preamble + trap + "\n")
    entry = coverage_entry(report_of(cli, "doc.md"), "doc.md")
    assert entry["in_scope"] is True
    assert criterion not in addressed_in_order(entry)


# --- one criterion's own checks -------------------------------------------------------------------

def test_japans_collective_self_defence_is_article_9_not_natos_collective_defence(cli, tmp_path: Path) -> None:
    passage = (
        "La Constitution japonaise renonce à la guerre ; la légitime défense collective "
        "n’y est admise que lorsque la survie du pays est en jeu.\n"
    )
    coverage = coverage_of(cli, tmp_path, OPENING_FR + passage)
    assert addressed(coverage) == {"article-9"}
