"""Session 47 (branch wtA) worst cases, the same output read once: clauses ``ruby_line_once``
and ``run_in_title_open`` (``transforms.aozora_line_notes``) and ``link_then_name_once``
(``transforms.novel_site_marks``), and the long-run scan's two flags, ``scan_credit_line_once`` (``transforms.glued_stamps``)
and ``after_note_once`` (``transforms.aozora_headings``). Each worst shape is built around a real line and checked
against the old code; no timings: what a line read costs is counted in characters handed to
the note and ruby patterns.

Real lines: 坂本龍馬「手紙」 (慶応三年六月二十四日 坂本権平あて, Aozora Bunko card 51930: the one line
of the dump that opens with a ruby and sets a word flush right after it) and 棉花糖小说网's
"mianhuatang.la [棉花糖小说网]" (tests/transforms/test_novel_site_marks.py)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_novel_site_marks import MIANHUATANG
from tests.transforms.test_worst_cases_s46 import KANA, _answers
from tests.transforms.test_zh_stamps45 import GULONG
from transforms import aozora, glued_stamps, novel_site_marks
from transforms.aozora_headings import AFTER, after_notes
from transforms.aozora_line_notes import _RUN_IN, run_in_title
from transforms.glued_stamps import scan_credits
from transforms.novel_site_marks import _LINK_THEN_NAME, link_then_names
from transforms.textedit import Edit, apply_edits

# card 51930, line 31: a kanbun ruby over notes opens the line, "再拝。" flush right
RYOMA = "｜御笑可［＃レ］被［＃レ］遣《（おわらひつかはさるべく）》候。［＃地付き］再拝。"
LED = "｜御笑可［＃レ］被［＃レ］遣《（おわらひつかはさるべく）》"


def _shapes(k):
    """Lines that open with a ruby, ``k`` flush-right notes each with a ruby before it."""
    return {
        "ruby-led": (LED + "［＃地付き］") * k + "再拝。",
        "ruby-led, short rubies": LED + "｜再拝《さいはい》［＃地付き］" * k + "再拝。",
        "ruby-led, rubies after the notes": LED + "［＃地付き］｜再拝《さいはい》" * k + "候。",
        "ruby-led, a word at the end of each": (LED + "候。［＃地付き］") * k + "再拝。",
        # built: a ruby whose base holds the flush-right note ("｜" tried and left before
        # the note, the ruby closes after it: nothing before the next note)
        "a ruby over a note": LED + "｜再［＃地付き］拝《さいはい》［＃地付き］" * k + "再拝。",
        "a reading over a note": LED + "｜再拝《さい［＃地付き］はい》［＃地付き］" * k + "再拝。",
        "an open bar": LED + "｜再拝［＃地付き］" * k + "《さいはい》再拝。",
        "an ASCII bar": LED + "|再拝《さいはい》［＃地付き］" * k + "再拝。|",
        "a mark after a ruby": LED + "※｜再拝《さいはい》［＃地付き］" * k + "再拝。",
        "an open note after a ruby": LED + "［＃｜再拝《さいはい》［＃地付き］" * k + "再拝。",
    }


@pytest.mark.parametrize("k", [1, 2, 200])
def test_ruby_led_shapes_answer_as_the_reference(k):
    """Clause ruby_line_once: every note's answers equal base46's functions (the slow
    reference of test_worst_cases_s46), on shapes where the carry holds and where it must
    not (a ruby that runs over a note, "|", "※", an open "［＃")."""
    for name, line in _shapes(k).items():
        text = "雨に濡れた大名\n\n" + RYOMA + "\n" + line + "\n"
        ref, new = _answers(text)
        assert new == ref, name
        assert len(ref) >= k, name


def test_the_real_line_keeps_its_cut():
    """坂本龍馬's line: the ruby takes the line's first word, "候。" is before the note, so
    "再拝。" goes on a line of its own."""
    text = KANA + RYOMA + "\n"
    ref, new = _answers(text)
    assert new == ref == [(False, "", None)] * 2 + [(False, "\n", None)]
    out = apply_edits(text, aozora.aozora_edits(text, frozenset(aozora.RULES)))[0]
    assert out.endswith("御笑可被遣候。\n再拝。\n")


class _Counting:
    """A note or ruby pattern that counts the characters its ``sub`` and ``finditer`` are
    handed (from ``pos`` on)."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def sub(self, repl, text):
        self.read += len(text)
        return self.pattern.sub(repl, text)

    def finditer(self, text, pos=0, endpos=None):
        self.read += (len(text) if endpos is None else endpos) - pos
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.mark.parametrize("name", ["ruby-led", "ruby-led, short rubies"])
def test_a_ruby_led_line_is_read_once(monkeypatch, name):
    """Clause ruby_line_once: 300 flush-right notes on a line that opens with a ruby hand
    the note and ruby patterns a bounded multiple of the text (base47 read the line from
    its start for each note: about 150 times the text here)."""
    text = KANA + RYOMA + "\n" + _shapes(300)[name] + "\n"
    note, ruby = _Counting(aozora._NOTE), _Counting(aozora._RUBY)
    monkeypatch.setattr(aozora, "_NOTE", note)
    monkeypatch.setattr(aozora, "_RUBY", ruby)
    aozora.aozora_edits(text, frozenset(aozora.RULES))
    assert note.read + ruby.read <= 4 * len(text)


