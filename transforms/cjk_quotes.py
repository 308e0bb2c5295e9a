"""Rule ``quote_fragment`` of ``transforms.key_sentences``: a CJK sentence whose
quotation marks do not pair up is a piece of a quotation, not a statement.

The CJK sentence rules end a sentence at 。！？ also inside a quotation, so a
speech of two sentences leaves its opening without its close and its close
without its opening: 「お母さん、いま帰ったよ。」 / 「ぐあい悪くなかったの」ジョバンニは
靴をぬぎながら言いました。 (銀河鉄道の夜), 说：“真的是杨国栋！ (a novel's dialogue),
「お母さまも、さっき、何かお思い出しになったのでしょう？ (斜陽). As key sentences,
which fill the memory prefix to be read without their neighbours, such pieces
say half of something and quote marks dangle. A sentence that holds a CJK
character and more opening than closing marks, or more closing than opening,
of 「」, 『』 or “” is not eligible. A whole quotation with its tag (「...」と言った。)
and a term in quotes (“小羊圈”) pair up and stay.

Clause ``ascii_quote_pairs`` (session 26): a GBK-era web e-book quotes speech with
ASCII '"' for both marks (都梁《血色浪漫》: 钟跃民一拍脑门∶"哟，看来我还真认错人了，
对不起，您瞧我这老眼昏花的，实在不好意思。 " as the text has it); a CJK sentence with
an odd number of them holds half a quotation, as one with more “ than ” does.

Cost: a few array passes over the text's code points (a prefix sum per pair of
marks): 0.06 s for all 36k sentences of 红楼梦 (a count per sentence: 0.1 s).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.quote_marks import count_below, holds_cjk, mark_positions, sentence_counts

PAIRS = (("「", "」"), ("『", "』"), ("“", "”"))
_CJK_OR_KANA = re.compile("[\u3040-\u9fff]")  # _has_cjk's range, U+3040..U+9FFF
_PER_SPAN_CHARS = 64  # _has_cjk asks span by span below one span per 64 characters
_LAST: tuple = (None, False)  # quoted_cjk's last (text, answer): one tuple, set at once


def quoted_cjk(text: str) -> bool:
    """The prefilter of the three Chinese quote rules (quote_fragments, speech_middles,
    key_quotes.quote_groups): the text holds a quote mark of theirs and a CJK character.
    Clause quote_rules_skip_non_cjk (review 34): decided once per document, not once per
    rule: each rule scanned a whole English text (curly quotes pass the marks' test) for
    a CJK character (~75 ms a rule over text_speed's 30 English books)."""
    global _LAST
    last = _LAST  # read once: threads may replace it (the text is held: `is` is safe)
    if last[0] is text:
        return last[1]
    # Clause cjk_once_per_document (session 35, part 2): the CJK answer shared with
    # inner_quote_fragments and chapter_end_formulas (transforms.quote_marks.holds_cjk).
    found = any(q in text for q in '「“『"') and holds_cjk(text)
    _LAST = (text, found)
    return found


def release() -> None:
    """Drop ``quoted_cjk``'s last answer and its text (clause release_in_finally)."""
    global _LAST
    _LAST = (None, False)


def quote_fragments(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Indices (of ``candidates``, sentence indices into ``spans``) of the
    sentences rule ``quote_fragment`` excludes."""
    if not quoted_cjk(text):
        return np.zeros(0, dtype=np.int64)  # English with curly quotes: nothing to ask
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    cand = np.asarray(candidates, dtype=np.int64)
    if not len(cand):
        return cand
    # Clause counts_from_marks (transforms.quote_marks): the marks per sentence counted
    # from the marks' positions, not from a prefix sum over every character.
    # Clause counts_once_per_document (session 35): counted over all the sentences once,
    # shared with key_quotes.quote_groups, read here for the candidates.
    counts, sub = sentence_counts(text, spans), spans[cand]

    bad = np.zeros(len(cand), dtype=bool)
    for op, cl in PAIRS:  # opening marks +1, closing -1: a sentence sums to 0
        bad |= counts[op][cand] != counts[cl][cand]
    bad |= counts['"'][cand] % 2 != 0  # clause ascii_quote_pairs
    bad &= _has_cjk(text, sub, bad)  # kana or ideographs in it
    return cand[bad]


def speech_middles(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Clause ``speech_middle_sentence`` (session 33): indices (of ``candidates``) of the
    CJK sentences that start inside a quotation opened earlier on their line. The
    sentence rules cut a long speech at its inner 。！？, so its middle sentences pair
    their marks (none) and pass ``quote_fragment``, yet carry no speaker and read as
    narration out of their place: こころ's 「…。私は決してそれを忘れないのです。…」, 西遊記's
    '行者道：「…。我是那唐僧的大徒弟孫悟空行者。…」'. (A short speech is one candidate by
    clause ``split_quote_candidate``, whose group text starts at its opening mark.)

    Guards: only on a line whose marks pair up (each pair as many opened as closed, none
    closed before it opened at the sentence's start; '"' an even count on the line): a
    lost closer ('…如何说话？两个便把…', 水浒传) leaves the rest of its line alone; a
    sentence without kana or ideographs is never asked (English quotes)."""
    none = np.zeros(0, dtype=np.int64)
    if not quoted_cjk(text):
        return none
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    cand = np.asarray(candidates, dtype=np.int64)
    if not len(cand):
        return none
    marks = mark_positions(text)  # clause quote_marks_once (transforms.quote_marks)
    breaks = marks["\n"]
    a = spans[cand, 0]
    line = count_below(breaks, a)  # line index of each start
    # Clause counts_from_marks: a mark's count from the line's start to a sentence's
    # start and to the line's end, by the marks' own line indices (a mark is never a
    # line break) and one count below each start.
    n_lines = len(breaks) + 1

    def per_line(at: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Marks on the lines before each start's line, and up to its line's end."""
        upto = np.cumsum(np.bincount(np.searchsorted(breaks, at), minlength=n_lines))
        return np.concatenate(([0], upto))[line], upto[line]  # clause one_dtype_concatenate

    inside = np.zeros(len(cand), dtype=bool)
    paired = np.ones(len(cand), dtype=bool)
    for op, cl in PAIRS:
        o, c = marks[op], marks[cl]
        if not len(o) and not len(c):
            continue
        (o_start, o_end), (c_start, c_end) = per_line(o), per_line(c)
        before = (count_below(o, a) - o_start) - (count_below(c, a) - c_start)
        whole = (o_end - o_start) - (c_end - c_start)
        paired &= (whole == 0) & (before >= 0)
        inside |= before > 0
    q = marks['"']
    if len(q):
        q_start, q_end = per_line(q)
        before = count_below(q, a) - q_start
        whole = q_end - q_start
        paired &= whole % 2 == 0
        inside |= before % 2 == 1
    hit = inside & paired
    if not hit.any():
        return none
    idx = np.flatnonzero(hit)
    # kana or ideographs (quote_fragment's range) in the sentence
    return cand[idx[_has_cjk(text, spans[cand[idx]], np.ones(len(idx), dtype=bool))]]


def _has_cjk(text: str, spans: np.ndarray, asked: np.ndarray) -> np.ndarray:
    """Which spans hold kana or ideographs (U+3040..U+9FFF), among the ``asked`` ones
    (the others answer False): their positions over the asked spans' reach, two searches
    per span."""
    out = np.zeros(len(spans), dtype=bool)
    idx = np.flatnonzero(asked)
    if not len(idx):
        return out
    a, b = spans[idx, 0], spans[idx, 1]
    lo, hi = int(a.min()), int(b.max())
    if len(idx) * _PER_SPAN_CHARS <= hi - lo:
        # Clause cjk_test_per_span (session 34, part 2): few spans over a long reach
        # (speech_middles' hits: ~300 in 红楼梦) are asked one by one (the search stops
        # at the first ideograph) instead of turning the whole reach into code points.
        found = [
            _CJK_OR_KANA.search(text, x, y) is not None
            for x, y in zip(a.tolist(), b.tolist(), strict=True)
        ]
        out[idx] = found
        return out
    cp = np.frombuffer(text[lo:hi].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    at = np.flatnonzero((cp >= 0x3040) & (cp < 0xA000)) + lo
    out[idx] = np.searchsorted(at, b) > np.searchsorted(at, a)
    return out
