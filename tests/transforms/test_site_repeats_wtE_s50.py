"""Session 50 (branch wtE): the clauses of ``transforms.site_repeats`` on real passages of
the Chinese mirrors (docs/quality/session-50-wtE.md): a site's stamp written plain and known
by its repetition in the book, or by standing as a line of its own between paragraphs."""

from __future__ import annotations

from transforms.boilerplate import strip_boilerplate
from transforms.site_repeats import (
    bare_address_repeats,
    remember_stamps,
    repeated_brackets,
    repeated_tails,
)

# 我在精神病院学斩神 (zzk6780051/novel, normalized): "首发网址" after four paragraphs and
# alone on two lines, between the story's paragraphs
NOVEL = (
    " 听完身旁副官的描述，总指挥的眉头微微皱起，看着那两个浴血奋战的身影，长叹了一口气，首发网址\n\n"
    " &quot;预备队？&quot;首发网址\n\n"
    " 首发网址\n\n"
    " 首发网址\n\n"
    " 明亮的光束划过破败的灰墙，照射到那漆黑的幽洞，只见在棕红色的破烂木框之后，一张惨白的人脸正紧贴"
    "在墙边，一对没有眼白的漆黑双眸正直勾勾的盯着楼下的四人！首发网址\n\n"
    " 失去了腿脚的巨蚁重重的摔落在地上，由于惯性继续向前擦去，与此同时另一柄直刀回旋，将那束缚住女孩"
    "的前肢同样切下！首发网址\n"
)

# 极品宝贝无敌妻 (zzk6780051/novel): the bracket glued after sentences, 53 times in the book
BRACKETS = (
    "\u3000\u3000“好吧。”周博文虽然有点失望，但是却并不勉强，只是将自己的手机号写下来递了过去，"
    "“这是我的号码，随时为你开机。（八九好看的言情小说 ）”\n"
    "\u3000\u3000“主子？”香橙小心的叫了一声，不过没有人应声，“少爷？”再接再厉。（八九好看的言情小说 ）"
    "就是没有人回应。\n"
    "\u3000\u300043.好心没好报\u3000\u3000香橙回到房间，迅速的窜进了浴室，那心跳的还咚咚直响呢。"
    "（八九好看的言情小说 ）鼻息间似乎还残存着楚飞扬那特有的男性气息，眼前似乎又晃动起那精壮的没有"
    "一丝赘肉的胸口……\n"
)

# 妖孽龙皇在都市 (zzk6780051/novel): the frame after chapters' last sentences, 99 times
FRAMES = (
    " “终于出来了，等我境界提升了，修罗仙姑，嘿嘿，我让你变成修罗欲|女，敢打我的主意！！”驼子兴奋的"
    "一脸淫笑。请记住妖孽龙皇在都市 最新章节 第47章 五行神龙网址：\n\n"
    " “放心吧，一次性给你解决，保证以后他不会再去烦你。”陆凡霸气的道。请记住妖孽龙皇在都市 最新章节 "
    "第63章 拆台的妹妹网址：\n\n"
    " 在他看来有些可笑。请记住妖孽龙皇在都市 最新章节 第64章 宁海四少网址：\n"
)

# 局外人 (hexhero/book-txt, wtH48's zh_hex): three bare addresses under paragraphs cut by the
# page (lines 72, 150, 209 of the file; the book holds 8), 56wen's written twice
OUTSIDER = (
    "我只听见耳朵里血液一阵阵流动声。我站着不动。老萨拉玛诺的屋子里，狗还在低声哼哼\n"
    "www.100ppt.cn\n"
    "\n\n"
    "推事把我送到他的办公室门口，拍着我的肩膀亲切地说：“今天就到此为止，反基督先生。”然后，他们"
    "再把我交到法警手里\n"
    "www.56wen.com\n"
    "\n\n"
    "仿佛画在夏日天空中的熟悉的道路既能通向牢房，也能通向安静的睡眠\n"
    "www.56wen.com\n"
    "\n"
)

# 盛雪：远华案黑幕 (hankinghu/literature-books): the publisher's address, once, in the imprint
IMPRINT = "远华案黑幕\n\n盛雪 著\n\n明镜出版社\nwww.mirrorbooks.com\n\n2001年7月\n\n"


def _cut(text, edits):
    return [text[e.start : e.end] for e in sorted(edits, key=lambda e: e.start)]


def _lines(text):
    """(start, end) of every line (the clause reads the lines ``promo_lines`` gives it)."""
    spans, a = [], 0
    for line in text.split("\n"):
        spans.append((a, a + len(line)))
        a += len(line) + 1
    return spans


