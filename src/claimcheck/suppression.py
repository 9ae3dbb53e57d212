"""Inline suppression: ``claimcheck-disable`` comments in a document, applied to its findings.

The directives follow markdownlint's and ESLint's conventions.  They are
written in comments (``<!-- ... -->`` in Markdown, HTML and XML), name rules
by code, alias or code prefix (comma- or space-separated; none means every
rule) and may give a reason after `` -- ``::

    <!-- claimcheck-disable PS101,overconfident-wording -- quoting the minister -->
    ...
    <!-- claimcheck-enable PS101 -->
    <!-- claimcheck-disable-next-line NJ201 -->
    <!-- claimcheck-disable-line -->
    <!-- claimcheck-disable-file NJ101 -->

``disable``
    From the end of the comment on, until an ``enable`` that names the rule
    (or names no rule).  An ``enable`` ends every open ``disable`` of the
    rules it names, however many there are (state, not a counter); an
    ``enable PS101`` after a ``disable`` of every rule turns PS101 back on
    and leaves the others off.  ``enable`` never ends ``disable-file``.
``disable-next-line``
    Findings that *start* on the next line after the comment's last line that
    is neither blank nor made only of comments (so directives can be stacked).
``disable-line``
    Findings that start on a line the comment stands on.
``disable-file``
    The whole file, wherever the comment is: the way to suppress findings
    about the whole document (coverage), which are placed at its start.

Plain text has no comments.  With ``plain_text=True`` a directive written
alone on a line, optionally after ``#`` or ``//``, counts as well
(``# claimcheck-disable-next-line PS101``); the caller passes it for the
documents its ``plain_text_directives`` setting covers.

:func:`apply_suppressions` also reports problems with the directives
themselves, as findings of the engine rules (see
:mod:`claimcheck.engine_rules`):

``CC002`` ``unused-suppression``
    A ``disable*`` directive that suppressed nothing, or an ``enable`` that
    re-enabled nothing (no ``disable`` of that rule was in effect).  When a
    directive names several rules and only some were used, one finding names
    the unused ones.  A finding covered by several directives counts for one
    only — the narrowest: a ``disable-line`` / ``disable-next-line``, else the
    latest ``disable`` still in effect, else the latest ``disable-file`` — so
    a directive made redundant by another is reported too.
``CC003`` ``unclosed-disable``
    A ``disable`` with rules never re-enabled before the end of the file.
``CC004`` ``unknown-rule-in-directive``
    A selector that is no known code, alias or code prefix.  Engine rules
    (``CC001``–``CC004``) cannot be suppressed by a directive — they are
    ignored in the configuration — so naming them is reported here too.
    An unknown selector suppresses nothing; a directive whose selectors are
    all unknown does *not* fall back to "every rule".

Comments that only mention a directive (``<!-- see claimcheck-disable -->``)
are not directives: the body must start with it.  Directives shown as code
(a Markdown code span or fence) are not comments, so they are not read.
"""

from __future__ import annotations

import bisect
import enum
import hashlib
import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Mapping, NamedTuple, Sequence

from claimcheck.document import Document, line_starts
from claimcheck.engine_rules import ENGINE_RULES
from claimcheck.finding import Finding, Location

if TYPE_CHECKING:
    from claimcheck.rules.model import Rule

__all__ = [
    "Directive",
    "DirectiveKind",
    "SuppressionResult",
    "apply_suppressions",
    "known_names",
    "parse_directives",
]

_ENGINE = {rule.code: rule for rule in ENGINE_RULES}
_UNUSED = _ENGINE["CC002"]
_UNCLOSED = _ENGINE["CC003"]
_UNKNOWN = _ENGINE["CC004"]

#: The selector naming every rule, as in the configuration's ``select``.
_ALL = "ALL"
#: Stands for "any rule not otherwise known" in the code sets of directives that name no rule.
_ANY_OTHER = "\x00*"


class DirectiveKind(str, enum.Enum):
    """What a directive does; the value is the word after ``claimcheck-``."""

    DISABLE = "disable"
    ENABLE = "enable"
    DISABLE_NEXT_LINE = "disable-next-line"
    DISABLE_LINE = "disable-line"
    DISABLE_FILE = "disable-file"


