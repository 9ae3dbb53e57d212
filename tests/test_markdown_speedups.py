"""The Markdown reader's fast paths give exactly what the general paths give.

The reader skips work for the common case: a line that plainly continues a
paragraph, a leaf without markup, a leaf whose lines are a verbatim slice of
the source.  Each test here switches a fast path off (or compares a helper with
a straightforward reference) and checks that every output is unchanged: text,
blocks, comments, and the position, end position and label of every offset.
"""

from __future__ import annotations

import random
import re
from itertools import accumulate

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.document import Document, TextBuilder, line_starts
from claimcheck.readers import markdown
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.readers.text import source_lines

TRICKY = [
    "",
    "\n",
    "# Title\r\n\r\nPara one\r\nline two  \r\nthree\\\r\n\r\n- a\r\n- b\r\n",
    "# Title\r\rPara one\rline two  \rthree\r\r> q\r> r\r",
    "a\r\nb\rc\nd\r\n\re\n\r",
    "\ufeff# Heading\n\nText with BOM.\n",
    "Para\x00with nul\n\n# H\x00\n\n- \x00\n",
    "\t# not heading\n\tcode\n-\ttab item\n  \t- nested\n>\tquote\n\n1.\tone\n\t\t2. two\n\n \t \n",
    "Title\n=====\n\nSub\n---\n\nPara\ntwo\n===\n\n   Indented\n   ---\n- item\n---\n",
    "```\ncode\n```\n\n~~~ python\nx\n~~~\n\n``` a`b\nnot fence\n```\n\n   ```\nunclosed\n",
    "<div>\nhtml <b>bold</b> text\n</div>\n\nText <!-- inline\n\nmultiline --> after\n\n<!-- unclosed\n",
    "[foo]: http://x\n\n[foo] and [x][foo] and [nope] and ![img](a.png) [l](u \"t\") [l](<a b>) [l](a(b)c) [l](bad\n",
    "*a* **b** ***c*** _d_ __e__ snake_case_word 2*3*4 * spaced * ~~s~~ **unclosed *x _*mix*_ a**b**c\n",
    "line one  \nline two\\\nline three\t\nfour\n  indented  \n\n\n  after blanks \n",
    "| a | b |\n|---|:-:|\n| 1 | 2 \\| 3 |\n| `x|y` | z |\nnot row\n",
    "- a\n- b\n  - c\n    - d\n\n      para in d\n  lazy\n1. one\n2) two\n* \n+ plus\n-    five spaces\n",
    "- item **bold**\n   \tcontinued *em*\n  \n  after  blank\n",
    "> a\n> > b\nlazy\n> - item\n>     code\n>\n> c\n>> d\n>no space\n",
    "para\n# h\npara\n> q\npara\n- item\npara\n2. no\npara\n1. yes\npara\n***\npara\n```\nc\n```\n",
    "---\ntitle: x\nlang: fr\n---\n# Bonjour\n\nTexte.\n",
    "Ünïcödé *émphase* «guillemets» — “quotes” \u00a0nbsp\u00a0 \u2028sep\u0085nel\x0bvt\x0cff\n",
    "a\x0bb\x0cc\x1cd\n\x0b\n\x1c\n  \x85x\x85  \nend\u2028\n",
    "plain\n \nnext\n\t\nlast\n",
    "text **bold\nacross** lines  \nand [a link\nover](lines) <!-- c\n--> end\n",
    "see https://example.com/a_(b) and www.x.org. Httpſ://x (https://q.r/s) <http://x.y>\n",
    "&amp; &copy; &#123; &nbsp;\n&nbsp;lead and trail&nbsp;\n",
    ">" * 200 + " deep\n",
    "- " * 200 + "x\n",
    # List items whose lines are indented: their streams are slices of the source, indentation included.
    "-   one **bold\n    across** lines\n    and &amp; more\n-   two\n    &nbsp;lead\n\n    second para  \n    end\n",
    "1.  item with <!-- a\n    comment\n\n    --> after\n2.  *em*\n      deeper\n   less\nlazy *x*\n",
    "-   a\n    \tb *c*\n  \t d\n    \n    e\n- \tf\n    g `h\n    i` j\n",
    "- x\n  y **z**\n  - nested\n    more *m*\n      deepest\n  back\n",
    "-   trailing  \n    blanks\t\n    [link\n    text](u)\n    x\n",
    "> -   quoted\n>     item *x*\n>     y\n",
    "-   crlf *a*\r\n    b\r\n    c\r\n",
    "-   no final break *a*\n    b",
    "-   blank inner\n\n\n    lines *a*\n    \n    b\n",
]