def test_repeated_site_tail():
    cut = _cut(NOVEL, repeated_tails(NOVEL))
    # four tails glued after the sentence, two lines of the stamp alone (with their break)
    assert cut == ["首发网址", "首发网址", " 首发网址\n", " 首发网址\n", "首发网址", "首发网址"]
    stripped, _ = strip_boilerplate(NOVEL)
    assert "首发网址" not in stripped
    assert "长叹了一口气，\n" in stripped and "同样切下！\n" in stripped
    assert stripped.count("\n") < NOVEL.count("\n")  # the two stamp lines went


def test_repeated_site_tail_guards():
    # guard site_tail_repeated: two copies are a sentence's own words
    two = NOVEL.split("\n\n")
    assert repeated_tails("\n\n".join(two[:2]) + "\n") == []
    # guard site_tail_not_cited: a title's marks ("——《小说网》" under three stories) stay
    cited = "".join(f"第{k}篇故事讲完了。——《故事小说网》\n" for k in range(3))
    assert repeated_tails(cited) == []
    # guard site_tail_not_file (review): a manual's steps each ending with a file's name
    steps = "第一步，打开配置文件。\nreadme.txt\n第二步，再次打开文件。readme.txt\n第三步，检查。readme.txt\n"
    assert repeated_tails(steps) == []


def test_repeated_site_bracket():
    cut = _cut(BRACKETS, repeated_brackets(BRACKETS))
    assert cut == ["（八九好看的言情小说 ）"] * 3
    stripped, _ = strip_boilerplate(BRACKETS)
    assert "八九" not in stripped
    assert "再接再厉。就是没有人回应。" in stripped and "随时为你开机。”" in stripped
    # guard site_bracket_repeated: two copies stay; a bracket after a name is no stamp
    assert repeated_brackets("\n".join(BRACKETS.split("\n")[:2])) == []
    named = "《围城》（长篇小说）、《人兽鬼》（长篇小说）和《写在人生边上》（长篇小说）。\n"
    assert repeated_brackets(named) == []


def test_remember_address_stamp():
    cut = _cut(FRAMES, remember_stamps(FRAMES))
    assert len(cut) == 3 and all(
        c.startswith("请记住妖孽龙皇在都市") and c.endswith("网址：") for c in cut
    )
    stripped, _ = strip_boilerplate(FRAMES)
    assert "请记住" not in stripped and "网址" not in stripped
    assert "驼子兴奋的一脸淫笑。\n" in stripped and "在他看来有些可笑。\n" in stripped
    # guard remember_stamp_repeated: one or two frames stay
    assert remember_stamps(FRAMES.split("\n\n")[0]) == []


def test_repeated_bare_address():
    cut = _cut(OUTSIDER, bare_address_repeats(OUTSIDER, _lines(OUTSIDER)))
    assert cut == ["www.100ppt.cn\n", "www.56wen.com\n", "www.56wen.com\n"]
    stripped, _ = strip_boilerplate(OUTSIDER)
    assert "www" not in stripped
    assert "狗还在低声哼哼\n\n\n推事" in stripped and stripped.endswith("安静的睡眠\n")


def test_repeated_bare_address_guards():
    # one address line (a publisher's imprint) stays, in the clause and in the whole rule set
    assert bare_address_repeats(IMPRINT, _lines(IMPRINT)) == []
    assert strip_boilerplate(IMPRINT)[0] == IMPRINT
    # guard bare_lines_apart: two address lines in a row are a list of sites
    listed = "推荐网站：\n\nwww.100ppt.cn\nwww.56wen.com\n\n以上。\n"
    assert bare_address_repeats(listed, _lines(listed)) == []
    # guard bare_line_named_above: a guide's entry under the site's name
    guide = "下书网\nwww.100ppt.cn\n\n文学网\nwww.56wen.com\n"
    assert bare_address_repeats(guide, _lines(guide)) == []


def test_repeated_bare_address_needs_three_lines_and_a_repeated_host():
    """Review (session 50): ``MIN_BARE`` 3 and guard ``bare_host_repeated``. Two of
    局外人's stamps alone (two sites, each once) are thin evidence and stay; a reference
    book's sites, each named once under its paragraph, stay however many (the publishers'
    addresses of 盛雪's imprint and of 《引爆点》's, hankinghu/literature-books, under
    sentences of their own)."""
    two = OUTSIDER.rsplit("仿佛", 1)[0]
    assert bare_address_repeats(two, _lines(two)) == []
    guide = (
        "明镜出版社在纽约，出版了盛雪的《远华案黑幕》。\nwww.mirrorbooks.com\n\n"
        "中信出版社出版了格拉德威尔的《引爆点》。\nhttp://www.publish.citic.com\n\n"
        "本书的作者在网上写了两篇文章。\nwww.100ppt.cn\n\n"
    )
    assert bare_address_repeats(guide, _lines(guide)) == []
    assert strip_boilerplate(guide)[0] == guide
