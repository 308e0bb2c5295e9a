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

import numpy as np

from transforms.cjk_layout import CJK_CHAR

PAIRS = (("「", "」"), ("『", "』"), ("“", "”"))


def quote_fragments(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Indices (of ``candidates``, sentence indices into ``spans``) of the
    sentences rule ``quote_fragment`` excludes."""
    if not any(q in text for q in '「“『"') or not CJK_CHAR.search(text):
        return np.zeros(0, dtype=np.int64)  # English with curly quotes: nothing to ask
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    cand = np.asarray(candidates, dtype=np.int64)
    a, b = spans[cand, 0], spans[cand, 1]

    def counts(mask: np.ndarray) -> np.ndarray:  # per candidate sentence
        run = np.concatenate(([0], np.cumsum(mask, dtype=np.int64)))
        return run[b] - run[a]

    bad = np.zeros(len(cand), dtype=bool)
    for op, cl in PAIRS:  # opening marks +1, closing -1: a sentence sums to 0
        bad |= counts((cp == ord(op)).astype(np.int8) - (cp == ord(cl))) != 0
    bad |= counts(cp == ord('"')) % 2 != 0  # clause ascii_quote_pairs
    bad &= counts((cp >= 0x3040) & (cp < 0xA000)) > 0  # kana or ideographs in it
    return cand[bad]
