"""Session 45 (branch wtB), second engineer: the plants the branch's tests did not catch.

- ``raw_wrap_joins`` and ``aozora_headings.aozora_marks`` go through ``sub_shut``
  (clause ``unclosed_opener_once``): their patterns are handed no opener they cannot close
  (reverting either call alone to the plain ``sub`` passed every test).
- The stand-in is a character the text does not hold: 薄田太郎's excerpt holding U+FFFF
  (the first stand-in) still has its readings and notes cut as the plain ``sub`` cuts them.
- ``figure_spans`` searched in a slice (clause ``blank_run_once``): with a start inside a
  line or past the text's first paragraph, the drawn paragraphs are base45's, at the same
  offsets (dropping the slice or its offset passed every test).
- Clause ``subtitle_cue.few_timings_first`` (found by the review's framed scan): a text with
  "-->" and fewer timing lines than a subtitle file needs is not searched for cues.
- Clause ``one_read_per_paragraph`` (ascii_figures.column_tables, found by the same scan):
  a paragraph of many rule lines is judged once, not once per rule line.

Real text: 芥川「羅生門」(Aozora 000879, tests/data) wrapped at 20 columns counting its
readings, each reading broken over a line after its first kana (a reading split by the wrap:
its "《" has no "》" on its line); RFC 1035's resolver drawing and RFC 9293's header.
"""

from __future__ import annotations

import re

import pytest

from tests.transforms.test_aozora_hard_wrapped_s36 import RAW, _wrap
from tests.transforms.test_ascii_figures import RFC1035_RESOLVER, RFC9293_HEADER
from tests.transforms.test_ascii_figures35 import SCOTT
from tests.transforms.test_subtitles import VTT
from tests.transforms.test_worst_cases_s45 import (
    HIROSHIMA,
    OLD_PARAGRAPH,
    OLD_RULE,
    _Handed,
    _unclosed,
    _with_run,
)
from transforms import aozora_headings, ascii_figures, ja_hard_wrap, subtitles
from transforms.aozora import RULES, aozora_edits
from transforms.aozora_headings import aozora_marks
from transforms.unclosed_openers import STAND_INS, shut, sub_shut

# 羅生門 wrapped at 20 counting its readings, every reading broken after its first kana.
BROKEN = re.sub(r"《([^》\n])([^》\n]+)》", r"《\1\n\2》", _wrap(RAW, 20, count_readings=True))


def test_raw_wrap_joins_hands_no_unclosed_reading(monkeypatch):
    """``raw_wrap_joins`` on the wrap with its readings broken: the same joins as with the
    plain ``sub``, and the readings pattern is handed no "《" it cannot close."""
    assert _unclosed(BROKEN, "《", "》") > 30
    joins = ja_hard_wrap.raw_wrap_joins(BROKEN)
    assert joins
    handed = _Handed(ja_hard_wrap._READINGS)
    monkeypatch.setattr(ja_hard_wrap, "_READINGS", handed)
    assert ja_hard_wrap.raw_wrap_joins(BROKEN) == joins
    assert len(handed.texts) == 1 and _unclosed(handed.texts[0], "《", "》") == 0
    monkeypatch.setattr(ja_hard_wrap, "sub_shut", lambda p, r, t, *_: p.sub(r, t))
    assert ja_hard_wrap.raw_wrap_joins(BROKEN) == joins


@pytest.mark.parametrize("unit", ["［＃", "※［＃"])
def test_heading_lines_hand_no_unclosed_note(unit, monkeypatch):
    """``aozora_marks``: a heading's line holding 300 unclosed notes is cut by a note
    pattern handed none of them; the heading keeps its two lines."""
    heading = "［＃中見出し］綱引きと\n川通りもち" + unit * 300 + "［＃中見出し終わり］\n"
    text = HIROSHIMA + heading + "\u3000築城の際。\n"
    handed = _Handed(aozora_headings._NOTE)
    monkeypatch.setattr(aozora_headings, "_NOTE", handed)
    marks = aozora_marks(text, aozora_edits(text, set(RULES)), text)
    assert marks and marks[-1].lines == 2
    assert handed.texts and [_unclosed(t, "［＃", "］") for t in handed.texts] == [0] * len(
        handed.texts
    )


