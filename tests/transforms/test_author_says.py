"""Rule ``author_says`` (transforms.author_says, session 32): 晋江's "作者有话要说：" box,
cut by default from its label to the next chapter's title or the text's end. Real text: 《白色橄榄树》
and 《你好，周先生》 (zzk6780051/novel, 晋江 TXT downloads), 《她来听我的演唱会》 (the same
mirror, one "作者有话说：" line)."""

from __future__ import annotations

from transforms import author_says
from transforms.boilerplate import RULES, BoilerplateConfig, strip_boilerplate

# 《白色橄榄树》 chapters 4-6 (shortened): a one-line note, then a label on its own line
OLIVE = (
    "　　她不知道是不是他。\n"
    "　　此刻心间的刺痛很清晰，但那双眼睛却在记忆里模糊，她记不起来了。\n"
    "　　作者有话要说：　　很多读者留评论的时候，会看不到评论，显示“普通等级用户发评论在审核过后显示”，"
    "有的读者是自动升级。升级后评论就不会审核屏蔽了。\n"
    "\n\n"
    "第5章 chapter 5\n"
    "　　人与人之间的相遇，是七十亿分之一的缘分。\n"
    "　　面对面的，是一张英俊而年轻的面孔。\n"
    "　　作者有话要说：\n"
    "　　有妹子说单次充值过30块，但不会手动升级。问了编辑，晋江账户手动升级要在电脑网页上进行操作，"
    "“基本信息”——“用户等级”——“升级”。\n"
    "　　app和wap不好操作。\n"
    "　　电脑网页升级后，留言评论就能立即显示，不被审核屏蔽了。\n"
    "\n\n"
    "第6章 chapter 6\n"
    "　　面罩扯下来的那刻，宋冉猛地一惊，被自己的唐突和莽撞吓了一大跳。\n"
)
OLIVE_CUT = (
    "　　她不知道是不是他。\n"
    "　　此刻心间的刺痛很清晰，但那双眼睛却在记忆里模糊，她记不起来了。\n"
    "\n\n"
    "第5章 chapter 5\n"
    "　　人与人之间的相遇，是七十亿分之一的缘分。\n"
    "　　面对面的，是一张英俊而年轻的面孔。\n"
    "\n\n"
    "第6章 chapter 6\n"
    "　　面罩扯下来的那刻，宋冉猛地一惊，被自己的唐突和莽撞吓了一大跳。\n"
)

# 《你好，周先生》: a 【梦幻小剧场】 note (speech inside it), and the book's last note
ZHOU = (
    "　　周修林居高临下地站在她的面前，似笑非笑，“是我。”\n"
    "　　作者有话要说：　　大BOSS被嫌弃了，快来为BOSS打call!\n"
    "　　【梦幻小剧场】\n"
    "　　周修林从衣帽间拿来小衣服，似笑非笑，“老周？”\n"
    "　　姜晓：“你听错了，我明明叫的是老公。”\n"
    "\n\n"
    "第3章 \n"
    "　　那一晚，他们在一起，意外收获了一个小天使。\n"
    "　　【全文完】\n"
    "　　2018.3.21\n"
    "　　作者有话要说：　　周先生、姜晓、小豆芽……我真的特别喜欢这个故事的人物。\n"
    "　　完结了，非常非常舍不得。\n"
    "　　我们下一个故事《你好，秦医生》再约。\n"
)


def _cut(text: str) -> str:
    return strip_boilerplate(text)[0]


def test_author_says_block_to_next_title():
    """Clause author_says_block: label to the title, the blank lines kept; default rule."""
    assert author_says.RULE in RULES
    assert _cut(OLIVE) == OLIVE_CUT


def test_author_says_block_sketch_and_text_end():
    """A 小剧场 with dialogue goes with its note; the last note runs to the text's end."""
    out = _cut(ZHOU)
    assert out == (
        "　　周修林居高临下地站在她的面前，似笑非笑，“是我。”\n"
        "\n\n"
        "第3章 \n"
        "　　那一晚，他们在一起，意外收获了一个小天使。\n"
        "　　【全文完】\n"
        "　　2018.3.21\n"
    )


def test_author_says_block_separator_inside():
    """A separator line inside the note (《你好，周先生》 chapter 34) does not end it."""
    text = (
        "　　姜晓也没有想到。\n"
        "　　作者有话要说：　　周思慕：听说各位姨妈嫌我长得太快了？\n"
        "　　~~~~\n"
        "　　周一妍这个人设我最初的设定就是矛盾体，骄傲自负。\n"
        "\n\n"
        "第35章 \n"
        "　　晋姝言微微一惊, 随即明白了什么。\n"
    )
    out = _cut(OLIVE + text)
    assert (
        out
        == OLIVE_CUT + "　　姜晓也没有想到。\n\n\n第35章 \n　　晋姝言微微一惊, 随即明白了什么。\n"
    )


