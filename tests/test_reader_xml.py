"""The XML reader: profiles, exact positions, safe parsing of hostile input, the real corpus files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimcheck.document import Comment
from claimcheck.errors import ConfigError
from claimcheck.readers import ParseError
from claimcheck.readers.xml import MAX_DEPTH, XmlReader, decode_xml
from claimcheck.readers.xml_profiles import humanise_eid

from conftest import SHARED, assert_position, expected_position, locate, write

CORPUS = SHARED / "corpus"


def read(source: str | bytes, **options):
    data = source.encode("utf-8") if isinstance(source, str) else source
    return XmlReader(options).read(data, path="doc.xml")


def block_texts(document) -> list[tuple[str, int, str]]:
    return [(block.kind.value, block.level, document.text[block.start : block.end]) for block in document.blocks]


def position(document, word: str) -> tuple[int, int]:
    start = document.source_map.position(document.text.index(word))
    return start.line, start.column


# --- profiles ------------------------------------------------------------------------------------

AKN = """\
<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act>
    <meta>
      <identification source="#x"><FRBRWork><FRBRthis value="/akn/eu/act/1"/></FRBRWork></identification>
      <references source="#x"><TLCOrganization eId="council" href="/x" showAs="Metadata only"/></references>
    </meta>
    <preamble>
      <docTitle>Regulation on alliances</docTitle>
      <citations>
        <citation eId="cit_1"><p>Having regard to the Treaty,</p></citation>
      </citations>
    </preamble>
    <body>
      <chapter eId="chp_1">
        <num>Chapter I</num>
        <heading>General provisions</heading>
        <article eId="chp_1__art_3">
          <num>Article 3</num>
          <heading>Scope</heading>
          <paragraph eId="chp_1__art_3__para_2">
            <num>2.</num>
            <content>
              <p>Member States <i>shall</i> cooperate<authorialNote marker="1"><p>See annex.</p></authorialNote>.</p>
            </content>
          </paragraph>
          <paragraph eId="chp_1__art_3__para_3">
            <num>3.</num>
            <list eId="chp_1__art_3__para_3__list_1">
              <intro><p>The following apply:</p></intro>
              <point eId="chp_1__art_3__para_3__list_1__point_a">
                <num>(a)</num>
                <content><p>first<eol/>point;</p></content>
              </point>
            </list>
          </paragraph>
        </article>
      </chapter>
    </body>
  </act>
</akomaNtoso>
"""


def test_akoma_ntoso_blocks_headings_and_text() -> None:
    document = read(AKN)
    assert block_texts(document) == [
        ("heading", 1, "Regulation on alliances"),
        ("paragraph", 0, "Having regard to the Treaty,"),
        ("heading", 1, "Chapter I General provisions"),
        ("heading", 2, "Article 3 Scope"),
        ("paragraph", 0, "Member States shall cooperate."),
        ("paragraph", 0, "See annex."),
        ("paragraph", 0, "The following apply:"),
        ("list-item", 1, "first\npoint;"),
    ]
    assert "Metadata only" not in document.text and "2." not in document.text
    assert document.blocks[4].section == ("Chapter I General provisions", "Article 3 Scope")
    for word in ("alliances", "Treaty", "Member", "shall", "cooperate", "annex", "following", "point;"):
        assert_position(document, word)


def test_akoma_ntoso_labels_are_humanised_eids() -> None:
    document = read(AKN)
    label = document.source_map.label
    assert label(document.text.index("Member")) == "chapter 1, article 3, paragraph 2 (chp_1__art_3__para_2)"
    assert label(document.text.index("Scope")) == "chapter 1, article 3 (chp_1__art_3)"
    assert label(document.text.index("first")) == (
        "chapter 1, article 3, paragraph 3, list 1, point a (chp_1__art_3__para_3__list_1__point_a)"
    )
    assert label(document.text.index("Treaty")) == "citation 1 (cit_1)"


def test_humanise_eid() -> None:
    assert humanise_eid("art_3__para_2") == "article 3, paragraph 2"
    assert humanise_eid("sec_1__subpara_2__rec_4__cit_1") == "section 1, subparagraph 2, recital 4, citation 1"
    assert humanise_eid("al_1__art_1er_A") == "alinea 1, article 1er A"
    assert humanise_eid("preamble") == "preamble"


def test_akoma_ntoso_without_eids_labels_from_numbers() -> None:
    source = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><bill><body>
<article xml:id="d1"><num>Article 1</num><paragraph><list><point><num>(a)</num><content><p>Alpha text.</p></content></point></list></paragraph></article>
</body></bill></akomaNtoso>"""
    document = read(source)
    assert block_texts(document) == [("heading", 1, "Article 1"), ("list-item", 1, "Alpha text.")]
    assert document.source_map.label(document.text.index("Alpha")) == "Article 1, point (a)"


