"""The commented starter configuration that ``claimcheck init`` writes."""

from __future__ import annotations

__all__ = ["STARTER_CONFIG"]

STARTER_CONFIG = '''\
# claimcheck configuration (see the README, "Configuration").
# claimcheck looks upward from each checked file for .claimcheck.toml, claimcheck.toml or a
# pyproject.toml with [tool.claimcheck]; the nearest wins. Every key below is optional.

# Rules to run: codes (PS101), prefixes (PS, NJ2), aliases (overconfident-wording) or ALL.
# Leave `select` out to run every rule of every pack.
# select = ["ALL"]
extend-select = []
ignore = []

# The lowest severity that makes `claimcheck check` exit 1: error, warning, info or never.
fail-on = "error"

# Which files a folder walk checks (globs, relative to this file) and which it skips.
include = []
exclude = [".git", ".venv", "venv", "node_modules", "build", "dist"]
respect-gitignore = true

# Extra rule packs (a folder with pack.toml, or a folder of them) and local plugins.
rule-packs = []
plugins = []

# Honour <!-- claimcheck-disable CODE -- reason --> comments; in plain text, also the
# own-line form "claimcheck-disable CODE" when text-directives is true.
inline-config = true
text-directives = false

# Cache results per file (keyed by content, configuration, packs and plugin versions).
cache = true
# cache-dir = ".claimcheck_cache"

# Seconds one file's read and check may take before it is stopped and reported (exit 2), so
# that a plugin's rule that never ends cannot hang pre-commit or CI; 0 or false: no limit.
file-timeout = 60

# Map more file suffixes to a reader: text, markdown, html, xml, docx, odt.
[extensions]
# ".xhtml" = "html"

# Codes ignored in some files only.
[per-file-ignores]
# "translations/*.md" = ["PS203"]

# Per-rule changes, by code or alias.
[rules]
# [rules.PS101]
# severity = "error"
# enabled = false
'''
