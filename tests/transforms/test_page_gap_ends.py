"""Clause ``gap_ends`` (``transforms.page_gaps``, called from rule ``page_furniture``): the
running heads before the first page line the chains find, walked back with a gap's steps.

Real text: "Information for Maintainers of GNU Software" (Debian ``gnu-standards``,
``maintain.pdf`` through ``pdftotext -layout``, poppler 22.12): the last lines of its
contents list, its running heads and page numbers as the PDF sets them (two one-page
chapters, "Chapter 2: Getting Help 1" right under the contents' last entry and "Chapter
5: Recruiting Developers 2", then "Chapter 6: Legal Matters 3" ... 13), its chapter
headings, and lines of its chapters 2-4 repeated to fill the pages (~46 lines a page, each
ending mid-sentence as most of its pages do).
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.page_furniture import page_furniture

CONTENTS = [
    "Appendix A Suggested Responses . . . . . . . . . . . . . . 39",
    "",
    "Appendix B GNU Free Documentation License . . 40",
    "",
    "Index . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 45",
]
BODY = [
    "   If you find that any GNU computer systems (fencepost.gnu.org, ftp.gnu.org,",
    "www.gnu.org, savannah.gnu.org, . . . ) seem to be down, you can check the current status",
    "at https://hostux.social/@fsfstatus. Most likely the problem, if it can be alleviated",
    "at the FSF end, is already being worked on.",
    "   The FSF system administrators maintain the GNU network and server hardware. You",
    "can email them at sysadmin@fsf.org. Please report any failures in GNU servers to them",
    "without delay. Aside from that, please try not to burden them unnecessarily.",
    "The directory /gd/gnuorg mentioned throughout this document is available on the general",
    "GNU server, currently fencepost.gnu.org. If you are the maintainer of a GNU pack-",
    "age, you should have an account there. If you don't have one already, see https://www.",
    "gnu.org/software/README.accounts.html. Such GNU login accounts include email (see",
    "https://www.fsf.org/about/systems/sending-mail-via-fencepost).",
    "   You can request for accounts for people who significantly help you in working on the",
    "package; we will do this in special cases when there is a good reason.",
    "   Other resources available to GNU maintainers are described at https://www.gnu.org/",
    "software/devel.html, as well as throughout this document. In brief:",
    "With good fortune, you will continue maintaining your package for many decades. But",
    "sometimes for various reasons maintainers decide to step down.",
    "   If you're the official maintainer of a GNU package and you decide to step down, please",
    "inform the GNU Project (maintainers@gnu.org). We need to know that the package no",
    "longer has a maintainer, so we can look for and appoint a new maintainer.",
]
PAD = " " * 60
HEADINGS = {1: "1 About This Document", 2: "3 GNU Accounts and Resources", 3: "6 Legal Matters"}


def _pages(first_head: str = "Chapter 2: Getting Help") -> str:
    """Pages 1-13 as maintain.pdf's -layout text, after its contents' last entries."""
    out = list(CONTENTS)
    for n in range(1, 14):
        head = {1: first_head, 2: "Chapter 5: Recruiting Developers"}.get(
            n, "Chapter 6: Legal Matters"
        )
        body = [BODY[(k + n) % len(BODY)] for k in range(42)]
        while body[-1].endswith((".", ":", ")")):
            body.pop()  # the page ends mid-sentence
        if n in HEADINGS:
            body = [HEADINGS[n], *body]
        out += [f"{head}{PAD}{n}", "", "", "", *body]
    return "\n".join(out) + "\n"


def _cut(text: str) -> set[str]:
    return {" ".join(text[e.start : e.end].split()) for e in page_furniture(text)}


def test_gap_ends_the_heads_before_the_first_page_line_found_are_cut():
    text = normalize_text(_pages())
    cut = _cut(text)
    assert {f"Chapter 6: Legal Matters {n}" for n in range(3, 14)} <= cut
    assert "Chapter 5: Recruiting Developers 2" in cut
    # Under the contents' last entry, the first page's head is still a head.
    assert "Chapter 2: Getting Help 1" in cut
    clean = clean_text(text).text
    assert "Recruiting Developers" not in clean and "Getting Help" not in clean
    # The contents' entries and the chapters' headings stay.
    lines = set(clean.split("\n"))
    assert set(HEADINGS.values()) <= lines
    assert {line for line in CONTENTS if line} <= lines


def test_gap_ends_a_chapter_heading_of_the_word_and_its_number_stays():
    # A book's heading "Chapter 1" (a key of one word) where page 1's head would be.
    text = normalize_text(_pages(first_head="Chapter"))
    assert "Chapter 1" not in _cut(text)
    assert "Chapter 5: Recruiting Developers 2" in _cut(text)
    assert "Chapter 1" in clean_text(text).text
