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

from conftest import coverage_of, criteria_addressed_by, criterion_cases, finding_codes


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
    assert coverage_of(cli, tmp_path, text)["in_scope"]


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
    assert not coverage_of(cli, tmp_path, text)["in_scope"]


# --- coverage ----------------------------------------------------------------------------------

PARAPHRASES = {
    "threat-drivers": [
        # the neighbours' acts as clauses, after « parce que » / "because"
        ("fr", "Le Japon n’a pas réarmé pour plaire à Washington. Il l’a fait parce que Moscou a attaqué l’Ukraine."),
        ("fr", "Si Tokyo a changé de doctrine, c’est parce que la Corée du Nord lance des missiles au-dessus de l’archipel."),
        ("fr", "Le Japon a revu sa posture parce que la Chine se surarme à un rythme inédit."),
        ("en", "Japan did not rearm because Washington asked; it rearmed because Russia attacked Ukraine."),
        ("en", "Tokyo rethought its policy because North Korea keeps firing ballistic missiles into its waters."),
        ("en", "Japan changed course because China is expanding its navy faster than anyone expected."),
        # the Chinese build-up as an adjective
        ("fr", "Le renforcement naval chinois a poussé Tokyo à doubler son effort de défense."),
        # the three neighbours as the factors of a turn, Japan named only through its officials
        ("fr", "Les causes du virage sont connues. Les diplomates du Gaimusho évoquent l’invasion russe, les essais nord-coréens et la marine chinoise."),
        ("en", "What explains the shift? Officials in the Kantei name three drivers: Moscow’s war, Pyongyang’s missiles and China’s fleet."),
    ],
    "cooperation-areas": [
        ("en", "The Allies and Tokyo agreed to hold a joint cyber defence exercise every spring."),
        ("fr", "Parmi les priorités du programme figurent la cyberdéfense et l’espace."),
        ("en", "Japan wants NATO’s help to secure its government networks against intrusions."),
    ],
}

LOOK_ALIKES = {
    "threat-drivers": [
        # the acts with no link to Japan's shift
        ("en", "Russia invaded Ukraine in 2022 and Europe rearmed because of it."),
        ("fr", "La Corée du Nord a tiré deux missiles mardi ; Tokyo a protesté."),
        ("fr", "La Chine se réarme, et l’Europe s’en inquiète parce que ses usines en dépendent."),
        # the three neighbours, but as NATO's worries, with no turn to explain
        ("en", "NATO has good reasons to worry: Russia’s war, China’s help to Moscow and North Korea’s shells."),
    ],
    "cooperation-areas": [
        # cyber defence that is Japan's own, or networks that were attacked
        ("en", "Separately, Tokyo will send an active cyber defense bill to the Diet."),
        ("fr", "Le gouvernement japonais prépare une loi de cyberdéfense active."),
        ("en", "Chinese intruders spent months inside Japan’s classified defence networks."),
        ("fr", "Des pirates ont pénétré les réseaux de défense japonais en 2020."),
    ],
}


@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(PARAPHRASES, "paraphrase"))
def test_a_paraphrase_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion in criteria_addressed_by(cli, tmp_path, language, passage), passage


@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(LOOK_ALIKES, "look-alike"))
def test_a_look_alike_does_not_address_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion not in criteria_addressed_by(cli, tmp_path, language, passage), passage


# --- claims ------------------------------------------------------------------------------------


