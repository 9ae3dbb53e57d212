"""Plugins: entry points of an installed distribution, local files, blocking, and broken plugins."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from conftest import REPO, run_subprocess, write

PLUGIN_SOURCE = textwrap.dedent(
    '''
    """A plugin adding a pack of its own and an output format."""
    from pathlib import Path
    from claimcheck.plugins import hookimpl

    PACK = Path(__file__).parent / "shout_pack"

    class CountReporter:
        name = "count"
        def render(self, report):
            return f"{len(report.findings)} findings\\n"

    @hookimpl
    def claimcheck_rule_packs():
        return [PACK]

    @hookimpl
    def claimcheck_reporters():
        return [CountReporter()]
    '''
)

PACK_TOML = textwrap.dedent(
    '''
    [pack]
    name = "shout"
    [[rules]]
    code = "SH001"
    alias = "no-shouting"
    type = "existence"
    severity = "error"
    message = "Do not write '{match}'."
    tokens = ["shout"]
    examples = { pass = ["calm"], fail = ["shout"] }
    '''
)


def _make_plugin(folder: Path, module: str = "shout_plugin") -> None:
    write(folder / f"{module}.py", PLUGIN_SOURCE)
    write(folder / "shout_pack" / "pack.toml", PACK_TOML)


def _install_distribution(site: Path, *, module: str, entry_point_value: str, name: str = "claimcheck-shout") -> None:
    """Install a distribution the way pip leaves it: a .dist-info folder with entry_points.txt."""
    info = site / f"{name.replace('-', '_')}-1.2.3.dist-info"
    write(info / "METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.2.3\n")
    write(info / "entry_points.txt", f"[claimcheck]\nshout = {entry_point_value}\n")
    write(info / "RECORD", "")


def _env(site: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(REPO / "src"), env.get("PYTHONPATH", "")])
    return env


def test_entry_point_plugin_adds_rules_and_a_format(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _make_plugin(site)
    _install_distribution(site, module="shout_plugin", entry_point_value="shout_plugin")
    write(tmp_path / "doc.md", "We shout here.\n")

    result = run_subprocess("check", "doc.md", "--output-format", "concise", "--isolated", cwd=tmp_path, env=_env(site))
    assert result.out == "doc.md:1:4: SH001 [error] Do not write 'shout'.\n"
    assert result.code == 1

    counted = run_subprocess("check", "doc.md", "--output-format", "count", "--isolated", cwd=tmp_path, env=_env(site))
    assert counted.out == "1 findings\n"

    listed = run_subprocess("plugins", "--isolated", cwd=tmp_path, env=_env(site))
    assert "shout  (claimcheck-shout 1.2.3)  hooks: claimcheck_reporters, claimcheck_rule_packs" in listed.out

    blocked = run_subprocess("check", "doc.md", "-p", "no:shout", "--isolated", "--output-format", "concise", cwd=tmp_path, env=_env(site))
    assert (blocked.code, blocked.out) == (0, "")


def test_entry_point_that_fails_to_import_stops_the_run_naming_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    write(site / "broken_plugin.py", "import not_a_module_anywhere\n")
    _install_distribution(site, module="broken_plugin", entry_point_value="broken_plugin", name="claimcheck-broken")
    write(tmp_path / "doc.md", "Text.\n")

    result = run_subprocess("check", "doc.md", "--isolated", cwd=tmp_path, env=_env(site))
    assert result.code == 2
    assert "plugin 'shout' (claimcheck-broken) failed to import: ModuleNotFoundError: No module named 'not_a_module_anywhere'" in result.err
    assert "Traceback" not in result.err


def test_local_plugin_from_config(cli, tmp_path: Path) -> None:
    _make_plugin(tmp_path / "tools")
    write(tmp_path / "claimcheck.toml", 'plugins = ["./tools/shout_plugin.py"]\n')
    write(tmp_path / "doc.md", "# Title\n\nThey shout.\n")

    result = cli("check", "doc.md", "--output-format", "concise")
    assert (result.code, result.out) == (1, "doc.md:3:6: SH001 [error] Do not write 'shout'.\n")

    blocked = cli("check", "doc.md", "--output-format", "concise", "-p", "no:shout_plugin")
    assert (blocked.code, blocked.out) == (0, "")


def test_local_plugin_that_raises_on_import(cli, tmp_path: Path) -> None:
    write(tmp_path / "bad.py", "raise RuntimeError('boom')\n")
    write(tmp_path / "claimcheck.toml", 'plugins = ["bad.py"]\n')
    write(tmp_path / "doc.md", "Text.\n")

    result = cli("check", "doc.md")
    assert result.code == 2
    assert result.err.startswith("claimcheck: error: plugin ")
    assert "bad.py failed to import: RuntimeError: boom" in result.err


def test_missing_local_plugin_file(cli, tmp_path: Path) -> None:
    write(tmp_path / "claimcheck.toml", 'plugins = ["./nowhere.py"]\n')
    write(tmp_path / "doc.md", "Text.\n")
    result = cli("check", "doc.md")
    assert result.code == 2
    assert "nowhere.py does not exist" in result.err


def test_plugin_with_unknown_hook_is_named(cli, tmp_path: Path) -> None:
    write(
        tmp_path / "typo.py",
        "from claimcheck.plugins import hookimpl\n\n@hookimpl\ndef claimcheck_reporter():\n    return []\n",
    )
    write(tmp_path / "claimcheck.toml", 'plugins = ["typo.py"]\n')
    write(tmp_path / "doc.md", "Text.\n")
    result = cli("check", "doc.md")
    assert result.code == 2
    assert "plugin 'typo'" in result.err and "claimcheck_reporter" in result.err


def test_plugin_with_unknown_hook_argument_is_named(cli, tmp_path: Path) -> None:
    write(
        tmp_path / "argy.py",
        "from claimcheck.plugins import hookimpl\n\n@hookimpl\ndef claimcheck_readers(colour):\n    return []\n",
    )
    write(tmp_path / "claimcheck.toml", 'plugins = ["argy.py"]\n')
    write(tmp_path / "doc.md", "Text.\n")
    result = cli("check", "doc.md")
    assert result.code == 2
    assert "plugin 'argy'" in result.err and "colour" in result.err


def test_block_option_must_name_a_plugin(cli, tmp_path: Path) -> None:
    write(tmp_path / "doc.md", "Text.\n")
    result = cli("check", "doc.md", "-p", "shout")
    assert result.code == 2
    assert "expected no:NAME" in result.err


def test_builtin_plugins_are_registered_through_the_hooks(cli) -> None:
    result = cli("plugins", "--isolated")
    assert result.code == 0
    lines = result.out.splitlines()
    assert "readers  (built-in)  hooks: claimcheck_readers" in lines
    assert "reporters  (built-in)  hooks: claimcheck_reporters" in lines
    assert "rule-types  (built-in)  hooks: claimcheck_rule_types" in lines
    assert "packs  (built-in)  hooks: claimcheck_rule_packs" in lines
    assert "per-file-ignores  (built-in)  hooks: claimcheck_filter_finding" in lines
