"""NATO–Japan coverage: passages that name a criterion's topic without addressing it (precision).

After the recall round (held-out set 73/73 in scope, 0/30 false positives), the suspected
weakness was false credit: a real text that mentions a criterion's topic in the sense the
framework's "does not count" column names. The traps below are mine, realistic prose (briefs,
speeches, news analysis), each after an in-scope opener that addresses no criterion; each
family also has positives in similar words that do address the criterion, to show the fix
keeps them.

First run, before any rule was touched: 60 of 85 traps credited — defense-spending 8/10,
threat-drivers 6/9, regional-reaction 10/10, article-5-scope 6/8, nuclear-sharing 1/7,
cyber-precedent 6/8, cooperation-areas 6/9, institutionalization 7/9, strategic-alignment 6/8,
article-9 4/7 — and two traps credited a second criterion they do not address (the EU–Japan
partnership agreements as institutionalization). All positives were credited.

The fixes go by meaning:

* defense-spending: the 2 % is Japan's (Japan its subject, or the sentence names no other
  owner: not the Allies, Germany, the UK, the US) and about defence, not a surplus of 2 % of
  GDP; the NSS is Japan's, not the US National Security Strategy; a defence budget with
  figures is Japan's, not NATO's or Washington's with Japan looking on.
* threat-drivers: the events count in a paragraph that gives a cause, or ties the shift words
  to Japan (Tokyo … its policy, « la doctrine japonaise », « sa nouvelle politique de
  défense »), not where "defence" or "policy" is Europe's.
* regional-reaction: escalation, spiral, « engrenage », miscalculation, grey zone count in a
  sentence about the Asian theatre or naming no other one — not Ukraine, the Baltic, Kosovo,
  cyberspace or the markets.
"""


from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_report


PRE_EN = "NATO and Japan are partners. NATO and Japan meet often. NATO and Japan share values.\n\n"
PRE_FR = "L’OTAN et le Japon sont partenaires. L’OTAN et le Japon se rencontrent souvent. L’OTAN et le Japon partagent des valeurs.\n\n"


# criterion -> (lang, passage, the criteria it does address) for passages that name the criterion's topic without addressing it
TRAPS = {
    'defense-spending': [
        ('en', 'At the Vilnius summit, Allies agreed that spending at least 2 % of GDP on defence is a floor rather than a ceiling, a message Tokyo followed with interest.', set()),
        ('en', 'The United Kingdom spends about 2.3 per cent of GDP on defence and Germany has only now reached 2 per cent; Japanese officials follow the European debate closely.', set()),
        ('fr', 'Au sommet de Washington, 23 Alliés sur 32 atteignaient l’objectif de 2 % du PIB consacré à la défense, un chiffre que Tokyo a salué.', set()),
        ('fr', 'L’Allemagne a promis de consacrer 2 % de son PIB à sa défense et son budget militaire augmente de 100 milliards d’euros ; le Japon observe ce tournant avec attention.', set()),
        ('en', 'NATO’s latest figures show that European Allies and Canada increased their defence spending by 11 per cent in 2023, figures that officials in Tokyo called impressive.', set()),
        ('en', 'Japan’s current-account surplus reached 2 % of GDP last year, according to the finance ministry.', set()),
        ('fr', 'Le Royaume-Uni vise 2,5 % du PIB d’ici 2030 et la France a voté une loi de programmation militaire de 413 milliards d’euros ; Tokyo suit ces débats européens.', set()),
        ('en', 'The US National Security Strategy of October 2022 calls China the pacing challenge, a view Tokyo shares.', set()),
        ('en', 'The US defence budget rose to 886 billion dollars this year, a figure Japanese planners watch closely.', set()),
        ('fr', 'La Stratégie de sécurité nationale publiée par la Maison-Blanche en octobre 2022 fait de la Chine le principal défi ; Tokyo partage ce diagnostic.', set()),
    ],
    'threat-drivers': [
        ('en', 'Russia’s war against Ukraine has reshaped European defence policy; Japan condemned the invasion from the first day.', set()),
        ('en', 'NATO defence ministers condemned North Korea’s missile launches over the Sea of Japan as a threat to regional stability.', set()),
        ('en', 'China’s military build-up is changing the balance of power in Asia, and Allies are debating what it means for Europe’s defence industry, a debate Japanese diplomats follow.', set()),
        ('fr', 'L’invasion de l’Ukraine par la Russie a bouleversé la défense européenne ; le Japon, lui, a accueilli plus de deux mille réfugiés ukrainiens.', set()),
        ('fr', 'La Corée du Nord multiplie les essais balistiques en mer du Japon ; le Conseil de l’Atlantique Nord a condamné ces tirs qui menacent la sécurité régionale.', set()),
        ('en', 'Since the invasion of Ukraine, Finland and Sweden have joined NATO, and Japan’s prime minister congratulated both.', set()),
        ('fr', 'Depuis l’invasion russe de l’Ukraine, les prix de l’énergie ont flambé au Japon comme en Europe.', set()),
        ('en', 'Beijing’s growing pressure on Taiwan and its coercion of the Philippines worry defence ministers in Washington, Tokyo and Canberra alike.', set()),
        ('fr', 'La montée en puissance de la marine chinoise inquiète les Européens, dont les frégates croisent désormais au large du Japon.', set()),
    ],
    'regional-reaction': [
        ('en', 'In Ukraine, every new Western weapon raised fears of escalation with Moscow, and NATO calibrated its support accordingly.', set()),
        ('fr', 'Les marchés craignent un engrenage protectionniste entre Washington et Pékin.', set()),
        ('en', 'A ransomware attack on a hospital can trigger a spiral of escalation in cyberspace that no government controls.', set()),
        ('fr', 'La guerre en Ukraine a fait craindre une escalade en Europe ; l’OTAN a pesé chaque livraison d’armes.', set()),
        ('en', 'NATO sent more troops to Kosovo as tensions escalated in the north of the country.', set()),
        ('en', 'Miscalculation in the Baltic Sea, where Russian jets shadow allied aircraft, is a constant worry for NATO commanders.', set()),
        ('fr', 'Une erreur de calcul de la banque centrale pourrait déstabiliser les marchés obligataires.', set()),
        ('en', 'Grey-zone tactics such as the sabotage of undersea cables in the Baltic have pushed NATO to launch new patrols there.', set()),
        ('fr', 'En mer Baltique, les activités en zone grise de la Russie, sabotage de câbles et brouillage GPS, mettent l’Alliance à l’épreuve.', set()),
        ('en', 'The Kremlin’s security dilemma narrative, which casts NATO enlargement as encirclement, has long shaped Russian propaganda.', set()),
    ],
}


