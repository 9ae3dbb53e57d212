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
* Albania blamed on the wrong state (NJ204): the attacker as an adjective or possessive on the
  attack noun, then any Albanian target through a relative clause or complement, or the target
  first with a participle ("the Chinese intrusion into Albanian state networks", « le piratage
  russe des services publics albanais »); Ukraine or Taiwan between stops the match.
* Japan for nuclear sharing (NJ234): support and joining as verbs or nouns ("came out in favour
  of", "threw its weight behind", "Japan's decision to join", « s'est dit favorable », « l'entrée
  du Japon dans le dispositif de partage »); Abe, the LDP, polls, rejection stay silent.
* GCAP look-alike (NJ233): another country said to stand outside GCAP by any negated verb of
  participation, in English or French, while the sentence lists the three partners.
* Mixed spellings (NJ303): the English contexts widened — any English determiner or a common
  adjective before ("the", "every", "more", "the extra"), a common English noun
  after ("money", "dollar", "lobby"); French word order and names stay silent.
* « OTAN du Pacifique » after the author's own « aurait / auraient » (NJ307): the attribution
  guard reads that conditional as hearsay; the sources are named in `unless` instead.
* Coverage look-alikes: Article V of the US–Japan treaty in any wording ("the Japan–U.S.
  alliance", "the American commitment", the Senkakus, « nippo-américaine », « l'engagement
  américain ») no longer credits article-5-scope (NJ102); a spiral of obligations ("engrenage",
  "security dilemma" with a clause, a treaty, Article 5 or a legal word in the sentence) is the
  entanglement fear, not China's reaction, and no longer credits regional-reaction (NJ107).
* Scope of a short text: a title that opens on the two names with a headline's comma for "and"
  ("NATO, Japan eye…", "Japan, NATO to…"), and Japan then NATO after « par » (the French "by"
  of "organised by NATO"), which the preposition list of the one-clause pairing lacked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OPENING_EN, OPENING_FR, addressed, coverage_of, finding_codes


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
    # dates written any way, adverbs in the participle
    ("NJ213", "Japan's April 2023 accession to NATO extended the Alliance's reach."),
    ("NJ213", "Japan's accession to NATO on 4 April 2023 extended the Alliance's reach."),
    ("NJ213", "Japan's accession to NATO last year reshaped Asian security."),
    ("NJ213", "L'adhésion du Japon à l'OTAN en avril 2023 a bouleversé l'équilibre."),
    ("NJ213", "Having formally joined NATO on 4 April 2023, Japan now sits in the North Atlantic Council."),
    ("NJ213", "Ayant officiellement adhéré à l'OTAN le 4 avril 2023, le Japon siège au Conseil."),
    ("NJ219", "Never invoked since its signature, Article 5 of the Washington Treaty is a paper promise."),
    ("NJ219", "NATO's never-invoked Article 5 is a purely theoretical guarantee."),
    ("NJ219", "Not once invoked since 1949, Article 5 remains theoretical."),
    ("NJ219", "Article 5, never triggered to this day, is a bluff."),
    ("NJ219", "Jamais activé depuis 1949, l'article 5 du traité de l'Atlantique Nord reste théorique."),
    ("NJ219", "L'article 5, jamais invoqué par l'OTAN, demeure une promesse."),
    ("NJ219", "Pas une seule fois invoqué depuis sa création, l'article 5 de l'OTAN reste théorique."),
    ("NJ219", "À aucun moment déclenchée en soixante ans, la clause de défense collective reste un pari."),
    ("NJ204", "The Chinese intrusion into Albanian state networks in July 2022 is still studied."),
    ("NJ204", "The Russian ransomware attack which paralysed Albanian government websites is a case study for NATO."),
    ("NJ204", "Albania's public services, crippled by a North Korean cyberattack in July 2022, recovered within weeks."),
    ("NJ204", "L'attaque informatique chinoise ayant paralysé les sites du gouvernement albanais a marqué les esprits."),
    ("NJ204", "La cyberattaque nord-coréenne de juillet 2022 contre les serveurs de l'administration albanaise reste étudiée."),
    ("NJ204", "Paralysés par une cyberattaque russe en 2022, les services publics albanais ont mis des semaines à se rétablir."),
    ("NJ234", "In 2022 Kishida backed a NATO-style nuclear-sharing arrangement for Japan."),
    ("NJ234", "Tokyo threw its weight behind nuclear sharing with the United States in March 2022."),
    ("NJ234", "Japan's 2022 decision to join NATO's nuclear-sharing scheme surprised Seoul."),
    ("NJ234", "Kishida's endorsement of nuclear sharing in February 2022 alarmed Beijing."),
    ("NJ234", "En février 2022, le Premier ministre Kishida s'est dit favorable au partage nucléaire à l'OTAN."),
    ("NJ234", "Le gouvernement japonais s'est prononcé en faveur du partage nucléaire en 2022."),
    ("NJ234", "L'entrée du Japon dans le dispositif de partage nucléaire de l'OTAN, actée en 2022, a inquiété Pékin."),
    ("NJ233", "GCAP, launched by Japan, the UK and Italy, will also bring in Germany."),
    ("NJ233", "Le GCAP, lancé par le Japon, le Royaume-Uni et l'Italie, compte aussi la France parmi ses membres."),
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
    "The Iranian cyberattack that crippled Albania's public services in 2022 remains a case study.",
    "La cyberattaque iranienne qui a paralysé les services publics albanais reste un cas d'école.",
    "After Russian cyberattacks on Ukraine, Albania too suffered an attack in 2022.",
    "Les cyberattaques russes contre l'Ukraine et l'attaque de 2022 contre l'Albanie ont été étudiées.",
    "Chinese cyberattacks on Taiwan resemble the 2022 attack on Albanian public services.",
    "In February 2022, Prime Minister Kishida came out against NATO-style nuclear sharing.",
    "Former Prime Minister Abe came out in favour of NATO-style nuclear sharing in 2022.",
    "Kishida rejected nuclear sharing, citing the three non-nuclear principles.",
    "Germany came out in favour of nuclear sharing long ago.",
    "Kishida n'a jamais soutenu le partage nucléaire, contrairement à Abe.",
    "France does not take part in GCAP, which Japan runs with the UK and Italy.",
    "Germany is not involved in GCAP, the fighter programme of Japan, Britain and Italy.",
    "Sweden has no role in GCAP; the programme is Japan's, Britain's and Italy's.",
    "La France ne fait pas partie du GCAP, lancé par le Japon, le Royaume-Uni et l'Italie.",
    "Announced on 9 December 2022 by Japan, the United Kingdom and Italy, GCAP excludes Germany.",
]


