"""The ``claim`` rule type: a sentence that asserts what a framework fact contradicts.

"Japan is a NATO member" is wrong; "Japan is not a NATO member", "Is Japan a
NATO member?", "China claims that Japan joined NATO", a quoted "Japan joined
NATO" and "If Japan joined NATO, …" are not assertions of it.  The rule
matches its ``patterns`` on the folded text of each sentence and keeps the
first match that none of five guards (negation, question, quotation,
attribution, hypothesis) explains away.  Every
guard is one RE2 pattern (or a plain string test) compiled at import.
"""

from __future__ import annotations

import functools

from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, Sequence

from claimcheck.errors import PackError
from claimcheck.fold import fold_pattern
from claimcheck.matching import Alternation, check_pattern, compile_folded, compile_pattern, keyword_pattern
from claimcheck.rules.model import Hit
from claimcheck.rules.options import pattern_groups, string_list
from claimcheck.scopes import SentenceSpans, SpanIndex

if TYPE_CHECKING:
    import re2

    from claimcheck.document import Document, Span

__all__ = ["ClaimType", "GUARDS"]

_WHERE = "claimcheck.rules.claims"

# Phrases that look like a negator but are not one ("not only did Japan…").
_NOT_NEGATIONS = frozenset({"not only", "not just", "not merely", "non seulement"})

_NEGATORS = [
    # English
    "not", "not only", "not just", "not merely", "cannot", r"[a-z]+n't", "never", "no longer", "nor", "neither",
    "without", "contrary to", "unlike", "rather than", "false(?:ly)?", "wrong(?:ly)?", "myths?",
    "den(?:ied|ies|y)", "reject(?:ed|s)", "refut(?:ed|es)", "untrue",
    # the claim labelled as an error: "a common misconception holds that…", "it is misleading to
    # say that…" — not "mistakenly", which grants the act: "NATO mistakenly invoked Article 5"
    "misconceptions?", "misperceptions?", "fallac(?:y|ies)", "inaccurate(?:ly)?", "misleading(?:ly)?",
    "(?:a|an) (?:mistake|error) to",
    # "no" before a noun, where a verb of having or being gives it: "there is no Article 5 precedent
    # for Albania", "Japan has no seat in the NPG" — not "no wonder" or "with no fanfare"
    "(?:has|have|had|holds?|held|there (?:is|are|was|were|has been)) no",
    # French: ne/n' … pas, jamais, plus, guère, point, nullement, aucun (folded, so no accents)
    r"n(?:e\b|')[^.?!;]*?\b(?:pas|jamais|plus|guere|point|nullement|aucune?)",
    "sans", "contrairement a", "loin de", "faux", "fausse(?:ment)?", "a tort", "dementie?s?", "dementent",
    "rejetee?s?", "non", "non seulement", "ni",
    # « une idée reçue veut que… », « il est inexact de dire que… », « l'affirmation erronée que… »
    "idees? (?:recues?|fausses?)", "erron(?:e|ee|es|ees|ement)", "inexacte?s?", "contre-verites?",
    "trompeu(?:r|rs|se|ses)", "une erreur de",
]

