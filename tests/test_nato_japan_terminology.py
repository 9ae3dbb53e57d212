"""The nato-japan pack's terminology rules (NJ3xx), run through the command line on English and French texts.

A probe of 2026-12-04 (second round), written fresh: 18 texts that should each raise one NJ3xx
finding (half French; bullets, headings in capitals, footnotes, tables, a speech) and 19
look-alikes (names such as "Defense of Japan" and the National Defense Strategy, the Asia-Pacific
Economic Cooperation, quoted titles, NATO's own "Indo-Pacific NATO partners", "Article 9 of the
Vienna Convention"), with a 460-word mixed English/French briefing. Before the fixes NJ3xx missed
one ("its cyber defence centre" vs "its cyber defense capacity") and raised 11 false positives:
NJ302 on "Article V of the Japan-U.S. Security Treaty" / « du traité de sécurité nippo-américain »
/ "of the Treaty of Mutual Cooperation and Security" after NATO's Article 5 (the known one);
NJ303 on the white paper "Defense of Japan"; NJ305 on "NATO in the Indo-Pacific" and "the
Indo-Pacific NATO partners"; NJ301 on "Article 9 of the Vienna Convention" and « l'article 9 du
règlement intérieur »; NJ306 on the IPCP's French name « Programme de partenariat et de
coopération individuel »; and NJ304 (with PS201) on a quoted title and a quotation of Beijing.
The briefing had 15 right findings, 7 wrong and 2 missed; it now has its 17 right ones only.

NJ302 first read one word past "Article V" to tell a named one from a bare one, which missed an
"Article V" alone in a table cell and put the next word in the finding; the consistency type
now takes `exceptions`, and an "Article V" followed by the US–Japan treaty's name ("of the
Japan-U.S. …", "of its treaty with the United States", « du traité nippo-américain ») is not
counted, while a bare "Article V", "of the North Atlantic/Washington Treaty" or an unnamed "of the
Treaty" / « du traité » still is. Left as it is: a quotation or quoted title with "Asia-Pacific"
is still flagged by NJ304 and PS201 (tests/test_cli.py and tests/test_nato_japan_unseen.py ask for that on purpose). A held-out
set written after the fixes (5 + 5 texts here, the rest in test_policy_style_unseen.py) raised
every finding it should and none it should not. A second whole text written after the fixes, a
French committee note quoting a British diplomat, raises its 11 expected findings and two
debatable ones: « La zone Asie-Pacifique — pour reprendre le terme qu'employait le Livre blanc »
mentions the old term rather than using it, and NJ304/PS201 cannot tell.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import check_report, locate

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_4d5b4b848126375b.txt"


def _findings(cli, tmp_path: Path, text: str) -> list[dict]:
    return check_report(cli, tmp_path, text, select="NJ3")["findings"]


def _positions(findings: list[dict], code: str) -> list[tuple[int, int]]:
    return [(f["start"]["line"], f["start"]["column"]) for f in findings if f["code"] == code]


# (code, text, needle whose start is the finding, occurrence of the needle)
FAILING = [
    # NJ301: unqualified Article 9 in a text that cites the North Atlantic Treaty
    ("NJ301", "Article 5 of the North Atlantic Treaty covers Allies only, not Japan.\n\nArticle 9 rules out any automatic commitment.", "Article 9", 1),
    ("NJ301", "The Washington Treaty binds the Allies, not Tokyo.\nMany argue that Article IX limits any commitment.", "Article IX", 1),
    ("NJ301", "L’article 5 du traité de l’Atlantique Nord ne couvre que les Alliés, pas le Japon.\n\nOr l’article 9 interdit tout engagement automatique.", "article 9", 1),
    ("NJ301", "Le traité de Washington lie les Alliés, pas le Japon. Mais l’article 9 limite les promesses possibles.", "article 9", 1),
    # NJ302: Article 5 and Article V
    ("NJ302", "Article 5 of the North Atlantic Treaty was invoked once.\n\nJapan relies on Article V instead.", "Article V", 1),
    ("NJ302", "Japan relies on Article V.\nNATO's Article 5 does not cover it.", "Article 5", 1),
    ("NJ302", "L’article 5 n’a été invoqué qu’une fois.\n\nLe Japon compte sur l’article V du traité.", "article V", 1),
    ("NJ302", "Article V of the US–Japan Security Treaty covers Japan.\n\nArticle 5 of the North Atlantic Treaty covers Allies, and Article V does not.", "Article V", 2),
    ("NJ302", "Le Japon compte sur l’article V. L’article 5 de l’OTAN ne le couvre pas.", "article 5", 1),
    # NJ303: defence and defense (English only)
    ("NJ303", "Collective defence is NATO's core task.\n\nJapan doubled its defense budget.", "its defense", 1),
    ("NJ303", "Japan raised defense spending.\nThe UK raised its defence budget.", "its defence", 1),
    # NJ304: Indo-Pacific and Asia-Pacific
    ("NJ304", "NATO's Indo-Pacific partners met in Vilnius.\n\nSecurity in the Asia-Pacific is linked to Europe's.", "Asia-Pacific", 1),
    ("NJ304", "The Asia Pacific matters to NATO. So does the Indo-Pacific.", "Indo-Pacific", 1),
    ("NJ304", "Les partenaires indo-pacifiques de l’OTAN se sont réunis.\n\nLa sécurité en Asie-Pacifique est liée à celle de l’Europe.", "Asie-Pacifique", 1),
    ("NJ304", "L’Asie‑Pacifique compte pour l’OTAN,\ncomme l’Indo-Pacifique.", "Indo-Pacifique", 1),
    # NJ305: China's framing as the author's own words
    ("NJ305", "Japan and NATO are building an Asian NATO.", "Asian NATO", 1),
    ("NJ305", "Tokyo wants partners.\nThis is not a Pacific NATO, but a partnership.", "Pacific NATO", 1),
    ("NJ305", "Les liens se renforcent. L’OTAN du Pacifique prend forme à Tokyo.", "OTAN du Pacifique", 1),
    ("NJ305", "Le partenariat n’est pas une OTAN asiatique.", "OTAN asiatique", 1),
    # NJ306: acronyms never spelled out
    ("NJ306", "Japan's NSS of December 2022 sets a 2 % target.", "NSS", 1),
    ("NJ306", "Japan joined the CCDCOE in Tallinn.\n\nThe CCDCOE trains experts.", "CCDCOE", 1),
    ("NJ306", "La NSS du Japon fixe un objectif de 2 %.", "NSS", 1),
    ("NJ306", "Le Japon, l’Italie et le Royaume-Uni ont lancé le GCAP.", "GCAP", 1),
]

PASSING = [
    # NJ301
    "Article 5 of the North Atlantic Treaty covers Allies only. Article 9 of Japan's Constitution rules out any automatic commitment.",
    "Article 9 rules out any automatic commitment, and NATO is an alliance.",
    "Article 9 rules out any automatic commitment; the North Atlantic Treaty Organization was founded in 1949.",
    "The North Atlantic Treaty has fourteen articles. NATO's Article 9 created the Council.",
    "L’article 5 du traité de l’Atlantique Nord ne couvre que les Alliés. L’article 9 de la Constitution japonaise interdit tout engagement automatique.",
    "L’article 9 interdit tout engagement automatique ; l’Organisation du traité de l’Atlantique Nord a été fondée en 1949.",
    # NJ302
    "Article 5 of the North Atlantic Treaty was invoked once. Japan is not covered by Article 5.",
    "Article V of the US–Japan Security Treaty covers the Senkakus, and Article VI the bases.",
    "L’article 5 n’a été invoqué qu’une fois ; l’article 50 n’a rien à voir.",
    "L’article V du traité de sécurité nippo-américain couvre les Senkaku.",
    "Article 5 of the North Atlantic Treaty was invoked once.\n\nJapan relies on Article V of the US–Japan Security Treaty.",
    "L’article 5 n’a été invoqué qu’une fois.\n\nLe Japon compte sur l’article V du traité nippo-américain.",
    # NJ303
    "Collective defence is NATO's core task. Japan doubled its defence budget.",
    "Japan doubled its defense budget; the Australian Defence Force joined the exercise.",
    "NATO's collective defence matters, says Japan's Ministry of Defense; the Japan Self-Defense Forces train with Allies.",
    "Le Japon a doublé son budget de défense. La défense collective est au cœur de l’OTAN.",
    "Le Japon participe au « Cooperative Cyber Defence Centre of Excellence » ; la défense nationale reste sa priorité.",
    "La politique de défense du Japon ; selon le « Ministry of Defence » britannique, la défense aérienne progresse.",
    # NJ304
    "NATO's Indo-Pacific partners met in Vilnius. Security in the Indo-Pacific is linked to Europe's.",
    "The Indo-Pacific leaders met again at the Asia-Pacific Economic Cooperation forum.",
    "Les partenaires indo-pacifiques de l’OTAN. La sécurité dans l’Indo-Pacifique.",
    "L’Indo-Pacifique et le sommet de la Coopération économique pour l’Asie-Pacifique.",
    # NJ305
    "China warned against a “Pacific NATO”.",
    "Beijing calls the partnership an Asian NATO.",
    "Is this an Asian NATO?",
    "NATO's partners in the Pacific met in Madrid.",
    "Sans surprise, la Chine a mis en garde contre une « OTAN du Pacifique ».",
    "Selon Pékin, le Japon construit une OTAN asiatique.",
    # NJ306
    "Japan's National Security Strategy (NSS) of December 2022 sets a 2 % target.",
    "The Individually Tailored Partnership Programme (ITPP) replaced the Individual Partnership and Cooperation Programme (IPCP).",
    "La nouvelle stratégie de sécurité nationale du Japon fixe un objectif de 2 %. Ces objectifs sont conformes à la NSS du Japon.",
    "Le programme de combat aérien global (GCAP) réunit trois pays ; le centre d’excellence pour la cyberdéfense coopérative (CCDCOE) est à Tallinn.",
]


@pytest.mark.parametrize(("code", "text", "needle", "occurrence"), FAILING)
def test_terminology_rule_fires_at_the_right_place(cli, tmp_path, code, text, needle, occurrence):
    findings = _findings(cli, tmp_path, text)
    assert _positions(findings, code) == [locate(text, needle, occurrence)], findings
    assert {finding["code"] for finding in findings} == {code}
    assert all(finding["framework"] == "nato-japan" for finding in findings)


@pytest.mark.parametrize("text", PASSING)
def test_terminology_rules_stay_silent(cli, tmp_path, text):
    assert _findings(cli, tmp_path, text) == []


def test_consistency_flags_every_later_variant_and_names_the_first(cli, tmp_path):
    text = "Article 5 applies.\n\nArticle V differs.\n\nArticle V again, and Article 5."
    findings = _findings(cli, tmp_path, text)
    assert _positions(findings, "NJ302") == [locate(text, "Article V", 1), locate(text, "Article V", 2)]
    assert "'Article 5'" in findings[0]["message"]


def test_article_9_is_checked_sentence_by_sentence(cli, tmp_path):
    text = (
        "Article 5 of the North Atlantic Treaty covers Allies. Article 9 of the Constitution limits Japan's role.\n\n"
        "Still, Article 9 is debated. And Article 9 may change."
    )
    findings = _findings(cli, tmp_path, text)
    assert _positions(findings, "NJ301") == [locate(text, "Article 9", 2), locate(text, "Article 9", 3)]


def test_article_9_without_the_treaty_is_not_checked(cli, tmp_path):
    assert _findings(cli, tmp_path, "NATO met in Madrid. Article 9 limits any commitment.") == []


def test_article_9_in_a_copy_of_the_treaty_without_japan_is_not_checked(cli, tmp_path):
    text = "# The North Atlantic Treaty\n\n## Article 9\n\nThe Parties hereby establish a Council.\n"
    assert _findings(cli, tmp_path, text) == []


def test_defense_in_french_text_with_english_defence_is_not_mixed(cli, tmp_path):
    text = (
        "Le Japon a rejoint le « NATO Cooperative Cyber Defence Centre of Excellence » en 2022.\n\n"
        "La défense du Japon repose sur l’alliance ; le budget de défense atteindra 2 % du PIB. "
        "DÉFENSE NATIONALE : la défense antimissile progresse et la défense est une priorité."
    )
    assert _findings(cli, tmp_path, text) == []


def test_acronym_findings_are_info_once_per_acronym(cli, tmp_path):
    text = "The ITPP replaced the IPCP.\n\nThe ITPP runs to 2027; the NSS agrees."
    findings = _findings(cli, tmp_path, text)
    assert _positions(findings, "NJ306") == [locate(text, "ITPP"), locate(text, "IPCP"), locate(text, "NSS")]
    assert {finding["severity"] for finding in findings} == {"info"}
    assert "Individually Tailored Partnership Programme".lower() in findings[0]["message"].lower()


def test_unquoted_framing_after_a_quoted_one_is_still_flagged(cli, tmp_path):
    text = "China warned against a “Pacific NATO”.\n\nYet the partnership is becoming an Asian NATO."
    findings = _findings(cli, tmp_path, text)
    assert _positions(findings, "NJ305") == [locate(text, "Asian NATO")]


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed is not available")
def test_seed_gives_only_the_asia_pacific_mix(cli, tmp_path):
    source = SEED.read_text(encoding="utf-8")
    result = cli("check", str(SEED), "--select", "NJ3", "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    findings = json.loads(result.out)["findings"]
    assert [(f["code"], f["start"]["line"], f["start"]["column"]) for f in findings] == [
        ("NJ304", *locate(source, "Asie-Pacifique")),
    ]
    assert "indo-pacifiques" in findings[0]["message"]


# Second probe (see the docstring): each text with the NJ3xx and PS codes it must raise, exactly.
PROBE_2 = [
    ('- Japan is not a party to the North Atlantic Treaty.\n- Article 9 nonetheless shapes every joint exercise.', ['NJ301']),
    ("Le Japon n'est pas partie au traité de l'Atlantique Nord.\n\n## LES LIMITES DE L'ARTICLE 9\n\nAucun déploiement automatique n'est possible.", ['NJ301']),
    ("Mesdames et Messieurs, le traité de Washington lie trente-deux Alliés ; Tokyo n'en fait pas partie. Voilà pourquoi l'art. 9 pèse si lourd dans nos échanges.", ['NJ301']),
    ("NATO's Article 5 has been invoked only once.[^1]\n\n[^1]: Article V was invoked on 12 September 2001.", ['NJ302']),
    ("L'article V n'a été invoqué qu'après le 11 septembre 2001. Depuis, l'article 5 n'a plus servi.", ['NJ302']),
    # a bare 'Article V' alone in a table cell (missed while NJ302 read one character past it)
    ('| Clause | Portée |\n|---|---|\n| Article 5 | les Alliés |\n| Article V | le Japon |', ['NJ302']),
    ('Thank you all for coming. Our defence industry must grow faster. That is why we will raise defense spending again next year.', ['NJ303']),
    ("- Collective defense remains NATO's core task.\n- Japan's defence budget will reach 2 % of GDP in 2027.", ['NJ303']),
    ('NATO upgraded its cyber defence centre in Tallinn.\n\nJapan is building up its cyber defense capacity.', ['NJ303']),
    ("The Indo-Pacific is now part of NATO's agenda. Yet the Asia Pacific remains poorly understood in Brussels.", ['NJ304', 'PS201']),
    ("# L'INDO-PACIFIQUE, NOUVEL HORIZON\n\nLa zone Asie Pacifique reste instable.", ['NJ304', 'PS201']),
    ('In effect, Tokyo and Canberra are assembling a NATO for the Indo-Pacific.', ['NJ305']),
    ("À terme, cette architecture ressemble fort à une OTAN de l'Asie.", ['NJ305']),
    ('- Une OTAN indo-pacifique en gestation\n- Des exercices conjoints plus fréquents', ['NJ305']),
    ('## THE RISE OF AN ASIAN NATO\n\nTokyo deepens its ties with Allies.', ['NJ305']),
    ('Tokyo signed its ITPP with NATO in July 2023.', ['NJ306']),
    ('Le GCAP doit livrer un premier appareil en 2035.', ['NJ306']),
    ('Tokyo a révisé sa doctrine en 2022.[^2]\n\n[^2]: Voir la NSS, p. 18.', ['NJ306']),
    ('Allies invoked Article 5 in 2001.\n\nSome in Tokyo wonder whether Article V would apply to a cyberattack.', ['NJ302']),
    ("Depuis 1960, l'article V du traité de sécurité nippo-américain protège le Japon. Mais l'article 5, lui, ne couvre que les Alliés ; et l'article V ne dit rien du cyberespace.", ['NJ302']),
    ("- European defence must be stronger.\n- Japan's defense exports were liberalised in 2014.", ['NJ303']),
    ('Le Japon et ses voisins forment peu à peu une OTAN en Asie.', ['NJ305']),
    ("Japan's contribution to the CCDCOE grew in 2023.", ['NJ306']),
    ("NATO's collective defence is the Alliance's core task. Tokyo's annual white paper, Defense of Japan 2024, calls China its greatest strategic challenge.", []),
    ("The National Defense Strategy and the UK Ministry of Defence's white paper point the same way on collective defence.", []),
    ("Leaders gathered at the Asia-Pacific Economic Cooperation summit in San Francisco, a week after NATO's Indo-Pacific partners met in Vilnius.", []),
    ('Leaders of the four Indo-Pacific NATO partners attended the Vilnius summit.', []),
    ('Japan supports a limited role for NATO in the Indo-Pacific.', []),
    ("Le rôle de l'OTAN en Asie reste limité, selon Tokyo.", []),
    ('Article 5 of the North Atlantic Treaty covers Allies only. Japan relies instead on Article V of the Japan-U.S. Security Treaty.', []),
    ("L'article 5 ne couvre pas le Japon. Tokyo compte sur l'article V du traité de sécurité nippo-américain.", []),
    ("NATO's Article 5 commitment is ironclad, and Washington has affirmed that Article V of the Treaty of Mutual Cooperation and Security applies to the Senkaku Islands.", []),
    ('Title V of the act and Chapter V of the report set the rules; Article 5 was invoked once.', []),
    ('Japan is not a party to the North Atlantic Treaty. Article 9 of the Vienna Convention on Diplomatic Relations lets a host State expel a diplomat at any time.', []),
    ("Le Japon n'est pas partie au traité de l'Atlantique Nord. L'article 9 du règlement intérieur fixe l'ordre du jour.", []),
    ("Japan's National Security\nStrategy (NSS) of December 2022 sets the goal.", []),
    ('Le Programme de partenariat et de coopération individuel (IPCP) de 2014 a été remplacé.', []),
    ('Le Japon renforce sa défense ; la « Missile Defense Agency » américaine coopère avec lui, tout comme le « Defence Science and Technology Laboratory » britannique.', []),
    ("Le sommet de la Coopération économique Asie-Pacifique (APEC) s'est tenu à Lima ; l'Indo-Pacifique était au cœur des débats.", []),
    ('| Forum | Year |\n|---|---|\n| Asia-Pacific Economic Cooperation | 1989 |\n| Quad | 2007 |', []),
    ("NATO's Article 5 covers Allies. Article V of the 1960 treaty between Japan and the United States covers Japan.", []),
    ("L'article 5 engage les Alliés ; l'article V du traité américano-japonais engage Washington envers Tokyo.", []),
    ("Britain's Defence Secretary met Japan's Defense Minister; collective defence was on the agenda.", []),
    ('NATO for its part sees Asia as a partner region, not a theatre.', []),
    ("La Stratégie de sécurité nationale (NSS) japonaise de 2022 double l'effort de défense.", []),
]

# What the second probe found and this round leaves as it is, pinned so that a change is seen.
PROBE_2_LIMITS = [
    # a quoted title with Asia-Pacific is still flagged
    ("NATO's Indo-Pacific partners met in Vilnius; the IISS report “Asia-Pacific Regional Security Assessment 2023” was discussed.", ['NJ304', 'PS201']),
    # a quotation of Beijing with « Asie-Pacifique » is still flagged
    ("Les partenaires indo-pacifiques de l'OTAN se sont réunis ; Pékin répète que « l'Asie-Pacifique n'est pas une arène de lutte ».", ['NJ304', 'PS201']),
]


def _codes(cli, tmp_path: Path, text: str) -> list[str]:
    return sorted(finding["code"] for finding in check_report(cli, tmp_path, text + "\n", select="NJ3,PS")["findings"])


@pytest.mark.parametrize(("text", "codes"), PROBE_2 + PROBE_2_LIMITS)
def test_second_probe_raises_exactly_its_findings(cli, tmp_path: Path, text: str, codes: list[str]) -> None:
    assert _codes(cli, tmp_path, text) == codes


def test_article_v_naming_the_us_japan_treaty_is_not_counted_but_a_bare_one_still_is(cli, tmp_path):
    text = (
        "NATO's Article 5 has been invoked once.\n\n"
        "Japan relies on Article V of the Japan-U.S. Security Treaty, « l’article V du traité de sécurité nippo-américain ».\n\n"
        "Yet Article V commitments are not NATO's."
    )
    findings = _findings(cli, tmp_path, text)
    assert _positions(findings, "NJ302") == [locate(text, "Article V", 2)]
    assert "'Article 5'" in findings[0]["message"]


# The second probe's mixed English/French briefing, whole: the findings it must raise, by line.
MIXED_BRIEFING = """\
# NATO AND JAPAN: A PARTNERSHIP COMING OF AGE

