"""Session 36 speed clauses of the normalize path (output identical): each fast path is
checked against the old path it replaces, on real text and on fuzzed strings.

Clauses: spaces_literal_prefix, mojibake_lead_literal, control_units_prefilter
(transforms.normalize), fence_sign_first (transforms.code_blocks), rule_runs_sign_first
(transforms.ascii_figures)."""

import random
import re

import pytest

from tests.transforms.test_ascii_figures35 import DARWIN, SCOTT
from transforms import ascii_figures, normalize
from transforms.ascii_figures import column_tables
from transforms.code_blocks import fenced_spans
from transforms.normalize import (
    _CONTROL,
    collapse_spaces,
    fix_mojibake,
    holds_control,
    normalize_counted,
)

# 施耐庵, 水浒传 (public domain), as the shared zh_classics copy opens: a rule of dashes,
# a site line with two trailing spaces, ideographic-space indents.
SHUIHU = (
    "《水浒传》作者；施耐庵\n"
    "----------------------------------------------------------------\n"
    "更多TXT电子书下载,请访问雨枫轩:http://www.rain8.com  \n"
    "\n"
    "　　第一回　张天师祈禳瘟疫　洪太尉误走妖魔\n"
    "　　话说大宋仁宗天子在位，嘉祐三年三月三日五更三点，天子驾坐紫宸殿，受百官朝贺。"
    "但见：祥云迷凤阁，瑞气罩龙楼。  含烟御柳拂旌旗，带露宫花迎剑戟。\n"
)
# Shakespeare, Hamlet (defaults/shakespeare), verse set with runs of spaces.
HAMLET = (
    "    HAMLET.  To be, or not to be, that is the question:\n"
    "    Whether 'tis nobler in the mind to suffer\n"
    "    The slings and arrows of outrageous fortune,\n"
    "\n"
    "HORATIO.    Well, sit we down,\n"
    "And let us hear Bernardo speak of this.\n"
)
# UTF-8 read as Windows-1252 (a Gutenberg-style line).
GARBLED = "The cafÃ© was closed. â€œWhy?â€\x9d she asked.Â\xa0Twice."

_OLD_SPACES = re.compile(" {2,}")  # the regex before clause spaces_literal_prefix
_OLD_LEAD = re.compile("[\u00c2\u00c3\u00e2]")  # before clause mojibake_lead_literal
_ALPHABET = [" ", "  ", "\t", "\n", "\xa0", "\u3000", "a", "Z", "话", "。", "𠀀", "-", "="]


def _fuzz(alphabet, n, seed, longest=40):
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_spaces_literal_prefix_same_runs_on_real_text():
    """Clause spaces_literal_prefix: "  +" collapses the runs " {2,}" did (水浒传, Hamlet)."""
    assert normalize._SPACES.pattern == "  +"  # literal prefix: the engine skips to spaces
    for text in (SHUIHU, HAMLET, SHUIHU * 3 + HAMLET):
        assert normalize._SPACES.sub(" ", text) == _OLD_SPACES.sub(" ", text)
    assert "rain8.com \n" in collapse_spaces(SHUIHU)
    assert collapse_spaces(HAMLET).startswith(" HAMLET. To be, or")  # verse, not code
    code = "    x  =  1\n    print(x)\n"
    assert collapse_spaces("Run:\n\n" + code) == "Run:\n\n" + code  # a code block: kept


def test_spaces_literal_prefix_fuzzed():
    """Clause spaces_literal_prefix: the same matches (spans) as " {2,}" on 3,000 strings."""
    for text in _fuzz(_ALPHABET, 3000, 36):
        old = [m.span() for m in _OLD_SPACES.finditer(text)]
        assert [m.span() for m in normalize._SPACES.finditer(text)] == old, repr(text)


