"""Clause ``surrogates_as_code_points`` (session 44, the Left of session 43's wtC): the
helpers that read a text's code points as UTF-32 (or UTF-16) units raised
``UnicodeEncodeError`` on a lone surrogate ("\\ud800", as ``json.loads('"\\ud83d"')``
or a ``surrogateescape`` decode gives): ``legacy_encodings.char_counts``,
``unwrap_wraps.code_points``, ``markdown_hard_breaks._code_points``,
``key_sentences._cjk_positions`` (found by a probe of every function of ``transforms``
taking one ``text``: /tmp/wtG44/surr44.py), and ``quote_marks.mark_positions``,
``topics.bigram_share``, ``latin_speech._marks``, ``cjk_quotes._has_cjk``,
``cjk_inner_quotes.inner_quote_fragments`` (the same encode, found by grep; the last two
are not tested here: they take spans their callers make). They now
encode with ``surrogatepass``: a surrogate is its own code point, one value for one
character, so every position holds; no cost on other text (the handler runs on the
error only). The public functions above them read a surrogate as U+FFFD (clause
``surrogates_read_as_replacement``, session 43). Real text: Dumas' *Memoirs*, Lu Xun.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from transforms import key_sentences, latin_speech, markdown_hard_breaks, quote_marks, topics
from transforms.legacy_encodings import char_counts
from transforms.unwrap_wraps import code_points

DATA = Path(__file__).parents[1] / "data"
DUMAS = (DATA / "en_gutenberg_dumas_memoirs_piece.txt").read_text(encoding="utf-8")[:3000]
LUXUN = (DATA / "zh_luxun_dated_poems.txt").read_text(encoding="utf-8")[:600]
TEXT = f"{DUMAS}\n\n“{LUXUN}”\n"
# A high and a low surrogate alone, and a pair's halves as two characters.
BAD = TEXT.replace("Proceedings", "Proce\ud83dedings", 1).replace("很多", "很\udc00多", 1)
BAD = BAD.replace("黄昏", "黄\ud83d\ude00昏", 1)


def test_the_text_holds_lone_surrogates():
    assert sum("\ud800" <= c <= "\udfff" for c in BAD) == 4
    with pytest.raises(UnicodeEncodeError):
        BAD.encode("utf-32-le")


def test_char_counts():
    assert char_counts(BAD) == Counter(BAD)


@pytest.mark.parametrize("read", [code_points, markdown_hard_breaks._code_points])
def test_code_points(read):
    assert read(BAD).tolist() == [ord(c) for c in BAD]
    # Guard: a character past the BMP is still one value (no UTF-16 pair).
    assert read(TEXT + "\U00020000").tolist() == [ord(c) for c in TEXT + "\U00020000"]
    # Review (session 44): the 4-byte branch (a character past the BMP) with the lone
    # surrogates too (a plant there passed).
    assert read(BAD + "\U00020000").tolist() == [ord(c) for c in BAD + "\U00020000"]


def _replaced(text: str) -> str:
    return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def test_cjk_positions():
    got = key_sentences._cjk_positions(BAD)
    assert np.array_equal(got, key_sentences._cjk_positions(_replaced(BAD)))
    assert all("\u4e00" <= BAD[i] <= "\u9fff" or not BAD[i].isascii() for i in got.tolist())


def test_mark_positions():
    got = quote_marks.mark_positions(BAD)
    want = quote_marks.mark_positions(_replaced(BAD))
    assert got.keys() == want.keys()
    for mark, at in got.items():
        assert np.array_equal(at, want[mark])
        assert all(BAD[i] == mark for i in at.tolist())


def test_bigram_share():
    assert topics.bigram_share(BAD, 40) == topics.bigram_share(_replaced(BAD), 40) > 0


def test_latin_speech_marks():
    """Guard: its UTF-16 read took a surrogate already (passes on base44)."""
    got, want = latin_speech._marks(BAD), latin_speech._marks(_replaced(BAD))
    assert all(np.array_equal(a, b) for a, b in zip(got, want, strict=True))
    assert [BAD[i] for i in got[0].tolist()] == ["“"] * len(got[0]) and len(got[0]) > 0


# Review (session 44, second engineer): the three helpers the author left untested, and
# a fourth that raised on base44 and on the branch (cjk_halfwidth_marks, via
# normalize_text). Each plant (the surrogatepass removed) fails its test here.


def test_latin_speech_marks_past_the_bmp():
    """Its UTF-32 branch (a character past U+FFFF in the text) with a lone surrogate."""
    bad, good = BAD + "\U0001f600", _replaced(BAD) + "\U0001f600"
    got, want = latin_speech._marks(bad), latin_speech._marks(good)
    assert all(np.array_equal(a, b) for a, b in zip(got, want, strict=True))
    assert [bad[i] for i in got[0].tolist()] == ["“"] * len(got[0]) and len(got[0]) > 0


def test_has_cjk():
    """Spans over the whole text (the code-point path, not the per-span search)."""
    from transforms.cjk_quotes import _has_cjk

    cut = [0, BAD.index("“"), len(BAD)]
    spans = np.array([cut[i : i + 2] for i in range(2)] * 40, dtype=np.int64)
    asked = np.ones(len(spans), dtype=bool)
    got = _has_cjk(BAD, spans, asked)
    assert got.tolist() == _has_cjk(_replaced(BAD), spans, asked).tolist() == [False, True] * 40


def test_inner_quote_fragments():
    """Lu Xun's lines with one ASCII inner quote after an ideograph (odd: a fragment)."""
    from transforms.cjk_inner_quotes import inner_quote_fragments

    lines = [line for line in LUXUN.splitlines() if len(line) > 6][:4]
    text = "\n".join(f"{line[:3]}'{line[3:]}" for line in lines) + "\n"
    bad = text.replace(lines[1][:2], lines[1][:1] + "\udc00" + lines[1][1:2], 1)
    starts = [0] + [i + 1 for i, c in enumerate(bad) if c == "\n"][:-1]
    ends = [i for i, c in enumerate(bad) if c == "\n"]
    spans = np.array(list(zip(starts, ends, strict=True)), dtype=np.int64)
    got = inner_quote_fragments(bad, spans, np.arange(len(spans)))
    assert (
        got.tolist() == inner_quote_fragments(_replaced(bad), spans, np.arange(len(spans))).tolist()
    )
    assert got.tolist() == list(range(len(lines)))


def test_fullwidth_marks_and_normalize_text():
    """normalize_text raised UnicodeEncodeError on Chinese text whose ASCII commas follow
    ideographs (clause cjk_halfwidth_marks' script count) once it held a lone surrogate."""
    from transforms.cjk_halfwidth_marks import fullwidth_marks
    from transforms.normalize import normalize_text

    text = LUXUN.replace("，", ",").replace("。", ".")
    assert "," in text
    bad = text.replace("很多", "很\udc00多", 1)
    assert bad != text
    want = fullwidth_marks(_replaced(bad))
    assert "，" in want
    assert _replaced(fullwidth_marks(bad)) == want
    assert _replaced(normalize_text(bad)) == normalize_text(_replaced(bad))