_ATTRIBUTIONS = [
    # English
    "says", "said", "claims?", "claimed", "argues", "argued", "alleges", "alleged(?:ly)?", "warns", "warned",
    "asserts", "asserted", "insists", "insisted", "according to", "reportedly", "purportedly",
    # an unnamed group's view, in any tense: "some analysts fear", "many observers initially suspected",
    # "some pundits keep writing that", "a few columnists are still repeating"
    r"(?:some|many|several|certain|a few|other) (?:[a-z]+ ){0,2}(?:(?:have|had|once|initially|first|long|still|also|wrongly|keep|kept) )?"
    r"(?:fear(?:ed)?|believe[ds]?|say(?:ing)?|said|argu(?:e|ed|ing)|claim(?:ed|ing)?|suggest(?:ed|ing)?|think|thought|worr(?:y|ied)"
    r"|contend(?:ed)?|insist(?:ed|ing)?|assumed?|suspect(?:ed)?|speculated?|writ(?:e|ing|ten)|wrote|repeat(?:ed|ing)?|report(?:ed|ing)?)",
    "critics", "propaganda", "rumou?rs?",
    # nobody in particular: "it is often written that", "one sometimes reads that", "we keep hearing that"
    r"it (?:is|was|has been|had been) (?:[a-z]+ )?(?:said|claimed|alleged|rumou?red)",
    r"it (?:is|was|has been|had been) (?:[a-z]+ )?(?:written|reported|suggested|asserted|argued|believed) that",
    r"(?:one|you|we) (?:[a-z]+ ){0,2}?(?:reads?|reading|hears?|hearing|heard) (?:it said )?that",
    "so-called",
    # "Reports that NATO invoked Article 5 for Albania were false": the sentence is about a report
    r"(?:reports?|allegations?|suggestions?|assertions?|stories|headlines?|speculation) that",
    # French
    "selon", "d'apres", "affirme(?:nt)?", "pretend(?:ent)?", "assure(?:nt)?", "declare(?:nt)?",
    # participles: « a prétendu que », « le prétendu membre », « a soutenu que »
    "pretendue?s?", "soutenu que",
    "soutient", "soutiennent", "estime(?:nt)?", "avance que", "craignent",
    r"(?:certains|plusieurs|beaucoup|nombre|d'aucuns)(?: [a-z]+){0,2} (?:craignent|affirment|pensent|disent|estiment|croient|soutiennent|suggerent|soupconnent|repetent|ecrivent|racontent)",
    # …in a compound tense: « certains commentateurs ont d'abord soupçonné », « plusieurs experts avaient cru »
    r"(?:certains|plusieurs|beaucoup|nombre|d'aucuns)(?: [a-z]+){0,2} (?:ont|avaient|auraient)(?: [a-z']+){0,2}?"
    r" (?:cru|pense|dit|affirme|estime|soupconne|craint|suggere|soutenu|avance|pretendu|suppose|ecrit|repete|raconte)",
    # nobody in particular: « on lit parfois que », « on entend dire que », « on a pu lire que », « il se dit que »,
    # « il est souvent écrit que » — a reading or a saying that reports, so « que » must follow
    r"on (?:[a-z]+ )?(?:lit|lisait|entend|entendait|dit|disait|raconte|ecrit|repete|affirme|pretend|avance)(?: (?:parfois|souvent|encore|partout|dire))* (?:que|qu')",
    r"on (?:a|avait|peut|pouvait|a pu|avait pu)(?: [a-z]+)? (?:lu|lire|entendu|entendre|dit|ecrit|raconte|repete|affirme|pretendu|avance)(?: dire)? (?:que|qu')",
    r"il se (?:dit|disait|murmure|raconte|chuchote) (?:que|qu')",
    r"il (?:est|etait|a ete) (?:[a-z]+ )?(?:ecrit|dit|affirme|avance|rapporte|pretendu|suggere) (?:que|qu')",
    "aux dires de", "rumeurs?", "propagande",
    # « Pour certains éditorialistes, … », « Pour Pékin, … » — not « Pour la première fois, … »
    r"pour (?:certains|plusieurs|beaucoup|nombre|de nombreux|la plupart des|d'aucuns)(?: [a-z'-]+){0,2},",
    r"pour (?:pekin|moscou|pyongyang|la chine|la russie|la coree du nord|le kremlin|les autorites chinoises|les medias chinois),",
    "pretendument", "soi-disant", "aurai(?:en)?t",
]

