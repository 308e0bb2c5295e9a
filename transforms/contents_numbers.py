"""The keys and section numbers by which a contents list's entries name body
headings (moved out of ``transforms.contents``, which re-exports them): ``key``,
clause ``title_number`` (``own_number_keys``), clause ``number_off``.

Cost: a few regular expressions per line.
"""

from __future__ import annotations

import re


def key(text: str, numbering: bool = False) -> str:
    """A contents entry or heading reduced for matching: letters and digits, no
    trailing page number, case-folded; without its leading numbering ("CHAPTER
    XII.", "IV ") unless ``numbering``."""
    text = text.casefold()
    if not numbering:
        text = re.sub(r"^(?:chapter|chap\.?|book|part)?\s*[ivxlc\d]+[.)]?\s+", "", text)
    text = re.sub(r"[\s.]*\d+$", "", text)
    return "".join(ch for ch in text if ch.isalnum())


# A title's own number, then its page number set off by a space, tab or leader dots:
# "Build under UTF-8 . . . . 76", "Migrating to Python 3   57".
_TWO_NUMBERS = re.compile(r"\d[ \t.]*[ \t][ \t.]*\d+$")


def own_number_keys(text: str) -> tuple[str, str] | None:
    """Clause ``title_number``: the keys (plain, with numbering) a body heading gets
    for an entry that ends in the title's own number and then its page number.
    ``key`` takes one trailing number off as a page number; a body heading has no
    page number, so its key loses the title's own number: "7.15 Build under UTF-8"
    keys as "buildunderutf", its entry "7.15 Build under UTF-8 . . . . 76" (debmake-doc's
    PDF contents) as "buildunderutf8", and the section was lost. The entry answers
    for that key too. None when the entry does not end in two numbers."""
    m = _TWO_NUMBERS.search(text)
    if m is None:
        return None
    title = text[: m.start() + 1]
    return key(title), key(title, numbering=True)


# A section number with a dot inside ("1.1. ", "3.1.10. ", "A.2. ").
_SECTION_NUMBER = re.compile(r"(?:\d{1,3}|[A-Z])(?:\.\d{1,3})+\.?[ \t\xa0]")


def number_off(title: str) -> str | None:
    """Clause ``number_off``: the key of a heading's title without its section number
    ("1.1. People around Debian" -> "peoplearounddebian"), None without one: a list of
    titles only names the numbered body headings too (``key`` takes off "1.", not "1.1.",
    so every "N.N." section under such a list was lost, and "1."-"2." where too few to count)."""
    m = _NUMBER_DOT.match(title) or _SECTION_NUMBER.match(title)
    return key(title[m.end() :]) or None if m else None


# A line opening with a number and a period ("1. ", "3.1. ", "2.3.1. ").
_NUMBER_DOT = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.[ \t\xa0]")


# A section number and its depth: "1. " -> 0, "2.1. " and "2.1 " -> 1.
_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?[ \t\xa0]")


def item_run(texts: list[str], i: int, bare: set[str]) -> bool:
    """Clause ``number_off_items``: whether line ``i`` is an item of a numbered list,
    the nearest line above or below it with text (blank lines between) numbered at
    the same depth ("1. Installation" / "2. Configuration" / "3. Usage", the steps of
    a quick start under a list that names the chapters "Installation", "Usage"):
    a numbered heading opens text of its own. ``number_off`` names no such line, so
    the steps do not become empty sections beside their chapters. Clause
    ``named_neighbour``: only a neighbour the list names too (``bare``) counts: a
    chapter ending in a list of steps ("2. Some patience") keeps "3. Tool Setups"."""
    m = _NUMBER.match(texts[i])
    if m is None:
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(texts) and not texts[j]:
            j += step
        n = _NUMBER.match(texts[j]) if 0 <= j < len(texts) else None
        if (
            n is not None
            and n.group(1).count(".") == m.group(1).count(".")
            and number_off(texts[j]) in bare
        ):
            return True
    return False
