"""Rule ``note_mark_end`` (session 20): a note's reference mark glued to a sentence's
end mark belongs to that sentence.

``html_text`` writes a note reference as "[1]" right after the word it follows
(``note_reference_marks``, ``sup_note_links`` in ``transforms.html_notes``), and plain
texts have the same marks (Project Gutenberg's "...as it rises.[3] For to them...":
1,484 in 9 of the 31 shared English books). Punkt takes the "." before "[" for the end
and opens the next sentence with the mark: "...EA IFF 85 chunks." | "[1] This format
is used...". Where a start sits on such marks right after ".", "!" or "?" (or a
closing quote after one), with no space between, the start moves past the marks and
the whitespace after them: the mark ends its sentence, "...chunks.[1]" | "This
format...". A mark that opens a line or follows a space ("Footnotes:\n[1] For this
term") is a note's own label and keeps its start, and so do marks followed by
no whitespace (Nietzsche's "...source of all evil.)[3]--In order that", pg19322:
where the next sentence begins there is no clear guess). Marks are what ``MARK_KEY`` takes: a
number of one to four digits (Pliny's notes run to "[2093]"), one letter, a small roman
numeral, a symbol (* † ‡ §); "[citation needed]", "[0-9]+" or "[did]" are no marks.

Clause ``note_mark_range`` (session 39): a range of note numbers, "[3-5]" ("...end.[3-5] The
next"), and a book's chapter-note number, "[17-35]" (note 35 of chapter 17: 邓小平时代 glues
1,572 of them to the 。」” that ends a sentence, "…老干部。[2-72]经毛泽东同意…"), are marks too
(two numbers of one to four digits joined by "-" or "–"). Before, the sentence stage opened
the next sentence with the anchor ('[17-35]1978年 11 月，邓小平和包玉刚…'; 23 of that book's
key sentences). A regex class "[0-9]" after a full stop is followed by no space ("[0-9]+"):
no mark after "." (the English marks need whitespace after them). A range never numbers a
list's entry (``cjk_mark_list`` reads one-number keys only): in 邓小平时代 runs of sentences
each with its note, "…。[8-19]…。[8-20]…。[8-21]", would read as a numbered list.
Clause ``note_mark_range_spaced``: in CJK text a range mark after the end mark and one space
("…克服派性。 [4-2]不管什么人…", a PDF's space; 67 in 邓小平时代) belongs to the sentence before
too; a one-number mark after a space keeps its start (a run-in list's "。 [2]李四…").

Clause ``note_mark_lower_case`` (session 28): after "!" or "?" the marks and a lower-case
word that follows them continue the sentence: Punkt read "Wonderful![37] he said." as two
sentences, "Wonderful![37]" | "he said." (without the mark it reads one, as it does
"Wonderful!" he said."); the start on the marks is dropped, none is added.

Clause ``cjk_note_mark_end`` (session 22): after a full-width end mark ("。", "！", "？",
a closing bracket or quote after it) the marks belong to the sentence before them too,
whatever follows: Chinese and Japanese put no space between sentences
(maint-guide-zh-cn's "升级你维护的软件包。[69]对于这类情况", maint-guide-ja's
"必要な場合があります。[69]そのような場合に": 19 and 21 such marks in their HTML), and a
"[注1]" key (Chinese and Japanese docs: "该数据包才会从确认队列删除。[注1]"; session 23, clause
``cjk_note_key_words``: Japanese Wikipedia's "[注釈 1]") is a mark
there. Circled digits ("①") are not read as marks: they are as often a list's step
numbers opening the next sentence ("如下。①打开文件").
"""

from __future__ import annotations

import re

import numpy as np

from transforms import sorted_unique
from transforms.html_note_marks import MARK_KEY
from transforms.sorted_unique import isin  # clause isin_by_search

# Clause note_mark_range: "[3-5]", "[17-35]" (two numbers, "-" or "–") are marks too.
_RANGE_KEY = r"\d{1,4}[-–]\d{1,4}"
_MARKS = re.compile(rf"(?:\[(?:{_RANGE_KEY}|{MARK_KEY})\])+(?:\s+|\Z)")
_END_BEFORE = re.compile(r"[.!?][\"'”’»)]?\Z")
# Clause cjk_note_mark_end: a full-width end mark before, marks of MARK_KEY or "注1"/"註1"
_CJK_END_BEFORE = re.compile(r"[。！？][」』”’）》】]?\Z")
# Clause cjk_note_key_words (session 23): "注釈 1" too, Japanese Wikipedia's note group
# (its 東條英機 article's "多い[注釈 3]。"; a README's "回数上限。[注釈1]") and the
# Chinese spellings "注释", "註釋"
_CJK_MARKS = re.compile(rf"(?:\[(?:{_RANGE_KEY}|{MARK_KEY}|[注註](?:釈|释|釋)?\s?\d{{1,3}})\])+\s*")
# Clause note_mark_range_spaced: range marks only, after "。 " (one space).
_CJK_RANGE_MARKS = re.compile(rf"(?:\[{_RANGE_KEY}\])+\s*")


