"""Review of session 47's clause one_dtype_concatenate (branch wtH) on longer real text:
the short excerpts of test_small_documents_wtH47 run the changed helpers on inputs too
small to tell a wrong flag or a shifted row pointer from a right one (planted in
review: 27 of 32 such bugs passed them). Here three real book passages from
../shared/data (红楼梦's hard-wrapped opening with its page furniture, 水浒传's ASCII
quoted dialogue, Moby-Dick's extracts and first chapter) go through normalize, clean
and analyze_text and must give base47's results (the code before the clause, frozen
in review; digests are sha1 of the int64 spans), and two helpers are checked against
an independent reference on real text."""

from __future__ import annotations

import hashlib
import os
import re

import numpy as np
import pytest

from transforms.char_classes import pair_run_starts
from transforms.cjk_ascii_quotes import _AsciiClose
from transforms.clean import clean_text
from transforms.key_sentences import _LETTER, _NON_SPACE, _WORD_START
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# (file under ../shared/data, first character, characters)
PASSAGES = {
    "HLM": ("zh_classics/红楼梦.txt", 0, 12000),
    "SHZ": ("zh_classics/水浒传.txt", 3000, 12000),
    "MOBY": ("en_gutenberg/pg2701.txt", 20000, 30000),
}
# base47 (main at session 47's start) on the passages above.
EXPECTED = {
    "HLM": {
        "chars": 10391,
        "clean": "87cdec354e0f",
        "n_sent": 374,
        "sentences": "58783e2d80ee",
        "n_par": 46,
        "paragraphs": "1bd0e4778018",
        "topics": [
            [0, 411],
            [411, 967],
            [967, 1751],
            [1751, 2650],
            [2650, 3419],
            [3419, 4300],
            [4300, 5153],
            [5153, 5832],
            [5832, 6390],
            [6390, 6770],
            [6770, 7098],
            [7098, 7569],
            [7569, 7813],
            [7813, 8083],
            [8083, 8584],
            [8584, 9198],
            [9198, 9839],
            [9839, 10084],
            [10084, 10391],
        ],
        "keys": [
            91,
            98,
            104,
            110,
            116,
            121,
            131,
            139,
            140,
            141,
            149,
            150,
            207,
            252,
            253,
            270,
            304,
            316,
            356,
        ],
        "sections": [(0, 6770, 1), (6770, 10391, 1)],
    },
    "SHZ": {
        "chars": 10619,
        "clean": "6ac2cff027be",
        "n_sent": 436,
        "sentences": "e44e3bcc3c08",
        "n_par": 289,
        "paragraphs": "2d3eb0e7df56",
        "topics": [
            [0, 155],
            [155, 964],
            [964, 1887],
            [1887, 3081],
            [3081, 3818],
            [3818, 4899],
            [4899, 5194],
            [5194, 6017],
            [6017, 6563],
            [6563, 6928],
            [6928, 7379],
            [7379, 8262],
            [8262, 9126],
            [9126, 9707],
            [9707, 10400],
            [10400, 10440],
            [10440, 10498],
            [10498, 10573],
            [10573, 10619],
        ],
        # Rule bare_dialogue_line (session 49, transforms.key_dialogue): base47's keys 92,
        # 191, 222, 329, 344-345, 425 ('庄客入去多时，出来说道："庄主太公教你两个入来。"', '史进喝道：
        # "作怪！谁在那里张俺庄上？"' …) were short speeches with a bare tag; narration took
        # their places ('母子二人，直到草堂上来见太公。', '酒罢，三人谢了史进，回山去了。' …).
        "keys": [
            83,
            95,
            114,
            120,
            133,
            192,
            199,
            200,
            205,
            209,
            279,
            323,
            328,
            352,
            357,
            358,
            370,
            375,
            381,
            407,
            410,
            421,
        ],
        "sections": [(0, 10400, 0), (10400, 10619, 1)],
    },
    "MOBY": {
        "chars": 29718,
        "clean": "996bfc561f50",
        "n_sent": 249,
        "sentences": "bf38d556f716",
        "n_par": 61,
        "paragraphs": "7493e9151193",
        "topics": [
            [0, 933],
            [933, 2238],
            [2238, 2795],
            [2795, 4196],
            [4196, 5874],
            [5874, 6876],
            [6876, 8007],
            [8007, 9655],
            [9655, 12231],
            [12231, 13669],
            [13669, 15277],
            [15277, 15986],
            [15986, 17962],
            [17962, 19084],
            [19084, 20578],
            [20578, 22313],
            [22313, 24408],
            [24408, 26169],
            [26169, 27026],
            [27026, 28011],
            [28011, 29034],
            [29034, 29490],
            [29490, 29718],
        ],
        "keys": [5, 23, 24, 78, 132, 150, 162, 176, 181, 182, 184, 234],
        "sections": [(0, 6876, 0), (6876, 19084, 1), (19084, 27026, 1), (27026, 29718, 1)],
    },
}


