"""Unwrapping in bounded memory: 2-byte code points and joins in blocks give the
same wraps and text as before; a long text costs a few bytes per character."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_unwrap import HAMLET, LOOMINGS, SHREW_FOLIO, SHUIHU, SONNET
from transforms.unwrap import find_wraps


def _apply_wraps_at_once(text, wraps):
    """apply_wraps's text as it was made before: every kept piece in one list."""
    ends = [0, *wraps.end.tolist()]
    seps = [" " if sp else "" for sp in wraps.space.tolist()] + [""]
    kept = [text[e:s] for e, s in zip(ends, [*wraps.start.tolist(), len(text)], strict=True)]
    return "".join([x for pair in zip(kept, seps, strict=True) for x in pair])


def _code_points_utf32(text):
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


REAL = [LOOMINGS, SONNET, HAMLET, SHUIHU, SHREW_FOLIO, LOOMINGS.replace("me\n", "me 🐳\n")]


@pytest.mark.parametrize("text", REAL)
def test_wraps_from_two_byte_code_points_and_in_blocks_equal_the_old_ones(text, monkeypatch):
    """2-byte code points (4 with a character beyond the BMP, the whale) find the
    same wraps as 4-byte ones; joined in blocks of 3 pieces, the same text."""
    import transforms.unwrap as unwrap
    import transforms.unwrap_wraps as unwrap_wraps

    wraps = find_wraps(text)
    assert unwrap.code_points(text).dtype == (np.uint32 if "🐳" in text else np.uint16)
    monkeypatch.setattr(unwrap, "code_points", _code_points_utf32)
    old = find_wraps(text)
    for field in ("start", "end", "space"):
        assert np.array_equal(getattr(wraps, field), getattr(old, field))
    monkeypatch.setattr(unwrap_wraps, "APPLY_BLOCK", 3)  # where apply_wraps reads it
    assert len(wraps) > 0 or text is SONNET  # verse: nothing to join
    assert unwrap.apply_wraps(text, wraps)[0] == _apply_wraps_at_once(text, wraps)


@given(
    st.lists(
        st.sampled_from(["word ", "Word ", "中文", "，", "\n", "\n\n", "  ", "—", "a" * 30, "😀"]),
        max_size=60,
    ).map("".join),
    st.integers(1, 5),
)
@settings(max_examples=60, deadline=None)
def test_blocks_join_like_one_list(text, block):
    import transforms.unwrap as unwrap
    import transforms.unwrap_wraps as unwrap_wraps

    wraps = find_wraps(text)
    previous, unwrap_wraps.APPLY_BLOCK = unwrap_wraps.APPLY_BLOCK, block
    try:
        assert unwrap.apply_wraps(text, wraps)[0] == _apply_wraps_at_once(text, wraps)
    finally:
        unwrap_wraps.APPLY_BLOCK = previous


def _wrapped_text(words: int) -> str:
    rng = np.random.default_rng(0)
    vocab = [f"w{i}" for i in range(5000)]
    chosen = [vocab[i] for i in rng.integers(0, len(vocab), words)]
    return "\n".join(" ".join(chosen[i : i + 12]) for i in range(0, words, 12))


def test_finding_and_joining_wraps_of_a_long_text_costs_a_few_bytes_per_character():
    """A 5.8 M-character wrapped text: finding its wraps peaked at 8.9 bytes per
    character with 4-byte code points and a per-character width mask (51 MB; now
    5.9), joining them at 4.5 with every piece in one list (now 2.2)."""
    import tracemalloc

    text = _wrapped_text(1_000_000)
    tracemalloc.start()
    try:
        wraps = find_wraps(text)
        find_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        from transforms.unwrap import apply_wraps

        joined, _ = apply_wraps(text, wraps)
        join_peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert len(wraps) > 80_000 and joined.count("\n") == 0
    assert find_peak < 7 * len(text)
    assert join_peak < 3 * len(text)


def test_the_cjk_layout_rule_costs_a_few_bytes_per_character():
    """Rule cjk_line_edges on Chinese text (红楼梦's layout, 0.7 M characters):
    a per-character running count of CJK characters (int64) and its copy made
    finding the edits cost 32 bytes per character against the joins' 17 (红楼梦
    five times); one "any" per line costs about 2 (19.1 against 17.5 here)."""
    import tracemalloc

    from tests.transforms.test_cjk_layout import HONGLOU
    from transforms.normalize import normalize_text
    from transforms.unwrap import find_edits

    text = normalize_text(HONGLOU) * 1000
    peaks = []
    for fn in (find_wraps, find_edits):
        tracemalloc.start()
        try:
            fn(text)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] < peaks[0] + 4 * len(text)