def _search(note):
    m = _RUN_IN.search(note)
    return (m is not None, m.group(1) if m else None)


@pytest.mark.parametrize("k", [0, 1, 2, 3000])
def test_run_in_title_with_closers_is_the_search(k):
    """Clause run_in_title_open: notes with "］" or a line break (base47 took the plain,
    quadratic search for them) answer as ``_RUN_IN.search``."""
    notes = [
        "「" * k + "］",
        "「" * k + "\n",
        "「一月二日」は同行中見出し\n",
        "「" + "［＃］" * k + "」は同行中見出し",
        "「一［＃「上」］" + "「" * k + "」は窓大見出し",
        "］" + "「a［＃" * k,
        "「a［＃" * k + "］」は同行小見出し",
        "「［＃「一」は同行中見出し］」は同行中見出し" + "］" * k,
        "同行中見出し終わり\n" + "「" * k,
        "「" * k + "同行大見出し終わり\n",
    ]
    for note in notes:
        assert run_in_title(note) == _search(note), note[:20]


_TITLE_ITEMS = [*"「」［］＃は大中小窓\na漢"] + [
    "同行",
    "見出し",
    "終わり",
    "［＃",
    "」は同行中見出し",
    "」は窓大見出し",
    "同行小見出し終わり",
    "［＃「",
    "」］",
]


@settings(max_examples=5000, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_ITEMS), max_size=25).map("".join))
def test_random_notes_title_as_the_search(note):
    """Clause run_in_title_open over the pattern's own pieces ("「", "」", "［＃", "］", the
    tails, line breaks): the same answer as ``_RUN_IN.search``."""
    assert run_in_title(note) == _search(note)


_RUBY_ITEMS = [*"《》｜［］＃※|漢かな \u3000"] + [
    "［＃地付き］",
    "※［＃地付き］",
    "｜本《ほん》",
    "本《ほん》",
    "｜本［＃地付き］《ほん》",
    "｜本《ほ［＃地付き］ん》",
    "［＃レ］",
    "［＃",
    LED,
]


@settings(max_examples=1500, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_RUBY_ITEMS), max_size=30).map("".join))
def test_random_ruby_lines_answer_as_the_reference(line):
    """Clause ruby_line_once over lines of rubies, bars and flush-right notes."""
    ref, new = _answers("雨\n" + line + "\n")
    assert new == ref


# clause link_then_name_once: the shapes of session 46 wtI (a run of "a-" read from each "-")
_LINK_LINE = "萧楚就会相安无事，等风波停止了，萧楚便可以回去。mianhuatang.la [棉花糖小说网]"


def _spans(text):
    return [m.span() for m in _LINK_THEN_NAME.finditer(text)], [
        m.span() for m in link_then_names(text)
    ]


@pytest.mark.parametrize("k", [0, 1, 2, 3000])
def test_link_then_names_is_the_finditer(k):
    head, tail = _LINK_LINE.split("mianhuatang.la")
    lines = [
        _LINK_LINE,
        head + "a-" * k + "mianhuatang.la" + tail,
        head + "a-" * k + ".la，mianhuatang.la" + tail,
        head + "a-" * k + "..mianhuatang.la" + tail,
        head + "名-" + "a-" * k + "b..c-mianhuatang.la" + tail,
        head + "a." * k + "la" + tail,
        head + "www." * k + "la" + tail,
        head + ("mianhuatang.la" + tail) * k,
        head + "mianhuatang.la" + " " * k + tail,
        head + "Kſ-" * k + "mianhuatang.LA" + tail,
        head + "_a-" * k + "mianhuatang.la [" + "棉" * k + "]",
    ]
    for line in lines:
        old, new = _spans(line)
        assert new == old, line[:40]
    assert [_LINK_LINE[a:b] for a, b in _spans(_LINK_LINE)[1]] == ["mianhuatang.la [棉花糖小说网]"]


