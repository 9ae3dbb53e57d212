"""Configuration: where it is found, how ``extend`` merges, and what each mistake says."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from claimcheck.config import (
    DEFAULT_EXCLUDE,
    RuleSettings,
    Settings,
    default_settings,
    find_config_file,
    load_settings,
    settings_to_toml,
)
from claimcheck.errors import ConfigError, UsageError
from claimcheck.finding import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in ``tmp_path`` so that messages show the short, relative paths a user would type."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def error_of(path: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_settings(Path(path))
    return str(caught.value)


# --- discovery ----------------------------------------------------------------------------------


class TestFindConfigFile:
    def test_none_when_there_is_no_config(self, tmp_path: Path) -> None:
        (tmp_path / "docs").mkdir()
        found = find_config_file(tmp_path / "docs")
        assert found is None or not found.is_relative_to(tmp_path)

    def test_dot_file_comes_before_plain_name_and_pyproject(self, tmp_path: Path) -> None:
        write(tmp_path / "pyproject.toml", "[tool.claimcheck]\n")
        write(tmp_path / "claimcheck.toml", "")
        assert find_config_file(tmp_path) == tmp_path / "claimcheck.toml"
        write(tmp_path / ".claimcheck.toml", "")
        assert find_config_file(tmp_path) == tmp_path / ".claimcheck.toml"

    def test_pyproject_with_the_table_is_used(self, tmp_path: Path) -> None:
        write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nselect = ['PS']\n")
        assert find_config_file(tmp_path) == tmp_path / "pyproject.toml"

    def test_pyproject_without_the_table_is_skipped_and_the_search_goes_on(self, tmp_path: Path) -> None:
        write(tmp_path / "claimcheck.toml", "")
        write(tmp_path / "project" / "pyproject.toml", "[tool.black]\nline-length = 100\n")
        assert find_config_file(tmp_path / "project") == tmp_path / "claimcheck.toml"

    def test_nearest_wins(self, tmp_path: Path) -> None:
        write(tmp_path / ".claimcheck.toml", "")
        write(tmp_path / "a" / "claimcheck.toml", "")
        deep = tmp_path / "a" / "b" / "c"
        deep.mkdir(parents=True)
        assert find_config_file(deep) == tmp_path / "a" / "claimcheck.toml"
        assert find_config_file(tmp_path / "a") == tmp_path / "a" / "claimcheck.toml"
        assert find_config_file(tmp_path) == tmp_path / ".claimcheck.toml"

    def test_a_file_starts_from_its_directory(self, tmp_path: Path) -> None:
        write(tmp_path / "claimcheck.toml", "")
        document = write(tmp_path / "docs" / "policy.md", "# Policy\n")
        write(tmp_path / "docs" / "sub" / "claimcheck.toml", "")
        assert find_config_file(document) == tmp_path / "claimcheck.toml"

    def test_relative_start(self, in_tmp: Path) -> None:
        write(in_tmp / "claimcheck.toml", "")
        (in_tmp / "docs").mkdir()
        assert find_config_file(Path("docs")) == in_tmp / "claimcheck.toml"

    def test_broken_pyproject_on_the_way_is_an_error(self, in_tmp: Path) -> None:
        write(in_tmp / "pyproject.toml", "[tool.claimcheck\n")
        with pytest.raises(ConfigError, match=r"pyproject.toml: invalid TOML: "):
            find_config_file(in_tmp)


# --- loading ------------------------------------------------------------------------------------


class TestLoadSettings:
    def test_defaults(self, tmp_path: Path) -> None:
        settings = default_settings(tmp_path)
        assert settings.select is None
        assert settings.extend_select == settings.ignore == settings.include == ()
        assert settings.exclude == DEFAULT_EXCLUDE
        assert ".git" in DEFAULT_EXCLUDE and "node_modules" in DEFAULT_EXCLUDE
        assert settings.fail_on == "error"
        assert dict(settings.rules) == {} and dict(settings.per_file_ignores) == {}
        assert settings.config_file is None
        assert settings.root == tmp_path
        assert dict(settings.origins) == {}

    def test_every_key(self, in_tmp: Path) -> None:
        path = write(
            in_tmp / "conf" / "claimcheck.toml",
            """
            select = ["PS", "NJ101"]
            extend-select = ["overconfident-wording"]
            ignore = ["PS2"]
            include = ["docs/**/*.md"]
            exclude = ["archive"]
            rule-packs = ["packs/house", "/opt/packs/shared"]
            plugins = ["./local_plugin.py", "helper.py", "claimcheck_docx"]
            fail-on = "warning"

            [per-file-ignores]
            "drafts/*.md" = ["PS101"]

            [rules.PS101]
            severity = "info"
            enabled = true

            [rules.overconfident-wording]
            enabled = false
            """.replace("            ", ""),
        )
        settings = load_settings(path)
        conf = in_tmp / "conf"
        assert settings.select == ("PS", "NJ101")
        assert settings.extend_select == ("overconfident-wording",)
        assert settings.ignore == ("PS2",)
        assert settings.include == ("docs/**/*.md",)
        assert settings.exclude == ("archive",)
        assert settings.rule_packs == (conf / "packs" / "house", Path("/opt/packs/shared"))
        assert settings.plugins == (str(conf / "local_plugin.py"), str(conf / "helper.py"), "claimcheck_docx")
        assert settings.fail_on == "warning"
        assert dict(settings.per_file_ignores) == {"drafts/*.md": ("PS101",)}
        assert dict(settings.rules) == {
            "PS101": RuleSettings(severity=Severity.INFO, enabled=True),
            "overconfident-wording": RuleSettings(severity=None, enabled=False),
        }
        assert settings.config_file == path
        assert settings.root == conf
        assert settings.origins["select"] == path
        assert settings.origins["rules.PS101"] == path
        assert "extend" not in settings.origins

    def test_relative_paths_resolve_against_the_config_directory(self, in_tmp: Path) -> None:
        path = write(in_tmp / "a" / "b" / ".claimcheck.toml", 'rule-packs = ["../packs"]\nplugins = ["../p.py"]\n')
        settings = load_settings(Path("a/b/.claimcheck.toml"))
        assert settings.rule_packs == (in_tmp / "a" / "packs",)
        assert settings.plugins == (str(in_tmp / "a" / "p.py"),)
        assert settings.root == path.parent

    def test_pyproject_reads_its_table(self, in_tmp: Path) -> None:
        write(in_tmp / "pyproject.toml", '[project]\nname = "x"\n\n[tool.claimcheck]\nignore = ["PS101"]\n')
        settings = load_settings(Path("pyproject.toml"))
        assert settings.ignore == ("PS101",)
        assert settings.origins == {"ignore": Path("pyproject.toml")}

    def test_pyproject_without_the_table(self, in_tmp: Path) -> None:
        write(in_tmp / "pyproject.toml", '[project]\nname = "x"\n')
        assert error_of("pyproject.toml") == "pyproject.toml: has no [tool.claimcheck] table"


class TestExtend:
    def test_keys_override_the_base_key_by_key(self, in_tmp: Path) -> None:
        write(in_tmp / "base.toml", 'select = ["PS"]\nignore = ["PS2"]\nfail-on = "info"\n')
        write(in_tmp / "project" / "claimcheck.toml", 'extend = "../base.toml"\nignore = ["PS3"]\n')
        settings = load_settings(Path("project/claimcheck.toml"))
        assert settings.select == ("PS",)
        assert settings.ignore == ("PS3",)
        assert settings.fail_on == "info"
        assert settings.origins["select"] == Path("project/../base.toml")
        assert settings.origins["ignore"] == Path("project/claimcheck.toml")
        assert settings.config_file == Path("project/claimcheck.toml")
        assert settings.root == in_tmp / "project"

    def test_rules_merge_per_code_and_per_key(self, in_tmp: Path) -> None:
        write(
            in_tmp / "base.toml",
            '[rules.PS101]\nseverity = "info"\nenabled = false\n\n[rules.PS102]\nseverity = "warning"\n',
        )
        write(
            in_tmp / "claimcheck.toml",
            'extend = "base.toml"\n\n[rules.PS101]\nenabled = true\n\n[rules.PS103]\nenabled = false\n',
        )
        settings = load_settings(Path("claimcheck.toml"))
        assert dict(settings.rules) == {
            "PS101": RuleSettings(severity=Severity.INFO, enabled=True),
            "PS102": RuleSettings(severity=Severity.WARNING),
            "PS103": RuleSettings(enabled=False),
        }
        assert settings.origins["rules.PS101"] == Path("claimcheck.toml")
        assert settings.origins["rules.PS102"] == Path("base.toml")

    def test_chain_and_pyproject_base(self, in_tmp: Path) -> None:
        write(in_tmp / "pyproject.toml", '[tool.claimcheck]\nselect = ["NJ"]\nrule-packs = ["packs"]\n')
        write(in_tmp / "shared" / "mid.toml", 'extend = "../pyproject.toml"\nignore = ["NJ1"]\n')
        write(in_tmp / "sub" / ".claimcheck.toml", 'extend = "../shared/mid.toml"\nfail-on = "never"\n')
        settings = load_settings(Path("sub/.claimcheck.toml"))
        assert settings.select == ("NJ",)
        assert settings.ignore == ("NJ1",)
        assert settings.fail_on == "never"
        # Paths in a base resolve against the base's own directory.
        assert settings.rule_packs == (in_tmp / "packs",)

    def test_absolute_extend(self, in_tmp: Path) -> None:
        base = write(in_tmp / "elsewhere" / "base.toml", 'select = ["PS"]\n')
        write(in_tmp / "claimcheck.toml", f"extend = {str(base)!r}\n")
        assert load_settings(Path("claimcheck.toml")).select == ("PS",)

    def test_extended_pyproject_without_table(self, in_tmp: Path) -> None:
        write(in_tmp / "pyproject.toml", "[project]\n")
        write(in_tmp / "claimcheck.toml", 'extend = "pyproject.toml"\n')
        assert error_of("claimcheck.toml") == "pyproject.toml: has no [tool.claimcheck] table"

    def test_missing_base_names_the_file_that_extends_it(self, in_tmp: Path) -> None:
        write(in_tmp / "claimcheck.toml", 'extend = "base.toml"\n')
        assert error_of("claimcheck.toml") == "claimcheck.toml: 'extend' names base.toml, which does not exist"

    def test_cycle(self, in_tmp: Path) -> None:
        write(in_tmp / "a.toml", 'extend = "b.toml"\n')
        write(in_tmp / "b.toml", 'extend = "a.toml"\n')
        assert error_of("a.toml") == "b.toml: 'extend' makes a cycle: a.toml -> b.toml -> a.toml"

    def test_self_extension_is_a_cycle(self, in_tmp: Path) -> None:
        write(in_tmp / "claimcheck.toml", 'extend = "./claimcheck.toml"\n')
        assert error_of("claimcheck.toml") == (
            "claimcheck.toml: 'extend' makes a cycle: claimcheck.toml -> claimcheck.toml"
        )

    def test_extend_must_be_a_string(self, in_tmp: Path) -> None:
        write(in_tmp / "claimcheck.toml", 'extend = ["base.toml"]\n')
        assert error_of("claimcheck.toml") == "claimcheck.toml: 'extend' must be a path (string), got list"

    def test_errors_in_the_base_name_the_base(self, in_tmp: Path) -> None:
        write(in_tmp / "base.toml", 'selct = ["PS"]\n')
        write(in_tmp / "claimcheck.toml", 'extend = "base.toml"\n')
        assert error_of("claimcheck.toml") == "base.toml: key 'selct' is unknown (did you mean 'select'?)"


class TestErrors:
    @pytest.mark.parametrize(
        ("name", "text", "message"),
        [
            (
                "pyproject.toml",
                '[tool.claimcheck]\nselct = ["PS"]\n',
                "pyproject.toml: [tool.claimcheck] key 'selct' is unknown (did you mean 'select'?)",
            ),
            (
                "claimcheck.toml",
                'selct = ["PS"]\n',
                "claimcheck.toml: key 'selct' is unknown (did you mean 'select'?)",
            ),
            (
                "claimcheck.toml",
                "colour = true\n",
                "claimcheck.toml: key 'colour' is unknown (expected one of select, extend-select, ignore, "
                "include, exclude, respect-gitignore, inline-config, text-directives, cache, per-file-ignores, "
                "rule-packs, plugins, fail-on, rules, extend, extensions, readers, cache-dir, file-timeout)",
            ),
            (
                "claimcheck.toml",
                'fail-on = "fatal"\n',
                "claimcheck.toml: 'fail-on' must be one of \"error\", \"warning\", \"info\", \"never\", got \"fatal\"",
            ),
            (
                "claimcheck.toml",
                "fail-on = 1\n",
                "claimcheck.toml: 'fail-on' must be one of \"error\", \"warning\", \"info\", \"never\", got int",
            ),
            (
                ".claimcheck.toml",
                'select = "PS101"\n',
                ".claimcheck.toml: 'select' must be a list of strings, got str",
            ),
            (
                ".claimcheck.toml",
                "ignore = [101]\n",
                ".claimcheck.toml: 'ignore' must be a list of strings, got a list with int",
            ),
            (
                "claimcheck.toml",
                'plugins = "x.py"\n',
                "claimcheck.toml: 'plugins' must be a list of strings, got str",
            ),
            (
                "claimcheck.toml",
                'rule-packs = "packs"\n',
                "claimcheck.toml: 'rule-packs' must be a list of strings, got str",
            ),
            (
                "claimcheck.toml",
                'per-file-ignores = ["*.md"]\n',
                "claimcheck.toml: 'per-file-ignores' must be a table of glob = [codes], got list",
            ),
            (
                "claimcheck.toml",
                '[per-file-ignores]\n"*.md" = "PS101"\n',
                "claimcheck.toml: 'per-file-ignores.\"*.md\"' must be a list of strings, got str",
            ),
            (
                "claimcheck.toml",
                'rules = ["PS101"]\n',
                "claimcheck.toml: 'rules' must be a table of [rules.CODE] tables, got list",
            ),
            (
                "claimcheck.toml",
                '[rules]\nPS101 = "off"\n',
                "claimcheck.toml: 'rules.PS101' must be a table, got str",
            ),
            (
                "claimcheck.toml",
                '[rules.PS101]\nsevrity = "info"\n',
                "claimcheck.toml: [rules.PS101] key 'sevrity' is unknown (did you mean 'severity'?)",
            ),
            (
                "pyproject.toml",
                '[tool.claimcheck.rules.PS101]\nenable = false\n',
                "pyproject.toml: [tool.claimcheck.rules.PS101] key 'enable' is unknown (did you mean 'enabled'?)",
            ),
            (
                "claimcheck.toml",
                '[rules.PS101]\nseverity = "bad"\n',
                "claimcheck.toml: 'rules.PS101.severity' must be one of \"error\", \"warning\", \"info\", got \"bad\"",
            ),
            (
                "claimcheck.toml",
                '[rules.PS101]\nenabled = "yes"\n',
                "claimcheck.toml: 'rules.PS101.enabled' must be true or false, got str",
            ),
            (
                "pyproject.toml",
                "[tool]\nclaimcheck = 3\n",
                "pyproject.toml: 'tool.claimcheck' must be a table, got int",
            ),
        ],
    )
    def test_message(self, in_tmp: Path, name: str, text: str, message: str) -> None:
        write(in_tmp / name, text)
        assert error_of(name) == message

    def test_invalid_toml(self, in_tmp: Path) -> None:
        text = "select = [PS101]\n"
        write(in_tmp / "claimcheck.toml", text)
        with pytest.raises(tomllib.TOMLDecodeError) as expected:
            tomllib.loads(text)
        assert error_of("claimcheck.toml") == f"claimcheck.toml: invalid TOML: {expected.value}"

    def test_not_utf8(self, in_tmp: Path) -> None:
        (in_tmp / "claimcheck.toml").write_bytes(b'select = ["\xff"]\n')
        assert error_of("claimcheck.toml") == "claimcheck.toml: invalid TOML: the file is not UTF-8"

    def test_unreadable(self, in_tmp: Path) -> None:
        (in_tmp / "claimcheck.toml").mkdir()
        assert error_of("claimcheck.toml").startswith("claimcheck.toml: cannot read: ")

    def test_is_a_config_error_not_a_traceback_kind(self, in_tmp: Path) -> None:
        write(in_tmp / "claimcheck.toml", "select = 1\n")
        with pytest.raises(ConfigError):
            load_settings(Path("claimcheck.toml"))


# --- command-line overrides -----------------------------------------------------------------------


class TestWithOverrides:
    def settings(self, in_tmp: Path) -> Settings:
        write(
            in_tmp / "claimcheck.toml",
            'select = ["PS"]\nextend-select = ["NJ1"]\nignore = ["PS2"]\nfail-on = "warning"\n',
        )
        return load_settings(Path("claimcheck.toml"))

    def test_nothing_given_changes_nothing(self, in_tmp: Path) -> None:
        settings = self.settings(in_tmp)
        assert settings.with_overrides() == settings

    def test_select_and_fail_on_replace(self, in_tmp: Path) -> None:
        settings = self.settings(in_tmp).with_overrides(select=["NJ"], fail_on="never")
        assert settings.select == ("NJ",)
        assert settings.fail_on == "never"
        assert "select" not in settings.origins and "fail-on" not in settings.origins
        assert settings.command_line["select"] == ("NJ",)

    def test_extend_select_and_ignore_add(self, in_tmp: Path) -> None:
        settings = self.settings(in_tmp).with_overrides(extend_select=["NJ2"], ignore=["PS3", "PS4"])
        assert settings.select == ("PS",)
        assert settings.extend_select == ("NJ1", "NJ2")
        assert settings.ignore == ("PS2", "PS3", "PS4")
        assert settings.origins["ignore"] == Path("claimcheck.toml")
        assert settings.command_line == {"extend-select": ("NJ2",), "ignore": ("PS3", "PS4")}

    def test_empty_select_selects_nothing(self, tmp_path: Path) -> None:
        assert default_settings(tmp_path).with_overrides(select=[]).select == ()

    def test_bad_fail_on(self, tmp_path: Path) -> None:
        with pytest.raises(UsageError, match=r"--fail-on must be one of .*got 'fatal'"):
            default_settings(tmp_path).with_overrides(fail_on="fatal")


# --- per-file-ignores -----------------------------------------------------------------------------


class TestIgnoredCodes:
    def settings(self, root: Path) -> Settings:
        return Settings(
            root=root,
            per_file_ignores={
                "drafts/*.md": ("PS101",),
                "*.txt": ("PS102", "PS101"),
                "archive": ("ALL",),
                "./notes/readme.md": ("NJ1",),
            },
        )

    @pytest.mark.parametrize(
        ("relative", "codes"),
        [
            ("drafts/plan.md", ("PS101",)),
            ("drafts/deep/plan.md", ("PS101",)),  # fnmatch's * crosses /
            ("other/drafts/plan.md", ()),
            ("drafts/plan.txt", ("PS102", "PS101")),
            ("deep/down/notes.txt", ("PS102", "PS101")),
            ("archive/2020/old.md", ("ALL",)),
            ("notes/readme.md", ("NJ1",)),
            ("policy.md", ()),
        ],
    )
    def test_globs(self, tmp_path: Path, relative: str, codes: tuple[str, ...]) -> None:
        settings = self.settings(tmp_path)
        assert settings.ignored_codes(tmp_path / relative) == codes

    def test_codes_are_not_repeated(self, tmp_path: Path) -> None:
        settings = self.settings(tmp_path)
        assert settings.ignored_codes(tmp_path / "drafts" / "x.txt") == ("PS102", "PS101")

    def test_relative_path_against_relative_root(self, in_tmp: Path) -> None:
        settings = self.settings(Path("."))
        assert settings.ignored_codes(Path("drafts/plan.md")) == ("PS101",)

    def test_root_from_config_file(self, in_tmp: Path) -> None:
        write(in_tmp / "site" / "claimcheck.toml", '[per-file-ignores]\n"drafts/*.md" = ["PS101"]\n')
        settings = load_settings(Path("site/claimcheck.toml"))
        assert settings.ignored_codes(Path("site/drafts/a.md")) == ("PS101",)
        assert settings.ignored_codes(in_tmp / "site" / "drafts" / "a.md") == ("PS101",)
        assert settings.ignored_codes(Path("drafts/a.md")) == ()

    def test_path_outside_root_still_matches_by_name(self, tmp_path: Path) -> None:
        settings = self.settings(tmp_path / "project")
        assert settings.ignored_codes(tmp_path / "elsewhere" / "a.txt") == ("PS102", "PS101")

    def test_no_per_file_ignores(self, tmp_path: Path) -> None:
        assert default_settings(tmp_path).ignored_codes(tmp_path / "a.md") == ()


# --- settings_to_toml ---------------------------------------------------------------------------


class TestSettingsToToml:
    def test_round_trip(self, in_tmp: Path) -> None:
        write(
            in_tmp / "claimcheck.toml",
            'select = ["PS", "NJ101"]\nextend-select = ["a-b"]\nignore = ["PS2"]\ninclude = ["docs/*.md"]\n'
            'exclude = ["old"]\nrule-packs = ["packs"]\nplugins = ["./p.py", "mod.name"]\nfail-on = "info"\n'
            '[per-file-ignores]\n"drafts/*.md" = ["PS101"]\n"we\\"ird\\\\ \\u00e9.txt" = []\n'
            '[rules.PS101]\nseverity = "warning"\nenabled = false\n'
            '[rules.overconfident-wording]\nseverity = "error"\n[rules."odd code"]\nenabled = true\n',
        )
        settings = load_settings(Path("claimcheck.toml"))
        text = settings_to_toml(settings)
        assert text.startswith("# resolved from claimcheck.toml\n")
        data = tomllib.loads(text)
        assert data == {
            "select": ["PS", "NJ101"],
            "extend-select": ["a-b"],
            "ignore": ["PS2"],
            "include": ["docs/*.md"],
            "exclude": ["old"],
            "rule-packs": [str(in_tmp / "packs")],
            "plugins": [str(in_tmp / "p.py"), "mod.name"],
            "fail-on": "info",
            "per-file-ignores": {"drafts/*.md": ["PS101"], 'we"ird\\ é.txt': []},
            "extensions": {},
            "respect-gitignore": True,
            "inline-config": True,
            "text-directives": False,
            "cache": True,
            "file-timeout": 60.0,
            "rules": {
                "PS101": {"severity": "warning", "enabled": False},
                "overconfident-wording": {"severity": "error"},
                "odd code": {"enabled": True},
            },
        }
        # Written to a file and read again, it gives the same settings.
        reread = load_settings(write(in_tmp / "out" / "claimcheck.toml", text))
        for name in (
            "select", "extend_select", "ignore", "include", "exclude", "rule_packs", "plugins", "fail_on",
            "file_timeout",
        ):
            assert getattr(reread, name) == getattr(settings, name), name
        assert dict(reread.per_file_ignores) == dict(settings.per_file_ignores)
        assert dict(reread.rules) == dict(settings.rules)

    def test_keys_are_sorted(self, tmp_path: Path) -> None:
        text = settings_to_toml(Settings(root=tmp_path, select=("PS",)))
        keys = [line.split(" = ")[0] for line in text.splitlines() if " = " in line]
        assert keys == sorted(keys)

    def test_defaults(self, tmp_path: Path) -> None:
        text = settings_to_toml(default_settings(tmp_path))
        assert text.splitlines()[0] == "# resolved from defaults"
        data = tomllib.loads(text)
        assert "select" not in data
        assert data["exclude"] == list(DEFAULT_EXCLUDE)
        assert data["fail-on"] == "error"
        assert data["rules"] == {} and data["per-file-ignores"] == {}

    def test_control_characters_are_escaped(self, tmp_path: Path) -> None:
        settings = Settings(root=tmp_path, include=("a\tb\nc\x01\x7f",))
        assert tomllib.loads(settings_to_toml(settings))["include"] == ["a\tb\nc\x01\x7f"]