def _passage(shared_data: str, name: str) -> str:
    path, first, size = PASSAGES[name]
    with open(os.path.join(shared_data, path), encoding="utf-8", errors="replace") as f:
        return f.read()[first : first + size]


def _digest(spans) -> str:
    data = np.ascontiguousarray(np.asarray(spans, dtype=np.int64)).tobytes()
    return hashlib.sha1(data).hexdigest()[:12]


@pytest.mark.parametrize("name", sorted(PASSAGES))
def test_passage_gives_base47_results(shared_data, name):
    """Hard wraps joined (unwrap_wraps.apply_wraps, cjk_block_width, verse_lines),
    quotes read (cjk_quotes, cjk_ascii_quotes), sections and forced paragraph starts
    (structure.layout), topic units (c99, topics, style_terms) and key sentences
    (key_sentences, lexrank): base47's output."""
    cleaned = clean_text(normalize_text(_passage(shared_data, name)))
    result = analyze_text(
        cleaned.text, markup=cleaned.markup_headings, fortune_entries=cleaned.fortune_entries
    )
    got = {
        "chars": len(cleaned.text),
        "clean": hashlib.sha1(cleaned.text.encode()).hexdigest()[:12],
        "n_sent": len(result.sentences),
        "sentences": _digest(result.sentences),
        "n_par": len(result.paragraphs),
        "paragraphs": _digest(result.paragraphs),
        "topics": result.topic_segments.tolist(),
        "keys": result.key_sentences.tolist(),
        "sections": [(s.start, s.end, s.level) for s in result.sections],
    }
    assert got == EXPECTED[name]


@pytest.mark.parametrize("piece_chars", [7, 64, 1 << 22])
def test_pair_run_starts_is_word_start_regex(shared_data, piece_chars):
    """char_classes.pair_run_starts (its run flag carried from piece to piece, its
    first pair of each run) gives _WORD_START.finditer's starts on Moby-Dick, read
    whole or 7 / 64 characters at a time."""
    text = _passage(shared_data, "MOBY")
    want = [m.start() for m in _WORD_START.finditer(text)]
    got = pair_run_starts(text, _LETTER, _NON_SPACE, piece_chars=piece_chars)
    assert got.dtype == np.int64 and got.tolist() == want
    assert len(want) > 4000


def test_ascii_close_is_every_second_quote_of_its_line(shared_data):
    """cjk_ascii_quotes: on 水浒传's ASCII-quoted dialogue (the passage starting at a
    '"', so the first line's start matters) the closing '"' are the 2nd, 4th, ... of
    each line."""
    text = _passage(shared_data, "SHZ")
    text = text[text.index('"') :]
    want, offset = [], 0
    for line in text.split("\n"):
        quotes = [offset + i for i, c in enumerate(line) if c == '"']
        want += quotes[1::2]
        offset += len(line) + 1
    close = _AsciiClose(text)
    assert [j for j in range(len(text)) if text[j] == '"' and close(j)] == want
    assert len(want) > 50


