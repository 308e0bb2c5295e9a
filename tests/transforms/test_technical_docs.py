"""Session 15 rules for technical documents, on the texts Debian ships: rule
``letter_appendix`` (``transforms.headings``: "Appendix\xa0A." heads A.1-A.3
of the Debian Reference and maint-guide), clauses ``numbered_question``,
``named_twice`` and ``own_list`` of the contents rules (``entry_rest``: test_contents_entry_rest.py) and clause
``decimal_run`` of ``line_marks.numbered_items`` (the Debian FAQ 11.1, whose
headings are questions: "1.1. What is this FAQ?").

Each test fails with its rule or clause taken out (checked by reverting it).
"""

from tests.transforms.test_technical_headings import PERMISSIONS, _clean
from transforms.sections import find_headings, find_sections

# debian-reference-en 2.100: the contents' last entries and the appendix up to
# A.2's first paragraph, as shipped (NBSPs kept).
REFERENCE_APPENDIX = """Table of Contents

12. Programming
    12.1. The shell script
A. Appendix
    A.1. The Debian maze
    A.2. Copyright history


Chapter\xa012.\xa0Programming

    I provide some pointers for people to learn programming on the
    Debian system enough to trace the packaged source code.

12.1.\xa0The shell script

    Shell script is a text file with the execution bit set and contains
\xa0\xa0\xa0 the commands in the following format.

Appendix\xa0A.\xa0Appendix

\xa0\xa0\xa0 Here are backgrounds of this document.

A.1.\xa0The Debian maze

    The Linux system is a very powerful computing platform for a
    networked computer. However, learning how to use all its
\xa0\xa0\xa0 capabilities is not easy. Setting up the LPR printer queue with a
    non-PostScript printer was a good example of stumble points.
    (There are no issues anymore since newer installations use the
    new CUPS system.)

A.2.\xa0Copyright history

    The Debian Reference was initiated by me, Osamu Aoki <osamu at
\xa0\xa0\xa0 debian dot org>, as a personal system administration memo. Many
    contents came from the knowledge I gained from the debian-user
    mailing list and other Debian resources.
"""


def _levels(text):
    return [(s.level, s.title) for s in find_sections(_clean(text))[0] if s.title]


def test_letter_appendix_heads_its_sections():
    # Rule letter_appendix: "Appendix A." is a keyword heading numbered 1 in a
    # letter series; decimal_levels nests "A.1." under it as "12.1." under 12.
    assert _levels(REFERENCE_APPENDIX) == [
        (1, "Chapter 12. Programming"),
        (2, "12.1. The shell script"),
        (1, "Appendix A. Appendix"),
        (2, "A.1. The Debian maze"),
        (2, "A.2. Copyright history"),
    ]


def test_appendix_letters_and_mentions():
    # A letter series of its own ("Appendix C" is no Roman 100 after "Appendix
    # B"), in capitals too; a mention in prose is no heading.
    body = "\n\n" + "The tables of this part are set out below with their notes. " * 4 + "\n\n"
    text = "".join(f"APPENDIX {x}: Tables {x}{body}" for x in "ABC")
    text += "Appendix B, which lists the tables, comes first.\n\nAppendix A of the book.\n"
    heads = [s.title for s in find_sections(text)[0] if s.title]
    assert heads == ["APPENDIX A: Tables A", "APPENDIX B: Tables B", "APPENDIX C: Tables C"]


# debian-faq 11.1 (debian-faq.en.txt): chapter 1's contents, the last entry
# of the list, then the body after one blank line, as shipped.
FAQ = """Table of Contents

1. Definitions and overview
    1.1. What is this FAQ?
    1.2. What is Debian GNU/Linux?
    1.3. OK, now I know what Debian is... what is Linux?!
16. General information about the FAQ
    16.4. Document format

Chapter\xa01.\xa0Definitions and overview

1.1.\xa0What is this FAQ?

    This document gives frequently asked questions (with their
    answers!) about the Debian distribution (Debian GNU/Linux and
    others) and about the Debian project. If applicable, pointers to
    other documentation will be given: we won't quote large parts of
\xa0\xa0\xa0 external documentation in this document.

1.2.\xa0What is Debian GNU/Linux?

\xa0\xa0\xa0 Debian GNU/Linux is a particular distribution of the Linux
    operating system, and numerous packages that run on it.

1.3.\xa0OK, now I know what Debian is... what is Linux?!

    In short, Linux is the kernel of a Unix-like operating system. It
    was originally designed for 386 (and better) PCs; today Linux also
    runs on a dozen of other systems.
"""


def test_faq_questions_are_headings_under_their_chapter():
    # Clause numbered_question: a line the contents name that opens with
    # "1.1. " is a heading even as a question; clause named_twice: the list
    # ends at "Chapter 1." (named already as "1. Definitions and overview"),
    # so the chapter and 1.1 are no list entries.
    assert _levels(FAQ) == [
        (1, "Chapter 1. Definitions and overview"),
        (2, "1.1. What is this FAQ?"),
        (2, "1.2. What is Debian GNU/Linux?"),
        (2, "1.3. OK, now I know what Debian is... what is Linux?!"),
    ]


