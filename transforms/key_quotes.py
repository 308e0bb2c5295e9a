"""Clause ``split_quote_candidate`` (session 33) of ``transforms.key_sentences``: the
sentences of one short quotation cut at its inner 。！？ are one key-sentence candidate.

Since clause ``short_quote_tiny_piece`` (session 32, ``transforms.cjk_speech``) a short
speech of two full sentences is two sentences ('那汉道："我自去叫他起来。' | '我和他赶人。"',
水浒传 第三十七回), and each piece is half a quotation that rule ``quote_fragment`` keeps
out of key sentences: the whole speeches with their speaker left the pool (the shared
红楼梦 lost '丫头们回道：“老太太的饭完了。今日添了一位姑娘，所以短了些。”'). Here a run of two to
four consecutive sentences on one line, each a ``quote_fragment`` or (inside) a sentence
without quote marks, whose marks pair up
taken together and whose quotation (first opening mark of the run to its last closing
mark) is at most ``SHORT_SPEECH_CHARS`` characters (``short_quote_whole``'s 40) is a
group. The group is ranked as one candidate (its terms are its sentences' terms) and,
when picked, all its sentences are key sentences with the group's score; the sentence
output is unchanged.

Guards: the group must be a key sentence by itself (``eligible_groups``: length,
terminated, not a heading, not in a contents list, not a repeat of an earlier group);
a longer speech keeps its sentences out (its inner pieces carry no speaker, and a
four-line speech is no unit to remember); a run across a line break is no group.

Cost: one prefix sum per pair of marks over the text (as ``quote_fragment``), then a
Python loop over the fragments only (水浒传: ~6,000).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.cjk_quotes import PAIRS, quoted_cjk
from transforms.latin_speech import UNREAD, latin_speech_groups
from transforms.quote_marks import mark_positions, sentence_counts
from transforms.sorted_unique import (  # clauses isin_by_search, one_dtype_concatenate
    isin,
    zero_first,
)

_CJK_OR_KANA = re.compile("[\u3040-\u9fff]")  # quote_fragment's range (cjk_quotes)
SHORT_SPEECH_CHARS = 40  # short_quote_whole's limit (transforms.cjk_speech)
MAX_GROUP = 4
_REACH = 400
_OPENERS = "".join(op for op, _ in PAIRS) + '"'
_CLOSERS = "".join(cl for _, cl in PAIRS) + '"'


def quote_groups(text: str, spans: np.ndarray) -> np.ndarray:
    """(m, 2) int64 [first, last] sentence indices of the groups (module docstring),
    ascending and disjoint."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    none = np.zeros((0, 2), dtype=np.int64)
    if len(spans) < 2:
        return none
    if not quoted_cjk(text):
        return none
    # Clauses quote_marks_once and counts_from_marks (transforms.quote_marks): the marks
    # found once per document, counted per sentence from their own positions.
    marks = mark_positions(text)
    # Clause counts_once_per_document (session 35): the per-sentence counts that
    # quote_fragments (cjk_quotes) took for the same sentences, not counted again.
    counts = sentence_counts(text, spans).__getitem__

    # Per sentence: opening minus closing marks of each pair, and the count of '"';
    # rule quote_fragment's test (transforms.cjk_quotes) read from them, its CJK
    # condition below, per candidate. (Clause groups_rows_once: one 1-D array per
    # column, not row reductions of an (n, 4) array.)
    c0, c1, c2 = (counts(op) - counts(cl) for op, cl in PAIRS)
    quotes = counts('"')
    odd = quotes % 2 != 0
    unbalanced = (c0 != 0) | (c1 != 0) | (c2 != 0)
    closed_more = (c0 < 0) | (c1 < 0) | (c2 < 0)
    is_frag = unbalanced | odd
    # A run opens with an opening mark left open: no pair closed more than opened, and
    # one pair opened or an odd '"' (vectorized: the loop below reads these only).
    opens = is_frag & ~closed_more & ((c0 > 0) | (c1 > 0) | (c2 > 0) | odd)
    first = np.flatnonzero(opens[:-1] & (is_frag[1:] | ~(unbalanced[1:] | (quotes[1:] != 0))))
    # ... and the next fragment closes, within the group's reach, on the same line, and
    # ends at most _REACH characters after the first sentence (a prefilter: the close
    # itself is measured by _short_speech; narration may follow it in that sentence).
    frag = np.flatnonzero(is_frag)
    k = np.searchsorted(frag, first + 1)
    first, k = first[k < len(frag)], k[k < len(frag)]
    nxt = frag[k]
    lines = marks["\n"]
    first = first[
        (nxt - first < MAX_GROUP)
        & (spans[nxt, 1] - spans[first, 1] <= _REACH)
        & (closed_more[nxt] | odd[nxt])
        & (np.searchsorted(lines, spans[first, 0]) == np.searchsorted(lines, spans[nxt, 0]))
    ]
    if not len(first):
        return none
    n = len(spans)
    # Clause groups_rows_once (session 34): the rows the loop reads (a run's first
    # sentence and the next three) as flat Python lists, taken once: numpy scalar reads
    # per sentence were most of this function's time (红楼梦: ~1,000 runs). Flat lists of
    # ints only: a list per row kept alive is a container the garbage collector walks,
    # and after a large document its full collections cost ~0.1 s here.
    # Clause groups_loop_flat (session 34, part 2): run r's row d (sentence first[r] + d)
    # at r * MAX_GROUP + d (no lookup table) and its four counts as plain ints (no list
    # per sentence); each run's closing sentence is found first (it does not depend on
    # the runs before), then rule short_speech is asked of all closed runs at once from
    # the marks' positions (clause short_from_marks), then the runs inside a group found
    # before are dropped in order.
    rows = np.minimum(first[:, None] + np.arange(MAX_GROUP), n - 1).ravel()
    starts, ends, frags = spans[rows, 0].tolist(), spans[rows, 1].tolist(), is_frag[rows].tolist()
    q0, q1, q2, q3 = (col[rows].tolist() for col in (c0, c1, c2, quotes))
    run_first, run_last = [], []  # of each closed run (flat lists: see above)
    for r, i0 in enumerate(first.tolist()):
        k = r * MAX_GROUP
        a, b0 = starts[k], ends[k]
        t0, t1, t2, t3 = q0[k], q1[k], q2[k], q3[k]
        if t3 % 2 and not _opens_ascii(text, (a, b0)):
            continue
        if not _CJK_OR_KANA.search(text, a, b0):
            continue  # no quote_fragment: a quotation in Latin letters
        for j in range(i0 + 1, min(i0 + MAX_GROUP, n)):
            k += 1
            ja, jb, r0, r1, r2, r3 = starts[k], ends[k], q0[k], q1[k], q2[k], q3[k]
            inside = not (r0 or r1 or r2 or r3)  # a middle sentence, no mark: "B。"
            if not (frags[k] or inside) or text.find("\n", a, ja) >= 0:
                break  # a paragraph (a line of the clean text) ends inside
            if not inside and not _CJK_OR_KANA.search(text, ja, jb):
                break  # no quote_fragment either
            if r3 and _opens_ascii(text, (ja, jb), first=True):
                break  # the next speech's '"' after its tag: "C。"X道："D。"
            t0, t1, t2, t3 = t0 + r0, t1 + r1, t2 + r2, t3 + r3
            if t0 < 0 or t1 < 0 or t2 < 0:
                break
            if not (t0 or t1 or t2) and t3 % 2 == 0:
                run_first.append(i0)
                run_last.append(j)
                break
    if not run_first:
        return none
    a_, b_ = spans[run_first, 0], spans[run_last, 1]
    ok = short_speeches(marks, a_, b_).tolist()
    out = []
    i = 0
    for i0, j, short in zip(run_first, run_last, ok, strict=True):
        if i0 >= i and short:  # not inside the group found before
            out.append((i0, j))
            i = j + 1
    return np.asarray(out, dtype=np.int64).reshape(-1, 2) if out else none


