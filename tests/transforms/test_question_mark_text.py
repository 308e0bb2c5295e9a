"""Clause ``question_mark_text`` (session 35, transforms/cjk_lost_char.py): in a text that
writes most of its questions between ideographs "?", a "?" with no question word is a
question too ("…去自杀?都是些…"); guards ``question_text_needs_most``,
``question_text_names``, ``question_text_stamp``."""

from transforms.cjk_lost_char import lost_char_text, question_mark_text
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans

# Real lines of 王晋康科幻作品集 (hankinghu/literature-books): its "？" and three "?" that
# ``asked`` reads as questions (是否, 什么, 他 after), before the paragraph with the
# two unasked ones.
ASKED = (
    "“是吗？那你说该谁去？”\n"
    "“你不信有外星人？”\n"
    "孛儿诺娅指着较矮人像胸前的两个圆球，好笑地问：“这是什么器官？它有什么作用？”\n"
    "“性别退化症？是那种神秘可怕的性别退化症？”\n"
    "我暗暗摇头，开口说：“你……”我想说你是否再验算一下?但把这句话咽回去了。\n"
    "说吧，定什么样的赌注?我愿意来个倾家之赌，我是必胜无疑的…\n"
    "林松说的会不会应验?他是那么自信。\n"
)
JOINED = (
    "他真是为了那个世纪之赌才强撑到100岁?还有那个林松，"
    "真是为一个公式去自杀?都是些不可理喻的怪人。\n"
)
# 富爸爸穷爸爸系列丛书 (same repository): a lost "·" in a name (guard question_text_names).
NAME = "我就会引用罗伯特?肯尼迪最喜欢的一句话。\n"
# 林徽因经典全集 (same repository): a site's spaced stamp (guard question_text_stamp).
STAMP = "以前的事txt?小?说?天堂\n"


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, "auto").tolist()]


def test_question_mark_text_wang_jinkang():
    """Both unasked "?" of the paragraph end their sentences and become "？"."""
    text = ASKED + JOINED
    assert lost_char_text(text) and question_mark_text(text)
    got = _sentences(text)
    assert "还有那个林松，真是为一个公式去自杀?" in got
    assert "都是些不可理喻的怪人。\n" in got
    assert "他真是为了那个世纪之赌才强撑到100岁?" in got
    assert "强撑到100岁？还有那个林松，真是为一个公式去自杀？都是些" in normalize_text(text)


def test_question_text_needs_most():
    """Guard: with fewer asked "?" than others the text is one of lost characters."""
    text = ASKED.replace("应验?", "应验？").replace("一下?", "一下？") + JOINED
    assert lost_char_text(text) and not question_mark_text(text)
    got = _sentences(text)
    assert not any(s.endswith("去自杀?") for s in got)
    assert "去自杀?都是" in normalize_text(text)


def test_question_text_names_stay():
    """Guard question_text_names: a transliterated name keeps its "?" joined."""
    text = ASKED + JOINED + NAME
    assert question_mark_text(text)
    assert not any(s.endswith("罗伯特?") for s in _sentences(text))
    out = normalize_text(text)
    assert "罗伯特?肯尼迪" in out and "去自杀？都是" in out


def test_question_text_stamp_stays():
    """Guard question_text_stamp: a site's spaced stamp keeps its "?" joined."""
    text = ASKED + STAMP
    assert question_mark_text(text)
    assert not any(s.endswith(("小?", "说?")) for s in _sentences(text))
    assert "txt?小?说?天堂" in normalize_text(text)


# Review (session 35): each half of guard question_text_needs_most on its own.
MORE = "“真的吗？”她问，“为什么？”\n"
LOST = "那是一九二五?五月的事。\n他把信放进?子里，转身出门。\n"


def test_question_text_needs_most_of_three_or_more():
    """Three asked "?" but four others: not half, the text is one of lost characters."""
    text = ASKED + MORE + JOINED + LOST
    assert lost_char_text(text) and not question_mark_text(text)
    assert not any(s.endswith(("去自杀?", "放进?")) for s in _sentences(text))
    assert "去自杀?都是" in normalize_text(text)


def test_question_text_needs_three_asked():
    """Two asked "?" of three are half, but fewer than MIN_ASKED: nothing is decided."""
    text = ASKED.replace("应验?", "应验？") + "真是为一个公式去自杀?都是些不可理喻的怪人。\n"
    assert lost_char_text(text) and not question_mark_text(text)
    assert "去自杀?都是" in normalize_text(text)


def test_question_text_names_wei():
    """卫 is a name character (the record's "大卫?科茨"): the name stays joined."""
    text = ASKED + JOINED + "大卫?科茨说过这样一句话。\n"
    assert question_mark_text(text)
    assert not any(s.endswith("大卫?") for s in _sentences(text))
    assert "大卫?科茨" in normalize_text(text)