# Clause cjk_mark_list (review of session 22): a reference list run into one paragraph,
# "1990年。[2]李四，《水浒考》，1985年。[3]..." (Chinese papers' 参考文献), numbers its
# entries "[1]", "[2]" after "。": a mark glued to the text after it that is one of a
# chain of entries, each one sentence opening right after the mark before it, "[1]" or
# "[a]" then "[2]"/"[b]", or three in a row, numbers its entry. Notes on two sentences in
# a row (maint-guide-zh-cn's "RPATH。[93]", "(0-9)。[16] 如果可能") have a space or a
# break after the mark, or do not run from 1.
_CJK_SENTENCE = re.compile(r"[^。！？\s\[][^。！？\n]{0,299}[。！？][」』”’）》】]?")
_ONE_KEY = re.compile(r"\[(\d{1,4}|[a-zA-Z])\]")


def _shifted(key: str, step: int) -> str:
    return str(int(key) + step) if key.isdigit() else chr(ord(key) + step)


def _numbered_entry(text: str, start: int, end: int) -> bool:
    """Clause ``cjk_mark_list``: the one mark at ``text[start:end]`` numbers a list's entry."""
    mark = _ONE_KEY.fullmatch(text, start, end)
    if not mark:
        return False
    key, chain, first = mark.group(1), 1, mark.group(1)
    pos, ahead = end, key
    while chain < 3 and (entry := _CJK_SENTENCE.match(text, pos)):
        pos, ahead = entry.end(), _shifted(ahead, 1)
        if not text.startswith(f"[{ahead}]", pos):
            break
        pos, chain = pos + len(ahead) + 2, chain + 1
    pos, back = start, key
    while chain < 3 and back not in "1aA":
        back = _shifted(back, -1)
        found = text.rfind(f"[{back}]", max(0, pos - 304), pos)
        if found < 0 or not _CJK_SENTENCE.fullmatch(text, found + len(back) + 2, pos):
            break
        pos, chain, first = found, chain + 1, back
    return chain >= 3 or (chain == 2 and first in "1aA")


def _lower_after_exclamation(text: str, before: str, after: int) -> bool:
    """Clause ``note_mark_lower_case``: "!" or "?" (a closing quote after it), marks, then
    a lower-case word: the sentence goes on ("Wonderful![37] he said."). Clause
    ``note_mark_lower_case_period`` (session 39): after "." too, an abbreviation's
    ("Dr.[306] and Mrs. Brewster", "vol. i.[139] came so thick", "Ref.[2-4] employ shadow
    tomography"; 19 lines of the Gutenberg mirror, all going on) or a speech's
    ('linen."[4] he exclaimed'). Clause ``note_mark_lower_case_paragraph`` (review of
    session 39): not over a blank line (two line breaks in the marks' white space): a new
    paragraph opens there, lower case or not (The Last Man's "…at heaven's gate.[1]" | "so
    did he spring up…"; 21 verse quotations of the mirror's Dante essay)."""
    return before.rstrip("\"'”’»)")[-1:] in (".", "!", "?") and text[after].islower()


def note_mark_starts(text: str, starts: np.ndarray) -> np.ndarray:
    """Rule ``note_mark_end`` (module doc): ``starts`` with a start on note marks right
    after an end mark moved past them (dropped when they end the text; after a
    blank line the start moves to the next paragraph's first character)."""
    if "[" not in text:
        return starts
    drop, add = [], []
    for start in starts.tolist():
        if start <= 0 or text[start] != "[":
            continue
        before = text[max(0, start - 2) : start]
        if _END_BEFORE.search(before):
            marks = _MARKS.match(text, start)
        elif _CJK_END_BEFORE.search(before):  # clause cjk_note_mark_end
            marks = _CJK_MARKS.match(text, start)
            if marks and _numbered_entry(text, start, marks.end()):
                continue  # clause cjk_mark_list: "[2]" numbers the entry after it
        elif before[-1] in " \u3000" and _CJK_END_BEFORE.search(
            text[max(0, start - 3) : start - 1]
        ):
            marks = _CJK_RANGE_MARKS.match(text, start)  # clause note_mark_range_spaced
        else:
            continue
        if not marks:
            continue
        drop.append(start)
        if marks.end() < len(text) and (
            not _lower_after_exclamation(text, before, marks.end())
            or "\n" in text[start : marks.end()].replace("\n", "", 1)  # lower_case_paragraph
        ):
            add.append(marks.end())
    if not drop:
        return starts
    kept = starts[~isin(starts, np.asarray(drop, dtype=np.int64))]
    return sorted_unique.union(kept, np.asarray(add, dtype=np.int64))
