"""The examples in the documentation run, so they cannot drift from what claimcheck does.

Every ```toml block of docs/rule-packs.md that holds ``[[rules]]`` is loaded
as a pack and its rules pass their own examples; every ``claimcheck …``
command line of the README (and of the rule-pack guide) names a subcommand
and options the parser knows.
"""

from __future__ import annotations

import argparse
import re
import shlex
import sys
from pathlib import Path

import pytest

from claimcheck.cli import build_parser
from claimcheck.selftest import run_examples
from claimcheck.testing import load_pack_folder

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

REPO = Path(__file__).resolve().parent.parent
RULE_PACKS_DOC = REPO / "docs" / "rule-packs.md"
README = REPO / "README.md"

_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def fenced_blocks(path: Path, language: str) -> list[str]:
    """The bodies of the fenced code blocks of ``path`` in ``language``, in document order."""
    return [body for lang, body in _FENCE.findall(path.read_text(encoding="utf-8")) if lang == language]


def _has_table(block: str, table: str) -> bool:
    return re.search(rf"^\[{re.escape(table)}\]", block, re.MULTILINE) is not None


TOML_BLOCKS = fenced_blocks(RULE_PACKS_DOC, "toml")
RULE_BLOCKS = [(number, block) for number, block in enumerate(TOML_BLOCKS, start=1) if "[[rules]]" in block]
FRAMEWORK_BLOCKS = [block for block in TOML_BLOCKS if _has_table(block, "framework")]
CONFIG_BLOCKS = [block for block in TOML_BLOCKS if block.lstrip().startswith("# claimcheck.toml")]


def _needs_framework(block: str) -> bool:
    """A rule naming a criterion or a fact belongs to a framework pack."""
    rules = tomllib.loads(block).get("rules", [])
    return any("criterion" in rule or "fact" in rule for rule in rules)


def _framework_block() -> str:
    assert len(FRAMEWORK_BLOCKS) == 1, "docs/rule-packs.md should show exactly one [framework] table"
    return FRAMEWORK_BLOCKS[0]


def make_pack(folder: Path, number: int, block: str):
    """The pack a documentation block stands for: its own ``[pack]``, or ``docs-example-N``, with the framework its rules need."""
    folder.mkdir(parents=True)
    header = "" if _has_table(block, "pack") else f'[pack]\nname = "docs-example-{number}"\n\n'
    framework = _framework_block() + "\n" if _needs_framework(block) else ""
    if framework and header == "":
        # A block with its own [pack] cannot take the [framework] table before it; put it after the header table.
        raise AssertionError(f"block {number} has its own [pack] and needs a framework: handle this layout in the test")
    (folder / "pack.toml").write_text(header + framework + block, encoding="utf-8")
    return load_pack_folder(folder)


def test_the_doc_has_the_examples_this_test_expects() -> None:
    assert len(RULE_BLOCKS) >= 9  # the full pack, one per rule type, the coverage rule
    assert len(FRAMEWORK_BLOCKS) == 1
    assert len(CONFIG_BLOCKS) == 1


@pytest.mark.parametrize(("number", "block"), RULE_BLOCKS, ids=[f"block-{number}" for number, _ in RULE_BLOCKS])
def test_each_rule_example_loads_and_passes_its_examples(tmp_path: Path, number: int, block: str) -> None:
    pack = make_pack(tmp_path / "pack", number, block)
    assert pack.rules, f"block {number} declares no rule"
    frameworks = {pack.framework.id: pack.framework} if pack.framework else {}
    failures = [failure.describe() for failure in run_examples(pack.rules, frameworks)]
    assert failures == [], f"docs/rule-packs.md toml block {number}:\n" + "\n".join(failures)


def test_the_coverage_example_is_checked_inside_its_framework(tmp_path: Path) -> None:
    """The coverage example only proves something when its framework's scope fires on its texts."""
    (number, block), = [(number, block) for number, block in RULE_BLOCKS if _needs_framework(block)]
    pack = make_pack(tmp_path / "pack", number, block)
    assert pack.framework is not None and pack.framework.id == "nato-japan"
    assert {rule.framework for rule in pack.rules} == {"nato-japan"}
    assert {rule.criterion for rule in pack.rules} <= set(pack.framework.criteria)


def test_all_the_rule_examples_fit_in_one_pack(tmp_path: Path) -> None:
    """The fragments are "other *.toml files" of the house-rules pack: together their codes and aliases are unique."""
    folder = tmp_path / "house-rules"
    folder.mkdir()
    (full,) = [block for _, block in RULE_BLOCKS if _has_table(block, "pack")]
    (folder / "pack.toml").write_text(full + "\n" + _framework_block(), encoding="utf-8")
    for number, block in RULE_BLOCKS:
        if block is not full:
            (folder / f"rules-{number:02d}.toml").write_text(block, encoding="utf-8")
    pack = load_pack_folder(folder)
    assert len(pack.rules) == sum(block.count("[[rules]]") for _, block in RULE_BLOCKS)
    failures = [failure.describe() for failure in run_examples(pack.rules, {pack.framework.id: pack.framework})]
    assert failures == []


