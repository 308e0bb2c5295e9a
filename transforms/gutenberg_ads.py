"""Publisher's advertisements after a Gutenberg book's end: rule ``gutenberg_notice``.

Clause of session 32 (raw texts of GitHub rcdm-uga/Gutenberg_Text):
``ads_after_the_end``: the printed book's last pages advertised the publisher's other
books ("THE HOBBY BOOKS ... 2s. 6d. net.", Hurst & Company's series lists "Sent
postpaid upon receipt of 50 cents each", John Murray's 25,000-character "LIST OF
STANDARD WORKS" after Darwin's Descent of Man) under headings that
``publisher_catalogue_end`` does not know, and they were kept as the book's last text.
Cut from the first paragraph after the story's end to the Gutenberg end marker when:

- the end is a line "THE END" / "FINIS" (alone, a stop allowed) or a printer's imprint
  line ("PRINTED BY ...", "Printed in Great Britain ...") in the body's second half;
- what runs from there to the end marker holds at least ``_MIN_HITS`` price or trade
  words (prices "2s. 6d.", "$1.50", "50 cents", "net", "postpaid", "8vo", "Cloth",
  "Illustrated", "Publishers", "Vols.", "Edition") and no stretch of
  ``_MAX_GAP`` characters without one: a catalogue's entries each carry one, a
  chapter, an appendix or notes after "THE END" run thousands of characters without;
- no line under it opens a chapter ("CHAPTER", "BOOK", "PART" + number) or ends a
  book again ("THE END" twice: a collection's stories each end so; the last one's
  counts);
- it is at most ``_REACH`` characters (a catalogue is a few pages; a rule that read
  further could take a book).

The end line itself stays ("THE END" is the book's), an imprint line goes with the
advertisements. A book with prices in its last chapter but no end line stays.

Clauses of session 39 (lists the mirror still kept: Methuen's 70,000-character list
under Turnbull and Spears' imprint, Chatto's 117,000-character alphabetical catalogue,
Hazell's and Hodder's press notices, the Fabian Society's list above FOOTNOTES):

- ``ads_long_catalogue``: under a printer's imprint line (the printed book is over) the
  list may run ``_IMPRINT_REACH`` characters; "THE END" keeps ``_REACH``. The gap test is
  the same, so a text under the imprint runs no 2,500 characters without a price.
- ``ads_press_notices``: a review extract's attribution ("...smoothness and
  animation."--Globe., "...is unsurpassable."--_Scotsman_) counts as a list's mark for the
  gap test, and under an imprint ``_MIN_NOTICES`` of them stand for the prices
  (Doyle's History of the War: press notices of the other volumes, no price).
- ``ads_list_part_lines``: a "PART I." line with a price in the ``_PART_NEAR``
  characters above it is a volume's contents inside an entry ("Crown 8vo. 6s." /
  "PART I.--STORIES OF HISTORICAL SCENES"), not a book going on.
- ``ads_above_notes``: the book's notes under the list, opened by a "FOOTNOTES" heading:
  the list between the book's end and the heading goes, the heading and the notes stay.

Clauses of session 40 (Chatto's catalogue, Blackwood's and Longmans' lists the mirror still
kept after session 39):

- ``ads_series_entries``: under an imprint, a series' numbered entry ("=28. Poe's
  Poems.=", "+*=1. Lodge's 'Rosalynde' ...", the series priced once at its head) is a
  list's mark for the gap test, and a "PART III." line with one in the ``_PART_NEAR``
  characters above it is an entry's contents; under "THE END" numbered lines are no
  marks (a book's appendix numbers its items), nor is a number bold alone ("=31.=" over
  Carroll's problem in Symbolic Logic: the book's own item, review).
- ``ads_above_transcriber_note``: a transcriber's note under the list (boxed or not) ends
  it where its paragraph starts, as FOOTNOTES does (the transcriber rules read the note).
- ``ads_press_source_lines``: under a press heading ("EXTRACTS FROM REVIEWS", "OPINIONS
  OF THE PRESS", "CRITICAL NOTICES"), a paper's name alone on its line ("Spectator.",
  "Civil Service Gazette.") over its extract is a notice.
- ``ads_entry_format``: an entry's "With 138 Illustrations." / "With 8 Coloured Plates"
  is a trade word, and an italic "_Price" a price (Lang's Fairy Book Series box).

Clause of session 41 (Burnett's Miss Crespigny: Scribner's notices after the story's last
line "And this Love did.", no end line or imprint above them):

- ``ads_list_heading``: when no end line or imprint opens a list, a heading in capitals
  alone in its paragraph that names a new book ("DR. EGGLESTON'S NEW STORY.", "JUST
  PUBLISHED", "A NEW BOOK", "IMPORTANT NEW BOOKS", "RECENT PUBLICATIONS", "NOW READY") in
  the body's last ``_REACH`` characters and its second half opens the cut, the heading
  with it, under the same tests (no chapter or end line under it, ``_MIN_HITS`` marks,
  ``_MIN_MONEY`` money words, no ``_MAX_GAP`` without a mark). The book's last page
  stays: the cut starts at the heading. A review of a "NEW NOVEL" in a book of reviews
  has no list under it (Wilde's Reviews, guarded).

The money and list-mark words are ``transforms.list_prices``' (clause
``list_price_vocabulary``, session 41).

Cost: two regex scans over the body's last ``_REACH`` characters (``_IMPRINT_REACH``
for an imprint line), only when a price word (a literal prefilter) is there; for
``ads_list_heading`` four literal searches of the last ``_REACH`` characters (about 0.15 ms
a book; a regex over the reach cost six times that) and a match of each line found.
"""

