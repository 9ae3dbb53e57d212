"""The results cache: a changed file or configuration misses, a damaged entry is never trusted, writers don't collide."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from pathlib import Path
from typing import Callable

import pytest

import claimcheck.cache as cache_module
from claimcheck.cache import (
    CACHEDIR_TAG,
    FORMAT_VERSION,
    CachedResult,
    ResultCache,
    coverage_from_dict,
    coverage_to_dict,
    default_folder,
    finding_from_dict,
    finding_to_dict,
    runtime_key,
)
from claimcheck.finding import CoverageResult, Evidence, FileCoverage, Finding, Fix, Location, Severity

KEY = "k" * 64
CONTENT = "It is undoubtedly true.\n".encode("utf-8")


def full_finding(path: str = "docs/brief.md", *, index: int = 0) -> Finding:
    """A finding with every field set to something other than its default."""
    return Finding(
        path=path,
        code="PS101",
        alias="unhedged-certainty",
        severity=Severity.ERROR,
        message=f"'undoubtedly' overstates the evidence ({index}) — “quoted” ✓",
        start=Location(3, 7, 41),
        end=Location(3, 18, 52),
        fingerprint=f"fp-{index}",
        label="certainty",
        framework="nato-japan",
        criterion="C2",
        fact="F-17",
        source="Joint statement, 2023",
        url="https://example.org/rules/PS101",
        fix=Fix(start=Location(3, 7, 41), end=Location(3, 18, 52), replacement="probably"),
        excerpt="It is undoubtedly true.",
    )


def full_coverage(path: str = "docs/brief.md") -> FileCoverage:
    evidence = (
        Evidence(Location(1, 1, 0), Location(1, 9, 8), "deterrence"),
        Evidence(Location(4, 2, 60), Location(4, 12, 70), "alliance"),
    )
    return FileCoverage(
        path=path,
        framework="nato-japan",
        in_scope=True,
        results=(
            CoverageResult("nato-japan", "C1", "Deterrence", "CV001", True, evidence),
            CoverageResult("nato-japan", "C2", "Burden sharing", "CV002", False),
        ),
    )


def full_result(path: str = "docs/brief.md", *, index: int = 0) -> CachedResult:
    plain = Finding(
        path=path,
        code="TM201",
        alias="term",
        severity=Severity.INFO,
        message="prefer 'Indo-Pacific'",
        start=Location(1, 1, 0),
        end=Location(1, 5, 4),
        fingerprint="fp-plain",
    )
    return CachedResult(
        findings=[full_finding(path, index=index), plain],
        coverage=[full_coverage(path), FileCoverage(path, "other", False)],
        notices=[f"{path}: decoded as cp1252"],
    )


def assert_same(loaded: CachedResult | None, expected: CachedResult) -> None:
    assert loaded == expected
    # ``excerpt`` does not take part in equality; reporters that show context still need it back.
    assert [finding.excerpt for finding in loaded.findings] == [finding.excerpt for finding in expected.findings]


# -- round trip ------------------------------------------------------------------------------


def test_a_stored_result_comes_back_equal_with_every_field(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache", key=KEY)
    result = full_result()
    assert cache.put("docs/brief.md", CONTENT, result) is True

    loaded = ResultCache(tmp_path / "cache", key=KEY).get("docs/brief.md", CONTENT)

    assert_same(loaded, result)
    finding = loaded.findings[0]
    assert finding.severity is Severity.ERROR
    assert finding.fix == Fix(Location(3, 7, 41), Location(3, 18, 52), "probably")
    assert finding.label == "certainty"
    assert loaded.findings[1].label is None and loaded.findings[1].fix is None
    assert loaded.coverage[0].results[0].evidence[1].text == "alliance"


def test_an_empty_result_is_a_hit_not_a_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, key=KEY)
    cache.put("clean.md", b"All good.\n", CachedResult())
    assert cache.get("clean.md", b"All good.\n") == CachedResult()


def test_the_dict_helpers_round_trip_on_their_own() -> None:
    finding = full_finding()
    assert finding_from_dict(json.loads(json.dumps(finding_to_dict(finding)))) == finding
    coverage = full_coverage()
    assert coverage_from_dict(json.loads(json.dumps(coverage_to_dict(coverage)))) == coverage


def test_text_with_lone_surrogates_survives(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, key=KEY)
    result = CachedResult(notices=["bad byte \udce9 kept"])
    cache.put("odd.txt", b"\xe9", result)
    assert cache.get("odd.txt", b"\xe9") == result


# -- misses ----------------------------------------------------------------------------------


def test_changed_content_misses(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, key=KEY)
    cache.put("docs/brief.md", CONTENT, full_result())
    assert cache.get("docs/brief.md", CONTENT + b"More.\n") is None
    assert cache.get("docs/brief.md", CONTENT) is not None


def test_changed_key_misses(tmp_path: Path) -> None:
    ResultCache(tmp_path, key=KEY).put("docs/brief.md", CONTENT, full_result())
    assert ResultCache(tmp_path, key="another-configuration").get("docs/brief.md", CONTENT) is None


def test_same_content_under_another_path_misses(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, key=KEY)
    cache.put("docs/brief.md", CONTENT, full_result())
    assert cache.get("docs/copy.md", CONTENT) is None


def test_a_missing_folder_is_just_a_miss(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "never-created", key=KEY)
    assert cache.get("a.md", CONTENT) is None
    assert not (tmp_path / "never-created").exists()
    assert cache.enabled


# -- the key ---------------------------------------------------------------------------------


def test_runtime_key_follows_pack_contents_plugins_settings_and_version(tmp_path: Path) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text("name = 'a'\n", encoding="utf-8")
    rules = tmp_path / "rules.toml"
    rules.write_text("[[rule]]\n", encoding="utf-8")

    def key(**changes: object) -> str:
        arguments: dict[str, object] = {
            "settings_text": "select=None",
            "pack_files": [pack, rules],
            "plugins": [("claimcheck-extra", "1.0")],
            "version": "0.1.0",
        }
        arguments.update(changes)
        return runtime_key(**arguments)  # type: ignore[arg-type]

    base = key()
    assert key(pack_files=[rules, pack]) == base  # order does not matter
    assert key(settings_text="select=('PS',)") != base
    assert key(plugins=[("claimcheck-extra", "1.1")]) != base
    assert key(plugins=[]) != base
    assert key(version="0.2.0") != base
    rules.write_text("[[rule]]\ncode = 'X'\n", encoding="utf-8")
    assert key() != base


# -- damaged entries -------------------------------------------------------------------------


def _finding(entry: dict, **changes: object) -> dict:
    return {**entry, "findings": [{**entry["findings"][0], **changes}]}


def _without(data: dict, key: str) -> dict:
    return {name: value for name, value in data.items() if name != key}


#: (what, damaged entry made from a valid one)
WRONG_SHAPES: list[tuple[str, Callable[[dict], object]]] = [
    ("a list", lambda entry: []),
    ("a string", lambda entry: "a string"),
    ("next format version", lambda entry: {**entry, "version": FORMAT_VERSION + 1}),
    ("version true", lambda entry: {**entry, "version": True}),
    ("another key", lambda entry: {**entry, "key": "someone-else"}),
    ("a key missing", lambda entry: _without(entry, "notices")),
    ("an unknown key", lambda entry: {**entry, "extra": 1}),
    ("findings not a list", lambda entry: {**entry, "findings": {"0": entry["findings"][0]}}),
    ("unknown severity", lambda entry: _finding(entry, severity="fatal")),
    ("line as a string", lambda entry: _finding(entry, start={"line": "3", "column": 7, "offset": 41})),
    ("line as a boolean", lambda entry: _finding(entry, start={"line": True, "column": 7, "offset": 41})),
    ("label a number", lambda entry: _finding(entry, label=5)),
    ("fix without replacement", lambda entry: _finding(entry, fix=_without(entry["findings"][0]["fix"], "replacement"))),
    ("finding without excerpt", lambda entry: {**entry, "findings": [_without(entry["findings"][0], "excerpt")]}),
    ("in_scope a string", lambda entry: {**entry, "coverage": [{**entry["coverage"][0], "in_scope": "yes"}]}),
    ("notice null", lambda entry: {**entry, "notices": [None]}),
]

DAMAGES: list[tuple[str, Callable[[bytes, dict], bytes]]] = [
    ("garbage bytes", lambda raw, entry: b"\x00\xff\xfe garbage \x80"),
    ("truncated JSON", lambda raw, entry: raw[: len(raw) // 2]),
    ("empty file", lambda raw, entry: b""),
    ("deeply nested", lambda raw, entry: b"[" * 100_000),
] + [
    (f"wrong shape: {what}", lambda raw, entry, make=make: json.dumps(make(entry)).encode("utf-8"))
    for what, make in WRONG_SHAPES
]


@pytest.mark.parametrize("damage", [make for _, make in DAMAGES], ids=[what for what, _ in DAMAGES])
def test_a_damaged_entry_is_a_miss_and_is_rebuilt(tmp_path: Path, damage: Callable[[bytes, dict], bytes]) -> None:
    cache = ResultCache(tmp_path, key=KEY)
    result = full_result()
    cache.put("docs/brief.md", CONTENT, result)
    target = cache.entry_path("docs/brief.md", CONTENT)
    raw = target.read_bytes()
    target.write_bytes(damage(raw, json.loads(raw)))

    assert cache.get("docs/brief.md", CONTENT) is None

    assert cache.put("docs/brief.md", CONTENT, result) is True
    assert_same(cache.get("docs/brief.md", CONTENT), result)


# -- the folder ------------------------------------------------------------------------------


def test_the_folder_is_tagged_and_ignored_by_git(tmp_path: Path) -> None:
    folder = default_folder(tmp_path)
    assert folder == tmp_path / ".claimcheck_cache"
    ResultCache(folder, key=KEY).put("a.md", CONTENT, CachedResult())
    assert (folder / "CACHEDIR.TAG").read_text(encoding="ascii") == CACHEDIR_TAG
    assert CACHEDIR_TAG.startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert "*" in (folder / ".gitignore").read_text(encoding="ascii").splitlines()
    assert not list(folder.glob("*.tmp")), "no temporary files are left behind"


def test_clear_removes_the_entries_but_keeps_the_tags(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path, key=KEY)
    cache.put("a.md", CONTENT, CachedResult())
    cache.put("b.md", CONTENT, CachedResult())
    assert cache.clear() == 2
    assert cache.get("a.md", CONTENT) is None
    assert (tmp_path / "CACHEDIR.TAG").is_file()


def test_a_folder_that_cannot_be_created_disables_the_cache_without_raising(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = ResultCache(blocker / "cache", key=KEY)

    assert cache.put("a.md", CONTENT, full_result()) is False
    assert cache.put("b.md", CONTENT, full_result()) is False
    assert cache.get("a.md", CONTENT) is None
    assert not cache.enabled
    assert cache.warning is not None and "caching is off" in cache.warning
    warnings = [record for record in caplog.records if record.name == "claimcheck.cache" and record.levelname == "WARNING"]
    assert len(warnings) == 1, "one warning, not one per file"


@pytest.mark.skipif(sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0), reason="permissions do not bind root")
def test_a_read_only_folder_disables_the_cache_without_raising(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        cache = ResultCache(folder, key=KEY)
        assert cache.put("a.md", CONTENT, full_result()) is False
        assert cache.get("a.md", CONTENT) is None
        assert cache.warning is not None
    finally:
        folder.chmod(0o700)


def test_an_entry_that_cannot_be_written_disables_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ResultCache(tmp_path, key=KEY)
    assert cache.put("a.md", CONTENT, CachedResult()) is True

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("claimcheck.cache.os.replace", full_disk)
    assert cache.put("b.md", CONTENT, CachedResult()) is False
    assert cache.warning is not None and "No space left on device" in cache.warning
    assert not list(tmp_path.glob("*.tmp")), "the temporary file is removed"


# -- several processes at once ---------------------------------------------------------------


def _writer(folder: str, worker: int) -> None:
    cache = ResultCache(Path(folder), key=KEY)
    for round_ in range(50):
        # Every worker writes the shared entries and some of its own.
        shared = f"shared/{round_ % 5}.md"
        assert cache.put(shared, CONTENT, full_result(shared))
        own = f"own/{worker}/{round_}.md"
        assert cache.put(own, CONTENT, full_result(own, index=round_))
        loaded = cache.get(shared, CONTENT)
        assert loaded is None or loaded == full_result(shared)


def test_concurrent_writers_leave_only_valid_entries(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    context = multiprocessing.get_context("spawn")
    processes = [context.Process(target=_writer, args=(str(folder), worker)) for worker in range(4)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    assert [process.exitcode for process in processes] == [0, 0, 0, 0]

    cache = ResultCache(folder, key=KEY)
    for index in range(5):
        path = f"shared/{index}.md"
        assert_same(cache.get(path, CONTENT), full_result(path))
    for worker in range(4):
        for round_ in range(50):
            path = f"own/{worker}/{round_}.md"
            assert_same(cache.get(path, CONTENT), full_result(path, index=round_))
    entries = list(folder.glob("*.json"))
    assert len(entries) == 5 + 4 * 50
    assert not list(folder.glob("*.tmp"))


def test_own_code_stamp_follows_every_module_of_the_package_but_not_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "claimcheck"
    (package / "rules").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "cache.py").write_text("x", encoding="utf-8")
    (package / "rules" / "claims.py").write_text("y", encoding="utf-8")
    (package / "__pycache__" / "cache.py").write_text("not a module", encoding="utf-8")
    monkeypatch.setattr(cache_module, "__file__", str(package / "cache.py"))

    def stamp() -> str:
        cache_module.own_code_stamp.cache_clear()
        return cache_module.own_code_stamp()

    try:
        first = stamp()
        assert stamp() == first
        (package / "rules" / "claims.py").write_text("yy", encoding="utf-8")
        second = stamp()
        assert second != first  # a module deep in the package changed size
        os.utime(package / "rules" / "claims.py", ns=(1_000_000_000, 1_000_000_000))
        third = stamp()
        assert third != second  # … or only its modification time
        (package / "__pycache__" / "cache.py").write_text("changed", encoding="utf-8")
        assert stamp() == third
    finally:
        monkeypatch.undo()
        cache_module.own_code_stamp.cache_clear()
