"""Hostile input through the command line: exit codes and one-line messages, never a traceback.

Deep nesting, Markdown brackets that start no link, huge lines, binary and
mixed-encoding files, symlink loops, unreadable files, pathological rule
patterns, broken plugins and rules, an interrupted run, a zip bomb and an XML
entity bomb.
"""

from __future__ import annotations

import io
import json
import os
import textwrap
import zipfile
from pathlib import Path

import pytest

from claimcheck.document import BlockKind
from claimcheck.readers import markdown
from claimcheck.readers.markdown import MarkdownReader
from conftest import write

# -- helpers ------------------------------------------------------------------------


def assert_clean(result) -> None:
    """No traceback and no Python exception name leaked to the user."""
    assert "Traceback" not in result.err, result.err[-2000:]
    assert "RecursionError" not in result.err, result.err[-2000:]
    assert "MemoryError" not in result.err, result.err[-2000:]


# -- deep nesting -------------------------------------------------------------------


def test_a_few_hundred_nested_markdown_quotes(cli, tmp_path: Path) -> None:
    write(tmp_path / "deep.md", ">" * 300 + " Japan will undoubtedly join.\n")
    result = cli("check", "deep.md", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err  # PS101 is a warning: below the default fail level
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["PS101"]


def test_ten_thousand_nested_markdown_quotes(cli, tmp_path: Path) -> None:
    write(tmp_path / "deep.md", ">" * 10_000 + " Japan will undoubtedly join.\n")
    result = cli("check", "deep.md", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["PS101"]


def test_ten_thousand_nested_markdown_list_items(cli, tmp_path: Path) -> None:
    write(tmp_path / "deep.md", "- " * 10_000 + "Japan will undoubtedly join.\n")
    result = cli("check", "deep.md", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["PS101"]


def test_a_markdown_recursion_error_is_one_line_not_a_traceback(cli, tmp_path: Path) -> None:
    """Whatever the reader does with 10 000 levels, the user gets a message and a sound exit code."""
    write(tmp_path / "deep.md", ">" * 10_000 + " Japan will undoubtedly join.\n")
    write(tmp_path / "fine.md", "It is undoubtedly so.\n")
    result = cli("check", "deep.md", "fine.md", "--isolated", "--select", "PS101", "--output-format", "concise")
    assert "Traceback" not in result.err
    assert result.code in (0, 2)
    assert "fine.md:1:7: PS101" in result.out


def test_two_thousand_nested_html_divs(cli, tmp_path: Path) -> None:
    write(tmp_path / "deep.html", "<div>" * 2_000 + "Japan will undoubtedly join." + "</div>" * 2_000)
    result = cli("check", "deep.html", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["PS101"]


def test_fifty_thousand_nested_html_divs(cli, tmp_path: Path) -> None:
    # A reader that walked the open-element stack on every tag took minutes here (quadratic).
    write(tmp_path / "deep.html", "<div>" * 50_000 + "Japan will undoubtedly join." + "</div>" * 50_000)
    result = cli("check", "deep.html", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["PS101"]


def test_unclosed_html_divs(cli, tmp_path: Path) -> None:
    write(tmp_path / "deep.html", "<div><p>" * 2_000 + "Japan will undoubtedly join.")
    result = cli("check", "deep.html", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err
    assert [f["code"] for f in json.loads(result.out)["findings"]] == ["PS101"]


def test_deeply_nested_xml(cli, tmp_path: Path) -> None:
    write(tmp_path / "deep.xml", "<a>" * 50_000 + "Japan will undoubtedly join." + "</a>" * 50_000)
    result = cli("check", "deep.xml", "--isolated", "--select", "PS101,PARSE", "--output-format", "json")
    assert_clean(result)
    assert result.code in (0, 1, 2), result.err


# -- Markdown markup that starts nothing ---------------------------------------------

#: So many that scanning the rest of the paragraph again from each bracket (quadratic time,
#: as the reader once did) would take minutes; read once, they take a fraction of a second.
BRACKETS = 20_000

#: Paragraphs of brackets (and other markup) that start no link, tag or emphasis, with the
#: text the reader gives for them: all of it (none is markup), unless stated.
UNCLOSED = {
    "nested brackets": ("[" * BRACKETS + "a" + "]" * BRACKETS, None),
    "unclosed links": ("[a](" * BRACKETS, None),
    "unclosed images": ("![" * BRACKETS, None),
    "unclosed empty links": ("[](" * BRACKETS, None),
    "unclosed reference links": ("[a][" * BRACKETS, None),
    "nested brackets around a reference link": (
        "[a]: /u\n\n" + "[" * BRACKETS + "a" + "]" * BRACKETS,
        "[" * (BRACKETS - 1) + "a" + "]" * (BRACKETS - 1),  # the innermost [a] is a link
    ),
    "unclosed link titles": ("[a](b (" * BRACKETS, None),
    "unclosed angle destinations": ("[a](<" * BRACKETS, None),
    "escaped brackets": ("[\\]" * BRACKETS, "[]" * BRACKETS),
    "stars and brackets": ("*[" * BRACKETS, "[" * BRACKETS),  # the stars pair up as emphasis
    "openers of one emphasis, closers of another": ("*a " * BRACKETS + "a_ " * BRACKETS, None),
    "unterminated CDATA sections": ("<![CDATA[" * BRACKETS, None),
    "unterminated processing instructions": ("<?" * BRACKETS, None),
    "a bare URL before many parentheses": ("www.a" + ")" * BRACKETS, ")" * BRACKETS),  # the URL is dropped
}


@pytest.mark.parametrize("name", list(UNCLOSED))
def test_markdown_markup_that_starts_nothing_many_times(name: str) -> None:
    source, expected = UNCLOSED[name]
    text = source.strip() if expected is None else expected
    document = MarkdownReader().read(source, path="brackets.md")
    assert document.text == text
    assert [(block.kind, block.start, block.end) for block in document.blocks] == [(BlockKind.PARAGRAPH, 0, len(text))]
    assert not document.comments
    assert document.source_map.position(len(text) - 1).offset == len(source.rstrip()) - 1


class _CountedPattern:
    """Stands for a compiled pattern of the reader and counts its searches: each is one stop of a scan."""

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, *arguments):
        self.searches += 1
        return self.pattern.search(*arguments)


@pytest.mark.parametrize("name", ["nested brackets", "unclosed links", "unclosed images", "unclosed reference links"])
def test_markdown_brackets_are_scanned_a_bounded_number_of_times(monkeypatch, name: str) -> None:
    """The scans for a closing bracket and for a link destination stop a bounded number of times per character.

    Counted, not timed: scanning again from each ``[`` made about ``BRACKETS ** 2 / 2``
    (200 million) stops here, once per bracket and per character after it.
    """
    source, _ = UNCLOSED[name]
    brackets = _CountedPattern(markdown._BRACKET_STOP)
    destinations = _CountedPattern(markdown._DESTINATION_STOP)
    monkeypatch.setattr(markdown, "_BRACKET_STOP", brackets)
    monkeypatch.setattr(markdown, "_DESTINATION_STOP", destinations)
    document = MarkdownReader().read(source, path="brackets.md")
    assert document.text == source
    assert brackets.searches + destinations.searches <= 2 * len(source)


def test_markdown_brackets_that_start_no_link_before_a_finding(cli, tmp_path: Path) -> None:
    paragraphs = ["[" * BRACKETS + "a" + "]" * BRACKETS, "[a](" * BRACKETS, "![" * BRACKETS, "Japan will undoubtedly join."]
    write(tmp_path / "brackets.md", "\n\n".join(paragraphs) + "\n")
    result = cli("check", "brackets.md", "--isolated", "--select", "PS101", "--output-format", "concise")
    assert_clean(result)
    assert result.code == 0, result.err
    assert result.out.startswith("brackets.md:7:12: PS101"), result.out[:200]


# -- size ---------------------------------------------------------------------------

# The 50 MB in CI (about 7 s and 1 GB there); 10 MB locally keeps the suite fast on the same code paths.
LINE_MB = 50 if os.environ.get("CI") else 10


def test_a_fifty_megabyte_single_line(cli, tmp_path: Path) -> None:
    words = b"The Alliance will act together with its partners. " * 20
    chunk = words * (1024 * 1024 // len(words) + 1)
    with (tmp_path / "huge.txt").open("wb") as handle:
        for _ in range(LINE_MB):
            handle.write(chunk[: 1024 * 1024])
        handle.write(b" Japan will undoubtedly join.")
    result = cli("check", "huge.txt", "--isolated", "--select", "PS101", "--output-format", "concise", "--no-cache")
    assert_clean(result)
    assert result.code == 0, result.err
    assert result.out.startswith(f"huge.txt:1:{LINE_MB * 1024 * 1024 + 13}: PS101"), result.out[:200]


# -- encodings and binary files ---------------------------------------------------


def test_nul_bytes_in_a_markdown_file_are_skipped_with_a_notice(cli, tmp_path: Path) -> None:
    write(tmp_path / "nul.md", b"# Title\n\nJapan will undoubtedly\x00 join.\n")
    result = cli("check", "nul.md", "--isolated")
    assert_clean(result)
    assert result.code == 0, result.err
    assert "nul.md: skipped: binary file (NUL byte at offset" in result.err


def test_valid_utf8_then_a_cp1252_byte_is_read_as_cp1252(cli, tmp_path: Path) -> None:
    data = "Le Japon rejoindra sans aucun doute l’OTAN.\n".encode("utf-8") + b"It is undoubtedly \x93so\x94.\n"
    write(tmp_path / "mixed.md", data)
    result = cli("check", "mixed.md", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err
    assert "mixed.md: not valid UTF-8; read as cp1252" in result.err
    findings = json.loads(result.out)["findings"]
    assert [finding["start"]["line"] for finding in findings] == [1, 2]


def test_bytes_that_are_neither_utf8_nor_cp1252(cli, tmp_path: Path) -> None:
    write(tmp_path / "odd.md", b"Japan \x81\x8d\x8f\x90\x9d undoubtedly.\n")
    result = cli("check", "odd.md", "--isolated")
    assert_clean(result)
    assert result.code == 0, result.err
    assert "odd.md: skipped: binary file (not valid UTF-8 or cp1252" in result.err


# -- the file system ----------------------------------------------------------------


def test_a_symlink_loop_in_a_checked_folder(cli, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    write(folder / "a.md", "Japan will undoubtedly join.\n")
    os.symlink(".", folder / "loop")
    os.symlink("loop2", folder / "loop1")
    os.symlink("loop1", folder / "loop2")
    result = cli("check", "docs", "--isolated", "--select", "PS101", "--output-format", "json")
    assert_clean(result)
    assert result.code == 0, result.err
    assert [finding["path"] for finding in json.loads(result.out)["findings"]] == ["docs/a.md"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_an_unreadable_file(cli, tmp_path: Path) -> None:
    write(tmp_path / "secret.md", "Japan will undoubtedly join.\n")
    write(tmp_path / "open.md", "It is undoubtedly so.\n")
    (tmp_path / "secret.md").chmod(0)
    try:
        result = cli("check", ".", "--isolated", "--select", "PS101", "--output-format", "concise")
    finally:
        (tmp_path / "secret.md").chmod(0o644)
    assert_clean(result)
    assert result.code == 2
    assert "secret.md: cannot read: Permission denied" in result.err
    assert "open.md:1:7: PS101" in result.out


def test_a_file_that_cannot_be_read_even_by_root(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CI runs as root, which reads a chmod 000 file: the refusal is made by hand, at the same call.
    write(tmp_path / "secret.md", "Japan will undoubtedly join.\n")
    write(tmp_path / "open.md", "It is undoubtedly so.\n")
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "secret.md":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = cli("check", ".", "--isolated", "--no-cache", "--jobs", "1", "--select", "PS101", "--output-format", "concise")
    assert_clean(result)
    assert result.code == 2
    assert "claimcheck: error: secret.md: cannot read: Permission denied" in result.err.splitlines()
    assert result.out == (
        "open.md:1:7: PS101 [warning] 'undoubtedly' asserts certainty the text should demonstrate instead; "
        "state the evidence or soften the claim.\n"
    )


# -- pathological rule packs --------------------------------------------------------

PATHOLOGICAL_PACK = textwrap.dedent(
    """
    [pack]
    name = "evil"

    [[rules]]
    code = "EV001"
    alias = "nested-plus"
    type = "existence"
    message = "nested plus"
    tokens = ["(a+)+$"]

    [[rules]]
    code = "EV002"
    alias = "alternation-star"
    type = "existence"
    message = "alternation star"
    tokens = ["(a|a)*b"]

    [[rules]]
    code = "EV003"
    alias = "double-plus"
    type = "existence"
    message = "double plus"
    tokens = ["(x+x+)+y"]
    """
)


def test_pathological_patterns_on_long_lines_finish(cli, tmp_path: Path) -> None:
    write(tmp_path / "packs" / "evil" / "pack.toml", PATHOLOGICAL_PACK)
    write(tmp_path / "claimcheck.toml", 'rule-packs = ["packs/evil"]\nselect = ["EV"]\n')
    write(tmp_path / "doc.txt", "a" * 100_000 + "!\n\n" + "x" * 100_000 + "\n\n" + "a" * 100_000 + "\n")
    result = cli("check", "doc.txt", "--output-format", "json", "--no-cache")
    assert_clean(result)
    codes = sorted({finding["code"] for finding in json.loads(result.out)["findings"]})
    assert codes == ["EV001"]  # no 'b' after the a's, no 'y' after the x's
    assert result.code in (0, 1), result.err


# -- plugins and rules that break ---------------------------------------------------

CONFIGURE_RAISES = textwrap.dedent(
    """
    from claimcheck.plugins import hookimpl

    @hookimpl
    def claimcheck_configure(settings):
        raise RuntimeError("cannot configure myself")
    """
)

CONFIGURE_PLUGIN_ERROR = textwrap.dedent(
    """
    from claimcheck.errors import PluginError
    from claimcheck.plugins import hookimpl

    @hookimpl
    def claimcheck_configure(settings):
        raise PluginError("set figures.threshold first")
    """
)


def test_a_plugin_that_raises_in_configure(cli, tmp_path: Path) -> None:
    write(tmp_path / "badconf.py", CONFIGURE_RAISES)
    write(tmp_path / "claimcheck.toml", 'plugins = ["badconf.py"]\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md")
    assert_clean(result)
    assert result.code == 2
    assert "badconf" in result.err and "claimcheck_configure" in result.err, result.err
    assert "cannot configure myself" in result.err


def test_a_plugin_that_stops_the_run_with_a_plugin_error(cli, tmp_path: Path) -> None:
    write(tmp_path / "stopconf.py", CONFIGURE_PLUGIN_ERROR)
    write(tmp_path / "claimcheck.toml", 'plugins = ["stopconf.py"]\n')
    write(tmp_path / "a.md", "Japan will undoubtedly join.\n")
    result = cli("check", "a.md")
    assert_clean(result)
    assert result.code == 2
    assert "set figures.threshold first" in result.err


RULE_PLUGIN = textwrap.dedent(
    '''
    from claimcheck.finding import Severity
    from claimcheck.plugins import hookimpl
    from claimcheck.rules.model import Rule, Scope

    class Trap:
        prefilter = ()
        def check(self, document, spans):
            if "STOP" in document.text:
                raise KeyboardInterrupt
            if "BOOM" in document.text:
                raise ValueError("boom in the checker")
            return []

    @hookimpl
    def claimcheck_rules(settings):
        return [Rule(code="TR001", alias="trap", type="python", severity=Severity.ERROR,
                     message="{match}", scope=Scope.DOCUMENT, checker=Trap())]
    '''
)


def test_a_rule_that_raises(cli, tmp_path: Path) -> None:
    write(tmp_path / "trap.py", RULE_PLUGIN)
    write(tmp_path / "claimcheck.toml", 'plugins = ["trap.py"]\n')
    write(tmp_path / "a.md", "BOOM. Japan will undoubtedly join.\n")
    result = cli("check", "a.md", "--output-format", "concise")
    assert_clean(result)
    assert result.code == 2
    assert "a.md: rule TR001 from plugin 'trap'" in result.err
    assert "ValueError: boom in the checker" in result.err
    assert "a.md:1:" in result.out and "PS101" in result.out


def test_an_interrupted_run_leaves_no_partial_output_or_cache(cli, tmp_path: Path) -> None:
    write(tmp_path / "trap.py", RULE_PLUGIN)
    cache = tmp_path / "cache"
    write(tmp_path / "claimcheck.toml", 'plugins = ["trap.py"]\n')
    for index in range(5):
        write(tmp_path / "docs" / f"a{index}.md", f"Document {index} will undoubtedly do it.\n")
    write(tmp_path / "docs" / "z.md", "STOP here.\n")
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    write(out_folder / "report.json", "previous report\n")
    result = cli("check", "docs", "--cache-dir", str(cache), "-o", str(out_folder / "report.json"), "--output-format", "json")
    assert_clean(result)
    assert result.code == 130
    assert "interrupted" in result.err
    assert sorted(path.name for path in out_folder.iterdir()) == ["report.json"]
    assert (out_folder / "report.json").read_text() == "previous report\n"
    assert not (out_folder / "report.json.tmp").exists()
    assert not [path for path in tmp_path.rglob("*.tmp")]
    entries = [path for path in cache.rglob("*") if path.is_file() and path.name != "CACHEDIR.TAG"]
    for entry in entries:
        assert not (entry.name.startswith(".") and entry.name.endswith(".tmp")), entry  # a leftover temporary file
        if entry.suffix == ".json":
            json.loads(entry.read_text(encoding="utf-8"))


def test_an_interrupted_run_without_a_previous_report_writes_none(cli, tmp_path: Path) -> None:
    write(tmp_path / "trap.py", RULE_PLUGIN)
    write(tmp_path / "claimcheck.toml", 'plugins = ["trap.py"]\n')
    write(tmp_path / "a.md", "It is undoubtedly so.\n")
    write(tmp_path / "b.md", "STOP.\n")
    result = cli("check", "a.md", "b.md", "-o", "report.sarif", "--output-format", "sarif", "--no-cache")
    assert_clean(result)
    assert result.code == 130
    assert not (tmp_path / "report.sarif").exists()
    assert not [path.name for path in tmp_path.iterdir() if path.name.startswith(".report")]


# -- archive and entity bombs -------------------------------------------------------


def _small_bomb(megabytes: int = 60) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        with archive.open("word/document.xml", "w") as entry:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                entry.write(chunk)
    return buffer.getvalue()


def test_a_zip_bomb_docx(cli, tmp_path: Path) -> None:
    write(tmp_path / "bomb.docx", _small_bomb())
    write(tmp_path / "fine.md", "Japan will undoubtedly join.\n")
    result = cli("check", "bomb.docx", "fine.md", "--isolated", "--select", "PS101", "--output-format", "concise")
    assert_clean(result)
    assert result.code == 2
    assert "bomb.docx: zip bomb suspected: " in result.err
    assert result.out.startswith("fine.md:1:")


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{n} "' + f"&lol{n - 1 if n > 1 else ''};" * 10 + '">\n' for n in range(1, 10))
    + "]>\n<lolz><p>&lol9; undoubtedly</p></lolz>\n"
)


def test_an_xml_billion_laughs(cli, tmp_path: Path) -> None:
    write(tmp_path / "lol.xml", BILLION_LAUGHS)
    write(tmp_path / "fine.md", "Japan will undoubtedly join.\n")
    result = cli("check", "lol.xml", "fine.md", "--isolated", "--output-format", "concise")
    assert_clean(result)
    assert result.code == 2
    assert "lol.xml:3:2: " in result.err and "entity declarations are not allowed" in result.err
    assert "fine.md:1:" in result.out
