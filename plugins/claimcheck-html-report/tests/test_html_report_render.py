"""The page itself: summary, coverage matrix, evidence, findings, escaping, self-containment."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from types import SimpleNamespace

import lxml.html
import pytest

from claimcheck.finding import CoverageResult, Evidence, FileCoverage, Location
from claimcheck.reporters import Report
from claimcheck_html_report import HtmlReporter, plugin, render_html


def _select(element: lxml.html.HtmlElement, selector: str) -> list[lxml.html.HtmlElement]:
    """The descendants of ``element`` a simple CSS selector matches (tags, classes, ids, attributes, descendants, commas)."""
    return element.xpath(" | ".join(_xpath(part.strip()) for part in selector.split(",")))


def _xpath(selector: str) -> str:
    steps = []
    for compound in selector.split():
        tag, rest = re.match(r"([a-z0-9]*)(.*)", compound).groups()
        predicates = []
        for kind, name, value in re.findall(r'([.#\[])([\w-]+)(?:="([^"]*)")?\]?', rest):
            if kind == ".":
                predicates.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")
            elif kind == "#":
                predicates.append(f"@id='{name}'")
            else:
                predicates.append(f"@{name}='{value}'" if value else f"@{name}")
        steps.append(f"descendant::{tag or '*'}" + "".join(f"[{p}]" for p in predicates))
    return "./" + "/".join(steps)


def _tree(page: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page)


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _matrix(page: str) -> dict[str, dict[str, tuple[str, str, str]]]:
    """Document -> criterion -> (cell class, title, accessible text)."""
    rows: dict[str, dict[str, tuple[str, str, str]]] = {}
    for row in _select(_tree(page), "table.matrix tbody tr"):
        cells = {}
        for cell in _select(row, "td.cell"):
            kind = next(name for name in cell.get("class").split() if name != "cell")
            cells[cell.get("data-criterion")] = (kind, cell.get("title"), _text(_select(cell, "span.sr")[0]))
        rows[_text(_select(row, "th")[0])] = cells
    return rows


def test_the_reporter_is_named_html_and_registered_by_the_plugin_hook() -> None:
    reporters = plugin.claimcheck_reporters()
    assert [reporter.name for reporter in reporters] == ["html"]
    assert isinstance(reporters[0], HtmlReporter)


def test_the_page_is_one_complete_document(sample_report: Report, sample_page: str) -> None:
    assert HtmlReporter().render(sample_report) == sample_page
    assert sample_page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert sample_page.endswith("</html>\n")
    assert '<meta charset="utf-8">' in sample_page
    _assert_balanced(sample_page)


def test_the_header_summarises_the_run(sample_page: str) -> None:
    header = _select(_tree(sample_page), "header.summary")[0]
    assert _text(_select(header, "h1")[0]) == "claimcheck report"
    facts = {_text(dt): _text(dt.getnext()) for dt in _select(header, "dt")}
    assert facts == {
        "Files checked": "3 (2 with findings)",
        "Findings": "3 (1 error, 1 warning, 1 info)",
        "Framework nato-japan": "2 of 3 documents in scope; 2 of 6 criteria addressed",
    }


def test_the_matrix_has_a_row_per_document_and_a_cell_per_criterion(sample_page: str) -> None:
    assert _matrix(sample_page) == {
        "docs/brief.md": {
            "article-9": ("addressed", "addressed", "addressed"),
            "article-5-scope": ("addressed", "addressed", "addressed"),
            "cyber-precedent": ("missing", "not addressed", "not addressed"),
        },
        "docs/notes & memo.md": {
            "article-9": ("missing", "not addressed", "not addressed"),
            "article-5-scope": ("missing", "not addressed", "not addressed"),
            "cyber-precedent": ("missing", "not addressed", "not addressed"),
        },
        "docs/weather.md": {
            "article-9": ("out-of-scope", "out of scope", "out of scope"),
            "article-5-scope": ("out-of-scope", "out of scope", "out of scope"),
            "cyber-precedent": ("out-of-scope", "out of scope", "out of scope"),
        },
    }
    # The glyphs a sighted reader sees, hidden from screen readers that read the words instead.
    assert '<td class="cell missing" data-criterion="cyber-precedent" title="not addressed"><span aria-hidden="true">✗</span> <span class="sr">not addressed</span></td>' in sample_page
    assert '<span aria-hidden="true">✓</span> <span class="sr">addressed</span>' in sample_page
    assert '<span aria-hidden="true">·</span> <span class="sr">out of scope</span>' in sample_page
    scope = [_text(cell) for cell in _select(_tree(sample_page), "table.matrix td.scope")]
    assert scope == ["yes", "yes", "no"]


def test_the_matrix_header_names_each_criterion_and_its_title(sample_page: str) -> None:
    tree = _tree(sample_page)
    assert [_text(th) for th in _select(tree, "table.matrix thead tr.ids th")] == [
        "document",
        "in scope",
        "article-9",
        "article-5-scope",
        "cyber-precedent",
    ]
    assert [_text(th) for th in _select(tree, "table.matrix thead tr.titles th")] == [
        "Article 9 of Japan's Constitution limits any a-priori military obligation",
        "What NATO's Article 5 does & does not cover",
        "Cyber cooperation <short> of Article 5",
    ]
    assert "Cyber cooperation &lt;short&gt; of Article 5" in sample_page
    assert "does &amp; does not" in sample_page


def test_each_in_scope_document_lists_its_evidence_with_line_and_column(sample_page: str) -> None:
    tree = _tree(sample_page)
    documents = _select(tree, "article.document")
    assert [document.get("data-path") for document in documents] == ["docs/brief.md", "docs/notes & memo.md"]
    brief = documents[0]
    quotes = [(_text(_select(item, ".loc")[0]), _text(_select(item, "q")[0])) for item in _select(brief, "li.quote")]
    assert quotes == [("3:12", "Article 9 of Japan's constitution"), ("5:1", "outside Article 5 <of NATO>")]
    missing = _select(brief, 'li.criterion.missing[data-criterion="cyber-precedent"]')[0]
    assert _text(missing) == "cyber-precedent — Cyber cooperation <short> of Article 5: not addressed (NJ103)"
    assert len(_select(documents[1], "li.criterion.missing")) == 3
    assert _text(_select(tree, "p.out-of-scope-list")[0]) == "Out of this framework's scope: docs/weather.md"
    # The matrix links each in-scope document to its evidence, inside the page.
    links = _select(tree, "table.matrix tbody th a")
    assert [link.get("href") for link in links] == [f"#{document.get('id')}" for document in documents]


def test_the_findings_table_keeps_the_given_order(sample_page: str) -> None:
    tree = _tree(sample_page)
    assert [_text(th) for th in _select(tree, "table.findings thead th")] == ["file", "line:col", "code", "severity", "message", "label"]
    rows = [[_text(cell) for cell in _select(row, "td")] for row in _select(tree, "table.findings tbody tr")]
    assert rows == [
        ["docs/brief.md", "1:1", "NJ103", "warning", "The text does not address the consideration “Cyber”.", "Summary"],
        ["docs/notes & memo.md", "2:7", "PS001", "error", "Avoid <script>alert('x')</script> in prose.", ""],
        ["docs/notes & memo.md", "4:3", "NJ102", "info", "Say that Japan is outside Article 5.", ""],
    ]
    assert [row.get("class") for row in _select(tree, "table.findings tbody tr")] == ["finding sev-warning", "finding sev-error", "finding sev-info"]
    assert _text(_select(tree, "#findings-title")[0]) == "Findings (3)"


def test_markup_in_a_message_is_shown_as_text_not_run(sample_page: str) -> None:
    assert "<script" not in sample_page
    assert "Avoid &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; in prose." in sample_page
    assert _select(_tree(sample_page), "script") == []


def test_nothing_is_fetched_from_outside_the_page(sample_page: str) -> None:
    tree = _tree(sample_page)
    assert _select(tree, "script, link, img, iframe, object, embed, video, audio, source, form, base") == []
    for element in tree.iter():
        for name, value in element.attrib.items():
            if name in {"src", "href", "action", "srcset", "poster", "data", "formaction", "xlink:href"}:
                assert value.startswith("#"), (element.tag, name, value)
            assert "//" not in value and "http" not in value.lower(), (element.tag, name, value)
    assert "http" not in sample_page.lower().replace("<meta http-equiv=", "")
    assert "//" not in sample_page
    assert "url(" not in sample_page and "@import" not in sample_page and "@font-face" not in sample_page
    # A policy that forbids fetching anything, should a future change try.
    csp = _select(tree, 'meta[http-equiv="Content-Security-Policy"]')[0].get("content")
    assert csp.startswith("default-src 'none'")


def test_an_empty_run() -> None:
    page = render_html(Report(findings=[], files=["a.md"]))
    tree = _tree(page)
    facts = {_text(dt): _text(dt.getnext()) for dt in _select(tree, "header dt")}
    assert facts == {
        "Files checked": "1 (0 with findings)",
        "Findings": "0 (0 errors, 0 warnings, 0 info)",
        "Coverage": "No framework applies to the checked files.",
    }
    assert _select(tree, "table") == []
    assert _text(_select(tree, "p.empty")[0]) == "No findings."
    _assert_balanced(page)


def test_a_criterion_whose_rule_did_not_run_is_blank_and_said_so() -> None:
    at = Location(1, 1, 0)
    coverage = [
        FileCoverage("a.md", "fw", True, (CoverageResult("fw", "one", "One", "X1", True, (Evidence(at, at, "yes"),)), CoverageResult("fw", "two", "Two", "X2", False))),
        FileCoverage("b.md", "fw", True, (CoverageResult("fw", "one", "One", "X1", False),)),
    ]
    matrix = _matrix(render_html(Report(findings=[], coverage=coverage)))
    assert matrix["b.md"]["two"] == ("not-checked", "not checked", "not checked")
    assert matrix["a.md"] == {"one": ("addressed", "addressed", "addressed"), "two": ("missing", "not addressed", "not addressed")}


def test_evidence_beyond_the_listed_passages_is_counted_not_listed() -> None:
    passages = tuple(Evidence(Location(line, 1, 0), Location(line, 5, 4), f"q{line}") for line in range(1, 11))
    coverage = [
        FileCoverage(
            "a.md",
            "fw",
            True,
            (
                CoverageResult("fw", "one", "One", "X1", True, passages, evidence_count=22),
                CoverageResult("fw", "two", "Two", "X2", True, passages[:3]),
            ),
        )
    ]
    page = render_html(Report(findings=[], coverage=coverage))
    tree = _tree(page)
    one, two = _select(tree, "li.criterion.addressed")
    assert [_text(_select(item, "q")[0]) for item in _select(one, "li.quote")] == [f"q{line}" for line in range(1, 11)]
    assert [_text(item) for item in _select(one, "li.more")] == ["and 12 more"]
    assert len(_select(two, "li.quote")) == 3
    assert _select(two, "li.more") == []
    _assert_balanced(page)


def test_a_framework_with_every_document_out_of_scope_takes_its_columns_from_the_rules() -> None:
    rules = [SimpleNamespace(framework="fw", criterion="one"), SimpleNamespace(framework="fw", criterion="two"), SimpleNamespace(framework="", criterion="")]
    page = render_html(Report(findings=[], coverage=[FileCoverage("a.md", "fw", False)], rules=rules))
    assert _matrix(page) == {"a.md": {"one": ("out-of-scope", "out of scope", "out of scope"), "two": ("out-of-scope", "out of scope", "out of scope")}}
    assert [_text(th) for th in _select(_tree(page), "tr.titles th")] == ["one", "two"]


@pytest.mark.parametrize("path", ['"><script>x</script>.md', "a'b.md"])
def test_paths_are_escaped_in_text_and_attributes(path: str) -> None:
    at = Location(1, 1, 0)
    coverage = [FileCoverage(path, "fw", True, (CoverageResult("fw", "one", "One", "X1", True, (Evidence(at, at, "q"),)),))]
    page = render_html(Report(findings=[], files=[path], coverage=coverage))
    assert "<script" not in page
    tree = _tree(page)
    assert _select(tree, "article.document")[0].get("data-path") == path
    assert list(_matrix(page)) == [path]
    _assert_balanced(page)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Balance(HTMLParser):
    """Checks that every element is closed, in order (the page is written, not parsed, so typos hide)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-5:])
        self.stack.pop()


def _assert_balanced(page: str) -> None:
    parser = _Balance()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
