"""Session 48 (branch wtA): clauses ``cut_line_break`` and ``site_name_line``
(transforms.site_word_lines) and ``site_name_before_address`` (transforms.glued_site_words),
on real passages of the Chinese mirrors (docs/quality/session-48-wtA.md)."""

from __future__ import annotations

import re

from transforms.boilerplate import find_boilerplate
from transforms.clean import clean_text
from transforms.glued_site_words import glued_site_words
from transforms.site_word_lines import site_word_lines

# zzk6780051+novel 大唐再起.txt: an escaped tag alone on its line between a heading and a
# paragraph (49 times in the book); the book parts its paragraphs by one blank line.
DATANG = (
    "收税达到七八成，这是典型的官逼民反，他不明白为何这群倭人宁愿逃走也不造反。\n\n"
    " 看来，都督又做了一件好事！\n\n"
    "正文 第两百零三章贱业变样\n\n"
    " &lt;tent&gt;\n\n"
    " 陈兵待在这座逐渐兴盛的港口没多久，就来到了济州岛，这座由都督亲自命名的养马岛，好奇的很。\n"
)

# hankinghu+literature-books 炮打双灯.txt: the text opens with two stamp lines.
PAODA = (
    "《炮打双灯》查看《炮打双灯》书评和最新更新以及相关书籍推荐请到《炮打双灯》专题网址"
    "http://www.xiaoshuotxt.com/dangdai/813/ \n"
    "TXT小说天堂 http://www.xiaoshuotxt.net，最有文艺气息的文学网站，提供经典的文学名著、武侠小说、"
    "言情小说、人文社科类书籍在线阅读，所有TXT电子书手机免费下载阅读，我们提供给您的小说不求最多，"
    "但求最经典最完整\n\n\n\n"
    " 第一章\n\n"
    " 都说静海县西南那边，地里不是土，全是火药面子。把那干结在地皮上白花花的火硝刮下来，"
    "掺上硫磺木炭，就是炸弹。\n"
)

# hankinghu+literature-books 英雄时代.txt (第三章): the site's romanised name on a line of
# its own under the heading, the site's address two lines above.
YINGXIONG = (
    "十二个小时后，史天雄和杨世光相隔二十分钟，被抬上刘玉林医生面前的简易手术台。\n\n"
    "www。xiaoshuotxt.net\n\n\n\n"
    "第三章\n\n"
    "xiaoshuotxt\n"
    "第一节\n"
    "十八年前那场短暂的局部战争，留在外科医生刘玉林记忆里的，只剩下一些特别独特的细节和画面了。\n"
)

# hankinghu+literature-books 走到人生边上.txt: the site's name left before its address.
ZOUDAO = (
    "：“亲生的儿女呀，这丁子是什么铁打出来的响 。你们两个要是落在她手里，还有命吗？”"
    "不过丁子又怀上孩子了，肚皮已经很大了。五六文学网 wｗw.56ｗen.cｏm\n"
)

# jbts6+wuxia-novel .trellis/tasks/archive/2026-07/07-11-generate-kb-duogqing-jianke/
# design.md: "txt" alone on a line of a data-flow diagram (a CJK document).
DESIGN = (
    "**完成定义**：`completion_gate_passed === true`\n\n"
    "## Data flow\n\n"
    "```\n"
    "txt\n"
    " → split-chapters + compact-mention\n"
    " → keywords (LLM) + outline\n"
    " → baseline (独立 LLM)\n"
    "```\n"
)

BLANKS = re.compile(r"\n(?:[ \t\u3000]*\n)+")


def _longest_break(text: str) -> int:
    return max((m.group().count("\n") for m in BLANKS.finditer(text)), default=1)


def test_cut_line_break_escaped_tag_line():
    out = clean_text(DATANG).text
    assert "&lt;" not in out and "tent" not in out
    assert "正文 第两百零三章贱业变样\n\n陈兵待在" in out
    assert _longest_break(out) == _longest_break(DATANG.replace(" &lt;tent&gt;\n\n", ""))
    assert _longest_break(out) == 2  # the book's own paragraph break


def test_cut_line_break_edits_stay_consistent():
    cuts = find_boilerplate(DATANG)
    assert all(a.end <= b.start for a, b in zip(cuts, cuts[1:], strict=False))
    (tag,) = [e for e in cuts if "&lt;" in DATANG[e.start : e.end]]
    # the tag, its line's break and the blank line after it (one blank line stood before)
    assert DATANG[tag.start : tag.end] == "&lt;tent&gt;\n\n"
    assert DATANG[DATANG.rfind("\n", 0, tag.start) + 1 : tag.start] == " "
    assert tag.replacement == ""