WRONG_CLAIMS = [
    # Japan a member by apposition (NJ201)
    ("NJ201", "As one of the Alliance’s thirty-two members, Tokyo votes on every decision of the Council."),
    ("NJ201", "One of NATO’s 32 Allies, Japan will host the next summit."),
    ("NJ201", "Tokyo, one of the Alliance’s members, sends troops to the eastern flank."),
    ("NJ201", "L’un des 32 membres de l’Alliance, le Japon dispose d’un siège au Conseil."),
    ("NJ201", "Le Japon, l’un des membres de l’OTAN, accueillera le prochain sommet."),
    # Article 5 as the ground of the rescue of Albania (NJ209)
    ("NJ209", "In the name of collective defence, the Allies flew experts to Tirana after the 2022 attack, Article 5 in hand."),
    ("NJ209", "Citing Article 5, the Allies came to the rescue of Albania after the 2022 hack."),
    ("NJ209", "Au titre de l’article 5, les Alliés ont volé au secours de l’Albanie en 2022."),
    ("NJ209", "Article 5 à l’appui, les Alliés se sont portés au secours de Tirana."),
    # Article 5 counted in a text that does not name NATO (NJ215)
    ("NJ215", "Triggered several times since 2001, Article 5 no longer frightens anyone."),
    ("NJ215", "Déclenché à deux reprises depuis 2001, l’article 5 a perdu de sa force dissuasive."),
    # the Tokyo talks misdated, a summit named afterwards (NJ207)
    ("NJ207", "Stoltenberg’s talks with Prime Minister Kishida in Tokyo in March 2023 opened the road to the Vilnius summit."),
    ("NJ207", "The meeting between Jens Stoltenberg and Fumio Kishida in Tokyo on 31 January 2022 set the agenda for Madrid."),
    ("NJ207", "Les entretiens de Stoltenberg avec Kishida à Tokyo, le 31 janvier 2024, ont préparé le sommet de Washington."),
]

LOOK_ALIKES = [
    # a partner, another Ally, a denial
    "As one of the Alliance’s closest partners, Japan attends its summits.",
    "As one of the Alliance’s 32 members, Poland hosts a US division.",
    "Japan is not one of the Alliance’s 32 members.",
    "L’un des partenaires de l’Alliance, le Japon, assiste aux sommets.",
    # the rescue without Article 5, a hypothesis, a plain statement of coverage
    "The Allies came to the rescue of Albania in 2022, but Article 5 played no role.",
    "The Allies rushed to Albania’s aid in 2022 without invoking Article 5.",
    "Si l’Albanie était attaquée, les Alliés viendraient à son secours au titre de l’article 5.",
    "Albania, like every Ally, is protected by Article 5.",
    # Article 5 of another instrument, or counted right
    "Article 5 of the European Convention on Human Rights has been invoked many times before the Court.",
    "L’article 5 de la loi a été invoqué à plusieurs reprises devant le tribunal.",
    "Invoked only once, after 9/11, Article 5 keeps its force.",
    # the Tokyo talks rightly dated, or another city
    "Stoltenberg’s talks with Kishida in Tokyo on 31 January 2023 prepared the Vilnius summit.",
    "Stoltenberg’s meeting with Kishida in Madrid in June 2022 came after the invasion.",
    "La rencontre entre Stoltenberg et Kishida à Tokyo, le 31 janvier 2023, a préparé Vilnius.",
]


@pytest.mark.parametrize(("code", "sentence"), WRONG_CLAIMS)
def test_a_wrong_claim_of_a_set3_family_is_flagged(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert code in finding_codes(cli, tmp_path, sentence), sentence


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_look_alike_of_a_set3_family_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert finding_codes(cli, tmp_path, sentence) == [], sentence


# --- terminology -------------------------------------------------------------------------------

MIXED_SPELLINGS = [
    "Japan’s defense outlays keep climbing, and NATO defence ministers are watching.",
    "NATO defence ministers met in Brussels. Japan’s defense industry sent observers.",
    "Tokyo’s defence reforms go on: its new defense white paper names China first.",
]

ONE_SPELLING = [
    "Japan’s defense outlays keep climbing, and the NATO defense ministers are watching.",
    "Japan’s defense budget was discussed at the NATO defence ministerial in June.",
    "Japan’s defense minister attended the NATO defence ministers’ meeting.",
    "Le Japon a publié son nouveau livre blanc de la défense ; les ministres de la défense de l’OTAN l’ont lu.",
]


@pytest.mark.parametrize("text", MIXED_SPELLINGS)
def test_defence_and_defense_mixed_are_flagged(cli, tmp_path: Path, text: str) -> None:
    assert "NJ303" in finding_codes(cli, tmp_path, text, select="NJ303"), text


@pytest.mark.parametrize("text", ONE_SPELLING)
def test_one_spelling_or_a_name_is_not_flagged(cli, tmp_path: Path, text: str) -> None:
    assert finding_codes(cli, tmp_path, text, select="NJ303") == [], text
