"""Rule ``style_evidence``: the tokens of each span that the topic terms leave
out, as a second channel of evidence for topic boundaries.

Topic terms (``topics.unit_terms``) are content words (English minus stopwords)
and CJK character bigrams. What they drop still tells passages apart: how a text
is written, not what it is about. Here each span's *style tokens* are

* its punctuation marks and symbols (every character that is neither a word
  character nor white space: quotes of each kind, dashes, brackets of footnote
  markers, ``;`` ``:`` ``?`` ``!``, CJK punctuation);
* its English stopwords (the shipped list, ``topics.english_stopwords``), as
  the same letter runs ``topics.unit_terms`` reads;
* its CJK characters one by one (the topic terms are their bigrams): frequent
  characters are the function words of Chinese (的 了 道 也 ...).

Dialogue against narration, one translator's or edition's typography against
another's, argument against story: those change where the punctuation and the
function words change. ``dcm_segments`` scores these tokens with their own
Dirichlet-compound-multinomial likelihood, weighted by
``C99Config.style_weight`` (:mod:`transforms.dcm`); measured in docs/QUALITY.md
("Rule style_evidence").

Cost: one pass over the code points plus a set lookup per distinct letter run,
no Python loop over the characters.
"""

from __future__ import annotations

import functools

import numpy as np

from transforms import topics
from transforms.char_classes import (
    MAX_RUN_CODE,
    class_runs,
    code_points,
    distinct_runs,
    in_class,
)
from transforms.sorted_unique import zero_first  # clause one_dtype_concatenate

# Style token keys: punctuation and CJK characters are their code point (< 2^21);
# stopword k of the shipped list is _STOPWORD_KEY + k.
_STOPWORD_KEY = 1 << 21
_MARK = r"[^\w\s]"
# Letters of other scripts than CJK (a CJK run is no stopword).
_LETTER = topics._NON_CJK_WORD.pattern[:-1]


@functools.cache
def _stopword_index() -> tuple[dict[str, int], int]:
    words = topics.english_stopwords()
    return {w: k for k, w in enumerate(words)}, max(map(len, words))


def style_terms(text: str, spans: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Style tokens (see the module) of every span, as CSR ``(indptr, keys)``
    in text order; a token counts for the span that holds its first character.
    Spans must be sorted and disjoint (sentences are); ``keys`` are int64 codes
    (a code point, or ``2^21 + k`` for stopword ``k``)."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    code = code_points(text)
    n = len(code)
    mark_pos = np.flatnonzero(in_class(code, _MARK) | topics._cjk_mask(code))
    mark_key = code[mark_pos].astype(np.int64)
    # Stopwords: the letter runs of the text, each looked up lower-cased (runs
    # of the text itself, not of text.lower(), whose offsets shift where a
    # character lower-cases to two, e.g. 'İ').
    stops, longest = _stopword_index()
    starts, ends = class_runs(code, _LETTER)
    short = (ends - starts) <= longest
    starts, ends = starts[short], ends[short]
    key_of = _stopword_keys(text, code, starts, ends, stops)
    stop_pos, stop_key = starts[key_of >= 0], key_of[key_of >= 0] + _STOPWORD_KEY
    # Clause style_terms_memory (session 48): each array is let go once read (the code
    # points before the positions' spans are found; the marks once merged, and not copied
    # when there is no stopword), and the tokens are not copied when all are inside a
    # span: at 20 M characters of Chinese the call peaked at 1.1 GB, the topics step's
    # largest part (docs/PERFORMANCE.md, "Session 48"). The same numbers.
    del code, starts, ends, key_of
    if len(stop_pos):
        # Both lists in text order, merged (their positions are disjoint).
        is_stop = np.zeros(len(mark_pos) + len(stop_pos), dtype=bool)
        is_stop[np.searchsorted(mark_pos, stop_pos) + np.arange(len(stop_pos))] = True
        pos_all = np.empty(len(is_stop), dtype=np.int64)
        key_all = np.empty(len(is_stop), dtype=np.int64)
        pos_all[is_stop], pos_all[~is_stop] = stop_pos, mark_pos
        key_all[is_stop], key_all[~is_stop] = stop_key, mark_key
        del is_stop
    else:
        pos_all, key_all = mark_pos, mark_key
    del mark_pos, mark_key, stop_pos, stop_key
    span_of = topics.char_spans(spans, n)[pos_all]
    del pos_all
    inside = span_of >= 0
    if inside.all():
        return zero_first(np.cumsum(np.bincount(span_of, minlength=len(spans)))).astype(
            np.int64
        ), key_all
    counts = np.bincount(span_of[inside], minlength=len(spans))
    return zero_first(np.cumsum(counts)).astype(np.int64), key_all[inside]


def _stopword_keys(
    text: str, code: np.ndarray, starts: np.ndarray, ends: np.ndarray, stops: dict[str, int]
) -> np.ndarray:
    """Index in ``stops`` of each run ``text[s:e]`` lower-cased (-1: no stopword).
    Equal runs are grouped by ``char_classes.distinct_runs`` a piece of at most
    ``MAX_RUN_CODE`` code points at a time (it groups no more at once), so one
    string is made per distinct run of a piece; where it cannot group (two runs
    share a hash), one string per run."""
    out = np.full(len(starts), -1, dtype=np.int64)
    lo = 0
    while lo < len(starts):
        a = int(starts[lo])
        hi = max(int(np.searchsorted(ends, a + MAX_RUN_CODE, "right")), lo + 1)
        b = int(ends[hi - 1])
        grouped = distinct_runs(code[a:b], starts[lo:hi] - a, ends[lo:hi] - a)
        if grouped is None:
            pick = np.arange(lo, hi)
        else:
            pick = lo + grouped[0]
        bounds = zip(starts[pick].tolist(), ends[pick].tolist(), strict=True)
        key_of = np.fromiter((stops.get(text[s:e].lower(), -1) for s, e in bounds), np.int64)
        out[lo:hi] = key_of if grouped is None else key_of[grouped[1]]
        lo = hi
    return out