def test_mojibake_lead_literal_same_as_regex(monkeypatch):
    """Clause mojibake_lead_literal: the lead test by literal finds, not the class scan:
    a text without a lead is returned as is, garbled text is still repaired."""
    assert fix_mojibake(GARBLED) == "The café was closed. “Why?” she asked.\xa0Twice."

    class NoScan:
        def search(self, text):
            raise AssertionError("whole-text class scan")

    monkeypatch.setattr(normalize, "_LEAD", NoScan())
    assert fix_mojibake(SHUIHU) is SHUIHU
    assert fix_mojibake(GARBLED) == "The café was closed. “Why?” she asked.\xa0Twice."
    alphabet = ["a", "é", "Â", "Ã", "â", "€", "™", "\xa0", "©", "话", " "]
    for text in _fuzz(alphabet, 2000, 361, longest=12):
        lead = _OLD_LEAD.pattern[1:-1]
        assert any(c in text for c in lead) == bool(re.search(_OLD_LEAD.pattern, text))
        assert (fix_mojibake(text) is text) >= (not re.search(_OLD_LEAD.pattern, text))


def test_control_units_prefilter_every_code_point():
    """Clause control_units_prefilter: holds_control answers _CONTROL.search for every
    code point (each alone below U+0800, the rest in blocks of 256) and lone surrogates."""
    for cp in range(0x800):
        c = chr(cp)
        assert holds_control("话" + c + "a") == bool(_CONTROL.search(c)), hex(cp)
    for block in range(0x800, 0x110000, 256):
        text = "".join(chr(cp) for cp in range(block, min(block + 256, 0x110000)))
        assert holds_control(text) is False, hex(block)
    assert holds_control("\ud800x\udfff") is False
    assert holds_control("") is False


def test_control_units_prefilter_real_and_fuzzed(monkeypatch):
    """Clause control_units_prefilter on 水浒传/Hamlet with a control put in, and on
    fuzzed strings read in slices of 7 units (a control at every slice position)."""
    for text in (SHUIHU, HAMLET):
        assert holds_control(text) is False
        for c in ("\x00", "\x0b", "\x1f", "\x7f", "\x85", "\x9f"):
            assert holds_control(text[:40] + c + text[40:]) is True
        for c in ("\t", "\n", "\x7e", "\xa0"):
            assert holds_control(text[:40] + c + text[40:]) is False
    monkeypatch.setattr(normalize, "_UNITS_SLICE", 7)
    alphabet = [
        "a",
        "话",
        "𠀀",
        "\t",
        "\n",
        "\x7e",
        "\xa0",
        "\x00",
        "\x1f",
        "\x7f",
        "\x9f",
        "\ud800",
    ]
    weights = [30, 30, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1]
    rng = random.Random(362)
    for _ in range(3000):
        text = "".join(rng.choices(alphabet, weights, k=rng.randint(0, 30)))
        assert holds_control(text) == bool(_CONTROL.search(text)), repr(text)


def test_control_units_prefilter_counts_unchanged():
    """The document's control_chars count and text stay as before (a NUL between words,
    a form feed at a line's end, 水浒传 without any)."""
    text, dropped = normalize_counted(SHUIHU)
    assert dropped == 0 and "下载，请访问" in text and "rain8.com \n" in text
    text, dropped = normalize_counted("Fantine\x01Cosette\f\nEnd\x7f.")
    assert (text, dropped) == ("Fantine Cosette\nEnd.", 3)


def test_fence_sign_first():
    """Clause fence_sign_first: no fence, no scan; fences found as before."""
    md = "说明\n\n```python\nprint('你好,世界!')\n```\n\n~~~ text\na  b\n~~~\n"
    assert [md[a:b][-4:] for a, b in fenced_spans(md)] == ["\n```", "\n~~~"]
    assert fenced_spans(md) == [(4, 33), (35, 52)]
    assert fenced_spans(SHUIHU) == [] and fenced_spans("a ``b`` ~~c") == []
    for text in _fuzz(["`", "``", "```", "~", "~~~", "\n", "a", " "], 3000, 363, 20):
        has = "```" in text or "~~~" in text
        assert (fenced_spans(text) == []) >= (not has), repr(text)


def _old_fenced_spans():
    """fenced_spans before clause fence_sign_first: its source with the old test."""
    import inspect

    from transforms import code_blocks

    src = inspect.getsource(code_blocks.fenced_spans)
    fast = 'if not ("`" in text and "```" in text) and not ("~" in text and "~~~" in text):'
    assert src.count(fast) == 1
    space = dict(vars(code_blocks))
    exec(src.replace(fast, 'if "```" not in text and "~~~" not in text:'), space)
    return space["fenced_spans"]


