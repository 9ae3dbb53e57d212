"""The reporter through the real command line: a module-name plugin in claimcheck.toml, and an entry point."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import lxml.html

import claimcheck_html_report

SRC = Path(claimcheck_html_report.__file__).resolve().parent.parent
PLUGIN_ROOT = SRC.parent

SEED = "NATO and Japan are partners. NATO and Japan met. NATO and Japan agree. Article 9 of Japan's constitution limits any military obligation.\n"


def _run(*args: str, cwd: Path, extra_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(str(path) for path in (extra_path, SRC) if path) + os.pathsep + env.get("PYTHONPATH", "")
    env["CLAIMCHECK_CACHE_DIR"] = str(cwd.parent / f"{cwd.name}-cache")
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().split())


def test_check_writes_the_page_with_the_plugin_named_in_the_config(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "claimcheck.toml").write_text('plugins = ["claimcheck_html_report.plugin"]\n', encoding="utf-8")
    (project / "docs").mkdir()
    (project / "docs" / "seed.txt").write_text(SEED, encoding="utf-8")

    result = _run("check", "docs/", "--output-format", "html", "-o", "report.html", cwd=project)
    assert result.returncode == 0, result.stderr  # warnings and info only: the default --fail-on is error
    assert result.stdout == ""
    page = (project / "report.html").read_text(encoding="utf-8")
    tree = lxml.html.document_fromstring(page)

    cells = {cell.get("data-criterion"): cell.get("class") for cell in tree.xpath("//table[contains(@class, 'matrix')]//tbody/tr/td[contains(@class, 'cell')]")}
    assert cells["article-9"] == "cell addressed"
    assert len(cells) == 10
    assert sorted(criterion for criterion, kind in cells.items() if kind == "cell missing") == sorted(set(cells) - {"article-9"})
    assert [_text(th) for th in tree.xpath("//table[contains(@class, 'matrix')]//tbody/tr/th")] == ["docs/seed.txt"]
    assert "Article 9 of Japan's Constitution limits any a-priori military obligation towards NATO" in [
        _text(th) for th in tree.xpath("//tr[@class='titles']/th")
    ]

    quotes = [(_text(li.xpath(".//span[@class='loc']")[0]), _text(li.xpath(".//q")[0])) for li in tree.xpath("//li[@class='quote']")]
    assert quotes == [("1:72", "Article 9 of Japan's constitution")]

    rows = [[_text(td) for td in row.xpath("td")] for row in tree.xpath("//table[@class='findings']/tbody/tr")]
    assert [row[2] for row in rows] == [f"NJ1{number:02d}" for number in range(2, 11)]
    assert {(row[0], row[1]) for row in rows} == {("docs/seed.txt", "1:1")}
    assert {row[3] for row in rows} == {"warning", "info"}

    # Without -o the page goes to standard output.
    printed = _run("check", "docs/seed.txt", "--output-format", "html", cwd=project)
    assert printed.stdout.startswith("<!DOCTYPE html>") and printed.stdout.endswith("</html>\n")


def test_the_entry_point_registers_the_format_and_can_be_blocked(tmp_path: Path) -> None:
    """Installed, the package declares the plugin `html-report`; a .dist-info stands in for pip."""
    pyproject = (PLUGIN_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points.claimcheck]\nhtml-report = "claimcheck_html_report.plugin"' in pyproject
    site = tmp_path / "site"
    info = site / "claimcheck_html_report-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: claimcheck-html-report\nVersion: 0.1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[claimcheck]\nhtml-report = claimcheck_html_report.plugin\n", encoding="utf-8")
    (info / "RECORD").write_text("", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "doc.md").write_text(SEED, encoding="utf-8")

    listed = _run("plugins", "--isolated", cwd=project, extra_path=site)
    assert "html-report  (claimcheck-html-report 0.1.0)  hooks: claimcheck_reporters" in listed.stdout, listed.stderr

    page = _run("check", "doc.md", "--isolated", "--output-format", "html", cwd=project, extra_path=site)
    assert page.returncode == 0, page.stderr
    assert "<h1>claimcheck report</h1>" in page.stdout

    blocked = _run("check", "doc.md", "--isolated", "--output-format", "html", "-p", "no:html-report", cwd=project, extra_path=site)
    assert blocked.returncode == 2
    assert "--output-format 'html' is unknown" in blocked.stderr
