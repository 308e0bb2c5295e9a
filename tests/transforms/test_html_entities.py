"""Rules html_entity, escaped_tag, stray_html_tag and their narrowing clauses
(transforms.html_entities), on lines of the real inputs that showed them."""

import dataclasses

from schemas.records import Document
from transforms.boilerplate import remove_boilerplate
from transforms.html_entities import html_edits, markup_source
from transforms.textedit import apply_edits


def cleaned(text: str) -> str:
    return apply_edits(text, html_edits(text))[0]


def test_numeric_references_in_a_web_novel_are_decoded():
    # zzk6780051/novel, 交错时光的爱恋_席绢 and 龙族5悼亡者归来
    assert cleaned("但，回到古代&#8212;&#8212;太荒唐了吧！") == "但，回到古代——太荒唐了吧！"
    assert cleaned("原本&#39;威武&#39;这个词跟他搭不上边") == "原本'威武'这个词跟他搭不上边"


def test_double_escaped_references_are_decoded_all_the_way():
    # zzk6780051/novel, DNF圣职者转生异界 and 生活因你火热
    assert cleaned("矮人萨金斯……@&amp;amp;amp;%……呕！") == "矮人萨金斯……@&%……呕！"
    assert cleaned("陈秋白&amp;amp;易祎") == "陈秋白&易祎"


def test_escaped_and_stray_tags_are_cut():
    # zzk6780051/novel, 重生之校园最强兵王 (escaped) and DNF圣职者转生异界 (a span's end)
    line = "起诉的权利》&lt;/p&gt;下一段"
    assert cleaned(line) == "起诉的权利》下一段"
    assert cleaned("    谷</span>\n") == "    谷\n"
    # rcdm-uga/Gutenberg_Text, Grimm's Fairy Tales: a paragraph tag opening its line
    assert cleaned("<p>So he went, and when he got there") == "So he went, and when he got there"


def test_paired_tags_in_a_gutenberg_book_are_cut():
    # ../shared data en_gutenberg pg18857 and pg52319
    assert cleaned("tissues--<i>i.e.</i>, I was hungry") == "tissues--i.e., I was hungry"
    assert cleaned("shudders mortally at <b>marriage</b>, together") == (
        "shudders mortally at marriage, together"
    )


def test_bbc_article_references_are_decoded():
    # ../shared/data sum_bbc_news: "communiqu&#233;", a title "&#163;1.8m indecency fine"
    assert cleaned("a G7 communiqu&#233; for achieving") == "a G7 communiqué for achieving"
    assert cleaned("&#163;1.8m indecency fine for Viacom") == "£1.8m indecency fine for Viacom"


def test_ampersands_and_brackets_of_prose_stay():
    text = "AT&T, &c. and A&P; if x<y then a <b> c; write &amp; for one; <I conclude> that"
    assert cleaned(text) == text
    # an HTML5-only short name: "r&ap;b" is a broken "r&amp;b" (娱乐圈是我的), not "≈"
    assert cleaned("包含了摇滚、说唱、r&ap;b、古典") == "包含了摇滚、说唱、r&ap;b、古典"
    # Darwin's editorial brackets (rcdm-uga/Gutenberg_Text) at a line's end
    assert cleaned("we know the limit <I conclude>\n") == "we know the limit <I conclude>\n"


def test_html_subject_kept():
    text = "In HTML, &nbsp;&nbsp; makes two spaces and <b>bold</b> marks bold."
    assert cleaned(text) == text
    assert cleaned("use `&lt;p&gt;` here\n") == "use `&lt;p&gt;` here\n"
    # an HTML primer's example line (tests/transforms/test_comment_notices.py)
    line = '<p class="note"><!-- see http://www.w3.org/TR/html4/ --> Download the file.</p>\n'
    assert cleaned(line) == line


def test_markup_source_is_not_decoded_twice():
    assert markup_source("book.epub") and markup_source("site/page.html.gz")
    assert not markup_source("novel.txt")
    doc = Document("a.html", "a.html", "陈秋白&amp;amp;易祎\n")
    assert remove_boilerplate(doc).text == doc.text
    txt = dataclasses.replace(doc, doc_id="a.txt", source="a.txt")
    assert remove_boilerplate(txt).text == "陈秋白&易祎\n"


