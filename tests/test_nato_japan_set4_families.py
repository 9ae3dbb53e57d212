"""NATO–Japan: families of wording that the fourth development set showed missing, in my own words.

Set 4 showed that earlier fixes had been too narrow (one adverb, one construction). Each miss
is fixed here as a family, every syntactic form of the same wrong assertion; none of the set's
sentences is in the rules, their examples or the tests below:

* Japan inside NATO (NJ213): the accession as a nominalisation with a year or adjective, subject
  of what it did ("Japan's 2024 accession to NATO reshaped…", « L'adhésion du Japon à l'OTAN a
  bouleversé… »), and a fronted participle or apposition ("Having joined NATO…, Japan",
  "Now a full member of NATO, Japan", « Ayant rejoint l'OTAN, le Japon »).
* Article 5 never invoked (NJ219): fronted participle with any negative adverb, apposition,
  prenominal, whether or not NATO is named ("Never once triggered since 1949, Article 5…",
  « Jamais activée depuis sa création, la clause de défense collective… »).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_report


def _codes(cli, tmp_path: Path, text: str, select: str = "NJ2") -> list[str]:
    report = check_report(cli, tmp_path, text + "\n", select=select)
    return [finding["code"] for finding in report["findings"]]


WRONG_CLAIMS = [
    ("NJ213", "Japan's 2024 accession to NATO changed the balance of power in Asia."),
    ("NJ213", "Japan's recent admission into NATO gave the Allies a foothold in Asia."),
    ("NJ213", "Japan's membership of NATO has shifted China's calculations."),
    ("NJ213", "Tokyo's formal NATO accession in 2023 redrew the map of Asian security."),
    ("NJ213", "Now a full member of NATO, Japan takes part in the Alliance's nuclear planning."),
    ("NJ213", "Having entered NATO last year as its newest member, Tokyo hosts Allied ships."),
    ("NJ202", "Japan, having joined NATO in 2023, sends officers to every Allied exercise."),
    ("NJ213", "Ayant rejoint l'OTAN en 2023, le Japon participe désormais à la planification de défense collective."),
    ("NJ213", "L'adhésion du Japon à l'OTAN a changé l'équilibre en Asie."),
    ("NJ213", "L'entrée japonaise dans l'OTAN en 2024 a irrité Pékin."),
    ("NJ201", "Désormais membre à part entière de l'OTAN, le Japon accueille des navires alliés."),
    ("NJ219", "Never invoked since its signature, Article 5 of the Washington Treaty is a paper promise."),
    ("NJ219", "NATO's never-invoked Article 5 is a purely theoretical guarantee."),
    ("NJ219", "Not once invoked since 1949, Article 5 remains theoretical."),
    ("NJ219", "Article 5, never triggered to this day, is a bluff."),
    ("NJ219", "Jamais activé depuis 1949, l'article 5 du traité de l'Atlantique Nord reste théorique."),
    ("NJ219", "L'article 5, jamais invoqué par l'OTAN, demeure une promesse."),
    ("NJ219", "Pas une seule fois invoqué depuis sa création, l'article 5 de l'OTAN reste théorique."),
    ("NJ219", "À aucun moment déclenchée en soixante ans, la clause de défense collective reste un pari."),
]

LOOK_ALIKES = [
    "Japan's accession to NATO would extend the guarantee to the Pacific.",
    "Japan's accession to NATO is not on the agenda.",
    "Japan's accession to NATO was ruled out by the Allies in 2023.",
    "Finland's 2023 accession to NATO extended the Alliance's border.",
    "Having joined NATO as a full member, Sweden now takes part in planning; Japan remains a partner.",
    "Since joining the CPTPP, Japan has deepened its ties with NATO.",
    "Without joining NATO, Japan now takes part in several NATO exercises.",
    "Some commentators claim that, having joined NATO, Japan now takes part in planning.",
    "L'adhésion du Japon à l'OTAN, souvent évoquée, n'est pas à l'ordre du jour.",
    "Sans avoir rejoint l'OTAN, le Japon participe à plusieurs exercices.",
    "Japan's accession to the CCDCOE in 2019 extended the Alliance's cyber network.",
    "Article 5 has never been invoked for a cyberattack alone.",
    "Article 5 has never been invoked since 2001.",
    "L'article 5 n'a plus jamais été invoqué depuis 2001.",
    "Invoked only once, after 9/11, Article 5 remains the Alliance's core.",
    "Article V of the US-Japan Security Treaty has never been invoked.",
    "Never invoked for a partner, Article 5 covers Allies only.",
    "L'article 5 de la Convention européenne, jamais invoqué par les requérants, reste méconnu.",
]


@pytest.mark.parametrize(("code", "sentence"), WRONG_CLAIMS)
def test_a_wrong_claim_of_a_set4_family_is_flagged(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert code in _codes(cli, tmp_path, sentence), sentence


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_look_alike_of_a_set4_family_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _codes(cli, tmp_path, sentence) == [], sentence
