"""Session 45's speed clause on Chinese books (issue 10): clause one_literal_scan
(transforms.literal_scan: the rules' literal prefilters on a Chinese document answered by
one regex scan, ``holds(text, literal)`` == ``literal in text``).

Excerpts: 曹雪芹's 红楼梦 (lines 27-29 of ../shared/data/zh_classics, as in
test_chinese_speed_s44.py), repeated to pass the scan's ``MIN_SCAN_CHARS``; 《重生后我成了打脸专业户》
(tests/transforms/test_novel_site_marks.py: "(本章完)" lines), 冰心's 《疯人笔记》
(tests/transforms/test_cjk_book_leftovers.py: '\\"'), 《被绑架的中国经济》's footer (the same file:
"连载完毕") and 西遊記's end of chapter 1 (tests/transforms/test_chapter_end_formulas.py:
"且聽下回分解")."""

from __future__ import annotations

import ast
import pathlib
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_chapter_end_formulas import XIYOU
from tests.transforms.test_chinese_speed_s44 import HONGLOU, _Logged
from tests.transforms.test_cjk_book_leftovers import BINGXIN, TAIL
from tests.transforms.test_novel_site_marks import DALIAN
from transforms import literal_scan
from transforms.clean import clean_text
from transforms.key_sentences import eligible_sentences
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans
from transforms.sorted_unique import isin
from transforms.structure import analyze_text

PAD = HONGLOU * 60  # 红楼梦's opening lines, over MIN_SCAN_CHARS, none of the literals
FOOTER = "本书精华已为您连载完毕，谢谢阅读。\n\n--(本章结束)-\n- \n" + "━" * 59 + " \n"


def test_pad_is_long_chinese_without_literals():
    assert len(PAD) >= literal_scan.MIN_SCAN_CHARS * 1.5  # unwrapped, still over it
    assert not any(x in PAD for x in literal_scan.LITERALS)


@pytest.fixture
def no_scan(monkeypatch):
    """The old answer: every text searched literal by literal."""

    def off():
        monkeypatch.setattr(literal_scan, "MIN_SCAN_CHARS", 10**12)

    return off


def _cleaned(text: str) -> str:
    return clean_text(normalize_text(text)).text


# --- the gated rules still fire on real text that needs them (the scan runs: PAD)

CLEAN_CASES = [
    # (name, text, what the rule leaves out)
    ("chapter_end_lines", PAD + DALIAN, "本章完"),
    ("escaped_quotes", PAD + BINGXIN, "\\"),
    ("excerpt_footer", PAD + TAIL + FOOTER, "连载完毕"),
]


@pytest.mark.parametrize("name,text,gone", CLEAN_CASES, ids=[c[0] for c in CLEAN_CASES])
def test_one_literal_scan_clean_rules_still_fire(name, text, gone, no_scan):
    assert gone in text
    out = _cleaned(text)
    assert gone not in out  # the rule fired behind the scan
    assert out.startswith(PAD[:200].lstrip()[:20])
    no_scan()
    assert _cleaned(text) == out  # the same text as literal by literal


def test_one_literal_scan_chapter_end_formula_still_fires(no_scan):
    text = normalize_text(PAD + XIYOU)
    spans = sentence_spans(text, "auto")
    ok = eligible_sentences(text, spans, 6.0)
    got = {text[a:b].strip(): bool(e) for (a, b), e in zip(spans.tolist(), ok, strict=True)}
    assert got["畢竟不知向後修些甚麼道果，且聽下回分解。"] is False
    no_scan()
    assert np.array_equal(eligible_sentences(text, spans, 6.0), ok)


def test_one_literal_scan_whole_structure_same(no_scan):
    text = _cleaned(PAD + DALIAN + XIYOU)
    s = analyze_text(text)
    no_scan()
    t = analyze_text(text)
    assert [(x.start, x.end, x.title) for x in s.sections] == [
        (x.start, x.end, x.title) for x in t.sections
    ]
    assert np.array_equal(s.sentences, t.sentences)
    assert np.array_equal(s.key_sentences, t.key_sentences)


# --- the scan's answer is the literal search's


def test_one_literal_scan_each_literal_found_in_chinese():
    for lit in literal_scan.LITERALS:
        text = PAD + "那娲皇只用了" + lit + "三万六千五百块"
        assert {x for x in literal_scan.LITERALS if literal_scan.holds(text, x)} == {
            x for x in literal_scan.LITERALS if x in text
        }, lit


def test_one_literal_scan_overlapping_literals():
    """ "...." holds "..." at its start, "---" sits inside "\\n---", "M." after "MM.": each is
    found although an overlapping literal matched first."""
    for tail in ("……" + "....", "\n---\n", "MM. Dupont", "<!---->", "~~~```", "From M...."):
        text = PAD + tail
        assert {x for x in literal_scan.LITERALS if literal_scan.holds(text, x)} == {
            x for x in literal_scan.LITERALS if x in text
        }, tail


