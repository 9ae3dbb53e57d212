"""The HTML reader: what is prose, what is not, block structure and exact positions."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from claimcheck.document import BlockKind, Comment
from claimcheck.readers.html import HtmlReader
from conftest import SHARED, assert_position, expected_position, write

H, P, LI, Q, TC = (
    BlockKind.HEADING,
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.QUOTE,
    BlockKind.TABLE_CELL,
)

CORPUS_PAGE = SHARED / "corpus" / "en_eurlex_com-2025-11_proposal-council-decision_format-fixture.html"


def read(source: str):
    return HtmlReader().read(source, path="page.html")


def text(source: str) -> str:
    return read(source).text


def blocks(source: str) -> list[tuple[BlockKind, int, str]]:
    document = read(source)
    return [(block.kind, block.level, document.text[block.start : block.end]) for block in document.blocks]


def assert_mapped(document) -> None:
    """Every character of every block stands for the source character the map points at.

    Copied characters are equal; a reference stands for its ``&``; a ``\\n`` or a
    space that replaced blanks stands for a blank, a line break or a ``<br>``.
    """
    source, text = document.source, document.text
    for block in document.blocks:
        for offset in range(block.start, block.end):
            char = text[offset]
            at = document.source_map.source_offset(offset)
            assert 0 <= at < len(source)
            found = source[at]
            assert found == char or found == "&" or (char in "\n " and found in " \t\r\n\f<"), (offset, char, found)


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Page title is metadata</title>
  <style>p { color: red; } .styled-away {}</style>
  <script>var scripted = "undoubtedly";</script>
</head>
<body>
  <header><p>Header prose stays.</p></header>
  <nav><ul><li>Navigation link</li></ul></nav>
  <h1>Alliance <em>posture</em></h1>
  <p>Opening paragraph with <a href="https://example.org">a link</a>
     and a <strong>strong</strong> word.</p>
  <h2>Partners</h2>
  <ul>
    <li>First item</li>
    <li>Second item
      <ol><li>Nested item</li></ol>
    </li>
  </ul>
  <blockquote><p>Quoted words.</p></blockquote>
  <h3>Figures</h3>
  <table>
    <caption>Table caption</caption>
    <tr><th>Header cell</th><td>Data cell</td></tr>
  </table>
  <dl><dt>Term</dt><dd>Description</dd></dl>
  <figure><img src="x.png" alt="Alt text"><figcaption>Figure caption</figcaption></figure>
  <details><summary>Summary line</summary><p>Details body</p></details>
  <h2>Annex</h2>
  <div>Loose text in a div</div>
  <section>Section text <span>with a span</span></section>
  <pre>preformatted code</pre>
  <p>Run <code>rm -rf</code> never.</p>
  <footer>Footer prose stays.</footer>
</body>
</html>
"""


# -- the reader ---------------------------------------------------------------------


def test_reader_declares_its_name_and_extensions():
    reader = HtmlReader()
    assert reader.name == "html"
    assert reader.extensions == (".html", ".htm", ".xhtml")
    assert read("<p>x</p>").format == "html"


def test_document_without_prose_is_empty():
    for source in ["", "\n\n", "<html><head><title>T</title></head><body></body></html>", "<!-- only -->", "<p> </p>"]:
        document = read(source)
        assert document.text == ""
        assert document.blocks == ()


def test_plain_fragment_is_one_paragraph():
    assert blocks("Just <b>some</b> words.") == [(P, 0, "Just some words.")]


# -- blocks -------------------------------------------------------------------------


def test_blocks_kinds_and_levels():
    assert blocks(PAGE) == [
        (P, 0, "Header prose stays."),
        (H, 1, "Alliance posture"),
        (P, 0, "Opening paragraph with a link\nand a strong word."),
        (H, 2, "Partners"),
        (LI, 1, "First item"),
        (LI, 1, "Second item"),
        (LI, 2, "Nested item"),
        (Q, 1, "Quoted words."),
        (H, 3, "Figures"),
        (P, 0, "Table caption"),
        (TC, 0, "Header cell"),
        (TC, 0, "Data cell"),
        (P, 0, "Term"),
        (P, 0, "Description"),
        (P, 0, "Figure caption"),
        (P, 0, "Summary line"),
        (P, 0, "Details body"),
        (H, 2, "Annex"),
        (P, 0, "Loose text in a div"),
        (P, 0, "Section text with a span"),
        (P, 0, "Run never."),
        (P, 0, "Footer prose stays."),
    ]


