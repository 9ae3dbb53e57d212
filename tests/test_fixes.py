"""Safe fixes: exact replacements, byte-for-byte rewrites, and every refusal that protects a file."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.decode import decode
from claimcheck.engine import RuleSet, check_document
from claimcheck.finding import Finding, Fix, Location
from claimcheck.fixes import FixOutcome, apply_fixes, fix_file, unified_diff
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.readers.text import TextReader
from claimcheck.rules.builtin import claimcheck_rule_types
from claimcheck.rules.pack import load_pack

REPO = Path(__file__).resolve().parent.parent
RULES = RuleSet(load_pack(REPO / "rules" / "policy-style", {t.name: t for t in claimcheck_rule_types()}).rules)

ONE_LINE = "We act in order to help the Asia-Pacific, in order to win.\n"
ONE_LINE_FIXED = "We act to help the Indo-Pacific, to win.\n"


def check_text(source: str, path: str = "doc.md") -> list[Finding]:
    reader = TextReader() if path.endswith(".txt") else MarkdownReader()
    return sorted(check_document(reader.read(source, path=path), RULES).findings, key=lambda f: f.sort_key)


def check_file(path: Path) -> tuple[list[Finding], bytes]:
    """Check ``path`` the way a run does: read bytes, decode, read, check; returns the findings and the bytes."""
    data = path.read_bytes()
    return check_text(decode(data, path=str(path)).text, str(path)), data


def fixable(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, f.fix.replacement) for f in findings if f.fix is not None]


def fix(start: int, end: int, replacement: str) -> Fix:
    return Fix(Location(1, start + 1, start), Location(1, end + 1, end), replacement)


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# --- apply_fixes ----------------------------------------------------------------------


def test_several_substitutions_on_one_line():
    findings = check_text(ONE_LINE)
    assert fixable(findings) == [("PS202", "to"), ("PS201", "Indo-Pacific"), ("PS202", "to")]
    assert apply_fixes(ONE_LINE, [f.fix for f in findings]) == (ONE_LINE_FIXED, 3)
    # The order the fixes come in does not matter.
    assert apply_fixes(ONE_LINE, [f.fix for f in reversed(findings)]) == (ONE_LINE_FIXED, 3)


def test_capitalised_match_gets_a_capitalised_replacement():
    source = "In order to act, see Asia Pacific.\n"
    assert apply_fixes(source, [f.fix for f in check_text(source)]) == ("To act, see Indo-Pacific.\n", 2)


def test_overlapping_fixes_keep_the_first_by_start_offset():
    source = "abcdefgh"
    fixes = [fix(2, 5, "X"), fix(4, 6, "Y"), fix(1, 3, "Z")]
    # (1,3) is taken first; (2,5) overlaps it; (4,6) starts after it ends.
    assert apply_fixes(source, fixes) == ("aZdYgh", 2)


def test_fixes_starting_at_the_same_offset_keep_the_given_order():
    assert apply_fixes("abcdef", [fix(1, 3, "X"), fix(1, 2, "Y")]) == ("aXdef", 1)
    assert apply_fixes("abcdef", [fix(1, 2, "Y"), fix(1, 3, "X")]) == ("aYcdef", 1)


def test_adjacent_fixes_and_insertions_all_apply():
    assert apply_fixes("abcdef", [fix(3, 5, "Y"), fix(1, 3, "X")]) == ("aXYf", 2)
    assert apply_fixes("abc", [fix(1, 1, "<"), fix(1, 1, ">"), fix(3, 3, "!")]) == ("a<>bc!", 3)
    # An insertion inside a replaced range overlaps it.
    assert apply_fixes("abcdef", [fix(1, 4, "X"), fix(2, 2, "!")]) == ("aXef", 1)


def test_fixes_outside_the_text_are_skipped():
    assert apply_fixes("abc", [fix(2, 9, "X"), fix(-1, 1, "Y"), fix(2, 1, "Z"), fix(0, 1, "A")]) == ("Abc", 1)
    assert apply_fixes("abc", []) == ("abc", 0)


# --- fix_file: byte for byte -----------------------------------------------------------


def test_fix_file_writes_the_fixed_text_and_a_second_run_finds_nothing_to_fix(tmp_path):
    path = tmp_path / "policy.md"
    path.write_bytes(("# Partners\n\n" + ONE_LINE + "\nIt is fine.\n").encode())
    findings, data = check_file(path)
    result = fix_file(path, findings, dry_run=False, checked=data)
    assert result.outcome is FixOutcome.FIXED
    assert (result.applied, result.skipped) == (3, 0)
    assert result.describe() == f"{path}: fixed 3 findings"
    assert path.read_bytes() == ("# Partners\n\n" + ONE_LINE_FIXED + "\nIt is fine.\n").encode()
    assert listing(tmp_path) == ["policy.md"]

    again, data = check_file(path)
    assert fixable(again) == []
    unchanged = fix_file(path, again, dry_run=False, checked=data)
    assert unchanged.outcome is FixOutcome.UNCHANGED
    assert unchanged.describe() == f"{path}: nothing to fix"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_line_endings_are_kept_byte_for_byte(tmp_path, newline, suffix):
    lines = ["# Partners", "", "We act in order to help", "the Asia-Pacific, in order to win.", "", "Last line."]
    fixed = ["# Partners", "", "We act to help", "the Indo-Pacific, to win.", "", "Last line."]
    path = tmp_path / f"policy{suffix}"
    path.write_bytes(newline.join(lines).encode() + newline.encode())
    findings, data = check_file(path)
    assert fix_file(path, findings, dry_run=False, checked=data).applied == 3
    assert path.read_bytes() == newline.join(fixed).encode() + newline.encode()


def test_mixed_line_endings_and_no_final_newline_are_kept(tmp_path):
    path = tmp_path / "policy.txt"
    path.write_bytes(b"One in order to go.\r\nTwo in order to go.\rThree in order to go.\nFour in order to go.")
    findings, data = check_file(path)
    assert fix_file(path, findings, dry_run=False, checked=data).applied == 4
    assert path.read_bytes() == b"One to go.\r\nTwo to go.\rThree to go.\nFour to go."


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_bom_and_encoding_are_kept(tmp_path, bom, encoding):
    before = "# Été\r\n\r\nLes partenaires — in order to act — en Asie-Pacifique.\r\n"
    after = "# Été\r\n\r\nLes partenaires — to act — en Indo-Pacifique.\r\n"
    path = tmp_path / "politique.md"
    path.write_bytes(bom + before.encode(encoding))
    findings, data = check_file(path)
    assert fix_file(path, findings, dry_run=False, checked=data).outcome is FixOutcome.FIXED
    assert path.read_bytes() == bom + after.encode(encoding)


def test_utf8_without_bom_gets_no_bom(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes("Été in order to go.\n".encode())
    findings, data = check_file(path)
    fix_file(path, findings, dry_run=False, checked=data)
    assert path.read_bytes() == "Été to go.\n".encode()


def test_cp1252_file_stays_cp1252(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("L’OTAN et l’Asie-Pacifique : été, «\u00a0in order to\u00a0» act.\r\n".encode("cp1252"))
    findings, data = check_file(path)
    assert decode(data, path="old.txt").encoding == "cp1252"
    result = fix_file(path, findings, dry_run=False, checked=data)
    assert (result.outcome, result.applied) == (FixOutcome.FIXED, 2)
    assert path.read_bytes() == "L’OTAN et l’Indo-Pacifique : été, «\u00a0to\u00a0» act.\r\n".encode("cp1252")
    assert b"\x92" in path.read_bytes()  # the cp1252 apostrophe, not UTF-8's three bytes


def test_replacement_the_encoding_cannot_hold_is_refused(tmp_path):
    path = tmp_path / "old.txt"
    original = "Caf\u00e9 in order to go.\n".encode("cp1252")
    path.write_bytes(original)
    findings, data = check_file(path)
    arrow = [replace(f, fix=replace(f.fix, replacement="\u2192")) for f in findings]
    result = fix_file(path, arrow, dry_run=False, checked=data)
    assert result.outcome is FixOutcome.REFUSED
    assert result.reason == (
        "a replacement contains '→' (U+2192), which cp1252 cannot encode; the file keeps its encoding, so it was left as it is"
    )
    assert path.read_bytes() == original


@pytest.mark.parametrize("mode", [0o640, 0o755, 0o600])
def test_permission_bits_are_kept(tmp_path, mode):
    path = tmp_path / "policy.md"
    path.write_bytes(ONE_LINE.encode())
    path.chmod(mode)
    findings, data = check_file(path)
    fix_file(path, findings, dry_run=False, checked=data)
    assert path.read_bytes() == ONE_LINE_FIXED.encode()
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_stays_a_link_and_its_target_is_fixed(tmp_path):
    target = tmp_path / "real.md"
    target.write_bytes(ONE_LINE.encode())
    link = tmp_path / "link.md"
    link.symlink_to(target)
    findings, data = check_file(link)
    assert fix_file(link, findings, dry_run=False, checked=data).outcome is FixOutcome.FIXED
    assert link.is_symlink()
    assert target.read_bytes() == ONE_LINE_FIXED.encode()
    assert listing(tmp_path) == ["link.md", "real.md"]


# --- fix_file: what it refuses ---------------------------------------------------------


@pytest.mark.parametrize("name", ["policy.docx", "policy.html", "policy.odt", "POLICY.XML"])
def test_structured_formats_are_refused_and_nothing_is_written(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ONE_LINE.encode())
    before = path.stat()
    findings = check_text(ONE_LINE, str(path))
    result = fix_file(path, findings, dry_run=False)
    assert result.outcome is FixOutcome.REFUSED
    suffix = Path(name).suffix
    assert result.describe() == (
        f"{path}: not fixed: fixes are applied to Markdown and plain-text files only "
        f"(.md, .markdown, .mdown, .mkd, .txt, .text); {suffix} files are reported, never rewritten"
    )
    assert path.read_bytes() == ONE_LINE.encode()
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert listing(tmp_path) == [name]


@pytest.mark.parametrize("name", ["a.MD", "a.markdown", "a.mdown", "a.mkd", "a.text"])
def test_every_markdown_and_text_suffix_is_fixed(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ONE_LINE.encode())
    assert fix_file(path, check_text(ONE_LINE, str(path)), dry_run=False).outcome is FixOutcome.FIXED
    assert path.read_bytes() == ONE_LINE_FIXED.encode()


def test_structured_format_without_fixable_findings_is_simply_unchanged(tmp_path):
    path = tmp_path / "policy.docx"
    findings = [f for f in check_text("Japan will undoubtedly join.\n", str(path))]
    assert [f.code for f in findings] == ["PS101"]
    assert fix_file(path, findings, dry_run=False).outcome is FixOutcome.UNCHANGED


def test_findings_for_other_files_are_ignored(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(ONE_LINE.encode())
    others = check_text(ONE_LINE, str(tmp_path / "b.md"))
    assert fix_file(path, others, dry_run=False).outcome is FixOutcome.UNCHANGED
    assert path.read_bytes() == ONE_LINE.encode()


def test_file_changed_on_disk_since_the_check_is_refused(tmp_path):
    path = tmp_path / "policy.md"
    path.write_bytes(ONE_LINE.encode())
    findings, data = check_file(path)
    edited = ("Someone typed here. " + ONE_LINE).encode()
    path.write_bytes(edited)
    result = fix_file(path, findings, dry_run=False, checked=data)
    assert result.outcome is FixOutcome.REFUSED
    assert result.describe() == f"{path}: not fixed: the file changed on disk since it was checked; run claimcheck again"
    assert path.read_bytes() == edited
    assert listing(tmp_path) == ["policy.md"]


def test_file_removed_since_the_check_fails_cleanly(tmp_path):
    path = tmp_path / "policy.md"
    path.write_bytes(ONE_LINE.encode())
    findings, data = check_file(path)
    path.unlink()
    result = fix_file(path, findings, dry_run=False, checked=data)
    assert result.outcome is FixOutcome.FAILED
    assert result.describe() == f"{path}: not fixed: cannot read: No such file or directory"
    assert listing(tmp_path) == []


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "policy.md"
    path.write_bytes(b"in order to\x00\x01")
    result = fix_file(path, check_text("in order to", str(path)), dry_run=False)
    assert result.outcome is FixOutcome.REFUSED
    assert result.reason == "skipped: binary file (NUL byte at offset 11)"


def test_a_failed_write_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "policy.md"
    path.write_bytes(ONE_LINE.encode())
    findings, data = check_file(path)

    def refuse(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    result = fix_file(path, findings, dry_run=False, checked=data)
    assert result.outcome is FixOutcome.FAILED
    assert result.describe() == f"{path}: not fixed: cannot write: No space left on device"
    assert path.read_bytes() == ONE_LINE.encode()
    assert listing(tmp_path) == ["policy.md"]


def test_an_interrupted_write_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "policy.md"
    path.write_bytes(ONE_LINE.encode())
    findings, data = check_file(path)

    def interrupt(source, destination):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        fix_file(path, findings, dry_run=False, checked=data)
    assert path.read_bytes() == ONE_LINE.encode()
    assert listing(tmp_path) == ["policy.md"]


# --- dry run and diff ------------------------------------------------------------------


def test_dry_run_writes_nothing_and_the_diff_is_exact(tmp_path):
    path = tmp_path / "policy.md"
    source = "# Partners\n\nIntro.\n\n" + ONE_LINE + "\nIt is fine.\n"
    path.write_bytes(source.encode())
    before = path.stat()
    findings, data = check_file(path)
    result = fix_file(path, findings, dry_run=True, checked=data)
    assert result.outcome is FixOutcome.WOULD_FIX
    assert result.describe() == f"{path}: would fix 3 findings"
    assert path.read_bytes() == source.encode()
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert listing(tmp_path) == ["policy.md"]
    assert unified_diff("docs/policy.md", result.before, result.after) == (
        "--- a/docs/policy.md\n"
        "+++ b/docs/policy.md\n"
        "@@ -2,6 +2,6 @@\n"
        " \n"
        " Intro.\n"
        " \n"
        "-We act in order to help the Asia-Pacific, in order to win.\n"
        "+We act to help the Indo-Pacific, to win.\n"
        " \n"
        " It is fine.\n"
    )


def test_diff_of_a_crlf_file_keeps_the_carriage_returns():
    before = "One.\r\nWe act in order to win.\r\nEnd.\r\n"
    after = "One.\r\nWe act to win.\r\nEnd.\r\n"
    assert unified_diff(Path("a.md"), before, after) == (
        "--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n One.\r\n-We act in order to win.\r\n+We act to win.\r\n End.\r\n"
    )


def test_diff_of_a_lone_cr_file_splits_its_lines():
    before = "One.\rWe act in order to win.\rEnd.\r"
    after = "One.\rWe act to win.\rEnd.\r"
    assert unified_diff("a.txt", before, after) == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n One.\r\n-We act in order to win.\r\n+We act to win.\r\n End.\r\n"
    )


def test_diff_marks_a_last_line_without_newline():
    assert unified_diff("a.txt", "Keep.\nin order to go", "Keep.\nto go") == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n Keep.\n"
        "-in order to go\n\\ No newline at end of file\n"
        "+to go\n\\ No newline at end of file\n"
    )
    assert unified_diff("a.txt", "x\n", "x") == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1 +1 @@\n-x\n+x\n\\ No newline at end of file\n"
    )


def test_diff_of_equal_texts_is_empty():
    assert unified_diff("a.md", ONE_LINE, ONE_LINE) == ""
