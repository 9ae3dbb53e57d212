"""Which texts the nato-japan framework applies to: a text is in scope when its lead pairs NATO and Japan.

By name, by NATO's institutions, "the Alliance" set opposite Japan, a headline, Japan named indirectly;
NATO or Japan alone, both in passing, a list of partners or the US–Japan alliance leave a text out of scope.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import (
    NATO_JAPAN_CRITERIA,
    OPENING_EN,
    OPENING_FR,
    addressed,
    coverage_entry,
    coverage_of,
    report_of,
    write,
)


# --- every rule run on the file ---------------------------------------------------------------

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
    report = report_of(cli, "doc.md")
    assert coverage_entry(report, "doc.md") == {"path": "doc.md", "framework": "nato-japan", "in_scope": False, "criteria": []}
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
    assert coverage_entry(report_of(cli, "doc.md"), "doc.md")["in_scope"] is True


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
    assert coverage_entry(report_of(cli, "doc.md"), "doc.md")["in_scope"] is False


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


def test_the_neutral_openings_are_in_scope_and_address_nothing(cli, tmp_path: Path) -> None:
    for opening in (OPENING_EN, OPENING_FR):
        coverage = coverage_of(cli, tmp_path, opening)
        assert coverage["in_scope"]
        assert addressed(coverage) == set()


# --- the coverage rules only ------------------------------------------------------------------

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

# Texts whose lead pairs NATO and Japan though NATO is named rarely, indirectly or far from Japan.
PAIRED_IN_THE_LEAD = [
    # a long text whose lead is about something else, NATO named once and otherwise by its institutions:
    # l'OTAN once; its Strategic Concept and l'Alliance atlantique elsewhere, each beside Japan
    _LEAD_FR
    + "Le gouvernement japonais a lu avec attention le concept stratégique que l’Alliance atlantique a adopté, "
    "qui reconnaît que la sécurité de l’Europe et celle de l’Asie sont liées.\n\n"
    "Le Japon souhaite donc travailler davantage avec l’OTAN, en particulier sur la sécurité maritime.\n",

    # NATO once; its Council and its Secretary General elsewhere
    _LEAD_EN
    + "Japan has followed the debates of the North Atlantic Council more closely since 2022.\n\n"
    "When Secretary General Stoltenberg came to Tokyo, Japan and NATO agreed to talk more often.\n",

    # "the Alliance" set opposite Japan in a short lead
    "Relations between Japan and the Alliance have never been this close.\n\nThe reasons are not hard to find.\n",
    "# Tokyo’s partnership with the Alliance\n\nA decade of quiet work is starting to show.\n",
    "Japan has moved closer to the Alliance since 2022.\n\nWhat it wants in return is less clear.\n",
    "Le Japon se rapproche de l’Alliance, sans vouloir y entrer.\n\nC’est un choix mûri.\n",
    "# Le partenariat entre l’Alliance et le Japon\n\nDix ans de travail discret portent leurs fruits.\n",
    "Tokyo has no wish to join the Alliance, its prime minister said.\n\nIt wants a partnership.\n",
    "Kishida ne veut pas que le Japon devienne membre de l’Alliance.\n\nIl veut un partenariat.\n",

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

    # a title that opens on the two names with a headline's comma; Japan, then NATO after « par »
    "# NATO, Japan weigh a joint cyber exercise\n\nOfficials met in Brussels on Tuesday. The two sides agreed to meet again.\n",
    "# Japan, NATO to expand maritime drills\n\nThe two will sail together off Sicily next spring, a spokesperson said.\n",
    "# OTAN, Japon : un rapprochement prudent\n\nLes deux partenaires ont signé un programme de coopération mardi.\n",
    "Le Japon participera cette année à un exercice de défense aérienne conduit par l’OTAN en Roumanie, selon Tokyo.\n",
]

# Texts that name both without pairing them: the US–Japan alliance, a list of partners, a passing mention.
NOT_PAIRED = [
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

    # a list of partners in a title goes on with a comma
    "# NATO, Japan, Australia and Korea to attend\n\nThe list of guests was published on Monday.\n",

    # the names in a title that does not open on them
    "# Markets\n\nNATO, Japan and the yen: a busy week for traders.\n",

    # Japan, then NATO after « par » in another clause
    "Le Japon a été frappé par un typhon. L’OTAN a tenu sa réunion à Bruxelles.\n",
]

# Leads that only compare Japan's pacts with NATO's: no pairing.
COMPARED_WITH_NATO = [
    "# Manila and Tokyo sign access pact\n\nJapan and the Philippines signed an access agreement modelled on the status-of-forces agreements of NATO.\n",
    "# Tokyo signs pact\n\nJapan signed with Manila a pact inspired by the practices of NATO.\n",
    "# A NATO-style pact for Japan and Australia?\n\nCanberra is interested.\n",
    "# Le Japon et l’Australie signent un accord calqué sur celui de l’OTAN\n\nCanberra s’en félicite.\n",
]

# A comparison does not take back a real pairing.
COMPARED_BESIDE_A_PAIRING = [
    # a comparison beside a real pairing: the pairing counts
    "# Tokyo signs pact\n\nJapan signed with Manila a pact inspired by the practices of NATO. Japan also deepened its partnership with NATO.\n",
    # the comparison word without its preposition, or NATO as the partner of the relation being modelled
    "On prête au Japon l’intention de calquer sa relation avec l’OTAN sur celle des Alliés.\n",
    "# NATO and Japan sign a partnership programme\n\nThe deal is modelled on earlier ones.\n",
]


def _texts(**tables: list[str]) -> list:
    """``pytest.param(text)`` of each table, its id the table's name and the text's index there."""
    return [pytest.param(text, id=f"{name.replace('_', '-')}-{index}") for name, texts in tables.items() for index, text in enumerate(texts)]


@pytest.mark.parametrize("text", _texts(paired_in_the_lead=PAIRED_IN_THE_LEAD, compared_beside_a_pairing=COMPARED_BESIDE_A_PAIRING))
def test_a_lead_that_pairs_japan_with_nato_is_in_scope(cli, tmp_path: Path, text: str) -> None:
    assert coverage_of(cli, tmp_path, text)["in_scope"]


@pytest.mark.parametrize("text", _texts(not_paired=NOT_PAIRED, compared_with_nato=COMPARED_WITH_NATO))
def test_a_text_that_names_both_without_pairing_them_is_out_of_scope(cli, tmp_path: Path, text: str) -> None:
    assert not coverage_of(cli, tmp_path, text)["in_scope"]


def test_a_french_brief_that_names_nato_by_its_treaty_is_in_scope(cli, tmp_path: Path) -> None:
    brief = (
        "# Note : le Japon et l’OTAN après Vilnius\n\n"
        "Tokyo s’est rapproché de l’Alliance atlantique depuis 2022.\n\n"
        "Le Japon reste un partenaire, et non un Allié : la clause de défense mutuelle du traité de Washington ne le couvre pas.\n\n"
        "Pékin dénonce déjà une « OTAN asiatique ».\n"
    )
    assert coverage_of(cli, tmp_path, brief, quiet=False)["in_scope"]


# Whole news items about NATO alone, Japan alone, or both in passing.
OUT_OF_SCOPE = {
    "nato-eastern-flank": """NATO Strengthens Its Eastern Flank