class Directive(NamedTuple):
    """One suppression directive, where its comment (or own line) stands in the source.

    ``selectors`` are the codes, aliases and prefixes as written (empty: every
    rule).  ``line`` and ``column`` (1-based) and ``offset`` (0-based, in
    characters) are those of the comment's start (``<!--``); ``end_line`` is
    the line of its last character and ``end_offset`` the offset just after
    it.  ``text`` is the directive with its whitespace normalised and without
    the comment delimiters (``claimcheck-disable PS101 -- quoting``);
    ``own_line`` says it was the plain-text own-line form.
    """

    kind: DirectiveKind
    selectors: tuple[str, ...]
    reason: str
    line: int
    column: int
    end_line: int
    offset: int
    end_offset: int
    text: str
    own_line: bool = False

    @property
    def name(self) -> str:
        """The directive without its reason, as messages quote it: ``claimcheck-disable PS101,PS102``."""
        head = f"claimcheck-{self.kind.value}"
        return f"{head} {','.join(self.selectors)}" if self.selectors else head


@dataclass
class SuppressionResult:
    """Findings split by the directives, and findings about the directives themselves.

    ``kept`` and ``suppressed`` keep the order the findings were given in;
    ``problems`` (CC002–CC004) are in source order.
    """

    kept: list[Finding] = field(default_factory=list)
    suppressed: list[Finding] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)


def known_names(rules: Iterable["Rule"]) -> dict[str, str]:
    """The ``known`` mapping :func:`apply_suppressions` takes: every rule's code and alias to its code."""
    known: dict[str, str] = {}
    for rule in rules:
        known[rule.code] = rule.code
        if rule.alias:
            known[rule.alias] = rule.code
    return known


# --- parsing ----------------------------------------------------------------------------------

_DIRECTIVE = re.compile(r"claimcheck-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])(.*)\Z", re.S)
_OWN_LINE = re.compile(r"[ \t]*(?:#+|//)?[ \t]*(?=claimcheck-)")
_REASON = re.compile(r"(?:^|\s)--(?=\s|\Z)")
_SEPARATORS = re.compile(r"[\s,]+")


def parse_directives(document: Document, *, plain_text: bool = False) -> list[Directive]:
    """The suppression directives of ``document``, in source order.

    ``document.comments`` are read; with ``plain_text``, so are lines of
    ``document.source`` that hold a directive alone (after an optional ``#``
    or ``//``).  A comment whose body does not start with
    ``claimcheck-<kind>`` is not a directive and is skipped.
    """
    source = document.source
    position = document.source_map.position_of_source
    found: list[Directive] = []
    for comment in document.comments:
        directive = _parse_body(comment.body.strip())
        if directive is None:
            continue
        kind, selectors, reason, text = directive
        start = position(comment.source_start)
        last = position(max(comment.source_end - 1, comment.source_start))
        found.append(
            Directive(
                kind, selectors, reason, start.line, start.column, last.line, comment.source_start, comment.source_end, text
            )
        )
    if plain_text:
        starts = line_starts(source)
        inside = [(comment.source_start, comment.source_end) for comment in document.comments]
        for index, start in enumerate(starts):
            end = _line_end(source, starts, index)
            prefix = _OWN_LINE.match(source, start, end)
            if prefix is None or any(low <= start < high for low, high in inside):
                continue
            parsed = _parse_body(source[prefix.end() : end].strip())
            if parsed is None:
                continue
            kind, selectors, reason, text = parsed
            line = source[start:end]
            first = start + len(line) - len(line.lstrip(" \t"))
            last = start + len(line.rstrip())
            found.append(
                Directive(kind, selectors, reason, index + 1, first - start + 1, index + 1, first, last, text, own_line=True)
            )
    found.sort(key=lambda directive: directive.offset)
    return found


def _parse_body(body: str) -> tuple[DirectiveKind, tuple[str, ...], str, str] | None:
    """Kind, selectors, reason and normalised text of a comment body, or None if it is no directive."""
    match = _DIRECTIVE.match(body)
    if match is None:
        return None
    rest = match.group(2)
    reason = ""
    cut = _REASON.search(rest)
    if cut is not None:
        reason = " ".join(rest[cut.end() :].split())
        rest = rest[: cut.start()]
    selectors = tuple(part for part in _SEPARATORS.split(rest) if part)
    return DirectiveKind(match.group(1)), selectors, reason, " ".join(body.split())


def _line_end(source: str, starts: Sequence[int], index: int) -> int:
    """The offset where line ``index`` (0-based) ends, before its line break."""
    end = starts[index + 1] if index + 1 < len(starts) else len(source)
    while end > starts[index] and source[end - 1] in "\r\n":
        end -= 1
    return end


# --- applying ---------------------------------------------------------------------------------