_PIECES = list(literal_scan.LITERALS) + [
    "红",
    "楼",
    "\n",
    ".",
    "-",
    "M",
    "下",
    "回",
    "…",
    "·",
    "＃",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_one_literal_scan_property(pieces):
    text = "楼" + "".join(pieces)
    old = literal_scan.MIN_SCAN_CHARS
    literal_scan.MIN_SCAN_CHARS = 0  # the scan on short texts too
    try:
        literal_scan.release()
        got = {x for x in literal_scan.LITERALS if literal_scan.holds(text, x)}
    finally:
        literal_scan.MIN_SCAN_CHARS = old
        literal_scan.release()
    assert got == {x for x in literal_scan.LITERALS if x in text}


def test_one_literal_scan_english_and_short_texts_searched_as_before():
    english = "It was the best of times. From M. Defarge... http://x\n" * 100
    assert literal_scan._answers(english) is None  # ASCII: no scan
    assert literal_scan._answers(HONGLOU) is None  # short
    assert literal_scan.holds(english, "From ") and not literal_scan.holds(english, "本章完")


def test_one_literal_scan_unknown_literal_is_an_error():
    with pytest.raises(ValueError, match="not in literal_scan.LITERALS"):
        literal_scan.holds(PAD, "第一回")


def test_one_literal_scan_call_sites_ask_listed_literals():
    """Every ``literal_scan.holds(text, "...")`` in transforms/ asks a literal of the list."""
    root = pathlib.Path(literal_scan.__file__).parent
    asked = set()
    for path in root.glob("*.py"):
        for m in re.finditer(
            r"literal_scan\.holds\(\w+, ((['\"]).*?(?<!\\)\2)\)", path.read_text()
        ):
            asked.add(ast.literal_eval(m.group(1)))
    assert len(asked) >= 25
    assert asked <= set(literal_scan.LITERALS)


# --- the work: one scan per document and stage, no literal search, nothing held


def test_one_literal_scan_no_literal_search_on_chinese(monkeypatch):
    """Base45 searched ~25 of the literals in 红楼梦's text (clean and structure); now none,
    and the scan runs once per stage."""
    scans = []
    real = literal_scan._scan

    def counting(text):
        scans.append(len(text))
        return real(text)

    monkeypatch.setattr(literal_scan, "_scan", counting)
    log: list = []
    text = normalize_text(PAD)
    cl = clean_text(_Logged(text, log))
    analyze_text(_Logged(cl.text, log))
    searched = {x for _, x in log} & set(literal_scan.LITERALS)
    assert searched == set()
    assert len(scans) == 2  # one for clean's text, one for analyze_text's
    assert literal_scan._LAST == (None, None)  # released: the document is not held


# --- clause isin_by_search (transforms.sorted_unique.isin): np.isin's answer, less setup

_INTS = st.sampled_from(["uint8", "int16", "int32", "uint32", "int64"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(-5, 300), max_size=40),
    st.lists(st.integers(-5, 300), max_size=8),
    _INTS,
    _INTS,
    st.booleans(),
)
def test_isin_by_search_property(values, members, dv, dm, column):
    a = np.asarray([v % 256 if dv == "uint8" or dv == "uint32" else v for v in values], dtype=dv)
    b = np.asarray([m % 256 if dm in ("uint8", "uint32") else m for m in members], dtype=dm)
    if column:
        a = a.reshape(-1, 1)
    got, want = isin(a, b), np.isin(a, b)
    assert got.shape == want.shape and got.dtype == want.dtype
    assert np.array_equal(got, want)


def test_isin_by_search_codes_of_real_lines():
    """The line-start marks of 红楼梦's lines and of 《重生后我成了打脸专业户》's against the
    codes cjk_layout asks about: the same masks (PAD over SEARCH_MAX: np.isin itself); floats
    and bools go through np.isin."""
    for text in (HONGLOU, DALIAN, PAD):  # PAD: over SEARCH_MAX code points
        cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        for codes in ("，。、；：！？）」』》〉】〕", "-*+•", "#/{}<>@$_`|\\=;", "（("):
            c = np.asarray([ord(x) for x in codes], dtype=np.uint32)
            assert np.array_equal(isin(cp, c), np.isin(cp, c))
            assert np.array_equal(isin(cp, c.astype(np.int64)), np.isin(cp, c))
    assert np.array_equal(isin(np.asarray([0.5, 2.0]), [2]), [False, True])
    assert np.array_equal(isin(np.asarray([1, 2], dtype=np.uint64), np.asarray([2])), [False, True])
    assert isin(np.asarray([], dtype=np.int64), [1]).shape == (0,)
    assert not isin(np.asarray([3]), np.asarray([], dtype=np.int64)).any()
