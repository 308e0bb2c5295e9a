"""Session 45 (branch wtB): worst cases, fifth pass.

Clause ``unclosed_opener_once`` (transforms/unclosed_openers.py): an Aozora note opener
"［＃" with no "］" after it on its line (``aozora._NOTE``) and a reading's "《" with no
"》" after it on its line (``ja_hard_wrap._READINGS``) were each read to the line's end by
the search and failed there: a line of n of them cost n^2/2 character steps (8,000: 0.12 s
and 0.09 s of cleaning, x4 per doubling). Such an opener can start no match: its first
character is given a stand-in before the search, and put back after a ``sub``.

The measure is a shape, not a time: no text handed to the two patterns holds an opener
that has no closer after it on its line (each such opener is what the search re-read).

Clause ``blank_run_once`` (transforms/ascii_figures.py ``_RULE`` (its ``_PARAGRAPH`` went with wtA's figure_rule_led at the merge), the same
paragraph pattern in transforms/code_blocks.py, novel_site_marks ``_PAGE_TURN``,
markdown_marks ``_CLOSING``, site_tails ``_PAGE``): a pattern led by a run (blanks, dashes,
a line's characters) was tried at every character of a run that ends in no match, each try
reading to the run's end (a line of 8,000 dashes in a drawing: 2.6 s of cleaning; 8,000
"\u3000" before a page-turn notice, a markdown heading's closing marks, a page number:
0.3-0.5 s, x4 per doubling). A match from inside a run is one from the run's first
character (or, for a paragraph, its line's start), which the search meets first: a
look-behind refuses the others. Measured as a shape: no match starts inside its run.
"""

from __future__ import annotations

import re

import pytest

from tests.transforms.test_subtitles import VTT
from transforms import (
    aozora,
    ascii_figures,
    code_blocks,
    ja_hard_wrap,
    markdown_marks,
    novel_site_marks,
    site_tails,
    subtitles,
)
from transforms.aozora import RULES, aozora_edits
from transforms.aozora_headings import aozora_marks
from transforms.ja_hard_wrap import hard_wrapped, raw_wrap_joins
from transforms.subtitles import cue_edits

# 薄田太郎「広島という名の由来」(Aozora Bunko 58957): the legend, a heading and its note, a
# reading, a note on a date.
HIROSHIMA = (
    "広島という名の由来\n薄田太郎\n\n"
    "-------------------------------------------------------\n"
    "【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）床几《しょうぎ》\n\n"
    "［＃］：入力者注　主に外字の説明や、傍点の位置の指定\n（例）［＃１字下げ］\n"
    "-------------------------------------------------------\n\n"
    "［＃１字下げ］綱引きと川通りもち［＃「綱引きと川通りもち」は中見出し］\n"
    "\u3000築城の際、佐東郡毛木村出身の佐々木太郎右衛門も、土木工事の腕を買われて輝元に"
    "召し出され、普請奉行二宮太郎右衛門を助けることになった。\n"
    "\u3000観応元年（一三五〇年）［＃「（一三五〇年）」は１段階小さな文字］、石見国佐波善四郎を"
    "討つために発した毛利備中守師親が江の川を渡っているとき、床几《しょうぎ》に腰かけた。\n"
)
# Where a run of unclosed openers goes: in the paragraph's line, after its last closer.
AT = HIROSHIMA.index("床几《しょうぎ》に") + len("床几《しょうぎ》に")


def _with_run(unit: str, n: int) -> str:
    return HIROSHIMA[:AT] + unit * n + HIROSHIMA[AT:]


def _unclosed(text: str, opener: str, closer: str) -> int:
    """Openers with no closer after them on their line."""
    count = 0
    for line in text.split("\n"):
        tail = line.rsplit(closer, 1)[-1] if closer in line else line
        count += tail.count(opener)
    return count


