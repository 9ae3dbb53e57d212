"""Each claim rule's first tests: a wrong sentence set in a small note is flagged inside that sentence.

It gives one finding of its rule and fact, an error positioned within the sentence, whose message cites the
fact and its source; look-alikes (negated, attributed, questioned, quoted, or simply true) give none. The
alliance facts come first (NJ201–NJ208), then the defence facts (NJ221–NJ228); each fact's other tests are
in test_claims_<fact>.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import defence_findings, locate, write


# --- the alliance facts: Japan a partner, Albania, Article 5, Stoltenberg's visit ------------------

ALLIANCE_CODES = {f"NJ{number}" for number in range(201, 220)}

ALLIANCE_BEFORE = "The brief reviews the record of the past decade."
ALLIANCE_AFTER = "It ends with recommendations for the ministry."


def _alliance_document(sentence: str, *, line: int) -> str:
    """Three sentences, the wrong one in the middle, on line 2 or line 3."""
    if line == 2:
        return f"# Note\n{ALLIANCE_BEFORE} {sentence} {ALLIANCE_AFTER}\n"
    return f"# Note\n\n{ALLIANCE_BEFORE} {sentence} {ALLIANCE_AFTER}\n"


def _alliance_findings(cli, tmp_path: Path, text: str) -> list[dict]:
    write(tmp_path / "doc.md", text)
    result = cli("check", "doc.md", "--select", "NJ2", "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    return [finding for finding in json.loads(result.out)["findings"] if finding["code"] in ALLIANCE_CODES]


ALLIANCE_WRONG = {
    "japan-partner": [
        ("NJ201", "Japan is a NATO member and takes part in the Alliance's planning."),
        ("NJ201", "NATO members such as France and Japan have raised their defence budgets."),
        ("NJ201", "Japan, a member of NATO, sent observers to the exercise."),
        ("NJ201", "Japan became NATO's 33rd member after long talks."),
        ("NJ201", "Le Japon est membre de l’OTAN depuis peu."),
        ("NJ201", "Le Japon, membre de l’OTAN, a envoyé des observateurs."),
        ("NJ201", "Les pays membres de l’OTAN, dont le Japon, ont réagi."),
        ("NJ202", "Japan joined NATO in 2023."),
        ("NJ202", "Tokyo has officially joined NATO."),
        ("NJ202", "Le Japon a rejoint l’OTAN en 2023."),
        ("NJ202", "Le Japon a adhéré à l’OTAN après l’invasion de l’Ukraine."),
        ("NJ202", "En 2022, le Japon a intégré l’OTAN."),
    ],
    "albania-no-article-5": [
        ("NJ203", "NATO invoked Article 5 after the Iranian cyberattack on Albania."),
        ("NJ203", "After the 2022 cyberattack, Albania triggered Article 5."),
        ("NJ203", "The collective defence clause was invoked in response to the attack on Albania."),
        ("NJ203", "L’OTAN a invoqué l’article 5 après la cyberattaque contre l’Albanie."),
        ("NJ203", "L’Albanie a déclenché l’article 5 du traité de l’Atlantique Nord."),
    ],
    "albania-attribution": [
        ("NJ204", "The Russian cyberattack on Albania crippled public services."),
        ("NJ204", "In July 2022, Albania was hit by Chinese hackers."),
        ("NJ204", "Albania cut diplomatic ties with Russia after the attack."),
        ("NJ204", "La cyberattaque russe contre l’Albanie a paralysé les services publics."),
        ("NJ204", "L’Albanie a été victime de pirates nord-coréens en 2022."),
        ("NJ204", "La cyberattaque contre l’Albanie a été attribuée à la Russie."),
    ],
    "article-5-once": [
        ("NJ205", "NATO's Article 5 has been invoked several times since 1949."),
        ("NJ205", "NATO invoked Article 5 after Russia's invasion of Ukraine."),
        ("NJ205", "L’article 5 du traité de l’OTAN a été invoqué à plusieurs reprises."),
        ("NJ205", "L’OTAN a invoqué l’article 5 pour l’Ukraine en 2022."),
        ("NJ206", "NATO's Article 5 has never been invoked."),
        ("NJ206", "The Alliance has never invoked Article 5 in its history."),
        ("NJ206", "L’article 5 du traité de l’Atlantique Nord n’a jamais été invoqué."),
    ],
    "stoltenberg-visit": [
        ("NJ207", "Stoltenberg visited Tokyo in March 2023 and met Prime Minister Kishida."),
        ("NJ207", "In 2022, NATO Secretary General Jens Stoltenberg visited Japan."),
        ("NJ207", "Jens Stoltenberg s’est rendu à Tokyo en mars 2023."),
        ("NJ207", "En 2022, Stoltenberg a rencontré le Premier ministre Kishida à Tokyo."),
        ("NJ208", "Stoltenberg met Prime Minister Kishida in Seoul on 31 January 2023."),
        ("NJ208", "Stoltenberg a rencontré Kishida à Séoul le 31 janvier 2023."),
    ],
}

ALLIANCE_LOOK_ALIKES = {
    "japan-partner": [
        "Japan is not a NATO member but one of its partners across the globe.",
        "Is Japan a NATO member?",
        "China claims that Japan is a NATO member.",
        "Japan joined NATO exercises in the Baltic.",
        "Japan joined NATO leaders at the Vilnius summit.",
        "NATO members and partners such as Japan met in Brussels.",
        "Japan is a member of the alliance with the United States.",
        "L’adhésion du Japon à l’OTAN n’est pas à l’ordre du jour.",
        "Le Japon n’a pas besoin d’être un membre officiel de l’OTAN pour coopérer.",
        "Pékin affirme que le Japon a rejoint l’OTAN.",
        "Le Japon a rejoint l’OTAN lors d’exercices de cyberdéfense.",
        "A « le Japon est membre de l’OTAN » répond un démenti.",
    ],
    "albania-no-article-5": [
        "L’Albanie, membre de l’OTAN, a reçu le soutien de l’OTAN sans invoquer l’article 5.",
        "NATO supported Albania without invoking Article 5.",
        "Some feared that NATO would invoke Article 5 for Albania.",
        "Did Albania invoke Article 5?",
        "NATO invoked Article 5 once, in 2001, and supported Albania in 2022 by other means.",
    ],
    "albania-attribution": [
        "The Iranian cyberattack on Albania crippled public services.",
        "Russian cyberattacks on Ukraine and Iran's attack on Albania show the threat.",
        "Albania cut diplomatic ties with Iran after the attack.",
        "La cyberattaque contre l’Albanie a été attribuée à l’Iran.",
        "Les attaques russes contre l’Ukraine et la cyberattaque iranienne contre l’Albanie se ressemblent.",
    ],
    "article-5-once": [
        "NATO's Article 5 has been invoked only once, after 9/11.",
        "NATO's Article 4 has been invoked several times, including over Ukraine.",
        "NATO did not invoke Article 5 for Ukraine.",
        "NATO's Article 5 had never been invoked before the attacks of 11 September 2001.",
        "NATO's Article 5 has never been invoked for a cyberattack.",
        "It is a myth that NATO's Article 5 has never been invoked.",
        "L’article 5 de l’OTAN n’avait jamais été invoqué avant 2001.",
        "Article V of the US-Japan Security Treaty has never been invoked, unlike NATO's clause.",
    ],
    "stoltenberg-visit": [
        "Stoltenberg visited Tokyo in 2017 and met Prime Minister Abe.",
        "Stoltenberg visited Seoul in January 2023.",
        "Stoltenberg met Kishida in Madrid in June 2022.",
        "Stoltenberg met Kishida in Vilnius in July 2023 and in Washington in July 2024.",
        "Stoltenberg visited Tokyo and met Kishida in Vilnius in July 2023.",
        "Jens Stoltenberg s’est rendu à Tokyo le 31 janvier 2023.",
        "Stoltenberg met Prime Minister Kishida in Tokyo on 31 January 2023.",
        "In 2025, the NATO Secretary General visited Tokyo.",
    ],
}


@pytest.mark.parametrize(
    ("fact", "code", "sentence", "line"),
    [
        (fact, code, sentence, 2 + index % 2)
        for fact, cases in ALLIANCE_WRONG.items()
        for index, (code, sentence) in enumerate(cases)
    ],
)
def test_a_wrong_alliance_claim_is_flagged_inside_its_sentence(cli, tmp_path: Path, fact: str, code: str, sentence: str, line: int) -> None:
    text = _alliance_document(sentence, line=line)
    found = _alliance_findings(cli, tmp_path, text)
    assert [(finding["code"], finding["fact"]) for finding in found] == [(code, fact)], found
    finding = found[0]
    assert finding["framework"] == "nato-japan"
    assert finding["severity"] == "error"
    assert finding["source"]
    expected_line, first_column = locate(text, sentence)
    assert expected_line == line
    assert finding["start"]["line"] == expected_line
    assert first_column <= finding["start"]["column"] < first_column + len(sentence)
    assert finding["end"]["line"] == expected_line
    assert finding["end"]["column"] <= first_column + len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [sentence for cases in ALLIANCE_LOOK_ALIKES.values() for sentence in cases],
)
def test_an_alliance_look_alike_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _alliance_findings(cli, tmp_path, _alliance_document(sentence, line=3)) == []


def test_the_message_cites_the_fact_and_its_source(cli, tmp_path: Path) -> None:
    found = _alliance_findings(cli, tmp_path, _alliance_document("Japan joined NATO in 2023.", line=3))
    assert len(found) == 1
    message = found[0]["message"]
    assert "not a member" in message
    assert "Relations with Japan" in message
    assert "{" not in message


def test_one_finding_per_sentence(cli, tmp_path: Path) -> None:
    text = _alliance_document("Japan is a NATO member, and Japan joined NATO in 2023 as a full member.", line=3)
    assert len(_alliance_findings(cli, tmp_path, text)) <= 2
    codes = [finding["code"] for finding in _alliance_findings(cli, tmp_path, text)]
    assert len(codes) == len(set(codes))


# --- the defence facts: spending target, CCDCOE, GCAP, nuclear sharing, Strategic Concept ---------------

DEFENCE_BEFORE = "This note reviews cooperation between NATO and Japan."
DEFENCE_AFTER = "Cooperation should continue in the years ahead."

# (code, fact, wrong sentence)
DEFENCE_WRONG = [
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
DEFENCE_LOOK_ALIKES = [
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


def _defence_document(sentence: str, layout: int) -> str:
    # layout 0: one paragraph with soft line breaks (the sentence on line 2);
    # layout 1: three paragraphs (the sentence on line 3).
    if layout == 0:
        return f"{DEFENCE_BEFORE}\n{sentence}\n{DEFENCE_AFTER}\n"
    return f"{DEFENCE_BEFORE}\n\n{sentence}\n\n{DEFENCE_AFTER}\n"


@pytest.mark.parametrize(
    ("code", "fact", "sentence", "layout"),
    [pytest.param(code, fact, sentence, index % 2, id=f"{code}-{index}") for index, (code, fact, sentence) in enumerate(DEFENCE_WRONG)],
)
def test_a_wrong_defence_claim_is_flagged_inside_its_sentence(cli, tmp_path, code, fact, sentence, layout):
    text = _defence_document(sentence, layout)
    write(tmp_path / "doc.md", text)
    findings = defence_findings(cli, "doc.md")
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
    [pytest.param(fact, sentence, id=f"{fact}-{index}") for index, (fact, sentence) in enumerate(DEFENCE_LOOK_ALIKES)],
)
def test_a_defence_look_alike_is_not_flagged(cli, tmp_path, fact, sentence):
    write(tmp_path / "doc.md", _defence_document(sentence, 0))
    assert defence_findings(cli, "doc.md") == []


def test_every_defence_fact_has_three_wrong_sentences_and_three_look_alikes():
    for fact in {fact for _, fact, _ in DEFENCE_WRONG}:
        wrong = [sentence for _, f, sentence in DEFENCE_WRONG if f == fact]
        alike = [sentence for f, sentence in DEFENCE_LOOK_ALIKES if f == fact]
        assert len(wrong) >= 3 and len(alike) >= 3, fact
