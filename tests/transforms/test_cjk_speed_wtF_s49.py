"""Session 49 (branch wtF): Chinese text speed, cost-only clauses (the same output).

- ``caps_need_a_capital`` (transforms.headings ``line_candidates``): a line without a
  capital or title-case letter skips the caps rule's three per-character counts.
- ``title_offsets_as_lists`` (transforms.cjk_title_lines ``title_lines``): the lines'
  offsets read as Python lists once, not as numpy scalars per pair.
- ``field_line_breaks`` (transforms.cjk_layout): session 48's ``field_lines_as_lists``
  named, so that its offsets are tested (session 48's review: two plants of it, the next
  line's start read from ``a`` and the line's end read as its start, were caught by no test).

Excerpts: zzk6780051/novel (GitHub) 龙族1-3.txt, its lines 3004-3030 and 139-390
(dialogue opening with "“"); jbts6/wuxia-novel 金庸/鹿鼎记/鹿鼎记.txt, the opening (as
tests/transforms/test_couplet_under_chapter_number.py quotes it); zzk6780051/novel
最强天赋树.txt, its first four lines; hankinghu/literature-books
历史和社会/威廉·夏伊勒：第三帝国的兴亡.txt, lines 6-7; fortunes-zh song100 (宋诗一百首), 苏轼
(as tests/transforms/test_cjk_label_lines.py quotes it).
"""

from __future__ import annotations

import numpy as np
import pytest

import transforms.cjk_title_lines as ctl
import transforms.headings as hd
import transforms.unwrap as unwrap
from transforms.cjk_layout import field_line_breaks

# 龙族1-3: dialogue lines opening with a quote, no Latin letter (no caps candidate).
LONGZU_PLAIN = [
    "“这也……太没挑战了吧？”13号有种被馅饼砸中的喜悦。",
    "“你没有在图书馆布防？中央主机控制室和冰窖可是我们最重要的两个要地，那里一个人都没有。”古德里安指着那片空白。",
    "“咻！”13号走在甬道里，伸手拍拍那些低垂脑袋的摄像头，心里有股走了狗屎运的狂喜。",
    "“晚上好，先生要来杯喝的么？这个晚上真棒不是么？”",
    "“不要过来……过来我……我轰爆你！”13号不明对手身份，不由得有些紧张。",
]
# 龙族1-3: dialogue lines holding a capital ("PS2", "QQ", "‘S’级"): the caps rule reads them
# (find_headings drops them after: clause cjk_not_caps).
LONGZU_CAPITAL = [
    "“切一盘？”QQ上一个大脸猫头像跳闪起来，名字是“诺诺”，路明非不记得什么时候加过这个人了，不过他从不拒绝别人的邀请，原本加他的人就很少。",
    "“你们不懂，几十年了，才出现这么一个‘S’级的候选人，如果我们给出的面试结果是不及格……校长也不会放过我们的！”",
    "“你怎么知道我的ID？”",
]


class _CountingTruth:
    """A true flag that counts how often it is read."""

    def __init__(self):
        self.reads = 0

    def __bool__(self):
        self.reads += 1
        return True


def test_caps_need_a_capital_skips_the_counts(monkeypatch):
    """A quote-led Chinese line without a capital gets no candidate and never reaches the
    caps rule's counts: ``LOWER_PREFIX`` is read once a line (the lower-case test at the
    top), not twice (the caps rule reads it first). Fails without the clause (10 reads)."""
    flag = _CountingTruth()
    monkeypatch.setattr(hd, "LOWER_PREFIX", flag)
    for i, line in enumerate(LONGZU_PLAIN):
        assert hd.line_candidates(line, 0, i, len(line)) == []
    assert flag.reads == len(LONGZU_PLAIN)


def test_caps_need_a_capital_keeps_lines_with_a_capital():
    """A line with one capital still reaches the caps rule: the same candidate as before
    (CJK characters count as letters, so one capital among them reads as capitals)."""
    for i, line in enumerate(LONGZU_CAPITAL):
        found = hd.line_candidates(line, 0, i, len(line))
        assert [c.kind for c in found] == ["caps"]
    assert hd.line_candidates("THE END", 0, 0, 7)[0].kind == "caps"


