"""Session 49 (branch wtC): clause ``cut_line_break`` widened to every rule's whole-line
deletion (transforms.site_word_lines.stamp_edges: ``if e.replacement``), on a real passage
of the Chinese mirrors (docs/quality/session-49-wtC.md)."""

from __future__ import annotations

import re

from transforms.boilerplate import find_boilerplate
from transforms.clean import clean_text

# zzk6780051+novel 仙逆.txt, the text's first lines (normalize_text-ed): a site's line, the
# disclaimer between two "=====" lines (rule web_notice) and two more stamp lines (site_ad).
# The book parts the blurb from the "=====" line by one blank line.
XIANNI = (
    "《仙逆》\n作者：耳根\n\n内容简介：\n"
    " 夺基大法、杀人夺宝、尸阴秘宗、域外战场、古神之地……他是如何一步一步走向巅峰，凭一己之力，"
    "扬名修真界，请看耳根作品《仙逆》\n"
    "详细信息请查阅：http://www.zhuaji.org/book/435\n\n"
    "================================\n"
    "免责声明：仙逆txt全集下载由爪机书屋（www.zhuaji.org)书友收集整理自网络，版权归原作者所有，"
    "仅作学习交流使用，不可用于任何商业途径，如非免费资源，请在试用之后24小时内立即删除，"
    "如果喜欢该资源请购买正版谢谢合作；如不慎该资源侵犯了您的权利，请麻烦通知我及时删除，谢谢！\n"
    "================================\n"
    "A:【更多精彩好书，更多原创TXT手机电子书，我们因你而专业，TXT格式电子书下载 请登陆 爪机书屋 "
    "--www.zhuaji.org 】\n"
    "B: 如果发现未完....登录（爪机书屋）www.zhuaji.org 提供24小时循环更新！！\n\n"
    "================================\n"
    "☆☆☆仙逆 最新50章正文 开始[www.zhuaji.org]☆☆☆\n\n\n\t\t\t\t\n"
    "第十三卷 灯火阑珊 第2040章 不宣于口！(www.zhuaji.org) \n \n"
    "\t 在那整个仙罡大陆于此刻黑白交替之中，仙族大地上，祖城帝山！中，久帝大天尊从闭关中睁开双眼。\n"
)


def test_cut_line_break_reads_every_rule():
    # base49 left "《仙逆》\n\n\n=====": the web_notice cut's line kept its break
    cleaned = clean_text(XIANNI).text
    assert "请看耳根作品《仙逆》\n\n================================\n" in cleaned
    head = cleaned[: cleaned.index("第十三卷")]
    assert "\n\n\n=" not in head
    assert "免责声明" not in cleaned and "zhuaji.org/book" not in cleaned
    # the book's words all stay
    for words in ("作者：耳根", "内容简介：", "夺基大法", "第十三卷 灯火阑珊", "祖城帝山"):
        assert words in cleaned


def test_cut_line_break_row_through_a_web_notice_cut():
    # the web_notice cut (the disclaimer) now belongs to the row of whole-line cuts
    # "详细信息…", disclaimer, "A:…", "B:…": the row had one blank line before it, so the
    # blank line after its last line goes (base49 kept both)
    cuts = find_boilerplate(XIANNI)
    spans = [(e.start, e.end) for e in cuts]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    notice = [e for e in cuts if e.rule == "web_notice"]
    assert notice
    for e in notice:
        # a whole-line deletion: it starts at a line's start and ends after a line break
        assert e.start == 0 or XIANNI[e.start - 1] == "\n"
        assert XIANNI[e.end - 1] == "\n"
    last = next(e for e in cuts if XIANNI[e.start : e.end].startswith("B: "))
    assert XIANNI[last.start : last.end].endswith("循环更新！！\n\n")
    # the clean text's longest run of blank lines before the first "=====" is the book's one
    head = clean_text(XIANNI).text.split("=====")[0]
    assert max(len(r) for r in re.findall("\n+", head)) == 2


def test_cut_line_break_keeps_a_replacing_cut():
    # guard (made up around a real rule): a cut that replaces text is left as it is; a page
    # marker's line becomes one newline, the paragraphs around it keep their text
    text = "He went on.\n\n[Page 12]\n\nShe came back.\n"
    for e in find_boilerplate(text):
        if e.replacement:
            assert text[e.start : e.end].strip() != ""
    cleaned = clean_text(text).text
    assert "He went on." in cleaned and "She came back." in cleaned