from __future__ import annotations

import re

from transforms.list_prices import LIST_MARK, MONEY
from transforms.textedit import Edit

RULE = "gutenberg_notice"

_REACH = 60_000
_IMPRINT_REACH = 150_000  # clause ads_long_catalogue
_MIN_NOTICES = 4  # clause ads_press_notices
_PART_NEAR = 300  # clause ads_list_part_lines
_MIN_HITS = 4
_MAX_GAP = 2_500

_END_LINE = re.compile(
    r"^[ \t]*(?:THE END|The End|FINIS|Finis)[.!]?[ \t]*$"
    r"|^[ \t]*[*_]?(?:[A-Z][A-Za-z]+[:,.][ \t]*)?(?:PRINTED|Printed)_?[ \t]+"
    # clause ads_imprint_names_a_printer: "Printed by R. & R. CLARK", "PRINTED BY" alone,
    # never "Printed by hand on the old press, ..." (a line of the story)
    r"(?:(?:BY|by|AT|at)_?(?:[ \t]+[_A-Z&].*)?"
    r"|(?:IN GREAT BRITAIN|in Great Britain|IN ENGLAND|in England"
    r"|IN THE UNITED STATES|in the United States|IN U\.S\.A|in U\.S\.A)\b.*)$",
    re.MULTILINE,
)
# clause list_price_vocabulary (session 41): one vocabulary with the catalogue and list rules
_TRADE = LIST_MARK
_MONEY = MONEY
_MIN_MONEY = 2
# clause ads_press_notices: a closing quote, a dash and the paper's name ending the line
_NOTICE = re.compile(
    r"[”\"’'][ \t]*(?:—|--)[ \t]*_?(?:The[ \t]+)?[A-Z][\w.,&'’ ]{1,60}_?\.?_?[ \t]*$",
    re.MULTILINE,
)
# clause ads_series_entries (session 40): under an imprint, a series list's numbered entry
# ("=28. Poe's Poems.= Notes by ...", "+*=1. Lodge's 'Rosalynde' ...") priced once at the
# series' head ("_1s._ net each") is a list's mark for the gap test; a number bold alone
# ("=31.=" over Carroll's problem, "=1.=" over Russell's paragraph) numbers the book's own
# items (review)
_SERIES_ENTRY = re.compile(r"^[ \t]*[+*]*=\d{1,3}[.,](?![ \t]*=)", re.MULTILINE)
# clause ads_press_source_lines (session 40): under a press heading ("EXTRACTS FROM REVIEWS",
# "OPINIONS OF THE PRESS"), a paper's name alone on its line over its extract ("Spectator.",
# "Civil Service Gazette.") is a notice's mark
_PRESS_HEADING = re.compile(
    r"^[ \t_]*(?:EXTRACTS FROM (?:THE )?(?:REVIEWS|PRESS)|OPINIONS OF THE PRESS|PRESS NOTICES"
    r"|NOTICES OF THE PRESS|CRITICAL NOTICES|PRESS OPINIONS)\b",
    re.MULTILINE,
)
_SOURCE_LINE = re.compile(
    r"(?<=\n\n)[ \t]*_?(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3}\._?[ \t]*\n(?=[ \t]*\n)"
)
# clause ads_above_transcriber_note (session 40): a transcriber's note under the list (boxed
# or not) ends it, as FOOTNOTES does: the transcriber rules read the note
_TN_LINE = re.compile(r"^[ \t|{\[]*Transcriber['’]?s[ \t]+[Nn]otes?\b", re.MULTILINE)
_NOTES_HEADING = re.compile(r"[ \t]*(?:FOOTNOTES?|Footnotes?):?[ \t]*")
# a note of the book under its end ("[5] Joe Aitteon was Thoreau's guide", "FOOTNOTES:")
_NOTE_LINE = re.compile(
    r"^[ \t]*(?:\[\d+\]|\{\d+\}|FOOTNOTES?:?[ \t]*$|Footnotes?:?[ \t]*$)", re.MULTILINE
)
# clause ads_chapter_titled_the_end: a heading line right above "THE END" ("CHAPTER XV.",
# "CHAPTER THE LAST.", "XXV.") makes it a last chapter's title
_CHAPTER_ABOVE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:CHAPTER|Chapter|BOOK|PART)[ \t]+[^\n]{1,30}|[IVXLC]+\.?|\d+\.)"
    r"[ \t]*\n\s*$"
)
_PREFILTER = ("net", "Price", "price", "8vo", "Cloth", "cloth", "ostpaid", "ublisher", "PUBLISHER")
_NOTICE_LITERALS = ('"--', "\u201d--", "\u201d\u2014", '"\u2014')  # clause ads_press_notices
_END_WORDS = ("THE END", "The End", "FINIS", "Finis", "PRINTED", "Printed")
_AGAIN = re.compile(
    r"^[ \t]*(?:THE END|The End|FINIS|Finis)[.!]?[ \t]*$"
    r"|^[ \t]*(?:CHAPTER|Chapter|BOOK|PART)[ \t]+(?:[IVXLC]+|\d+|ONE|TWO|THE)\b",
    re.MULTILINE,
)
# clause ads_book_matter_after_the_end: the book's own epilogue or appendix right under
# "THE END" (its prices, a traveller's costs, are not a catalogue's)
_BOOK_MATTER = re.compile(
    r"[ \t]*(?:EPILOGUE|Epilogue|APPENDIX|Appendix|POSTSCRIPT|Postscript|AFTERWORD"
    r"|Afterword|GLOSSARY|Glossary)\b[^\n]{0,40}\n"
)

