"""The hook specifications: the contract between claimcheck and its plugins.

A plugin is a module (or any object) with functions marked by
:data:`claimcheck.plugins.hookimpl` whose names are the hooks below.  Hooks
are always called with keyword arguments, and arguments are only ever added,
so an implementation may accept just the arguments it needs.

Everything built into claimcheck — the text and Markdown readers, the rule
types, the bundled rule packs, the reporters, the ``per-file-ignores`` filter —
is registered through these same hooks.

Plugins are found three ways: installed distributions that declare an entry
point in the ``claimcheck`` group; modules or files named by the ``plugins``
configuration key; and the built-ins.  ``-p no:NAME`` blocks any of them by
name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import pluggy

if TYPE_CHECKING:
    from pathlib import Path

    from claimcheck.config import Settings
    from claimcheck.document import Document
    from claimcheck.finding import Finding
    from claimcheck.readers import Reader
    from claimcheck.reporters import Reporter
    from claimcheck.rules.model import Rule, RuleType

__all__ = ["hookspec"]

hookspec = pluggy.HookspecMarker("claimcheck")


@hookspec
def claimcheck_configure(settings: "Settings") -> None:
    """Called once per configuration, after it is resolved and before any file is read.

    Use it to read settings or prepare state the other hooks need.

    :param settings: the resolved configuration (:class:`claimcheck.config.Settings`).

    Raise :class:`claimcheck.errors.PluginError` with a message for the user
    to stop the run (exit 2).
    """


@hookspec
def claimcheck_readers(settings: "Settings") -> "Sequence[Reader]":
    """Return the document formats this plugin can read.

    Each reader (see :class:`claimcheck.readers.Reader`) has a ``name``, the
    file ``extensions`` it claims and a ``read(source, *, path)`` method that
    returns a :class:`claimcheck.document.Document`.  Two readers claiming
    the same extension are a plugin error.

    :param settings: the resolved configuration; a reader's own options are
        ``settings.readers.get(name, {})`` (the ``[readers.NAME]`` table),
        which the reader validates, raising
        :class:`claimcheck.errors.ConfigError` naming the key.
    :return: a list of readers (empty if none).
    """


@hookspec
def claimcheck_rule_types() -> "Sequence[RuleType]":
    """Return the declarative rule types this plugin adds to the TOML rule language.

    Each rule type (see :class:`claimcheck.rules.model.RuleType`) has a
    ``name`` (the ``type`` key of a TOML rule), the ``options`` it accepts
    with their descriptions, the ``required`` ones, and a ``build(options, *,
    where)`` method that returns a checker.  A name used twice is a plugin
    error.

    :return: a list of rule types (empty if none).
    """


@hookspec
def claimcheck_rule_packs() -> "Sequence[Path]":
    """Return folders holding TOML rule packs (each with a ``pack.toml``).

    Installed plugins use this to ship packs; users name extra pack folders
    with the ``rule-packs`` configuration key instead.

    :return: a list of pack folders (empty if none).
    """


@hookspec
def claimcheck_rules(settings: "Settings") -> "Sequence[Rule]":
    """Return rules written in Python, for checks the TOML language cannot express.

    A Python rule is the same :class:`claimcheck.rules.model.Rule` a TOML
    pack produces, with a checker of the plugin's own; it is selected,
    ignored, documented and self-tested like any other.

    :param settings: the resolved configuration.
    :return: a list of rules (empty if none).
    """


@hookspec
def claimcheck_reporters() -> "Sequence[Reporter]":
    """Return the output formats this plugin adds (the values ``--output-format`` takes).

    Each reporter (see :class:`claimcheck.reporters.Reporter`) has a
    ``name`` and a ``render(report)`` method returning the whole output as
    text, or as an iterable of pieces of text written in order (for outputs
    that grow with the number of files).  A name used twice is a plugin error.

    :return: a list of reporters (empty if none).
    """


@hookspec
def claimcheck_filter_finding(finding: "Finding", document: "Document", settings: "Settings") -> "bool | None":
    """Decide whether a finding is reported.

    Called for every finding of every file, after the rules ran.  Return
    ``False`` to drop the finding (inline suppression, per-file ignores, a
    baseline); ``True`` or ``None`` to keep it.  A finding is reported only
    if no implementation drops it.

    :param finding: the finding, with its final severity.
    :param document: the document it was found in (its comments, blocks…).
    :param settings: the configuration that applies to the file.
    """
