"""Session 51 (wtC): glued chapter titles of books that lost their line breaks, proven by
the book itself (``transforms.flat_title_proofs``): clauses ``flat_chapter_contents_title``
and ``flat_chapter_couplet_length``.

Real excerpts: 金庸's 天龙八部 (jbts6/wuxia-novel, 金庸/天龙八部/天龙八部.txt: the contents list
of its second volume, "目录 第十一回 向来痴 …", after the first volume's closing note, and the last and first sentences of chapters
12, 14 and 15), each line stripped and joined by nothing as a "one line per book" export
does; 兒女英雄傳 and 九尾狐 from TzuYuJih/BDSE37_-_Project_Gutenberg's one-line files
(chapters cut to their last and first sentences, joined as the files join them).
``FLAT_LINE`` and the chapter-size thresholds are lowered so a short excerpt stands for a
whole line of whole chapters."""

from __future__ import annotations

import pytest

from transforms import flat_chapters
from transforms.flat_chapters import flat_chapter_breaks

TIANLONG_CONTENTS = [
    '盖以"天龙八部"为名,多有象征抽象,已踏入魔幻之神奇境界矣。',
    "目录",
    "第十一回 向来痴",
    "第十二回 从此醉",
    "第十三回 水榭听香 指点群豪戏",
    "第十四回 剧饮千杯男儿事",
    "第十五回 杏子林中 商略平生义",
    "第十六回 昔时因",
]
TIANLONG_CHAPTERS = [
    "心想倘得长卧小舟,以此女为伴,但求永为良友,共弄绿水,仰观星辰,此生更无他求了。",
    "第十二回",
    "从此醉",
    "小船缓缓滑前,从湖面上望过去,岸上郁郁葱葱,青翠嫩绿,枝条随风飞舞,不知有几千株柳树。",
    "但扳桨划得几下,小船只团团打转,便像昨日鸠摩智那样,说什么也没法将船划得离岸。",
    "第十四回",
    "剧饮千杯男儿事",
    "太湖中的小舟无篷无帆,甚是简便,木桨兼作舵用,船身趋向,东西南北,全由木桨在水中拨动。",
    "突然之间,人丛中一人跃起身来,向林外急奔。",
    "第十五回",
    "杏子林中 商略平生义",
    "这人背上负着五只布袋,是丐帮的五袋弟子。",
]