PIECES = [
    "# ", "> ", "- ", "* ", "1. ", "    ", "\t", "  ", " ", "```", "---", "===", "***", "|", "| a | b |",
    "|---|---|", "[x]", "[x]: /u", "[x](/u)", "![i](p)", "<!--", "-->", "<b>", "&amp;", "&nbsp;", "\\", "`",
    "*", "**", "_", "~~", "http://a.b/c", "www.x.y", "word", "Mot", "é", "\u00a0", "\x0c", "a_b", "(", ")",
    "\n", "\n", "\n", "\n", "\r\n", "\r", "\n\n", "  \n", "\n  ", "-   ", "\n    ", "\n      ",
]


def snapshot(document: Document) -> tuple:
    """Everything the reader exposes, with the position, end position and label of every offset."""
    source_map = document.source_map
    offsets = range(-1, len(document.text) + 2)
    return (
        document.text,
        [(b.kind, b.start, b.end, b.level, b.section) for b in document.blocks],
        [(c.body, c.source_start, c.source_end) for c in document.comments],
        document.folded,
        document.language,
        [source_map.position(i) for i in offsets],
        [source_map.position(i, end=True) for i in offsets],
        [source_map.label(i) for i in offsets],
    )


def read(source: str) -> tuple:
    return snapshot(MarkdownReader().read(source, path="doc.md"))


class _JoinedStream(markdown._Stream):
    """A stream always built by joining its lines: the general path, never the verbatim slice."""

    def __init__(self, source: str, lines, contiguous: bool = False) -> None:
        self.lines = lines
        self.base = -1
        self.text = "\n".join(source[line.start : line.end] for line in lines)
        self.starts = list(accumulate([line.end - line.start + 1 for line in lines[:-1]], initial=0))


class _AlwaysMarkup:
    """Stands for ``_SPECIAL``: the reader's "no markup at all" check always fails, the parser's search is real."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str, *bounds: int):
        if not bounds:
            return True
        return self.pattern.search(text, *bounds)


NEVER = re.compile(r"(?!)")


class _NoIndentedRuns(dict):
    """Stands for ``_INDENTED_RUNS``: no run of a list item's indented lines is ever found at once."""

    def get(self, key, default=None):
        return NEVER


@pytest.fixture(params=["block", "stream", "markup", "all"])
def slow_reader(request, monkeypatch):
    """A function reading Markdown with one group of fast paths switched off."""

    def reader(source: str) -> tuple:
        with monkeypatch.context() as patch:
            if request.param in ("block", "all"):
                patch.setattr(markdown, "_CONTINUATION", NEVER)
                patch.setattr(markdown, "_CONTINUATION_RUN", NEVER)
                patch.setattr(markdown, "_INDENTED_RUNS", _NoIndentedRuns())
                patch.setattr(markdown, "_PARAGRAPH_START", NEVER)
            if request.param in ("stream", "all"):
                patch.setattr(markdown, "_Stream", _JoinedStream)
            if request.param in ("markup", "all"):
                patch.setattr(markdown, "_SPECIAL", _AlwaysMarkup(markdown._SPECIAL))
            return read(source)

    return reader


def _generated(count: int, seed: int) -> list[str]:
    chooser = random.Random(seed)
    return ["".join(chooser.choice(PIECES) for _ in range(chooser.randint(1, 60))) for _ in range(count)]


@pytest.mark.parametrize("source", TRICKY + _generated(150, 2024))
def test_fast_paths_change_nothing(slow_reader, source: str) -> None:
    assert read(source) == slow_reader(source)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_fast_paths_change_nothing_on_arbitrary_markdown(source: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown, "_CONTINUATION", NEVER)
        patch.setattr(markdown, "_CONTINUATION_RUN", NEVER)
        patch.setattr(markdown, "_INDENTED_RUNS", _NoIndentedRuns())
        patch.setattr(markdown, "_PARAGRAPH_START", NEVER)
        patch.setattr(markdown, "_Stream", _JoinedStream)
        patch.setattr(markdown, "_SPECIAL", _AlwaysMarkup(markdown._SPECIAL))
        slow = read(source)
    assert read(source) == slow


