"""From a fresh virtual environment: `pip install .` (not editable), then the console script.

This is the user's first experience, so it is tested as the user has it: a
real wheel built from this checkout, its own environment, the bundled packs
found inside the installed package, exact positions on French typography.
"""

from __future__ import annotations

import json
import os
import subprocess
import venv
from pathlib import Path

import pytest

from conftest import REPO, locate, write

FRENCH = (
    "# Note sur l’Indo-Pacifique\n"
    "\n"
    "Le Japon\u00a0— partenaire de l’OTAN\u202f— est, « sans aucun doute », un pivot.\n"
    "\n"
    "- Coopération en Asie-Pacifique : cyberdéfense.\n"
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with claimcheck installed from this checkout (not editable)."""
    if not os.environ.get("CI") and not os.environ.get("CLAIMCHECK_TEST_INSTALL"):
        pytest.skip("set CLAIMCHECK_TEST_INSTALL=1 to build and install a wheel (always done in CI)")
    environment = tmp_path_factory.mktemp("fresh") / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(REPO)], check=True, timeout=600)
    return environment


def test_pip_install_gives_exact_positions_on_french_markdown(installed: Path, tmp_path: Path) -> None:
    write(tmp_path / "note.md", FRENCH)
    completed = subprocess.run(
        [str(installed / "bin" / "claimcheck"), "check", "note.md", "--select", "PS", "--output-format", "json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    assert completed.returncode == 0, completed.stderr
    findings = json.loads(completed.stdout)["findings"]
    got = [(f["code"], f["start"]["line"], f["start"]["column"], f["end"]["line"], f["end"]["column"]) for f in findings]
    doubt_line, doubt_column = locate(FRENCH, "sans aucun doute")
    region_line, region_column = locate(FRENCH, "Asie-Pacifique")
    assert got == [
        ("PS101", doubt_line, doubt_column, doubt_line, doubt_column + len("sans aucun doute")),
        ("PS201", region_line, region_column, region_line, region_column + len("Asie-Pacifique")),
    ]
    assert findings[1]["fix"]["replacement"] == "Indo-Pacifique"


def test_installed_package_ships_the_packs_and_runs_their_selftest(installed: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        [str(installed / "bin" / "python"), "-c", "import claimcheck.rules.packs as p; print(p.bundled_packs_root())"],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )
    root = Path(completed.stdout.strip())
    assert root.name == "packs" and root.parent.name == "claimcheck" and str(installed) in str(root)
    selftest = subprocess.run(
        [str(installed / "bin" / "claimcheck"), "rules", "--selftest"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert selftest.stdout.splitlines()[-1].startswith("selftest passed:")
    module = subprocess.run(
        [str(installed / "bin" / "python"), "-m", "claimcheck", "--version"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert module.stdout.startswith("claimcheck ")