# 兒女英雄傳: 第一回's title runs into the text's "《兒女英雄傳》"; 第二十回 opens with 這回,
# 第二十一回 with 這書, 第二十二回 with 上回 (16-character titles, proven)
ERNV = (
    "這回書才得是全部的一個楔子，但請參觀，便見分曉。"
    "第一回隱西山閉門課驥子捷南宮垂老占龍頭《兒女英雄傳》的大意，都在「緣起首回」交代明白，不再重敘。"
    "這部書究竟傳的是些甚麼事？一班甚麼人？出在哪朝哪代？列公雅靜，聽說書的慢慢道來。"
    "這正是：傷心有淚不輕彈，知還不是傷心處。要知後事如何，下回書交代。"
    "第二十回何玉鳳毀妝全孝道安龍媒持服報恩情這回書緊接上回，表得是何玉鳳姑娘自從他父母先後亡故，"
    "直到今日才表明他那片傷心，發泄他那腔怨氣，抱了他母親那口棺材哭個不住。"
    "要知那何玉鳳合安老爺怎的同行，何玉鳳合鄧褚兩家怎的作別，下回書交代。"
    "第二十一回回心向善買犢賣刀隱語雙關借弓留硯這書前二十回已把安何張三家聯成一片，穿得一串，"
    "書中不再煩敘。從這二十一回起，就要作一篇雕弓寶硯已分重合的文章，成一段雙鳳齊鳴的佳話。"
    "鴛鴦繡了從頭看，暗把金針度與人。要知何玉鳳怎的起身，後事畢竟如何，下回書交代。"
    "第二十二回晤雙親芳心驚噩夢完大事矢志卻塵緣上回書表的是安何兩家忙著上路，鄧褚兩家忙著送別，"
    "一邊行色匆匆，一邊離懷耿耿，都已交代明白。"
)
# 九尾狐: 第一回's title (16 characters, "…願為比翼烏") runs into the text's first clause
# "龜有九尾，": a stretch of 20 characters to the first mark; 第十二回 opens with 上回,
# 第十三回 with 上集, 第十四回 with 且說 (16-character titles, proven)
JIUWEIHU = (
    "九尾狐九尾狐九尾狐"
    "第一回談楔子演說九尾狐償孽債願為比翼烏龜有九尾，狐亦有九尾。九尾龜有書，九尾狐不可無書。"
    "他為一個富貴達官寫照，因其帷薄不修，鬧出許多笑話，故與他題個雅號，叫做「九尾龜」。"
    "正是：豔幟重張延眾客，香名復噪播春申。不知來的是何客人，請觀下回接談。"
    "第十二回大排場眾客賀懸牌小結尾淫娼重出局上回說林黛玉改名胡寶玉，復落風塵，重張旗鼓。"
    "有大姐阿金等一班做手，在懸牌前幾天四處去招羅客人。"
    "欲知郭綏之當夜可曾擺酒，寶玉可曾答應，請觀後集分解。"
    "第十三回梅子含酸一時爭競楊花有意兩面調停上集書中說到，朱子清與胡士誠郭綏之等六人，"
    "在胡寶玉房中擺酒，飲酒之間，忽有人叫寶玉的局，寶玉去了許久，等得眾人心灰意懶。"
    "正是：頓使酸風消綺席，還教嗇鬼破慳囊。欲知後事如何，且待下回詳敘。"
    "第十四回郭綏之歡娛戀寶玉朱子青懊惱失珠花且說郭綏之從寶玉家出來，與士誠等訂定明晚之約，"
    "仍到這裡飲酒暢敘，眾人應允，方各分頭回去，當夜無話。"
)


@pytest.fixture
def short_line(monkeypatch):
    """An excerpt stands for a whole line (``FLAT_LINE``) of whole chapters (``MIN_GAP``,
    ``MIN_CHAPTER``)."""
    monkeypatch.setattr(flat_chapters, "FLAT_LINE", 100)
    monkeypatch.setattr(flat_chapters, "MIN_GAP", 10)
    monkeypatch.setattr(flat_chapters, "MIN_CHAPTER", 10)


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p]


def _same_text(new: str, old: str) -> bool:
    """Only breaks inserted, and a lost break's spaces replaced."""
    return new.replace("\n", "").replace(" ", "") == old.replace(" ", "")


def test_contents_list_proves_titles(short_line):
    # clause flat_chapter_contents_title: each entry's title, found again at its
    # chapter's head, ends the title there (a couplet's own space kept)
    flat = "".join(TIANLONG_CONTENTS + TIANLONG_CHAPTERS)
    out = flat_chapter_breaks(flat)
    heads = [p for p in _paragraphs(out) if p.startswith("第十") and len(p) < 20]
    assert heads == ["第十二回从此醉", "第十四回剧饮千杯男儿事", "第十五回杏子林中 商略平生义"]
    assert "\n\n小船缓缓滑前," in out and "\n\n这人背上负着五只布袋," in out
    assert _same_text(out, flat)


