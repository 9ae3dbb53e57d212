"""Sentence splitting in English and French: terminators, abbreviations, initials, decimals."""

from __future__ import annotations

import pytest

from claimcheck.document import Span
from claimcheck.language import guess_language
from claimcheck.fold import fold
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.sentences import split_sentences


def sentences(text: str, language: str = "en") -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text, 0, len(text), language=language)]


def test_spans_exclude_surrounding_whitespace_and_are_offsets_of_the_text():
    text = "xx  First one.  Second one!   yy"
    spans = split_sentences(text, 2, len(text) - 2, language="en")
    assert spans == [Span(4, 14), Span(16, 27)]
    assert all(isinstance(span, Span) for span in spans)


def test_empty_and_blank_ranges_have_no_sentences():
    assert split_sentences("", 0, 0, language="en") == []
    assert split_sentences("   \n ", 0, 5, language="fr") == []


def test_terminators_and_what_may_follow_them():
    assert sentences("It ends. Then! Why? Because… Finally... 2024 was late. \"Quoted\" starts. (Bracket) too.") == [
        "It ends.",
        "Then!",
        "Why?",
        "Because…",
        "Finally...",
        "2024 was late.",
        '"Quoted" starts.',
        "(Bracket) too.",
    ]


def test_no_cut_before_lower_case_or_inside_words():
    assert sentences("He said no. and left. The file.txt is here.") == ["He said no. and left.", "The file.txt is here."]


def test_single_newline_is_not_a_cut_but_a_terminator_before_it_is():
    assert sentences("A line\ncontinues here.\nNew sentence") == ["A line\ncontinues here.", "New sentence"]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    assert sentences('He said "Stop." Then she left. (It was late.) Next.') == [
        'He said "Stop."',
        "Then she left.",
        "(It was late.)",
        "Next.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Mrs. Jones and Ms. Lee.",
        "Dr. Watson and Prof. Moriarty met at St. Paul's.",
        "The U.S. Army and the U.K. Navy met the U.N. Secretary.",
        "It rose by approx. 5 % vs. 2023.",
        "Sen. Warren and Rep. Cole met Gov. Newsom and Gen. Milley and Adm. Kirby.",
        "Acme Inc. and Foo Ltd. and Bar Co. Limited signed.",
        "It happened on Jan. 5 and Feb. 6 and Dec. 24.",
        "Allies, e.g. Japan, and partners, i.e. Australia, agreed.",
        "See No. 5 in the list.",
        "J. Stoltenberg spoke.",
        "Fumio K. Smith spoke.",
        "Spending reached 2.5 % of GDP and 1.000 euros.",
        'He said "wait..." and then "well…" before leaving.',
    ],
)
def test_english_no_cut(text):
    assert sentences(text) == [text]


def test_etc_may_end_a_sentence_before_a_capital():
    assert sentences("Ships, planes, etc. and more. Ships, planes, etc. The end.") == [
        "Ships, planes, etc. and more.",
        "Ships, planes, etc.",
        "The end.",
    ]


def test_no_is_a_word_unless_a_number_follows():
    assert sentences("The answer is no. We left. See No. 7 now.") == ["The answer is no.", "We left.", "See No. 7 now."]


@pytest.mark.parametrize(
    "text",
    [
        "M. Dupont et MM. Martin et Durand sont venus.",
        "Mme Durand, Mmes Roy et Mlle Petit sont là.",
        "Le Dr Martin et le Pr Roux ont signé.",
        "Voir l’art. 5 du traité, cf. Annexe, p. 12.",
        "Le traité n° 5 s’applique, chap. 3, vol. II, éd. Gallimard.",
        "En 52 av. J.-C. César vint, puis apr. J.-C. d’autres.",
        "Des pays, ex. Japon, etc. sont concernés.",
        "La dépense atteint 2,5 % et 1.000 euros, soit 2.5 points.",
        "« Vraiment\u00a0? » demanda-t-il.",
        "Il hésita… puis partit.",
    ],
)
def test_french_no_cut(text):
    assert sentences(text, "fr") == [text]


def test_french_typography():
    text = "Il a dit\u00a0: « non ». » Puis il est parti\u202f! Vraiment\u00a0? Oui. « C’est fini. » Voilà."
    assert sentences(text, "fr") == [
        "Il a dit\u00a0: « non ». »",
        "Puis il est parti\u202f!",
        "Vraiment\u00a0?",
        "Oui.",
        "« C’est fini. »",
        "Voilà.",
    ]


def test_document_sentences_use_the_reader_blocks_and_guessed_language():
    source = "# Titre\n\nM. Dupont est venu. Il est parti.\n\n- Le point un. Le point deux.\n"
    document = MarkdownReader().read(source, path="doc.md")
    assert document.language == "fr"
    assert [document.text[span.start : span.end] for span in document.sentences] == [
        "Titre",
        "M. Dupont est venu.",
        "Il est parti.",
        "Le point un.",
        "Le point deux.",
    ]


@pytest.mark.parametrize(
    "text, language",
    [
        ("Le ministre est dans la salle et les députés votent pour une loi.", "fr"),
        ("L’Alliance réaffirme que la défense collective est essentielle.", "fr"),
        ("The minister is in the room with the members of parliament.", "en"),
        ("", "en"),
        ("12345 !!!", "en"),
    ],
)
def test_guess_language(text, language):
    assert guess_language(fold(text)) == language


def test_guess_language_only_reads_the_start():
    text = "the and of " * 3000 + "le la les des " * 10000
    assert guess_language(text) == "en"


ENGLISH_PAGE = "The minister said that the plan is ready for the vote in the house and the senate. " * 30  # 2,520 characters
FRENCH_PAGE = "Le ministre a dit que la loi est prête pour le vote dans les deux chambres et la presse. " * 30


def test_a_clear_lead_on_the_first_page_decides_the_language():
    # 300 English function words, then more French ones within the first 20,000 characters:
    # the count stops at the first page, where English leads by far more than 40 words.
    text = fold(ENGLISH_PAGE + FRENCH_PAGE * 4)
    assert guess_language(text) == "en"


def test_a_close_count_reads_on_to_the_end_of_the_sample():
    # Each line holds as many English as French function words: no lead until the French pages.
    mixed = "the plan, la loi. " * 150  # 2,700 characters, one "the" for one "la"
    assert guess_language(fold(mixed + FRENCH_PAGE * 2)) == "fr"
    assert guess_language(fold(mixed + ENGLISH_PAGE * 2)) == "en"
