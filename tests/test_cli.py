"""The command line as a user meets it: exact findings, positions, exit codes and output bytes.

Every test runs ``claimcheck`` (in-process through the ``cli`` fixture, or in
a child process where the process boundary matters) in a fresh temporary
project, and positions are computed independently with ``locate``.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import __version__
from conftest import locate, run_subprocess, write

# --- shared texts -------------------------------------------------------------------------------

# The small fixture every output-format test uses: one warning on line 1, a
# fixable warning and a fixable info finding on line 2.
SMALL = "Japan will undoubtedly join.\nThe Asia-Pacific matters in order to win.\n"

PS101_MESSAGE = "'undoubtedly' asserts certainty the text should demonstrate instead; state the evidence or soften the claim."
PS201_MESSAGE = "Use 'Indo-Pacific' rather than 'Asia-Pacific': the term NATO and Japan use for the region."
PS202_MESSAGE = "'in order to' says in many words what 'to' says in one."
PS101_SOURCE = "claimcheck policy-style guide"
PS201_SOURCE = "NATO 2022 Strategic Concept; Japan National Security Strategy (December 2022)"
PS202_SOURCE = "UK Government Digital Service style guide; Plain Language Action and Information Network"

NBSP = "\u00a0"
NNBSP = "\u202f"

# French typographic Markdown: curly apostrophes, guillemets with narrow
# no-break spaces, a no-break space before a colon, accents, Macron letters
# before a match on the same line, and trigger words in front matter, a code
# block and a link URL, none of which may be reported.
FRENCH = (
    "---\n"
    "titre: « Sans aucun doute » undoubtedly\n"
    "---\n"
    "\n"
    "# Le Japon, sans aucun doute, s’engage\n"
    "\n"
    f"Élève né à Noël{NBSP}: «{NNBSP}Évidemment, c’est l’Asie-Pacifique.{NNBSP}»\n"
    "\n"
    "- Été – déjà : de toute évidence la menace a changé.\n"
    "- Voir [le rapport](https://example.org/undoubtedly/asia-pacific) pour « détails ».\n"
    "\n"
    "> Café crème : tout le monde sait que la dissuasion fonctionne.\n"
    "\n"
    "```\n"
    "undoubtedly sans aucun doute asia-pacific\n"
    "```\n"
    "\n"
    "Réunion à Tōkyō : l’OTAN, incontestablement, au jour d’aujourd’hui.\n"
)

# (code, the matched text, which occurrence of it in FRENCH), in report order.
FRENCH_EXPECTED = [
    ("PS101", "sans aucun doute", 1),  # the heading; the front matter has "Sans", the code block comes later
    ("PS101", "Évidemment", 1),
    ("PS201", "Asie-Pacifique", 1),
    ("PS101", "de toute évidence", 1),
    ("PS102", "tout le monde sait", 1),
    ("PS101", "incontestablement", 1),
    ("PS203", "au jour d’aujourd’hui", 1),
]


def _expected_positions(source: str, expected: list[tuple[str, str, int]]) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    positions = []
    for code, word, occurrence in expected:
        line, column = locate(source, word, occurrence)
        positions.append((code, (line, column), (line, column + len(word))))
    return positions


def _positions(document: dict) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    return [
        (f["code"], (f["start"]["line"], f["start"]["column"]), (f["end"]["line"], f["end"]["column"]))
        for f in document["findings"]
    ]


def _json(result) -> dict:
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


def _concise_codes(out: str) -> list[str]:
    return [line.split(": ", 1)[1].split(" ", 1)[0] for line in out.splitlines()]


# --- 1. positions in French typographic Markdown ----------------------------------------------------


@pytest.mark.parametrize(
    "newline",
    [pytest.param("\n", id="lf"), pytest.param("\r\n", id="crlf"), pytest.param("\r", id="lone-cr")],
)
def test_french_markdown_positions(cli, tmp_path, newline):
    source = FRENCH.replace("\n", newline)
    write(tmp_path / "note.md", source)
    result = cli("check", "note.md", "--output-format", "json")
    document = _json(result)
    assert _positions(document) == _expected_positions(source, FRENCH_EXPECTED)
    # Offsets are 0-based character offsets into the decoded text, line endings included.
    for finding, (_, word, occurrence) in zip(document["findings"], FRENCH_EXPECTED):
        start, end = finding["start"]["offset"], finding["end"]["offset"]
        assert source[start:end] == word
    assert result.err == ""


def test_french_markdown_matches_are_reported_with_original_text(cli, tmp_path):
    write(tmp_path / "note.md", FRENCH)
    document = _json(cli("check", "note.md", "--output-format", "json"))
    messages = [finding["message"] for finding in document["findings"]]
    assert messages[1].startswith("'Évidemment' asserts certainty")
    assert messages[2] == "Use 'Indo-Pacifique' rather than 'Asie-Pacifique': the term NATO and Japan use for the region."
    assert messages[6] == "« au jour d’aujourd’hui » : préférer « aujourd'hui »."
    # Nothing from the front matter (lines 1-3), the code block (line 15) or the link URL (line 10).
    assert {finding["start"]["line"] for finding in document["findings"]} == {5, 7, 9, 12, 18}


def test_french_markdown_with_bom(cli, tmp_path):
    write(tmp_path / "note.md", b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    document = _json(cli("check", "note.md", "--output-format", "json"))
    assert _positions(document) == _expected_positions(FRENCH, FRENCH_EXPECTED)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_bom_is_not_counted_in_line_one_column(cli, tmp_path, newline):
    text = f"Élan : Japan will undoubtedly join.{newline}Second line.{newline}"
    write(tmp_path / "bom.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    document = _json(cli("check", "bom.md", "--output-format", "json"))
    line, column = locate(text, "undoubtedly")
    assert (line, column) == (1, 19)
    assert _positions(document) == [("PS101", (1, column), (1, column + len("undoubtedly")))]
    assert document["findings"][0]["start"]["offset"] == column - 1


# --- 2. exit codes ----------------------------------------------------------------------------------


def test_clean_file_exits_0(cli, tmp_path):
    write(tmp_path / "clean.md", "The evidence suggests the Alliance must adapt.\n")
    result = cli("check", "clean.md")
    assert (result.code, result.out, result.err) == (0, "All checks passed (1 file checked).\n", "")


def test_warning_fails_with_fail_on_warning(cli, tmp_path):
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    assert cli("check", "a.md", "--fail-on", "warning").code == 1


def test_warning_passes_with_default_fail_on(cli, tmp_path):
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md")
    assert result.code == 0
    assert "PS101 [warning]" in result.out


def test_error_severity_from_config_fails(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", '[rules.PS101]\nseverity = "error"\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--output-format", "concise")
    assert result.code == 1
    assert result.out == f"a.md:1:12: PS101 [error] {PS101_MESSAGE}\n"


def test_exit_zero_overrides_error(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", '[rules.PS101]\nseverity = "error"\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--exit-zero", "--output-format", "concise")
    assert result.code == 0
    assert result.out == f"a.md:1:12: PS101 [error] {PS101_MESSAGE}\n"


def test_fail_on_never_exits_0_with_error(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", '[rules.PS101]\nseverity = "error"\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    assert cli("check", "a.md", "--fail-on", "never").code == 0


def test_fail_on_info_with_info_finding(cli, tmp_path):
    write(tmp_path / "info.md", "Allies utilize shared networks.\n")
    assert cli("check", "info.md", "--fail-on", "info").code == 1
    assert cli("check", "info.md", "--fail-on", "warning").code == 0
    assert cli("check", "info.md").code == 0


def test_missing_path_exits_2_naming_it(cli, tmp_path):
    result = cli("check", "nowhere.md")
    assert result.code == 2
    assert result.out == ""
    assert result.err == "claimcheck: error: nowhere.md: no such file or directory\n"


def test_unknown_output_format_exits_2_naming_it(cli, tmp_path):
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--output-format", "xml")
    assert result.code == 2
    assert result.out == ""
    assert "'xml'" in result.err
    assert "concise, full, github, gitlab, json, json-lines, junit, sarif" in result.err


def test_unknown_option_exits_2(cli, tmp_path):
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--bogus")
    assert result.code == 2
    assert "unrecognized arguments: --bogus" in result.err


def test_unknown_option_exits_2_in_a_process(tmp_path):
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = run_subprocess("check", "a.md", "--bogus", cwd=tmp_path)
    assert result.code == 2
    assert result.out == ""
    assert "claimcheck: error: unrecognized arguments: --bogus" in result.err
    assert "Traceback" not in result.err


def test_invalid_fail_on_exits_2(cli, tmp_path):
    write(tmp_path / "a.md", "x\n")
    result = cli("check", "a.md", "--fail-on", "sometimes")
    assert result.code == 2
    assert "sometimes" in result.err


# --- 3. output formats, byte for byte --------------------------------------------------------------


def _finding_dict(code, alias, severity, message, start, end, source, fix, fingerprint):
    location = lambda line, column, offset: {"line": line, "column": column, "offset": offset}  # noqa: E731
    return {
        "path": "a.md",
        "code": code,
        "alias": alias,
        "severity": severity,
        "message": message,
        "start": location(*start),
        "end": location(*end),
        "label": None,
        "framework": "",
        "criterion": "",
        "fact": "",
        "source": source,
        "url": "",
        "fix": None if fix is None else {"start": location(*start), "end": location(*end), "replacement": fix},
        "fingerprint": fingerprint,
    }


SMALL_FINDINGS = [
    _finding_dict("PS101", "overconfident-wording", "warning", PS101_MESSAGE, (1, 12, 11), (1, 23, 22), PS101_SOURCE, None, "ffe3b18dec75609f"),
    _finding_dict("PS201", "indo-pacific", "warning", PS201_MESSAGE, (2, 5, 33), (2, 17, 45), PS201_SOURCE, "Indo-Pacific", "c47aa1ebf612e0c4"),
    _finding_dict("PS202", "wordy-phrase", "info", PS202_MESSAGE, (2, 26, 54), (2, 37, 65), PS202_SOURCE, "to", "4bdf2ad2eab12da5"),
]


def test_full_format(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md")
    assert result.code == 0
    assert result.err == ""
    assert result.out == (
        f"a.md:1:12: PS101 [warning] {PS101_MESSAGE}\n"
        "  |\n"
        "1 | Japan will undoubtedly join.\n"
        "  |            ^^^^^^^^^^^ overconfident-wording\n"
        "  |\n"
        f"  = source: {PS101_SOURCE}\n"
        "\n"
        f"a.md:2:5: PS201 [warning] {PS201_MESSAGE}\n"
        "  |\n"
        "2 | The Asia-Pacific matters in order to win.\n"
        "  |     ^^^^^^^^^^^^ indo-pacific\n"
        "  |\n"
        '  = fix: replace with "Indo-Pacific"\n'
        f"  = source: {PS201_SOURCE}\n"
        "\n"
        f"a.md:2:26: PS202 [info] {PS202_MESSAGE}\n"
        "  |\n"
        "2 | The Asia-Pacific matters in order to win.\n"
        "  |                          ^^^^^^^^^^^ wordy-phrase\n"
        "  |\n"
        '  = fix: replace with "to"\n'
        f"  = source: {PS202_SOURCE}\n"
        "\n"
        "Found 3 findings in 1 file (0 errors, 2 warnings, 1 info).\n"
    )


def test_full_format_with_crlf_has_no_carriage_return_in_excerpt(cli, tmp_path):
    write(tmp_path / "a.md", SMALL.replace("\n", "\r\n"))
    result = cli("check", "a.md", "--select", "PS101")
    assert "\r" not in result.out
    assert "1 | Japan will undoubtedly join.\n  |            ^^^^^^^^^^^ overconfident-wording\n" in result.out


def test_concise_format(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--output-format", "concise")
    assert result.code == 0
    assert result.out == (
        f"a.md:1:12: PS101 [warning] {PS101_MESSAGE}\n"
        f"a.md:2:5: PS201 [warning] {PS201_MESSAGE}\n"
        f"a.md:2:26: PS202 [info] {PS202_MESSAGE}\n"
    )


def test_json_format(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--output-format", "json")
    assert result.code == 0
    expected = {
        "schema_version": 2,
        "tool": {"name": "claimcheck", "version": __version__},
        "files": ["a.md"],
        "findings": SMALL_FINDINGS,
        "coverage": [{"path": "a.md", "framework": "nato-japan", "in_scope": False, "criteria": []}],
        "summary": {"findings": 3, "errors": 0, "warnings": 2, "info": 1, "files": 1},
    }
    assert json.loads(result.out) == expected
    # Indented by two, keys in documented order, not ASCII-escaped, one final newline.
    assert result.out == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def test_json_format_without_findings(cli, tmp_path):
    write(tmp_path / "clean.md", "Nothing to see.\n")
    result = cli("check", "clean.md", "--output-format", "json")
    assert json.loads(result.out) == {
        "schema_version": 2,
        "tool": {"name": "claimcheck", "version": __version__},
        "files": ["clean.md"],
        "findings": [],
        "coverage": [{"path": "clean.md", "framework": "nato-japan", "in_scope": False, "criteria": []}],
        "summary": {"findings": 0, "errors": 0, "warnings": 0, "info": 0, "files": 1},
    }


def test_json_lines_format(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--output-format", "json-lines")
    assert result.code == 0
    assert result.out == "".join(
        json.dumps(finding, ensure_ascii=False, separators=(",", ":")) + "\n" for finding in SMALL_FINDINGS
    )


@pytest.mark.parametrize("output_format", ["concise", "json-lines"])
def test_line_formats_are_empty_without_findings(cli, tmp_path, output_format):
    write(tmp_path / "clean.md", "Nothing to see.\n")
    result = cli("check", "clean.md", "--output-format", output_format)
    assert (result.code, result.out) == (0, "")


def test_statistics_text(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    write(tmp_path / "b.md", "Allies utilize networks in order to win.\n")
    result = cli("check", "a.md", "b.md", "--statistics")
    assert result.code == 0
    assert result.out == (
        "3  PS202  [*] wordy-phrase\n"
        "1  PS101  [ ] overconfident-wording\n"
        "1  PS201  [*] indo-pacific\n"
    )


def test_statistics_json(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--statistics", "--output-format", "json")
    assert result.code == 0
    assert json.loads(result.out) == [
        {"code": "PS101", "alias": "overconfident-wording", "severity": "warning", "count": 1, "fixable": False},
        {"code": "PS201", "alias": "indo-pacific", "severity": "warning", "count": 1, "fixable": True},
        {"code": "PS202", "alias": "wordy-phrase", "severity": "info", "count": 1, "fixable": True},
    ]


def test_statistics_without_findings(cli, tmp_path):
    write(tmp_path / "clean.md", "Nothing to see.\n")
    assert cli("check", "clean.md", "--statistics").out == ""
    assert cli("check", "clean.md", "--statistics", "--output-format", "json").out == "[]\n"


def test_output_file(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    expected = cli("check", "a.md", "--output-format", "json").out
    result = cli("check", "a.md", "--output-format", "json", "-o", "out.json")
    assert (result.code, result.out, result.err) == (0, "", "")
    assert (tmp_path / "out.json").read_bytes() == expected.encode("utf-8")
    # No temporary file is left behind.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.md", "out.json"]


def test_output_file_keeps_exit_code(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--fail-on", "warning", "--output-file", "report.txt", "--output-format", "concise")
    assert (result.code, result.out) == (1, "")
    assert (tmp_path / "report.txt").read_text(encoding="utf-8").count("\n") == 3


@pytest.mark.skipif(not hasattr(os, "umask") or sys.platform == "win32", reason="POSIX permissions")
def test_output_file_honours_umask(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    previous = os.umask(0o022)
    try:
        result = cli("check", "a.md", "-o", "out.txt")
    finally:
        os.umask(previous)
    assert result.code == 0
    assert stat.S_IMODE((tmp_path / "out.txt").stat().st_mode) == 0o644


def test_output_file_in_missing_directory(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "-o", "missing/out.json", "--output-format", "json")
    assert result.code == 2
    assert result.out == ""
    assert result.err.startswith("claimcheck: error: missing/out.json: cannot write")
    assert not (tmp_path / "missing").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.md"]


# --- 4. rule selection ------------------------------------------------------------------------------


def test_select_one_code(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--select", "PS201", "--output-format", "concise")
    assert result.out == f"a.md:2:5: PS201 [warning] {PS201_MESSAGE}\n"


def test_ignore_prefix(cli, tmp_path):
    write(tmp_path / "a.md", SMALL + "Everyone knows that deterrence works.\n")
    everything = cli("check", "a.md", "--output-format", "concise")
    assert _concise_codes(everything.out) == ["PS101", "PS201", "PS202", "PS102"]
    result = cli("check", "a.md", "--ignore", "PS1", "--output-format", "concise")
    assert _concise_codes(result.out) == ["PS201", "PS202"]


def test_select_by_alias(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--select", "indo-pacific", "--output-format", "concise")
    assert result.out == f"a.md:2:5: PS201 [warning] {PS201_MESSAGE}\n"


def test_select_unknown_code(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--select", "PS999")
    assert result.code == 2
    assert result.out == ""
    assert "'PS999'" in result.err
    assert "--select" in result.err


def test_per_file_ignores_in_drafts_only(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", 'per-file-ignores = { "drafts/*.md" = ["PS101"] }\n')
    text = "Japan will undoubtedly join the Asia-Pacific effort.\n"
    write(tmp_path / "final.md", text)
    write(tmp_path / "drafts" / "draft.md", text)
    result = cli("check", "--output-format", "concise")
    assert result.code == 0
    lines = result.out.splitlines()
    assert locate(text, "Asia-Pacific") == (1, 33)
    assert [line.split(" [")[0] for line in lines] == [
        "drafts/draft.md:1:33: PS201",
        "final.md:1:12: PS101",
        "final.md:1:33: PS201",
    ]


def test_rule_disabled_in_config(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", "[rules.PS201]\nenabled = false\n")
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--output-format", "concise")
    assert _concise_codes(result.out) == ["PS101", "PS202"]


# --- 5. configuration -----------------------------------------------------------------------------


def test_malformed_config(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", "fail-on = [\n")
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md")
    assert result.code == 2
    assert result.out == ""
    assert "claimcheck.toml: invalid TOML" in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_unknown_config_key(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", 'fail-onn = "warning"\n')
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md")
    assert result.code == 2
    assert "claimcheck.toml" in result.err
    assert "'fail-onn'" in result.err
    assert "did you mean 'fail-on'?" in result.err


def test_explicit_config_replaces_discovery(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", "this is not toml\n")
    write(tmp_path / "other.toml", 'fail-on = "warning"\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--config", "other.toml", "--output-format", "concise")
    assert result.code == 1
    assert result.out == f"a.md:1:12: PS101 [warning] {PS101_MESSAGE}\n"


def test_missing_explicit_config(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    result = cli("check", "a.md", "--config", "nope.toml")
    assert result.code == 2
    assert "nope.toml" in result.err


def test_isolated_ignores_broken_config(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", "this is not toml\n")
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    assert cli("check", "a.md").code == 2
    result = cli("check", "a.md", "--isolated", "--output-format", "concise")
    assert result.code == 0
    assert result.out == f"a.md:1:12: PS101 [warning] {PS101_MESSAGE}\n"


def test_config_command_prints_fail_on(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", 'fail-on = "warning"\n')
    result = cli("config")
    assert result.code == 0
    assert 'fail-on = "warning"' in result.out.splitlines()
    assert result.out.startswith("# resolved from ")
    assert "claimcheck.toml" in result.out.splitlines()[0]
    isolated = cli("config", "--isolated")
    assert 'fail-on = "error"' in isolated.out.splitlines()
    assert isolated.out.startswith("# resolved from defaults\n")


def test_config_command_output_reads_back(cli, tmp_path):
    tomllib = pytest.importorskip("tomllib")
    write(tmp_path / "claimcheck.toml", 'fail-on = "warning"\nignore = ["PS2"]\n[rules.PS101]\nseverity = "error"\n')
    printed = cli("config").out
    data = tomllib.loads(printed)
    assert data["fail-on"] == "warning"
    assert data["ignore"] == ["PS2"]
    assert data["rules"]["PS101"] == {"severity": "error"}


def test_nearest_config_wins(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", 'ignore = ["PS2"]\n')
    write(tmp_path / "sub" / "claimcheck.toml", 'ignore = ["PS101"]\n')
    text = "Japan will undoubtedly join the Asia-Pacific effort.\n"
    write(tmp_path / "root.md", text)
    write(tmp_path / "sub" / "inner.md", text)
    result = cli("check", "--output-format", "concise")
    assert result.code == 0
    assert [line.split(" [")[0] for line in result.out.splitlines()] == [
        "root.md:1:12: PS101",
        "sub/inner.md:1:33: PS201",
    ]
    # The file named explicitly gets its folder's configuration too.
    alone = cli("check", "sub/inner.md", "--output-format", "concise")
    assert _concise_codes(alone.out) == ["PS201"]
    shown = cli("config", "sub")
    assert 'ignore = ["PS101"]' in shown.out.splitlines()


# --- 6. input -------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def test_binary_file_named_explicitly_is_skipped(cli, tmp_path):
    write(tmp_path / "image.md", PNG)
    result = cli("check", "image.md")
    assert result.code == 0
    assert result.out == "All checks passed (0 files checked).\n"
    assert result.err == "claimcheck: image.md: skipped: binary file (NUL byte at offset 8)\n"


def test_binary_file_does_not_stop_other_files(cli, tmp_path):
    write(tmp_path / "image.md", PNG)
    write(tmp_path / "text.md", "Japan will undoubtedly join.\n")
    result = cli("check", "image.md", "text.md", "--output-format", "json")
    document = json.loads(result.out)
    assert result.code == 0
    assert document["files"] == ["text.md"]
    assert _positions(document) == [("PS101", (1, 12), (1, 23))]
    assert "image.md" in result.err


def test_cp1252_file(cli, tmp_path):
    write(tmp_path / "cp.md", b"caf\xe9 undoubtedly\n")
    result = cli("check", "cp.md", "--output-format", "json")
    document = json.loads(result.out)
    assert result.code == 0
    assert _positions(document) == [("PS101", (1, 6), (1, 17))]
    assert document["findings"][0]["start"]["offset"] == 5
    assert "cp.md" in result.err
    assert "cp1252" in result.err


def test_cp1252_warning_names_the_file_once(cli, tmp_path):
    write(tmp_path / "cp.md", b"caf\xe9 undoubtedly\n")
    result = cli("check", "cp.md", "--output-format", "concise")
    assert result.err.count("cp.md") == 1
    assert result.err == "claimcheck: cp.md: not valid UTF-8; read as cp1252 (first non-UTF-8 byte at offset 3)\n"


def test_empty_file(cli, tmp_path):
    write(tmp_path / "empty.md", b"")
    result = cli("check", "empty.md")
    assert (result.code, result.out, result.err) == (0, "All checks passed (1 file checked).\n", "")
    document = json.loads(cli("check", "empty.md", "--output-format", "json").out)
    assert document["files"] == ["empty.md"]
    assert document["findings"] == []


def test_folder_walk_picks_text_files_and_skips_excluded_folders(cli, tmp_path):
    line = "Japan will undoubtedly join.\n"
    for name in (
        "docs/a.md",
        "docs/b.markdown",
        "docs/c.txt",
        "docs/sub/d.MD",
        "docs/e.png",
        "docs/f.rtf",
        "docs/.git/g.md",
        "docs/node_modules/pkg/h.md",
        "docs/sub/node_modules/i.md",
    ):
        write(tmp_path / name, line)
    result = cli("check", "docs", "--output-format", "json")
    document = json.loads(result.out)
    assert sorted(document["files"]) == ["docs/a.md", "docs/b.markdown", "docs/c.txt", "docs/sub/d.MD"]
    assert [finding["path"] for finding in document["findings"]] == [
        "docs/a.md",
        "docs/b.markdown",
        "docs/c.txt",
        "docs/sub/d.MD",
    ]
    # The default path is the current folder.
    default = json.loads(cli("check", "--output-format", "json").out)
    assert sorted(default["files"]) == sorted(document["files"])


def test_same_file_named_three_ways_is_checked_once(cli, tmp_path):
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "./a.md", "a.md", str(tmp_path / "a.md"), "--output-format", "json")
    document = json.loads(result.out)
    assert document["files"] == ["a.md"]
    assert [(f["path"], f["code"]) for f in document["findings"]] == [("a.md", "PS101")]


def test_findings_sorted_by_path_line_column_code(cli, tmp_path):
    # Lines compare as numbers (11 after 9), paths as strings (a.md, a/z.md, b.md).
    write(tmp_path / "b.md", "Allies utilize networks.\n\nJapan will undoubtedly join the Asia-Pacific effort.\n")
    write(tmp_path / "a" / "z.md", "Asia-Pacific.\n")
    write(tmp_path / "a.md", "".join(f"Line {n}.\n\n" for n in range(1, 5)) + "Prior to it, undoubtedly.\n\nAsia-Pacific.\n")
    result = cli("check", "b.md", "a", "a.md", "--output-format", "json")
    found = [(f["path"], f["start"]["line"], f["start"]["column"], f["code"]) for f in json.loads(result.out)["findings"]]
    assert found == [
        ("a.md", 9, 1, "PS202"),
        ("a.md", 9, 14, "PS101"),
        ("a.md", 11, 1, "PS201"),
        ("a/z.md", 1, 1, "PS201"),
        ("b.md", 1, 8, "PS202"),
        ("b.md", 3, 12, "PS101"),
        ("b.md", 3, 33, "PS201"),
    ]
    assert found == sorted(found)


def test_same_position_sorted_by_code(cli, tmp_path):
    packs = tmp_path / "packs"
    write(
        packs / "pack.toml",
        '[pack]\nname = "extra"\n\n[[rules]]\ncode = "AA1"\nalias = "also-undoubtedly"\ntype = "existence"\n'
        'message = "again {match}"\ntokens = ["undoubtedly"]\n',
    )
    write(tmp_path / "claimcheck.toml", 'rule-packs = ["packs"]\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--output-format", "concise")
    assert result.out == f"a.md:1:12: AA1 [warning] again undoubtedly\na.md:1:12: PS101 [warning] {PS101_MESSAGE}\n"


# --- 7. rules, rule, selftest, version ----------------------------------------------------------------


def test_rules_lists_builtin_rules(cli, tmp_path):
    result = cli("rules")
    assert result.code == 0
    # Columns: code, a "-" for rules not selected, severity, alias (as wide as the longest alias
    # of every loaded rule, then two spaces), pack.
    width = max(len(rule["alias"]) for rule in json.loads(cli("rules", "--output-format", "json").out))
    expected = [
        ("PS101", "warning", "overconfident-wording"),
        ("PS102", "warning", "unsupported-consensus"),
        ("PS201", "warning", "indo-pacific"),
        ("PS202", "info", "wordy-phrase"),
        ("PS203", "info", "tournure-fautive"),
    ]
    policy_style = [line for line in result.out.splitlines() if line.endswith("policy-style")]
    assert policy_style == [f"{code}   {severity:<7} {alias:<{width}}  policy-style" for code, severity, alias in expected]


def test_rules_json(cli, tmp_path):
    data = json.loads(cli("rules", "--output-format", "json").out)
    assert [(rule["code"], rule["alias"], rule["enabled"]) for rule in data if rule["pack"] == "policy-style"] == [
        ("PS101", "overconfident-wording", True),
        ("PS102", "unsupported-consensus", True),
        ("PS201", "indo-pacific", True),
        ("PS202", "wordy-phrase", True),
        ("PS203", "tournure-fautive", True),
    ]


def test_rules_marks_disabled_rules(cli, tmp_path):
    write(tmp_path / "claimcheck.toml", "[rules.PS201]\nenabled = false\n")
    lines = [" ".join(line.split()) for line in cli("rules").out.splitlines() if line.startswith("PS")]
    assert lines[2] == "PS201 - warning indo-pacific policy-style"
    assert lines[0] == "PS101 warning overconfident-wording policy-style"


@pytest.mark.parametrize("name", ["PS201", "indo-pacific"])
def test_rule_page(cli, tmp_path, name):
    result = cli("rule", name)
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "# PS201 indo-pacific"
    assert "Fixable: yes" in lines
    assert "Type: substitution" in lines
    assert "Severity: warning" in lines
    fails = lines.index("## Fails on")
    passes = lines.index("## Passes on")
    assert lines[fails + 2 : fails + 5] == [
        "    NATO's partners in the Asia-Pacific met in Madrid.",
        "    The Asia Pacific region matters.",
        "    Les partenaires de l’OTAN en Asie-Pacifique.",
    ]
    assert lines[passes + 2 : passes + 5] == [
        "    NATO's partners in the Indo-Pacific met in Madrid.",
        "    Les partenaires de l’OTAN dans l’Indo-Pacifique.",
        "    Asia and the Pacific islands.",
    ]
    # Every example of the rule is shown, indented by four, fails first.
    (examples,) = [rule["examples"] for rule in json.loads(cli("rules", "--output-format", "json").out) if rule["code"] == "PS201"]
    assert lines[fails + 2 : passes - 1] == [f"    {text}" for text in examples["fail"]]
    assert lines[passes + 2 :] == [f"    {text}" for text in examples["pass"]]


def test_a_rule_page_shows_a_multi_paragraph_example_on_one_line(cli, tmp_path):
    lines = cli("rule", "NJ302").out.splitlines()
    fails = lines.index("## Fails on")
    # One line per example, its paragraph break written as in the TOML: not two examples.
    assert lines[fails + 2] == "    Article 5 of the North Atlantic Treaty was invoked once.\\n\\nJapan relies on Article V instead."
    assert all(line.startswith("    ") for line in lines[fails + 2 : lines.index("## Passes on") - 1])


def test_rule_page_of_existence_rule_is_not_fixable(cli, tmp_path):
    assert "Fixable: no" in cli("rule", "PS101").out.splitlines()


def test_unknown_rule(cli, tmp_path):
    result = cli("rule", "nope")
    assert result.code == 2
    assert result.out == ""
    assert "'nope'" in result.err


def _builtin_example_count(cli, pack: str | None = "policy-style") -> int:
    rules = json.loads(cli("rules", "--output-format", "json").out)
    return sum(len(rule["examples"]["pass"]) + len(rule["examples"]["fail"]) for rule in rules if pack is None or rule["pack"] == pack)


def _builtin_rule_count(cli) -> int:
    """Rules the self-test runs: all but the engine's own (parse errors, suppression problems)."""
    return len([rule for rule in json.loads(cli("rules", "--output-format", "json").out) if rule["type"] != "engine"])


