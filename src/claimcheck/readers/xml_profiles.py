"""What the XML reader treats as blocks, headings and noise, for each XML vocabulary it knows.

A :class:`Profile` names elements by their local name.  The reader picks a
profile from the root element (its namespace, else its name) and a user may
replace any of its lists in ``[readers.xml]``; see :mod:`claimcheck.readers.xml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Mapping, Optional

from claimcheck.document import BlockKind
from claimcheck.errors import ConfigError

__all__ = [
    "PROFILES",
    "Profile",
    "XmlOptions",
    "block_kind",
    "detect_profile",
    "humanise_eid",
    "parse_options",
]


@dataclass(frozen=True)
class Profile:
    """How one XML vocabulary lays out its prose.

    ``blocks`` maps element names to the kind of block they start; text in any
    other element that is not inside a block becomes a paragraph of its own
    (the innermost element that holds text directly).  ``headings`` are
    section titles when their parent (skipping ``title_wrappers``) is one of
    ``sections``; elsewhere they are titles of sections too if
    ``loose_headings``, else captions (paragraphs).  ``numbers`` (``num``) name
    a container: a heading of their own in a section, the prefix of a heading
    that follows them, and otherwise only a part of the structural label.
    ``ignore`` is not prose (metadata, code); ``porous`` ignored elements still
    let ``rescue`` children (a title inside ``<info>``) through.  ``breaks``
    are empty elements standing for a line break.  ``namespaces_ignored``
    drops every element of those namespaces (Dublin Core metadata).
    ``label`` says where structural labels come from: ``"eid"`` (Akoma
    Ntoso), ``"identifier"`` (USLM), ``"sections"`` (the path of section
    titles) or ``"path"`` (the element path, for unknown vocabularies).
    """

    name: str
    blocks: Mapping[str, BlockKind] = field(default_factory=dict)
    headings: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    title_wrappers: frozenset[str] = frozenset()
    loose_headings: bool = True
    numbers: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    porous: frozenset[str] = frozenset()
    rescue: frozenset[str] = frozenset()
    breaks: frozenset[str] = frozenset()
    namespaces_ignored: frozenset[str] = frozenset()
    label: str = "path"


# Block kinds by element name, for the names a user lists in ``blocks``.
_KIND_HINTS: dict[str, BlockKind] = {
    **dict.fromkeys(("item", "listitem", "li", "point", "indent"), BlockKind.LIST_ITEM),
    **dict.fromkeys(("quote", "blockquote", "quotedContent", "epigraph"), BlockKind.QUOTE),
    **dict.fromkeys(("td", "th", "cell", "entry"), BlockKind.TABLE_CELL),
}


def block_kind(name: str) -> BlockKind:
    """The kind of block an element of this name starts when a user lists it in ``blocks``."""
    return _KIND_HINTS.get(name, BlockKind.PARAGRAPH)


def _blocks(*names: str) -> dict[str, BlockKind]:
    return {name: block_kind(name) for name in names}


AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
TEI_NAMESPACE = "http://www.tei-c.org/ns/1.0"
DOCBOOK_NAMESPACE = "http://docbook.org/ns/docbook"
USLM_NAMESPACE = "http://schemas.gpo.gov/xml/uslm"
DUBLIN_CORE = frozenset({"http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/"})

AKOMA_NTOSO = Profile(
    name="akn",
    blocks=_blocks(
        "p", "intro", "wrapUp", "listIntroduction", "listWrapUp", "item", "point", "indent",
        "citation", "recital", "td", "th", "tocItem",
    ),
    headings=frozenset({"heading", "subheading", "docTitle"}),
    sections=frozenset({
        "book", "tome", "part", "subpart", "title", "subtitle", "chapter", "subchapter", "section",
        "subsection", "article", "division", "subdivision", "rule", "subrule", "hcontainer",
    }),
    numbers=frozenset({"num"}),
    ignore=frozenset({"meta", "references", "analysis", "notes", "proprietary", "toc"}),
    breaks=frozenset({"eol", "eop", "br"}),
    label="eid",
)

TEI = Profile(
    name="tei",
    blocks=_blocks("p", "ab", "item", "quote", "cell", "note", "l"),
    headings=frozenset({"head"}),
    sections=frozenset({"div", "div1", "div2", "div3", "div4", "div5", "div6", "div7"}),
    loose_headings=False,
    ignore=frozenset({"teiHeader", "fw"}),
    breaks=frozenset({"lb", "pb", "cb"}),
    label="sections",
)

_DOCBOOK_INFO = frozenset({
    "info", "bookinfo", "articleinfo", "chapterinfo", "sectioninfo", "prefaceinfo", "appendixinfo",
    "partinfo", "sect1info", "sect2info", "sect3info", "sect4info", "sect5info", "setinfo",
})

DOCBOOK = Profile(
    name="docbook",
    blocks=_blocks(
        "para", "simpara", "listitem", "entry", "td", "th", "blockquote", "note", "tip", "warning",
        "caution", "important", "epigraph", "attribution",
    ),
    headings=frozenset({"title", "subtitle"}),
    sections=frozenset({
        "set", "book", "article", "part", "chapter", "preface", "appendix", "section", "sect1", "sect2",
        "sect3", "sect4", "sect5", "simplesect", "refsect1", "refsect2", "refsect3", "refsection",
        "glossary", "bibliography", "colophon", "dedication", "acknowledgements", "reference", "topic",
    }),
    title_wrappers=_DOCBOOK_INFO,
    loose_headings=False,
    ignore=frozenset({
        *_DOCBOOK_INFO, "programlisting", "screen", "literallayout", "synopsis", "titleabbrev",
        "indexterm", "remark",
    }),
    porous=_DOCBOOK_INFO,
    rescue=frozenset({"title", "subtitle", "abstract", "legalnotice"}),
    breaks=frozenset({"sbr"}),
    label="sections",
)

USLM = Profile(
    name="uslm",
    blocks=_blocks(
        "p", "content", "text", "chapeau", "continuation", "proviso", "quotedContent", "recital",
        "resolvingClause", "enactingFormula", "officialTitle", "td", "th",
    ),
    headings=frozenset({"heading", "subheading", "docTitle"}),
    sections=frozenset({
        "title", "subtitle", "chapter", "subchapter", "part", "subpart", "division", "subdivision",
        "article", "section", "level", "appendix",
    }),
    numbers=frozenset({"num"}),
    ignore=frozenset({
        "meta", "slugLine", "distributionCode", "congress", "session", "docNumber", "currentChamber",
        "relatedDocument", "citableAs", "docStage", "processedBy", "processedDate", "publicPrivate",
        "endorsement", "endMarker", "toc",
    }),
    breaks=frozenset({"br"}),
    namespaces_ignored=DUBLIN_CORE,
    label="identifier",
)

GENERIC = Profile(name="generic", breaks=frozenset({"br"}))

PROFILES: dict[str, Profile] = {profile.name: profile for profile in (AKOMA_NTOSO, TEI, DOCBOOK, USLM, GENERIC)}

_DOCBOOK_ROOTS = frozenset({"book", "article", "chapter", "part", "set", "preface", "appendix", "section", "sect1"})


def detect_profile(namespace: str, name: str) -> Profile:
    """The profile for a document whose root element is ``name`` in ``namespace`` (``""`` for none)."""
    if namespace == AKN_NAMESPACE or "/akn/" in namespace or name == "akomaNtoso":
        return AKOMA_NTOSO
    if namespace == TEI_NAMESPACE or (not namespace and name in ("TEI", "TEI.2", "teiCorpus")):
        return TEI
    if namespace == DOCBOOK_NAMESPACE or (not namespace and name in _DOCBOOK_ROOTS):
        return DOCBOOK
    if namespace.startswith((USLM_NAMESPACE, "http://xml.house.gov/schemas/uslm")):
        return USLM
    return GENERIC


@dataclass(frozen=True)
class XmlOptions:
    """The validated ``[readers.xml]`` table; ``None`` leaves the detected profile's list alone."""

    profile: Optional[str] = None
    blocks: Optional[tuple[str, ...]] = None
    headings: Optional[tuple[str, ...]] = None
    ignore: Optional[tuple[str, ...]] = None

    def apply(self, detected: Profile) -> Profile:
        """The profile to read with: the forced or detected one, with the configured lists in place of its own."""
        profile = PROFILES[self.profile] if self.profile else detected
        changes: dict[str, Any] = {}
        if self.blocks is not None:
            changes["blocks"] = _blocks(*self.blocks)
        if self.headings is not None:
            changes["headings"] = frozenset(self.headings)
        if self.ignore is not None:
            changes["ignore"] = frozenset(self.ignore)
            changes["porous"] = frozenset(self.ignore) & profile.porous
        return replace(profile, **changes) if changes else profile


