"""Review of clause ``block_width`` and clause ``verse_unmarked_lines``
(session 22, wave 2) on manpages-zh 1.6.4.0 (Debian, ``apt-get download
manpages-zh``), pages rendered with ``groff -k -man -Tutf8``: clauses
``block_width_ragged`` and ``block_width_list_items``
(``transforms.cjk_block_width``) and ``verse_unmarked_widest``
(``transforms.cjk_layout``)."""

import re

import numpy as np

from transforms.cjk_layout import verse_line_ends
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# lilyfaq(7), rendered lines 26-55: answers set one thought a line, most
# without a final mark, in a block whose widest lines reach the block's width.
LILYFAQ = (
    "              开源软件版权，例如BSD和类似的X版权，要求在任何衍生工作中保留原作者的信息\n"
    "              对再次发行修改后的版本没有限制\n"
    "              不明白为什么要这样做－－其中有一种自信，“舍我其谁”的勇气吧\n"
    "              参阅精华区“历史文化”目录\n"
    "\n"
    "       合作开发模式\n"
    "              有很多工具用于实现合作开发 参阅精华区“软件开发”目录\n"
    "\n"
    "       linux最吸引人的地方是什么？\n"
    "              很多人想知道linux为什么那么好，为什么让人着迷\n"
    "              我想我喜欢它，因为它的历史悠久，结构很清楚很漂亮，很多思想很巧妙\n"
    "              也许仅仅是“历史”就足够了。怀古的人不在少数吧\n"
    "              合作开发，集中大家的智慧，从中可以产生无限的可能\n"
    "              自由？共产主义的狂热精神？天下大同？\n"
    "              当然，最直接的就是可以牢牢地将计算机控制在自己手里，想把它修饰成\n"
    "              什么样子就做成什么样子，可以想出和别人完全不同的生活方式，比如\n"
    "              iloveqhq的scheme生活环境，是一般人享受不到的\n"
    "              各种新鲜的想法，随时可以试验一下－－让想法时时刺激头脑\n"
    "              象一个游戏，耗时，费力，需要经常上论坛找攻略，从来没有一定的玩法\n"
    "\n"
    "       FUD 是什么意思？\n"
    "              2003年末，伴随SCO对各个有关linux的公司的指控，还有对用户的威胁恐吓，\n"
    "              各种媒体也纷纷兴风作浪，发表耸人听闻的新闻，例如新浪的一些报道。\n"
    "              FUD\n"
    "              不仅指这些不负责任的话，还包括对linux等自由软件/开源软件的怀疑，\n"
    "              对自身的怀疑我自己认为过分的狂热也可以叫做FUD。\n"
    "              总之，没有平和的态度就没办法实实在在地作事情，所以技术问题之外，\n"
    "              争论还是少一点好，怀疑更要少一点\n"
    "              其实所有初学者都会情不自禁地自称“菜鸟”，会“问弱弱的问题”。问题在于，\n"
    "              有没有抓紧时间提高水平\n"
)

# mdoc.samples(7), rendered lines 29-40: the contents list of the page.
MDOC = (
    "开始 GETTING STARTED\n"
    "     因为 人们 通常是 为了 能够 马上 使用 这些材料 的 时候 才 阅读 教程，所以\n"
    "     我们 假设 此文档的 用户 是 缺乏耐心的．下面 简述一下 这份文档 剩余部分 的\n"
    "     组织:\n"
    "\n"
    "           1.   TROFF 特性\n"
    "                      使用宏.\n"
    "                      参数中传递空白符.\n"
    "                      尾部的空白符.\n"
    "                      转义特殊字符.\n"
    "\n"
    "           2.   手册页的结构分析\n"
)

# perl(1): the six full CJK lines of the rendered page (rule cjk_verse_lines'
# sample), sentences of a prose page whose source breaks lines after marks.
PERL_FULL_LINES = [
    "自 1993 年开始 (参见 perlhist)，Perl 5 进行了几乎完全的重写，",
    "如果你使用 Perl 的成功案例对想在项目中应用 Perl 的人有用，",
    '"use warnings" 编译指示 (pragma) (还有 -w 选项) 会产生',
    "所有内置数据类型都没有大小限制 (除了内存大小之外)，但是还是有一些限制：",
    '程序，或者用 "perl -V" 命令得到) 寄给 perlbug@perl.org 。',
    "Perl 真正意义是 Pathologically Eclectic Rubbish Lister, 但是",
]


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_block_width_ragged_lines_set_one_thought_a_line_stay_apart():
    # "...很多思想很巧妙" is full for its block, but the block holds lines
    # left short before an ideograph ("...不在少数吧" / "合作开发..."): it is
    # set line by line, and its lines are not joined (main kept them too).
    out = _clean(LILYFAQ)
    assert "很多思想很巧妙\n也许仅仅是" in out
    assert "很多思想很巧妙也许" not in out


def test_block_width_list_items_a_contents_entry_is_no_wrapped_sentence():
    # The "." of "1." made the heading line look like prose with a mark.
    out = _clean(MDOC)
    assert "TROFF 特性\n使用宏." in out
    assert "特性使用宏" not in out


def test_verse_unmarked_widest_a_prose_wrap_without_mark_still_counts():
    text = "\n".join(PERL_FULL_LINES)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    starts = np.asarray([m.start() for m in re.finditer(r"^", text, re.M)])
    ends = starts + np.asarray([len(s) for s in PERL_FULL_LINES])
    marked = np.asarray([re.search("[，。！？；、…,.!?;]", s) is not None for s in PERL_FULL_LINES])
    plain = np.ones(len(ends), dtype=bool)
    # 4 of the 5 marked lines end a clause; the unmarked one ("...会产生")
    # is no wider than them: 4 of 6 counted, prose, every line joinable.
    assert not verse_line_ends(cp, ends - 1, starts, plain, marked).any()
