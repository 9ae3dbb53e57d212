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
from hypothesis import example, given, settings
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


# -- the memoised scans of the inline parser ----------------------------------------
#
# The inline parser memoises the scans that decide whether a bracket starts a link (so
# that many brackets before the same stretch do not each read it again).  The functions
# below are those scans as they were written before, straightforward and quadratic;
# the memoised ones must answer exactly as they do, for any start and end, asked in any order.


def _reference_closing_bracket(stream: str, start: int, end: int) -> int | None:
    depth = 0
    position = start
    while position < end:
        char = stream[position]
        if char == "\\":
            position += 2
            continue
        if char == "`":
            position = markdown._past_code_span(stream, position, end)
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            if depth == 0:
                return position
            depth -= 1
        position += 1
    return None


def _reference_skip_space(stream: str, position: int, end: int) -> int:
    while position < end and stream[position].isspace():
        position += 1
    return position


def _reference_destination(stream: str, start: int, end: int) -> int | None:
    position = _reference_skip_space(stream, start, end)
    if position < end and stream[position] == "<":
        closing = stream.find(">", position + 1, end)
        if closing < 0 or "\n" in stream[position:closing]:
            return None
        position = closing + 1
    else:
        depth = 0
        while position < end:
            char = stream[position]
            if char == "\\":
                position += 2
                continue
            if char.isspace() or (char == ")" and depth == 0):
                break
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            position += 1
        if depth:
            return None
    position = _reference_skip_space(stream, position, end)
    if position < end and stream[position] in "\"'(":
        closer = ")" if stream[position] == "(" else stream[position]
        position += 1
        while position < end and stream[position] != closer:
            position += 2 if stream[position] == "\\" else 1
        if position >= end:
            return None
        position = _reference_skip_space(stream, position + 1, end)
    if position < end and stream[position] == ")":
        return position + 1
    return None


#: Streams for the closing bracket scan: brackets, escapes and code spans.
_BRACKETED = st.lists(
    st.sampled_from(["[", "[", "]", "]", "\\", "\\[", "\\]", "\\\\", "`", "``", "a", " ", "\n"]), max_size=24
).map("".join)

#: Streams for the destination scan: plain and ``<…>`` destinations, escapes, titles.
_DESTINATIONS = st.lists(
    st.sampled_from(
        ["(", ")", ")", "\\", "\\(", "\\)", "\\\\", " ", "\n", "\u00a0", "a", "<", ">", "<a\n", "\n>"]
        + ['"', "'", '\\"', "\\'", ' "t"', " 't'", " (t)", ' "t\\"', " (t\\)", "[", "`"]
    ),
    max_size=16,
).map("".join)


def _queries(stream: str, ends: tuple[int, int], chooser) -> list[tuple[int, int]]:
    """Every start before each of three ends (the stream's and two others), in a random order."""
    ends = sorted({len(stream), *(min(end, len(stream)) for end in ends)})
    queries = [(start, end) for end in ends for start in range(end + 2)]
    chooser.shuffle(queries)
    return queries


@settings(max_examples=500, deadline=None)
@given(_BRACKETED, st.integers(0, 30), st.integers(0, 30), st.randoms(use_true_random=False))
@example("[[a]`]`[\\]]][`` ` ``]", 9, 14, random.Random(1))
def test_memoised_bracket_scan(stream: str, first_end: int, second_end: int, chooser) -> None:
    parser = markdown._InlineParser(stream, frozenset())
    for start, end in _queries(stream, (first_end, second_end), chooser):
        assert parser._closing_bracket(start, end) == _reference_closing_bracket(stream, start, end), (start, end)


