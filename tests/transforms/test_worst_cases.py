"""Session 41 (branch wtH): pathological inputs and per-document speed.

Clause ``one_way_words`` (``transforms.cjk_sequence_titles``): the title words matched a
character at a time; "(?:[...]+|...)+" split a line of N Han characters 2^(N-1) ways
before failing (理想国 over 120 s, 世界营销绝招800例 12 s; 0.4 s each now). Clauses
``title_lines_once`` (``transforms.sections``) and ``contents_run_linear``
(``transforms.contents_runs``): a text of one heading over and over ("CHAPTER I" x
100,000) was quadratic. Outputs unchanged (snapshot compare 0; the regex A/B over the
Chinese and Japanese mirrors in docs/quality/session-41-wtH.md).

No timing assertions: the regexes are checked for nested unbounded repeats, the title
lines for sets built, and the worst cases built from real text by a count of function
calls that must grow linearly with the input.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transforms
from transforms import cjk_sequence_titles as cst
from transforms import headings as hd
from transforms import sections
from transforms.clean import clean_text
from transforms.contents_runs import contents_runs
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


def _strip(items: list) -> list:
    while len(items) == 1 and items[0][0] == sre_constants.SUBPATTERN:
        items = list(items[0][1][-1])
    return items


def _nested_repeats(items, found: list) -> list:
    """Repeats ("+", "*", "{n,}") whose body, or one alternative of it, is itself one
    unbounded repeat: "(?:X+)+", "(?:X+|Y)+": a run of X matches in exponentially many ways."""
    for op, av in items:
        if op in _REPEATS:
            body = _strip(list(av[2]))
            alts = [body]
            if len(body) == 1 and body[0][0] == sre_constants.BRANCH:
                alts = [_strip(list(a)) for a in body[0][1][1]]
            if av[1] == sre_constants.MAXREPEAT:
                found += [a for a in alts if len(a) == 1 and a[0][0] in _REPEATS
                          and a[0][1][1] == sre_constants.MAXREPEAT]  # fmt: skip
            _nested_repeats(av[2], found)
        elif op == sre_constants.SUBPATTERN:
            _nested_repeats(av[-1], found)
        elif op == sre_constants.BRANCH:
            for a in av[1]:
                _nested_repeats(a, found)
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            _nested_repeats(av[1], found)
    return found


def _module_patterns() -> dict[str, re.Pattern]:
    out = {}
    for info in pkgutil.iter_modules(transforms.__path__):
        module = importlib.import_module(f"transforms.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.setdefault(f"{info.name}.{name}", value)
    return out


def test_no_module_regex_nests_an_unbounded_repeat():
    """Clause one_way_words, as a rule for every module: no compiled pattern of
    ``transforms`` repeats a group whose body (or an alternative of it) is one unbounded
    repeat. base41 had two (cjk_sequence_titles' _PART and _TITLE_ONLY); the other 980
    patterns have none."""
    patterns = _module_patterns()
    assert len(patterns) > 900
    nested = sorted(
        name
        for name, p in patterns.items()
        if _nested_repeats(list(sre_parse.parse(p.pattern, p.flags)), [])
    )
    assert nested == []


def test_the_check_finds_the_old_title_words():
    """The check above reads the pattern of base41 as nested (so it guards the clause)."""
    han = cst._HAN
    old = f"(?:[{han}]+|“[{han}]+”)+(?:[ \u3000](?:[{han}]+|“[{han}]+”)+)*"
    assert _nested_repeats(list(sre_parse.parse(old)), [])
    assert not _nested_repeats(list(sre_parse.parse(cst._QWORDS)), [])


# Real lines: a table row of 世界营销绝招800例 (the line that took seconds), 蛤蟆的油's and
# 常识's part titles (hankinghu/literature-books).
TABLE_ROW = "名额实际名额实际名额实际名额实际名额实际"


@pytest.mark.parametrize(
    "line, title",
    [
        ("“酥糖”遇到天使（1）", "“酥糖”遇到天使"),
        ("大 局（1）", "大 局"),
        ("民间（二）（1）", "民间（二）"),
        ("哭泣的骆驼(2)", "哭泣的骆驼"),
        (TABLE_ROW, None),
        (TABLE_ROW + "（1", None),
        ("“酥糖”遇到天使", None),
    ],
)
def test_one_way_words_reads_the_same_part_titles(line, title):
    """Guard: the part titles read as before (group 1: the title), a line of text none."""
    m = cst._PART.fullmatch(line)
    assert (m.group(1) if m else None) == title


def test_one_way_words_title_only_lines():
    assert cst._TITLE_ONLY.fullmatch("“人格魅力”")
    assert cst._TITLE_ONLY.fullmatch("城管（二）")
    assert cst._TITLE_ONLY.fullmatch(TABLE_ROW)
    assert not cst._TITLE_ONLY.fullmatch("反华传媒。")
    assert not cst._TITLE_ONLY.fullmatch("“酥糖”遇到“天使")


def test_title_lines_set_built_once(monkeypatch):
    """Clause title_lines_once: ``find_headings`` hands ``title_line`` one set of the
    lines a title may not take, grown as titles are found (base41 built a new set of
    every title so far for each heading: quadratic in a book of headings)."""
    seen, titles = [], []
    real = sections.title_line

    def spy(lines, c, taken):
        seen.append(taken)
        # every title found so far is taken (review: dropping ``taken.add`` passed)
        assert all(t in taken for t in titles), (c.line, len(titles))
        t = real(lines, c, taken)
        if t is not None:
            titles.append(t)
        return t

    monkeypatch.setattr(sections, "title_line", spy)
    n = 400
    # Real headings over a real title line and paragraph (Pride and Prejudice, ch. 1).
    text = "".join(
        f"CHAPTER {i}\n\nAN INTRODUCTION\n\nIt is a truth universally acknowledged, that a "
        "single man in possession of a good fortune, must be in want of a wife.\n\n"
        for i in range(1, n + 1)
    )
    headings = sections.find_headings(text)
    assert len(seen) >= n
    assert len({id(s) for s in seen}) == 1
    assert sum(h.title == "CHAPTER 1 AN INTRODUCTION" for h in headings) == 1
    assert sum(h.title.endswith("AN INTRODUCTION") for h in headings) == n


def _contents_runs_base41(cands, confirmed):
    """Rule contents_run as base41 wrote it (``starts.index``): the specification."""
    drop: set[int] = set()
    by_series: dict[str, list[int]] = {}
    for i in sorted(confirmed):
        if cands[i].value is not None:
            by_series.setdefault(cands[i].series, []).append(i)
    for members in by_series.values():
        starts = [0] + [
            k
            for k in range(1, len(members))
            if cands[members[k]].value <= cands[members[k - 1]].value
        ]
        for a, b in zip(starts, starts[1:], strict=False):
            first, restart = members[a], members[b]
            end = members[starts[starts.index(b) + 1] - 1] if b != starts[-1] else members[-1]
            if cands[restart].value > cands[first].value:
                continue
            higher = any(
                (j in confirmed or cands[j].kind in ("named", "caps"))
                and cands[j].rank < cands[first].rank
                for j in range(members[b - 1] + 1, restart)
            )
            listed = cands[members[b - 1]].start - cands[first].start
            body = max(cands[end].start - cands[restart].start, 1)
            if not higher and b - a >= 2 and listed < 0.1 * body:
                drop.update(members[a:b])
    return drop


def test_contents_run_linear_keeps_the_rule():
    """Clause contents_run_linear: the same drops as base41's rule on 3,000 random
    runs of numbered candidates (restarts, two series, higher headings between)."""
    rng = random.Random(41)
    for _ in range(3000):
        cands, start = [], 0
        for line in range(rng.randint(1, 30)):
            start += rng.choice([10, 50, 400, 3000])
            kind = rng.choice(["keyword", "keyword", "numeral", "caps", "named"])
            value = rng.choice([1, 1, 2, 3, 4, None]) if kind != "caps" else None
            rank, series = rng.choice([20, 20, 10]), rng.choice(["ch", "pt"])
            cands.append(hd.Candidate(start, start + 9, line, kind, rank, "x", series, value))
        confirmed = {i for i in range(len(cands)) if rng.random() < 0.8}
        assert contents_runs(cands, confirmed) == _contents_runs_base41(cands, confirmed)


# ---------------------------------------------------------------- worst cases
# Built from real text: Pride and Prejudice's opening, 红楼梦's first lines.
EN = (
    "It is a truth universally acknowledged, that a single man in possession of a good "
    "fortune, must be in want of a wife. However little known the feelings or views of "
    "such a man may be on his first entering a neighbourhood, this truth is so well fixed "
    "in the minds of the surrounding families, that he is considered the rightful property "
    "of some one or other of their daughters.\n\n"
)
ZH = (
    "此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去，而借“通灵”之说，撰此"
    "《石头记》一书也。故曰“甄士隐”云云。但书中所记何事何人？自又云：“今风尘碌碌，一事"
    "无成，忽念及当日所有之女子，一一细考较去，觉其行止见识，皆出于我之上。”\n\n"
)
_ZH_MARKS = re.compile(r"[\s。，、；：！？“”《》]")


def _fit(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


WORST = {
    "one_line": lambda n: _fit(" ".join(EN.split()) + " ", n),
    "no_sentence_marks": lambda n: _fit(re.sub(r"[.,;:!?]", "", EN), n),
    "cjk_no_marks": lambda n: _fit(_ZH_MARKS.sub("", ZH), n),
    "only_headings": lambda n: _fit("CHAPTER I\n\n", n),
    "one_character": lambda n: "a" * n,
    "long_url": lambda n: "See http://example.com/" + _fit("a/b-", n) + " now.",
    "mixed_scripts": lambda n: "".join(
        a + b
        for a, b in zip(
            _fit(EN.replace("\n", " "), n // 2), _fit(_ZH_MARKS.sub("", ZH), n // 2), strict=True
        )
    ),
    "nul_bytes": lambda n: _fit(EN, n).replace("e", "\x00"),
    "blank_lines": lambda n: "Word.\n" + "\n" * n + "End.",
}


def _calls(text: str) -> tuple[int, object]:
    """Function calls (Python and C) made by normalize -> clean -> analyze_text."""
    count = 0

    def hook(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(hook)
    try:
        cleaned = clean_text(normalize_text(text)).text
        structure = analyze_text(cleaned) if cleaned.strip() else None
    finally:
        sys.setprofile(None)
    return count, (cleaned, structure)


@pytest.mark.parametrize("case", sorted(WORST))
def test_worst_case_work_grows_linearly(case):
    """Each worst case runs through the text stages; doubling the input at most
    (about) doubles the work (2.5x allowed for fixed costs met once per size), and the
    structure's spans cover the cleaned text in order."""
    n = 12_000
    small, _ = _calls(WORST[case](n))
    large, (text, structure) = _calls(WORST[case](2 * n))
    assert large <= 2.5 * small, (case, small, large)
    if structure is not None:  # the sentences tile the cleaned text
        spans = structure.sentences
        assert spans[0, 0] == 0 and spans[-1, 1] == len(text)
        assert (spans[1:, 0] == spans[:-1, 1]).all() and (spans[:, 1] > spans[:, 0]).all()


def _ascii_close_base41(text: str, j: int) -> bool:
    """Clause ascii_quote_speech as base41 wrote it: the specification."""
    return text[j] == '"' and text.count('"', text.rfind("\n", 0, j) + 1, j + 1) % 2 == 0


def test_ascii_close_linear_keeps_the_clause():
    """Clause ascii_close_linear: the same answer as base41's count on every position of
    2,000 random texts of quotes, line ends, letters and marks."""
    from transforms.cjk_speech import _AsciiClose

    rng = random.Random(41)
    for _ in range(2000):
        text = "".join(rng.choice('"\n"a。“') for _ in range(rng.randint(1, 40)))
        close = _AsciiClose(text)
        assert [close(j) for j in range(len(text))] == [
            _ascii_close_base41(text, j) for j in range(len(text))
        ]


def test_ascii_close_linear_scans_no_line_per_start():
    """Clause ascii_close_linear: on one long line of quoted speech (a real quotation of
    水浒传 with ASCII quotes, repeated with no line end), the speech clauses make no
    ``str.count`` / ``str.rfind`` call per quotation: base41 counted back to the line's
    start for each one (quadratic: a 20 MB line took over 4 minutes)."""
    from transforms import cjk_speech

    line = '宋江道："好计！正是如此行。"李逵道："哥哥说得是。"' * 400
    starts = np.asarray([m.end() for m in re.finditer(r'[。！]"?', line)][:-1], dtype=np.int64)
    scans = 0

    def hook(frame, event, arg):
        nonlocal scans
        if event == "c_call" and getattr(arg, "__name__", "") in ("count", "rfind"):
            scans += 1

    sys.setprofile(hook)
    try:
        drops = cjk_speech.speech_tag_drops(line, starts, ascii_pairs=True)
        short = cjk_speech.short_quote_drops(line, starts, ascii_pairs=True)
    finally:
        sys.setprofile(None)
    assert scans == 0
    assert set(drops) <= set(starts.tolist()) and set(short) <= set(starts.tolist())


# ---------------------------------------------------------------- review: one_way_words
# Base41's title words, kept as the specification (review of session 41).
_OLD_QWORDS = f"(?:[{cst._HAN}]+|“[{cst._HAN}]+”)+(?:[ \u3000](?:[{cst._HAN}]+|“[{cst._HAN}]+”)+)*"
_OLD_PART = re.compile(
    f"({_OLD_QWORDS}(?:（{cst._NUMERAL}）)?)[ \u3000]*[（(]([0-9０-９]{{1,2}})[）)]"
)
_OLD_TITLE_ONLY = re.compile(f"{_OLD_QWORDS}(?:（{cst._NUMERAL}）)?")
# The patterns' alphabet: Han (of 蛤蟆的油's titles, numerals among them), the quotes,
# both spaces, both brackets, digits, and characters outside every class.
_TITLE_ALPHABET = "大局民间骆驼一二十“”“” \u3000（）()1２。a"


@given(st.text(alphabet=_TITLE_ALPHABET, min_size=0, max_size=14))
@settings(max_examples=3000, deadline=None, derandomize=True)
def test_one_way_words_same_spans_and_groups_as_base41(line):
    """The integrator's question on clause one_way_words: on every short line of the
    patterns' alphabet the new title words give base41's fullmatch, span and groups
    (14 characters: base41's patterns still finish)."""
    for old, new in ((_OLD_PART, cst._PART), (_OLD_TITLE_ONLY, cst._TITLE_ONLY)):
        a, b = old.fullmatch(line), new.fullmatch(line)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), line


