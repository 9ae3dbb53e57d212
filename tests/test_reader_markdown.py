"""The Markdown reader: what is prose, what is not, block structure and exact positions."""

from __future__ import annotations

import random

import pytest

from claimcheck.document import BlockKind, Comment
from claimcheck.readers.markdown import MarkdownReader
from conftest import assert_position, expected_position

H, P, LI, Q, TC = (
    BlockKind.HEADING,
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.QUOTE,
    BlockKind.TABLE_CELL,
)


def read(source: str):
    return MarkdownReader().read(source, path="doc.md")


def text(source: str) -> str:
    return read(source).text


def blocks(source: str) -> list[tuple[BlockKind, int, str]]:
    document = read(source)
    return [(block.kind, block.level, document.text[block.start : block.end]) for block in document.blocks]






def test_reader_declares_its_name_and_extensions():
    reader = MarkdownReader()
    assert reader.name == "markdown"
    assert reader.extensions == (".md", ".markdown", ".mdown", ".mkd")
    assert read("x").format == "markdown"


def test_document_without_prose_is_empty():
    for source in ["", "\n\n", "```\ncode\n```\n", "---\n", "<!-- only a comment -->\n", "[id]: http://x\n"]:
        document = read(source)
        assert document.text == ""
        assert document.blocks == ()


# -- front matter ----------------------------------------------------------------


def test_yaml_front_matter_is_excluded():
    source = "---\ntitle: Not prose\nlang: fr\n---\nLe texte commence ici.\n"
    document = read(source)
    assert document.text == "Le texte commence ici."
    assert document.language == "fr"
    assert_position(document, "commence")


def test_toml_front_matter_is_excluded():
    assert text('+++\ntitle = "Not prose"\n+++\nBody.\n') == "Body."


def test_front_matter_only_counts_at_the_very_start():
    assert blocks("Intro\n\n---\ntitle: x\n---\n") == [(P, 0, "Intro"), (H, 2, "title: x")]


# -- headings and sections ---------------------------------------------------------


def test_atx_headings_with_levels_and_closing_hashes():
    source = "# One\n## Two ##\n###### Six\n####### Seven\n#NoSpace\n"
    assert blocks(source) == [(H, 1, "One"), (H, 2, "Two"), (H, 6, "Six"), (P, 0, "####### Seven\n#NoSpace")]


def test_setext_headings():
    assert blocks("Title\n=====\n\nSub title\nsecond line\n---\n") == [
        (H, 1, "Title"),
        (H, 2, "Sub title\nsecond line"),
    ]


def test_sections_are_the_path_of_headings_above_a_block():
    source = "Preface.\n\n# Part A\n\nIntro.\n\n## Chapter *one*\n\n- item\n\n### Deep\n\nText.\n\n## Chapter two\n\nMore.\n\n# Part B\n\nEnd.\n"
    document = read(source)
    sections = [(document.text[block.start : block.end], block.section) for block in document.blocks]
    assert sections == [
        ("Preface.", ()),
        ("Part A", ()),
        ("Intro.", ("Part A",)),
        ("Chapter one", ("Part A",)),  # a heading's section is its parents' path, not itself
        ("item", ("Part A", "Chapter one")),
        ("Deep", ("Part A", "Chapter one")),
        ("Text.", ("Part A", "Chapter one", "Deep")),
        ("Chapter two", ("Part A",)),
        ("More.", ("Part A", "Chapter two")),
        ("Part B", ()),
        ("End.", ("Part B",)),
    ]


# -- paragraphs, line breaks, positions ---------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_positions_on_later_lines_with_any_line_ending(newline):
    source = newline.join(["# Heading", "", "First *line* here  ", "   second **line** yonder", "", "> quoted word", "- listed item", ""])
    document = read(source)
    assert document.text == "Heading\n\nFirst line here\nsecond line yonder\n\nquoted word\n\nlisted item"
    for word in ["Heading", "First", "here", "second", "yonder", "quoted", "listed"]:
        assert_position(document, word)
    first_break = document.text.index("here") + len("here")
    position = document.source_map.position(first_break)
    assert (position.line, position.column) == (3, 20)  # the line break itself, after the trailing blanks


def test_french_typography_positions_in_characters():
    source = "# Préambule\n\nL’Alliance *réaffirme*\u00a0: « la défense » est\u202fcollective\u00a0!\n"
    document = read(source)
    assert document.text == "Préambule\n\nL’Alliance réaffirme\u00a0: « la défense » est\u202fcollective\u00a0!"
    for word in ["Préambule", "L’Alliance", "réaffirme", "défense", "collective"]:
        assert_position(document, word)
    assert document.source_map.position(document.text.index("défense"))[:2] == (3, 31)


# -- lists and quotes ----------------------------------------------------------------