def test_blocks_are_separated_by_a_blank_line():
    document = read("<h1>One</h1><p>Two</p>\n<p>Three</p>")
    assert document.text == "One\n\nTwo\n\nThree"
    assert [(b.start, b.end) for b in document.blocks] == [(0, 3), (5, 8), (10, 15)]


def test_sections_follow_headings():
    document = read(PAGE)
    sections = {document.text[b.start : b.end]: b.section for b in document.blocks}
    assert sections["Header prose stays."] == ()
    assert sections["Alliance posture"] == ()
    assert sections["Partners"] == ("Alliance posture",)
    assert sections["Nested item"] == ("Alliance posture", "Partners")
    assert sections["Data cell"] == ("Alliance posture", "Partners", "Figures")
    assert sections["Annex"] == ("Alliance posture",)
    assert sections["Loose text in a div"] == ("Alliance posture", "Annex")
    assert [s.path for s in document.sections][:3] == [(), (), ("Alliance posture",)]


def test_text_is_extracted_completely_and_only_once():
    document = read(PAGE)
    for phrase in ["Opening paragraph", "a link", "strong", "Nested item", "Header cell", "Footer prose"]:
        assert document.text.count(phrase) == 1, phrase
    assert_mapped(document)


def test_paragraphs_inside_list_items_quotes_and_cells_take_their_kind():
    source = "<ul><li><p>In item</p></li></ul><blockquote><blockquote><p>Deep</p></blockquote></blockquote>" \
        "<table><tr><td><p>In cell</p></td></tr></table><ul><li>x<blockquote>Quote in item</blockquote></li></ul>"
    assert blocks(source) == [
        (LI, 1, "In item"), (Q, 2, "Deep"), (TC, 0, "In cell"), (LI, 1, "x"), (Q, 1, "Quote in item"),
    ]  # fmt: skip


def test_heading_levels_one_to_six():
    source = "".join(f"<h{n}>Title {n}</h{n}>" for n in range(1, 7))
    assert blocks(source) == [(H, n, f"Title {n}") for n in range(1, 7)]
    document = read(source)
    assert document.blocks[-1].section == ("Title 1", "Title 2", "Title 3", "Title 4", "Title 5")


# -- what is not prose --------------------------------------------------------------


def test_script_style_head_nav_and_code_are_not_prose():
    document = read(PAGE)
    for absent in ["Page title", "color", "styled-away", "scripted", "undoubtedly", "Navigation", "rm -rf",
                   "preformatted", "Alt text", "utf-8"]:  # fmt: skip
        assert absent not in document.text, absent


@pytest.mark.parametrize(
    "element",
    ["script", "style", "noscript", "template", "svg", "math", "code", "kbd", "samp", "button",
     "select", "option", "textarea", "iframe", "object", "title"],
)  # fmt: skip
def test_skipped_elements_with_their_content(element):
    assert text(f"<p>Before <{element}>hidden <b>words</b></{element}> after.</p>") == "Before after."


@pytest.mark.parametrize("element", ["nav", "pre"])
def test_skipped_block_elements_also_end_the_block(element):
    assert text(f"<div>Before <{element}>hidden <b>words</b></{element}> after.</div>") == "Before\n\nafter."


def test_hidden_and_aria_hidden_elements_are_skipped():
    source = (
        '<p hidden>Gone one</p><div aria-hidden="true"><p>Gone two</p></div>'
        '<p>Kept <span aria-hidden="false">visible</span> <input hidden> too</p>'
    )
    assert text(source) == "Kept visible too"


def test_header_and_footer_are_kept_but_nav_is_not():
    source = "<header>Site header <nav>Home | About</nav></header><footer><p>Contact us</p></footer>"
    assert blocks(source) == [(P, 0, "Site header"), (P, 0, "Contact us")]


# -- whitespace and line breaks -----------------------------------------------------


def test_blanks_at_block_edges_are_not_copied():
    source = "<p>\n   Spaced out   \n</p><p>&nbsp;Padded&nbsp;</p>"
    assert blocks(source) == [(P, 0, "Spaced out"), (P, 0, "Padded")]


