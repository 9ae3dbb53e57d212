"""The plain-text reader: paragraphs, line breaks of every platform and exact positions."""

from __future__ import annotations


import pytest

from claimcheck.document import BlockKind
from claimcheck.readers.text import TextReader
from conftest import assert_position, expected_position


def read(source: str):
    return TextReader().read(source, path="doc.txt")






def test_reader_declares_its_name_and_extensions():
    reader = TextReader()
    assert reader.name == "text"
    assert reader.extensions == (".txt", ".text")
    assert read("x").format == "text"


def test_paragraphs_are_separated_by_blank_lines():
    document = read("First paragraph\nstill first.\n\n   \nSecond one.\n")
    assert document.text == "First paragraph\nstill first.\n\nSecond one."
    assert [(block.kind, document.text[block.start : block.end]) for block in document.blocks] == [
        (BlockKind.PARAGRAPH, "First paragraph\nstill first."),
        (BlockKind.PARAGRAPH, "Second one."),
    ]
    assert all(block.level == 0 and block.section == () for block in document.blocks)


def test_indentation_and_trailing_blanks_are_not_copied():
    source = "    indented line   \n\tTabbed\t\n"
    document = read(source)
    assert document.text == "indented line\nTabbed"
    assert_position(document, "indented")
    assert_position(document, "Tabbed")


def test_empty_and_blank_files_have_no_blocks():
    assert read("").text == ""
    assert read("").blocks == ()
    assert read(" \n\r\n\t\n").blocks == ()


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_positions_are_right_on_later_lines_whatever_the_line_endings(newline):
    source = newline.join(["Alpha beta", "  gamma delta", "", "epsilon", "zeta eta", ""])
    document = read(source)
    assert document.text == "Alpha beta\ngamma delta\n\nepsilon\nzeta eta"
    for word in ["Alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]:
        if word == "eta":
            offset = document.text.index(" eta") + 1
            position = document.source_map.position(offset)
            assert (position.line, position.column) == (5, 6)
            continue
        assert_position(document, word)


def test_crlf_inside_a_paragraph_becomes_a_single_newline_that_maps_to_the_break():
    source = "one\r\ntwo"
    document = read(source)
    assert document.text == "one\ntwo"
    newline = document.text.index("\n")
    position = document.source_map.position(newline)
    assert (position.line, position.column, position.offset) == (1, 4, 3)


def test_french_typography_columns_are_counted_in_characters():
    source = (
        "Préambule\n"
        "\u00a0L’Alliance « réaffirme » son engagement\u202f;\n"
        "l’article 5 s’applique\u00a0: « défense collective ».\n"
    )
    document = read(source)
    # A leading non-breaking space is whitespace: not copied.
    assert document.text.split("\n")[1] == "L’Alliance « réaffirme » son engagement\u202f;"
    for word in ["Préambule", "L’Alliance", "réaffirme", "engagement", "s’applique", "défense", "collective"]:
        assert_position(document, word)
    offset = document.text.index("défense")
    assert document.source_map.position(offset)[:2] == (3, 28)


def test_blocks_cover_exactly_their_paragraph():
    document = read("a b\n\nc\n")
    assert [(block.start, block.end) for block in document.blocks] == [(0, 3), (5, 6)]
    assert document.block_at(4) is None
