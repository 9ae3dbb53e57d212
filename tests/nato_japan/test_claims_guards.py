"""The claim type's guards (negation, attribution, reported speech) on the pack's sentences: when they excuse a claim.

A negator counts only in the match's own clause, "not … until" puts a date off without denying it, a
speaker named after a comma or an answer ("said yes") is no attribution, while a claim reported by a named
speaker, in any tense, is not the author's (src/claimcheck/rules/claims.py; tests/test_rule_type_claim.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import claim_findings, flagged_words


# The negation guard (`_negation`): a negator counts only in the match's own clause (none after ';' or
# ':'), and "not … until" puts a date off, it does not deny it.
@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("NJ226", "Italy is not part of GCAP; GCAP brings together Japan, the UK and France."),
        ("NJ203", "Tirana did not wait: NATO invoked Article 5 for Albania within days."),
    ],
)
def test_a_negation_in_another_clause_does_not_excuse_the_claim(cli, tmp_path: Path, code: str, sentence: str) -> None:
    assert [found for found, _ in flagged_words(cli, tmp_path, sentence, "NJ2")] == [code]


@pytest.mark.parametrize("sentence", ["Japan will not reach 2% of GDP until 2030.", "Le Japon n’atteindra pas 2 % du PIB avant 2030."])
def test_not_until_a_wrong_year_is_a_wrong_year(cli, tmp_path: Path, sentence: str) -> None:
    assert [found for found, _ in flagged_words(cli, tmp_path, sentence, "NJ2")] == ["NJ222"]


# The attribution guard: a participle (« prétendu ») or a speaker before a reporting verb attributes what follows.
@pytest.mark.parametrize(
    "sentence",
    [
        "La presse russe a prétendu que des pirates chinois étaient derrière l'attaque contre l'Albanie.",
        # the first name of a state is the speaker's, the second is in what they say
        "Russian state media claimed that Chinese hackers were behind the attack on Albania.",
        "Les médias russes ont affirmé que des pirates chinois étaient derrière l'attaque contre l'Albanie.",
    ],
)
def test_an_attribution_by_a_past_participle_or_by_its_speaker_is_not_flagged(cli, tmp_path: Path, sentence: str) -> None:
    assert claim_findings(cli, tmp_path, sentence) == []


def test_a_speaker_named_after_a_comma_does_not_excuse_the_claim_before_it(cli, tmp_path: Path) -> None:
    sentence = "Russian hackers attacked Albania in 2022, and Western media reported that the attack wiped government servers."
    assert [finding["code"] for finding in claim_findings(cli, tmp_path, sentence)] == ["NJ204"]


# "Said yes" is an answer, not reported speech; and a reporting verb after a relative clause that holds
# the claim ("Stoltenberg, who … in June 2023, has said he …", in the committee briefing of
# test_whole_texts.py) is the main clause's verb, not a speaker's "…, Beijing says".
def test_japan_said_yes_to_nuclear_sharing_is_flagged(cli, tmp_path: Path) -> None:
    sentence = "Uh, and let me remind you, Japan said yes to nuclear sharing last year, so, uh, the F-35s are certified now."
    assert [finding["code"] for finding in claim_findings(cli, tmp_path, sentence)] == ["NJ234"]