def test_author_says_guard_single_label_stays():
    """Clause author_says_guard: one label in the text (《她来听我的演唱会》) stays."""
    text = (
        "小样，看你下次还敢不敢嫁祸给我，要知道我的偶像可是大名鼎鼎的唐僧，唐大侠。\n"
        "作者有话说：夭想说两句来着，这个，话说吧，这个故事吧，亲们看过的能不能给我点意见。\n"
        "她来听我的演唱会\n"
        "这条路，也不知道何时便是此般模样，很久很久了。\n"
    )
    assert _cut(text) == text


def test_author_says_guard_speech_and_long_block(monkeypatch):
    """Speech that quotes the label stays; a block over MAX_BLOCK_CHARS stays whole."""
    speech = OLIVE.replace("　　作者有话要说：　　很多", "　　“作者有话要说：　　很多").replace(
        "　　作者有话要说：\n", "　　他说作者有话要说：\n"
    )
    assert _cut(speech) == speech
    monkeypatch.setattr(author_says, "MAX_BLOCK_CHARS", 120)
    out = _cut(OLIVE)
    assert "很多读者留评论" not in out  # 66 characters: cut
    assert "有妹子说单次充值过30块" in out  # 150 characters: over the limit, kept


def test_author_says_off_keeps_all():
    """Without the rule in the config nothing goes."""
    rules = tuple(r for r in RULES if r != author_says.RULE)
    assert strip_boilerplate(OLIVE, BoilerplateConfig(rules=rules))[0] == OLIVE


# 晋江 lets an author put the box before the chapter's text; crawlers (jjwxcNovelCrawler's
# "作话在文前") write the title, the label and note, then the chapter
_BODY = "　　他推开门，屋里没有人，桌上放着一封信。他拆开来看了很久，才把它放回原处。\n" * 4


def test_author_says_after_title_note_before_chapter():
    """Clause author_says_after_title (review): a label right under a chapter's title
    stays with the chapter after it; a note after a chapter's text is still cut."""
    text = (
        "第1章 开始\n作者有话要说：\n　　今天更新晚了，抱歉。\n" + _BODY + "\n\n"
        "第2章 来客\n作者有话要说：感谢投雷。\n" + _BODY + "\n\n"
        "第3章 收尾\n" + _BODY + "作者有话要说：完结了，谢谢大家。\n\n\n第4章 番外\n" + _BODY
    )
    out = _cut(text)
    assert out.count("他推开门") == 16  # no chapter lost
    assert "今天更新晚了" in out and "感谢投雷" in out  # notes before a chapter stay
    assert "完结了" not in out  # a note after the chapter's text goes


def test_author_says_title_end_other_titles():
    """Clause author_says_title_end (review): titles of another shape ("0001# 标题", as
    crawlers number them) give a block no end before the next chapter: nothing is cut."""
    text = "".join(
        f"\n\n000{i}# 标题{i}\n" + _BODY + "\n*\n作者有话要说：\n谢谢大家。\n" for i in (1, 2, 3)
    )
    out = _cut(text)
    assert out.count("他推开门") == 12 and out.count("# 标题") == 3


def test_author_says_keep_boilerplate_cli():
    """--keep-boilerplate keeps the notes end to end (options -> config -> clean_text)."""
    from pipeline import options
    from pipeline.build_config import config_from_args
    from transforms.clean import clean_text

    base = ["--input", "x", "--output", "o", "--tokenizer", "t"]
    parser = options.dataset_parser()
    cut = config_from_args(parser.parse_args(base), 0, ()).clean
    keep = config_from_args(parser.parse_args(base + ["--keep-boilerplate"]), 0, ()).clean
    assert author_says.RULE in cut.boilerplate.rules
    assert "很多读者留评论" not in clean_text(OLIVE, cut).text
    assert "很多读者留评论" in clean_text(OLIVE, keep).text
    assert "有妹子说单次充值过30块" in clean_text(OLIVE, keep).text


def test_author_says_unnumbered_end():
    """Clause author_says_unnumbered_end (review): an epilogue titled "尾声" ends the note
    before it; the block ran on over the epilogue to the next label's "番外一"."""
    epilogue = "尾声\n　　很多年以后，她又回到那座城市，街角的咖啡馆还开着，门口的树也还在。\n"
    text = (
        OLIVE + "作者有话要说：正文完结了。\n\n\n" + epilogue + "作者有话要说：番外明天更。\n\n\n"
        "番外一 婚礼\n　　那天阳光很好。\n"
    )
    out = _cut(text)
    assert epilogue in out and "番外一 婚礼" in out
    assert "正文完结了" not in out and "番外明天更" not in out
