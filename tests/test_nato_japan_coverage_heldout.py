"""NATO–Japan coverage: wordings the first blind held-out set (110 texts) showed missing, in my own words.

The held-out set (/tmp/heldout1/coverage.json, written by someone who had not seen the rules)
was first scored at recall 63/72 in scope, 0/30 false positives, and one text credited with a
criterion it does not address (« la légitime défense collective », Japan's collective
self-defence, counted as NATO's collective defence). Each miss pointed at a way of saying the
criterion that the evidence lacked, not at its words:

* article-5-scope: commitments "of the Article 5 kind" / "Article 5-style" / « du type de
  l'article 5 » / « calqués sur l'article 5 » (the French frame existed, not these);
* cyber-precedent: Ukraine's non-membership denied in any tense ("was never a member",
  « n'a jamais été membre », « ne fait pas partie de l'OTAN »), with the allied help named;
* threat-drivers: Japan as « l'archipel » or « nippon » (added to the pack's {{japan}} list),
  Western pressure named by where it comes from ("pressure from Washington", « ni Washington ni
  Bruxelles »), the neighbours named by adjective ("Chinese", « nord-coréens »), and Japan
  "surrounded by nuclear-armed neighbours";
* nuclear-sharing: allied bombs or warheads hosted on Japan's soil, "Washington's umbrella" and
  the alliance's "sharing arrangements", where the paragraph says they are nuclear;
* regional-reaction: China's "Cold War mentality" / "a copy of a Cold War bloc" reply, and
  NATO's presence in Asia said to "feed" / « nourrir » the tensions;
* institutionalization: standing channels or structured consultations between NATO (or its
  Council) and Japan, not Japan's consultations with Washington;
* strategic-alignment: what happens in Europe "matters" in Asia "and vice versa", and "the
  security of our two regions" thought of together.

The paraphrases below are mine, written before the patterns for each family, and none is a
held-out sentence. First run, before any rule was touched: 35 of 36 paraphrases missed (the
one counted: "American arm-twisting … North Korean launches"), and 1 of 19 look-alikes counted
(the collective self-defence one). Two paraphrases (« ni Washington ni Bruxelles ») and two
look-alikes (NATO "feeding tensions" on the eastern flank) were written with the patterns, to
pin them, and are not part of that first run. After the changes: all 38 paraphrases counted,
none of the 21 look-alikes; the held-out set scores 72/72 in scope, 0/30 false positives, no
spurious criterion (80/80 with a neutral in-scope opener).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import OPENING_FR, addressed, coverage_of, criteria_addressed_by, criterion_cases


# criterion -> (lang, passage) that address it
PARAPHRASES = {
    "article-5-scope": [
        ("en", "Tokyo wants practical cooperation, not Article 5-style obligations that would bind it to Europe’s wars."),
        ("en", "Neither capital is asking for commitments of the Article 5 sort."),
        ("fr", "Le Japon ne veut pas d’obligations du type de l’article 5."),
        ("fr", "Personne à Tokyo ne réclame des engagements calqués sur l’article 5."),
        ("en", "Nobody in Tokyo wants guarantees modelled on Article 5."),
    ],
    "cyber-precedent": [
        ("en", "Ukraine was never a NATO member, yet allied experts helped it fend off cyberattacks for years."),
        ("en", "Kyiv, though not part of the alliance, received allied help against Russian hackers targeting its networks."),
        ("fr", "L’Ukraine, qui n’a jamais été membre de l’Alliance, a reçu une aide alliée pour défendre ses réseaux contre les pirates russes."),
        ("fr", "Kiev, qui ne fait pas partie de l’OTAN, a bénéficié d’un soutien allié en cyberdéfense."),
    ],
    "threat-drivers": [
        ("en", "Tokyo’s rearmament is not the product of pressure from Washington; it answers Chinese military activity around Taiwan."),
        ("en", "Japanese officials reject the idea that American arm-twisting explains the shift; North Korean launches do."),
        ("fr", "Ce n’est pas la pression de Washington qui a changé la politique japonaise : ce sont les essais nord-coréens."),
        ("fr", "Les salves de missiles nord-coréens ont poussé l’archipel à doubler son effort de défense."),
        ("fr", "Face à l’invasion russe de l’Ukraine, le gouvernement nippon a revu sa doctrine."),
        ("en", "Surrounded by three nuclear-armed neighbours, Japan has overhauled its defence posture."),
        ("fr", "Cerné par trois voisins dotés de l’arme nucléaire, le Japon a revu sa posture de défense."),
        ("fr", "Ni Washington ni Bruxelles n’ont poussé le Japon à réarmer : la Corée du Nord s’en est chargée."),
        ("en", "Neither Washington nor Brussels talked Japan into rearming; China’s coast guard did."),
    ],
    "nuclear-sharing": [
        ("en", "Storing American bombs at Japanese air bases, as Belgium and Italy do, is not politically conceivable in Japan."),
        ("fr", "Héberger des ogives américaines sur le sol de l’archipel reste exclu."),
        ("en", "Japan relies on Washington’s umbrella and wants a bigger say in how it would be used in a nuclear crisis."),
        ("fr", "Tokyo compte sur le parapluie des États-Unis et réclame davantage de consultations sur la dissuasion."),
        ("en", "Tokyo has no wish to join the alliance’s sharing arrangements for atomic weapons."),
        ("fr", "Le Japon a écarté toute participation aux dispositifs de partage de l’OTAN en matière atomique."),
        ("fr", "La dissuasion élargie offerte par Washington protège l’archipel."),
    ],
    "regional-reaction": [
        ("en", "Chinese officials answer every such step by denouncing a Cold War mentality in Tokyo."),
        ("fr", "Pékin y voit le retour d’une mentalité de guerre froide."),
        ("en", "A larger NATO naval presence near Taiwan could feed the very tensions it seeks to calm."),
        ("fr", "Une présence accrue de l’OTAN en mer de Chine risquerait de nourrir les tensions régionales."),
        ("en", "Beijing says Asia has no use for a copy of a Cold War military bloc."),
    ],
    "institutionalization": [
        ("en", "Japan wants a standing channel of consultation with the North Atlantic Council."),
        ("fr", "Tokyo souhaite un mécanisme de consultation régulier avec le Conseil de l’Atlantique Nord."),
        ("fr", "Il faudrait instituer des consultations structurées entre l’Alliance et le Japon."),
        ("en", "The allies should set up structured consultations with Japan’s government."),
    ],
    "strategic-alignment": [
        ("en", "What happens in Europe matters in Asia — and the reverse is also true."),
        ("en", "The security of our two regions can no longer be considered separately."),
        ("fr", "Ce qui se passe en Europe compte en Asie, et inversement."),
        ("fr", "La sécurité de nos deux régions doit être pensée ensemble."),
    ],
}

# criterion -> (lang, passage) that reuse the new patterns' words and do not address it
LOOK_ALIKES = {
    "article-5-scope": [
        ("en", "The 2015 amendment to Article 5 of Japan’s Self-Defense Forces Act concerns staffing."),
        ("fr", "Même élargi en 2015, le droit de légitime défense collective du Japon reste étroitement borné."),
        ("en", "Japan’s right of collective self-defence, widened in 2015, remains narrow."),
    ],
    "cyber-precedent": [
        ("en", "Ukraine is not yet a member of the EU, and its farmers worry about cyber fraud."),
    ],
    "threat-drivers": [
        ("en", "Washington’s pressure on Tokyo to buy American rice angers Japanese farmers."),
        ("en", "Poland, surrounded by hostile neighbours, has overhauled its defence posture."),
        ("fr", "Japan is surrounded by the sea, which long protected it."),
    ],
    "nuclear-sharing": [
        ("en", "American bombs devastated Tokyo in March 1945."),
        ("fr", "Le Japon accueille des bases américaines sur son sol."),
        ("en", "Japan sits under an American umbrella of trade agreements."),
        ("fr", "L’OTAN a mis en place des dispositifs de partage du renseignement avec le Japon."),
    ],
    "regional-reaction": [
        ("en", "NATO’s eastern flank exercises fed tensions with Moscow."),
        ("en", "The Cold War ended with the collapse of the Soviet bloc."),
        ("fr", "Le ralentissement chinois nourrit les tensions au sein du Parti."),
        ("en", "NATO’s exercises on the eastern flank feed tensions in the region."),
        ("fr", "Les manœuvres alliées en Baltique nourrissent les tensions avec Moscou."),
    ],
    "institutionalization": [
        ("fr", "Le Japon entretient des consultations régulières avec Washington sur la dissuasion, loin des dispositifs de l’Alliance."),
        ("en", "NATO’s standing naval groups visited Tokyo last spring."),
    ],
    "strategic-alignment": [
        ("en", "What happens in Europe’s bond market matters to Asian investors, and vice versa."),
        ("fr", "Les prix de l’énergie en Europe comptent en Asie, et inversement."),
        ("en", "The two regions’ tourism markets must be thought about together."),
    ],
}




@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(PARAPHRASES, "paraphrase"))
def test_a_paraphrase_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion in criteria_addressed_by(cli, tmp_path, language, passage), passage


@pytest.mark.parametrize(("criterion", "language", "passage"), criterion_cases(LOOK_ALIKES, "look-alike"))
def test_a_look_alike_does_not_address_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str) -> None:
    assert criterion not in criteria_addressed_by(cli, tmp_path, language, passage), passage


def test_japans_collective_self_defence_is_article_9_not_natos_collective_defence(cli, tmp_path: Path) -> None:
    passage = (
        "La Constitution japonaise renonce à la guerre ; la légitime défense collective "
        "n’y est admise que lorsque la survie du pays est en jeu.\n"
    )
    coverage = coverage_of(cli, tmp_path, OPENING_FR + passage)
    assert addressed(coverage) == {"article-9"}
