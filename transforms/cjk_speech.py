"""Chinese dialogue as sentence units: a quoted speech keeps its speech tag, and a
short quotation stays whole (rules of ``transforms.sentences``' CJK starts).

The CJK rules end a sentence after every run of 。！？ (or "…") and its closing
quotes, inside a quotation as outside it. In dialogue that leaves two kinds of
piece no reader would call a sentence:

* Clause ``speech_tag_after_quote`` (session 30): a speech tag after the quote,
  "“不！”他说。", "“……吗？”他问。", was cut off as a sentence of its own ("他说。":
  a transitive verb whose object is the quotation before it). A start right after
  "。”" / "！」" / "…』" (the mark, closing quotes, spaces or tabs: no line break) is
  dropped when the clause it opens (up to the first "，" or "。") is at most 12
  characters, holds no quote or mark, and *ends* on a verb of saying or asking
  (说 道 问 答 叫 喊 嚷 吼 骂 叹 ... , optionally with 着 完 罢 了 after it):
  "他说，", "萧炎淡淡地笑道。", "说着，". A tag that ends with "：" introduces the next
  speech ("。”宝玉笑道：“...", 红楼梦's way: session 19 read 50 of 50 such places as
  new sentences) and keeps its start; so does a clause that ends on anything else
  ("两人出了门。", "众人都笑了。": narration, complete by itself), and words that
  end on 道/说 without being a verb of saying (知道, 味道, 小说...). Nor a clause with
  "正" ("两人正说着，宝钗走来": the talk going on as a new scene opens, 红楼梦).
* Narrowing ``speech_tag_after_quote_negated`` (session 30, review): not a clause
  whose verb is negated ("」操不答。", "」帝不能答。", "」許未答，", "」濟常無以答。",
  "”丰儿没有说完，", "”楚少波没等莫云说完，"): the hearer's silence or an
  interruption is the next event, not a tag (三國演義, 世說新語 in oscarsun72/chtxt:
  the tag rule's drops there were almost all of this kind).
* Narrowing ``speech_tag_after_quote_participle`` (session 30, review): not a
  clause of a verb with 着/完/罢, or after 一面/一边, that goes on after "，" ("”说着，林之孝家的也进来了。",
  "”说着，只见鲍二走来磕了一个头，说道：“…”", "”一面说，一面二人出房": 红楼梦): the
  participle opens the next event, often another speaker's, as on main; a finite tag
  ("他说，", "莎雅反问道，", "石无忌说着。") is still joined.
* Narrowing ``speech_tag_after_quote_not_speech`` (session 30, review): not a clause
  with 聽/听 (the hearer: "」太宗聽叫，心驚膽戰", 西遊記), not 提醒 (remind: "」一句話把陶子堯提醒，",
  官場現形記), not 於道/除道 (the road: "」遣使冠蓋相屬於道，", 史記) or 吶喊 (a battle cry:
  "」兩軍吶喊，", 三國演義).
* Clause ``short_quote_whole`` (session 30): a quotation of at most 40 characters
  (its marks included), opened and closed on one line, is not cut inside:
  "“不！你不能去！”", "「好。我们走。」". Only starts after 。！？ (and closers): an end
  at "……" inside a quotation is what clauses ``quoted_pause`` and
  ``quoted_pause_particle`` decided ("“算了……鱼肉保不住了，随它吃吧。”" two
  sentences). Its pieces alone ("“不！", "你不能去！”") are half a quotation each,
  which rule ``quote_fragment`` already keeps out of key sentences, and window
  snapping cut speeches there. The quotation must hold a CJK character: '“Hi. I am
  Bob.”' in English keeps Punkt's start. A longer quotation (a speech of several
  full sentences) keeps its inner starts: each of its sentences is a sentence.

* Clause ``speech_tag_sentence`` (session 31): a whole sentence right after such a
  quotation (to its "。", on its line, no quote or mark), at most 32 characters, that
  ends on a verb of saying (with 一声 / 一句 / 起来 / 出来 after it) is the tag too,
  when its first clause does not end on the verb: "”萧炎脸色阴沉，冷冷地说道。",
  "”芬格尔结实地抱住路明非，仰天长叹。" (龙族), "”益堂将纸煤子插在纸煤管子里，恨恨地说。"
  (鲁迅《弟兄》). Narrowed by ``speech_tag_sentence_negated`` (the last clause refuses
  or fails to speak: "不愿跟他多说", "没有阻止她继续追问"), not with 听, 正 + verb, or a
  sound from elsewhere (发出 传来 传出 响起 起了 震得: the next event, "”…震得人耳朵
  [口皇][口皇]的叫。" in 鲁迅《肥皂》), and only in a text
  that tags after its quotations (``speech_tag_sentence_style``, see ``_tags_after_quotes``):
  红楼梦, 水浒传 and chtxt's Traditional books put the speaker before the quotation, and
  there a verb sentence after one is the next event ("”薛蟠不应，只伏着哼哼。",
  "」高祖乃說。" where 說 = 悅, "」眾軍厲聲大罵。"). Traditional 說/問/罵 are therefore not
  added to the verbs: of the 123 verb sentences after a quotation in 12 chtxt
  books, 50 read, none was the tag of the quotation before.
* Clause ``quotative_after_quote`` (session 31): Japanese "「…。」と馬が言いました。":
  a start right after "。」" that opens with the quotative particle (と, って, など,
  なんて; not ところ / とにかく / とうとう / とても …) is dropped (362 such sentences in
  150 Aozora files; the 15 read all quotative).

* Clause ``quote_opening_interjection`` (session 31): a quotation that opens with one
  to three characters and a run of 。！？ ("“喂！", "“是吗？", "“哼！") and goes on to its
  close on the same line is not cut after them: "“喂！你们三个到底是怎么回事？" is the
  speech's first sentence. ``short_quote_whole`` leaves a speech over 40 characters its
  inner starts; the interjection alone was half a quotation of two or three characters
  (1,160 pieces under 4 CJK characters inside the 14,092 long quotations of the 33 web
  novels). Not after "…" (the ``quoted_pause`` clauses decide those).
  Narrowed by ``quote_opening_interjection_tag`` (session 31, review): not a pronoun
  and a verb of saying closed on "。" ("“她说。"): a tag behind a quote mark out of
  phase (莫言《丰乳肥臀》's e-book, a speech over several lines), not an interjection.

Session 32: clause ``colon_ascii_quote`` (a '"' right after "：" opens a quotation, the
next '"' on its line closes it, in texts whose lines do not pair '"': 水浒传's
'宋江道："好计！正是如此行。"' stays whole), clause ``nested_quote_span`` (a start is read
against the farthest end of the quotations opened before it: "「『道』字門中…。不知…？」"),
and clause ``traditional_speech_tag`` (說 問 罵 嘆 … after 」, only where the text tags
after its quotations; "曰：「" counts as a tag before). See them at their code.

Clause ``ascii_quote_speech`` (session 30): both clauses read ASCII '"' too, the
quotes of GBK-era e-books (the 83 wuxia books of jbts6/wuxia-novel: 211,708 '"', no
“”): a '"' closes a quotation when it is the even-numbered '"' of its line ('喃喃
道:"不错,是你。"'), which is how such a line pairs them, and a start right after an
opening '"' ('冷月。新坟。"燕十三之墓。"', where "。\"" read as mark and closer) moves
before it. Only in a text whose lines pair their '"' (at most 1% of the lines holding one hold an odd number): the shared 水浒传, cleaned (hard
wraps joined), has 122 of 3,501 such paragraphs odd (3.5%: quotations run over
paragraphs, '"' nested in '"'), and there the count pairs the wrong marks (starts moved
before a closing '"': '"只见一个秀才从里面来...'); the wuxia books 0.07-0.7%.

Cost: a Python pass over the starts (a tag is matched only after a closing quote),
one regex scan per kind of quotation mark present, one line count for '"'.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.cjk_ascii_quotes import _AsciiClose, _pairs_by_line
from transforms.sorted_unique import isin  # clause isin_by_search

_VERBS = (
    "说|道|问|答|叫|喊|嚷|吼|骂|叹|嘀咕|嘟囔|喃喃|低语|回应|追问|反问|补充|解释|吩咐|催促|"
    "安慰|咆哮|怒吼|尖叫|大叫|惊叫|冷哼|哼"
)
# Clause traditional_speech_tag (session 32): the Traditional forms of the verbs that
# differ from the Simplified ones ("「……。」他說。", "」她低聲問。", "」老王罵道。"), and
# 著 / 罷 after them. They are read only where the text tags after its quotations
# (speech_tag_sentence_style), for the short tag as for the whole tag sentence: in the
# classical books of chtxt "」高祖乃說。" (說 = 悅), "」眾軍厲聲大罵。" are the next event.
_VERBS_ZHT = "說|問|罵|嘆|歎|低語|回應|追問|反問|補充|解釋|驚叫"
_ZHT_CHARS = "說問罵嘆歎語應補釋驚"  # one of them is in every verb above
# The tag: up to 10 characters, the verb, an aspect suffix, then "，" or "。".
_TAG = re.compile(
    r"[^\s，。！？：；、“「『”」』!?…,:;\"]{0,10}?(?:" + _VERBS + r")[着完罢了]?(?=[，。,])"
)
_TAG_ZHT = re.compile(
    r"[^\s，。！？：；、“「『”」』!?…,:;\"]{0,10}?(?:" + _VERBS_ZHT + r")[着著完罢罷了]?(?=[，。,])"
)
# Words that end on a verb character but are no verb of saying.
_NOT_TAGS = frozenset(
    "知道 味道 难道 街道 频道 轨道 通道 管道 大道 小道 一道 报道 霸道 王道 赤道 隧道 人道 地道 "
    "公道 厚道 车道 跑道 古道 正道 邪道 魔道 丹道 剑道 天道 武道 之道 门道 孔道 水道 河道 "
    "小说 传说 学说 听说 据说 图说 慢说 别说 不说 学问 顾问 疑问 审问 过问 "
    "报答 於道 于道 除道 吶喊 呐喊 "
    "小說 傳說 學說 聽說 據說 圖說 慢說 別說 不說 遊說 學問 顧問 疑問 審問 過問 報答".split()
)
# speech_tag_after_quote_negated: "不答" / "未答" / "無以答" / "没有说完" / "没等他说完".
_NEGATED = re.compile(
    r"(?:不|未|没|沒|莫|無|无)(?:以|言可|有|能|曾|及|即|敢|肯|再|复|復|等[^，。]{0,4})?回?(?:"
    + _VERBS
    + "|"
    + _VERBS_ZHT
    + r")"
)
_CLOSERS = "”」』"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_MARKS = "。！？!?…"


def speech_tag_drops(
    text: str,
    starts: np.ndarray,
    ascii_pairs: bool = False,
    tags_after: bool | None = None,
    ascii_close: _AsciiClose | None = None,
) -> list[int]:
    """Clause ``speech_tag_after_quote``: the starts (of ``starts``) that open a
    speech tag right after a quotation closed on an end mark. ``tags_after``: clause
    ``speech_tag_sentence_style``'s reading of the whole text (None: read ``text``);
    ``ascii_close``: ``_AsciiClose(text)`` (clause ascii_close_shared)."""
    drops, candidates, zht, tags = [], [], [], 0
    ascii_close = ascii_close or _AsciiClose(text)
    sample = text[:_STYLE_SAMPLE]  # traditional_speech_tag's prefilter: Traditional text
    zht_text = any(c in sample for c in _ZHT_CHARS)
    for s in starts.tolist():
        j = s - 1
        while j >= 0 and text[j] in " \t\u3000":
            j -= 1
        if j < 1 or text[j] not in _CLOSERS and not (ascii_pairs and ascii_close(j)):
            continue
        while j >= 1 and (text[j] in _CLOSERS or text[j] == '"'):
            j -= 1
        if text[j] not in _MARKS:
            continue
        if _QUOTATIVE.match(text, s):  # quotative_after_quote
            drops.append(s)
            continue
        m = _TAG.match(text, s)
        traditional = m is None and zht_text and (m := _TAG_ZHT.match(text, s)) is not None
        if m is None:
            candidates.append(s)  # speech_tag_sentence, read below
            continue
        tag = m.group(0).rstrip("着著完罢罷了") or m.group(0)
        if tag[-2:] in _NOT_TAGS or tag in _NOT_TAGS or "正" in tag:
            continue
        if _NEGATED.search(tag) or "听" in tag or "聽" in tag:  # _negated, _not_speech
            continue
        if text[m.end()] in "，," and (  # speech_tag_after_quote_participle
            m.group(0)[-1] in "着著完罢罷" or m.group(0).startswith(("一面", "一边", "一邊"))
        ):
            continue
        tags += s < _STYLE_SAMPLE
        if text[m.end()] in "，," and _tag_of_next_quote(text, s, m.end() + 1, ascii_pairs):
            continue  # tag_before_next_quote
        (zht if traditional else drops).append(s)  # traditional_speech_tag: gated
    if (candidates or zht) and (
        _tags_after_quotes(text, tags) if tags_after is None else tags_after
    ):
        drops += zht + [s for s in candidates if _tag_sentence(text, s)]
    return drops


# Clause tag_before_next_quote (session 33): "老殘道：「…」人瑞道，「咦！…」" (老殘遊記),
# '宝玉道：“…三字。”贾政道，“都有稿儿么？”' (红楼梦): a tag closed by "，" with a quotation opening
# right after it, where the quotation before it has its own tag (its opening mark follows
# "：" or "，"), introduces the next quotation: it is the next speaker's (or the same one's
# again: "索雷尔兴奋地说：“…！”他解释道，“…”"). Where the quotation before opens its line
# ("⏎“这是个大冤案！”老金愤愤不平地说，“…”", '"你本来是怎样想的?"龙五道,"…"' in 古龙) the tag
# is that quotation's, its speaker going on, and stays joined to it.
def _tag_of_next_quote(text: str, s: int, i: int, ascii_pairs: bool) -> bool:
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    if i >= len(text) or not (text[i] in "“「『" or (ascii_pairs and text[i] == '"')):
        return False
    close = s - 1
    while close > 0 and text[close] not in _CLOSERS + '"':
        close -= 1  # the closing mark before the tag (past spaces)
    opener = {"”": "“", "」": "「", "』": "『", '"': '"'}[text[close]]
    line = text.rfind("\n", 0, close) + 1
    at = text.rfind(opener, line, close)
    while at > line and text[at - 1] in " \t\u3000":
        at -= 1
    return at > line and text[at - 1] in "：:，,"


# Clause quotative_after_quote: Japanese "。」と言った": the quotative particle
# (と, って, など, なんて) right after the quotation; not the adverbs and conjunctions
# that begin with と (ところが, とにかく, とうとう, とても ...).
_QUOTATIVE = re.compile(
    r"(?:と|って|など|なんて)(?!ころ|にかく|もかく|うとう|ても|たん|もに|かく|りあえず|りわけ|っくに|うに)"
)


# Clause speech_tag_sentence: a whole sentence (to its "。", on its line, no quote or
# other mark) of at most 32 characters that ends on a verb of saying, with 一声 / 一句 /
# 起来 / 出来 after it: "萧炎脸色阴沉，冷冷地说道。", "络腮胡子惊恐万分的喊了起来。".
_SENTENCE_STOP = re.compile(r"[\n“”「」『』\"。！？!?…：；]")
_VERB_WORDS = sorted((_VERBS + "|" + _VERBS_ZHT).split("|"), key=len, reverse=True)
_VERB_ENDS = frozenset(v[-1] for v in _VERB_WORDS)
_SUFFIXES = ("一声", "一句", "起来", "出来", "一聲", "起來", "出來")
# speech_tag_sentence_negated: "不想与他多说", "没有阻止她继续追问", "不敢回答".
_NEGATED_CLAUSE = re.compile(
    r"(?:不|未|没|沒|无|無|别|別)(?:有|愿|願|想|肯|敢|再|能|曾|必|用|便|好|及|等|知|让)"
    r"[^，。]{0,8}?(?:" + _VERBS + "|" + _VERBS_ZHT + r")$"
)


_ZHENG = re.compile("正在?(?:" + _VERBS + "|" + _VERBS_ZHT + ")")
_SOUND = re.compile("发出|传来|传出|响起|起了|震得|發出|傳來|傳出|響起")


def _tag_sentence(text: str, s: int) -> bool:
    """Clause ``speech_tag_sentence``: the sentence at ``s`` is a speech tag alone."""
    stop = _SENTENCE_STOP.search(text, s, s + 37)
    if stop is None or stop.group() != "。":
        return False
    tag = text[s : stop.start()]
    if tag.endswith(_SUFFIXES):
        tag = tag[:-2]
        if tag.endswith(("了", "着", "著")):
            tag = tag[:-1]
    if tag[-1:] not in _VERB_ENDS:
        return False
    verb = next((v for v in _VERB_WORDS if tag.endswith(v)), None)
    if verb is None or len(tag) - len(verb) > 30:
        return False
    last = tag[tag.rfind("，") + 1 :]
    return not (
        tag[-2:] in _NOT_TAGS
        or "听" in tag
        or "聽" in tag
        or _NEGATED.search(last)
        or _NEGATED_CLAUSE.search(last)
        or _ZHENG.search(last)
        or _SOUND.search(last)  # a sound, the next event
    )


# Clause speech_tag_sentence_style: the text puts its tags after the quotation (the
# tags clause speech_tag_after_quote joins, "。”他说。") at least half as often as before
# it ("他说：“", "道：「", '问:"'), and at least 10 times, in the first 100,000
# characters. In 红楼梦 (7 after, 1,007
# before), 水浒传, chtxt's novels (西遊記 0 / 1,035), a verb sentence after a quotation is the next event ("”便发签差公人立刻将凶犯家属拿来拷问。", "”薛蟠不应，只伏着
# 哼哼。": 4 of 5 such joins in 红楼梦 were wrong); in 鲁迅's stories and most web novels
# it is the tag ("”益堂将纸煤子插在纸煤管子里，恨恨地说。").
# traditional_speech_tag (session 32): the Traditional 說 / 問, and classical 曰, count as
# tags before ("說：「", "曰：「": 史記 and 三國志 tag before their quotations with 曰).
_PRE_TAGS = tuple(
    v + c + q for v in "说道问說問曰" for c, q in (("：", "“"), ("：", "「"), (":", '"'))
)


_STYLE_SAMPLE = 100_000


def _tags_after_quotes(text: str, post: int) -> bool:
    """Clause ``speech_tag_sentence_style``: tags after quotations (``post`` of them in
    the first ``_STYLE_SAMPLE`` characters) are this text's way there."""
    if post < 10:
        return False
    sample = text[:_STYLE_SAMPLE]
    return 2 * post >= sum(sample.count(t) for t in _PRE_TAGS)


