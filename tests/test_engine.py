"""The engine: rules from small TOML packs (and Python checkers) run over Markdown documents."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import pytest

from claimcheck.engine import RuleFailure, RuleSet, check_document
from claimcheck.finding import Severity
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.rules.keywords import ExistenceType, SubstitutionType
from claimcheck.rules.model import Hit, Rule, Scope
from claimcheck.rules.pack import load_pack

TYPES = {"existence": ExistenceType(), "substitution": SubstitutionType()}
_counter = iter(range(10**6))


def rules_from(tmp_path: Path, body: str) -> tuple[Rule, ...]:
    folder = tmp_path / f"pack{next(_counter)}"
    folder.mkdir()
    (folder / "pack.toml").write_text('[pack]\nname = "demo"\n' + body, encoding="utf-8")
    return load_pack(folder, TYPES).rules


def existence(tmp_path: Path, tokens: str, *, scope: str = "sentence", extra: str = "", code: str = "DM101") -> tuple[Rule, ...]:
    return rules_from(
        tmp_path,
        f"""
[[rules]]
code = "{code}"
alias = "demo-{code.lower()}"
type = "existence"
scope = "{scope}"
message = "avoid '{{match}}'"
tokens = {tokens}
{extra}
""",
    )


def run(source: str, rules: Sequence[Rule], path: str = "doc.md"):
    return check_document(MarkdownReader().read(source, path=path), RuleSet(rules))


def position(source: str, index: int) -> tuple[int, int]:
    """1-based line and column of a source offset (sources here use \\n only)."""
    line = source.count("\n", 0, index) + 1
    column = index - (source.rfind("\n", 0, index) + 1) + 1
    return line, column


def spots(result) -> list[tuple[int, int, int, int]]:
    return [(f.start.line, f.start.column, f.end.line, f.end.column) for f in result.findings]


# --- positions ----------------------------------------------------------------------


def test_existence_hit_position_after_accented_characters(tmp_path):
    source = "# Titre\n\nÉté à Noël, ça «\u00a0bad\u00a0» ici — voilà bad.\n"
    result = run(source, existence(tmp_path, '["bad"]'))
    assert result.failures == []
    first = source.index("bad")
    second = source.index("bad", first + 1)
    expected = []
    for index in (first, second):
        line, column = position(source, index)
        assert line == 3
        expected.append((line, column, line, column + 3))
    assert spots(result) == expected
    finding = result.findings[0]
    assert (finding.start.offset, finding.end.offset) == (first, first + 3)
    assert finding.code == "DM101" and finding.alias == "demo-dm101"
    assert finding.severity is Severity.WARNING
    assert finding.message == "avoid 'bad'"
    assert finding.path == "doc.md"
    assert finding.fix is None
    assert finding.excerpt == source.splitlines()[2]


def test_match_across_a_soft_line_break_ends_on_the_next_line(tmp_path):
    source = "Intro.\n\nIt ends with alpha\nbeta here.\n"
    result = run(source, existence(tmp_path, r'["alpha\\s+beta"]', scope="document"))
    start = source.index("alpha")
    end = source.index("beta") + 4
    assert spots(result) == [(*position(source, start), *position(source, end))]


def test_empty_document_has_no_findings(tmp_path):
    result = run("", existence(tmp_path, '["bad"]'))
    assert result.findings == [] and result.failures == []


# --- scopes -------------------------------------------------------------------------


HEADINGS_SOURCE = "# A bad title\n\nA bad paragraph.\n\n- a bad item\n\n## Bad again\n"


def test_heading_scope_reports_only_in_headings(tmp_path):
    result = run(HEADINGS_SOURCE, existence(tmp_path, '["bad"]', scope="heading"))
    first = HEADINGS_SOURCE.index("bad")
    last = HEADINGS_SOURCE.index("Bad")
    assert [(f.start.line, f.start.column) for f in result.findings] == [position(HEADINGS_SOURCE, first), position(HEADINGS_SOURCE, last)]


def test_paragraph_scope_skips_headings(tmp_path):
    result = run(HEADINGS_SOURCE, existence(tmp_path, '["bad"]', scope="paragraph"))
    paragraph = HEADINGS_SOURCE.index("bad paragraph")
    item = HEADINGS_SOURCE.index("bad item")
    assert [(f.start.line, f.start.column) for f in result.findings] == [position(HEADINGS_SOURCE, paragraph), position(HEADINGS_SOURCE, item)]


def test_document_scope_reports_everywhere(tmp_path):
    result = run(HEADINGS_SOURCE, existence(tmp_path, '["bad"]', scope="document"))
    assert [f.start.line for f in result.findings] == [1, 3, 5, 7]


def test_sentence_scope_does_not_join_two_sentences(tmp_path):
    source = "It ends with alpha. Beta starts here.\n"
    token = r'["alpha\\W+beta"]'
    assert run(source, existence(tmp_path, token, scope="sentence")).findings == []
    paragraph = run(source, existence(tmp_path, token, scope="paragraph"))
    assert spots(paragraph) == [(1, source.index("alpha") + 1, 1, source.index("Beta") + 5)]


def test_document_scope_does_not_join_two_blocks(tmp_path):
    token = r'["alpha\\s+beta"]'
    assert run("It ends with alpha\n\nbeta starts here.\n", existence(tmp_path, token, scope="document")).findings == []
    assert run("- It ends with alpha\n- beta starts here.\n", existence(tmp_path, token, scope="document")).findings == []
    assert run("# Title alpha\nbeta starts here.\n", existence(tmp_path, token, scope="document")).findings == []


def test_multi_word_token_matches_across_a_soft_line_break(tmp_path):
    source = "This is, without any\ndoubt, the right course.\n"
    result = run(source, existence(tmp_path, '["without (?:a|any) doubt"]'))
    start = source.index("without")
    end = source.index("doubt") + 5
    assert spots(result) == [(*position(source, start), *position(source, end))]


# --- exceptions ---------------------------------------------------------------------


def test_existence_exceptions_are_folded_and_whole(tmp_path):
    source = "L’assurance est là. ASSURANCE aussi. Assurément, oui.\n"
    rules = existence(tmp_path, r'["assur\\w+"]', extra='exceptions = ["Assurance"]')
    result = run(source, rules)
    index = source.index("Assurément")
    assert spots(result) == [(1, index + 1, 1, index + len("Assurément") + 1)]
    assert result.findings[0].message == "avoid 'Assurément'"


def test_nonword_matches_inside_words(tmp_path):
    source = "Undoubtedly, no doubt.\n"
    assert len(run(source, existence(tmp_path, '["doubt"]')).findings) == 1
    assert len(run(source, existence(tmp_path, '["doubt"]', extra="nonword = true")).findings) == 2


# --- substitution -------------------------------------------------------------------


def substitution(tmp_path: Path, swap: str, message: str = "use '{replacement}' rather than '{match}'") -> tuple[Rule, ...]:
    return rules_from(
        tmp_path,
        f"""