def test_runs_of_blanks_become_one_space_or_one_line_break():
    assert text("<p>one   two\t\tthree\n      four <b> five </b> six</p>") == "one two three\nfour five six"


def test_br_is_a_line_break():
    assert text("<p>one<br>two<br/>\n  three</br>four</p>") == "one\ntwo\nthree\nfour"
    document = read("<p>one<br>two</p>")
    assert document.source_map.position(3) == (1, 7, 6)  # the "\n" stands for the <br>


def test_inline_elements_do_not_split_words():
    assert text("<p>un<b>break</b>able <abbr>NATO</abbr><sup>1</sup> <q>said</q> <mark>x</mark></p>") == \
        "unbreakable NATO1 said x"


# -- positions ----------------------------------------------------------------------


def test_positions_of_words_are_exact():
    document = read(PAGE)
    for word in ["Header prose", "posture", "Opening", "a link", "Nested", "Quoted", "Table caption",
                 "Data cell", "Term", "Loose", "with a span", "never", "Footer"]:  # fmt: skip
        assert_position(document, word)


def test_entities_map_to_their_characters_and_later_positions_stay_right():
    source = "<p>R&amp;D&nbsp;budget, l&#8217;OTAN, caf&eacute; and &#x2019;quoted&#39; then target here.</p>\n"
    document = read(source)
    assert document.text == "R&D\u00a0budget, l\u2019OTAN, caf\u00e9 and \u2019quoted' then target here."
    for word in ["budget", "OTAN", "caf", "quoted", "target", "here"]:
        assert_position(document, word)
    # A resolved character points at its reference, which it ends with.
    offset = document.text.index("\u2019")
    assert document.source_map.position(offset) == expected_position(source, "&#8217;")[:2] + (source.index("&#8217;"),)
    assert source.startswith("&#8217;", document.source_map.source_offset(offset))


def test_unknown_entities_stay_as_written():
    document = read("<p>AT&T and &bogus; and &amp</p>")
    assert document.text == "AT&T and &bogus; and &"  # a legacy entity needs no semicolon
    assert_mapped(document)


def test_malformed_references_do_not_swallow_markup():
    # HTMLParser would hand the rest of the file back as text after an "&#" that is no reference.
    source = "<p>one &#xyz; two &#; three &#12a;</p><p>next <b>bold</b> &#</p><p>last</p>"
    assert blocks(source) == [(P, 0, "one &#xyz; two &#; three &#12a;"), (P, 0, "next bold &#"), (P, 0, "last")]
    document = read(source)
    assert_position(document, "three")
    assert_position(document, "last")


def test_crlf_source():
    source = (
        "<html>\r\n<body>\r\n<h1>Title</h1>\r\n<p>First line\r\nsecond line with target</p>\r\n"
        "<p>Other&amp;word</p>\r\n</body></html>\r\n"
    )
    document = read(source)
    assert document.text == "Title\n\nFirst line\nsecond line with target\n\nOther&word"
    for word in ["Title", "First", "second", "target", "word"]:
        assert_position(document, word)
    # The "\n" inside the paragraph stands for the whole CRLF.
    offset = document.text.index("\nsecond")
    assert document.source_map.position(offset).line == 4


def test_lone_cr_source():
    source = "<p>Alpha\rbeta</p>\r<p>gamma</p>\r"
    document = read(source)
    assert document.text == "Alpha\nbeta\n\ngamma"
    for word in ["Alpha", "beta", "gamma"]:
        assert_position(document, word)


def test_french_typographic_text():
    source = (
        '<html lang="fr">\n<body>\n'
        "<h1>Stratégie de l’Alliance</h1>\n"
        "<p>L’OTAN et le Japon renforcent leur coopération\u00a0: c’est «\u00a0évident\u00a0».</p>\n"
        "<p>Les alliés ont réaffirmé l&rsquo;importance de l&#8217;Indo-Pacifique.</p>\n"
        "</body>\n</html>\n"
    )
    document = read(source)
    assert document.language == "fr"
    assert "L’OTAN et le Japon renforcent leur coopération\u00a0: c’est «\u00a0évident\u00a0»." in document.text
    assert "réaffirmé l’importance de l’Indo-Pacifique." in document.text
    for word in ["Stratégie", "coopération", "évident", "réaffirmé", "importance", "Indo-Pacifique"]:
        assert_position(document, word)
    assert document.blocks[1].section == ("Stratégie de l’Alliance",)