TEI = """\
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Header title</title></titleStmt></fileDesc></teiHeader>
  <text><body>
    <div>
      <head>Part <hi>one</hi></head>
      <p>The alliance <term>deters</term> aggression.<note>A note.</note></p>
      <list><head>Members</head><item>France</item><item><p>Japan</p></item></list>
      <quote>Quoted words.</quote>
      <div><head>Details</head>
        <table><row><cell>Cell text</cell></row></table>
        <lg><l>Verse<lb/>line</l></lg>
      </div>
    </div>
  </body></text>
</TEI>
"""


def test_tei_blocks_and_section_labels() -> None:
    document = read(TEI)
    assert block_texts(document) == [
        ("heading", 1, "Part one"),
        ("paragraph", 0, "The alliance deters aggression."),
        ("paragraph", 0, "A note."),
        ("paragraph", 0, "Members"),
        ("list-item", 1, "France"),
        ("list-item", 1, "Japan"),
        ("quote", 1, "Quoted words."),
        ("heading", 2, "Details"),
        ("table-cell", 0, "Cell text"),
        ("paragraph", 0, "Verse\nline"),
    ]
    assert "Header title" not in document.text
    assert document.source_map.label(document.text.index("Cell")) == "Part one > Details"
    assert document.source_map.label(document.text.index("Japan")) == "Part one"
    assert document.blocks[-1].section == ("Part one", "Details")
    for word in ("alliance", "deters", "aggression", "A note", "Japan", "Quoted", "Cell", "Verse"):
        assert_position(document, word)


DOCBOOK = """\
<?xml version="1.0"?>
<book xmlns="http://docbook.org/ns/docbook" version="5.0">
  <info><title>Handbook</title><author><personname>A. Writer</personname></author></info>
  <chapter>
    <title>Defence</title>
    <para>Plain <emphasis>para</emphasis> text.</para>
    <programlisting>print("code")</programlisting>
    <itemizedlist><title>Steps</title>
      <listitem><para>First step</para>
        <itemizedlist><listitem><simpara>Inner step</simpara></listitem></itemizedlist>
      </listitem>
    </itemizedlist>
    <blockquote><para>Wise words</para></blockquote>
    <section><title>Tables</title>
      <informaltable><tgroup cols="1"><tbody><row><entry>Entry text</entry></row></tbody></tgroup></informaltable>
    </section>
  </chapter>
</book>
"""


def test_docbook_blocks_headings_and_ignored_elements() -> None:
    document = read(DOCBOOK)
    assert block_texts(document) == [
        ("heading", 1, "Handbook"),
        ("heading", 2, "Defence"),
        ("paragraph", 0, "Plain para text."),
        ("paragraph", 0, "Steps"),
        ("list-item", 1, "First step"),
        ("list-item", 2, "Inner step"),
        ("quote", 1, "Wise words"),
        ("heading", 3, "Tables"),
        ("table-cell", 0, "Entry text"),
    ]
    assert "Writer" not in document.text and "code" not in document.text
    assert document.source_map.label(document.text.index("Entry")) == "Handbook > Defence > Tables"
    for word in ("Handbook", "Plain", "Inner", "Wise", "Entry"):
        assert_position(document, word)


USLM = """\
<?xml version="1.0" encoding="UTF-8"?>
<bill xmlns="http://schemas.gpo.gov/xml/uslm" xmlns:dc="http://purl.org/dc/elements/1.1/">
<meta><dc:title>Metadata title</dc:title><docNumber>42</docNumber></meta>
<preface><dc:type>S. 1</dc:type><congress>118th CONGRESS</congress></preface>
<main>
<longTitle><docTitle>AN ACT</docTitle><officialTitle>To strengthen alliances.</officialTitle></longTitle>
<section identifier="/us/bill/118/s/1/s2"><num value="2">SEC. 2. </num><heading>FINDINGS.</heading>
<chapeau>Congress finds the following:</chapeau>
<paragraph identifier="/us/bill/118/s/1/s2/1"><num value="1">(1) </num><content>Allies <i>matter</i>.</content></paragraph>
<continuation>Closing words.</continuation>
</section>
</main>
<endMarker>○</endMarker>
</bill>
"""