def _verse_reference(lines: list[str], indent_step: int) -> list[bool]:
    """Rule verse_neighbourhood written out: a unit opens at the first line, at and
    after a blank line and at a deeper-indented line; a line is verse when the other
    lines of its unit within 4 lines of it hold 5 or more capitalised and 2 or fewer
    lower-case starts."""
    blank = [not x.strip() for x in lines]
    indent = [len(x) - len(x.lstrip(" ")) for x in lines]
    upper = [not b and x.lstrip()[0].isupper() for x, b in zip(lines, blank, strict=True)]
    lower = [not b and x.lstrip()[0].islower() for x, b in zip(lines, blank, strict=True)]
    unit, u = [], -1
    for k in range(len(lines)):
        if k == 0 or blank[k] or blank[k - 1] or indent[k] >= indent[k - 1] + indent_step:
            u += 1
        unit.append(u)
    out = []
    for k in range(len(lines)):
        near = [j for j in range(k - 4, k + 5) if 0 <= j < len(lines) and j != k]
        near = [j for j in near if unit[j] == unit[k]]
        caps, lows = sum(upper[j] for j in near), sum(lower[j] for j in near)
        out.append(caps >= 5 and lows <= 2)
    return out


def test_verse_lines_is_the_rule_written_out():
    """verse_lines (its units' last lines, its running counts of capitalised and
    lower-case starts) on Shakespeare's verse and Hamlet's speeches
    (test_verse_stanzas' excerpts), the second text one verse unit to its end."""
    from tests.transforms.test_verse_stanzas import HAMLET, LUCRECE, PILGRIM
    from transforms.unwrap_config import UnwrapConfig
    from transforms.verse_lines import verse_lines

    config = UnwrapConfig()
    # The second text: Pilgrim's first four lines, then Lucrece's first five, one unit.
    one_unit = "".join(PILGRIM.splitlines(keepends=True)[:4] + LUCRECE.splitlines(True)[:5])
    for text in (HAMLET + "\n" + LUCRECE + "\n" + PILGRIM, one_unit):
        lines = text.rstrip("\n").split("\n")
        want = _verse_reference(lines, config.indent)
        blank = np.array([not x.strip() for x in lines])
        indent = np.array([len(x) - len(x.lstrip(" ")) for x in lines])
        upper = np.array(
            [not b and x.lstrip()[0].isupper() for x, b in zip(lines, blank, strict=True)]
        )
        lower = np.array(
            [not b and x.lstrip()[0].islower() for x, b in zip(lines, blank, strict=True)]
        )
        got = verse_lines(upper, lower, blank, indent, config)
        assert got.tolist() == want
        assert sum(want) >= 4
    assert want[-2]  # one_unit's line before the last: its window cut by the text's end


def _lines(text: str):
    lines = text.split("\n")
    first, last, pos = [], [], 0
    for x in lines:
        first.append(pos)
        last.append(pos + len(x))
        pos += len(x) + 1
    blank = np.array([not x.strip() for x in lines])
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    return lines, np.array(first), np.array(last), blank, cp


def test_parallel_lines_of_real_verse_and_prose(shared_data):
    """cjk_block_width.parallel_lines (its numpy pre-filters: a clause run restarted at
    each line, the marks counted and their offsets summed per line) keeps every pair of
    a 律诗's, 绿衣's and a 绝句's couplet lines (test_verse_stanzas' excerpts) and no
    pair of 红楼梦's hard-wrapped prose; each line's pre-filter answer is the rule
    written out (a mark, no run of more than PARALLEL_CLAUSE + 1 characters without one)."""
    from tests.transforms.test_verse_stanzas import JUEJU, LUSHI, LUYI
    from transforms.cjk_block_width import (
        _IS_CLAUSE_MARK,
        PARALLEL_CLAUSE,
        _short_clauses,
        parallel_lines,
    )

    prose = _passage(shared_data, "HLM")[:6000]
    cases = [(LUSHI, [0, 1, 2]), (LUSHI.rstrip("\n"), [0, 1, 2]), (LUYI, [0, 1, 2])]
    for text, want in [*cases, (JUEJU, [0]), (prose, [])]:  # LUSHI also without a last newline
        lines, first, last, blank, cp = _lines(text)
        a = np.arange(len(lines) - 1)
        assert parallel_lines(text, cp, (None, None, first, last, blank), a, a + 1, a) == want
        mark = _IS_CLAUSE_MARK[np.minimum(cp, 0xFFFF)]
        ref, full = [], np.flatnonzero(~blank)  # the caller asks about lines with text
        for x in (lines[i] for i in full.tolist()):
            runs = [len(r) for r in re.split("[，、；：。！？,;:!?]", x)]
            ref.append(len(runs) > 1 and max(runs) <= PARALLEL_CLAUSE + 1)
        got = _short_clauses(mark, first, last, full)
        assert got.tolist() == ref
