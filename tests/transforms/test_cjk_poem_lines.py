"""A Chinese poem set one line to a verse, as Debian's fortunes-zh 2.98
(``usr/share/games/fortunes/chinese``) sets 毛泽东's 沁园春·雪: its title, an
author line without any mark, the verses with a trailing space after some
"。". Clause ``verse_unmarked_lines`` (``transforms.cjk_layout``, rule
``cjk_verse_lines``) and clause ``verse_clause_lines`` (``transforms.paragraphs``)."""

from tests.transforms.test_cjk_layout import HONGLOU as CHAPTER_ONE
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
HONGLOU = "               第一回  甄士隐梦幻识通灵 贾雨村风尘怀闺秀 \n\n" + "".join(
    CHAPTER_ONE.splitlines(keepends=True)[:6]
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
    # The poem's sentences keep their verse lines ("山舞银蛇，" and "原驰蜡象，" were
    # paragraphs of their own). The first stanza, under the title and author lines
    # in one block, is one paragraph (clause cjk_title_lines_over_poem, session 25;
    # it was one paragraph per sentence).
    assert paras[2].startswith("北国风光，\n千里冰封，\n万里雪飘。\n望长城内外，")
    assert "山舞银蛇，\n原驰蜡象，\n欲与天公试比高。" in paras[2]
    # The second stanza, a block of verse alone, is one paragraph (clause
    # cjk_stanza_paragraph, session 24; it was one paragraph per sentence).
    assert "江山如此多娇，\n引无数英雄竟折腰。\n惜秦皇汉武，" in paras[-1]
    assert paras[-1].endswith("数风流人物，\n还看今朝。")
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


# fortunes-zh 2.98, chinese: lines 29971-29976 (诗经·小戎, a stanza a line) and
# 41-50 (the Debian Code of Conduct, wrapped at about 60 columns), colour escapes
# removed. The long stanza lines set the document's CJK width (over 100 columns),
# so the Code of Conduct's lines were not "full" and its cut phrases stayed cut.
FORTUNES = (
    "《詩經‧ 國風‧ 秦‧ 小戎》\n"
    "\n"
    "    小戎俴收，五楘梁輈，游環脅驅，陰靷鋈續，文茵暢轂，駕我騏馵。言念君子，溫其如玉。在其板屋，亂我心曲。\n"
    "    四牡孔阜，六轡在手，騏駵是中，騧驪是驂，龍盾之合，鋈以觼軜。言念君子，溫其在邑。方何為期，胡然我念之。\n"
    "    俴駟孔羣，厹矛鋈錞，蒙伐有苑，虎韔鏤膺，交韔二弓，竹閉緄縢。言念君子，載寢載興。厭厭良人，秩秩德音。\n"
    "%\n"
    "保持开放\n"
    "\n"
    "Debian 社区中采用的大部分通信方式都同时支持公开通信和私人通信。\n"
    "根据《Debian 社会契约》，除非是讨论一些敏感话题，\n"
    "那么对于 Debian 相关的讨论，应该尽量通过公共渠道进行。\n"
    "\n"
    "这一点也适用于 Debian 相关的求助。这不仅仅是因为在公共渠道\n"
    "寻求帮助更容易得到回复，同时别人的回复中的疏漏和错误也更有可能\n"
    "被大家察觉和纠正。\n"
    "\n"
    "    -- Debian 《行为准则》第五条\n"
    "%\n"
)


def test_block_width_a_fortune_wrapped_at_its_own_width_joins():
    clean = _clean(FORTUNES)
    # Cut mid-phrase at the fortune's own width: joined.
    assert "因为在公共渠道寻求帮助更容易" in clean
    assert "也更有可能被大家察觉和纠正。" in clean
    # Lines ending on a mark stay as the author set them, and the title.
    assert "私人通信。\n根据" in clean
    assert "保持开放\n" in clean
