"""The nato-japan framework's coverage: the seed, passages removed from it, the traps, the real corpus.

Expected verdicts on the corpus come from reading the documents
(tests/data/corpus_reading.md), not from running the rules.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED, write

SEED = SHARED / "seed" / "000_4d5b4b848126375b.txt"
CORPUS = SHARED / "corpus"

CRITERIA = [
    "article-9",
    "article-5-scope",
    "cyber-precedent",
    "threat-drivers",
    "defense-spending",
    "nuclear-sharing",
    "regional-reaction",
    "cooperation-areas",
    "institutionalization",
    "strategic-alignment",
]

needs_shared = pytest.mark.skipif(not SEED.is_file(), reason="../shared is not beside the checkout")

IN_SCOPE_EN = "NATO and Japan are partners. NATO and Japan met in Brussels. NATO and Japan share values.\n\n"
IN_SCOPE_FR = "L’OTAN et le Japon sont partenaires. L’OTAN et le Japon se sont réunis. L’OTAN et le Japon partagent des valeurs.\n\n"


def _report(cli, *paths: str) -> dict:
    result = cli("check", *paths, "--output-format", "json", "--isolated", "--exit-zero")
    assert result.err == "", result.err
    return json.loads(result.out)


def _coverage(report: dict, path: str) -> dict:
    (entry,) = [item for item in report["coverage"] if item["path"] == path and item["framework"] == "nato-japan"]
    return entry


def _addressed(entry: dict) -> list[str]:
    return [result["criterion"] for result in entry["criteria"] if result["addressed"]]


def _without_sentence(text: str, opening: str) -> str:
    """``text`` with the sentence that starts with ``opening`` removed (up to its final period)."""
    start = text.index(opening)
    end = text.index(".", start) + 1
    return text[:start] + text[end:].lstrip(" ")


@needs_shared
def test_seed_is_in_scope_with_every_criterion_addressed_and_no_claim(cli, tmp_path: Path) -> None:
    write(tmp_path / "seed.txt", SEED.read_bytes())
    report = _report(cli, "seed.txt")
    entry = _coverage(report, "seed.txt")
    assert entry["in_scope"] is True
    assert _addressed(entry) == CRITERIA
    codes = {finding["code"] for finding in report["findings"]}
    assert not any(code.startswith(("NJ1", "NJ2")) for code in codes)
    assert not [finding for finding in report["findings"] if finding["severity"] == "error"]


@needs_shared
def test_seed_without_its_article_9_passage_misses_article_9(cli, tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    text = _without_sentence(seed, "D’une part, l’article 9 de la Constitution japonaise")
    write(tmp_path / "seed.txt", text)
    report = _report(cli, "seed.txt")
    assert _addressed(_coverage(report, "seed.txt")) == [c for c in CRITERIA if c != "article-9"]
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
    report = _report(cli, "seed.txt")
    assert _addressed(_coverage(report, "seed.txt")) == [c for c in CRITERIA if c != "cyber-precedent"]
    assert [f["code"] for f in report["findings"] if f["code"].startswith("NJ1")] == ["NJ103"]
    (finding,) = [f for f in report["findings"] if f["code"] == "NJ103"]
    assert finding["framework"] == "nato-japan" and finding["criterion"] == "cyber-precedent"
    assert "Albania 2022" in finding["message"]


@pytest.mark.parametrize(
    ("trap", "criterion"),
    [
        ("Article 9 of the North Atlantic Treaty establishes the North Atlantic Council.", "article-9"),
        ("L’article 9 du traité de l’Atlantique Nord institue le Conseil.", "article-9"),
        ("Article 9 of the Estonian constitution protects rights.", "article-9"),
        ("Under Article V of the U.S.-Japan Security Treaty, the United States defends Japan.", "article-5-scope"),
        ("L’article V du traité de sécurité nippo-américain protège le Japon.", "article-5-scope"),
        ("Article 5 of the French law of 1901 governs associations.", "article-5-scope"),
        ("Allies agreed to spend at least 2% of GDP on defence.", "defense-spending"),
        ("Les Alliés se sont engagés à consacrer 2 % de leur PIB à la défense.", "defense-spending"),
        ("Russia has repeatedly made nuclear threats.", "nuclear-sharing"),
        ("China is the main threat to the region.", "regional-reaction"),
        ("Both sides should deepen their cooperation.", "cooperation-areas"),
        ("Both sides want stronger ties.", "institutionalization"),
        ("Cyber matters more every year.", "cyber-precedent"),
        ("Russia invaded Ukraine in 2022.", "threat-drivers"),
    ],
)
def test_traps_named_by_the_framework_are_not_evidence(cli, tmp_path: Path, trap: str, criterion: str) -> None:
    preamble = IN_SCOPE_FR if "’" in trap or "é" in trap else IN_SCOPE_EN
    write(tmp_path / "doc.md", preamble + trap + "\n")
    entry = _coverage(_report(cli, "doc.md"), "doc.md")
    assert entry["in_scope"] is True
    assert criterion not in _addressed(entry)


@pytest.mark.parametrize(
    "text",
    [
        "NATO's summit welcomed Australia, Japan, New Zealand and the Republic of Korea.",
        "NATO met. Japan voted. Both are busy.",
        "Le Japon et la Corée. L’OTAN et l’Union européenne.",
    ],
)
def test_a_text_that_names_nato_and_japan_in_passing_is_out_of_scope(cli, tmp_path: Path, text: str) -> None:
    write(tmp_path / "doc.md", text + "\n")
    report = _report(cli, "doc.md")
    assert _coverage(report, "doc.md") == {"path": "doc.md", "framework": "nato-japan", "in_scope": False, "criteria": []}
    assert not [f for f in report["findings"] if f["code"].startswith("NJ1")]


@pytest.mark.parametrize(
    "text",
    [
        "# NATO–Japan relations after Vilnius\n\nThe summit changed little on paper, and much in practice.\n",
        "Japan’s partnership with NATO has matured. Its next step is less obvious.\n",
        "Tokyo and the Atlantic Alliance no longer keep each other at a distance.\n\nWhat Japan wants from it is another matter.\n",
        "Entre le Japon et l’OTAN, le rapprochement est réel. Reste à l’organiser.\n",
        "Le gouvernement japonais et l’Alliance atlantique se parlent davantage depuis 2022.\n",
        "MEMO\n\nSubject: the NATO-Japan partnership\n\nThe minister asked for options before the summit.\n",
        # "the Alliance" pairs with Japan once the lead has named NATO
        "Le chef de l’OTAN est arrivé à Séoul.\n\nIl veut renforcer la coopération entre l’Alliance et le Japon.\n",
    ],
)
def test_a_short_text_that_pairs_nato_and_japan_in_its_lead_is_in_scope(cli, tmp_path: Path, text: str) -> None:
    # NATO is named once in most of these: only the lead trigger can tell that they are about the two.
    write(tmp_path / "doc.md", text)
    assert _coverage(_report(cli, "doc.md"), "doc.md")["in_scope"] is True


@pytest.mark.parametrize(
    "text",
    [
        # a summit readout's opening list of partners: the names are apart, or a comma stands between them
        "On the margins of the NATO Summit, the President met President Yoon of Korea, Prime Minister Kishida of Japan, "
        "and Prime Minister Luxon of New Zealand.\n\nThe leaders condemned Russia’s war.\n",
        "NATO’s partners in the Indo-Pacific — Australia, Japan, New Zealand and the Republic of Korea — attended.\n",
        # a heading that ends on one name, a paragraph that opens on the other: two blocks, no pair
        "# Notes on NATO\n\nJapan announced its budget on Friday.\n",
        # "the Alliance" alone may be the US–Japan one; "the U.S.-Japan Alliance" pairs nothing
        "The Alliance and Japan's Self-Defense Forces trained together off Okinawa.\n",
        "The U.S.-Japan Alliance is the cornerstone of peace in the region. NATO leaders meet in July.\n",
        # a long text that pairs them once, far from its opening
        "# The Alliance in 2024\n\n" + "Allies agreed on air defence, munitions and new plans for the eastern flank. " * 14
        + "\n\nNATO and Japan signed a new programme.\n",
    ],
)
def test_a_pairing_outside_the_lead_or_a_list_of_partners_leaves_a_text_out_of_scope(cli, tmp_path: Path, text: str) -> None:
    write(tmp_path / "doc.md", text)
    assert _coverage(_report(cli, "doc.md"), "doc.md")["in_scope"] is False


def test_coverage_evidence_points_at_the_evidence(cli, tmp_path: Path) -> None:
    source = IN_SCOPE_EN + "Japan's shift answers Russia's invasion of Ukraine.\n\nArticle 9 of Japan's constitution limits any\nmilitary obligation.\n"
    write(tmp_path / "doc.md", source)
    entry = _coverage(_report(cli, "doc.md"), "doc.md")
    results = {result["criterion"]: result for result in entry["criteria"]}
    (evidence,) = results["article-9"]["evidence"]
    assert evidence["text"] == "Article 9 of Japan's constitution"
    assert source[evidence["start"]["offset"] : evidence["end"]["offset"]] == "Article 9 of Japan's constitution"
    assert (evidence["start"]["line"], evidence["start"]["column"]) == (5, 1)
    (driver,) = results["threat-drivers"]["evidence"]
    assert driver["text"] == "Russia's invasion of Ukraine"
    assert (driver["start"]["line"], driver["start"]["column"]) == (3, 23)


def test_every_coverage_example_that_passes_is_in_scope(cli) -> None:
    """A coverage rule's 'pass' example out of scope would pass without testing anything."""
    rules = json.loads(cli("rules", "--output-format", "json").out)
    from claimcheck.readers.markdown import MarkdownReader
    from claimcheck.rules.pack import load_pack
    from claimcheck.rules.builtin import claimcheck_rule_types
    from claimcheck.rules.packs import bundled_packs_root

    pack = load_pack(bundled_packs_root() / "nato-japan", {t.name: t for t in claimcheck_rule_types()})
    coverage_rules = [rule for rule in rules if rule["type"] == "coverage"]
    assert len(coverage_rules) == 10
    for rule in coverage_rules:
        for text in rule["examples"]["pass"] + rule["examples"]["fail"]:
            document = MarkdownReader().read(text, path="example.md")
            if text == "A note on shipping.":
                assert not pack.framework.applies(document)
            else:
                assert pack.framework.applies(document), (rule["code"], text)


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
    report = _report(cli, name)
    entry = _coverage(report, name)
    expected = CORPUS_READING[name]
    assert entry["in_scope"] is (expected is not None)
    if expected is not None:
        assert _addressed(entry) == expected
        for result in entry["criteria"]:
            for evidence in result["evidence"]:
                source = (CORPUS / name).read_text(encoding="utf-8")
                assert " ".join(source[evidence["start"]["offset"] : evidence["end"]["offset"]].split()) == " ".join(evidence["text"].split())
    claims = [f for f in report["findings"] if f["code"].startswith("NJ2")]
    assert claims == [], "official texts assert no wrong fact"