@dataclass
class _Active:
    """A directive with its selectors resolved to codes, and which selectors have been used."""

    directive: Directive
    codes: frozenset[str]
    by_selector: dict[str, frozenset[str]]
    target_lines: tuple[int, int] = (0, -1)
    used: set[str] = field(default_factory=set)
    used_any: bool = False

    @property
    def every_rule(self) -> bool:
        return not self.by_selector and not self.directive.selectors

    def credit(self, code: str) -> None:
        self.used_any = True
        self.used.update(selector for selector, codes in self.by_selector.items() if code in codes)


def apply_suppressions(
    document: Document,
    findings: Sequence[Finding],
    *,
    known: Mapping[str, str],
    plain_text: bool = False,
) -> SuppressionResult:
    """Split ``findings`` of ``document`` into kept and suppressed, and report problems with the directives.

    ``known`` maps every rule code and alias to its code (see
    :func:`known_names`); a selector is known when it is a key of ``known``
    or a prefix of one of its codes.  ``plain_text`` also reads the own-line
    form (see :func:`parse_directives`).  A finding's place is its start
    line and column, turned into a source offset with the document's line
    starts; it is inside a ``disable`` range when that offset is at or after
    the end of the ``disable`` comment and before the start of the
    ``enable`` that ends it.  Findings about the directives themselves are
    returned in ``problems``, never suppressed by them.
    """
    directives = parse_directives(document, plain_text=plain_text)
    result = SuppressionResult()
    if not directives:
        result.kept.extend(findings)
        return result
    source = document.source
    starts = line_starts(source)
    codes = {code for code in known.values() if code not in _ENGINE}
    universe = frozenset(codes | {finding.code for finding in findings if finding.code not in _ENGINE} | {_ANY_OTHER})
    problems = _Problems(document)
    active = [_resolve(directive, known, codes, universe, problems) for directive in directives]
    _target_lines(active, source, starts, document)
    disables = [item for item in active if item.directive.kind is DirectiveKind.DISABLE]
    enables = [item for item in active if item.directive.kind is DirectiveKind.ENABLE]
    for finding in findings:
        offset = _source_offset(finding.start, starts, len(source))
        covering = _covering(finding, offset, active, disables, enables)
        if covering is None:
            result.kept.append(finding)
        else:
            covering.credit(finding.code)
            result.suppressed.append(finding)
    for item in active:
        if item.directive.kind is DirectiveKind.ENABLE:
            _check_enable(item, disables, enables, problems)
        else:
            _check_used(item, problems)
        if item.directive.kind is DirectiveKind.DISABLE:
            _check_closed(item, enables, problems)
    result.problems = problems.sorted()
    return result


def _resolve(
    directive: Directive, known: Mapping[str, str], codes: set[str], universe: frozenset[str], problems: "_Problems"
) -> _Active:
    """The directive with each selector resolved; CC004 for the selectors that name no rule it may suppress."""
    by_selector: dict[str, frozenset[str]] = {}
    for selector in dict.fromkeys(directive.selectors):
        if selector == _ALL:
            by_selector[selector] = universe
            continue
        named = _named_codes(selector, known, codes)
        if named:
            by_selector[selector] = named
        elif known.get(selector, selector) in _ENGINE or _named_codes(selector, known, set(_ENGINE)):
            code = known.get(selector, selector)
            shown = f"'{selector}'" if code == selector or code not in _ENGINE else f"'{selector}' ({code})"
            problems.add(
                _UNKNOWN,
                directive,
                f"'{directive.name}': {shown} is reported by claimcheck itself and cannot be suppressed by a directive; "
                "remove it, and ignore the rule in the configuration if you must",
                detail=selector,
            )
        else:
            problems.add(
                _UNKNOWN,
                directive,
                f"'{directive.name}': '{selector}' is not a known rule code, alias or code prefix"
                f"{_suggestion(selector, known, codes)}; correct it or remove it{_reason_hint(selector, directive)}",
                detail=selector,
            )
    if not directive.selectors or _ALL in by_selector:
        return _Active(directive, universe, by_selector)
    return _Active(directive, frozenset().union(*by_selector.values()), by_selector)


def _named_codes(selector: str, known: Mapping[str, str], codes: set[str]) -> frozenset[str]:
    """The codes among ``codes`` a selector names: as a code or alias, else as a code prefix."""
    code = known.get(selector)
    if code is not None:
        return frozenset({code}) if code in codes else frozenset()
    return frozenset(code for code in codes if code.startswith(selector))