# -- comments -----------------------------------------------------------------------


def test_comments_are_recorded_with_exact_offsets():
    source = "<p>Before <!-- claimcheck-disable PS101 -- reason --> after</p>\n<!--\nmulti\nline\n-->\n<p>x</p>"
    document = read(source)
    first = source.index("<!-- claimcheck")
    second = source.index("<!--\nmulti")
    assert document.comments == (
        Comment(" claimcheck-disable PS101 -- reason ", first, source.index(" after")),
        Comment("\nmulti\nline\n", second, source.index("\n<p>x")),
    )
    for comment in document.comments:
        assert source[comment.source_start : comment.source_end].startswith("<!--")
        assert source[comment.source_start : comment.source_end].endswith("-->")
    assert "claimcheck" not in document.text
    assert document.text == "Before after\n\nx"


def test_comments_in_skipped_elements_are_still_recorded():
    document = read("<nav><!-- claimcheck-disable-file --></nav><p>x</p>")
    assert [c.body for c in document.comments] == [" claimcheck-disable-file "]


def test_unclosed_comment_runs_to_the_end():
    source = "<p>Kept</p><!-- never closed <p>not prose</p>"
    document = read(source)
    assert document.text == "Kept"
    assert document.comments == (Comment(" never closed <p>not prose</p>", 11, len(source)),)


# -- malformed HTML -----------------------------------------------------------------


def test_malformed_html_is_read_with_its_text_intact():
    source = (
        "<div><p>First paragraph\n<p>Second <b>bold <i>both</b> paragraph</div></div>\n"
        "<p>Third</span> paragraph</p></p>\n<ul><li>One<li>Two</ul>\n<p>Unclosed at the end <em>emph"
    )
    document = read(source)
    assert blocks(source) == [
        (P, 0, "First paragraph"),
        (P, 0, "Second bold both paragraph"),
        (P, 0, "Third paragraph"),
        (LI, 1, "One"),
        (LI, 1, "Two"),
        (P, 0, "Unclosed at the end emph"),
    ]
    for word in ["First", "Second", "both", "Third", "Two", "emph"]:
        assert_position(document, word)


def test_unterminated_tags_and_declarations_are_not_prose():
    assert text("<p>text</p><p>more <a href='x") == "text\n\nmore"
    assert text("<p>a</p><![weird[ section <p>b</p>") == "a\n\nb"
    assert text("<p>a < b and c <3 d <</p>") == "a < b and c <3 d <"


def test_unclosed_head_ends_at_the_body():
    assert text("<html><head><title>T</title><body><p>Body text</p>") == "Body text"
    assert text("<html><head><title>T</title>Loose text") == "Loose text"


def test_random_markup_never_raises_and_maps_exactly():
    pieces = ["<p>", "</p>", "<div>", "</div>", "<li>", "<ul>", "</ul>", "<h2>", "</h3>", "<br>", "<br/>",
              "<!--", "-->", "<script>", "</script>", "<", ">", "&", "&amp;", "&#", "&#x41;", "&#12", ";",
              "<![CDATA[", "]]>", "<?pi", "<!x", "</", " ", "\n", "\r\n", "\r", "\t", "word", "mot", "é", "’",
              '"', "'", "=", "<a href='", "<b>", "</b>", "<td>", "<tr>", "<blockquote>", "<nav>",
              "<code hidden>"]  # fmt: skip
    generator = random.Random(20250601)
    for _ in range(400):
        source = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 40)))
        document = read(source)
        assert_mapped(document)
        for block in document.blocks:
            assert block.start < block.end
            assert not document.text[block.start].isspace() and not document.text[block.end - 1].isspace()


# -- XHTML and the real corpus ------------------------------------------------------


def test_xhtml_with_xml_prolog():
    source = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n'
        '  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>T</title></head>\n'
        '<body>\n<p class="empty"/>\n<p>Self-closed <br/>break and <span class="x">span</span>.</p>\n'
        "<h2>Heading</h2><p>Under it</p>\n</body></html>\n"
    )
    document = read(source)
    assert blocks(source) == [(P, 0, "Self-closed\nbreak and span."), (H, 2, "Heading"), (P, 0, "Under it")]
    assert document.language == "en"
    assert document.blocks[2].section == ("Heading",)
    for word in ["Self-closed", "break and", "Heading", "Under"]:
        assert_position(document, word)