NATO defence ministers agreed on Thursday to raise the readiness of the battlegroups in Estonia, Latvia and Lithuania. The Alliance will also pre-position more equipment in Poland. Secretary General Stoltenberg said the measures were a direct response to Russia's war against Ukraine.

Allies also discussed air defence. Several members announced new orders of Patriot systems. The next NATO summit, in Vilnius, is expected to endorse new regional plans.
""",
    "japan-budget": """Japan's Defence Budget Reaches a Record

The Japanese government approved a record defence budget on Friday. Tokyo will buy Tomahawk cruise missiles from the United States and expand its stockpiles of ammunition. Prime Minister Kishida said the spending was needed because of North Korea's missile launches and China's military build-up.

The opposition criticised the plan to fund part of the increase through higher corporation tax. The budget must now pass the Diet.
""",
    "g7-list": """G7 Leaders Meet in Hiroshima

Leaders of the Group of Seven met in Hiroshima from 19 to 21 May 2023. They discussed the war in Ukraine, economic security and clean energy. Japan, as host, placed nuclear disarmament at the centre of the agenda.

President Zelensky attended in person. Leaders also welcomed the heads of the UN, the IMF, the World Bank and NATO's Secretary General as guests at one session. The next G7 summit will be held in Italy.
""",
    "otan-suede": """L’adhésion de la Suède à l’OTAN

La Suède est devenue le 32e membre de l’OTAN en mars 2024, après la ratification du protocole par la Hongrie. L’Alliance atlantique renforce ainsi sa position en mer Baltique. Stockholm apporte une industrie de défense de premier plan, du chasseur Gripen aux sous-marins.

Les exportateurs suédois, qui vendent aussi bien au Japon qu’aux États-Unis, comptent sur de nouveaux contrats. L’OTAN prévoit de nouveaux exercices dans le Grand Nord.
""",
    "us-japan-alliance": """The US–Japan Alliance at Seventy

