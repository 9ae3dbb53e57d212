"""The cache of loaded rule packs: hits only when nothing the pack depends on changed, never a failed run."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from claimcheck.errors import PackError
from conftest import run_subprocess
from claimcheck.pack_cache import PackCache, default_pack_cache
from claimcheck.rules.keywords import ExistenceType
from claimcheck.rules.pack import load_pack

TYPES = {"existence": ExistenceType()}

PACK = """[pack]
name = "demo"

[[rules]]
code = "DM101"
alias = "demo-rule"
type = "existence"
message = "avoid '{match}'"
tokens = ["foo"]
"""


def make_pack(folder: Path, text: str = PACK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(text, encoding="utf-8")
    return folder


class Builds:
    """A ``build`` callable that counts how often the pack was really loaded from its files."""

    def __init__(self, folder: Path, types: dict[str, object] = TYPES) -> None:
        self.folder, self.types, self.count = folder, types, 0

    def __call__(self):
        self.count += 1
        return load_pack(self.folder, self.types)


def entries(cache_folder: Path) -> list[Path]:
    return sorted(cache_folder.glob("*.pickle"))


def test_a_second_load_comes_from_the_cache(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "demo")
    cache = PackCache(tmp_path / "cache")
    build = Builds(folder)
    first = cache.load(folder, TYPES, build=build)
    second = cache.load(folder, TYPES, build=build)
    assert build.count == 1
    assert [rule.code for rule in second.rules] == ["DM101"] and second.name == "demo" and second.path == folder
    assert second is not first  # unpickled: a copy, not the same object
    (entry,) = entries(tmp_path / "cache")
    assert entry.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "cache").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "cache" / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_an_edited_pack_is_loaded_again_and_replaces_its_entry(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "demo")
    cache = PackCache(tmp_path / "cache")
    build = Builds(folder)
    cache.load(folder, TYPES, build=build)
    make_pack(folder, PACK.replace('"foo"', '"bar"'))  # same size, same clock tick: the content decides
    edited = cache.load(folder, TYPES, build=build)
    assert build.count == 2
    assert edited.rules[0].checker.prefilter == (r"\b(?:bar)\b",)
    assert len(entries(tmp_path / "cache")) == 1
    (folder / "extra.toml").write_text("", encoding="utf-8")  # a new file is a change too
    cache.load(folder, TYPES, build=build)
    assert build.count == 3


def test_another_rule_type_implementation_is_a_miss(tmp_path: Path) -> None:
    class OtherExistence(ExistenceType):
        pass

    folder = make_pack(tmp_path / "demo")
    cache = PackCache(tmp_path / "cache")
    build = Builds(folder)
    cache.load(folder, TYPES, build=build)
    cache.load(folder, {"existence": OtherExistence()}, build=build)
    assert build.count == 2


def test_a_broken_pack_is_never_cached(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "demo", PACK.replace('type = "existence"', 'type = "existance"'))
    cache = PackCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(PackError, match="unknown rule type 'existance'"):
            cache.load(folder, TYPES, build=Builds(folder))
    assert entries(tmp_path / "cache") == []


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps({"pack": "something else"})])
def test_a_damaged_entry_is_a_miss_and_is_rewritten(tmp_path: Path, damage: bytes) -> None:
    folder = make_pack(tmp_path / "demo")
    cache = PackCache(tmp_path / "cache")
    cache.load(folder, TYPES, build=Builds(folder))
    (entry,) = entries(tmp_path / "cache")
    entry.write_bytes(damage)
    build = Builds(folder)
    assert cache.load(folder, TYPES, build=build).rules[0].code == "DM101"
    assert build.count == 1
    assert pickle.loads(entry.read_bytes()).pack.name == "demo"


def test_an_entry_others_can_write_is_not_trusted(tmp_path: Path) -> None:
    folder = make_pack(tmp_path / "demo")
    cache = PackCache(tmp_path / "cache")
    cache.load(folder, TYPES, build=Builds(folder))
    (entry,) = entries(tmp_path / "cache")
    os.chmod(entry, 0o666)
    build = Builds(folder)
    cache.load(folder, TYPES, build=build)
    assert build.count == 1


def test_a_folder_that_cannot_be_made_leaves_the_run_alone(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    folder = make_pack(tmp_path / "demo")
    cache = PackCache(tmp_path / "file" / "cache")
    for _ in range(2):
        assert cache.load(folder, TYPES, build=Builds(folder)).rules[0].code == "DM101"


def test_a_checker_that_cannot_be_pickled_is_loaded_every_time(tmp_path: Path) -> None:
    class LocalExistence(ExistenceType):  # defined in a function: pickle cannot name it
        def build(self, options, *, where):
            checker = super().build(options, where=where)
            checker.hook = lambda: None
            return checker

    types = {"existence": LocalExistence()}
    folder = make_pack(tmp_path / "demo")
    cache = PackCache(tmp_path / "cache")
    build = Builds(folder, types)
    cache.load(folder, types, build=build)
    cache.load(folder, types, build=build)
    assert build.count == 2 and entries(tmp_path / "cache") == []


def test_the_environment_variable_moves_or_turns_off_the_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_PACK_CACHE", str(tmp_path / "here"))
    cache = default_pack_cache()
    assert cache is not None and cache.folder == tmp_path / "here"
    for value in ("off", "0", "false", "NO"):
        monkeypatch.setenv("CLAIMCHECK_PACK_CACHE", value)
        assert default_pack_cache() is None
    monkeypatch.delenv("CLAIMCHECK_PACK_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if os.name == "posix" and os.uname().sysname == "Linux":
        assert default_pack_cache().folder == tmp_path / "xdg" / "claimcheck" / "packs-1"


def test_a_run_with_the_cache_gives_the_findings_of_a_run_without(cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "brief.md").write_text(
        "# Brief\n\nJapan joined NATO in 2023. It is crucial, and everyone knows it.\n", encoding="utf-8"
    )
    monkeypatch.setenv("CLAIMCHECK_PACK_CACHE", "off")
    uncached = cli("check", "--isolated", "--no-cache", "brief.md")
    monkeypatch.setenv("CLAIMCHECK_PACK_CACHE", str(tmp_path.parent / f"{tmp_path.name}-packs"))
    cold = cli("check", "--isolated", "--no-cache", "brief.md")
    warm = cli("check", "--isolated", "--no-cache", "brief.md")
    assert uncached.code == cold.code == warm.code == 1
    assert uncached.out == cold.out == warm.out
    assert "NJ202" in warm.out
    assert len(entries(tmp_path.parent / f"{tmp_path.name}-packs")) == 2  # the two bundled packs


def test_no_home_folder_means_no_cache_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("CLAIMCHECK_PACK_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert default_pack_cache() is None


LOCAL_TYPE_PLUGIN = '''
from claimcheck.plugins import hookimpl
from claimcheck.rules.model import Hit

class ShoutChecker:
    prefilter = ()
    values = ()

    def check(self, document, spans):
        for span in spans:
            if document.text[span.start:span.end].isupper():
                yield Hit(span.start, span.end)

class ShoutType:
    name = "shout"
    options = {}
    required = ()

    def build(self, options, *, where):
        return ShoutChecker()

@hookimpl
def claimcheck_rule_types():
    return [ShoutType()]
'''

LOCAL_PACK = """[pack]
name = "house"