_NEGATION = compile_pattern(keyword_pattern(_NEGATORS), where=_WHERE)
_ATTRIBUTION = compile_pattern(keyword_pattern(_ATTRIBUTIONS), where=_WHERE)
# A reporting verb right after the claim: "…joined NATO, Beijing says." / "…, selon Pékin."
_REPORTED_AFTER = compile_pattern(
    r"^[\s\"')\]]*[,(:-]\s*(?:[^\s,;.!?]+\s+){0,4}?(?:" + keyword_pattern(_ATTRIBUTIONS) + ")",
    where=_WHERE,
)
# The match is the speaker, not the claim: "Russian media claimed that…", « La presse russe a
# prétendu que… » — a reporting verb introducing reported speech, a few words on, no comma between.
_REPORTING_VERBS = [
    "says", "said", "claims?", "claimed", "argues", "argued", "alleges", "alleged", "asserts", "asserted",
    "insists", "insisted", "warns", "warned", "reports?", "reported", "suggests?", "suggested", "maintains?",
    "maintained", "believes?", "believed",
    "affirme(?:nt)?", "pretend(?:ent)?", "pretendu", "assure(?:nt)?", "declare(?:nt)?", "soutien(?:nen)?t",
    "soutenu", "estime(?:nt)?", "dit", "disent", "rapporte(?:nt)?", "suggere(?:nt)?",
]
_SPEAKER_OF = compile_pattern(
    r"^(?:\s+[a-z'-]+){0,3}?\s+(?:" + keyword_pattern(_REPORTING_VERBS) + r")\s+(?:that|que|qu')",
    where=_WHERE,
)
# …unless a relative clause stands between: "Japan joined NATO, which critics say was a mistake."
_RELATIVE = compile_pattern(r"\b(?:which|that|who|whom|whose|what|qui|que|dont|quoi|ce)\b", where=_WHERE)
# …or the claim sits in a relative clause and the verb after it is the main clause's, with no
# subject of its own: "Stoltenberg, who visited Tokyo in 2022, has said…" is not "…, Beijing says".
_IN_RELATIVE_CLAUSE = compile_pattern(r",\s*(?:who|which|qui|lequel|laquelle|lesquels|lesquelles|dont)\b[^,]*$", where=_WHERE)
_MAIN_VERB_AFTER = compile_pattern(
    r"^[\s\"')\]]*,\s*(?:(?:has|have|had|also|then|later|since|repeatedly|publicly|a|ont|avait|avaient|aussi|ensuite|depuis|deja|publiquement)\s+)*(?:"
    + keyword_pattern(_REPORTING_VERBS)
    + ")",
    where=_WHERE,
)
# "Japan said yes to nuclear sharing", « a dit non à »: an answer given, not words reported —
# but "officials said no decision was taken" reports words.
_ANSWER_AFTER = compile_pattern(r"^\s+(?:yes|no|oui|non)(?:\s+(?:to|a|au|aux)\b|\s*[,.;:!?)\"]|\s*$)", where=_WHERE)
_CLOSERS = " \"')]}"


# A negated doubt asserts: "without (any) doubt", "sans (aucun) doute", "il ne fait aucun doute que".
_DOUBT_AFTER = compile_pattern(r"^\s*(?:(?:any|a|the slightest|aucun|nul|le moindre|pas de|de)\s+)?(?:doubts?|doutes?)\b", where=_WHERE)


# A clause that ends before the match: "Tirana did not wait: NATO invoked…", "Italy is not part of
# GCAP; GCAP brings together…". A colon right after a verdict still introduces what it judges:
# "Myth: …", « Faux : … », "Not true: …".
_CLAUSE_END = compile_pattern(r"[;:]", where=_WHERE)
_VERDICT_BEFORE_COLON = compile_pattern(
    r"^\s*(?:(?:true|so|the case|correct|accurate|vrai|exact|le cas)\s*)?$", where=_WHERE
)
# "not … until 2030", « pas … avant 2030 »: a date put off, not denied — it asserts the date.
_PUT_OFF = compile_pattern(r"\b(?:until|till|before|avant|jusqu'(?:en|a|au))\b", where=_WHERE)
_PLAIN_NOT = compile_pattern(r"^(?:not|[a-z]+n't|n(?:e\b|')[^.?!;]*?\bpas)$", where=_WHERE)


def _negation(sentence: str, start: int, end: int) -> bool:
    """A negator in the match's clause, before the match or inside it ("Japan is not…", "Il est faux de dire que…")."""
    return any(_negates(sentence, negator, start, end) for negator in _NEGATION.finditer(sentence[:end]))


def _negates(sentence: str, negator: "re2._Match", start: int, end: int) -> bool:
    word = negator.group()
    if word in _NOT_NEGATIONS or _DOUBT_AFTER.search(sentence[negator.end() : end]):
        return False
    between = sentence[negator.end() : start]
    clause_end = _CLAUSE_END.search(between)
    if clause_end is not None and not _VERDICT_BEFORE_COLON.search(between[: clause_end.start()]):
        return False  # the negator's clause ends before the match
    if _PLAIN_NOT.search(word) and _PUT_OFF.search(sentence[negator.end() : end]):
        return False  # "will not reach 2 % until 2030"
    return True


def _question(sentence: str, start: int, end: int) -> bool:
    """The sentence is a question."""
    return sentence.rstrip(_CLOSERS).endswith("?")


def _quotation(sentence: str, start: int, end: int) -> bool:
    """The match stands inside double quotes (typographic quotes and guillemets fold to ``"``)."""
    return sentence.count('"', 0, start) % 2 == 1


