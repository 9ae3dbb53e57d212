"""Loading TOML rule packs: every validation error, the bundled pack and rule self-tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck.errors import PackError
from claimcheck.finding import Severity
from claimcheck.rules.keywords import ExistenceType, SubstitutionType
from claimcheck.rules.model import Scope
from claimcheck.rules.pack import load_pack
from claimcheck.selftest import run_examples

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "rules" / "policy-style"
TYPES = {"existence": ExistenceType(), "substitution": SubstitutionType()}

HEADER = '[pack]\nname = "demo"\n'
GOOD_RULE = """
[[rules]]
code = "DM101"
alias = "demo-rule"
type = "existence"
message = "avoid '{match}'"
tokens = ["foo"]
"""


def make_pack(folder: Path, pack_toml: str, **others: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(pack_toml, encoding="utf-8")
    for name, text in others.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def rule(extra: str = "", *, code: str = "DM101", alias: str = "demo-rule", type: str = "existence",
         message: str = "avoid '{match}'", tokens: str | None = '["foo"]') -> str:
    lines = ["[[rules]]", f'code = "{code}"', f'alias = "{alias}"', f'type = "{type}"', f'message = "{message}"']
    if tokens is not None:
        lines.append(f"tokens = {tokens}")
    return "\n" + "\n".join(lines) + "\n" + extra + "\n"


def load(folder: Path):
    return load_pack(folder, TYPES)


def load_error(tmp_path: Path, pack_toml: str, **others: str) -> str:
    folder = make_pack(tmp_path / "pack", pack_toml, **others)
    with pytest.raises(PackError) as caught:
        load(folder)
    return str(caught.value)


# --- a good pack --------------------------------------------------------------------


def test_minimal_pack_loads_with_defaults(tmp_path):
    folder = make_pack(tmp_path / "pack", '[pack]\nname = "demo"\ndescription = "D"\nversion = "2"\n' + GOOD_RULE)
    pack = load(folder)
    assert (pack.name, pack.path, pack.description, pack.version) == ("demo", folder, "D", "2")
    (only,) = pack.rules
    assert (only.code, only.alias, only.type, only.pack) == ("DM101", "demo-rule", "existence", "demo")
    assert only.severity is Severity.WARNING
    assert only.scope is Scope.SENTENCE
    assert only.fixable is False
    assert only.examples.passing == () and only.examples.failing == ()


def test_rules_from_other_files_are_loaded_after_pack_toml(tmp_path):
    folder = make_pack(
        tmp_path / "pack",
        HEADER + GOOD_RULE,
        b_more=rule(code="DM103", alias="third"),
        a_more=rule(code="DM102", alias="second", type="substitution", tokens=None, extra='swap = { "x" = "y" }'),
    )
    pack = load(folder)
    assert [r.code for r in pack.rules] == ["DM101", "DM102", "DM103"]
    assert pack.rules[1].fixable is True


def test_all_common_keys_are_accepted(tmp_path):
    extra = """severity = "error"
