"""Project Gutenberg's wrapping: rules ``gutenberg_header``, ``gutenberg_footer``,
``gutenberg_notice``, ``producer_note`` and ``transcriber_note`` (see
``transforms.boilerplate`` for what each cuts). Moved from ``transforms.boilerplate``
in session 26, unchanged.

Clauses of session 28 (raw texts with their headers, GitHub rcdm-uga/Gutenberg_Text):
``producer_credit_forms`` (older and Distributed Proofreaders' credit paragraphs after
a header), ``small_print_brackets`` (the bracketed lines under the 2001 small print's
end marker go with the header), ``gutenburg_spelling`` (an end marker that misspells
the name), ``boxed_transcriber_note`` (a transcriber's note drawn in a "+----+" /
"| ... |" box, border to border); review: ``boxed_transcriber_note_errata`` (the
"| Typographical errors corrected in text: |" box at the end is one too).

Clause of session 29: ``notes_heading_to_footer`` (a "TRANSCRIBER'S NOTES" heading
alone on its line, set off by two blank lines, runs to the end marker when that is
at most 8,000 characters on); second pass: ``notes_heading_one_blank_line`` (one
blank line under the heading is enough), ``end_notes_headings`` ("TECHNICAL
NOTES", "ETEXT EDITOR'S BOOKMARKS:" at the end), ``complete_works_footer`` (the Complete
Works plays' closing "End of this Etext of The Complete Works of William
Shakespeare" paragraph is their end marker).

Clause of session 30: ``etext_errata_list`` (the "Typographical errors corrected by
the etext transcriber:" heading and its "wrong=> right {pg N}" list at the end).

Clause of session 31: ``folio_notes`` (the First Folio plays' notes under the header:
"Executive Director's Notes:" through the "Scanner's Notes" paragraphs, up to "... First
Folio editions' best pages." and the scanner's "If you find any scanning errors ..." /
"David Reed" paragraphs under it, with the "Project Gutenberg's Etext of Shakespeare's ..."
title paragraph right above; 14 of the 3,443 files of GitHub rcdm-uga/Gutenberg_Text, the
same 80-line block in each, left whole in the training text and its key sentences before).

Cost: markers are looked for in the first and last 40,000 characters only; notices
and producer notes in the two edges; transcriber notes by one "\\n"-prefixed scan.
"""

from __future__ import annotations

import re

from transforms import literal_scan
from transforms.boilerplate_scan import (
    AFTER_BLANK_LINE,
    PARAGRAPH_BREAK,
    TWO_BLANK_LINES,
    lines_matching,
    mentions_gutenberg,
    paragraphs,
    skip_blank_lines,
)
from transforms.notice_evidence import GUTENBERG, reads_as_notice
from transforms.textedit import Edit