# criterion -> (lang, passage, other criteria it also addresses) for passages that address it in similar words
POSITIVES = {
    'defense-spending': [
        ('en', 'Japan plans to raise defence and related spending to 2 % of GDP by fiscal 2027, the level NATO expects of its Allies.', set()),
        ('fr', 'Le Japon portera ses dépenses de défense à 2 % du PIB d’ici 2027, le niveau que l’OTAN demande à ses Alliés.', set()),
        ('en', 'Japan’s National Security Strategy of December 2022 calls China the greatest strategic challenge Japan has ever faced.', set()),
        ('en', 'Japan’s defence budget rose to a record 7.9 trillion yen for fiscal 2024.', set()),
    ],
    'threat-drivers': [
        ('en', 'Russia’s invasion of Ukraine and North Korea’s missile launches led Tokyo to overhaul its defence posture.', set()),
        ('fr', 'C’est l’invasion de l’Ukraine par la Russie qui a poussé le Japon à revoir sa doctrine de défense.', set()),
        ('en', 'China’s military build-up is the main reason Japan decided to acquire counterstrike capabilities.', set()),
    ],
    'regional-reaction': [
        ('en', 'China warns that NATO’s presence in Asia would raise tensions, and the risk of miscalculation around Taiwan is real.', set()),
        ('fr', 'Une présence de l’OTAN en Asie risquerait d’enclencher un engrenage avec Pékin, qui y verrait une provocation.', set()),
        ('en', 'Beijing could answer a NATO presence near Japan with more grey-zone activity around the Senkakus.', set()),
    ],
}



def _addressed(cli, tmp_path: Path, language: str, passage: str) -> set[str]:
    text = (PRE_EN if language == "en" else PRE_FR) + passage + "\n"
    (coverage,) = check_report(cli, tmp_path, text, select="NJ1", quiet=True)["coverage"]
    assert coverage["in_scope"]
    return {item["criterion"] for item in coverage["criteria"] if item["addressed"]}


def _cases(table: dict, prefix: str) -> list:
    return [
        pytest.param(criterion, language, passage, also, id=f"{prefix}-{criterion}-{index}-{language}")
        for criterion, items in table.items()
        for index, (language, passage, also) in enumerate(items)
    ]


@pytest.mark.parametrize(("criterion", "language", "passage", "also"), _cases(TRAPS, "trap"))
def test_a_trap_does_not_address_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert _addressed(cli, tmp_path, language, passage) == also, passage


@pytest.mark.parametrize(("criterion", "language", "passage", "also"), _cases(POSITIVES, "positive"))
def test_a_positive_in_similar_words_addresses_its_criterion(cli, tmp_path: Path, criterion: str, language: str, passage: str, also: set) -> None:
    assert _addressed(cli, tmp_path, language, passage) == {criterion} | also, passage
