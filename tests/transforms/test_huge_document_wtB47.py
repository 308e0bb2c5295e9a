"""Session 47, one huge document (part 3): clause ``rule_pieces_budget`` (the rule-piece
prefilter of ``transforms.ascii_figures`` reads a frequent sign's finds instead of scanning
the whole text for two-character pieces) and clause ``long_text_heap`` (a long text's
structure found with the heap reused, the build's policy set again after it);
output-identical."""

from __future__ import annotations

import random

import pytest

from transforms import ascii_figures, runtime
from transforms.code_blocks import code_spans
from transforms.normalize import normalize_text

# 天龙八部, 第二章 (jbts6+wuxia-novel: ASCII "," ":" "?" after ideographs).
TIANLONG = (
    '这一惊当真非同小可,随即喜意充塞胸臆,大叫:"仙人,救我!仙人,救我!"那人影微微晃动,'
    "却不答话。段誉定了定神,凝神看去,那人影淡淡的看不清楚,然而长袍儒巾,显是个男子。\n"
)
# Lines of the 20 M-character Chinese prefix (/tmp/huge/zh20m.jsonl: the chtxt mirror's
# title lines, a wuxia file's site watermark, a web novel's table row): a "|" in each, no
# rule piece ("|-", "-|") in any.
BAR_LINES = (
    "# 搜神記|〔東晉〕干寶 撰\n",
    "# 世說新語|〔南朝宋〕劉義慶 撰\n",
    "wＷw。xiaoshuo txt.neｔ/tＸt|?小说天堂\n",
    "| 序号 | 序列9  | 序列8          | 序列7          | 序列6              |\n",
)
# RFC 1035's resolver box, a paragraph of its own (blank lines around it)
RFC_BOX = "\n   +--------+\n   | Stub   |\n   +--------+\n\n"


