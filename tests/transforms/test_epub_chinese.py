"""Chinese e-books read from EPUB (session 30): small EPUBs built here from excerpts of
real books of hankinghu/literature-books (GitHub), their package files and chapters
copied in short. Clauses ``undeclared_prefix`` (transforms.epub),
``prose_heading_tag`` (transforms.html_prose_tags) and ``imprint_page``
(transforms.epub_imprint), through the reader and the
structure stage as ``longctx dataset`` runs them."""

from __future__ import annotations

import io
import zipfile

from schemas import Document
from transforms.clean import clean_text
from transforms.epub import book_in
from transforms.epub_imprint import without_imprint
from transforms.html_text import html_to_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

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


def _epub(opf: str, chapter: str = CHAPTER4) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", CONTAINER)
        z.writestr("OPS/fb.opf", opf)
        z.writestr("OPS/chapter4.htm", chapter)
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


def _sections(html: str) -> list[tuple[int, str]]:
    """(level, title) of the sections of an EPUB with ``html`` its one chapter."""
    doc = book_in(_epub(OPF_XSI, html), "b.epub", "b.epub", 10**6)
    text = clean_text(normalize_text(doc.text)).text
    sections = analyze_text(text, markup=doc.markup_headings).sections
    return [(s.level, s.title) for s in sections if s.title]


HEAD = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>"""

# 申东赫 & 布萊恩·哈登：逃出14號勞改營, OEBPS/Text/CH08.xhtml (the book's notes in <h4>).
NOTE_CHAPTER = (
    HEAD
    + """<h1>【導論 不曾聽過的愛】</h1>
  <p>南韓政府估計，這些勞改營大約關著十五萬四千名犯人，但美國國務院和幾個人權團體將數字\
提高至二十萬人。或許那是為了制止可能爆發的動亂，因為權力已開始從金正日轉移到他那年輕而未經\
試驗的兒子手中。*</p>

  <h4>*Amnesty International, "Images Reveal Scale of North Korean Political Prison Camps," \
May 3, 2011, <a href="https://www.amnesty.org/en/latest/news/2011/05/">\
https://www.amnesty.org/en/latest/news/2011/05/</a></h4>

  <p>根據南韓情報機關和人權團體的估計，北韓有六個勞改營，而最大的勞改營有三十一英里長，\
二十五英里寬，面積大於洛杉磯。</p>
  <p>* * *</p>
</body></html>"""
)

# 尤瓦尔·赫拉利：人类简史, text/part0006.html (figure captions in <h5>/<h6>).
CAPTION_CHAPTER = (
    HEAD
    + """<h2>第一章 人类：一种也没什么特别的动物</h2>
  <p class="calibre6">科学家也同意，大约7万年前，智人从东非扩张到阿拉伯半岛，并且很快席卷整个欧亚大陆。</p>
  <div class="chatu"><img alt="" src="../images/00003.jpeg" class="calibre10"/></div>
  <h5 class="sigilnotintoc">地图1 智人征服全球。</h5>
  <p class="calibre11">智人来到阿拉伯半岛的时候，欧亚大陆多半都已经住着其他的人种。那么，\
这些其他人种后来怎么了？关于这点有两种完全不同的理论。</p>
  <div class="chatu"><img alt="" src="../images/00004.jpeg" class="calibre10"/></div>
  <h6 class="indent">图3 推测的尼安德特男孩样貌重建图。基因证据显示，至少某些尼安德特人可能有\
白皙的皮肤、柔顺的头发。</h6>
  <p class="calibre11">根据混种繁衍理论，智人来到尼安德特人的地盘时，两个人种开始互通繁衍，\
直到合而为一。</p>
</body></html>"""
)

# 格伦·格林沃尔德：无处可藏, text/part0008.html (a quoted NSA document in <h6>), shortened.
DOCUMENT_CHAPTER = (
    HEAD
    + """<h2>第三章 全面收集</h2>
  <p class="calibre5">STORMBREW计划是“在与联邦调查局的机密合作”下完成的。有些“关卡”的名字实为虚构：</p>
  <h6 class="calibre17">（绝密//敏感信息//NF）2009年11月5日，SSO-OAKSTAR SILVERZEPHYR利用项目\
开始想NSAW发送DNI纪录，途径是借助合作伙伴网站安装的FAA WealthyCluster/Tellurian系统。SSO与\
数据流办公室协调，发送了大量数据来检验分区的有效性，结果发现极为成功。</h6>
  <p class="calibre9">同样，OAKSTAR计划内容是国安局私企合作“伙伴”之一利用外国电讯系统将数据拦截并\
