"""Clause converter_headings (transforms.html_files, transforms.markup_headings): a page
Pandoc wrote is a document whose h-tags open sections. Markup: pandoc 2.17's own
standalone HTML5 of nodejs' doc/api/webcrypto.md (Debian nodejs 18 docs), cut short."""

from __future__ import annotations

from tests.transforms.test_markup_headings import _sections
from transforms.html_files import markup_source
from transforms.inputs import InputFile
from transforms.read import read_file

HEAD = """<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">
<head>
  <meta charset="utf-8" />
  <meta name="generator" content="pandoc" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes" />
  <title>webcrypto</title>
</head>
"""
BODY = """<body>
<h2 id="class-crypto">Class: <code>Crypto</code></h2>
<!-- YAML
added: v15.0.0
-->

<p><code>globalThis.crypto</code> is an instance of the
<code>Crypto</code> class. <code>Crypto</code> is a singleton that
provides access to the remainder of the crypto API.</p>
<h3 id="cryptosubtle"><code>crypto.subtle</code></h3>
<ul>
<li>Type: {SubtleCrypto}</li>
</ul>
<p>Provides access to the <code>SubtleCrypto</code> API.</p>
<h3
id="cryptogetrandomvaluestypedarray"><code>crypto.getRandomValues(typedArray)</code></h3>
<ul>
<li><code>typedArray</code> {Buffer|TypedArray}</li>
<li>Returns: {Buffer|TypedArray}</li>
</ul>
<p>Generates cryptographically strong random values. The given
<code>typedArray</code> is filled with random values, and a reference to
<code>typedArray</code> is returned.</p>
<p>An error will be thrown if the given <code>typedArray</code> is
larger than 65,536 bytes.</p>
<h3 id="cryptorandomuuid"><code>crypto.randomUUID()</code></h3>
<ul>
<li>Returns: {string}</li>
</ul>
<p>Generates a random <a
href="https://www.rfc-editor.org/rfc/rfc4122.txt">RFC 4122</a> version 4
UUID. The UUID is generated using a cryptographic pseudorandom number
generator.</p>
</body>
</html>
"""


def _read(tmp_path, markup: str):
    path = tmp_path / "webcrypto.html"
    path.write_text(markup, encoding="utf-8")
    (doc,) = read_file(InputFile(str(path), "webcrypto.html"))
    return doc


def test_converter_headings_pandoc_page_headings_open_sections(tmp_path):
    doc = _read(tmp_path, HEAD + BODY)
    assert {m.source for m in doc.markup_headings} == {"document"}
    assert _sections(doc) == [
        (1, "Class: Crypto"),
        (2, "crypto.subtle"),
        (2, "crypto.getRandomValues(typedArray)"),
        (2, "crypto.randomUUID()"),
    ]
    # the same page without Pandoc's generator <meta> is a web page: its h-tags only
    # re-level what the text rules found (rule page_headings_relevel)
    page = _read(tmp_path, HEAD.replace('content="pandoc"', 'content="WordPress 6.4"') + BODY)
    assert {m.source for m in page.markup_headings} == {"page"}
    assert len(_sections(page)) < 4


def test_converter_headings_reads_the_generator_meta_only():
    assert markup_source('<meta content="pandoc" name="generator">') == "document"
    assert markup_source('<META NAME=generator CONTENT="Pandoc 3.1">') == "document"
    assert markup_source('<meta name="description" content="pandoc tips">') == "page"
    assert markup_source("<p>Written with pandoc.</p>") == "page"
