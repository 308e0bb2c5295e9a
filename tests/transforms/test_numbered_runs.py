"""Rule ``numbered_run`` (``transforms.numbered_runs``, session 23): numbered sections of a
manual whose contents list is not found.

Real text: "R FAQ" (R 4.2.2, Debian ``r-doc-pdf``, ``R-FAQ.pdf`` through ``pdftotext``
without -layout, poppler 22.12): sections 1-2.3 with their first lines, the page foot
"Chapter 1: Introduction" and page numbers as the text sets them (long lines shortened
to their first sentence). Its contents list is not taken (its numbers stand apart from
its titles), so only the numbering is evidence. "Libtasn1" manual (4.19, Debian
``libtasn1-doc``, ``libtasn1.pdf``, plain pdftotext): chapter 2's sections and the
numbered sections of its appendix's GNU Free Documentation License. "Debian Developer's
Reference" fr (``developers-reference-fr``, -layout): a page's "2   Table des matières".
"""

from __future__ import annotations

from transforms.normalize import normalize_text
from transforms.sections import find_sections

R_FAQ = (
    "1\n\n"
    "1 Introduction\n"
    "This document contains answers to some of the most frequently asked questions about R.\n\n"
    "1.1 Legalese\n"
    "Copyright c 1998–2020 Kurt Hornik\n"
    "Copyright c 2021–2022 R Core Team\n"
    "This document is free software; you can redistribute it and/or modify it under the terms\n"
    "of the GNU General Public License as published by the Free Software Foundation; either\n"
    "version 2, or (at your option) any later version.\n\n"
    "1.2 Obtaining this document\n"
    "The latest version of this document is always available from\n"
    "https://CRAN.R-project.org/doc/FAQ/\n\n"
    "1.3 Citing this document\n"
    "In publications, please refer to this FAQ as Hornik and R Core Team (2022), “The R FAQ”,\n"
    "and give the above, official URL:\n\n"
    "1.4 Notation\n"
    "Everything should be pretty standard. ‘R>’ is used for the R prompt, and a ‘$’ for the shell\n"
    "prompt (where applicable).\n\n"
    "Chapter 1: Introduction\n\n"
    "2\n\n"
    "1.5 Feedback\n"
    "Feedback via email to R-devel@R-project.org is most welcome.\n\n"
    "3\n\n"
    "2 R Basics\n"
    "2.1 What is R?\n"
    "R is a system for statistical computation and graphics. It consists of a language plus a\n"
    "run-time environment with graphics, a debugger, access to certain system functions, and\n"
    "the ability to run programs stored in script files.\n\n"
    "2.2 What machines does R run on?\n"
    "R is being developed for the Unix-like, Windows and Mac families of operating systems.\n"
    "Support for Mac OS Classic ended with R 1.7.1.\n\n"
    "2.3 What is the current version of R?\n"
    "R uses a ‘major.minor.patchlevel’ numbering scheme. Based on this, there are the current\n"
    "release version of R (‘r-release’) as well as two development versions of R.\n"
)
R_FAQ_SECTIONS = [
    "1 Introduction",
    "1.1 Legalese",
    "1.2 Obtaining this document",
    "1.3 Citing this document",
    "1.4 Notation",
    "1.5 Feedback",
    "2 R Basics",
    "2.1 What is R?",
    "2.2 What machines does R run on?",
    "2.3 What is the current version of R?",
]


def _sections(text: str):
    return find_sections(normalize_text(text))[0]


def test_numbered_run_sections_without_a_contents_list_are_found():
    """Rule numbered_run: the R FAQ's sections, no contents list taken, are found from
    their numbering alone, 2.x below 2; before, none was (a numbered line with text
    right under it is no candidate, and nothing confirmed "1.4 Notation" over a blank)."""
    sections = _sections(R_FAQ)
    numbered = [s for s in sections if s.title[:1].isdigit() and " " in s.title]
    assert [s.title for s in numbered] == R_FAQ_SECTIONS
    level = {s.title: s.level for s in numbered}
    assert level["2.1 What is R?"] == level["2 R Basics"] + 1
    assert level["1.4 Notation"] == level["1.1 Legalese"] == level["1 Introduction"] + 1
    at = {s.title: s for s in sections}
    text = normalize_text(R_FAQ)
    body = text[
        at["2.2 What machines does R run on?"].start : at["2.2 What machines does R run on?"].end
    ]
    assert "Support for Mac OS Classic ended with R 1.7.1." in body
    assert "2.3 What is the current" not in body