转送到国安局数据库中。</p>
</body></html>"""
)


def test_prose_heading_tag_a_note_in_h4_is_no_section_and_stays_in_the_text():
    assert _sections(NOTE_CHAPTER) == [(1, "【導論 不曾聽過的愛】")]
    text = html_to_text(NOTE_CHAPTER)
    assert '\n\n*Amnesty International, "Images Reveal Scale' in text
    assert "\n\n\n\n*Amnesty" not in text  # no heading gap


def test_prose_heading_tag_figure_captions_are_no_sections():
    assert _sections(CAPTION_CHAPTER) == [(1, "第一章 人类：一种也没什么特别的动物")]
    assert "地图1 智人征服全球。" in html_to_text(CAPTION_CHAPTER)


def test_prose_heading_tag_a_quoted_document_of_two_sentences_is_no_section():
    assert _sections(DOCUMENT_CHAPTER) == [(1, "第三章 全面收集")]


def test_prose_heading_tag_chapter_titles_with_exclamations_and_scene_marks_stay():
    # 当年明月：明朝那些事儿, a chapter title in <h3> (two "！", no "。"); "* * *" in <h2>.
    html = HEAD + "<h3>第十二章 鄱阳湖！决死战！</h3><p>朱元璋知道，决战的时刻到了。</p>"
    html += "<h2>* * *</h2><p>陈友谅的大军已经到了。</p></body></html>"
    text = html_to_text(html)
    assert text.startswith("第十二章 鄱阳湖！决死战！\n\n\n朱元璋")
    assert "\n\n\n\n* * *\n\n\n" in text


# 纳西姆·塔勒布：反脆弱.epub, Fan_Cui_Ruo_split_001.html (calibre), its body whole.
IMPRINT = (
    HEAD
    + """
<p class="calibre8"><span class="calibre7"> 图书在版编目（CIP）数据 </span></p>
<p class="calibre8"><span class="calibre7"> 反脆弱 /（美）塔勒布著；雨珂译. —北京：中信出版社，2014.1 </span></p>
<p class="calibre8"><span class="calibre7"> 书名原文：Antifragile </span></p>
<p class="calibre8"><span class="calibre7"> ISBN 978–7–5086–4333–5 </span></p>
<p class="calibre8"><span class="calibre7"> I. ①反… II.①塔… ②雨… III. ①世界经济－通俗读物 IV. ①F11–49 </span></p>
<p class="calibre8"><span class="calibre7"> 中国版本图书馆CIP数据核字（2013）第267453号 </span></p>
<p class="calibre8"><span class="calibre7"> Antifragile:Things That Gain from Disorder by Nassim Nicholas Taleb </span></p>
<p class="calibre8"><span class="calibre7"> Copyright © 2012 by Nassim Nicholas Taleb </span></p>
<p class="calibre8"><span class="calibre7"> Simplified Chinese translation edition © 2014 by China CITIC Press </span></p>
<p class="calibre8"><span class="calibre7"> ALL RIGHTS RESERVED </span></p>
<p class="calibre8"><span class="calibre7"> 反脆弱 </span></p>
<p class="calibre8"><span class="calibre7"> 著 者：[美] 纳西姆·尼古拉斯·塔勒布 </span></p>
<p class="calibre8"><span class="calibre7"> 译 者：雨 珂 </span></p>
<p class="calibre8"><span class="calibre7"> 策划推广：中信出版社（China CITIC Press） </span></p>
<p class="calibre8"><span class="calibre7"> 出版发行：中信出版集团股份有限公司</span><br class="calibre5"/>
<span class="calibre7"> （北京市朝阳区惠新东街甲4号富盛大厦2座 邮编100029）</span><br class="calibre5"/>
<span class="calibre7"> （CITIC Publishing Group） </span></p>
<p class="calibre8"><span class="calibre7"> 电子书排版：张明霞 </span></p>
<p class="calibre5" style="margin:0pt; border:0pt; height:1em"> </p><div class="mbppagebreak" id="calibre_pb_1"></div>

</body></html>"""
)

# 安妮·阿普尔鲍姆：古拉格.epub: the translator's afterword ends the file the CIP record
# opens (text as read; the record shortened).
AFTERWORD = (
    HEAD
    + """<p>在给予我有形帮助的同时，朋友们也给了我坚持译书不可或缺的精神动力，这是我要特别感谢的。</p>