def eligible_groups(
    text: str,
    spans: np.ndarray,
    min_words: float,
    heading_starts: np.ndarray | None = None,
    list_spans: list[tuple[int, int]] | None = None,
    speech_marks=UNREAD,
) -> np.ndarray:
    """The [first, last] sentence indices of the groups that are, taken whole, key
    sentences by the rules of ``key_sentences.eligible_sentences``; ``speech_marks``:
    ``latin_speech.sentence_marks(text, spans)`` when read before (clause
    ``speech_marks_once``)."""
    from transforms.key_sentences import eligible_sentences, in_lists  # it imports this

    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    groups = quote_groups(text, spans)
    if not len(groups):  # clause latin_speech_candidate (a text without CJK: no CJK group)
        groups = latin_speech_groups(text, spans, speech_marks)
    if not len(groups):
        return groups
    whole = np.stack([spans[groups[:, 0], 0], spans[groups[:, 1], 1]], axis=1)
    # The rules read the groups' texts alone, one line each (a group is on one line):
    # a whole-text scan per rule would cost as much as for all the sentences.
    pieces = [text[a:b].rstrip("\n") + "\n" for a, b in whole.tolist()]
    ends = np.cumsum([len(p) for p in pieces])
    local = np.stack([ends - [len(p) for p in pieces], ends], axis=1)
    ok = eligible_sentences("".join(pieces), local, min_words)
    if heading_starts is not None and len(heading_starts):
        ok &= ~isin(whole[:, 0], np.asarray(heading_starts, dtype=np.int64))
    if list_spans:  # clause contents_list_sentence
        ok &= ~in_lists(whole[:, 0], list_spans)
    return groups[ok]


