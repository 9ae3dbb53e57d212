"""nato-japan claims, part 2 (NJ221–NJ228): spending target, CCDCOE, GCAP, nuclear sharing, Strategic Concept.

Each wrong sentence stands in the middle of a three-sentence Markdown document and must give a
finding of the right rule, carrying the right fact, positioned inside that sentence; each
look-alike (true, negated, attributed, questioned or quoted) must give none of these rules'
findings; and the real documents of the shared corpus and the seed must give none either.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import locate, write

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

CODES = ("NJ221", "NJ222", "NJ223", "NJ224", "NJ225", "NJ226", "NJ227", "NJ228")

BEFORE = "This note reviews cooperation between NATO and Japan."
AFTER = "Cooperation should continue in the years ahead."

# (code, fact, wrong sentence)
WRONG = [
    # spending-target: another percentage
    ("NJ221", "spending-target", "Japan aims to spend 3% of GDP on defence."),
    ("NJ221", "spending-target", "Under its new strategy, Tokyo plans to raise defense spending to 1.5 percent of its GDP."),
    ("NJ221", "spending-target", "Le Japon vise 1,5\u00a0% du PIB pour sa défense."),
    ("NJ221", "spending-target", "Tokyo s’est engagé à porter ses dépenses de défense à trois pour cent de son PIB."),
    # spending-target: another year
    ("NJ222", "spending-target", "Japan will reach 2% by 2030."),
    ("NJ222", "spending-target", "Tokyo aims to spend two percent of GDP on defence by fiscal year 2029."),
    ("NJ222", "spending-target", "Le Japon atteindra 2\u00a0% d’ici 2025."),
    ("NJ222", "spending-target", "Le gouvernement japonais prévoit de consacrer deux pour cent de son PIB à la défense en 2030."),
    # spending-target: the loose "doubling" (warning)
    ("NJ223", "spending-target", "Japan is doubling its defence budget to 2% of GDP."),
    ("NJ223", "spending-target", "Tokyo plans on doubling the defense budget to two percent of GDP by 2027."),
    ("NJ223", "spending-target", "Le Japon va doubler son budget de défense à 2\u00a0% du PIB."),
    # ccdcoe-tallinn: the centre elsewhere
    ("NJ224", "ccdcoe-tallinn", "Japan participates in the CCDCOE in Riga."),
    ("NJ224", "ccdcoe-tallinn", "The NATO Cooperative Cyber Defence Centre of Excellence, based in Brussels, trains Allies and partners."),
    ("NJ224", "ccdcoe-tallinn", "Le Japon a rejoint le centre d’excellence de l’OTAN pour la cyberdéfense coopérative, situé à Vilnius."),
    ("NJ224", "ccdcoe-tallinn", "Le CCDCOE, basé à Riga, accueille le Japon."),
    # ccdcoe-tallinn: a joining year outside 2018–2022
    ("NJ225", "ccdcoe-tallinn", "Japan joined the CCDCOE in 2015."),
    ("NJ225", "ccdcoe-tallinn", "Japan became a contributing participant of the NATO CCDCOE in March 2024."),
    ("NJ225", "ccdcoe-tallinn", "En 2016, le Japon a rejoint le CCDCOE."),
    # gcap-partners
    ("NJ226", "gcap-partners", "GCAP brings together Japan, the United Kingdom and Germany."),
    ("NJ226", "gcap-partners", "The United States is a partner in GCAP."),
    ("NJ226", "gcap-partners", "Le GCAP réunit le Japon, le Royaume-Uni et la France."),
    ("NJ226", "gcap-partners", "La Suède fait partie du programme GCAP."),
    # nuclear-sharing-rejected
    ("NJ227", "nuclear-sharing-rejected", "Japan has agreed to NATO-style nuclear sharing."),
    ("NJ227", "nuclear-sharing-rejected", "Japan hosts US nuclear weapons on its territory."),
    ("NJ227", "nuclear-sharing-rejected", "Le Japon a accepté le partage nucléaire de l’OTAN."),
    ("NJ227", "nuclear-sharing-rejected", "Des armes nucléaires américaines sont stationnées au Japon."),
    # strategic-concept-2022
    ("NJ228", "strategic-concept-2022", "The 2022 Strategic Concept adopted in Vilnius names China as a challenge."),
    ("NJ228", "strategic-concept-2022", "NATO’s Strategic Concept, adopted in Madrid in 2023, mentions the Indo-Pacific."),
    ("NJ228", "strategic-concept-2022", "Le concept stratégique adopté à Vilnius en 2022 cite la Chine."),
    ("NJ228", "strategic-concept-2022", "L’OTAN a adopté son concept stratégique à Washington en 2022."),
]

# (fact, look-alike that must give no finding of these rules)
LOOK_ALIKES = [
    ("spending-target", "Japan’s defence spending was long capped at 1% of GDP."),
    ("spending-target", "NATO Allies committed to spend 2 % of GDP by 2024."),
    ("spending-target", "Japan plans to reach 2 % of GDP by fiscal 2027."),
    ("spending-target", "Japan will raise defence and related spending to 2 percent of GDP within five years."),
    ("spending-target", "Le Japon s’apprête à augmenter son budget de défense à 2\u00a0% du PIB d’ici 2027."),
    ("spending-target", "Japan does not aim to spend 3% of GDP."),
    ("spending-target", "Le Japon atteindra-t-il 2\u00a0% d’ici 2025\u00a0?"),
    ("spending-target", "Critics say Japan is doubling its defence budget to 2%."),
    ("ccdcoe-tallinn", "Japan participates in the CCDCOE in Tallinn, Estonia."),
    ("ccdcoe-tallinn", "Le Japon participe au Centre d’excellence de l’OTAN sur la cybersécurité à Tallinn."),
    ("ccdcoe-tallinn", "Japan announced in January 2018 that it would join the CCDCOE."),
    ("ccdcoe-tallinn", "Japan became a contributing participant of the CCDCOE in November 2022."),
    ("ccdcoe-tallinn", "The CCDCOE is not in Riga."),
    ("gcap-partners", "GCAP brings together Japan, the United Kingdom and Italy."),
    ("gcap-partners", "Saudi Arabia has sought to join GCAP."),
    ("gcap-partners", "GCAP, unlike the Franco-German FCAS, is led by Japan, the UK and Italy."),
    ("gcap-partners", "Le SCAF réunit la France, l’Allemagne et l’Espagne."),
    ("gcap-partners", "Is Germany a member of GCAP?"),
    ("nuclear-sharing-rejected", "Abe called for a debate on nuclear sharing."),
    ("nuclear-sharing-rejected", "Kishida rejected nuclear sharing in February 2022."),
    ("nuclear-sharing-rejected", "Le partage nucléaire est probablement un non-démarreur."),
    ("nuclear-sharing-rejected", "Discussions about nuclear sharing have become more common in Japan."),
    ("nuclear-sharing-rejected", "Some fear Japan has agreed to nuclear sharing."),
    ("strategic-concept-2022", "The 2010 Strategic Concept was adopted in Lisbon."),
    ("strategic-concept-2022", "The 2022 Strategic Concept, which replaced the one adopted in Lisbon in 2010, names China."),
    ("strategic-concept-2022", "At the 2023 Vilnius summit, Allies agreed defence plans based on the 2022 Strategic Concept."),
    ("strategic-concept-2022", "The Strategic Concept, adopted in Madrid, was reaffirmed at the 2024 Washington summit."),
    ("strategic-concept-2022", "Le concept stratégique de 2022 a été adopté au sommet de Madrid le 29 juin 2022."),
]


def _findings(cli, *paths: str) -> list[dict]:
    result = cli("check", *paths, "--select", ",".join(CODES), "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    return [finding for finding in json.loads(result.out)["findings"] if finding["code"] in CODES]


def _document(sentence: str, layout: int) -> str:
    # layout 0: one paragraph with soft line breaks (the sentence on line 2);
    # layout 1: three paragraphs (the sentence on line 3).
    if layout == 0:
        return f"{BEFORE}\n{sentence}\n{AFTER}\n"
    return f"{BEFORE}\n\n{sentence}\n\n{AFTER}\n"


@pytest.mark.parametrize(
    ("code", "fact", "sentence", "layout"),
    [pytest.param(code, fact, sentence, index % 2, id=f"{code}-{index}") for index, (code, fact, sentence) in enumerate(WRONG)],
)
def test_wrong_claim_is_flagged_on_its_sentence(cli, tmp_path, code, fact, sentence, layout):
    text = _document(sentence, layout)
    write(tmp_path / "doc.md", text)
    findings = _findings(cli, "doc.md")
    matching = [finding for finding in findings if finding["code"] == code]
    assert len(matching) == 1, findings
    finding = matching[0]
    assert finding["fact"] == fact
    assert finding["framework"] == "nato-japan"
    assert finding["source"]
    line, column = locate(text, sentence)
    assert line == (2 if layout == 0 else 3)
    assert finding["start"]["line"] == line
    assert column <= finding["start"]["column"] < column + len(sentence)
    assert finding["end"]["line"] == line
    assert finding["start"]["column"] < finding["end"]["column"] <= column + len(sentence)
    # The message cites the fact and its source.
    assert "fact is:" in finding["message"]
    assert finding["source"] in finding["message"]


@pytest.mark.parametrize(
    ("fact", "sentence"),
    [pytest.param(fact, sentence, id=f"{fact}-{index}") for index, (fact, sentence) in enumerate(LOOK_ALIKES)],
)
def test_look_alike_is_not_flagged(cli, tmp_path, fact, sentence):
    write(tmp_path / "doc.md", _document(sentence, 0))
    assert _findings(cli, "doc.md") == []


def test_every_fact_has_three_wrong_sentences_and_three_look_alikes():
    for fact in {fact for _, fact, _ in WRONG}:
        wrong = [sentence for _, f, sentence in WRONG if f == fact]
        alike = [sentence for f, sentence in LOOK_ALIKES if f == fact]
        assert len(wrong) >= 3 and len(alike) >= 3, fact


def test_seed_and_corpus_give_no_finding(cli):
    if not SHARED.is_dir():
        pytest.skip("the shared design material is not present")
    paths = [str(path) for path in (SHARED / "corpus", SHARED / "seed") if path.is_dir()]
    if not paths:
        pytest.skip("no corpus or seed in the shared material")
    assert _findings(cli, *paths) == []