# clause ads_book_matter_under_imprint (session 39 review): the book's appendix right under
# the printer's imprint (an economics book's "APPENDIX. / Table of the average Price of
# Corn", priced rows under "PRINTED BY WILLIAM CLOWES ...") is the book's: the imprint
# reach (150,000) would take all of it
_MATTER_UNDER = re.compile(r"^" + _BOOK_MATTER.pattern, re.MULTILINE)
_MATTER_NEAR = 400
# clause ads_list_heading (session 41): with no end line or imprint above it, a publisher's
# list opens at its own heading, a line in capitals alone in its paragraph naming a new book
# ("DR. EGGLESTON'S NEW STORY.", "JUST PUBLISHED", "A NEW BOOK", "NEW BOOKS BY EDWARD S.
# ELLIS.", "NOW READY."): Scribner's notices after Burnett's Miss Crespigny
# (review) "(?<![A-Za-z])", not "\b": an italic heading, "_RECENT PUBLICATIONS._" (Blackwood's
# list in Trollope's Commentaries of Caesar), has "_" before its first word
_HEADING_WORDS = re.compile(
    r"(?<![A-Za-z])(?:NEW (?:STORY|NOVELS?|BOOKS?|EDITIONS?|PUBLICATIONS)|JUST PUBLISHED"
    r"|RECENT PUBLICATIONS|NOW READY)\b"
)
_HEADING_LITERALS = ("NEW ", "JUST PUBLISHED", "RECENT PUBLICATIONS", "NOW READY")
_AD_HEADING = re.compile(r"[ \t]*_?[A-Z0-9'’.,&: -]{3,70}_?[ \t]*")