def test_cut_line_break_row_at_the_text_start():
    out = clean_text(PAODA).text
    assert out.startswith("第一章\n\n都说静海县")
    assert "xiaoshuotxt" not in out


def test_site_name_line():
    out = clean_text(YINGXIONG).text
    assert "第三章\n\n第一节\n十八年前" in out
    assert "xiaoshuotxt第一节" not in out
    (cut,) = [
        e for e in site_word_lines(YINGXIONG) if "xiaoshuotxt\n" in YINGXIONG[e.start : e.end]
    ]
    assert YINGXIONG[cut.start : cut.end] == "xiaoshuotxt\n"


def test_site_name_line_guards():
    # site_name_echo: no address of that name in the text
    alone = YINGXIONG.replace("www。xiaoshuotxt.net\n\n\n\n", "")
    assert not [e for e in site_word_lines(alone) if "xiaoshuotxt" in alone[e.start : e.end]]
    # "txt" alone is no site's name (design.md's data flow keeps its first step)
    assert site_word_lines(DESIGN) == []
    assert "```\ntxt\n" in clean_text(DESIGN).text
    # a word without "txt" (made up; review: no guard of site_name_line's own keeps it, the
    # clause reads only the lines holding "txt", _txt_lines)
    text = "他们的网站是www.google.com。\n\ngoogle\n谷歌公司成立于一九九八年。\n"
    assert site_word_lines(text) == []


def test_site_name_before_address():
    out = clean_text(ZOUDAO).text
    assert out.rstrip("\n").endswith("肚皮已经很大了。")
    assert "五六文学网" not in out
    (cut,) = glued_site_words(ZOUDAO)
    assert ZOUDAO[cut.start : cut.end] == "五六文学网 wｗw.56ｗen.cｏm"


def test_site_name_before_address_guards():
    # site_name_alone (made up): the name inside a sentence, or before an address no
    # clause cuts, stays
    inside = "他说：“我常去五六文学网 wｗw.56ｗen.cｏm\n"
    (cut,) = glued_site_words(inside)
    assert inside[cut.start : cut.end] == "wｗw.56ｗen.cｏm"
    inside2 = "我常去五六文学网 wｗw.56ｗen.cｏm\n"
    (cut,) = glued_site_words(inside2)
    assert inside2[cut.start : cut.end] == "wｗw.56ｗen.cｏm"
    plain = "不过丁子又怀上孩子了。新浪网 www.sina.com\n"
    assert glued_site_words(plain) == []
    assert "新浪网 www.sina.com" in clean_text(plain).text


# hankinghu+literature-books 将军吟.txt (lines 4819-4825): the site's ">txt" mark glued to a
# paragraph's end before a chapter heading, the site's address elsewhere in the book
# ("www.xiaoshuotxt.net" lines, one quoted here).
JIANGJUN = (
    "www.xiaoshuotxt.net\n\n"
    "\u3000\u3000风来吧！雨来吧！阳光曝晒吧！越经磨洗，越是茂盛葱茏……>txt\n\n\n\n"
    "第三十四章 密探\n\n"
    "刘絮云像放好了排钓的渔夫，在等待收获之前\n"
)


def test_txt_mark_tail():
    out = clean_text(JIANGJUN).text
    assert "越是茂盛葱茏……" in out and "阳光曝晒吧！" in out
    assert ">txt" not in out and "txt" not in out
    # review: only the mark goes; the paragraph's line break and the heading stay apart
    # (guard stamp_break_whole_line: text is left on the line)
    assert "越是茂盛葱茏……\n" in out and "\n第三十四章 密探\n" in out
    (mark,) = [e for e in site_word_lines(JIANGJUN) if ">" in JIANGJUN[e.start : e.end]]
    assert JIANGJUN[mark.start : mark.end] == ">txt"
    (cut,) = [e for e in find_boilerplate(JIANGJUN) if ">" in JIANGJUN[e.start : e.end]]
    assert JIANGJUN[cut.start : cut.end] == ">txt"
    # 蛙.txt: the mark alone on its line goes with its break
    alone = "www.xiaoshuotxt.net\n\n先生，我们那地方。\n>txt\n\n第二章\n"
    cuts = [e for e in site_word_lines(alone) if ">" in alone[e.start : e.end]]
    assert [alone[e.start : e.end] for e in cuts] == [">txt\n"]


def test_txt_mark_tail_guards():
    # txt_mark_site: no "txt" site's address in the book (made up)
    assert site_word_lines("越经磨洗，越是茂盛葱茏……>txt\n") == []
    # an arrow in a tool's notes (made up): "epub->txt", "a=>txt"
    text = "www.xiaoshuotxt.net\n转换：epub->txt\n格式 a=>txt\n"
    assert [e for e in site_word_lines(text) if ">" in text[e.start : e.end]] == []