def test_coded_site_ad_is_cut():
    # zzk6780051/novel, 妖孽龙皇在都市: the ad after a sentence, coded around the book's title
    ad = (
        "&#x767E;&#x9540;&#x4E00;&#x4E0B;&#x201C;妖孽龙皇在都市&#x722A;&#x4E66;&#x5C4B;"
        "&#x201D;&#x6700;&#x65B0;&#x7AE0;&#x8282;"
    )
    prose = "陆凡顿时脸色大变！" * 20
    assert cleaned(prose + ad + "\n") == prose + "\n"
    # a text written all in references is not an island of code in plain Chinese: decoded
    assert cleaned("&#x767E;&#x5EA6;&#x641C;&#x7D22;&#x3010;&#x4E91;") == "百度搜索【云"


def test_escaped_tag_of_another_name_and_references_beside_cjk_punctuation():
    # zzk6780051/novel, 大唐再起 ("&lt;/tent&gt;" after a sentence) and 龙族5 (Greek letters)
    assert cleaned("杨师璠连夜请教。&lt;/tent&gt;\n") == "杨师璠连夜请教。\n"
    assert cleaned("罗马字母：&alpha;，阿尔法；&beta;，贝塔") == "罗马字母：α，阿尔法；β，贝塔"
    # between spaces: decoded, not cut (a "<b>" between spaces is not a stray tag either)
    assert cleaned("if a &lt;b&gt; c") == "if a <b> c"


def test_template_argument_at_a_line_end_is_kept():
    # clause stray_html_tag_type_argument: /usr/share/doc/gcc-12-base/C++/changelog.libstdc++
    line = (
        "\tDefine __gnu_ieee128::num_get<C>::_M_extract_int[abi:cxx11]<I>\n\tsymbols as aliases\n"
    )
    assert cleaned(line) == line
    # a real italic pair still goes (rcdm-uga/Gutenberg_Text, Verne's An Antarctic Mystery)
    assert cleaned("the Chilian two-master <i>Penãs</I> set") == "the Chilian two-master Penãs set"


def test_tags_inside_a_fenced_code_block_are_kept():
    # clause html_subject_kept_fenced_code: jbts6/wuxia-novel,
    # .trellis/tasks/archive/2026-07/07-20-dashboard-ux/design.md
    text = (
        "**实现方案**：\n```typescript\n// 使用 Tailwind 的响应式前缀\n"
        '<div className="hidden lg:block">\n  {/* 完整表格 */}\n</div>\n```\n\n'
        "正文<br>\n"
    )
    assert cleaned(text) == text.replace("正文<br>", "正文")


def test_a_tag_ending_its_line_is_cut():
    # hankinghu/literature-books 我负丹青.txt (its "&nbsp" without ";": clause
    # html_entity_no_semicolon, session 32) and
    # /usr/share/doc/libjpeg-dev/README.md
    assert cleaned("吴冠中\u3000\u30002004年春节&nbsp&nbsp</p>\r\n\r\n家贫") == (
        "吴冠中\u3000\u30002004年春节  \r\n\r\n家贫"
    )
    assert cleaned("- **TurboJPEG API**<br>\n  This API provides") == (
        "- **TurboJPEG API**\n  This API provides"
    )


def test_a_pair_across_the_lines_of_a_paragraph_is_cut():
    # clause stray_html_tag_paragraph_pair: ../shared data en_gutenberg pg18857
    text = (
        "all the other sciences. My anxiety was to gain real <i>knowledge of the\n"
        "earth</i>. Geology and mineralogy were to us the sole objects of life, and\n\n"
        "    <i>In Sneffels Yoculis craterem kem delibat\n"
        "    Kod feci. Arne Saknussemm</i>\n\n\n"
        "Which dog Latin being translated, reads as follows:\n"
    )
    assert cleaned(text) == text.replace("<i>", "").replace("</i>", "")
    # no pair across a blank line: "<i>" alone in prose stays
    assert cleaned("a <i> b\n\nc </i> d\n") == "a <i> b\n\nc </i> d\n"


