import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.textedit import Edit, OffsetMap, apply_edits


def test_apply_edits_and_map_back():
    text = "header\n\nCall me Ishmael.\nSome years ago.\n"
    edits = [Edit(0, 8, "", "cut"), Edit(24, 25, " ", "wrap")]
    out, omap = apply_edits(text, edits)
    assert out == "Call me Ishmael. Some years ago.\n"
    src = omap.to_source(np.arange(len(out)))
    # every copied character maps to itself; the replacement to what it replaced
    assert all(out[i] == text[s] for i, s in enumerate(src) if i != 16)
    assert src[16] == 24 and omap.to_source([len(out)])[0] == len(text)


def test_overlapping_edits_are_a_bug():
    with pytest.raises(ValueError, match="overlaps"):
        apply_edits("abcdef", [Edit(0, 3), Edit(2, 4)])


def test_maps_compose():
    text = "aaXXbbYYcc"
    first, m1 = apply_edits(text, [Edit(2, 4)])  # aabbYYcc
    second, m2 = apply_edits(first, [Edit(4, 6, "-")])  # aabb-cc
    both = m1.then(m2)
    assert second == "aabb-cc"
    assert both.to_source([0, 2, 4, 5]).tolist() == [0, 4, 6, 8]
    assert OffsetMap.identity().to_source([3]).tolist() == [3]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab\n ", min_size=1, max_size=40), st.data())
def test_copied_characters_map_to_themselves(text, data):
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=6))))
    edits = [Edit(a, b, "") for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    out, omap = apply_edits(text, edits)
    src = omap.to_source(np.arange(len(out)))
    assert "".join(text[s] for s in src) == out
    assert (np.diff(src) > 0).all()
