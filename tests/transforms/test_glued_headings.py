"""Rule ``glued_heading`` (``transforms.glued_headings``, session 22 wave 2): the
numbered sections of manuals converted from PDF by ``pdftotext`` (poppler 22.12).

Real text: "An Introduction to R" (R 4.2.2, Debian ``r-doc-pdf``, ``R-intro.pdf``
through ``pdftotext -layout``): its "Table of Contents" lines for chapter 1 (leader dots
shortened) and the headings of sections 1.1-1.3 with the first lines under each, as the
-layout text sets them (the paragraph right under the heading, no blank line).
"Guide for Debian Maintainers" (debmake-doc 1.17, ``debmake-doc.en.pdf`` through
``pdftotext`` without -layout): contents lines and sections 5.8-5.10, the number
and the title on lines of their own, the page's running head in capitals above.
"""

from __future__ import annotations

from transforms.normalize import normalize_text
from transforms.sections import find_sections

LEADER = " ." * 20
R_CONTENTS = (
    "Table of Contents\n\n"
    f"Preface{LEADER} 1\n\n"
    f"1      Introduction and preliminaries{LEADER} 2\n"
    f"    1.1 The R environment{LEADER} 2\n"
    f"    1.2 Related software and documentation{LEADER} 2\n"
    f"    1.3 R and statistics{LEADER} 3\n\n\n\n"
)
R_BODY = (
    "Preface\n"
    "This introduction to R is derived from an original set of notes describing the S and "
    "S-Plus\nenvironments written in 1990–2 by Bill Venables and David M. Smith when at "
    "the University\nof Adelaide.\n\n\n\n"
    "1 Introduction and preliminaries\n\n"
    "1.1 The R environment\n"
    "R is an integrated suite of software facilities for data manipulation, calculation "
    "and graphical\ndisplay. Among other things it has\n\n"
    "1.2 Related software and documentation\n"
    "R can be regarded as an implementation of the S language which was developed at Bell\n"
    "Laboratories by Rick Becker, John Chambers and Allan Wilks, and also forms the basis of\n"
    "the S-Plus systems.\n\n"
    "1.3 R and statistics\n"
    "Our introduction to the R environment did not mention statistics, yet many people use\n"
    "R as a statistics system.\n"
)


def _titles(text: str) -> list[str]:
    return [s.title for s in find_sections(normalize_text(text))[0] if s.title]


def test_glued_heading_numbered_sections_over_their_paragraph_are_found():
    """Rule glued_heading: "1.1 The R environment" with its paragraph right under it is
    a section under its entry "1.1 The R environment . . . 2"; before, only the chapter
    line was (a numbered line with text under it is no candidate, rule listed wants a
    blank line under it), and 1.1-1.3 were one section "1 Introduction ..."."""
    text = normalize_text(R_CONTENTS + R_BODY)
    sections = find_sections(text)[0]
    at = {s.title: s for s in sections}
    assert [s.title for s in sections if s.title.startswith("1")] == [
        "1 Introduction and preliminaries",
        "1.1 The R environment",
        "1.2 Related software and documentation",
        "1.3 R and statistics",
    ]
    assert at["1.1 The R environment"].level == at["1.2 Related software and documentation"].level
    assert at["1.1 The R environment"].level > at["1 Introduction and preliminaries"].level
    body = text[at["1.2 Related software and documentation"].start :][:400]
    assert "Laboratories by Rick Becker" in body and "integrated suite" not in body


def test_glued_heading_not_mid_sentence_nor_against_the_numbering():
    """A line that continues a sentence ("... described in" / "1.2 Related software and
    documentation") and a line whose number runs ahead of the numbering (a "See also:"
    line naming 1.3 inside 1.1) are no sections: each entry's one section is the real
    heading further down; nor is anything a section without a contents list."""
    body = R_BODY.replace(
        "Among other things it has\n\n",
        "Among other things it has what is described in\n"
        "1.2 Related software and documentation\nand more. See also:\n"
        "1.3 R and statistics\n\n",
    )
    text = normalize_text(R_CONTENTS + body)
    sections = find_sections(text)[0]
    at = {s.title: s for s in sections}
    assert [s.title for s in sections if s.title.startswith("1.")] == [
        "1.1 The R environment",
        "1.2 Related software and documentation",
        "1.3 R and statistics",
    ]
    related = at["1.2 Related software and documentation"]
    assert text[related.start :].split("\n")[1].startswith("R can be regarded")
    stats = at["1.3 R and statistics"]
    assert text[stats.start :].split("\n")[1].startswith("Our introduction")
    assert not any(t.startswith("1.") for t in _titles(R_BODY))
    # The one line naming 1.2 (its heading missing) continues a sentence: no section.
    wrapped = body.replace("1.2 Related software and documentation\nR can", "R can")
    assert "1.2 Related software and documentation" not in _titles(R_CONTENTS + wrapped)


