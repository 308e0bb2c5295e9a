"""The bench scripts are not a package: put ``bench/`` on the path for their tests."""

from __future__ import annotations

import os
import sys

import pytest

BENCH = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "bench")
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)


@pytest.fixture
def small_book_folder(tmp_path):
    """Three tiny books (``TINY_CORPUS`` repeated into ~40 paragraphs each) in a folder:
    enough for a multi-process build whose CPU the bench scripts split."""
    from tests.conftest import TINY_CORPUS

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, text in enumerate(TINY_CORPUS[:3]):
        (corpus / f"doc{i}.txt").write_text("\n\n".join([text] * 40), encoding="utf-8")
    return corpus


# The opening of 水浒传 第一回 (tests/data/zh_shuihu_ch1_opening_wtF_s52.txt, 3,982 bytes byte
# for byte from ../shared/data/zh_classics/水浒传.txt), for the memory-prefix bench tests.
SHUIHU = os.path.join(os.path.dirname(BENCH), "tests", "data", "zh_shuihu_ch1_opening_wtF_s52.txt")


def shuihu_rows(window: int, memory_tokens: int):
    """``(tokenizer, doc, config, rows, spans)`` of the excerpt, built by the bench as for a
    key-recent run with SmolLM2's tokenizer (skips when the model is not there)."""
    import types

    import memory_prefix as mp

    path = os.path.join(mp.MODEL, "tokenizer.json")
    if not os.path.exists(path):
        pytest.skip("defaults/smollm2-135m/tokenizer.json not found (make defaults)")
    tokenizer = mp.load_tokenizer(path)
    args = types.SimpleNamespace(
        window=window,
        memory_tokens=memory_tokens,
        memory_source="key-recent",
        retrieval_unit="sentence",
    )
    return (tokenizer, *mp.build_rows(SHUIHU, tokenizer, args))


def check_same_cost_pair(tokenizer, doc, sep: tuple, start: int, far, double) -> None:
    """A far-keys prefix and its plain-text pair (clauses far_keys_then_preceding,
    preceding_double): both end with the separator and hold no U+FFFD, cost the same
    (the plain text 0-2 tokens shorter at a split first character), and the plain text
    is the tokens right before the window (none of the window's)."""
    for prefix in (far, double):
        assert tuple(prefix[-len(sep) :]) == sep
        assert "\ufffd" not in tokenizer.decode([int(i) for i in prefix])
    assert len(far) - 2 <= len(double) <= len(far)
    body = double[: -len(sep)].tolist()
    assert body == doc.token_ids[start - len(body) : start].tolist()


def shuihu_cuts(also: list[str], general=()) -> list:
    """Two cuts of the excerpt (window, memory): (384, 200) and (256, 128), each as
    ``(tokenizer, doc, config, rows, the --also prefixes)``; at least 3 rows each;
    ``general``: the names rule's reference books."""
    import memory_prefix as mp

    out = []
    for window, memory in ((384, 200), (256, 128)):
        tokenizer, doc, config, rows, _ = shuihu_rows(window, memory)
        assert len(rows) >= 3  # the premise: windows with a key prefix
        out.append((tokenizer, doc, config, rows, mp.other_prefixes(doc, config, also, general)))
    return out
