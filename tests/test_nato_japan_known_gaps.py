"""NATO–Japan: families of wording that the second development set showed missing, in my own words.

The second development set (24 documents, 14 scope cases, 30 claims, 15 terminology cases)
scored: criteria found 89/94 with 2/126 false credits, 2 documents wrongly out of scope,
claims 26/30, terminology 13/15. Each miss stood for a family, fixed as a family; none of the
set's sentences is in the rules, their examples or the tests below:

* scope — a long text that names NATO rarely by its name and otherwise by what only NATO has
  (its Strategic Concept, its Council, Secretary General Stoltenberg), or a short one that
  names it only as "the Alliance" standing opposite Japan ("relations between Japan and the
  Alliance"): pack.toml;
* coverage (see the sections below);
* claims (see the sections below).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OPENING_EN, OPENING_FR, addressed, check_report, coverage_of, criterion_cases


def _in_scope(cli, tmp_path: Path, text: str) -> bool:
    (coverage,) = check_report(cli, tmp_path, text, select="NJ1", quiet=True)["coverage"]
    return coverage["in_scope"]


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
    assert _in_scope(cli, tmp_path, text)


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
    assert _in_scope(cli, tmp_path, text)


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
    assert not _in_scope(cli, tmp_path, text)
