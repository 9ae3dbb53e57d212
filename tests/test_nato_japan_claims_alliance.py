"""nato-japan claim rules for the alliance facts (NJ201–NJ219, rules/nato-japan/claims-alliance.toml).

Each wrong sentence is put in the middle of a small Markdown document and must give one
finding of the right code and fact, positioned inside that sentence; look-alikes (negated,
attributed, questioned, quoted, or simply true) must give none.  The seed and the real
documents of the shared corpus must give none either.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import locate, write

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CODES = {f"NJ{number}" for number in range(201, 220)}

BEFORE = "The brief reviews the record of the past decade."
AFTER = "It ends with recommendations for the ministry."


def document(sentence: str, *, line: int) -> str:
    """Three sentences, the wrong one in the middle, on line 2 or line 3."""
    if line == 2:
        return f"# Note\n{BEFORE} {sentence} {AFTER}\n"
    return f"# Note\n\n{BEFORE} {sentence} {AFTER}\n"


def findings(cli, tmp_path: Path, text: str) -> list[dict]:
    write(tmp_path / "doc.md", text)
    result = cli("check", "doc.md", "--select", "NJ2", "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    return [finding for finding in json.loads(result.out)["findings"] if finding["code"] in CODES]


WRONG = {
    "japan-partner": [
        ("NJ201", "Japan is a NATO member and takes part in the Alliance's planning."),
        ("NJ201", "NATO members such as France and Japan have raised their defence budgets."),
        ("NJ201", "Japan, a member of NATO, sent observers to the exercise."),
        ("NJ201", "Japan became NATO's 33rd member after long talks."),
        ("NJ201", "Le Japon est membre de l’OTAN depuis peu."),
        ("NJ201", "Le Japon, membre de l’OTAN, a envoyé des observateurs."),
        ("NJ201", "Les pays membres de l’OTAN, dont le Japon, ont réagi."),
        ("NJ202", "Japan joined NATO in 2023."),
        ("NJ202", "Tokyo has officially joined NATO."),
        ("NJ202", "Le Japon a rejoint l’OTAN en 2023."),
        ("NJ202", "Le Japon a adhéré à l’OTAN après l’invasion de l’Ukraine."),
        ("NJ202", "En 2022, le Japon a intégré l’OTAN."),
    ],
    "albania-no-article-5": [
        ("NJ203", "NATO invoked Article 5 after the Iranian cyberattack on Albania."),
        ("NJ203", "After the 2022 cyberattack, Albania triggered Article 5."),
        ("NJ203", "The collective defence clause was invoked in response to the attack on Albania."),
        ("NJ203", "L’OTAN a invoqué l’article 5 après la cyberattaque contre l’Albanie."),
        ("NJ203", "L’Albanie a déclenché l’article 5 du traité de l’Atlantique Nord."),
    ],
    "albania-attribution": [
        ("NJ204", "The Russian cyberattack on Albania crippled public services."),
        ("NJ204", "In July 2022, Albania was hit by Chinese hackers."),
        ("NJ204", "Albania cut diplomatic ties with Russia after the attack."),
        ("NJ204", "La cyberattaque russe contre l’Albanie a paralysé les services publics."),
        ("NJ204", "L’Albanie a été victime de pirates nord-coréens en 2022."),
        ("NJ204", "La cyberattaque contre l’Albanie a été attribuée à la Russie."),
    ],
    "article-5-once": [
        ("NJ205", "NATO's Article 5 has been invoked several times since 1949."),
        ("NJ205", "NATO invoked Article 5 after Russia's invasion of Ukraine."),
        ("NJ205", "L’article 5 du traité de l’OTAN a été invoqué à plusieurs reprises."),
        ("NJ205", "L’OTAN a invoqué l’article 5 pour l’Ukraine en 2022."),
        ("NJ206", "NATO's Article 5 has never been invoked."),
        ("NJ206", "The Alliance has never invoked Article 5 in its history."),
        ("NJ206", "L’article 5 du traité de l’Atlantique Nord n’a jamais été invoqué."),
    ],
    "stoltenberg-visit": [
        ("NJ207", "Stoltenberg visited Tokyo in March 2023 and met Prime Minister Kishida."),
        ("NJ207", "In 2022, NATO Secretary General Jens Stoltenberg visited Japan."),
        ("NJ207", "Jens Stoltenberg s’est rendu à Tokyo en mars 2023."),
        ("NJ207", "En 2022, Stoltenberg a rencontré le Premier ministre Kishida à Tokyo."),
        ("NJ208", "Stoltenberg met Prime Minister Kishida in Seoul on 31 January 2023."),
        ("NJ208", "Stoltenberg a rencontré Kishida à Séoul le 31 janvier 2023."),
    ],
}

LOOKALIKES = {
    "japan-partner": [
        "Japan is not a NATO member but one of its partners across the globe.",
        "Is Japan a NATO member?",
        "China claims that Japan is a NATO member.",
        "Japan joined NATO exercises in the Baltic.",
        "Japan joined NATO leaders at the Vilnius summit.",
        "NATO members and partners such as Japan met in Brussels.",
        "Japan is a member of the alliance with the United States.",
        "L’adhésion du Japon à l’OTAN n’est pas à l’ordre du jour.",
        "Le Japon n’a pas besoin d’être un membre officiel de l’OTAN pour coopérer.",
        "Pékin affirme que le Japon a rejoint l’OTAN.",
        "Le Japon a rejoint l’OTAN lors d’exercices de cyberdéfense.",
        "A « le Japon est membre de l’OTAN » répond un démenti.",
    ],
    "albania-no-article-5": [
        "L’Albanie, membre de l’OTAN, a reçu le soutien de l’OTAN sans invoquer l’article 5.",
        "NATO supported Albania without invoking Article 5.",
        "Some feared that NATO would invoke Article 5 for Albania.",
        "Did Albania invoke Article 5?",
        "NATO invoked Article 5 once, in 2001, and supported Albania in 2022 by other means.",
    ],
    "albania-attribution": [
        "The Iranian cyberattack on Albania crippled public services.",
        "Russian cyberattacks on Ukraine and Iran's attack on Albania show the threat.",
        "Albania cut diplomatic ties with Iran after the attack.",
        "La cyberattaque contre l’Albanie a été attribuée à l’Iran.",
        "Les attaques russes contre l’Ukraine et la cyberattaque iranienne contre l’Albanie se ressemblent.",
    ],
    "article-5-once": [
        "NATO's Article 5 has been invoked only once, after 9/11.",
        "NATO's Article 4 has been invoked several times, including over Ukraine.",
        "NATO did not invoke Article 5 for Ukraine.",
        "NATO's Article 5 had never been invoked before the attacks of 11 September 2001.",
        "NATO's Article 5 has never been invoked for a cyberattack.",
        "It is a myth that NATO's Article 5 has never been invoked.",
        "L’article 5 de l’OTAN n’avait jamais été invoqué avant 2001.",
        "Article V of the US-Japan Security Treaty has never been invoked, unlike NATO's clause.",
    ],
    "stoltenberg-visit": [
        "Stoltenberg visited Tokyo in 2017 and met Prime Minister Abe.",
        "Stoltenberg visited Seoul in January 2023.",
        "Stoltenberg met Kishida in Madrid in June 2022.",
        "Stoltenberg met Kishida in Vilnius in July 2023 and in Washington in July 2024.",
        "Stoltenberg visited Tokyo and met Kishida in Vilnius in July 2023.",
        "Jens Stoltenberg s’est rendu à Tokyo le 31 janvier 2023.",
        "Stoltenberg met Prime Minister Kishida in Tokyo on 31 January 2023.",
        "In 2025, the NATO Secretary General visited Tokyo.",
    ],
}


@pytest.mark.parametrize(
    ("fact", "code", "sentence", "line"),
    [
        (fact, code, sentence, 2 + index % 2)
        for fact, cases in WRONG.items()
        for index, (code, sentence) in enumerate(cases)
    ],
)
def test_a_wrong_sentence_is_flagged_inside_it(cli, tmp_path: Path, fact: str, code: str, sentence: str, line: int) -> None:
    text = document(sentence, line=line)
    found = findings(cli, tmp_path, text)
    assert [(finding["code"], finding["fact"]) for finding in found] == [(code, fact)], found
    finding = found[0]
    assert finding["framework"] == "nato-japan"
    assert finding["severity"] == "error"
    assert finding["source"]
    expected_line, first_column = locate(text, sentence)
    assert expected_line == line
    assert finding["start"]["line"] == expected_line
    assert first_column <= finding["start"]["column"] < first_column + len(sentence)
    assert finding["end"]["line"] == expected_line
    assert finding["end"]["column"] <= first_column + len(sentence)


@pytest.mark.parametrize(
    "sentence",
    [sentence for cases in LOOKALIKES.values() for sentence in cases],
)
def test_a_lookalike_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert findings(cli, tmp_path, document(sentence, line=3)) == []


def test_the_message_cites_the_fact_and_its_source(cli, tmp_path: Path) -> None:
    found = findings(cli, tmp_path, document("Japan joined NATO in 2023.", line=3))
    assert len(found) == 1
    message = found[0]["message"]
    assert "not a member" in message
    assert "Relations with Japan" in message
    assert "{" not in message


def test_one_finding_per_sentence(cli, tmp_path: Path) -> None:
    text = document("Japan is a NATO member, and Japan joined NATO in 2023 as a full member.", line=3)
    assert len(findings(cli, tmp_path, text)) <= 2
    codes = [finding["code"] for finding in findings(cli, tmp_path, text)]
    assert len(codes) == len(set(codes))


def test_the_seed_and_the_corpus_give_no_finding(cli, tmp_path: Path) -> None:
    if not SHARED.is_dir():
        pytest.skip("the shared design material is not available")
    paths = sorted(str(path) for path in (SHARED / "corpus").glob("*") if path.suffix in (".md", ".txt"))
    paths += sorted(str(path) for path in (SHARED / "seed").glob("*.txt"))
    assert paths
    result = cli("check", *paths, "--select", "NJ2", "--output-format", "json", "--isolated")
    assert result.code in (0, 1), result.err
    found = [finding for finding in json.loads(result.out)["findings"] if finding["code"] in CODES]
    assert found == [], [(finding["path"], finding["code"], finding["start"]["line"]) for finding in found]
