"""Inline suppression: directives in comments (and plain-text lines) hide findings, and are checked themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.config import default_settings
from claimcheck.document import Document
from claimcheck.engine import check_document
from claimcheck.finding import Finding, Location, Severity
from claimcheck.readers.html import HtmlReader
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.readers.text import TextReader
from claimcheck.readers.xml import XmlReader
from claimcheck.runtime import build_runtime
from claimcheck.suppression import Directive, DirectiveKind, apply_suppressions, known_names, parse_directives

ALIASES = {
    "PS101": "overconfident-wording",
    "PS102": "unsupported-consensus",
    "PS201": "indo-pacific",
    "NJ101": "article-9-not-addressed",
    "NJ201": "nj-claim",
    "CC001": "parse-error",
    "CC002": "unused-suppression",
    "CC003": "unclosed-disable",
    "CC004": "unknown-rule-in-directive",
}
KNOWN = {**{code: code for code in ALIASES}, **{alias: code for code, alias in ALIASES.items()}}


def md(source: str) -> Document:
    return MarkdownReader().read(source, path="x.md")


def at(document: Document, code: str, needle: str, nth: int = 0, *, length: int | None = None) -> Finding:
    """A finding of ``code`` on the ``nth`` occurrence of ``needle`` in the source."""
    index = -1
    for _ in range(nth + 1):
        index = document.source.index(needle, index + 1)
    position = document.source_map.position_of_source
    end = index + (len(needle) if length is None else length)
    return Finding(
        path=document.path,
        code=code,
        alias=ALIASES.get(code, ""),
        severity=Severity.WARNING,
        message=f"{code} on {needle!r}",
        start=Location(*position(index)),
        end=Location(*position(end)),
        fingerprint=f"{code}-{needle}-{nth}",
    )


def apply(document: Document, findings, *, plain_text: bool = False):
    return apply_suppressions(document, findings, known=KNOWN, plain_text=plain_text)


def names(findings) -> list[str]:
    """``CODE:message`` of hand-made findings (whose message names the needle)."""
    return [finding.message for finding in findings]


def problems(result) -> list[tuple[str, int, int, int, int, str]]:
    return [(p.code, p.start.line, p.start.column, p.end.line, p.end.column, p.message) for p in result.problems]


def comment_span(document: Document, text: str, nth: int = 0) -> tuple[int, int, int, int]:
    """Start line/column and exclusive end line/column of the ``nth`` occurrence of ``text`` in the source."""
    index = -1
    for _ in range(nth + 1):
        index = document.source.index(text, index + 1)
    position = document.source_map.position_of_source
    start, end = position(index), position(index + len(text))
    return start.line, start.column, end.line, end.column


# --- parsing -----------------------------------------------------------------------------------


def test_parse_every_kind_with_selectors_reasons_and_positions():
    source = (
        "Intro text.\n"
        "\n"
        "<!-- claimcheck-disable PS101,overconfident-wording -- quoting the minister -->\n"
        "Text <!-- claimcheck-enable PS101 --> more.\n"
        "<!--claimcheck-disable-next-line NJ201, PS1  PS2-->\n"
        "<!-- claimcheck-disable-line -->\n"
        "<!--\n  claimcheck-disable-file NJ101\n  -- coverage is handled in the annex\n-->\n"
    )
    document = md(source)
    directives = parse_directives(document)
    assert [(d.kind, d.selectors, d.reason) for d in directives] == [
        (DirectiveKind.DISABLE, ("PS101", "overconfident-wording"), "quoting the minister"),
        (DirectiveKind.ENABLE, ("PS101",), ""),
        (DirectiveKind.DISABLE_NEXT_LINE, ("NJ201", "PS1", "PS2"), ""),
        (DirectiveKind.DISABLE_LINE, (), ""),
        (DirectiveKind.DISABLE_FILE, ("NJ101",), "coverage is handled in the annex"),
    ]
    assert all(d.kind == d.kind.value for d in directives)  # kinds compare equal to their strings
    first, enable, _, _, whole = directives
    comment = "<!-- claimcheck-disable PS101,overconfident-wording -- quoting the minister -->"
    assert (first.line, first.column, first.end_line) == (3, 1, 3)
    assert (first.offset, first.end_offset) == (source.index(comment), source.index(comment) + len(comment))
    assert first.text == "claimcheck-disable PS101,overconfident-wording -- quoting the minister"
    assert first.name == "claimcheck-disable PS101,overconfident-wording"
    assert (enable.line, enable.column, enable.end_line) == (4, 6, 4)
    assert (whole.line, whole.column, whole.end_line) == (7, 1, 10)
    assert whole.text == "claimcheck-disable-file NJ101 -- coverage is handled in the annex"
    assert not any(d.own_line for d in directives)


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- a note about claimcheck-disable -->",
        "<!-- claimcheck-disabled PS101 -->",
        "<!-- claimcheck-disable-everything -->",
        "<!-- claimcheck -->",
        "<!-- CLAIMCHECK-DISABLE PS101 -->",
    ],
)
def test_comments_that_are_not_directives(comment):
    assert parse_directives(md(f"Text.\n\n{comment}\n")) == []


def test_directive_shown_as_code_is_not_read():
    source = "Write `<!-- claimcheck-disable PS101 -->` to quote.\n\n```\n<!-- claimcheck-disable -->\n```\n"
    assert parse_directives(md(source)) == []


def test_no_directives_keeps_everything():
    document = md("Undoubtedly.\n")
    finding = at(document, "PS101", "Undoubtedly")
    result = apply(document, [finding])
    assert (result.kept, result.suppressed, result.problems) == ([finding], [], [])


# --- disable / enable --------------------------------------------------------------------------


def test_disable_enable_range_is_from_the_end_of_the_disable_to_the_start_of_the_enable():
    source = (
        "Before undoubtedly.\n"
        "\n"
        "Same line undoubtedly <!-- claimcheck-disable PS101 --> then certainly after.\n"
        "\n"
        "Inside surely.\n"
        "\n"
        "Just before doubtless <!-- claimcheck-enable PS101 --> and clearly after.\n"
        "\n"
        "Later plainly.\n"
    )
    document = md(source)
    findings = [
        at(document, "PS101", "undoubtedly", 0),
        at(document, "PS101", "undoubtedly", 1),
        at(document, "PS101", "certainly"),
        at(document, "PS101", "surely"),
        at(document, "PS101", "doubtless"),
        at(document, "PS101", "clearly"),
        at(document, "PS101", "plainly"),
        at(document, "PS102", "Inside"),
    ]
    result = apply(document, findings)
    assert [f.message for f in result.suppressed] == ["PS101 on 'certainly'", "PS101 on 'surely'", "PS101 on 'doubtless'"]
    assert [f.message for f in result.kept] == [
        "PS101 on 'undoubtedly'",
        "PS101 on 'undoubtedly'",
        "PS101 on 'clearly'",
        "PS101 on 'plainly'",
        "PS102 on 'Inside'",
    ]
    assert result.problems == []


def test_alias_prefix_and_several_selectors():
    source = (
        "<!-- claimcheck-disable overconfident-wording, PS2 NJ101 -->\n"
        "one two three four five\n"
        "<!-- claimcheck-enable -->\n"
    )
    document = md(source)
    findings = [at(document, code, word) for code, word in (("PS101", "one"), ("PS102", "two"), ("PS201", "three"), ("NJ101", "four"), ("NJ201", "five"))]
    result = apply(document, findings)
    assert [f.code for f in result.suppressed] == ["PS101", "PS201", "NJ101"]
    assert [f.code for f in result.kept] == ["PS102", "NJ201"]
    assert result.problems == []


def test_prefix_selector_covers_every_code_it_starts():
    document = md("<!-- claimcheck-disable-next-line PS1 -->\none two three\n")
    findings = [at(document, "PS101", "one"), at(document, "PS102", "two"), at(document, "PS201", "three")]
    result = apply(document, findings)
    assert [f.code for f in result.suppressed] == ["PS101", "PS102"]
    assert [f.code for f in result.kept] == ["PS201"]
    assert result.problems == []


def test_disable_without_codes_is_every_rule_and_enable_of_one_rule_turns_only_it_back_on():
    source = (
        "<!-- claimcheck-disable -- generated annex -->\n"
        "one two\n"
        "<!-- claimcheck-enable PS101 -->\n"
        "three four\n"
        "<!-- claimcheck-enable -->\n"
        "five six\n"
    )
    document = md(source)
    findings = [
        at(document, "PS101", "one"),
        at(document, "NJ201", "two"),
        at(document, "PS101", "three"),
        at(document, "NJ201", "four"),
        at(document, "PS101", "five"),
        at(document, "XX999", "six"),  # a rule the mapping does not know (a plugin's): an every-rule disable covers it too
        at(document, "XX999", "two", length=1),
    ]
    result = apply(document, findings)
    assert names(result.suppressed) == ["PS101 on 'one'", "NJ201 on 'two'", "NJ201 on 'four'", "XX999 on 'two'"]
    assert names(result.kept) == ["PS101 on 'three'", "PS101 on 'five'", "XX999 on 'six'"]
    assert result.problems == []


def test_overlapping_ranges_end_rule_by_rule():
    source = (
        "<!-- claimcheck-disable PS101 -->\n"
        "a1 b1\n"
        "<!-- claimcheck-disable PS102 -->\n"
        "a2 b2\n"
        "<!-- claimcheck-enable PS101 -->\n"
        "a3 b3\n"
        "<!-- claimcheck-enable PS102 -->\n"
        "a4 b4\n"
    )
    document = md(source)
    findings = [at(document, "PS101", f"a{n}") for n in range(1, 5)] + [at(document, "PS102", f"b{n}") for n in range(1, 5)]
    result = apply(document, findings)
    assert names(result.suppressed) == ["PS101 on 'a1'", "PS101 on 'a2'", "PS102 on 'b2'", "PS102 on 'b3'"]
    assert names(result.kept) == ["PS101 on 'a3'", "PS101 on 'a4'", "PS102 on 'b1'", "PS102 on 'b4'"]
    assert result.problems == []


def test_nested_disables_of_one_rule_are_ended_by_one_enable():
    source = (
        "<!-- claimcheck-disable PS101 -->\n"
        "one\n"
        "<!-- claimcheck-disable PS101 -->\n"
        "two\n"
        "<!-- claimcheck-enable PS101 -->\n"
        "three\n"
    )
    document = md(source)
    result = apply(document, [at(document, "PS101", word) for word in ("one", "two", "three")])
    assert names(result.suppressed) == ["PS101 on 'one'", "PS101 on 'two'"]
    assert names(result.kept) == ["PS101 on 'three'"]
    assert result.problems == []  # each disable suppressed one finding; neither is left open


def test_a_redundant_outer_disable_is_unused():
    """A finding covered by two directives counts for the nearest: the outer one did nothing the inner did not."""
    source = (
        "<!-- claimcheck-disable PS101 -->\n"
        "Text.\n"
        "<!-- claimcheck-disable PS101 -->\n"
        "two\n"
        "<!-- claimcheck-enable PS101 -->\n"
    )
    document = md(source)
    result = apply(document, [at(document, "PS101", "two")])
    assert [f.code for f in result.suppressed] == ["PS101"]
    line, column, end_line, end_column = comment_span(document, "<!-- claimcheck-disable PS101 -->")
    assert problems(result) == [
        (
            "CC002",
            line,
            column,
            end_line,
            end_column,
            "'claimcheck-disable PS101' suppressed no finding before its claimcheck-enable or the end of the file; "
            "remove it and its claimcheck-enable",
        )
    ]


# --- next line, same line, file ----------------------------------------------------------------


def test_disable_next_line_skips_blank_and_comment_only_lines_and_covers_findings_that_start_there():
    source = (
        "<!-- claimcheck-disable-next-line PS101 -->\n"
        "\n"
        "<!-- claimcheck-disable-next-line overconfident-wording -- stacked -->\n"
        "   \n"
        "<!-- an editor's note -->\n"
        "Target undoubtedly, and also\n"
        "certainly here.\n"
        "Next line undoubtedly.\n"
    )
    document = md(source)
    multi_line = at(document, "PS102", "also\ncertainly")
    findings = [at(document, "PS101", "undoubtedly", 0), at(document, "PS101", "certainly"), at(document, "PS101", "undoubtedly", 1), multi_line]
    result = apply(document, findings)
    assert names(result.suppressed) == ["PS101 on 'undoubtedly'"]  # line 6 only, and only PS101
    assert names(result.kept) == ["PS101 on 'certainly'", "PS101 on 'undoubtedly'", "PS102 on 'also\\ncertainly'"]
    # Both stacked directives target line 6; the finding counts for the nearer one, so the first is unused.
    line, column, end_line, end_column = comment_span(document, "<!-- claimcheck-disable-next-line PS101 -->")
    assert problems(result) == [
        (
            "CC002",
            line,
            column,
            end_line,
            end_column,
            "'claimcheck-disable-next-line PS101' suppressed no finding on line 6, the next line with text; remove it",
        )
    ]


def test_disable_next_line_after_a_multi_line_comment_targets_the_line_after_its_last_line():
    source = "<!--\nclaimcheck-disable-next-line\n-->\nundoubtedly\nagain undoubtedly\n"
    document = md(source)
    (directive,) = parse_directives(document)
    assert (directive.line, directive.end_line) == (1, 3)
    result = apply(document, [at(document, "PS101", "undoubtedly", 0), at(document, "PS101", "undoubtedly", 1)])
    assert [f.start.line for f in result.suppressed] == [4]
    assert [f.start.line for f in result.kept] == [5]


def test_disable_line_covers_findings_that_start_on_the_comments_line():
    source = "One undoubtedly <!-- claimcheck-disable-line PS101 --> and surely.\nNext undoubtedly.\n"
    document = md(source)
    findings = [at(document, "PS101", "undoubtedly", 0), at(document, "PS101", "surely"), at(document, "PS101", "undoubtedly", 1)]
    result = apply(document, findings)
    assert names(result.suppressed) == ["PS101 on 'undoubtedly'", "PS101 on 'surely'"]
    assert [f.start.line for f in result.kept] == [2]
    assert result.problems == []


def test_disable_file_covers_the_whole_file_wherever_it_is_and_enable_does_not_end_it():
    source = "one\n\n<!-- claimcheck-enable PS101 -->\n\ntwo\n\n<!-- claimcheck-disable-file PS101 -->\n"
    document = md(source)
    result = apply(document, [at(document, "PS101", "one"), at(document, "PS101", "two"), at(document, "PS102", "two")])
    assert names(result.suppressed) == ["PS101 on 'one'", "PS101 on 'two'"]
    assert names(result.kept) == ["PS102 on 'two'"]
    line, column, end_line, end_column = comment_span(document, "<!-- claimcheck-enable PS101 -->")
    assert problems(result) == [
        (
            "CC002",
            line,
            column,
            end_line,
            end_column,
            "'claimcheck-enable PS101' re-enables nothing: no claimcheck-disable of PS101 is in effect here; remove it",
        )
    ]


# --- real rules --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runtime():
    return build_runtime(default_settings(Path.cwd()))


IN_SCOPE = "NATO and Japan are partners. NATO and Japan met in Brussels. NATO and Japan share values.\n"


def test_disable_file_suppresses_a_coverage_finding_at_line_1(runtime):
    source = IN_SCOPE + "\n<!-- claimcheck-disable-file article-9-not-addressed -- treated in the companion brief -->\n"
    document = md(source)
    findings = check_document(document, runtime.rule_set).findings
    coverage = [f for f in findings if f.code == "NJ101"]
    assert [(f.start.line, f.start.column) for f in coverage] == [(1, 1)]
    result = apply_suppressions(document, findings, known=known_names(runtime.all_rules))
    assert result.suppressed == coverage
    assert "NJ102" in {f.code for f in result.kept}
    assert result.problems == []


def test_a_disable_range_after_the_start_cannot_reach_a_coverage_finding(runtime):
    source = IN_SCOPE + "\n<!-- claimcheck-disable NJ101 -->\n"
    document = md(source)
    findings = check_document(document, runtime.rule_set).findings
    result = apply_suppressions(document, findings, known=known_names(runtime.all_rules))
    assert "NJ101" in {f.code for f in result.kept}
    assert [p.code for p in result.problems] == ["CC002", "CC003"]


def test_real_rule_with_alias_on_the_next_line(runtime):
    source = (
        "# Brief\n"
        "\n"
        "<!-- claimcheck-disable-next-line overconfident-wording -- quoting the minister -->\n"
        "The minister said Japan will undoubtedly join.\n"
        "\n"
        "We think Japan will undoubtedly join.\n"
    )
    document = md(source)
    findings = check_document(document, runtime.rule_set).findings
    assert [(f.code, f.start.line) for f in findings] == [("PS101", 4), ("PS101", 6)]
    result = apply_suppressions(document, findings, known=known_names(runtime.all_rules))
    assert [f.start.line for f in result.suppressed] == [4]
    assert [f.start.line for f in result.kept] == [6]
    assert result.problems == []


def test_known_names_maps_codes_and_aliases(runtime):
    known = known_names(runtime.all_rules)
    assert known["PS101"] == known["overconfident-wording"] == "PS101"
    assert known["unused-suppression"] == "CC002"


# --- line breaks and formats -------------------------------------------------------------------


def test_crlf_source():
    source = (
        "Intro.\r\n"
        "\r\n"
        "<!-- claimcheck-disable PS101 -->\r\n"
        "Inside undoubtedly.\r\n"
        "<!-- claimcheck-enable PS101 -->\r\n"
        "\r\n"
        "<!-- claimcheck-disable-next-line -->\r\n"
        "\r\n"
        "Target surely.\r\n"
        "After plainly.\r\n"
        "<!-- claimcheck-disable-line PS999 -->\r\n"
    )
    document = md(source)
    findings = [at(document, "PS101", "undoubtedly"), at(document, "PS102", "surely"), at(document, "PS101", "plainly")]
    assert [f.start.line for f in findings] == [4, 9, 10]
    result = apply(document, findings)
    assert names(result.suppressed) == ["PS101 on 'undoubtedly'", "PS102 on 'surely'"]
    assert names(result.kept) == ["PS101 on 'plainly'"]
    assert problems(result) == [
        (
            "CC004",
            11,
            1,
            11,
            39,
            "'claimcheck-disable-line PS999': 'PS999' is not a known rule code, alias or code prefix; correct it or remove it",
        )
    ]


def test_html_comments():
    source = (
        "<html><body>\r\n"
        "<p>One undoubtedly <!-- claimcheck-disable-line PS101 --> two.</p>\r\n"
        "<!-- claimcheck-disable-next-line PS102 -->\r\n"
        "<p>Three surely.</p>\r\n"
        "<!-- claimcheck-disable PS1 --><p>Four certainly.</p><!-- claimcheck-enable PS1 -->\r\n"
        "<p>Five plainly.</p>\r\n"
        "</body></html>\r\n"
    )
    document = HtmlReader().read(source, path="x.html")
    findings = [
        at(document, "PS101", "undoubtedly"),
        at(document, "PS102", "surely"),
        at(document, "PS101", "certainly"),
        at(document, "PS101", "plainly"),
    ]
    result = apply(document, findings)
    assert names(result.suppressed) == ["PS101 on 'undoubtedly'", "PS102 on 'surely'", "PS101 on 'certainly'"]
    assert names(result.kept) == ["PS101 on 'plainly'"]
    assert result.problems == []


def test_xml_comments():
    source = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<doc>\n"
        "  <!-- claimcheck-disable overconfident-wording -->\n"
        "  <p>Japan will undoubtedly join.</p>\n"
        "  <!-- claimcheck-enable overconfident-wording -->\n"
        "  <p>Japan will certainly join.</p>\n"
        "  <!-- claimcheck-disable NJ2 -->\n"
        "</doc>\n"
    )
    document = XmlReader().read(source.encode("utf-8"), path="x.xml")
    result = apply(document, [at(document, "PS101", "undoubtedly"), at(document, "PS101", "certainly")])
    assert names(result.suppressed) == ["PS101 on 'undoubtedly'"]
    assert names(result.kept) == ["PS101 on 'certainly'"]
    line, column, end_line, end_column = comment_span(document, "<!-- claimcheck-disable NJ2 -->")
    assert (line, column) == (7, 3)
    assert problems(result) == [
        (
            "CC002",
            7,
            3,
            end_line,
            end_column,
            "'claimcheck-disable NJ2' suppressed no finding before its claimcheck-enable or the end of the file; "
            "remove it and its claimcheck-enable",
        ),
        (
            "CC003",
            7,
            3,
            end_line,
            end_column,
            "'claimcheck-disable NJ2' is never re-enabled, so NJ2 stays off to the end of the file; "
            "add '<!-- claimcheck-enable NJ2 -->' where the passage ends, "
            "or write '<!-- claimcheck-disable-file NJ2 -->' to turn it off for the whole file",
        ),
    ]


# --- plain text --------------------------------------------------------------------------------

PLAIN = (
    "# claimcheck-disable-next-line PS101 -- quoting\n"
    "Japan will undoubtedly join.\n"
    "\n"
    "  // claimcheck-disable PS102\n"
    "Everyone knows that.\n"
    "claimcheck-enable PS102\n"
    "Everyone agrees. See claimcheck-disable PS101 for details.\n"
    "claimcheck-disable\n"
)


def plain_findings(document: Document) -> list[Finding]:
    return [at(document, "PS101", "undoubtedly"), at(document, "PS102", "Everyone knows"), at(document, "PS102", "Everyone agrees")]


def test_plain_text_directives_are_off_by_default():
    document = TextReader().read(PLAIN, path="x.txt")
    assert parse_directives(document) == []
    result = apply(document, plain_findings(document))
    assert len(result.kept) == 3 and result.suppressed == [] and result.problems == []


def test_plain_text_own_line_directives_when_enabled():
    document = TextReader().read(PLAIN, path="x.txt")
    directives = parse_directives(document, plain_text=True)
    assert [(d.kind.value, d.selectors, d.reason, d.line, d.column, d.own_line) for d in directives] == [
        ("disable-next-line", ("PS101",), "quoting", 1, 1, True),
        ("disable", ("PS102",), "", 4, 3, True),
        ("enable", ("PS102",), "", 6, 1, True),
        ("disable", (), "", 8, 1, True),
    ]
    result = apply(document, plain_findings(document), plain_text=True)
    assert names(result.suppressed) == ["PS101 on 'undoubtedly'", "PS102 on 'Everyone knows'"]
    assert names(result.kept) == ["PS102 on 'Everyone agrees'"]
    assert problems(result) == [
        (
            "CC002",
            8,
            1,
            8,
            19,
            "'claimcheck-disable' suppressed no finding before its claimcheck-enable or the end of the file; "
            "remove it and its claimcheck-enable",
        ),
        (
            "CC003",
            8,
            1,
            8,
            19,
            "'claimcheck-disable' is never re-enabled, so every rule stays off to the end of the file; "
            "add 'claimcheck-enable' where the passage ends, or write 'claimcheck-disable-file' to turn it off for the whole file",
        ),
    ]


def test_plain_text_form_inside_a_comment_is_read_once():
    document = md("<!--\nclaimcheck-disable-file PS101\n-->\nundoubtedly\n")
    assert len(parse_directives(document, plain_text=True)) == 1


# --- problems ----------------------------------------------------------------------------------


def test_unused_disable_variants_and_severity():
    source = (
        "<!-- claimcheck-disable-file PS2 -->\n"
        "one <!-- claimcheck-disable-line PS102 -->\n"
        "<!-- claimcheck-disable-next-line PS101,PS102 -->\n"
        "two\n"
        "<!-- claimcheck-disable-line NJ1 -->\n"
        "<!-- claimcheck-disable-next-line -->\n"
    )
    document = md(source)
    result = apply(document, [at(document, "PS101", "one"), at(document, "PS101", "two")])
    assert names(result.suppressed) == ["PS101 on 'two'"]
    spans = [comment_span(document, text) for text in (
        "<!-- claimcheck-disable-file PS2 -->",
        "<!-- claimcheck-disable-line PS102 -->",
        "<!-- claimcheck-disable-next-line PS101,PS102 -->",
        "<!-- claimcheck-disable-line NJ1 -->",
        "<!-- claimcheck-disable-next-line -->",
    )]
    messages = [
        "'claimcheck-disable-file PS2' suppressed no finding in this file; remove it",
        "'claimcheck-disable-line PS102' suppressed no finding on line 2; remove it",
        "'claimcheck-disable-next-line PS101,PS102' suppressed no finding of PS102 on line 4, the next line with text; remove PS102 from it",
        "'claimcheck-disable-line NJ1' suppressed no finding on line 5; remove it",
        "'claimcheck-disable-next-line' suppressed no finding (no line with text follows it); remove it",
    ]
    assert problems(result) == [("CC002", *span, message) for span, message in zip(spans, messages)]
    assert {(p.alias, p.severity) for p in result.problems} == {("unused-suppression", Severity.WARNING)}
    assert all(p.path == "x.md" for p in result.problems)


def test_partly_used_disable_and_enable():
    source = (
        "<!-- claimcheck-disable PS101,unsupported-consensus -->\n"
        "one\n"
        "<!-- claimcheck-enable PS101,PS102,PS201 -->\n"
    )
    document = md(source)
    result = apply(document, [at(document, "PS101", "one")])
    assert problems(result) == [
        (
            "CC002",
            1,
            1,
            1,
            56,
            "'claimcheck-disable PS101,unsupported-consensus' suppressed no finding of unsupported-consensus "
            "before its claimcheck-enable or the end of the file; remove unsupported-consensus from it",
        ),
        (
            "CC002",
            3,
            1,
            3,
            45,
            "'claimcheck-enable PS101,PS102,PS201' re-enables nothing for PS201: "
            "no claimcheck-disable of it is in effect here; remove PS201 from it",
        ),
    ]


def test_enable_of_every_rule_with_nothing_disabled():
    document = md("Text.\n\n<!-- claimcheck-enable -- just in case -->\n")
    result = apply(document, [])
    assert problems(result) == [
        ("CC002", 3, 1, 3, 43, "'claimcheck-enable' re-enables nothing: no claimcheck-disable is in effect here; remove it")
    ]


def test_unclosed_disable_position_message_and_severity():
    source = "Intro.\n\n  <!-- claimcheck-disable PS101, overconfident-wording -- quoting -->\nundoubtedly\n"
    document = md(source)
    result = apply(document, [at(document, "PS101", "undoubtedly")])
    assert len(result.suppressed) == 1
    (problem,) = result.problems
    assert (problem.code, problem.alias, problem.severity) == ("CC003", "unclosed-disable", Severity.INFO)
    assert (problem.start.line, problem.start.column, problem.start.offset) == (3, 3, source.index("<!--"))
    assert (problem.end.line, problem.end.column, problem.end.offset) == (3, 70, source.index("-->") + 3)
    assert problem.message == (
        "'claimcheck-disable PS101,overconfident-wording' is never re-enabled, so PS101, overconfident-wording stay off "
        "to the end of the file; add '<!-- claimcheck-enable PS101,overconfident-wording -->' where the passage ends, "
        "or write '<!-- claimcheck-disable-file PS101,overconfident-wording -->' to turn it off for the whole file"
    )
    assert problem.excerpt == "  <!-- claimcheck-disable PS101, overconfident-wording -- quoting -->"


def test_unclosed_after_partial_enable():
    source = "<!-- claimcheck-disable PS1 -->\none two\n<!-- claimcheck-enable PS101 -->\n"
    document = md(source)
    result = apply(document, [at(document, "PS101", "one"), at(document, "PS102", "two")])
    assert [(p.code, p.message) for p in result.problems] == [
        (
            "CC003",
            "'claimcheck-disable PS1' is never re-enabled, so PS1 stays off to the end of the file; "
            "add '<!-- claimcheck-enable PS1 -->' where the passage ends, "
            "or write '<!-- claimcheck-disable-file PS1 -->' to turn it off for the whole file",
        )
    ]
    source = "<!-- claimcheck-disable -->\none\n<!-- claimcheck-enable PS101 -->\n"
    document = md(source)
    result = apply(document, [at(document, "PS102", "one")])
    assert [p.message.split(";")[0] for p in result.problems] == [
        "'claimcheck-disable' is never re-enabled, so the rules not re-enabled stay off to the end of the file"
    ]


def test_unknown_selectors():
    source = (
        "<!-- claimcheck-disable-next-line PS999, ps101, overconfident-wordng -->\n"
        "one\n"
        "<!-- claimcheck-disable-line quoting the minister -->\n"
        "<!-- claimcheck-disable-file CC002,unclosed-disable -->\n"
    )
    document = md(source)
    result = apply(document, [at(document, "PS101", "one")])
    assert result.kept == [at(document, "PS101", "one")]  # unknown selectors never mean "every rule"
    first = "'claimcheck-disable-next-line PS999,ps101,overconfident-wordng'"
    third = "'claimcheck-disable-line quoting,the,minister'"
    fourth = "'claimcheck-disable-file CC002,unclosed-disable'"
    assert problems(result) == [
        ("CC004", 1, 1, 1, 73, f"{first}: 'PS999' is not a known rule code, alias or code prefix; correct it or remove it"),
        ("CC004", 1, 1, 1, 73, f"{first}: 'ps101' is not a known rule code, alias or code prefix (did you mean 'PS101'?); correct it or remove it"),
        (
            "CC004",
            1,
            1,
            1,
            73,
            f"{first}: 'overconfident-wordng' is not a known rule code, alias or code prefix "
            "(did you mean 'overconfident-wording'?); correct it or remove it (a reason goes after ' -- ')",
        ),
        ("CC004", 3, 1, 3, 54, f"{third}: 'quoting' is not a known rule code, alias or code prefix; correct it or remove it (a reason goes after ' -- ')"),
        ("CC004", 3, 1, 3, 54, f"{third}: 'the' is not a known rule code, alias or code prefix; correct it or remove it (a reason goes after ' -- ')"),
        ("CC004", 3, 1, 3, 54, f"{third}: 'minister' is not a known rule code, alias or code prefix; correct it or remove it (a reason goes after ' -- ')"),
        (
            "CC004",
            4,
            1,
            4,
            56,
            f"{fourth}: 'CC002' is reported by claimcheck itself and cannot be suppressed by a directive; "
            "remove it, and ignore the rule in the configuration if you must",
        ),
        (
            "CC004",
            4,
            1,
            4,
            56,
            f"{fourth}: 'unclosed-disable' (CC003) is reported by claimcheck itself and cannot be suppressed by a directive; "
            "remove it, and ignore the rule in the configuration if you must",
        ),
    ]
    assert {(p.alias, p.severity) for p in result.problems} == {("unknown-rule-in-directive", Severity.WARNING)}


def test_unknown_selectors_beside_known_ones_still_check_the_known_ones():
    document = md("<!-- claimcheck-disable PS101,PS999 -->\none\n<!-- claimcheck-enable PS101 -->\n")
    result = apply(document, [at(document, "PS101", "one")])
    assert len(result.suppressed) == 1
    assert [p.code for p in result.problems] == ["CC004"]


def test_engine_findings_are_never_suppressed():
    document = md("<!-- claimcheck-disable -->\none\n<!-- claimcheck-enable -->\n")
    engine = at(document, "CC001", "one")
    result = apply(document, [engine])
    assert result.kept == [engine]
    assert [p.code for p in result.problems] == ["CC002"]


# --- fingerprints ------------------------------------------------------------------------------


def test_fingerprints_are_stable_across_edits_elsewhere_and_distinct_per_occurrence():
    body = "<!-- claimcheck-disable-file PS2 -->\n\nText.\n\n<!-- claimcheck-disable-file PS2 -->\n"
    before = apply(md(body), [])
    after = apply(md("# A new title\n\nA new paragraph.\n\n" + body), [])
    assert [p.start.line for p in before.problems] == [1, 5]
    assert [p.start.line for p in after.problems] == [5, 9]
    assert [p.fingerprint for p in before.problems] == [p.fingerprint for p in after.problems]
    assert len({p.fingerprint for p in before.problems}) == 2
    assert all(len(p.fingerprint) == 16 for p in before.problems)
    other = apply(md("<!-- claimcheck-disable-file PS1 -->\n"), [])
    assert other.problems[0].fingerprint not in {p.fingerprint for p in before.problems}


def test_directive_is_a_frozen_record():
    (directive,) = parse_directives(md("<!-- claimcheck-disable-file -->\n"))
    assert isinstance(directive, Directive)
    with pytest.raises(AttributeError):
        directive.reason = "changed"  # type: ignore[misc]