def test_a_coded_run_without_site_words_is_decoded_not_cut():
    # clause coded_site_ad_words: the ad of gm3 (a fresh web novel, /tmp/wtD31/fresh) is cut;
    # a quoted poem coded the same way (constructed: no real text seen) is decoded, kept
    ad = (
        "&#x767E;&#x5EA6;&#x641C;&#x7D22;&#x3010;&#x4E91;&#x6765;&#x9601;&#x3011;"
        "&#x5C0F;&#x8BF4;&#x7F51;&#x7AD9;&#xFF0C;&#x8BA9;&#x4F60;&#x4F53;&#x9A8C;"
    )
    prose = "陆凡顿时脸色大变！" * 20
    assert cleaned(prose + "\n    " + ad + "\n") == prose + "\n    \n"
    poem = "".join(f"&#{ord(c)};" for c in "床前明月光疑是地上霜")
    assert cleaned(prose + "引文：" + poem + "\n") == prose + "引文：床前明月光疑是地上霜\n"


def test_html_entity_no_semicolon_references_are_decoded():
    """Clause html_entity_no_semicolon (session 32): what a browser decodes without ";"."""
    # hankinghu/literature-books 我负丹青 ("&nbsp&nbsp</p>"), 形而上学 ("&quot" before a
    # page split), 血色浪漫 ("&#39" the same), 黑铁时代 (a full-width "；")
    assert cleaned("吴冠中\u3000\u30002004年春节&nbsp&nbsp</p>\r\n\r\n家贫") == (
        "吴冠中\u3000\u30002004年春节  \r\n\r\n家贫"
    )
    assert cleaned("我们认为这些砖石是&quot\r\n") == '我们认为这些砖石是"\r\n'
    assert cleaned("你猜旗子上写什么？&#39;要莋爱，不要作战。&#39\r\n") == (
        "你猜旗子上写什么？'要莋爱，不要作战。'\r\n"
    )
    assert cleaned("《小五义&gt；。《南唐二主词》") == "《小五义>。《南唐二主词》"
    # zzk6780051/novel 极品宝贝无敌妻: escaped twice, then a full-width "；"
    assert cleaned("谢天谢地了。&amp;amp;#8226；\n") == "谢天谢地了。•\n"


def test_html_entity_no_semicolon_guards():
    """Clause html_entity_no_semicolon: prose ampersands (../shared/data sum_bbc_news:
    "Standard & Poor's (S&P)", "(R&D)"; hankinghu 胡适口述自传 "Mr.&Mrs.GeorgeHoblin"),
    "&c.", a URL's query string (zzk6780051/novel 龙族5 "wap.php?action=list&id=50166")
    and names running on into a word stay."""
    text = "Standard & Poor's (S&P), (R&D), AT&T, &c. Mr.&Mrs.GeorgeHoblin x &amp y"
    assert cleaned(text) == text
    for url in ("wap.php?action=list&id=50166", "a.php?x=1&lt=2", "b?c=1&quot=2&amp"):
        assert cleaned(f"访问 {url} 吧") == f"访问 {url} 吧"
    assert cleaned("r&ampd &ltd &quote &nbsp_x") == "r&ampd &ltd &quote &nbsp_x"


def test_html_subject_kept_lower_case():
    """Clause html_subject_kept_lower_case (session 32): a text about HTML that writes
    "html" in lower case, or names a tag as a tag, keeps its tags and references; a
    site's ".html" address does not make a novel a text about HTML."""
    tutorial = "用html写网页时，<div>标签最常用：\n<div>内容</div>\n&nbsp;是一个空格。\n"
    assert cleaned(tutorial) == tutorial
    prose = "The <p> tag starts a paragraph, so <p>Hello</p> is one.\n"
    assert cleaned(prose) == prose
    novel = "手机阅读 m.duoben.net/html/12.html\n    谷</span>\n"
    assert cleaned(novel) == "手机阅读 m.duoben.net/html/12.html\n    谷\n"