def test_selftest_passes(cli, tmp_path):
    assert _builtin_example_count(cli) >= 40
    examples, rules = _builtin_example_count(cli, None), _builtin_rule_count(cli)
    result = cli("rules", "--selftest")
    assert result.code == 0
    assert result.out == f"selftest passed: {rules} rules, {examples} examples, 0 failures\n"


def test_selftest_of_one_pack(cli, tmp_path):
    examples = _builtin_example_count(cli)
    result = cli("rules", "--selftest", "policy-style")
    assert (result.code, result.out) == (0, f"selftest passed: 5 rules, {examples} examples, 0 failures\n")


def test_selftest_unknown_pack(cli, tmp_path):
    result = cli("rules", "--selftest", "nosuchpack")
    assert result.code == 2
    assert "nosuchpack" in result.err
    assert "policy-style" in result.err


def test_version_in_a_process(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 0
    assert completed.stdout == f"claimcheck {__version__}\n"


def test_bare_paths_mean_check(cli, tmp_path):
    write(tmp_path / "a.md", SMALL)
    assert cli("a.md", "--output-format", "concise").out == cli("check", "a.md", "--output-format", "concise").out


# --- 8. user packs: patterns run on RE2 ---------------------------------------------------------------


def _user_pack(tmp_path: Path, rules: str) -> None:
    write(tmp_path / "claimcheck.toml", 'rule-packs = ["packs"]\n')
    write(tmp_path / "packs" / "pack.toml", '[pack]\nname = "mine"\n\n' + rules)


CATASTROPHIC_RULE = """\
[[rules]]
code = "XX1"
alias = "catastrophic"
type = "existence"
nonword = true
message = "found {match}"
tokens = ["(a+)+$"]
[rules.examples]
fail = ["aaa"]
pass = ["b"]
"""


@pytest.mark.parametrize("ending", ["", "\n"], ids=["no-final-newline", "final-newline"])
def test_catastrophic_pattern_runs_in_linear_time(tmp_path, ending):
    _user_pack(tmp_path, CATASTROPHIC_RULE)
    write(tmp_path / "long.md", "a" * 100_000 + "b\naaaa" + ending)
    completed = subprocess.run(
        [sys.executable, "-m", "claimcheck", "check", "long.md", "--select", "XX1", "--output-format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=20,
    )
    assert completed.returncode == 0, completed.stderr
    findings = json.loads(completed.stdout)["findings"]
    # RE2: no backtracking, and `$` is the end of the text (no multi-line mode), so the
    # 100000 a's before the 'b' never match and only the last 'aaaa' does.
    assert [
        (f["code"], f["message"], f["start"]["line"], f["start"]["column"], f["end"]["line"], f["end"]["column"])
        for f in findings
    ] == [("XX1", "found aaaa", 2, 1, 2, 5)]
    assert findings[0]["start"]["offset"] == 100_002


def test_lookaround_pattern_is_rejected(cli, tmp_path):
    _user_pack(
        tmp_path,
        '[[rules]]\ncode = "XX1"\nalias = "look"\ntype = "existence"\nmessage = "found {match}"\ntokens = ["(?=x)"]\n',
    )
    write(tmp_path / "a.md", "x marks the spot.\n")
    result = cli("check", "a.md")
    assert result.code == 2
    assert result.out == ""
    assert str(tmp_path / "packs" / "pack.toml") in result.err
    assert "XX1" in result.err
    assert "invalid pattern" in result.err
    assert "'(?=x)'" in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_user_pack_rule_reports(cli, tmp_path):
    _user_pack(tmp_path, CATASTROPHIC_RULE)
    write(tmp_path / "a.md", "Le baobab : aaa\n")
    result = cli("check", "a.md", "--select", "XX1", "--output-format", "concise")
    assert result.out == "a.md:1:13: XX1 [warning] found aaa\n"
    listed = cli("rules").out.splitlines()
    assert " ".join(listed[-1].split()) == "XX1 warning catastrophic mine"


# --- 9. user packs: load errors and the self-test ---------------------------------------------------


def test_user_pack_reusing_builtin_code(cli, tmp_path):
    _user_pack(
        tmp_path,
        '[[rules]]\ncode = "PS101"\nalias = "dup"\ntype = "existence"\nmessage = "found {match}"\ntokens = ["hello"]\n',
    )
    write(tmp_path / "a.md", "hello\n")
    result = cli("check", "a.md")
    assert result.code == 2
    assert "duplicate rule code 'PS101'" in result.err
    assert "policy-style" in result.err and "mine" in result.err


def test_user_pack_unknown_rule_key(cli, tmp_path):
    _user_pack(
        tmp_path,
        '[[rules]]\ncode = "XX2"\nalias = "typo"\ntype = "existence"\nmessage = "found {match}"\n'
        'tokens = ["hello"]\ntokenz = ["x"]\n',
    )
    write(tmp_path / "a.md", "hello\n")
    result = cli("check", "a.md")
    assert result.code == 2
    assert str(tmp_path / "packs" / "pack.toml") in result.err
    assert "XX2" in result.err
    assert "'tokenz'" in result.err
    assert "did you mean 'tokens'?" in result.err


def test_rule_without_examples_fails_selftest(cli, tmp_path):
    _user_pack(
        tmp_path,
        '[[rules]]\ncode = "XX3"\nalias = "noex"\ntype = "existence"\nmessage = "found {match}"\ntokens = ["hello"]\n',
    )
    write(tmp_path / "a.md", "hello\n")
    # The rule loads and runs ...
    assert cli("check", "a.md", "--output-format", "concise").out == "a.md:1:1: XX3 [warning] found hello\n"
    # ... but is not finished.
    examples, rules = _builtin_example_count(cli, None), _builtin_rule_count(cli)
    result = cli("rules", "--selftest")
    assert result.code == 1
    assert result.out == (
        "XX3: needs at least one 'pass' and one 'fail' example\n"
        f"selftest failed: {rules} rules, {examples} examples, 1 failures\n"
    )
    only = cli("rules", "--selftest", "mine")
    assert only.code == 1
    assert "XX3: needs at least one 'pass' and one 'fail' example" in only.out


@pytest.mark.parametrize(
    ("entry", "problem"),
    [("nonexistent", "rule pack folder does not exist"), ("a.md", "is a file, not a rule pack folder")],
)
def test_a_rule_pack_entry_that_is_no_folder_is_an_error_naming_it(cli, tmp_path: Path, entry: str, problem: str) -> None:
    write(tmp_path / "a.md", "# Brief\n\nJapan will undoubtedly join.\n")
    write(tmp_path / "claimcheck.toml", f'rule-packs = ["{entry}"]\n')
    result = cli("check", "a.md")
    assert result.code == 2
    assert result.out == ""
    assert result.err == f"claimcheck: error: {tmp_path / entry}: {problem} (from 'rule-packs' in {tmp_path / 'claimcheck.toml'})\n"


@pytest.mark.parametrize("columns", ["100", "60", "", "junk"])
def test_help_is_wrapped_as_argparse_would_wrap_it(monkeypatch, columns):
    """The parser finds the terminal width itself (no shutil import); the help reads as argparse's own."""
    import argparse

    from claimcheck.cli import build_parser

    monkeypatch.setenv("COLUMNS", columns)
    parser = build_parser()
    (commands,) = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    for subparser in [parser, *commands.choices.values()]:
        ours = subparser.format_help()
        monkeypatch.setattr(type(subparser), "_get_formatter", argparse.ArgumentParser._get_formatter)
        assert ours == subparser.format_help()
        monkeypatch.undo()
        monkeypatch.setenv("COLUMNS", columns)