@pytest.mark.parametrize(("code", "sentence"), WRONG_CLAIMS)
def test_a_wrong_claim_of_a_set4_family_is_flagged(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert code in finding_codes(cli, tmp_path, sentence), sentence


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_look_alike_of_a_set4_family_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert finding_codes(cli, tmp_path, sentence) == [], sentence


MIXED_SPELLINGS = [
    "Japan's defence budget will grow, and every defense dollar will count.",
    "Japan's defence outlays rise. The defense money is going to drones.",
    "Tokyo's defence review is out; more defense spending is planned.",
    "Japan's defence planners agree that the defense lobby is strong.",
    "The defence of Japan matters; its new defense posture reflects it.",
]

ONE_SPELLING = [
    "Japan's defence budget grows; the Japan Self-Defense Forces train with the U.S. Department of Defense.",
    "Japan's defence budget grows; the Japan Defense Agency was upgraded in 2007.",
    "Japan's defence budget grows; NATO Defense College experts agree.",
    "Le Japon augmente son budget de défense ; la défense et la diplomatie vont ensemble, et le ministère de la Défense l'a dit.",
    "La défense des alliés, la défense aérienne et la défense antimissile du Japon progressent ; la défense a coûté cher.",
]


@pytest.mark.parametrize("text", MIXED_SPELLINGS)
def test_a_mixed_spelling_in_a_broad_english_context_is_flagged(cli, tmp_path: Path, text: str) -> None:
    assert "NJ303" in finding_codes(cli, tmp_path, text, select="NJ303"), text


@pytest.mark.parametrize("text", ONE_SPELLING)
def test_names_and_french_word_order_are_no_mixed_spelling(cli, tmp_path: Path, text: str) -> None:
    assert finding_codes(cli, tmp_path, text, select="NJ303") == [], text


FRAMING_IN_THE_AUTHORS_CONDITIONAL = [
    "Le Japon et l'Australie auraient ainsi jeté les bases d'une OTAN asiatique.",
    "Avec ce sommet, Tokyo aurait fait un pas de plus vers une OTAN en Asie.",
    "Ces exercices auraient préfiguré une OTAN indo-pacifique.",
    "Sans le veto français, le bureau aurait ouvert la voie à une OTAN du Pacifique.",
    "Sans ce sommet, Tokyo n'aurait jamais songé à une OTAN asiatique.",
]

FRAMING_REPORTED = [
    "Selon Pékin, l'Alliance aurait posé la première pierre d'une OTAN du Pacifique.",
    "D'après la presse chinoise, Tokyo aurait jeté les bases d'une OTAN asiatique.",
    "Certains éditorialistes estiment que l'Alliance aurait créé une OTAN du Pacifique.",
    "L'Alliance aurait posé la première pierre d'une « OTAN du Pacifique », pour reprendre le mot de Pékin.",
    "Le bureau aurait renforcé le partenariat entre l'OTAN et le Japon.",
]


@pytest.mark.parametrize("text", FRAMING_IN_THE_AUTHORS_CONDITIONAL)
def test_the_framing_in_the_authors_conditional_is_flagged(cli, tmp_path: Path, text: str) -> None:
    assert finding_codes(cli, tmp_path, text, select="NJ3") != [], text


@pytest.mark.parametrize("text", FRAMING_REPORTED)
def test_the_framing_reported_or_quoted_is_not_flagged(cli, tmp_path: Path, text: str) -> None:
    assert [code for code in finding_codes(cli, tmp_path, text, select="NJ3") if code in ("NJ305", "NJ307")] == [], text


COVERAGE_LOOK_ALIKES = [
    ("article-5-scope", "en", "The Japan–U.S. alliance endures, and the American commitment under Article V of the treaty covers Japan's territory."),
    ("article-5-scope", "en", "Tokyo's partnership with NATO grows, but its protection still rests on the U.S. security guarantee under Article V, which Washington says covers the Senkakus."),
    ("article-5-scope", "en", "Japan's guarantee is America's defence commitment under Article V of the 1960 Treaty, reaffirmed at the NATO summit by the President."),
    ("article-5-scope", "fr", "L'alliance nippo-américaine demeure : l'article V du traité couvre le Japon, y compris les îles Senkaku."),
    ("article-5-scope", "fr", "Pour le Japon, la garantie reste l'engagement américain au titre de l'article V, que Washington a réaffirmé en marge du sommet de l'OTAN."),
    ("regional-reaction", "fr", "Le Japon n'est pas couvert par l'article 5. La crainte d'un engrenage est donc juridiquement infondée."),
    ("regional-reaction", "fr", "Le partenariat ne crée aucune obligation : l'engrenage redouté par certains n'a pas de base dans le traité de Washington."),
    ("regional-reaction", "en", "The partnership creates no obligation, so the feared spiral of misread signals about Article 5 commitments has no legal basis."),
    ("regional-reaction", "fr", "Aucune clause d'assistance mutuelle n'existe, et l'engrenage que certains redoutent reste une vue de l'esprit."),
    ("regional-reaction", "en", "No clause binds Tokyo, so fears of a security dilemma over treaty obligations are misplaced."),
]

COVERAGE_STILL_CREDITED = [
    ("article-5-scope", "en", "Japan is a partner, not a member: NATO's Article 5 does not cover it."),
    ("article-5-scope", "fr", "Le Japon est un partenaire : l'article 5 du traité de l'Atlantique Nord ne s'applique pas à lui."),
    ("regional-reaction", "fr", "Une présence accrue de l'OTAN en mer de Chine pourrait enclencher un engrenage avec Pékin."),
    ("regional-reaction", "en", "A larger NATO footprint in Asia risks a spiral of misread signals with Beijing."),
]


@pytest.mark.parametrize(("criterion", "language", "passage"), COVERAGE_LOOK_ALIKES)
def test_a_set4_coverage_look_alike_does_not_address_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    coverage = coverage_of(cli, tmp_path, (OPENING_EN if language == "en" else OPENING_FR) + passage + "\n")
    assert coverage["in_scope"]
    assert criterion not in addressed(coverage), passage


@pytest.mark.parametrize(("criterion", "language", "passage"), COVERAGE_STILL_CREDITED)
def test_the_real_thing_still_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    coverage = coverage_of(cli, tmp_path, (OPENING_EN if language == "en" else OPENING_FR) + passage + "\n")
    assert criterion in addressed(coverage), passage


# --- scope ---------------------------------------------------------------------------------------

HEADLINE_OR_BY_NATO = [
    "# NATO, Japan weigh a joint cyber exercise\n\nOfficials met in Brussels on Tuesday. The two sides agreed to meet again.\n",
    "# Japan, NATO to expand maritime drills\n\nThe two will sail together off Sicily next spring, a spokesperson said.\n",
    "# OTAN, Japon : un rapprochement prudent\n\nLes deux partenaires ont signé un programme de coopération mardi.\n",
    "Le Japon participera cette année à un exercice de défense aérienne conduit par l’OTAN en Roumanie, selon Tokyo.\n",
]

STILL_OUT_SHORT = [
    # a list of partners in a title goes on with a comma
    "# NATO, Japan, Australia and Korea to attend\n\nThe list of guests was published on Monday.\n",
    # the names in a title that does not open on them
    "# Markets\n\nNATO, Japan and the yen: a busy week for traders.\n",
    # Japan, then NATO after « par » in another clause
    "Le Japon a été frappé par un typhon. L’OTAN a tenu sa réunion à Bruxelles.\n",
]


@pytest.mark.parametrize("text", HEADLINE_OR_BY_NATO)
def test_a_headline_pairing_or_japan_then_by_nato_is_in_scope(cli, tmp_path: Path, text: str) -> None:
    assert coverage_of(cli, tmp_path, text)["in_scope"]


@pytest.mark.parametrize("text", STILL_OUT_SHORT)
def test_a_title_list_or_another_clause_stays_out_of_scope(cli, tmp_path: Path, text: str) -> None:
    assert not coverage_of(cli, tmp_path, text)["in_scope"]