@pytest.mark.skipif(not CORPUS_PAGE.exists(), reason="corpus file not available")
def test_real_eurlex_page():
    source = CORPUS_PAGE.read_text(encoding="utf-8")
    document = read(source)
    assert_mapped(document)
    phrases = [
        "This proposal concerns the decision establishing the position",
        "The Agreement entered into force on 17 May 2019.",
        "The European Union and all Member States are parties to the Agreement.",
    ]
    for phrase in phrases:
        assert document.text.count(phrase) == 1, phrase
        line, column, end_column = expected_position(source, phrase)
        offset = document.text.index(phrase)
        assert tuple(document.source_map.position(offset))[:2] == (line, column)
        assert tuple(document.source_map.position(offset + len(phrase), end=True))[:2] == (line, end_column)
    # Metadata (head, title, comments) is not prose; the comments are recorded.
    assert "IMMC.COM" not in document.text
    assert "docVars" not in document.text
    assert any("converter_version" in comment.body for comment in document.comments)
    for comment in document.comments:
        assert source.startswith("<!--", comment.source_start) and source.endswith("-->", 0, comment.source_end)
    # No script or style content, whatever the page carries.
    for tag in ("script", "style"):
        index = source.find(f"<{tag}")
        while index >= 0:
            body = source[source.index(">", index) + 1 : source.find(f"</{tag}", index)]
            for line in body.splitlines():
                assert not line.strip() or line.strip() not in document.text
            index = source.find(f"<{tag}", index + 1)
    assert "<" not in document.text


# -- sniffing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"<!DOCTYPE html>\n<html>", True),
        (b"  \n\t<!doctype HTML PUBLIC", True),
        (b"<HTML lang=en>", True),
        (b"\xef\xbb\xbf<!DOCTYPE html>", True),
        (b"\xff\xfe" + "<html>".encode("utf-16-le"), True),
        (b"<?xml version='1.0'?><html>", False),
        (b"# Markdown", False),
        (b"<p>fragment</p>", False),
        (b"", False),
    ],
)
def test_sniff(head, expected):
    assert HtmlReader().sniff(head) is expected


# -- end to end ---------------------------------------------------------------------


def test_cli_reports_html_finding_at_its_exact_position(cli, tmp_path: Path):
    source = (
        "<!DOCTYPE html>\r\n<html><head><style>.undoubtedly {}</style></head>\r\n<body>\r\n"
        "<h1>Caf&eacute; &amp; policy</h1>\r\n"
        "<p>The Alliance&nbsp;will <em>undoubtedly</em> adapt.</p>\r\n"
        "<script>var x = 'undoubtedly';</script>\r\n</body></html>\r\n"
    )
    write(tmp_path / "page.html", source)
    result = cli("check", "page.html", "--output-format", "json", "--isolated", "--select", "PS")
    assert result.code in (0, 1), result.err
    findings = json.loads(result.out)["findings"]
    # "undoubtedly" is also in the style and the script: mark the visible one to count its place by hand.
    marked = source.replace("<em>undoubtedly</em>", "<em>UNDOUBTEDLY</em>")
    line, column, end_column = expected_position(marked, "UNDOUBTEDLY")
    positions = [
        (f["code"], f["start"]["line"], f["start"]["column"], f["end"]["line"], f["end"]["column"]) for f in findings
    ]
    assert positions == [("PS101", line, column, line, end_column)]
    assert source[findings[0]["start"]["offset"] : findings[0]["end"]["offset"]] == "undoubtedly"


def test_cli_sniffs_an_html_file_without_extension(cli, tmp_path: Path):
    write(tmp_path / "page", "<!DOCTYPE html>\n<p>It will <b>undoubtedly</b> work.</p>\n")
    result = cli("check", "page", "--output-format", "json", "--isolated", "--select", "PS")
    findings = json.loads(result.out)["findings"]
    assert [(f["start"]["line"], f["start"]["column"]) for f in findings] == [(2, 15)]