class _Handed:
    """A pattern that keeps every text it is asked to search."""

    def __init__(self, pattern: re.Pattern):
        self._pattern = pattern
        self.texts: list[str] = []

    def finditer(self, text, *args):
        self.texts.append(text)
        return self._pattern.finditer(text, *args)

    def sub(self, repl, text, *args):
        self.texts.append(text)
        return self._pattern.sub(repl, text, *args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _shifted(edits, at: int, by: int):
    return [
        (e.start + by * (e.start >= at), e.end + by * (e.end > at), e.replacement, e.rule)
        for e in edits
    ]


@pytest.mark.parametrize("unit", ["［＃", "※［＃", "《", "《［＃", "［＃《"])
@pytest.mark.parametrize("n", [1, 2, 300])
def test_an_unclosed_run_changes_no_edit(unit, n):
    """Guard: the run's openers open nothing; every edit of the book is where it was."""
    plain = aozora_edits(HIROSHIMA, set(RULES))
    assert {"aozora_legend", "aozora_markup"} <= {e.rule for e in plain}
    assert any(e.replacement == "" and HIROSHIMA[e.start : e.end] == "《しょうぎ》" for e in plain)
    edits = aozora_edits(_with_run(unit, n), set(RULES))
    assert [(e.start, e.end, e.replacement, e.rule) for e in edits] == _shifted(
        plain, AT, len(unit) * n
    )


def test_the_notes_beside_a_run_are_the_same():
    """Guard: the notes found with 300 unclosed "［＃" (and "／＼" marks among them) on a
    line are the book's notes, at their places, with the same groups; a closed line of
    them stays one note."""
    for run in ("［＃" * 300, "［＃／＼" * 300, "※［＃a／″＼" * 300):
        text = _with_run(run, 1) + "\n" + run + "［＃閉じ］\n"
        found = aozora._NOTE.finditer(aozora.shut(text, "［＃", "］")[0])
        assert [(m.span(), m.groups()) for m in found] == [
            (m.span(), m.groups()) for m in aozora._NOTE.finditer(text)
        ]
        # on the closed line the first opener's note runs to the "］": one note
        assert [m.group(2) for m in aozora._NOTE.finditer(text)][-1].endswith("閉じ")


def test_readings_cut_the_same_beside_a_run():
    """Guard: with unclosed "《" on a line (inside a note, before a "｜", beside closed
    readings) the readings and notes cut are the book's."""
    for run in ("《" * 300, "［＃《］《" * 100, "《｜" * 200, "《a》《" * 100):
        text = _with_run(run, 1) + run + "\n" + run
        cut = ja_hard_wrap.sub_shut(ja_hard_wrap._READINGS, "", text, "《", "》")
        assert cut == ja_hard_wrap._READINGS.sub("", text)
        assert "しょうぎ" not in cut and "中見出し" not in cut


@pytest.mark.parametrize("unit", ["［＃", "※［＃"])
def test_no_note_search_reads_an_unclosed_run(unit, monkeypatch):
    """The note pattern is handed no "［＃" it cannot close (base45: 3,000, once per call)."""
    handed = _Handed(aozora._NOTE)
    monkeypatch.setattr(aozora, "_NOTE", handed)
    text = _with_run(unit, 3000)
    aozora_edits(text, set(RULES))
    assert handed.texts and all(len(t) == len(text) for t in handed.texts[:1])
    assert [_unclosed(t, "［＃", "］") for t in handed.texts] == [0] * len(handed.texts)


def test_no_reading_search_reads_an_unclosed_run(monkeypatch):
    """The readings pattern is handed no "《" it cannot close (base45: 3,000 per call)."""
    handed = _Handed(ja_hard_wrap._READINGS)
    monkeypatch.setattr(ja_hard_wrap, "_READINGS", handed)
    text = _with_run("《", 3000)
    assert not hard_wrapped(text) and raw_wrap_joins(text) == []
    assert len(handed.texts) == 1 and len(handed.texts[0]) == len(text)
    assert _unclosed(handed.texts[0], "《", "》") == 0


# The five patterns as base45 had them.
OLD_RULE = re.compile(r"[+|]-{2,}|-{2,}[+|]|\+-\+|-{2,}>|<-{2,}")
OLD_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
OLD_PAGE_TURN = re.compile(r"[ \t\u3000]*([［\[【(（])[^\n［\[【(（］\]】)）]{0,30}点击下一页")
OLD_CLOSING = re.compile(r"[ \t\u3000]+#+(?=[ \t\u3000]*$)")
OLD_PAGE = re.compile(r"[ \t\u3000]+\d{1,4}$")

# Scott, Life of Napoleon Bonaparte, vol. IV (Gutenberg mirror): a sum under a rule of dashes.
SCOTT = (
    "  Prisoners, comprehending 48 generals, 3000 officers,\n"
    "    and upwards of 190,000 men,                        193,000\n"
    "                                                      --------\n"
    "  Total,                                               450,000\n"
)
# 《修真高手在都市》 (zzk6780051/novel): the paging prompt after a cut line.
XIUZHEN = "    萧楚一怔，望着向艳那双如水的眸子，心 ...   ［本章未完，请点击下一页继续阅读！］\n"
# 老殘遊記 (oscarsun72/chtxt): a markdown chapter heading, closing marks added.
LAOCAN = "## 第一回\u3000土不制水歷年成患\u3000風能鼓浪到處可危 ##"
# 思想国 (test_site_tails): an address line, a page number added.
SIXIANGGUO = "网址： http://www.sixiangguo.com/a 12"


@pytest.mark.parametrize("n", [0, 1, 2, 3, 500])
def test_blank_led_matches_are_the_same(n):
    """Guard: beside runs of 0-500 blanks or dashes (a drawing's rule, a blank line, blanks
    before a notice, closing marks, a page number) every match is base45's."""
    rule = SCOTT.replace("--------", "-" * (n + 2)) + "-" * n + "\n  x  " + "-" * n + ">\n"
    for line in rule.split("\n"):
        assert (ascii_figures._RULE.search(line) is None) == (OLD_RULE.search(line) is None)
    arrow = ascii_figures._RULE.search("  x  " + "-" * n + ">")
    assert (arrow is not None) == (n >= 2)
    blank = SCOTT + "\u3000" * n + "\n" + SCOTT + " " * n + "x\n\n" + SCOTT
    for pattern in (
        code_blocks._PARAGRAPH,
    ):  # ascii_figures: figure_rule_led reads no paragraph regex
        assert [m.span() for m in pattern.finditer(blank)] == [
            m.span() for m in OLD_PARAGRAPH.finditer(blank)
        ]
    turn = XIUZHEN.replace("...   ［", "..." + "\u3000" * n + "［") + "\u3000" * n + "（点击\n"
    new = [(m.span(), m.groups()) for m in novel_site_marks._PAGE_TURN.finditer(turn)]
    assert new == [(m.span(), m.groups()) for m in OLD_PAGE_TURN.finditer(turn)] and len(new) == 1
    for line in (LAOCAN.replace(" ##", " " * n + "##"), LAOCAN + " " * n, LAOCAN[:-3] + " " * n):
        new, old = markdown_marks._CLOSING.search(line), OLD_CLOSING.search(line)
        assert (new and new.span()) == (old and old.span())
    for line in (SIXIANGGUO.replace(" 12", " " * n + "\u300012"), SIXIANGGUO + "\u3000" * n):
        new, old = site_tails._PAGE.search(line), OLD_PAGE.search(line)
        assert (new and new.span()) == (old and old.span())


@pytest.mark.parametrize(
    ("pattern", "text", "first"),
    [
        (lambda: ascii_figures._RULE, "  ------+ total", 2),
        (lambda: ascii_figures._RULE, "  ------> total", 2),
        (lambda: code_blocks._PARAGRAPH, "    x = 1\n", 0),
        (
            lambda: novel_site_marks._PAGE_TURN,
            "心 ...\u3000\u3000\u3000［本章未完，请点击下一页",
            5,
        ),
        (lambda: markdown_marks._CLOSING, "## 第一回\u3000\u3000  ##", 6),
        (lambda: site_tails._PAGE, "www.sixiangguo.com \u3000\u3000 12", 18),
    ],
)
def test_no_match_starts_inside_its_run(pattern, text, first):
    """The search meets a run's match at its first character; from the run's inside no
    match starts, so a run with no match after it is read once (base45: from every one
    of its characters)."""
    pattern = pattern()
    assert pattern.search(text).start() == first
    inside = [p for p in range(first + 1, len(text)) if text[p - 1] == text[first]]
    assert inside and [p for p in inside if pattern.match(text, p)] == []


OLD_VTT_CUE = re.compile(
    subtitles._VTT_CUE.pattern.replace(
        r"(?![^\n]*-->)(?>[^\n]*\S[^\n]*\n)", r"(?![^\n]*-->)[^\n]*\S[^\n]*\n"
    ),
    re.MULTILINE,
)
# webvtt-py 0.6.0 tests/samples (test_subtitles.py's VTT_COLOURS): two cues with text
# identifiers.
CUES = (
    "WEBVTT\n\n"
    "sub0\n00:00:00.250 --> 00:00:02.500\n<c.red>Hi, my name is Fred</c>\n\n"
    "sub1\n00:00:02.500 --> 00:00:04.300\n<c.white>Hi, I'm Bill</c>\n"
)


@pytest.mark.parametrize("n", [0, 1, 2, 400])
def test_vtt_cues_the_same_beside_a_long_line(n, monkeypatch):
    """Clause line_split_once, guard: with a line of n " ." (no timing under it) before,
    between and after the cues, the cues and their identifiers are base45's, and so are
    ``cue_edits`` of the Netflix sample (test_subtitles.VTT) with such a line after it."""
    run = " ." * n
    text = CUES.replace("\n\nsub1", "\n\n" + run + "\n\nsub1") + "\n" + run + "\n"
    assert text.count("-->") == 2
    new = [(m.span(), m.groupdict()) for m in subtitles._VTT_CUE.finditer(text)]
    assert new == [(m.span(), m.groupdict()) for m in OLD_VTT_CUE.finditer(text)]
    assert [d["num"] for _, d in new] == ["sub0\n", "sub1\n"]
    netflix = VTT + "\n" + run + "\n"
    edits = cue_edits(netflix)
    monkeypatch.setattr(subtitles, "_VTT_CUE", OLD_VTT_CUE)
    assert edits and edits == cue_edits(netflix)


@pytest.mark.parametrize("unit", ["［＃", "※［＃", "［＃「"])
def test_heading_lines_counted_the_same_beside_unclosed_notes(unit):
    """Clause unclosed_opener_once in aozora_headings (a heading's lines with text, the
    notes cut): a heading of two lines, one of them holding 300 unclosed notes, keeps
    its two lines; its anchor is where the note opens."""
    heading = "［＃中見出し］綱引きと\n川通りもち" + unit * 300 + "［＃中見出し終わり］\n"
    text = HIROSHIMA + heading + "\u3000築城の際。\n"
    lines = heading.split("］", 1)[1].rsplit("［＃中見出し終わり", 1)[0].split("\n")
    for line in lines:
        assert aozora.shut(line, "［＃", "］")[1] or "［＃" not in line
        cut = ja_hard_wrap.sub_shut(aozora_headings_note(), "", line, "［＃", "］")
        assert cut == aozora_headings_note().sub("", line)
    edits = aozora_edits(text, set(RULES))
    marks = aozora_marks(text, edits, text)
    assert marks and marks[-1].lines == 2


def aozora_headings_note() -> re.Pattern:
    from transforms import aozora_headings

    return aozora_headings._NOTE
