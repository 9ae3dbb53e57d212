"""The first-party plugins, built into wheels and installed beside claimcheck in a fresh virtual environment.

What a user does: ``pip install claimcheck plugins/claimcheck-figures``.
The test shows that ``claimcheck plugins`` lists each plugin with its
distribution, version and hooks, and that ``claimcheck check`` uses it.
"""

from __future__ import annotations

import json
import os
import subprocess
import venv
from pathlib import Path

import pytest

from conftest import REPO, write

PLUGINS = REPO / "plugins"


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not os.environ.get("CI") and not os.environ.get("CLAIMCHECK_TEST_INSTALL"):
        pytest.skip("set CLAIMCHECK_TEST_INSTALL=1 to build and install the plugins (always done in CI)")
    root = tmp_path_factory.mktemp("plugins")
    wheels = root / "wheels"
    python = root / "venv" / "bin" / "python"
    venv.EnvBuilder(with_pip=True).create(root / "venv")
    for plugin in ("claimcheck-figures", "claimcheck-html-report"):
        subprocess.run(
            [str(python), "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(PLUGINS / plugin)],
            check=True,
            timeout=600,
        )
    built = sorted(wheels.glob("*.whl"))
    assert [wheel.name.split("-")[0] for wheel in built] == ["claimcheck_figures", "claimcheck_html_report"]
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(REPO), *map(str, built)], check=True, timeout=600)
    return root / "venv"


def _run(environment: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(environment / "bin" / "claimcheck"), *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_installed_plugins_are_listed_with_distribution_version_and_hooks(environment: Path, tmp_path: Path) -> None:
    listed = _run(environment, "plugins", "--isolated", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert "figures  (claimcheck-figures 0.1.0)  hooks: claimcheck_rules" in lines
    assert "html-report  (claimcheck-html-report 0.1.0)  hooks: claimcheck_reporters" in lines


def test_check_uses_the_installed_plugins(environment: Path, tmp_path: Path) -> None:
    text = (
        "NATO and Japan are partners. NATO and Japan met in Madrid. NATO and Japan agree.\n\n"
        "Defence spending rose by 42 % last year.\n"
    )
    write(tmp_path / "brief.md", text)
    checked = _run(environment, "check", "brief.md", "--isolated", "--output-format", "json", "--select", "FG", cwd=tmp_path)
    codes = [finding["code"] for finding in json.loads(checked.stdout)["findings"]]
    assert "FG101" in codes, checked.stdout + checked.stderr

    report = _run(environment, "check", "brief.md", "--isolated", "--exit-zero", "--output-format", "html", "-o", "report.html", cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "article-9" in page and "brief.md" in page

    blocked = _run(environment, "check", "brief.md", "--isolated", "--output-format", "html", "-p", "no:html-report", cwd=tmp_path)
    assert blocked.returncode == 2 and "'html' is unknown" in blocked.stderr
