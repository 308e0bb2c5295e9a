"""Chinese e-books read from EPUB (session 31): clauses ``book_title_running_head`` and
``label_over_heading`` (transforms.epub_running_heads), ``ad_page``
(transforms.epub_imprint). Small EPUBs built here from excerpts of real books of
hankinghu/literature-books (GitHub): 茅海建：天朝的崩溃——鸦片战争再研究 (第1版).epub (Sigil;
OEBPS/content.opf's title, toc.ncx's entries, Text/Introduction.xhtml, chapter01.xhtml and
chapter02-1.xhtml, each cut after its first paragraphs and section heading), and the
中信出版社 pages of 纳西姆·塔勒布：反脆弱 and 书仓's page of 钱穆：中国历代政治得失."""

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
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""

OPF = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="BookId" version="2.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>天朝的崩溃：鸦片战争再研究</dc:title>
  </metadata>
  <manifest>
    <item href="toc.ncx" id="ncx" media-type="application/x-dtbncx+xml"/>
    <item href="Text/Introduction.xhtml" id="Introduction.xhtml" media-type="application/xhtml+xml"/>
    <item href="Text/chapter01.xhtml" id="chapter01.xhtml" media-type="application/xhtml+xml"/>
    <item href="Text/chapter02-1.xhtml" id="chapter02-1.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx">
    <itemref idref="Introduction.xhtml"/>
    <itemref idref="chapter01.xhtml"/>
    <itemref idref="chapter02-1.xhtml"/>
  </spine>
</package>"""


def _point(n: int, label: str, src: str, inner: str = "") -> str:
    return (
        f'<navPoint id="navPoint-{n}" playOrder="{n}"><navLabel><text>{label}</text></navLabel>'
        f'<content src="{src}"/>{inner}</navPoint>'
    )


NCX = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>'
    '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
    "<docTitle><text>天朝的崩溃：鸦片战争再研究</text></docTitle><navMap>"
    + _point(
        6,
        "绪论 由琦善卖国而想到的",
        "Text/Introduction.xhtml#sigil_toc_id_2",
        _point(7, "一、琦善其人", "Text/Introduction.xhtml#sigil_toc_id_3"),
    )
    + _point(
        11,
        "第一章 清朝的军事力量",
        "Text/chapter01.xhtml#sigil_toc_id_7",
        _point(12, "一、武器装备", "Text/chapter01.xhtml#sigil_toc_id_8"),
    )
    + _point(
        16,
        "第二章 骤然而至的战争",
        "Text/chapter02-1.xhtml#sigil_toc_id_11",
        _point(17, "一、从严禁吸食到严禁海口", "Text/chapter02-1.xhtml#sigil_toc_id_12"),
    )
    + "</navMap></ncx>"
)


def _chapter(
    label: str, toc_id: int, head: str, title: str, paragraphs: list[str], sub: str
) -> str:
    body = "\n".join(f"    <p>\u3000\u3000{p}</p>" for p in paragraphs)
    return f"""<?xml version="1.0" encoding="utf-8" standalone="no"?>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">
<head><title>{label}</title></head>
<body>
  <div>
    <h6 class="sigil_not_in_toc">天朝的崩溃<br />
    <b>鸦片战争再研究</b></h6>

    <h5 class="sigil_not_in_toc">{label}</h5>

    <h2 id="sigil_toc_id_{toc_id}">{head}<br />
    <b>{title}</b></h2>
  </div>

  <div>
    <p>&nbsp;</p>

    <p>&nbsp;</p>
{body}

    <h3 id="sigil_toc_id_{toc_id + 1}"><img alt="" src="../Images/h3logo.png" />{sub}</h3>

    <p>\u3000\u3000{paragraphs[0]}</p>
  </div>