def _opens_ascii(text: str, span, first: bool = False) -> bool:
    """The sentence's last '"' (its first with ``first``) opens a quotation: it starts
    the sentence or follows a colon ('那汉道："我自去叫他起来。', 水浒传)."""
    a, b = int(span[0]), int(span[1])
    at = text.find('"', a, b) if first else text.rfind('"', a, b)
    return not text[a:at].strip() or text[at - 1] in "：:∶"


def short_speeches(marks: dict[str, np.ndarray], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Clause ``short_from_marks`` (session 34, part 2): ``_short_speech(text[a:b])`` for
    each span, from the marks' positions (the first opening mark at or after a, the last
    closing mark before b: one binary search each) instead of eight searches of a slice."""
    # Clause short_per_mark (session 35): the first opener at or after a is the least of
    # each mark's first there, the last closer before b the greatest of each mark's last
    # (no sort of all the marks together: ~1 ms a book).
    big = np.iinfo(np.int64).max
    first = np.full(len(a), big, dtype=np.int64)
    last = np.full(len(b), -1, dtype=np.int64)
    for q in _OPENERS:
        at, pos = np.searchsorted(marks[q], a), marks[q]
        if len(pos):
            first = np.minimum(
                first, np.where(at < len(pos), pos[np.minimum(at, len(pos) - 1)], big)
            )
    for q in _CLOSERS:
        at, pos = np.searchsorted(marks[q], b) - 1, marks[q]
        if len(pos):
            last = np.maximum(last, np.where(at >= 0, pos[np.maximum(at, 0)], -1))
    has_first = (first < big) & (first < b)
    has_last = (last >= 0) & (last >= a)
    return has_first & has_last & (first < last) & (last - first + 1 <= SHORT_SPEECH_CHARS)


def _short_speech(group: str) -> bool:
    """The quotation of the group, first opening mark to last closing mark, is at most
    ``SHORT_SPEECH_CHARS`` characters."""
    first = min((p for p in (group.find(q) for q in _OPENERS) if p >= 0), default=-1)
    last = max(group.rfind(q) for q in _CLOSERS)
    return 0 <= first < last and last - first + 1 <= SHORT_SPEECH_CHARS


def group_rows(indptr: np.ndarray, units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(indptr, positions into the terms array) of the candidate units ``units``
    ((m, 2) [first, last] sentence indices): a unit's terms are its sentences' terms,
    which are contiguous in a CSR term array."""
    lo, hi = indptr[units[:, 0]], indptr[units[:, 1] + 1]
    lengths = hi - lo
    sub_indptr = zero_first(np.cumsum(lengths)).astype(np.int64)
    positions = np.arange(sub_indptr[-1], dtype=np.int64) + np.repeat(lo - sub_indptr[:-1], lengths)
    return sub_indptr, positions


def candidate_units(eligible: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """(m, 2) [first, last] of the candidates in document order: each eligible
    sentence alone (not one inside a group: "A。" | "B。" | "C。”"), and each group."""
    eligible = eligible.copy()
    groups = groups.reshape(-1, 2)
    covered = np.zeros(len(eligible) + 1, dtype=np.int64)
    np.add.at(covered, groups[:, 0], 1)
    np.add.at(covered, groups[:, 1] + 1, -1)
    eligible &= np.cumsum(covered)[: len(eligible)] == 0
    single = np.flatnonzero(eligible).astype(np.int64)
    units = np.concatenate([np.stack([single, single], axis=1), groups.reshape(-1, 2)])
    return units[np.argsort(units[:, 0], kind="stable")]


def expand_units(units: np.ndarray, chosen: np.ndarray, scores: np.ndarray):
    """Sentence indices (int32, ascending) and their scores (float32) of the chosen
    units: every sentence of a group with the group's score."""
    picked = units[np.asarray(chosen, dtype=np.int64)]
    lengths = picked[:, 1] - picked[:, 0] + 1
    first = np.repeat(picked[:, 0], lengths)
    offset = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return (first + offset).astype(np.int32), np.repeat(scores, lengths).astype(np.float32)


def unit_text(units: np.ndarray, sentence_text):
    """``u -> `` the text of candidate unit u: its sentences' texts joined."""
    return lambda u: "".join(sentence_text(i) for i in range(units[u, 0], units[u, 1] + 1))
