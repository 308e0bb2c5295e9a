"""Project Gutenberg's notes and their marks: "[Footnote: ...]" / "[Sidenote: ...]" blocks,
"[1]" and "{1}" note anchors, "[Pg 23]" page marks (clauses ``footnote_after_paragraph``,
``sidenotes_cut``, ``note_anchors``, ``brace_note_anchors``, ``page_marks`` and their
relatives: ``transforms.gutenberg_markup`` describes them and runs them; split from it in
session 35, unchanged), and ``_cut``, the edit that takes a tag or note out with the right
whitespace."""

from __future__ import annotations

import bisect
import re

from transforms.ascii_figures import drawn_paragraphs
from transforms.gutenberg_emphasis import _EQUALS, _UNDERSCORES
from transforms.textedit import Edit

_NOTE = re.compile(r"\[(?:Footnote|Sidenote)(?: ?[0-9A-Za-z]{1,4})?:[^\[\]]{0,3000}?\]", re.I)
# Clause literal_led_lookbehind (session 48, cost only, same matches): the look-behind goes
# after the "[" it guards ("\[(?<=[...]\[)" for "(?<=[...])\["), so the engine skips to
# that literal; led by the look-behind it was tried at every character (~21 ms per million).
_ANCHOR = re.compile(r"\[(?<=[^\s\[\]()]\[)(\d{1,4}|[A-Z])\](?![\w(\[=]|\.\w)")
_LABEL = re.compile(r"(?m)^[ \t]*\[(\d{1,4}|[A-Z])\]|\[Footnote ?(\d{1,4}|[A-Z]):", re.I)
# clauses brace_note_anchors / brace_note_labels (session 32): David Price's transcriptions
# (Lang, Stevenson, Dickens, Darwin: 144 of the mirror's 3,381 files) mark a note "{1}" in
# the running text ("Apuleius: {4} and I", "Evolutionist{1}.") and open the note with it
# ("{1}  \"Mauth\" is Manx for dog").  Both marks go, the note's words stay.  Only in a
# document with a label line ("{N}" opening a line, then a space); not after "_" or "^"
# or a digit, nor before a word, "{", "(", "[" or a maths sign: subscripts "H_{2}S",
# "12^{2}", "x{2} + 7x" stay.
# clause brace_note_letter_labels (session 33): a note added between two ("{4a}", "{4b}";
# "{60a}  This signature of Mrs. Proudie’s ..." in Lang’s Old Friends; 46 mirror files,
# 7,123 marks) is one digit run and one lower-case letter, marked the same way
_BRACE_LABEL = re.compile(r"(?m)^[ \t]*\{\d{1,3}[a-z]?\}[ \t]+(?=\S)")
_BRACE = re.compile(r"(?<![_^{}\[(\d\\$=])\{(\d{1,3}[a-z]?)\}(?![\w({\[=^_]|[ \t]*[-+=*/<>^]\s)")
_BLANK_AFTER = re.compile(r"[ \t]*(?:\Z|\n[ \t]*(?:\Z|\n))")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _blank_before(text: str, a: int) -> bool:
    """Only blank space between the last blank line (or the text's start) and ``a``."""
    i = a
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0:
        return True
    if text[i - 1] != "\n":
        return False
    j = i - 1
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


def _blank_after(text: str, b: int) -> bool:
    """Only blank space between ``b`` and the next blank line (or the text's end)."""
    return _BLANK_AFTER.match(text, b) is not None


def _cut(text: str, a: int, b: int, rule: str) -> Edit:
    """The edit that takes ``text[a:b]`` out with the right whitespace (``illustration_tags``)."""
    line = a
    while line > 0 and text[line - 1] in " \t":
        line -= 1
    end = b
    while end < len(text) and text[end] in " \t":
        end += 1
    if line == 0 or text[line - 1] == "\n":  # opens its line
        if end < len(text) and text[end] == "\n":
            if _blank_before(text, line):  # its own paragraph: the blank lines after go too
                while end < len(text) and text[end] in " \t\n":
                    end += 1
                return Edit(line, end, "", rule)
            return Edit(line, end + 1, "", rule)
        return Edit(line, end, "", rule)
    if text[a - 1] == " ":
        return Edit(a - 1, b, "", rule)
    return Edit(a, b, "", rule)


def _paragraph_end(text: str, b: int) -> int:
    """Where the paragraph holding ``b`` ends: the last non-blank character's end."""
    m = _BLANK_LINE.search(text, b)
    end = m.start() if m else len(text)
    while end > b and text[end - 1] in " \t\n":
        end -= 1
    return end


_CAPITALS = re.compile(r"[A-Z]{3}")
# clause sidenote_in_sentence_guard (review): join only after a word or a "," ";" ":" "-" and
# before an unindented line: not after "the King." (a list item "i. the first" follows), a
# note's "--ED.]" or "[Footnote 1: ...]", nor before verse ("    and the day is done").
_MID_SENTENCE = ",;:-\u2014"


