"""Rule ``latin_in_cjk`` (in ``unwrap.find_wraps``; moved out of ``transforms.cjk_layout`` in
session 39): in a block of CJK text (no
fewer CJK characters than Latin letters) of a document whose CJK lines are
wrapped, a Latin letter on one side of a line break and a Latin letter or a CJK
character on the other (an English name or word inside Chinese text) is a cut
of the wrapper. A wrapper
that counts characters cuts where the width runs out, inside a word too
("...英国汉学家Arthur Wal" / "ey的译本...", "...British Museum" / "的阅览室"),
and leaves a line short only where it broke at a space. So: a line at the document's CJK wrap width (``cjk_width`` of
``find_wraps``: every character counted full-width, as wrappers by character
count fill a line) with no space at the break joins without a space (the word
was cut); a shorter one, or one that kept the space, joins with a space when
the first word of the next line would not have fitted on it (the wrapper broke
at a space) and, next to a CJK character, the line is as full as CJK lines
that join (``cjk_fill``: a short line that ends a paragraph with a Latin letter
stays, as in 水浒传's garbled "...洧??C" / "宋江那里肯接"), also when that space
opens the next line under a full line (a one-
space indent after normalization, otherwise a paragraph's); otherwise the Latin
rules decide, as before. Python's ``textwrap``
drops the space it breaks at, so a line that ends a word exactly at the width
reads as a cut word, except under clause ``case_hump``: a lower-case letter
before the break and a capital after it ("Arthur" / "Waley", "Project" /
"Gutenberg", "British" / "Museum") are two words, as a word rarely holds a
capital after a lower-case letter, when the document's own text writes
"a B" (a lower-case letter, a space, a capital) more often than "aB": text
that names "JavaScript", "GitHub", "iPhone" has its humps cut too; and only
when the word before the break opens with a capital or after a space: a
lower-case piece set against CJK text ("的i" / "Phone", "装上mac" / "OS") is
a name's, whatever the vote. A break
inside a word ("Wal" / "ey") or between capitals ("BB" / "C") is still a cut.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.cjk_latin_case import (
    is_latin,
    is_lower,
    is_upper,
    spaced_capitals,
    term_char,
    word_start_ok,
)

_LATIN_WORD = re.compile(r"[A-Za-z]+")


def word_forms(
    text: str, cp: np.ndarray, ends: np.ndarray, starts: np.ndarray, letters=None
) -> np.ndarray:
    """Clause ``word_forms`` of rule ``latin_in_cjk``: for each break between the
    Latin run ending at ``ends`` (its last letter) and the one opening at
    ``starts``, +1 when the document writes the two as one word elsewhere and
    never with a space between ("JavaScript", "McDonald"), -1 the other way
    ("Arthur Waley"), 0 when it writes neither or both. ``letters``: another
    kind of run, as ``(mask function, compiled pattern of one run)`` (Hangul
    for clause ``hangul_cut``)."""
    out = np.zeros(len(ends), dtype=np.int8)
    if not len(ends):
        return out
    is_letter, word = letters or (is_latin, _LATIN_WORD)
    other = np.flatnonzero(~is_letter(cp))
    left = np.r_[-1, other][np.searchsorted(other, ends)] + 1
    right = np.r_[other, len(cp)][np.searchsorted(other, starts)]
    pairs = [(text[i : j + 1], text[k:m]) for i, j, k, m in zip(left.tolist(), ends.tolist(), starts.tolist(), right.tolist(), strict=True)]  # fmt: skip
    wanted = {w1 + w2 for w1, w2 in pairs} | {w for pair in pairs for w in pair}
    wanted_pairs = set(pairs)
    whole: set[str] = set()
    apart: set[tuple[str, str]] = set()
    prev = None  # the last word seen, when it was one of a pair's first words
    for m in word.finditer(text):
        w = m.group()
        if w not in wanted:
            prev = None
            continue
        whole.add(w)
        if prev is not None and prev[1] == m.start() - 1 and text[prev[1]] == " ":
            if (prev[0], w) in wanted_pairs:
                apart.add((prev[0], w))
        prev = (w, m.end())
    for n, (w1, w2) in enumerate(pairs):
        joined, spaced = w1 + w2 in whole, (w1, w2) in apart
        out[n] = 1 if joined and not spaced else -1 if spaced and not joined else 0
    return out


def latin_breaks(
    cp, lines, a, b, word_end, cjk_width, cjk_wrap, fill, text=None, mixed=None
) -> tuple[np.ndarray, np.ndarray]:
    """Rule ``latin_in_cjk``: for each pair of lines ``a`` / ``b`` (``lines`` as
    ``unwrap`` builds them: starts, ends, first and last non-space positions,
    blank), whether the wrap between them cut a Latin word or its edge with a
    CJK character (join without a space) and whether it broke at a space (join
    with one). ``word_end``: where the first word of ``b`` ends (a space or the
    line's end); ``cjk_width``: each line ``a``'s width with every character
    full-width, ``cjk_wrap`` the document's CJK wrap width in the same measure;
    a line broken at a space is at least ``fill`` of it (as CJK lines that join)."""
    from transforms.cjk_layout import cjk_mask  # the CJK ranges live there

    line_start, line_end, first, last, blank = lines
    la, fb = last[a] - 1, first[b]
    cut = np.zeros(len(a), dtype=bool)
    spaced = cut.copy()
    # A Latin letter on one side of the wrap, a Latin letter or a CJK character
    # on the other ("Wal" / "ey", "Museum" / "的", "在" / "British").
    end_latin, start_latin = is_latin(cp[la]), is_latin(cp[fb])
    letters = end_latin & start_latin
    # Clause quote_edges: an ASCII quote at the break opens or closes a Latin
    # term ("...エディターを" / "\"mcedit\" に設定", "\"~/.bashrc\""): a letter, a
    # digit or a sign of a path or a command on its inner side; not a CJK
    # character nor a full stop ("。\"", "......\"" closing 水浒传's dialogue).
    end_latin |= (cp[la] == 34) & term_char(cp[np.maximum(la - 1, 0)])
    start_latin |= (cp[fb] == 34) & term_char(cp[np.minimum(fb + 1, len(cp) - 1)])
    edges = (end_latin & (start_latin | cjk_mask(cp[fb]))) | (start_latin & cjk_mask(cp[la]))
    cand = np.flatnonzero(edges & (la >= first[a]))
    if not len(cand):
        return cut, spaced
    # Only in blocks of CJK text (between blank lines; counted once each).
    block = np.cumsum(blank)
    blank_lines = np.flatnonzero(blank)
    mostly: dict[int, bool] = {}
    for blk in block[a[cand]].tolist():
        if blk not in mostly:
            lo = blank_lines[blk - 1] + 1 if blk > 0 else 0
            hi = blank_lines[blk] if blk < len(blank_lines) else len(line_start)
            part = cp[line_start[lo] : line_end[hi - 1]]
            mostly[blk] = bool(cjk_mask(part).sum() >= is_latin(part).sum())
    cand = cand[[mostly[blk] for blk in block[a[cand]].tolist()]]
    at_space = (last[a[cand]] < line_end[a[cand]]) | (fb[cand] > line_start[b[cand]])
    # Clause case_hump: a lower-case letter, the break, a capital ("Arthur" /
    # "Waley"): two words, the line ended a word at the width, in a document
    # that writes "a B" more often than "aB".
    hump = is_lower(cp[la[cand]]) & is_upper(cp[fb[cand]])
    if hump.any() and spaced_capitals(cp):
        at_space |= hump & word_start_ok(cp, la[cand])
    full = cjk_width[cand] >= cjk_wrap
    # Clause word_forms: between two Latin runs the document's own spelling of
    # the pair decides, where it has one ("JavaScript" elsewhere: "Java" /
    # "Script" was cut; "Arthur Waley" elsewhere: a space).
    both = np.flatnonzero(letters[cand])
    if text is not None and len(both):
        form = word_forms(text, cp, la[cand[both]], fb[cand[both]])
        at_space[both[form > 0]] = False
        at_space[both[form < 0]] = True
        # A wrapper cuts a word only at the width: a line well short of it
        # ("...you should log in" / "to the server", "into" elsewhere) ended
        # there, in characters and in display columns alike.
        near = cjk_width[cand[both]] >= fill * cjk_wrap
        if mixed is not None:
            near |= mixed[0][cand[both]] >= fill * mixed[1]
        full[both[(form > 0) & near]] = True
    cut[cand[full & ~at_space]] = True
    # Would the next line's first word (up to a space: a CJK run is one word
    # to a wrapper that breaks at spaces) have fitted, in the same measure?
    fits = cjk_width[cand] + 2 * (1 + word_end[cand] - fb[cand]) <= cjk_wrap
    both_latin = end_latin[cand] & start_latin[cand]
    filled = both_latin | (cjk_width[cand] >= fill * cjk_wrap)
    if mixed is not None:
        # Rule cjk_mixed_width, here too: in display columns as well.
        columns, col_wrap = mixed
        fits &= columns[cand] + 1 + (word_end[cand] - fb[cand]) <= col_wrap
        filled |= columns[cand] >= fill * col_wrap
    spaced[cand[~(full & ~at_space) & ~fits & filled]] = True
    return cut, spaced
