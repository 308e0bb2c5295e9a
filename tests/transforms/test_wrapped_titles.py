"""A numbered heading's title wrapped onto a second line (``transforms.wrapped_titles``,
session 24): clauses ``run_wrapped_title`` (rule ``numbered_run``, no contents list) and
``glued_wrapped_title`` (rule ``glued_heading``, the list names both lines).

Real text: "R FAQ" (R 4.2.2, Debian ``r-doc-pdf``, ``R-FAQ.pdf`` through ``pdftotext``
without -layout, poppler 22.12): sections 7.29-7.35 and 8-8.2, each heading with the
first line(s) under it, as the text sets them (7.32 and 7.34 wrap their titles). "An
Introduction to R" (same package, ``R-intro.pdf``, ``pdftotext -layout``): the contents
lines of sections 11.6-11.8 (leader dots shortened) and the body's headings with their
first lines (11.7's title wraps onto "     models"). "Libtasn1" manual (4.19, Debian
``libtasn1-doc``, plain pdftotext): "4.1 ASN.1 schema functions" over a function's name
and prototype. "R Installation and Administration" (R 4.2.2, plain pdftotext): "B.1
Configuration options" over its first line.
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.contents import drop_lists, scan_lines
from transforms.contents_numbers import key
from transforms.normalize import normalize_text
from transforms.sections import find_sections
from transforms.wrapped_titles import title_rest

R_FAQ_7 = (
    "7.29 What is the difference between package and library?\n"
    "A package is a standardized collection of material extending R, e.g. providing code, "
    "data, or\ndocumentation. A library is a place (directory) where R knows to find "
    "packages it can use\n\n"
    "7.30 I installed a package but the functions are not there\n"
    "To actually use the package, it needs to be loaded using library().\n\n"
    "7.31 Why doesn’t R think these numbers are equal?\n"
    "The only numbers that can be represented exactly in R’s numeric type are integers "
    "and\nfractions whose denominator is a power of 2.\n\n"
    "7.32 How can I capture or ignore errors in a long\n"
    "simulation?\n"
    'Use try(), which returns an object of class "try-error" instead of an error, or '
    "preferably\ntryCatch(), where the return value can be configured more flexibly.\n\n"
    "7.33 Why are powers of negative numbers wrong?\n"
    "You are probably seeing something like\n"
    "R> -2^2\n"
    "[1] -4\n\n"
    "7.34 How can I save the result of each iteration in a loop\n"
    "into a separate file?\n"
    "One way is to use paste() (or sprintf()) to concatenate a stem filename and the "
    "iteration\nnumber while file.path() constructs the path.\n\n"
    "7.35 Why are p-values not displayed when using lmer()?\n"
    "Doug Bates has kindly provided an extensive response in a post to the r-help list, "
    "which\ncan be reviewed at https://stat.ethz.ch/pipermail/r-help/2006-May/094765.html.\n\n"
    "8 R Programming\n"
    "8.1 How should I write summary methods?\n"
    'Suppose you want to provide a summary method for class "foo". Then summary.foo()\n'
    "should not print anything.\n\n"
    "8.2 How can I debug dynamically loaded code?\n"
    "Roughly speaking, you need to start R inside the debugger, load the code, send an "
    "interrupt,\nand then set the required breakpoints.\n"
)

LEADER = " ." * 20
R_INTRO_CONTENTS = (
    "Table of Contents\n\n"
    f"11     Statistical models in R{LEADER} 55\n"
    f" 11.6 Generalized linear models{LEADER} 61\n"
    f"    11.6.1 Families{LEADER} 61\n"
    f"    11.6.2 The glm() function{LEADER} 62\n"
    f" 11.7 Nonlinear least squares and maximum likelihood models . . . . . . 64\n"
    f"    11.7.1 Least squares{LEADER} 65\n"
    f"    11.7.2 Maximum likelihood{LEADER} 66\n"
    f" 11.8 Some non-standard models{LEADER} 66\n\n\n\n"
)
R_INTRO_BODY = (
    "11 Statistical models in R\n"
    "This section presumes the reader has some familiarity with statistical methodology, "
    "in\nparticular with regression analysis and the analysis of variance.\n\n"
    "11.6 Generalized linear models\n"
    "Generalized linear modeling is a development of linear models to accommodate both "
    "non-\nnormal response distributions and transformations to linearity.\n\n"
    "11.6.1 Families\n"
    "The class of generalized linear models handled by facilities supplied in R includes "
    "gaus-\nsian, binomial, poisson, inverse gaussian and gamma response distributions.\n\n"
    "11.6.2 The glm() function\n"
    "Since the distribution of the response depends on the stimulus variables through a "
    "single\nlinear function only, the same mechanism can still be used.\n\n"
    "11.7 Nonlinear least squares and maximum likelihood\n"
    "     models\n"
    "Certain forms of nonlinear model can be fitted by Generalized Linear Models (glm()).\n"
    "But in the majority of cases we have to approach the nonlinear curve fitting problem "
    "as\none of nonlinear optimization.\n\n"
    "11.7.1 Least squares\n"
    "One way to fit a nonlinear model is by minimizing the sum of the squared errors (SSE) "
    "or\nresiduals.\n\n"
    "11.7.2 Maximum likelihood\n"
    "Maximum likelihood is a method of nonlinear model fitting that applies even if the "
    "errors\nare not normal.\n\n"
    "11.8 Some non-standard models\n"
    "We conclude this chapter with just a brief mention of some of the other facilities "
    "available\nin R for special regression and data analysis problems.\n"
)


def _found(text: str):
    text = normalize_text(text)
    sections, headings = find_sections(text)
    return text, sections, headings


def test_run_wrapped_title_joins_a_title_wrapped_onto_a_short_line():
    """Clause run_wrapped_title: "7.32 How can I capture or ignore errors in a long" /
    "simulation?" is one heading, its section's text starting at "Use try()"; before,
    the lower-case line read as a numbered paragraph that wraps and 7.32 and 7.34 were
    no sections (their text fell into 7.31 and 7.33)."""
    text, sections, headings = _found(R_FAQ_7)
    titles = [s.title for s in sections if s.title[:1].isdigit()]
    assert titles == [
        "7.29 What is the difference between package and library?",
        "7.30 I installed a package but the functions are not there",
        "7.31 Why doesn’t R think these numbers are equal?",
        "7.32 How can I capture or ignore errors in a long simulation?",
        "7.33 Why are powers of negative numbers wrong?",
        "7.34 How can I save the result of each iteration in a loop into a separate file?",
        "7.35 Why are p-values not displayed when using lmer()?",
        "8 R Programming",
        "8.1 How should I write summary methods?",
        "8.2 How can I debug dynamically loaded code?",
    ]
    at = {h.title: h for h in headings}
    h = at["7.32 How can I capture or ignore errors in a long simulation?"]
    assert text[h.start : h.end].endswith("long\nsimulation?")  # the heading spans both lines
    level = {s.title: s.level for s in sections}
    assert level[titles[3]] == level[titles[2]] == level[titles[5]] == level[titles[6]]
    assert level[titles[8]] == level["8 R Programming"] + 1
    # "7.30 ... are not there" (a long title ending in lower case) keeps its first line
    # under it: "To actually use ..." opens in a capital.
    after = text[at[titles[1]].end :].lstrip()
    assert after.startswith("To actually use the package")


def test_run_wrapped_title_takes_no_name_or_first_line_under_a_heading():
    """Clause run_wrapped_title: a function's name under a short title (libtasn1) and a
    first line that opens in lower case and runs on (R-admin's "configure has many
    options: running" / "./configure --help") are no rest of the title."""
    tasn = scan_lines(
        "4.1 ASN.1 schema functions\nasn1 parser2tree\n"
        "int asn1_parser2tree (const char * file, asn1_node * definitions, char * "
        "error_desc)\n"
    )
    assert title_rest(tasn, 0, "ASN.1 schema functions") is None
    admin = scan_lines("B.1 Configuration options\nconfigure has many options: running\n")
    assert title_rest(admin, 0, "Configuration options") is None
    faq = scan_lines(R_FAQ_7)
    i = faq.texts.index("7.32 How can I capture or ignore errors in a long")
    assert title_rest(faq, i, "How can I capture or ignore errors in a long") == i + 1


def test_glued_wrapped_title_the_list_names_both_lines():
    """Clause glued_wrapped_title: "11.7 Nonlinear least squares and maximum likelihood" /
    "     models" over its paragraph is the section the list names "11.7 Nonlinear least
    squares and maximum likelihood models . . . 64", with 11.7.1 and 11.7.2 one level
    under it; before, 11.7 was no section and 11.7.1 sat at 11.6's level."""
    _, sections, _ = _found(R_INTRO_CONTENTS + R_INTRO_BODY)
    level = {s.title: s.level for s in sections}
    title = "11.7 Nonlinear least squares and maximum likelihood models"
    assert title in level
    assert level[title] == level["11.6 Generalized linear models"]
    assert level["11.7.1 Least squares"] == level["11.6.1 Families"] == level[title] + 1
    assert level["11.7.2 Maximum likelihood"] == level[title] + 1


# "R FAQ" with pdftotext -layout: contents lines 7.16-7.20 (leader dots shortened), the
# body's 7.16-7.19 with their first lines; 7.18's entry and heading both wrap.
R_FAQ_CONTENTS = (
    "Table of Contents\n\n"
    f"    7.16 Why is the output not printed when I source() a file?{LEADER} 32\n"
    f"    7.17 Why does outer() behave strangely with my function?{LEADER} 33\n"
    "    7.18 Why does the output from anova() depend on the\n"
    f"      order of factors in the model?{LEADER} 33\n"
    f"    7.19 How do I produce PNG graphics in batch mode?{LEADER} 34\n"
    f"    7.20 How can I get command line editing to work?{LEADER} 34\n\n\n\n"
)
R_FAQ_LAYOUT = (
    "7.16 Why is the output not printed when I source() a file?\n"
    "Most likely, you expect to see the output of some expressions in a file you "
    "source.\n\n"
    "7.17 Why does outer() behave strangely with my function?\n"
    "As the help for outer() indicates, it does not work on arbitrary functions the way "
    "the\napply() family does.\n\n"
    "7.18 Why does the output from anova() depend on the\n"
    "     order of factors in the model?\n"
    "In a model such as ~A+B+A:B, R will report the difference in sums of squares between "
    "the\nmodels ~1, ~A, ~A+B and ~A+B+A:B.\n\n"
    "7.19 How do I produce PNG graphics in batch mode?\n"
    'Under a Unix-like, if your installation supports the type="cairo" option to the png()\n'
    "device there should be no problems.\n"
)


def test_entry_decimal_head_a_wrapped_entry_numbered_without_a_period():
    """Clause entry_decimal_head: the list's "7.18 Why does ... depend on the" / "order of
    factors in the model?. . . 33" is one entry (as "7.18. ..." was), so the body's
    heading over two lines is the section "7.18 ... in the model?"; before, the list held
    the first line as an entry of its own and the section's title was cut there."""
    _, sections, _ = _found(R_FAQ_CONTENTS + R_FAQ_LAYOUT)
    titles = [s.title for s in sections if s.title.startswith("7.")]
    assert titles == [
        "7.16 Why is the output not printed when I source() a file?",
        "7.17 Why does outer() behave strangely with my function?",
        "7.18 Why does the output from anova() depend on the order of factors in the model?",
        "7.19 How do I produce PNG graphics in batch mode?",
    ]


def test_rest_not_name_a_term_under_a_long_heading_is_no_title():
    """Clause rest_not_name: a definition list's term under a long numbered heading
    ("dpkg-deb" over its description, words of dpkg-deb(1): "packs, unpacks and
    provides information about Debian archives"; the heading lines are made up, in the
    R FAQ's form) is no rest of the title: without the clause the heading read "2.2
    Programs installed by the package on the system dpkg-deb". The R FAQ's rests stay."""
    para = (
        "This chapter describes the basic ideas behind the tool and what it is meant to\n"
        "do for the people who maintain packages, with examples of the usual tasks.\n"
    )
    parts = ["1 Introduction", "1.1 What the package does", "1.2 Where to get it"]
    parts += ["2 Installation", "2.1 Building the package from its source"]
    parts += [
        "2.2 Programs installed by the package on the system\ndpkg-deb\n"
        "Packs, unpacks and provides information about Debian archives.",
        "3 Configuration",
        "3.1 The configuration file",
    ]
    text = "Manual\n\n" + "".join(f"{p}\n{para}\n" for p in parts)
    _, sections, _ = _found(text)
    titles = [s.title for s in sections]
    assert not any("dpkg-deb" in t for t in titles)
    assert "2.1 Building the package from its source" in titles
    lines = scan_lines(text)
    i = lines.texts.index("2.2 Programs installed by the package on the system")
    assert title_rest(lines, i, "Programs installed by the package on the system") is None
    faq = scan_lines(R_FAQ_7)
    for first in ("7.32 How can I capture", "7.34 How can I save"):
        i = next(k for k, t in enumerate(faq.texts) if t.startswith(first))
        assert title_rest(faq, i, faq.texts[i].split(" ", 1)[1]) == i + 1


# Debian's "Developer's Reference" in French (developers-reference-fr 12.18, pdftotext,
# plain): the list's 5.15 entry lost its number to a line apart; leaders shortened.
DEVREF_FR = (
    "Table des matières\n\n"
    f"5.14.3 Mises à jour directes dans testing{LEADER}\n"
    f"5.14.4 Foire aux questions{LEADER}\n"
    "5.14.4.2 Comment l'installation d'un paquet dans testing peut-elle casser d'autres "
    "paquets ?\n"
    f"The Stable backports archive{LEADER}\n"
    f"5.15.1 Bases{LEADER}\n"
    f"5.15.2 Exception to the testing-first rule{LEADER}\n"
    f"5.15.3 Who can maintain packages in the stable-backports archive ?{LEADER}\n\n\n\n"
    "5.14.4.2 Comment l'installation d'un paquet dans testing peut-elle casser d'autres "
    "paquets ?\n"
    "La structure des archives de la distribution est faite de telle façon qu'elles ne "
    "peuvent contenir qu'une version d'un\npaquet ; un paquet est défini par son nom.\n\n"
    "5.15 The Stable backports archive\n"
    "5.15.1 Bases\n"
    "Once a package reaches the testing distribution, it is possible for anyone with upload "
    "rights in Debian (see below\nabout this) to build and upload a backport of that "
    "package to stable-backports.\n\n"
    "5.15.2 Exception to the testing-first rule\n"
    "The only exception to the above rule, is when there's an important security fix that "
    "deserves a quick upload : in such a\ncase, there is no need to delay an upload of the "
    "security fix to the stable-backports archive.\n\n"
    "5.15.3 Who can maintain packages in the stable-backports archive ?\n"
    "It is not necessarily up to the original package maintainer to maintain the "
    "stable-backports version of the package.\n"
)


def test_entry_decimal_head_not_over_an_entry_in_capitals():
    """Clause entry_decimal_head, its lower-case condition: "5.14.4.2 Comment ... casser
    d'autres paquets ?" over "The Stable backports archive . . ." (the next entry, its
    number on a line apart) are two entries; joined, the list named no "The Stable
    backports archive" and the manual lost its section 5.15 (review, session 24: the
    author checked this on the corpus only)."""
    text = normalize_text(DEVREF_FR)
    lines = scan_lines(text)
    _, found = drop_lists(lines, [])
    assert found.listed("The Stable backports archive") is not None
    assert key("5.15.1 Bases", numbering=True) in found.full


def test_run_wrapped_title_nothing_fires_on_chinese_lines():
    """Clause run_wrapped_title on Chinese (review, session 24): a line opening with a
    number in Debian's "Debian 新维护者手册" (maint-guide zh-cn, pdftotext) over the next
    line, Chinese or a command in lower case, is no wrapped title (Chinese has no case:
    the first line's title never ends in a lower-case letter)."""
    zh = scan_lines(
        "0.9.12 作为 上游版本。它们会被 debian/changelog 这个文件用到；第 4.3 节部分会详细描述"
        "这个文件。\n虽然此法在大部分情况下能显灵\n\n"
        "3.0 (quilt) 的源码中)，而不需要 quilt 软件包；不需要在 Build-Depends 中添加 quilt。\n"
        "quilt 命令在 quilt(1) 中有详细描述\n\n"
    )
    for i, t in enumerate(zh.texts):
        if t and t[0].isdigit():
            assert title_rest(zh, i, t.split(" ", 1)[1]) is None
    _, sections, _ = _found("\n".join(zh.texts))
    assert all("\n" not in s.title and "虽然" not in s.title for s in sections)


def test_run_list_items_wrapped_a_wrapped_step_is_no_chapter():
    """Clause run_list_items_wrapped: steps after a manual's last section, the last two
    wrapped onto a lower-case word (section titles of debmake-doc's "Guide for Debian
    Maintainers"; the steps in the form of its packaging workflow list, made up, without
    a final period): "5. Build the binary package with the debuild" / "command" had only
    the rests "directory" and "command" around it, no numbered neighbour, and ran on
    from "3.2." as a chapter "5. ... debuild command"."""
    para = (
        "The Debian packaging workflow to create a Debian binary package involves "
        "generating several\nspecifically named files as defined in the Debian Policy "
        "Manual.\n\n"
    )
    heads = ["1. Overview", "1.1. Prerequisites", "1.2. Tool Setups", "2. Basics"]
    heads += ["2.1. Packaging workflow", "2.2. Package name and version", "3. Options"]
    heads += ["3.1. Shortcut options", "3.2. Debmake examples"]
    steps = (
        "1. Download the upstream tarball of the package\n\n"
        "2. Untar the upstream tarball in a new directory\n\n"
        "3. Run the debmake command in the source tree\n\n"
        "4. Edit the generated template files in the debian\ndirectory\n\n"
        "5. Build the binary package with the debuild\ncommand\n\n"
    )
    text = "Guide for Debian Maintainers\n\n" + "".join(f"{h}\n{para}" for h in heads)
    _, sections, _ = _found(text + steps + para)
    titles = [s.title for s in sections if s.title]
    assert titles == heads


def test_run_list_items_wrapped_a_first_line_in_lower_case_is_no_rest():
    """Clause run_list_items_wrapped takes the line above as an item's rest only in the
    shape of one: R's FAQ (plain pdftotext) opens 7.2's text in lower case ("save.image()
    saves ..."); taken as a rest, 7.3 read as a list item of 7.2 and the chain lost 35 of
    the FAQ's sections (review's first version). (7.2 itself is missed, before the
    branch too: its lower-case first line reads as its paragraph going on.)"""
    faq = (
        "7 R Miscellanea\n"
        "7.1 How can I set components of a list to NULL?\nYou can use\nx[i] <- list(NULL)\n"
        "to set component i of the list x to NULL, similarly for named components. Do not "
        "set x[i]\nor x[[i]] to NULL, because this will remove the corresponding component "
        "from the list.\n\n"
        "7.2 How can I save my workspace?\n"
        "save.image() saves the objects in the user’s .GlobalEnv to the file .RData in the "
        'R startup\ndirectory. (This is also what happens after q("yes").) Using '
        "save.image(file) one can\nsave the image under a different name.\n\n"
        "7.3 How can I clean up my workspace?\n"
        "To remove all objects in the currently active environment (typically .GlobalEnv), "
        "you can\ndo\nrm(list = ls(all.names = TRUE))\n\n"
    )
    text = clean_text(normalize_text(faq + R_FAQ_7[R_FAQ_7.index("8 R Programming") :])).text
    sections, _ = find_sections(text)  # unwrapped: 7.2's text is one line under it
    titles = [s.title for s in sections]
    assert "7.3 How can I clean up my workspace?" in titles
    assert "7.1 How can I set components of a list to NULL?" in titles
