"""Clause lost_char_within (session 33): in a text that writes its questions "？", a "?"
between two ideographs stands for a lost character (mostly the "·" of a transliterated
name) and ends no sentence; after a question particle it is still a question. Excerpts:
韩秀云 被绑架的中国经济 and 富爸爸穷爸爸 (hankinghu/literature-books, GBK-era TXT), 古龙
剑·花·烟雨江南 ch 4 (jbts6/wuxia-novel)."""

from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans

# 被绑架的中国经济 第3节 (first paragraph) and a line further on in the same section.
HUANG = (
    "今天人类从未面对过而又即将面临的，是承载人口的能力问题，地球与地球上的水资源，"
    "今后到底能够供养多少人口？1999年10月，人口突破60亿，到2020年将突破80亿。"
    "不过美国的货币主义的创造者米尔顿?弗里德曼倒是提供了一个较优的水资源分配方案—"
    "谁出的钱多，谁就应该获得水资源。\n"
    "真实的未来世界会发生什么？那也应该是全球化天堂中的事情了。\n"
)
# 富爸爸穷爸爸系列丛书: a real question before the next sentence, written "?" in a
# text of 2,246 "？" and 214 "?" after ideographs; a later line of the same chapter.
FUBABA = (
    "这意味着什么呢?这意味着你对孩子的认识能极大地影响他们的生活结果。"
    "换句话说，你在孩子身上看到了天赋，你就会帮助孩子变得聪明。\n"
    "“谁更有财务智慧？是努力工作赚钱的人还是让钱为自己努力工作的人？”\n"
)
# 古龙: every question is "?" (the file holds no "？").
GULONG = "现在她要想的只是:这男人是不是可靠?是不是真心待她?是不是有很好的家世?\n"


def _sentences(text: str, language: str = "zh") -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text, language)]


def test_lost_char_within_name_not_split():
    """clause lost_char_within: "米尔顿?弗里德曼" stays one sentence (it was cut after
    "米尔顿?", a key sentence of the book); normalize keeps the "?" (lost_char_question)."""
    text = normalize_text(HUANG)
    assert "米尔顿?弗里德曼" in text
    for language in ("zh", "auto"):
        assert _sentences(text, language) == [
            "今天人类从未面对过而又即将面临的，是承载人口的能力问题，地球与地球上的水资源，"
            "今后到底能够供养多少人口？",
            "1999年10月，人口突破60亿，到2020年将突破80亿。",
            "不过美国的货币主义的创造者米尔顿?弗里德曼倒是提供了一个较优的水资源分配方案—"
            "谁出的钱多，谁就应该获得水资源。\n",
            "真实的未来世界会发生什么？",
            "那也应该是全球化天堂中的事情了。\n",
        ]


def test_lost_char_within_particle_still_splits():
    """guard of lost_char_within: after a question particle (呢) the "?" is a question."""
    assert _sentences(FUBABA)[:2] == [
        "这意味着什么呢?",
        "这意味着你对孩子的认识能极大地影响他们的生活结果。",
    ]


def test_lost_char_particle_in_normalize():
    """clause lost_char_particle: normalize makes that "?" a "？" (lost_char_question kept
    it); the lost "·" of "米尔顿?弗里德曼" stays "?"."""
    assert normalize_text(FUBABA).startswith("这意味着什么呢？这意味着你对孩子")
    assert "米尔顿?弗里德曼" in normalize_text(HUANG)


def test_lost_char_within_needs_the_evidence():
    """guard of lost_char_within: a text whose questions are "?" keeps every cut (古龙,
    before normalize turns them to "？")."""
    assert _sentences(GULONG) == [
        "现在她要想的只是:这男人是不是可靠?",
        "是不是真心待她?",
        "是不是有很好的家世?\n",
    ]
