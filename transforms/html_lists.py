"""Numbers of HTML ordered-list items as a browser writes them (clause
``ordered_numbers`` of ``transforms.html_text``)."""

from __future__ import annotations


def integer(value: str | None) -> int | None:
    """An attribute's integer (``start="3"``, ``value="7"``); None when it is none."""
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def list_number(number: int, kind: str) -> str:
    """An <ol> item's number as ``type`` writes it: 1, a, A, i, I."""
    if kind in ("a", "A") and number > 0:
        letters = ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if kind == "a" else letters.upper()
    if kind in ("i", "I") and 0 < number < 4000:
        roman = ""
        for value, digits in zip(
            (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
            "m cm d cd c xc l xl x ix v iv i".split(),
            strict=True,
        ):
            count, number = divmod(number, value)
            roman += digits * count
        return roman if kind == "i" else roman.upper()
    return str(number)


def decimal_list(entry: list) -> bool:
    """Clause ``ordered_lines_decimal`` of ``transforms.html_text``: an <ol> numbered 1,
    2, 3. Only its items are lines of one paragraph: unwrap's ``numbered_run`` knows
    "2. " but not "b. " or "ii. ", and joined lettered/roman items ("a. apples ... b.
    pears"). ``entry`` is the parser's open-list entry (tag, ..., type)."""
    return entry[0] == "ol" and entry[3] not in ("a", "A", "i", "I")