@settings(max_examples=500, deadline=None)
@given(_DESTINATIONS, st.integers(0, 30), st.integers(0, 30), st.randoms(use_true_random=False), st.sampled_from([0, 3, 200]))
@example('a(b)\\) "t\\"" )(<a\n> <b> \'t\')(c (d\\)) )', 12, 20, random.Random(1), 0)
@example('a(b)\\) "t\\"" )(<a\n> <b> \'t\')(c (d\\)) )', 12, 20, random.Random(1), 200)
@example("<a\n>) (<b\n> <c>)", 5, 12, random.Random(1), 0)
def test_memoised_destination_scan(stream: str, first_end: int, second_end: int, chooser, nearby: int) -> None:
    """``nearby``: how far titles and ``<…>`` destinations are looked for before the lists of their closers are used."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown, "_NEARBY", nearby)
        parser = markdown._InlineParser(stream, frozenset())
        for start, end in _queries(stream, (first_end, second_end), chooser):
            assert parser._destination(start, end) == _reference_destination(stream, start, end), (start, end)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aßSs \t\n\u00a0\u2028[]", max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 4))))
def test_long_labels_are_found_as_by_normalising_the_text(stream: str, picks) -> None:
    """The label check for long texts, which skips their whitespace, agrees with normalising them."""
    words = stream.split()
    labels = frozenset(
        markdown._normalize_label(" ".join(words[first : first + count])) for first, count in picks if words
    )
    parser = markdown._InlineParser(stream, labels)
    for start in range(len(stream) + 1):
        for end in range(start, len(stream) + 1):
            expected = markdown._normalize_label(stream[start:end]) in labels
            assert parser._long_label(start, end) == expected, (start, end)


def _reference_resolve_emphasis(items: list, delimiters: list[int]) -> list:
    """The general loop of _resolve_emphasis, looking through every opener for each closer."""
    openers: list[int] = []
    used_open = [0] * len(items)
    used_close = [0] * len(items)
    for index in delimiters:
        item = items[index]
        remaining = item.end - item.start
        if item.can_close:
            for stack_index in range(len(openers) - 1, -1, -1):
                if remaining == 0:
                    break
                opener_index = openers[stack_index]
                opener = items[opener_index]
                if opener.char != item.char:
                    continue
                available = opener.end - opener.start - used_open[opener_index]
                if item.char == "~" and available != remaining:
                    continue
                taken = min(available, remaining)
                used_open[opener_index] += taken
                used_close[index] += taken
                remaining -= taken
                del openers[stack_index + (1 if used_open[opener_index] < opener.end - opener.start else 0) :]
        if remaining and item.can_open:
            openers.append(index)
    pieces = []
    previous = 0
    for index in delimiters:
        pieces.extend(items[previous:index])
        item = items[index]
        start, end = item.start + used_close[index], item.end - used_open[index]
        if start < end:
            pieces.append((markdown._COPY, start, end, ""))
        previous = index + 1
    pieces.extend(items[previous:])
    return pieces


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_DELIMITERS, st.integers(0, 1)), min_size=3, max_size=12))
def test_emphasis_resolves_as_when_every_opener_was_looked_at(delimiters_and_gaps) -> None:
    items: list = []
    delimiters = []
    position = 0
    for (char, length, can_open, can_close), gap in delimiters_and_gaps:
        for _ in range(gap):
            items.append(markdown._Piece(markdown._COPY, position, position + 1))
            position += 1
        delimiters.append(len(items))
        items.append(markdown._Delimiter(char, position, position + length, can_open, can_close))
        position += length
    expected = _reference_resolve_emphasis(items, delimiters)
    assert markdown._resolve_emphasis(list(items), delimiters) == expected


def _reference_angle(stream: str, index: int, end: int) -> tuple[int, list, list]:
    """The HTML construct at a ``<`` as read by trying the tag pattern every time: (index after, prose, comments)."""
    if stream.startswith("<!--", index):
        closing = stream.find("-->", index + 4, end)
        comment_end = end if closing < 0 else closing + 3
        return comment_end, [], [(index, comment_end)]
    match = markdown._AUTOLINK.match(stream, index, end) or markdown._TAG.match(stream, index, end)
    if match is None:
        return index + 1, [markdown._Piece(markdown._COPY, index, index + 1)], []
    name = (match.groupdict().get("open") or "").lower()
    if name in markdown._RAW_TEXT_TAGS:
        closing = re.compile(rf"</{name}\s*>", re.I).search(stream, match.end(), end)
        return (closing.end() if closing else end), [], []
    return match.end(), [], []


_HTML = st.lists(
    st.sampled_from(
        ["<", "<", "<?", "?>", "<!", "<!a", "a", ">", "<![CDATA[", "]]>", "<!--", "-->", "<a>", "<a b='", "'"]
        + [" ", "\n", "x@y", "<script>", "</script>", "?", "]", "<http://h>"]
    ),
    max_size=16,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_HTML, st.integers(0, 40), st.randoms(use_true_random=False))
@example("<??><?<!a<!a><![CDATA[<?]]>?><!1>", 20, random.Random(1))
def test_html_constructs_without_a_terminator_are_skipped_as_when_matched(stream: str, other_end: int, chooser) -> None:
    """A ``<?``, ``<!X`` or ``<![CDATA[`` whose terminator is missing is prose, as when the tag pattern was tried."""
    parser = markdown._InlineParser(stream, frozenset())
    ends = {len(stream), min(other_end, len(stream))}
    queries = [(index, end) for end in ends for index in range(end) if stream[index] == "<"]
    chooser.shuffle(queries)
    for index, end in queries:
        items: list = []
        parser.comments = []
        found = parser._angle(index, end, items)
        assert (found, items, parser.comments) == _reference_angle(stream, index, end), (index, end)
