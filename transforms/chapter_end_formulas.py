"""Clause ``chapter_end_formula`` (session 34, key-sentence eligibility): the closing
formula of a chapter in the Chinese chapter novel (章回小說) is the form's boilerplate,
not the chapter's content, and never a key sentence.

Every chapter of 西遊記, 三國演義, 紅樓夢 and their heirs ends on the storyteller's
"且聽下回分解" ("畢竟不知向後修些甚麼道果，且聽下回分解。", "欲知後事如何，且看下回
分解。", "不知有何禍事，且聽下回分解。"), and the wuxia novels keep it ("欲知后事如何?
请听下回分解。", 梁羽生, every chapter). Ranked by centrality it wins: it shares its
words with a hundred copies of itself that differ only in the question before it, so
``repeated`` and ``near_repeat`` let several through (9 key sentences of 西遊記 and
三國演義 in oscarsun72/chtxt, session 33).

A sentence is a formula when it ends (its final mark and closing marks aside) on a verb
of hearing or seeing and "下回分解" / "下文分解" / "下回分曉" (且聽, 請看, 再看, 且見 ...),
or on the phrase as a clause of its own after a comma (红楼梦's "要知端的，下回分解。"),
Simplified or Traditional. Guard ``formula_needs_its_verb``: a narrator's "他就须挺起
腰板等着下回分解" (四世同堂, prose that borrows the phrase) has neither before it and
stays; so does the phrase inside a sentence that goes on after it ("那就请听下回分解了。",
季羡林; "想知道下回分解，于是…").

Clause ``formula_ends_line`` (session 35): the formula with no end mark, its line's last
words ("欲知后事如何?请听下回分解" / "" / "第十二回 诧见残脂逃黑狱 变来解药戏魔头", 梁羽生's
侠骨丹心 and 风雷震九州, jbts6/wuxia-novel), runs into the next line's sentence: that
sentence, which opens on the formula, is no key sentence either. Guard: the phrase
inside a line ("那就请听下回分解了。") is read as before.

Cost: the document's "holds CJK" answer (shared, clause ``cjk_once_per_document``), two
literal tests of a CJK text; in the texts that hold the phrase, a literal search
for it and the regex asked only where it stands (clause ``formula_at_literal``).
"""

from __future__ import annotations

import re

import numpy as np

from transforms import literal_scan
from transforms.quote_marks import holds_cjk

_FORMULA = re.compile(r"[聽听看見见，,、]下[回文]分[解曉晓]")
_PHRASE = re.compile("下[回文]分")  # _FORMULA's literal middle: "下" is sought fast
# What may follow the formula before the sentence's end: marks, closing quotes, spaces.
_TAIL = re.compile(r"[\s。．.!！?？…~～」』”’\"')）\]］】]*")


def chapter_end_formulas(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Indices (among ``candidates``) of the sentences that end on a chapter-end formula."""
    # Clause cjk_once_per_document (session 35, part 2): a text without a CJK character
    # (decided once per document, transforms.quote_marks.holds_cjk) holds no formula: an
    # English book's two literal scans are skipped.
    if not len(candidates) or not holds_cjk(text):
        return np.zeros(0, dtype=np.int64)
    if not literal_scan.holds(text, "下回分") and not literal_scan.holds(text, "下文分"):
        return np.zeros(0, dtype=np.int64)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    ends = spans[:, 1]
    # Clause formula_at_literal (session 35): _FORMULA.finditer tried its character
    # class at every position of the text (~4 ms a book); the same matches are found by
    # searching the literal "下[回文]分" and asking _FORMULA at the character before it.
    # Its matches cannot overlap (none of 下回文分解曉晓 is in the first class), so
    # finditer's matches are exactly these.
    at = [p.start() - 1 for p in _PHRASE.finditer(text) if p.start() > 0]
    found = [m for m in (_FORMULA.match(text, s) for s in at) if m is not None]
    if not found:
        return np.zeros(0, dtype=np.int64)
    m_start = np.asarray([m.start() for m in found], dtype=np.int64)
    m_end = m_start + 5
    idx = np.searchsorted(ends, m_end, side="left")
    hits = []
    for i, s, e in zip(idx.tolist(), m_start.tolist(), m_end.tolist(), strict=True):
        if i >= len(spans) or spans[i, 0] > s:
            continue
        tail = _TAIL.match(text, e, int(ends[i]))
        if tail is not None and tail.end() == ends[i]:
            hits.append(i)
        elif tail is not None and "\n" in tail.group():  # clause formula_ends_line (session 35)
            hits.append(i)
    if not hits:
        return np.zeros(0, dtype=np.int64)
    hits, cand = np.unique(np.asarray(hits, dtype=np.int64)), np.asarray(candidates, dtype=np.int64)
    if cand.min() < 0 or cand.max() >= len(spans):
        return np.intersect1d(hits, cand)
    # Clause formula_hits_by_mask (session 35): np.intersect1d sorted all ~37,000
    # candidates for ~100 hits (~5 ms a book); a mask of the candidates answers the same
    # sorted, unique indices.
    member = np.zeros(len(spans), dtype=bool)
    member[cand] = True
    return hits[member[hits]]