@pytest.mark.parametrize("held", [1, 2, len(STAND_INS)])
def test_a_stand_in_the_text_holds_is_not_used(held):
    """The excerpt holding the first ``held`` stand-ins (a noncharacter left by a bad
    decode): the readings and notes cut are the plain ``sub``'s, and what the text holds
    is never the stand-in; holding all six, nothing is replaced."""
    text = _with_run("《［＃" * 50, 1)
    text = text.replace("広島", "広" + "".join(STAND_INS[:held]) + "島", 1)
    for pattern, opener, closer in (
        (ja_hard_wrap._READINGS, "《", "》"),
        (aozora_headings._NOTE, "［＃", "］"),
    ):
        shut_text, stand_in = shut(text, opener, closer)
        assert stand_in not in text if stand_in else shut_text == text
        assert bool(stand_in) == (held < len(STAND_INS))
        assert sub_shut(pattern, "", text, opener, closer) == pattern.sub("", text)


def _base45_figure_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """base45's ``figure_spans``: the old patterns, searched from ``start``."""
    if not ascii_figures._may_hold_rule(text[start:end]):
        return []
    spans = []
    for m in OLD_PARAGRAPH.finditer(text, start, end):
        lines = m.group().split("\n")
        if len(lines) < ascii_figures.MIN_LINES:
            continue
        rules = sum(OLD_RULE.search(line) is not None for line in lines)
        signs = sum(
            OLD_RULE.search(line) is not None or ascii_figures._EDGE.search(line) is not None
            for line in lines
        )
        if rules and signs >= ascii_figures.FIGURE_SHARE * len(lines):
            spans.append((m.start(), m.end()))
    return spans


@pytest.mark.parametrize("text", [RFC1035_RESOLVER, RFC9293_HEADER])
def test_figure_spans_from_any_start_are_base45s(text):
    """From every start in the text's first two paragraphs (inside a line, at a line's
    start, on the blank line) and to a few ends, the drawn paragraphs are base45's."""
    drawing = text.index("\n\n") + 2
    assert ascii_figures.figure_spans(text, drawing, len(text))
    ends = (len(text), len(text) - 1, text.index("\n", drawing + 200))
    for start in range(0, text.index("\n", drawing + 100)):
        for end in ends:
            got = ascii_figures.figure_spans(text, start, end)
            assert got == _base45_figure_spans(text, start, end), (start, end)


# RFC 1035's drawing with n line breaks inside its rule "|-------------->|" (a "-->" and
# a run of blank lines): no subtitle file.
_RULE_AT = RFC1035_RESOLVER.index("|-------------->|") + 2


@pytest.mark.parametrize("n", [0, 1, 2, 3000])
def test_few_timings_search_no_cue(n, monkeypatch):
    """Clause subtitle_cue.few_timings_first: a text with "-->" but fewer timing lines than
    a subtitle file needs gets no edit, and the cue patterns are handed nothing (base45
    searched it: every run of blank lines read from each of its lines); the Netflix
    sample's cues are still cut."""
    text = RFC1035_RESOLVER[:_RULE_AT] + "\n" * n + RFC1035_RESOLVER[_RULE_AT:]
    cue, vtt_cue = _Handed(subtitles._CUE), _Handed(subtitles._VTT_CUE)
    monkeypatch.setattr(subtitles, "_CUE", cue)
    monkeypatch.setattr(subtitles, "_VTT_CUE", vtt_cue)
    assert "-->" in text and subtitles.cue_edits(text) == []
    assert cue.texts == [] and vtt_cue.texts == []
    assert subtitles.cue_edits(VTT + "\n" * n) and vtt_cue.texts


@pytest.mark.parametrize("k", [1, 2, 300])
def test_a_table_of_many_rules_is_judged_once(k, monkeypatch):
    """Clause one_read_per_paragraph (ascii_figures.column_tables): Scott's table of the
    Russian expedition's losses with its sum rule written k times is one table, found as
    before, and its paragraph is read once (base45: once per rule line, each read walking
    back to the paragraph's start: a drawing of 1,400 rule lines 0.23 s of normalizing)."""
    rule = " " * 54 + "--------\n"
    text = SCOTT.replace(rule, rule * k)
    table = text.index("  Slain"), text.index("450,000") + len("450,000")
    reads = []

    def counted(t, i):
        reads.append(i)
        return paragraph_at(t, i)

    paragraph_at = ascii_figures._paragraph_at
    monkeypatch.setattr(ascii_figures, "_paragraph_at", counted)
    assert ascii_figures.column_tables(text) == [table]
    assert len(reads) == 1
