"""The pack's terminology rules (NJ301–NJ307) on English and French texts: where each fires, and where it stays silent.

NJ301 flags an Article 9 with no owner in a text that cites the North Atlantic Treaty; NJ302, Article 5 and
Article V mixed; NJ303, "defence" and "defense" mixed in English; NJ304, Asia-Pacific beside Indo-Pacific (with
the style rule PS201); NJ305 and NJ307, China's "Asian NATO" framing in the author's own words; NJ306, acronyms
never spelled out. Names, quotations and the right usage must raise nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import check_report, finding_codes, flagged_words, locate


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


# --- exactly the findings a text raises, terminology and style rules together ----------------------
#
# Known limits: a word inside a quotation or a quoted title is still judged by NJ304 and PS201, which have
# no quotation guard (two cases under NJ304 pin it, and tests/test_cli.py asks for PS101/PS201 inside
# guillemets); a heading in capitals ("The DEFENSE BUDGET…") looks like a name to NJ303's skip-names test;
# a footnote "Sur l'article 9, voir…" is flagged by NJ301, as the rule's own known limit says.

_TREATY_EN = "The North Atlantic Treaty binds the Allies; Japan is a partner, not an Ally.\n\n"
_TREATY_FR = "Le traité de l’Atlantique Nord lie les Alliés ; le Japon n’est qu’un partenaire.\n\n"

# rule -> (text, the NJ3xx and PS codes it must raise, exactly)
EXACT_FINDINGS = {
    "NJ301": [
        ('- Japan is not a party to the North Atlantic Treaty.\n- Article 9 nonetheless shapes every joint exercise.', ['NJ301']),
        ("Le Japon n'est pas partie au traité de l'Atlantique Nord.\n\n## LES LIMITES DE L'ARTICLE 9\n\nAucun déploiement automatique n'est possible.", ['NJ301']),
        ("Mesdames et Messieurs, le traité de Washington lie trente-deux Alliés ; Tokyo n'en fait pas partie. Voilà pourquoi l'art. 9 pèse si lourd dans nos échanges.", ['NJ301']),
        ('Japan is not a party to the North Atlantic Treaty. Article 9 of the Vienna Convention on Diplomatic Relations lets a host State expel a diplomat at any time.', []),
        ("Le Japon n'est pas partie au traité de l'Atlantique Nord. L'article 9 du règlement intérieur fixe l'ordre du jour.", []),
        (_TREATY_EN + 'ARTICLE 9 rules out any automatic commitment.', ['NJ301']),
        (_TREATY_EN + 'Under Art. 9, such a pledge would be unlawful.', ['NJ301']),
        (_TREATY_EN + 'Critics say article IX has been stretched since 2015.', ['NJ301']),
        (_TREATY_FR + 'L’article 9 interdit au gouvernement tout engagement automatique.', ['NJ301']),
        (_TREATY_FR + 'Selon les juristes, l’art. 9 limite les promesses possibles.', ['NJ301']),
        (_TREATY_EN + 'Article 9 of Japan’s Constitution rules out any automatic commitment.', []),
        (_TREATY_EN + 'The war-renouncing Article 9 rules out any automatic commitment.', []),
        (_TREATY_EN + 'Article 9 of the Treaty creates the North Atlantic Council.', []),
        (_TREATY_FR + 'L’article 9 de la Constitution japonaise interdit tout engagement automatique.', []),
        (_TREATY_FR + 'L’article 9 du traité institue le Conseil.', []),
        (_TREATY_EN + 'Article 90 of the budget law sets the ceiling.', []),
    ],
    "NJ302": [
        ("NATO's Article 5 has been invoked only once.[^1]\n\n[^1]: Article V was invoked on 12 September 2001.", ['NJ302']),
        ("L'article V n'a été invoqué qu'après le 11 septembre 2001. Depuis, l'article 5 n'a plus servi.", ['NJ302']),

        # a bare 'Article V' alone in a table cell (missed while NJ302 read one character past it)
        ('| Clause | Portée |\n|---|---|\n| Article 5 | les Alliés |\n| Article V | le Japon |', ['NJ302']),

        ('Allies invoked Article 5 in 2001.\n\nSome in Tokyo wonder whether Article V would apply to a cyberattack.', ['NJ302']),
        ("Depuis 1960, l'article V du traité de sécurité nippo-américain protège le Japon. Mais l'article 5, lui, ne couvre que les Alliés ; et l'article V ne dit rien du cyberespace.", ['NJ302']),
        ('Article 5 of the North Atlantic Treaty covers Allies only. Japan relies instead on Article V of the Japan-U.S. Security Treaty.', []),
        ("L'article 5 ne couvre pas le Japon. Tokyo compte sur l'article V du traité de sécurité nippo-américain.", []),
        ("NATO's Article 5 commitment is ironclad, and Washington has affirmed that Article V of the Treaty of Mutual Cooperation and Security applies to the Senkaku Islands.", []),
        ('Title V of the act and Chapter V of the report set the rules; Article 5 was invoked once.', []),
        ("NATO's Article 5 covers Allies. Article V of the 1960 treaty between Japan and the United States covers Japan.", []),
        ("L'article 5 engage les Alliés ; l'article V du traité américano-japonais engage Washington envers Tokyo.", []),
        ('NATO’s Article 5 was invoked once.\n\nArt. V guarantees are not for partners.', ['NJ302']),
        ('L’article 5 n’a été invoqué qu’une fois.\n\nL’ARTICLE V ne couvre pas les partenaires.', ['NJ302']),
        ("Article V commitments reassure Tokyo.\n\nNATO's Article 5 does not apply to Japan.", ['NJ302']),
        ('Article 5 was invoked once. Article 51 of the UN Charter allows self-defence.', []),
        ('L’article 5 n’a été invoqué qu’une fois ; l’article VI du traité fixe d’autres règles.', []),
    ],
    "NJ303": [
        ('Thank you all for coming. Our defence industry must grow faster. That is why we will raise defense spending again next year.', ['NJ303']),
        ("- Collective defense remains NATO's core task.\n- Japan's defence budget will reach 2 % of GDP in 2027.", ['NJ303']),
        ('NATO upgraded its cyber defence centre in Tallinn.\n\nJapan is building up its cyber defense capacity.', ['NJ303']),
        ("- European defence must be stronger.\n- Japan's defense exports were liberalised in 2014.", ['NJ303']),
        ("NATO's collective defence is the Alliance's core task. Tokyo's annual white paper, Defense of Japan 2024, calls China its greatest strategic challenge.", []),
        ("The National Defense Strategy and the UK Ministry of Defence's white paper point the same way on collective defence.", []),
        ('Le Japon renforce sa défense ; la « Missile Defense Agency » américaine coopère avec lui, tout comme le « Defence Science and Technology Laboratory » britannique.', []),
        ("Britain's Defence Secretary met Japan's Defense Minister; collective defence was on the agenda.", []),
        ("NATO's collective defence is its core task.\n\nJapan boosted its defense-industrial base.", ['NJ303']),
        ("Defence spending rose in Europe.\n\nJapan's air defenses were upgraded.", ['NJ303']),
        ("Japan's defence posture changed in 2022.\n\nTokyo reinterpreted the right of collective self-defense in 2014.", ['NJ303']),
        ('Defense cooperation with Japan grew.\n\nMissile-defence systems were deployed.', ['NJ303']),
        ("Japan's defence budget grew; the US Department of Defense approved the sale.", []),
        ("Japan's defence budget grew, and Japan's Defense Ministry confirmed it.", []),
        ("Japan's defense budget grew, said the UK Defence Secretary.", []),
        ("Japan's defence budget grew; the Japan Self-Defense Forces trained with Allies.", []),
        ("Japan's defence budget grew, according to the Defense Ministry.", []),
        ('Japan’s defence budget grew, Defense Minister Hamada said.', []),
        ('Japan’s defence budget grew; the National Defense Program Guidelines were replaced.', []),
        ('Le Japon a accru son budget de défense ; la « defence diplomacy » britannique s’en félicite et le ministère de la Défense japonais aussi.', []),
    ],
    "NJ304": [
        ("The Indo-Pacific is now part of NATO's agenda. Yet the Asia Pacific remains poorly understood in Brussels.", ['NJ304', 'PS201']),
        ("# L'INDO-PACIFIQUE, NOUVEL HORIZON\n\nLa zone Asie Pacifique reste instable.", ['NJ304', 'PS201']),
        ("Leaders gathered at the Asia-Pacific Economic Cooperation summit in San Francisco, a week after NATO's Indo-Pacific partners met in Vilnius.", []),
        ("Le sommet de la Coopération économique Asie-Pacifique (APEC) s'est tenu à Lima ; l'Indo-Pacifique était au cœur des débats.", []),
        ('| Forum | Year |\n|---|---|\n| Asia-Pacific Economic Cooperation | 1989 |\n| Quad | 2007 |', []),

        # a quoted title with Asia-Pacific is still flagged
        ("NATO's Indo-Pacific partners met in Vilnius; the IISS report “Asia-Pacific Regional Security Assessment 2023” was discussed.", ['NJ304', 'PS201']),

        # a quotation of Beijing with « Asie-Pacifique » is still flagged
        ("Les partenaires indo-pacifiques de l'OTAN se sont réunis ; Pékin répète que « l'Asie-Pacifique n'est pas une arène de lutte ».", ['NJ304', 'PS201']),

        ('Indo-Pacific partners met.\n\nThe Asia Pacific region is tense.', ['NJ304', 'PS201']),
        ('The Indo-Pacific matters.\n\nASIA-PACIFIC security matters too.', ['NJ304', 'PS201']),
        ('L’Indo-Pacifique compte.\n\nLes pays d’Asie-Pacifique aussi.', ['NJ304', 'PS201']),
        ('Les partenaires indopacifiques.\n\nLa région asie pacifique.', ['NJ304', 'PS201']),
        ('The Indo-Pacific matters; the Asia-Pacific Center for Security Studies agrees.', []),
        ('The Indo-Pacific matters; Beijing warned against an “Asia-Pacific version of NATO”.', []),
        ('L’Indo-Pacifique compte ; Pékin dénonce une « version Asie-Pacifique de l’OTAN ».', []),
        ('L’Indo-Pacifique compte ; le forum de Coopération économique pour la région Asie-Pacifique aussi.', []),
        ("NATO's Asia-Pacific partners met in Madrid.", ['PS201']),
    ],
    "NJ305": [
        ('In effect, Tokyo and Canberra are assembling a NATO for the Indo-Pacific.', ['NJ305']),
        ("À terme, cette architecture ressemble fort à une OTAN de l'Asie.", ['NJ305']),
        ('- Une OTAN indo-pacifique en gestation\n- Des exercices conjoints plus fréquents', ['NJ305']),
        ('## THE RISE OF AN ASIAN NATO\n\nTokyo deepens its ties with Allies.', ['NJ305']),
        ('Le Japon et ses voisins forment peu à peu une OTAN en Asie.', ['NJ305']),
        ('Leaders of the four Indo-Pacific NATO partners attended the Vilnius summit.', []),
        ('Japan supports a limited role for NATO in the Indo-Pacific.', []),
        ("Le rôle de l'OTAN en Asie reste limité, selon Tokyo.", []),
        ('NATO for its part sees Asia as a partner region, not a theatre.', []),
        ('Tokyo and Brussels are laying the foundations of an Asian-NATO.', ['NJ305']),
        ('An Asia-Pacific NATO is taking shape.', ['NJ305']),
        ('The partnership is a NATO for East Asia in all but name.', ['NJ305']),
        ('Le Japon bâtit une OTAN d’Asie.', ['NJ305']),
        ('Une OTAN version Asie-Pacifique se dessine.', ['NJ305']),
        ('Les OTAN asiatiques n’existent pas encore, mais Tokyo s’y prépare.', ['NJ305']),
        ('Une version Asie-Pacifique de l’OTAN se dessine.', ['NJ305']),
        ('Beijing warned against an “Asian NATO”.', []),
        ('What China calls an Asian NATO is a set of partnerships.', []),
        ('Pékin fustige une « OTAN asiatique ».', []),
        ('Ce que Pékin appelle une OTAN asiatique n’est qu’un réseau de partenariats.', []),
    ],
    "NJ306": [
        ('Tokyo signed its ITPP with NATO in July 2023.', ['NJ306']),
        ('Le GCAP doit livrer un premier appareil en 2035.', ['NJ306']),
        ('Tokyo a révisé sa doctrine en 2022.[^2]\n\n[^2]: Voir la NSS, p. 18.', ['NJ306']),
        ("Japan's contribution to the CCDCOE grew in 2023.", ['NJ306']),
        ("Japan's National Security\nStrategy (NSS) of December 2022 sets the goal.", []),
        ('Le Programme de partenariat et de coopération individuel (IPCP) de 2014 a été remplacé.', []),
        ("La Stratégie de sécurité nationale (NSS) japonaise de 2022 double l'effort de défense.", []),
        ('Japan’s NSSs of 2013 and 2022 differ.', ['NJ306']),
        ('Japan joined the CCDCOE; the GCAP will fly by 2035.', ['NJ306', 'NJ306']),
        ('L’ITPP a remplacé l’IPCP.', ['NJ306', 'NJ306']),
        ("Japan's National Security Strategy (NSS) was adopted in 2022.", []),
        ('The Global Combat Air Program (GCAP) unites three nations.', []),
        ('Le programme global d’avion de combat (GCAP) réunit trois pays.', []),
        ('Le Centre d’excellence OTAN pour la cyberdéfense en coopération (CCDCOE) est à Tallinn.', []),
        ('The Individually Tailored Partnership Programme (ITPP) of July 2023 replaced the IPCP, the Individual Partnership and Cooperation Programme.', []),
    ],
}


def _codes(cli, tmp_path: Path, text: str) -> list[str]:
    return sorted(finding["code"] for finding in check_report(cli, tmp_path, text + "\n", select="NJ3,PS")["findings"])


@pytest.mark.parametrize(
    ("text", "codes"),
    [pytest.param(text, codes, id=f"{rule}-{index}") for rule, cases in EXACT_FINDINGS.items() for index, (text, codes) in enumerate(cases)],
)
def test_a_text_raises_exactly_its_findings(cli, tmp_path: Path, text: str, codes: list[str]) -> None:
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


# --- NJ301 and NJ303 on the words they flag -----------------------------------------------------

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
    assert flagged_words(cli, tmp_path, text, code) == [(code, words)]


@pytest.mark.parametrize("text", TERMS_FINE)
def test_a_qualified_or_consistent_term_is_not_flagged(cli, tmp_path: Path, text: str) -> None:
    assert flagged_words(cli, tmp_path, text, "NJ301,NJ303") == []


# --- NJ303: "defence" and "defense" mixed in an English context ----------------------------------

MIXED_SPELLINGS = [
    "Japan’s defense outlays keep climbing, and NATO defence ministers are watching.",
    "NATO defence ministers met in Brussels. Japan’s defense industry sent observers.",
    "Tokyo’s defence reforms go on: its new defense white paper names China first.",
    "Japan's defence budget will grow, and every defense dollar will count.",
    "Japan's defence outlays rise. The defense money is going to drones.",
    "Tokyo's defence review is out; more defense spending is planned.",
    "Japan's defence planners agree that the defense lobby is strong.",
    "The defence of Japan matters; its new defense posture reflects it.",
]

# Names (Self-Defense Forces, Department of Defense, NATO Defense College…) and French word order.
ONE_SPELLING = [
    "Japan’s defense outlays keep climbing, and the NATO defense ministers are watching.",
    "Japan’s defense budget was discussed at the NATO defence ministerial in June.",
    "Japan’s defense minister attended the NATO defence ministers’ meeting.",
    "Le Japon a publié son nouveau livre blanc de la défense ; les ministres de la défense de l’OTAN l’ont lu.",
    "Japan's defence budget grows; the Japan Self-Defense Forces train with the U.S. Department of Defense.",
    "Japan's defence budget grows; the Japan Defense Agency was upgraded in 2007.",
    "Japan's defence budget grows; NATO Defense College experts agree.",
    "Le Japon augmente son budget de défense ; la défense et la diplomatie vont ensemble, et le ministère de la Défense l'a dit.",
    "La défense des alliés, la défense aérienne et la défense antimissile du Japon progressent ; la défense a coûté cher.",
]


@pytest.mark.parametrize("text", MIXED_SPELLINGS)
def test_defence_and_defense_mixed_are_flagged(cli, tmp_path: Path, text: str) -> None:
    assert "NJ303" in finding_codes(cli, tmp_path, text, select="NJ303"), text


@pytest.mark.parametrize("text", ONE_SPELLING)
def test_one_spelling_or_a_name_is_not_flagged(cli, tmp_path: Path, text: str) -> None:
    assert finding_codes(cli, tmp_path, text, select="NJ303") == [], text


# --- NJ305 and NJ307: « OTAN du Pacifique » in the author's own conditional, or reported -----------

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


# --- whole texts -------------------------------------------------------------------------------

# A mixed English/French briefing, whole: the findings it must raise, by line.
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


# A French committee note quoting a British diplomat, whole: the findings it must raise, by line.
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


def test_a_french_committee_note_raises_its_findings(cli, tmp_path):
    found = [(f["code"], f["start"]["line"]) for f in check_report(cli, tmp_path, MIXED_NOTE_FR, select="NJ3,PS")["findings"]]
    assert sorted(found) == sorted([
        ("PS101", 9), ("PS102", 9),  # « Il est clair que », « Comme chacun sait » (not the quoted, attributed « OTAN asiatique »)
        ("PS203", 13),  # « Suite à » (not « des exercices de suite à Yokosuka »)
        ("NJ306", 15),  # CCDCOE
        ("PS203", 17),  # « en termes de »
        ("NJ306", 24),  # NSS, in the table
        ("PS102", 28),  # « Personne ne conteste »
        # « l'article 9 limite ce que Tokyo peut promettre, et le traité de Washington… »: Tokyo is what the
        # article limits and the Treaty a second subject, neither says whose Article 9 it is (the family of
        # « l'article 9 interdit … à Tokyo de s'engager »)
        ("NJ301", 28),
        ("NJ303", 30),  # the quoted diplomat writes "defence" then "collective defense"
        ("PS201", 32), ("NJ304", 32),  # debatable: the note names the old term to set it aside
        ("NJ305", 36),  # « sans en faire une OTAN du Pacifique »: the phrase as the author's own
        ("PS101", 38), ("NJ306", 38),  # « à n'en pas douter », GCAP
    ])  # line 7: « l'article V du traité de coopération mutuelle et de sécurité » is not NJ302
