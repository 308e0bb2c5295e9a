"""A Chinese poem's title and author lines over its verse in one block: clause
``cjk_title_lines_over_poem`` (``transforms.verse_stanzas.cjk_title_lines``, used by
``transforms.paragraphs.paragraph_starts``). The verse is one paragraph, the title
and the author line one each."""

import transforms.paragraphs as par
import transforms.verse_stanzas as vs

# fortunes-zh 2.98 tang300 lines 644-665 (colour codes dropped as normalization
# drops them): 白居易 《长恨歌》, its title, author and first 20 couplet lines (the whole
# poem's 60 were a paragraph a line, rule sentence_lines).
TITLE = "《长恨歌》"
AUTHOR = "作者：白居易"
VERSE = (
    "汉皇重色思倾国，御宇多年求不得。\n"
    "杨家有女初长成，养在深闺人未识。\n"
    "天生丽质难自弃，一朝选在君王侧。\n"
    "回眸一笑百媚生，六宫粉黛无颜色。\n"
    "春寒赐浴华清池，温泉水滑洗凝脂。\n"
    "侍儿扶起娇无力，始是新承恩泽时。\n"
    "云鬓花颜金步摇，芙蓉帐暖度春宵。\n"
    "春宵苦短日高起，从此君王不早朝。\n"
    "承欢侍宴无闲暇，春从春游夜专夜。\n"
    "后宫佳丽三千人，三千宠爱在一身。\n"
    "金屋妆成娇侍夜，玉楼宴罢醉和春。\n"
    "姊妹弟兄皆列土，可怜光彩生门户。\n"
    "遂令天下父母心，不重生男重生女。\n"
    "骊宫高处入青云，仙乐风飘处处闻。\n"
    "缓歌谩舞凝丝竹，尽日君王看不足。\n"
    "渔阳鼙鼓动地来，惊破霓裳羽衣曲。\n"
    "九重城阙烟尘生，千乘万骑西南行。\n"
    "翠华摇摇行复止，西出都门百余里。\n"
    "六军不发无奈何，宛转蛾眉马前死。\n"
    "花钿委地无人收，翠翘金雀玉搔头。"
)
BLOCK = f"{TITLE}\n{AUTHOR}\n{VERSE}\n"


def _paragraphs(text: str) -> list[str]:
    starts = par.paragraph_starts(text).tolist() + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=True)]


def test_cjk_title_lines_over_poem_verse_is_one_paragraph_under_its_head():
    assert vs.cjk_title_lines(BLOCK.strip().split("\n")) == 2
    assert _paragraphs(BLOCK) == [TITLE, AUTHOR, VERSE]


def test_cjk_title_lines_over_poem_off_a_paragraph_a_line(monkeypatch):
    monkeypatch.setattr(par, "cjk_title_lines", lambda lines: 0)
    assert _paragraphs(BLOCK) == [TITLE, AUTHOR, *VERSE.split("\n")]


def test_cjk_title_lines_over_poem_prose_under_a_title_keeps_its_lines():
    # 红楼梦's chapter title over its first lines (zh_classics lines 13-17, the
    # page line and the blank line dropped): prose, no stanza.
    prose = (
        "第一回  甄士隐梦幻识通灵 贾雨村风尘怀闺秀\n"
        "——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，\n"
        "而借通灵说此《石头记》一书也，故曰“甄士隐”云云。但书中所记何事何\n"
    )
    assert vs.cjk_title_lines(prose.strip().split("\n")) == 0