def _side_paragraph(text: str, a: int, b: int, words: str) -> Edit:
    """The edit for a sidenote paragraph ``text[a:b]`` (``sidenotes_paragraph_words``)."""
    start, end = a, b
    while start > 0 and text[start - 1] in " \t\n":
        start -= 1
    while end < len(text) and text[end] in " \t\n":
        end += 1
    if (
        start > 0
        and end < len(text)
        and text[end].islower()
        and (text[start - 1].isalpha() or text[start - 1] in _MID_SENTENCE)
        and text[end - 1] == "\n"
    ):
        # clause sidenote_in_sentence (session 34): the next paragraph opens in lower case,
        # so the sidenote split a sentence ("In poetry, and in common" / "[Sidenote:
        # Affection the sweetness of life]" / "speech, the emotions", Thoreau's The Gift of
        # Friendship, 175 of its 231): it goes and the sentence's two halves are joined.
        return Edit(start, end, "\n", "gutenberg_note_move")
    if _CAPITALS.search(words) and not any(c.islower() for c in words):
        # clause sidenote_running_heads (session 34): words all in capitals are the page's
        # running head or the editor's summary in small capitals, printed over continuous
        # prose (Verne's Castaways "THE LAST MOUTHFUL.", 218; Scott's Napoleon "CORSICA.",
        # 813; Gibbon's letters "HIS HOUSE AT BRIGHTON.", 190): cut with their blank lines.
        # Kept as a paragraph: mixed case (Dickens' addressees "Mr. William Sandys.", Goethe's
        # "Fancies and feelings.") and dates without a capitals word ("A.D. 827.", "1682.").
        return _cut(text, a, b, "gutenberg_note_move")
    return Edit(a, b, words, "gutenberg_note_move")


_BREAKS = re.compile(r"\s*\n\s*")


def _flat_note(note: str) -> str:
    """A moved note on one line; clause ``note_table_lines`` (session 36): a table in it
    (a drawn paragraph: ``ruled_column_table``, ``aligned_figure_table``, a boxed table)
    keeps its lines and spaces, set apart by blank lines.  Wells' Mankind in the Making's
    birth-rate note ("Period 1846-1850     33 8 births per 1000" / "Period 1896-1900 ..." /
    a rule / "5.8 fall in the birth-rate.") and Burton's Gold Coast's table of costs
    ("3   15   0   canoe-transport ...") were flattened into the note's one line.  A note
    without a blank line holds no paragraph of its own, so no table (the prefilter)."""
    if "\n\n" not in note and "\n\r\n" not in note:
        return _BREAKS.sub(" ", note)
    parts: list[str] = []
    pos = 0
    for a, b in drawn_paragraphs(note):
        parts += [_BREAKS.sub(" ", note[pos:a]).strip(), note[a:b]]
        pos = b
    parts.append(_BREAKS.sub(" ", note[pos:]).strip())
    return "\n\n".join(part for part in parts if part)


def _notes(text: str, emphasis: bool) -> list[Edit]:
    """Clause ``footnote_after_paragraph`` (``emphasis``: a moved note loses its marks too)."""
    moved: dict[int, list[str]] = {}
    cuts: list[Edit] = []
    for m in _NOTE.finditer(text):
        a, b = m.span()
        if text[a + 1] in "Ss":  # clause sidenotes_cut: the margin's words go, in a sentence
            if _blank_before(text, a) and _blank_after(text, b):
                # clause sidenotes_paragraph_words (review): a sidenote paragraph keeps its
                # words, without "[Sidenote:" and "]": in Dickens' Letters (3 vols, 918) it
                # is the letter's addressee, "Mr. William Sandys." over "DEAR SIR,".
                words = re.sub(r"\s*\n\s*", " ", m.group()[m.group().index(":") + 1 : -1].strip())
                if emphasis:
                    words = _EQUALS.sub(r"\1", _UNDERSCORES.sub(r"\1", words))
                edit = _side_paragraph(text, a, b, words)
                if not (cuts and edit.start < cuts[-1].end):
                    cuts.append(edit)
                continue
            cut = _cut(text, a, b, "gutenberg_note_move")
            if not (cuts and cut.start < cuts[-1].end):
                cuts.append(cut)
            continue
        if _blank_before(text, a) and _blank_after(text, b):
            continue  # a note paragraph of its own
        cut = _cut(text, a, b, "gutenberg_note_move")
        end = _paragraph_end(text, cut.end)
        if cuts and cut.start < cuts[-1].end:
            continue
        cuts.append(cut)
        note = _flat_note(m.group())
        if emphasis:
            note = _EQUALS.sub(r"\1", _UNDERSCORES.sub(r"\1", note))
        moved.setdefault(end, []).append(note)
    out = cuts + [
        Edit(end, end, "".join("\n\n" + note for note in notes), "gutenberg_note_move")
        for end, notes in moved.items()
    ]
    return sorted(out, key=lambda e: (e.start, e.end))


