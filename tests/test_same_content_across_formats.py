"""The same brief as Markdown, HTML, XML (DocBook), DOCX and ODT gives the same findings, on the same words.

Rules see only the Document, so a format must change where a finding is
shown (line and column, or "paragraph N"), never what is found: each finding
is compared by code and by the words it points at in its own file.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

import pytest

from conftest import write
from office_files import docx_heading, docx_list_item, docx_paragraph, make_docx, make_odt, odt_heading, odt_list

TITLE = "Le Japon et l’OTAN"
PARAGRAPHS = [
    "Le Japon est, « sans aucun doute », un pivot de la sécurité en Asie-Pacifique.",
    "Japan will undoubtedly deepen its ties with NATO in order to deter aggression.",
]
ITEM = "Tout le monde sait que la cyberdéfense est prioritaire."


def _markdown() -> str:
    return f"# {TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n- {ITEM}\n"


def _html() -> str:
    body = "".join(f"<p>{escape(text)}</p>\n" for text in PARAGRAPHS)
    return f"<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Note</title></head><body>\n<h1>{escape(TITLE)}</h1>\n{body}<ul><li>{escape(ITEM)}</li></ul>\n</body></html>\n"


def _xml() -> str:
    body = "".join(f"<para>{escape(text)}</para>\n" for text in PARAGRAPHS)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<article xmlns="http://docbook.org/ns/docbook">\n'
        f"<title>{escape(TITLE)}</title>\n{body}"
        f"<itemizedlist><listitem><para>{escape(ITEM)}</para></listitem></itemizedlist>\n</article>\n"
    )


def _docx() -> bytes:
    return make_docx([docx_heading(TITLE, 1), *(docx_paragraph(text) for text in PARAGRAPHS), docx_list_item(ITEM)])


def _odt() -> bytes:
    return make_odt([odt_heading(TITLE, 1), *PARAGRAPHS, odt_list(ITEM)])


FORMATS = {
    "brief.md": _markdown,
    "brief.html": _html,
    "brief.xml": _xml,
    "brief.docx": _docx,
    "brief.odt": _odt,
}


def _words(source_lines: list[str], finding: dict) -> str:
    """The words a finding points at, read from the file's own lines at the finding's position."""
    start, end = finding["start"], finding["end"]
    assert start["line"] == end["line"], finding
    return source_lines[start["line"] - 1][start["column"] - 1 : end["column"] - 1]


def _findings(cli, tmp_path: Path, name: str) -> list[tuple[str, str]]:
    content = FORMATS[name]()
    write(tmp_path / name, content)
    result = cli("check", name, "--select", "PS", "--output-format", "json", "--isolated", "--exit-zero")
    assert result.err == ""
    findings = json.loads(result.out)["findings"]
    if isinstance(content, bytes):
        # A Word or OpenDocument file's "lines" are its paragraphs: the reader's source, one per line.
        from claimcheck.readers.docx import DocxReader
        from claimcheck.readers.odt import OdtReader

        reader = DocxReader() if name.endswith(".docx") else OdtReader()
        lines = reader.read(content, path=name).source.split("\n")
    else:
        lines = content.splitlines()
    return [(finding["code"], _words(lines, finding)) for finding in findings]


EXPECTED = [
    ("PS101", "sans aucun doute"),
    ("PS201", "Asie-Pacifique"),
    ("PS101", "undoubtedly"),
    ("PS202", "in order to"),
    ("PS102", "Tout le monde sait"),
]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_each_format_reports_the_same_findings_on_the_same_words(cli, tmp_path: Path, name: str) -> None:
    assert _findings(cli, tmp_path, name) == EXPECTED


def test_word_findings_carry_the_paragraph_label(cli, tmp_path: Path) -> None:
    write(tmp_path / "brief.docx", _docx())
    result = cli("check", "brief.docx", "--select", "PS102", "--output-format", "concise", "--isolated", "--exit-zero")
    assert result.out.endswith(f"(paragraph 4 ({TITLE}))\n")
