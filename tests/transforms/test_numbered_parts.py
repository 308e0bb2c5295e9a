"""Rule ``numbered_run`` (``transforms.numbered_runs``), review of session 23: numbering that
restarts in each part, and a letter appendix over its numbered sections.

Real text, each heading and first line as ``pdftotext`` (poppler 22.12, no -layout) sets
it: "R Installation and Administration" and "An Introduction to R" (R 4.2.2, Debian
``r-doc-pdf``, ``R-admin.pdf``, ``R-intro.pdf``): chapters 1-2 with their first
sections. No manual numbered afresh in each part was at hand (the 46 PDF and text
manuals searched held no "PART"/"Part N" heading), so the two manuals' openings stand as
the two parts of one book under constructed lines "PART I. INSTALLATION" / "PART II.
USING R" (the shape of a handbook bound from several manuals). "Econometric Computing
with HC and HAC Covariance Matrix Estimators" (Zeileis, the ``sandwich`` R package's
vignette, Debian ``r-cran-sandwich`` 3.0-2, ``sandwich.pdf``): sections 3.-5., its
running head and page number, and its appendix "A. R code".
"""

from __future__ import annotations

from transforms.normalize import normalize_text
from transforms.sections import find_sections

R_ADMIN = (
    "1 Obtaining R\n"
    "Sources, binaries and documentation for R can be obtained via CRAN, the “Comprehensive\n"
    "R Archive Network” whose current members are listed at https://CRAN.R-project.org/\n"
    "mirrors.html.\n\n"
    "1.1 Getting and unpacking the sources\n"
    "The simplest way is to download the most recent R-x.y.z.tar.gz file, and unpack it with\n"
    "tar -xf R-x.y.z.tar.gz\n\n"
    "1.2 Getting patched and development versions\n"
    "A patched version of the current release, ‘r-patched’, and the current development version,\n"
    "‘r-devel’, are available as daily tarballs and via access to the R Subversion repository.\n\n"
    "2 Installing R under Unix-alikes\n"
    "R will configure and build under most common Unix and Unix-alike platforms.\n\n"
    "2.1 Simple compilation\n"
    "First review the essential and useful tools and libraries in Appendix A [Essential and useful\n"
    "other programs under a Unix-alike], page 41, and install those you want or need.\n\n"
    "2.2 Help options\n"
    "R by default provides help pages as plain text displayed in a pager, with the options (see\n"
    "the help for help) of displaying help as HTML or PDF.\n\n"
)
R_INTRO = (
    "1 Introduction and preliminaries\n"
    "1.1 The R environment\n"
    "R is an integrated suite of software facilities for data manipulation, calculation and graphical\n"
    "display. Among other things it has\n\n"
    "1.2 Related software and documentation\n"
    "R can be regarded as an implementation of the S language which was developed at Bell\n"
    "Laboratories by Rick Becker, John Chambers and Allan Wilks.\n\n"
    "2 Simple manipulations; numbers and vectors\n"
    "2.1 Vectors and assignment\n"
    "R operates on named data structures. The simplest such structure is the numeric vector,\n"
    "which is a single entity consisting of an ordered collection of numbers.\n\n"
    "2.2 Vector arithmetic\n"
    "Vectors can be used in arithmetic expressions, in which case the operations are performed\n"
    "element by element.\n\n"
)
BOOK = "PART I. INSTALLATION\n\n" + R_ADMIN + "PART II. USING R\n\n" + R_INTRO


def _sections(text: str):
    return find_sections(normalize_text(text))[0]


def test_run_per_part_numbering_restarts_in_each_part():
    """Clause run_per_part (and run_keyword_chapter's part exception): each part's run is
    judged on its own, so both parts' chapters "1 ..." and "2 ..." are found, each over its
    sections; one chain across the parts took Part I's 1-2.2 and nothing of Part II's (a
    chain cannot go back to 1), and "PART I" / "PART II" (values 1, 2) dropped the
    chapter lines numbered as they are."""
    sections = _sections(BOOK)
    titles = [s.title for s in sections]
    for chapter in (
        "1 Obtaining R",
        "2 Installing R under Unix-alikes",
        "1 Introduction and preliminaries",
        "2 Simple manipulations; numbers and vectors",
        "2.2 Vector arithmetic",
    ):
        assert chapter in titles
    assert titles.index("PART II. USING R") < titles.index("1 Introduction and preliminaries")


