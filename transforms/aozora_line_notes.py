"""Aozora notes read with their line (clauses ``aozora_run_in_line`` and
``aozora_right_aligned_tail``, ``transforms.aozora``'s markup): a run-in (同行) or window (窓)
heading's note and a flush-right note ("［＃地付き］") are cut according to what shares their
line with them.

Moved out of ``transforms.aozora`` (session 46) unchanged; ``_NOTE`` and ``_RUBY`` are
``transforms.aozora``'s, imported where used (that module imports this one).
"""

from __future__ import annotations

import re

# Clause aozora_run_in_line: a run-in (同行) or window (窓) heading's note, after its
# heading or closing it: both share their line with the paragraph they head.
_RUN_IN = re.compile(
    r"「((?:[^」［］]|［＃[^］]*］)+)」は(?:同行|窓)[大中小]見出し$|(?:同行|窓)[大中小]見出し終わり$"
)


def run_in(text: str, m: re.Match) -> bool:
    """Clause ``aozora_run_in_line``: ``m`` is the note of a run-in heading (同行, 窓)
    with text after it on its line: the heading is set apart, a blank line after it
    (a single line break, the unwrapping stage joins an unindented "（月曜）曇" back)."""
    from transforms.aozora import _NOTE

    if not _RUN_IN.search(m.group(2)):
        return False
    end = text.find("\n", m.end())
    rest = text[m.end() : len(text) if end < 0 else end]
    return bool(_NOTE.sub("", rest).strip(" \t\u3000"))


def run_in_start(text: str, m: re.Match) -> int | None:
    """Clause ``aozora_run_in_line``: where a run-in heading's line break goes before it,
    when text comes before the heading on its line ("（月曜）曇◎～二十一日［＃「二十一日」は
    同行中見出し］"): the start of the quoted heading right before its note, else None."""
    title = _RUN_IN.search(m.group(2) or "")
    if not title or title.group(1) is None or "［" in title.group(1):
        return None
    start = m.start() - len(title.group(1))
    line = text.rfind("\n", 0, max(start, 0)) + 1
    if start <= line or text[start : m.start()] != title.group(1):
        return None
    before = text[line:start].rsplit("］", 1)[-1]  # after the line's last note
    return start if before.strip(" \t\u3000") else None


# Clause aozora_right_aligned_tail (session 36): a note that sets the rest of its line flush
# right ("［＃地付き］", "［＃地から３字上げ］") after text on the same line parts two things the
# page shows apart: a document's last words and its signer ("前書之通相違御座無候以上［＃地から
# ３字上げ］家老　松平権十郎", 46789), a column's title and its date ("大きな鼻［＃地付き］７・
# 26（夕）"), a haiku and its source. Cut, they ran together ("以上家老　松平権十郎", read as a
# title where the paragraphs run on); the tail goes on a line of its own. Aozora mirror: 9,293
# lines in 1,986 texts. Guards: text before the note and after it on its line (a note opening
# its line, or closing it, is cut as before); the note is one of the flush-right ones only.
_RIGHT = re.compile("地付き|地(?:から|より)[0-9０-９一二三四五六七八九十]+字上げ")


def right_tail(text: str, m: re.Match) -> str:
    """Clause ``aozora_right_aligned_tail``: what replaces ``m`` when it is a flush-right
    note with text before it and after it on its line (else ""): a line break; "　" on a
    heading's line (clause ``aozora_right_aligned_tail_heading``: set in by three "　" or
    more, "　　　　　田口鼎軒先生に対して［＃地から２字上げ］愛山生", a title and its author, 43452:
    split, the title was lost); "" right after a run-in heading's note (clause
    ``aozora_right_aligned_tail_run_in``: "泡鳴と王堂［＃「泡鳴と王堂」は同行中見出し］［＃地付き］９・１
    （夕）", 000150 46615: the heading's own "\n\n" parts them, a line break more left two
    blank lines)."""
    from transforms.aozora import _NOTE, _RUBY

    if not _RIGHT.fullmatch(m.group(2)):
        return ""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    before = _NOTE.sub("", _RUBY.sub("", text[start : m.start()])).strip(" \t\u3000")
    after = _NOTE.sub("", text[m.end() : len(text) if end < 0 else end]).strip(" \t\u3000")
    if not (before and after):
        return ""
    notes = list(_NOTE.finditer(text, start, m.start()))  # clause aozora_right_aligned_tail_run_in
    if notes and notes[-1].end() == m.start() and _RUN_IN.search(notes[-1].group(2) or ""):
        return ""
    return "\u3000" if text.startswith("\u3000\u3000\u3000", start) else "\n"
