"""Session 40 (branch wtF): clause ``site_stamp_line`` (transforms/site_name_lines.py) and
clause ``zh_short_paragraph_book`` (transforms/ja_paragraph_lines.py). The stamps are the
lines the five Chinese mirrors hold (jbts6/wuxia-novel's 大唐双龙传 chapter files,
hankinghu/literature-books' 务虚笔记, 无名高地有了名, 货币战争5, 张居正), each set between
story lines as there; the layouts of 张宏杰's 简介, 盛雪's contents and 忏悔录's verse are the
books'. Story lines: 大唐双龙传's around its stamp (a few lines), else 老殘遊記's (劉鶚, d.
1909; oscarsun72/chtxt), public domain."""

import pytest

from tests.transforms.test_zh_short_titles38 import P, S  # the same 老殘遊記 lines
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.site_name_lines import _stamp_line

# 大唐双龙传 ch_057: the story's lines around its stamp
ABOVE = "寇仲和徐子陵听得你眼望我眼,心想江湖之事,确无奇不有。"
BELOW = '徐子陵道:"这祝玉妍定是很厉害了?"'
STAMPS = (
    "八!零!电!子!书 !w!w!w!!t!x!t!8!0!.!c!o!m",  # ch_057
    "八_零_电_子_书 _w_w_w_.t_x_t_8_0._c_o_m",  # ch_042
    "八`零` 电` 子` 书 w w w . t``x``t ` 8`0` . C`O`M",  # ch_060
    "8`○` 電` 耔` 書 ω ω w . Τ``X``Τ ` 捌`零` . C`O`M",  # ch_065
    "8 ○ 電 孑 書 w W W . T X t 8 ○. C ο M",  # ch_158
    "奇 书 网 w w w . q i s u w a n g . c o m",  # ch_032
    '大$学$生@小`说"网',  # 务虚笔记
    '大,学生,小,说,",网',  # 以前的事, 第二个太阳
    "\t五 六-文 学 网",  # 无名高地有了名
    "w米w花w在w线w书w库w",  # 货币战争5
    "小/说.t/xt.天+",  # 张居正 (txt小说天堂's name, its 堂 lost)
    "小xiaoshuo说txt天堂",  # 张居正, 性心理学
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


@pytest.mark.parametrize("stamp", STAMPS)
def test_site_stamp_line(stamp):
    """Clause site_stamp_line: the stamp alone on its line goes with its break, once in the
    text (the older clauses need three copies or the site's address elsewhere); the story's
    lines stay as they were (ch_057's stamp was joined to the sentence above it)."""
    text = f"{ABOVE}\n{stamp}\n\n{BELOW}\n\n{P}\n\n{P}\n"
    got = _clean(text)
    assert got.split("\n\n")[:2] == [
        "寇仲和徐子陵听得你眼望我眼，心想江湖之事，确无奇不有。",
        '徐子陵道："这祝玉妍定是很厉害了？"',
    ], got[:120]
    assert not any(c in got for c in "书書网天库$`_@ω"), got


def test_site_stamp_line_values():
    """The line test itself: stamps (the mirrors' disguises after normalization) and the
    lines a book writes."""
    for line in (
        "八！零！电！子！书 ！w！w！w！！t！x！t！8！0！.！c！o！m",
        "大，学生，小，说，“，网",
    ):
        assert _stamp_line(line), line
    for line in (
        "他打开了大学生小说网。",  # a story's sentence naming the site
        "第十三回 鬼 屋",  # a spaced chapter title
        "第二十四章-txt小说天堂",  # a heading with the stamp glued: nine Han characters
        "问：李x x还在「专案组」吧？",  # 盛雪: a sentence (guard stamp_line_not_prose)
        "私の覚え書",  # Aozora Bunko: kana between kanji (guard stamp_line_not_japanese)
        "尾山が灰の上にＡと書けば",
        "（完）＼t＝xt＊＊小／说天＾堂％www/xiaoshuotxt.n et",  # 沉重的翅膀: the book's "（完）"
        "——————————————————————————t/x/t小.说。天.堂wwＷ、xiaoshuotxt.net",  # 金瓯缺's rule
        "……**t*xt*小*说*天*堂w w w. xiao shuotxt. n et",  # 冬天里的春天 (guard stamp_line_lead)
    ):
        assert not _stamp_line(line), line


def test_site_stamp_line_guards():
    """Guards stamp_name_parted (a name written whole with its address, a list's "和讯网
    www.homeway.com.cn" or a stamp "书包网 www.bookbao.com" once, stays: the repeated-stamp
    clauses read those), stamp_marks_without_address (a title spaced out, "无 字 天 书",
    "读 书 网", stays) and stamp_line_not_speech (a line opening a quotation)."""
    for line in (
        "和讯网 www.homeway.com.cn",
        "书包网 www.bookbao.com",
        "无 字 天 书",
        "读 书 网",
        "无\u3000字\u3000天\u3000书",
        '“大$学$生@小`说"网”',
    ):
        got = _clean(f"{S[0]}\n\n{line}\n\n{P}\n\n{P}\n")
        assert got.split("\n\n")[1] == normalize_text(line).strip(), (line, got[:80])


# 张宏杰's 简介: one paragraph a line, the first ending on "：" (the list it opens follows)
INTRO = (
    " 公元1368年正月初四，南京，四十岁的农民朱元璋，在万众瞩目之下，爬上龙椅登基称帝，"
    "大明王朝就此诞生！这也是中国历史上，最后一个由汉人亲手建立的庞大帝国。明朝从建立到灭亡"
    "总共276年，其中有七张独特的面孔，时至今日依然影响着我们：",
    "    白手起家的开国皇帝朱元璋，凭借人脉设计和高超政治手腕成功上位的朱棣，无视官场潜规则的"
    "硬骨头海瑞，在权力顶层呼风唤雨的大傻子魏忠贤，身兼政治墙头草和变态杀人狂的张献忠，在险恶"
    "政局中两面三刀却始终屹立不倒的吴三桂，非常时期用非常手段反清复明并一举收复台湾的郑成功……",
)
# 盛雪's contents (its last item over an unnumbered line) and 忏悔录's verse quoted
CONTENTS = "十：流亡生涯\n十一：赖昌星加国入狱，朱熔基誓言引渡\n不是结语\n本书人物简介"
VERSE = "　　你这个老奸巨滑，你以为你的疯狂念头\n　　会叫我高兴把你侄儿来辅导。"


def _book(head: str, paragraphs: int) -> str:
    body = "".join(f"{P}{S[i % 4]}{P[: 20 + i % 50]}\n\n" for i in range(paragraphs))
    return f"{head}\n\n{body}"


def test_zh_short_paragraph_book():
    """Clause zh_short_paragraph_book: a book set a paragraph a line (here 220 full-width
    lines alone, 111-172 characters) whose few CJK pairs hold a line ending no sentence keeps every pair's break:
    张宏杰's "…影响着我们：" was joined to the next paragraph, 盛雪's "十一：…" to "不是结语",
    忏悔录's first verse line to the second."""
    got = _clean(_book("\n".join(INTRO), 220))
    assert got.startswith(INTRO[0].strip() + "\n" + INTRO[1].strip() + "\n\n"), got[:200]
    got = _clean(_book(CONTENTS, 220))
    assert got.startswith(CONTENTS + "\n\n"), got[:200]
    got = _clean(_book(VERSE, 220))
    assert got.startswith("你这个老奸巨滑，你以为你的疯狂念头\n会叫我高兴把你侄儿来辅导。\n\n"), (
        got[:80]
    )


def test_zh_short_paragraph_book_guard():
    """The clause reads a book whose paragraph lines past the pairs' column outnumber its
    pairs (session 42: a proportion; session 40 counted 200 lines alone): 25 paragraphs under
    the intro and a list of 30 short lines (30 pairs) are not read, and the intro's "：" line
    joins as before (the list too: at its own short column the lines are full)."""
    head = "\n".join(INTRO) + "\n" + "\n".join(S[i % 4] for i in range(30))
    got = _clean(_book(head, 25))
    assert got.startswith(INTRO[0].strip() + INTRO[1].strip()), got[:200]


def test_site_stamp_line_book_lines():
    """Review (session 40): the mirrors' lines that hold the book's words with a stamp glued,
    and chapter headings, stay whole (the older clauses cut the glued stamp): guards
    stamp_line_not_speech (将军吟's "“开车！”"), MAX_NAME (黄河东流去's dateline, 冬天里的春天's
    words, 阿庇安：罗马史's note) and the digits test (重生后我成了打脸专业户's numbered
    contents line); each was caught by no test before."""
    for line in (
        "“开车！”t,xt,小，说天，堂www、xiaoshuotxt.net",  # 将军吟
        "灯下于北京。t-xt-小-说-天.堂www。xiaoshuotxt。net",  # 黄河东流去
        "是啊！遗憾吧！晚了！＃txt＄！小＠说天＾堂＆w w w. xiao shuotxt. n et",  # 冬天里的春天
        "① 萨林敦。——英译者www奇Qisuu書com网",  # 阿庇安：罗马史
        "82.第82章 下战书",  # 重生后我成了打脸专业户
        "第15章 遗书",  # 疯人笔记
    ):
        assert not _stamp_line(line), line


@pytest.mark.parametrize(
    "line",
    (
        '宝玉道："书，书......"',  # the shape of 武林外史's '沈浪道："我......我......"'
        '他道："书......书......"',
        "他道：“书......书......",  # words running on to the next line
        "第 九 回 - 天堂",  # 张居正's spaced heading "第 九 回", a title after a hyphen
        "第十章～天～书",
        "上部-卷二-藏书",  # guard stamp_name_parted: parted in 2 of 5 places
        "好~好~我的书。",  # guard stamp_line_not_prose: a sentence's end
        '宝玉说"书......书......"',  # an ASCII closing quote ends the line
        "那~就~这样吧~",  # "吧" alone is no site's word (a sentence's particle)
        "琴、棋、书",  # a list: "、" is a prose mark
    ),
)
def test_site_stamp_line_speech_and_headings(line):
    """Review (session 40): stammered words after a colon (ASCII quotes and "......", as
    古龙's mirror texts type them: no prose marks to the line test) and chapter headings
    parted by a hyphen or "～" (stamp marks) end on a site's word yet stay, in the cleaned
    text too (guards stamp_line_not_speech, stamp_line_not_heading)."""
    assert not _stamp_line(normalize_text(line).strip())
    got = _clean(f"{S[0]}\n\n{line}\n\n{P}\n\n{P}\n")
    assert got.split("\n\n")[1] == normalize_text(line).strip(), (line, got[:80])
