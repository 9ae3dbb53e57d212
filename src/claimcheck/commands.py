"""What each subcommand does, once the command line is parsed (see :mod:`claimcheck.cli`)."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Callable, NamedTuple

from claimcheck.cli import EXIT_ERROR as EXIT_USAGE_OR_INPUT_ERROR
from claimcheck.cli import EXIT_FINDINGS, EXIT_OK, blocked_plugins, dump_json, split_codes, write_output
from claimcheck.config import Settings, find_config_file, settings_to_toml
from claimcheck.engine_rules import ENGINE_TYPE
from claimcheck.errors import UsageError
from claimcheck.finding import Finding
from claimcheck.reporters import Report
from claimcheck.reporters.coverage import render_coverage
from claimcheck.reporters.statistics import render_statistics
from claimcheck.rules.model import Examples, Rule
from claimcheck.parallel import default_jobs
from claimcheck.run import ConfigResolver, RunResult, StdinInput, check_paths
from claimcheck.runtime import Runtime

if TYPE_CHECKING:
    from claimcheck.fixes import FixResult

# Modules only some commands or options need (baselines, fixes, self-tests, the starter
# config) are imported where they are used: every run pays for what is imported here.

__all__ = ["check", "config", "coverage", "init", "plugins", "rule", "rules"]


def _resolver(options: argparse.Namespace, *, overrides: bool = False) -> ConfigResolver:
    """The resolver of the command's configuration: with every ``check`` option applied (``overrides``), else ``--file-timeout`` only."""
    if options.config is not None and not options.config.is_file():
        raise UsageError(f"--config {options.config}: no such file")
    if overrides:
        adjust: Callable[[Settings], Settings] = _Overrides.from_options(options)
    elif getattr(options, "file_timeout", None) is not None:
        adjust = _Overrides(file_timeout=options.file_timeout)
    else:
        adjust = _no_overrides
    return ConfigResolver(config_file=options.config, isolated=options.isolated, adjust=adjust, blocked=blocked_plugins(options))


def _no_overrides(settings: Settings) -> Settings:
    return settings


