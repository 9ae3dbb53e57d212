"""The command line: ``claimcheck check | coverage | rules | rule | config | init | plugins``.

Exit codes, as CI expects them: 0 when nothing is at or above the fail level,
1 when something is, 2 for a usage, configuration, plugin or input error.
A :class:`~claimcheck.errors.ClaimcheckError` becomes one line on stderr,
never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Sequence

from claimcheck import __version__
from claimcheck.atomic import write_atomically
from claimcheck.errors import ClaimcheckError, UsageError

__all__ = ["console_main", "main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2

_FAIL_LEVELS = ("error", "warning", "info", "never")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error exits 2 through our own error path (it already does) with our prefix."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"claimcheck: error: {message}\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every add_argument, and each asks shutil for the terminal's
        # width: importing shutil (and zlib, bz2, lzma with it) was 2.7 ms of every run.
        return self.formatter_class(prog=self.prog, width=_help_width())


def _help_width() -> int:
    """The width argparse would take from ``shutil.get_terminal_size()``, found as shutil does: $COLUMNS, the terminal, or 80; less 2."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return (columns or 80) - 2


def _common_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("configuration")
    group.add_argument("--config", metavar="FILE", type=Path, help="use this configuration file instead of discovering one")
    group.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    group.add_argument(
        "-p", dest="plugin_options", action="append", default=[], metavar="no:NAME", help="block the plugin NAME (repeatable)"
    )


def _jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="check files in N processes (default: every core); small runs, --fix, --diff and '-' use one",
    )


def _file_timeout_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--file-timeout",
        type=_seconds,
        metavar="SECONDS",
        help="stop checking a file after SECONDS, report it and go on (default: 60, or the config's file-timeout; 0: no limit)",
    )


def _seconds(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not 0 <= number < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, or 0 for no limit, got {value}")
    return number


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def _selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("rule selection")
    group.add_argument("--select", metavar="CODES", help="comma-separated rule codes, prefixes or aliases to run (replaces the config's)")
    group.add_argument("--extend-select", metavar="CODES", help="rules to run in addition to the config's selection")
    group.add_argument("--ignore", metavar="CODES", help="rules not to run, in addition to the config's")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="claimcheck", description="A linter for policy texts.")
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", help="check files and folders (default: the current folder)")
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files and folders; '-' reads standard input")
    check.add_argument("--stdin-filename", type=Path, metavar="NAME", help="the name of the file read from standard input ('-'): picks its config, reader and display name")
    _common_options(check)
    _selection_options(check)
    _jobs_option(check)
    _file_timeout_option(check)
    output = check.add_argument_group("output")
    output.add_argument("--output-format", default="full", metavar="FORMAT", help="full (default), concise, json, json-lines, sarif, junit, github, gitlab, or a plugin's format")
    output.add_argument("-o", "--output-file", type=Path, metavar="FILE", help="write the report to FILE instead of stdout")
    output.add_argument("--statistics", action="store_true", help="print the number of findings per rule instead of the findings")
    output.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    output.add_argument("--fail-on", choices=_FAIL_LEVELS, help="the lowest severity that makes the run fail (default: error)")
    workflow = check.add_argument_group("suppression, fixes and baselines")
    workflow.add_argument("--no-inline-config", action="store_true", help="ignore <!-- claimcheck-disable … --> comments")
    workflow.add_argument("--no-cache", action="store_true", help="read every file, neither using nor updating the results cache")
    workflow.add_argument("--cache-dir", type=Path, metavar="DIR", help="keep the results cache in DIR (default: .claimcheck_cache beside the config)")
    workflow.add_argument("--fix", action="store_true", help="apply safe fixes (substitutions) to Markdown and text files, then report what is left")
    workflow.add_argument("--diff", action="store_true", help="print the fixes as a unified diff instead of writing them; exit 1 if there are any")
    workflow.add_argument("--baseline", type=Path, metavar="FILE", help="report only findings that are not in this baseline")
    workflow.add_argument("--write-baseline", type=Path, metavar="FILE", help="record today's findings in FILE, then exit 0")

    rules = commands.add_parser("rules", help="list the rules, or run their examples with --selftest")
    rules.add_argument("--selftest", nargs="?", const="", default=None, metavar="PACK", help="run every rule's examples (of PACK only, if given)")
    rules.add_argument("--output-format", choices=("text", "json"), default="text")
    _common_options(rules)

    rule = commands.add_parser("rule", help="explain one rule, with its examples")
    rule.add_argument("code", metavar="CODE", help="a rule code or alias")
    _common_options(rule)

    coverage = commands.add_parser("coverage", help="print the documents × criteria matrix of every framework, with the evidence")
    coverage.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    coverage.add_argument("--output-format", choices=("table", "json", "markdown", "csv"), default="table")
    coverage.add_argument("-o", "--output-file", type=Path, metavar="FILE", help="write the matrix to FILE instead of stdout")
    _common_options(coverage)
    _jobs_option(coverage)
    _file_timeout_option(coverage)

    config = commands.add_parser("config", help="print the configuration that applies to PATH (default: the current folder)")
    config.add_argument("path", nargs="?", type=Path, default=Path("."), metavar="PATH")
    _common_options(config)

    init = commands.add_parser("init", help="write a commented starter claimcheck.toml (never overwrites)")
    init.add_argument("folder", nargs="?", type=Path, default=Path("."), metavar="FOLDER")

    plugins = commands.add_parser("plugins", help="list the registered plugins and their hooks")
    _common_options(plugins)
    return parser


