"""Clause ``ascii_inner_quote_pairs`` (session 34, rule ``quote_fragment`` of
``transforms.key_sentences``): a GBK-era web e-book that quotes speech with ASCII '"'
quotes the speech inside it with ASCII "'" (金庸《天龙八部》 in jbts6/wuxia-novel:
'经云:\\'饮酒有三十六失。\\'以后最好不饮。', 2,804 of them in the book, no "‘" or "’").
The sentence rules cut the inner speech at its 。 like any other, so
"'饮酒有三十六失。" / "'以后最好不饮。" are halves of a quotation; ``quote_fragment`` read
「」『』“” and '"' only, and such halves stayed key-sentence candidates.

A CJK sentence holding an odd number of "'" that touch a CJK character or mark (one
on either side: "说:'快", "容貌。'\\"", "\\'剑湖宫\\'") is a quote fragment. Guard
``apostrophe_in_latin``: an apostrophe between Latin letters ("don't", "O'Neill" in a
Chinese text) is no quotation mark and is not counted.

Cost: nothing unless the text holds "'" and a CJK character; then one pass over the
text's code points.
"""

from __future__ import annotations

import numpy as np

from transforms.quote_marks import holds_cjk


def _cjk(cp: np.ndarray) -> np.ndarray:
    """CJK characters and marks (ideographs, kana, CJK and full-width punctuation)."""
    return ((cp >= 0x3000) & (cp < 0xA000)) | ((cp >= 0xFF00) & (cp < 0xFFF0))


def inner_quote_fragments(text: str, spans: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Indices (of ``candidates``) of the CJK sentences with an odd count of ASCII
    inner quotes (clause ``ascii_inner_quote_pairs``)."""
    none = np.zeros(0, dtype=np.int64)
    # Clause cjk_once_per_document (session 35, part 2): "holds a CJK character" decided
    # once per document (transforms.quote_marks.holds_cjk), not a scan of the text here.
    if "'" not in text or not len(candidates) or not holds_cjk(text):
        return none
    cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    at = np.flatnonzero(cp == 39)
    before = np.where(at > 0, cp[np.maximum(at - 1, 0)], 0)
    after = np.where(at + 1 < len(cp), cp[np.minimum(at + 1, len(cp) - 1)], 0)
    at = at[_cjk(before) | _cjk(after)]  # guard apostrophe_in_latin
    if not len(at):
        return none
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    cand = np.asarray(candidates, dtype=np.int64)
    a, b = spans[cand, 0], spans[cand, 1]
    odd = (np.searchsorted(at, b) - np.searchsorted(at, a)) % 2 == 1
    if not odd.any():
        return none
    idx = np.flatnonzero(odd)
    han = np.flatnonzero((cp >= 0x3040) & (cp < 0xA000))  # kana or ideographs in it
    has = np.searchsorted(han, b[idx]) > np.searchsorted(han, a[idx])
    return cand[idx[has]]