def test_part_restarts_numbers_sections_nest_under_their_own_part_s_chapter():
    """Clause part_restarts_numbers (rule decimal_levels): a part numbers no chapter and
    starts the numbers afresh: "1.1 Getting and unpacking the sources" sits one level
    under "1 Obtaining R", and Part II's "2.1" under its own "2 Simple manipulations";
    before, "1.1" nested under "PART I" (value 1) beside its chapter, "2.1" of Part II
    under "PART II"."""
    level = {s.title: s.level for s in _sections(BOOK)}
    part = level["PART I. INSTALLATION"]
    assert level["PART II. USING R"] == part
    for chapter, section in (
        ("1 Obtaining R", "1.1 Getting and unpacking the sources"),
        ("2 Installing R under Unix-alikes", "2.2 Help options"),
        ("1 Introduction and preliminaries", "1.2 Related software and documentation"),
        ("2 Simple manipulations; numbers and vectors", "2.1 Vectors and assignment"),
    ):
        assert level[chapter] == part + 1
        assert level[section] == part + 2


def test_run_per_part_numbers_that_go_on_keep_one_chain():
    """Clause run_per_part cuts only where the numbers restart: R-admin's chapter 1 under
    "PART I" and its chapter 2 under "PART II" (numbered on) stay one chain; cut at the
    part line each part held three members, too few for a run, and none was found."""
    cut = R_ADMIN.index("2 Installing")
    text = "PART I. INSTALLATION\n\n" + R_ADMIN[:cut] + "PART II. BUILDING\n\n" + R_ADMIN[cut:]
    level = {s.title: s.level for s in _sections(text)}
    assert level["2 Installing R under Unix-alikes"] == level["PART II. BUILDING"] + 1
    assert level["2.1 Simple compilation"] == level["1.1 Getting and unpacking the sources"]
    assert level["1 Obtaining R"] == level["PART I. INSTALLATION"] + 1


SANDWICH = (
    "3. Estimating the covariance matrix Ψ\n"
    "3.1. Dealing with heteroskedasticity\n"
    "If it is assumed that the errors ui are independent but potentially heteroskedastic—a situation\n"
    "which typically arises with cross-sectional data—their covariance matrix Ω is diagonal.\n\n"
    "3.2. Dealing with autocorrelation\n"
    "If the error terms ui are not independent, Ω is not diagonal and without further specification of\n"
    "a parametic model for the type of dependence it is typically burdensome to estimate Ω directly.\n\n"
    "4. Applications and illustrations\n"
    "In econometric analyses, the practitioner is only seldom interested in the covariance matrix Ψ̂\n"
    "per se, but mainly wants to compute them to use them for inferential procedures.\n\n"
    "4.1. Testing coefficients in cross-sectional data\n"
    "A quadratic regression model for per capita expenditures on public schools explained by\n"
    "per capita income in the United States in 1979 has been analyzed by Greene (1993).\n\n"
    "4.2. Testing coefficients in time-series data\n"
    "Greene (1993) also anayzes a time-series regression model based on robust covariance matrix\n"
    "estimates.\n\n"
    "5. Summary\n"
    "This paper briefly reviews a class of heteroskedasticity-consistent (HC) and a class of\n"
    "heteroskedasticity and autocorrelation consistent (HAC) covariance matrix estimators.\n\n"
    "18\n\n"
    "Econometric Computing with HC and HAC Covariance Matrix Estimators\n\n"
    "A. R code\n"
    "The packages sandwich, lmtest and strucchange are required for the applications in this paper.\n"
    "Furthermore, the packages depend on zoo.\n\n"
    "A.1. Testing coefficients in cross-sectional data\n"
    "Load public schools data, omit NA in Wisconsin and scale income:\n"
    'data("PublicSchools")\n\n'
    "A.2. Testing coefficients in time-series data\n"
    "Load investment equation data:\n"
    'data("Investment")\n'
)


