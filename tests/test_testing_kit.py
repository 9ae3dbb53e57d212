"""The testing kit for rule and plugin authors (``claimcheck.testing``), tested the way they will use it."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimcheck.errors import PackError
from claimcheck.testing import RuleTester, bundled_pack, position_of

REPO = Path(__file__).resolve().parent.parent
POLICY_STYLE = REPO / "rules" / "policy-style"
TEXT = "NATO's partners in the Asia-Pacific met in Madrid.\n"


@pytest.fixture(scope="module")
def style() -> RuleTester:
    return RuleTester(POLICY_STYLE)


# RuleTester on the bundled policy-style pack


def test_assert_finds_checks_position_match_and_fix(style: RuleTester) -> None:
    finding = style.assert_finds(TEXT, "PS201", at=(1, 24), match="Asia-Pacific", fix="Indo-Pacific")
    assert finding.code == "PS201" and finding.end.column == 36


def test_at_a_substring_is_located_in_the_text_itself(style: RuleTester) -> None:
    text = "# Partners\n\nOur friends\r\nin the Asia Pacific.\n"
    finding = style.assert_finds(text, "PS201", at="Asia Pacific", fix="Indo-Pacific")
    assert (finding.start.line, finding.start.column) == position_of(text, "Asia Pacific") == (4, 8)


def test_an_alias_names_the_rule_too(style: RuleTester) -> None:
    style.assert_finds(TEXT, "indo-pacific", at="Asia-Pacific")


def test_the_replacement_keeps_the_capital_in_french(style: RuleTester) -> None:
    style.assert_finds("Les partenaires en Asie-Pacifique.", "PS201", at="Asie-Pacifique", fix="Indo-Pacifique")


def test_assert_silent_passes_on_clean_text_and_names(style: RuleTester) -> None:
    style.assert_silent("NATO's partners in the Indo-Pacific met in Madrid.")
    style.assert_silent("Leaders met at the Asia-Pacific Economic Cooperation forum.")


def test_findings_are_sorted_by_position(style: RuleTester) -> None:
    codes = [finding.code for finding in style.findings("In order to win, undoubtedly, the Asia-Pacific.")]
    assert codes == ["PS202", "PS101", "PS201"]


def test_the_pack_passes_its_own_examples(style: RuleTester) -> None:
    style.assert_examples()


def test_one_rule_can_be_tested_alone(style: RuleTester) -> None:
    (rule,) = [rule for rule in style.rules if rule.code == "PS201"]
    alone = RuleTester(rule)
    alone.assert_silent("Undoubtedly, in order to win.")  # PS101 and PS202 are not in it
    alone.assert_finds(TEXT, "PS201", fix="Indo-Pacific")


def test_other_readers_locate_in_their_own_source() -> None:
    html = RuleTester(POLICY_STYLE, reader="html")
    source = "<html><body>\n<p>Partners in the <em>Asia-Pacific</em>.</p>\n<script>var x = 'Asia-Pacific';</script>\n</body></html>\n"
    html.assert_finds(source, "PS201", at="Asia-Pacific", fix="Indo-Pacific")
    assert len(html.findings(source)) == 1  # not in the script
    text = RuleTester(POLICY_STYLE, reader="text")
    text.assert_finds("```\nAsia-Pacific\n```\n", "PS201", at=(2, 1))  # plain text has no code blocks


def test_an_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown reader 'pdf'"):
        RuleTester(POLICY_STYLE, reader="pdf")


def test_bundled_pack_finds_the_bundled_folders() -> None:
    assert (bundled_pack("policy-style") / "pack.toml").is_file()
    with pytest.raises(LookupError, match="nato-japan, policy-style"):
        bundled_pack("no-such-pack")


def test_a_framework_pack_brings_its_framework() -> None:
    tester = RuleTester(bundled_pack("nato-japan"))
    assert "nato-japan" in tester.frameworks
    tester.assert_finds("Japan is a NATO member.", "NJ201", at="Japan is a NATO member", message="partner")


def test_a_broken_pack_folder_is_a_pack_error(tmp_path: Path) -> None:
    (tmp_path / "pack.toml").write_text('[pack]\nname = "x"\n[[rules]]\ncode = "X1"\n', encoding="utf-8")
    with pytest.raises(PackError, match="missing required key 'alias'"):
        RuleTester(tmp_path)


# What a failed expectation says


def test_a_wrong_position_and_fix_show_what_was_found(style: RuleTester) -> None:
    with pytest.raises(AssertionError) as failure:
        style.assert_finds(TEXT, "PS201", at=(2, 1), fix="Pacific")
    message = str(failure.value)
    assert message.splitlines()[0] == "expected a PS201 finding at 2:1 with fix 'Pacific'"
    assert "found 1 finding(s):" in message
    assert "  1:24-1:36 PS201 (indo-pacific) 'Asia-Pacific' -> 'Indo-Pacific': Use 'Indo-Pacific'" in message
    assert "nearest PS201 finding (1:24) differs:\n  - at: expected 2:1, found 1:24\n  - fix: expected 'Pacific', found 'Indo-Pacific'" in message


def test_a_substring_position_is_shown_with_the_substring(style: RuleTester) -> None:
    with pytest.raises(AssertionError, match=r"expected a PS201 finding at 1:1 \('NATO'\)"):
        style.assert_finds(TEXT, "PS201", at="NATO")


def test_a_missing_code_says_no_finding_has_it(style: RuleTester) -> None:
    with pytest.raises(AssertionError) as failure:
        style.assert_finds(TEXT, "PS101")
    assert "found 1 finding(s):" in str(failure.value)
    assert str(failure.value).endswith("no finding has the code PS101")


def test_nothing_found_says_so(style: RuleTester) -> None:
    with pytest.raises(AssertionError, match="found no finding"):
        style.assert_finds("All quiet.", "PS201")


def test_a_wrong_match_or_message_is_named(style: RuleTester) -> None:
    with pytest.raises(AssertionError, match=r"- match: expected 'Asia', found 'Asia-Pacific'"):
        style.assert_finds(TEXT, "PS201", match="Asia")
    with pytest.raises(AssertionError, match=r"- message: expected a match for 'Pacifique'"):
        style.assert_finds(TEXT, "PS201", message="Pacifique")


def test_a_substring_not_in_the_text_is_an_error_of_the_test(style: RuleTester) -> None:
    with pytest.raises(AssertionError, match="'Oceania' does not occur"):
        style.assert_finds(TEXT, "PS201", at="Oceania")


def test_assert_silent_lists_the_findings(style: RuleTester) -> None:
    with pytest.raises(AssertionError) as failure:
        style.assert_silent("Undoubtedly, in order to win.")
    assert str(failure.value).splitlines() == [
        "expected no finding",
        "in the text: 'Undoubtedly, in order to win.'",
        "found 2 finding(s):",
        "  1:1-1:12 PS101 (overconfident-wording) 'Undoubtedly': 'Undoubtedly' asserts certainty the text should "
        "demonstrate instead; state the evidence or soften the claim.",
        "  1:14-1:25 PS202 (wordy-phrase) 'in order to' -> 'to': 'in order to' says in many words what 'to' says in one.",
    ]


def test_a_rule_that_raises_fails_the_test(style: RuleTester) -> None:
    class Broken:
        prefilter = ()

        def check(self, document, spans):
            raise RuntimeError("boom")

    (rule,) = [rule for rule in style.rules if rule.code == "PS201"]
    from dataclasses import replace

    tester = RuleTester([replace(rule, checker=Broken())])
    with pytest.raises(AssertionError, match=r"rule PS201 \(from policy-style\) failed: RuntimeError: boom"):
        tester.findings("Anything.")


def test_an_example_failure_is_reported(tmp_path: Path) -> None:
    (tmp_path / "pack.toml").write_text(
        textwrap.dedent(
            """\
            [pack]
            name = "mine"
            [[rules]]
            code = "MY101"
            alias = "hedge"
            type = "existence"
            message = "'{match}'"
            tokens = ["perhaps"]
            examples = { fail = ["Maybe."], pass = ["Surely."] }
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(AssertionError, match="MY101: example expected to fail but gave no finding: 'Maybe.'"):
        RuleTester(tmp_path).assert_examples()


