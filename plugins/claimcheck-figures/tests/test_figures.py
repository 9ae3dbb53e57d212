"""FG101 (unsourced figures) and FG102 (unattributed quotations): what they flag, where, and what they leave alone.

Run from the claimcheck checkout, without installing the plugin (installing
it would register its entry point for the main test suite too)::

    PYTHONPATH=plugins/claimcheck-figures/src .venv/bin/python -m pytest plugins/claimcheck-figures/tests -q
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The tests import the plugin module directly; this line makes them runnable without PYTHONPATH too.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from claimcheck.engine import RuleSet, check_document  # noqa: E402
from claimcheck.readers.markdown import MarkdownReader  # noqa: E402
from claimcheck.selftest import run_examples  # noqa: E402
from claimcheck_figures import plugin  # noqa: E402
from claimcheck_figures.plugin import UNATTRIBUTED_QUOTATION, UNSOURCED_FIGURE, claimcheck_rules  # noqa: E402

RULES = RuleSet([UNSOURCED_FIGURE, UNATTRIBUTED_QUOTATION])


def findings(text: str) -> list[tuple[str, int, int, int, str]]:
    """``(code, line, column, end column, matched text)`` of every finding in a Markdown text."""
    document = MarkdownReader().read(text, path="doc.md")
    result = check_document(document, RULES)
    assert not result.failures, [failure.describe() for failure in result.failures]
    lines = text.splitlines()
    return [
        (
            finding.code,
            finding.start.line,
            finding.start.column,
            finding.end.column,
            lines[finding.start.line - 1][finding.start.column - 1 : finding.end.column - 1],
        )
        for finding in result.findings
    ]


# --- the hook and the metadata --------------------------------------------------------------


def test_the_hook_returns_both_rules_in_the_plugins_pack() -> None:
    rules = claimcheck_rules(settings=None)
    assert [(rule.code, rule.alias, rule.severity.value) for rule in rules] == [
        ("FG101", "unsourced-figure", "warning"),
        ("FG102", "unattributed-quotation", "info"),
    ]
    assert {rule.pack for rule in rules} == {"claimcheck-figures"}
    assert all(rule.description and rule.tags for rule in rules)


def test_every_example_behaves_as_its_rule_says() -> None:
    assert [failure.describe() for failure in run_examples(claimcheck_rules(settings=None))] == []


def test_examples_cover_english_and_french() -> None:
    for rule in claimcheck_rules(settings=None):
        texts = rule.examples.passing + rule.examples.failing
        assert any(" le " in text or " la " in text or "« " in text for text in texts), rule.code
        assert any(" the " in text.lower() for text in texts), rule.code


# --- FG101 unsourced-figure: what is a figure -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Defence spending rose by 42 % last year.\n", "42 %"),
        ("Defence spending rose by 42% last year.\n", "42%"),
        ("Defence spending rose by 42 percent last year.\n", "42 percent"),
        ("Defence spending rose by 4.5 per cent last year.\n", "4.5 per cent"),
        ("Les dépenses ont augmenté de 42\u00a0% l'an dernier.\n", "42\u00a0%"),
        ("Les dépenses ont augmenté de 3 pour cent.\n", "3 pour cent"),
        ("Costs reached $3 billion.\n", "$3 billion"),
        ("Japan will spend ¥43 trillion over five years.\n", "¥43 trillion"),
        ("Costs reached USD 3 billion.\n", "USD 3 billion"),
        ("Le budget atteindra 3 milliards d'euros.\n", "3 milliards d'euros"),
        ("Le budget atteindra 3,5 Md€.\n", "3,5 Md€"),
        ("Le programme coûte 1 200 000 euros.\n", "1 200 000 euros"),
        ("Some 4 million people live there.\n", "4 million"),
        ("The new radar covers 3,000 km of coastline.\n", "3,000 km"),
        ("La centrale produit 900 MW.\n", "900 MW"),
        ("In 2023, 12,000 troops took part in the exercise.\n", "12,000"),
        ("En 2023, 3 200 soldats ont participé à l'exercice.\n", "3 200"),
    ],
)
def test_a_figure_without_a_source_is_flagged_at_the_figure(text: str, figure: str) -> None:
    column = text.index(figure) + 1
    assert findings(text) == [("FG101", 1, column, column + len(figure), figure)]


def test_one_finding_per_sentence_at_its_first_figure() -> None:
    text = "# Budget\n\nSpending rose from 1.2 % to 2 % of GDP. It then stayed flat.\n"
    assert findings(text) == [("FG101", 3, 20, 25, "1.2 %")]


def test_the_message_names_the_kind_of_figure() -> None:
    document = MarkdownReader().read("Costs reached $3 billion.\n", path="doc.md")
    (finding,) = check_document(document, RULES).findings
    assert finding.message == "The amount '$3 billion' names no source: say where it comes from, in this sentence or the next."


@pytest.mark.parametrize(
    "text",
    [
        "The summit took place in 2023.\n",  # a year alone
        "The 1990s were different; so were les années 1990.\n",
        "Article 5 was invoked once, on 12 September 2001.\n",  # a reference and a date
        "L'article 5 n'a été invoqué qu'une fois, le 12 septembre 2001.\n",
        "The meeting of 5 May 2023 opened at 10 h.\n",  # a date and a time
        "It ranked 1st in 2023 and 2nd in 2024; la France était 2e en 2022.\n",  # ordinals
        "See section 4 and p. 12 of the 2023 review.\n",  # references
        "1. The summit took place in 2023.\n2. The next one is in 2024.\n",  # list numbering
        "G7 leaders and F-35 jets were there in 2023.\n",  # names with digits
        "Japan has five destroyers there.\n",  # a number in words is not a figure
        "# Spending rose by 42 %\n",  # headings are not checked
        "| year | share |\n|---|---|\n| 2023 | 42 % |\n",  # nor table cells
    ],
)
def test_numbers_that_are_not_figures_are_left_alone(text: str) -> None:
    assert findings(text) == []


# --- FG101 unsourced-figure: what is a source -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to SIPRI, defence spending rose by 42 % last year.\n",
        "Defence spending rose by 42 % last year, SIPRI said.\n",
        "SIPRI reported that defence spending rose by 42 %.\n",
        "SIPRI estimates that defence spending rose by 42 %.\n",
        "Data from SIPRI show a rise of 42 %.\n",
        "Defence spending rose by 42 % (Source: SIPRI).\n",
        "Defence spending rose by 42 % last year [1].\n",
        "Defence spending rose by 42 % last year.[^1]\n\n[^1]: SIPRI yearbook.\n",
        "Defence spending rose by 42 % last year^1.\n",
        "Defence spending rose by 42 % last year¹.\n",
        "Defence spending rose by 42 % last year (SIPRI 2024).\n",
        "Defence spending rose by 42 % last year (Tian et al., 2024, p. 3).\n",
        "Defence spending rose by 42 % in [the SIPRI yearbook](https://sipri.org).\n",
        "Defence spending rose by 42 % last year, see [SIPRI](https://sipri.org)\n",
        "Selon le SIPRI, les dépenses ont augmenté de 42 %.\n",
        "D'après le SIPRI, les dépenses ont augmenté de 42 %.\n",
        "Les dépenses ont augmenté de 42 % (source : SIPRI).\n",
        "Le budget atteindra 3 milliards d'euros, a indiqué le ministère.\n",
    ],
)
def test_a_source_in_the_same_sentence_is_enough(text: str) -> None:
    assert findings(text) == []


def test_a_source_in_the_next_sentence_is_enough() -> None:
    assert findings("Spending rose by 42 %. The figure comes from the SIPRI yearbook [2].\n") == []
    assert findings("Le budget atteindra 3 milliards d'euros.\n\nSource : ministère des Armées.\n") == []


def test_a_source_two_sentences_later_is_out_of_reach() -> None:
    text = "Spending rose by 42 %. That is a lot. SIPRI said so.\n"
    assert findings(text) == [("FG101", 1, 18, 22, "42 %")]


def test_a_source_before_the_figure_sentence_does_not_count() -> None:
    text = "SIPRI published its yearbook [1]. Spending rose by 42 %.\n"
    assert findings(text) == [("FG101", 1, 52, 56, "42 %")]


def test_a_heading_after_the_figure_is_not_its_source() -> None:
    text = "Spending rose by 42 %.\n\n## Source: SIPRI\n"
    assert findings(text) == [("FG101", 1, 18, 22, "42 %")]


# --- FG102 unattributed-quotation -----------------------------------------------------------


def test_an_unattributed_quotation_is_flagged_at_the_quotation() -> None:
    text = "# Plan\n\nThe plan is “a turning point for the security of the whole region”.\n"
    assert findings(text) == [("FG102", 3, 13, 67, "“a turning point for the security of the whole region”")]


def test_an_unattributed_french_quotation_is_flagged() -> None:
    text = "Le plan marque « un tournant pour la sécurité de toute la région ».\n"
    assert findings(text) == [("FG102", 1, 16, 67, "« un tournant pour la sécurité de toute la région »")]


def test_straight_quotes_count_too() -> None:
    text = 'The plan is "a turning point for the security of the whole region".\n'
    assert findings(text) == [("FG102", 1, 13, 67, '"a turning point for the security of the whole region"')]


def test_the_message_shows_the_opening_words() -> None:
    document = MarkdownReader().read("The plan is “a turning point for the security of the region”.\n", path="doc.md")
    (finding,) = check_document(document, RULES).findings
    assert finding.message == "The quotation “a turning point for…” names no speaker: say who said or wrote it."


@pytest.mark.parametrize(
    "text",
    [
        "“We will double our defence spending by 2027,” Kishida said.\n",
        "Kishida said: “We will double our defence spending by 2027.”\n",
        "As Kishida wrote, “we will double our defence spending by 2027”.\n",
        "Kishida: “We will double our defence spending by 2027.”\n",
        "“We will double our defence spending by 2027.” — Kishida, 2022\n",
        "« Nous doublerons notre effort de défense d'ici 2027 », a déclaré le Premier ministre.\n",
        "« Nous doublerons notre effort de défense d'ici 2027 », a-t-il affirmé.\n",
        "Selon le Premier ministre, « nous doublerons notre effort de défense d'ici 2027 ».\n",
        "Le Premier ministre : « Nous doublerons notre effort de défense d'ici 2027. »\n",
        "Le ministre estime que « le plan est un tournant pour toute la région ».\n",
    ],
)
def test_a_quotation_with_a_speaker_in_its_sentence_is_left_alone(text: str) -> None:
    assert findings(text) == []


def test_a_speaker_in_a_neighbouring_sentence_is_enough() -> None:
    before = "Kishida spoke to reporters in Tokyo. He said little. “We will double our defence spending by 2027.”\n"
    after = "“We will double our defence spending by 2027.” These were the words Kishida wrote in his memoir.\n"
    assert findings(before) == findings(after) == []


def test_a_speaker_two_sentences_away_is_out_of_reach() -> None:
    text = "Kishida said so. Then he left. “We will double our defence spending by 2027.”\n"
    assert findings(text) == [("FG102", 1, 32, 78, "“We will double our defence spending by 2027.”")]


def test_speech_verbs_inside_the_quotation_do_not_name_its_speaker() -> None:
    text = "The slogan was “nobody said that peace would be cheap or easy”.\n"
    assert findings(text) == [("FG102", 1, 16, 63, "“nobody said that peace would be cheap or easy”")]


@pytest.mark.parametrize(
    "text",
    [
        "The plan is a “turning point”.\n",  # fewer than six words
        "Le plan est « un tournant majeur ».\n",
        "The article “NATO-Japan Relations Have Room To Grow” is the source.\n",  # a title
        "# “We will double our defence spending by 2027”\n",  # headings are not checked
        "The plan is “a turning point for the security of the whole region.\n",  # never closed
    ],
)
def test_short_quotations_titles_and_headings_are_left_alone(text: str) -> None:
    assert findings(text) == []


def test_a_quotation_spanning_sentences_is_one_finding() -> None:
    text = "The memo ends: nothing.\n\nIt reads “We will pay. We have no other choice left.” and stops.\n"
    assert findings(text) == [("FG102", 3, 10, 54, "“We will pay. We have no other choice left.”")]


# --- both rules, through claimcheck ---------------------------------------------------------


def test_the_plugin_loads_from_config_and_passes_its_selftest(claimcheck_project) -> None:
    claimcheck_project.config('plugins = ["claimcheck_figures.plugin"]\n')
    claimcheck_project.write("brief.md", "# Budget\n\nSpending rose by 42 % in 2023.\n")

    checked = claimcheck_project.run("check", "brief.md", "--output-format", "concise", "--no-cache")
    assert checked.out == (
        "brief.md:3:18: FG101 [warning] The percentage '42 %' names no source: "
        "say where it comes from, in this sentence or the next.\n"
    )
    assert checked.code == 0  # a warning does not fail the run unless fail-on says so

    selftest = claimcheck_project.run("rules", "--selftest", "claimcheck-figures")
    assert selftest.code == 0
    assert "selftest passed: 2 rules" in selftest.out

    blocked = claimcheck_project.run("check", "brief.md", "-p", "no:claimcheck_figures.plugin", "--output-format", "concise", "--no-cache")
    assert (blocked.code, blocked.out) == (0, "")


def test_module_declares_what_it_exports() -> None:
    assert set(plugin.__all__) >= {"claimcheck_rules", "UNSOURCED_FIGURE", "UNATTRIBUTED_QUOTATION"}
