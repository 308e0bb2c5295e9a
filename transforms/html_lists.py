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


class ListParts:
    """Mixin of ``html_text._TextParser`` (moved from there unchanged): it has
    ``lists`` ([tag, next, step, type] per open list) and ``marker``."""

    # -- clause ordered_numbers
    def _open_list(self, tag: str, attrs: dict) -> None:
        step = -1 if tag == "ol" and "reversed" in attrs else 1
        start = integer(attrs.get("start"))
        if step < 0 and start is None:
            tag = "reversed"  # counts down from its item count, unknown here: no numbers
        kind = attrs.get("type") or "1"
        self.lists.append([tag, 1 if start is None else start, step, kind])

    def _number_item(self, attrs: dict) -> None:
        self.marker = ""
        if not self.lists or self.lists[-1][0] != "ol":
            return  # an <ul> item is a paragraph, no bullet (as before)
        item = self.lists[-1]
        value = integer(attrs.get("value"))
        number = item[1] if value is None else value
        item[1] = number + item[2]
        self.marker = f"{list_number(number, item[3])}. "