[[rules]]
code = "DM201"
alias = "demo-swap"
type = "substitution"
message = "{message}"
swap = {swap}
""",
    )


def test_substitution_capitalises_the_replacement_of_a_capitalised_match(tmp_path):
    source = "Asia-Pacific partners. Our asia-pacific plan.\n"
    result = run(source, substitution(tmp_path, '{ "asia-pacific" = "indo-pacific" }'))
    assert [f.fix.replacement for f in result.findings] == ["Indo-pacific", "indo-pacific"]
    assert [f.message for f in result.findings] == [
        "use 'Indo-pacific' rather than 'Asia-Pacific'",
        "use 'indo-pacific' rather than 'asia-pacific'",
    ]


def test_substitution_never_lower_cases_the_replacement(tmp_path):
    source = "Asia-Pacific partners. Our asia pacific plan.\n"
    result = run(source, substitution(tmp_path, '{ "asia[- ]pacific" = "Indo-Pacific" }'))
    assert [f.fix.replacement for f in result.findings] == ["Indo-Pacific", "Indo-Pacific"]
    for finding, needle in zip(result.findings, ["Asia-Pacific", "asia pacific"]):
        index = source.index(needle)
        assert (finding.start.offset, finding.end.offset) == (index, index + len(needle))
        assert (finding.start.line, finding.start.column, finding.end.column) == (1, index + 1, index + len(needle) + 1)
        assert finding.fix.start == finding.start
        assert finding.fix.end == finding.end


def test_substitution_message_uses_the_original_text_not_the_folded_one(tmp_path):
    source = "Les partenaires en Asie\u2013Pacifique.\n"
    result = run(source, substitution(tmp_path, '{ "asie-pacifique" = "Indo-Pacifique" }', message="« {match} » : préférer « {replacement} »"))
    (finding,) = result.findings
    assert finding.message == "« Asie\u2013Pacifique » : préférer « Indo-Pacifique »"
    index = source.index("Asie")
    assert (finding.fix.start.offset, finding.fix.end.offset) == (index, index + len("Asie\u2013Pacifique"))


def test_substitution_skips_a_match_already_equal_to_its_replacement(tmp_path):
    result = run("Color and colour.\n", substitution(tmp_path, '{ "colou?r" = "colour" }'))
    (finding,) = result.findings
    assert finding.fix.replacement == "Colour"
    assert finding.start.column == 1


def test_substitution_picks_the_replacement_of_the_pattern_that_matched(tmp_path):
    source = "Prior to the summit, we utilise tools in order to win.\n"
    result = run(source, substitution(tmp_path, '{ "in order to" = "to", "utili[sz]e" = "use", "prior to" = "before" }'))
    assert [(f.start.column, f.fix.replacement) for f in result.findings] == [
        (1, "Before"),
        (source.index("utilise") + 1, "use"),
        (source.index("in order") + 1, "to"),
    ]


# --- fingerprints -------------------------------------------------------------------


def test_fingerprint_survives_a_paragraph_inserted_before(tmp_path):
    rules = existence(tmp_path, '["bad"]')
    before = run("Intro.\n\nThis is bad here.\n", rules).findings
    after = run("Intro.\n\nA brand new paragraph.\n\nAnother.\n\nThis is bad here.\n", rules).findings
    assert [f.start.line for f in before] == [3]
    assert [f.start.line for f in after] == [7]
    assert before[0].fingerprint == after[0].fingerprint


def test_identical_findings_in_identical_paragraphs_get_different_fingerprints(tmp_path):
    findings = run("This is bad here.\n\nThis is bad here.\n", existence(tmp_path, '["bad"]')).findings
    assert [f.start.line for f in findings] == [1, 3]
    assert findings[0].fingerprint != findings[1].fingerprint


def test_fingerprint_depends_on_the_rule_and_the_block(tmp_path):
    one = run("This is bad here.\n", existence(tmp_path, '["bad"]')).findings[0]
    other_rule = run("This is bad here.\n", existence(tmp_path, '["bad"]', code="DM102")).findings[0]
    other_block = run("This is bad there.\n", existence(tmp_path, '["bad"]')).findings[0]
    assert len({one.fingerprint, other_rule.fingerprint, other_block.fingerprint}) == 3


# --- Python rules and failures ------------------------------------------------------


class RaisingChecker:
    prefilter: Sequence[str] = ()

    def check(self, document, spans):
        raise RuntimeError("boom")


class OutsideChecker:
    prefilter: Sequence[str] = ()

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end

    def check(self, document, spans):
        return [Hit(self.start, len(document.text) + self.end)]


class FixedChecker:
    """Reports the first occurrence of a word; a Python rule that works."""

    def __init__(self, word: str, prefilter: Sequence[str] = ()) -> None:
        self.word = word
        self.prefilter = prefilter

    def check(self, document, spans):
        index = document.text.index(self.word)
        yield Hit(index, index + len(self.word), values={"extra": "X"})


def python_rule(code: str, checker, message: str = "python {match}") -> Rule:
    return Rule(
        code=code,
        alias=f"py-{code.lower()}",
        type="python",
        severity=Severity.ERROR,
        message=message,
        scope=Scope.DOCUMENT,
        checker=checker,
    )


def test_raising_python_rule_is_a_failure_and_other_rules_still_report(tmp_path):
    source = "This is bad here.\n"
    rules = (python_rule("PY1", RaisingChecker()), *existence(tmp_path, '["bad"]'))
    result = run(source, rules)
    assert result.failures == [RuleFailure("doc.md", "PY1", "", "RuntimeError: boom")]
    assert result.failures[0].describe() == "doc.md: rule PY1 (from a plugin) failed: RuntimeError: boom"
    assert [f.code for f in result.findings] == ["DM101"]
    assert result.findings[0].start.column == source.index("bad") + 1


@pytest.mark.parametrize(("start", "end"), [(0, 1), (-1, 0), (3, -100)])
def test_hit_outside_the_text_is_a_failure(tmp_path, start, end):
    rules = (python_rule("PY2", OutsideChecker(start, end)), *existence(tmp_path, '["bad"]'))
    result = run("This is bad here.\n", rules)
    (failure,) = result.failures
    assert failure.code == "PY2"
    assert failure.error.startswith("ValueError: hit [")
    assert "lies outside the document text (length 17)" in failure.error
    assert [f.code for f in result.findings] == ["DM101"]


def test_python_rule_values_fill_its_message(tmp_path):
    source = "Some words here.\n"
    (finding,) = run(source, [python_rule("PY3", FixedChecker("words"), message="{match}/{extra}/{replacement}")]).findings
    assert finding.message == "words/X/"
    assert (finding.start.column, finding.end.column) == (source.index("words") + 1, source.index("words") + 6)
    assert finding.fix is None


def test_python_rule_skipped_when_its_prefilter_does_not_match(tmp_path):
    class Guarded(RaisingChecker):
        prefilter = ("zebra",)

    result = run("No such animal.\n", [python_rule("PY4", Guarded())])
    assert result.failures == [] and result.findings == []
    result = run("A Zébra here.\n", [python_rule("PY4", Guarded())])
    assert [failure.code for failure in result.failures] == ["PY4"]


# --- one fact, found twice --------------------------------------------------------------

FACTS_PACK = """
[framework]
id = "demo"

