"""Clause ``lost_char_within`` (session 33): a "?" that stands for a lost character ends
no sentence.

GBK-era e-books lost the middle dot of transliterated names ("·", which GBK's reading
software did not map) and some rare characters to "?": "康斯坦丁?斯坦尼斯拉夫斯基",
"米尔顿?弗里德曼", "西德尼?比德尔?巴罗斯", 說苑's "柔無乃?乎". Normalize keeps such a "?"
(clause ``lost_char_question``, transforms/cjk_halfwidth_marks.py) in a text whose "？"
outnumber its "?" after ideographs, but the sentence stage still cut there: a key
sentence of 货币战争 ended "…米尔顿?".

Here, with the same document-level evidence (more "？" than "?" right after an
ideograph), a run of "?" between two ideographs is not a sentence end. Guard: after a
sentence-final question particle (吗 呢 么 吧 啊 呀 嘛) the "?" is a question and still
ends the sentence ("这意味着什么呢?这意味着…", "我喜欢…吗?我喜欢"): in the five Chinese
mirrors, of 70 sampled such "?" in texts with the evidence 9 were questions, 4 of them
after a particle; the other 5 (e.g. "说过这种话?知道二爷…") stay joined (record,
session 33).

Clause ``lost_char_asked`` (review 33): a "?" with the evidence of a question is one
too: a question word in its clause before it (什么 怎么 为什么 难道 是否 多少 谁 哪 …:
"说吧，定什么样的赌注?我愿意…", "这王韵笙是谁?这个名字…") or a pronoun or demonstrative
or a question word right after it, opening the next sentence (我 你 他 她 这 那:
"大概贪污了多少?我的朋友…", "这就是我要的生活?难道我将来…"),
unless both characters beside it are transliteration characters (a name: "为什么金?凯利",
"是否得到过迈克?马库拉"). In a random 110 of the 1,509 "?" that lost_char_within joined
in the Chinese mirrors (labelled by hand: 96 lost "·" or characters, 5 site watermarks,
9 questions), the evidence marks 8, all questions (the ninth, "真是为一个公式去自杀?都是…",
has none); over all 1,509 it marks 92, read one by one: 89 questions, 3 not (a lost
"??" inside "“如何??能够”", a mojibake line, a heading "21世纪流汗??我看…" that ends
there anyway). Normalize's ``lost_char_particle`` reads the same test, so those "?" become
"？" in the training text.

Session 34: clause ``lost_char_quoted_words``: a quotation inside the clause ("为什么“一辈子
做好事不做坏事”难?难就难在坚持。") is passed over when the clause is searched for a question
word. (An "echo" test, the character before the "?" right after it, "难?难就", was tried and
dropped: it also cut a date's lost "─" in "一九二五?五" and 秦腔's "收音机里?啦?啦".)

Session 35: clause ``question_mark_text``: where at least half of a text's "?" runs
between ideographs (and ``MIN_ASKED`` or more) read as questions by ``asked``, the text
writes some questions "?" (and others "？"): its other "?" between ideographs are
questions too ("他真是为了那个世纪之赌才强撑到100岁?还有那个林松，真是为一个公式去
自杀?都是些不可理喻的怪人。", 王晋康科幻作品集: 7 of its 13 asked; 富爸爸 54 of 59, 戴旭
40 of 46, 黄河东流去 24 of 26). Guards: ``question_text_needs_most`` (a text of lost
characters, 货币战争 0 of 20, 为自己奋斗 7 of 96, keeps them all joined),
``question_text_names`` (both neighbours transliteration characters, "罗伯特?肯尼迪" in
富爸爸, stays joined) and ``question_text_stamp`` (a "?" with another "?" two characters
before or after it, a site's spaced stamp "txt?小?说?天堂", stays joined). In the five
Chinese mirrors it decides for 8 texts (record session-35-wtG).
"""

from __future__ import annotations