def test_the_config_example_finds_the_pack_and_the_doc_command_selftests_it(claimcheck_project) -> None:
    (config,) = CONFIG_BLOCKS
    (full,) = [block for _, block in RULE_BLOCKS if _has_table(block, "pack")]
    claimcheck_project.config(config)
    claimcheck_project.write("house-rules/pack.toml", full)
    (command,) = [line for block in fenced_blocks(RULE_PACKS_DOC, "sh") for line in block.splitlines() if "--selftest" in line]
    result = claimcheck_project.run(*shlex.split(command)[1:])
    assert result.code == 0, result.out + result.err
    explained = claimcheck_project.run("rule", "HR101")
    assert explained.code == 0 and "no-hedging" in explained.out


# Command lines


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (action,) = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return dict(action.choices)


_OPTIONAL_PLACEHOLDER = re.compile(r"^\[([A-Z]+)…?\]$")


def _variants(words: list[str]) -> list[list[str]]:
    """The command with each optional placeholder (``[PATHS…]``, ``[PACK]``) left out, and given a value."""
    left_out = [word for word in words if not _OPTIONAL_PLACEHOLDER.match(word)]
    given = [_OPTIONAL_PLACEHOLDER.sub(lambda found: found.group(1).lower(), word) for word in words]
    return [left_out, given] if left_out != given else [words]


def command_lines() -> list[tuple[str, str]]:
    """Every line of a ```sh block of the README and the rule-pack guide that runs ``claimcheck``."""
    lines = []
    for path in (README, RULE_PACKS_DOC):
        for block in fenced_blocks(path, "sh"):
            for line in block.splitlines():
                if line.startswith("claimcheck "):
                    lines.append((path.name, line))
    return lines


def inline_commands() -> list[tuple[str, str]]:
    """Every inline code span of the README and the rule-pack guide that is a ``claimcheck`` command."""
    spans = []
    for path in (README, RULE_PACKS_DOC):
        text = _FENCE.sub("", path.read_text(encoding="utf-8"))
        spans.extend((path.name, span) for span in re.findall(r"`(claimcheck [^`]+)`", text))
    return spans


def assert_parses(line: str) -> None:
    words = shlex.split(line, comments=True)
    assert words[0] == "claimcheck"
    subcommands = _subcommands()
    assert words[1] in subcommands, f"{line!r}: unknown subcommand {words[1]!r} (known: {', '.join(subcommands)})"
    for variant in _variants(words[1:]):
        try:
            build_parser().parse_args(variant)
        except SystemExit as exit:
            pytest.fail(f"{line!r}: the parser rejects {' '.join(variant)!r} (exit {exit.code})")


COMMAND_LINES = command_lines()
INLINE_COMMANDS = inline_commands()


def test_the_docs_have_command_lines() -> None:
    assert len(COMMAND_LINES) >= 9
    assert INLINE_COMMANDS


@pytest.mark.parametrize(("doc", "line"), COMMAND_LINES, ids=[line.split("#")[0].strip() for _, line in COMMAND_LINES])
def test_each_documented_command_line_parses(doc: str, line: str) -> None:
    assert_parses(line)


@pytest.mark.parametrize(("doc", "span"), INLINE_COMMANDS, ids=[span for _, span in INLINE_COMMANDS])
def test_each_inline_command_names_known_options(doc: str, span: str) -> None:
    """Prose names commands without their arguments (`claimcheck rule`): only the subcommand and options are checked."""
    words = shlex.split(span)
    subcommands = _subcommands()
    assert words[1] in subcommands, f"{span!r}: unknown subcommand {words[1]!r} (known: {', '.join(subcommands)})"
    known = {option for action in subcommands[words[1]]._actions for option in action.option_strings}
    unknown = [word for word in words[2:] if word.startswith("-") and word != "-" and word.split("=")[0] not in known]
    assert unknown == [], f"{span!r}: options the {words[1]} parser does not know"


def test_the_check_options_table_names_only_real_options() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("### `check` options", 1)[1].split("\n#", 1)[0]
    documented = set()
    for row in section.splitlines():
        if row.startswith("| `"):
            first_cell = row.split(" | ", 1)[0]
            for span in re.findall(r"`([^`]+)`", first_cell):
                documented.update(word.rstrip(",") for word in span.split() if word.startswith("-"))
    known = {option for action in _subcommands()["check"]._actions for option in action.option_strings}
    assert documented, "no option found in the README's check options table"
    assert sorted(documented - known) == []


# Configuration examples of the README


README_TOML = fenced_blocks(README, "toml")


@pytest.mark.parametrize("block", README_TOML, ids=[f"readme-toml-{number}" for number in range(1, len(README_TOML) + 1)])
def test_each_readme_configuration_is_accepted(claimcheck_project, block: str) -> None:
    """The files the configuration example names are made (the house-rules pack of the guide, an empty plugin)."""
    (full,) = [rule_block for _, rule_block in RULE_BLOCKS if _has_table(rule_block, "pack")]
    claimcheck_project.write("house-rules/pack.toml", full)
    claimcheck_project.write("tools/my_plugin.py", '"""A local plugin that implements no hook."""\n')
    claimcheck_project.write("brief.md", "Undoubtedly, in order to win.\n")
    claimcheck_project.config(block)
    shown = claimcheck_project.run("config")
    assert shown.code == 0, shown.err
    checked = claimcheck_project.run("check", "brief.md", "--output-format", "concise")
    assert checked.code in (0, 1), checked.err
    if "[rules.PS101]" in block:  # severity raised to error, fail-on warning, PS202 ignored
        assert checked.code == 1
        assert "brief.md:1:1: PS101 [error]" in checked.out and "PS202" not in checked.out