[[framework.facts]]
id = "target"
statement = "The target is 2 %"

[[framework.facts]]
id = "year"
statement = "The year is 2027"

[[rules]]
code = "DM201"
alias = "frame"
type = "claim"
fact = "target"
message = "frame: '{match}'"
patterns = ["the target is (?:1|3) ?%\\\\B"]

[[rules]]
code = "DM202"
alias = "value"
type = "claim"
fact = "target"
message = "value: '{match}'"
patterns = ["\\\\b(?:1|3) ?%\\\\B"]
context = ["target"]

[[rules]]
code = "DM203"
alias = "year"
type = "claim"
fact = "year"
message = "year: '{match}'"
patterns = ["\\\\b3 ?%\\\\B"]
"""


def test_a_fact_contradicted_once_is_reported_once_by_the_first_rule(tmp_path: Path) -> None:
    from claimcheck.rules.claims import ClaimType

    folder = tmp_path / "facts"
    folder.mkdir()
    (folder / "pack.toml").write_text('[pack]\nname = "facts"\n' + FACTS_PACK, encoding="utf-8")
    rules = load_pack(folder, {**TYPES, "claim": ClaimType()}).rules
    result = run("The target is 3% of the budget. The plan puts the target at 1%.\n", rules)
    assert [(f.code, f.message) for f in result.findings] == [
        ("DM201", "frame: 'The target is 3%'"),  # DM202 matched inside it: the same contradiction
        ("DM202", "value: '1%'"),  # a second wrong value in the sentence, where no frame matched
        ("DM203", "year: '3%'"),  # another fact: reported on its own
    ]
    # Without the first rule, the second one reports what it finds.
    alone = [rule for rule in rules if rule.code != "DM201"]
    assert [f.code for f in run("The target is 3% of the budget.\n", alone).findings] == ["DM202", "DM203"]


def test_a_match_across_a_line_break_reads_as_one_line_in_the_message(tmp_path: Path) -> None:
    rules = existence(tmp_path, '["in order to"]')
    result = run("We act in\norder to win.\n", rules)
    assert [f.message for f in result.findings] == ["avoid 'in order to'"]
    assert spots(result) == [(1, 8, 2, 9)]  # the position still spans the two lines
