"""Contents entries set with CJK leaders: clause ``cjk_leader_entry`` of rule
``contents_entry`` (``transforms.key_sentences``).

A Chinese contents list often runs its entries into one line, each title
followed by a leader of ellipses or middle dots and a page number, the page
number in full-width digits and sometimes broken by the leader itself
("第八章　论没有一种政府形式适宜于一切国家………………………１…１６第九章　论一个好政府的标志…",
社会契约论, a GB18030 download). No "。" ends such an entry, so the sentence
splitter cuts it anywhere, and a piece became a key sentence. A sentence that
holds a leader of at least ``LEADER_CHARS`` ellipses / middle dots followed
(past spaces) by a digit, ASCII or full-width, is a contents entry, not a key
sentence. Guards: the "……" of prose (two marks) before a number, a number
that goes on into a counter or unit ("······3天后", six middle dots being one
ellipsis in GB-typed prose), and a leader not followed by a page number ("她望着窗外…………………………一句话也没有说。") stay
eligible. In the five Chinese mirrors and Aozora Bunko (21,703 files) it fires in
7: four contents lists and three tables of figures set with leaders (国富论's
"伦敦酿造厂税额………………408，260"), no prose.

Cost: one ``str.find`` prefilter; a regex over the text only where a
six-mark leader occurs.
"""

from __future__ import annotations

import re

import numpy as np

from transforms import literal_scan

LEADER_CHARS = 6
_PREFILTER = ("……………", "······", "．．．．．．")
# Clause cjk_leader_entry_measure_word (review, session 32): a number that goes on
# into a counter or a unit ("······3天后", "……………1949年": "······", six middle dots,
# is one ellipsis in much GB-typed prose) is prose, not a page number.
_COUNTER = "年月日天号號岁歲点點时時分秒个個位次人名元块塊斤里米公千万萬亿億"
# Clause leader_run_start (session 43): a match starts only at a leader's first mark
# (the leftmost match always did: output the same); each later mark of a long leader
# with no page number after it scanned the rest again (16,000 "…": 4.5 s). The mark
# comes before the look-behind so that sre still skips fast to a mark (review).
_LEADER_PAGE = re.compile(
    rf"[…·．](?<![…·．].)[…·．]{{{LEADER_CHARS - 1},}}[ \t\u3000]*"
    rf"(?![0-9０-９]+[{_COUNTER}])[0-9０-９]"
)


def cjk_leader_entries(text: str, spans: np.ndarray) -> np.ndarray:
    """Indices of the sentences that hold a CJK leader and a page number."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if not len(spans) or not any(literal_scan.holds(text, p) for p in _PREFILTER):
        return np.zeros(0, dtype=np.int64)
    hits = []
    for m in _LEADER_PAGE.finditer(text):  # clause cjk_leader_entry
        # the sentence holding the leader's first mark, and the one holding the digit
        hits.extend((m.start(), m.end() - 1))
    if not hits:
        return np.zeros(0, dtype=np.int64)
    at = np.asarray(hits, dtype=np.int64)
    idx = np.searchsorted(spans[:, 0], at, side="right") - 1
    keep = (idx >= 0) & (at < spans[np.maximum(idx, 0), 1])
    return np.unique(idx[keep])


# Leader dots (four or more, spaced or not), then a page number to the line's end.
# Clause leader_run_start: not after a dot, nor a dot and a space (the leftmost match
# never starts there); ". . . ." over 16,000 characters with no page number: 8.4 s.
# The first dot comes before the look-behinds (review: a look-behind first stops sre's
# fast skip to a dot: 1.7x the time over the books that pass the prefilter).
_LEADERS_PAGE = re.compile(
    r"\.(?<!\.\.)(?<!\.[ \t]\.)[ \t]?(?:\.[ \t]?){3,}[ \t]*\d{1,4}[ \t]*(?=\n|\Z)"
)


def leader_entries(text: str, spans: np.ndarray) -> list[int]:
    """Clause ``leader_entry`` of rule ``contents_entry``: indices of the sentences that
    end inside a line's leader dots and page number ("12. Using the WebSocket Protocol
    from Other Specifications . . . ." | "66"): the last leader counted as a full stop."""
    if "...." not in text and ". . . ." not in text:
        return []
    ends = spans[:, 1]
    out = []
    for m in _LEADERS_PAGE.finditer(text):
        lo, hi = np.searchsorted(ends, [m.start() + 1, m.end()])
        out.extend(
            int(i) for i in range(lo, hi) if text[m.start() : int(ends[i])].rstrip()[-1:] == "."
        )
    return out