# clause page_marks (session 34): a printed page's number kept in the running text, "[Pg
# vi]", "[Page 58]", "{pg 312}" ("the expression [Pg vi] was more solemn", Barrie's The
# Young Visiters; "a mere waste of rubble [Page 58] and cinders", rcdm-uga/Gutenberg_Text)
# goes with the space before it, or with its line.  Only these spellings: a reference
# "[p. 199]" or "(page 58)" is the editor's prose and stays.  Prefilter: a literal "[Pg ",
# "[Page " or "{pg " search.
_PAGE = re.compile(
    r"\[(?:Pg|Page) (?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\]|\{[Pp]g\.? ?(?:\d{1,4}|[ivxlcdm]{1,7})\}"
)


def _page_marks(text: str) -> list[Edit]:
    """Clause ``page_marks`` (see ``_PAGE``)."""
    if "[Pg " not in text and "[Page " not in text and "{pg" not in text and "{Pg" not in text:
        return []
    return [_cut(text, *m.span(), "gutenberg_note_anchor") for m in _PAGE.finditer(text)]


_TRANSCRIBED = re.compile(r"\[(?:Illustration|Footnote|Sidenote)\b", re.I)


def _anchors(text: str) -> list[Edit]:
    """Clause ``note_anchors``, in a transcription (clause ``anchors_in_transcriptions``)."""
    if not (_TRANSCRIBED.search(text) or _UNDERSCORES.search(text) or _EQUALS.search(text)):
        return []
    keys = {(m.group(1) or m.group(2)).upper() for m in _LABEL.finditer(text)}
    if not keys:
        return []
    # _ANCHOR's look-behind wants a character other than a space before "[": a label
    # opening its line ("[1] The weight of ...") is never an anchor.
    return [
        Edit(m.start(), m.end(), "", "gutenberg_note_anchor")
        for m in _ANCHOR.finditer(text)
        if m.group(1).upper() in keys
    ]


def _brace_anchors(text: str) -> list[Edit]:
    """Clauses ``brace_note_anchors`` and ``brace_note_labels`` (see ``_BRACE``)."""
    if not _BRACE_LABEL.search(text):
        return _brace_page_numbers(text)
    out = []
    for m in _BRACE.finditer(text):
        a, b = m.span()
        line = a
        while line > 0 and text[line - 1] in " \t":
            line -= 1
        if line == 0 or text[line - 1] == "\n":  # opens its line: "{1}  After this kind"
            while b < len(text) and text[b] in " \t":
                b += 1
            out.append(Edit(a, b, "", "gutenberg_note_anchor"))
        else:  # "Apuleius: {4} and I": the space before goes with it
            out.append(Edit(line, b, "", "gutenberg_note_anchor"))
    return out


# clause brace_page_numbers (session 35): without a "{N}" label line, "{N}" marks that rise
# page by page through the document are the printed book's page numbers, not note anchors:
# Wells' A Short History of the World, "{1}" alone over chapter I, "the earth spins upon its
# {2} axis", ... "{439}" (432 marks; its raw "{8} fiery scene" lines are joined into their
# paragraphs by unwrapping, so no label line is left).  They go as ``page_marks`` go: with
# their line when alone on it, else with the space before.  At least ``_PAGE_RUN`` marks,
# and nine in ten of the steps between one and the next rise by 1 to 3 (a page with a
# picture has no number); note anchors without labels ("knight service {2}--Sir Richard",
# Twain's The Prince and the Pauper: five) and subscripts stay.
_PAGE_RUN = 20
_RISING_SHARE = 0.9


def _brace_page_numbers(text: str) -> list[Edit]:
    """Clause ``brace_page_numbers`` (see above)."""
    if text.count("{") < _PAGE_RUN:  # prefilter: each mark holds one; a count runs at C speed
        return []
    marks = [m for m in _BRACE.finditer(text) if m.group(1).isdigit()]
    if len(marks) < _PAGE_RUN:
        return []
    values = [int(m.group(1)) for m in marks]
    rising = sum(1 <= b - a <= 3 for a, b in zip(values[:-1], values[1:], strict=True))
    if rising < _RISING_SHARE * (len(values) - 1):
        return []
    edits = [_cut(text, *m.span(), "gutenberg_note_anchor") for m in marks]
    return sorted(edits + _glued_pages(text, marks, values), key=lambda e: e.start)


# Clause brace_glued_page (of brace_page_numbers): in a book whose "{N}" page run was found, a
# mark glued to the next word after a space ("inscription {78}at Nippur", "pamphlets
# {126}of", Wells: the transcriber lost the space) is a page number too when its value lies
# between the run's marks around it; the mark alone goes ("inscription at Nippur").  Only
# after a space and before a letter (not "x_{0}y", "m_{1}", Carroll's subscripts).
_BRACE_GLUED = re.compile(r"(?<= )\{(\d{1,3})\}(?=[A-Za-z])")


def _glued_pages(text: str, marks: list, values: list[int]) -> list[Edit]:
    """Clause ``brace_glued_page`` (see above)."""
    starts = [m.start() for m in marks]
    out = []
    for m in _BRACE_GLUED.finditer(text):
        i = bisect.bisect(starts, m.start())
        value = int(m.group(1))
        if 0 < i < len(values) and values[i - 1] < value < values[i]:
            out.append(Edit(m.start(), m.end(), "", "gutenberg_note_anchor"))
    return out