def test_fence_sign_first_same_spans():
    """Review of session 36 (fence_sign_first_tilde_only): the same spans as the old
    path on fuzzed fences, and a text fenced with "~~~" alone (no backtick) still holds
    its block (dropping the tilde half of the test passed test_fence_sign_first)."""
    old = _old_fenced_spans()
    md = "说明\n\n~~~ text\na  b\n~~~\n\n正文"
    assert fenced_spans(md) == old(md) == [(4, 21)]
    assert fenced_spans(md.replace("~", "`")) == old(md.replace("~", "`")) == [(4, 21)]
    pieces = ["```", "~~~", "~~~ py", "``` sh", "`", "~", "\n", "a", " ", "话", "\t"]
    for text in _fuzz(pieces, 3000, 366, 20):
        assert fenced_spans(text) == old(text), repr(text)


def _old_column_tables(text):
    """column_tables before clause rule_runs_sign_first (every run searched)."""
    saved = ascii_figures._RULE_RUNS
    spans = set()
    for run in saved:
        i = text.find(run)
        while i >= 0:
            line = text.rfind("\n", 0, i) + 1
            nl = text.find("\n", i)
            line_end = len(text) if nl < 0 else nl
            if ascii_figures._PLAIN_RULE.fullmatch(text, line, line_end):
                start, end = ascii_figures._paragraph_at(text, line)
                if (start, end) not in spans and ascii_figures._is_column_table(
                    text[start:end].split("\n")
                ):
                    spans.add((start, end))
            i = -1 if nl < 0 else text.find(run, nl)
    return sorted(spans)


@pytest.mark.parametrize("text", [SCOTT, DARWIN, SHUIHU, HAMLET, SCOTT.replace("-", "=")])
def test_rule_runs_sign_first_real(text):
    """Clause rule_runs_sign_first: the same ruled tables (Scott, Darwin, 水浒传, Hamlet)."""
    assert column_tables(text) == _old_column_tables(text)


def test_rule_runs_sign_first_fuzzed():
    """Clause rule_runs_sign_first: 2,000 strings of rules, gaps and words."""
    pieces = ["---", "===", "___", "-", "=", "_", "   ", " ", "\n", "\n\n", "ab", "125,000"]
    for text in _fuzz(pieces, 2000, 364, 30):
        assert column_tables(text) == _old_column_tables(text), repr(text)
    assert column_tables(SCOTT) != []


def _old_may_hold_rule(text):
    """_may_hold_rule before clause rule_pieces_by_sign."""
    return any(
        sign in text and any(piece in text for piece in pieces)
        for sign, pieces in ascii_figures._RULE_PIECES
    )


def test_rule_pieces_by_sign_real():
    """Clause rule_pieces_by_sign: the same answer on real text (Scott's "--------" rule
    holds no piece; an RFC box does; 水浒传's one "|"), without the two-character finds
    where the sign is rare."""
    rfc = "   +--------+\n   | Stub   |\n   +--------+\n"
    for text, want in ((SCOTT, False), (rfc, True), (SHUIHU + "|", False), (HAMLET, False)):
        assert ascii_figures._may_hold_rule(text) is want
        assert _old_may_hold_rule(text) is want
    assert ascii_figures._holds_piece("a|b", "|", ("|-", "-|")) is False
    assert ascii_figures._holds_piece("-|", "|", ("|-", "-|")) is True
    assert ascii_figures._holds_piece("|x-|", "|", ("|-", "-|")) is True


def test_rule_pieces_by_sign_fuzzed(monkeypatch):
    """Clause rule_pieces_by_sign: 4,000 strings, with few and with many signs (the
    fallback after 3 finds, patched down from 64)."""
    pieces = ["+", "|", ">", "<", "-", "--", "a", "话", " ", "\n"]
    for limit in (64, 3):
        monkeypatch.setattr(ascii_figures, "_FEW_SIGNS", limit)
        for text in _fuzz(pieces, 2000, 365 + limit, 25):
            assert ascii_figures._may_hold_rule(text) == _old_may_hold_rule(text), repr(text)


_HAN_CLASS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # cjk_halfwidth_marks._HAN