_LINK_ITEMS = [*"abwW-.0 \u3000\t\n[]【】()（）［］名_/Kſé"] + [
    "www.",
    "..",
    "com",
    "CoM",
    "cn",
    "la",
    "info",
    "me",
    "x.com",
    "a-b.cc",
    "abcdefghijklm",
    "a.com【名】",
    "-a.la (站)",
]


@settings(max_examples=5000, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_LINK_ITEMS), max_size=30).map("".join))
def test_random_links_match_as_the_finditer(text):
    """Clause link_then_name_once over the pattern's own pieces: the same spans."""
    old, new = _spans(text)
    assert new == old


def test_the_real_marks_keep_their_cuts():
    """棉花糖小说网's six places (two address-then-name) are cut as before; a run of "a-"
    glued to one name makes it another host ("a-a-…-mianhuatang.la"): five cuts, that place
    kept, the same address-then-name matches as the pattern's."""
    cuts = novel_site_marks.repeated_bracketed_links(MIANHUATANG)
    assert len(cuts) == 6
    grown = MIANHUATANG.replace("回去。mianhuatang", "回去。" + "a-" * 2000 + "mianhuatang")
    spans = [(e.start, e.end) for e in novel_site_marks.repeated_bracketed_links(grown)]
    assert len(spans) == 5 and all(b - a < 40 for a, b in spans)
    old, new = _spans(grown)
    assert new == old and len(new) == 2
    assert re.fullmatch(r"(?:a-)+mianhuatang\.la \[棉花糖小说网\]", grown[slice(*new[0])])


# clause scan_credit_line_once (transforms.glued_stamps): base47's scan_credits, the reference
def _old_scan_credits(text):
    cuts = set()
    for key in "扫掃":
        pos = text.find(key)
        while pos >= 0:
            if text.startswith("描", pos + 1):
                a = text.rfind("\n", 0, pos) + 1
                b = text.find("\n", pos)
                b = len(text) if b < 0 else b
                if glued_stamps._SCAN_CREDIT.fullmatch(text[a:b].strip()):
                    cuts.add(Edit(a, min(b + 1, len(text)), "", glued_stamps.RULE))
            pos = text.find(key, pos + 1)
    return sorted(cuts, key=lambda e: e.start)


@pytest.mark.parametrize("k", [0, 1, 2, 3000])
def test_scan_credits_are_the_old_cuts(k):
    """Clause scan_credit_line_once: a line is matched once (the long-run scan's "扫描" and
    "掃描" runs, x4 per doubling in clean); the cuts equal base47's on 古龙's credit line
    (旧雨楼, tests/transforms/test_zh_stamps45.py) and lines of many 扫描 / 掃描."""
    credit = "旧雨楼·张丹枫 扫描 旧雨楼·慕容汐妃 OCR"
    texts = [
        GULONG,
        GULONG.replace(credit, "扫描" * k),
        GULONG.replace(credit, credit + "\n" + "掃描扫描" * k + "\n" + credit),
        GULONG.replace(credit, "旧雨楼·张丹枫 扫描" + " 扫描" * k),
        GULONG.replace(credit, "旧雨楼·张丹枫 扫描 旧雨楼·慕容汐妃 掃描" + "扫" * k),
        (credit + "\n") * k + "扫描",
        "扫" * k + "描\n" + credit,
    ]
    for text in texts:
        assert scan_credits(text) == _old_scan_credits(text)
    assert len(scan_credits(texts[2])) == 2


def _after(text):
    return [(m.start(), m.group(1)) for m in AFTER.finditer(text)]