def test_uslm_blocks_headings_and_labels() -> None:
    document = read(USLM)
    assert block_texts(document) == [
        ("heading", 1, "AN ACT"),
        ("paragraph", 0, "To strengthen alliances."),
        ("heading", 1, "SEC. 2. FINDINGS."),
        ("paragraph", 0, "Congress finds the following:"),
        ("paragraph", 0, "Allies matter."),
        ("paragraph", 0, "Closing words."),
    ]
    for noise in ("Metadata", "42", "S. 1", "CONGRESS", "○", "(1)"):
        assert noise not in document.text
    assert document.source_map.label(document.text.index("Allies")) == "section SEC. 2, paragraph (1) (/us/bill/118/s/1/s2/1)"
    assert document.source_map.label(document.text.index("Congress")) == "section SEC. 2 (/us/bill/118/s/1/s2)"
    for word in ("strengthen", "FINDINGS", "Congress", "Allies", "matter", "Closing"):
        assert_position(document, word)


# --- generic XML and options -----------------------------------------------------------------------

GENERIC = """\
<report>
  <meta><owner>Team</owner></meta>
  <title>Annual review</title>
  <section>
    <title>Findings</title>
    <para><b>Bold</b> start of the paragraph.</para>
    Stray text
    <para>Second</para>
  </section>
</report>
"""


def test_generic_xml_every_element_with_text_is_a_paragraph() -> None:
    document = read(GENERIC)
    assert block_texts(document) == [
        ("paragraph", 0, "Team"),
        ("paragraph", 0, "Annual review"),
        ("paragraph", 0, "Findings"),
        ("paragraph", 0, "Bold start of the paragraph."),
        ("paragraph", 0, "Stray text"),
        ("paragraph", 0, "Second"),
    ]
    assert document.source_map.label(document.text.index("Second")) == "/report/section[1]/para[2]"
    for word in ("Team", "Bold", "start", "Stray", "Second"):
        assert_position(document, word)


def test_generic_xml_configured_blocks_headings_and_ignore() -> None:
    document = read(GENERIC, blocks=["para"], headings=["title"], ignore=["meta"])
    assert block_texts(document) == [
        ("heading", 1, "Annual review"),
        ("heading", 2, "Findings"),
        ("paragraph", 0, "Bold start of the paragraph."),
        ("paragraph", 0, "Stray text"),
        ("paragraph", 0, "Second"),
    ]
    assert document.blocks[-1].section == ("Annual review", "Findings")


def test_configured_list_overrides_the_detected_profile() -> None:
    document = read(TEI, ignore=["teiHeader", "note", "list"])
    assert "A note." not in document.text and "France" not in document.text
    document = read(TEI, profile="generic")
    assert "Header title" in document.text


@pytest.mark.parametrize(
    "options, message",
    [
        ({"block": ["p"]}, "unknown key 'block'"),
        ({"blocks": "p"}, "'blocks' must be a list of element names"),
        ({"headings": [1]}, "'headings' must be a list of element names"),
        ({"ignore": ["a b"]}, "'ignore' holds 'a b'"),
        ({"profile": "html"}, "'profile' must be one of"),
    ],
)
def test_bad_options_are_config_errors_naming_the_key(options, message) -> None:
    with pytest.raises(ConfigError) as caught:
        XmlReader(options)
    assert "[readers.xml]" in str(caught.value)
    assert message in str(caught.value)


def test_bad_option_in_config_file_exits_2(cli, tmp_path: Path) -> None:
    write(tmp_path / ".claimcheck.toml", '[readers.xml]\nblocks = "para"\n')
    write(tmp_path / "doc.xml", "<doc><p>Text.</p></doc>")
    result = cli("check", "doc.xml")
    assert result.code == 2
    assert "[readers.xml]" in result.err and "'blocks'" in result.err


# --- exact positions -------------------------------------------------------------------------------