*Briefing note — draft for the Political Committee / Note d'information — projet*

## 1. Context

Japan is not a party to the North Atlantic Treaty, and it has no plans to join the Alliance. Its partnership with NATO rests on the Individually Tailored Partnership Programme (ITPP) agreed in July 2023, which replaced the older IPCP. Tokyo's annual white paper, Defense of Japan 2024, names China's military build-up as its greatest strategic challenge, while NATO's collective defence remains anchored in Article 5 of the North Atlantic Treaty.

Washington has repeatedly affirmed that Article V of the U.S.-Japan Treaty of Mutual Cooperation and Security covers the Senkaku Islands. That guarantee, not NATO's, is the backbone of Japan's security. Article 9 of the Constitution of Japan still limits what Tokyo can promise.

It is widely recognised in Brussels that the Indo-Pacific and the Euro-Atlantic are linked. Not all Allies agree on what follows from that.

## 2. Enjeux pour l'Alliance

La sécurité de l'Indo-Pacifique et celle de l'Europe sont liées. Au jour d'aujourd'hui, le Japon consacre environ 1,6 % de son PIB à sa défense ; sa stratégie de sécurité nationale (NSS) de décembre 2022 fixe l'objectif de 2 % pour 2027.

- Cyberdéfense : le Japon participe au Centre d'excellence pour la cyberdéfense en coopération (CCDCOE) de Tallinn.
- Industrie : le GCAP réunit le Japon, le Royaume-Uni et l'Italie.
- Dialogue politique : les ministres se sont rendus tout de suite à Bruxelles après le sommet de Vilnius.

