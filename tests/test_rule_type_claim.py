"""The ``claim`` rule type: wrong assertions, and the guards that tell them from their look-alikes."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.document import Document
from claimcheck.errors import PackError
from claimcheck.matching import Prefilter
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.rules.builtin import claimcheck_rule_types
from claimcheck.rules.claims import ClaimType
from claimcheck.rules.model import Scope
from claimcheck.rules.pack import load_pack
from claimcheck.scopes import scope_spans
from claimcheck.selftest import run_examples

from conftest import write

WHERE = "pack.toml: rule T1"

NATO = [
    "japan (?:is|has become) (?:a |an )?(?:full )?(?:nato member|member of nato)",
    "japan joined nato",
    "le japon(?:,)? (?:est )?membre de l'otan",
    "le japon (?:a|aurait) (?:rejoint|adhere a) l'otan",
]


def read(text: str) -> Document:
    return MarkdownReader().read(text, path="x.md")


def checker(**options: object):
    return ClaimType().build({"patterns": NATO, **options}, where=WHERE)


def hits(text: str, scope: Scope = Scope.DOCUMENT, **options: object) -> list[tuple[int, int]]:
    document = read(text)
    return [(hit.start, hit.end) for hit in checker(**options).check(document, scope_spans(document, scope))]


def at(text: str, needle: str) -> list[tuple[int, int]]:
    document = read(text)
    index = document.text.index(needle)
    return [(index, index + len(needle))]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Japan is a NATO member.", "Japan is a NATO member"),
        ("Since 2020, Japan has become a full member of NATO.", "Japan has become a full member of NATO"),
        ("Not only is trade up: Japan joined NATO.", "Japan joined NATO"),
        ("Le Japon est membre de l’OTAN.", "Le Japon est membre de l’OTAN"),
        ("En 2022, le Japon a rejoint l’OTAN.", "le Japon a rejoint l’OTAN"),
        ("Non seulement le Japon a rejoint l’OTAN, mais il l’a fait vite.", "le Japon a rejoint l’OTAN"),
        ("Japan joined NATO, which critics say was a mistake.", "Japan joined NATO"),
        ("Le Japon est membre de l’OTAN, ce que Pékin affirme aussi.", "Le Japon est membre de l’OTAN"),
        ("Japan joined NATO and sent troops.", "Japan joined NATO"),
        ("Pour la première fois, le Japon a rejoint l’OTAN.", "le Japon a rejoint l’OTAN"),
        ("Pour Tokyo, le Japon a rejoint l’OTAN.", "le Japon a rejoint l’OTAN"),
        ("The report is out: Japan joined NATO.", "Japan joined NATO"),
        # "said yes" is an answer, not reported words
        ("Tokyo said yes, and Japan joined NATO.", "Japan joined NATO"),
        ("Tokyo said no, yet Japan joined NATO.", "Japan joined NATO"),
        # a conditional clause ends at its comma: the clause after it asserts
        ("If you read the communiqué, Japan joined NATO.", "Japan joined NATO"),
        ("Si vous lisez le communiqué, le Japon a rejoint l’OTAN.", "le Japon a rejoint l’OTAN"),
        ("No wonder Japan joined NATO.", "Japan joined NATO"),  # "no" alone negates nothing here
        ("Japan joined NATO with no fanfare.", "Japan joined NATO"),
        ("There is no doubt that Japan joined NATO.", "Japan joined NATO"),
        ("Tokyo has no doubts: Japan joined NATO.", "Japan joined NATO"),
        # « si » before an adjective is no condition
        ("La coopération est si étroite que le Japon a rejoint l’OTAN.", "le Japon a rejoint l’OTAN"),
        ("Had enough of caution, Japan joined NATO.", "Japan joined NATO"),
        # the verb after a relative clause holding the claim is the main clause's, not a speaker's
        ("The minister, who recalled in May that Japan joined NATO, has said little since.", "Japan joined NATO"),
        ("Le ministre, qui a rappelé que le Japon a rejoint l’OTAN, a déclaré la séance close.", "le Japon a rejoint l’OTAN"),
    ],
)
def test_a_plain_assertion_is_flagged_at_the_match(text: str, needle: str) -> None:
    assert hits(text) == at(text, needle)


@pytest.mark.parametrize(
    "text",
    [
        # negation
        "Japan is not a NATO member.",
        "It is wrong to think that Japan joined NATO.",
        "Contrary to rumour, Japan joined NATO — no.",
        "Japan never said Japan joined NATO.",
        "It isn't true that Japan joined NATO.",
        "The myth that Japan joined NATO persists.",
        "Ni le Japon ni la Corée : le Japon est membre de l’OTAN, c’est faux ? Non.",
        "Personne n’a jamais prouvé que le Japon a rejoint l’OTAN.",
        "Sans preuve, le Japon est membre de l’OTAN pour certains.",
        "Il est faux de dire que le Japon a rejoint l’OTAN.",
        "On ne peut pas affirmer que le Japon est membre de l’OTAN.",
        "Contrairement à la Corée, le Japon est membre de l’OTAN ?",
        "Contrairement à ce qu’on lit, le Japon est membre de l’OTAN.",
        # question
        "Has Japan joined NATO? Is Japan a NATO member?",
        "Le Japon est membre de l’OTAN ?",
        "Japan is a NATO member?)",
        # quotation
        'He wrote "Japan joined NATO" in jest.',
        "Il a écrit « le Japon est membre de l’OTAN » par erreur.",
        "He wrote “Japan is a NATO member” in jest.",
        # attribution
        "China claims that Japan joined NATO.",
        "According to Beijing, Japan is a NATO member.",
        "Japan joined NATO, Chinese state media said.",
        "Selon Pékin, le Japon a rejoint l’OTAN.",
        "Le Japon aurait rejoint l’OTAN.",
        "Le Japon a rejoint l’OTAN, selon Pékin.",
        "Le Japon a rejoint l’OTAN, a déclaré le porte-parole.",
        "Japan joined NATO, according to Chinese state media.",
        "Some fear Japan has become a NATO member.",
        "Des rumeurs disent que le Japon est membre de l’OTAN.",
        "Le Japon est membre de l’OTAN, affirme la propagande.",
        "Certains craignent que le Japon soit… non : d’après Pékin, le Japon est membre de l’OTAN.",
        "Reports that Japan joined NATO were false.",
        "Allegations that Japan is a NATO member keep circulating.",
        "Pour certains éditorialistes, le Japon a rejoint l’OTAN.",
        "Pour Pékin, le Japon est membre de l’OTAN.",
        "La presse russe a prétendu que le Japon avait rejoint l’OTAN.",
        "Le Japon, prétendument membre de l’OTAN, n’a rien dit.",
        "Moscou a longtemps soutenu que le Japon est membre de l’OTAN.",
        "Japan joined NATO, said the spokesman.",  # a speaker after the verb: still reported
        "There is no sign that Japan joined NATO.",  # "no" given by "there is"
        "Tokyo has no plan by which Japan joined NATO.",
        # hypothesis: the match stands in a conditional clause
        "If Japan joined NATO, Article 5 would cover it.",
        "Had Japan joined NATO in 2023, Beijing would have protested.",
        "Should Japan become a NATO member, China would react.",
        "Were Japan to join NATO, Article 9 would stand in the way.",
        "Suppose Japan is a NATO member: what changes?",
        "In the event that Japan joins NATO, Article 5 applies.",
        "Si le Japon a rejoint l’OTAN demain, Pékin réagira.",
        "Au cas où le Japon aurait rejoint l’OTAN, rien ne changerait.",
        "À supposer que le Japon est membre de l’OTAN, l’article 9 pose problème.",
        "Officials said no one doubted it: Japan joined NATO.",  # "said no one…" reports words
        "The envoy, who wrote that Japan joined NATO, Beijing says, was recalled.",  # a speaker of its own
        "The envoy, who wrote that Japan joined NATO, according to Beijing, was recalled.",
    ],
)
def test_guarded_look_alikes_are_not_flagged(text: str) -> None:
    assert hits(text) == []


def test_a_negation_after_the_match_does_not_cancel_it() -> None:
    text = "Japan joined NATO, which does not surprise anyone."
    assert hits(text) == at(text, "Japan joined NATO")
    text = "Le Japon est membre de l’OTAN, ce qui n’étonne personne."
    assert hits(text) == at(text, "Le Japon est membre de l’OTAN")


def test_a_guard_in_one_sentence_does_not_cover_the_next() -> None:
    text = "Japan is not in NATO. Then again, Japan joined NATO."
    assert hits(text) == at(text, "Japan joined NATO")
    text = "China claims a lot. Japan joined NATO."
    assert hits(text) == at(text, "Japan joined NATO")


def test_one_hit_per_sentence_the_first_match() -> None:
    text = "Japan is a NATO member since Japan joined NATO."
    assert hits(text) == at(text, "Japan is a NATO member")
    text = 'He wrote "Japan joined NATO", yet Japan is a NATO member.'
    assert hits(text) == at(text, "Japan is a NATO member")


def test_each_sentence_gets_its_own_hit_and_values() -> None:
    text = "Japan joined NATO.\n\nLe Japon est membre de l’OTAN. Fin.\n"
    document = read(text)
    found = list(checker().check(document, scope_spans(document, Scope.DOCUMENT)))
    assert [(hit.start, hit.end) for hit in found] == at(text, "Japan joined NATO") + at(text, "Le Japon est membre de l’OTAN")
    assert [dict(hit.values) for hit in found] == [
        {"sentence": "Japan joined NATO."},
        {"sentence": "Le Japon est membre de l’OTAN."},
    ]


def test_hits_stay_inside_the_given_spans() -> None:
    text = "# Japan joined NATO\n\nJapan is a NATO member.\n"
    assert hits(text, Scope.PARAGRAPH) == at(text, "Japan is a NATO member")
    assert hits(text, Scope.HEADING) == at(text, "Japan joined NATO")


def test_unless_silences_a_sentence_with_a_look_alike() -> None:
    text = "Japan is a NATO member of the partnership programme."
    assert hits(text, unless=["member of the partnership"]) == []
    assert hits(text) == at(text, "Japan is a NATO member")
    assert hits("Japan joined NATO. It is a member of the partnership.", unless=["member of the partnership"]) == at(
        "Japan joined NATO. It is a member of the partnership.", "Japan joined NATO"
    )


@pytest.mark.parametrize(
    ("disabled", "text", "needle"),
    [
        ("attribution", "China claims that Japan joined NATO.", "Japan joined NATO"),
        ("attribution", "Selon Pékin, le Japon a rejoint l’OTAN.", "le Japon a rejoint l’OTAN"),
        ("negation", "It is false that Japan joined NATO.", "Japan joined NATO"),
        ("question", "Is it true Japan joined NATO?", "Japan joined NATO"),
        ("quotation", 'He wrote "Japan joined NATO" in jest.', "Japan joined NATO"),
    ],
)
def test_guards_lists_the_guards_to_disable(disabled: str, text: str, needle: str) -> None:
    assert hits(text) == []
    assert hits(text, guards=[disabled]) == at(text, needle)


def test_disabling_one_guard_keeps_the_others() -> None:
    assert hits("China claims that Japan is not a NATO member, is Japan a NATO member?", guards=["attribution"]) == []


def test_prefilter_is_the_patterns() -> None:
    built = checker()
    prefilter = Prefilter((0, pattern) for pattern in built.prefilter)
    assert prefilter.owners_matching("le japon est membre de l'otan") == {0}
    assert prefilter.owners_matching("japan is in asia") == set()


@pytest.mark.parametrize(
    ("options", "fragment"),
    [
        ({}, "'patterns' must list at least one pattern"),
        ({"patterns": []}, "'patterns' must list at least one pattern"),
        ({"patterns": "japan"}, "'patterns' must be a list of non-empty strings"),
        ({"patterns": ["a("]}, "'patterns': invalid pattern"),
        ({"patterns": ["japan"], "unless": [""]}, "'unless' must be a list of non-empty strings"),
        ({"patterns": ["japan"], "unless": ["(?=x)"]}, "'unless': invalid pattern"),
        ({"patterns": ["japan"], "guards": ["negations"]}, "'guards' names unknown guard"),
        ({"patterns": ["japan"], "guards": "negation"}, "'guards' must be a list of non-empty strings"),
    ],
)
def test_bad_options_are_pack_errors(options: dict[str, object], fragment: str) -> None:
    with pytest.raises(PackError, match=fragment):
        ClaimType().build(options, where=WHERE)


PACK = '''
[pack]
name = "claims"

[[rules]]
code = "CL101"
alias = "japan-not-in-nato"
type = "claim"
scope = "paragraph"
message = "'{match}': Japan is a NATO partner, not a member (in: {sentence})."
patterns = ["japan (?:is|has become) (?:a )?(?:nato member|member of nato)", "le japon est membre de l'otan"]
unless = ["partner"]
guards = ["quotation"]
examples = { fail = ["Japan is a NATO member.", "He wrote \\"Japan is a NATO member\\"."], pass = ["Japan is not a NATO member.", "Japan is a NATO member? No.", "Japan is a NATO member, a partner."] }
'''


def test_a_pack_with_a_claim_rule_loads_and_passes_its_examples(tmp_path: Path) -> None:
    write(tmp_path / "pack" / "pack.toml", PACK)
    pack = load_pack(tmp_path / "pack", {rule_type.name: rule_type for rule_type in claimcheck_rule_types()})
    assert [rule.type for rule in pack.rules] == ["claim"]
    assert [failure.describe() for failure in run_examples(pack.rules)] == []


def test_a_pack_rejects_an_unknown_claim_key(tmp_path: Path) -> None:
    write(tmp_path / "pack" / "pack.toml", PACK.replace('unless = ["partner"]', 'exceptions = ["partner"]'))
    with pytest.raises(PackError, match="key 'exceptions' is unknown for type 'claim'"):
        load_pack(tmp_path / "pack", {rule_type.name: rule_type for rule_type in claimcheck_rule_types()})


MEMBERSHIP = ["japan is a nato member", "le japon est membre de l'otan"]
MEMBER = MEMBERSHIP + ["japan will reach 2 % of gdp in 2030", "2 % du pib (?:en|avant) 2030", "until 2030"]


def _flagged(text: str, patterns: list[str] = MEMBER) -> list[str]:
    """The words a claim checker of ``patterns`` flags in ``text``, sentence by sentence."""
    checker = ClaimType().build({"patterns": patterns}, where="test")
    document = MarkdownReader().read(text, path="x.md")
    return [document.text[hit.start : hit.end] for hit in checker.check(document, scope_spans(document, Scope.SENTENCE))]


@pytest.mark.parametrize(
    "text",
    [
        "Il ne fait aucun doute que le Japon est membre de l’OTAN.",
        "Sans aucun doute, le Japon est membre de l’OTAN.",
        "Without doubt, Japan is a NATO member.",
    ],
)
def test_a_negated_doubt_asserts_the_claim(text: str) -> None:
    flagged = _flagged(text, MEMBERSHIP)
    assert len(flagged) == 1
    assert flagged[0].lower() in ("japan is a nato member", "le japon est membre de l’otan")


@pytest.mark.parametrize(
    "text",
    [
        "Some analysts say Japan is a NATO member.",
        "Many experts believe that Japan is a NATO member.",
        "Certains analystes estiment que le Japon est membre de l’OTAN.",
        "Plusieurs observateurs pensent que le Japon est membre de l’OTAN.",
        # in another tense, with an adverb between
        "Some commentators initially assumed that Japan is a NATO member.",
        "Many analysts wrongly believed Japan is a NATO member.",
        "Certains diplomates ont d’abord cru que le Japon est membre de l’OTAN.",
        "Plusieurs journaux avaient longtemps affirmé que le Japon est membre de l’OTAN.",
        # a suspicion
        "Some in Beijing suspect Japan is a NATO member.",
        "Certains à Pékin soupçonnent que le Japon est membre de l’OTAN.",
        # what they keep writing or repeating
        "Some pundits keep writing that Japan is a NATO member.",
        "A few columnists are still repeating that Japan is a NATO member.",
        "Many outlets have written that Japan is a NATO member.",
        "Plusieurs chroniqueurs répètent que le Japon est membre de l’OTAN.",
        "Certains éditorialistes ont écrit que le Japon est membre de l’OTAN.",
    ],
)
def test_attribution_to_unnamed_groups(text: str) -> None:
    assert _flagged(text, MEMBERSHIP) == []


@pytest.mark.parametrize(
    "text",
    [
        # nobody in particular: what one reads or hears, what is said or written
        "One sometimes reads that Japan is a NATO member.",
        "You often hear that Japan is a NATO member.",
        "We keep hearing that Japan is a NATO member.",
        "It is often written that Japan is a NATO member.",
        "It has been widely reported that Japan is a NATO member.",
        "On lit parfois que le Japon est membre de l’OTAN.",
        "On entend dire que le Japon est membre de l’OTAN.",
        "On a pu lire que le Japon est membre de l’OTAN.",
        "Il se dit que le Japon est membre de l’OTAN.",
        "Il est souvent écrit que le Japon est membre de l’OTAN.",
    ],
)
def test_attribution_to_nobody_in_particular(text: str) -> None:
    assert _flagged(text, MEMBERSHIP) == []


@pytest.mark.parametrize(
    "text",
    [
        # "on" as an English preposition, « on » doing something else, reading that is not reporting
        "On reading the communiqué, Japan is a NATO member.",
        "On dit souvent non aux alliés ; le Japon est membre de l’OTAN.",
        "We read the communiqué: Japan is a NATO member.",
        "It is written in the treaty: Japan is a NATO member.",
    ],
)
def test_reading_and_saying_that_report_nothing_do_not_excuse_the_claim(text: str) -> None:
    assert len(_flagged(text, MEMBERSHIP)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Japan is a NATO member, and some allies have long wanted it.",
        "Certains alliés l’ont longtemps souhaité : le Japon est membre de l’OTAN.",
        # a suspicion in another clause, then the claim: "Iran was first suspected, but…"
        "Iran was first suspected, but Japan is a NATO member.",
        "Tokyo fut d’abord soupçonné, mais le Japon est membre de l’OTAN.",
    ],
)
def test_an_unnamed_group_after_the_claim_or_wanting_it_does_not_excuse_it(text: str) -> None:
    assert len(_flagged(text, MEMBERSHIP)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo did not hesitate: Japan is a NATO member.",
        "Seoul is not in the Alliance; Japan is a NATO member.",
        "La Corée n’a pas adhéré ; le Japon est membre de l’OTAN.",
        "Japan will not reach 2 % of GDP until 2030.",
        "Tokyo won't get there until 2030.",
        "Le Japon n’atteindra pas les 2 % du PIB avant 2030.",
    ],
)
def test_a_negator_in_an_earlier_clause_or_putting_off_a_date_does_not_excuse_the_claim(text: str) -> None:
    assert len(_flagged(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Myth: Japan is a NATO member.",
        "Faux : le Japon est membre de l’OTAN.",
        "It is not true: Japan is a NATO member.",
        "It is not the case, in fact, that Japan is a NATO member.",  # a comma does not end the clause
        "Japan has never been able to say it will reach 2 % of GDP until 2030.",  # 'never' denies, whatever follows
    ],
)
def test_a_verdict_before_a_colon_and_a_negator_in_the_match_s_clause_still_excuse_it(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the claim labelled as an error before it, in its clause
        "A common misconception holds that Japan is a NATO member.",
        "It is a fallacy that Japan is a NATO member.",
        "It would be misleading to say that Japan is a NATO member.",
        "It is inaccurate to write that Japan is a NATO member.",
        "It is a mistake to think that Japan is a NATO member.",
        "Une idée reçue veut que le Japon est membre de l’OTAN.",
        "Il est inexact d’écrire que le Japon est membre de l’OTAN.",
        "C’est une erreur de croire que le Japon est membre de l’OTAN.",
        "L’affirmation erronée que le Japon est membre de l’OTAN circule.",
    ],
)
def test_a_claim_labelled_as_an_error_is_not_flagged(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an error named in another clause, or an act done by mistake, still asserts the claim
        "Misconceptions abound; Japan is a NATO member.",
        "Les idées reçues ont la vie dure ; le Japon est membre de l’OTAN.",
        "Japan is a NATO member, a mistaken view.",
        "By mistake, the clerk wrote it down: Japan is a NATO member.",
    ],
)
def test_an_error_named_elsewhere_does_not_excuse_the_claim(text: str) -> None:
    assert len(_flagged(text)) == 1


ALBANIA = ["chinese cyberattack on albania", "cyberattaque chinoise contre l'albanie", "japan, a nato member", "nato member japan"]


@pytest.mark.parametrize(
    "text",
    [
        # a scenario: an indefinite subject, a conditional verb in its clause
        "A Chinese cyberattack on Albania would paralyse its ministries.",
        "Any Chinese cyberattack on Albania could be answered under Article 4.",
        "Tirana is calm, but a Chinese cyberattack on Albania might follow.",
        "Une cyberattaque chinoise contre l’Albanie paralyserait ses ministères.",
        "Toute cyberattaque chinoise contre l’Albanie pourrait être traitée à l’article 4.",
    ],
)
def test_a_scenario_with_a_conditional_verb_is_not_asserted(text: str) -> None:
    assert _flagged(text, ALBANIA) == []


@pytest.mark.parametrize(
    "text",
    [
        # an event: the definite article, a past tense, or the conditional in another clause
        "The Chinese cyberattack on Albania would later be blamed on Iran.",
        "A Chinese cyberattack on Albania paralysed its ministries in 2022.",
        "A Chinese cyberattack on Albania hit its ministries; a second one would follow.",
        "Une cyberattaque chinoise contre l’Albanie a paralysé ses ministères.",
        # a comma inside the match: an apposition asserts, whatever the main verb
        "Japan, a NATO member, would be bound by Article 5.",
        # the determiner does not open the clause
        "As a NATO member Japan would act.",
        "An alert about a Chinese cyberattack on Albania would be logged.",
    ],
)
def test_an_event_or_an_apposition_before_a_conditional_is_still_asserted(text: str) -> None:
    assert len(_flagged(text, ALBANIA)) == 1


def test_context_groups_must_all_occur_in_the_sentence_of_the_match() -> None:
    checker = ClaimType().build(
        {"patterns": ["in (?:march|june) 2023"], "context": [["stoltenberg"], ["tokyo", "japan"]]}, where=WHERE
    )

    def found(text: str) -> list[tuple[int, int]]:
        document = read(text)
        return [(hit.start, hit.end) for hit in checker.check(document, scope_spans(document, Scope.SENTENCE))]

    text = "Stoltenberg went to Tokyo in March 2023."
    assert found(text) == at(text, "in March 2023")
    assert found("Stoltenberg went to Seoul in March 2023.") == []
    assert found("Stoltenberg spoke. Tokyo agreed in March 2023.") == []  # the context is the match's sentence
    assert found("Stoltenberg did not go to Japan in June 2023.") == []  # guards still apply


@pytest.mark.parametrize("context", ["nato", [["nato"], "japan"], [[]], [["ok", 3]]])
def test_a_bad_context_is_a_pack_error(context: object) -> None:
    with pytest.raises(PackError, match="'context' must be a list of patterns or a list of pattern lists"):
        ClaimType().build({"patterns": ["x"], "context": context}, where=WHERE)


def test_a_context_pattern_re2_refuses_is_a_pack_error() -> None:
    with pytest.raises(PackError, match=r"pack.toml: rule T1: 'context': invalid pattern"):
        ClaimType().build({"patterns": ["x"], "context": ["(?=look)ahead"]}, where=WHERE)


def test_with_a_context_the_prefilter_is_its_first_group() -> None:
    checker = ClaimType().build({"patterns": ["in 20[0-9]{2}"], "context": [["stoltenberg"], ["tokyo"]]}, where=WHERE)
    assert checker.prefilter == (r"\b(?:stoltenberg)\b",)
