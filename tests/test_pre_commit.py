"""claimcheck as a pre-commit hook: the manifest is valid, and a repository that uses it passes and fails as it should.

The end-to-end test builds pre-commit's virtualenv and installs claimcheck
with its dependencies from PyPI, so it needs the network and about a minute:
it runs only when ``CI`` or ``CLAIMCHECK_TEST_PRE_COMMIT`` is set.  pre-commit
installs the hooks from a commit, so it tests this checkout's ``HEAD``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pre_commit = pytest.importorskip("pre_commit")

from pre_commit.clientlib import load_manifest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
MANIFEST = REPO / ".pre-commit-hooks.yaml"
EXTENSIONS = ("md", "markdown", "txt", "html", "htm", "xhtml", "xml", "docx", "odt")


def _hooks() -> dict[str, dict]:
    return {hook["id"]: hook for hook in load_manifest(str(MANIFEST))}


def test_the_manifest_is_valid_and_offers_both_hooks() -> None:
    hooks = _hooks()
    assert set(hooks) == {"claimcheck", "claimcheck-fix"}
    assert hooks["claimcheck"]["entry"] == "claimcheck check"
    assert hooks["claimcheck-fix"]["entry"] == "claimcheck check --fix"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["require_serial"] is False
        assert hook["types_or"] == []


@pytest.mark.parametrize("hook_id", ["claimcheck", "claimcheck-fix"])
def test_the_hooks_pick_policy_texts_by_extension_in_any_case(hook_id: str) -> None:
    files = re.compile(_hooks()[hook_id]["files"])
    for extension in EXTENSIONS:
        assert files.search(f"docs/brief.{extension}")
        assert files.search(f"docs/BRIEF.{extension.upper()}")
    for name in ("pyproject.toml", "setup.py", "brief.md.orig", "image.png", "README"):
        assert not files.search(name), name


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    completed = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return completed.stdout.strip()


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A fresh git repository whose ``.pre-commit-config.yaml`` uses this checkout's ``claimcheck`` hook."""
    if not (os.environ.get("CI") or os.environ.get("CLAIMCHECK_TEST_PRE_COMMIT")):
        pytest.skip("needs the network and a minute: set CI or CLAIMCHECK_TEST_PRE_COMMIT to run it")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), GIT_CONFIG_NOSYSTEM="1")
    rev = _git("rev-parse", "HEAD", cwd=REPO, env=env)
    if subprocess.run(["git", "cat-file", "-e", f"{rev}:.pre-commit-hooks.yaml"], cwd=REPO, env=env).returncode != 0:
        pytest.skip("HEAD has no .pre-commit-hooks.yaml yet; pre-commit installs hooks from a commit")

    project = tmp_path / "project"
    project.mkdir()
    _git("init", "-q", cwd=project, env=env)
    _git("config", "user.name", "Test", cwd=project, env=env)
    _git("config", "user.email", "test@example.org", cwd=project, env=env)
    # JSON is YAML; the checkout's path needs no quoting rules of its own that way.
    config = {"repos": [{"repo": str(REPO), "rev": rev, "hooks": [{"id": "claimcheck"}]}]}
    (project / ".pre-commit-config.yaml").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    (project / "claimcheck.toml").write_text('[rules.PS101]\nseverity = "error"\n', encoding="utf-8")
    return project, env


def _pre_commit(project: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    _git("add", "-A", cwd=project, env=env)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_repository_using_the_hook_passes_clean_texts_and_fails_on_an_error(project: tuple[Path, dict[str, str]]) -> None:
    folder, env = project
    (folder / "brief.md").write_text("# Brief\n\nThe committee meets on Tuesday to review the budget.\n", encoding="utf-8")

    clean = _pre_commit(folder, env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "claimcheck" in clean.stdout and "Passed" in clean.stdout

    (folder / "claim.md").write_text("# Claim\n\nThis policy is undoubtedly the best option.\n", encoding="utf-8")

    failing = _pre_commit(folder, env)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "Failed" in failing.stdout
    assert "claim.md:3:16: PS101" in failing.stdout