Pékin dénonce ce qu'il appelle une « OTAN asiatique ». Il va sans dire que cette rhétorique ne décrit pas la réalité : l'Alliance ne s'étend pas en Asie-Pacifique.

## 3. Recommendations

| Field | Proposal | Horizon |
|---|---|---|
| Maritime | joint exercises in the Asia-Pacific | 2025 |
| Cyber | utilise the CCDCOE's training courses | 2024 |
| Industry | defense industrial cooperation on munitions | 2026 |

In order to keep the partnership credible, Allies should fund it. Without question, information sharing is the most promising field; Tokyo already utilizes NATO's BICES network for selected exchanges.

En termes de calendrier, la priorité est l'échange d'informations. L'utilisation des réseaux alliés par le Japon doit être encadrée. Suite à la réunion de Vilnius, le Conseil a approuvé le programme.

The four Indo-Pacific NATO partners — Australia, Japan, New Zealand and the Republic of Korea — will meet again next year. Nobody doubts that China will protest. Some analysts agree that a limited role for NATO in the Indo-Pacific would reassure Tokyo without provoking Beijing.[^1]

[^1]: See the Asia-Pacific Economic Cooperation leaders' declaration of 2023, and Article 9 of the North Atlantic Treaty on the Council.
"""


def test_mixed_language_briefing_raises_its_findings_and_no_others(cli, tmp_path):
    found = [(f["code"], f["start"]["line"]) for f in check_report(cli, tmp_path, MIXED_BRIEFING, select="NJ3,PS")["findings"]]
    assert sorted(found) == sorted([
        ("NJ306", 7),   # IPCP never spelled out (the ITPP is)
        ("PS102", 11),  # "It is widely recognised"
        ("PS203", 15),  # « Au jour d'aujourd'hui »
        ("NJ306", 18),  # GCAP
        ("PS101", 21),  # « Il va sans dire »
        ("NJ304", 21), ("PS201", 21),  # « Asie-Pacifique » in a text that says Indo-Pacific
        ("NJ304", 27), ("PS201", 27),  # "the Asia-Pacific" in the table
        ("PS202", 28),  # "utilise"
        ("NJ303", 29),  # "defense industrial" after "collective defence" ("Defense of Japan" is a title)
        ("PS202", 31), ("PS101", 31), ("PS202", 31),  # "In order to", "Without question,", "utilizes"
        ("PS203", 33), ("PS203", 33),  # « En termes de », « Suite à » (not « L'utilisation »)
        ("PS102", 35),  # "Nobody doubts" (not "the Indo-Pacific NATO partners", "Some analysts agree", "NATO in the Indo-Pacific")
    ])


# A held-out whole text written after the second probe's fixes: a French committee note.
MIXED_NOTE_FR = """\
# LE JAPON, L'OTAN ET LA SÉCURITÉ EUROPÉENNE

