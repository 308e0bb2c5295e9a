"""Clause ``listed_reader_title`` (session 49): a title matched to a contents entry the way a
reader matches it.

``Contents.listed`` matched a heading to an entry by its key (letters and digits, case-folded)
or by the entry's text up to a punctuation mark, character for character: a reader sees one
title in Scott's Dryden's "Marriage-a-la-Mode, a Comedy" (vol. 4's contents) and its page's
"MARRIAGE A-LA-MODE.", in "Marriage-à-la-Mode" and "MARRIAGE A LA MODE", in "The
Assignation" and "ASSIGNATION;". ``reader_form`` drops accents (NFKD, combining marks off),
case, every run of hyphens, spaces and punctuation (one space for each) and a leading "the";
an entry's title is its text up to its first ",", ";", ":", "(" or dash (the genre and the
subtitle after it: ", a Comedy", "; or, Love in a Nunnery"). A heading names the entry when
the two forms are equal and hold at least ``MIN_READER_CHARS`` characters (a short form,
"Act I", "Part II", is left to the exact rules).

Clause ``lone_function_word`` (session 51): a line that is one English function word ("OF",
"TO", "THE", "AND") names no entry, even when a list holds that word as an entry of its own.
Scott's Dryden sets its list's heading over three lines, "CONTENTS" / "OF" / "VOLUME FIFTH.",
and the list read "OF" as an entry; the dedication's "THE RIGHT HONOURABLE" / "THE" / "LORD
CLIFFORD" / "OF" / "CHUDLEIGH" then had its "OF" as a listed heading (vols. 4, 5, 7, 11, 13, 15
of the mirror's Dryden, Scott's Minstrelsy vol. 3 "TO"). Such a word joins a title's lines; it
titles nothing alone.

Clause ``listed_or_title`` (session 53): a short title (under ``MIN_READER_CHARS``) still names
the entry that gives it as the first of two titles, "TITLE; or ..." / "TITLE, or, ...": the
"or" says the entry's text up to it is a whole title, not the first word of a longer one. Scott's
Dryden vol. 5 lists "Amboyna; or the Cruelties of the Dutch to the English Merchants, a
Tragedy", and the introduction under the title page is headed "AMBOYNA." (7 letters): it named
no entry, so the title page, the introduction and the dedication were untitled text of "VOL. V."
(session 52's Left). At least ``MIN_OR_TITLE_CHARS`` letters: "ACT", "NO" stay to the exact rules.
"""

from __future__ import annotations

import re
import unicodedata

MIN_READER_CHARS = 8
MIN_OR_TITLE_CHARS = 4
_OR_TITLE = re.compile(r"[;,]\s*or\b")
_NOT_ALNUM = re.compile(r"[\W_]+")
_ENTRY_TITLE_END = re.compile(r"[,;:(—–]|\s-\s")


# Clause lone_function_word: the words that join a title's lines, never a title alone.
FUNCTION_WORDS = frozenset("a an and at by for from in of on or the to with".split())


def lone_function_word(title: str) -> bool:
    """Clause ``lone_function_word`` (module docstring): ``title`` is one function word."""
    words = _NOT_ALNUM.sub(" ", title.casefold()).split()
    return len(words) == 1 and words[0] in FUNCTION_WORDS


def reader_form(text: str) -> str:
    """``text`` as a reader compares titles (module docstring)."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    words = _NOT_ALNUM.sub(" ", plain).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


# Clause contents_group_spaced (session 54, transforms.contents_groups): an anthology's entry
# names its author after the title, "A FIGHTING MERMAID. By KIRK MUNROE 1" (Yule Logs,
# Longmans' Christmas Annual for 1898): the title the body sets is the text before ". By".
BYLINE = re.compile(r"\.\s+by\s+(?=[^\W\d_])", re.I)


# Guard byline_with_page: the entry's line ends in its page number ("... By HENRY FRITH 39"). The
# second line of a wrapped entry, "POSSESSED_. BY V. KOMAROVICH" under "INTRODUCTION TO THE
# UNPUBLISHED CHAPTER OF _THE" (Stavrogin's Confession, page number on the first line), is no
# title: cut, it named the body's "_THE POSSESSED_", a half-title's line.
_PAGE_END = re.compile(r"\s\d{1,4}\s*$")

# Guard byline_not_after_numeral (session 54 review): ". By" right after an entry's number opens
# its title, "X. BY WATER 162" (Blackwood's Day and Night Stories), "XV. BY FAIR MEANS OR FOUL
# 164" (Goldfrap's The Border Boys with the Mexican Rangers), or "CHAPTER X.": no byline, the
# title is not "X".
_NUMERAL_ONLY = re.compile(
    r"\s*(?:(?:chapter|chap|part|book|section|letter|canto|story)\.?\s+)?(?:[ivxlcdm]+|\d+)", re.I
)


def entry_title(entry: str) -> str:
    """An entry's title: its text up to its first ",", ";", ":", "(" or dash, or up to a
    byline ". By NAME" before its page number (clause ``contents_group_spaced``)."""
    if _PAGE_END.search(entry):
        for by in BYLINE.finditer(entry):
            if not _NUMERAL_ONLY.fullmatch(entry[: by.start()]):
                entry = entry[: by.start()]
                break
    return _ENTRY_TITLE_END.split(entry, 1)[0]


def entry_titles(raw: list[str]) -> dict[str, int]:
    """The reader forms of the entries' titles (text up to the first mark) -> the index of
    the first entry in ``raw`` with that title."""
    out: dict[str, int] = {}
    for n, entry in enumerate(raw):
        form = reader_form(entry_title(entry))
        if len(form) >= MIN_READER_CHARS:
            out.setdefault(form, n)
    return out


def or_title_entry(head: str, raw: list[str]) -> int | None:
    """Clause ``listed_or_title`` (module docstring): the index of the first entry of ``raw``
    (case-folded texts) that is ``head`` (a case-folded title, its stop off) followed by "; or"
    or ", or", if ``head`` holds at least ``MIN_OR_TITLE_CHARS`` letters and is no function word."""
    if sum(ch.isalpha() for ch in head) < MIN_OR_TITLE_CHARS or lone_function_word(head):
        return None
    for n, entry in enumerate(raw):
        if entry.startswith(head) and _OR_TITLE.match(entry, len(head)):
            return n
    return None