The alliance between the United States and Japan has kept the peace in Northeast Asia for seven decades. Under the Security Treaty, American forces are stationed in Okinawa and elsewhere. Tokyo and Washington recently agreed to upgrade US Forces Japan into a joint force headquarters.

The Alliance faces new tests. China's coast guard is more active around the Senkakus, and North Korea continues to test missiles. Both governments say the Alliance has never been stronger.
""",
    "indo-pacific-partners-fr": """L’OTAN et ses partenaires de l’Indo-Pacifique

Lors du sommet de Madrid, l’OTAN a invité pour la première fois les dirigeants de l’Australie, du Japon, de la Nouvelle-Zélande et de la Corée du Sud. L’Alliance entend ainsi élargir son dialogue au-delà de la zone euro-atlantique.

La Corée du Sud a annoncé l’ouverture d’une mission auprès de l’OTAN. L’Australie et la Nouvelle-Zélande ont participé à des exercices navals. Les alliés européens restent toutefois concentrés sur la guerre en Ukraine.
""",
}

# Whole news items that name Japan only indirectly (« l'archipel nippon », "Tokyo's government",
# "the Kishida cabinet", « les autorités japonaises »), all of them beside NATO.
IN_SCOPE_INDIRECT = {
    "archipel-fr": """L’OTAN et l’archipel nippon

Le secrétaire général de l’OTAN s’est rendu dans l’archipel à la fin du mois de janvier. L’OTAN et le gouvernement nippon ont publié une déclaration commune à l’issue de la visite. L’Alliance salue le soutien de l’archipel à l’Ukraine.

Selon les diplomates de l’OTAN, les autorités de l’archipel souhaitent une coopération plus étroite. L’OTAN et les autorités nippones se retrouveront au prochain sommet.
""",
    "tokyos-government-en": """Tokyo's Government and NATO Draw Closer

NATO's Secretary General met Tokyo's government ministers on Tuesday. NATO officials said Tokyo's government had become one of its most reliable partners. The Japanese cabinet and NATO agreed to meet more often.

Both sides stressed their support for Ukraine. NATO and the Japanese foreign ministry will hold talks again in the spring.
""",
    "kishida-cabinet-en": """The Kishida Cabinet Looks to Brussels

The Kishida cabinet has made closer ties with NATO a priority. Officials of the Kishida government met NATO's deputy secretary general in Brussels. The Kishida administration and NATO both condemned Russia's war.

Critics in the Diet asked what NATO expects in return. The Kishida cabinet's spokesman said NATO had asked for nothing.
""",
    "gouvernement-nippon-fr": """Le gouvernement nippon et l’Alliance atlantique

Le gouvernement nippon a reçu mardi une délégation de l’OTAN. Les ministres nippons et les responsables de l’OTAN ont évoqué la situation en Ukraine. L’OTAN remercie le gouvernement nippon pour son aide humanitaire.

Les diplomates nippons souhaitent que l’OTAN et leur pays se consultent plus souvent. Aucune date n’a été fixée pour la prochaine rencontre.
""",
    "japanese-forces-en": """Japanese Forces Train with NATO

Japanese Self-Defense Force officers joined a NATO staff exercise in Norway for the first time. NATO commanders praised the Japanese contingent. Japanese ships will also join NATO's maritime group in the Mediterranean next year.

The Japanese defence ministry said the training was valuable. NATO has invited Japanese observers to two more exercises.
""",
    "autorites-japonaises-fr": """Les autorités japonaises se rapprochent de l’OTAN

Les autorités japonaises ont accueilli la semaine dernière le commandant suprême des forces alliées en Europe. Les diplomates japonais et l’OTAN ont évoqué la sécurité maritime. Les forces japonaises participeront à un exercice de l’OTAN en 2025.

Pour les responsables japonais, l’OTAN est un partenaire naturel. L’OTAN et les militaires japonais prévoient de nouveaux échanges.
""",
}


@pytest.mark.parametrize("name", sorted(OUT_OF_SCOPE))
def test_a_text_about_nato_or_japan_alone_is_out_of_scope(cli, tmp_path: Path, name: str) -> None:
    coverage = coverage_of(cli, tmp_path, OUT_OF_SCOPE[name])
    assert not coverage["in_scope"]
    assert coverage["criteria"] == []


@pytest.mark.parametrize("name", sorted(IN_SCOPE_INDIRECT))
def test_a_text_that_names_japan_indirectly_is_in_scope(cli, tmp_path: Path, name: str) -> None:
    coverage = coverage_of(cli, tmp_path, IN_SCOPE_INDIRECT[name])
    assert coverage["in_scope"]
    assert [item["criterion"] for item in coverage["criteria"]] == NATO_JAPAN_CRITERIA
