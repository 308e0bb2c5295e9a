"""Aozora notes read with their line (clauses ``aozora_run_in_line`` and
``aozora_right_aligned_tail``, ``transforms.aozora``'s markup): a run-in (同行) or window (窓)
heading's note and a flush-right note ("［＃地付き］") are cut according to what shares their
line with them. Moved out of ``transforms.aozora`` in session 46; ``_NOTE`` and ``_RUBY`` are
that module's, imported where used (it imports this one).

Clause ``note_line_once`` (session 46, cost only, the same cuts): ``NoteLines`` reads each
line once, where each note read its whole line (a line of 32,000 flush-right notes: 7.4 s).
What follows a note on its line is the gaps between the line's later notes (the whole text's
``_NOTE`` matches: no match spans a line break, and a search from a note's end finds the
same ones), so the gaps are read once and each note's answer is an "or" over the gaps after
it. What comes before a flush-right note (its line up to it, rubies then notes cut) is read
once per line and carried on from note to note (``NoteLines._before``). Clause
``run_in_scan_once``: ``run_in_title`` reads a note without "］" once, where
``_RUN_IN.search`` read on from every "「" of a stretch (a note of 8,000 "「": 2.5 s).
Cost: one pass over each line that holds a run-in or flush-right note.
"""

from __future__ import annotations

import re

# Clause aozora_run_in_line: a run-in (同行) or window (窓) heading's note, after its
# heading or closing it: both share their line with the paragraph they head.
_RUN_IN = re.compile(
    r"「((?:[^」［］]|［＃[^］]*］)+)」は(?:同行|窓)[大中小]見出し$|(?:同行|窓)[大中小]見出し終わり$"
)
# Clause run_in_scan_once: ``_RUN_IN``'s title is a run of items, a character of
# ``[^」［］]`` or a note "［＃…］" (which ends at the first "］": one way to read it), so the
# run from a "「" ends at one place: the first "」", "］" or "［" that opens no note, or the
# end. A "「" read as an item of an earlier "「"'s run ends at the same place (its items are
# the rest of the same run) and matches only where the earlier one does; a "「" inside one
# of the run's notes either stops in it (before its "］": no tail can follow, the tail ends
# the text) or reads through that "］" and on as the earlier run does. So the run is taken
# whole (possessive), the tail is optional, and ``finditer`` goes on after the run: each
# character is read once. The two branches' tails ("見出し" and "見出し終わり", each at the
# end) cannot both match one note.
_RUN_IN_TITLE = re.compile(r"「((?:[^」［］]|［＃[^］]*］)++)(」は(?:同行|窓)[大中小]見出し$)?")
_RUN_IN_END = re.compile(r"(?:同行|窓)[大中小]見出し終わり$")


def run_in_title(note: str) -> tuple[bool, str | None]:
    """Clause ``run_in_scan_once``: whether ``_RUN_IN.search(note)`` finds a match, and its
    group 1 (the quoted heading; None for "…見出し終わり"), each character read once. Clause
    ``run_in_title_open`` (session 47): a "［" after the note's last "］" opens no note (none
    closes), so it stops a run as "］" does; it is read as "］", which keeps each run from
    reading to the end for a note that cannot close (the title, before it, is the same)."""
    last = note.rfind("］") + 1
    if "［" in note[last:]:
        note = note[:last] + note[last:].replace("［", "］")
    for m in _RUN_IN_TITLE.finditer(note):
        if m.group(2) is not None:
            return (True, m.group(1))
    return (_RUN_IN_END.search(note) is not None, None)


# Clause aozora_right_aligned_tail (session 36): a note that sets the rest of its line flush
# right ("［＃地付き］", "［＃地から３字上げ］") after text on the same line parts two things the
# page shows apart: a document's last words and its signer ("前書之通相違御座無候以上［＃地から
# ３字上げ］家老　松平権十郎", 46789), a column's title and its date ("大きな鼻［＃地付き］７・
# 26（夕）"), a haiku and its source. Cut, they ran together ("以上家老　松平権十郎", read as a
# title where the paragraphs run on); the tail goes on a line of its own. Aozora mirror: 9,293
# lines in 1,986 texts. Guards: text before the note and after it on its line (a note opening
# its line, or closing it, is cut as before); the note is one of the flush-right ones only.
_RIGHT = re.compile("地付き|地(?:から|より)[0-9０-９一二三四五六七八九十]+字上げ")
# Clause note_line_once: the marks a ruby needs (each branch of ``_RUBY`` opens with "｜",
# "|" or "《" and ends with "》"); a stretch without them adds no ruby and ends none.
_RUBY_MARK = re.compile("[《》｜|]")
_BLANKS = " \t\u3000"