def _suggestion(selector: str, known: Mapping[str, str], codes: set[str]) -> str:
    upper = selector.upper()
    if upper != selector and (upper in codes or any(code.startswith(upper) for code in codes)):
        return f" (did you mean '{upper}'?)"
    import difflib  # here: only a mistyped selector needs it

    names = sorted(name for name, code in known.items() if code in codes)
    close = difflib.get_close_matches(selector, names, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _reason_hint(selector: str, directive: Directive) -> str:
    if directive.reason or any(character.isdigit() for character in selector):
        return ""
    return " (a reason goes after ' -- ')"


def _target_lines(active: Sequence[_Active], source: str, starts: Sequence[int], document: Document) -> None:
    """Set the lines each ``disable-line`` / ``disable-next-line`` covers."""
    covered = sorted([(comment.source_start, comment.source_end) for comment in document.comments])
    covered += [(item.directive.offset, item.directive.end_offset) for item in active if item.directive.own_line]
    covered.sort()
    for item in active:
        directive = item.directive
        if directive.kind is DirectiveKind.DISABLE_LINE:
            item.target_lines = (directive.line, directive.end_line)
        elif directive.kind is DirectiveKind.DISABLE_NEXT_LINE:
            line = _next_prose_line(source, starts, directive.end_line, covered)
            item.target_lines = (line, line) if line else (0, -1)


def _next_prose_line(source: str, starts: Sequence[int], after: int, covered: Sequence[tuple[int, int]]) -> int | None:
    """The first line after line ``after`` that is neither blank nor made only of comments, if any."""
    for index in range(after, len(starts)):
        start, end = starts[index], _line_end(source, starts, index)
        if not _only_comments(source, start, end, covered):
            return index + 1
    return None


def _only_comments(source: str, start: int, end: int, covered: Sequence[tuple[int, int]]) -> bool:
    """Whether ``source[start:end]`` holds nothing but whitespace and (parts of) comments."""
    position = start
    index = bisect.bisect_left(covered, (start,)) - 1
    for comment_start, comment_end in covered[max(index, 0) :]:
        if comment_start >= end:
            break
        if comment_end <= position:
            continue
        if source[position:comment_start].strip():
            return False
        position = max(position, comment_end)
    return not source[position:end].strip()


def _source_offset(location: Location, starts: Sequence[int], length: int) -> int:
    """The source offset of a line and column, clamped to the source."""
    line = min(max(location.line, 1), len(starts))
    return min(max(starts[line - 1] + location.column - 1, 0), length)


def _covering(
    finding: Finding, offset: int, active: Sequence[_Active], disables: Sequence[_Active], enables: Sequence[_Active]
) -> _Active | None:
    """The directive credited with suppressing ``finding``: the narrowest that covers it, or None."""
    code = finding.code
    line = finding.start.line
    best: _Active | None = None
    for item in active:
        low, high = item.target_lines
        if low <= line <= high and code in item.codes:
            best = item  # the latest of the line directives
    if best is not None:
        return best
    for item in reversed(disables):
        if item.directive.end_offset <= offset and code in item.codes and not _closed(item, code, offset, enables):
            return item
    for item in reversed(active):
        if item.directive.kind is DirectiveKind.DISABLE_FILE and code in item.codes:
            return item
    return None


def _closed(disable: _Active, code: str, offset: int, enables: Sequence[_Active], *, before: bool = False) -> bool:
    """Whether an ``enable`` of ``code`` stands between the end of ``disable`` and ``offset``.

    With ``before``, the ``enable`` must start strictly before ``offset``
    (another ``enable`` there is asking whether it has work to do).
    """
    start = disable.directive.end_offset
    for enable in enables:
        at = enable.directive.offset
        if start <= at and (at < offset if before else at <= offset) and code in enable.codes:
            return True
    return False


# --- problems ---------------------------------------------------------------------------------


def _check_used(item: _Active, problems: "_Problems") -> None:
    """CC002 for a ``disable*`` directive that suppressed nothing, or named rules it did not need."""
    directive = item.directive
    if directive.selectors and not item.by_selector:
        return  # every selector unknown: CC004 said so
    unused = [selector for selector in item.by_selector if selector not in item.used]
    if item.used_any and not unused:
        return
    where = _where(item)
    if item.used_any:
        names = ", ".join(unused)
        problems.add(
            _UNUSED,
            directive,
            f"'{directive.name}' suppressed no finding of {names}{where}; remove {names} from it",
            detail=",".join(unused),
        )
        return
    what = "remove it and its claimcheck-enable" if directive.kind is DirectiveKind.DISABLE else "remove it"
    problems.add(_UNUSED, directive, f"'{directive.name}' suppressed no finding{where}; {what}")


def _where(item: _Active) -> str:
    directive = item.directive
    kind = directive.kind
    if kind is DirectiveKind.DISABLE:
        return " before its claimcheck-enable or the end of the file"
    if kind is DirectiveKind.DISABLE_LINE:
        if directive.line == directive.end_line:
            return f" on line {directive.line}"
        return f" on lines {directive.line}-{directive.end_line}"
    if kind is DirectiveKind.DISABLE_FILE:
        return " in this file"
    line = item.target_lines[0]
    return f" on line {line}, the next line with text" if line else " (no line with text follows it)"


def _check_enable(item: _Active, disables: Sequence[_Active], enables: Sequence[_Active], problems: "_Problems") -> None:
    """CC002 for an ``enable`` that ends no ``disable`` in effect at its place (for some or all of its rules)."""
    directive = item.directive
    if directive.selectors and not item.by_selector:
        return
    offset = directive.offset

    def reopens(codes: frozenset[str]) -> bool:
        return any(
            disable.directive.end_offset <= offset
            and any(code in disable.codes and not _closed(disable, code, offset, enables, before=True) for code in codes)
            for disable in disables
        )

    if item.every_rule or _ALL in item.by_selector:
        if not reopens(item.codes):
            message = f"'{directive.name}' re-enables nothing: no claimcheck-disable is in effect here; remove it"
            problems.add(_UNUSED, directive, message)
        return
    unused = [selector for selector, codes in item.by_selector.items() if not reopens(codes)]
    if not unused:
        return
    names = ", ".join(unused)
    if len(unused) == len(item.by_selector):
        message = f"'{directive.name}' re-enables nothing: no claimcheck-disable of {names} is in effect here; remove it"
    else:
        them = "it" if len(unused) == 1 else "them"
        message = (
            f"'{directive.name}' re-enables nothing for {names}: "
            f"no claimcheck-disable of {them} is in effect here; remove {names} from it"
        )
    problems.add(_UNUSED, directive, message, detail=",".join(unused))


def _check_closed(item: _Active, enables: Sequence[_Active], problems: "_Problems") -> None:
    """CC003 for a ``disable`` some of whose rules no later ``enable`` turns back on."""
    directive = item.directive
    if directive.selectors and not item.by_selector:
        return
    open_codes = {code for code in item.codes if not _closed(item, code, sys.maxsize, enables)}
    if not open_codes:
        return
    if item.every_rule or _ALL in item.by_selector:
        selectors: tuple[str, ...] = directive.selectors
        what = "every rule stays off" if open_codes == set(item.codes) else "the rules not re-enabled stay off"
    else:
        selectors = tuple(selector for selector, codes in item.by_selector.items() if codes & open_codes)
        what = f"{', '.join(selectors)} {'stays' if len(selectors) == 1 else 'stay'} off"
    enable = _spell(directive, DirectiveKind.ENABLE, selectors)
    whole = _spell(directive, DirectiveKind.DISABLE_FILE, selectors)
    problems.add(
        _UNCLOSED,
        directive,
        f"'{directive.name}' is never re-enabled, so {what} to the end of the file; "
        f"add {enable} where the passage ends, or write {whole} to turn it off for the whole file",
        detail=",".join(selectors),
    )


def _spell(directive: Directive, kind: DirectiveKind, selectors: Sequence[str]) -> str:
    """A directive written the way ``directive`` was (a comment, or the own-line form), quoted."""
    text = f"claimcheck-{kind.value}" + (f" {','.join(selectors)}" if selectors else "")
    return f"'{text}'" if directive.own_line else f"'<!-- {text} -->'"


class _Problems:
    """Collects findings about directives, each with a fingerprint stable across edits elsewhere."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._found: list[Finding] = []
        self._occurrences: dict[str, int] = {}

    def add(self, rule: "Rule", directive: Directive, message: str, *, detail: str = "") -> None:
        document = self._document
        position = document.source_map.position_of_source
        start = Location(*position(directive.offset))
        end = Location(*position(directive.end_offset))
        key = "\x1f".join((rule.code, directive.text, detail))
        count = self._occurrences.get(key, 0)
        self._occurrences[key] = count + 1
        self._found.append(
            Finding(
                path=document.path,
                code=rule.code,
                alias=rule.alias,
                severity=rule.severity,
                message=message,
                start=start,
                end=end,
                fingerprint=hashlib.sha256(f"{key}\x1f{count}".encode("utf-8")).hexdigest()[:16],
                excerpt=document.source_map.line_text(document.source, start.line),
            )
        )

    def sorted(self) -> list[Finding]:
        return sorted(self._found, key=lambda finding: (finding.start.offset, finding.code))
