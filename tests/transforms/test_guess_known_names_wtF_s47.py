"""Session 47 (the Left of session 46's wtF): clause ``guess_known_names``. The
``--encoding auto`` rules' problem lines kept Microsoft and ISO code page labels inside
their parenthesised guesses ("(Hebrew CP862 read as CP866?)", "('wi¹za': CP1250?)")
after session 46 named every other reading as ``--encoding`` takes it (clause
``reading_known_names``). Now the guesses name them so too ("windows-1250", "cp866",
"iso-8859-7", "koi8-r"); family names (Mac Roman, Mac Cyrillic, Central European,
Hebrew) stay words, as session 46's lines keep them. Real lines: the Debian catalogs
and ELTeC novels of the legacy rules' tests (tests/transforms/test_legacy_*.py).
"""

from __future__ import annotations

import codecs
import io
import re
import tokenize
from pathlib import Path

import pytest

from tests.transforms.test_legacy_baltic import CS, ET, FI, NO
from tests.transforms.test_legacy_greek_turkish import EL, HE_PK, LV
from tests.transforms.test_legacy_misreads_s22 import GD_APPSTREAM, SR_PAM
from transforms.charset_labels import known_name
from transforms.legacy_encodings import candidates

_CODE_PAGE = re.compile(r"\b(CP\d{3,4}|KOI8-[RU]|ISO-8859-\d+|EUC-[A-Z]{2}|Shift_JIS|Big5)\b")
_LABEL = re.compile(r"\b(windows-\d{3,5}|cp\d{3,4}|iso-8859-\d+|koi8-[ru]|euc-jp|big5)\b")
ROOT = Path(__file__).parents[2]

# (real text, the codec it is written in)
CASES = [
    (HE_PK, "cp862"),
    (GD_APPSTREAM, "mac_roman"),
    (SR_PAM, "mac_cyrillic"),
    (EL, "iso8859_7"),
    (EL, "cp1253"),
    (LV, "cp1257"),
    (CS, "cp1250"),
    (CS, "iso8859_2"),
    (NO, "cp1252"),
    (ET, "iso8859_15"),
    (FI, "iso8859_15"),
]


def _problems() -> list[tuple[str, str]]:
    out = []
    for text, codec in CASES:
        data = text.encode(codec, "ignore")
        out += [(g.encoding, g.problem) for g in candidates(data) if g.problem]
    return out


def test_no_problem_line_names_a_code_page_label():
    """base47: 23 of these 158 readings' lines named a code page label."""
    problems = _problems()
    assert len(problems) >= 20
    named = [p for _, p in problems if _CODE_PAGE.search(p)]
    assert not named, named


@pytest.mark.parametrize(
    ("text", "codec", "reading", "line"),
    [
        (
            HE_PK,
            "cp862",
            "cp866",
            "capitals with many 'Ш Щ Ъ' and no 'Ы-Я' (Hebrew cp862 read as cp866?)",
        ),
        (
            GD_APPSTREAM,
            "mac_roman",
            "cp775",
            "'ę' opens a word (Mac Roman's “ read as cp775?)",
        ),
        (
            LV,
            "cp1257",
            "cp1252",
            "7 'ç' before e, i or a consonant: Latvian ē read as windows-1252?",
        ),
        (
            FI,
            "iso8859_15",
            "cp775",
            "no 'ä', Estonian's commonest letter (Finnish ä read as cp775's õ?)",
        ),
    ],
)
def test_the_guesses_exactly(text, codec, reading, line):
    (guess,) = [g for g in candidates(text.encode(codec)) if g.encoding == reading]
    assert guess.problem == line


def test_every_label_in_a_problem_is_a_name_encoding_takes():
    labels = {m.group(1) for _, p in _problems() for m in _LABEL.finditer(p)}
    assert labels  # the lines name readings
    for label in labels:
        assert known_name(codecs.lookup(label).name) == label, label


def test_no_rule_string_keeps_a_code_page_label():
    """Every string of the legacy rules' code (not their docstrings, not comments)."""
    found = []
    for path in sorted((ROOT / "transforms").glob("legacy_*.py")):
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type != tokenize.STRING or token.string.lstrip("rfb").startswith('"""'):
                continue
            if _CODE_PAGE.search(token.string):
                found.append(f"{path.name}:{token.start[0]}: {token.string}")
    assert not found, found