def test_bullet_and_ordered_lists_with_nesting_and_continuations():
    source = (
        "- first item\n"
        "  continued\n"
        "* second\n"
        "  - nested *one*\n"
        "    - deeper\n"
        "lazy continuation\n"
        "+ plus item\n"
        "\n"
        "1. ordered\n"
        "2) paren style\n"
        "   1. sub ordered\n"
        "\n"
        "   Second paragraph of item two.\n"
        "\n"
        "Back to a paragraph.\n"
    )
    assert blocks(source) == [
        (LI, 1, "first item\ncontinued"),
        (LI, 1, "second"),
        (LI, 2, "nested one"),
        (LI, 3, "deeper\nlazy continuation"),
        (LI, 1, "plus item"),
        (LI, 1, "ordered"),
        (LI, 1, "paren style"),
        (LI, 2, "sub ordered"),
        (LI, 1, "Second paragraph of item two."),
        (P, 0, "Back to a paragraph."),
    ]
    document = read(source)
    for word in ["nested", "deeper", "lazy", "Second"]:
        assert_position(document, word)


def test_block_quotes_nested_with_markers_left_out():
    source = "> Outer quote\n> still outer\n>\n> > Inner quote\n> > more inner\n\nAfter.\n"
    assert blocks(source) == [
        (Q, 1, "Outer quote\nstill outer"),
        (Q, 2, "Inner quote\nmore inner"),
        (P, 0, "After."),
    ]
    document = read(source)
    for word in ["Outer", "outer", "Inner", "inner"]:
        assert_position(document, word)


def test_quote_lazy_continuation_and_list_inside_quote():
    assert blocks("> quoted\nlazy line\n\n> - listed in quote\n") == [
        (Q, 1, "quoted\nlazy line"),
        (LI, 1, "listed in quote"),
    ]


# -- code --------------------------------------------------------------------------


def test_fenced_code_is_excluded_with_backticks_and_tildes():
    source = "Before.\n```python\nx = 'not prose'\n```\nBetween.\n~~~~ info\n~~~\nstill code\n~~~~\nAfter.\n"
    assert blocks(source) == [(P, 0, "Before."), (P, 0, "Between."), (P, 0, "After.")]


def test_unclosed_fence_runs_to_the_end():
    assert text("Prose.\n\n```\ncode\n\nmore code\n") == "Prose."


def test_fence_inside_a_list_item_is_excluded():
    assert blocks("- item\n\n  ```\n  code\n  ```\n- next\n") == [(LI, 1, "item"), (LI, 1, "next")]


def test_indented_code_after_blank_line_is_excluded_but_not_in_lists_or_paragraphs():
    assert text("Para.\n\n    code block\n    more\n\nAfter.\n") == "Para.\n\nAfter."
    assert text("Para\n    continued, not code\n") == "Para\ncontinued, not code"
    assert blocks("- item\n\n      indented in item\n") == [(LI, 1, "item"), (LI, 1, "indented in item")]


# -- tables ------------------------------------------------------------------------


def test_pipe_table_gives_one_block_per_nonempty_cell():
    source = "| Ally | Commitment |\n|:-----|-----------:|\n| Japan | 2 % |\n|  | *shared* \\| duty |\n\nAfter.\n"
    assert blocks(source) == [
        (TC, 0, "Ally"),
        (TC, 0, "Commitment"),
        (TC, 0, "Japan"),
        (TC, 0, "2 %"),
        (TC, 0, "shared | duty"),
        (P, 0, "After."),
    ]
    document = read(source)
    for word in ["Ally", "Commitment", "Japan", "shared", "duty"]:
        assert_position(document, word)


def test_table_without_outer_pipes_and_not_a_table_without_delimiter_row():
    assert blocks("a | b\n--|--\nc | d\n") == [(TC, 0, "a"), (TC, 0, "b"), (TC, 0, "c"), (TC, 0, "d")]
    assert blocks("a | b\nc | d\n") == [(P, 0, "a | b\nc | d")]


# -- HTML, comments, breaks, definitions ----------------------------------------------


def test_html_comments_are_excluded_and_recorded_with_their_source_range():
    source = "Text <!-- claimcheck-disable NJ101 -- why --> more.\n\n<!--\n# not a heading\n\n- not a list\n-->\nAfter.\n"
    document = read(source)
    assert document.text == "Text  more.\n\nAfter."
    assert document.comments == (
        Comment(" claimcheck-disable NJ101 -- why ", 5, 45),
        Comment("\n# not a heading\n\n- not a list\n", 53, 91),
    )
    for comment in document.comments:
        assert source[comment.source_start : comment.source_end] == f"<!--{comment.body}-->"
    assert_position(document, "After")


def test_html_tags_are_removed_but_text_between_them_kept():
    source = '<div align="center">\nInside <b>bold</b> text<br/>\n</div>\n\n<span class="x">Span</span>, a < b > c.\n'
    assert blocks(source) == [(P, 0, "Inside bold text"), (P, 0, "Span, a < b > c.")]


