"""Installed plugins' entry points, remembered between runs until something is installed or removed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.plugins.installed import InstalledPlugin, installed_plugins, listing_name
from conftest import write

GROUP = "claimcheck"


def install(site: Path, name: str, entry_points: str, version: str = "1.0") -> Path:
    """A distribution as pip leaves it: a .dist-info folder with METADATA and entry_points.txt."""
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    write(info / "METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    write(info / "entry_points.txt", f"[{GROUP}]\n{entry_points}\n")
    return info


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    return folder


def names(plugins: list[InstalledPlugin]) -> list[tuple[str, str, str, str]]:
    return [(plugin.name, plugin.value, plugin.distribution, plugin.version) for plugin in plugins]


def test_installing_upgrading_and_removing_are_seen(site: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert ("shout", "shout_plugin", "claimcheck-shout", "1.0") not in names(installed_plugins(GROUP, cache_folder=cache))
    first = install(site, "claimcheck-shout", "shout = shout_plugin")
    assert ("shout", "shout_plugin", "claimcheck-shout", "1.0") in names(installed_plugins(GROUP, cache_folder=cache))
    assert ("shout", "shout_plugin", "claimcheck-shout", "1.0") in names(installed_plugins(GROUP, cache_folder=cache))
    # an upgrade replaces the .dist-info folder
    for path in sorted(first.iterdir()):
        path.unlink()
    first.rmdir()
    install(site, "claimcheck-shout", "shout = shout_plugin:hooks", version="2.0")
    assert ("shout", "shout_plugin:hooks", "claimcheck-shout", "2.0") in names(installed_plugins(GROUP, cache_folder=cache))
    # entry_points.txt rewritten in place (an egg-info left by `setup.py develop`)
    entry_points = next(site.glob("*.dist-info")) / "entry_points.txt"
    before = entry_points.stat().st_mtime_ns
    entry_points.write_text(f"[{GROUP}]\nloud = shout_plugin:hooks\n", encoding="utf-8")
    os.utime(entry_points, ns=(before + 10**9, before + 10**9))  # as a later edit would leave it
    found = names(installed_plugins(GROUP, cache_folder=cache))
    assert ("loud", "shout_plugin:hooks", "claimcheck-shout", "2.0") in found and all(item[0] != "shout" for item in found)


def test_a_damaged_cache_file_is_read_afresh(site: Path, tmp_path: Path) -> None:
    install(site, "claimcheck-shout", "shout = shout_plugin")
    cache = tmp_path / "cache"
    installed_plugins(GROUP, cache_folder=cache)
    for damage in ("", "not json", json.dumps({"version": 1, "stamp": "x"}), json.dumps([1, 2])):
        (cache / listing_name()).write_text(damage, encoding="utf-8")
        assert ("shout", "shout_plugin", "claimcheck-shout", "1.0") in names(installed_plugins(GROUP, cache_folder=cache))


def test_without_a_cache_folder_the_entry_points_are_read_every_time(site: Path) -> None:
    install(site, "claimcheck-shout", "shout = shout_plugin")
    assert ("shout", "shout_plugin", "claimcheck-shout", "1.0") in names(installed_plugins(GROUP, cache_folder=None))


def test_load_follows_the_entry_point_syntax(site: Path) -> None:
    write(site / "shout_pkg" / "__init__.py", "class Hooks:\n    class Inner:\n        pass\n")
    assert InstalledPlugin("a", "shout_pkg").load().__name__ == "shout_pkg"
    assert InstalledPlugin("b", "shout_pkg:Hooks.Inner").load().__qualname__ == "Hooks.Inner"
    assert InstalledPlugin("c", "shout_pkg : Hooks [extra]").load().__name__ == "Hooks"


def test_a_run_with_the_list_remembered_does_not_import_importlib_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Brief\n\nJapan will undoubtedly join.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from claimcheck.cli import main\n"
        "code = main(['check', '--isolated', '--no-cache', '--output-format', 'concise', 'a.md'])\n"
        "print(code, 'importlib.metadata' in sys.modules)\n"
    )
    env = {**os.environ, "CLAIMCHECK_PACK_CACHE": str(tmp_path / "cache")}
    runs = [
        subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
        for _ in range(2)
    ]
    assert runs[0].stdout.splitlines()[-1] == "0 True", runs[0].stderr  # the first run reads the entry points
    assert runs[1].stdout.splitlines()[-1] == "0 False", runs[1].stderr
    assert runs[0].stdout == runs[1].stdout.replace("False", "True")


def test_a_list_others_can_write_is_not_believed(site: Path, tmp_path: Path) -> None:
    install(site, "claimcheck-shout", "shout = shout_plugin")
    cache = tmp_path / "cache"
    installed_plugins(GROUP, cache_folder=cache)
    listing = cache / listing_name()
    document = json.loads(listing.read_text(encoding="utf-8"))
    document["plugins"] = [{"name": "evil", "value": "evil_module", "distribution": "", "version": ""}]
    listing.write_text(json.dumps(document), encoding="utf-8")
    os.chmod(listing, 0o666)
    found = names(installed_plugins(GROUP, cache_folder=cache))
    assert ("shout", "shout_plugin", "claimcheck-shout", "1.0") in found and all(item[0] != "evil" for item in found)


def test_each_sys_path_keeps_its_own_list(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `claimcheck` and `python -m claimcheck` see different sys.path: switching must not rewrite one shared file
    install(site, "claimcheck-shout", "shout = shout_plugin")
    cache = tmp_path / "cache"
    installed_plugins(GROUP, cache_folder=cache)
    first = listing_name()
    other = tmp_path / "other-site"
    other.mkdir()
    monkeypatch.syspath_prepend(str(other))
    installed_plugins(GROUP, cache_folder=cache)
    assert listing_name() != first
    assert sorted(path.name for path in cache.iterdir()) == sorted([first, listing_name()])
    written = {path.name: path.stat().st_mtime_ns for path in cache.iterdir()}
    monkeypatch.undo()  # back to the first layout (the fixture's), then to the second: nothing is rewritten
    monkeypatch.syspath_prepend(str(site))
    installed_plugins(GROUP, cache_folder=cache)
    monkeypatch.syspath_prepend(str(other))
    installed_plugins(GROUP, cache_folder=cache)
    assert {path.name: path.stat().st_mtime_ns for path in cache.iterdir()} == written
