"""Session 45, one huge document: clause ``figure_rule_led`` (``transforms.ascii_figures``,
output identical): ``figure_spans`` finds the paragraphs that can be drawn from their rule
lines instead of splitting the whole text into paragraphs; checked against the old loop on
real text and fuzzed strings, and by how many lines it searches for a rule. Clause
``terms_memory`` (``transforms.topics._cjk_unit_terms``, output identical: its definition
is checked in ``test_cjk_fast_paths.py``): the traced peak per character.

Real text: 最强天赋树 (``zzk6780051/novel``, a web novel: "嘶~~~" sounds in prose, the
"~~~" that sent ``cjk_halfwidth_marks`` to ``code_spans`` over whole 10 M-character
texts); 诡秘之主's sequence notes (``xiexie1993/fiction_Secret_Master``,
``笔记/诡秘之主_22条序列设定.md``: a bare "~~~" line and an arrow rule "--->" among
Chinese prose); RFC 9293's TCP header (``tests/transforms/test_ascii_figures.py``); The Chessmen of Mars
(Project Gutenberg #1153: "--" dashes in prose)."""

import random
import re
import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_ascii_figures import RFC1035_RESOLVER, RFC9293_HEADER
from transforms import ascii_figures, topics
from transforms.ascii_figures import drawn_paragraphs, figure_spans
from transforms.code_blocks import code_spans, fenced_spans

HISS = (
    "此情此景，无论是懂锻造的顾小锤小杰四人，还是不懂锻造的韩跃飞和金铭，全都惊讶的说不出话来，"
    "就感觉眼前的风浩根本不是在锻造，而是在表演一套精妙的锤法。\n"
    "“嘶~~~”小杰三人猛吸一口气，惊疑出声道：“这是在用暗劲锻造？！”\n"
    "顾小锤惊疑点头道：“爷爷之前说过，暗劲也可以用来锻造，但难度要比普通力道锻造复杂很多，"
    "没想到风浩大哥不仅会锻造，而且用的还是暗劲锻造手法。”\n"
)
SEQUENCES = (
    "## 22条序列详解：\n"
    "~~~\n"
    "1 、    收尸人 ---> 掘墓人   ---> 通灵者   ---> 死灵导师 ---> 看门人 --->        --->\n"
    "“收尸人”：常被无智慧亡灵误认为同类而免于袭击，能忍耐寒冷、腐烂和死亡的侵蚀，"
    "能直接看见部分恶灵，了解诸多不死生物的特点和弱点。\n"
)
# Project Gutenberg #1153, The Chessmen of Mars: two lines with "--" dashes, no rule.
DASHES = (
    "What horror was this that he was witnessing? Or were his eyes playing\n"
    "some ghastly joke upon him? No, impossible though it was--it was\n"
    "true--the head was moving slowly to the fallen body. It placed itself\n"
    "upon the shoulders, the body rose, and the creature, seemingly as good\n"
    "as new, ran quickly to where its fellows were dragging the hapless\n"
    "captive to its feet."
)
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def _old_figure_spans(text, start, end):
    """figure_spans before clause figure_rule_led: every paragraph of the range judged."""
    if not ascii_figures._may_hold_rule(text[start:end]):
        return []
    spans = []
    for m in _PARAGRAPH.finditer(text, start, end):
        lines = m.group().split("\n")
        if len(lines) < 3:
            continue
        rules = sum(ascii_figures._RULE.search(line) is not None for line in lines)
        signs = sum(
            ascii_figures._RULE.search(line) is not None
            or ascii_figures._EDGE.search(line) is not None
            for line in lines
        )
        if rules and signs >= 0.5 * len(lines):
            spans.append((m.start(), m.end()))
    return spans


REAL = [
    HISS,
    SEQUENCES,
    RFC9293_HEADER,
    HISS + "\n" + RFC9293_HEADER + "\n\u3000\u3000\n" + SEQUENCES + "\n" + RFC1035_RESOLVER,
    RFC1035_RESOLVER + HISS + RFC9293_HEADER,  # no blank line between: one paragraph
]