def _bar_book(lines: int = 3000) -> str:
    """~300,000 characters: the prose with a title or watermark line (one "|" each) after
    every 16th paragraph: 187 "|", over the old 64 finds, under the budget (~290), as
    in the 20 M prefix (458 "|" in 20 M characters)."""
    parts = []
    for k in range(lines):
        parts.append(TIANLONG)
        if k % 16 == 15:
            parts.append(BAR_LINES[(k // 16) % 3])
    return "".join(parts)


class _Scans(str):
    """A text that records each search for a two-character piece and how much of the
    text it may read (from its start position to the end)."""

    def __new__(cls, text: str):
        self = super().__new__(cls, text)
        self.scans = []
        return self

    def find(self, sub, start=0, *rest):
        if len(sub) == 2:
            self.scans.append(len(self) - max(start, 0))
        return str.find(self, sub, start, *rest)

    def __contains__(self, sub):
        if len(sub) == 2:
            self.scans.append(len(self))
        return str.__contains__(self, sub)


def _old_may_hold_rule(text: str) -> bool:
    """The definition: the text holds one of the pieces of a sign it holds."""
    return any(
        sign in text and any(piece in text for piece in pieces)
        for sign, pieces in ascii_figures._RULE_PIECES
    )


def test_rule_pieces_budget_reads_no_whole_text():
    """Clause rule_pieces_budget: a 300,000-character text with 187 "|" (real lines) and
    no rule piece is answered from the sign's finds: no two-character scan of the text.
    Fails on base47 (64 finds, then "|-" and "-|" scanned over the whole text)."""
    text = _bar_book()
    assert 64 < text.count("|") < len(text) // 1024  # the budget: one find per 1,024
    scanned = _Scans(text)
    assert ascii_figures._may_hold_rule(scanned) is False
    assert scanned.scans == []
    assert _old_may_hold_rule(text) is False


def test_rule_pieces_budget_scans_only_the_rest():
    """Over the budget (a "|" in every line: ~1,500 finds allowed for 1.6 M characters,
    more "|" than that), the pieces are looked for only after the last sign read, and a
    rule after them is still found."""
    line = BAR_LINES[3]
    text = line * (1_600_000 // len(line))
    scanned = _Scans(text)
    assert ascii_figures._may_hold_rule(scanned) is False
    budget = len(text) // ascii_figures._SIGNS_PER_FIND
    read = (budget // line.count("|")) * len(line)  # the lines whose signs were read
    assert scanned.scans and max(scanned.scans) <= len(text) - read + len(line)
    ruled = text + "\n" + RFC_BOX
    assert ascii_figures._may_hold_rule(ruled) is True
    assert ascii_figures._may_hold_rule(_Scans(ruled)) is True


def test_rule_pieces_budget_signs_exactly_the_budget():
    """Review (session 47): as many "|" as the budget (the last find read is the last sign):
    no piece scan after the finds (a plant that dropped the check read the whole text)."""
    prose, bar = TIANLONG * 3000, BAR_LINES[0]
    k = 0
    while (len(prose) + k * len(bar)) // ascii_figures._SIGNS_PER_FIND > k:
        k += 1
    step = len(prose) // k
    text = "".join(prose[j * step : (j + 1) * step] + bar for j in range(k)) + prose[k * step :]
    assert text.count("|") == len(text) // ascii_figures._SIGNS_PER_FIND > 64
    scanned = _Scans(text)
    assert ascii_figures._may_hold_rule(scanned) is False
    assert scanned.scans == []
    assert ascii_figures._may_hold_rule(text + RFC_BOX) is True


def test_rule_pieces_budget_same_answer_real():
    """The same answer as the definition, and the same code spans: the bar book, the bar
    book with an RFC box at its end, at its start and in its middle, the prose alone."""
    book = _bar_book()
    half = len(book) // 2
    cases = [book, book + RFC_BOX, RFC_BOX + book, book[:half] + "\n" + RFC_BOX + book[half:]]
    cases += [TIANLONG * 3000, "".join(BAR_LINES) * 2000 + "-|"]
    for text in cases:
        assert ascii_figures._may_hold_rule(text) is _old_may_hold_rule(text)
    assert code_spans(cases[2])[0] == (1, len(RFC_BOX) - 2)
    assert code_spans(book) == []


def test_rule_pieces_budget_fuzzed(monkeypatch):
    """3,000 strings of signs, dashes and hanzi, with the budget patched down to one find
    per 4 characters (so the two-character finds from the last sign read are exercised),
    and at its real size: the definition's answer each time."""
    rng = random.Random(47)
    alphabet = ["+", "|", ">", "<", "-", "--", "a", "话", " ", "\n", "||", "|a"]
    for per_find in (4, 1 << 10):
        monkeypatch.setattr(ascii_figures, "_SIGNS_PER_FIND", per_find)
        monkeypatch.setattr(ascii_figures, "_FEW_SIGNS", 2)
        for _ in range(1500):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
            assert ascii_figures._may_hold_rule(text) is _old_may_hold_rule(text), repr(text)


def test_normalize_unchanged_on_the_bar_book():
    """Guard: normalize gives the bar book the same text as the definition-level prefilter
    does (the prefilter patched to the old one)."""
    book = _bar_book() + RFC_BOX + TIANLONG
    want = normalize_text(book)
    saved = ascii_figures._may_hold_rule
    try:
        ascii_figures._may_hold_rule = _old_may_hold_rule
        assert normalize_text(book) == want
    finally:
        ascii_figures._may_hold_rule = saved
    assert "   +--------+\n   | Stub   |" in want  # the box's columns kept


class _Libc:
    """Records mallopt / malloc_trim calls instead of making them."""

    def __init__(self):
        self.calls = []

    def mallopt(self, param, value):
        self.calls.append((param, value))
        return 1

    def malloc_trim(self, pad):
        self.calls.append(("trim", pad))
        return 1


@pytest.fixture
def libc(monkeypatch):
    fake = _Libc()
    real = runtime.ctypes.CDLL  # other libraries (numba's llvmlite) still load for real
    monkeypatch.setattr(
        runtime.ctypes, "CDLL", lambda name, *a, **k: fake if name is None else real(name, *a, **k)
    )
    monkeypatch.setattr(runtime, "_glibc", lambda: True)
    monkeypatch.setattr(runtime, "_bound", [])
    monkeypatch.setattr(runtime, "_reused", [])
    monkeypatch.delenv(runtime.MMAP_ENV, raising=False)
    monkeypatch.delenv(runtime.TRIM_ENV, raising=False)
    return fake


MMAP, TRIM, BIG = -3, -1, 1 << 30  # runtime.LONG_TEXT_THRESHOLD
WORKER = [(MMAP, 16 << 20), (TRIM, 16 << 20), ("trim", 0)]


def test_long_text_heap_under_the_build_policy(libc):
    """Clause long_text_heap: under the workers' policy a long text's block reuses the heap
    (1 GiB thresholds) and the workers' policy is set again after it, also on an error."""
    runtime.bound_worker_heap()
    assert libc.calls == WORKER
    libc.calls.clear()
    with runtime.long_text_heap(runtime.LONG_TEXT_CHARS):
        assert libc.calls == [(MMAP, BIG), (TRIM, BIG)]
    assert libc.calls == [(MMAP, BIG), (TRIM, BIG)] + WORKER
    libc.calls.clear()
    with pytest.raises(KeyError), runtime.long_text_heap(10**8):
        raise KeyError("x")
    assert libc.calls == [(MMAP, BIG), (TRIM, BIG)] + WORKER


def test_long_text_heap_from_the_environment(libc, monkeypatch):
    """A Beam worker started with the variables (bound_heap_retention_in_children) has the
    policy from glibc's start-up: it is the one set again."""
    monkeypatch.setenv(runtime.MMAP_ENV, str(16 << 20))
    monkeypatch.setenv(runtime.TRIM_ENV, str(16 << 20))
    with runtime.long_text_heap(runtime.LONG_TEXT_CHARS + 1):
        pass
    assert libc.calls == [(MMAP, BIG), (TRIM, BIG)] + WORKER


def test_long_text_heap_leaves_the_rest_alone(libc):
    """Guards: a shorter text, no bounded policy known (glibc's defaults, the snapshot, the
    tests), the trainer's policy without a trim threshold, eval's reuse_heap: no call."""
    with runtime.long_text_heap(runtime.LONG_TEXT_CHARS - 1):
        pass
    with runtime.long_text_heap(10**8):
        pass
    runtime.bound_heap_retention()  # the trainer's: 1 MiB, no trim threshold
    libc.calls.clear()
    with runtime.long_text_heap(10**8):
        pass
    runtime.bound_worker_heap()
    runtime.reuse_heap()
    libc.calls.clear()
    with runtime.long_text_heap(10**8):
        pass
    with runtime.long_text_heap(runtime.LONG_TEXT_CHARS - 1):
        pass
    assert libc.calls == []


def test_long_text_heap_same_structure(libc, monkeypatch):
    """Guard: analyze_document inside the policy's block gives what analyze_text gives
    (天龙八部's prose; the threshold patched down, the C calls recorded)."""
    import pickle

    import transforms.structure as structure
    from schemas import Document

    text = TIANLONG * 40
    want = structure.analyze_text(text)
    monkeypatch.setattr(runtime, "LONG_TEXT_CHARS", len(text))
    runtime.bound_worker_heap()
    libc.calls.clear()
    got = structure.analyze_document(Document("t", "t.txt", text)).structure
    assert libc.calls == [(MMAP, BIG), (TRIM, BIG)] + WORKER
    assert pickle.dumps(got) == pickle.dumps(want)


def test_long_text_heap_restores_the_policy_in_force(libc, monkeypatch):
    """Review (session 47): the policy set again is the one in force, not the build's default:
    a worker started with other thresholds (8 MiB mmap, 4 MiB trim) gets those back, and a
    build policy set by a call wins over the environment's."""
    monkeypatch.setenv(runtime.MMAP_ENV, str(8 << 20))
    monkeypatch.setenv(runtime.TRIM_ENV, str(4 << 20))
    with runtime.long_text_heap(runtime.LONG_TEXT_CHARS):
        pass
    assert libc.calls == [(MMAP, BIG), (TRIM, BIG), (MMAP, 8 << 20), (TRIM, 4 << 20), ("trim", 0)]
    runtime.bound_heap_retention(32 << 20, 2 << 20)
    libc.calls.clear()
    with runtime.long_text_heap(runtime.LONG_TEXT_CHARS):
        pass
    assert libc.calls == [(MMAP, BIG), (TRIM, BIG), (MMAP, 32 << 20), (TRIM, 2 << 20), ("trim", 0)]


def test_long_text_heap_off_after_the_trainers_policy(libc):
    """Review (session 47): the build's policy first, then the trainer's (1 MiB, no trim
    threshold) in the same process: the trainer's is in force, so a long text changes
    nothing (before the record was cleared, the build's would have been set again over it)."""
    runtime.bound_worker_heap()
    runtime.bound_heap_retention()
    libc.calls.clear()
    with runtime.long_text_heap(10**8):
        pass
    assert libc.calls == []