_OPTION_KEYS = ("blocks", "headings", "ignore", "profile")
_NAME = re.compile(r"[A-Za-z_][\w.-]*\Z")


def parse_options(options: Mapping[str, Any], *, where: str = "[readers.xml]") -> XmlOptions:
    """Validate a ``[readers.xml]`` table; raise :class:`ConfigError` naming the table and the key."""
    if not isinstance(options, Mapping):
        raise ConfigError(f"{where}: must be a table")
    values: dict[str, Any] = {}
    for key, value in options.items():
        if key not in _OPTION_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}; known keys: {', '.join(_OPTION_KEYS)}")
        if key == "profile":
            if not isinstance(value, str) or (value != "auto" and value not in PROFILES):
                choices = ", ".join(["auto", *PROFILES])
                raise ConfigError(f"{where}: 'profile' must be one of {choices}; got {value!r}")
            values[key] = None if value == "auto" else value
            continue
        if not isinstance(value, (list, tuple)) or not all(isinstance(item, str) for item in value):
            raise ConfigError(
                f"{where}: {key!r} must be a list of element names (strings), e.g. {key} = [\"para\"]; "
                f"got {type(value).__name__}"
            )
        for item in value:
            if not _NAME.match(item):
                raise ConfigError(f"{where}: {key!r} holds {item!r}, which is not an element's local name")
        values[key] = tuple(value)
    return XmlOptions(**values)


_EID_PARTS = {
    "art": "article", "para": "paragraph", "point": "point", "sec": "section", "chp": "chapter",
    "part": "part", "title": "title", "rec": "recital", "cit": "citation", "subpara": "subparagraph",
    "list": "list", "item": "item", "intro": "intro", "al": "alinea", "subsec": "subsection",
    "subchp": "subchapter", "subpart": "subpart", "subtitle": "subtitle", "book": "book", "tome": "tome",
    "cl": "clause", "dvs": "division", "subdvs": "subdivision", "indent": "indent", "ann": "annex",
    "wrap": "wrap-up", "recs": "recitals", "cits": "citations", "enc": "enclosure", "tblock": "block",
}


def humanise_eid(eid: str) -> str:
    """``art_3__para_2`` → ``article 3, paragraph 2``: each ``__``-separated part spelt out."""
    parts = []
    for part in eid.split("__"):
        prefix, _, number = part.partition("_")
        words = _EID_PARTS.get(prefix, prefix)
        parts.append(f"{words} {number.replace('_', ' ')}".strip())
    return ", ".join(parts)