# A quotation opened and closed on one line, at most 40 characters with its marks.
_SHORT_QUOTES = tuple(
    re.compile(re.escape(op) + r"[^\n" + op + cl + r"]{1,38}" + re.escape(cl))
    for op, cl in (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))
)


# Clause colon_ascii_quote (session 32): in a text whose lines do not pair their '"'
# (水浒传, hard-wrapped: ascii_quote_speech is off), a '"' right after "：" / ":" opens a
# quotation, the speech tag before it ('宋江道："好计！正是如此行。"'), and the next '"' on
# the line closes it unless a colon stands before that one too (then it opens the next
# speech and the first is still open: '道："A。B。…李逵道："').
# colon_ascii_quote_speed (review 32): one numpy pass over the code points ('"' and
# line ends) finds them all, not a regex read of each quotation: 水浒传's 8,464 '："'
# cost the sentence stage 5% read one by one.
# colon_ascii_quote_ratio (review 32): 水浒传 writes the colon "∶" (U+2236) too, 37 times
# before '"': '说道∶"你丈夫教头和陆谦吃酒…', '吴用笑道："不须兄长挂心，吴某自有措置。自古道∶"'.
_COLON_CODES = np.asarray([ord("："), ord(":"), ord("∶")], dtype=np.uint32)


