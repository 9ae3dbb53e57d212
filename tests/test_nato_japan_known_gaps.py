"""NATO–Japan: families of wording that the second development set showed missing, in my own words.

The second development set (24 documents, 14 scope cases, 30 claims, 15 terminology cases)
scored: criteria found 89/94 with 2/126 false credits, 2 documents wrongly out of scope,
claims 26/30, terminology 13/15. Each miss stood for a family, fixed as a family; none of the
set's sentences is in the rules, their examples or the tests below:

* scope — a long text that names NATO rarely by its name and otherwise by what only NATO has
  (its Strategic Concept, its Council, Secretary General Stoltenberg), or a short one that
  names it only as "the Alliance" standing opposite Japan ("relations between Japan and the
  Alliance"): pack.toml;
* article-5-scope — Article 5 said not to cover the partner by a pronoun (« l'article 5 ne le
  couvre pas », "does not protect it"), the clause binding the Allies "only among" themselves
  (« qu'entre Alliés »), Japan "not a member of the Alliance", and whether to extend the
  Alliance's guarantees to Japan (« étendre au Japon les garanties », plurals included): NJ102;
* threat-drivers — not Western pressure but the neighbours, said as a cleft ("It was not
  Washington that pushed…; its neighbours did", « Ce n'est pas l'Amérique qui l'y a poussé »)
  or by a Japanese speaker (« la pression de nos alliés »), and North Korea without its
  article (« une Corée du Nord qui multiplie les tirs »): NJ104;
* defense-spending, false credit — the 2 % stated as NATO's guideline, met by another Ally,
  in a sentence that names Tokyo: excluded as the guideline, whoever meets it: NJ105;
* regional-reaction — China as « la République populaire de Chine », NATO's presence said to
  « alimenter » the tensions; false credit: « un engrenage d'engagements » (the entanglement
  article-5-scope weighs) no longer counts as escalation: NJ107;
* claims — Article 5 "never actually / really / at no point" invoked (NJ211, which runs on a
  sentence naming the Allies or NATO); Article 5 "invoked for the last time" / "most recently"
  in a year after 2001, whether or not the text names NATO (new NJ218; the participle before
  or after "pour la dernière fois", the year before or after); the visit's date as its
  adjective ("his January 2022 trip", « sa visite de mars 2023 »), and the joint statement
  standing for the place (NJ212); joining NATO as a fronted gerund or participle with an
  indicative main clause ("By joining NATO in 2023, Japan became…", « En rejoignant
  l'Alliance atlantique en 2023, le Japon est devenu… »), not a conditional one (NJ202).
  All 17 wrong claims below were missed before; set 2's claims score 30/30, 0/30.

Before the coverage changes 19 of the coverage cases below failed (14 paraphrases missed, 5
look-alikes credited); after them, set 2 scores 97/97 criteria with 0/133 false credits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OPENING_EN, OPENING_FR, addressed, coverage_of, criteria_addressed_by, criterion_cases, finding_codes


# --- scope -----------------------------------------------------------------------------------

# A lead about something else, long enough that the paragraphs after it start beyond the lead.
_LEAD_FR = (
    "# Tokyo face à un monde plus dur\n\n"
    "Mesdames et Messieurs, je voudrais commencer par remercier nos hôtes. "
    + "Les échanges entre nos deux pays, nourris par la culture, le commerce et la science, ont rarement été aussi denses. " * 5
    + "\n\n"
)
_LEAD_EN = (
    "# Japan in a harsher world\n\n"
    "Let me begin by thanking our hosts for their welcome and for the care they took over this programme. "
    + "Trade, science and culture have drawn our two countries closer than at any time in living memory. " * 6
    + "\n\n"
)

NATO_NAMED_BY_ITS_INSTITUTIONS = [
    # l'OTAN once; its Strategic Concept and l'Alliance atlantique elsewhere, each beside Japan
    _LEAD_FR
    + "Le gouvernement japonais a lu avec attention le concept stratégique que l’Alliance atlantique a adopté, "
    "qui reconnaît que la sécurité de l’Europe et celle de l’Asie sont liées.\n\n"
    "Le Japon souhaite donc travailler davantage avec l’OTAN, en particulier sur la sécurité maritime.\n",
    # NATO once; its Council and its Secretary General elsewhere
    _LEAD_EN
    + "Japan has followed the debates of the North Atlantic Council more closely since 2022.\n\n"
    "When Secretary General Stoltenberg came to Tokyo, Japan and NATO agreed to talk more often.\n",
]


@pytest.mark.parametrize("text", NATO_NAMED_BY_ITS_INSTITUTIONS)
def test_a_long_text_that_names_nato_by_its_institutions_is_in_scope(cli, tmp_path: Path, text: str) -> None:
    assert coverage_of(cli, tmp_path, text)["in_scope"]


ALLIANCE_FACING_JAPAN = [
    "Relations between Japan and the Alliance have never been this close.\n\nThe reasons are not hard to find.\n",
    "# Tokyo’s partnership with the Alliance\n\nA decade of quiet work is starting to show.\n",
    "Japan has moved closer to the Alliance since 2022.\n\nWhat it wants in return is less clear.\n",
    "Le Japon se rapproche de l’Alliance, sans vouloir y entrer.\n\nC’est un choix mûri.\n",
    "# Le partenariat entre l’Alliance et le Japon\n\nDix ans de travail discret portent leurs fruits.\n",
    "Tokyo has no wish to join the Alliance, its prime minister said.\n\nIt wants a partnership.\n",
    "Kishida ne veut pas que le Japon devienne membre de l’Alliance.\n\nIl veut un partenariat.\n",
]


@pytest.mark.parametrize("text", ALLIANCE_FACING_JAPAN)
def test_a_lead_that_sets_the_alliance_opposite_japan_is_in_scope(cli, tmp_path: Path, text: str) -> None:
    assert coverage_of(cli, tmp_path, text)["in_scope"]


STILL_OUT = [
    # the US–Japan alliance, however often named, beside one passing NATO
    "# Ministers review the Alliance\n\n"
    "The Ministers of Japan and the United States reviewed the Alliance, which anchors peace in the region. "
    "They welcomed progress in the Alliance’s command and control, and Japan’s role in the Alliance.\n\n"
    "Japan and the United States also noted that Finland had joined NATO, and agreed to strengthen the Alliance.\n",
    "The Alliance and Japan’s coast guard trained together near Okinawa.\n",
    "Le rôle du Japon au sein de l’Alliance avec les États-Unis s’est renforcé. L’OTAN, elle, s’est élargie.\n",
    # a long NATO text that lists Japan twice among the partners, and cites the Strategic Concept
    "# The Summit in brief\n\n"
    + "Allies agreed on air defence, munitions and new plans for the eastern flank. " * 14
    + "\n\nNATO’s Strategic Concept guides the work; the partners, Australia, Japan, New Zealand and Korea, attended.\n\n"
    "NATO leaders also met their partners, including Japan, on Thursday.\n",
]


@pytest.mark.parametrize("text", STILL_OUT)
def test_the_us_japan_alliance_or_a_list_of_partners_stays_out_of_scope(cli, tmp_path: Path, text: str) -> None:
    assert not coverage_of(cli, tmp_path, text)["in_scope"]


# --- coverage ----------------------------------------------------------------------------------

# criterion -> (lang, passage) that address it
PARAPHRASES = {
    "article-5-scope": [
        # Article 5 said not to cover the partner, by a pronoun
        ("fr", "Tokyo tient à son statut de partenaire. L’article 5 ne le couvre pas et ne l’engage à rien."),
        ("en", "Japan is a partner of the Alliance. Article 5 would not protect it in a crisis."),
        ("en", "Tokyo remains a partner: Article 5 of the Washington Treaty doesn’t apply to it."),
        # the clause said to bind the Allies among themselves
        ("fr", "Les obligations de l’article 5 du traité de Washington ne valent qu’entre les membres."),
        ("en", "Article 5 of the North Atlantic Treaty applies only among the Allies."),
        # Japan not a member of "the Alliance"
        ("en", "Japan is not a member of the Alliance and has no plans to become one."),
        ("fr", "Le Japon n’est pas membre de l’Alliance, et Tokyo ne le demande pas."),
        # whether the guarantee should reach Japan
        ("en", "Should NATO extend the Alliance’s security guarantees to Japan?"),
        ("fr", "Certains voudraient étendre au Japon les garanties de sécurité de l’OTAN."),
        ("fr", "L’extension aux partenaires du parapluie de l’Alliance n’est pas à l’ordre du jour."),
    ],
    "threat-drivers": [
        # not Western pressure but the neighbours, as a cleft
        ("en", "Tokyo’s defence budget keeps rising. It was not Washington that pushed for it: China’s navy and North Korea’s missiles did."),
        ("en", "Japan is rearming, and it isn’t NATO that convinced it; its neighbours did."),
        ("fr", "Ce n’est pas Washington qui a convaincu le Japon de réarmer : ce sont ses voisins, la Chine en tête."),
        ("fr", "Ce ne sont pas ses alliés qui ont poussé le Japon à changer de politique, mais la Russie et la Corée du Nord."),
        # the pressure of "our allies", said by a Japanese speaker
        ("fr", "Le Japon n’a pas changé sous la pression de nos alliés, mais à cause des missiles nord-coréens."),
        ("en", "Japan did not rearm under pressure from our allies but because of Chinese warships."),
        # North Korea with any article
        ("fr", "Une Corée du Nord qui enchaîne les tirs de missiles a conduit l’archipel à revoir sa posture."),
    ],
    "regional-reaction": [
        ("fr", "La République populaire de Chine a condamné l’ouverture d’un bureau de l’OTAN en Asie."),
        ("fr", "L’Alliance doit éviter toute annonce propre à alimenter les tensions. Pyongyang n’attend qu’un prétexte."),
        ("fr", "Une présence de l’OTAN trop visible risquerait de raviver les tensions en Asie du Nord-Est."),
    ],
}

# criterion -> (lang, passage) that reuse the new patterns' words and do not address it
LOOK_ALIKES = {
    "article-5-scope": [
        # the US–Japan treaty's Article V, said the same way
        ("en", "Japan relies on its American ally. Article V of the U.S.-Japan Security Treaty does not cover the islands’ airspace, critics say."),
        ("fr", "Le Japon s’en remet à Washington. L’article V du traité de sécurité nippo-américain ne le couvre pas partout."),
        # extending something other than the guarantee
        ("en", "NATO’s commitment to extend its partnership with Japan to space was confirmed."),
        ("fr", "L’Alliance a étendu au Japon ses engagements de partenariat dans le cyberespace."),
    ],
    "threat-drivers": [
        # a cleft about the war, with no shift of Japan's in sight
        ("en", "It was not NATO that started the war in Ukraine; Russia did, and Japan condemned it."),
        ("fr", "Ce n’est pas l’OTAN qui a provoqué la guerre en Ukraine, rappelle le Japon."),
        # a cleft with a shift, but no neighbour
        ("en", "It was not Washington that asked Japan to change its trade policy; its farmers did."),
    ],
    "regional-reaction": [
        # an « engrenage » of commitments is the entanglement, not a reaction
        ("fr", "La crainte d’un engrenage d’engagements, qui entraînerait le Japon dans les guerres de l’Alliance, paraît exagérée."),
        ("fr", "On redoute à Tokyo un engrenage d’obligations juridiques."),
        # tensions fed in Europe
        ("fr", "Les manœuvres de l’OTAN en Baltique risquent d’alimenter les tensions avec Moscou."),
    ],
    "defense-spending": [
        # the 2 % stated as NATO's guideline, met by another Ally, beside Japan
        ("en", "Spain has promised to meet NATO’s guideline of 2 % of GDP on defence, and to deepen its ties with Tokyo."),
        ("en", "The Netherlands now meets the Alliance’s 2% of GDP benchmark for defence spending, a minister told Japanese visitors."),
        ("fr", "L’Espagne s’engage à respecter l’objectif de l’OTAN de 2 % du PIB pour la défense et à se rapprocher de Tokyo."),
    ],
}

# Japan's own 2 %, measured against NATO's guideline: still Japan's defence spending
STILL_JAPANS_TWO_PER_CENT = [
    ("en", "Japan now intends to meet NATO’s 2 % of GDP guideline for defence by fiscal 2027."),
    ("fr", "Le Japon entend atteindre l’objectif de l’OTAN de 2 % du PIB pour sa défense."),
]


@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(PARAPHRASES, "paraphrase"))
def test_a_paraphrase_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion in criteria_addressed_by(cli, tmp_path, language, passage), passage


@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(LOOK_ALIKES, "look-alike"))
def test_a_look_alike_does_not_address_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion not in criteria_addressed_by(cli, tmp_path, language, passage), passage


@pytest.mark.parametrize(("language", "passage"), STILL_JAPANS_TWO_PER_CENT)
def test_japans_two_per_cent_against_natos_guideline_is_still_its_spending(cli, tmp_path: Path, language: str, passage: str) -> None:
    coverage = coverage_of(cli, tmp_path, (OPENING_EN if language == "en" else OPENING_FR) + passage + "\n")
    assert "defense-spending" in addressed(coverage), passage


# --- claims ------------------------------------------------------------------------------------


WRONG_CLAIMS = [
    # Article 5 "never" invoked, with an adverb or another negation between (NJ211)
    ("NJ211", "As the Allies’ mutual defence clause has never really been used, nobody can say how it would work."),
    ("NJ211", "Article 5 of the North Atlantic Treaty has not once been triggered by the Allies."),
    ("NJ211", "NATO’s collective defence clause has at no point been activated."),
    ("NJ211", "La clause de défense collective de l’OTAN n’a jamais vraiment été déclenchée."),
    ("NJ211", "L’article 5 n’a encore jamais été formellement invoqué par les Alliés."),
    # Article 5 last invoked after 2001, the NATO name left to the rest of the text (NJ218)
    ("NJ218", "Article 5 was most recently invoked in 2022, when Russian troops crossed into Ukraine."),
    ("NJ218", "The collective defence clause was triggered for the last time in 2014."),
    ("NJ218", "L’article 5 a été déclenché pour la dernière fois en 2022."),
    ("NJ218", "En 2014, la clause de défense collective a été activée pour la dernière fois."),
    ("NJ218", "La plus récente invocation de l’article 5 remonte à 2014."),
    # the visit's date as its adjective, or the joint statement standing for the place (NJ212)
    ("NJ212", "On his June 2022 trip to Japan, Stoltenberg held talks with Prime Minister Kishida."),
    ("NJ212", "Stoltenberg’s March 2023 visit ended with a joint statement signed with Kishida."),
    ("NJ212", "Au cours de sa visite de février 2022 au Japon, Jens Stoltenberg s’est entretenu avec Fumio Kishida."),
    # joining NATO as a fronted gerund or participle (NJ202)
    ("NJ202", "By joining NATO in 2024, Japan gave up its freedom of action."),
    ("NJ202", "Upon joining the Alliance in 2023, Tokyo became its thirty-second member."),
    ("NJ202", "En intégrant l’OTAN en 2023, le Japon est devenu un Allié à part entière."),
    ("NJ202", "Après avoir adhéré à l’Alliance atlantique, Tokyo a ouvert une délégation à Bruxelles."),
]

LOOK_ALIKES = [
    # never invoked before 2001, or not for a partner
    "NATO’s Article 5 had never really been used before September 2001.",
    "L’article 5 n’avait jamais vraiment été invoqué avant 2001.",
    "Article V of the U.S.-Japan Security Treaty has never actually been invoked.",
    # last invoked in 2001 (right), Article 4, a debate
    "Article 5 was invoked for the first and last time in 2001.",
    "L’article 5 a été invoqué pour la dernière fois en septembre 2001, et pour la première.",
    "Article 4 was invoked for the last time in 2022; Article 5 only in 2001.",
    "The last time the Allies argued about Article 5 in public was in 2019.",
    # the right visit, the 2017 one, a summit
    "On his January 2023 trip to Japan, Stoltenberg held talks with Prime Minister Kishida.",
    "Stoltenberg’s 2017 visit to Tokyo ended with talks with Prime Minister Abe.",
    "Stoltenberg’s July 2023 meeting with Kishida took place at the Vilnius summit.",
    # joining as a hypothesis, attributed, or joining something else
    "By joining NATO, Japan would provoke Beijing.",
    "En rejoignant l’OTAN, le Japon s’exposerait à des représailles chinoises.",
    "By joining NATO exercises in 2023, Japan became a more capable partner.",
    "Beijing claims that, by joining NATO in 2023, Japan betrayed Asia.",
    "Should Japan join NATO? By joining it, Tokyo would lose its room for manoeuvre.",
    "Far from joining NATO in 2023, Japan chose a tailored partnership.",
    "Loin d’avoir rejoint l’OTAN en 2023, le Japon a choisi un partenariat sur mesure.",
]


@pytest.mark.parametrize(("code", "sentence"), WRONG_CLAIMS)
def test_a_wrong_claim_of_a_known_gap_family_is_flagged(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert code in finding_codes(cli, tmp_path, sentence), sentence


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_look_alike_of_a_known_gap_family_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert finding_codes(cli, tmp_path, sentence) == [], sentence
