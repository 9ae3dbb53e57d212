"""Which rules run, and with which severity: ``select``, ``extend-select``, ``ignore`` and ``[rules.CODE]``.

The semantics are ruff's.  A selector is ``ALL``, a full code (``PS101``), a
code prefix (``PS``, ``PS1``) or a rule alias (``overconfident-wording``);
codes are case-sensitive.  When a rule is both selected and ignored, the
more specific selector wins — a full code or alias beats a prefix, a longer
prefix a shorter one, ``ALL`` loses to everything — and on a tie ignore
wins, so ``select = ["PS"]`` with ``ignore = ["PS1"]`` keeps ``PS201`` only,
and ``ignore = ["PS"]`` with ``extend-select = ["PS101"]`` brings one back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from claimcheck.config import RuleSettings, Settings
from claimcheck.errors import ConfigError
from claimcheck.rules.model import Rule

__all__ = ["ALL", "check_selectors", "select_rules"]

#: The selector naming every rule.
ALL = "ALL"

# Ranks of a selector naming a rule: ALL lowest, a prefix by its length, a full code or alias above any prefix.
_RANK_ALL = 0
_RANK_EXACT = 1_000_000


def select_rules(rules: Sequence[Rule], settings: Settings, *, ignored: Sequence[str] = ()) -> list[Rule]:
    """The rules that run, in their given order, with ``[rules.CODE]`` severities applied.

    ``select`` (every rule when unset) plus ``extend-select``, minus
    ``ignore`` as the module docstring describes; then ``[rules.CODE]``:
    ``enabled = false`` removes a rule, ``enabled = true`` adds it even if
    not selected.  ``ignored`` (a file's ``per-file-ignores``) removes the
    rules it names whatever else says, because it is the narrowest scope:
    one file.
    """
    selectors = (ALL,) if settings.select is None else settings.select
    selectors = (*selectors, *settings.extend_select)
    chosen: list[Rule] = []
    for rule in rules:
        options = _rule_options(rule, settings=settings)
        selected = _is_selected(rule, selectors=selectors, ignores=settings.ignore)
        if options.enabled is not None:
            selected = options.enabled
        if selected and _best(ignored, rule=rule) is not None:
            selected = False
        if not selected:
            continue
        chosen.append(replace(rule, severity=options.severity) if options.severity is not None else rule)
    return chosen


def check_selectors(settings: Settings, rules: Sequence[Rule]) -> None:
    """Raise :class:`ConfigError` for the first selector that names no rule, naming where it was written.

    Looks at ``select``, ``extend-select``, ``ignore``, every
    ``per-file-ignores`` list and the ``[rules.CODE]`` tables, whose keys
    must be a full code or an alias.
    """
    for key, selectors in _selector_lists(settings):
        for selector in selectors:
            if not any(_specificity(selector, rule) is not None for rule in rules):
                where = _where(settings, key=key, selector=selector)
                raise ConfigError(f"{where} names unknown rule {selector!r}{_suggestion(selector, rules)}")
    for code in settings.rules:
        if not any(code in (rule.code, rule.alias) for rule in rules):
            where = _where(settings, key=f"rules.{code}", selector=code)
            if any(_specificity(code, rule) is not None for rule in rules):
                raise ConfigError(f"{where} must name one rule by its full code or alias, got {code!r}")
            raise ConfigError(f"{where} names unknown rule {code!r}{_suggestion(code, rules)}")


# --- selecting --------------------------------------------------------------------------------


def _specificity(selector: str, rule: Rule) -> int | None:
    """How specifically ``selector`` names ``rule``: ``None`` if not at all, higher is more specific."""
    if selector == ALL:
        return _RANK_ALL
    if selector in (rule.code, rule.alias):
        return _RANK_EXACT
    if selector and rule.code.startswith(selector):
        return len(selector)
    return None


def _rule_options(rule: Rule, *, settings: Settings) -> RuleSettings:
    """The rule's ``[rules.CODE]`` settings, merged from its alias's and its code's tables (code wins)."""
    severity = enabled = None
    for key in (rule.alias, rule.code):
        options = settings.rules.get(key)
        if options is None:
            continue
        severity = options.severity if options.severity is not None else severity
        enabled = options.enabled if options.enabled is not None else enabled
    return RuleSettings(severity=severity, enabled=enabled)


def _is_selected(rule: Rule, *, selectors: Sequence[str], ignores: Sequence[str]) -> bool:
    selected = _best(selectors, rule=rule)
    if selected is None:
        return False
    ignored = _best(ignores, rule=rule)
    return ignored is None or selected > ignored


def _best(selectors: Iterable[str], *, rule: Rule) -> int | None:
    """The specificity of the most specific selector naming ``rule``, ``None`` if none does."""
    ranks = [rank for rank in (_specificity(selector, rule) for selector in selectors) if rank is not None]
    return max(ranks) if ranks else None


# --- checking ---------------------------------------------------------------------------------


def _selector_lists(settings: Settings) -> list[tuple[str, Sequence[str]]]:
    lists: list[tuple[str, Sequence[str]]] = [
        ("select", settings.select or ()),
        ("extend-select", settings.extend_select),
        ("ignore", settings.ignore),
    ]
    lists.extend((f'per-file-ignores."{glob}"', codes) for glob, codes in settings.per_file_ignores.items())
    return lists


def _where(settings: Settings, *, key: str, selector: str) -> str:
    """``"claimcheck.toml: 'ignore'"`` or ``"command line: '--ignore'"``: where ``selector`` was written."""
    if selector in settings.command_line.get(key, ()):
        return f"command line: '--{key}'"
    origin = settings.origins.get(key)
    if origin is None and key.startswith("per-file-ignores."):
        origin = settings.origins.get("per-file-ignores")
    if origin is None and key.startswith("rules."):
        origin = settings.origins.get("rules")
    if origin is None:
        return f"command line: '--{key}'"
    return f"{origin}: '{key}'"


def _suggestion(selector: str, rules: Sequence[Rule]) -> str:
    """`` (did you mean 'PS101'?)`` for the closest code or alias, or nothing."""
    codes = sorted({rule.code for rule in rules})
    names = sorted({*codes, *(rule.alias for rule in rules if rule.alias)})
    upper = selector.upper()
    if upper != selector and any(code.startswith(upper) for code in codes):
        return f" (did you mean {upper!r}?)"
    close = _closest(selector, names, cutoff=0.6) or _closest_same_prefix(selector, codes)
    return f" (did you mean {close!r}?)" if close else ""


def _closest_same_prefix(selector: str, codes: Sequence[str]) -> str | None:
    """The closest code among those sharing the longest prefix with ``selector`` (``PS999`` → ``PS101``)."""
    for length in range(len(selector), 0, -1):
        sharing = [code for code in codes if code.startswith(selector[:length])]
        if sharing:
            return _closest(selector, sharing, cutoff=0.0)
    return None


def _closest(selector: str, candidates: Sequence[str], *, cutoff: float) -> str | None:
    """The candidate most like ``selector`` (difflib's ratio); on a tie the first, so the lowest code."""
    import difflib  # only for "did you mean": it is 2 ms of every run's imports

    best: str | None = None
    best_score = cutoff
    for candidate in candidates:
        score = difflib.SequenceMatcher(None, selector, candidate).ratio()
        if score > best_score or (best is None and score >= cutoff):
            best, best_score = candidate, score
    return best
