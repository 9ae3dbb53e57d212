"""The nato-japan claims on 645 real White House statements: official texts assert no wrong fact.

The statements (``../shared/corpus-bench``, CC0) were not used to write the
rules; any claim finding there is a false positive. The test skips when the
archive is absent.
"""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from conftest import SHARED

ARCHIVE = SHARED / "corpus-bench" / "whitehouse-statements-645.tar.xz"


@pytest.fixture(scope="module")
def statements(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not ARCHIVE.is_file():
        pytest.skip("../shared/corpus-bench is not beside the checkout")
    folder = tmp_path_factory.mktemp("bench")
    with tarfile.open(ARCHIVE) as archive:
        archive.extractall(folder, filter="data")
    return folder


def test_no_claim_finding_on_official_statements(cli, statements: Path) -> None:
    result = cli("check", str(statements), "--select", "NJ2", "--output-format", "json", "--isolated")
    report = json.loads(result.out)
    assert len(report["files"]) == 645
    assert report["findings"] == []
    assert result.code == 0


def test_a_clause_without_japan_is_never_a_membership_claim(cli, tmp_path: Path) -> None:
    text = "The program grew by 40 percent, making it the largest in the country. He served two terms, becoming a leader.\n"
    (tmp_path / "doc.md").write_text(text, encoding="utf-8")
    result = cli("check", "doc.md", "--select", "NJ2", "--output-format", "json", "--isolated")
    assert json.loads(result.out)["findings"] == []
