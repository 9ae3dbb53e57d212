"""How the pack's coverage is reported: where a criterion's evidence points, and the coverage command's formats."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import IN_SCOPE_EN, NATO_JAPAN_CRITERIA, coverage_entry, report_of, write


def test_coverage_evidence_points_at_the_evidence(cli, tmp_path: Path) -> None:
    source = IN_SCOPE_EN + "Japan's shift answers Russia's invasion of Ukraine.\n\nArticle 9 of Japan's constitution limits any\nmilitary obligation.\n"
    write(tmp_path / "doc.md", source)
    entry = coverage_entry(report_of(cli, "doc.md"), "doc.md")
    results = {result["criterion"]: result for result in entry["criteria"]}
    (evidence,) = results["article-9"]["evidence"]
    assert evidence["text"] == "Article 9 of Japan's constitution"
    assert source[evidence["start"]["offset"] : evidence["end"]["offset"]] == "Article 9 of Japan's constitution"
    assert (evidence["start"]["line"], evidence["start"]["column"]) == (5, 1)
    (driver,) = results["threat-drivers"]["evidence"]
    assert driver["text"] == "Russia's invasion of Ukraine"
    assert (driver["start"]["line"], driver["start"]["column"]) == (3, 23)


def test_coverage_command_formats(cli, tmp_path: Path) -> None:
    write(tmp_path / "in.md", IN_SCOPE_EN + "Article 9 of Japan's constitution limits any military obligation.\n")
    write(tmp_path / "out.md", "Shipping news.\n")

    csv_out = cli("coverage", "in.md", "out.md", "--output-format", "csv", "--isolated")
    assert csv_out.code == 0
    lines = csv_out.out.splitlines()
    assert lines[0] == "path,framework,in_scope,criterion,code,addressed,evidence_count,evidence"
    assert lines[1] == "in.md,nato-japan,yes,article-9,NJ101,yes,1,3:1 Article 9 of Japan's constitution"
    assert lines[2] == "in.md,nato-japan,yes,article-5-scope,NJ102,no,0,"
    assert lines[-1] == "out.md,nato-japan,no,,,,,"
    assert len(lines) == 1 + 10 + 1

    data = json.loads(cli("coverage", "in.md", "out.md", "--output-format", "json", "--isolated").out)
    assert data["schema_version"] == 2
    assert [criterion["id"] for criterion in data["frameworks"][0]["criteria"]] == NATO_JAPAN_CRITERIA
    assert [(d["path"], d["in_scope"]) for d in data["documents"]] == [("in.md", True), ("out.md", False)]

    markdown = cli("coverage", "in.md", "out.md", "--output-format", "markdown", "--isolated").out
    assert "| in.md | yes | ✓ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ | ✗ |" in markdown
    assert "| out.md | no | · | · | · | · | · | · | · | · | · | · |" in markdown
    assert "- **article-9** — line 3: “Article 9 of Japan's constitution”" in markdown

    table = cli("coverage", "in.md", "out.md", "--isolated").out
    # The path column is as wide as the widest path or the word "document".
    assert "document  scope  C1  C2  C3  C4  C5  C6  C7  C8  C9  C10" in table
    assert "in.md     in     ✓   ✗   ✗   ✗   ✗   ✗   ✗   ✗   ✗   ✗" in table
    assert "out.md    out    ·   ·   ·   ·   ·   ·   ·   ·   ·   ·" in table
    assert "    article-9: 3:1 “Article 9 of Japan's constitution”" in table