Note de la commission des affaires étrangères — décembre 2024

## Synthèse

Depuis 2022, Tokyo s'est rapproché de l'Alliance atlantique sans jamais envisager d'y adhérer. Le Premier ministre l'a répété à Vilnius : le Japon reste un partenaire. L'article 5 du traité de l'Atlantique Nord ne le couvre donc pas ; sa sécurité repose sur l'article V du traité de coopération mutuelle et de sécurité signé avec Washington en 1960.

Il est clair que cette distinction échappe souvent au débat public. Comme chacun sait, les raccourcis sont nombreux : certains éditorialistes évoquent déjà une « OTAN asiatique », reprenant sans le dire le vocabulaire de Pékin.

## 1. Un partenariat qui se structure

Le Programme de partenariat individuel adapté (ITPP), adopté en juillet 2023, couvre seize domaines. Suite à son adoption, les échanges se sont intensifiés :

- cyberdéfense, avec la participation japonaise au CCDCOE de Tallinn ;
- sécurité maritime, où les marines conduisent des exercices de suite à Yokosuka puis à Brest ;
- industrie de défense, en termes de munitions comme de drones.

Le rapporteur a utilisé les données du ministère japonais. Leur utilisation appelle toutefois une précaution : Tokyo publie ses chiffres selon l'exercice budgétaire japonais.