# The pytest plugin


def test_the_plugin_is_registered_for_pytest() -> None:
    names = {entry.name: entry.value for entry in importlib.metadata.entry_points(group="pytest11")}
    assert names.get("claimcheck") == "claimcheck.testing"


def test_rule_tester_fixture_takes_folders_from_the_rootdir(rule_tester) -> None:
    tester = rule_tester("rules/policy-style")
    tester.assert_finds(TEXT, "PS201", at="Asia-Pacific", fix="Indo-Pacific")


def test_the_project_checks_the_files_it_wrote(claimcheck_project) -> None:
    claimcheck_project.write("briefs/a.md", TEXT)
    claimcheck_project.write("briefs/b.md", "Partners in the Indo-Pacific.\n")
    result = claimcheck_project.run("check", "--output-format", "concise")
    assert result.code == 0  # a warning does not fail the run by default
    assert result.out == "briefs/a.md:1:24: PS201 [warning] Use 'Indo-Pacific' rather than 'Asia-Pacific': the term NATO and Japan use for the region.\n"
    assert Path.cwd() == claimcheck_project.path
    assert sorted(path.name for path in claimcheck_project.path.iterdir()) == ["briefs"]  # no cache in the project


def test_the_project_config_changes_the_exit_code(claimcheck_project) -> None:
    claimcheck_project.write("a.md", TEXT)
    claimcheck_project.config('fail-on = "warning"\n')
    assert claimcheck_project.run("check").code == 1
    claimcheck_project.config('fail-on = "warning"\nignore = ["PS201"]\n')
    assert claimcheck_project.run("check").code == 0


