"""Session 30 (wtG): web novels downloaded as TXT. Clause ``jjwxc_title_marks``
(``transforms.legacy_cjk``): 晋江文学城's chapter marks 'ˇtitleˇ' no longer make a GBK
file undecided under ``--encoding auto``."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding

# 八月长安《你好，旧时光》(zzk6780051/novel, 《你好，旧时光》.txt, GBK as shipped): three
# chapter openings, the title line, then the title again between two carons (GB 0xA8A4)
JJWXC = (
    "\u3000\u3000所谓玛丽苏\n\n\u3000\u3000 ˇ所谓玛丽苏ˇ\n"
    "\u3000\u3000Mary Sue，同人中那种完美的女主角。\n"
    "\u3000\u3000其含义就是制造一个原作中不存在的女孩，与故事里的美少年们进行恋爱。这个女孩，"
    "在低水平写手那里很明显看得出是写手代入自己的意淫。唔，写“玛丽苏”能够得到承认的，"
    "几乎千里挑一，笑，这是触众怒的一种文，不过，能够把握得好，也不失为好文。\n\n"
    "\u3000\u3000余周周小朋友的个人秀之一\n\n\u3000\u3000 ˇ余周周小朋友的个人秀之一ˇ \n"
    "\u3000\u3000“你……你怎么样？你流了好多血！”\n"
    "\u3000\u3000“西米克，这个瓶子，你先拿走！”\n\n"
    "\u3000\u3000余周周小朋友的个人秀之二\n\n\u3000\u3000 ˇ余周周小朋友的个人秀之二ˇ \n"
    "\u3000\u3000“无论怎样，我都不会把圣蛋交给你的！”雅典娜坚贞不屈，高昂着头，任长发在背后飘啊飘。\n"
    "\u3000\u3000余周周版雅典娜此刻正紧紧地搂着怀里的“圣蛋”——从厨房偷出来的白皮鸡蛋。\n"
)


def test_jjwxc_title_marks_gbk_web_novel_is_decided():
    decided, _ = guess_encoding(JJWXC.encode("gb18030"))
    assert decided is not None and decided.encoding == "gb18030" and decided.text == JJWXC


def test_jjwxc_title_marks_need_whole_lines():
    """A caron glued inside a sentence, or fewer than three marked lines, still tells
    EUC-JP's '・' read as GB18030 (clause jis_signs)."""
    two = JJWXC.split("\u3000\u3000余周周小朋友的个人秀之二")[0]
    decided, best = guess_encoding(two.encode("gb18030"))
    assert decided is None and "'ˇ' touches a letter" in best.problem
    glued = JJWXC.replace("女主角。", "女主ˇ角。")
    decided, best = guess_encoding(glued.encode("gb18030"))
    assert decided is None and "'ˇ' touches a letter" in best.problem