def test_script_and_style_content_is_not_prose():
    assert text("<script>var x = 1;</script>\n\nProse <style>p {}</style>here.\n") == "Prose here."


def test_thematic_breaks_are_excluded():
    assert blocks("One\n\n***\n\nTwo\n___\n- - -\n* * *\n") == [(P, 0, "One"), (P, 0, "Two")]


def test_link_reference_definitions_are_excluded():
    source = '[nato]: https://www.nato.int "NATO"\n[Japan MoD]: <https://www.mod.go.jp>\n\nSee [the treaty][nato], [Japan MoD] and [nato][].\n'
    assert text(source) == "See the treaty, Japan MoD and nato."


# -- inline ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, prose",
    [
        ("Some *emphasis* and **strong** text.", "Some emphasis and strong text."),
        ("Some _emphasis_ and __strong__ text.", "Some emphasis and strong text."),
        ("***both*** and ~~struck~~ out", "both and struck out"),
        ("snake_case_name and __init__ stay", "snake_case_name and init stay"),
        ("2 * 3 * 4 = 24 and 2*3*4 too", "2 * 3 * 4 = 24 and 2*3*4 too"),
        ("an * alone and a_b", "an * alone and a_b"),
        ("unclosed *star and **bold", "unclosed *star and **bold"),
        ("*multi\nline*", "multi\nline"),
        ("Use `code span` here and ``a ` b`` too.", "Use  here and  too."),
        ("unclosed `tick stays", "unclosed `tick stays"),
        ('A [link text](http://x.org "title") here.', "A link text here."),
        ("A [*nested* link](<url with space>) here.", "A nested link here."),
        ("An ![alt text](img.png) image.", "An alt text image."),
        ("Plain [brackets] stay.", "Plain [brackets] stay."),
        ("See <https://example.com/a> now.", "See  now."),
        ("Mail <someone@example.com> now.", "Mail  now."),
        ("Bare https://example.com/path?q=1. Next", "Bare . Next"),
        ("Also http://x.org/a_(b) and www.nato.int, ok.", "Also  and , ok."),
        ("Escaped \\*not emphasis\\* and \\_ and \\\\.", "Escaped *not emphasis* and _ and \\."),
        ("Entities &amp; &nbsp;&#8217;&eacute;&#x41; &bogus; & alone", "Entities & \u00a0’éA &bogus; & alone"),
        ("Hard break\\\nnext", "Hard break\nnext"),
    ],
)
def test_inline_markup(source, prose):
    assert text(source) == prose


def test_escape_maps_to_the_escaped_character():
    source = "Price \\*50\\* now"
    document = read(source)
    star = document.text.index("*")
    assert document.source_map.source_offset(star) == source.index("*")
    assert document.source_map.position(document.text.index("now"))[:2] == (1, 14)


def test_entity_maps_to_its_source_range():
    source = "Fish &amp; chips"
    document = read(source)
    assert document.text == "Fish & chips"
    ampersand = document.text.index("&")
    assert document.source_map.position(ampersand)[:2] == (1, 6)
    assert document.source_map.position(ampersand + 1, end=True)[:2] == (1, 7)
    assert_position(document, "chips")


def test_blocks_are_separated_by_a_blank_line_and_never_contain_one():
    document = read("# Title\n\nPara one\n<!-- c -->\nstill one\n\n- item\n")
    assert document.text == "Title\n\nPara one\nstill one\n\nitem"
    for block in document.blocks:
        assert "\n\n" not in document.text[block.start : block.end]


# -- robustness ----------------------------------------------------------------------

_PIECES = list("#*_-+>|`~[]()!<>&;:/\\.=1 \t\nab\u00e9\u00a0") + [
    "\r\n", "\r", "<!--", "-->", "```", "~~~", "http://", "www.", "&amp;", "&#", "    ", "---\n", "+++\n",
    "<div>", "</span>", "<script>", "1. ", "- ", "> ", "| --- |", "[x]: ", "](", "![",
]


def check_invariants(source: str) -> None:
    document = read(source)
    for block in document.blocks:
        content = document.text[block.start : block.end]
        assert content and content == content.strip() and "\n\n" not in content
    for offset, char in enumerate(document.text):
        if document.block_at(offset) is None:
            continue
        source_offset = document.source_map.source_offset(offset)
        original = source[source_offset]
        assert original == char or (char == "\n" and original in "\r\n") or original == "&"
    for comment in document.comments:
        assert source.startswith("<!--", comment.source_start)


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a test extra

    def test_never_raises_on_random_markdown():
        generator = random.Random(20240601)
        for _ in range(3000):
            check_invariants("".join(generator.choice(_PIECES) for _ in range(generator.randint(0, 60))))

else:

    @settings(max_examples=1500, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
    def test_never_raises_on_random_markdown(source):
        check_invariants(source)

    @settings(max_examples=300, deadline=None)
    @given(st.text(max_size=200))
    def test_never_raises_on_arbitrary_text(source):
        check_invariants(source)