_ORIGINAL_SPECIAL = re.compile(r"[\\`<\[!&*_~]|(?<![\w/.@-])(?:https?://|www\.)", re.I)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="hHtTpPsSſwW:/.@-_ a1é\n<`*", max_size=40), st.integers(0, 5))
def test_special_matches_what_the_case_insensitive_pattern_matched(text: str, start: int) -> None:
    expected = _ORIGINAL_SPECIAL.search(text, start)
    found = markdown._SPECIAL.search(text, start)
    assert (expected and expected.span()) == (found and found.span())


def _reference_line_starts(source: str) -> list[int]:
    return [0] + [match.end() for match in re.finditer(r"\r\n?|\n", source)]


@given(st.text(alphabet="ab \t\r\n\x0b\x85\u2028", max_size=40))
def test_line_starts_and_source_lines(source: str) -> None:
    starts = line_starts(source)
    assert starts == _reference_line_starts(source)
    expected = []
    for index, start in enumerate(starts):
        brk = starts[index + 1] if index + 1 < len(starts) else len(source)
        end = brk
        if end > start and source[end - 1] == "\n":
            end -= 1
        if end > start and source[end - 1] == "\r":
            end -= 1
        if start == len(source) and index > 0:
            break
        expected.append((start, end, brk))
    assert [tuple(line) for line in source_lines(source)] == expected


class _ReferenceBuilder:
    """The text builder as a list of (text start, text length, source start, source length) tuples."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int, int]] = []
        self.length = 0

    def append(self, text: str, source_start: int, source_length: int) -> None:
        if self.segments:
            t, n, s, m = self.segments[-1]
            if n == m and t + n == self.length and s + m == source_start and len(text) == source_length:
                self.segments[-1] = (t, n + len(text), s, m + source_length)
                self.parts.append(text)
                self.length += len(text)
                return
        self.segments.append((self.length, len(text), source_start, source_length))
        self.parts.append(text)
        self.length += len(text)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab\r\n ", max_size=20),
    st.lists(
        st.tuples(st.sampled_from("crs"), st.integers(-2, 24), st.integers(-2, 24), st.sampled_from(["", "\n", "xy"])),
        max_size=12,
    ),
)
def test_text_builder_merges_segments_as_the_reference(source: str, operations) -> None:
    builder = TextBuilder(source)
    reference = _ReferenceBuilder(source)
    for operation, start, end, text in operations:
        if operation == "c":
            builder.copy(start, end)
            if end > start:
                reference.append(source[start:end], start, end - start)
        elif operation == "r":
            builder.replace(text, start, end)
            if text:
                reference.append(text, start, end - start)
        else:
            builder.separate(text)
            reference.parts.append(text)
            reference.length += len(text)
        assert builder.offset == reference.length
    assert builder.text() == "".join(reference.parts)
    built = builder.source_map()
    from claimcheck.document import SourceMap

    expected = SourceMap(source, reference.segments)
    for offset in range(-1, reference.length + 2):
        assert built.position(offset) == expected.position(offset)
        assert built.position(offset, end=True) == expected.position(offset, end=True)


_DELIMITERS = st.builds(
    lambda char, length, can_open, can_close: (char, 2 if char == "~" else length, can_open, can_close),
    st.sampled_from("*_~"),
    st.integers(1, 4),
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(_DELIMITERS, _DELIMITERS, st.integers(0, 2), st.integers(0, 2), st.integers(0, 2))
def test_two_delimiters_resolve_as_in_the_general_case(first, second, before, between, after) -> None:
    """_resolve_emphasis's shortcut for two delimiters gives what its general loop gives.

    A third delimiter that can neither open nor close changes nothing but sends
    the same items through the general loop, which then copies it whole."""
    items: list = []
    delimiters = []
    position = 0
    for gap, delimiter in ((before, first), (between, second), (after, None)):
        for _ in range(gap):
            items.append(markdown._Piece(markdown._COPY, position, position + 1))
            position += 1
        if delimiter is not None:
            char, length, can_open, can_close = delimiter
            delimiters.append(len(items))
            items.append(markdown._Delimiter(char, position, position + length, can_open, can_close))
            position += length
    inert = markdown._Delimiter("*", position, position + 1, False, False)
    general = markdown._resolve_emphasis(items + [inert], delimiters + [len(items)])
    assert general[-1] == (markdown._COPY, position, position + 1, "")
    assert markdown._resolve_emphasis(list(items), delimiters) == general[:-1]