def _colon_ascii_spans(text: str, starts: np.ndarray) -> np.ndarray:
    """Clause ``colon_ascii_quote``: the (opening '"' + 1, closing '"' + 1) spans of
    the quotations opened by a '"' right after a colon and closed by the next '"' on
    the line, at most 40 characters with the colon and both marks, that hold one of
    ``starts`` (sorted) between their marks."""
    if '"' not in text:
        return np.zeros((0, 2), dtype=np.int64)
    a = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    q = np.flatnonzero((a == 34) | (a == 10))  # '"' and line ends
    k = np.flatnonzero((a[q[:-1]] == 34) & (a[q[1:]] == 34))  # a '"', the next on its line
    o, c = q[k], q[k + 1]
    keep = (o > 0) & (c - o <= 39)  # the colon, both marks and 38 characters
    o, c = o[keep], c[keep]
    before, last = a[o - 1], a[c - 1]
    keep = isin(before, _COLON_CODES) & ~isin(last, _COLON_CODES)  # guard: next opener
    o, c, before = o[keep], c[keep], before[keep]
    keep = np.searchsorted(starts, c) > np.searchsorted(starts, o, side="right")  # a start
    o, c, colon = o[keep], c[keep], before[keep]
    # ':' only around CJK text (English 'said: "Go. Now."' is no such quotation).
    half = [
        i
        for i in np.flatnonzero(colon == _COLON_CODES[1]).tolist()
        if not _CJK.search(text, o[i] + 1, c[i])
    ]
    if half:
        o, c = np.delete(o, half), np.delete(c, half)
    return np.stack([o, c + 1], axis=1).astype(np.int64)