@pytest.mark.parametrize("text", REAL)
def test_figure_rule_led_same_spans_real(text):
    """Clause figure_rule_led: the same drawn paragraphs as the old loop, over the whole
    text and over every range between two line starts (the runs ``_close_run`` passes)."""
    assert figure_spans(text, 0, len(text)) == _old_figure_spans(text, 0, len(text))
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    for a in starts[::3]:
        for b in starts[::5]:
            if b >= a:
                assert figure_spans(text, a, b) == _old_figure_spans(text, a, b), (a, b)


def test_figure_rule_led_finds_the_figures():
    """The TCP header is one drawn paragraph wherever it stands; 诡秘之主's arrow line in
    its prose is none (a rule, but one drawn line of three)."""
    text = HISS + "\n" + RFC9293_HEADER + "\n" + SEQUENCES
    (span,) = figure_spans(text, 0, len(text))
    assert text[span[0] : span[1]].split("\n")[0].strip().startswith("0 ")
    assert text[span[0] : span[1]].endswith("+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+")
    assert figure_spans(SEQUENCES, 0, len(SEQUENCES)) == []
    assert drawn_paragraphs(SEQUENCES) == []


def test_figure_rule_led_fuzzed():
    """Clause figure_rule_led: 6,000 strings of rule pieces, bars, blank lines of spaces
    and ideographic spaces, over the whole string and a random range."""
    rng = random.Random(45)
    alphabet = ["+", "-", "--", "|", ">", "<", " ", "\n", "\n", "\u3000", "a", "字", "\t"]
    alphabet += ["\r", "+--+", "|  |", "-->", "~~~"]
    found = 0
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        for start, end in ((0, len(text)), (a, b)):
            want = _old_figure_spans(text, start, end)
            assert figure_spans(text, start, end) == want, (repr(text), start, end)
            found += bool(want)
    assert found > 500  # the strings do draw figures


# Lines with no printed character (no \\S) end a paragraph; zero-width characters
# (U+200B, U+2060, U+FEFF) are printed for \\S, so their lines join paragraphs.
BLANKS = [" ", "\t", "\u3000", "\u00a0", "\u200b", "\u2060", "\ufeff", "\f", "\v", "\r"]
BLANKS += ["\u2028", "\u0085", "\x1c"]
FIGURE = "+--+--+\n| a| b|\n+--+--+"


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from([*BLANKS, "\n", "\n", "字", "+--+", "|  |", "-->", FIGURE])),
    st.data(),
)
def test_figure_rule_led_every_blank_line(parts, data):
    """Clause figure_rule_led: the paragraph bounds are the old ones for every kind of
    blank line (spaces, tabs, U+3000, NBSP, form feed, "\\r", separators) and for
    zero-width characters (not blank), over the whole text and any range."""
    text = "".join(parts)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    for start, end in ((0, len(text)), (a, b)):
        assert figure_spans(text, start, end) == _old_figure_spans(text, start, end)


@pytest.mark.parametrize("blank", BLANKS)
def test_figure_rule_led_blank_line_around_a_figure(blank):
    """A drawn table between Chinese prose lines, set off by a line of one blank kind:
    the figure alone when the character is blank, prose and figure together (one
    paragraph, not drawn enough) when it is printed (zero-width)."""
    text = f"{HISS}{blank}\n{FIGURE}\n{blank}{blank}\n{HISS}"
    spans = figure_spans(text, 0, len(text))
    assert spans == _old_figure_spans(text, 0, len(text))
    if blank.isspace():
        assert [text[a:b] for a, b in spans] == [FIGURE]
    else:
        assert spans == []


class _CountingRule:
    """ascii_figures._RULE with a count of its searches."""

    def __init__(self, pattern):
        self.pattern, self.searches = pattern, 0

    def search(self, *args):
        self.searches += 1
        return self.pattern.search(*args)