def test_caps_need_a_capital_premise_every_capital():
    """The clause's premise over every code point: ``(line + "a").islower()`` is False for
    a line holding any character that ``str.isupper`` takes (the caps rule's test)."""
    capitals = [chr(i) for i in range(0x110000) if chr(i).isupper()]
    assert len(capitals) > 1000
    assert not any(("“" + c + "”a").islower() for c in capitals)
    assert ("“" + "".join(LONGZU_PLAIN) + "a").islower()


LUDING = (
    "第一回\n"
    "\n"
    "纵横钩党清流祸 峭蒨风期月旦评\n"
    "北风如刀,满地冰霜。\n"
    "\n"
    "江南近海滨的一条大路上,一队清兵手执刀枪,押着七辆囚车,冲风冒寒,向北而行。\n"
    "\n"
    "前面三辆囚车中分别监禁的是三个男子,都作书生打扮,一个是白发老者,两个是中年人。\n"
)


class _NoScalarReads(np.ndarray):
    """An offset array that refuses to be read one number at a time."""

    def __getitem__(self, key):
        if isinstance(key, (int, np.integer)):
            raise AssertionError("an offset read as a numpy scalar")
        return super().__getitem__(key)


def test_title_offsets_as_lists(monkeypatch):
    """Clause title_offsets_as_lists: title_lines reads the offsets as lists (never one
    numpy scalar a pair), and the couplet under "第一回" keeps its line (clause
    couplet_under_chapter_number). Fails without the clause (scalar reads)."""
    seen = []

    def guarded(text, cp, first, last, a, b, join, indent):
        first, last = first.view(_NoScalarReads), last.view(_NoScalarReads)
        out = ctl.title_lines(text, cp, first, last, a, b, join, indent)
        seen.append(int(out.sum()))
        return out

    monkeypatch.setattr(unwrap, "title_lines", guarded)
    out, _ = unwrap.unwrap_text(LUDING)
    assert "纵横钩党清流祸 峭蒨风期月旦评\n北风如刀" in out
    assert seen and seen[0] >= 1


TIANFU = "《最强天赋树》\n作者：西山谣\n主角：风浩,西月瑶,梅玫美\n简介：如果宇宙是款游戏的话：\n"
SHIRER = "作者：威廉·夏伊勒（W.L.Shirer）\n译者：董乐山\n"
SONG100 = """题目:《正月二十日与潘郭二生出郊寻春，忽记去年是日同至女王城作诗，乃和前韵》
作者:苏轼（１０３６－１１０１）
东风未肯入东门，走马还寻去岁春。
人似秋鸿来有信，事如春梦了无痕。
"""


def _lines(text):
    """Each line's first and end offsets and the pairs of neighbouring lines."""
    first, last, pos = [], [], 0
    for line in text.split("\n")[:-1]:
        first.append(pos)
        last.append(pos + len(line))
        pos += len(line) + 1
    n = len(first)
    a = np.arange(n - 1, dtype=np.int64)
    return np.asarray(first), np.asarray(last), a, a + 1, np.arange(n - 1)


@pytest.mark.parametrize(
    "text, verse, kept",
    [
        # title in "《》" over an author field (field_after_title: fails when the next
        # line's start is read from a), the field without a mark (field_lines: fails when
        # the line's end is read as its start), "主角：" is no field.
        (TIANFU, False, [0, 1]),
        # a field holding a mark ("."), a field under it (field_after_title).
        (SHIRER, False, [0]),
        # verse: the title field over the author field, the author field without a mark
        # (verse_titles), the verses hold marks.
        (SONG100, True, [0, 1]),
        (SONG100, False, [0, 1]),
    ],
)
def test_field_line_breaks_real_lines(text, verse, kept):
    """Clause field_line_breaks (session 48's field_lines_as_lists): the kept pairs, and
    the same as the rules read per pair with numpy scalars (session 47's form)."""
    first, last, a, b, rest = _lines(text)
    assert field_line_breaks(text, first, last, a, b, rest, verse) == kept
    from transforms.cjk_block_width import MARK
    from transforms.cjk_layout import _FIELD, _field_after_title

    per_pair = [
        int(k)
        for k in rest
        if (verse and not MARK.search(text, int(first[a[k]]), int(last[a[k]])))
        or (
            _FIELD.match(text, int(first[a[k]]), int(last[a[k]]))
            and not MARK.search(text, int(first[a[k]]), int(last[a[k]]))
        )
        or _field_after_title(text, int(first[a[k]]), int(last[a[k]]), int(first[b[k]]))
    ]
    assert per_pair == kept


