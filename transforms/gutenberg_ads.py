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

Cost: two regex scans over the body's last ``_REACH`` characters, only when a price
word (a literal prefilter) is there.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "gutenberg_notice"

_REACH = 60_000
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
_TRADE = re.compile(
    r"\$\d+(?:\.\d\d)?\b|\b\d+[ \t]?(?:cents|c\.?)[ \t]+(?:each|per|a[ \t]+vol)"
    r"|\b\d+[ \t]?_?s\._?(?:[ \t]?\d+[ \t]?_?d\._?)?|\b\d+/\d+\b|\bnet\b"
    r"|[Pp]ostpaid|[Pp]ost[ \t]free|\b(?:12|16|8|4)mo\b|\b8vo\b|\b4to\b|\b[Cc]loth\b|\bCLOTH\b"
    r"|\bIllustrated\b|\bILLUSTRATED\b|\b[Pp]ublishers?\b|\bPUBLISHERS?\b|\b\d+ [Vv]ols?\."
    r"|\b(?:Edition|EDITION)\b|\b[Pp]rice\b|\bPRICE\b"
)
_MONEY = re.compile(
    r"\$\d|\b\d+[ \t]?(?:cents|CENTS|c\.|¢)|\b\d+[ \t]?_?s\._?|\bnet\b|[Pp]ostpaid|[Pp]ost[ \t]free"
    r"|\b[Pp]rice\b|\bPRICE\b"
)
_MIN_MONEY = 2
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


def ads_after_the_end(text: str, footer: int | None, body: int) -> list[Edit]:
    """The cut of a publisher's advertisements between the story's end and the end marker."""
    if footer is None:
        return []
    lo = max(body, footer - _REACH, (body + footer) // 2)
    tail = text[lo:footer]
    if not any(w in tail for w in _PREFILTER) or not any(w in tail for w in _END_WORDS):
        return []
    for m in _END_LINE.finditer(text, lo, footer):
        imprint = not m.group().strip().lstrip("*_").upper().startswith(("THE END", "FINIS"))
        start = m.start() if imprint else m.end()
        while start < footer and text[start] in " \t\n":
            start += 1
        if start >= footer:
            return []
        if _AGAIN.search(text, m.end() + 1, footer) or _BOOK_MATTER.match(text, start, footer):
            continue
        if not imprint and _CHAPTER_ABOVE.search(text, max(body, m.start() - 60), m.start()):
            continue  # "CHAPTER XV." / "THE END.": a last chapter's title, not the book's end
        first = _TRADE.search(text, start, footer)
        if first is None:
            continue
        notes = list(_NOTE_LINE.finditer(text, start, footer))
        if notes and notes[-1].start() > first.start():
            continue  # the book's notes under the list: not a catalogue alone
        if notes:  # the book's notes between its end and the list stay
            gap = text.find("\n\n", notes[-1].end())
            start = footer if gap < 0 else gap
            while start < footer and text[start] in " \t\n":
                start += 1
        if _is_catalogue(text, start, footer):
            return [Edit(start, footer, "", RULE)]
    return []


def _is_catalogue(text: str, start: int, footer: int) -> bool:
    hits = [m.start() for m in _TRADE.finditer(text, start, footer)]
    if len(hits) < _MIN_HITS or len(_MONEY.findall(text, start, footer)) < _MIN_MONEY:
        return False
    end = footer
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    marks = [start, *hits, end]
    return max(b - a for a, b in zip(marks, marks[1:], strict=False)) <= _MAX_GAP