def test_contents_entry_ends_at_the_next_entry(short_line):
    # an entry's title ends at the next entry of its unit, whatever its number (a
    # contents list that skips 第十三回 titles 第十二回 all the same); a chapter head
    # that holds no entry's title keeps its title glued
    contents = [line for line in TIANLONG_CONTENTS if not line.startswith("第十三回")]
    contents = [line for line in contents if not line.startswith("第十四回")]
    out = flat_chapter_breaks("".join(contents + TIANLONG_CHAPTERS))
    paragraphs = _paragraphs(out)
    assert "第十二回从此醉" in paragraphs
    assert "第十四回" in paragraphs  # no entry: bare, its title stays with the text
    assert any(p.startswith("剧饮千杯男儿事太湖中的小舟") for p in paragraphs)
    assert "第十五回杏子林中 商略平生义" in paragraphs


def test_contents_entry_over_max_title_is_no_entry(short_line, monkeypatch):
    # an entry runs at most MAX_TITLE characters to the next one: past it, the text
    # between two headings is no contents entry (it proves nothing)
    from transforms import flat_title_proofs

    monkeypatch.setattr(flat_title_proofs, "MAX_TITLE", 2)
    paragraphs = _paragraphs(flat_chapter_breaks("".join(TIANLONG_CONTENTS + TIANLONG_CHAPTERS)))
    assert "第十四回" in paragraphs and "第十二回" in paragraphs


def test_title_spelled_otherwise_stays_glued(short_line):
    # the proof is the contents' string found again: a chapter head that spells its title
    # otherwise (here 從此醉 in the other script) keeps it glued
    chapters = [line.replace("从此醉", "從此醉") for line in TIANLONG_CHAPTERS]
    out = flat_chapter_breaks("".join(TIANLONG_CONTENTS + chapters))
    paragraphs = _paragraphs(out)
    assert "第十二回" in paragraphs
    assert any(p.startswith("從此醉小船缓缓滑前") for p in paragraphs)


def test_couplet_length_proves_title_before_a_mark(short_line):
    # clause flat_chapter_couplet_length: the book's proven titles are 16 characters;
    # 第一回's stretch to its first mark is 16 Han characters and the text opens on 《
    out = flat_chapter_breaks(ERNV)
    paragraphs = _paragraphs(out)
    assert "第一回隱西山閉門課驥子捷南宮垂老占龍頭" in paragraphs
    assert any(p.startswith("《兒女英雄傳》的大意") for p in paragraphs)
    assert "第二十一回回心向善買犢賣刀隱語雙關借弓留硯" in paragraphs
    assert _same_text(out, ERNV)


def test_longer_stretch_is_no_couplet_proof(short_line):
    # 九尾狐's 第一回: a stretch of 20 characters before the mark, the book's titles 16:
    # a cut at 16 is a guess (the text's first clause "龜有九尾"), the title stays glued
    paragraphs = _paragraphs(flat_chapter_breaks(JIUWEIHU))
    assert "第一回" in paragraphs
    assert any(p.startswith("談楔子演說九尾狐償孽債願為比翼烏龜有九尾，") for p in paragraphs)
    assert "第十三回梅子含酸一時爭競楊花有意兩面調停" in paragraphs


def test_couplet_length_needs_one_length(short_line, monkeypatch):
    # with fewer proven titles than MIN_PROVEN, no book shape: 第一回 stays glued
    from transforms import flat_title_proofs

    monkeypatch.setattr(flat_title_proofs, "MIN_PROVEN", 4)
    paragraphs = _paragraphs(flat_chapter_breaks(ERNV))
    assert "第一回" in paragraphs


