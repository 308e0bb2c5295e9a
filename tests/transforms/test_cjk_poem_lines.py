"""A Chinese poem set one line to a verse, as Debian's fortunes-zh 2.98
(``usr/share/games/fortunes/chinese``) sets 毛泽东's 沁园春·雪: its title, an
author line without any mark, the verses with a trailing space after some
"。". Clause ``verse_unmarked_lines`` (``transforms.cjk_layout``, rule
``cjk_verse_lines``) and clause ``verse_clause_lines`` (``transforms.paragraphs``)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# fortunes-zh 2.98, chinese, lines 25230-25258 (colour escapes removed).
SNOW = (
    "《沁园春・雪》 \n"
    "毛泽东 一九三六年二月\n"
    "北国风光，\n"
    "千里冰封，\n"
    "万里雪飘。 \n"
    "望长城内外，\n"
    "惟馀莽莽； \n"
    "大河上下，\n"
    "顿失滔滔。 \n"
    "山舞银蛇，\n"
    "原驰蜡象，\n"
    "欲与天公试比高。 \n"
    "须晴日，\n"
    "看红妆素裹，\n"
    "分外妖娆。 \n"
    "\n"
    "江山如此多娇，\n"
    "引无数英雄竟折腰。 \n"
    "惜秦皇汉武，\n"
    "略输文采；\n"
    "唐宗宋祖，\n"
    "稍逊风骚。 \n"
    "一代天骄，\n"
    "成吉思汉，\n"
    "只识弯弓射大雕。 \n"
    "俱往矣，\n"
    "数风流人物，\n"
    "还看今朝。\n"
)

# 红楼梦 (the shared zh_classics file, lines 14-20): the chapter's title line, wide
# and without a mark, over the wrapped prose of 第一回.
HONGLOU = (
    "               第一回  甄士隐梦幻识通灵 贾雨村风尘怀闺秀 \n"
    "\n"
    "    ——此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去， \n"
    "而借通灵说此《石头记》一书也，故曰“甄士隐”云云。但书中所记何事何 \n"
    "人？自己又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，一一细 \n"
    "考较去，觉其行止见识皆出我之上。我堂堂须眉诚不若彼裙钗，我实愧则有 \n"
    "馀，悔又无益，大无可如何之日也。当此日，欲将已往所赖天恩祖德，锦衣 \n"
    "纨袴之时，饫甘餍肥之日，背父兄教育之恩，负师友规训之德，以致今日一 \n"
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_verse_unmarked_lines_the_author_line_and_verses_keep_their_breaks():
    clean = _clean(SNOW)
    lines = clean.split("\n")
    # The author line stays a line of its own (it was "毛泽东 一九三六年二月北国风光，").
    assert "毛泽东 一九三六年二月" in lines and "北国风光，" in lines
    # Verses ending "。" keep their break (they joined: "欲与天公试比高。须晴日，").
    for verse in ("欲与天公试比高。", "引无数英雄竟折腰。", "只识弯弓射大雕。"):
        assert verse in lines
    # Nothing of the poem is lost or changed but line edges.
    assert clean.replace("\n", "") == SNOW.replace(" \n", "\n").replace("\n", "")


def test_verse_unmarked_lines_wrapped_prose_still_joins():
    clean = _clean(HONGLOU)
    title, prose = clean.strip().split("\n\n")
    assert "\n" not in title and "\n" not in prose
    assert "故将真事隐去，而借通灵说" in prose and "我实愧则有馀，悔又无益" in prose


def _paragraphs(clean: str) -> list[str]:
    from transforms.paragraphs import paragraph_starts

    starts = paragraph_starts(clean).tolist() + [len(clean)]
    return [clean[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=True)]


def test_verse_clause_lines_a_verse_ending_on_a_comma_keeps_its_sentence():
    paras = _paragraphs(_clean(SNOW))
    # Each sentence of the poem is one paragraph, its verse lines kept as lines
    # (before: "山舞银蛇，" and "原驰蜡象，" were paragraphs of their own).
    assert "山舞银蛇，\n原驰蜡象，\n欲与天公试比高。" in paras
    assert "北国风光，\n千里冰封，\n万里雪飘。" in paras
    assert "一代天骄，\n成吉思汉，\n只识弯弓射大雕。" in paras
    assert "《沁园春・雪》" in paras and "毛泽东 一九三六年二月" in paras


# 红楼梦 (the shared file, lines 11305-11309, 第五十回): a linked verse, each verse
# under the line that names its speaker ("自己联道：").
LINKED = (
    "吃了两杯酒，自去了。这里李纨就写了： \n"
    "                                 一夜北风紧， \n"
    "     自己联道： \n"
    "                          开门雪尚飘。入泥怜洁白， \n"
    "    香菱道： \n"
)


def test_verse_clause_lines_not_before_a_speaker_line():
    paras = _paragraphs(_clean(LINKED))
    assert "一夜北风紧，" in paras and "自己联道：" in paras
