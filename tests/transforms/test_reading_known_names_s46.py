"""Session 46 (the Left of session 45's wtG): clause ``reading_known_names``
(transforms/legacy_encodings.py ``CANDIDATES``, legacy_rtl ``RTL_CODECS``, legacy_middle,
read_records, cp1252_signs, pipeline/progress and inspection, the ``--help`` of
``--encoding``).

Session 45 named every codec a line tells the user to pass as users know it
(``charset_labels.known_name``), but the readings the same lines describe kept the
Microsoft code page names: "the bytes decode as CP1251 to Cyrillic text; rerun with
--encoding windows-1251", "read as CP1256 the bytes are Arabic words", "read as CP1252
under --encoding cp1252, but 6 of its bytes put a CP1252 sign inside a word"; the build's
line "2 files read as CP1252 whose bytes look like macintosh letters". Now a reading is
labelled as the manifest counts it and ``--encoding`` takes it back. Real text: the cases
of test_advice_known_names_s45 (Tolstoy, the Fatiha, Genesis 1, Hugo, Grimm, a Korean
constitution chapter, Bulgarian and Serbian catalogue lines) and Tolstoy's *The Power of
Darkness* in Mac Roman (test_named_latin1_every_sign).
"""

from __future__ import annotations

import codecs
import re

import pytest

from pipeline import options
from pipeline.progress import counter_summary
from tests.transforms.test_advice_known_names_s45 import CASES, _hint
from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS
from tests.transforms.test_typed_codec_name import BOOKS
from transforms.charset_labels import known_name
from transforms.cp1252_signs import HINT_PREFIX, misplaced_hint
from transforms.legacy_encodings import CANDIDATES
from transforms.legacy_middle import legacy_damaged_middle

# A reading's label: "decode as X", "read as X", "decode, but not surely, as X", a
# listed reading "; X (" and the held line's "if it is X,".
_READING = re.compile(
    r"(?:decode as|read as|not surely, as|if it is|; |as) ([A-Za-z][\w.]*[-_\d][\w.-]*)(?=[ ,;(])"
)
# The code page labels the lines used (outside a rule's parenthesised guess).
_CODE_PAGE = re.compile(r"\b(CP\d{3,4}|KOI8-R|ISO-8859-\d+|EUC-[A-Z]{2}|Shift_JIS|GB18030|Big5)\b")


def _outside_guesses(line: str) -> str:
    """``line`` without its parenthesised parts (a rule's problem: "('wi¹za': CP1250?)")."""
    while (cut := re.sub(r"\([^()]*\)", "", line)) != line:
        line = cut
    return line


@pytest.mark.parametrize(("text", "codec", "encoding"), CASES)
def test_every_reading_is_labelled_as_users_know_it(text, codec, encoding):
    hint = _hint(text, codec, encoding)
    assert not _CODE_PAGE.search(_outside_guesses(hint)), hint
    labels = _READING.findall(hint)
    assert labels, hint
    for label in labels:
        assert known_name(label) == label, (label, hint)
        codecs.lookup(label)  # --encoding reads it back


def test_the_decided_lines_exactly():
    tolstoy, cp1251, _ = CASES[0]
    assert _hint(tolstoy, cp1251, "utf-8") == (
        "the bytes decode as windows-1251 to Cyrillic text; rerun with --encoding "
        "windows-1251 (or --encoding auto)"
    )
    fatiha = CASES[1][0]
    assert _hint(fatiha, "cp1256", "auto").startswith("read as windows-1256 the bytes are Arabic")


def test_the_misplaced_signs_line_names_windows_1252():
    hint = misplaced_hint((POWER_OF_DARKNESS * 2).encode("mac_roman"), "cp1252")
    assert hint is not None and hint.codec == "mac_roman"
    assert hint.line.startswith(
        "read as windows-1252 under --encoding cp1252, but 6 of its bytes put a "
        "windows-1252 sign inside a word"
    )
    assert hint.line.endswith("if the file is in macintosh, rerun with --encoding macintosh")


def test_the_build_line_names_windows_1252():
    lines = counter_summary({f"{HINT_PREFIX}mac_roman": 2})
    (line,) = [x for x in lines if "whose bytes look like" in x]
    assert line.strip().startswith("2 files read as windows-1252 whose bytes look like macintosh")


def test_the_typed_name_is_said_once():
    """The typed --encoding follows the label only where it is another name: "text in
    windows-1252 (--encoding latin-1)", but "windows-1252 (--encoding windows-1252)" said
    the codec twice (clause typed_codec_name's rule, now with the known name)."""
    book = BOOKS["cp1252"][0].encode("cp1252")
    at = book.index(b"\n", len(book) // 2) + 1
    zeroed = book[:at] + bytes(4096) + book[at:]
    said = {
        typed: legacy_damaged_middle(zeroed, "list.txt", codec="cp1252", typed=typed)
        for typed in ("windows-1252", "cp1252", "x-cp1252", "latin-1")
    }
    assert "are Western European text in windows-1252: a damaged region" in said["windows-1252"]
    assert "are Western European text in windows-1252: a damaged region" in said["cp1252"]
    assert "text in windows-1252 (--encoding x-cp1252): a damaged region" in said["x-cp1252"]
    assert "text in windows-1252 (--encoding latin-1): a damaged region" in said["latin-1"]


def test_the_labels_are_the_names_encoding_takes():
    assert [label for _, _, label in CANDIDATES] == [known_name(c) for c, _, _ in CANDIDATES]
    assert options.AUTO_ENCODINGS == tuple(label for _, _, label in CANDIDATES)
    assert "windows-1251" in options.AUTO_ENCODINGS and "CP1251" not in options.AUTO_ENCODINGS
