"""Rule selection: ruff's select / extend-select / ignore precedence, ``[rules.CODE]``, unknown selectors."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import pytest

from claimcheck.config import RuleSettings, Settings, load_settings
from claimcheck.errors import ConfigError
from claimcheck.finding import Severity
from claimcheck.rules.model import Rule, Scope
from claimcheck.selection import check_selectors, select_rules


class SilentChecker:
    prefilter: Sequence[str] = ()

    def check(self, document: Any, spans: Sequence[Any]) -> list[Any]:
        return []


def rule(code: str, alias: str, severity: Severity = Severity.ERROR) -> Rule:
    return Rule(
        code=code,
        alias=alias,
        type="existence",
        severity=severity,
        message="{match}",
        scope=Scope.SENTENCE,
        checker=SilentChecker(),
    )


RULES = [
    rule("PS101", "overconfident-wording"),
    rule("PS102", "vague-quantifier", Severity.WARNING),
    rule("PS201", "undefined-acronym"),
    rule("PS1001", "long-sentence", Severity.INFO),
    rule("NJ101", "missing-criterion"),
    rule("NJ201", "wrong-claim"),
]


def codes(settings: Settings, **kwargs: Any) -> list[str]:
    return [selected.code for selected in select_rules(RULES, settings, **kwargs)]


def make(**kwargs: Any) -> Settings:
    return Settings(root=Path("."), **kwargs)


class TestSelectRules:
    def test_nothing_selected_means_every_rule(self) -> None:
        assert codes(make()) == [r.code for r in RULES]

    def test_empty_select_means_none(self) -> None:
        assert codes(make(select=())) == []

    def test_all(self) -> None:
        assert codes(make(select=("ALL",))) == [r.code for r in RULES]

    @pytest.mark.parametrize(
        ("select", "expected"),
        [
            (("PS",), ["PS101", "PS102", "PS201", "PS1001"]),
            (("PS1",), ["PS101", "PS102", "PS1001"]),
            (("PS10",), ["PS101", "PS102", "PS1001"]),
            (("PS101",), ["PS101"]),  # a full code is not a prefix of PS1001's selection
            (("overconfident-wording",), ["PS101"]),
            (("NJ2", "vague-quantifier"), ["PS102", "NJ201"]),
            (("ps",), []),  # codes are case-sensitive
        ],
    )
    def test_selectors(self, select: tuple[str, ...], expected: list[str]) -> None:
        assert codes(make(select=select)) == expected

    def test_order_of_rules_is_kept(self) -> None:
        assert codes(make(select=("NJ", "PS2"))) == ["PS201", "NJ101", "NJ201"]

    def test_extend_select_adds_to_select(self) -> None:
        assert codes(make(select=("NJ",), extend_select=("PS2",))) == ["PS201", "NJ101", "NJ201"]

    def test_extend_select_with_nothing_selected(self) -> None:
        assert codes(make(extend_select=("PS2",))) == [r.code for r in RULES]

    def test_ignore_removes(self) -> None:
        assert codes(make(ignore=("PS",))) == ["NJ101", "NJ201"]

    def test_more_specific_ignore_wins(self) -> None:
        assert codes(make(select=("PS",), ignore=("PS1",))) == ["PS201"]

    def test_more_specific_select_wins(self) -> None:
        assert codes(make(select=("PS101",), ignore=("PS",))) == ["PS101"]
        assert codes(make(select=("PS10",), ignore=("PS",))) == ["PS101", "PS102", "PS1001"]

    def test_alias_beats_prefix(self) -> None:
        assert codes(make(ignore=("PS",), extend_select=("overconfident-wording",))) == ["PS101", "NJ101", "NJ201"]
        assert codes(make(select=("PS",), ignore=("vague-quantifier",))) == ["PS101", "PS201", "PS1001"]

    def test_full_code_beats_long_prefix(self) -> None:
        assert codes(make(select=("PS1001",), ignore=("PS100",))) == ["PS1001"]

    def test_all_is_least_specific(self) -> None:
        assert codes(make(select=("PS",), ignore=("ALL",))) == ["PS101", "PS102", "PS201", "PS1001"]
        assert codes(make(select=("ALL",), ignore=("NJ",))) == ["PS101", "PS102", "PS201", "PS1001"]

    def test_tie_goes_to_ignore(self) -> None:
        assert codes(make(select=("PS",), ignore=("PS",))) == []
        assert codes(make(select=("PS101",), ignore=("PS101",))) == []
        assert codes(make(select=("PS101",), ignore=("overconfident-wording",))) == []
        assert codes(make(select=("ALL",), ignore=("ALL",))) == []

    def test_most_specific_of_several_selectors_counts(self) -> None:
        assert codes(make(select=("PS", "PS101"), ignore=("PS1",))) == ["PS101", "PS201"]

    def test_extra_ignored_removes_whatever_was_selected(self) -> None:
        settings = make(select=("PS101", "NJ"))
        assert codes(settings, ignored=("PS",)) == ["NJ101", "NJ201"]
        assert codes(settings, ignored=("ALL",)) == []
        assert codes(make(rules={"PS101": RuleSettings(enabled=True)}, select=()), ignored=("PS101",)) == []


class TestRuleTables:
    def test_enabled_false_removes(self) -> None:
        settings = make(rules={"PS101": RuleSettings(enabled=False), "wrong-claim": RuleSettings(enabled=False)})
        assert codes(settings) == ["PS102", "PS201", "PS1001", "NJ101"]

    def test_enabled_false_even_when_selected_by_code(self) -> None:
        assert codes(make(select=("PS101",), rules={"PS101": RuleSettings(enabled=False)})) == []

    def test_enabled_true_adds_an_unselected_rule(self) -> None:
        settings = make(select=("NJ",), ignore=("PS",), rules={"PS201": RuleSettings(enabled=True)})
        assert codes(settings) == ["PS201", "NJ101", "NJ201"]

    def test_severity_is_replaced(self) -> None:
        settings = make(select=("PS1",), rules={"vague-quantifier": RuleSettings(severity=Severity.ERROR)})
        selected = {r.code: r for r in select_rules(RULES, settings)}
        assert selected["PS102"].severity is Severity.ERROR
        assert selected["PS101"].severity is Severity.ERROR
        assert selected["PS1001"].severity is Severity.INFO
        assert RULES[1].severity is Severity.WARNING  # the original rule is untouched
        assert selected["PS102"].alias == "vague-quantifier"

    def test_severity_does_not_select(self) -> None:
        settings = make(select=("NJ",), rules={"PS101": RuleSettings(severity=Severity.INFO)})
        assert codes(settings) == ["NJ101", "NJ201"]

    def test_code_table_wins_over_alias_table(self) -> None:
        settings = make(
            rules={
                "PS101": RuleSettings(severity=Severity.INFO),
                "overconfident-wording": RuleSettings(severity=Severity.WARNING, enabled=False),
            }
        )
        assert codes(settings, ignored=()) == ["PS102", "PS201", "PS1001", "NJ101", "NJ201"]
        settings = make(
            rules={
                "PS101": RuleSettings(severity=Severity.INFO, enabled=True),
                "overconfident-wording": RuleSettings(severity=Severity.WARNING, enabled=False),
            }
        )
        (ps101,) = [r for r in select_rules(RULES, settings) if r.code == "PS101"]
        assert ps101.severity is Severity.INFO

    def test_from_a_config_file(self, tmp_path: Path) -> None:
        path = tmp_path / "claimcheck.toml"
        path.write_text(
            'select = ["PS"]\nignore = ["PS1"]\n[rules.PS102]\nenabled = true\nseverity = "info"\n', encoding="utf-8"
        )
        selected = select_rules(RULES, load_settings(path))
        assert [(r.code, r.severity) for r in selected] == [("PS102", Severity.INFO), ("PS201", Severity.ERROR)]


class TestCheckSelectors:
    def write(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Settings:
        monkeypatch.chdir(tmp_path)
        (tmp_path / "claimcheck.toml").write_text(text, encoding="utf-8")
        return load_settings(Path("claimcheck.toml"))

    def error(self, settings: Settings) -> str:
        with pytest.raises(ConfigError) as caught:
            check_selectors(settings, RULES)
        return str(caught.value)

    def test_known_selectors_pass(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        settings = self.write(
            tmp_path,
            monkeypatch,
            'select = ["ALL", "PS", "PS1", "PS101", "overconfident-wording"]\nextend-select = ["NJ"]\n'
            'ignore = ["PS100"]\n[per-file-ignores]\n"*.md" = ["NJ2"]\n'
            "[rules.PS101]\nenabled = false\n[rules.wrong-claim]\nenabled = true\n",
        )
        check_selectors(settings, RULES)
        check_selectors(settings.with_overrides(select=["NJ1"], ignore=["long-sentence"]), RULES)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            (
                'ignore = ["PS999"]\n',
                "claimcheck.toml: 'ignore' names unknown rule 'PS999' (did you mean 'PS101'?)",
            ),
            (
                'select = ["ps1"]\n',
                "claimcheck.toml: 'select' names unknown rule 'ps1' (did you mean 'PS1'?)",
            ),
            (
                'extend-select = ["overconfident-wordin"]\n',
                "claimcheck.toml: 'extend-select' names unknown rule 'overconfident-wordin' "
                "(did you mean 'overconfident-wording'?)",
            ),
            (
                'select = ["XY1"]\n',
                "claimcheck.toml: 'select' names unknown rule 'XY1'",
            ),
            (
                'select = [""]\n',
                "claimcheck.toml: 'select' names unknown rule ''",
            ),
            (
                '[per-file-ignores]\n"drafts/*.md" = ["NJ301"]\n',
                "claimcheck.toml: 'per-file-ignores.\"drafts/*.md\"' names unknown rule 'NJ301' "
                "(did you mean 'NJ101'?)",
            ),
            (
                "[rules.PS109]\nenabled = false\n",
                "claimcheck.toml: 'rules.PS109' names unknown rule 'PS109' (did you mean 'PS101'?)",
            ),
            (
                "[rules.wrong-clam]\nenabled = false\n",
                "claimcheck.toml: 'rules.wrong-clam' names unknown rule 'wrong-clam' (did you mean 'wrong-claim'?)",
            ),
            (
                '[rules.PS1]\nseverity = "info"\n',
                "claimcheck.toml: 'rules.PS1' must name one rule by its full code or alias, got 'PS1'",
            ),
        ],
    )
    def test_unknown_in_a_file(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, message: str
    ) -> None:
        assert self.error(self.write(tmp_path, monkeypatch, text)) == message

    def test_names_the_base_file_for_extended_keys(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        (tmp_path / "base.toml").write_text('ignore = ["PS999"]\n', encoding="utf-8")
        settings = self.write(tmp_path, monkeypatch, 'extend = "base.toml"\nselect = ["PS"]\n')
        assert self.error(settings) == "base.toml: 'ignore' names unknown rule 'PS999' (did you mean 'PS101'?)"

    def test_command_line(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        settings = self.write(tmp_path, monkeypatch, 'select = ["PS"]\nignore = ["PS2"]\n')
        assert self.error(settings.with_overrides(select=["QQ"])) == "command line: '--select' names unknown rule 'QQ'"
        assert (
            self.error(settings.with_overrides(ignore=["NJ9"]))
            == "command line: '--ignore' names unknown rule 'NJ9' (did you mean 'NJ101'?)"
        )
        assert (
            self.error(settings.with_overrides(extend_select=["PS3"]))
            == "command line: '--extend-select' names unknown rule 'PS3' (did you mean 'PS101'?)"
        )

    def test_config_value_still_named_after_command_line_addition(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        settings = self.write(tmp_path, monkeypatch, 'ignore = ["PS9"]\n').with_overrides(ignore=["PS1"])
        assert self.error(settings).startswith("claimcheck.toml: 'ignore' names unknown rule 'PS9'")

    def test_without_config_file(self) -> None:
        with pytest.raises(ConfigError, match=r"^command line: '--select' names unknown rule 'Z'$"):
            check_selectors(make().with_overrides(select=["Z"]), RULES)