def test_figure_rule_led_searches_only_rule_lines(monkeypatch):
    """A 2,000-paragraph Chinese text with one figure at its end: only the lines holding
    "--" or "-+" are searched for a rule (the figure's 13, a few more to judge it), not
    every line of every paragraph (the old loop: twice each, ~12,000 searches)."""
    text = "\n".join([HISS] * 2000) + "\n" + RFC9293_HEADER
    counting = _CountingRule(ascii_figures._RULE)
    monkeypatch.setattr(ascii_figures, "_RULE", counting)
    spans = figure_spans(text, 0, len(text))
    assert spans == [
        (len(text) - len(RFC9293_HEADER) + RFC9293_HEADER.index("       0"), spans[0][1])
    ]
    assert counting.searches < 100


def test_figure_rule_led_dash_lines_searched_once(monkeypatch):
    """Prose with "--" dashes (a Gutenberg novel, 2,000 paragraphs) and one figure: each
    dash line is searched once for a rule and its paragraph is not judged (the old loop:
    every line of every paragraph twice, 24,000 searches)."""
    text = "\n\n".join([DASHES] * 2000) + "\n\n" + RFC9293_HEADER
    counting = _CountingRule(ascii_figures._RULE)
    monkeypatch.setattr(ascii_figures, "_RULE", counting)
    assert len(figure_spans(text, 0, len(text))) == 1
    assert counting.searches < 2 * 2000 + 100


def test_drawn_paragraphs_no_whole_text_search(monkeypatch):
    """A text holding a rule piece ("->") but no "--"/"-+" is not searched for a rule at
    all (base45 ran one ``_RULE.search`` over the whole text, ~12 M characters/s)."""
    text = "\n".join([HISS] * 200) + "\n收尸人 -> 掘墓人 -> 通灵者\n"
    counting = _CountingRule(ascii_figures._RULE)
    monkeypatch.setattr(ascii_figures, "_RULE", counting)
    assert drawn_paragraphs(text) == []
    assert counting.searches == 0


def test_table_judged_once(monkeypatch):
    """Clause table_judged_once: a paragraph of prose lines between "------" dividers
    (no blank line) is no column table and is judged once, not once per divider."""
    text = "\n".join([HISS.strip(), "------"] * 5) + "\n\n" + HISS
    calls = []
    judge = ascii_figures._is_column_table
    monkeypatch.setattr(
        ascii_figures, "_is_column_table", lambda lines: calls.append(1) or judge(lines)
    )
    assert ascii_figures.column_tables(text) == []
    assert len(calls) == 1


def test_hiss_tildes_open_no_fence():
    """Guard (rule fenced_code, unchanged): "嘶~~~" in prose and a bare "~~~" line open no
    code block, so no part of these texts is code."""
    for text in (HISS, SEQUENCES, (HISS + "\n~~~~~~\n\n") * 3 + HISS):
        assert fenced_spans(text) == []
        assert code_spans(text) == []


def test_terms_memory_per_character():
    """Clause terms_memory: the terms of a Chinese text (最强天赋树's lines, 182,000
    characters, sentence spans) peak under 50 traced bytes a character (base45: 86; an
    int64 copy of the code points and the masks lived until the keys were numbered), and
    are the same terms as before (ids, counts per sentence). A first call is made
    untraced: the first call in a process allocates ~15 bytes a character more (one-time
    imports and tables), so the measure would depend on the order the tests run in; warm,
    the peak is 38 bytes a character (base45: 86)."""
    text = (HISS + "\n") * 1000
    ends = [i + 1 for i, c in enumerate(text) if c in "。！？\n"]
    spans = np.array(list(zip([0, *ends[:-1]], ends, strict=True)), dtype=np.int64)
    topics._cjk_unit_terms(HISS, np.array([[0, len(HISS)]], dtype=np.int64))
    tracemalloc.start()
    try:
        indptr, ids, vocab = topics._cjk_unit_terms(text, spans)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 50 * len(text)
    one, one_ids, one_vocab = topics._cjk_unit_terms(HISS + "\n", spans[: len(spans) // 1000])
    assert vocab == one_vocab > 100  # the lines repeat: no new term after the first copy
    assert np.array_equal(ids[: len(one_ids)], one_ids)
    assert np.array_equal(indptr[: len(one)], one)
