"""The price of a book in a publisher's list: one pattern for the rules that read lists.

Clause ``list_price`` (session 39): ``publisher_catalogue_end`` / ``_front``
(``transforms.gutenberg_catalogue``, session 30) and ``printer_imprint_above_ads``
(``transforms.gutenberg_imprint_ads``, session 38) each kept their own pattern for a
sum of money in a list of books ("$1.50", "50 cents", "2s. 6d.", "_3s. 6d._ net",
"6/-", "Price", "postpaid", "post free"); the catalogue rule's missed "net", "cents",
"6/-" and "PRICE", the list rule's missed "post free". ``MONEY`` is the one pattern;
``BOOK_FORMAT`` the format words a catalogue entry carries besides ("Crown 8vo",
"12mo", "4to", "cloth", "2 Vols."), which only the catalogue rule counts.

A "Price" that is a name ("Price, Dr. Richard, 56, 78." in an index) matches: the
rules that count prices guard against indexes and bibliographies themselves (clause
``printer_imprint_above_ads_reference``).
"""

from __future__ import annotations

import re

MONEY_SOURCE = (
    r"\$\d|\b\d+[ \t]?(?:cents|c\.)|\b\d+[ \t]?_?s\._?(?:[ \t]?\d+[ \t]?_?d\._?)?(?![A-Za-z])"
    r"|\b\d+/-|\bnet\b|[Pp]ostpaid|[Pp]ost[ \t]free|\b[Pp]rice\b|\bPRICE\b"
)
BOOK_FORMAT_SOURCE = r"\b\d+ Vols?\.|\b(?:12|16|8|4)mo\b|\b8vo\b|\b4to\b|\b[Cc]loth\b"
MONEY = re.compile(MONEY_SOURCE)
MONEY_OR_FORMAT = re.compile(MONEY_SOURCE + "|" + BOOK_FORMAT_SOURCE)