import re

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IDEOGRAPH = re.compile(f"[{_HAN}]")
_AFTER_HAN = re.compile(f"\\?(?<=[{_HAN}].)")
QUESTION_PARTICLES = frozenset("吗呢么吧啊呀嘛")
_QUESTION_WORD = re.compile(
    "什么|怎么|怎样|为什么|为何|难道|是否|可否|多少|如何|谁|哪|几时|何时|何处|何必|何不|岂"
)
_NEXT_OPENS = frozenset("我你他她这那")
# Characters of transliterated names (Xinhua's table, the common ones), none of them
# a question word or a pronoun.
_NAME = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德邓迪蒂丁东杜多厄恩尔法范菲费"
    "芬丰弗福富盖甘冈戈格根古圭哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库拉莱赖兰朗"
    "劳勒雷里利莉丽列林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米敏明莫姆穆纳娜奈南内尼妮纽努诺帕潘"
    "庞佩彭皮普齐奇乔琼丘萨塞桑瑟森沙莎舍什史斯松苏索塔泰坦汤唐特滕提托瓦万威卫韦维温沃乌武西"
    "希锡席夏谢辛休雅亚扬耶叶伊尤约泽詹朱兹卓佐"
)
# Clause lost_char_quoted_words (session 34): a quotation inside the clause is passed over
# ("为什么“一辈子做好事不做坏事”难?难就难在…": the question word is the clause's).
_QUOTED = re.compile("“[^“”\n]*”|‘[^‘’\n]*’|「[^「」\n]*」")
_CLAUSE_MARK = re.compile("[，。！？、；：“”‘’「」《》（）\n,;:!?…—]")


MIN_ASKED = 3
_BETWEEN = re.compile(f"(?<=[{_HAN}])\\?+(?=[{_HAN}])")


def between_runs(text: str) -> list[tuple[int, int]]:
    """The "?" runs between two ideographs: ``_BETWEEN``'s matches. Clause
    ``question_runs_literal`` (session 35): ``_BETWEEN`` tried its look-behind class at
    every position (~14 ms on 水浒传); the maximal "?" runs are found with str.find and
    their two neighbours asked (no "?" is an ideograph, so the matches are the same)."""
    runs, start, n = [], text.find("?"), len(text)
    while start != -1:
        end = start + 1
        while end < n and text[end] == "?":
            end += 1
        if start > 0 and _IDEOGRAPH.match(text, start - 1) and _IDEOGRAPH.match(text, end):
            runs.append((start, end))
        start = text.find("?", end)
    return runs


def question_mark_text(text: str) -> bool:
    """Clause ``question_mark_text`` (module doc): most "?" runs between ideographs are
    asked questions (guard ``question_text_needs_most``). Read once per text, only
    where ``lost_char_text`` holds."""
    runs = between_runs(text)
    questions = sum(1 for a, b in runs if asked(text, a, b))
    return questions >= MIN_ASKED and 2 * questions >= len(runs)


def question_run(text: str, start: int, end: int) -> bool:
    """In a ``question_mark_text``: the "?" run ``text[start:end]`` is a question
    unless a name goes through it (guard ``question_text_names``) or it is one of a
    spaced stamp's (guard ``question_text_stamp``)."""
    if text[start - 1 : start] in _NAME and text[end : end + 1] in _NAME:
        return False
    return text[start - 2 : start - 1] != "?" and text[end + 1 : end + 2] != "?"


def lost_char_text(text: str) -> bool:
    """The document-level evidence: more "？" than "?" right after an ideograph."""
    full = text.count("？")
    return bool(full) and full > sum(1 for _ in _AFTER_HAN.finditer(text))


def lost_char_run(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a run of "?" between two ideographs, not a question
    (``asked``; the caller checks the document evidence with ``lost_char_text``)."""
    return (
        0 < start
        and end < len(text)
        and not text[start:end].strip("?")
        and _IDEOGRAPH.match(text, start - 1) is not None
        and _IDEOGRAPH.match(text, end) is not None
        and not asked(text, start, end)
    )


def asked(text: str, start: int, end: int) -> bool:
    """The "?" run ``text[start:end]`` reads as a question: after a question particle,
    or (clause ``lost_char_asked``) after a question word in its clause or before a
    pronoun or a question word, with no transliterated name through it."""
    before = text[start - 1 : start]
    if before in QUESTION_PARTICLES:
        return True
    after = text[end : end + 1]
    if before in _NAME and after in _NAME:
        return False
    clause = _CLAUSE_MARK.split(_QUOTED.sub("", text[max(0, start - 30) : start]))[-1]
    return (
        after in _NEXT_OPENS
        or _QUESTION_WORD.match(text, end) is not None
        or _QUESTION_WORD.search(clause) is not None
    )