</body>
</html>"""


CHAPTERS = {
    "OEBPS/Text/Introduction.xhtml": _chapter(
        "I",
        2,
        "绪论",
        "由琦善卖国而想到的",
        [
            "中国的历史学，最注重人物评价。打开史籍，善恶忠奸分明，好人坏人一目了然。",
            "可是，琦善果真卖国吗？",
        ],
        "一、琦善其人",
    ),
    "OEBPS/Text/chapter01.xhtml": _chapter(
        "1",
        7,
        "第一章",
        "清朝的军事力量",
        [
            "尽管现代人已对战争下了数以百计的定义，但是，战争最基本的实质只是两支军事力量之间的对抗。",
            "鸦片战争是清军与英军的军事对抗，要判断清王朝能否获胜，首先就得考察清王朝的军事力量，"
            "并参照英国远征军的力量，进行评估。",
        ],
        "一、武器装备",
    ),
    "OEBPS/Text/chapter02-1.xhtml": _chapter(
        "2",
        11,
        "第二章",
        "骤然而至的战争",
        [
            "如果以今天所能掌握的资讯作出判断，那么，清王朝此时最为明智的策略是，避免与英国的战争。",
            "事情得从林则徐使粤说起。",
        ],
        "一、从严禁吸食到严禁海口",
    ),
}


def _epub(chapters: dict[str, str], opf: str = OPF) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", CONTAINER)
        z.writestr("OEBPS/content.opf", opf)
        z.writestr("OEBPS/toc.ncx", NCX)
        for name, html in chapters.items():
            z.writestr(name, html)
    return sink.getvalue()


def _sections(data: bytes) -> tuple[str, list[tuple[int, str]]]:
    doc = book_in(data, "b.epub", "b.epub", 10**6)
    assert isinstance(doc, Document)
    text = clean_text(normalize_text(doc.text)).text
    sections = analyze_text(text, markup=doc.markup_headings).sections
    return text, [(s.level, s.title) for s in sections if s.title]


def test_book_title_over_every_chapter_and_the_chapter_numbers_are_no_sections():
    text, sections = _sections(_epub(CHAPTERS))
    titles = [t for _, t in sections]
    assert "天朝的崩溃鸦片战争再研究" not in titles  # clause book_title_running_head
    assert not {"I", "1", "2"} & set(titles)  # clause label_over_heading
    assert titles == [
        "绪论由琦善卖国而想到的",
        "一、琦善其人",
        "第一章清朝的军事力量",
        "一、武器装备",
        "第二章骤然而至的战争",
        "一、从严禁吸食到严禁海口",
    ]
    assert [level for level, _ in sections] == [1, 2, 1, 2, 1, 2]
    # the text keeps the lines: only the headings go
    assert text.count("天朝的崩溃鸦片战争再研究") == 3


def test_a_title_h_tag_set_once_stays():
    """Set once (a title page), the book's title is no running head: MIN_REPEATS."""
    one = dict(CHAPTERS)
    for name in ("OEBPS/Text/chapter01.xhtml", "OEBPS/Text/chapter02-1.xhtml"):
        one[name] = one[name].replace("天朝的崩溃<br />\n    <b>鸦片战争再研究</b>", "")
    _, sections = _sections(_epub(one))
    assert "天朝的崩溃鸦片战争再研究" in [t for _, t in sections]


def test_a_number_over_lower_headings_heads_them():
    """``<h2>2</h2>`` over ``<h3>`` sections (a chapter numbered only) stays a section."""
    html = CHAPTERS["OEBPS/Text/chapter02-1.xhtml"]
    html = html.replace('<h5 class="sigil_not_in_toc">2</h5>', "<h2>2</h2>")
    html = html.replace('<h2 id="sigil_toc_id_11">', '<h3 id="sigil_toc_id_11">')
    html = html.replace("<b>骤然而至的战争</b></h2>", "<b>骤然而至的战争</b></h3>")
    _, sections = _sections(_epub({**CHAPTERS, "OEBPS/Text/chapter02-1.xhtml": html}))
    assert "2" in [t for _, t in sections]


