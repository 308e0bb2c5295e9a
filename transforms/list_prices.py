"""The price of a book in a publisher's list: one vocabulary for the rules that read lists.

Clause ``list_price`` (session 39): ``publisher_catalogue_end`` / ``_front``
(``transforms.gutenberg_catalogue``, session 30) and ``printer_imprint_above_ads``
(``transforms.gutenberg_imprint_ads``, session 38) each kept their own pattern for a
sum of money in a list of books ("$1.50", "50 cents", "2s. 6d.", "_3s. 6d._ net",
"6/-", "Price", "postpaid", "post free"); the catalogue rule's missed "net", "cents",
"6/-" and "PRICE", the list rule's missed "post free". ``MONEY`` is the one pattern;
``BOOK_FORMAT`` the format words a catalogue entry carries besides ("Crown 8vo",
"12mo", "4to", "cloth", "2 Vols."), which only the catalogue rule counts.

Clause ``list_price_vocabulary`` (session 41): ``ads_after_the_end``
(``transforms.gutenberg_ads``) kept a third and a fourth pattern, its money words and its
list marks; they are built here from the same words. ``MONEY`` took theirs in: "50
CENTS", "25¢", an italic "_Price Six Shillings" (the lookbehind: ``\\b`` fails after "_"),
and the shillings pattern reads "2s. 6d." as one price everywhere. ``LIST_MARK`` is what
marks a list's entry for ``ads_after_the_end``'s gap test: a price, a format word, a
"3/6" price, "50c each", and the trade words "Illustrated", "Publishers", "Edition",
"With 138 Illustrations"; "2 vols." and "CLOTH" (the catalogue rule counts neither).

A "Price" that is a name ("Price, Dr. Richard, 56, 78." in an index) matches: the
rules that count prices guard against indexes and bibliographies themselves (clause
``printer_imprint_above_ads_reference``).
"""

from __future__ import annotations

import re

DOLLARS = r"\$\d"
CENTS = r"\b\d+[ \t]?(?:cents|CENTS|c\.|¢)"
SHILLINGS = r"\b\d+[ \t]?_?s\._?(?:[ \t]?\d+[ \t]?_?d\._?)?(?![A-Za-z])"
NET = r"\b\d+/-|\bnet\b|[Pp]ostpaid|[Pp]ost[ \t]free"
PRICE = r"(?<![A-Za-z])[Pp]rice\b|\bPRICE\b"  # "_Price Six Shillings" (italic)
MONEY_SOURCE = "|".join((DOLLARS, CENTS, SHILLINGS, NET, PRICE))
BOOK_FORMAT_SOURCE = r"\b\d+ Vols?\.|\b(?:12|16|8|4)mo\b|\b8vo\b|\b4to\b|\b[Cc]loth\b"
# a list entry's marks besides money and format: "3/6", "50c each", "2 vols.", "CLOTH", the
# trade words (the catalogue rule does not count "2 vols.": Constance Garnett's list of
# titles, "VIRGIN SOIL (2 vols.)", is the imprint rule's to cut, as it was)
TRADE_SOURCE = (
    r"\b\d+/\d+\b|\b\d+[ \t]?c[ \t]+(?:each|per|a[ \t]+vol)|\b\d+ vols?\.|\bCLOTH\b"
    r"|\bIllustrated\b|\bILLUSTRATED\b|\b[Pp]ublishers?\b|\bPUBLISHERS?\b"
    r"|\b(?:Edition|EDITION)\b"
    # clause ads_entry_format (session 40): an entry's "With 138 Illustrations." / "With 8
    # Coloured Plates" (Lang's boxed Fairy Book Series list, priced once at its head)
    r"|\bWith[ \t]+\d+[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Illustrations|Plates)\b"
)
MONEY = re.compile(MONEY_SOURCE)
MONEY_OR_FORMAT = re.compile(MONEY_SOURCE + "|" + BOOK_FORMAT_SOURCE)
LIST_MARK = re.compile("|".join((MONEY_SOURCE, BOOK_FORMAT_SOURCE, TRADE_SOURCE)))
