"""The ODT reader: the same paragraph-per-line model as DOCX, from content.xml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.document import BlockKind
from claimcheck.errors import InputError
from claimcheck.readers.odt import OdtReader
from conftest import block_labels as labels
from conftest import block_rows as blocks
from conftest import write
from office_files import make_odt, odt_heading, odt_list, odt_note, odt_paragraph, odt_table


def read(data: bytes):
    return OdtReader().read(data, path="doc.odt")




def test_reader_declares_its_name_extensions_and_binary():
    reader = OdtReader()
    assert (reader.name, reader.extensions, reader.binary) == ("odt", (".odt",), True)
    assert reader.sniff(make_odt(["Hello."])[:4096])
    assert not reader.sniff(make_odt(["x"], mimetype="application/vnd.oasis.opendocument.spreadsheet")[:4096])
    assert read(make_odt(["Hello."])).format == "odt"


def test_paragraphs_spaces_tabs_and_line_breaks():
    paragraph = odt_paragraph(
        "Two", '<text:s text:c="2"/>', "spaces,", "<text:tab/>", "a tab,", "<text:line-break/>",
        '<text:span text:style-name="T1">a span</text:span>', " and\n  collapsed   blanks.",
    )
    document = read(make_odt(["First.", "", paragraph]))
    assert document.source == "First.\nTwo  spaces, a tab, a span and collapsed blanks."
    assert document.text == "First.\n\nTwo  spaces, a tab, a span and collapsed blanks."
    assert labels(document) == ["paragraph 1", "paragraph 2"]


def test_headings_lists_tables_and_sections():
    document = read(
        make_odt(
            [
                odt_heading("Policy", 1),
                odt_heading("Scope", 2),
                "Scope text.",
                odt_list("first item", odt_list("nested item")),
                odt_table([["Year", "Budget"]]),
                odt_heading("Next", 1),
                "Closing.",
            ]
        )
    )
    assert blocks(document) == [
        (BlockKind.HEADING, 1, (), "Policy"),
        (BlockKind.HEADING, 2, ("Policy",), "Scope"),
        (BlockKind.PARAGRAPH, 0, ("Policy", "Scope"), "Scope text."),
        (BlockKind.LIST_ITEM, 1, ("Policy", "Scope"), "first item"),
        (BlockKind.LIST_ITEM, 2, ("Policy", "Scope"), "nested item"),
        (BlockKind.TABLE_CELL, 0, ("Policy", "Scope"), "Year"),
        (BlockKind.TABLE_CELL, 0, ("Policy", "Scope"), "Budget"),
        (BlockKind.HEADING, 1, (), "Next"),
        (BlockKind.PARAGRAPH, 0, ("Next",), "Closing."),
    ]
    assert labels(document)[2] == "paragraph 3 (Policy › Scope)"


def test_footnotes_are_not_duplicated_in_the_paragraph_that_cites_them():
    document = read(
        make_odt(
            [
                odt_paragraph("Claim", odt_note("1", "Source of the claim."), " stands."),
                odt_paragraph("End", odt_note("i", "An endnote.", note_class="endnote"), "."),
            ]
        )
    )
    assert document.text == "Claim stands.\n\nEnd.\n\nSource of the claim.\n\nAn endnote."
    assert labels(document) == ["paragraph 1", "paragraph 2", "footnote 1", "endnote i"]


def test_annotations_go_to_comments():
    paragraph = odt_paragraph(
        "We will ",
        '<office:annotation office:name="c1"><dc:creator>Reviewer</dc:creator><dc:date>2024-01-01</dc:date>'
        "<text:p>Too strong?</text:p></office:annotation>",
        "undoubtedly",
        '<office:annotation-end office:name="c1"/>',
        " act.",
    )
    document = read(make_odt(["Intro.", paragraph]))
    assert document.text == "Intro.\n\nWe will undoubtedly act."
    (comment,) = document.comments
    assert comment.body == "Too strong?"
    assert document.source[comment.source_start : comment.source_end] == "undoubtedly"


def test_tracked_deletions_and_tables_of_contents_are_skipped():
    changes = (
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
        "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
        "<text:p>deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>"
    )
    toc = (
        "<text:table-of-content><text:index-body>"
        + odt_paragraph("Scope 1")
        + "</text:index-body></text:table-of-content>"
    )
    document = read(make_odt([changes, toc, odt_paragraph("We ", '<text:change text:change-id="ct1"/>', "act.")]))
    assert document.text == "We act."


def test_text_boxes_follow_their_paragraph():
    frame = (
        '<draw:frame draw:name="F1"><draw:text-box>'
        + odt_paragraph("Boxed claim.")
        + "</draw:text-box></draw:frame>"
    )
    document = read(make_odt([odt_paragraph("Anchor.", frame), "After."]))
    assert document.text == "Anchor.\n\nBoxed claim.\n\nAfter."


def test_another_opendocument_type_is_refused():
    with pytest.raises(InputError, match=r"^doc\.odt: not an OpenDocument text file"):
        read(make_odt(["x"], mimetype="application/vnd.oasis.opendocument.spreadsheet"))


def test_a_file_that_is_not_a_zip():
    with pytest.raises(InputError, match=r"^doc\.odt: not a valid ODT \(zip\) file"):
        read(b"plain text")


def test_the_cli_reports_paragraph_column_and_label(cli, tmp_path: Path):
    data = make_odt([odt_heading("Title", 1), odt_heading("Section", 2), "Intro.", "Japan will undoubtedly join the effort."])
    write(tmp_path / "doc.odt", data)
    result = cli("check", "doc.odt", "--output-format", "json", "--isolated", "--select", "PS")
    assert result.code in (0, 1), result.err
    (finding,) = [item for item in json.loads(result.out)["findings"] if item["code"] == "PS101"]
    assert (finding["start"]["line"], finding["start"]["column"]) == (4, 12)
    assert finding["label"] == "paragraph 4 (Title › Section)"
    concise = cli("check", "doc.odt", "--output-format", "concise", "--isolated", "--select", "PS")
    assert "doc.odt:4:12: PS101 " in concise.out
    assert "(paragraph 4 (Title › Section))" in concise.out


def test_the_cli_sniffs_an_odt_without_its_extension(cli, tmp_path: Path):
    write(tmp_path / "policy.bin", make_odt(["Japan will undoubtedly join the effort."]))
    result = cli("check", "policy.bin", "--output-format", "concise", "--isolated", "--select", "PS")
    assert "policy.bin:1:12: PS101" in result.out


def test_a_shape_with_text_is_read_after_its_paragraph():
    shape = '<draw:custom-shape draw:name="S1">' + odt_paragraph("Shape text.") + "</draw:custom-shape>"
    assert read(make_odt([odt_paragraph("Anchor.", shape)])).text == "Anchor.\n\nShape text."