_START = re.compile(
    r"\n[ \t]*(?:\*{3}[ \t]*START OF (?:THE|THIS) PROJECT GUTENBERG"
    r"|\*\*\*START OF THE PROJECT GUTENBERG"
    r"|\*END\*?[ \t]*THE SMALL PRINT)[^\n]*\n?",
    re.IGNORECASE,
)
_END = re.compile(
    r"\n[ \t]*(?:\*{3}[ \t]*END OF (?:THE|THIS) PROJECT GUTENBERG"
    # Clause gutenburg_spelling: "End of The Project Gutenburg Etext of Coral Reefs"
    # (1 of the 2,832 raw texts of GitHub rcdm-uga/Gutenberg_Text; Darwin's Coral Reefs).
    r"|End of (?:the |this )?Project Gutenb[eu]rg(?:['’]s)?(?: E-?book| E-?text| edition|\b)"
    r"|\*{3}[ \t]*START: FULL LICENSE"
    r"|THE FULL PROJECT GUTENBERG LICENSE)",
    re.IGNORECASE,
)
# Clause complete_works_footer: the plays of the 1990s Complete Works etext filed one
# a file end on "End of this Etext of The Complete Works of William Shakespeare" and
# the play's title (one or two lines), under the "<<THIS ELECTRONIC VERSION ...>>"
# notice and with no Project Gutenberg end marker, so the line was kept as the
# play's last text. Of the 3,443 readable raw texts of rcdm-uga/Gutenberg_Text, 40
# plays hold the line, every one as the text's last paragraph of 2 lines (Hamlet,
# The Tempest, "..., The Sonnets."); no other text has it. Only that last
# paragraph is cut, and only when no other end marker was found.
_COMPLETE_WORKS_END = re.compile(
    r"\n[ \t]*End of this Etext of The Complete Works of William Shakespeare\b"
)
_COMPLETE_WORKS_LINES = 3
_CATALOGUE = re.compile(
    r"(?:^|\n)[ \t]*(?:Title|Author|Editor|Translator|Illustrator|Release Date|Posting Date|"
    r"Last Updated|Most recently updated|Language|Character set encoding|Produced by|"
    r"Credits|Original publication)[ \t]*:",
    re.IGNORECASE,
)
_LEGAL = re.compile(r"copyright|license|licence|permission|all rights reserved", re.IGNORECASE)
_ANGLED = re.compile(r"<<[^<>]*>>")
_BRACKETED = re.compile(r"\n[ \t]*\[[^\[\]]*\]")
# Clause etext_credit_verbs (session 49): the e-text's credit names its producers with
# more verbs and names its source edition with "from": "E-text transcribed by Steve
# Menyhert, proof-read by ..." (pg110), "This etext was prepared from the 1905 Thomas
# Nelson and Sons edition" (1480-0, both denten-bin/gutenberg-shell-scripts), "Etext
# scanned by Dianne Bean", "Etext typed by ...", "This etext was produced from _If Worlds
# of Science Fiction_ June 1958." (rcdm-uga/Gutenberg_Text: 45 such lines). "etext" is
# the producers' word, not a book's; still only a paragraph's opening near the start.
_PRODUCER = re.compile(
    r"(?:Produced by|E-?text (?:prepared|transcribed|scanned|typed|produced|created) by"
    r"|This e-?text was (?:prepared|produced|created|transcribed|scanned|typed) (?:by|from)"
    r"|Transcribed (?:from|by)|Scanned by|Digitized by)\b",
    re.IGNORECASE,
)
# Clause producer_credit_forms: credits that open a paragraph after a Gutenberg
# header, in the forms of 1996-2005 and of Distributed Proofreaders' scans: "This
# eBook was produced by ...", "This Project Gutenberg Etext was prepared by ...",
# "This EBook of Marmion ... was scanned, proofed and formatted by ...", "Typed by
# ... Proofed by ...", "Note: Images of the original pages are available through
# ...". Of the 2,832 raw texts of GitHub rcdm-uga/Gutenberg_Text, 85 open such a
# paragraph with "This e-book/etext ... was ... by", 52 with the page images, 2 with
# "Typed by". Only after a header: "Typed by" or "This book was produced by" can be
# a book's own words elsewhere.
_CREDIT_AFTER_HEADER = re.compile(
    r"(?:This (?:Project Gutenberg )?E-?(?:text|book)\b[^\n]{0,200}?(?:\n[^\n]{0,80}?)?"
    r"\bwas\s+(?:[a-z]+,?\s+(?:and\s+)?){1,4}by\b"
    r"|Typed by\b"
    r"|(?:Note:\s+)?Images of the original pages are available)",
    re.IGNORECASE,
)
# Clause small_print_brackets: bracketed lines right under the 2001 small print's end
# marker ("[Portions of this header are copyright (C) 2001 by Michael S. Hart ...]",
# "[Project Gutenberg is a TradeMark ...]") belong to the header; left, the first
# was glued to the book's title by the unwrap stage (E. Nesbit's The Enchanted
# Castle; 8 of the 2,832 raw texts of rcdm-uga/Gutenberg_Text).
_HEADER_BRACKET = re.compile(r"[ \t]*\[([^\[\]]{0,600})\][ \t]*(?:\n|\Z)")
_HEADER_BRACKET_WORDS = re.compile(r"Project Gutenberg|this header|\bE-?texts?\b", re.IGNORECASE)
# Clause transcriber_note_variants (session 34, wtD2): the same note spelled otherwise was
# left in the book: "Transcriber's comments:" after THE END (Alger's Only An Irish Boy, The
# Store Boy), "{Transcriber's note: ...}" in braces (Homer's Odyssey, above the text and
# after it), "_Transcribers note_: This etext was produced from Galaxy ..." (science
# fiction stories), "TRANSCRIBER'S ENDNOTES." (Cambridge Shakespeare). Still only where a
# paragraph opens (or in "[...]" / "{...}").
# Clause preparer_note (session 37): the e-text preparer's note of Dagny's Balzac e-texts
# ("PREPARER'S NOTE" / "PREPARER’S NOTE:" over "Ferragus is the first part of a trilogy...",
# "This eBook was prepared from an edition published by ..."; Zola, Grimm): 12 of the
# 3,383 raw texts of rcdm-uga/Gutenberg_Text, every one the e-text's note above the book.
_NOTE = re.compile(
    r"\n[ \t]*(?P<open>[\[{])?[ \t]*(?:[●•][ \t]*)?_?(?:Original |Editorial |Detailed )?"
    r"(?:Transcriber|Transcribers|Redactor|Producer|Digitizer|E-?text editor|Preparer)"
    r"['’]?s?['’]?"
    r"[ \t]+(?:Note|Notes|Annotations|Remarks|Comments|Endnotes)(?:\b|_)",
    re.IGNORECASE,
)
# Clause bulleted_transcriber_notes (session 32): the note may open with a list bullet,
# "● Transcriber’s Notes:" over "○ Missing or obscured punctuation was corrected."
# items (Alcott's Proverb Stories, Those Other Animals: 11 of the 3,381 raw texts of
# rcdm-uga/Gutenberg_Text); only "●" or "•", and the note still opens a paragraph.
_NOTE_MAX_CHARS = 20_000
# Clause notes_heading_to_footer: at the end of Distributed Proofreaders' books a
# heading "TRANSCRIBER'S NOTES" (or "Transcriber's Notes:") stands alone between
# blank lines, two of them after it, and the list under it ("1. Added table of
# Contents.", "page 297 - added closing quote", "Simple spelling ... corrected.")
# runs to the end marker in items one blank line apart. The note was cut only to
# the first gap of two blank lines, the heading alone, and the list was left as the
# book's last text (8 of 80 books sampled in session 29). Of the 2,832 raw texts of
# rcdm-uga/Gutenberg_Text, 104 have such a heading line: 95 with the end marker
# 68-6,041 characters on, every span a note (read in full: errata lists, markup
# conventions, moved ads, the transcriber's own introduction), the 9 others 140k+
# characters on (a note above the book). A span holding "[Footnote" is left: A
# Study in Scarlet's list under the heading holds the author's own footnote 29. Only
# a heading in the second half of the body: a short text (under 8,000 characters)
# with its notes above it keeps its text.
_NOTE_HEADING = re.compile(
    r"[ \t]*(?:Original |Detailed )?Transcriber['’]?s?['’]?[ \t]+Notes?[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
# Clause notes_heading_one_blank_line (session 29, second pass): the same heading
# with one blank line under it, not two (n46, Washington and the Riddle of Peace's
# "Transcriber's Notes:" list; Alger, Baum, Blackwood, Lang, Trollope ...). Of the
# 3,443 readable raw texts of rcdm-uga/Gutenberg_Text, 211 such headings stand at
# most 8,000 characters above the end marker; every span was read (its first five
# and last four lines, and for the 25 over 1,400 characters every line that names
# no page, change or spelling): all transcribers' notes (errata lists in "Page 21 /
# ... _changed to_ / ..." form, markup conventions, magazine sources and copyright
# research, Hospital Sketches' "Detailed Notes"), "CHAPTER LXIII." lines in them
# only as the errata's places (David Copperfield). No book text.
# Clause end_notes_headings: two more headings of end notes, in capitals, cut the
# same way: "TECHNICAL NOTES" (Longfellow's Dante, Paradise and Complete: the
# italics convention, 383 characters) and "ETEXT EDITOR'S BOOKMARKS:" (the seven
# volumes of Scott's Memoirs of Count Grammont: phrases quoted from the book as an
# index, 149-1,079 characters). These are all of the collection's lines so headed;
# a "NOTES BY THE TRANSCRIBER" heading occurs in none of its texts (Voltaire's
# "of notes by the transcribers." is a sentence).
_END_NOTES_HEADING = re.compile(
    r"\n[ \t]*(?:TECHNICAL NOTES|E-?TEXT EDITOR['’]S BOOKMARKS:)[ \t]*(?=\n)"
)
_END_NOTES_HEADING_LINE = re.compile(r"TECHNICAL NOTES|E-?TEXT EDITOR['’]S BOOKMARKS:")
# Clause etext_errata_list (session 30): the list Distributed Proofreaders' books of
# 2014 close with, under "Typographical errors corrected by the etext transcriber:"
# ("Abencerages=> Abencerrages {pg 14}", Dumas' The Wolf-Leader, under the printer's
# imprint; "page 19: happinesss changed to happiness", Russell's Bolshevism, under
# "... corrected in text:"), was left as the book's last text: the heading is no
# "Transcriber's Notes" line. Of the 3,382 readable raw texts of
# rcdm-uga/Gutenberg_Text, 17 hold the heading alone on its line (not in a "| ... |"
# box), every one 104-4,243 characters above the end marker; the heading and the
# paragraphs under it that are errata items ("=>", "page N:", a "Volume I." line)
# go; the first other paragraph stops the cut (the Oxford Book of American Essays'
# "* * * * *" and its FOOTNOTES, under its list, stay).
# Clause etext_errata_heading_variants (session 34, wtD2): "Typographical error corrected by
# the etext transcriber:" (one error: Tolstoy's Katia) and "Alterations/corrections
# made by the etext transcriber:" ("anl conversible=>and conversible") head the same list.
_ERRATA_HEADING = re.compile(
    r"\n[ \t]*(?:Typographical errors? corrected|Alterations/corrections made)"
    r" (?:by the e-?text transcriber|in (?:the )?text):"
    r"[ \t]*\n[ \t]*\n"
)
_ERRATA_ITEM = re.compile(r"=>|\A[ \t]*page \d+\b|\A[ \t]*Volume [IVXL]+\.?[ \t]*\Z", re.I)
_BLANK_LINE_UNDER = re.compile(r"\n[ \t]*\n")
NOTE_TO_FOOTER_MAX = 8_000
# Clause detailed_transcriber_notes (session 35): "Detailed Transcriber's Notes", a heading
# alone over the notes that close the book (Darwin's Monograph on the Cirripedia, vol. 2:
# the conventions, then "Details of the Changes", 860 lines of "Page 4: ... / In the
# original book: ..." up to the end marker, ~37,000 characters), runs to the end marker
# like the shorter headings, up to this far; before, the heading went with its first
# paragraph and the lists stayed as the book's last text.  The word "Detailed" is the
# transcriber's, so its reach is longer; a plain heading keeps NOTE_TO_FOOTER_MAX.
DETAILED_TO_FOOTER_MAX = 60_000
_MARKER_ZONE = 40_000


def gutenberg_markers(text: str) -> list[Edit]:
    # Start markers sit in the first ~15k characters (the 1990s small print is the longest
    # header), end markers before the ~20k license at the end: a constant cost per document.
    head = min(len(text), _MARKER_ZONE)
    tail = max(0, len(text) - _MARKER_ZONE)
    if not (mentions_gutenberg(text[:head]) or mentions_gutenberg(text[tail:])):
        return []
    cuts = []
    starts = list(lines_matching(_START, text, 0, head))
    body_start = 0
    if starts:
        body_start = _after_header_brackets(text, starts[0][1])
        cuts.append(Edit(0, body_start, "", "gutenberg_header"))
    # Every end marker after the body start cuts to the next start marker (or the end).
    ends = [
        line
        for line, _, _ in lines_matching(_END, text, max(tail, body_start))
        if line >= body_start
    ]
    if not ends and (last := _complete_works_footer(text, max(tail, body_start))) is not None:
        ends = [last]
    pos = body_start
    for line in ends:
        if line < pos:
            continue
        nxt = next((end for start, end, _ in starts if start > line), None)
        stop = skip_blank_lines(text, nxt) if nxt else len(text)
        cuts.append(Edit(line, stop, "", "gutenberg_footer"))
        pos = stop
    return cuts


def _complete_works_footer(text: str, lo: int) -> int | None:
    """Where the text's closing "End of this Etext of The Complete Works of William
    Shakespeare" paragraph starts, nothing but blank lines under it (clause
    ``complete_works_footer``)."""
    found = None
    for line, _, _ in lines_matching(_COMPLETE_WORKS_END, text, lo):
        found = line
    if found is None:
        return None
    rest = text[found:].strip()
    if rest.count("\n") >= _COMPLETE_WORKS_LINES or PARAGRAPH_BREAK.search(rest):
        return None
    return found


def _after_header_brackets(text: str, pos: int) -> int:
    """Past the blank lines after a start marker and the header's bracketed lines
    (clause ``small_print_brackets``)."""
    pos = skip_blank_lines(text, pos)
    while m := _HEADER_BRACKET.match(text, pos):
        if not _HEADER_BRACKET_WORDS.search(m.group(1)):
            break
        pos = skip_blank_lines(text, m.end())
    return pos


def gutenberg_notices(text: str, edge_chars: int) -> list[Edit]:
    edge = min(len(text), edge_chars)
    cuts = []
    for lo, hi in ((0, edge), (len(text) - edge, len(text))):
        zone = text[lo:hi]
        if not mentions_gutenberg(zone) and not _CATALOGUE.search(zone):
            continue
        gutenberg = mentions_gutenberg(zone)
        for a, b in paragraphs(text, lo, hi):
            para = text[a:b]
            fields = len(_CATALOGUE.findall(para))
            # Catalogue fields come one a paragraph in recent headers ("Title:
            # ...", "Author: ..."); elsewhere two together are the evidence.
            catalogue = fields >= 2 or (gutenberg and fields and _only_fields(para))
            notice = reads_as_notice(para)
            if notice or catalogue:
                cuts.append(Edit(a, skip_blank_lines(text, b), "", "gutenberg_notice"))
    if any(literal_scan.holds(text, x) for x in ("utenberg", "UTENBERG", "SMALL PRINT")):
        blocks = [(m.start(), m.end(), m.group(0)) for m in _ANGLED.finditer(text)]
        for line, end, m in lines_matching(_BRACKETED, text):
            block = m.group(0).lstrip("\n")
            blocks.append((line + len(block) - len(block.lstrip()), end, block))
        for start, end, block in blocks:
            if len(block) < 5000 and GUTENBERG.search(block) and _LEGAL.search(block):
                cuts.append(Edit(start, skip_blank_lines(text, end), "", "gutenberg_notice"))
    return cuts


def _only_fields(para: str) -> bool:
    """Every line a catalogue field or a bracketed note ("[eBook #2701]")."""
    return all(
        _CATALOGUE.match("\n" + line) or (line.startswith("[") and line.endswith("]"))
        for line in (x.strip() for x in para.split("\n"))
        if line
    )


def producer_notes(text: str, edge_chars: int, start: int = 0) -> list[Edit]:
    """Producer credits near the start of the book (``start``: after the header)."""
    cuts = []
    for a, b in paragraphs(text, start, start + min(len(text), edge_chars)):
        first = a + len(text[a:b]) - len(text[a:b].lstrip())
        if _PRODUCER.match(text, first) or (start > 0 and _CREDIT_AFTER_HEADER.match(text, first)):
            cuts.append(Edit(a, skip_blank_lines(text, b), "", "producer_note"))
    return cuts


def transcriber_notes(text: str, footer: int | None = None, body: int = 0) -> list[Edit]:
    """Transcriber notes; ``footer``: where the Gutenberg end marker starts, if any;
    ``body``: where the header ends (0 without one)."""
    cuts = []
    for line, end, m in lines_matching(_NOTE, text):
        match = m.group(0).lstrip("\n")  # the match starts at the newline before the line
        start = line + len(match) - len(match.lstrip(" \t"))
        if m.group("open"):
            close = text.find("]" if m.group("open") == "[" else "}", end, end + _NOTE_MAX_CHARS)
            if close < 0:
                continue  # an unclosed bracket is not a note we can delimit
            stop = close + 1
        else:
            if line > 0 and not AFTER_BLANK_LINE.search(text, max(0, line - 200), line):
                # A note without brackets opens a paragraph; mid-paragraph, a
                # wrapped line that starts "transcriber notes, web-ebook ..." is
                # prose, and cutting to the next gap could take the rest of it.
                continue
            gap = TWO_BLANK_LINES.search(text, end, end + _NOTE_MAX_CHARS)
            if runs_to_footer(text, line, footer) and line - body > footer - line:
                stop = footer  # clause notes_heading_to_footer
            elif gap:
                stop = gap.start() + 1
            elif len(text) - end <= _NOTE_MAX_CHARS:
                stop = len(text)  # a note at the end runs to the end
            else:  # no delimiter in reach: only the note's first paragraph
                para = PARAGRAPH_BREAK.search(text, end)
                stop = para.start() + 1 if para else len(text)
        cuts.append(Edit(start, skip_blank_lines(text, stop), "", "transcriber_note"))
    if footer is not None:
        for line, _, _ in lines_matching(_END_NOTES_HEADING, text, max(body, footer - 10_000)):
            if (
                runs_to_footer(text, line, footer, _END_NOTES_HEADING_LINE)
                and line - body > footer - line
            ):
                cuts.append(Edit(line, footer, "", "transcriber_note"))
        cuts += _etext_errata_lists(text, footer, body)
    return cuts


def _etext_errata_lists(text: str, footer: int, body: int) -> list[Edit]:
    """The errata heading and its item paragraphs (clause ``etext_errata_list``)."""
    cuts = []
    lo = max(body, footer - NOTE_TO_FOOTER_MAX)
    for line, end, _ in lines_matching(_ERRATA_HEADING, text, lo, footer):
        if line - body <= footer - line:
            continue
        stop = end
        for a, b in paragraphs(text, end, footer):
            if b > footer or not _ERRATA_ITEM.search(text[a:b].strip("\n")):
                break
            stop = b
        if stop > end:
            cuts.append(Edit(line, skip_blank_lines(text, stop), "", "transcriber_note"))
    return cuts


def runs_to_footer(
    text: str, line: int, footer: int | None, heading: re.Pattern = _NOTE_HEADING
) -> bool:
    """The note's line is a heading alone, a blank line under it, and the end marker
    close after it with no footnote between (clauses notes_heading_to_footer,
    notes_heading_one_blank_line)."""
    if footer is None:
        return False
    start = line + 1 if text.startswith("\n", line) else line
    eol = text.find("\n", start)
    if eol < 0 or not _BLANK_LINE_UNDER.match(text, eol):
        return False
    # clause detailed_transcriber_notes: the longer reach
    detailed = text[start:eol].lstrip(" \t")[:9].lower() == "detailed "
    reach = DETAILED_TO_FOOTER_MAX if detailed else NOTE_TO_FOOTER_MAX
    return (
        bool(heading.fullmatch(text[start:eol].strip(" \t")))
        and 0 < footer - eol <= reach
        and "[Footnote" not in text[eol:footer]
    )


# Clause boxed_transcriber_note: a transcriber's note drawn as a box ("+-----+" border
# lines, "| ... |" lines between) whose text opens with "Transcriber's note": 36 of
# the 2,832 raw texts of GitHub rcdm-uga/Gutenberg_Text (Wit and Wisdom of Don
# Quixote, Alger's Grit, Andersen's The Ice-Maiden, ...), most above the title. Left,
# the unwrap stage kept its "| ... |" lines, borders and all, as the book's first text.
# Clause boxed_transcriber_note_errata (review of wtE): the box at the end of the
# books whose boxed note above the title says "please see the bottom of this
# document" opens "| Typographical errors corrected in text: |" (Nietzsche's On the
# Future of our Educational Institutions, Russell's Mysticism and Logic, Candide, The
# Ice-Maiden: 4 of the 2,832 raw texts of rcdm-uga/Gutenberg_Text); a box of the
# book's own (Wilde's "YE OTIS GHOSTE" placard, Doyle's "WARNING.") names neither.
_BOX_NOTE = re.compile(
    r"\n[ \t]*\|[ \t]*(?:Transcriber['’]?s?[ \t]+Notes?\b"
    r"|Typographical errors corrected in (?:the )?text\b)",
    re.IGNORECASE,
)
_BOX_BORDER = re.compile(r"[ \t]*\+-{10,}\+[ \t]*")
_BOX_LINE = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*")
_BOX_MAX_LINES = 200


def boxed_transcriber_notes(text: str) -> list[Edit]:
    cuts: list[Edit] = []
    for line, _, _ in lines_matching(_BOX_NOTE, text):
        if cuts and line < cuts[-1].end:
            continue
        top = _box_edge(text, line, -1)
        bottom = _box_edge(text, line, 1)
        if top is not None and bottom is not None:
            cuts.append(Edit(top, skip_blank_lines(text, bottom), "", "transcriber_note"))
    return cuts


def _box_edge(text: str, line: int, step: int) -> int | None:
    """The start (step -1) of the border line above ``line`` or the end (step 1) of the
    one below it, over "| ... |" lines only; None when there is no such border."""
    pos = line
    for _ in range(_BOX_MAX_LINES):
        if step < 0:
            if pos == 0:
                return None
            start = text.rfind("\n", 0, pos - 1) + 1
            row = text[start : pos - 1]
        else:
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            start, row = pos, text[pos:nl]
        if _BOX_BORDER.fullmatch(row):
            return start if step < 0 else min(len(text), start + len(row) + 1)
        if not _BOX_LINE.fullmatch(row) or (step > 0 and pos >= len(text)):
            return None
        pos = start if step < 0 else start + len(row) + 1
    return None


_FOLIO_NOTES = re.compile(
    r"(?:^[ \t]*Project Gutenberg'?s Etext of Shakespeare'?s[^\n]*\n(?:[^\n]+\n)?\s*)?"
    r"^[ \t]*Executive Director'?s Notes:[ \t]*\n"
    r"(?:(?!\n[ \t]*\n[ \t]*\n[ \t]*\n[ \t]*\n)[\s\S]){0,9000}?"
    r"First Folio editions'? best pages\.[ \t]*\n"
    r"(?:\s*If you find any scanning errors[^\n]*\n(?:[^\n]*\S[^\n]*\n){0,8}"
    r"\s*David Reed[ \t]*\n)?",
    re.MULTILINE,
)
_FOLIO_REACH = 20_000


def folio_notes(text: str, body: int) -> list[Edit]:
    """Clause ``folio_notes``: the First Folio plays' notes block, within ``_FOLIO_REACH``
    characters of the header's end ``body`` (module doc); both of its ends must be found."""
    m = _FOLIO_NOTES.search(text, body, body + _FOLIO_REACH)
    if not m or "Scanner's Notes" not in m.group():
        return []
    return [Edit(m.start(), skip_blank_lines(text, m.end()), "", "transcriber_note")]