<p>译者</p><p>二○一二年十二月</p>
<p>图书在版编目（CIP）数据</p>
<p>古拉格 : 一部历史 / （美）阿普尔鲍姆（Applebaum,A.）著；戴大洪译.</p>
<p>ISBN 978-7-5133-1090-1</p><p>定 价：78.00元</p>
<p>版权专有，侵权必究；如有质量问题，请与出版社联系更换。</p></body></html>"""
)


def test_imprint_page_a_calibre_imprint_file_is_dropped():
    assert "ISBN 978–7–5086–4333–5" in html_to_text(IMPRINT)
    assert without_imprint(html_to_text(IMPRINT)) == ""
    long_chapter = IMPRINT.replace(
        "</body>", "<p>" + "我们家的祖籍是河北大城。" * 100 + "</p></body>"
    )
    assert without_imprint(html_to_text(long_chapter)) == html_to_text(long_chapter)


def test_imprint_page_the_afterword_before_the_record_stays():
    text = html_to_text(AFTERWORD)
    doc = book_in(_epub(OPF_XSI, AFTERWORD), "b.epub", "b.epub", 10**6)
    assert doc.text == text[: text.find("\n\n图书在版编目")]
    assert doc.text.endswith("译者\n\n二○一二年十二月")


def test_imprint_page_a_cip_heading_without_isbn_stays():
    html = AFTERWORD.replace("<p>ISBN 978-7-5133-1090-1</p>", "")
    assert "图书在版编目（CIP）数据" in book_in(_epub(OPF_XSI, html), "b", "b", 10**6).text


def test_prose_heading_tag_note_comma_english_headings_opening_with_an_asterisk_stay():
    # /usr/share/doc/libxslt1-dev/html/tutorial2/libxslt_pipes.html (DocBook), a section
    # title; rustc's platform-support/hermit.html, the page title.
    html = (
        '<html><body><div class="titlepage"><h2 class="title"><a name="id2771153"></a>'
        "*NIX Compiling and Linking</h2></div><p>Compiling and linking in a *NIX environment\n"
        "is easy, as the required libraries are almost certain to be already in\nplace</p>"
        "<h1>*-unknown-hermit</h1><p>The Hermit unikernel target allows compiling your "
        "applications into self-contained, specialized unikernel images.</p></body></html>"
    )
    headings: list[tuple[int, str]] = []
    text = html_to_text(html, headings=headings)
    assert headings == [(2, "*NIX Compiling and Linking"), (1, "*-unknown-hermit")]
    assert "place\n\n\n\n*-unknown-hermit\n\n\nThe Hermit" in text


def test_prose_heading_tag_short_scene_and_section_headings_with_a_full_stop_stay():
    # aozorabunko: ロミオとヂュリエット (cards/000264, 42773), its scene headings
    # ("第《だい》二｜場《ぢゃう》　　同處《どうしょ》。街上《がいじゃう》。" as 中見出し, ruby
    # dropped), and 47341's section "十一　算木及びその影響。支那数学の改造".
    html = (
        HEAD + "<h3>第二場　　同處。街上。</h3><p>（本文）</p>"
        "<h3>第三場　　同處。墓場。（此裡にカピューレット家代々の廟所ある體）。深夜。</h3>"
        "<p>（本文）</p><h2>十一　算木及びその影響。支那数学の改造</h2><p>x</p></body></html>"
    )
    headings: list[tuple[int, str]] = []
    html_to_text(html, headings=headings)
    assert [h[1] for h in headings] == [
        "第二場　　同處。街上。",
        "第三場　　同處。墓場。（此裡にカピューレット家代々の廟所ある體）。深夜。",
        "十一　算木及びその影響。支那数学の改造",
    ]


def test_imprint_page_the_copyright_heading_before_the_record_goes_too():
    # 牛津通识读本：生活中的心理学.epub, text/part0000.html (calibre), shortened: an <h1>
    # 版权信息 over the CIP record; nothing of the file is the book's text.
    html = (
        HEAD + '<h1 class="pic_center" id="h1_1">版权信息</h1><div class="con_text">'
        '<p class="c_js">图书在版编目（CIP）数据</p>'
        "<p>生活中的心理学/（英）巴特勒（Butler,G.），（英）麦克马纳斯（McManus,F.）著；"
        "韩邦凯译.——南京：译林出版社，2013.1</p><p>(牛津通识读本)</p>"
        "<p>ISBN　978-7-5447-2979-6</p><p>中国版本图书馆CIP数据核字（2012）第133135号</p>"
        "<p>书　　号　ISBN 978-7-5447-2979-6</p></div></body></html>"
    )
    text = html_to_text(html)
    assert text.startswith("版权信息\n")
    assert without_imprint(text) == ""