def _attribution(sentence: str, start: int, end: int) -> bool:
    """Reported speech: an attribution before or inside the match, a reporting verb right after it, or the match is who speaks."""
    if _SPEAKER_OF.search(sentence[end:]) is not None:
        return True
    if any(_ANSWER_AFTER.search(sentence[said.end() :]) is None for said in _ATTRIBUTION.finditer(sentence[:end])):
        return True
    rest = sentence[end:]
    after = _REPORTED_AFTER.search(rest)
    if after is None or _RELATIVE.search(rest[: after.end()]) is not None:
        return False
    return _MAIN_VERB_AFTER.search(rest) is None or _IN_RELATIVE_CLAUSE.search(sentence[:start]) is None


# What opens a conditional clause: "if", "unless", "suppose", "in the event that", an inverted
# "Had/Were/Should X …" at the start of the sentence; « si le/l'… », « s'il », « au cas où »,
# « dans l'hypothèse où », « à supposer que ».  French "si" is taken only before a subject:
# « une coopération si étroite que… » is no condition.
_CONDITIONAL = compile_pattern(
    r"^[\s\"'(*•-]*(?:had|were|should)\s"
    r"|\b(?:if|unless|suppose|supposing|assuming|imagine|in the event (?:that|of)|provided that)\b"
    r"|\bsi (?:le|la|les|un|une|des|nous|on|vous|ce|cette|tokyo|washington|pekin|moscou)\b|\bsi l'|\bs'ils?\b"
    r"|\b(?:a supposer que|supposons que|imaginons que|dans l'hypothese (?:ou|d')|au cas ou|en cas d(?:e\b|'))",
    where=_WHERE,
)
_CLAUSE_BREAK = compile_pattern(r"[,;:()]|\s-\s|--", where=_WHERE)


# A scenario rather than an event: an indefinite subject ("a Chinese cyberattack on Albania",
# « une adhésion du Japon ») whose verb is conditional ("would", "could", "might", « changerait »).
# The determiner opens the clause: "As a NATO member Japan would act" asserts membership.
_INDEFINITE_BEFORE = compile_pattern(
    r"(?:^|[,;:(\"'*•-]|\b(?:and|but|yet|et|mais|or))\s*(?:a|an|any|une?|toute?)\s+$", where=_WHERE
)
_CONDITIONAL_VERB = compile_pattern(r"\b(?:would|could|might|[a-z]+(?:rait|raient))\b", where=_WHERE)


def _hypothesis(sentence: str, start: int, end: int) -> bool:
    """The match stands in a conditional clause, or is a scenario's subject.

    "If Japan joined NATO, …", "Had Tokyo joined NATO in 2023, …": the
    clause runs from its opener to the next comma, semicolon, colon or
    dash, so "If you read the communiqué, NATO invoked Article 5 for
    Albania" asserts its second clause.  "A Chinese cyberattack on Albania
    would paralyse its ministries" imagines an attack, where "A Chinese
    cyberattack on Albania paralysed…" reports one: an indefinite match, no
    comma in it, whose clause goes on to a conditional verb.
    """
    # An opener may run into the match: « si le Japon… » opens before a match on « le Japon… ».
    openers = [opener for opener in _CONDITIONAL.finditer(sentence[:end]) if opener.start() < start]
    if openers and _CLAUSE_BREAK.search(sentence[openers[-1].end() : start]) is None:
        return True
    return _a_scenario(sentence, start, end)


def _a_scenario(sentence: str, start: int, end: int) -> bool:
    if "," in sentence[start:end] or _INDEFINITE_BEFORE.search(sentence[:start]) is None:
        return False
    rest = sentence[end:]
    verb = _CONDITIONAL_VERB.search(rest)
    return verb is not None and _CLAUSE_BREAK.search(rest[: verb.start()]) is None


GUARDS: Mapping[str, Callable[[str, int, int], bool]] = {
    "negation": _negation,
    "question": _question,
    "quotation": _quotation,
    "attribution": _attribution,
    "hypothesis": _hypothesis,
}


