"""Session 30 (wtG): what web-novel TXT sites leave inside chapters (``transforms.novel_site_marks``,
rule ``site_ad``). Excerpts of zzk6780051/novel's downloads as the reader decodes them."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text


def cleaned(text: str) -> str:
    return clean_text(normalize_text(text)).text


# 《重生后我成了打脸专业户》 (爱下电子书 download, zzk6780051/novel): the end of chapters 1-3
DALIAN = (
    "    夏天的夜风吹在身上有些凉，看着这个样子的洛然，周玉茹等人竟然感觉冷的汗毛直炸，甚至身上起了层鸡皮疙瘩。\n"
    "    (本章完)\n"
    "2.第2章 我还没玩够呢\n"
    "    洛然踢了踢周玉茹，那模样好似在踢足球一样，蹲下身，看着气得翻白眼的周玉茹，砸了咂舌，"
    "“这就嗝屁了，真没趣？我还没玩够呢。”\n"
    "    (本章完)\n"
    "3.第3章 太可怕\n"
    "    主人，你的手断了啊，怎么会不碍事呢？“主人，暖宝现在这个状态是虚拟化投影，吃了也没用的。”\n"
    "    (本章完)\n"
    "4.第4章 特别疼\n"
)


def test_chapter_end_lines_cut():
    out = cleaned(DALIAN)
    assert "本章完" not in out
    assert "甚至身上起了层鸡皮疙瘩。\n" in out and "2.第2章 我还没玩够呢" in out
    assert "吃了也没用的。”\n" in out and out.rstrip().endswith("4.第4章 特别疼")


def test_chapter_end_lines_need_three_lines_of_their_own():
    two = DALIAN.split("3.第3章")[0]
    # normalize's cjk_halfwidth_marks (session 32) writes "(本章完)" as "（本章完）"
    assert cleaned(two).count("（本章完）") == 2
    glued = DALIAN.replace("鸡皮疙瘩。\n    (本章完)", "鸡皮疙瘩。(本章完)")
    assert "鸡皮疙瘩。（本章完）" in cleaned(glued)


# 《修真高手在都市》 (棉花糖小说网 download, zzk6780051/novel): the paging prompt after a cut line
XIUZHEN = (
    "    萧楚一怔，望着向艳那双如水的眸子，心 ...   ［本章未完，请点击下一页继续阅读！］\n"
    "    向生尴尬地咳嗽了下，摸了摸后脑 ...   ［本章未完，请点击下一页继续阅读！］\n"
)
# 《元气少年》 (奇书网 download): a character turns a page
YUANQI = "　　再翻到下一页，原书主人的时间已经过了差不多两个月。\n"


def test_page_turn_notice_cut():
    out = cleaned(XIUZHEN + "\n" + YUANQI)
    assert "下一页继续阅读" not in out and "本章未完" not in out
    assert "心 ..." in out and "摸了摸后脑 ..." in out
    assert "再翻到下一页，原书主人的时间已经过了差不多两个月。" in out


# 《修真高手在都市》: the site's address in brackets, four slogans, inside paragraphs
MIANHUATANG = (
    "    教训完柳木花后，萧楚就早早回家了。[www.mianhuatang.la 超多好看小说]\n\n"
    "    萧楚就会相安无事，等风波停止了，萧楚便可以回去。mianhuatang.la [棉花糖小说网]\n\n"
    "    “将他带到大堂去，快点！我要这个男人知道得罪我的后果！”萧瑟冰冷地道。"
    "（WWW.mianhuatang.la 好看的小说）\n\n"
    "    来到班级里，萧楚却发现同学们都议论。[www.mianhuatang.la 超多好看小说]\n\n"
    "    青芸比较心细，她偷偷的跟萧楚说过后，就找/打手机跟紫月琴说了这件事。"
    "(www.mianhuatang.la 棉花糖小说网)\n\n"
    "    白晓莺笑道：“紫妹妹，别担心。mianhuatang.la [棉花糖小说网]我感觉我挺安全的，真的没事。”\n"
)
# 《麦田里的守望者》 (悠悠书吧 download): the stamp line over each chapter
UUS8 = (
    "　　【悠悠书吧】www.uus8.com\n\n第02节 他们\n\n"
    "　　【悠悠书吧】www.uus8.com\n\n第03节 你这\n\n"
    "　　【悠悠书吧】www.uus8.com\n\n第04节 我闲\n\n"
    "　　【悠悠书吧】www.uus8.com\n\n第05节 在潘\n\n"
    "　　【悠悠书吧】www.uus8.com\n\n第06节 有的\n"
)


def test_repeated_bracketed_link_cut():
    out = cleaned(MIANHUATANG)
    assert "mianhuatang" not in out.lower() and "棉花糖" not in out and "好看" not in out
    assert "萧楚就早早回家了。\n" in out
    assert "白晓莺笑道：“紫妹妹，别担心。我感觉我挺安全的，真的没事。”" in out
    out = cleaned(UUS8)
    assert "uus8" not in out and "悠悠书吧" not in out
    assert "第02节 他们" in out and "第06节 有的" in out


def test_repeated_bracketed_link_needs_five_places():
    """A book that cites one site in brackets a few times keeps it."""
    four = MIANHUATANG.rsplit("\n\n", 2)[0]
    assert cleaned(four).lower().count("mianhuatang") == 4


# 《重生后我成了打脸专业户》: each chapter's title twice, the site's numbered copy first
# (chapter 3's first sentence cut at its first "，…“")
DALIAN_TITLES = (
    "    夏天的夜风吹在身上有些凉，看着这个样子的洛然，周玉茹等人竟然感觉冷的汗毛直炸，甚至身上起了层鸡皮疙瘩。\n"
    "2.第2章 我还没玩够呢\n"
    "    第2章 我还没玩够呢\n"
    "    “呵呵呵......”恶魔一般的笑声响起，明明是在笑，然而声音里却是一点儿笑意也听不出来。\n"
    "3.第3章 太可怕\n"
    "    第3章 太可怕\n"
    "    说完这话，洛然缓缓转过头，看着准备逃跑的两个女生，站起身，对着二人招了招手。\n"
)


def test_numbered_title_copy_cut():
    out = cleaned(DALIAN_TITLES)
    assert "2.第2章" not in out and "3.第3章" not in out
    assert out.count("第2章 我还没玩够呢") == 1 and out.count("第3章 太可怕") == 1
    # a numbered paragraph with other text under it stays (a translator's numbering)
    other = DALIAN_TITLES.replace("    第3章 太可怕\n", "    第三天，她才醒过来。\n")
    assert "3.第3章 太可怕" in cleaned(other)


def test_jjwxc_title_copy_cut():
    """晋江's 'ˇtitleˇ' line under the title (《你好，旧时光》, the reader's excerpt of
    test_jjwxc_title_marks) goes; the title stays, once."""
    from tests.transforms.test_jjwxc_title_marks import JJWXC

    out = cleaned(JJWXC)
    assert "ˇ" not in out
    assert out.count("所谓玛丽苏") == 1 and out.count("余周周小朋友的个人秀之二") == 1
    # a marked line under another line stays
    other = JJWXC.replace("\u3000\u3000所谓玛丽苏\n", "\u3000\u3000玛丽苏\n")
    assert "ˇ所谓玛丽苏ˇ" in cleaned(other)


# komingshyu/d2l-zh-tw, chapter_introduction/index.md: a Markdown paragraph that links ten
# GitHub pages ("[Caffe](https://github.com/BVLC/caffe)")
D2L = (
    "* 深度學習框架在傳播思想方面發揮了至關重要的作用。允許輕鬆建模的第一代框架包括[Caffe](https://github.com/BVLC/caffe)、[Torch](https://github.com/torch)和[Theano](https://github.com/Theano/Theano)。許多開創性的論文都是用這些工具寫的。到目前為止，它們已經被[TensorFlow](https://github.com/tensorflow/tensorflow)（通常透過其高階API [Keras](https://github.com/keras-team/keras)使用）、[CNTK](https://github.com/Microsoft/CNTK)、[Caffe 2](https://github.com/caffe2/caffe2)和[Apache MXNet](https://github.com/apache/incubator-mxnet)所取代。第三代工具，即用於深度學習的命令式工具，可以說是由[Chainer](https://github.com/chainer/chainer)率先推出的，它使用類似於Python NumPy的語法來描述模型。這個想法被[PyTorch](https://github.com/pytorch/pytorch)、MXNet的[Gluon API](https://github.com/apache/incubator-mxnet)和[Jax](https://github.com/google/jax)都採納了。"
    + "\n"
)


def test_repeated_bracketed_link_host_only():
    """Clause repeated_bracketed_link_host_only: a page's address is a citation, not a
    site's mark; the links' targets stay."""
    out = cleaned(D2L)
    assert "[Caffe](https://github.com/BVLC/caffe)" in out
    assert "[Jax](https://github.com/google/jax)" in out
    assert out.count("](https://github.com/") == D2L.count("](https://github.com/")
