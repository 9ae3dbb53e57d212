"""Reading speed per document format: how fast each reader turns a file into a Document.

Run from the repository root:

    python benchmarks/read_formats.py [--size-kb 1000] [--repeat 5]

The same deterministic policy prose (English and French paragraphs with
headings, lists and typographic punctuation) is written as plain text,
Markdown, HTML, XML (Akoma Ntoso), DOCX and ODT; each file is read with the
reader claimcheck would pick for it, several times, and the best time is
reported as MB/s of input file and as paragraphs per second.  Formats whose
reader is not installed are skipped.  Zip formats (DOCX, ODT) are compressed,
so compare formats by "text MB/s": megabytes of prose extracted per second.
"""

from __future__ import annotations

import argparse
import io
import platform
import random
import time
import zipfile
from html import escape
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape as xml_escape

from claimcheck.config import default_settings
from claimcheck.decode import decode
from claimcheck.runtime import build_runtime

SENTENCES_EN = [
    "NATO and Japan have deepened their partnership since the 2014 programme.",
    "Japan's new National Security Strategy raises defence spending to 2 % of GDP by fiscal year 2027.",
    "Undoubtedly, cyber defence and maritime security are the fields where cooperation pays.",
    "China has warned against an “Asian NATO”, and the risk of miscalculation is real.",
    "Article 9 of Japan's constitution limits any a-priori military obligation.",
]
SENTENCES_FR = [
    "L’OTAN et le Japon ont approfondi leur partenariat depuis le programme de 2014.",
    "La nouvelle stratégie de sécurité nationale porte le budget de défense à 2 % du PIB.",
    "Sans aucun doute, la cyberdéfense et la sécurité maritime sont des domaines prometteurs.",
    "La Chine a mis en garde contre une « OTAN du Pacifique » et le risque d’erreur de calcul.",
    "L’article 9 de la Constitution japonaise limite toute obligation militaire a priori.",
]


def paragraphs(size_bytes: int, seed: int = 2023) -> list[tuple[str, str]]:
    """(kind, text) pairs — "h" for a heading, "p" for a paragraph — about ``size_bytes`` of UTF-8 prose."""
    chooser = random.Random(seed)
    out: list[tuple[str, str]] = []
    total = 0
    number = 0
    while total < size_bytes:
        if number % 12 == 0:
            out.append(("h", f"Section {number // 12 + 1}"))
        pool = SENTENCES_FR if number % 2 else SENTENCES_EN
        text = " ".join(chooser.choice(pool) for _ in range(chooser.randint(2, 5)))
        out.append(("p", text))
        total += len(text.encode("utf-8")) + 2
        number += 1
    return out


def as_text(parts: list[tuple[str, str]]) -> bytes:
    return "\n\n".join(text for _, text in parts).encode("utf-8")


def as_markdown(parts: list[tuple[str, str]]) -> bytes:
    return "\n\n".join(f"## {text}" if kind == "h" else text for kind, text in parts).encode("utf-8")


def as_html(parts: list[tuple[str, str]]) -> bytes:
    body = "\n".join(f"<h2>{escape(text)}</h2>" if kind == "h" else f"<p>{escape(text)}</p>" for kind, text in parts)
    return f"<!DOCTYPE html>\n<html><head><title>Bench</title></head><body>\n{body}\n</body></html>\n".encode("utf-8")


def as_akoma_ntoso(parts: list[tuple[str, str]]) -> bytes:
    items = []
    for index, (kind, text) in enumerate(parts):
        if kind == "h":
            items.append(f'<heading eId="sec_{index}">{xml_escape(text)}</heading>')
        else:
            items.append(f'<paragraph eId="para_{index}"><content><p>{xml_escape(text)}</p></content></paragraph>')
    body = "\n".join(items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="bench"><mainBody>\n'
        f"{body}\n</mainBody></doc></akomaNtoso>\n"
    ).encode("utf-8")


def as_docx(parts: list[tuple[str, str]]) -> bytes:
    word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraphs_xml = []
    for kind, text in parts:
        style = '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' if kind == "h" else ""
        paragraphs_xml.append(f'<w:p>{style}<w:r><w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:p>')
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{word}"><w:body>{"".join(paragraphs_xml)}</w:body></w:document>'
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def as_odt(parts: list[tuple[str, str]]) -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = "".join(
        f'<text:h text:outline-level="2">{xml_escape(text)}</text:h>' if kind == "h" else f"<text:p>{xml_escape(text)}</text:p>"
        for kind, text in parts
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" xmlns:text="{text_ns}">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


FORMATS: dict[str, tuple[str, Callable[[list[tuple[str, str]]], bytes]]] = {
    "text": (".txt", as_text),
    "markdown": (".md", as_markdown),
    "html": (".html", as_html),
    "xml (Akoma Ntoso)": (".xml", as_akoma_ntoso),
    "docx": (".docx", as_docx),
    "odt": (".odt", as_odt),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-kb", type=int, default=1000, help="prose per file, in KB (default 1000)")
    parser.add_argument("--repeat", type=int, default=5, help="reads per format; the best is reported (default 5)")
    options = parser.parse_args()
    runtime = build_runtime(default_settings(Path.cwd()))
    parts = paragraphs(options.size_kb * 1000)
    print(f"claimcheck reading speed — {platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(f"{len(parts)} paragraphs of prose (~{options.size_kb} KB), best of {options.repeat} reads\n")
    print(f"{'format':<20}{'file size':>12}{'file MB/s':>11}{'text MB/s':>11}{'paragraphs/s':>15}{'text chars':>12}")
    for name, (suffix, render) in FORMATS.items():
        reader = runtime.readers.get(suffix)
        if reader is None or (suffix != ".txt" and reader is runtime.readers[".txt"]):
            print(f"{name:<20}{'(no reader installed)':>49}")
            continue
        data = render(parts)
        best = float("inf")
        document = None
        for _ in range(options.repeat):
            started = time.perf_counter()
            if getattr(reader, "binary", False):
                document = reader.read(data, path=f"bench{suffix}")
            else:
                document = reader.read(decode(data, path=f"bench{suffix}").text, path=f"bench{suffix}")
            best = min(best, time.perf_counter() - started)
        assert document is not None
        text_megabytes = len(document.text.encode("utf-8")) / 1e6
        print(
            f"{name:<20}{len(data) / 1000:>9.0f} KB{len(data) / 1e6 / best:>11.1f}{text_megabytes / best:>11.1f}"
            f"{len(parts) / best:>15,.0f}{len(document.text):>12,}"
        )


if __name__ == "__main__":
    main()