# 纳西姆·塔勒布：反脆弱——从不确定性中获益.epub: the spine file after the title page.
CITIC = """<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>
<p>中信出版社官网：http://www.publish.citic.com/</p>
<p>官方微博：http://weibo.com/citicpub</p>
<p>更多好书，尽在中信飞书 App：http://m.feishu8.com（中信电子书直销平台）</p>
</body></html>"""
# 钱穆：中国历代政治得失.epub: 书仓's page (paragraphs cut after their first sentence).
SHUCANG = """<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>
<h2>关于书仓</h2>
<p>书仓（Shucang.com），旨在为阅读者弥合数字时代电子化阅读中的各种障碍。</p>
<p>目前，书仓网提供了在线的电子书刊制作工具，不用下载软件，人们就可以自己动手制作电子书刊。</p>
<p>想要惬意的阅读，到书仓来吧。</p>
<p>标准版：http://www.shucang.com</p>
<p>手机版：http://shucang.com/m</p>
</body></html>"""


def test_ad_page_a_publishers_link_page_goes():
    assert without_imprint(html_to_text(CITIC)) == ""
    assert without_imprint(html_to_text(SHUCANG)) == ""
    data = _epub({**CHAPTERS, "OEBPS/Text/chapter01.xhtml": CITIC})
    doc = book_in(data, "b.epub", "b.epub", 10**6)
    assert "weibo.com" not in doc.text and "清王朝此时最为明智的策略" in doc.text


def test_ad_page_a_chapter_citing_sites_stays():
    """Two link lines in a long spine file (a chapter's sources), or without a book shop's
    word, are no shop page."""
    chapter = html_to_text(CHAPTERS["OEBPS/Text/chapter01.xhtml"])
    links = (
        "\n\n官方微博：http://weibo.com/citicpub\n\n中信出版社官网：http://www.publish.citic.com/"
    )
    assert without_imprint(chapter + links) == chapter + links  # no shop word
    long = chapter * 4 + links + "\n\n更多好书"
    assert without_imprint(long) == long  # over AD_PAGE_CHARS


def test_only_level_0_marks_leave_the_text_rules_headings():
    """A book whose only h-tags are running heads gives level-0 marks only: the structure
    stage keeps the text rules' headings (it raised IndexError before)."""
    from schemas import MarkupHeading
    from transforms.markup_headings import with_markup_headings

    text = "天朝的崩溃鸦片战争再研究\n\n\n\n可是，琦善果真卖国吗？\n"
    marks = (MarkupHeading(0, "天朝的崩溃鸦片战争再研究", 0, 0, "epub"),)
    assert with_markup_headings(text, [], marks) == []


# Review (session 31): a front page with ONE shop link line is no shop's page. hankinghu/
# literature-books b199 (万历十五年, a TXT site's copy), its opening lines as the source has
# them: one line with 下载地址 and a link, 电子书 on three lines; with MIN_AD_LINES = 1 the
# book's title page would go.
_B199_FRONT = (
    "本书由TXT小说电子书下载网站http://www.txtbook.com.cn提供.\n"
    "声明：本书仅供读者预览,请在下载24小时内删除，不得用作商业用途；如果喜欢请购买正版图书！\n\n"
    "1.推荐使用TXTBOOK Reader 电子书阅读器V3.1阅读电子书，下载地址：http://www.txtbook.com.cn/reader/\n\n"
    "2.手机访问TXTBOOK wap网站：http://wap.txtbook.com.cn，享受随时随地的阅读\n\n"
    "3.找小说，上小说找着看：http://zzk.txtbook.com.cn\n\n"
    "4.下载手机软件，游戏，上3G手机资源：http://3g.txtbook.com.cn\n\n"
    "万历十五年\n"
)


def test_ad_page_needs_two_link_lines_b199_front_stays():
    assert without_imprint(_B199_FRONT) == _B199_FRONT
