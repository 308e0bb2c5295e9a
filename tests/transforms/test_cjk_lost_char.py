"""Clause lost_char_within (session 33): in a text that writes its questions "？", a "?"
between two ideographs stands for a lost character (mostly the "·" of a transliterated
name) and ends no sentence; after a question particle it is still a question. Excerpts:
韩秀云 被绑架的中国经济 and 富爸爸穷爸爸 (hankinghu/literature-books, GBK-era TXT), 古龙
剑·花·烟雨江南 ch 4 (jbts6/wuxia-novel)."""

from transforms.cjk_lost_char import lost_char_text
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


# Clause lost_char_asked (review 33): real questions written "?" in books that write
# "？" elsewhere (hankinghu/literature-books), each after EVIDENCE (a line of 富爸爸 with
# two "？") so that the document holds more "？" than "?".
# EVIDENCE: a line of 富爸爸 (two "？") and one of 被绑架的中国经济 (one more), so that
# each line below, with at most two "?", is in a text with the evidence.
EVIDENCE = (
    "“谁更有财务智慧？是努力工作赚钱的人还是让钱为自己努力工作的人？”\n"
    "真实的未来世界会发生什么？那也应该是全球化天堂中的事情了。\n"
)
ASKED = [
    # 黄河东流去: "谁?" then "这" (both tests), "怎么那么熟?" then "好" (the question word only).
    (
        "“这王韵笙是谁?这个名字怎么那么熟?好像在哪儿听说过……”走出刘玉翠家的大门。\n",
        ["“这王韵笙是谁?", "这个名字怎么那么熟?", "好像在哪儿听说过……”", "走出刘玉翠家的大门。\n"],
    ),
    # 富爸爸穷爸爸: no question word before "结局?": "这" opens the next sentence.
    (
        "于是孩子们会说：“这就是我上学的最后结局?这就是我要的生活?难道我将来还要这样对待我的孩子？”\n",
        [
            "于是孩子们会说：“这就是我上学的最后结局?",
            "这就是我要的生活?",
            "难道我将来还要这样对待我的孩子？”\n",
        ],
    ),
    # 王晋康科幻作品集: "什么样的赌注?我愿意…" (the record's "赌注?我愿意").
    (
        "咱们看看谁的观点正确。说吧，定什么样的赌注?我愿意来个倾家之赌，我是必胜无疑的……\n",
        [
            "咱们看看谁的观点正确。",
            "说吧，定什么样的赌注?",
            "我愿意来个倾家之赌，我是必胜无疑的……\n",
        ],
    ),
]


def test_lost_char_asked_question_splits():
    """clause lost_char_asked: a "?" after a question word in its clause, or before a
    pronoun / demonstrative, ends the sentence (lost_char_within joined them)."""
    for line, want in ASKED:
        assert lost_char_text(EVIDENCE + line)
        assert _sentences(EVIDENCE + line)[4:] == want


def test_lost_char_asked_in_normalize():
    """clause lost_char_asked via lost_char_particle: normalize makes those "?" "？"."""
    out = normalize_text(EVIDENCE + ASKED[0][0])
    assert "这王韵笙是谁？这个名字怎么那么熟？好像" in out


# 曼昆经济学原理 and 创业者 (hankinghu/literature-books): a question word in the clause,
# but the "?" is the lost "·" of a name, between two transliteration characters.
NAMES = (
    "为什么金?凯利和沙奎里?奥尼尔赚的钱这么多呢？\n"
    "利文斯顿：那你们是否得到过迈克?马库拉的投资呢？\n"
)


def test_lost_char_asked_name_guard():
    """guard of lost_char_asked: a transliterated name through the "?" stays joined, and
    its "?" stays in normalize."""
    text = EVIDENCE + NAMES
    assert _sentences(text)[4:] == [
        "为什么金?凯利和沙奎里?奥尼尔赚的钱这么多呢？\n",
        "利文斯顿：那你们是否得到过迈克?马库拉的投资呢？\n",
    ]
    assert normalize_text(text).endswith(NAMES)


# Review 33, guards no test caught (each planted out, the tests passed): real lines of
# texts with the evidence in the mirrors.
GUARDS = [
    # 以前的事 (hankinghu): only the particle "吗" says question (no question word, "小"
    # opens no clause by the other tests).
    (
        "世上的孩子，不哭不闹，瞪着眼睛看树影儿。是那棵合欢树的影子吗?小院儿里只有那棵树。\n",
        [
            "世上的孩子，不哭不闹，瞪着眼睛看树影儿。",
            "是那棵合欢树的影子吗?",
            "小院儿里只有那棵树。\n",
        ],
    ),
    # 为自己奋斗 (hankinghu): "什么" in the clause before the "?" (and in the window).
    (
        "绝大部分的人认为，穷人最缺少的是金钱。穷人还能缺少什么?当然是钱了。\n",
        ["绝大部分的人认为，穷人最缺少的是金钱。", "穷人还能缺少什么?", "当然是钱了。\n"],
    ),
    # 重生之校园最强兵王 (zzk6780051/novel): "什么" 30 characters back, but in the
    # sentence before: the clause, not the window, is read ("《史记?扁鹊列传》").
    (
        "越人祖师有什么流传下来的？”\n“《史记?扁鹊列传》云，秦太医令李醯自知伎不如扁鹊也。\n",
        ["越人祖师有什么流传下来的？”\n", "“《史记?扁鹊列传》云，秦太医令李醯自知伎不如扁鹊也。\n"],
    ),
    # 武当一剑 (jbts6/wuxia-novel): "?）" is a run with a closer, no lost character.
    (
        "而不歧却误中了奸人之计?）无色只能暂且瞒住蓝玉京了。\n",
        ["而不歧却误中了奸人之计?）", "无色只能暂且瞒住蓝玉京了。\n"],
    ),
]


def test_lost_char_within_guards_real_lines():
    """guards of lost_char_within / lost_char_asked: the particle alone, the question
    word in the clause (not 30 characters back), a run with a closer."""
    for line, want in GUARDS:
        assert lost_char_text(EVIDENCE + line)
        assert _sentences(EVIDENCE + line)[4:] == want


def test_lost_char_text_needs_more():
    """guard of lost_char_text: as many "？" as "?" after ideographs is no evidence
    (曼昆经济学原理's line: two and two)."""
    line = "为什么金?凯利和沙奎里?奥尼尔赚的钱这么多呢？用什么来解释这种差别呢？"
    assert not lost_char_text(line)
    assert lost_char_text(line + "真实的未来世界会发生什么？")
