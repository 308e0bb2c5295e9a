"""Rule ``cjk_title_lines`` (``transforms.cjk_titles``): the named sections of a
CJK book, on excerpts of public-domain classics as the chinese-poetry 2.0.1
package (npm) gives them, laid out as plain-text books: 论语, 孟子, 诗经, 古文观止."""

from transforms.sections import find_sections

LUNYU = (
    "论语\n\n"
    "学而篇\n\n"
    "子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”\n\n"
    "子曰：“巧言令色，鲜矣仁！”\n\n"
    "为政篇\n\n"
    "子曰：“为政以德，譬如北辰，居其所而众星共之。”\n\n"
    "子曰：“《诗》三百，一言以蔽之，曰：‘思无邪’。”\n\n"
    "八佾篇\n\n"
    "孔子谓季氏:“八佾舞于庭，是可忍也，孰不可忍也？”\n"
)
# 诗经: three groups (国风 of 周南, 召南, 邶风), a poem or two each; "氓" is one
# character long.
SHIJING = (
    "诗经\n\n\n"
    "国风・周南\n\n"
    "关雎\n\n"
    "关关雎鸠，在河之洲。窈窕淑女，君子好逑。\n"
    "参差荇菜，左右流之。窈窕淑女，寤寐求之。\n\n"
    "国风・召南\n\n"
    "鹊巢\n\n"
    "维鹊有巢，维鸠居之。之子于归，百两御之。\n"
    "维鹊有巢，维鸠方之。之子于归，百两将之。\n\n"
    "国风・卫风\n\n"
    "氓\n\n"
    "氓之蚩蚩，抱布贸丝。匪来贸丝，来即我谋。送子涉淇，至于顿丘。匪我愆期，子无良媒。将子无怒，秋以为期。\n\n"
    "木瓜\n\n"
    "投我以木瓜，报之以琼琚。匪报也，永以为好也！\n"
)


def titles(text):
    return [(s.title, s.level) for s in find_sections(text)[0]]


def test_the_named_pian_of_the_analects_are_sections():
    """论语 had one section: its 篇 carry a name, no number."""
    assert titles(LUNYU) == [("论语", 1), ("学而篇", 1), ("为政篇", 1), ("八佾篇", 1)]
    sections = find_sections(LUNYU)[0]
    assert LUNYU[sections[2].start :].startswith("为政篇\n\n子曰：“为政以德")


def test_poems_under_their_groups():
    """诗经: a group title over its poems' titles is a level above them."""
    assert titles(SHIJING) == [
        ("", 0), ("国风・周南", 1), ("关雎", 2), ("国风・召南", 1), ("鹊巢", 2),
        ("国风・卫风", 1), ("氓", 2), ("木瓜", 2),
    ]  # fmt: skip


def test_titled_pieces_inside_numbered_volumes():
    """古文观止: the pieces of a numbered 卷 are a level under it; the author
    line under a title ("《左傳》 先秦：左丘明") has marks, so it is text."""
    text = (
        "卷一・周文\n\n"
        "鄭伯克段於鄢\n\n《左傳》 先秦：左丘明\n\n"
        "初，鄭武公娶於申，曰武姜，生莊公及共叔段。莊公寤生，驚姜氏，故名曰寤生，遂惡之。\n\n"
        "周鄭交質\n\n《左傳》 先秦：左丘明\n\n"
        "鄭武公、莊公爲平王卿士。王貳於虢，鄭伯怨王。王曰：“無之。”故周、鄭交質。\n\n"
        "卷二・周文\n\n"
        "鄭子家告趙宣子\n\n《左傳》 先秦：左丘明\n\n"
        "晉侯合諸侯於扈，平宋也。於是晉侯不見鄭伯，以爲貳於楚也。\n"
    )
    assert titles(text) == [
        ("卷一・周文", 1), ("鄭伯克段於鄢", 2), ("周鄭交質", 2), ("卷二・周文", 1), ("鄭子家告趙宣子", 2),
    ]  # fmt: skip


