"""Families of wording found missing by a held-out set written blind (2026-12-05), in paraphrases of our own.

The held-out set (40 wrong claims, 40 look-alikes; 20 terminology cases to flag, 20 not)
was written by someone who had not seen the rules. Before: claims recall 34/40 with one
look-alike flagged, terminology recall 16/20. Each miss stood for a family the patterns
lacked; the held-out sentences themselves are in none of the rules, examples or tests —
these are other sentences of the same families, in both languages where the fact applies:

- the collective-defence clause with a possessive (« sa clause de défense collective »,
  « leur clause d'assistance mutuelle », "their collective defence clause") — NJ203, NJ209;
- Article 5 invoked at a date other than September 2001, in any construction (a date after
  the clause, a fronted date, a passive, an apposition; « Les Alliés » naming NATO) — NJ205;
- the 31 January 2023 meeting placed in another city, with the Secretary General unnamed or
  the meeting nominalised (« La rencontre entre … et Kishida, le 31 janvier 2023 à … ») — NJ217;
- a wrong year for Japan's 2 % target measured against the Allies ("…, well after most
  Allies" silenced NJ222, whose look-alike is the Allies' own pledge), or given as "no
  earlier than" — NJ222;
- the CCDCOE named by its place and field ("the Tallinn-based cyber defence centre", « le
  pôle cyber de l'OTAN basé en Estonie ») — NJ232;
- an "Article 9" in a sentence that names Japan or the Treaty as something else, not as
  the article's owner — NJ301;
- "defense" after "NATO" or before "planners", "analysts"… — NJ303.

The look-alike flagged (an unnamed group's suspicion in a compound tense, « Certains … ont
d'abord soupçonné la Russie … ») was the engine's attribution guard; it was fixed there
(commit a1cd9e7), and the paraphrases below keep it fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_report


def _findings(cli, tmp_path: Path, text: str, select: str) -> list[tuple[str, str]]:
    """(code, flagged words as written) of each finding of the rules ``select`` names."""
    report = check_report(cli, tmp_path, text + "\n", select=select)
    return [(f["code"], text[f["start"]["offset"] : f["end"]["offset"]]) for f in report["findings"]]


WRONG_CLAIMS = [
    # the collective-defence clause with a possessive determiner
    ("NJ203", "Les Alliés ont déclenché leur clause de défense collective au profit de l’Albanie en septembre 2022.",
     "Les Alliés ont déclenché leur clause de défense collective au profit de l’Albanie"),
    ("NJ203", "L’Alliance a fait jouer sa clause d’assistance mutuelle pour soutenir Tirana.",
     "L’Alliance a fait jouer sa clause d’assistance mutuelle pour soutenir Tirana"),
    ("NJ209", "Tirana a obtenu que l’Alliance active sa clause de défense mutuelle après l’attaque de 2022.",
     "sa clause de défense mutuelle"),
    ("NJ209", "Allies agreed that their collective defence clause applied to Albania in 2022.",
     "their collective defence clause"),
    # other verbs for "invoked": put into effect, came into play, « recourir à », « jouer en faveur de »
    ("NJ209", "NATO put Article 5 into effect to protect Albania in 2022.", "Article 5"),
    ("NJ209", "L’OTAN a recouru à l’article 5 pour défendre l’Albanie.", "l’article 5"),
    ("NJ211", "NATO's Article 5 has never come into play.", "has never come into play"),
    ("NJ215", "L'OTAN a recouru à l'article 5 à trois reprises.", "à trois reprises"),
    # Article 5 invoked at another date than September 2001 (the texts name NATO or the Allies)
    ("NJ205", "NATO triggered Article 5 in March 2014, when Russia seized Crimea.", "NATO triggered Article 5 in March 2014"),
    ("NJ205", "In 2014, the Allies invoked Article 5 to reassure Poland.", "In 2014, the Allies invoked Article 5"),
    ("NJ205", "NATO's Article 5, invoked in 2014, has lost none of its force.", "NATO's Article 5, invoked in 2014"),
    ("NJ205", "L’article 5 de l’OTAN a été activé le 24 février 2022.", "L’article 5 de l’OTAN a été activé le 24 février 2022"),
    ("NJ205", "En 2014, l’OTAN a déclenché sa clause de défense collective.", "En 2014, l’OTAN a déclenché sa clause de défense collective"),
    ("NJ205", "Les Alliés ont fait jouer leur clause de défense mutuelle au printemps 2014.",
     "Les Alliés ont fait jouer leur clause de défense mutuelle au printemps 2014"),
    # …in a cleft, a dated noun of invocation, a fronted date without a comma, or "in response to Russia's invasion"
    ("NJ205", "It was in 2014 that NATO invoked Article 5.", "It was in 2014 that NATO invoked Article 5"),
    ("NJ205", "C’est en 2014 que l’OTAN a invoqué l’article 5.", "C’est en 2014 que l’OTAN a invoqué l’article 5"),
    ("NJ205", "NATO's only invocation of Article 5 came in 2014, after Crimea.", "invocation of Article 5 came in 2014"),
    ("NJ205", "La seule invocation de l’article 5 de l’OTAN remonte à 2014.", "invocation de l’article 5 de l’OTAN remonte à 2014"),
    ("NJ205", "In March 2014 the North Atlantic Council invoked Article 5.", "In March 2014 the North Atlantic Council invoked Article 5"),
    ("NJ205", "L’OTAN a invoqué l’article 5 en réponse à l’invasion russe de 2022.",
     "L’OTAN a invoqué l’article 5 en réponse à l’invasion russe de 2022"),
    ("NJ205", "When Russia invaded Ukraine in February 2022, the Allies invoked Article 5 and moved troops east.",
     "in February 2022, the Allies invoked Article 5"),
    ("NJ205", "Face à l’annexion de la Crimée, l’OTAN a activé sa clause de défense collective.",
     "Face à l’annexion de la Crimée, l’OTAN a activé sa clause de défense collective"),
    # the 31 January 2023 meeting placed elsewhere than Tokyo
    ("NJ217", "Stoltenberg travelled to Osaka on 31 January 2023 to meet Prime Minister Kishida.",
     "to Osaka on 31 January 2023 to meet Prime Minister Kishida"),
    ("NJ217", "The Secretary General held talks with Prime Minister Kishida at NATO headquarters on 31 January 2023.",
     "Kishida at NATO headquarters"),
    ("NJ217", "NATO's chief sat down with Fumio Kishida in Kyoto on January 31, 2023, to sign a joint statement.",
     "Kishida in Kyoto"),
    ("NJ217", "L’entretien du secrétaire général avec Fumio Kishida, le 31 janvier 2023 à Séoul, a produit une déclaration commune.",
     "Kishida, le 31 janvier 2023 à Séoul"),
    ("NJ217", "In Brussels on 31 January 2023, the Secretary General met Kishida.",
     "In Brussels on 31 January 2023, the Secretary General met Kishida"),
    # a wrong year for Japan's 2 % target, set against the Allies or as "no earlier than"
    ("NJ222", "Japan plans to reach the 2% level only by 2030, like many European Allies.", "Japan plans to reach the 2% level only by 2030"),
    ("NJ222", "Tokyo plans to hit the 2 per cent threshold no earlier than 2031.", "Tokyo plans to hit the 2 per cent threshold no earlier than 2031"),
    ("NJ222", "Le gouvernement japonais ne compte franchir la barre des 2 % qu’à l’horizon 2032, loin derrière les Alliés européens.",
     "japonais ne compte franchir la barre des 2 % qu’à l’horizon 2032"),
    # membership by another verb or title; the CCDCOE given another city by a possessive
    ("NJ202", "Japan entered NATO in 2023, becoming its first Asian member.", "Japan entered NATO in 2023"),
    ("NJ231", "The CCDCOE, Riga's cyber centre, welcomed Japan.", "Riga"),
    ("NJ201", "Devenu membre de l'OTAN l'an dernier, le Japon participe désormais au Conseil.",
     "Devenu membre de l'OTAN l'an dernier, le Japon"),
    ("NJ201", "Tokyo siège au Conseil de l’Atlantique Nord en tant qu’allié à part entière.",
     "Tokyo siège au Conseil de l’Atlantique Nord en tant qu’allié"),
    # the meeting's city in a cleft; the Secretary General with Mr./M. Kishida
    ("NJ217", "It was in Seoul that the Secretary General met Kishida on 31 January 2023.",
     "It was in Seoul that the Secretary General met Kishida"),
    ("NJ212", "Le secrétaire général s’est rendu au Japon en mai 2022 pour rencontrer M. Kishida.", "en mai 2022"),
    # the attack on Albania said to come from, or be the operation of, another state
    ("NJ210", "Albania's 2022 cyberattack was a Chinese operation.", "Chinese"),
    ("NJ210", "La cyberattaque contre l'Albanie venait de Moscou.", "Moscou"),
    # the Strategic Concept's right city with a wrong year, the date in another construction
    ("NJ228", "NATO's Strategic Concept was approved at the Madrid summit on 29 June 2023.",
     "Strategic Concept was approved at the Madrid summit on 29 June 2023"),
    # the date in other words: « remonte à », seasons; Japan's 2 % target as a noun, with its year after
    ("NJ212", "La visite de Stoltenberg à Tokyo remonte à mars 2023.", "remonte à mars 2023"),
    ("NJ212", "Stoltenberg's Tokyo talks with Kishida took place in the spring of 2023.", "in the spring of 2023"),
    ("NJ222", "Japan's 2% goal slipped to 2030.", "Japan's 2% goal slipped to 2030"),
    ("NJ222", "L’objectif japonais des 2 % a glissé à 2030.", "objectif japonais des 2 % a glissé à 2030"),
    # the CCDCOE named by its place and field, with a year outside 2018–2022
    ("NJ232", "Japan joined the Estonian capital's cyber defence hub as early as 2014.", "2014"),
    ("NJ232", "Le Japon participe depuis 2015 au centre de cyberdéfense de l'Alliance installé à Tallinn.", "2015"),
    ("NJ232", "Dès 2013, le Japon est devenu membre du pôle cyber de l'OTAN basé en Estonie.", "2013"),
    ("NJ232", "Japan has been part of NATO's cyber defence centre in Tallinn since 2015.", "2015"),
    ("NJ222", "Tokyo will only reach the 2% mark in 2032, later than most Allies.", "Tokyo will only reach the 2% mark in 2032"),
]


LOOK_ALIKES = [
    # negated, hypothetical, asked for, or the right value
    "L’OTAN a soutenu l’Albanie sans activer sa clause de défense collective.",
    "Albania is covered by NATO's collective defence guarantee, which was not activated in 2022.",
    "L’Albanie est couverte par l’article 5, qui n’a pas été invoqué en 2022.",
    "Article 5 never came into play for Albania in 2022.",
    "L'article 5 n'a pas joué en faveur de l'Albanie en 2022.",
    "L’OTAN a aidé l’Albanie sans recourir à l’article 5.",
    "L'OTAN n'a recouru à l'article 5 qu'une fois, en 2001.",
    "NATO invoked Article 5 on 12 September 2001.",
    "NATO invoked Article 5 in September 2001 and Article 4 in February 2022.",
    "Les Alliés ont invoqué l’article 5 en septembre 2001.",
    "Les Alliés n’ont pas invoqué l’article 5 en 2022.",
    "Had NATO invoked Article 5 in 2022, Russia would have escalated.",
    "Kyiv urged NATO to invoke Article 5 in 2022.",
    "NATO's only invocation of Article 5 came in 2001, after 9/11.",
    "La seule invocation de l’article 5 de l’OTAN remonte à 2001.",
    "A possible invocation of Article 5 in 2030 worries NATO planners.",
    "In 2014, the Allies invoked Article 4 rather than Article 5.",
    "Stoltenberg travelled to Tokyo on 31 January 2023 to meet Prime Minister Kishida.",
    "Japan has been part of NATO's cyber defence centre in Tallinn since 2022.",
    "The 2022 attack on Albania came from Iranian hackers; Russia's came later against Ukraine.",
    "The Strategic Concept was not adopted in Madrid in 2023.",
    "Japan entered into NATO's partnership programme in 2014.",
    "Devenu membre du G7 en 1975, le Japon pèse sur l’économie mondiale.",
    # long true sentences about the same facts
    "L’objectif japonais des 2 %, fixé en 2022, vise l’exercice 2027.",
    "Japan's 2% target, announced in December 2022, runs to fiscal 2027.",
    "Stoltenberg's Tokyo talks with Kishida took place in the winter of 2023.",
    "NATO, which invoked Article 5 only once, on 12 September 2001, reinforced its eastern flank in 2014 and 2022.",
    "Depuis que l’OTAN a invoqué l’article 5 en 2001, l’Alliance a renforcé son flanc oriental en 2014.",
    "Stoltenberg, who met Kishida in Tokyo on 31 January 2023, later hosted him in Brussels.",
    "Le Japon vise 2 % du PIB en 2027, un seuil que plusieurs Alliés n’ont atteint qu’en 2024.",
    "Le Japon, participant au centre de Tallinn depuis 2022, y envoyait des observateurs dès 2019.",
    "Albania, which NATO helped in 2022 without invoking Article 5, is covered by the Alliance's collective defence clause.",
    "C’est à Tokyo que Stoltenberg et Kishida se sont vus le 31 janvier 2023.",
    "The Secretary General held talks with Prime Minister Kishida in Tokyo on 31 January 2023.",
    "L’entretien de Jens Stoltenberg avec Fumio Kishida, le 31 janvier 2023 à Tokyo, a produit une déclaration commune.",
    "On 31 January 2023 the Secretary General met Kishida, after talks in Seoul.",
    "UN Secretary-General Guterres met Kishida in New York in January 2023.",
    "It is wrong to say that the Secretary General met Kishida in Osaka on 31 January 2023.",
    "Japan aims to reach the 2% benchmark in fiscal 2027, ahead of several NATO Allies.",
    "Japan aims to reach 2% of GDP by 2027, while Allies committed to 2% by 2024.",
    "Selon Washington, le Japon n’atteindra les 2 % qu’en 2035.",
    "Japan became a participant in NATO's Tallinn-based cyber defence centre in November 2022.",
    "NATO's Tallinn-based cyber defence centre, founded in 2008, admitted Japan later.",
    "Japan did not join NATO's cyber centre in Tallinn in 2012.",
    # an unnamed group's suspicion, in a past or compound tense, is attributed
    "Many observers initially suspected North Korea of the hack on Albania's government servers.",
    "Plusieurs experts avaient d’abord soupçonné des pirates chinois d’avoir visé l’Albanie.",
]


@pytest.mark.parametrize(("code", "sentence", "words"), WRONG_CLAIMS)
def test_a_wrong_claim_of_a_missed_family_is_flagged(cli, tmp_path: Path, code: str, sentence: str, words: str) -> None:
    assert _findings(cli, tmp_path, sentence, "NJ2") == [(code, words)]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_a_look_alike_of_those_families_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _findings(cli, tmp_path, sentence, "NJ2") == []


TERMS_TO_FLAG = [
    # Japan or the Treaty named in the sentence, but not as the owner of the article
    ("NJ301", "The North Atlantic Treaty obliges Allies to help one another, while Article 9 keeps Japanese troops at home.", "Article 9"),
    ("NJ301", "Le traité de Washington ne lie que les Alliés ; pour le Japon, l’article 9 reste une barrière.", "article 9"),
    # a comma after the article opens the next clause, it names no owner
    ("NJ301", "The Washington Treaty binds Allies. Because of Article 9, Japanese forces cannot join them.", "Article 9"),
    ("NJ301", "Le traité de l’Atlantique Nord lie les Alliés. En raison de l’article 9, les forces japonaises ne peuvent s’y joindre.", "article 9"),
    # "defense" after NATO, or before planners, analysts…, in a text that writes "defence"
    ("NJ303", "Japan's defence reforms impress NATO defense planners.", "NATO defense"),
    ("NJ303", "NATO defence chiefs met; Japan's defense analysts took notes.", "Japan's defense"),
]

TERMS_FINE = [
    "The North Atlantic Treaty binds Allies; Tokyo, whose Article 9 renounces war, cannot match it.",
    "Le traité de l’Atlantique Nord lie les Alliés ; l’article 9 japonais interdit un engagement comparable.",
    "Under the North Atlantic Treaty, Article 9 sets up the body where Japan has no seat.",
    "The North Atlantic Treaty binds Allies. Article 9 (Japan's Constitution) forbids a comparable pledge.",
    "The North Atlantic Treaty binds Allies. Article 9, the Japanese Constitution's war clause, forbids it.",
    "The Washington Treaty binds Allies; the Treaty's Article 9 creates the Council, Japan's Article 9 renounces war.",
    "Japan's defence reforms impress NATO defence planners.",
    "The NATO Defense College hosted Japan's defence officials.",
    "Japan's defense minister attended the NATO defence ministers' meeting.",
]


@pytest.mark.parametrize(("code", "text", "words"), TERMS_TO_FLAG)
def test_an_ambiguous_or_inconsistent_term_is_flagged(cli, tmp_path: Path, code: str, text: str, words: str) -> None:
    assert _findings(cli, tmp_path, text, code) == [(code, words)]


@pytest.mark.parametrize("text", TERMS_FINE)
def test_a_qualified_or_consistent_term_is_not_flagged(cli, tmp_path: Path, text: str) -> None:
    assert _findings(cli, tmp_path, text, "NJ301,NJ303") == []


# The engine's negation guard, found while writing the paraphrases above (src/claimcheck/rules/claims.py,
# `_negation`): a negator counts only in the match's own clause (none after ';' or ':'), and "not … until"
# puts a date off, it does not deny it.
@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("NJ226", "Italy is not part of GCAP; GCAP brings together Japan, the UK and France."),
        ("NJ203", "Tirana did not wait: NATO invoked Article 5 for Albania within days."),
    ],
)
def test_a_negation_in_another_clause_does_not_excuse_the_claim(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert [found for found, _ in _findings(cli, tmp_path, sentence, "NJ2")] == [code]


@pytest.mark.parametrize("sentence", ["Japan will not reach 2% of GDP until 2030.", "Le Japon n’atteindra pas 2 % du PIB avant 2030."])
def test_not_until_a_wrong_year_is_a_wrong_year(cli, tmp_path: Path, sentence: str) -> None:
    assert [found for found, _ in _findings(cli, tmp_path, sentence, "NJ2")] == ["NJ222"]
