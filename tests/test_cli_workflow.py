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