DEB_CONTENTS = (
    "Contents\n\n"
    f"5.7 Split of a Debian binary package{LEADER} 31\n"
    f"5.8 debian/changelog{LEADER} 33\n"
    f"5.9 debian/copyright{LEADER} 34\n"
    f"5.10 debian/patches/*{LEADER} 34\n\n\n\n"
)
DEB_BODY = (
    "5.7\n\nSplit of a Debian binary package\n\n"
    "For well behaving build systems, the split of a Debian binary package into small ones "
    "can be realized as\nfollows.\n\n"
    "5.8. DEBIAN/CHANGELOG\n\n"
    "• “Architecture: any” package: depends on “Architecture: all” bar package\n\n"
    "5.8\n\ndebian/changelog\n\n"
    "The debian/changelog file records the Debian package history and defines the upstream "
    "package version and the\nDebian revision in its first line.\n\n"
    "5.9\n\ndebian/copyright\n\n"
    "Debian takes the copyright and license matters very seriously.\n\n"
    "5.10\n\ndebian/patches/*\n\n"
    "The -p1 patches in the debian/patches/ directory are applied in the sequence "
    "defined in the\ndebian/patches/series file.\n"
)


def test_glued_heading_number_and_title_on_lines_of_their_own():
    """Rule glued_heading: "5.8" / blank / "debian/changelog" is the section "5.8
    debian/changelog" its entry names; clause glued_running_head: the running head
    "5.8. DEBIAN/CHANGELOG" a page early is then no section. Before: the running head
    stood in for 5.8 and 5.7, 5.9 and 5.10 were lost."""
    titles = _titles(DEB_CONTENTS + DEB_BODY)
    assert titles == [
        "5.7 Split of a Debian binary package",
        "5.8 debian/changelog",
        "5.9 debian/copyright",
        "5.10 debian/patches/*",
    ]


def test_glued_entry_line_a_line_with_a_page_number_is_no_heading():
    """Clause glued_entry_line: a line ending in a number its entry does not have is
    an entry of a contents page ("1.2 Related software and documentation 2", the page
    number set after the title as R-intro's contents set it), not the section's
    heading; before, it was the section "1.2 Related software and documentation 2"."""
    body = R_BODY.replace(
        "1.2 Related software and documentation\n", "1.2 Related software and documentation 2\n"
    )
    titles = _titles(R_CONTENTS + body)
    assert not any(t.startswith("1.2") for t in titles)
    assert "1.3 R and statistics" in titles


# developers-reference 12.18 in French (Debian ``developers-reference``,
# ``developers-reference.fr.pdf`` through plain pdftotext): its contents as converted
# (a chapter's number and title on lines of their own, the page numbers after the
# entries; leader dots shortened), chapters 2-3 the same way under the running word
# "CHAPITRE", their sections glued to their first lines.
DOTS = " ." * 20
DEVREF = (
    "Table des matières\n\n1\n\nPortée de ce document\n\n3\n\n2\n\n"
    "Candidater pour devenir membre du projet\n"
    f"2.1 Entrée en matière{DOTS}\n"
    f"2.2 Mentors et parrains Debian{DOTS}\n\n5\n5\n\n3\n\n"
    "Devoirs du développeur Debian\n"
    f"3.1 Devoirs du responsable de paquet{DOTS}\n\n9\n\n\n\n"
    "CHAPITRE\n\n2\n\nCandidater pour devenir membre du projet\n\n"
    "2.1 Entrée en matière\n"
    "Vous avez lu toute la documentation, vous avez examiné le guide du nouveau "
    "responsable.\n\n"
    "2.2 Mentors et parrains Debian\n"
    "La liste de diffusion debian-mentors@lists.debian.org a été mise en place pour les "
    "responsables débutants.\n\n"
    "CHAPITRE\n\n3\n\nDevoirs du développeur Debian\n\n"
    "3.1 Devoirs du responsable de paquet\n"
    "En tant que responsable de paquet, vous êtes censé fournir des paquets de haute "
    "qualité.\n"
)


def test_glued_below_numbered_sections_rank_under_their_chapter():
    """Clause glued_below_numbered: "2.1 Entrée en matière" is a level below its chapter
    "2 Candidater pour devenir membre du projet" (a bare number and its title line,
    rank 40); ranked as a listed line (20) it stood above its own chapter."""
    sections = find_sections(normalize_text(DEVREF))[0]
    level = {s.title: s.level for s in sections}
    chapter = level["2 Candidater pour devenir membre du projet"]
    assert level["3 Devoirs du développeur Debian"] == chapter
    for title in ("2.1 Entrée en matière", "2.2 Mentors et parrains Debian"):
        assert level[title] > chapter
    assert level["3.1 Devoirs du responsable de paquet"] > chapter