# review: 雷日科夫's 大国悲剧：苏联解体的前因后果 (hankinghu/literature-books,
# 大国悲剧：苏联解体的前因后果.txt): the tail of its contents list ("第5章 巴库：谁是罪人", no
# question mark) and the heads of chapters 3-6 with their neighbour sentences, each line
# stripped and joined by nothing
DAGUO_CONTENTS = [
    "廓清 12月事件的本源",
    "第3章 第比利斯：颠倒黑白的审判",
    "民族主义狂热",
    "恐怖之夜的真相",
    "颠倒黑白的审判",
    "政客得势的代价",
    "第 4章 费尔干纳的黑色六月",
    "第5章 巴库：谁是罪人",
    "第6章 雪崩前奏：波罗的海三国",
    "民族主义运动坐大",
]
DAGUO_CHAPTERS = [
    "此后不久，我们便会遇到货真价实的民族主义了。",
    "第3章 第比利斯：颠倒黑白的审判",
    "民族主义狂热",
    "不由得想起圣经上的一句格言：“播种风的人，必遭风暴之灾。”",
    "第4章 费尔干纳的黑色六月",
    "第比利斯悲剧发生后，毁灭国家的下一个步骤就是在费尔干纳挑起事端。",
    "是的，这时你不由得会想到一句老话：“善恶到头终有报。”报应终于来了，遗憾的是报得还不够狠。",
    "第5章 巴库：谁是罪人？",
    "我现在要讲的1990年1月发生在巴库的事件，不应该看成是局部事件。",
    "本书叙述的1990年1月发生的巴库事件，只是其中的某些场景。",
    "第6章  雪崩前奏：波罗的海三国（上）",
    "20世纪80年代后半期我国在民族土壤上发生的种种事件，带有地区性。",
]


@pytest.mark.parametrize("joiner", ["", " "])
def test_contents_title_keeps_the_heading_question_mark(short_line, joiner):
    # clause flat_chapter_contents_whole (review): the contents list gives 第5章's title
    # without its question mark; the mark right after it at the chapter's head is the
    # title's own (no text opens on "？"), so the text opens on "我现在要讲的"
    flat = joiner.join(DAGUO_CONTENTS + DAGUO_CHAPTERS)
    out = flat_chapter_breaks(flat)
    paragraphs = [p.strip(" ") for p in _paragraphs(out)]
    assert "第5章 巴库：谁是罪人？" in paragraphs
    assert any(p.startswith("我现在要讲的1990年") for p in paragraphs)
    assert not any(p.startswith("？") for p in paragraphs)
    assert _same_text(out, flat)


# review: 罗素's 幸福之路 (hankinghu/literature-books, 哲学/伯特兰·罗素：幸福之路.txt): its contents
# list (entries 第五章-第九章) and the heads of chapters 5-8 with their neighbour sentences;
# 第七章's first sentence names 第一章 within MAX_TITLE characters of the heading
XINGFU = [
    "目录",
    "第五章\u3000疲劳",
    "第六章\u3000嫉妒",
    "第七章\u3000负罪感",
    "第八章\u3000虐待狂",
    "第九章\u3000舆论恐惧症",
    "现代城市居民所遭受的一种非同一般的厌烦，与他们同大地生命的分离密切相关，"
    "它使得生命变得炽热、肮脏而又饥渴，就像沙漠中的朝圣一样。",
    "第五章\u3000疲劳",
    "疲劳有多种形式，其中一些比另一些对于幸福的妨碍更为严重。",
    "神经疲劳的最为糟糕的特征之一，就是它是人和外部世界之间的一道障碍。",
    "第六章\u3000嫉妒",
    "使人不幸福的最主要的潜在原因，除了忧虑之外，下一个也许就是忌妒了。",
    "所有的坏事情都是互相联系的，其中任何一个都可能成为另一个的原因。",
    "第七章\u3000负罪感",
    "说到负罪感，我们已经在第一章中作了一些片断性的讨论，不过现在我们需要作进一步的更充分的探讨，"
    "因为它是成年人生活不幸福的一种最重要的潜在心理原因。",
    "我们传统的道德观是不恰当地以自我为中心的，犯罪意识也是这一不明智的对于自我的关注的一部分。",
    "第八章\u3000虐待狂",
    "在其极端的形式上，虐待狂被认为是一种精神病。",
]