def short_quote_drops(
    text: str, starts: np.ndarray, ascii_pairs: bool = False, ascii_close: _AsciiClose | None = None
) -> list[int]:
    """Clause ``short_quote_whole``: the starts strictly inside a quotation of at
    most 40 characters on one line (``ascii_close`` as in ``speech_tag_drops``)."""
    colon = None if ascii_pairs else _colon_ascii_spans(text, starts)  # colon_ascii_quote
    ascii_close = ascii_close or _AsciiClose(text)
    spans = [
        m.span()
        for p in _SHORT_QUOTES
        if p.pattern[0] in text and (ascii_pairs or p.pattern[0] != '"')
        for m in p.finditer(text)
        if _CJK.search(m.group(0))
        and (p.pattern[0] != '"' or ascii_close(m.end() - 1))  # ascii_quote_speech
    ]
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if colon is not None and len(colon):
        spans = np.concatenate([spans, colon])
    if not len(spans):
        return []
    spans = spans[np.argsort(spans[:, 0], kind="stable")]
    i = np.searchsorted(spans[:, 0], starts, side="left") - 1  # the spans opened before
    ok = i >= 0
    # Clause nested_quote_span (session 32): a short quotation inside another one
    # ("祖師道：「『道』字門中有三百六十傍門，傍門皆有正果。不知你學那一門哩？」", 西遊記)
    # starts after the outer one; a start is inside when it is before the farthest end
    # of the spans opened before it, not only the end of the last one opened.
    ends = np.maximum.accumulate(spans[:, 1])
    inside = np.zeros(len(starts), dtype=bool)
    inside[ok] = starts[ok] < ends[i[ok]]
    # An end at "…" inside stays (clauses quoted_pause, quoted_pause_particle read it).
    k = np.flatnonzero(inside)
    k = k[[text[s - 1 : s].rstrip() != "…" for s in starts[k].tolist()]]
    if not len(k):
        return []
    # Clause short_quote_tiny_piece (session 32): the quotation is kept whole only
    # where a cut would leave a piece of at most 4 CJK characters ("贼秃！倒好见识！",
    # "好！好！"); two full sentences ('那汉道："我自去叫他起来。我和他赶人。"') are two.
    # A piece runs between neighbouring starts, bounded by the quotation's marks (the
    # span that reaches farthest among those opened before the start).
    top = np.maximum.accumulate(np.where(spans[:, 1] == ends, np.arange(len(spans)), -1))
    opens, closes = spans[top[i[k]], 0], ends[i[k]]
    prev = np.maximum(np.where(k > 0, starts[np.maximum(k - 1, 0)], 0), opens)
    nxt = np.minimum(
        np.where(k + 1 < len(starts), starts[np.minimum(k + 1, len(starts) - 1)], closes), closes
    )
    lo, hi = int(opens.min()), int(closes.max())
    a = np.frombuffer(text[lo:hi].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    cjk = ((a >= 0x3400) & (a <= 0x9FFF)) | ((a >= 0xF900) & (a <= 0xFAFF))
    cum = np.zeros(len(cjk) + 1, dtype=np.int32)
    np.cumsum(cjk, dtype=np.int32, out=cum[1:])
    s = starts[k]
    before, after = cum[s - lo] - cum[prev - lo], cum[nxt - lo] - cum[s - lo]
    return s[(before <= 4) | (after <= 4)].tolist()


# Clause quote_opening_interjection: an opening quote, one to three characters (a CJK
# or kana one among them), a run of 。！？, and the quotation going on to its close on
# the same line: "“喂！你们三个到底是怎么回事？…”", "“是吗？可是刺杀我的那人…”".
_INTERJECTION = re.compile(
    r"[“「『](?=[^\n“”「」『』。！？!?…]{0,2}[\u3040-\u30ff\u3400-\u9fff])"
    r"[^\n“”「」『』。！？!?…]{1,3}[。！？!?]+(?=[^\n“「『”」』]+[”」』])"
)


# quote_opening_interjection_tag: "“她说。" / "“我说。" (a pronoun and a verb of saying,
# closed on "。") is no interjection but a tag behind a quote mark that is out of
# phase: 莫言《丰乳肥臀》's e-book, where a speech over several lines leaves “ and ”
# swapped on the rest of its line ("”闪开，你长眼没有？“她说。他用在劳改农场…").
_PRONOUN_TAG = re.compile(r"[“「『][我你他她它][们們]?(?:" + _VERBS + r")。")


def interjection_drops(text: str, starts: np.ndarray) -> list[int]:
    """Clause ``quote_opening_interjection``: the starts right after a quotation's
    opening interjection ("“喂！") when the quotation goes on after it."""
    ends = [m.end() for m in _INTERJECTION.finditer(text) if not _PRONOUN_TAG.match(m.group())]
    if not ends:
        return []
    return starts[isin(starts, np.asarray(ends, dtype=np.int64))].tolist()


def _ascii_openers(text: str, starts: np.ndarray, ascii_close: _AsciiClose) -> np.ndarray:
    """Clause ``ascii_quote_speech``: a start right after a '"' that opens a quotation
    (an odd-numbered '"' of its line: "。\"" read as a mark and its closing quote) moves
    before that '"'."""
    moved = [
        s - 1
        if text[s - 1 : s] == '"' and s >= 2 and text[s - 2] in _MARKS and not ascii_close(s - 1)
        else s
        for s in starts.tolist()
    ]
    return np.asarray(moved, dtype=np.int64)


def speech_units(text: str, starts: np.ndarray) -> np.ndarray:
    """``starts`` (CJK sentence starts) without those clauses
    ``speech_tag_after_quote`` and ``short_quote_whole`` drop."""
    if not len(starts) or not any(c in text for c in _CLOSERS + '"'):
        return starts
    ascii_pairs = '"' in text and _pairs_by_line(text)
    ascii_close = _AsciiClose(text)  # clause ascii_close_shared
    if ascii_pairs:
        starts = _ascii_openers(text, starts, ascii_close)
    drop = (
        speech_tag_drops(text, starts, ascii_pairs, ascii_close=ascii_close)
        + short_quote_drops(text, starts, ascii_pairs, ascii_close)
        + interjection_drops(text, starts)
    )
    if not drop:
        return starts
    return starts[~isin(starts, np.asarray(drop, dtype=np.int64))]