def test_a_variant_note_split_over_lines_heads_nothing():
    """古文观止's 陳情表 as the package splits a variant note ("(愍 一作：憫 煢煢" /
    "孑立" / "一作：" / "獨立" / ")"): "獨立" has a closing bracket under it, not
    text, and heads no group: the text after it is more than a group's title line."""
    text = (
        "陳情表\n\n(李密) 魏晉：西晉·李密\n\n"
        "臣密言：臣以險釁，夙遭閔凶。生孩六月，慈父見背；行年四歲，舅奪母志。"
        "(愍 一作：憫 煢煢\n\n孑立\n\n一作：\n\n獨立\n\n)\n\n"
        "逮奉聖朝，沐浴清化。前太守臣逵察臣孝廉；後刺史臣榮舉臣秀才。\n\n"
        "陳情表\n\n逮奉聖朝，沐浴清化。前太守臣逵察臣孝廉；後刺史臣榮舉臣秀才。\n\n"
        "陳情表\n\n逮奉聖朝，沐浴清化。前太守臣逵察臣孝廉；後刺史臣榮舉臣秀才。\n"
    )
    assert [t for t, _ in titles(text)] == ["陳情表", "陳情表", "陳情表"]


def test_no_titles_inside_numbered_chapters_or_without_enough_of_them():
    """In 红楼梦 the chapters are 第X回: a short line inside one (a verse
    attribution, "诗曰") is part of it. Two titles are not enough evidence, and
    a line with punctuation (a verse line) is never a title."""
    chaptered = (
        "第一回  甄士隐梦幻识通灵 贾雨村风尘怀闺秀\n\n"
        "此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去。\n\n"
        "诗曰\n\n"
        "满纸荒唐言，一把辛酸泪。都云作者痴，谁解其中味！\n\n"
        "第二回  贾夫人仙逝扬州城 冷子兴演说荣国府\n\n"
        "却说封肃因听见公差传唤，忙出来陪笑启问。\n\n"
        "后人\n\n"
        "却说封肃因听见公差传唤，忙出来陪笑启问，那些人只嚷。\n\n"
        "有诗\n\n"
        "却说封肃因听见公差传唤，忙出来陪笑启问，那些人只嚷。\n"
    )
    assert [t for t, _ in titles(chaptered)] == [
        "第一回 甄士隐梦幻识通灵 贾雨村风尘怀闺秀",
        "第二回 贾夫人仙逝扬州城 冷子兴演说荣国府",
    ]
    two = LUNYU.split("八佾篇")[0].replace("论语\n\n", "")
    assert titles(two) == [("", 0)]
    verse = "满纸荒唐言\n\n" + LUNYU.replace("论语", "满纸荒唐言，一把辛酸泪。")
    assert [t for t, _ in titles(verse)] == ["满纸荒唐言", "学而篇", "为政篇", "八佾篇"]


def test_an_english_text_naming_chinese_words_has_no_cjk_sections():
    """The text under a title must be CJK: an English glossary of the 篇 is not a book of them."""
    text = "".join(
        f"{name}\n\nThe book called {name} opens with the Master's sayings on learning.\n\n"
        for name in ("学而篇", "为政篇", "八佾篇", "里仁篇")
    )
    assert titles(text) == [("", 0)]


# Hamlet I.1 in 朱生豪's translation (public domain), set as plays are in plain
# text: each speaker's name on a line of its own over the speech.
HAMLET_ZH = """勃那多

那边是谁？

弗兰西斯科

不，你回答我；站住，告诉我你是什么人。

勃那多

国王万岁！

弗兰西斯科

勃那多吗？

勃那多

正是。

弗兰西斯科

你来得很准时。

勃那多

现在已经打过十二点钟；你去睡吧，弗兰西斯科。

弗兰西斯科

谢谢你来替我；天冷得厉害，我心里也老大不舒服。

勃那多

你守在这儿，一切都很安静吗？

弗兰西斯科

连一只小老鼠也不见走动。

勃那多

好，晚安！要是你碰见霍拉旭和马西勒斯，我的守夜的伙伴们，就叫他们赶紧来。

弗兰西斯科

我想我听见了他们的声音。喂，站住！你是谁？
"""


def test_speaker_names_of_a_play_are_no_sections():
    """Rule cjk_title_lines: the names over a play's speeches repeat; they
    headed a section each ("勃那多", "弗兰西斯科", ...)."""
    titles = [s.title for s in find_sections(HAMLET_ZH)[0]]
    assert not {"勃那多", "弗兰西斯科"} & set(titles), titles
