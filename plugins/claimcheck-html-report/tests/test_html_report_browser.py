"""What a person sees: the page rendered by headless Chromium (skipped when Chromium is not installed)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from pathlib import Path

import lxml.html
import pytest

from claimcheck.reporters import Report
from claimcheck_html_report import render_html


def _chromium() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
    if found is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def _run_chromium(tmp_path: Path, page: Path, *options: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    command = [
        "timeout", "90",
        _chromium(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}",
        *options,
        page.as_uri(),
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.fixture
def page_file(tmp_path: Path, sample_report: Report) -> Path:
    path = tmp_path / "report.html"
    path.write_text(render_html(sample_report), encoding="utf-8")
    return path


def _visible_text(element: lxml.html.HtmlElement) -> str:
    """The element's text without what the page hides from the eye (screen-reader words)."""
    parts = [element.text or ""]
    for child in element:
        if "sr" not in (child.get("class") or "").split():
            parts.append(_visible_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def test_the_rendered_page_shows_the_matrix_evidence_and_findings(tmp_path: Path, page_file: Path) -> None:
    result = _run_chromium(tmp_path, page_file, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    dom = lxml.html.document_fromstring(result.stdout)

    assert _visible_text(dom.xpath("//h1")[0]) == "claimcheck report"
    assert _visible_text(dom.xpath("//h2")[0]) == "Coverage: nato-japan"
    rows = {
        _visible_text(row.xpath("th")[0]): [_visible_text(cell) for cell in row.xpath("td")]
        for row in dom.xpath("//table[contains(@class, 'matrix')]/tbody/tr")
    }
    assert rows == {
        "docs/brief.md": ["yes", "✓", "✓", "✗"],
        "docs/notes & memo.md": ["yes", "✗", "✗", "✗"],
        "docs/weather.md": ["no", "·", "·", "·"],
    }
    assert "Cyber cooperation <short> of Article 5" in [_visible_text(th) for th in dom.xpath("//tr[@class='titles']/th")]
    quotes = [_visible_text(li) for li in dom.xpath("//li[@class='quote']")]
    assert quotes == ["3:12 Article 9 of Japan's constitution", "5:1 outside Article 5 <of NATO>"]

    messages = [_visible_text(td) for td in dom.xpath("//table[@class='findings']//td[@class='message']")]
    assert "Avoid <script>alert('x')</script> in prose." in messages
    # The browser saw the markup as text: no script element came out of the message.
    assert dom.xpath("//script") == []


def test_the_page_renders_to_a_screenshot(tmp_path: Path, page_file: Path) -> None:
    shot = tmp_path / "shot.png"
    result = _run_chromium(tmp_path, page_file, f"--screenshot={shot}", "--window-size=1200,900", "--hide-scrollbars")
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 900)
    assert len(data) > 20_000  # a blank or error page compresses to a few kilobytes