def test_han_units_prefilter_every_code_point():
    """Clause han_units_prefilter: may_hold_han is False only where no _HAN character is
    (every code point below U+3400 alone; each block of 256 above it; lone surrogates)."""
    from transforms.cjk_halfwidth_marks import may_hold_han

    for cp in range(0x3400):
        assert may_hold_han("a, b" + chr(cp)) is False, hex(cp)
    for block in range(0x3400, 0x110000, 256):
        text = "".join(chr(cp) for cp in range(block, min(block + 256, 0x110000)))
        if _HAN_CLASS.search(text):
            assert may_hold_han(text) is True, hex(block)
    assert may_hold_han("\ud800, \udfff") is True  # a surrogate unit: asked of the scans


def test_han_units_prefilter_each_ideograph(monkeypatch):
    """Review of session 36 (han_units_prefilter_range_ends): each BMP code point from
    U+3400 up alone, so a _HAN_LOW one too high (U+3401: "㐀" alone missed, the blocks
    of 256 above still held an ideograph) fails here; at _HAN's range ends the marks
    change as on the old path (no prefilter)."""
    from transforms import cjk_halfwidth_marks as hm

    for low, high in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):  # _HAN
        for cp in [*range(low - 64, low + 64), *range(high - 64, high + 64)]:
            if _HAN_CLASS.match(chr(cp)) or cp < 0x3400:
                assert hm.may_hold_han("a, " + chr(cp)) is (cp >= 0x3400), hex(cp)
    ends = (0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xF900, 0xFAFF)
    texts = ["话说大宋仁宗天子在位" * 3 + chr(cp) + ",嘉祐三年" for cp in ends]
    new = [hm.fullwidth_marks(text) for text in texts]
    monkeypatch.setattr(hm, "may_hold_han", lambda text: True)  # the old path
    assert new == [hm.fullwidth_marks(text) for text in texts]
    assert all(out.count("，") == 1 for out in new)


def test_han_units_prefilter_stretch_ends(monkeypatch):
    """Review of session 36 (han_units_prefilter_stretch_ends): one ideograph (or an
    astral character) at every position of stretches of 5, the first and last of each
    included; a stretch read one character short passed the other tests."""
    from transforms import cjk_halfwidth_marks as hm

    monkeypatch.setattr(hm, "_STRETCH", 5)
    for n in range(16):
        for c in ("\u3400", "话", "\ufaff", "𠀀"):
            text = ("a, é“" * 4)[:n] + c + ("b! ”" * 4)[n:]
            assert hm.may_hold_han(text) is True, (n, c)
        assert hm.may_hold_han(("a, é“" * 4)[:n] + ("b! ”" * 4)[n:]) is False, n


def test_han_units_prefilter_real(monkeypatch):
    """Clause han_units_prefilter: Hamlet with curly quotes is returned as it is, without
    the mark scans; 水浒传's marks still become full-width (and in a late stretch)."""
    from transforms import cjk_halfwidth_marks as hm

    english = HAMLET.replace("'tis", "\u2019tis") + "\u201cWell, sit we down!\u201d\n"
    assert hm.fullwidth_marks(english) is english
    assert "下载，请访问" in hm.fullwidth_marks(SHUIHU)
    late = "=" * 23 + "\n" + SHUIHU  # the first ideograph in the fifth stretch of 5
    want = hm.fullwidth_marks(late)
    monkeypatch.setattr(hm, "_STRETCH", 5)
    assert hm.fullwidth_marks(late) == want and "下载，请访问" in want

    class NoScan:
        def finditer(self, text):
            raise AssertionError("mark scan of a text without an ideograph")

    monkeypatch.setattr(hm, "_AFTER_HAN", [NoScan()] * 5)
    assert hm.fullwidth_marks(english) is english


def test_glued_marks_prefilter():
    """Clause glued_marks_prefilter: a text without any of the candidate marks is returned
    as it is; 水浒传-like glued paragraphs are still split (the clause's own test file
    holds the real cases)."""
    from transforms import cjk_glued_paragraphs as gp

    latin1 = "    Caf\xe9 au lait.    Ol\xe9!\t" * 60
    assert gp.glued_paragraph_breaks(latin1) is latin1
    assert set(gp._MARKS) == set(gp._CANDIDATE.pattern[1 : gp._CANDIDATE.pattern.index("]")])
    glued = (
        "　　" + "。　　".join(["话说大宋仁宗天子在位，嘉祐三年三月三日五更三点" * 3] * 20) + "。\n"
    )
    out = gp.glued_paragraph_breaks(glued)
    assert out.count("\n") == 20 and out.replace("\n", "") == glued.replace("\n", "")
