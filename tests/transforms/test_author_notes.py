"""Session 31 (wtD): the opt-in rule ``author_note`` (``transforms.author_notes``,
``--drop-author-notes``): a web novel's notes to its readers. Excerpts of
zzk6780051/novel's downloads and of hankinghu/literature-books as decoded."""

from __future__ import annotations

import pytest

from pipeline import options
from pipeline.build_config import config_from_args
from transforms.boilerplate import RULES, BoilerplateConfig
from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text

DROP = CleanConfig(boilerplate=BoilerplateConfig(rules=RULES + ("author_note",)))


KEEP = CleanConfig()


def cleaned(text: str, config: CleanConfig = KEEP) -> str:
    return clean_text(normalize_text(text), config).text


# 《大唐再起》 (zzk6780051/novel): a chapter's end, the author's PS, the next title with its call
DATANG = (
    "    “那唤作何名？”侯惠娘柔声问道。\n\n"
    "    “采薇采薇，薇亦作止。就唤作李薇儿吧！”李嘉想了想，随口说道。\n\n"
    "    ps：新时期，求票求收藏\n\n"
    "正文 第九章初识佳人\n\n"
    "    而高坐在台上的韩载熙，则闭眼不语。\n\n"
    "正文 第四百二十五章韩熙载（求票，求订阅）\n\n"
    "    韩熙载是后唐同光四年（926年）进士，后南奔归吴。\n"
)
# 《元气少年》 (zzk6780051/novel): a call under a chapter
YUANQI = (
    "　　他的敌意被敏锐的宋保军捕捉到了，淡淡笑道：“在下宋保军。”\n\n"
    "　　————\n\n"
    "　　第1更，求推荐票。\n\n"
    "　　QD的周推荐票突破3万票，9.26号将爆更8章。\n"
)
# 《极品宝贝无敌妻》 (zzk6780051/novel): thanks for a tip
JIPIN = "　　香江和香山相视一笑，然后同时松开了脚。\n\n　　*\n\n　　感谢亲   诅咒家族    的红包！\n\n　　131.我不要没用的人（二更）\n"
# 《修真高手在都市》 (zzk6780051/novel): a chapter title with its call
XIUZHEN = "第八十四章 后生可畏（第十六更、求订阅与鲜花）\n\n    是内劲，那股无形的力量是内劲！白老爷子的内劲！\n"


def test_default_keeps_author_notes():
    for text in (DATANG, YUANQI, JIPIN, XIUZHEN):
        out = cleaned(text)
        assert "求" in out or "感谢" in out


def test_drop_author_notes_cuts_ps_calls_thanks_and_title_calls():
    out = cleaned(DATANG, DROP)
    assert "ps：" not in out and "求票" not in out
    assert "随口说道。" in out and "正文 第九章初识佳人" in out
    assert "正文 第四百二十五章韩熙载\n" in out  # the title stays, its call goes
    out = cleaned(YUANQI, DROP)
    assert "第1更" not in out and "淡淡笑道" in out
    assert "QD的周推荐票突破3万票" in out  # no call: kept
    out = cleaned(JIPIN, DROP)
    assert "红包" not in out and "然后同时松开了脚。" in out
    assert cleaned(XIUZHEN, DROP).startswith("第八十四章 后生可畏\n")


# hankinghu/literature-books 201 (a novel of letters): postscripts of a character's letter
LETTER = (
    "　　 亲爱的爸爸：请买一条很大的丹麦香肠，最好是有两磅重的。妈可能会喜欢的。\n"
    "　　 PS：丹麦鱼子酱也不赖。 \n"
    "　　 PS：很不幸的，乔安的爸爸已经寄来通知，要求赔偿他那辆被窃后撞毁的宾士轿车。\n"
)
# 《大唐再起》: a tip in the story
STORY = "    花样繁多的样式，惹得众人不住地拍掌欢呼，打赏的铜钱一枚又一枚，都觉得花的值，当然，没有铅钱，一扔就散了。\n"


def test_drop_author_notes_keeps_letters_story_and_speech():
    assert cleaned(LETTER, DROP) == cleaned(LETTER)
    assert "PS：丹麦鱼子酱也不赖。" in cleaned(LETTER, DROP)
    assert cleaned(STORY, DROP) == cleaned(STORY)
    speech = "　　“求收藏！”他喊道。\n"
    assert cleaned(speech, DROP) == cleaned(speech)


def test_cli_switch():
    parser = options.dataset_parser()
    base = ["--input", "x", "--output", "o", "--tokenizer", "t"]
    rules = config_from_args(parser.parse_args(base), 0, ()).clean.boilerplate.rules
    assert "author_note" not in rules
    args = parser.parse_args(base + ["--drop-author-notes"])
    assert "author_note" in config_from_args(args, 0, ()).clean.boilerplate.rules


def test_unknown_rule_still_rejected():
    with pytest.raises(ValueError):
        BoilerplateConfig(rules=("author_notes",))


# 《诡秘之主》 (xiexie1993/fiction_Secret_Master, 4_第四部_不死者.md): a note's own chapter
GUIMI = (
    "    PS：提前更新求保底月票~\n\n\n\n"
    "五月总结兼六月更新安排兼求月票（章节已更）\n\n\n"
    "    我写这个总结的时候，刚把下午因健身没写的字码好，随手看了下月票榜、书评区，然后去红包区瞄了一眼。\n"
)


def test_drop_author_notes_keeps_a_note_chapters_title():
    out = cleaned(GUIMI, DROP)
    assert "PS：" not in out
    assert out.lstrip().startswith("五月总结兼六月更新安排兼求月票（章节已更）\n")