def test_the_project_returns_the_json_report(claimcheck_project) -> None:
    claimcheck_project.write("a.md", TEXT)
    report = claimcheck_project.json("check", "a.md")
    (finding,) = report["findings"]
    assert (finding["code"], finding["start"]["line"], finding["start"]["column"]) == ("PS201", 1, 24)
    assert finding["fix"]["replacement"] == "Indo-Pacific"
    assert report["summary"]["files"] == 1
    assert claimcheck_project.json()["files"] == ["a.md"]


def test_the_project_reports_errors(claimcheck_project) -> None:
    claimcheck_project.config("unknown-key = 1\n")
    result = claimcheck_project.run("check")
    assert result.code == 2 and "unknown-key" in result.err and result.out == ""
    with pytest.raises(AssertionError, match="exited 2"):
        claimcheck_project.json("check")


def test_the_project_runs_other_commands(claimcheck_project) -> None:
    result = claimcheck_project.run("rule", "PS201")
    assert result.code == 0 and "indo-pacific" in result.out
    assert claimcheck_project.run("rules", "--selftest", "policy-style").code == 0


def test_a_plugin_author_gets_the_fixtures_without_a_conftest(tmp_path: Path) -> None:
    """What a plugin's own test suite sees: the fixtures come from the installed entry point."""
    (tmp_path / "test_mine.py").write_text(
        textwrap.dedent(
            """\
            def test_project(claimcheck_project):
                claimcheck_project.write("a.md", "In the Asia-Pacific.\\n")
                assert claimcheck_project.json()["summary"]["findings"] == 1

            def test_tester(rule_tester):
                from claimcheck.testing import bundled_pack
                rule_tester(bundled_pack("policy-style")).assert_finds("In the Asia-Pacific.", "PS201", at="Asia-Pacific")
            """
        ),
        encoding="utf-8",
    )
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path / "test_mine.py")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "2 passed" in completed.stdout