def test_run_appendix_letter_opens_its_own_level():
    """Clause run_appendix_letter: "A. R code", whose "A.1." follows, is the appendix's
    heading at the chapters' level, with "A.1." and "A.2." one below it; before, it was no
    pick and "A.1."/"A.2." sat at level 1 beside "5. Summary", inside its text."""
    sections = _sections(SANDWICH)
    level = {s.title: s.level for s in sections}
    assert level["A. R code"] == level["5. Summary"] == level["4. Applications and illustrations"]
    assert level["A.1. Testing coefficients in cross-sectional data"] == level["A. R code"] + 1
    assert level["A.2. Testing coefficients in time-series data"] == level["A. R code"] + 1
    summary = next(s for s in sections if s.title == "5. Summary")
    assert "A. R code" not in normalize_text(SANDWICH)[summary.start : summary.end]


def test_run_appendix_letter_takes_no_initial_without_its_first_section():
    """Clause run_appendix_letter: a line "A. Zeileis" (an author's initial, no "A.1."
    after it) is no appendix heading."""
    text = SANDWICH.replace("A.1. Testing", "Testing").replace("A.2. Testing", "Testing")
    text = text.replace("A. R code\n", "A. Zeileis\n")
    assert "A. Zeileis" not in [s.title for s in _sections(text)]


# The parts' titles again as the running heads of two pages (a bound book's left-hand
# page head, kept by pdftotext between a page's last section and the next page's first).
HEADED = BOOK.replace("1.2 Getting patched", "PART I. INSTALLATION\n\n1.2 Getting patched").replace(
    "2.2 Vector arithmetic", "PART II. USING R\n\n2.2 Vector arithmetic"
)


def test_run_part_running_head_cuts_no_run_where_numbers_go_on():
    """Clause run_part_running_head: "PART I. INSTALLATION" between "1.1" and "1.2" (a
    page head) is no restart: the run is still found, both parts' chapters with it; cut at
    every part line, no part held enough members and no numbered heading was found."""
    titles = [s.title for s in _sections(HEADED)]
    for heading in (
        "1 Obtaining R",
        "1.2 Getting patched and development versions",
        "2 Installing R under Unix-alikes",
        "1 Introduction and preliminaries",
        "2.2 Vector arithmetic",
    ):
        assert heading in titles


def test_part_running_head_keeps_numbers_section_stays_under_its_chapter():
    """Clause part_running_head_keeps_numbers: "1.2" after the page head "PART I.
    INSTALLATION" stays one level under "1 Obtaining R", as "1.1" is; "2.2" after "PART
    II. USING R" under "2 Simple manipulations"; a part that cleared the numbers seen
    left them at their chapters' level."""
    level = {s.title: s.level for s in _sections(HEADED)}
    chapter = level["1 Obtaining R"]
    assert level["1.1 Getting and unpacking the sources"] == chapter + 1
    assert level["1.2 Getting patched and development versions"] == chapter + 1
    assert (
        level["2.2 Vector arithmetic"] == level["2 Simple manipulations; numbers and vectors"] + 1
    )


def test_run_part_running_head_a_footnote_before_the_page_head_is_no_restart():
    """Clause run_part_running_head: a footnote at the page's foot, right before the
    next page's head "PART I. INSTALLATION" (the line constructed, in the form of R
    manuals' footnotes: a number and a web address), is no chapter 3 that "1.2" restarts
    from; compared with the last pick alone, Part I was cut in two too short to be runs
    and lost its chapters."""
    text = HEADED.replace(
        "tar -xf R-x.y.z.tar.gz\n",
        "tar -xf R-x.y.z.tar.gz\n\n3 See https://www.gnu.org/software/tar/\n",
    )
    titles = [s.title for s in _sections(text)]
    for heading in (
        "1 Obtaining R",
        "1.2 Getting patched and development versions",
        "2.2 Help options",
    ):
        assert heading in titles