[[rules]]
code = "HS101"
alias = "no-shouting"
type = "shout"
scope = "paragraph"
message = "do not shout"
"""


def test_a_pack_using_a_local_plugins_rule_type_is_cached_across_runs(tmp_path: Path) -> None:
    """A local plugin's module has the same name in every process, so its checkers unpickle."""
    (tmp_path / "shout.py").write_text(LOCAL_TYPE_PLUGIN, encoding="utf-8")
    make_pack(tmp_path / "house", LOCAL_PACK)
    (tmp_path / "claimcheck.toml").write_text('plugins = ["shout.py"]\nrule-packs = ["house"]\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("# Brief\n\nSTOP THIS NOW\n", encoding="utf-8")
    cache = tmp_path / "pack-cache"
    env = {**os.environ, "CLAIMCHECK_PACK_CACHE": str(cache)}
    first = run_subprocess("check", "--no-cache", "--select", "HS", "a.md", cwd=tmp_path, env=env)
    written = {path.name: path.stat().st_mtime_ns for path in entries(cache)}
    assert len(written) == 3  # the two bundled packs and the house pack
    second = run_subprocess("check", "--no-cache", "--select", "HS", "a.md", cwd=tmp_path, env=env)
    assert first.code == second.code == 0 and first.out == second.out
    assert "a.md:3:1: HS101" in second.out
    assert {path.name: path.stat().st_mtime_ns for path in entries(cache)} == written  # read, not rebuilt


def test_entries_older_than_a_month_go_when_a_new_one_is_written(tmp_path: Path) -> None:
    cache = PackCache(tmp_path / "cache")
    old_folder, new_folder = make_pack(tmp_path / "old"), make_pack(tmp_path / "new", PACK.replace("demo", "fresh"))
    cache.load(old_folder, TYPES, build=Builds(old_folder))
    (old_entry,) = entries(tmp_path / "cache")
    month_ago = old_entry.stat().st_mtime - 31 * 86400
    os.utime(old_entry, (month_ago, month_ago))
    cache.load(new_folder, TYPES, build=Builds(new_folder))
    assert [pickle.loads(path.read_bytes()).pack.name for path in entries(tmp_path / "cache")] == ["fresh"]
