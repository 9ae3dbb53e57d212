"""policy-style (PS1xx/PS2xx) on sentences written apart from the rules' own examples.

A probe of 2026-12-04, written fresh in English and French: per rule, sentences that should be
flagged (varied syntax, inflections, capitals, elided articles) and sentences that should not
(other senses of the words, correct idioms, names).  Before the fixes it found 15 misses —
"there can be no doubt", "without question", « sans conteste », « indiscutablement », « il est hors
de doute », « à n'en pas douter », "a broad consensus", « fait consensus », "utilized" /
"utilizing", "with regards to", « suite aux », « pallier aux », « palliait à », « solutionné(e) » —
and 13 false positives.  Fixed in rules/policy-style/pack.toml: the French verb « utilise » /
« utilisé » taken for English "utilise" (it folds to the same letters), « donner suite à », « faire suite à » and « la suite a montré » taken for the
preposition « suite à », « se rendre à l'évidence » taken for « à l'évidence », and names
(Asia-Pacific Center for Security Studies, « Coopération économique pour la région
Asie-Pacifique ») and Beijing's phrase "an Asia-Pacific version of NATO" proposed for
rewording (11 findings).

Left as they are: a certainty word inside a quotation ("“Undoubtedly, we will act,” the minister
said") is still flagged — tests/test_cli.py asks for that on purpose, and the existence and
substitution types have no quotation guard; « solutionné » folds to « solutionne », which is
also the present tense, so no replacement can be right for both and it is not flagged.

A second probe (2026-12-04, written fresh, with the NJ3xx one in nato_japan/test_terminology.py):
12 sentences that should each raise one PS finding (half French; a speech, a table, a heading in
capitals) and 11 look-alikes (manner and idiom, a consensus denied, French words that fold to
English ones). Before the fixes it found 7 misses — "it is clear that" / « il est clair que »,
"it is widely recognised", "observers widely agree", « il est communément admis », « fait
l'unanimité », « en termes d'interopérabilité » — and 9 false positives: "spoke slowly and
clearly,", "obey orders without question", "not all analysts agree", "not everyone knows",
« personne ne discute plus avec Pyongyang », the French noun « l'utilisation » and participle
« utilisés par », « tout de suite à Tokyo », « aucune suite à cette proposition ». All fixed in
rules/policy-style/pack.toml. A held-out set written after the fixes (5 + 5 here) raised every
finding it should and none it should not. Still left: "Asia-Pacific" inside a quotation or a
quoted title is flagged by PS201 (tests/test_cli.py asks for it inside guillemets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_report

FLAGGED = [
    ("PS101", "Unquestionably, Tokyo has chosen its side."),
    ("PS101", "It is self-evident that the partnership must grow."),
    ("PS101", "Japan's shift is indisputably the biggest change in Asia."),
    ("PS101", "There can be no doubt that deterrence has weakened."),
    ("PS101", "Needless to say, Japan will not join NATO."),
    ("PS101", "Without question, interoperability matters most."),
    ("PS101", "Incontestablement, Tokyo a choisi son camp."),
    ("PS101", "Il est hors de doute que la dissuasion s’est affaiblie."),
    ("PS101", "Le Japon, à n’en pas douter, restera un partenaire."),
    ("PS101", "Sans conteste, l’interopérabilité est la priorité."),
    ("PS101", "Bien évidemment, le Japon ne rejoindra pas l’OTAN."),
    ("PS101", "Indiscutablement, la menace a changé."),
    ("PS102", "Most analysts agree that cyber defence is the priority."),
    ("PS102", "It is generally accepted that the region is less stable."),
    ("PS102", "No one doubts that Japan will keep its principles."),
    ("PS102", "There is a broad consensus that the threat has grown."),
    ("PS102", "La plupart des analystes s’accordent à dire que la menace grandit."),
    ("PS102", "Il est généralement admis que la région est instable."),
    ("PS102", "Cette analyse fait consensus parmi les spécialistes."),
    ("PS102", "Chacun sait que la dissuasion a ses limites."),
    ("PS201", "Security in the Asia–Pacific is fragile."),
    ("PS201", "Les pays d’Asie–Pacifique s’inquiètent."),
    ("PS202", "Allies utilized shared networks."),
    ("PS202", "Japan is utilizing its new satellites."),
    ("PS202", "With regards to cyber, Japan leads."),
    ("PS202", "In order to deter China, Japan spends more."),
    ("PS202", "The ministers met prior to the summit."),
    ("PS203", "Suite aux essais nord-coréens, Tokyo a réagi."),
    ("PS203", "Il faut pallier aux lacunes de la cyberdéfense."),
    ("PS203", "Tokyo palliait à ce manque par des exercices."),
    ("PS203", "La question sera solutionnée d’ici 2025."),
]

NOT_FLAGGED = [
    "Sans doute le Japon rejoindra-t-il ce programme.",  # « sans doute » means "probably"
    "Tokyo a dû se rendre à l’évidence : la menace avait changé.",
    "Le rapport met en évidence trois risques.",
    "It is no longer obvious that the Alliance will stay regional.",
    "The doubts about the timetable remain.",
    "Il n’est pas évident que Tokyo accepte.",
    "The goals are clearly set out in the 2022 strategy.",
    "No one questioned the minister at the press conference.",
    "Personne ne contestait alors la décision.",
    "Tout le monde ne sait pas où se trouve Tallinn.",
    "A 2023 poll found that most Japanese support the policy.",
    "La recherche d’un consensus a pris deux ans.",
    "Leaders met at the Asia-Pacific Economic Cooperation summit.",
    "Researchers at the Asia-Pacific Center for Security Studies disagree.",
    "Le sommet de la Coopération économique pour la région Asie-Pacifique.",
    "Beijing warned against an “Asia-Pacific version of NATO”.",
    "Le Japon utilise des satellites pour surveiller la zone.",
    "Le vocabulaire utilisé par Pékin est hostile.",
    "Tokyo a utilisé ce canal en 2023.",
    "On utilise souvent le terme « Indo-Pacifique ».",
    "The order to deploy came in 2023.",
    "Le gouvernement n’a pas donné suite à la proposition.",
    "Cette réunion fait suite à la visite de janvier.",
    "Il faut pallier les lacunes de la cyberdéfense.",
    "La suite a montré que Tokyo avait raison.",
]


def _style(cli, tmp_path: Path, text: str) -> list[str]:
    return [finding["code"] for finding in check_report(cli, tmp_path, text + "\n", select="PS")["findings"]]


@pytest.mark.parametrize(("code", "sentence"), FLAGGED)
def test_a_sentence_the_rule_describes_is_flagged_once(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert _style(cli, tmp_path, sentence) == [code]


@pytest.mark.parametrize("sentence", NOT_FLAGGED)
def test_another_sense_an_idiom_or_a_name_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert _style(cli, tmp_path, sentence) == []


def test_the_french_verb_utiliser_is_not_the_english_utilise_but_the_english_word_still_is(cli, tmp_path: Path) -> None:
    text = "Tokyo utilise ce canal depuis 2023.\n\nAllies will utilise the same channel."
    assert _style(cli, tmp_path, text) == ["PS202"]


# Second probe and its held-out set: each text with the PS codes it must raise, exactly.
PROBE_2 = [
    ('Let me be clear: this partnership is, beyond any doubt, the right choice for Japan.', ['PS101']),
    ('It is clear that Tokyo has chosen its side.', ['PS101']),
    ('Il est clair que le Japon a choisi son camp.', ['PS101']),
    ('Nul doute que Pékin réagira vivement.', ['PS101']),
    ('It is widely recognised that deterrence is cheaper than war.', ['PS102']),
    ('Observers widely agree that the threat has grown.', ['PS102']),
    ('Il est communément admis que la région est instable.', ['PS102']),
    ("Cette priorité fait l'unanimité parmi les Alliés.", ['PS102']),
    ('| Region | Partner |\n|---|---|\n| Asia-Pacific | Japan |', ['PS201']),
    ('In the event that deterrence fails, Allies will consult.', ['PS202']),
    ('## SUITE AUX ESSAIS DE MISSILES\n\nTokyo a réagi.', ['PS203']),
    ("Les efforts en termes d'interopérabilité restent modestes.", ['PS203']),
    ('Il est certain que la Chine réagira.', ['PS101']),
    ('It is generally understood that Japan will not send troops.', ['PS102']),
    ("Les observateurs s'accordent à dire que la menace grandit.", ['PS102']),
    ('Suite au sommet de Vilnius, Tokyo a nommé un ambassadeur.', ['PS203']),
    ('Tokyo will utilise the new channel in order to share threat data.', ['PS202', 'PS202']),
    ('The minister spoke slowly and clearly, and the room fell silent.', []),
    ('Conscripts were expected to obey orders without question.', []),
    ("Il n'y a guère de doute sur le calendrier, mais beaucoup sur le budget.", []),
    ('Not all analysts agree that deterrence works.', []),
    ('Not everyone knows where Tallinn is.', []),
    ('Personne ne discute plus avec Pyongyang depuis 2019.', []),
    ("Les experts ne s'accordent pas sur le calendrier.", []),
    ("L'utilisation de l'espace par le Japon progresse.", []),
    ('Les moyens utilisés par Tokyo restent modestes.', []),
    ('Les ministres se sont rendus tout de suite à Tokyo.', []),
    ("Aucune suite à cette proposition n'a été donnée.", []),
    ('It is not clear that Japan will join the programme.', []),
    ("Il n'est pas certain que la Chine réagisse.", []),
    ('Personne ne discute de ce sujet à Tokyo.', []),
    ('Trois essais de suite à Pyongyang ont inquiété Tokyo.', []),
    ('Ces outils, utilisés depuis 2019, restent fiables.', []),
]


@pytest.mark.parametrize(("text", "codes"), PROBE_2)
def test_second_probe_raises_exactly_its_findings(cli, tmp_path: Path, text: str, codes: list[str]) -> None:
    assert sorted(_style(cli, tmp_path, text)) == codes