class NoteLines:
    """Clauses ``aozora_run_in_line`` and ``aozora_right_aligned_tail`` for the notes of one
    text (``notes``: ``_NOTE``'s matches in order), each line read once (clause
    ``note_line_once``); ``i`` is a note's index in ``notes``, asked in increasing order
    (any order gives the same answers, only slower)."""

    def __init__(self, text: str, notes: list[re.Match]) -> None:
        from transforms.aozora import _NOTE, _RUBY

        self.text, self.notes, self._note, self._ruby = text, notes, _NOTE, _RUBY
        self._span = (0, 0, 0, 0)  # the line read last: first note, last note + 1, start, end
        self._after: list[bool] = []  # per note of that line: text after it on the line
        self._state: tuple | None = None  # _before's last answer and what it read
        self._lead = 0  # the line's first character no ruby or note can cut (else its end)

    def _line(self, i: int) -> tuple[int, int]:
        """The start and end of note ``i``'s line; a new line's notes and gaps are read."""
        i0, i1, start, end = self._span
        if i0 <= i < i1:
            return start, end
        text, notes, m = self.text, self.notes, self.notes[i]
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        i0, i1 = i, i + 1
        while i0 > 0 and notes[i0 - 1].start() >= start:
            i0 -= 1
        while i1 < len(notes) and notes[i1].start() < end:
            i1 += 1
        after, seen = [False] * (i1 - i0), False
        for j in range(i1 - 1, i0 - 1, -1):  # the gap after note j, then the ones after it
            gap_end = notes[j + 1].start() if j + 1 < i1 else end
            seen = seen or bool(text[notes[j].end() : gap_end].strip(_BLANKS))
            after[j - i0] = seen
        self._span, self._after = (i0, i1, start, end), after
        lead, j = start, i0  # past the line's opening blanks and notes
        while lead < end:
            if text[lead] in _BLANKS:
                lead += 1
            elif j < i1 and notes[j].start() == lead:
                lead, j = notes[j].end(), j + 1
            else:
                break
        plain = lead < end and text[lead] not in "｜|《※［／"
        self._lead = lead if plain and not _RUBY_MARK.search(text, start, lead) else end
        return start, end

    def _text_after(self, i: int) -> bool:
        """``_NOTE.sub("", <the rest of note i's line>)`` holds a non-blank character."""
        self._line(i)
        return self._after[i - self._span[0]]

    def _before(self, start: int, at: int) -> bool:
        """``_NOTE.sub("", _RUBY.sub("", text[start:at]))`` holds a non-blank character
        (``start`` a line's start, ``at`` a note's start). Clause ``note_line_once``: from
        this line's last answer, at ``p``, the stretch ``t = text[p:at]`` (opening with a
        note) is carried on when it holds no ruby mark and what was read up to ``p`` left no
        "［＃" (after its notes were cut), no "※" at its end (a note in ``t`` could close or
        take them) and no "|" at its end (``_RUBY``'s bar branch looks to the end of its
        text): then the rubies cut are the same, ``t`` is cut of its own notes, and the
        answer is the last one or ``t``'s rest. Clause ``ruby_line_once``: a stretch with
        "｜", "《" or "》" is carried on too when the line up to ``at`` has no "|" and no
        "｜" that the reading up to ``p`` tried and left (``_ruby_cut``). Otherwise the
        slice is read whole. Before both: where the line opens (after blanks and notes
        without a ruby mark) with a character that opens no ruby and no note, that character
        is never cut, so every note after it has text before it (``_lead``)."""
        if self._lead < at:  # the line's first word is no ruby's and no note's
            return True
        text, state = self.text, self._state
        if state and state[0] == start and state[1] < at and state[3]:
            _, p, found, _, last, clean = state
            t = text[p:at]
            if t[0] in "※［":
                if not _RUBY_MARK.search(t):
                    cut = t
                elif clean and "|" not in t:
                    cut, clean = self._ruby_cut(t)
                else:
                    cut = None
                if cut is not None:
                    rest = self._note.sub("", cut)
                    found = found or bool(rest.strip(_BLANKS))
                    safe = not cut.endswith("※") and "［＃" not in last + rest
                    self._state = (start, at, found, safe, (last + rest)[-1:], clean)
                    return found
        read, clean = self._ruby_cut(text[start:at])
        rest = self._note.sub("", read)
        safe = not read.endswith("※") and "［＃" not in rest
        safe = safe and not text[start:at].rstrip(" \t").endswith("|")
        self._state = (start, at, bool(rest.strip(_BLANKS)), safe, rest[-1:], clean)
        return self._state[2]

    def _ruby_cut(self, t: str) -> tuple[str, bool]:
        """``_RUBY.sub("", t)`` and whether ``t`` has no "|" and every "｜" of it the scan
        tried opened a ruby. Clause ``ruby_line_once``: without "|" only ``_RUBY``'s first and
        third branches can match; each opens with its own mark ("｜", "《"), has at most one
        match where it starts (its base ends at the first "《", its reading at the first "》")
        and reads nothing after its match, so the scan of a longer stretch of the line
        tries the same places and finds the same rubies as long as none of them runs past
        ``t``'s end. A "《" ruby holds only kana, not the "※" or "［" a note opens with; only
        a "｜" the scan tried and left could open a longer one."""
        parts, clean, pos = [], "|" not in t, 0
        for m in self._ruby.finditer(t):
            parts.append(t[pos : m.start()])
            pos = m.end()
        parts.append(t[pos:])
        return "".join(parts), clean and not any("｜" in x for x in parts)

    def run_in(self, i: int) -> bool:
        """Clause ``aozora_run_in_line``: note ``i`` is the note of a run-in heading (同行, 窓)
        with text after it on its line: the heading is set apart, a blank line after it
        (a single line break, the unwrapping stage joins an unindented "（月曜）曇" back)."""
        return run_in_title(self.notes[i].group(2))[0] and self._text_after(i)

    def run_in_start(self, i: int) -> int | None:
        """Clause ``aozora_run_in_line``: where a run-in heading's line break goes before
        it, when text comes before the heading on its line ("（月曜）曇◎～二十一日［＃「二十一日」
        は同行中見出し］"): the start of the quoted heading right before its note, else None.
        A start at or before the line's start is None: the text from it to the note would
        hold a line break, which a note's title does not."""
        m = self.notes[i]
        found, title = run_in_title(m.group(2) or "")
        if not found or title is None or "［" in title:
            return None
        start = m.start() - len(title)
        line = self._line(i)[0]
        if start <= line or self.text[start : m.start()] != title:
            return None
        cut = self.text.rfind("］", line, start)  # after the line's last note
        before = self.text[cut + 1 if cut >= 0 else line : start]
        return start if before.strip(_BLANKS) else None

    def right_tail(self, i: int) -> str:
        """Clause ``aozora_right_aligned_tail``: what replaces note ``i`` when it is a
        flush-right note with text before it and after it on its line (else ""): a line
        break; "　" on a heading's line (clause ``aozora_right_aligned_tail_heading``: set in
        by three "　" or more, "　　　　　田口鼎軒先生に対して［＃地から２字上げ］愛山生", a title and
        its author, 43452: split, the title was lost); "" right after a run-in heading's note
        (clause ``aozora_right_aligned_tail_run_in``: "泡鳴と王堂［＃「泡鳴と王堂」は同行中見出し］
        ［＃地付き］９・１（夕）", 000150 46615: the heading's own "\\n\\n" parts them, a line
        break more left two blank lines)."""
        m = self.notes[i]
        if not _RIGHT.fullmatch(m.group(2)):
            return ""
        start = self._line(i)[0]
        if not (self._text_after(i) and self._before(start, m.start())):
            return ""
        last = self.notes[i - 1] if i > self._span[0] else None  # the line's note before it
        if last and last.end() == m.start() and run_in_title(last.group(2) or "")[0]:
            return ""
        return "\u3000" if self.text.startswith("\u3000\u3000\u3000", start) else "\n"
