"""The combine of clause fallback_shares_a_script (transforms.near_duplicates_beam
``_ScriptExtremes``, session 44 review): a runner may add inputs to several partial
accumulators (combiner lifting), merge them in any order and any grouping, and merge
merged ones again; the key it hands to ``flipped_key_by_script`` must not depend on how.
Real ids: the Gutenberg file names of a small mixed folder (English, Chinese, Japanese)."""

import itertools
import random

from transforms.near_duplicates_beam import _ScriptExtremes
from transforms.split import stable_fraction
from transforms.split_scripts import flipped_key_by_script, script_extremes

_ITEMS = [
    ("hamlet.txt", "latin"),
    ("tempest.txt", "latin"),
    ("lear.txt", "latin"),
    ("macbeth.txt", "latin"),
    ("hongloumeng.txt", "han"),
    ("shuihuzhuan.txt", "han"),
    ("sanguoyanyi.txt", "han"),
    ("botchan.txt", "japanese"),
    ("kokoro.txt", "japanese"),
    ("tempest.txt", "latin"),  # a repeated id is one key
]


def _item(doc_id, script):
    return script, (stable_fraction(doc_id, salt="split/"), doc_id)


def _combine(parts, order):
    fn = _ScriptExtremes()
    accumulators = []
    for part in parts:
        acc = fn.create_accumulator()
        for item in part:
            acc = fn.add_input(acc, item)
        accumulators.append(acc)
    accumulators = [accumulators[k] for k in order]
    # merge in two rounds (a partial merge, then the merged with the rest)
    half = max(1, len(accumulators) // 2)
    first = fn.merge_accumulators(accumulators[:half])
    return fn.extract_output(fn.merge_accumulators([first, *accumulators[half:]]))


def test_partitions_and_merge_orders_give_one_result():
    items = [_item(*x) for x in _ITEMS]
    whole = script_extremes({s: [k for t, k in items if t == s] for s in {t for t, _ in items}})
    rng = random.Random(44)
    for _ in range(30):
        shuffled = items[:]
        rng.shuffle(shuffled)
        cuts = sorted(rng.sample(range(1, len(shuffled)), 3))
        parts = [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(shuffled)], strict=True)]
        for order in itertools.islice(itertools.permutations(range(len(parts))), 6):
            out = _combine(parts, order)
            assert out == whole
            assert all(len(keys) <= 3 for keys in out.values())
    for fraction in (0.05, 0.5, 0.99):
        assert flipped_key_by_script(whole, fraction) == flipped_key_by_script(
            _combine([items[:4], items[4:]], (1, 0)), fraction
        )


def test_empty_accumulators_merge_to_nothing():
    fn = _ScriptExtremes()
    merged = fn.merge_accumulators([fn.create_accumulator(), fn.create_accumulator()])
    assert fn.extract_output(merged) == {}
    assert flipped_key_by_script(merged, 0.05) == ""