# debian-faq 11.1: the contents' entries 3.1.10 to 3.1.13 (wrapped, each
# continuation ending in "?") and the body of 3.1.12 and 3.1.13, shortened.
FAQ_3_1 = """Table of Contents

3. Choosing a Debian distribution
    3.1. Which Debian distribution (stable/testing/unstable) is
    better for me?
        3.1.10. I have a working Desktop/cluster with Debian
        installed. How do I know which distribution I am running?
        3.1.11. I am currently tracking stable. Can I change to
        testing or unstable? If so, how?
        3.1.12. I am currently tracking testing (bookworm). What will
        happen when a release is made? Will I still be tracking
        testing or will my machine be running the new stable
        distribution?
        3.1.13. I am still confused. What did you say I should
        install?

Chapter\xa03.\xa0Choosing a Debian distribution

    While there are many paths to Debian, the choice of a
    distribution matters: each has its own users and purpose.

3.1.12.\xa0I am currently tracking testing (bookworm). What will happen
when a release is made? Will I still be tracking testing or will my
machine be running the new stable distribution?

    It depends on the entries in the /etc/apt/sources.list file. If
\xa0\xa0\xa0 you are currently tracking testing, these entries are similar to
    either the name of the distribution or its codename.

3.1.13.\xa0I am still confused. What did you say I should install?

\xa0\xa0\xa0 If unsure, the best bet would be the stable distribution.
"""


def test_long_numbered_entries_stay_in_the_list():
    # Clause numbered_question: the 185-character entry 3.1.12 (over MAX_LINE)
    # does not end the contents list, and its heading is one.
    titles = [t for _, t in _levels(FAQ_3_1)]
    assert titles[0] == "Chapter 3. Choosing a Debian distribution"
    assert titles[1].startswith("3.1.12. I am currently tracking testing (bookworm).")
    assert titles[2] == "3.1.13. I am still confused. What did you say I should install?"


def test_decimal_items_keep_their_lines():
    # Clause decimal_run: "3.1.11. " after "3.1.10. ..." opens its own line in
    # the clean text even after a line ending in "?".
    lines = _clean(FAQ_3_1).split("\n")
    assert any(x.strip().startswith("3.1.11. I am currently tracking stable.") for x in lines)
    assert not any("running? 3.1.11." in x for x in lines)


# FHS 3.0 (debian-policy's fhs-3.0.txt), shortened: the full contents (chapters
# 4 and 7), then chapter 4 with its own contents, whose entry "4.7. ...
# (optional)" the full list writes without "(optional)", and chapter 7.
FHS = """   Table of Contents

   4. The /usr Hierarchy

        4.6. /usr/lib : Libraries for programming and packages

              4.6.1. Purpose

        4.7. /usr/libexec : Binaries run by other programs

              4.7.1. Purpose

   7. Appendix

        7.6. Contributors

Chapter 4. The /usr Hierarchy

   Table of Contents

   4.6. /usr/lib : Libraries for programming and packages

        4.6.1. Purpose

   4.7. /usr/libexec : Binaries run by other programs (optional)

        4.7.1. Purpose

4.6. /usr/lib : Libraries for programming and packages

4.6.1. Purpose

   /usr/lib includes object files and libraries. On some
   systems, it may also include internal binaries that are not
   intended to be executed directly by users or shell scripts.

4.7. /usr/libexec : Binaries run by other programs (optional)

4.7.1. Purpose

   /usr/libexec includes internal binaries that are not intended
   to be executed directly by users or shell scripts. Applications
   may use a single subdirectory under /usr/libexec.

Chapter 7. Appendix

7.6. Contributors

   Brandon S. Allbery John A. Martin     Mike Sangrey
   Keith Bostic       Ian McCloghrie     David H. Silber
   Drew Eckhardt      Chris Metcalf      Thomas Sippel-Dau
"""


def test_an_entry_hangs_from_an_entry_of_its_own_list():
    # Clause own_list: "4.7. ... (optional)", first listed by chapter 4's own
    # contents at its top level, hangs from no entry of the full contents
    # ("7.6. Contributors", listed last there): under chapter 4, over 4.7.1.
    # 4.6 and 4.6.1, one blank line under chapter 4's list, were read as part
    # of it until session 16's clause numbered_twice (test_chapter_contents.py).
    assert _levels(FHS) == [
        (1, "Chapter 4. The /usr Hierarchy"),
        (2, "4.6. /usr/lib : Libraries for programming and packages"),
        (3, "4.6.1. Purpose"),
        (2, "4.7. /usr/libexec : Binaries run by other programs (optional)"),
        (3, "4.7.1. Purpose"),
        (1, "Chapter 7. Appendix"),
        (2, "7.6. Contributors"),
    ]


