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

Cost: a character count per eligible sentence holding a quotation mark.
"""

from __future__ import annotations

import numpy as np

from transforms.cjk_layout import CJK_CHAR

PAIRS = (("「", "」"), ("『", "』"), ("“", "”"))
_MARKS = frozenset("「」『』“”")


def quote_fragments(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Indices (of ``candidates``, sentence indices into ``spans``) of the
    sentences rule ``quote_fragment`` excludes."""
    if ("「" not in text and "“" not in text and "『" not in text) or not CJK_CHAR.search(text):
        return np.zeros(0, dtype=np.int64)  # English with curly quotes: nothing to ask
    out = []
    for i in candidates.tolist():
        s = text[spans[i, 0] : spans[i, 1]]
        if _MARKS.isdisjoint(s) or CJK_CHAR.search(s) is None:
            continue
        if any(s.count(a) != s.count(b) for a, b in PAIRS):
            out.append(i)
    return np.asarray(out, dtype=np.int64)
