"""What a plugin author sees when a plugin breaks its contract at check time.

Each message names the plugin, the hook and the problem; the other files and
rules are still checked and reported; the run exits 2.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from conftest import write

RAISING_RULE = textwrap.dedent(
    '''
    from claimcheck.finding import Severity
    from claimcheck.plugins import hookimpl
    from claimcheck.rules.model import Rule, Scope

    class Boom:
        prefilter = ()
        def check(self, document, spans):
            raise ZeroDivisionError("division by zero in my checker")

    @hookimpl
    def claimcheck_rules(settings):
        return [Rule(code="BM001", alias="boom", type="python", severity=Severity.ERROR,
                     message="{match}", scope=Scope.DOCUMENT, checker=Boom())]
    '''
)

BROKEN_READER = textwrap.dedent(
    '''
    from claimcheck.document import Block, BlockKind, Document, TextBuilder
    from claimcheck.plugins import hookimpl

    class Liar:
        name = "liar"
        extensions = (".liar",)
        def read(self, source, *, path):
            builder = TextBuilder(source)
            builder.copy(0, len(source))
            return Document(path=path, format="liar", source=source, text=builder.text(),
                            blocks=[Block(BlockKind.PARAGRAPH, 0, len(source) + 50)],
                            source_map=builder.source_map())

    @hookimpl
    def claimcheck_readers(settings):
        return [Liar()]
    '''
)


def test_a_rule_that_raises_is_named_and_the_others_still_run(cli, tmp_path: Path) -> None:
    write(tmp_path / "boom_plugin.py", RAISING_RULE)
    write(tmp_path / "claimcheck.toml", 'plugins = ["boom_plugin.py"]\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    result = cli("check", "a.md", "b.md", "--output-format", "json")
    assert result.code == 2
    assert "a.md: rule BM001 from plugin 'boom_plugin' (hook claimcheck_rules) raised: ZeroDivisionError: division by zero in my checker" in result.err
    assert "b.md: rule BM001 from plugin 'boom_plugin'" in result.err
    codes = [(finding["path"], finding["code"]) for finding in json.loads(result.out)["findings"]]
    assert codes == [("a.md", "PS101"), ("b.md", "PS101")]


def test_a_reader_that_returns_spans_outside_its_text_is_named(cli, tmp_path: Path) -> None:
    write(tmp_path / "liar_plugin.py", BROKEN_READER)
    write(tmp_path / "claimcheck.toml", 'plugins = ["liar_plugin.py"]\n')
    write(tmp_path / "a.liar", "Japan will undoubtedly join.\n")
    write(tmp_path / "b.md", "It is undoubtedly so.\n")
    result = cli("check", "a.liar", "b.md", "--output-format", "concise")
    assert result.code == 2
    assert (
        "a.liar: reader 'liar' from plugin 'liar_plugin' (hook claimcheck_readers) returned a broken document: "
        "block [0, 79) lies outside the text (length 29)"
    ) in result.err
    assert result.out.startswith("b.md:1:7: PS101 ")


def test_a_plugin_reusing_a_builtin_format_name_is_the_one_blamed(cli, tmp_path: Path) -> None:
    write(
        tmp_path / "clash.py",
        "from claimcheck.plugins import hookimpl\n\nclass Json:\n    name = 'json'\n    def render(self, report):\n        return ''\n\n"
        "@hookimpl\ndef claimcheck_reporters():\n    return [Json()]\n",
    )
    write(tmp_path / "claimcheck.toml", 'plugins = ["clash.py"]\n')
    write(tmp_path / "a.md", "Text.\n")
    result = cli("check", "a.md")
    assert result.code == 2
    assert "plugin 'clash' registers 'json' in claimcheck_reporters, already registered by plugin 'reporters'" in result.err