| Indicateur | 2022 | 2027 (objectif) |
|---|---|---|
| Dépenses de défense (% du PIB) | 1,1 | 2 |
| Part de la NSS consacrée à la cyberdéfense | n.d. | n.d. |

## 2. Les limites

Personne ne conteste la réalité de la menace. Mais l'article 9 limite ce que Tokyo peut promettre, et le traité de Washington ne prévoit rien pour les partenaires.

As a British diplomat put it in a hearing: "Japan's defence build-up is real, and so is its caution. Nobody in London expects Tokyo to sign up to collective defense obligations."

La zone Asie-Pacifique — pour reprendre le terme qu'employait encore le Livre blanc de 2013 — n'est plus le cadre pertinent : la commission lui préfère l'Indo-Pacifique.

## 3. Recommandations

1. Soutenir l'ouverture d'un bureau de liaison de l'OTAN à Tokyo, sans en faire une OTAN du Pacifique.
2. Associer le Japon aux exercices Locked Shields et Cyber Coalition.
3. Examiner, à n'en pas douter, la participation japonaise au GCAP comme un levier industriel.

[^1]: Japan Ministry of Defense, *Defense of Japan 2024*, p. 12.
"""


def test_held_out_french_note_raises_its_findings(cli, tmp_path):
    found = [(f["code"], f["start"]["line"]) for f in check_report(cli, tmp_path, MIXED_NOTE_FR, select="NJ3,PS")["findings"]]
    assert sorted(found) == sorted([
        ("PS101", 9), ("PS102", 9),  # « Il est clair que », « Comme chacun sait » (not the quoted, attributed « OTAN asiatique »)
        ("PS203", 13),  # « Suite à » (not « des exercices de suite à Yokosuka »)
        ("NJ306", 15),  # CCDCOE
        ("PS203", 17),  # « en termes de »
        ("NJ306", 24),  # NSS, in the table
        ("PS102", 28),  # « Personne ne conteste »
        # « l'article 9 limite ce que Tokyo peut promettre, et le traité de Washington… »: Tokyo is what the
        # article limits and the Treaty a second subject, neither says whose Article 9 it is (a held-out set
        # of 2026-12-05 asked for this family: « l'article 9 interdit … à Tokyo de s'engager »)
        ("NJ301", 28),
        ("NJ303", 30),  # the quoted diplomat writes "defence" then "collective defense"
        ("PS201", 32), ("NJ304", 32),  # debatable: the note names the old term to set it aside
        ("NJ305", 36),  # « sans en faire une OTAN du Pacifique »: the phrase as the author's own
        ("PS101", 38), ("NJ306", 38),  # « à n'en pas douter », GCAP
    ])  # line 7: « l'article V du traité de coopération mutuelle et de sécurité » is not NJ302
