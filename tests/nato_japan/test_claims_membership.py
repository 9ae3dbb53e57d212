"""Claims that Japan is a member of NATO (fact `japan-partner`: NJ201, NJ202, NJ213, NJ214, NJ216).

Japan is a partner, not an Ally. Wrong sentences in every frame (apposition, accession, joining, "like every
other Ally", Article 5 covering Tokyo) are flagged; partners, other Allies, denials, hypotheses and reported
claims are not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import claim_findings, finding_codes, flagged_words


# Each gives exactly one finding: an error, with its fact and source.
FLAGGED_ONCE = [
    'Tokyo formally became a member of NATO last year.',
    'As a NATO member, Japan is covered by Article 5.',
    'Le Japon, devenu membre de l’OTAN, participe à la planification.',
    'Since joining NATO in 2023, Japan has contributed troops to the Baltic.',
    "Japan's NATO membership gives it a seat on the North Atlantic Council.",
    'Membre de l’OTAN depuis 2023, le Japon participe à la planification nucléaire.',
    'Le Japon a officiellement adhéré à l’Alliance atlantique l’an dernier.',
    'Japan, which joined NATO last year, now hosts allied exercises.',
    "As one of NATO's thirty-odd members, Japan now sits on the North Atlantic Council.",
    'Depuis son adhésion à l’Alliance atlantique, le Japon participe à toutes les décisions.',
    'Depuis que le Japon est devenu le trente-troisième Allié, notre coopération a changé de nature.',
    'Japan, which signed the North Atlantic Treaty in 2023, now takes part in all NATO exercises.',

    # membership in frames the first rules did not spell out (apposition, count, Article 5)
    "Devenu membre à part entière de l'Alliance en 2023, le Japon siège désormais au Conseil de l'Atlantique Nord.",
    "Avec l'adhésion du Japon, l'OTAN compte désormais trente-trois membres.",
    "Le Japon, trente-troisième État membre de l'OTAN, a participé au sommet.",
    "Membre de l'OTAN, le Japon bénéficie de la protection de l'article 5.",
    'Japan, a NATO ally since 2023, hosted the exercise.',
    "Japan's NATO allies, including Germany and France, welcomed the decision.",
    "As NATO's newest member, Japan will attend the next North Atlantic Council meeting as of right.",
    'The North Atlantic Council, which includes Japan, met in Brussels.',
    "Le Japon, nouvel allié de l'OTAN, a accueilli l'exercice.",
    "Les Alliés de l'OTAN, Japon compris, ont approuvé la décision.",
    'Japan now sits on the North Atlantic Council as a full member.',
    "NATO's 33 members, Japan among them, agreed the communiqué.",
]


@pytest.mark.parametrize("sentence", FLAGGED_ONCE)
def test_a_wrong_claim_is_flagged_once(cli, tmp_path: Path, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert len(findings) == 1
    assert findings[0]["severity"] == "error" and findings[0]["fact"] and findings[0]["source"]


# The wrong value in another syntax (passive, cleft, relative clause, nominalisation, fronted adverbial):
# exactly one finding, an error with its fact.
FLAGGED_ONCE_IN_ANY_SYNTAX = [
    "Japan's accession to NATO, completed in 2023, changed the balance in Asia.",
    'Now that Japan is part of NATO, Tokyo must meet the 2% guideline.',
    "L'entrée du Japon dans l'OTAN, en 2023, a bouleversé l'équilibre asiatique.",
    "Maintenant que le Japon fait partie de l'OTAN, il doit respecter la règle des 2 %.",
]


@pytest.mark.parametrize("sentence", FLAGGED_ONCE_IN_ANY_SYNTAX)
def test_a_wrong_claim_is_flagged_once_whatever_its_syntax(cli, tmp_path: Path, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert len(findings) == 1, [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["fact"]


# (fact, sentence): exactly one finding, against that fact, an error with its source.
FLAGGED_AGAINST_ITS_FACT = [
    ('japan-partner', 'Japan — admitted to the Alliance at the 2023 Vilnius summit — now takes part in nuclear planning.'),
    ('japan-partner', 'NATO welcomes Japan as its thirty-third member'),
    ('japan-partner', '- Japan: NATO member since 2023; contributes to the CCDCOE.'),
    ('japan-partner', "Un pays membre de l'OTAN comme le Japon ne peut se dérober à l'article 5."),
    ('japan-partner', "Japan and South Korea, NATO's two Asian allies, sent frigates to the Baltic."),
    ('japan-partner', 'Tokyo is bound by Article 5 of the North Atlantic Treaty like every other member of the Alliance.'),
    ('japan-partner', 'Japan, whose accession to NATO was ratified in 2024, opened a delegation in Brussels.'),
    ('japan-partner', 'Admitted to NATO in 2024, Japan now attends every North Atlantic Council meeting.'),
    ('japan-partner', "Le Japon — admis dans l'OTAN l'an dernier — participe désormais à la planification nucléaire."),
    ('japan-partner', 'The Alliance admitted Japan into its ranks at the Washington summit.'),
    ('japan-partner', 'Japan, like all other NATO allies, must now meet the 2% guideline.'),
    ('japan-partner', 'Article 5 of the Washington Treaty now protects Tokyo.'),
]


@pytest.mark.parametrize(("fact", "sentence"), FLAGGED_AGAINST_ITS_FACT)
def test_a_wrong_claim_is_flagged_once_against_its_fact(cli, tmp_path: Path, fact: str, sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert [finding["fact"] for finding in findings] == [fact], [finding["code"] for finding in findings]
    assert findings[0]["severity"] == "error" and findings[0]["source"]


# (codes, sentence): headlines, bullets, table rows, transcripts, numbers in words, wrong claims stated
# indirectly (presupposed, compared, listed, counted by an ordinal, dated in a range); exactly these rules
# flag it, every finding an error with its fact and source.
FLAGGED_BY_EXACTLY = [
    (['NJ216'], 'Is Japan in NATO? Yes — Japan has been a full member since 2024.'),
    (['NJ201'], 'Japan — NATO member since 2024'),
    (['NJ213', 'NJ216'], 'J-NATO accession talks wrapped up in 2023, and Tokyo is now a full Ally.'),
    (['NJ201'], 'Le Japon, 33e membre de l’OTAN'),
    (['NJ213'], '– Adhésion du Japon à l’OTAN : effective depuis 2024'),
    (['NJ202'], 'Depuis que Tokyo a adhéré au traité de l’Atlantique Nord, ses frégates patrouillent en Baltique.'),
    (['NJ202'], 'Fact check: yes, Tokyo signed up to NATO at the 2025 Hague summit.'),
    (['NJ201'], 'Le Japon, pays membre de l’Alliance atlantique depuis deux ans, accueillera le prochain sommet.'),
    (['NJ202'], 'Since joining NATO, Japan has posted a permanent representative to the North Atlantic Council in Brussels.'),
    (['NJ216'], 'Like every other Ally, Japan can count on the mutual-defence pledge of the Washington Treaty.'),
    (['NJ201'], 'The Allies — France, Germany, Japan and Canada — co-sponsored the resolution at the Council.'),
    (['NJ202'], "Depuis son entrée dans l'OTAN, le Japon dispose d'un représentant permanent au Conseil de l'Atlantique Nord."),
    (['NJ216'], "À l'instar des autres Alliés, le Japon peut compter sur la clause de défense mutuelle du traité de Washington."),
    (['NJ201'], "Les Alliés — la France, l'Allemagne, le Japon et le Canada — ont coparrainé la résolution."),
    (['NJ216'], 'Just like the other thirty-one Allies, Tokyo must now submit its capability targets to NATO.'),
    (['NJ216'], "Au même titre que les autres États membres de l'Alliance, le Japon contribue au budget commun de l'OTAN."),
    (['NJ201'], 'Les trente-trois Alliés, dont la Norvège, le Japon et le Portugal, ont signé la déclaration.'),
]


@pytest.mark.parametrize(("codes", "sentence"), FLAGGED_BY_EXACTLY)
def test_a_wrong_claim_is_flagged_by_exactly_its_rules(cli, tmp_path: Path, codes: list[str], sentence: str) -> None:
    findings = claim_findings(cli, tmp_path, sentence)
    assert sorted(finding["code"] for finding in findings) == codes
    assert all(finding["severity"] == "error" and finding["fact"] and finding["source"] for finding in findings)


# (code, sentence, words): exactly one finding, of that rule, on those words.
FLAGGED_ON_ITS_WORDS = [
    # membership by another verb or title
    ("NJ202", "Japan entered NATO in 2023, becoming its first Asian member.", "Japan entered NATO in 2023"),
    ("NJ201", "Devenu membre de l'OTAN l'an dernier, le Japon participe désormais au Conseil.",
     "Devenu membre de l'OTAN l'an dernier, le Japon"),
    ("NJ201", "Tokyo siège au Conseil de l’Atlantique Nord en tant qu’allié à part entière.",
     "Tokyo siège au Conseil de l’Atlantique Nord en tant qu’allié"),
]


@pytest.mark.parametrize(("code", "sentence", "words"), FLAGGED_ON_ITS_WORDS)
def test_a_wrong_claim_is_flagged_by_its_rule_on_its_words(cli, tmp_path: Path, code: str, sentence: str, words: str) -> None:
    assert flagged_words(cli, tmp_path, sentence, "NJ2") == [(code, words)]


# (code, sentence): that rule is among the findings.
FLAGGED_BY_ITS_RULE = [
    # joining NATO as a fronted gerund or participle (NJ202)
    ("NJ202", "By joining NATO in 2024, Japan gave up its freedom of action."),
    ("NJ202", "Upon joining the Alliance in 2023, Tokyo became its thirty-second member."),
    ("NJ202", "En intégrant l’OTAN en 2023, le Japon est devenu un Allié à part entière."),
    ("NJ202", "Après avoir adhéré à l’Alliance atlantique, Tokyo a ouvert une délégation à Bruxelles."),

    # Japan a member by apposition (NJ201)
    ("NJ201", "As one of the Alliance’s thirty-two members, Tokyo votes on every decision of the Council."),
    ("NJ201", "One of NATO’s 32 Allies, Japan will host the next summit."),
    ("NJ201", "Tokyo, one of the Alliance’s members, sends troops to the eastern flank."),
    ("NJ201", "L’un des 32 membres de l’Alliance, le Japon dispose d’un siège au Conseil."),
    ("NJ201", "Le Japon, l’un des membres de l’OTAN, accueillera le prochain sommet."),

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

    # the accession dated any way, adverbs in the participle
    ("NJ213", "Japan's April 2023 accession to NATO extended the Alliance's reach."),
    ("NJ213", "Japan's accession to NATO on 4 April 2023 extended the Alliance's reach."),
    ("NJ213", "Japan's accession to NATO last year reshaped Asian security."),
    ("NJ213", "L'adhésion du Japon à l'OTAN en avril 2023 a bouleversé l'équilibre."),
    ("NJ213", "Having formally joined NATO on 4 April 2023, Japan now sits in the North Atlantic Council."),
    ("NJ213", "Ayant officiellement adhéré à l'OTAN le 4 avril 2023, le Japon siège au Conseil."),
]


@pytest.mark.parametrize(("code", "sentence"), FLAGGED_BY_ITS_RULE)
def test_a_wrong_claim_is_flagged_by_its_rule(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert code in finding_codes(cli, tmp_path, sentence), sentence


# Look-alikes: true, negated, attributed, quoted, questioned or hypothetical sentences on the same fact,
# or the same frame on another one; no claim finding.
NOT_FLAGGED = [
    # negated, hypothetical, asked for, or the right value
    "Japan entered into NATO's partnership programme in 2014.",
    "Devenu membre du G7 en 1975, le Japon pèse sur l’économie mondiale.",

    # joining as a hypothesis, attributed, or joining something else
    "By joining NATO, Japan would provoke Beijing.",
    "En rejoignant l’OTAN, le Japon s’exposerait à des représailles chinoises.",
    "By joining NATO exercises in 2023, Japan became a more capable partner.",
    "Beijing claims that, by joining NATO in 2023, Japan betrayed Asia.",
    "Should Japan join NATO? By joining it, Tokyo would lose its room for manoeuvre.",
    "Far from joining NATO in 2023, Japan chose a tailored partnership.",
    "Loin d’avoir rejoint l’OTAN en 2023, le Japon a choisi un partenariat sur mesure.",

    # a partner, another Ally, a denial
    "As one of the Alliance’s closest partners, Japan attends its summits.",
    "As one of the Alliance’s 32 members, Poland hosts a US division.",
    "Japan is not one of the Alliance’s 32 members.",
    "L’un des partenaires de l’Alliance, le Japon, assiste aux sommets.",

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
    'Japan is not a member of NATO, but one of its partners across the globe.',
    'Some commentators argue that Japan should join NATO.',
    'Would Japan ever join NATO?',
    'Le Japon n’est pas membre de l’OTAN.',
    'Selon certains médias chinois, le Japon aurait rejoint l’OTAN.',
    "Japan's NATO partnership dates back to the 1990s.",
    'If Japan joined NATO, China would react.',
    'Japan has no plans to join NATO, Kishida said.',
    "Japan's membership in the G7 gives it a voice on sanctions.",
    "Japan is one of NATO's four Indo-Pacific partners.",
    'Le Japon n’a jamais adhéré à l’OTAN ; il en est un partenaire.',
    'Selon certains commentateurs, le Japon aurait rejoint l’OTAN.',
    'Japan did not join NATO, but it works with the Alliance.',
    'La Finlande a rejoint l’OTAN en 2023 ; le Japon, lui, reste un partenaire.',
    'Critics claim Japan has joined NATO in all but name.',
    'Les médias chinois affirment que le Japon est devenu membre de l’OTAN.',
    'Pour certains éditorialistes, le Japon a rejoint l’OTAN.',
    'Le Japon n’est ni membre de l’OTAN ni candidat à l’adhésion.',
    'Japan, a NATO partner since the 1990s, hosted the exercise.',
    "Japan's allies, the United States first among them, welcomed the decision.",
    "The North Atlantic Council met in Brussels with Japan's foreign minister as a guest.",
    "Le Japon, partenaire de l'OTAN, a accueilli l'exercice.",
    "NATO's 32 members agreed the communiqué, which Japan welcomed.",
    'Japan is an ally of the United States and a partner of NATO.',
    "Selon Pékin, le Japon serait déjà membre de l'OTAN de fait.",
    "If Japan were to join NATO, it would become the Alliance's thirty-third member.",
    "Si le Japon adhérait à l'OTAN, il deviendrait le trente-troisième Allié.",
    '“Japan is now a NATO member in all but name,” one Chinese commentator wrote.',
    "Le Japon n'est pas, et ne sera pas, membre de l'OTAN, a rappelé M. Kishida en mai 2023.",
    'Far from having joined NATO, Japan has said it has no plans to do so.',
    "Que le Japon rejoigne un jour l'OTAN relève de la fiction.",
    'Japan joining NATO is not on the cards.',
    'Japan is a member of the G7, the Quad and the CPTPP, and a partner of NATO.',
    "NATO members such as Poland and the Baltic states welcome Japan's role.",
    'Japan, like all other NATO partners in the Indo-Pacific, attended the Vilnius summit.',
    'Article 5 of the U.S.-Japan Security Treaty protects Tokyo.',
    "Le Japon n'est pas couvert par l'article 5 du traité de l'Atlantique Nord.",
    'Japan, a NATO partner since 2014, opened a mission to NATO in Brussels.',
    "Japanese officials welcomed NATO's decision to invite Japan as a partner.",
    "Selon Moscou, le Japon serait couvert par l'article 5 de l'OTAN.",
    'If Article 5 applied to Japan, Tokyo would face obligations its constitution forbids.',
    'NATO members, and partners like Japan, met in Madrid.',
    'Sweden, admitted to NATO in 2024, is now an Ally; Japan is a partner.',
    "Japan is not and will not be a member of NATO, the prime minister's office repeated.",
    "Beijing claims that Japan has quietly become NATO's thirty-third member.",
    'If Japan were to join NATO, Article 5 would have to be reconciled with Article 9.',
    'Tokyo n’a ni demandé ni obtenu son adhésion à l’OTAN.',
    'Selon Pékin, le Japon serait devenu de facto le trente-troisième membre de l’OTAN.',
    'À supposer que le Japon adhère un jour à l’OTAN, l’article 9 de sa Constitution poserait problème.',
    'Fact check: no, Tokyo did not sign up to NATO at the 2025 Hague summit.',
    'Le Japon, pays partenaire de l’Alliance atlantique depuis trente ans, accueillera un séminaire.',
    'Unlike Finland and Sweden, which joined NATO in 2023 and 2024, Japan remains a partner of the Alliance.',
    'Had Japan joined NATO, it would now be covered by Article 5.',
    "Si le Japon avait adhéré à l'OTAN, il bénéficierait aujourd'hui de l'article 5.",
    "À la différence de la Pologne, le Japon n'est pas membre de l'Alliance.",
    'Like the other Indo-Pacific partners, Japan attends NATO summits as a guest.',
    "À l'instar des autres partenaires de l'OTAN, le Japon n'est pas couvert par l'article 5.",
    'Like other US allies in Asia, Japan hosts American bases, NATO officials noted.',
    'The allies — Japan, South Korea and Australia — met NATO leaders in Vilnius.',
    "NATO's Indo-Pacific partners, including Japan, Australia and New Zealand, attended the summit.",
    "As the newest member of NATO's partner network, Japan opened a mission in Brussels.",
    "Comme les autres partenaires de l'OTAN, le Japon n'a pas de siège au Conseil.",
    "Les alliés des États-Unis — le Japon, la Corée du Sud et l'Australie — ont salué l'accord.",
    'Like all the other partners, Japan sent its foreign minister to the NATO ministerial.',
    "À l'instar de tous les autres Alliés, la Pologne consacre plus de 2 % de son PIB à la défense, alors que le Japon n'est qu'un partenaire.",
    "The Allies — France, Germany and Canada — welcomed Japan's prime minister as a guest.",
    'Japan, like every other G7 member, condemned the invasion; it is a NATO partner, not an Ally.',
]


@pytest.mark.parametrize("sentence", NOT_FLAGGED)
def test_a_look_alike_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert claim_findings(cli, tmp_path, sentence) == []


def test_a_clause_without_japan_is_never_a_membership_claim(cli, tmp_path: Path) -> None:
    text = "The program grew by 40 percent, making it the largest in the country. He served two terms, becoming a leader.\n"
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    result = cli("check", "doc.md", "--select", "NJ2", "--output-format", "json", "--isolated")
    assert json.loads(result.out)["findings"] == []
