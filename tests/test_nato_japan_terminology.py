"""The nato-japan pack's terminology rules (NJ3xx), run through the command line on English and French texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import locate, write

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_4d5b4b848126375b.txt"


def _findings(cli, tmp_path: Path, text: str) -> list[dict]:
    write(tmp_path / "doc.md", text)
    result = cli("check", "doc.md", "--select", "NJ3", "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)["findings"]


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


def test_article_v_naming_the_us_japan_treaty_is_not_counted_but_a_bare_one_still_is(cli, tmp_path):
    text = (
        "NATO's Article 5 has been invoked once.\n\n"
        "Japan relies on Article V of the Japan-U.S. Security Treaty, « l’article V du traité de sécurité nippo-américain ».\n\n"
        "Yet Article V commitments are not NATO's."
    )
    findings = _findings(cli, tmp_path, text)
    assert _positions(findings, "NJ302") == [locate(text, "Article V", 2)]
    assert "'Article 5'" in findings[0]["message"]