def ads_after_the_end(text: str, footer: int | None, body: int) -> list[Edit]:
    """The cut of a publisher's advertisements between the story's end and the end marker."""
    if footer is None:
        return []
    half = (body + footer) // 2
    lo = max(body, footer - _IMPRINT_REACH, half)
    tail = text[max(lo, footer - _REACH) : footer]
    if not any(w in tail for w in _PREFILTER + _NOTICE_LITERALS):
        return []
    if any(w in text[lo:footer] for w in _END_WORDS):
        cut = _after_end_line(text, footer, body, lo)
        if cut is not None:
            return [cut]
    for at in _heading_words(text, max(lo, footer - _REACH), footer):
        cut = _under_heading(text, at, footer, body)  # clause ads_list_heading
        if cut is not None:
            return [cut]
    return []


def _heading_words(text: str, lo: int, hi: int) -> list[int]:
    """Where a new book's words stand in ``text[lo:hi]``, in order: literal finds (a regex
    scan of the whole reach costs more than the rest of the rule), each then matched."""
    found = []
    for literal in _HEADING_LITERALS:
        at = text.find(literal, lo, hi)
        while at >= 0:
            if _HEADING_WORDS.match(text, at):
                found.append(at)
            at = text.find(literal, at + 1, hi)
    return sorted(set(found))


def _under_heading(text: str, at: int, footer: int, body: int) -> Edit | None:
    """Clause ads_list_heading (session 41): the list's cut from the line holding ``at``
    when that line is a heading in capitals alone in its paragraph, else None."""
    a = max(body, text.rfind("\n", 0, at) + 1)
    b = text.find("\n", at, footer)
    if b < 0 or not _AD_HEADING.fullmatch(text, a, b):
        return None
    under = text.find("\n", b + 1, footer)
    if under < 0 or text[b + 1 : under].strip():
        return None  # the heading stands alone: a blank line under it
    if not _opens_paragraph(text, a, body) or _goes_on(text, b + 1, footer):
        return None
    return _list_from(text, a, footer, False)


def _after_end_line(text: str, footer: int, body: int, lo: int) -> Edit | None:
    """The list's cut under the first end line or imprint of ``text[lo:footer]`` that
    passes, or None."""
    for m in _END_LINE.finditer(text, lo, footer):
        imprint = not m.group().strip().lstrip("*_").upper().startswith(("THE END", "FINIS"))
        if not imprint and m.start() < footer - _REACH:
            continue  # clause ads_long_catalogue: only an imprint reaches further
        if imprint and not _opens_paragraph(text, m.start(), body):
            continue  # clause ads_imprint_own_paragraph (review): a wrapped line of prose
        if imprint and text.count("\n", m.start(), _paragraph_end(text, m.start(), footer)) > 2:
            continue  # clause ads_imprint_short_paragraph (review): a paragraph of prose
        start = m.start() if imprint else m.end()
        while start < footer and text[start] in " \t\n":
            start += 1
        if start >= footer:
            return None
        if _goes_on(text, m.end() + 1, footer, imprint) or _BOOK_MATTER.match(text, start, footer):
            continue
        if imprint and _MATTER_UNDER.search(text, m.end(), min(footer, m.end() + _MATTER_NEAR)):
            continue  # clause ads_book_matter_under_imprint (review)
        if not imprint and _CHAPTER_ABOVE.search(text, max(body, m.start() - 60), m.start()):
            continue  # "CHAPTER XV." / "THE END.": a last chapter's title, not the book's end
        cut = _list_from(text, start, footer, imprint)
        if cut is not None:
            return cut
    return None