class _Overrides(NamedTuple):
    """The command line's changes to every configuration; plain data, so ``--jobs`` workers receive it too."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    inline_config: bool | None = None
    cache: bool | None = None
    cache_dir: Path | None = None
    file_timeout: float | None = None

    @classmethod
    def from_options(cls, options: argparse.Namespace) -> _Overrides:
        return cls(
            select=split_codes(options.select),
            extend_select=split_codes(options.extend_select),
            ignore=split_codes(options.ignore),
            fail_on=options.fail_on,
            inline_config=False if getattr(options, "no_inline_config", False) else None,
            cache=False if getattr(options, "no_cache", False) or os.environ.get("CLAIMCHECK_NO_CACHE") else None,
            cache_dir=getattr(options, "cache_dir", None) or _environment_path("CLAIMCHECK_CACHE_DIR"),
            file_timeout=getattr(options, "file_timeout", None),
        )

    def __call__(self, settings: Settings) -> Settings:
        return settings.with_overrides(
            select=self.select,
            extend_select=self.extend_select,
            ignore=self.ignore,
            fail_on=self.fail_on,
            inline_config=self.inline_config,
            cache=self.cache,
            cache_dir=self.cache_dir,
            file_timeout=self.file_timeout,
        )


def _jobs(options: argparse.Namespace) -> int:
    """``--jobs``: every core by default."""
    return options.jobs if options.jobs is not None else default_jobs()


def _environment_path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


def _runtime(options: argparse.Namespace, path: Path = Path(".")) -> Runtime:
    return _resolver(options).runtime_for(path)


def check(options: argparse.Namespace) -> int:
    paths = options.paths or [Path(".")]
    if options.fix and options.diff:
        raise UsageError("--fix writes the fixes and --diff only shows them: choose one")
    resolver = _resolver(options, overrides=True)
    first = resolver.runtime_for(paths[0])
    reporter = first.reporters.get(options.output_format)
    if reporter is None:
        known = ", ".join(sorted(first.reporters))
        raise UsageError(f"--output-format {options.output_format!r} is unknown; choose one of {known}")
    if options.baseline or options.write_baseline:
        from claimcheck.baseline import load_baseline, write_baseline  # most runs have none: 2 ms of imports saved
    baseline = load_baseline(options.baseline) if options.baseline else None
    stdin = _stdin(options, paths)
    if stdin is not None and (options.fix or options.diff):
        raise UsageError("--fix and --diff work on files, not on standard input")
    # --fix and --diff keep every file's bytes to refuse a stale fix, and standard input is one
    # document: those runs stay in this process (check_paths decides).
    result = check_paths(
        paths, resolver, stdin=stdin, keep_bytes=options.fix or options.diff, jobs=_jobs(options), progress=sys.stderr
    )
    if options.diff:
        return _show_fixes(result)
    if options.fix and _apply_fixes(result):
        # Report what is left, as a second run would: fixes move text, so positions change.
        result = check_paths(paths, _resolver(options, overrides=True), stdin=stdin, jobs=_jobs(options), progress=sys.stderr)
    _print_problems(result)
    findings = result.findings
    if options.write_baseline:
        write_baseline(findings, options.write_baseline)
        print(f"claimcheck: wrote {len(findings)} findings to the baseline {options.write_baseline}", file=sys.stderr)
        return EXIT_OK
    if baseline is not None:
        findings, known = baseline.filter(findings)
        if known:
            print(f"claimcheck: {known} findings in the baseline {options.baseline} not shown", file=sys.stderr)
    if options.statistics:
        text = render_statistics(findings, output_format=options.output_format)
    else:
        rules = [rule for runtime in result.runtimes for rule in runtime.rule_set.rules]
        text = reporter.render(Report(findings=findings, files=result.files, rules=rules, coverage=result.coverage))
    write_output(text, options.output_file)
    if result.errors:
        return EXIT_USAGE_OR_INPUT_ERROR
    if options.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if result.failing(findings) else EXIT_OK


def _print_problems(result: RunResult) -> None:
    for notice in result.notices:
        print(f"claimcheck: {notice}", file=sys.stderr)
    for error in result.errors:
        print(f"claimcheck: error: {error}", file=sys.stderr)


def _fix_results(result: RunResult, *, dry_run: bool) -> list[FixResult]:
    """Fix (or, with ``dry_run``, only prepare) every file that has fixable findings."""
    from claimcheck.fixes import fix_file

    fixable: dict[str, list[Finding]] = {}
    for finding in result.findings:
        if finding.fix is not None:
            fixable.setdefault(finding.path, []).append(finding)
    return [
        fix_file(Path(path), findings, dry_run=dry_run, checked=result.checked_bytes.get(path))
        for path, findings in sorted(fixable.items())
    ]


def _apply_fixes(result: RunResult) -> bool:
    """Write the safe fixes; say on stderr what was fixed and what was refused. True if a file changed."""
    from claimcheck.fixes import FixOutcome

    outcomes = _fix_results(result, dry_run=False)
    for outcome in outcomes:
        if outcome.outcome is not FixOutcome.FIXED:
            print(f"claimcheck: {outcome.describe()}", file=sys.stderr)
    fixed = [outcome for outcome in outcomes if outcome.outcome is FixOutcome.FIXED]
    if fixed:
        count = sum(outcome.applied for outcome in fixed)
        print(f"claimcheck: fixed {count} finding{'s' if count != 1 else ''} in {len(fixed)} file{'s' if len(fixed) != 1 else ''}", file=sys.stderr)
    return bool(fixed)


def _show_fixes(result: RunResult) -> int:
    """``--diff``: the fixes as a unified diff on stdout; exit 1 when there is something to fix."""
    from claimcheck.fixes import FixOutcome, unified_diff
    _print_problems(result)
    outcomes = _fix_results(result, dry_run=True)
    diff = "".join(unified_diff(outcome.path, outcome.before, outcome.after) for outcome in outcomes if outcome.changed)
    for outcome in outcomes:
        if outcome.outcome in (FixOutcome.REFUSED, FixOutcome.FAILED):
            print(f"claimcheck: {outcome.describe()}", file=sys.stderr)
    sys.stdout.buffer.write(diff.encode("utf-8")) if hasattr(sys.stdout, "buffer") else sys.stdout.write(diff)
    sys.stdout.flush()
    if result.errors:
        return EXIT_USAGE_OR_INPUT_ERROR
    return EXIT_FINDINGS if diff else EXIT_OK


def coverage(options: argparse.Namespace) -> int:
    """The coverage matrix: which in-scope documents address which criteria, with the evidence."""
    paths = options.paths or [Path(".")]
    result = check_paths(paths, _resolver(options), jobs=_jobs(options), progress=sys.stderr)
    _print_problems(result)
    frameworks = {key: value for runtime in result.runtimes for key, value in runtime.frameworks.items()}
    write_output(render_coverage(options.output_format, result.coverage, frameworks), options.output_file)
    return EXIT_USAGE_OR_INPUT_ERROR if result.errors else EXIT_OK


def _stdin(options: argparse.Namespace, paths: list[Path]) -> StdinInput | None:
    """Standard input as a document, when ``-`` is among the paths."""
    if not any(str(path) == "-" for path in paths):
        if options.stdin_filename is not None:
            raise UsageError("--stdin-filename needs '-' among the paths to read standard input")
        return None
    return StdinInput(options.stdin_filename or Path("stdin.md"), sys.stdin.buffer.read())


def rules(options: argparse.Namespace) -> int:
    runtime = _runtime(options)
    selected = {rule.code for rule in runtime.rule_set.rules}
    if options.selftest is not None:
        return _selftest(runtime, options.selftest)
    if options.output_format == "json":
        data = [_rule_summary(rule, enabled=rule.code in selected) for rule in runtime.all_rules]
        write_output(dump_json(data), None)
        return EXIT_OK
    width = max((len(rule.code) for rule in runtime.all_rules), default=4)
    alias_width = max((len(rule.alias) for rule in runtime.all_rules), default=0)
    lines = []
    for rule in sorted(runtime.all_rules, key=lambda r: r.code):
        marker = " " if rule.code in selected else "-"
        lines.append(f"{rule.code:<{width}} {marker} {rule.severity.value:<7} {rule.alias:<{alias_width}}  {rule.pack}")
    write_output("".join(line.rstrip() + "\n" for line in lines), None)
    return EXIT_OK


def _rule_summary(rule: Rule, *, enabled: bool) -> dict:
    return {
        "code": rule.code,
        "alias": rule.alias,
        "type": rule.type,
        "severity": rule.severity.value,
        "scope": rule.scope.value,
        "pack": rule.pack,
        "enabled": enabled,
        "fixable": rule.fixable,
        "tags": list(rule.tags),
        "framework": rule.framework,
        "criterion": rule.criterion,
        "fact": rule.fact,
        "source": rule.source,
        "url": rule.url,
        "message": rule.message,
        "description": rule.description,
        "examples": {"pass": list(rule.examples.passing), "fail": list(rule.examples.failing)},
    }


def _selftest(runtime: Runtime, pack: str) -> int:
    from claimcheck.selftest import run_examples

    chosen = [rule for rule in runtime.all_rules if (not pack or rule.pack == pack) and rule.type != ENGINE_TYPE]
    if pack and not chosen:
        known = ", ".join(sorted({rule.pack for rule in runtime.all_rules}))
        raise UsageError(f"--selftest {pack}: no such pack; known packs: {known}")
    failures = list(run_examples(chosen, runtime.frameworks))
    for failure in failures:
        print(failure.describe())
    examples = sum(len(rule.examples.passing) + len(rule.examples.failing) for rule in chosen)
    verdict = "failed" if failures else "passed"
    print(f"selftest {verdict}: {len(chosen)} rules, {examples} examples, {len(failures)} failures")
    return EXIT_FINDINGS if failures else EXIT_OK


def rule(options: argparse.Namespace) -> int:
    runtime = _runtime(options)
    found = next((r for r in runtime.all_rules if options.code in (r.code, r.alias)), None)
    if found is None:
        raise UsageError(f"rule {options.code!r} is unknown; `claimcheck rules` lists them")
    write_output(explain_rule(found), None)
    return EXIT_OK


def explain_rule(rule: Rule) -> str:
    """A rule's page, in the manner of markdownlint's rule documentation."""
    lines = [f"# {rule.code} {rule.alias}", ""]
    if rule.description:
        lines += [textwrap.fill(rule.description, 88), ""]
    facts = [
        ("Type", rule.type),
        ("Severity", rule.severity.value),
        ("Scope", rule.scope.value),
        ("Pack", rule.pack),
        ("Fixable", "yes" if rule.fixable else "no"),
        ("Tags", ", ".join(rule.tags)),
        ("Framework", rule.framework),
        ("Criterion", rule.criterion),
        ("Fact", rule.fact),
        ("Source", rule.source),
        ("URL", rule.url),
        ("Message", rule.message),
    ]
    lines += [f"{name}: {value}" for name, value in facts if value]
    for title, texts in (("Fails on", rule.examples.failing), ("Passes on", rule.examples.passing)):
        if texts:
            lines += ["", f"## {title}", ""]
            lines += [f"    {Examples.on_one_line(text)}" for text in texts]
    return "\n".join(lines) + "\n"


def config(options: argparse.Namespace) -> int:
    runtime = _runtime(options, options.path)
    write_output(settings_to_toml(runtime.settings), None)
    return EXIT_OK


def init(options: argparse.Namespace) -> int:
    """Write a starter ``claimcheck.toml``; refuse when the folder already has a configuration."""
    folder = options.folder
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder")
    existing = find_config_file(folder)
    if existing is not None and existing.parent.resolve() == folder.resolve():
        raise UsageError(f"{existing}: a configuration already exists here; edit it instead (init never overwrites)")
    from claimcheck.starter import STARTER_CONFIG

    destination = folder / "claimcheck.toml"
    try:
        with destination.open("x", encoding="utf-8") as handle:  # "x": fail rather than overwrite
            handle.write(STARTER_CONFIG)
    except FileExistsError:
        raise UsageError(f"{destination}: already exists; init never overwrites") from None
    print(f"wrote {destination}")
    return EXIT_OK


def plugins(options: argparse.Namespace) -> int:
    runtime = _runtime(options)
    lines = []
    for info in runtime.plugins:
        origin = f"{info.distribution} {info.version}".strip() if info.distribution else info.origin
        lines.append(f"{info.name}  ({origin})  hooks: {', '.join(info.hooks) or '-'}")
    write_output("".join(line + "\n" for line in lines), None)
    return EXIT_OK