# 诡秘之主 3_第三部_旅行家.md (xiexie1993/fiction_Secret_Master), lines opening with an ideograph.
GUIMI_PLAIN = [
    "克莱恩看了几眼，微不可见点头，自言自语道：",
    "加上为新身份那些证明文件付出的8镑，他的钱夹几乎干瘪到没有存在的必要。",
    "至于脚踏车公司的10%股份，克莱恩找机会见到了艾辛格.斯坦顿大侦探，签署法律文件，委托给对方代管，反正双方的关系，在值夜者、机械之心眼里不是秘密。",
]


class _CountingPattern:
    """A compiled pattern that counts its fullmatch calls."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def fullmatch(self, *args):
        self.calls += 1
        return self.pattern.fullmatch(*args)


def test_cjk_first_named_only(monkeypatch):
    """Clause cjk_first_named_only: an ideograph-led line of prose gets no candidate and
    is not tried as a numeral line (the numeral rule needs a mark, a digit or a Latin
    letter first). Fails without the clause (the numeral line tried on each)."""
    numeral = _CountingPattern(hd._NUMERAL_LINE)
    monkeypatch.setattr(hd, "_NUMERAL_LINE", numeral)
    for i, line in enumerate(GUIMI_PLAIN):
        assert hd.line_candidates(line, 0, i, len(line)) == []
    assert numeral.calls == 0


@pytest.mark.parametrize(
    "line, series",
    [
        ("序", "named:序"),  # a named line opening with an ideograph: still read
        ("目录", "named:CONTENTS"),
        ("第一回 王教头私走延安府 九纹龙大闹史家村", "cjk:回"),  # 水浒传
        ("第三部 旅行家", "cjk:部"),  # 诡秘之主's part
    ],
)
def test_cjk_first_named_only_keeps_titles(line, series):
    """The lines the clause lets through: a named line (序, 目录) and a chapter or part."""
    assert [c.series for c in hd.line_candidates(line, 0, 0, len(line))] == [series]


# Review (session 49): the lines the guard must let through or must not reach.
@pytest.mark.parametrize(
    "line, series",
    [
        # 基督信徒のなぐさめ (内村鑑三, Aozora Bunko; as tests/transforms/test_aozora_sections.py
        # quotes it): a later edition's preface, named after a qualifier (9 and 7 characters):
        # the guard's length bound is _CJK_NAMED's, not the bare word's.
        ("第二版に附する自序", "named:自序"),
        ("改版に附する序", "named:序"),
        # ELTeC-srp SRP19021 (as tests/transforms/test_north_east_headings.py quotes it): a
        # Cyrillic capital first is outside the caseless ranges and still reaches the keywords.
        ("ГЛАВА ПРВА", "kw:chapter"),
        # 宮本百合子's 日記 1921 (Aozora Bunko 46240): a full-width capital first (U+FF21, past
        # U+9FFF) still reaches the caps rule (find_headings drops it later: cjk_not_caps).
        ("Ａ、福井より帰京。", "caps"),
    ],
)
def test_cjk_first_named_only_edges(line, series):
    """Review: clause cjk_first_named_only returns early only for a caseless first character
    (U+3040-U+9FFF, Hangul syllables) on a line that cannot be named; a qualified name up to
    24 characters, a Cyrillic or a full-width first character keep their candidate."""
    assert [c.series for c in hd.line_candidates(line, 0, 0, len(line))] == [series]


def test_cjk_first_named_only_premise_every_caseless_character():
    """Review: the clause's premise over both ranges: no caseless character is a capital, a
    digit or a regex digit (the capital/digit block, the sequence, numeral, numbered and
    command-title rules all need one of those, a Latin letter or a mark first)."""
    import re

    caseless = [chr(i) for i in range(0x110000) if hd._caseless_first(chr(i))]
    assert len(caseless) == (0x9FFF - 0x3040 + 1) + (0xD7AF - 0xAC00 + 1)
    assert not [c for c in caseless if c.isupper() or c.isdigit() or re.match(r"\d", c)]
