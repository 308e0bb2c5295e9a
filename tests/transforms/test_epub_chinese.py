"""Chinese e-books read from EPUB (session 30): small EPUBs built here from excerpts of
real books of hankinghu/literature-books (GitHub), their package files and chapters
copied in short. Clause ``undeclared_prefix`` (transforms.epub)."""

from __future__ import annotations

import io
import zipfile

from schemas import Document
from transforms.epub import book_in

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OPS/fb.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""

# 张学良 & 唐德刚：张学良口述历史.epub, OPS/fb.opf (epubBuilder, cnepub.com), shortened:
# ``xsi:type`` with no ``xmlns:xsi`` anywhere.
OPF_XSI = """<?xml version="1.0" encoding="UTF-8" ?>

<package version="2.0" unique-identifier="PrimaryID" xmlns="http://www.idpf.org/2007/opf">

<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
<dc:title>张学良口述历史</dc:title>
<dc:identifier opf:scheme="ISBN"></dc:identifier>
<dc:language>简体中文</dc:language>
<dc:creator>唐德刚</dc:creator>
<dc:publisher>epub掌上书苑</dc:publisher>
<dc:source>http://www.cnepub.com</dc:source>
<dc:date xsi:type="dcterms:W3CDTF">2009-05-05</dc:date>
</metadata>
<manifest>
<item id="chapter4"  href="chapter4.htm"  media-type="application/xhtml+xml"/>
<item id="ncx"  href="fb.ncx" media-type="application/x-dtbncx+xml"/>
</manifest>
<spine toc="ncx">
<itemref idref="chapter4" linear="yes"/>
</spine>
</package>"""

CHAPTER4 = """<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>第一章 身世：大帅起自草莽</title>
</head>
<body><div><h3>第一章 身世：大帅起自草莽</h3></div>
<p>我们家的祖籍是河北大城，我们家本来是姓李的，是张家的女孩子嫁到李家去，生了个儿子，\
可是张家没有后人，就把李家的孩子抱一个回来，过继了一个，就姓张了。</p>

<p>这个族谱后来叫我给找到了。</p>
</body></html>"""


def _epub(opf: str) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", CONTAINER)
        z.writestr("OPS/fb.opf", opf)
        z.writestr("OPS/chapter4.htm", CHAPTER4)
    return sink.getvalue()


def test_undeclared_prefix_an_epubbuilder_package_with_xsi_undeclared_is_read():
    doc = book_in(_epub(OPF_XSI), "b.epub", "b.epub", 10**6)
    assert isinstance(doc, Document)
    assert doc.text.splitlines()[0] == "第一章 身世：大帅起自草莽"
    assert "这个族谱后来叫我给找到了。" in doc.text


def test_undeclared_prefix_other_xml_errors_stay_broken_epub():
    doc = book_in(_epub(OPF_XSI.replace("</manifest>", "")), "b.epub", "b.epub", 10**6)
    assert not isinstance(doc, Document)
    assert doc.reason == "broken_epub"
    assert "is not XML" in doc.error