def _list_from(text: str, start: int, footer: int, imprint: bool) -> Edit | None:
    """The cut from ``start`` to the end marker (or to the book's notes or a transcriber's
    note under the list) when what runs there is a list, else None."""
    first = _TRADE.search(text, start, footer)
    if first is None:
        return None
    end = footer
    notes = list(_NOTE_LINE.finditer(text, start, footer))
    heading = next((n for n in notes if _NOTES_HEADING.fullmatch(n.group())), None)
    if heading and heading.start() > first.start():  # clause ads_above_notes
        end, notes = heading.start(), [n for n in notes if n.start() < heading.start()]
    tn = _TN_LINE.search(text, first.end(), end)
    if tn:  # clause ads_above_transcriber_note: the list ends at the note's paragraph
        brk = text.rfind("\n\n", first.end(), tn.start())
        end, notes = (
            brk + 2 if brk >= 0 else tn.start(),
            [n for n in notes if n.start() < tn.start()],
        )
    if notes and notes[-1].start() > first.start():
        return None  # the book's notes under the list: not a catalogue alone
    if notes:  # the book's notes between its end and the list stay
        gap = text.find("\n\n", notes[-1].end())
        start = footer if gap < 0 else gap
        while start < footer and text[start] in " \t\n":
            start += 1
    if _is_catalogue(text, start, end, imprint):
        return Edit(start, end, "", RULE)
    return None


def _opens_paragraph(text: str, at: int, body: int) -> bool:
    """Clause ads_imprint_own_paragraph (session 39 review): a printer's imprint stands
    apart, a blank line (or the body's start) above it. A "Printed at London by P. S.
    for ..." line inside a quoted title page of a bibliography, or a wrapped line of a
    story ("...by the light of a candle and / Printed by Benjamin Franklin's nephew
    ..."), is the book's own matter: with sale prices or quoted reviews under it the
    list rule would take the book's last chapter (up to ``_IMPRINT_REACH`` characters)."""
    line = text.rfind("\n", body, at)
    if line < 0:
        return True
    above = text.rfind("\n", body, line)
    return not text[above + 1 if above >= 0 else body : line].strip()


def _paragraph_end(text: str, at: int, footer: int) -> int:
    """Clause ads_imprint_short_paragraph (session 39 review): where the paragraph
    opening at ``at`` ends. An imprint is 1-3 lines ("LONDON: PRINTED BY WILLIAM CLOWES
    AND SONS, ... / AND CHARING CROSS."); a paragraph of the book opening "Printed by
    the Franklins, the Courant ..." over quotes from the papers is longer."""
    brk = text.find("\n\n", at, footer)
    return footer if brk < 0 else brk


def _goes_on(text: str, at: int, footer: int, imprint: bool = False) -> bool:
    """A chapter opens or a book ends again under ``at``; clause ads_list_part_lines: a
    part line with a price just above it is an entry's contents (under an imprint, clause
    ads_series_entries: or with a series' numbered entry just above it, "+*=19, 20.
    Shakespeare's Plutarch=" over Chatto's "PART III.")."""
    for m in _AGAIN.finditer(text, at, footer):
        if not m.group().lstrip().startswith("PART"):
            return True
        near = max(at, m.start() - _PART_NEAR)
        if not _MONEY.search(text, near, m.start()) and not (
            imprint and _SERIES_ENTRY.search(text, near, m.start())
        ):
            return True
    return False


def _is_catalogue(text: str, start: int, footer: int, imprint: bool = False) -> bool:
    hits = [m.start() for m in _TRADE.finditer(text, start, footer)]
    notices = [m.start() for m in _NOTICE.finditer(text, start, footer)]  # ads_press_notices
    press = _PRESS_HEADING.search(text, start, footer)
    if press:  # clause ads_press_source_lines
        notices += [m.start() for m in _SOURCE_LINE.finditer(text, press.end(), footer)]
    if imprint:  # clause ads_series_entries
        hits += [m.start() for m in _SERIES_ENTRY.finditer(text, start, footer)]
    money = len(_MONEY.findall(text, start, footer))
    if len(hits) + len(notices) < _MIN_HITS or not (
        money >= _MIN_MONEY or (imprint and len(notices) >= _MIN_NOTICES)
    ):
        return False
    hits = sorted(hits + notices)
    end = footer
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    marks = [start, *hits, end]
    return max(b - a for a, b in zip(marks, marks[1:], strict=False)) <= _MAX_GAP
