"""Clauses ``numbered_paragraphs`` and ``number_held`` (``transforms.page_paragraphs``,
called from rule ``page_furniture``): a lone number that opens a numbered paragraph is
content, not a page number.

Real text: Nietzsche, *Human, All Too Human* (Project Gutenberg #38145): its aphorisms
are numbered "1", "2", ... on lines of their own between blank lines; aphorism 2 of the
first part ("=The Traditional Error of Philosophers.=--All philosophers make the" ...
"is henceforth indispensable, and with it honesty of judgment.") cut to several lengths
stands for each aphorism, laid out as pdftotext-like pages of 40 lines with the page's
number alone at its foot (as the session-25 review laid the whole book out: the base
rule cut 136 of its aphorism numbers as page numbers).
"""

from __future__ import annotations

from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture
from transforms.page_paragraphs import paragraph_numbers

APHORISM = [
    "=The Traditional Error of Philosophers.=--All philosophers make the",
    "common mistake of taking contemporary man as their starting point and of",
    'trying, through an analysis of him, to reach a conclusion. "Man"',
    "involuntarily presents himself to them as an aeterna veritas as a",
    "passive element in every hurly-burly, as a fixed standard of things. Yet",
    "everything uttered by the philosopher on the subject of man is, in the",
    "last resort, nothing more than a piece of testimony concerning man",
    "during a very limited period of time. Lack of the historical sense is",
    "the traditional defect in all philosophers. Many innocently take man in",
    "his most childish state as fashioned through the influence of certain",
    "religious and even of certain political developments, as the permanent",
    "form under which man must be viewed. They will not learn that man has",
    "evolved, that the intellectual faculty itself is an evolution,",
    "whereas some philosophers make the whole cosmos out of this intellectual",
    "faculty. But everything essential in human evolution took place aeons",
    "ago, long before the four thousand years or so of which we know",
    "anything: during these man may not have changed very much. However, the",
    'philosopher ascribes "instinct" to contemporary man and assumes that',
    "this is one of the unalterable facts regarding man himself, and hence",
    "affords a clue to the understanding of the universe in general. The",
    "is henceforth indispensable, and with it honesty of judgment.",
]
LENGTHS = [21, 14, 20, 18, 21, 9, 17]
PAGE = 40


def _book(n_aphorisms: int = 70) -> tuple[str, set[int], set[int]]:
    """The aphorisms laid out as pages: the text, its page-number lines, its aphorism
    numbers' lines (indexes)."""
    body: list[tuple[str, bool]] = []  # (line, is an aphorism number)
    for k in range(1, n_aphorisms + 1):
        n = LENGTHS[k % len(LENGTHS)]
        body += [("", False), (str(k), True), ("", False)]
        body += [(line, False) for line in APHORISM[: n - 1] + APHORISM[-1:]]
    out: list[str] = []
    pages, numbers = set(), set()
    for start in range(0, len(body), PAGE):
        for line, number in body[start : start + PAGE]:
            if number:
                numbers.add(len(out))
            out.append(line)
        pages.add(len(out) + 1)
        out += ["", str(start // PAGE + 1), ""]
    return "\n".join(out) + "\n", pages, numbers


def _cut_lines(text: str) -> set[int]:
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    return {
        i
        for e in page_furniture(text)
        for i in range(len(starts) - 1)
        if e.start <= starts[i] and starts[i + 1] - 1 <= e.end
    }


def test_numbered_paragraphs_aphorism_numbers_stay_page_numbers_go():
    text, pages, numbers = _book()
    assert normalize_text(text) == text
    cut = _cut_lines(text)
    lines = text.split("\n")
    # On the first two pages the two series coincide ("1", "2", "3" every ~20 lines
    # beside the pages "1", "2"): read as pages there, a miss the module doc names.
    start = 2 * (PAGE + 3)
    assert {lines[i] for i in numbers & cut} <= {"1", "2", "3"}
    assert not {i for i in numbers & cut if i > start}  # 67 of the 70 aphorisms' numbers
    assert {i for i in pages if i > start} <= cut  # and every later page number is cut
    assert len(numbers) == 70 and len(pages) == 36


def test_numbered_paragraphs_a_page_off_the_anchors_is_text():
    # Anchors: pages 9 and 10 end mid-sentence (lines 382, 425, page length 43); the
    # lone "5" between sentences at line 400 numbers no page near them; "10" at 424
    # does.
    values = {382: 9, 400: 5, 424: 10, 425: 10}
    got = paragraph_numbers(values, set(values), {382, 425}, 43.0)
    assert got == {400, 424}  # "10" a line from page 10's own number: clause number_held
    assert paragraph_numbers({382: 9, 410: 10, 500: 11}, {382, 410, 500}, {382}, 43.0) == set()


def test_anchor_pages_the_page_length_is_the_anchors():
    # The chains read a page of 23 lines (pg38145 laid out as pages of 43: its aphorism
    # numbers in them); the anchors step 43. "15" 92 lines after page 11 is 2 pages on
    # at 43 lines (13), 4 at 23: an aphorism's number, not a page's.
    values = {382: 9, 425: 10, 468: 11, 560: 15}
    assert paragraph_numbers(values, set(values), {382, 425, 468}, 23.0) == {560}


def test_held_by_a_mark_a_folio_under_its_footnote_mark_stays_a_page():
    # The zoo package's vignette "zoo: An S3 Class and Methods for Indexed Totally
    # Ordered Observations" (Zeileis, Grothendieck) through pdftotext: on page 5 the
    # footnote mark "5" stands between a data row and its note, the page's folio "5"
    # 4 lines below it between blank lines, then page 6's head. The mark reads as a
    # page line in a sentence; clause number_held took the folio for the number it
    # holds and left it in the text (clause held_by_a_mark).
    lines = [""] * 300
    lines[190:199] = [
        "2004-03-14 0.8420238 -2.7384202 0.23150695",
        "2004-03-20 -0.1901910 0.1230887 -1.51862157",
        "5",
        "Note, that in the code above a new as.Date method, provided in zoo, is used"
        " to convert days since",
        '1970-01-01 to class "Date". See the respective help page for more details.',
        "",
        "5",
        "",
        "Achim Zeileis, Gabor Grothendieck",
    ]
    values = {142: 4, 192: 5, 196: 5, 286: 6}
    args = (values, set(values), {142, 192, 286}, 57.0)
    assert paragraph_numbers(*args, lines) == set()
    assert paragraph_numbers(*args) == {196}  # without the lines: number_held as before
    # A holder set apart (pg38145's page "28" over aphorism "28") or a folio under its
    # head ("THE BOOK" / "28" / "") still holds the number.
    lines[191], lines[193] = "", ""
    assert paragraph_numbers(*args, lines) == {196}
    lines[191] = "THE BOOK"
    assert paragraph_numbers(*args, lines) == {196}