class ClaimChecker:
    """Flags, in each sentence, the first match of ``patterns`` that no guard explains away."""

    values = ("sentence",)

    def __init__(
        self,
        patterns: Sequence[str],
        unless: str | None,
        guards: Sequence[Callable[[str, int, int], bool]],
        *,
        where: str,
        context: Sequence[str] = (),
    ) -> None:
        self._patterns = Alternation(patterns, where=where)
        # A hit needs every context group in its sentence, so the first group's presence in the
        # document is as sound a prefilter as the patterns', and far rarer when a pattern is a
        # common value (a year, a city) and the group a name (Stoltenberg, the CCDCOE).
        self.prefilter = (context[0],) if context else (self._patterns.pattern,)
        # Folded now, so that the pack cache keeps them folded: folding is pure Python (see compile_folded).
        self._unless_pattern, self._where = (fold_pattern(unless) if unless else None), where
        self._guards = tuple(guards)
        self._context_patterns = tuple(map(fold_pattern, context))

    # Compiled on first use: most documents never reach a given claim rule (the prefilter
    # rules it out), and compiling every rule of every pack on every run is start-up time.
    @functools.cached_property
    def _unless(self) -> "re2._Regexp | None":
        return compile_folded(self._unless_pattern, where=f"{self._where}: 'unless'") if self._unless_pattern else None

    @functools.cached_property
    def _context(self) -> tuple["re2._Regexp", ...]:
        return tuple(compile_folded(pattern, where=f"{self._where}: 'context'") for pattern in self._context_patterns)

    def check(self, document: "Document", spans: Sequence["Span"]) -> Iterator[Hit]:
        folded = document.folded
        regex = self._patterns.regex_for(folded)
        if regex is None:
            return  # none of the patterns can match here
        matches = list(document.folded_utf8.spans(regex))
        if not matches:
            return  # most documents: no need to cut them into sentences
        # Only sentences in which a match starts (or into which one runs) can hold a hit.
        sentences = SentenceSpans(document)
        candidates: dict[int, Span] = {}
        for match_start, match_end in matches:
            for sentence in sentences.from_position(match_start):
                if sentence.start >= match_end:
                    break
                candidates[sentence.start] = sentence
        scope = SpanIndex(spans)
        for start in sorted(candidates):
            sentence = candidates[start]
            hit = self._check_sentence(document, sentence, folded[sentence.start : sentence.end], scope, regex)
            if hit is not None:
                yield hit

    def _check_sentence(
        self, document: "Document", sentence: "Span", text: str, scope: SpanIndex, regex: "re2._Regexp"
    ) -> Hit | None:
        if self._unless is not None and self._unless.search(text) is not None:
            return None
        if not all(group.search(text) is not None for group in self._context):
            return None  # the sentence is not about what the claim is about
        for match in regex.finditer(text):
            start, end = match.span()
            if end <= start:
                continue
            if any(guard(text, start, end) for guard in self._guards):
                continue
            absolute_start, absolute_end = sentence.start + start, sentence.start + end
            if scope.containing(absolute_start, absolute_end) is None:
                continue
            values = {"sentence": document.text[sentence.start : sentence.end].strip()}
            return Hit(absolute_start, absolute_end, values=values)
        return None


class ClaimType:
    """``claim``: a sentence asserting something a framework fact contradicts."""

    name = "claim"
    options = {
        "patterns": "regular expressions (RE2 syntax) of the wrong assertion, matched on folded text",
        "unless": "patterns of look-alikes: a sentence in which one matches is never flagged",
        "guards": "guards to disable, among " + ", ".join(GUARDS) + " (all enabled by default)",
        "context": "patterns that must also occur in the sentence: a list of alternatives, or a list of such lists that must all match",
    }
    required = ("patterns",)

    def build(self, options: Mapping[str, Any], *, where: str) -> ClaimChecker:
        patterns = string_list(options, "patterns", where=where)
        if not patterns:
            raise PackError(f"{where}: 'patterns' must list at least one pattern")
        for pattern in patterns:
            check_pattern(pattern, where=f"{where}: 'patterns'")
        unless = string_list(options, "unless", where=where)
        for pattern in unless:
            check_pattern(pattern, where=f"{where}: 'unless'")
        disabled = string_list(options, "guards", where=where)
        unknown = [name for name in disabled if name not in GUARDS]
        if unknown:
            raise PackError(
                f"{where}: 'guards' names unknown guard(s) {', '.join(map(repr, unknown))}; "
                f"known: {', '.join(GUARDS)}"
            )
        guards = [guard for name, guard in GUARDS.items() if name not in disabled]
        context = [keyword_pattern(group) for group in pattern_groups(options.get("context", []), "context", where=where)]
        for pattern in context:
            check_pattern(pattern, where=f"{where}: 'context'")
        return ClaimChecker(
            patterns,
            keyword_pattern(unless) if unless else None,
            guards,
            where=where,
            context=context,
        )
