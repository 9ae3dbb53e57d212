"""The DOCX reader: paragraphs one per source line, structure from styles, text boxes once, notes and comments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.document import BlockKind
from claimcheck.readers.docx import DocxReader
from conftest import SHARED, write
from conftest import block_labels as labels
from conftest import block_rows as blocks
from office_files import (
    docx_comment_range,
    docx_heading,
    docx_list_item,
    docx_paragraph,
    docx_run,
    docx_textbox,
    make_docx,
)

CORPUS_DOCX = SHARED / "corpus" / "en_gpo_uslm-projects_format-fixture.docx"


def read(data: bytes):
    return DocxReader().read(data, path="doc.docx")




def test_reader_declares_its_name_extensions_and_binary():
    reader = DocxReader()
    assert (reader.name, reader.extensions, reader.binary) == ("docx", (".docx",), True)
    data = make_docx(["Hello."])
    assert reader.sniff(data[:4096])
    assert not reader.sniff(b"PK\x03\x04 some other zip")
    assert read(data).format == "docx"


def test_paragraphs_become_lines_of_the_source_and_blocks_of_the_text():
    document = read(make_docx(["First paragraph.", "", "Second\tparagraph.", "  Third one.  "]))
    assert document.source == "First paragraph.\nSecond paragraph.\n  Third one.  "
    assert document.text == "First paragraph.\n\nSecond paragraph.\n\nThird one."
    assert blocks(document) == [
        (BlockKind.PARAGRAPH, 0, (), "First paragraph."),
        (BlockKind.PARAGRAPH, 0, (), "Second paragraph."),
        (BlockKind.PARAGRAPH, 0, (), "Third one."),
    ]
    # Empty paragraphs are spacing: they are not numbered.
    assert labels(document) == ["paragraph 1", "paragraph 2", "paragraph 3"]


def test_runs_tabs_and_breaks_join_into_one_line():
    paragraph = docx_paragraph(
        "Split ", '<w:r><w:t>wo</w:t></w:r><w:r><w:t>rd</w:t></w:r>',
        '<w:r><w:br/><w:t>after break</w:t><w:cr/><w:tab/><w:t>end</w:t></w:r>',
    )
    document = read(make_docx([paragraph]))
    assert document.text == "Split word after break  end"
    assert document.source.count("\n") == 0


def test_headings_lists_and_sections():
    document = read(
        make_docx(
            [
                docx_heading("Annual Policy", 0),
                "Preamble text.",
                docx_heading("Introduction", 1),
                docx_heading("Scope", 2),
                "Scope text.",
                docx_list_item("first item"),
                docx_list_item("nested item", 1),
                docx_heading("Next", 1),
                "Closing text.",
            ]
        )
    )
    assert blocks(document) == [
        (BlockKind.HEADING, 1, (), "Annual Policy"),
        (BlockKind.PARAGRAPH, 0, ("Annual Policy",), "Preamble text."),
        (BlockKind.HEADING, 1, (), "Introduction"),
        (BlockKind.HEADING, 2, ("Introduction",), "Scope"),
        (BlockKind.PARAGRAPH, 0, ("Introduction", "Scope"), "Scope text."),
        (BlockKind.LIST_ITEM, 1, ("Introduction", "Scope"), "first item"),
        (BlockKind.LIST_ITEM, 2, ("Introduction", "Scope"), "nested item"),
        (BlockKind.HEADING, 1, (), "Next"),
        (BlockKind.PARAGRAPH, 0, ("Next",), "Closing text."),
    ]
    assert labels(document) == [
        "paragraph 1",
        "paragraph 2 (Annual Policy)",
        "paragraph 3",
        "paragraph 4 (Introduction)",
        "paragraph 5 (Introduction › Scope)",
        "paragraph 6 (Introduction › Scope)",
        "paragraph 7 (Introduction › Scope)",
        "paragraph 8",
        "paragraph 9 (Next)",
    ]


def test_localised_style_ids_are_resolved_through_styles_xml():
    styles = {"Titre1": "heading 1", "Titre2": "heading 2", "Normal": "Normal"}
    document = read(
        make_docx(
            [docx_heading("Objet", style="Titre1"), docx_heading("Champ", style="Titre2"), "Texte."], styles=styles
        )
    )
    assert blocks(document) == [
        (BlockKind.HEADING, 1, (), "Objet"),
        (BlockKind.HEADING, 2, ("Objet",), "Champ"),
        (BlockKind.PARAGRAPH, 0, ("Objet", "Champ"), "Texte."),
    ]


def test_style_ids_are_recognised_without_styles_xml():
    document = read(make_docx([docx_heading("Objet", style="Titre1"), "Texte."], styles={}))
    assert blocks(document)[0] == (BlockKind.HEADING, 1, (), "Objet")


def test_an_outline_level_makes_a_heading():
    data = make_docx([docx_heading("Custom", style="MyHead"), "Body."], styles={"MyHead": "My Head"})
    document = read(data)
    assert blocks(document)[0][0] is BlockKind.PARAGRAPH  # a style named nothing like a heading
    paragraph = '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>' + docx_run("Outlined") + "</w:p>"
    assert blocks(read(make_docx([paragraph])))[0] == (BlockKind.HEADING, 2, (), "Outlined")


def test_table_cells():
    document = read(make_docx([docx_heading("Figures", 1)], table=[["Year", "Budget"], ["2024", "1.5%"]]))
    assert blocks(document)[1:] == [
        (BlockKind.TABLE_CELL, 0, ("Figures",), "Year"),
        (BlockKind.TABLE_CELL, 0, ("Figures",), "Budget"),
        (BlockKind.TABLE_CELL, 0, ("Figures",), "2024"),
        (BlockKind.TABLE_CELL, 0, ("Figures",), "1.5%"),
    ]


def test_a_text_box_is_read_once_from_mc_choice():
    document = read(make_docx(["Before.", docx_textbox("Boxed claim.", anchor_text="Anchor."), "After."]))
    assert document.text == "Before.\n\nAnchor.\n\nBoxed claim.\n\nAfter."
    assert document.text.count("Boxed claim.") == 1


def test_a_vml_only_text_box_is_read():
    vml = (
        "<w:r><w:pict><v:rect><v:textbox><w:txbxContent>"
        + docx_paragraph("Old box.")
        + "</w:txbxContent></v:textbox></v:rect></w:pict></w:r>"
    )
    document = read(make_docx([docx_paragraph(vml)]))
    assert document.text == "Old box."


def test_tracked_changes_deletions_and_field_codes_are_skipped():
    paragraph = docx_paragraph(
        "We ",
        '<w:del w:id="1" w:author="A"><w:r><w:delText>never </w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="A"><w:r><w:t>always </w:t></w:r></w:ins>',
        "act",
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> (page 3)</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>',
        ".",
    )
    assert read(make_docx([paragraph])).text == "We always act (page 3)."


def test_content_controls_are_read():
    sdt = (
        "<w:sdt><w:sdtPr><w:alias w:val='Box'/></w:sdtPr><w:sdtContent>"
        + docx_paragraph("Inside a control.")
        + "</w:sdtContent></w:sdt>"
    )
    inline = docx_paragraph("Say ", "<w:sdt><w:sdtContent>" + docx_run("this") + "</w:sdtContent></w:sdt>", ".")
    assert read(make_docx([sdt, inline])).text == "Inside a control.\n\nSay this."


def test_a_table_of_contents_is_skipped():
    toc = (
        "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/></w:docPartObj></w:sdtPr>"
        "<w:sdtContent>" + docx_paragraph("Introduction 1") + "</w:sdtContent></w:sdt>"
    )
    assert read(make_docx([toc, docx_heading("Introduction", 1)])).text == "Introduction"


def test_footnotes_and_endnotes_follow_the_body_in_reference_order():
    body = [
        docx_paragraph("Claim one.", '<w:r><w:footnoteReference w:id="7"/></w:r>'),
        docx_paragraph("Claim two.", '<w:r><w:footnoteReference w:id="3"/></w:r>', '<w:r><w:endnoteReference w:id="1"/></w:r>'),
    ]
    document = read(make_docx(body, footnotes={3: "Second note.", 7: "First note."}, endnotes={1: "An endnote."}))
    assert document.text == "Claim one.\n\nClaim two.\n\nFirst note.\n\nSecond note.\n\nAn endnote."
    assert document.source.splitlines() == ["Claim one.", "Claim two.", "First note.", "Second note.", "An endnote."]
    assert labels(document) == ["paragraph 1", "paragraph 2", "footnote 1", "footnote 2", "endnote 1"]
    assert all(block.section == () for block in document.blocks)


def test_comments_are_kept_out_of_the_text_and_anchored():
    paragraph = docx_paragraph("We will ", docx_comment_range(0, "undoubtedly"), " act.")
    document = read(make_docx(["Intro.", paragraph], comments={0: "Too strong?"}))
    assert document.text == "Intro.\n\nWe will undoubtedly act."
    (comment,) = document.comments
    assert comment.body == "Too strong?"
    assert document.source[comment.source_start : comment.source_end] == "undoubtedly"


def test_positions_are_paragraph_and_character():
    document = read(make_docx(["One.", "", "Two, then undoubtedly three."]))
    offset = document.text.index("undoubtedly")
    position = document.source_map.position(offset)
    assert (position.line, position.column) == (2, 11)
    assert document.source_map.label(offset) == "paragraph 2"


def test_the_cli_reports_paragraph_column_and_label(cli, tmp_path: Path):
    data = make_docx(
        [docx_heading("Title", 0), docx_heading("Section", 1), "Intro line.", "Japan will undoubtedly join the effort."]
    )
    write(tmp_path / "doc.docx", data)
    result = cli("check", "doc.docx", "--output-format", "json", "--isolated", "--select", "PS")
    assert result.code in (0, 1), result.err
    (finding,) = [item for item in json.loads(result.out)["findings"] if item["code"] == "PS101"]
    assert (finding["start"]["line"], finding["start"]["column"]) == (4, 12)
    assert (finding["end"]["line"], finding["end"]["column"]) == (4, 23)
    assert finding["label"] == "paragraph 4 (Section)"
    concise = cli("check", "doc.docx", "--output-format", "concise", "--isolated", "--select", "PS")
    line = next(line for line in concise.out.splitlines() if "PS101" in line)
    assert line.startswith("doc.docx:4:12: PS101 ")
    assert line.endswith("(paragraph 4 (Section))")


def test_the_cli_sniffs_a_docx_without_its_extension(cli, tmp_path: Path):
    write(tmp_path / "policy.bin", make_docx(["Japan will undoubtedly join the effort."]))
    result = cli("check", "policy.bin", "--output-format", "concise", "--isolated", "--select", "PS")
    assert "policy.bin:1:12: PS101" in result.out


def test_a_docx_without_document_xml_is_an_input_error(cli, tmp_path: Path):
    from office_files import zip_bytes

    write(tmp_path / "empty.docx", zip_bytes({"[Content_Types].xml": "<Types/>"}))
    write(tmp_path / "good.docx", make_docx(["Japan will undoubtedly join the effort."]))
    result = cli("check", "empty.docx", "good.docx", "--output-format", "concise", "--isolated", "--select", "PS")
    assert result.code == 2
    assert "empty.docx: not a valid DOCX file: it has no word/document.xml" in result.err
    assert "good.docx:1:12: PS101" in result.out


@pytest.mark.skipif(not CORPUS_DOCX.exists(), reason="shared corpus not present")
def test_the_real_corpus_docx():
    document = DocxReader().read(CORPUS_DOCX.read_bytes(), path=CORPUS_DOCX.name)
    for phrase in (
        "Documents in USLM",
        "Promote international interoperability with documents produced by parliaments world-wide.",
        "create a prototype of the LSA",
    ):
        assert document.text.count(phrase) == 1, phrase
    lines = document.source.split("\n")
    assert len(lines) == len(document.blocks)
    assert lines[0] == "Documents in USLM"
    kinds = {block.kind for block in document.blocks}
    assert BlockKind.LIST_ITEM in kinds
    offset = document.text.index("FR/CFR Pilot")
    position = document.source_map.position(offset)
    assert lines[position.line - 1].startswith("FR/CFR Pilot")
    assert document.source_map.label(offset) == f"paragraph {position.line}"