def test_html_subject_kept_comment_line_a_sites_stray_comment_is_no_subject():
    """Clauses html_subject_kept_comment_line and html_entity_alone (session 32):
    zzk6780051/novel 我在精神病院学斩神 holds a site's "<!--" alone on its line (10 times);
    its references were all kept; a "&quot;" alone on its line is decoded too."""
    text = (
        "    下一刻，林七夜的身形凭空出现在了高台的上空！\n\n    <!--\n\n    ,\n\n"
        "    &quot;近日老夫还要去一趟淮海市，你在\n\n    &quot;\n\n"
    )
    assert cleaned(text) == text.replace("&quot;", '"')
    # a page's comment closed beside a tag still marks a text about markup
    page = '<p class="note"><!-- see --> Download.</p>\n&quot;近日\n'
    assert cleaned(page) == page


def test_html_entity_no_semicolon_a_question_mark_in_chinese_is_no_url():
    """Clause html_entity_no_semicolon: the URL guard looks at the run of printable ASCII
    before the reference only (hankinghu 我负丹青: an ASCII "?" ending a quoted question
    50 characters before kept an "&nbsp&nbsp"); clause html_entity_alone's neighbours: a
    "&quot;" before "……" at a line's start (zzk6780051/novel 我在精神病院学斩神)."""
    line = "我不禁问：“那你呢?”“一切随你。”我只住了几天，便匆匆赴京。&nbsp&nbsp</p>\r\n"
    assert cleaned(line) == "我不禁问：“那你呢?”“一切随你。”我只住了几天，便匆匆赴京。  \r\n"
    # a cut-off reference that would decode to a letter stays (hankinghu 激荡三十年)
    assert (
        cleaned("股市真的突然雄起了。“5&#82第一股评家”") == "股市真的突然雄起了。“5&#82第一股评家”"
    )
    text = '才是最保险的。\n\n    "\n\n    &quot;……"林七夜刚刚激动起来\n'
    assert cleaned(text) == text.replace("&quot;", '"')


def test_html_subject_kept_comment_closed_on_a_later_line():
    """Clause html_subject_kept_comment_closed (review, session 32): a page's or a
    primer's comment spread over lines ("<!--" / text / "-->") still marks a text about
    markup: its tags and references are kept (clause html_subject_kept_comment_line had
    cleaned them); a lone unclosed "<!--" (a web novel's) still does not."""
    page = '<!--\n  old nav\n-->\n<div class="a">Hello&nbsp;world</div>\n<p>Tom &amp; Jerry</p>\n'
    assert cleaned(page) == page
    primer = "网页注释这样写：\n<!--\n这是注释\n-->\n<p>段落</p>\n空格用&nbsp;表示。\n"
    assert cleaned(primer) == primer
    # hankinghu/literature-books 血色浪漫 (and 10 more bookbao books): the site's notice,
    # closed on a later line, and only broken tags ("<b" alone) on lines of their own
    novel = (
        "你猜旗子上写什么？&#39;要莋爱，不要作战。&#39;\r\n <b\r\n <!--\r\n"
        " ------\r\n   书籍名称：《血色浪漫》  作者：都梁\r\n ------\r\n -->\r\n"
    )
    assert cleaned(novel) == novel.replace("&#39;", "'")


def test_session32_guards_each_caught():
    """Review (session 32): one case per guard that no other test pins down. Clause
    html_entity_no_semicolon: a "&nbsp_" stays even beside a word; html_entity_alone's
    neighbours: a reference between curly quotes is decoded (hankinghu 交错时光的爱恋
    "“&#22221;”"); html_subject_kept_lower_case: "html" alone in lower case is a subject;
    html_subject_kept_comment_line: a comment closed on its line inside prose is one."""
    assert cleaned("a&nbsp_x") == "a&nbsp_x"
    assert cleaned("喜帖上写着“&#22221;”字\n") == "喜帖上写着“囍”字\n"
    assert cleaned("喜帖上写着“&#22221; 字\n") == "喜帖上写着“囍 字\n"
    primer = "用html写网页：正文<b>加粗</b>&nbsp;空格\n"
    assert cleaned(primer) == primer
    page = "正文 <b>x</b> <!-- note --> 正文\n&quot;近日\n"
    assert cleaned(page) == page