def test_positions_after_entities_and_multibyte_characters() -> None:
    source = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<doc>\n"
        "  <p>Café’s 漢字 &amp; &#233;t&#xE9; &lt;tag&gt; alpha <b>béta</b> gamma&apos;s 😀 omega</p>\n"
        "  <p>second line\n      continues here</p>\n"
        "</doc>\n"
    )
    document = read(source)
    assert document.text == "Café’s 漢字 & été <tag> alpha béta gamma's 😀 omega\n\nsecond line\ncontinues here"
    for word in ("Café’s", "漢字", "alpha", "béta", "gamma", "omega", "second", "continues"):
        assert_position(document, word)
    # A resolved reference points at the reference in the source.
    amp = document.source_map.position(document.text.index("&"))
    assert document.source[amp.offset : amp.offset + 5] == "&amp;"
    assert (amp.line, amp.column) == locate(source, "&amp;")
    ete = document.text.index("été")
    assert document.source_map.position(ete).offset == source.index("&#233;")
    assert document.source_map.position(ete + 1).offset == source.index("t&#xE9;")
    tag = document.source_map.position(document.text.index("<tag>"))
    assert tag.offset == source.index("&lt;tag")


def test_positions_with_crlf_and_cdata() -> None:
    source = "<doc>\r\n<p>one\r\n  two <![CDATA[a < b & c]]> three</p>\r\n<p>four</p>\r\n</doc>\r\n"
    document = read(source)
    assert document.text == "one\ntwo a < b & c three\n\nfour"
    for word in ("one", "two", "a < b & c", "three", "four"):
        assert_position(document, word)


@pytest.mark.parametrize(
    "encoding, prefix",
    [("utf-8-sig", b""), ("utf-16", b""), ("iso-8859-1", b'<?xml version="1.0" encoding="ISO-8859-1"?>\n')],
)
def test_decodes_by_bom_or_declaration(encoding: str, prefix: bytes) -> None:
    body = "<doc>\n<p>Défense élargie, word</p>\n</doc>\n"
    data = prefix + body.encode(encoding)
    document = XmlReader().read(data, path="doc.xml")
    assert document.text == "Défense élargie, word"
    assert document.source == decode_xml(data)
    assert_position(document, "word")
    assert_position(document, "élargie")


def test_undecodable_bytes_are_a_parse_error() -> None:
    with pytest.raises(ParseError) as caught:
        XmlReader().read(b"<doc>\n<p>ok \xff</p></doc>", path="doc.xml")
    assert (caught.value.line, caught.value.column) == (2, 7)


def test_comments_are_kept_with_their_source_range() -> None:
    source = "<!-- claimcheck-disable-file -->\n<doc>\n  <p>Text <!-- inline é --> more.</p>\n</doc>"
    document = read(source)
    assert document.text == "Text more."
    assert document.comments == (
        Comment(" claimcheck-disable-file ", 0, 32),
        Comment(" inline é ", source.index("<!-- inline"), source.index("-->", 40) + 3),
    )
    assert all(document.source[c.source_start : c.source_end].startswith("<!--") for c in document.comments)


def test_processing_instructions_are_skipped() -> None:
    document = read('<?xml-stylesheet href="a.css"?><doc><p>A<?pi data?>B</p></doc>')
    assert document.text == "AB"


def test_language_comes_from_xml_lang() -> None:
    assert read('<doc xml:lang="fr-FR"><p>Texte.</p></doc>').language == "fr"


# --- hostile input ---------------------------------------------------------------------------------

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz><p>&lol9;</p></lolz>
"""

QUADRATIC = (
    '<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY a "' + "x" * 100_000 + '">]>\n<q><p>' + "&a;" * 5000 + "</p></q>\n"
)

FILE_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [
  <!ENTITY x SYSTEM "file:///etc/passwd">
]>
<r><p>&x;</p></r>
"""