def test_run_running_head_a_page_foot_repeating_a_chapter_is_no_section():
    """Clause run_running_head: the page foot "Chapter 1: Introduction" between 1.4 and
    1.5 is the chapter's running head, not a section; as a keyword heading it cut 1.4
    short and stood over 1.5 as a chapter of its own."""
    sections = _sections(R_FAQ)
    assert "Chapter 1: Introduction" not in [s.title for s in sections]
    notation = next(s for s in sections if s.title == "1.4 Notation")
    feedback = next(s for s in sections if s.title == "1.5 Feedback")
    assert notation.end == feedback.start


LIBTASN1 = (
    "2 ASN.1 structure handling\n"
    "2.1 ASN.1 syntax\n"
    "The parser is case sensitive. The comments begin with -- and end either with another --, or\n"
    "at the end of the respective line, whichever comes first.\n\n"
    "2.2 Naming\n"
    "With this release of the library, if you define elements with the same name in the same\n"
    "ASN.1 file, you will have an error.\n\n"
    "2.3 Simple parsing\n"
    "For simple types like OCTET STRING the simple parsing functions listed below may be used\n"
    "instead.\n\n"
    "2.4 Library Notes\n"
    "The header file of this library is libtasn1.h.\n\n"
    "2.5 Future developments\n"
    "1. type REAL\n\n"
    "3 Utilities\n"
    "3.1 Invoking asn1Parser\n"
    "asn1Parser reads a single file with ASN.1 definitions and generates a file with an array\n"
    "of ASN1_ARRAY_TYPE elements.\n\n"
    "4 Function reference\n"
    "4.1 ASN.1 schema functions\n"
    "The following functions parse ASN.1 schema files.\n\n"
    "Appendix A Copying Information\n\n"
    "5. COMBINING DOCUMENTS\n"
    "You may combine the Document with other documents released under this License, under\n"
    "the terms defined in section 4 above for modified versions.\n\n"
    "6. COLLECTIONS OF DOCUMENTS\n"
    "You may make a collection consisting of the Document and other documents released under\n"
    "this License.\n\n"
    "7. AGGREGATION WITH INDEPENDENT WORKS\n"
    "A compilation of the Document or its derivatives with other separate and independent\n"
    "documents or works, in or on a volume of a storage or distribution medium.\n\n"
    "8. TRANSLATION\n"
    "Translation is considered a kind of modification, so you may distribute translations of\n"
    "the Document under the terms of section 4.\n"
)


def test_run_one_form_a_chain_does_not_run_on_into_another_numbering():
    """Clause run_one_form: libtasn1's sections "2.1 ASN.1 syntax" ... "4.1" are found,
    and the licence's "5. COMBINING DOCUMENTS" (another numbering, "N." with a dot) is not
    taken as the manual's chapter 5: without the clause the chain ran on from "4
    Function reference" into "5." ... "8." and those became sections under Appendix A's
    manual numbering (before this rule none of them was a section)."""
    titles = [s.title for s in _sections(LIBTASN1)]
    assert "2.3 Simple parsing" in titles and "4.1 ASN.1 schema functions" in titles
    assert not any(t.startswith(("5.", "6.", "7.", "8.")) for t in titles)


DEVREF = (
    "CHAPITRE 1\n\n"
    "Portée de ce document\n\n"
    "Le but de ce document est de fournir une vue d'ensemble des procédures recommandées et\n"
    "des ressources disponibles pour les développeurs Debian.\n\n"
    "2 Table des matières\n"
    "Les procédures discutées ici incluent comment devenir membre.\n\n"
    "CHAPITRE 2\n\n"
    "Candidater pour devenir membre du projet\n\n"
    "2.1 Entrée en matière\n"
    "Alors, vous avez tout lu, et vous voulez désormais devenir un développeur Debian.\n\n"
    "2.2 Mentors et parrains Debian\n"
    "La liste de diffusion debian-mentors a été créée pour les développeurs débutants.\n\n"
    "2.3 Enregistrement comme responsable Debian\n"
    "Avant de décider de vous enregistrer, vous devriez lire la documentation.\n\n"
    "CHAPITRE 3\n\n"
    "Devoirs du responsable Debian\n\n"
    "3.1 Devoirs du responsable de paquet\n"
    "En tant que responsable de paquet, vous êtes censé fournir des paquets de qualité.\n\n"
    "3.2 Devoirs administratifs\n"
    "Un projet de la taille de Debian repose sur une infrastructure administrative.\n"
)