# R-intro (-layout): chapters 2, 3, 5 set apart by a blank line, chapter 4 with its paragraph
# right under it, and their first sections (contents lines as the manual's, dots shortened).
FACTORS = (
    "Table of Contents\n\n"
    f"2      Simple manipulations; numbers and vectors{LEADER} 8\n"
    f"    2.1 Vectors and assignment{LEADER} 8\n"
    f"3      Objects, their modes and attributes{LEADER} 14\n"
    f"    3.1 Intrinsic attributes: mode and length{LEADER} 14\n"
    f"4      Ordered and unordered factors{LEADER} 17\n"
    f"    4.1 A specific example{LEADER} 17\n"
    f"    4.2 The function tapply() and ragged arrays{LEADER} 18\n"
    f"5      Arrays and matrices{LEADER} 20\n"
    f"    5.1 Arrays{LEADER} 20\n\n\n\n"
    "2 Simple manipulations; numbers and vectors\n\n"
    "2.1 Vectors and assignment\n"
    "R operates on named data structures. The simplest such structure is the numeric "
    "vector,\nwhich is a single entity consisting of an ordered collection of numbers.\n\n\n\n"
    "3 Objects, their modes and attributes\n\n"
    "3.1 Intrinsic attributes: mode and length\n"
    "The entities R operates on are technically known as objects. Examples are vectors of "
    "numeric\n(real) or complex values, vectors of logical values and vectors of character "
    "strings.\n\n\n\n"
    "4 Ordered and unordered factors\n"
    "A factor is a vector object used to specify a discrete classification (grouping) of "
    "the compo-\nnents of other vectors of the same length. R provides both ordered and "
    "unordered factors.\n\n"
    "4.1 A specific example\n"
    "Suppose, for example, we have a sample of 30 tax accountants from all the states and\n"
    "territories of Australia.\n\n"
    "4.2 The function tapply() and ragged arrays\n"
    "To continue the previous example, suppose we have the incomes of the same tax "
    "accountants\nin another vector (in suitably large units of money)\n\n\n\n"
    "5 Arrays and matrices\n\n"
    "5.1 Arrays\n"
    "An array can be considered as a multiply subscripted collection of data entries, for "
    "example\nnumeric.\n"
)


def test_glued_heading_a_chapter_line_over_its_paragraph():
    """Rule glued_heading: "4 Ordered and unordered factors" with its paragraph right
    under it is a chapter at the level of chapters 2, 3 and 5 (set apart by a blank
    line, found by the chapter rules), its sections 4.1 and 4.2 at the level of 3.1;
    before, chapter 4, 4.1 and 4.2 were lost (their text went to 3.1)."""
    level = {s.title: s.level for s in find_sections(normalize_text(FACTORS))[0]}
    assert (
        level["4 Ordered and unordered factors"] == level["3 Objects, their modes and attributes"]
    )
    assert level["4.1 A specific example"] == level["3.1 Intrinsic attributes: mode and length"]
    assert level["4.2 The function tapply() and ragged arrays"] == level["4.1 A specific example"]
    assert (
        level["5.1 Arrays"]
        == level["2.1 Vectors and assignment"]
        == level["3.1 Intrinsic attributes: mode and length"]
    )


def test_glued_footer_form_the_section_starts_at_its_heading_not_a_page_foot():
    """Clause glued_footer_form: developers-reference fr (plain pdftotext) sets the
    section's heading "2.3 Enregistrement comme responsable Debian" over its first
    paragraph and, at the foot of the page, the running foot "2.3. Enregistrement comme
    responsable Debian" (the number with a dot) over the page number. Before, the rising
    run kept the last of the two lines, so section 2.3 began at the page foot and its
    first paragraph ("Avant de décider ...") ended section 2.2. The page as
    ``transforms.clean`` leaves it (page numbers and the foot "Debian Developer's
    Reference, Version 12.18" gone: the two running lines meet)."""
    text = DEVREF.replace(
        f"2.2 Mentors et parrains Debian{DOTS}\n\n5\n5\n",
        f"2.2 Mentors et parrains Debian{DOTS}\n"
        f"2.3 Enregistrement comme responsable Debian{DOTS}\n\n5\n5\n6\n",
    ).replace(
        "CHAPITRE\n\n3\n",
        "2.3 Enregistrement comme responsable Debian\n"
        "Avant de décider de devenir responsable Debian, il vous faudra lire toute la "
        "documentation disponible.\n"
        "Vous êtes bien préparé, vous gagnerez beaucoup de temps plus tard.\n\n"
        "2.3. Enregistrement comme responsable Debian\n"
        "Chapitre 2. Candidater pour devenir membre du projet\n\n"
        "CHAPITRE\n\n3\n",
    )
    text = normalize_text(text)
    secs = find_sections(text)[0]
    (sec,) = [s for s in secs if s.title.startswith("2.3")]
    assert text[sec.start : sec.end].startswith(
        "2.3 Enregistrement comme responsable Debian\nAvant de décider"
    )
    (before,) = [s for s in secs if s.title.startswith("2.2")]
    assert "Avant de décider" not in text[before.start : before.end]
