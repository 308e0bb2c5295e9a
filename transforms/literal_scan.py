"""Clause ``one_literal_scan`` (session 45): the text rules' literal prefilters on a
Chinese document answered by one scan.

About 30 rules open with a literal prefilter on the whole document (``"本章完" not in
text``, ``"href" not in text``, ``"..." not in text``): each is a ``str`` search of
1-2 ms per million characters of Chinese (a one-character search costs 0.1-0.3 ms), about
50-60 ms per Chinese book in all, 4-5% of its text stages (session 44's Left). Here one
regex alternation of all of them finds which occur (~7 ms per million characters, most of
it the common Chinese characters that lead "最新", "本章完", "下回分"), once per document,
and each prefilter reads the answer: ``holds(text, "本章完")`` is ``"本章完" in text``.

Exact: the alternation lists longer literals first, so at a position it matches the
longest literal starting there, and every other literal starting there is a prefix of
that one (both are prefixes of the text from there) and is counted with it; after a
match the scan resumes one character later (an overlapping literal is not skipped) over
the literals not yet found, so each literal is found at its first occurrence or not at
all. The scan runs only for a text of at least ``MIN_SCAN_CHARS`` characters that holds
a CJK character near its start (``_SCAN_PROBE``); any other text is searched literal by
literal as before (an English book's few prefilters are cheap ASCII searches there: the
scan was no faster on en_gutenberg). Either way the answer is the same: the gate decides
only the cost.

The answer (or, for a long text, the decision not to scan) is kept for the last long text
asked, by identity (the text is held, as ``quote_marks.holds_cjk`` does; clause
``cjk_once_per_document``): asking it again costs no probe (en_gutenberg's cleaning was
8% slower when each prefilter re-ran the CJK probe on a non-ASCII book); a short text is
neither scanned nor kept (it does not evict the document). Dropped by
``release`` (``clean.clean_text`` and ``structure.analyze_text`` call it in a ``finally``).
"""

from __future__ import annotations

import functools
import re

from transforms.cjk_layout import CJK_CHAR

# Every literal a rule asks ``holds`` about (a test holds each call site to this list).
LITERALS = (
    # clean: novel-site and web-book leftovers
    "最新",
    "全文阅读",
    "字数",
    "字數",
    "首发",
    "本章完",
    "点击下一页",
    "更优质的阅读体验",
    ".第",
    "href",
    "http",
    "作者有",
    "连载完毕",
    '\\"',
    "\n--",
    "<!--",
    "-->",
    "From ",
    # clean: Aozora and Markdown marks, Project Gutenberg texts
    "見出し",
    "［＃",
    "底本",
    "```",
    "~~~",
    "utenberg",
    "UTENBERG",
    "SMALL PRINT",
    # structure: sentences, key sentences, chapter-end formulas
    "下回分",
    "下文分",
    "M.",
    "...",
    "....",
    "---",
    "……………",
    "······",
    "．．．．．．",
)
MIN_SCAN_CHARS = 4096  # a shorter text: the literal searches cost less than the scan's setup
_SCAN_PROBE = 65536  # characters of the text's start asked for a CJK character

_LAST: tuple = (None, None)  # (text, frozenset of the literals it holds, or None: no scan)


@functools.lru_cache(maxsize=256)
def _pattern(literals: tuple[str, ...]) -> re.Pattern:
    """The alternation of ``literals`` (sorted longest first by the caller)."""
    return re.compile("|".join(map(re.escape, literals)))


_ORDER = tuple(sorted(set(LITERALS), key=len, reverse=True))


def _scan(text: str) -> frozenset:
    """The literals of ``LITERALS`` that occur in ``text`` (module doc: exact)."""
    found: set[str] = set()
    rest = _ORDER
    pos = 0
    while rest:
        m = _pattern(rest).search(text, pos)
        if m is None:
            break
        hit = m.group()
        found.update(x for x in rest if hit.startswith(x))
        rest = tuple(x for x in rest if x not in found)
        pos = m.start() + 1
    return frozenset(found)


def _answers(text: str):
    """The scan's answer for ``text``, or None where ``text`` is searched literal by literal."""
    global _LAST
    last = _LAST  # read once: threads may replace it
    if last[0] is text:
        return last[1]
    if len(text) < MIN_SCAN_CHARS:
        return None  # not kept: a short text asked between a document's prefilters
    scan = not text.isascii() and CJK_CHAR.search(text, 0, _SCAN_PROBE) is not None
    found = _scan(text) if scan else None
    _LAST = (text, found)  # a long English text's "no scan" too: decided once
    return found


def holds(text: str, literal: str) -> bool:
    """``literal in text``, for a literal of ``LITERALS`` (clause ``one_literal_scan``).

    Raises:
      ValueError: ``literal`` is not in ``LITERALS`` (add it there).
    """
    if literal not in _KNOWN:
        raise ValueError(f"{literal!r} is not in literal_scan.LITERALS; add it there to ask it")
    found = _answers(text)
    return literal in text if found is None else literal in found


_KNOWN = frozenset(LITERALS)


def release() -> None:
    """Drop the last text's answer (and the text)."""
    global _LAST
    _LAST = (None, None)