def test_run_heading_is_no_contents_entry(short_line):
    # clause flat_chapter_contents_title: only headings outside the run are contents
    # entries; counted as one, 第七章's own head would "prove" its title up to the 第一章
    # its first sentence names ("…负罪感说到负罪感，我们已经在" | "第一章中作了…")
    flat = "".join(XINGFU)
    paragraphs = _paragraphs(flat_chapter_breaks(flat))
    heads = [p for p in paragraphs if p.startswith("第") and len(p) < 12]
    assert heads == [
        "第五章\u3000疲劳",
        "第六章\u3000嫉妒",
        "第七章\u3000负罪感",
        "第八章\u3000虐待狂",
    ]
    assert any(p.startswith("说到负罪感，我们已经在第一章中") for p in paragraphs)


def test_contents_title_outranks_the_spaced_shape(short_line):
    # clause flat_chapter_contents_first (review): joined with spaces, 第十五回's title
    # halves differ in length ("杏子林中" 4, "商略平生义" 5), so its shape alone
    # (flat_chapter_spaced_title) cut after "杏子林中"; the contents list sets out the
    # whole title, and that string found again at the chapter's head ends it
    flat = " ".join(TIANLONG_CONTENTS + TIANLONG_CHAPTERS)
    out = flat_chapter_breaks(flat)
    paragraphs = _paragraphs(out)
    assert "第十五回 杏子林中 商略平生义" in paragraphs
    assert any(p.startswith("这人背上负着五只布袋,") for p in paragraphs)
    assert "第十二回 从此醉" in paragraphs and "第十四回 剧饮千杯男儿事" in paragraphs
    assert _same_text(out, flat)


# review: 丘吉尔's 第一次世界大战回忆录 (hankinghu/literature-books, 军事/温斯顿·丘吉尔：第一次世界大战
# 回忆录 全五卷.txt): its contents entries 第33章-第37章 and chapters 34-36, each head with the
# last sentence before it and the section number and first sentence after it; 第35章's
# heading line ends with a footnote mark "①" the contents list does not give
CHURCHILL = [
    "第33章\u3000山雨欲来",
    "第34章\u3000苏夫拉湾战役",
    "第35章\u3000巴尔干诸国的毁灭",
    "第36章\u3000放弃达达尼尔海峡",
    "第37章\u30001915年的结果",
    "【第三卷\u30001916—1918年】",
    "④海军上尉冯·海姆堡，《潜艇对潜艇》（载《周刊》（die woche），1917年3月10日）。",
    "第34章\u3000苏夫拉湾战役",
    "01.",
    "回顾英国陆军漫长而多变的历史，其中最令人心碎的片断就是苏夫拉湾战役。",
    "⑿比7月份人数减少是由于这一个月这些师在半岛上有净损失。",
    "第35章\u3000巴尔干诸国的毁灭①",
    "01.",
    "巴尔干半岛上信奉基督教的国家就像是一群受压制要反抗的孩子。",
    "②显然这儿指的是”士兵”，即伤亡的人员。",
    "第36章\u3000放弃达达尼尔海峡",
    "01.",
    "前一章所描述的事件直接导致了攻打达达尼尔海峡的行动计划的放弃。",
]


@pytest.mark.parametrize("joiner", ["", " "])
def test_contents_title_keeps_the_heading_footnote_mark(short_line, joiner):
    # clause flat_chapter_contents_whole (review): the footnote mark right after the
    # contents' title is the heading's own; the text opens on the section number "01."
    flat = joiner.join(CHURCHILL)
    out = flat_chapter_breaks(flat)
    paragraphs = [p.strip(" ") for p in _paragraphs(out)]
    assert "第35章\u3000巴尔干诸国的毁灭①" in paragraphs
    assert "第34章\u3000苏夫拉湾战役" in paragraphs and "第36章\u3000放弃达达尼尔海峡" in paragraphs
    assert any(p.startswith("01.") and "巴尔干半岛上" in p for p in paragraphs)
    assert not any(p.startswith("①") for p in paragraphs)
    assert _same_text(out, flat)
