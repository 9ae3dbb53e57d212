"""NATO–Japan: families of wording that the third development set showed missing, in my own words.

The third development set (24 documents, 14 scope cases, 30 claims, 15 terminology cases)
scored: criteria found 105/108 with 2/132 false credits, 3 of 7 short in-scope texts missed,
claims 26/30, terminology 13/15. Each miss stood for a family, fixed as a family; none of the
set's sentences is in the rules, their examples or the tests below:

* scope — a short news brief whose lead names Japan and then NATO in one clause but further
  apart than six words, NATO governed by a preposition (Japan's leader flying "to his third
  summit of NATO", NATO spelled out as « l'Organisation du traité de l'Atlantique Nord » after
  a long phrase), or names NATO in one sentence and Japan with "the Alliance" / "Allied" in
  the next: pack.toml. (« l'Otan » in lower case was never
  the matter: the fold lower-cases it; the distance was.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OPENING_EN, OPENING_FR, addressed, check_report, coverage_of, criterion_cases


def _in_scope(cli, tmp_path: Path, text: str) -> bool:
    (coverage,) = check_report(cli, tmp_path, text, select="NJ1", quiet=True)["coverage"]
    return coverage["in_scope"]


# --- scope -----------------------------------------------------------------------------------

SHORT_BRIEFS_IN_SCOPE = [
    # Japan and NATO in one clause of the lead, seven to sixteen words apart
    "# Tokyo dépêchera son chef de la diplomatie à la réunion ministérielle de l'Otan\n\n"
    "Le ministre sera à Bruxelles jeudi pour deux jours de travaux.\n",
    "# Cyber : des officiers japonais à Tallinn\n\n"
    "Le gouvernement japonais va détacher trois officiers supplémentaires auprès des équipes "
    "d’entraînement de l’Organisation du traité de l’Atlantique Nord en Estonie, a-t-on appris lundi.\n",
    "Japanese officers will spend six months at a training centre run by the North Atlantic Treaty "
    "Organization in Latvia, the defence ministry said on Monday.\n",
    "# Kishida leaves for Vilnius and his second summit with NATO leaders\n\nHe will stay two days.\n",
    # NATO named in one sentence, Japan with "the Alliance" or "Allied" in another
    "# Defence ministers gather in Brussels\n\n"
    "NATO defence ministers opened two days of talks on Wednesday. Air defence topped the agenda. "
    "Later, Japan’s defence minister sat down with his Allied counterparts to discuss shipbuilding.\n",
    "# Brussels diary\n\nNATO headquarters was busy this week. "
    "Japan’s new ambassador held her first talks with the Alliance on Monday.\n",
    "# Semaine chargée au siège de l’OTAN\n\nLes ambassadeurs ont siégé trois fois. "
    "Le ministre japonais de la Défense s’est entretenu jeudi avec le secrétaire général de l’Alliance.\n",
]


@pytest.mark.parametrize("text", SHORT_BRIEFS_IN_SCOPE)
def test_a_short_brief_on_nato_and_japan_is_in_scope(cli, tmp_path: Path, text: str) -> None:
    assert _in_scope(cli, tmp_path, text)


SHORT_TEXTS_STILL_OUT = [
    # the US–Japan alliance as a verb's object, in a lead that names NATO in passing
    "# Ministers meet in Tokyo\n\nThe ministers noted that Sweden had joined NATO. "
    "Japan and the United States then agreed to strengthen the Alliance further.\n",
    "# Tokyo et Washington resserrent leur alliance\n\nLes ministres ont salué l’adhésion de la Suède à l’OTAN. "
    "Le Japon et les États-Unis ont décidé de moderniser l’Alliance.\n",
    # NATO far from Japan as another country's object, or as a comparison
    "# Ministers meet in Tokyo\n\nJapan and the United States also welcomed Finland’s accession to NATO.\n",
    "# Japan and Manila sign an access pact\n\nJapan and the Philippines signed a pact that some analysts compare to NATO.\n",
    "# Tokyo et Washington\n\nL’OTAN s’est élargie. Le rôle du Japon au sein de l’Alliance ne cesse de croître.\n",
    # a list of partners, cut by commas
    "# Readout\n\nThe President met Prime Minister Kishida of Japan, President Yoon of Korea, "
    "Prime Minister Albanese of Australia and others on the margins of the NATO Summit.\n",
    # NATO and Japan in different sentences, with no Alliance beside Japan
    "# The yen slides again\n\nJapanese exporters rallied as the yen fell. "
    "In Europe, defence shares rose on NATO spending plans.\n",
    "# La Finlande rejoint l’OTAN\n\nLe drapeau finlandais flotte à Bruxelles. "
    "Parmi les pays qui ont sanctionné Moscou figurent le Japon, l’Australie et la Suisse.\n",
]


@pytest.mark.parametrize("text", SHORT_TEXTS_STILL_OUT)
def test_a_short_text_that_only_mentions_both_stays_out_of_scope(cli, tmp_path: Path, text: str) -> None:
    assert not _in_scope(cli, tmp_path, text)
