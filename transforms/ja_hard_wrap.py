"""Clause ``aozora_hard_wrapped`` (session 36): Aozora-notation text that was hard-wrapped
(its paragraphs broken at a column, 《》 readings and all) is wrapped after all.

Clause ``aozora_never_wrapped`` (``transforms.aozora.never_wrapped``) tells the unwrap stage
to join no line of a text that carries Aozora Bunko's notation: Aozora sets a paragraph a
line. A user's copy re-wrapped at 20-40 columns (an old e-text, a converted file) kept
every break: 芥川「羅生門」 wrapped at 30 columns came out of cleaning as 237 lines, 196 of
them ending mid-sentence ("…はっ" / "きり見えた。").

Such a text shows its column: most lines that end mid-sentence, with the next line going
on (no indent "　", no opening 「『（), are of one length (within a character; counted with
the readings, or without them where the wrap counted what a reader sees). Over the 14,311
texts of the Aozora mirror (paragraph a line; counted in session 36's record) no
text passes the tests below; the wrapped 羅生門 passes them at 20, 30 and 40 columns, with
0.73-0.86 of its lines going on and 0.92-1.0 of them at the column.

Guards: a line holding a note (［＃…］) is neither measured nor a next line (notes' own
lengths pile: image lists, indented blocks); a line padded inside with "　　" (a haiku and
its poet set at one width, 正岡子規's 古池の句の弁) is no wrapped line; at least
``MIN_GOING_ON`` lines going on, ``MIN_SHARE`` of the lines of 10 characters or more, a
column of ``MIN_COLUMN`` characters or more (short verse lines pile at 11-13).

Clause ``aozora_hard_wrapped_prose`` (session 36 review): at least ``MIN_PUNCTUATED`` of the
lines going on hold a "、" or "。" before their last character, as wrapped prose does (羅生門
at 20-40 columns: 0.92-1.0). Tanka written in kana, one a line (百人一首: 31-33 characters,
no mark, no indent), pile at one length as a wrap does: read as wrapped, a collection was
joined into one paragraph.

Clause ``ja_wrapped_paragraph_start`` (session 36, ``paragraph_starts``, called by the unwrap
stage): in wrapped Japanese a line that ends a sentence (。」』！？) under which a line opens
with the paragraph indent "　" or an opening 「『 ends its paragraph, even at the column:
the stage's CJK joins ran such a paragraph into the next (羅生門 wrapped at 30 columns: 3 of
its 38 paragraph breaks lost, "…こう云った。" / "「己は検非違使の庁の…"). Guards: only
Japanese text (clause ``aozora_kana_text``'s kana share); an opening is evidence only where
the text's wraps seldom open so: of the joins after a line left open mid-sentence, at most
``MAX_OPEN_WRAPS`` open with that mark (a text indenting every line, or wrapped before its
quotes, keeps its joins).

Clauses ``aozora_hard_wrapped_raw_gaiji_pile`` (``_raw_pile``: a gaiji note is measured as the
character it is) and ``aozora_hard_wrapped_raw_speaker`` (``_next_speech``: a play's next speech
is not joined at the raw column), session 41: see there.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search
from transforms.unclosed_openers import sub_shut

MIN_COLUMN = 20
MIN_GOING_ON = 20
MIN_SHARE = 0.5
MIN_PILE = 0.8
MIN_PUNCTUATED = 0.5
_MARKS = re.compile("[、。]")
# Clause aozora_hard_wrapped_nested_note (session 37): a note is cut whole with a note nested in
# it ("［＃「図‐101［＃「101」は縦中横］」のキャプション付きの図（…）入る］"): cut at the inner "］",
# its rest ("」のキャプション付きの図（…）入る］") escaped the note guard (モース「日本その日その日」,
# 001764 55990: 728 such rests piled at 43 characters).
_READINGS = re.compile("《[^》\n]*》|［＃(?:[^［］\n]|［[^［］\n]*］)*］|｜")
_ENDS = tuple("。」』）！？…―")
_OPENS = tuple("　「『（ ")
MAX_OPEN_WRAPS = 0.1
_STOPS = np.asarray([ord(c) for c in "。」』！？"], dtype=np.uint32)
_QUOTES = np.asarray([ord(c) for c in "「『"], dtype=np.uint32)


def _going_on(t: str, n: str) -> bool:
    """``t`` may be a wrapped line, ``n`` the line under it (the guards in the module doc)."""
    return (
        bool(n)
        and not n.startswith(_OPENS)
        and "［＃" not in t
        and "［＃" not in n
        and "\u3000\u3000" not in t.lstrip("\u3000")
    )


def _pile(lines: list[str]) -> tuple[int, int] | None:
    """The number of lines going on at the column (within a character), and the column,
    when the lines pass every bar (else None)."""
    return _pile_of(lines, _going_on_at(lines))


def _going_on_at(lines: list[str]) -> list[int]:
    """The indices of the ``lines`` that go on (``_going_on``) at ``MIN_COLUMN`` or more."""
    return _going_on_at_pairs(lines, range(len(lines) - 1))


def _pile_of(lines: list[str], at: list[int]) -> tuple[int, int] | None:
    """``_pile`` of ``lines`` whose lines going on are ``at``."""
    going_on = [lines[i] for i in at]
    if len(going_on) < MIN_GOING_ON:
        return None
    if len(going_on) < MIN_SHARE * sum(1 for t in lines if len(t) >= 10):
        return None
    marked = sum(1 for t in going_on if _MARKS.search(t, 0, len(t) - 1))
    if marked < MIN_PUNCTUATED * len(going_on):  # clause aozora_hard_wrapped_prose
        return None
    counts = Counter(len(t) for t in going_on)
    column = max(counts, key=counts.get)
    piled = counts[column - 1] + counts[column] + counts[column + 1]
    return (piled, column) if piled >= MIN_PILE * len(going_on) else None


def hard_wrapped(text: str) -> bool:
    """Clause ``aozora_hard_wrapped``: ``text`` (normalized, notation kept) is wrapped at a
    column, counted with its readings and notes or without them."""
    if _raw_pile(text):
        return True
    return ("《" in text or "［＃" in text) and _pile(
        sub_shut(_READINGS, "", text, "《", "》").split("\n")
    ) is not None


# Clause aozora_hard_wrapped_raw_gaiji (session 38): a gaiji note ("※［＃「牛＋健のつくり」、第4
# 水準2-80-1］", a character the page shows) is no note for the join guards: 芥川「蜘蛛の糸」names
# 犍陀多 so on every page, and wrapped at 30 counting the readings, each line holding him kept
# its break ("…この※［＃…］" / "陀多と云う…"). Measured raw as the wrap counted it.
_GAIJI = re.compile("※\n?［＃[^［］\n]*］")


# Clause aozora_hard_wrapped_raw_long_token (session 39): a gaiji note longer than the column
# ("※［＃「插」でつくりの縦棒が下に突き抜けている、第4水準2-13-28］", 36 characters raw) or such a
# reading fills a line of the wrap alone; its break was kept, and the reading under it with
# it: "野の花を襟に揷" / "《さ》したりして帰ってくる" (久生十蘭 001224 47488, wrapped at 30 counting
# the readings: 9 such breaks in 95 of 150 random mirror texts, all after a long note).
_ONE_TOKEN = re.compile("※+|《[^》\n]*》")


def _gaiji_kept(lines: str) -> str:
    """``lines`` (a line, "\n", the next) with each gaiji note as "※" padded to its raw width
    (the wrap counted it so), for ``_going_on``'s note guard; a note the wrap parted from its
    "※" ("…この※" / "［＃「特のへん＋廴＋聿」…］陀多と云う") too."""
    return _GAIJI.sub(lambda m: "".join(c if c == "\n" else "※" for c in m.group()), lines)


# the boilerplate stage asks for one text's pile up to three times (hard_wrapped, raw_wrap_joins
# in aozora_edits and again in never_wrapped)
@lru_cache(maxsize=2)
def _raw_pile(text: str) -> tuple[int, int] | None:
    """Clause ``aozora_hard_wrapped_raw_gaiji_pile`` (session 41): ``_pile`` of the raw lines,
    or of the raw lines as the wrap measured them, each gaiji note a run of "※" of its raw
    width (``_going_on``'s note guard then reads a line naming a gaiji character as the prose
    line it is), whichever piles more lines. 芥川「蜘蛛の糸」names 犍陀多 so on every page:
    wrapped at 40 counting the readings, 23 of its 83 lines going on held the note, 60 were
    left of the 126 long lines (under ``MIN_SHARE``) and the text kept all its breaks (146
    lines in, 114 out). The better of the two, so no text read as wrapped before is lost: a
    short text's legend example line "（例）※［＃…］" counted as going on took its pile under
    ``MIN_PILE`` (0.78: 001346 49508 at 40 columns)."""
    lines = text.split("\n")
    at = _going_on_at(lines)
    raw = _pile_of(lines, at)
    if "※［＃" not in text and "※\n［＃" not in text:
        return raw
    # a gaiji note changes only the pairs of the lines it is on (its width kept): those are
    # read again, the others' decisions kept (the loop over every line costs 2% of cleaning)
    spans, line, pos = [], 0, 0  # the runs of lines holding gaiji notes
    for m in _GAIJI.finditer(text):
        line += text.count("\n", pos, m.start())
        pos, last = m.start(), line + m.group().count("\n")
        if spans and spans[-1][1] >= line:
            spans[-1][1] = max(spans[-1][1], last)
        else:
            spans.append([line, last])
    seen_lines, touched = lines.copy(), set()
    for a, b in spans:
        seen_lines[a : b + 1] = _gaiji_kept("\n".join(lines[a : b + 1])).split("\n")
        touched.update(range(a - 1, b + 1))
    pairs = [i for i in sorted(touched) if 0 <= i < len(lines) - 1]
    again = _going_on_at_pairs(seen_lines, pairs)
    seen = _pile_of(seen_lines, sorted(set(at).difference(pairs).union(again)))
    return seen if raw is None or (seen is not None and seen[0] > raw[0]) else raw


def _going_on_at_pairs(lines: list[str], pairs) -> list[int]:
    """The indices among ``pairs`` (each line with the one after it) of the ``lines`` that
    go on (``_going_on``) at ``MIN_COLUMN`` or more."""
    return [
        i
        for i in pairs
        if len(t := lines[i]) >= MIN_COLUMN and not t.endswith(_ENDS) and _going_on(t, lines[i + 1])
    ]


# Clause aozora_hard_wrapped_raw_speaker (session 41): a play sets each speech on a line of its
# own, opened by the speaker's name and a full-width space ("須貝　なに？　はっきり聞こえなかった。" /
# "未納　暑いなあ、今日は……。"); a speech whose last line fills the column ran into the next
# one (森本薫「華々しき一族」 wrapped at 20 counting the readings: 60 speeches joined). A line
# that ends a sentence under which a line opens so is the end of its speech.
_SPEAKER = re.compile("[^\\s\u3000、。，．・「」『』（）《》［］〔〕！？…―]{1,6}\u3000")
_SPEECH_ENDS = tuple("。」』）！？…―")
# Clause aozora_hard_wrapped_raw_colophon (review, session 42): the colophon's fields after the
# text ("底本：", "初出：", "入力：林　幸雄", "校正：", "底本の親本：", "翻訳の底本：", "ファイル作成：")
# each open a line of their own, read as fields, not by the speaker clause's accident: a speaker
# seen twice (the reverted clause aozora_hard_wrapped_raw_speaker_seen) took "入力：林　幸雄", a name
# seen once, and joined it to the "※表題は…」となっています。" note above it (001205 46987 at 40).
_COLOPHON = re.compile(
    "(?:底本|親本|初出|初収|入力|校正|翻訳|ファイル作成|テキスト入力)[^\\s\u3000。、：]{0,5}："
)


def _next_speech(t: str, n: str) -> bool:
    """Clause ``aozora_hard_wrapped_raw_speaker``: ``n`` opens the next speech of a play."""
    return t.endswith(_SPEECH_ENDS) and _SPEAKER.match(n) is not None


def raw_wrap_joins(text: str) -> list[int]:
    """Clause ``aozora_hard_wrapped_raw`` (session 37): where ``text`` was wrapped at a column
    that counted its 《》 readings (more of its raw lines pile at a column than of its lines
    with the readings cut), the offsets of the line breaks of that wrap: after a line of the raw
    column (within a character) that goes on (no "　"/「『（ under it, no note, no inner
    padding, not the colophon's "底本" or another of its fields under it). Cut first, the
    readings left the lines ragged and the unwrap stage, measuring the cleaned widths, joined
    only some (羅生門 wrapped at 30 counting them: 60 of 101 lines still ended mid-sentence)."""
    if "《" not in text:
        return []
    lines = text.split("\n")
    raw = _raw_pile(text)
    if raw is None:
        return []
    cut = _pile(sub_shut(_READINGS, "", text, "《", "》").split("\n"))
    if cut is not None and cut[0] >= raw[0]:
        return []
    column, joins, at, star = raw[1], [], 0, False
    for t, n in zip(lines, lines[1:], strict=False):
        at += len(t) + 1
        if "※" in t or "※" in n or star:  # clause aozora_hard_wrapped_raw_gaiji
            pad = "※" if star else ""
            star = t.endswith("※")
            t, n = _gaiji_kept(pad + t + "\n" + n)[len(pad) :].split("\n")
        else:
            star = False
        # full: within a character of the column, or the reading opening the next line did
        # not fit ("…京都には、地震とか辻風とか火事とか饑饉" / "《ききん》とか云う…")
        head = n[: n.find("》") + 1] if n.startswith("《") else n[:1]
        if t.endswith("※") and n.startswith("※※"):  # a gaiji note the wrap parted from its ※
            head = n[: len(n) - len(n.lstrip("※"))]
        full = column - len(t) <= 1 or len(t) + len(head) > column
        # a line past the column is no line of the wrap (a title page left as set: "ヤーコップ、
        # ウィルヘルム・グリム　Jacob u. Wilhelm Grimm" / "金田鬼一訳"), unless it is one gaiji note or
        # reading the wrap could not break (clause aozora_hard_wrapped_raw_long_token)
        short = len(t) <= column + 1 or _ONE_TOKEN.fullmatch(t) is not None
        if (
            full
            and short
            and _going_on(t, n)
            and not n.startswith("底本")
            and _COLOPHON.match(n) is None
            and not _next_speech(t, n)
        ):
            joins.append(at - 1)
    return joins


def paragraph_starts(text: str, cp: np.ndarray, la, sb, fb, joins) -> np.ndarray:
    """Clause ``ja_wrapped_paragraph_start``: which of the pairs ``joins`` (the CJK joins;
    ``la`` a's last character, ``sb`` b's line start, ``fb`` its first character) end a
    paragraph: a's sentence ends and b opens with "　" or 「『 (see module doc)."""
    keep = np.zeros(len(la), dtype=bool)
    if not joins.any():
        return keep
    stop = isin(cp[la], _STOPS)
    marks = (cp[sb] == 0x3000, isin(cp[fb], _QUOTES))
    if not any((joins & stop & m).any() for m in marks):
        return keep
    from transforms.aozora import _japanese  # the kana test of clause aozora_kana_text

    if not _japanese(text):
        return keep
    open_joins = joins & ~stop
    for m in marks:
        if (open_joins & m).sum() <= MAX_OPEN_WRAPS * max(open_joins.sum(), 1):
            keep |= joins & stop & m
    return keep
