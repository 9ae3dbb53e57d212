"""Claims on sentences written apart from the rules' own examples: wrong ones flagged, true ones not.

Three probes, each written before the rules were tuned to it: the first
found nothing missed, the second four paraphrases, the third (French-heavy)
two — a fronted apposition and a relative clause — all since added.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write

WRONG = [
    'Tokyo formally became a member of NATO last year.',
    'As a NATO member, Japan is covered by Article 5.',
    'Le Japon, devenu membre de l’OTAN, participe à la planification.',
    'In 2022, the Alliance invoked Article 5 to defend Albania after the cyberattack.',
    'L’Albanie a déclenché l’article 5 après la cyberattaque de 2022.',
    'The 2022 attack on Albania was carried out by Russian hackers.',
    'La cyberattaque contre l’Albanie, attribuée à la Russie, a paralysé les services publics.',
    'NATO has invoked Article 5 several times since 1949.',
    'L’article 5 de l’OTAN n’a jamais été invoqué depuis 1949.',
    'Stoltenberg travelled to Tokyo in March 2023 to meet Kishida.',
    'En 2024, Jens Stoltenberg s’est rendu à Tokyo pour rencontrer Fumio Kishida.',
    'Japan has pledged to raise defense spending to 3% of GDP by 2027.',
    'Le Japon prévoit d’atteindre 2 % du PIB d’ici 2030.',
    'The CCDCOE, based in Riga, welcomed Japan.',
    'Japan joined the CCDCOE in 2015.',
    'GCAP brings together Japan, Britain, Italy and Germany.',
    'Le programme GCAP associe le Japon, le Royaume-Uni et la France.',
    'Japan agreed to NATO-style nuclear sharing in 2023.',
    'Le Japon a accepté le partage nucléaire avec les États-Unis.',
    'NATO adopted its 2022 Strategic Concept at the Vilnius summit.',
    'Le concept stratégique de 2022 a été adopté à Bruxelles.',
    'Since joining NATO in 2023, Japan has contributed troops to the Baltic.',
    "Japan's NATO membership gives it a seat on the North Atlantic Council.",
    'When Albania invoked Article 5 in 2022, Allies responded with cyber teams.',
    "North Korean hackers crippled Albania's government systems in July 2022.",
    'NATO’s Article 5 was triggered for the second time after Russia invaded Ukraine.',
    "Japan's goal is to spend 1.5 percent of GDP on defense by 2027.",
    'Le Japon s’est engagé à porter ses dépenses de défense à 2 % du PIB d’ici 2035.',
    'L’OTAN a invoqué l’article 5 pour défendre l’Albanie.',
    "Japan signed up to NATO's nuclear sharing arrangements.",
    'The Strategic Concept adopted in Madrid in 2021 names China.',
    'Membre de l’OTAN depuis 2023, le Japon participe à la planification nucléaire.',
    'Le Japon a officiellement adhéré à l’Alliance atlantique l’an dernier.',
    'Lors de la cyberattaque de 2022, l’OTAN a activé l’article 5 au profit de Tirana.',
    'L’attaque informatique contre l’Albanie a été menée par des pirates chinois.',
    'L’article 5 de l’OTAN a été invoqué deux fois, en 2001 puis en 2022.',
    'Jens Stoltenberg s’est rendu à Tokyo en mars 2023 pour rencontrer Fumio Kishida.',
    'Tokyo s’est fixé l’objectif de consacrer 3 % de son PIB à la défense.',
    'Le Centre d’excellence de cyberdéfense coopérative de l’OTAN, basé à Riga, accueille le Japon.',
    'Le programme GCAP réunit le Japon, le Royaume-Uni et l’Allemagne.',
    'En 2023, le Japon a rejoint le dispositif de partage nucléaire de l’OTAN.',
    'Le concept stratégique de 2022 a été adopté au sommet de Vilnius.',
    "NATO triggered Article 5 after Iran's cyberattack on Albania.",
    'Japan, which joined NATO last year, now hosts allied exercises.',
]

TRUE = [
    'Japan is not a member of NATO, but one of its partners across the globe.',
    'Some commentators argue that Japan should join NATO.',
    'Would Japan ever join NATO?',
    'Le Japon n’est pas membre de l’OTAN.',
    'Selon certains médias chinois, le Japon aurait rejoint l’OTAN.',
    'NATO did not invoke Article 5 after the cyberattack on Albania.',
    'L’Albanie a reçu le soutien de l’OTAN sans invoquer l’article 5.',
    'The 2022 attack on Albania was attributed to Iran.',
    'Article 5 has been invoked only once, after 9/11.',
    'L’article 5 n’a été invoqué qu’une seule fois, après les attentats du 11 septembre 2001.',
    'Stoltenberg visited Tokyo in January 2023 and met Kishida.',
    'Stoltenberg visited Tokyo in 2017 and met Prime Minister Abe.',
    'Japan plans to reach 2% of GDP by fiscal year 2027.',
    "Japan's defense spending was long capped at about 1% of GDP.",
    'The CCDCOE is located in Tallinn, Estonia.',
    'Japan became a contributing participant of the CCDCOE in November 2022.',
    'GCAP brings together Japan, the United Kingdom and Italy.',
    'France, Germany and Spain are developing FCAS.',
    'Prime Minister Kishida rejected nuclear sharing in February 2022.',
    'Le partage nucléaire est probablement un non-démarreur pour le Japon.',
    'NATO adopted its Strategic Concept at the Madrid Summit in June 2022.',
    'The 2010 Strategic Concept was adopted in Lisbon.',
    'NATO leaders met in Vilnius in 2023 to implement the 2022 Strategic Concept.',
    "Japan's NATO partnership dates back to the 1990s.",
    'If Japan joined NATO, China would react.',
    'Japan has no plans to join NATO, Kishida said.',
    "Russia's cyberattacks on Ukraine differ from Iran's attack on Albania.",
    'Since joining the CCDCOE, Japan has taken part in Locked Shields.',
    "NATO's 2% guideline applies to Allies; Japan aims for 2% by 2027.",
    "Japan's membership in the G7 gives it a voice on sanctions.",
    'Critics claim NATO invoked Article 5 for Albania, but it did not.',
    'Article 4 was invoked several times, Article 5 only once.',
    'The Strategic Concept adopted in Madrid in 2022 names China for the first time.',
    "Japan is one of NATO's four Indo-Pacific partners.",
    'La France, l’Allemagne et l’Espagne développent le SCAF, tandis que le GCAP réunit le Japon, le Royaume-Uni et l’Italie.',
    'Le Japon n’a jamais adhéré à l’OTAN ; il en est un partenaire.',
    'Selon certains commentateurs, le Japon aurait rejoint l’OTAN.',
    'L’Albanie a reçu le soutien des Alliés sans que l’article 5 soit invoqué.',
    'La cyberattaque contre l’Albanie a été attribuée à l’Iran.',
    'L’article 5 de l’OTAN n’a été invoqué qu’une fois, après le 11 septembre 2001.',
    'Stoltenberg s’est rendu à Tokyo le 31 janvier 2023.',
    'Le Japon vise 2 % du PIB pour l’exercice 2027.',
    'Le centre d’excellence de cyberdéfense de l’OTAN se trouve à Tallinn.',
    'Le Japon, le Royaume-Uni et l’Italie développent le GCAP.',
    'Le gouvernement japonais a rejeté le partage nucléaire.',
    'Le concept stratégique a été adopté à Madrid en juin 2022.',
    'Japan did not join NATO, but it works with the Alliance.',
    'Would NATO invoke Article 5 for Albania? It did not.',
]


# NJ205/NJ206 run only in texts that name NATO (an "Article 5" alone could be any text's), so the
# Article 5 sentences above name it.


def _claims(cli, tmp_path: Path, sentence: str) -> list[dict]:
    write(tmp_path / "doc.md", sentence + "\n")
    result = cli("check", "doc.md", "--select", "NJ2", "--output-format", "json", "--isolated", "--exit-zero")
    return json.loads(result.out)["findings"]


@pytest.mark.parametrize("sentence", WRONG)
def test_a_wrong_sentence_is_flagged(cli, tmp_path: Path, sentence: str) -> None:
    findings = _claims(cli, tmp_path, sentence)
    assert len(findings) == 1
    assert findings[0]["severity"] == "error" and findings[0]["fact"] and findings[0]["source"]


@pytest.mark.parametrize("sentence", TRUE)
def test_a_true_or_guarded_sentence_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _claims(cli, tmp_path, sentence) == []