HTTP_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x"> <!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>
<r><p>&x;</p></r>
"""


@pytest.mark.parametrize(
    "source, line",
    [(BILLION_LAUGHS, 3), (QUADRATIC, 2), (FILE_ENTITY, 3), (HTTP_ENTITY, 2)],
    ids=["billion-laughs", "quadratic-blowup", "file-entity", "http-entity"],
)
def test_entity_declarations_are_refused(source: str, line: int) -> None:
    with pytest.raises(ParseError) as caught:
        read(source)
    error = caught.value
    assert error.message == "entity declarations are not allowed"
    assert error.line == line
    assert source.splitlines()[line - 1][error.column - 1 :].startswith("<!ENTITY")
    assert "root:" not in str(error)


def test_entity_attack_through_the_cli_leaks_nothing(cli, tmp_path: Path) -> None:
    write(tmp_path / "evil.xml", FILE_ENTITY)
    result = cli("check", "evil.xml", "--output-format", "json", "--isolated")
    assert result.code == 2
    assert "root:" not in result.out + result.err
    finding = json.loads(result.out)["findings"][0]
    assert finding["code"] == "CC001"
    assert (finding["start"]["line"], finding["start"]["column"]) == (3, 3)


def test_external_dtd_is_never_fetched_nor_read(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.dtd", '<!ENTITY leak "SECRET-CONTENT">')
    source = f'<?xml version="1.0"?>\n<!DOCTYPE r SYSTEM "{secret.as_uri()}">\n<r><p>Before&leak;after &nbsp;x</p></r>\n'
    document = read(source)
    assert "SECRET" not in document.text
    assert document.text == "Beforeafter \u00a0x"
    document = read('<!DOCTYPE r SYSTEM "http://127.0.0.1:9/x.dtd"><r><p>Offline.</p></r>')
    assert document.text == "Offline."


def test_very_deep_nesting_is_refused_without_crashing() -> None:
    depth = 100_000
    source = "<a>" * depth + "x" + "</a>" * depth
    with pytest.raises(ParseError) as caught:
        read(source)
    assert "nested more than" in caught.value.message
    assert (caught.value.line, caught.value.column) == (1, MAX_DEPTH * 3 + 1)


def test_nesting_up_to_the_limit_is_read() -> None:
    depth = MAX_DEPTH
    document = read("<a>" * depth + "deep" + "</a>" * depth)
    assert document.text == "deep"


# --- malformed XML ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, message, at",
    [
        ("<doc>\n  <p>café text</doc>\n", "mismatched tag", "doc>\n"),  # expat points at the name
        ("<doc>\n  <p>été</p>\n", "no element found", None),
        ("<doc>\n  <p>é\x01</p>\n</doc>", "not well-formed (invalid token)", "\x01"),
        ("<doc>\n  <p>é &undefined; x</p>\n</doc>", "undefined entity", "&undefined;"),
    ],
    ids=["mismatched", "unclosed", "invalid-char", "undefined-entity"],
)
def test_malformed_xml_is_a_parse_error_at_the_right_place(source: str, message: str, at) -> None:
    with pytest.raises(ParseError) as caught:
        read(source)
    error = caught.value
    assert error.message == message
    if at is None:
        lines = source.split("\n")
        assert (error.line, error.column) == (len(lines), len(lines[-1]) + 1)
    else:
        before = source[: source.rindex(at)].split("\n")
        assert (error.line, error.column) == (len(before), len(before[-1]) + 1)


# --- sniffing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head, expected",
    [
        (b'<?xml version="1.0"?><anything/>', True),
        (b'\xef\xbb\xbf<?xml version="1.0"?><doc/>', True),
        ('<?xml version="1.0"?><doc/>'.encode("utf-16"), True),
        (b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">', True),
        (b'<!-- c --><TEI xmlns="http://www.tei-c.org/ns/1.0">', True),
        (b'<resolution xmlns="http://schemas.gpo.gov/xml/uslm">', True),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', False),
        (b"<doc>plain</doc>", False),
        (b"Just text.", False),
    ],
)
def test_sniff(head: bytes, expected: bool) -> None:
    assert XmlReader().sniff(head) is expected


# --- the real corpus -------------------------------------------------------------------------------

CORPUS_PHRASES = {
    "en_akn4eu_2022-0055-nle_joint-proposal-council-regulation-restrictive-measures-donetsk-luhansk.xml": [
        "For the purposes of this Regulation, the following definitions apply:",
        "the negotiation or arrangement of transactions for the purchase,",
        "This Regulation shall be binding in its entirety and directly applicable in all",
        "THE COUNCIL OF THE EUROPEAN UNION,",
    ],
    "fr_akn_senat_texte-adopte-2024-2025-21_ppl-surveillance_format-fixture.akn.xml": [
        "Proposition de loi tendant à renforcer les moyens de surveillance",
        "Au premier alinéa des articles 138‑2 et 712‑22‑1 du code de procédure pénale",
        "Le code civil est ainsi modifié",
    ],
    "en_uslm_116-sconres-10-is_chinese-telecom-threats-nato-allies.xml": [
        "Whereas Huawei and ZTE have aggressively sought to enter into contracts",
        "in a regularized bilateral or multilateral format",
    ],
    "en_uslm_116-sconres-10-rs_chinese-telecom-threats-nato-allies.xml": [
        "Whereas Huawei and ZTE have rapidly expanded their market share",
        "Prague 5G Security Conference",
        "accelerate its efforts to increase its leadership",
    ],
}


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus file {name} is not available")
    return path


@pytest.mark.parametrize("name", sorted(CORPUS_PHRASES))
def test_corpus_files_read_with_exact_positions(name: str) -> None:
    data = corpus_file(name).read_bytes()
    document = XmlReader().read(data, path=name)
    assert document.blocks
    metadata = {"FRBR", "TLCOrganization", "GPO XPub", "Pursuant to Title 17", "SCON 10"}
    assert not any(noise in document.text for noise in metadata)
    for phrase in CORPUS_PHRASES[name]:
        assert document.text.count(phrase) == 1, phrase
        start = document.source_map.position(document.text.index(phrase))
        assert document.source[start.offset : start.offset + len(phrase)] == phrase
        assert (start.line, start.column) == locate(document.source, phrase)
    # Every copied word stands in the source where the source map says.
    for match in re.finditer(r"[^\W\d_]{6,}", document.text):
        start = document.source_map.position(match.start())
        assert document.source[start.offset : start.offset + len(match.group())] == match.group()


def test_corpus_labels() -> None:
    senat = corpus_file("fr_akn_senat_texte-adopte-2024-2025-21_ppl-surveillance_format-fixture.akn.xml")
    document = XmlReader().read(senat.read_bytes(), path="senat.xml")
    assert document.language == "fr"
    offset = document.text.index("Au premier alinéa des articles")
    assert document.source_map.label(offset) == "alinea 1, article 1er A (al_1__art_1er_A)"
    uslm = corpus_file("en_uslm_116-sconres-10-rs_chinese-telecom-threats-nato-allies.xml")
    document = XmlReader().read(uslm.read_bytes(), path="uslm.xml")
    offset = document.text.index("accelerate its efforts")
    assert document.source_map.label(offset) == "paragraph (5) (/us/resolution/116/sconres/10/s/5)"


# --- end to end ------------------------------------------------------------------------------------


def test_cli_malformed_xml_is_cc001_and_other_files_are_still_checked(cli, tmp_path: Path) -> None:
    bad = "<doc>\n  <p>Unclosed paragraph\n</doc>\n"
    write(tmp_path / "bad.xml", bad)
    write(tmp_path / "good.md", "# Title\n\nThis is undoubtedly true.\n")
    result = cli("check", "bad.xml", "good.md", "--output-format", "json", "--isolated", "--select", "PS,CC")
    assert result.code == 2
    findings = json.loads(result.out)["findings"]
    parse_errors = [finding for finding in findings if finding["code"] == "CC001"]
    assert len(parse_errors) == 1
    error = parse_errors[0]
    assert error["path"] == "bad.xml"
    assert "mismatched tag" in error["message"]
    assert (error["start"]["line"], error["start"]["column"]) == (3, 3)
    assert "bad.xml:3:3: mismatched tag" in result.err
    markdown = [finding for finding in findings if finding["path"] == "good.md"]
    assert [finding["code"] for finding in markdown] == ["PS101"]


def test_cli_finding_in_xml_at_exact_position(cli, tmp_path: Path) -> None:
    source = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<doc xmlns="urn:example">\n'
        "  <p>Café &amp; 漢字: this is <b>undoubtedly</b> right.</p>\n"
        "</doc>\n"
    )
    write(tmp_path / "doc.xml", source)
    result = cli("check", "doc.xml", "--output-format", "json", "--isolated", "--select", "PS,CC")
    findings = json.loads(result.out)["findings"]
    assert [finding["code"] for finding in findings] == ["PS101"]
    line, column, end_column = expected_position(source, "undoubtedly")
    start, end = findings[0]["start"], findings[0]["end"]
    assert (start["line"], start["column"], end["line"], end["column"]) == (line, column, line, end_column)
    assert findings[0]["label"] == "/doc/p[1]"