@pytest.mark.parametrize(
    "line",
    [  # real lines of hankinghu/literature-books (蛤蟆的油, 常识, 世界营销绝招800例)
        "“酥糖”遇到天使（1）",
        "大 局（1）",
        "民间（二）（1）",
        "“人格魅力”",
        "城管（二）",
        "名额实际名额实际",
        "“酥糖”遇到“天使”（12）",
        "“酥糖”遇到“天使（1）",
    ],
)
def test_one_way_words_real_lines_as_base41(line):
    for old, new in ((_OLD_PART, cst._PART), (_OLD_TITLE_ONLY, cst._TITLE_ONLY)):
        a, b = old.fullmatch(line), new.fullmatch(line)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


# BBC business/403 (the clause's own case, data/sum_bbc_news): "Former" opens a sentence
# after "MCI Inc." because the article writes "former" in lower case.
_INC = (
    "WorldCom changed its name to MCI Inc. Former WorldCom chief executive Bernard Ebbers "
    "faces trial. Ten former directors agreed to pay $18m.\n\n"
)


def test_document_case_once_reads_each_word_once(monkeypatch):
    """Clause document_case_once (review of session 41): the uses of a word after
    "Inc." are read once per document, not once per "Inc. Word" (a long document of them
    was quadratic: 10 s of the 10 M-character line's sentence stage); the ends found stay
    one per "Inc. Former"."""
    from transforms import abbreviation_case as ac

    real, checks = ac._MID_SENTENCE, [0]

    class Counting:
        def search(self, *args):
            checks[0] += 1
            return real.search(*args)

    monkeypatch.setattr(ac, "_MID_SENTENCE", Counting())
    found = []
    for k in (200, 400):
        checks[0] = 0
        text = _INC * k
        ends = ac.abbreviation_word_ends(text, set())
        assert ends == [m.start() + 9 for m in re.finditer(r"MCI Inc\. Former", text)]
        found.append(checks[0])
    assert found[1] <= 2.2 * found[0], found  # base41: 4x (each use read for every other)


def test_ascii_close_linear_short_quote_kept_whole():
    """Clause ascii_close_linear at short_quote_drops' call site (review of session 41:
    asking the wrong position passed every test): a start inside a short ASCII-quoted
    quotation of 水浒传 is dropped, the one after its closing '"' kept."""
    from transforms import cjk_speech

    line = '宋江道："好计！正是如此行。"李逵道："哥哥说得是。"\n'
    starts = np.asarray([m.end() for m in re.finditer(r'[。！]"?', line)][:-1], dtype=np.int64)
    assert [line[s : s + 2] for s in starts.tolist()] == ["正是", "李逵"]
    assert list(cjk_speech.short_quote_drops(line, starts, ascii_pairs=True)) == [8]
