"""Check that a change to the Markdown reader leaves its output byte-identical, and time it.

The output of a reader is everything a rule or a report can see: the text,
the blocks, the comments, the folded text, the declared language, and for
every offset of the text its position, end position and label.  This script
hashes all of that for every input, so that the hashes written at one commit
can be checked at another:

    # at the reference commit (or with PYTHONPATH pointing at an extracted copy of it)
    python benchmarks/markdown_equivalence.py write /tmp/md.json --corpus DIR...
    # after the change
    python benchmarks/markdown_equivalence.py check /tmp/md.json --corpus DIR...
    # reading speed on the corpus, best of several runs
    python benchmarks/markdown_equivalence.py time --corpus DIR...

The inputs are every ``*.md`` file under the ``--corpus`` directories, a list
of tricky documents (line endings, tabs, nesting, code, HTML, links, emphasis,
hostile depth and hostile bracket shapes) and a few thousand generated ones,
among them documents dense in link brackets, parentheses, escapes, code spans,
HTML and emphasis, with and without link reference definitions.  The text
reader, which shares the line splitting and the text builder, is checked on the
same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

from claimcheck.decode import decode
from claimcheck.document import Document, line_starts
from claimcheck.readers.markdown import MarkdownReader
from claimcheck.readers.text import TextReader

TRICKY = {
    "crlf": "# Title\r\n\r\nPara one\r\nline two  \r\nthree\\\r\n\r\n- a\r\n- b\r\n",
    "cr": "# Title\r\rPara one\rline two  \rthree\r\r> q\r> r\r",
    "mixed-eol": "a\r\nb\rc\nd\r\n\re\n\r",
    "bom": "\ufeff# Heading\n\nText with BOM.\n",
    "nul": "Para\x00with nul\n\n# H\x00\n\n- \x00\n",
    "tabs": "\t# not heading\n\tcode\n-\ttab item\n  \t- nested\n>\tquote\n\n1.\tone\n\t\t2. two\n",
    "setext": "Title\n=====\n\nSub\n---\n\nPara\ntwo\n===\n\n   Indented\n   ---\n- item\n---\n",
    "atx": "# a\n## b ##\n### c #\n####### seven\n#no\n# \n#\n## trailing \\#\n  # indented\n    # code\n",
    "fences": "```\ncode\n```\n\n~~~ python\nx\n~~~\n\n``` a`b\nnot fence\n```\n\n````\n```\n````\n\n```\nunclosed\n",
    "html": "<div>\nhtml <b>bold</b>\n</div>\n\nText <!-- inline\n\nmultiline --> after\n\n<script>x</script> t\n<!-- open\n",
    "links": "[foo]: http://x\n[Bar]: <y> 't'\n\n[foo] [bar][] [x][foo] [no] ![i](a.png) [l](u \"t\") [l](<a b>) [l](a(b)c)\n",
    "emphasis": "*a* **b** ***c*** _d_ __e__ snake_case 2*3*4 * s * ~~s~~ ~t~ **open *x _*mix*_ a**b**c\n",
    "breaks": "line one  \nline two\\\nline three\t\nfour\n  indented  \n\n\n  after blanks \n",
    "table": "| a | b |\n|---|:-:|\n| 1 | 2 \\| 3 |\n| `x|y` | z |\nnot row\n\nh1 | h2\n-- | --\nc | d\n",
    "lists": "- a\n- b\n  - c\n    - d\n\n      para\n  lazy\n1. one\n2) two\n* \n+ plus\n-    five\n",
    "quotes": "> a\n> > b\nlazy\n> - item\n>     code\n>\n> c\n>> d\n>no space\n",
    "interrupt": "p\n# h\np\n> q\np\n- i\np\n2. no\np\n1. yes\np\n***\np\n```\nc\n```\np\n-\np\n",
    "front-matter": "---\ntitle: x\nlang: fr\n---\n# Bonjour\n\nTexte.\n",
    "unicode": "Ünï *émphase* «g» — “q” 日本 \u00a0nb\u00a0 \u2028sep\u0085nel\x0bvt\x0cff Httpſ://x\n",
    "entities": "&amp; &copy; &#123; &#x1F600; &nbsp;\n&nbsp;lead&nbsp; &bogus; AT&T\n",
    "long-line": "word " * 20000 + "\n" + "*a* " * 5000 + "\n" + "[x](y) " * 3000,
    "deep-quote": ">" * 10000 + " deep\n",
    "deep-list": "- " * 10000 + "x\n",
    "deep-mixed": "> - " * 5000 + "y\n",
    "indented-items": "-   one **bold\n    across** lines\n    and &amp; more\n-   two\n    &nbsp;lead\n\n    p  \n    e\n",
    "item-comment": "1.  item with <!-- a\n    comment\n\n    --> after\n2.  *em*\n      deeper\n   less\nlazy *x*\n",
    "item-tabs": "-   a\n    \tb *c*\n  \t d\n    \n    e\n- \tf\n    g `h\n    i` j\n",
    "item-nested": "- x\n  y **z**\n  - nested\n    more *m*\n      deepest\n  back\n",
    "item-trailing": "-   trailing  \n    blanks\t\n    [link\n    text](u)\n    x\n-   no break *a*\n    b",
    "item-quoted": "> -   quoted\n>     item *x*\n>     y\n\n-   crlf *a*\r\n    b\r\n",
}

PIECES = [
    "# ", "## ", "> ", "- ", "* ", "1. ", "2) ", "    ", "\t", "  ", " ", "```", "~~~", "---", "===", "***",
    "|", "| a | b |", "|---|---|", "[x]", "[x]: /u", "[x](/u)", "![i](p)", "<!--", "-->", "<b>", "<script>",
    "&amp;", "&#x41;", "\\", "\\*", "`", "``", "*", "**", "_", "__", "~~", "http://a.b/c", "www.x.y", "word",
    "Mot", "é", "\u00a0", "2*3", "a_b", "(", ")", "\n", "\n", "\n", "\r\n", "\r", "\n\n", "  \n", "\x00",
]

#: Pieces of the generated documents made of list items with indented continuation lines.
LIST_PIECES = [
    "-   ", "1.  ", "\n    ", "\n    ", "\n      ", "\n  ", "\n\t", "\n", "\n\n", "\n    \n", "word ", "Mot ",
    "*", "**", "_", "&amp;", "&nbsp;", "<!--", "-->", "[x](/u)", "`", "  ", "\t", "é", "\u00a0", "> ", "- ",
]


#: Pieces of the generated documents dense in inline markup: links and images, their
#: destinations and titles, reference labels, escapes, code spans, HTML and emphasis.
LINK_PIECES = [
    "[", "[", "[", "]", "]", "]", "![", "(", "(", ")", ")", "](", "][", "[]", "()", "<", ">", "\\", "\\", "`", "``",
    "*", "**", "_", "~~", "a", "a", "x y", " ", " ", "\n", "\t", '"', "'", "http://h", "www.w", "<a>", "<a b='",
    "<!--", "-->", "?>", "<?", "<!d", "<![CDATA[", "]]>", "&amp;", "\u00a0", "ß", "X", ":", "!", "\\[", "\\]",
    "[x]", "[a b]", "[ß]", "[x](/u)", "[x][a b]", "[x][]", "(/u \"t\")", "<u>", "2*3",
]

#: Link reference definitions put before some of the generated link documents.
LINK_DEFINITIONS = ["", "", "[x]: /u\n\n", "[a b]: /v\n[ß]: /w\n[ ]: /s\n\n", "[X]: /u\n[[]: /b\n[a]: /a\n\n"]

#: Shapes that once took quadratic time, at a size the old reader read quickly.
HOSTILE = {
    "nested-brackets": "[" * 300 + "a" + "]" * 300,
    "nested-links": "[" * 300 + "a" + "](b)" * 300,
    "nested-images": "![" * 200 + "a" + "](b)" * 200,
    "unclosed-links": "[a](" * 300,
    "unclosed-images": "![" * 300,
    "unclosed-empty-links": "[](" * 300,
    "unclosed-references": "[x]: /u\n\n" + "[a][" * 300,
    "nested-labels": "[x]: /u\n[" + "[" * 40 + " ]]: /v\n\n" + "[" * 300 + " " * 50 + "]" * 300,
    "star-brackets": "*[" * 300,
    "unclosed-destination": "[a](" + "b" * 3000,
    "unclosed-titles": "[a](b (" * 300,
    "angle-destinations": "[a](<" * 300,
    "escaped-brackets": "[\\]" * 300,
    "code-brackets": "[`]`" * 300,
    "mixed-emphasis": "*a " * 300 + "a_ " * 300,
    "url-parentheses": "www.a" + ")" * 3000,
    "processing-instructions": "<?" * 300,
    "declarations": "<!a" * 300,
    "cdata": "<![CDATA[" * 300,
}


def inputs(corpora: list[Path], generated: int) -> dict[str, str]:
    """Every input by name: corpus files, the tricky documents, then generated ones."""
    found: dict[str, str] = {}
    for corpus in corpora:
        for path in sorted(corpus.rglob("*.md")):
            found[str(path)] = decode(path.read_bytes(), path=str(path)).text
    for name, source in TRICKY.items():
        found["tricky:" + name] = source
    for name, source in HOSTILE.items():
        found["hostile:" + name] = source
    chooser = random.Random(1234)
    for number in range(generated):
        found[f"generated:{number}"] = "".join(chooser.choice(PIECES) for _ in range(chooser.randint(1, 80)))
    chooser = random.Random(5678)
    for number in range(generated // 3):
        pieces = (chooser.choice(LIST_PIECES) for _ in range(chooser.randint(1, 80)))
        found[f"generated-list:{number}"] = "".join(pieces)
    chooser = random.Random(9012)
    for number in range(generated):
        pieces = (chooser.choice(LINK_PIECES) for _ in range(chooser.randint(1, 60)))
        found[f"generated-links:{number}"] = chooser.choice(LINK_DEFINITIONS) + "".join(pieces)
    return found


def serialise(document: Document, source: str) -> str:
    """Everything the document exposes, with the position, end position and label of every offset."""
    source_map = document.source_map
    offsets = range(-2, len(document.text) + 3)
    starts = line_starts(source)
    return repr(
        (
            document.text,
            document.source == source,
            [(b.kind.value, b.start, b.end, b.level, b.section) for b in document.blocks],
            [(c.body, c.source_start, c.source_end) for c in document.comments],
            document.folded,
            document._language,
            [tuple(source_map.position(i)) for i in offsets],
            [tuple(source_map.position(i, end=True)) for i in offsets],
            [source_map.label(i) for i in offsets],
            starts,
            [source_map.line_text(source, line) for line in range(1, len(starts) + 1)],
        )
    )


def hashes(found: dict[str, str]) -> dict[str, str]:
    result = {}
    for name, source in found.items():
        for reader_name, reader in (("md", MarkdownReader()), ("txt", TextReader())):
            try:
                text = serialise(reader.read(source, path=name), source)
            except Exception as error:  # a reader that raises must keep raising the same way
                text = f"error: {type(error).__name__}"
            result[f"{reader_name}|{name}"] = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return result


def timing(corpora: list[Path], repeat: int) -> None:
    paths = [path for corpus in corpora for path in sorted(corpus.rglob("*.md"))]
    texts = [decode(path.read_bytes(), path=str(path)).text for path in paths]
    reader = MarkdownReader()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for path, text in zip(paths, texts):
            reader.read(text, path=str(path))
        best = min(best, time.perf_counter() - started)
    size = sum(map(len, texts))
    print(f"{len(paths)} files, {size / 1e6:.2f} M characters: {best:.3f} s, {size / 1e6 / best:.1f} MB/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("write", "check", "time"))
    parser.add_argument("snapshot", nargs="?", type=Path, help="the JSON file of hashes (write, check)")
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="a directory of .md files")
    parser.add_argument("--generated", type=int, default=3000, help="how many generated documents")
    parser.add_argument("--repeat", type=int, default=7, help="timing runs; the best is reported")
    options = parser.parse_args()
    if options.mode == "time":
        timing(options.corpus, options.repeat)
        return 0
    if options.snapshot is None:
        parser.error("write and check need a snapshot file")
    current = hashes(inputs(options.corpus, options.generated))
    if options.mode == "write":
        options.snapshot.write_text(json.dumps(current, indent=0))
        print(f"wrote {len(current)} hashes")
        return 0
    expected = json.loads(options.snapshot.read_text())
    differ = sorted(name for name in expected if current.get(name) != expected[name])
    missing = sorted(set(expected) - set(current))
    print(f"{len(expected)} compared, {len(differ)} differ ({len(missing)} inputs missing)")
    for name in differ[:30]:
        print("  differs:", name)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
