"""Rule ``web_novel_numbers``: chapter lines of web-novel TXT files that open with a
bare number and no space, which no other rule reads.

Two layouts, seen in zzk6780051/novel (session 30, wtG's audit):

``dot_glued_titles``
    "1.失业", "224.为了钱，他忍！(2087字)" (极品宝贝无敌妻: a number, a dot, the
    title at once, sometimes the chapter's word count in brackets). ``any_script_titles``
    needs a space after the dot ("1. 打开终端"), so the book had 7 sections for 330
    chapters. The title opens with a character without case and is at most
    ``MAX_TITLE`` characters; the word count "(2067字)" is not part of it.
``bar_numbered_titles``
    " 1|【01】", " 171|番外2：爸爸哪去了（一）" (娱乐圈是我的, a 晋江 export: the chapter's
    number, "|", its title): 1 section for 171 chapters.

Clause ``whole_book_run`` (the evidence; a numbered list in prose, "1.首先…",
"2.然后…", has none of it): the lines of one layout are taken only when there are
at least ``MIN_LINES`` of them, their numbers rise (each one above the one before) in
at least ``MIN_RISING`` of the steps, and between two of them stand on average
at least ``MIN_GAP`` characters of text. The chapter's first paragraph glued to its
title ("1.失业\u3000\u3000香橙失业了，…") is longer than a title line, no candidate. Clause ``repeated_title_line``: from chapter 222 on, 极品宝贝无敌妻 sets each
title twice ("222.就是不想结婚" over "222.就是不想结婚(2121字)"); a line with the number of
the line before is the chapter's copy of its title, no candidate (the first opens the
chapter).
Candidates are of kind ``numbered`` in a series of their own and are confirmed as
other numbered lines are.
"""

from __future__ import annotations

import re

from transforms.heading_candidate import NUMBERED_RANK, Candidate

MAX_TITLE = 30
MIN_LINES, MIN_RISING, MIN_GAP = 20, 0.98, 400
_DOT = re.compile(r"(?P<n>\d{1,4})[.．](?P<title>[^\W\d_A-Za-z][^\n]*?)(?:[(（]\d+字[)）])?")
_BAR = re.compile(r"(?P<n>\d{1,4})\|(?P<title>\S[^\n]*)")
_SENTENCE = re.compile(r"[。；]")


def _layout(pattern: re.Pattern, texts: list[str], blank: list[bool]) -> list[tuple[int, int, str]]:
    """(line, number, title) of the lines of one layout, when the whole_book_run holds."""
    found = []
    for i, t in enumerate(texts):
        if t and t[0].isdigit() and len(t) <= MAX_TITLE + 12:
            m = pattern.fullmatch(t)
            if m:
                title = m.group("title").strip(" \t\u3000")
                n = int(m.group("n"))
                if found and found[-1][1] == n:
                    continue  # clause repeated_title_line: the chapter's own copy of its title
                if 0 < len(title) <= MAX_TITLE and not _SENTENCE.search(title):
                    found.append((i, n, title))
    if len(found) < MIN_LINES:
        return []
    rising = sum(b[1] > a[1] for a, b in zip(found, found[1:], strict=False))
    text_between = sum(len(t) for t in texts[found[0][0] : found[-1][0]])
    if rising < MIN_RISING * (len(found) - 1) or text_between < MIN_GAP * (len(found) - 1):
        return []
    return found


def web_novel_candidates(texts: list[str], starts: list[int], ends: list[int],
                         blank: list[bool]) -> list[Candidate]:  # fmt: skip
    """Candidates of rule ``web_novel_numbers`` for the scanned lines of a text."""
    if not any(t[:1].isdigit() for t in texts):
        return []
    out = []
    for name, pattern in (("dot", _DOT), ("bar", _BAR)):
        for i, n, title in _layout(pattern, texts, blank):
            line = " ".join(texts[i].split())
            out.append(Candidate(starts[i], ends[i], i, "numbered", NUMBERED_RANK, line,
                                 f"numbered:web-{name}:arabic", n, title))  # fmt: skip
    return out
