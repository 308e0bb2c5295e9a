"""Clause ``utf8_misnamed_other_chars`` (transforms/utf8_misnamed.py ``_other_utf8``,
session 39; the Left of session 38: "3 of 300 stray-byte UTF-8 books still mojibake").
A UTF-8 book with one stray byte under a wrongly named ``--encoding latin-1`` is
rejected when its UTF-8 letters make up half its non-ASCII bytes; UTF-8 sequences of
other characters (modifier letters, Arabic, marks, box drawing, symbols) counted against
them, so a book rich in those was read as mojibake. Now they count neither way.
Real text (the rcdm-uga Gutenberg mirror): *The Story of Troy* (Homer, retold: "ʹ" marks
the stress, "Æneas"), Burton's *Nights* vol. 10 (its Arabic proverb between marks)."""

from __future__ import annotations

import pytest

from schemas import Rejected
from tests.transforms.test_utf8_piece_in_legacy import _read

TROY = (
    "The Trojans, startled from their sleep by the noise, understood at once\n"
    "what had happened. Hastily they rushed to arms, and, led and encouraged\n"
    "by \u00c6neas and other chiefs, they fought valiantly to drive out the enemy,\n"
    "but all their valor was in vain. Troy was at last taken.\n\n"
    "\u00c6neas, with his father Anchises and his son I-u\u02b9lus, escaped from the\n"
    "city, and sailed from Troas with a fleet and a number of warlike\n"
    "followers. After many adventures by sea and land, which the Roman poet,\n"
    "Ver\u02b9gil, tells about in his poem called the \u00c6-ne\u02b9id, he reached Italy.\n"
    "There he established a settlement, and his descendants, it is said, were\n"
    "the founders of Rome.\n\n"
    "In this book we are to tell the story of Troy. Some of the wonderful events\n"
    "of the memorable siege are related in a celebrated poem called the Il\u02b9i-ad,\n"
    "written in the Greek language. The author of this poem was Ho\u02b9mer, who was\n"
    "the author of another great poem, the Od\u02b9ys-sey, which tells of the voyages\n"
    "and adventures of the Greek hero, U-lys\u02b9ses, after the taking of Troy.\n"
)
BURTON = (
    "[Illustration: \u200f\u200f\u0644\u0627 \u0644\u0627\u0628\u0631\u0627\u0631 "
    "\u0643\u0644\u0651 \u0634\u064a \u062a\u0628\u0631\u200e\u200e]\n\n"
    "                   \u201cTO THE PURE ALL THINGS ARE PURE.\u201d\n"
    "                           (Puris omnia pura)\n\n"
    "                                                        \u2014_Arab Proverb._\n"
)


def _stray(text: str) -> bytes:
    """The UTF-8 book with a CP1252 apostrophe pasted into its last line."""
    data = text.encode("utf-8")
    at = data.rindex(b"\n", 0, len(data) - 1) + 1
    return data[:at] + b"l\x92homme " + data[at:]


@pytest.mark.parametrize(
    ("name", "text", "first"), [("troy", TROY, "\u00c6neas"), ("burton", BURTON, "\u201cTO")]
)
def test_utf8_misnamed_other_chars(tmp_path, name, text, first):
    """Troy's "ʹ" (U+02B9: 8 of its 14 UTF-8 characters) and the proverb's Arabic
    letters and marks (22 of 25) are no common letters; with a stray byte under
    --encoding latin-1 the book was read: "Il\\xca\\xb9i-ad" -> "IlÊ¹i-ad", "â\\x80\\x9cTO".
    Now rejected by clause utf8_misnamed_codec, naming the first UTF-8 word."""
    data = _stray(text)
    got = _read(tmp_path / f"{name}.txt", data, "latin-1")
    assert isinstance(got, Rejected) and got.reason == "invalid_encoding", got
    assert " is UTF-8 text, not iso-8859-1 as --encoding latin-1 says: " in got.error
    assert f": {first!r}, which read as iso-8859-1 would be " in got.error
    at = data.index(b"\x92")
    assert f"; byte {at:,} (0x92) is not UTF-8; nothing of the file was read" in got.error


def test_utf8_misnamed_other_chars_guards(tmp_path):
    """What must stay: the same texts in Latin-1 (the stress marks as apostrophes) are
    read: their non-ASCII bytes are no UTF-8, so no share to weigh."""
    troy = TROY.replace("\u02b9", "'")
    got = _read(tmp_path / "troy.txt", troy.encode("latin-1"), "latin-1")
    assert not isinstance(got, Rejected) and got.text == troy, got
