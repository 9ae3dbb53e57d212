"""Workflow commands and options: ``init``, standard input, format mapping by configuration."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from claimcheck.config import load_settings
from conftest import locate, write


def test_init_writes_a_valid_commented_starter_and_never_overwrites(cli, tmp_path: Path) -> None:
    result = cli("init")
    assert (result.code, result.out) == (0, "wrote claimcheck.toml\n")
    text = (tmp_path / "claimcheck.toml").read_text(encoding="utf-8")
    assert text.startswith("# claimcheck configuration")
    settings = load_settings(tmp_path / "claimcheck.toml")
    assert settings.fail_on == "error" and settings.respect_gitignore is True and settings.inline_config is True
    # The starter runs as it is.
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    assert cli("check", "a.md", "--output-format", "concise").code == 0

    again = cli("init")
    assert again.code == 2
    assert "already exists here" in again.err
    assert (tmp_path / "claimcheck.toml").read_text(encoding="utf-8") == text


def test_init_refuses_a_folder_with_another_configuration(cli, tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.claimcheck]\nfail-on = \"warning\"\n")
    result = cli("init")
    assert result.code == 2 and "pyproject.toml" in result.err
    assert not (tmp_path / "claimcheck.toml").exists()


def test_standard_input_is_checked_as_the_named_file(cli, tmp_path: Path, monkeypatch) -> None:
    source = "# Note\n\nJapan will undoubtedly join.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source.encode("utf-8"))))
    result = cli("check", "-", "--stdin-filename", "docs/brief.md", "--output-format", "json", "--isolated")
    report = json.loads(result.out)
    assert report["files"] == ["docs/brief.md"]
    (finding,) = report["findings"]
    assert (finding["path"], finding["code"]) == ("docs/brief.md", "PS101")
    assert (finding["start"]["line"], finding["start"]["column"]) == locate(source, "undoubtedly")


def test_standard_input_takes_the_reader_of_its_name(cli, tmp_path: Path, monkeypatch) -> None:
    source = "<html><body><script>undoubtedly</script><p>It is undoubtedly so.</p></body></html>\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source.encode("utf-8"))))
    result = cli("check", "-", "--stdin-filename", "page.html", "--output-format", "concise", "--isolated", "--select", "PS101")
    column = source.index("undoubtedly so") + 1
    assert result.out.startswith(f"page.html:1:{column}: PS101 ")


def test_stdin_filename_without_dash_is_a_usage_error(cli, tmp_path: Path) -> None:
    result = cli("check", "--stdin-filename", "x.md")
    assert result.code == 2 and "needs '-'" in result.err


def test_configured_extension_maps_to_a_reader(cli, tmp_path: Path) -> None:
    write(tmp_path / "claimcheck.toml", 'extensions = { ".page" = "html" }\n')
    source = "<p>Hidden <script>undoubtedly</script> and undoubtedly shown.</p>\n"
    write(tmp_path / "a.page", source)
    result = cli("check", "a.page", "--output-format", "concise", "--select", "PS101")
    assert result.out == f"a.page:1:{source.index('undoubtedly shown') + 1}: PS101 [warning] 'undoubtedly' asserts certainty the text should demonstrate instead; state the evidence or soften the claim.\n"


def test_extension_mapped_to_an_unknown_reader_names_the_file(cli, tmp_path: Path) -> None:
    write(tmp_path / "claimcheck.toml", 'extensions = { ".page" = "htlm" }\n')
    write(tmp_path / "a.md", "Text.\n")
    result = cli("check", "a.md")
    assert result.code == 2
    assert "claimcheck.toml: 'extensions' maps '.page' to unknown reader 'htlm'" in result.err


def test_engine_rules_are_listed_explained_and_selectable(cli, tmp_path: Path) -> None:
    listed = json.loads(cli("rules", "--output-format", "json").out)
    engine = [(rule["code"], rule["alias"], rule["type"]) for rule in listed if rule["pack"] == "claimcheck"]
    assert engine == [
        ("CC001", "parse-error", "engine"),
        ("CC002", "unused-suppression", "engine"),
        ("CC003", "unclosed-disable", "engine"),
        ("CC004", "unknown-rule-in-directive", "engine"),
    ]
    page = cli("rule", "parse-error").out
    assert page.startswith("# CC001 parse-error\n") and "Type: engine" in page

    write(tmp_path / "bad.xml", "<doc><p>unclosed</doc>\n")
    shown = cli("check", "bad.xml", "--output-format", "concise", "--isolated")
    assert shown.code == 2 and shown.out.startswith("bad.xml:1:")
    assert " CC001 [error] cannot parse this document: " in shown.out
    hidden = cli("check", "bad.xml", "--output-format", "concise", "--isolated", "--ignore", "CC001")
    assert (hidden.code, hidden.out) == (2, "")
    assert "bad.xml:1:" in hidden.err


FIXABLE = "Asia-Pacific partners met in order to talk.\r\nUndoubtedly, they agreed.\r\n"


def test_fix_writes_safe_fixes_keeps_line_endings_and_reports_what_is_left(cli, tmp_path: Path) -> None:
    write(tmp_path / "a.md", FIXABLE)
    result = cli("check", "a.md", "--fix", "--isolated", "--output-format", "concise")
    assert (tmp_path / "a.md").read_bytes() == b"Indo-Pacific partners met to talk.\r\nUndoubtedly, they agreed.\r\n"
    assert result.out == "a.md:2:1: PS101 [warning] 'Undoubtedly' asserts certainty the text should demonstrate instead; state the evidence or soften the claim.\n"
    assert "fixed 2 findings in 1 file" in result.err
    again = json.loads(cli("check", "a.md", "--isolated", "--output-format", "json").out)
    assert [finding for finding in again["findings"] if finding["fix"]] == []


def test_diff_shows_fixes_without_writing(cli, tmp_path: Path) -> None:
    write(tmp_path / "a.md", FIXABLE)
    result = cli("check", "a.md", "--diff", "--isolated")
    assert result.code == 1
    assert result.out == (
        "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n"
        "-Asia-Pacific partners met in order to talk.\r\n"
        "+Indo-Pacific partners met to talk.\r\n"
        " Undoubtedly, they agreed.\r\n"
    )
    assert (tmp_path / "a.md").read_bytes() == FIXABLE.encode("utf-8")
    write(tmp_path / "clean.md", "Nothing to fix.\n")
    assert (cli("check", "clean.md", "--diff", "--isolated").code, cli("check", "clean.md", "--diff", "--isolated").out) == (0, "")


def test_structured_formats_are_reported_never_rewritten(cli, tmp_path: Path) -> None:
    source = "<p>Asia-Pacific partners met.</p>\n"
    write(tmp_path / "a.html", source)
    result = cli("check", "a.html", "--fix", "--isolated", "--output-format", "concise", "--select", "PS201")
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == source
    assert "a.html: not fixed:" in result.err
    assert result.out.startswith("a.html:1:4: PS201 ")


def test_baseline_hides_known_findings_even_after_edits_elsewhere(cli, tmp_path: Path) -> None:
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    written = cli("check", "a.md", "--isolated", "--write-baseline", "baseline.json")
    assert written.code == 0 and "wrote 1 findings to the baseline baseline.json" in written.err
    write(tmp_path / "a.md", "# A new title\n\nA new paragraph.\n\nJapan will undoubtedly join.\n\nIt is undoubtedly new.\n")
    result = cli("check", "a.md", "--isolated", "--baseline", "baseline.json", "--output-format", "concise")
    assert result.out.startswith("a.md:7:7: PS101 ")
    assert result.out.count("\n") == 1
    assert "1 findings in the baseline baseline.json not shown" in result.err


def test_a_broken_baseline_is_a_usage_error(cli, tmp_path: Path) -> None:
    write(tmp_path / "a.md", "Text.\n")
    write(tmp_path / "baseline.json", "{not json")
    result = cli("check", "a.md", "--isolated", "--baseline", "baseline.json")
    assert result.code == 2 and "baseline.json: not a valid baseline" in result.err


def test_inline_suppression_through_the_cli(cli, tmp_path: Path) -> None:
    source = (
        "<!-- claimcheck-disable-next-line PS101 -- quoting the minister -->\n"
        "Japan will undoubtedly join.\n\n"
        "<!-- claimcheck-disable-next-line overconfident-wording -->\n"
        "Nothing to suppress here.\n\n"
        "Japan will undoubtedly stay.\n"
    )
    write(tmp_path / "a.md", source)
    result = cli("check", "a.md", "--isolated", "--output-format", "concise")
    lines = result.out.splitlines()
    assert [line.split(" ")[1] for line in lines] == ["CC002", "PS101"]
    assert lines[0].startswith("a.md:4:1: CC002 [warning] ")
    assert lines[1].startswith(f"a.md:{locate(source, 'undoubtedly stay')[0]}:12: PS101 ")
    off = cli("check", "a.md", "--isolated", "--output-format", "concise", "--no-inline-config")
    assert [line.split(" ")[1] for line in off.out.splitlines()] == ["PS101", "PS101"]
    quiet = cli("check", "a.md", "--isolated", "--output-format", "concise", "--ignore", "CC002")
    assert [line.split(" ")[1] for line in quiet.out.splitlines()] == ["PS101"]


def test_disable_file_suppresses_a_coverage_finding(cli, tmp_path: Path) -> None:
    brief = "NATO and Japan are partners. NATO and Japan met. NATO and Japan agree.\n"
    write(tmp_path / "a.md", brief)
    before = cli("check", "a.md", "--isolated", "--output-format", "concise", "--select", "NJ101")
    assert before.out.startswith("a.md:1:1: NJ101 ")
    write(tmp_path / "b.md", "<!-- claimcheck-disable-file NJ101 -- a two-line note -->\n" + brief)
    after = cli("check", "b.md", "--isolated", "--output-format", "concise", "--select", "NJ101,CC")
    assert (after.code, after.out) == (0, "")


def test_unchanged_files_come_from_the_cache(cli, tmp_path: Path, monkeypatch) -> None:
    from claimcheck.readers.markdown import MarkdownReader

    cache = tmp_path / "cache"
    original = MarkdownReader.read
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    first = cli("check", "a.md", "--isolated", "--output-format", "json", "--cache-dir", str(cache))
    assert len(list(cache.glob("*.json"))) == 1 and (cache / "CACHEDIR.TAG").is_file()

    def broken(self, source, *, path):
        raise RuntimeError("the reader was called")

    monkeypatch.setattr(MarkdownReader, "read", broken)
    cached = cli("check", "a.md", "--isolated", "--output-format", "json", "--cache-dir", str(cache))
    assert (cached.code, cached.out, cached.err) == (first.code, first.out, "")

    # A corrupt entry is never trusted: the file is read again (and here the reader fails).
    for entry in cache.glob("*.json"):
        entry.write_bytes(b"\x00garbage")
    corrupt = cli("check", "a.md", "--isolated", "--output-format", "json", "--cache-dir", str(cache))
    assert corrupt.code == 2 and "the reader was called" in corrupt.err

    monkeypatch.setattr(MarkdownReader, "read", original)
    rebuilt = cli("check", "a.md", "--isolated", "--output-format", "json", "--cache-dir", str(cache))
    assert rebuilt.out == first.out
    monkeypatch.setattr(MarkdownReader, "read", broken)
    write(tmp_path / "a.md", "Japan will undoubtedly join!\n")
    changed = cli("check", "a.md", "--isolated", "--output-format", "json", "--cache-dir", str(cache))
    assert changed.code == 2, "a changed file is read again"


def test_no_cache_reads_every_file(cli, tmp_path: Path, monkeypatch) -> None:
    from claimcheck.readers.markdown import MarkdownReader

    cache = tmp_path / "cache"
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    cli("check", "a.md", "--isolated", "--cache-dir", str(cache))
    monkeypatch.setattr(MarkdownReader, "read", lambda self, source, *, path: (_ for _ in ()).throw(RuntimeError("read")))
    assert cli("check", "a.md", "--isolated", "--cache-dir", str(cache), "--no-cache").code == 2
    assert cli("check", "a.md", "--isolated", "--cache-dir", str(cache)).code == 0


def test_a_changed_rule_pack_invalidates_the_cache(cli, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    pack = tmp_path / "packs" / "mine"
    rule = '[pack]\nname = "mine"\n[[rules]]\ncode = "XX1"\nalias = "x"\ntype = "existence"\nmessage = "{match}"\ntokens = ["%s"]\n'
    write(pack / "pack.toml", rule % "hello")
    write(tmp_path / "claimcheck.toml", 'rule-packs = ["packs"]\nselect = ["XX1"]\n')
    write(tmp_path / "a.md", "hello world\n")
    assert cli("check", "a.md", "--output-format", "concise", "--cache-dir", str(cache)).out == "a.md:1:1: XX1 [warning] hello\n"
    write(pack / "pack.toml", rule % "world")
    assert cli("check", "a.md", "--output-format", "concise", "--cache-dir", str(cache)).out == "a.md:1:7: XX1 [warning] world\n"


def test_gitignored_files_are_skipped_when_walking(cli, tmp_path: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    write(tmp_path / ".gitignore", "drafts/\n*.tmp.md\n")
    for name in ("drafts/a.md", "b.tmp.md", "c.md"):
        write(tmp_path / name, "Japan will undoubtedly join.\n")
    walked = json.loads(cli("check", ".", "--output-format", "json").out)
    assert walked["files"] == ["c.md"]
    named = json.loads(cli("check", "drafts/a.md", "--output-format", "json").out)
    assert named["files"] == ["drafts/a.md"], "a file named explicitly is checked"
    write(tmp_path / "claimcheck.toml", "respect-gitignore = false\n")
    everything = json.loads(cli("check", ".", "--output-format", "json").out)
    assert sorted(everything["files"]) == ["b.tmp.md", "c.md", "drafts/a.md"]