@pytest.mark.parametrize("k", [0, 1, 2, 3000])
def test_after_notes_are_the_finditer(k):
    """Clause after_note_once (the long-run scan's "［＃「" flag in clean): the heading notes
    ``AFTER`` finds, on 泡鳴と王堂's line (card 46615) and shapes around it: runs of "［＃「",
    a heading note inside a note the run reads, an unclosed "［＃" after the last "］"."""
    line = "泡鳴と王堂［＃「泡鳴と王堂」は同行中見出し］［＃地付き］９・１（夕）"
    note = "［＃「泡鳴と王堂」は同行中見出し］"
    texts = [
        line,
        "［＃「" * k + line,
        line.replace("泡鳴と王堂［", "泡鳴と王堂" + "［＃「" * k + "［", 1),
        "［＃「a" + note * k + "x\n" + line,
        "［＃「" + "［＃x" + note * k + "」は大見出し］",
        line + "［＃「" * k,
        "［＃「" + "「" * k + "［＃「一」は小見出し］" + "」" * k,
    ]
    for text in texts:
        assert after_notes(text) == _after(text)
    assert after_notes(line) == [(5, "中")]


_AFTER_ITEMS = [*"「」［］＃は大中小窓\na"] + [
    "［＃「",
    "同行",
    "見出し］",
    "」は中見出し］",
    "」は窓大見出し］",
    "［＃「一」は中見出し］",
    "［＃x］",
]


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_ITEMS), max_size=30).map("".join))
def test_random_after_notes_are_the_finditer(text):
    assert after_notes(text) == _after(text)


# Review (session 47, second engineer). 北越雪譜 (card 58400, line 840) writes its ruby bar as
# ASCII: "魚沼郡|雲洞村《うんどうむら》" (tests/data/ja_aozora_ascii_bar.txt). Built: that ruby's base
# runs over the line's first flush-right note, so the "|" the reading up to that note tried
# and left opens a ruby that closes after it.
HOKUETSU = LED + "|雲洞［＃地付き］村《うんどうむら》［＃地付き］雲洞庵なり。"


def test_an_ascii_bar_over_a_note_is_not_carried():
    """Clause ruby_line_once: a "|" before the last note, tried and left there, stops the
    carry as a "｜" does (``_ruby_cut`` answers not clean for any "|"): the ruby over the
    first note takes the line up to the second note, so nothing is before that one and its
    tail stays on the line, as the reference has it (the first note's tail goes on a line of
    its own: "雲洞" is before it)."""
    text = "雨に濡れた大名\n\n" + RYOMA + "\n" + HOKUETSU + "\n"
    ref, new = _answers(text)
    assert new == ref
    assert ref[-2:] == [(False, "\n", None), (False, "", None)]
    out = apply_edits(text, aozora.aozora_edits(text, frozenset(aozora.RULES)))[0]
    assert out.endswith("御笑可被遣候。\n再拝。\n御笑可被遣雲洞\n村雲洞庵なり。\n")


# jbts6+wuxia-novel's dashboard plan (.trellis/tasks/archive/2026-07/07-12-optimize-dashboard-
# workbench/prd.md): a Markdown line with two 扫描, neither a credit
PLAN = "- 对可客观计数的扫描阶段，展示当前 pass 的已完成窗口数、总窗口数，以及三类 pass 的总扫描覆盖计数。"


class _Fullmatches:
    """``_SCAN_CREDIT`` counting the characters its ``fullmatch`` is handed."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def fullmatch(self, text):
        self.read += len(text)
        return self.pattern.fullmatch(text)


def test_a_line_of_many_scans_is_matched_once(monkeypatch):
    """Clause scan_credit_line_once: the plan's line 300 times on one line (600 扫描) and
    古龙's credit line: the credit pattern is handed each line once (base47 handed the long
    line once per 扫描: 600 times its length); the credit is still cut, the plan kept."""
    text = GULONG.replace("\n\n第三回", "\n\n" + PLAN * 300 + "\n\n第三回", 1)
    counting = _Fullmatches(glued_stamps._SCAN_CREDIT)
    monkeypatch.setattr(glued_stamps, "_SCAN_CREDIT", counting)
    cuts = scan_credits(text)
    assert counting.read <= 2 * len(text)
    monkeypatch.undo()
    assert cuts == _old_scan_credits(text)
    assert [text[e.start : e.end] for e in cuts] == ["旧雨楼·张丹枫 扫描 旧雨楼·慕容汐妃 OCR\n"]
    # built from 旧雨楼's other credit ("旧雨楼·slqlzf 扫描 旧雨楼·月息 OCR"): a maker that
    # opens with 扫描, the next line's first character, is still read after the plan's line
    credit = "扫描·slqlzf OCR 旧雨楼·月息 校对"
    text = PLAN + "\n" + credit + "\n" + PLAN
    assert [text[e.start : e.end] for e in scan_credits(text)] == [credit + "\n"]
    assert scan_credits(text) == _old_scan_credits(text)