def test_coverage_command_formats(cli, tmp_path: Path) -> None:
    write(tmp_path / "in.md", IN_SCOPE_EN + "Article 9 of Japan's constitution limits any military obligation.\n")
    write(tmp_path / "out.md", "Shipping news.\n")

    csv_out = cli("coverage", "in.md", "out.md", "--output-format", "csv", "--isolated")
    assert csv_out.code == 0
    lines = csv_out.out.splitlines()
    assert lines[0] == "path,framework,in_scope,criterion,code,addressed,evidence_count,evidence"
    assert lines[1] == "in.md,nato-japan,yes,article-9,NJ101,yes,1,3:1 Article 9 of Japan's constitution"
    assert lines[2] == "in.md,nato-japan,yes,article-5-scope,NJ102,no,0,"
    assert lines[-1] == "out.md,nato-japan,no,,,,,"
    assert len(lines) == 1 + 10 + 1

    data = json.loads(cli("coverage", "in.md", "out.md", "--output-format", "json", "--isolated").out)
    assert data["schema_version"] == 2
    assert [criterion["id"] for criterion in data["frameworks"][0]["criteria"]] == CRITERIA
    assert [(d["path"], d["in_scope"]) for d in data["documents"]] == [("in.md", True), ("out.md", False)]

    markdown = cli("coverage", "in.md", "out.md", "--output-format", "markdown", "--isolated").out
    assert "| in.md | yes | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |" in markdown
    assert "| out.md | no | · | · | · | · | · | · | · | · | · | · |" in markdown
    assert "- **article-9** — line 3: “Article 9 of Japan's constitution”" in markdown

    table = cli("coverage", "in.md", "out.md", "--isolated").out
    # The path column is as wide as the widest path or the word "document".
    assert "document  scope  C1  C2  C3  C4  C5  C6  C7  C8  C9  C10" in table
    assert "in.md     in     ✓   ✗   ✗   ✗   ✗   ✗   ✗   ✗   ✗   ✗" in table
    assert "out.md    out    ·   ·   ·   ·   ·   ·   ·   ·   ·   ·" in table
    assert "    article-9: 3:1 “Article 9 of Japan's constitution”" in table