# A paper converted from PDF to Markdown (docling: every heading "##"; "Block-
# Biased Mamba for Long-Range Sequence Processing", its appendix B), shortened.
PAPER = """## 3 A single-layer Mamba is not a universal approximator

A universal approximation theorem (UAT) characterizes the expressive power of neural networks.

## B Proofs of UAT and non-UAT results

In this section, we prove all technical results related to UATs presented in section 3 and 6.

## B.1 Proof of Theorem 1

To prove that such a G is not a universal approximator, we will see that an S6 model ties the matrices.
"""


def test_flat_markdown_headings_nest_by_their_numbers():
    # Rule decimal_levels with clause md_levels: all numbered headings at one
    # Markdown level, so the numbers are the outline, and a letter followed by
    # a title ("B Proofs") numbers the appendix "B.1" continues.
    assert _levels(PAPER) == [
        (1, "3 A single-layer Mamba is not a universal approximator"),
        (1, "B Proofs of UAT and non-UAT results"),
        (2, "B.1 Proof of Theorem 1"),
    ]


# The outline of a course README (HKU DASC 7606 assignment 1: "# 1 Introduction",
# "## 1.1 Background: Image Classification", ...), with a third-level number its
# author set at "##" beside 1.1 (constructed: no Markdown file on this machine
# has a number that disagrees with its level).
README = """# 1 Introduction

Image classification is a fundamental problem in computer vision.

## 1.1 Background: Image Classification

The goal is to develop a model that can identify and classify images.

## 1.1.1 Datasets

The categories can be objects, actions, or scenes.

### Notes

Use the provided splits only.

# 2 Setup
"""


def test_markdown_levels_of_the_author_win():
    # Clause md_levels: the numbered headings stand at "#" and "##", so the
    # author's levels are the outline: "## 1.1.1" is a sibling of "## 1.1".
    assert _levels(README) == [
        (1, "1 Introduction"),
        (2, "1.1 Background: Image Classification"),
        (2, "1.1.1 Datasets"),
        (3, "Notes"),
        (1, "2 Setup"),
    ]


# A README that does not fence its commands (nodejs-tutorial-assignment1 on
# GitHub), shortened, with the blank line between its last command and
# "# Design" taken out (no such README was found as written).
NODE_README = """# nodejs-tutorial-assignment1

This project converts customer data from csv format to json.

# Usage

$ npm i csv2json
$ node csv2json
# Design

* Converts from CSV to JSON using the csvtojson package.
* Converted records are stored in an array via the 'json' event.

# Evolution

In my first cut I added each record to a string buffer in the 'json' event.
"""


def test_a_heading_right_under_a_command_stays_a_heading():
    # Clause heading_after_command of rule prompt_run: a capitalised "# Design"
    # with a blank line under it heads what follows; the Debian Reference's
    # prompts at the margin beside it stay commands (and, among so many
    # prompts, so does the lower-case "# nodejs-tutorial-assignment1").
    titles = [h.title for h in find_headings(NODE_README + _clean(PERMISSIONS))]
    assert titles == ["Usage", "Design", "Evolution"]


# debian-faq-de 11.1 (debian-faq.de.txt): the contents' first entries, its last
# entry, and the body up to 1.2's first sentence, as shipped (NBSPs kept).
FAQ_DE = """Inhaltsverzeichnis

1. Definitionen und Überblick
    1.1. Was ist diese FAQ?
    1.2. Was ist Debian GNU/Linux?
16. Allgemeine Informationen über die FAQ
    16.4. Dokumentenformat

Kapitel 1. Definitionen und Überblick

1.1. Was ist diese FAQ?

    Dieses Dokument enthält häufig gestellte Fragen (sowie deren
    Antworten!) über die Debian-Distribution (Debian GNU/Linux und
    andere) und das Debian-Projekt. Wenn möglich, wird auf andere
    Dokumentation verwiesen; wir vermeiden es, größere Abschnitte
\xa0\xa0\xa0 externer Dokumentation in diesem Dokument wiederzugegeben.

1.2. Was ist Debian GNU/Linux?

    Debian GNU/Linux ist eine bestimmte Distribution des
\xa0\xa0\xa0 Linux-Betriebssystems und zahlreicher Pakete, die darunter
    laufen.
"""


def test_a_german_contents_list_names_its_headings():
    # Clause european_openers: "Inhaltsverzeichnis" opens the list as
    # "Contents" does, so "1.1. Was ist diese FAQ?" is a heading it names, and
    # (named_twice, with the German keyword) "Kapitel 1." ends the list.
    assert _levels(FAQ_DE) == [
        (1, "Kapitel 1. Definitionen und Überblick"),
        (2, "1.1. Was ist diese FAQ?"),
        (2, "1.2. Was ist Debian GNU/Linux?"),
    ]
