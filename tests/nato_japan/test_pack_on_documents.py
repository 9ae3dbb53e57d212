"""The pack on real documents of the shared design material: the seed, the corpus, 645 White House statements.

Official texts assert no wrong fact, so any claim finding on them is a false positive; the seed addresses
every criterion; what each corpus document addresses comes from reading it (tests/data/corpus_reading.md),
not from running the rules. Each test skips when ../shared is not beside the checkout.
"""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from conftest import NATO_JAPAN_CRITERIA, SHARED, addressed_in_order, coverage_entry, defence_findings, locate, report_of, write

SEED = SHARED / "seed" / "000_4d5b4b848126375b.txt"
CORPUS = SHARED / "corpus"

needs_shared = pytest.mark.skipif(not SEED.is_file(), reason="../shared is not beside the checkout")

ARCHIVE = SHARED / "corpus-bench" / "whitehouse-statements-645.tar.xz"
ALLIANCE_CODES = {f"NJ{number}" for number in range(201, 220)}


def _without_sentence(text: str, opening: str) -> str:
    """``text`` with the sentence that starts with ``opening`` removed (up to its final period)."""
    start = text.index(opening)
    end = text.index(".", start) + 1
    return text[:start] + text[end:].lstrip(" ")


# --- the seed -----------------------------------------------------------------------------------

@needs_shared
def test_seed_is_in_scope_with_every_criterion_addressed_and_no_claim(cli, tmp_path: Path) -> None:
    write(tmp_path / "seed.txt", SEED.read_bytes())
    report = report_of(cli, "seed.txt")
    entry = coverage_entry(report, "seed.txt")
    assert entry["in_scope"] is True
    assert addressed_in_order(entry) == NATO_JAPAN_CRITERIA
    codes = {finding["code"] for finding in report["findings"]}
    assert not any(code.startswith(("NJ1", "NJ2")) for code in codes)
    assert not [finding for finding in report["findings"] if finding["severity"] == "error"]