def console_main() -> int:
    """The ``claimcheck`` command and ``python -m claimcheck``: :func:`main`, in a process that ends when it returns.

    Not for calling from Python (call :func:`main`, which leaves the
    interpreter as it found it): it tunes CPython's cyclic garbage collector
    for a short process, which saves 50 million instructions, 6 % of a
    one-file run (measured with callgrind):

    * a collection waits for 50,000 new objects instead of 700. Start-up
      makes objects that all live to the end — modules, and the rule packs
      unpickled from the pack cache — and scanned them 49 times for cycles
      they do not have; checking makes almost no cyclic garbage (159
      objects over the 645 statements of the benchmark), so later
      collections find as little, and memory stays flat;
    * at the end every object is frozen (:func:`gc.freeze`), so that the
      interpreter's exit does not scan them all once more.
    """
    gc.set_threshold(50_000, 10, 10)
    code = main()
    gc.freeze()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments or arguments[0] not in ("check", "coverage", "rules", "rule", "config", "init", "plugins", "-h", "--help", "--version"):
        arguments.insert(0, "check")
    try:
        options = build_parser().parse_args(arguments)
    except SystemExit as exit:  # argparse exits for --help, --version and usage errors
        return exit.code if isinstance(exit.code, int) else EXIT_ERROR
    try:
        return _dispatch(options)
    except ClaimcheckError as error:
        print(f"claimcheck: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `claimcheck check | head`
        sys.stderr.close()
        return EXIT_ERROR


def _dispatch(options: argparse.Namespace) -> int:
    from claimcheck import commands

    handler = {
        "check": commands.check,
        "coverage": commands.coverage,
        "rules": commands.rules,
        "rule": commands.rule,
        "config": commands.config,
        "init": commands.init,
        "plugins": commands.plugins,
    }[options.command]
    return handler(options)


def blocked_plugins(options: argparse.Namespace) -> list[str]:
    """The names given as ``-p no:NAME``; any other ``-p`` value is a usage error."""
    blocked = []
    for value in options.plugin_options:
        if not value.startswith("no:") or len(value) == 3:
            raise UsageError(f"-p {value}: expected no:NAME to block the plugin NAME")
        blocked.append(value[3:])
    return blocked


def split_codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(code.strip() for code in value.split(",") if code.strip())


def write_output(text: str | Iterable[str], destination: Path | None) -> None:
    """Write the report (text, or pieces of it) to stdout, or atomically to a file: a failed run never leaves half a file."""
    pieces = (text,) if isinstance(text, str) else text
    if destination is None:
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
        return
    try:
        write_atomically(destination, (piece.encode("utf-8") for piece in pieces))
    except OSError as error:
        raise UsageError(f"{destination}: cannot write: {error.strerror or error}") from None


def dump_json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