scope = "paragraph"
description = "why"
tags = ["a", "b"]
source = "src"
url = "https://example.org"
examples = { pass = ["fine"], fail = ["foo"] }
exceptions = ["foo bar"]
nonword = true
"""
    (loaded,) = load(make_pack(tmp_path / "pack", HEADER + rule(extra))).rules
    assert loaded.severity is Severity.ERROR
    assert loaded.scope is Scope.PARAGRAPH
    assert loaded.tags == ("a", "b")
    assert (loaded.description, loaded.source, loaded.url) == ("why", "src", "https://example.org")
    assert loaded.examples.passing == ("fine",) and loaded.examples.failing == ("foo",)


# --- errors -------------------------------------------------------------------------


def test_folder_without_pack_toml(tmp_path):
    with pytest.raises(PackError, match=re.escape(f"{tmp_path}: not a rule pack (no pack.toml)")):
        load(tmp_path)


@pytest.mark.parametrize("text", ["", "[pack]\n", '[pack]\nversion = "1"\n', "[pack]\nname = 3\n", 'pack = "demo"\n'])
def test_pack_table_without_name(tmp_path, text):
    message = load_error(tmp_path, text)
    assert "pack.toml: missing [pack] table with a 'name'" in message


def test_unknown_pack_key_with_suggestion(tmp_path):
    message = load_error(tmp_path, '[pack]\nname = "demo"\nversoin = "1"\n')
    assert "[pack] key 'versoin' is unknown (did you mean 'version'?)" in message


def test_invalid_toml_in_pack_toml_names_the_file(tmp_path):
    message = load_error(tmp_path, "[pack\nname = 1\n")
    assert f"{tmp_path / 'pack' / 'pack.toml'}: invalid TOML:" in message


@pytest.mark.parametrize("name", ["pack.toml", "extra.toml"])
def test_a_pack_file_that_is_not_utf8_names_the_file(tmp_path, name):
    folder = make_pack(tmp_path / "pack", HEADER, extra="")
    (folder / name).write_bytes(b'[pack]\nname = "h\xff"\n')
    with pytest.raises(PackError) as caught:
        load(folder)
    assert str(caught.value) == f"{folder / name}: invalid TOML: the file is not UTF-8"


def test_a_pack_file_that_cannot_be_read_names_the_file(tmp_path):
    folder = make_pack(tmp_path / "pack", HEADER)
    (folder / "rules.toml").mkdir()  # a folder named like a rule file
    with pytest.raises(PackError) as caught:
        load(folder)
    assert str(caught.value).startswith(f"{folder / 'rules.toml'}: cannot read: ")


def test_invalid_toml_in_another_file_names_that_file(tmp_path):
    message = load_error(tmp_path, HEADER, extra="[[rules]]\ncode = \n")
    assert f"{tmp_path / 'pack' / 'extra.toml'}: invalid TOML:" in message


def test_unknown_top_level_key(tmp_path):
    message = load_error(tmp_path, HEADER + '[[rule]]\ncode = "X1"\n')
    assert "pack.toml: top-level key 'rule' is unknown (expected [pack], [lists], [framework] and [[rules]])" in message


def test_pack_table_outside_pack_toml(tmp_path):
    message = load_error(tmp_path, HEADER, other='[pack]\nname = "x"\n')
    assert "other.toml: only pack.toml may have a [pack] table" in message


def test_rules_not_an_array_of_tables(tmp_path):
    assert "'rules' must be an array of tables ([[rules]])" in load_error(tmp_path, 'rules = "x"\n' + HEADER)
    assert "rule #1 must be a table" in load_error(tmp_path, 'rules = [3]\n' + HEADER)


@pytest.mark.parametrize("missing", ["code", "alias", "type", "message"])
def test_missing_required_key(tmp_path, missing):
    text = "\n".join(line for line in rule().splitlines() if not line.startswith(f"{missing} ="))
    message = load_error(tmp_path, HEADER + text)
    assert f"missing required key '{missing}'" in message
    assert ("rule #1" in message) if missing == "code" else ("rule DM101" in message)


@pytest.mark.parametrize("code", ["ps101", "PS", "101", "PS-101", "ABCDEFGHI1", "PS123456"])
def test_bad_code(tmp_path, code):
    message = load_error(tmp_path, HEADER + rule(code=code))
    assert f"'code' must be capital letters then digits (e.g. PS101), got '{code}'" in message


@pytest.mark.parametrize("alias", ["Demo", "demo_rule", "demo--rule", "-demo", "demo-", "1demo", "demo rule"])
def test_bad_alias(tmp_path, alias):
    message = load_error(tmp_path, HEADER + rule(alias=alias))
    assert f"rule DM101: 'alias' must be kebab-case (e.g. overconfident-wording), got '{alias}'" in message


def test_unknown_type_lists_known_types(tmp_path):
    message = load_error(tmp_path, HEADER + rule(type="existance"))
    assert "rule DM101: unknown rule type 'existance' (did you mean 'existence'?); known types: existence, substitution" in message
    message = load_error(tmp_path, HEADER + rule(type="zzz"))
    assert "unknown rule type 'zzz'; known types: existence, substitution" in message


def test_unknown_key_with_suggestion(tmp_path):
    message = load_error(tmp_path, HEADER + rule(tokens=None, extra='tokns = ["foo"]'))
    assert "rule DM101: key 'tokns' is unknown for type 'existence' (did you mean 'tokens'?)" in message


def test_key_of_another_type_is_unknown(tmp_path):
    message = load_error(tmp_path, HEADER + rule(extra='swap = { "a" = "b" }'))
    assert "key 'swap' is unknown for type 'existence'" in message


def test_type_required_key_missing(tmp_path):
    assert "rule DM101: type 'existence' requires key 'tokens'" in load_error(tmp_path, HEADER + rule(tokens=None))
    message = load_error(tmp_path, HEADER + rule(type="substitution", tokens=None))
    assert "rule DM101: type 'substitution' requires key 'swap'" in message


def test_bad_severity(tmp_path):
    message = load_error(tmp_path, HEADER + rule('severity = "fatal"'))
    assert "rule DM101: 'severity' must be one of info, warning, error, got 'fatal'" in message


def test_bad_scope(tmp_path):
    message = load_error(tmp_path, HEADER + rule('scope = "chapter"'))
    assert (
        "rule DM101: 'scope' must be one of document, section, paragraph, sentence, heading, list-item, quote, "
        "table-cell, got 'chapter'"
    ) in message


def test_examples_with_unknown_key(tmp_path):
    message = load_error(tmp_path, HEADER + rule('examples = { pass = ["a"], failing = ["b"] }'))
    assert "rule DM101: examples key 'failing' is unknown (expected 'pass' and 'fail')" in message


def test_examples_not_a_table_or_not_strings(tmp_path):
    assert "'examples' must be a table with 'pass' and 'fail' lists" in load_error(tmp_path, HEADER + rule('examples = ["a"]'))
    assert "rule DM101: examples: 'fail' must be a list of strings" in load_error(
        tmp_path, HEADER + rule("examples = { fail = [1] }")
    )


def test_message_with_unknown_field(tmp_path):
    message = load_error(tmp_path, HEADER + rule(message="bad {nope}"))
    assert "rule DM101: 'message' uses {nope}; available: {match}, {replacement}" in message


def test_message_with_broken_braces(tmp_path):
    assert "rule DM101: 'message' is not a valid template" in load_error(tmp_path, HEADER + rule(message="bad {match"))


def test_string_keys_must_be_strings(tmp_path):
    assert "rule DM101: 'description' must be a string, got int" in load_error(tmp_path, HEADER + rule("description = 3"))
    assert "rule DM101: 'tags' must be a list of strings" in load_error(tmp_path, HEADER + rule('tags = "x"'))


def test_duplicate_code_within_a_pack(tmp_path):
    message = load_error(tmp_path, HEADER + rule() + rule(alias="other-rule"))
    assert "duplicate rule code 'DM101'" in message
    assert "in pack 'demo'" in message


def test_duplicate_alias_within_a_pack(tmp_path):
    message = load_error(tmp_path, HEADER + rule() + rule(code="DM102"))
    assert "duplicate rule alias 'demo-rule'" in message


def test_duplicate_code_across_files_of_a_pack(tmp_path):
    message = load_error(tmp_path, HEADER + rule(), more=rule(alias="other-rule"))
    assert "duplicate rule code 'DM101'" in message


@pytest.mark.parametrize(
    ("tokens", "fragment"),
    [
        ("[]", "rule DM101: 'tokens' must list at least one pattern"),
        ('"foo"', "rule DM101: 'tokens' must be a list of non-empty strings"),
        ("[1]", "rule DM101: 'tokens' must be a list of non-empty strings"),
        ('["foo", " "]', "rule DM101: 'tokens' must be a list of non-empty strings"),
    ],
)
def test_bad_tokens(tmp_path, tokens, fragment):
    assert fragment in load_error(tmp_path, HEADER + rule(tokens=tokens))


def test_invalid_token_pattern(tmp_path):
    message = load_error(tmp_path, HEADER + rule(tokens='["(a)\\\\1"]'))
    assert "rule DM101: 'tokens': invalid pattern" in message


def test_bad_flag_and_exceptions(tmp_path):
    assert "rule DM101: 'nonword' must be true or false, got str" in load_error(tmp_path, HEADER + rule('nonword = "yes"'))
    assert "rule DM101: 'exceptions' must be a list of non-empty strings" in load_error(
        tmp_path, HEADER + rule('exceptions = "x"')
    )


@pytest.mark.parametrize("swap", ['"x"', "[]", "{}", '{ "a" = 1 }'])
def test_swap_must_be_a_table_of_strings(tmp_path, swap):
    message = load_error(tmp_path, HEADER + rule(type="substitution", tokens=None, extra=f"swap = {swap}"))
    assert "rule DM101: 'swap' must be a table of pattern = \"replacement\" strings" in message


def test_invalid_swap_pattern(tmp_path):
    message = load_error(tmp_path, HEADER + rule(type="substitution", tokens=None, extra='swap = { "a(?=b)" = "c" }'))
    assert "rule DM101: 'swap': invalid pattern" in message


# --- the bundled pack and self-tests ------------------------------------------------


def test_bundled_pack_loads():
    pack = load(BUNDLED)
    assert pack.name == "policy-style"
    codes = [r.code for r in pack.rules]
    assert {"PS101", "PS102", "PS201", "PS202", "PS203"} <= set(codes)
    assert len(set(codes)) == len(codes)
    assert len(set(r.alias for r in pack.rules)) == len(codes)
    assert all(r.pack == "policy-style" for r in pack.rules)


def test_every_bundled_rule_has_pass_and_fail_examples():
    for loaded in load(BUNDLED).rules:
        assert loaded.examples.passing, loaded.code
        assert loaded.examples.failing, loaded.code


def test_bundled_pack_passes_its_own_examples():
    assert [failure.describe() for failure in run_examples(load(BUNDLED).rules)] == []


def test_rule_without_examples_fails_the_selftest(tmp_path):
    rules = load(make_pack(tmp_path / "pack", HEADER + rule() + rule(code="DM102", alias="two", extra='examples = { pass = ["x"] }'))).rules
    failures = list(run_examples(rules))
    assert [(f.code, f.expected) for f in failures] == [("DM101", "examples"), ("DM102", "examples")]
    assert failures[0].describe() == "DM101: needs at least one 'pass' and one 'fail' example"


def test_failing_example_that_does_not_fire_is_reported(tmp_path):
    extra = 'examples = { pass = ["all fine"], fail = ["foo is here", "nothing here"] }'
    (failure,) = run_examples(load(make_pack(tmp_path / "pack", HEADER + rule(extra))).rules)
    assert (failure.code, failure.expected, failure.text) == ("DM101", "fail", "nothing here")
    assert failure.describe() == "DM101: example expected to fail but gave no finding: 'nothing here'"


def test_passing_example_that_fires_is_reported(tmp_path):
    extra = 'examples = { pass = ["foo foo"], fail = ["foo"] }'
    (failure,) = run_examples(load(make_pack(tmp_path / "pack", HEADER + rule(extra))).rules)
    assert (failure.code, failure.expected, failure.text) == ("DM101", "pass", "foo foo")
    assert "but gave 2 finding(s)" in failure.describe()


# --- framework scope triggers -------------------------------------------------------

FRAMEWORK = '[framework]\nid = "demo"\n'


def _scope_pack(tmp_path: Path, scope: str):
    return load(make_pack(tmp_path / "pack", HEADER + FRAMEWORK + scope + GOOD_RULE))


def _in_scope(framework, text: str) -> bool:
    from claimcheck.readers.markdown import MarkdownReader

    return framework.applies(MarkdownReader().read(text, path="doc.md"))


ONE_TRIGGER = '[framework.scope]\nall = [["alpha"], ["beta"]]\nwithin = "sentence"\nmin-count = 2\n'
TWO_TRIGGERS = (
    '[[framework.scope]]\nall = [["alpha"], ["beta"]]\nwithin = "sentence"\nmin-count = 2\n'
    '[[framework.scope]]\nall = [["alpha"], ["beta"]]\nwithin = "paragraph"\nmin-count = 2\nmin-mentions = 3\n'
)
SENTENCES_TWICE = "Alpha and beta. Alpha with beta.\n"
PARAGRAPHS_TWICE = "Alpha here. Then beta.\n\nAlpha again. Beta again. And alpha.\n\nBeta.\n"  # 3 alphas, 3 betas, 2 paragraphs
PARAGRAPHS_BUT_FEW = "Alpha here. Then beta.\n\nAlpha again. Beta again.\n"  # both in 2 paragraphs, only 2 mentions each


def test_one_scope_table_is_one_trigger(tmp_path: Path) -> None:
    framework = _scope_pack(tmp_path, ONE_TRIGGER).framework
    assert _in_scope(framework, SENTENCES_TWICE)
    assert not _in_scope(framework, PARAGRAPHS_TWICE)


def test_the_framework_applies_when_any_of_its_triggers_fires(tmp_path: Path) -> None:
    framework = _scope_pack(tmp_path, TWO_TRIGGERS).framework
    assert len(framework.triggers) == 2
    assert _in_scope(framework, SENTENCES_TWICE)  # the first
    assert _in_scope(framework, PARAGRAPHS_TWICE)  # the second
    assert not _in_scope(framework, PARAGRAPHS_BUT_FEW)  # neither: min-mentions = 3
    assert not _in_scope(framework, "Alpha. Beta.\n")


LEAD = '[framework.scope]\nall = [["alpha"], ["beta"]]\nwithin = "lead"\n'
FILLER = "Gamma delta epsilon. " * 60  # 1,260 characters of a paragraph naming neither


def test_a_lead_trigger_fires_on_what_the_title_and_opening_paragraphs_name(tmp_path: Path) -> None:
    framework = _scope_pack(tmp_path, LEAD).framework
    assert _in_scope(framework, "# Alpha and beta\n\n" + FILLER + "\n")  # the title
    assert _in_scope(framework, "# A brief\n\nAlpha here.\n\nBeta there.\n\n" + FILLER + "\n")  # two opening paragraphs: one stretch
    # A block that starts in the first 1,000 characters is in the lead whole, however long.
    assert _in_scope(framework, "Intro.\n\n" + FILLER + "Alpha and beta.\n")
    # Past the lead, a pairing counts for nothing.
    assert not _in_scope(framework, "Intro.\n\n" + FILLER + "\n\nAlpha and beta.\n")
    assert not _in_scope(framework, "")


UNLESS_LEAD = '[framework.scope]\nall = [["alpha"], ["beta"]]\nwithin = "lead"\nunless = ["like (?:an? )?alpha", "beta-free"]\n'
UNLESS_SENTENCE = '[framework.scope]\nall = [["alpha"], ["beta"]]\nwithin = "sentence"\nunless = ["like (?:an? )?alpha"]\n'


@pytest.mark.parametrize("scope", [UNLESS_LEAD, UNLESS_SENTENCE], ids=["lead", "sentence"])
def test_unless_takes_back_the_matches_it_covers(tmp_path: Path, scope: str) -> None:
    framework = _scope_pack(tmp_path, scope).framework
    assert _in_scope(framework, "Alpha and beta met.\n")
    # the only alpha is inside a comparison: no pairing
    assert not _in_scope(framework, "Beta signed a pact like an alpha.\n")
    # another alpha, outside it, still counts
    assert _in_scope(framework, "Beta signed a pact like an alpha, and alpha welcomed it.\n")


def test_each_unless_pattern_takes_back_its_own_matches(tmp_path: Path) -> None:
    framework = _scope_pack(tmp_path, UNLESS_LEAD).framework
    assert not _in_scope(framework, "Alpha sells beta-free goods.\n")  # the second pattern covers the only beta


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        ('[framework.scope]\nall = [["a"]]\nmin-mentions = 0\n', "[framework.scope]: 'min-mentions' must be a positive integer, got 0"),
        (
            '[[framework.scope]]\nall = [["a"]]\n[[framework.scope]]\nall = [["a"]]\nwithin = "page"\n',
            "[[framework.scope]] #2: 'within' must be one of sentence, paragraph, document, lead, got 'page'",
        ),
        (
            '[framework.scope]\nall = [["a"]]\nwithin = "lead"\nmin-count = 2\n',
            "[framework.scope]: a text has one lead: 'min-count' must be 1 with within = \"lead\", got 2",
        ),
        ("scope = 3\n", "[framework.scope] must be a table, or an array of tables ([[framework.scope]])"),
        ('[framework.scope]\nall = [["a"]]\nunless = "b"\n', "[framework.scope]: 'unless' must be a list of patterns"),
        ('[framework.scope]\nall = [["a"]]\nunless = ["b", "(c"]\n', "[framework.scope]: 'unless': invalid pattern '(c'"),
    ],
)
def test_a_bad_scope_trigger_is_an_error_naming_it(tmp_path: Path, scope: str, message: str) -> None:
    assert message in load_error(tmp_path, HEADER + FRAMEWORK + scope + GOOD_RULE)


def test_a_consistency_rule_can_leave_names_out(tmp_path: Path) -> None:
    from claimcheck.engine import RuleSet, check_document
    from claimcheck.readers.markdown import MarkdownReader
    from claimcheck.rules.structure import ConsistencyType

    rule = '[[rules]]\ncode = "DM301"\nalias = "spelling"\ntype = "consistency"\nscope = "document"\nmessage = "{match} after {expected}"\nvariants = [["its defence", "its defense"]]\n'
    text = "The UK grows its Defence Nuclear Enterprise. The US grows its defense base. Japan grows its defence base.\n"
    for skip, expected in (("", ["its defense"]), ("skip-names = true\n", ["its defence"])):
        folder = make_pack(tmp_path / f"pack{len(skip)}", HEADER + rule + skip)
        rules = load_pack(folder, {**TYPES, "consistency": ConsistencyType()}).rules
        result = check_document(MarkdownReader().read(text, path="doc.md"), RuleSet(rules))
        assert [finding.message.split(" after ")[0] for finding in result.findings] == expected


# --- named lists ------------------------------------------------------------------------

LISTS = '[lists]\njapan = ["japan\\\\w*", "tokyo", "nippon"]\n'


def _hits(pack, text: str) -> list[tuple[str, str]]:
    from claimcheck.engine import RuleSet, check_document
    from claimcheck.readers.markdown import MarkdownReader

    document = MarkdownReader().read(text, path="doc.md")
    result = check_document(document, RuleSet(pack.rules, {pack.framework.id: pack.framework} if pack.framework else {}))
    return [(finding.code, text[finding.start.offset : finding.end.offset]) for finding in result.findings]


def test_a_list_is_written_once_and_used_in_the_rules_of_every_file(tmp_path: Path) -> None:
    other = rule(code="DM102", alias="other-rule", tokens='["{{japan}} joined nato"]')
    pack = load(make_pack(tmp_path / "pack", HEADER + LISTS + rule(tokens='["{{japan}} is a member"]'), other=other))
    text = "Tokyo is a member. Nippon joined NATO. Japanese is a member.\n"
    # Rule by rule, in text order: "japan\\w*" takes in "Japanese".
    assert _hits(pack, text) == [("DM101", "Tokyo is a member"), ("DM101", "Japanese is a member"), ("DM102", "Nippon joined NATO")]


def test_a_list_is_not_expanded_in_messages_or_examples(tmp_path: Path) -> None:
    examples = 'examples = { fail = ["Tokyo is a member."], pass = ["{{japan}} is a member."] }'
    pack = load(make_pack(tmp_path / "pack", HEADER + LISTS + rule(examples, message="'{match}' ({{japan}})", tokens='["{{japan}} is a member"]')))
    (loaded,) = pack.rules
    assert loaded.message == "'{match}' ({{japan}})"  # Python's format: '{{' is a brace
    assert loaded.examples.passing == ("{{japan}} is a member.",)
    assert list(run_examples(pack.rules)) == []


def test_a_framework_scope_may_use_a_list(tmp_path: Path) -> None:
    scope = '[framework.scope]\nall = [["{{japan}}"], ["nato"]]\n'
    framework = _scope_pack(tmp_path, LISTS + scope).framework
    assert _in_scope(framework, "Nippon and NATO.\n")
    assert not _in_scope(framework, "Korea and NATO.\n")


@pytest.mark.parametrize(
    ("pack_toml", "others", "message"),
    [
        (HEADER + LISTS + rule(tokens='["{{korea}} joined"]'), {}, "pack.toml: rule DM101: {{korea}} names no list of this pack (pack.toml's [lists] defines: japan)"),
        (HEADER + rule(tokens='["{{japan}} joined"]'), {}, "pack.toml: rule DM101: {{japan}} names no list of this pack (pack.toml's [lists] defines: none)"),
        (HEADER + LISTS + GOOD_RULE, {"extra": '[lists]\nkorea = ["seoul"]\n'}, "extra.toml: only pack.toml may have a [lists] table"),
        (HEADER + '[lists]\nJapan = ["tokyo"]\n' + GOOD_RULE, {}, "pack.toml: [lists] Japan: a list's name must be kebab-case"),
        (HEADER + '[lists]\njapan = []\n' + GOOD_RULE, {}, "pack.toml: [lists] japan: must be a non-empty list of patterns"),
        (HEADER + '[lists]\njapan = ["tokyo("]\n' + GOOD_RULE, {}, "pack.toml: [lists] japan: invalid pattern 'tokyo('"),
        (HEADER + '[lists]\njapan = ["tokyo"]\nasia = ["{{japan}}"]\n' + GOOD_RULE, {}, "pack.toml: [lists] asia: '{{japan}}' uses another list"),
        ("lists = 3\n" + HEADER + GOOD_RULE, {}, "pack.toml: 'lists' must be a table"),
    ],
)
def test_a_bad_list_or_an_unknown_one_is_an_error_naming_it(tmp_path: Path, pack_toml: str, others: dict[str, str], message: str) -> None:
    assert message in load_error(tmp_path, pack_toml, **others)