@needs_shared
def test_seed_without_its_article_9_passage_misses_article_9(cli, tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    text = _without_sentence(seed, "D’une part, l’article 9 de la Constitution japonaise")
    write(tmp_path / "seed.txt", text)
    report = report_of(cli, "seed.txt")
    assert addressed_in_order(coverage_entry(report, "seed.txt")) == [c for c in NATO_JAPAN_CRITERIA if c != "article-9"]
    coverage_findings = [(f["code"], f["severity"], f["criterion"], f["start"]["line"], f["start"]["column"]) for f in report["findings"] if f["code"].startswith("NJ1")]
    assert coverage_findings == [("NJ101", "warning", "article-9", 1, 1)]


@needs_shared
def test_seed_without_its_albania_and_cyber_passages_misses_the_cyber_precedent(cli, tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    for opening in (
        "L’interopérabilité et le partage d’informations en matière de cyberdéfense",
        "Pendant ce temps, l’Albanie",
        "Les initiatives de cybersécurité peuvent s’appuyer",
    ):
        text = _without_sentence(text, opening)
    write(tmp_path / "seed.txt", text)
    report = report_of(cli, "seed.txt")
    assert addressed_in_order(coverage_entry(report, "seed.txt")) == [c for c in NATO_JAPAN_CRITERIA if c != "cyber-precedent"]
    assert [f["code"] for f in report["findings"] if f["code"].startswith("NJ1")] == ["NJ103"]
    (finding,) = [f for f in report["findings"] if f["code"] == "NJ103"]
    assert finding["framework"] == "nato-japan" and finding["criterion"] == "cyber-precedent"
    assert "Albania 2022" in finding["message"]


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed is not available")
def test_seed_gives_only_the_asia_pacific_mix(cli, tmp_path):
    source = SEED.read_text(encoding="utf-8")
    result = cli("check", str(SEED), "--select", "NJ3", "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    findings = json.loads(result.out)["findings"]
    assert [(f["code"], f["start"]["line"], f["start"]["column"]) for f in findings] == [
        ("NJ304", *locate(source, "Asie-Pacifique")),
    ]
    assert "indo-pacifiques" in findings[0]["message"]


# --- the corpus -----------------------------------------------------------------------------------

# What reading each document gave (tests/data/corpus_reading.md): in scope, and the criteria addressed.
CORPUS_READING = {
    "en_whitehouse_2024-07-11_fact-sheet-nato-indo-pacific-partners.md": [
        "defense-spending",
        "cooperation-areas",
        "institutionalization",
        "strategic-alignment",
    ],
    "en_whitehouse_2024-07-11_readout-meeting-nato-indo-pacific-partners.md": None,
    "en_whitehouse_2024-07-10_fact-sheet-2024-nato-summit-washington.md": None,
    "en_whitehouse_2022-06-29_fact-sheet-2022-nato-summit-madrid-strategic-concept.md": None,
    "en_whitehouse_2024-04-10_us-japan-joint-leaders-statement.md": None,
    "en_whitehouse_2023-01-13_us-japan-joint-statement.md": None,
    "en_whitehouse_2022-12-16_statement-japan-national-security-strategy.md": None,
    "en_whitehouse_2023-07-12_remarks-biden-kishida-zelenskyy-vilnius.md": None,
    "en_whitehouse_2022-06-29_remarks-biden-stoltenberg-madrid.md": None,
    "en_whitehouse_2022-09-07_statement-iran-cyberattack-albania.md": None,
    "en_wikipedia-2019_NATO.md": None,
    "en_wikipedia-2019_North_Atlantic_Treaty.md": None,
    "en-nl_north-atlantic-treaty_1949_dutch-treaty-database.md": None,
    "fr_legifrance_loi-2003-73_lpm-2003-2008_rapport-annexe_partie1-environnement-defense.md": None,
    "fr_wikidata-Q712737-P7081_constitution-du-japon_article-9.txt": None,
}


@needs_shared
@pytest.mark.parametrize("name", sorted(CORPUS_READING))
def test_corpus_document_scope_and_criteria_match_the_reading(cli, tmp_path: Path, name: str) -> None:
    write(tmp_path / name, (CORPUS / name).read_bytes())
    report = report_of(cli, name)
    entry = coverage_entry(report, name)
    expected = CORPUS_READING[name]
    assert entry["in_scope"] is (expected is not None)
    if expected is not None:
        assert addressed_in_order(entry) == expected
        for result in entry["criteria"]:
            for evidence in result["evidence"]:
                source = (CORPUS / name).read_text(encoding="utf-8")
                assert " ".join(source[evidence["start"]["offset"] : evidence["end"]["offset"]].split()) == " ".join(evidence["text"].split())
    claims = [f for f in report["findings"] if f["code"].startswith("NJ2")]
    assert claims == [], "official texts assert no wrong fact"


# --- claims on the seed and the corpus --------------------------------------------------------------

def test_the_seed_and_the_corpus_give_no_finding_of_the_alliance_claims(cli, tmp_path: Path) -> None:
    if not SHARED.is_dir():
        pytest.skip("the shared design material is not available")
    paths = sorted(str(path) for path in (SHARED / "corpus").glob("*") if path.suffix in (".md", ".txt"))
    paths += sorted(str(path) for path in (SHARED / "seed").glob("*.txt"))
    assert paths
    result = cli("check", *paths, "--select", "NJ2", "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    found = [finding for finding in json.loads(result.out)["findings"] if finding["code"] in ALLIANCE_CODES]
    assert found == [], [(finding["path"], finding["code"], finding["start"]["line"]) for finding in found]


def test_the_seed_and_the_corpus_give_no_finding_of_the_defence_claims(cli):
    if not SHARED.is_dir():
        pytest.skip("the shared design material is not present")
    paths = [str(path) for path in (SHARED / "corpus", SHARED / "seed") if path.is_dir()]
    if not paths:
        pytest.skip("no corpus or seed in the shared material")
    assert defence_findings(cli, *paths) == []


# --- the benchmark: 645 White House statements (CC0), not used to write the rules -------------------

@pytest.fixture(scope="module")
def statements(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ARCHIVE.is_file():
        pytest.skip("../shared/corpus-bench is not beside the checkout")
    folder = tmp_path_factory.mktemp("bench")
    with tarfile.open(ARCHIVE) as archive:
        archive.extractall(folder, filter="data")
    return folder


def test_no_claim_finding_on_official_statements(cli, statements: Path) -> None:
    result = cli("check", str(statements), "--select", "NJ2", "--output-format", "json", "--isolated")
    report = json.loads(result.out)
    assert len(report["files"]) == 645
    assert report["findings"] == []
    assert result.code == 0