def test_run_keyword_chapter_a_page_number_over_a_running_head_is_no_chapter():
    """Clause run_keyword_chapter: where "CHAPITRE 2" heads chapter 2, the page line "2
    Table des matières" (page number and running head, developers-reference fr with
    -layout, the paragraph put under it here) is no chapter "2"; the sections 2.1-3.2
    are found and nest under their keyword chapters."""
    sections = _sections(DEVREF)
    titles = [s.title for s in sections]
    assert "2 Table des matières" not in titles
    assert "2.1 Entrée en matière" in titles and "3.2 Devoirs administratifs" in titles
    level = {s.title: s.level for s in sections}
    chapter = next(t for t in titles if t.startswith("CHAPITRE 2"))
    assert level["2.1 Entrée en matière"] == level[chapter] + 1


# "Debian Developer's Reference" (developers-reference 12.18, its text form
# /usr/share/doc/developers-reference/developers-reference.txt): Sphinx's underlined
# headings, chapter "*", section "=", subsection "-", first lines shortened.
DEVREF_TEXT = "".join(
    f"{title}\n{mark * len(title)}\n\n{first}\n\n"
    for title, mark, first in [
        ("Debian Developer's Reference", "*", "Developer's Reference Team"),
        ("1. Scope of This Document", "*", "The purpose of this document is to provide an"),
        ("2. Applying to Become a Member", "*", "Debian welcomes its new members."),
        ("2.1. Getting started", "=", "So, you've read all the documentation, you've gone"),
        ("2.2. Debian mentors and sponsors", "=", "The mailing list has been set up for"),
        ("2.3. Registering as a Debian member", "=", "Before you decide to register with"),
        ("3. Debian Developer's Duties", "*", "The duties of a Debian member follow."),
        ("3.1. Package Maintainer's Duties", "=", "As a package maintainer, you're supposed"),
        ('3.1.1. Work towards the next "stable" release', "-", "Providing high-quality"),
        ('3.1.2. Maintain packages in "stable"', "-", "Most of the package maintainer's"),
    ]
)


def test_run_taken_lines_underlined_headings_keep_their_levels():
    """Clause run_taken_lines: the developers-reference's text form underlines its
    numbered headings; rule numbered_run found the same lines and, replacing them, set
    every chapter below the document's title (level 4 in the whole manual, was 1). Where
    another rule took most members, the numbering adds nothing."""
    sections = _sections(DEVREF_TEXT)
    level = {s.title: s.level for s in sections}
    assert level["1. Scope of This Document"] == level["Debian Developer's Reference"]
    assert level["2.1. Getting started"] == level["2. Applying to Become a Member"] + 1
    assert level['3.1.1. Work towards the next "stable" release'] == 3


# Mozilla Public License 2.0 (the LICENSE.txt of the hypothesis wheel): numbered
# definitions and numbered paragraphs of legal text between its titled sections.
MPL = "".join(
    f"{head}\n{body}\n\n"
    for head, body in [
        ("1. Definitions\n--------------", ""),
        ('1.1. "Contributor"', "    means each individual or legal entity that creates."),
        ('1.2. "Contributor Version"', "    means the combination of the Contributions."),
        ("2. License Grants and Conditions\n--------------------------------", ""),
        ("2.1. Grants", "Each Contributor hereby grants You a world-wide, royalty-free license."),
        ("2.2. Effective Date", "The licenses granted in Section 2.1 become effective."),
        ("2.3. Limitations on Grant Scope", "The licenses granted in this Section 2 are the only."),
        ("3. Responsibilities\n-------------------", ""),
        ("3.1. Distribution of Source Form", "All distribution of Covered Software in Source."),
        ("5. Termination\n--------------", ""),
        (
            "5.1. The rights granted under this License will terminate automatically\n"
            "if You fail to comply with any of its terms.",
            "",
        ),
        (
            "5.2. If You initiate litigation against any entity by asserting a patent\n"
            "infringement claim, then the rights granted to You shall terminate.",
            "",
        ),
    ]
)


def test_numbered_run_takes_no_numbered_definition_or_legal_paragraph():
    """Rule numbered_run: the licence's titled sections "2.1. Grants" ... are found (as
    in the risk check), its numbered definitions ('1.1. "Contributor"', a quote first)
    and numbered paragraphs ("5.1. The rights granted ...", a sentence running on in
    lower case) are not, and stay in their chapters' text."""
    sections = _sections(MPL)
    titles = [s.title for s in sections]
    assert "2.1. Grants" in titles and "3.1. Distribution of Source Form" in titles
    assert not any(t.startswith(("1.1.", "1.2.", "5.1.", "5.2.")) for t in titles)
    text = normalize_text(MPL)
    termination = next(s for s in sections if s.title == "5. Termination")
    assert "5.2. If You initiate litigation" in text[termination.start : termination.end]
