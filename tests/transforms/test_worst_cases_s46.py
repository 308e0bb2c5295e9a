"""Session 46 worst cases, the same output read once: clauses ``note_line_once`` and
``run_in_scan_once`` (``transforms.aozora_line_notes``) and ``own_text_once``
(``transforms.promo_lines``). Each worst shape (thousands of one unit in a line) is built
around a real line and checked against a slow reference: base46's code, copied here. No
timings: what a line read costs is counted in characters handed to the note patterns.

Real lines: 佐藤垢石「増上寺物語」 (Aozora Bunko card 46789: a bond's last words and its signer
set flush right), 宮本百合子「日記　一九二二年」 (card 46241: a run-in date heading), 泡鳴と王堂
(card 46615's run-in heading with a flush-right date, as the session 36 docstring quotes it),
and the ixdzs.com promotion line of clause ``promotion_length_outside_address``."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms import aozora, promo_lines
from transforms.aozora_line_notes import _RUN_IN, NoteLines, run_in_title
from transforms.textedit import apply_edits
from transforms.unclosed_openers import shut

SIGNER = "前書之通相違御座無候以上［＃地から３字上げ］家老　松平権十郎"
DIARY = "［＃１字下げ］一月二日［＃「一月二日」は同行中見出し］（月曜）晴"
RUN_IN_TAIL = "泡鳴と王堂［＃「泡鳴と王堂」は同行中見出し］［＃地付き］９・１（夕）"
PROMO = (
    "爱下电子书Txt版阅读，下载和分享更多电子书请访问:http://www.ixdzs.com,"
    "手机访问:http://m.ixdzs.com,E-mail:support@ixdzs.com"
)
# 日記's first line, forty times: kana enough for clause aozora_kana_text to read the notes
KANA = "　去年の日記に所謂九星の表がついて居た。\n" * 40
_RIGHT = re.compile("地付き|地(?:から|より)[0-9０-９一二三四五六七八九十]+字上げ")


# base46's transforms.aozora._run_in, _run_in_start and _right_tail: the slow reference
def _ref_run_in(text, m):
    if not _RUN_IN.search(m.group(2)):
        return False
    end = text.find("\n", m.end())
    rest = text[m.end() : len(text) if end < 0 else end]
    return bool(aozora._NOTE.sub("", rest).strip(" \t\u3000"))


def _ref_run_in_start(text, m):
    title = _RUN_IN.search(m.group(2) or "")
    if not title or title.group(1) is None or "［" in title.group(1):
        return None
    start = m.start() - len(title.group(1))
    line = text.rfind("\n", 0, max(start, 0)) + 1
    if start <= line or text[start : m.start()] != title.group(1):
        return None
    before = text[line:start].rsplit("］", 1)[-1]
    return start if before.strip(" \t\u3000") else None


def _ref_right_tail(text, m):
    if not _RIGHT.fullmatch(m.group(2)):
        return ""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    note, ruby = aozora._NOTE, aozora._RUBY
    before = note.sub("", ruby.sub("", text[start : m.start()])).strip(" \t\u3000")
    after = note.sub("", text[m.end() : len(text) if end < 0 else end]).strip(" \t\u3000")
    if not (before and after):
        return ""
    notes = list(note.finditer(text, start, m.start()))
    if notes and notes[-1].end() == m.start() and _RUN_IN.search(notes[-1].group(2) or ""):
        return ""
    return "\u3000" if text.startswith("\u3000\u3000\u3000", start) else "\n"


def _answers(text):
    """(reference, NoteLines) answers for every note of ``text``."""
    notes = list(aozora._NOTE.finditer(shut(text, "［＃", "］")[0]))
    lines = NoteLines(text, notes)
    ref, new = [], []
    for i, m in enumerate(notes):
        if m.group(2) is not None:
            ref.append((_ref_run_in(text, m), _ref_right_tail(text, m), _ref_run_in_start(text, m)))
            new.append((lines.run_in(i), lines.right_tail(i), lines.run_in_start(i)))
    return ref, new


def _shapes(k):
    """Worst shapes with ``k`` units, each inside a real line."""
    head, tail = SIGNER.split("［＃地から３字上げ］")
    return {
        "flush-right run": head + "［＃地から３字上げ］" * k + tail,
        "flush-right each": (head + "［＃地付き］") * k + tail,
        "flush-right rubies": ("｜以上《いじょう》［＃地付き］") * k + tail,
        "flush-right rubies after a word": head + "｜以上《いじょう》［＃地付き］" * k + tail,
        "flush-right after an indent": "　［＃２字下げ］" + head + "［＃地付き］" * k + tail,
        "flush-right after a ruby note": "［＃「｜」は縦中横］" + head + "［＃地付き］" * k + tail,
        # built, not found in the dump: a ruby from a bar inside the opening note takes the
        # line's first word, and what is left of the note closes at a later one ("" each)
        "flush-right after a bar in a note": "［＃「｜」は縦中横］頓首《とんしゅ》"
        + "［＃レ］［＃地付き］" * k
        + "龍",
        # built: a ruby cut leaves "※" or an open "［＃" that a later note takes ("" after it)
        "flush-right after a mark": "［＃２字下げ］※｜頓首《とんしゅ》［＃地付き］"
        + "［＃地付き］" * k
        + "龍",
        "flush-right after an open note": "［＃２字下げ］［＃「｜頓首］《とんしゅ》［＃地付き］"
        + "［＃地付き］" * k
        + "龍",
        "flush-right bars": head + "|" + "［＃地付き］" * k + tail + "|",
        "flush-right marks": head + "※" * k + "［＃地付き］※［＃地付き］" + tail,
        "run-in open": "一月二日［＃「" + "「" * k + "］（月曜）晴",
        "run-in stops": "一月二日［＃「" + "「「［" * k + "」は同行中見出し］（月曜）晴",
        "run-in titles": DIARY.replace("（月曜）晴", "") * k + "（月曜）晴",
        "run-in tails": RUN_IN_TAIL.replace("９・１（夕）", "") * k + "９・１（夕）",
    }


@pytest.mark.parametrize("k", [1, 2, 300])
def test_worst_shapes_answer_as_the_reference(k):
    for name, line in _shapes(k).items():
        text = "雨に濡れた大名\n\n" + SIGNER + "\n" + line + "\n" + DIARY + "\n"
        ref, new = _answers(text)
        assert new == ref, name
        assert any(a != (False, "", None) for a in ref)  # the shape's notes are answered


def test_the_real_lines_keep_their_cuts():
    text = "\n".join([SIGNER, DIARY, RUN_IN_TAIL])
    ref, new = _answers(text)
    assert (
        new
        == ref
        == [
            (False, "\n", None),
            (False, "", None),
            (True, "", None),
            (True, "", None),
            (False, "", None),  # "" right after the run-in heading's note
        ]
    )
    edits = aozora.aozora_edits(text, frozenset(aozora.RULES))
    # the signer's line break, then a blank line after each run-in heading's note
    assert [e.replacement for e in edits if e.replacement] == ["\n", "\n\n", "\n\n"]


# 坂本龍馬「続　手紙」 (card 52145): a letter's signer, one character set flush right; 山崎富栄
# 「雨の玉川心中」 (card 56258): a run-in date heading with one character of weather after it
RYOMA = (
    "右借用仕度、此使に御送り被［＃レ］遣候得バ、難［＃レ］有次第奉［＃レ］存候。頓首［＃地付き］龍"
)
TOMIE = "［＃１字下げ］三月十七日［＃「三月十七日」は同行中見出し］\u3000雨"


def test_one_character_after_the_note_is_its_line_rest():
    """Clause note_line_once: a line's last gap is read to the line's end, so one
    character after a flush-right or run-in note is text after it (review, session 46:
    a gap read one character short passed every other test)."""
    text = KANA + RYOMA + "\n" + TOMIE + "\n"
    ref, new = _answers(text)
    assert new == ref
    assert new[3:] == [(False, "\n", None), (False, "", None), (True, "", None)]
    edits = aozora.aozora_edits(text, frozenset(aozora.RULES))
    out = apply_edits(text, edits)[0]
    assert out.endswith("。頓首\n龍\n三月十七日\n\n\u3000雨\n")


# 萩原朔太郎「宿命」 (card 1790): a run-in heading set in by one "　", a line with a note above it
KAGAMI = "　鏡［＃「鏡」は同行小見出し］\u3000\u3000戀愛する「自我」の主體についての覺え書。"


def test_a_run_in_heading_set_in_takes_no_break_before_it():
    """Clause aozora_run_in_line: only blanks before the heading on its line (the line's last
    "］" looked for on the line only, not above it): no line break goes before the heading
    (review, session 46: the search for "］" from the text's start passed every other test)."""
    text = KANA + "［＃５字下げ］宿命［＃「宿命」は大見出し］\n" + KAGAMI + "\n"
    ref, new = _answers(text)
    assert new == ref
    assert new[-1] == (True, "", None)


class _Counting:
    """A note or ruby pattern that counts the characters its ``sub`` is handed."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def sub(self, repl, text):
        self.read += len(text)
        return self.pattern.sub(repl, text)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.mark.parametrize(
    "name",
    ["flush-right run", "flush-right each", "flush-right rubies after a word", "run-in titles"],
)
def test_a_line_of_notes_is_read_once(monkeypatch, name):
    """Clause note_line_once: 300 notes on one line hand the note and ruby patterns a
    bounded multiple of the text (base46 handed them the line once per note)."""
    text = KANA + SIGNER + "\n" + _shapes(300)[name] + "\n"
    note, ruby = _Counting(aozora._NOTE), _Counting(aozora._RUBY)
    monkeypatch.setattr(aozora, "_NOTE", note)
    monkeypatch.setattr(aozora, "_RUBY", ruby)
    aozora.aozora_edits(text, frozenset(aozora.RULES))
    assert note.read + ruby.read <= 4 * len(text)


@pytest.mark.parametrize("k", [0, 1, 2, 3000])
def test_run_in_title_is_the_search(k):
    """Clause run_in_scan_once: ``run_in_title`` answers as ``_RUN_IN.search`` on notes with
    runs of "「" (and the plain search where a note holds "］")."""
    notes = [
        "「一月二日」は同行中見出し",
        "「" * k + "一月二日」は同行中見出し",
        "「" + "「" * k,
        "「一" + "「「［" * k + "」は窓大見出し",
        "「泡鳴と王堂" + "「" * k + "」は同行中見出し",
        "同行中見出し終わり" + "「" * k,
        "「" * k + "同行中見出し終わり",
        "「" + "一" * k + "［＃「上」］」は同行小見出し",
    ]
    for note in notes:
        m = _RUN_IN.search(note)
        assert run_in_title(note) == (m is not None, m.group(1) if m else None), note[:20]


_OLD_OWN_TEXT = re.compile(
    r"(?:https?://|www\.|[a-z0-9.]+@)[A-Za-z0-9./?=&%#~:+_@-]*"
    r"|[a-z]+\.[a-z0-9-]+\.(?:com|net|org|cn)\b",
    re.I,
)


@pytest.mark.parametrize("k", [0, 1, 2, 3000])
def test_own_text_is_the_old_search(k):
    """Clause own_text_once: the spans of base46's ``_OWN_TEXT`` on the ixdzs line with runs
    of letters, dots and site names (a site name before ".x@y": the start the look-behind
    refuses and ``_own_text`` tries)."""
    lines = [
        PROMO,
        PROMO.replace("手机", "w" * k + "手机"),
        PROMO + "w" * k,
        PROMO.replace("support@", "support" + "." * k + "@"),
        "ixdzs.m.com" * k + ".support@ixdzs.com",
        "a.b.com" + ".a.b.com" * k + "手机",
        "a.b.cn.x@y" + "ſK.w" * k,
        # a site name the mail run cannot cross ("-"), then ".x@y": the mail branch from the
        # "." (review, session 46: without that retry every other line here passed)
        PROMO.replace("support@", "m.ix-dzs.com" + ".m.ix-dzs.com" * k + ".support@"),
    ]
    for line in lines:
        spans = [m.span() for m in _OLD_OWN_TEXT.finditer(line)]
        assert promo_lines._own_text(line) == spans
        assert promo_lines._own_text_cut(line) == _OLD_OWN_TEXT.sub("", line)


# Review (session 46): the per-note answers over short random lines of the notation's own
# characters and items, many notes and rubies to a line (the review ran 25,000 examples, 0
# differ; here a derandomized few hundred guard the clauses in the suite)
_ITEMS = [*"「」《》｜［］＃地付き字下げかなほんの漢本記 \u3000\n|※２／＼"] + [
    "［＃地付き］",
    "［＃地から３字上げ］",
    "［＃２字下げ］",
    "※［＃地付き］",
    "｜本《ほん》",
    "本《ほん》",
    "|本《ほん》",
    "［＃「本」は同行中見出し］",
    "［＃同行中見出し終わり］",
    "「本」は同行中見出し",
    "［＃",
    "／＼",
]


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_ITEMS), max_size=40).map("".join))
def test_random_lines_answer_as_the_reference(text):
    ref, new = _answers(text)
    assert new == ref
