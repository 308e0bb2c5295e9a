"""bench/manifesto_density.py: the Pareto filter of the per-file oracle and the
boundary rate read from how fast sentence similarity decays with distance."""

from __future__ import annotations

import manifesto_density as md
import numpy as np
import pytest


def test_pareto_keeps_the_points_no_other_beats_in_both_once():
    points = np.asarray([[0.40, 0.50], [0.50, 0.40], [0.50, 0.50], [0.40, 0.50], [0.45, 0.45]])
    assert md.pareto(points) == [0, 1, 4]  # [0.5, 0.5] dominated; the repeat kept once


def _letters(i: int) -> str:
    """``i`` written in letters only (terms drop digits): 0 -> "aaa", 30 -> "abe"."""
    return "".join(chr(97 + int(d, 36)) for d in np.base_repr(i, 26).lower().zfill(3))


def _segments_text(lengths, rng):
    """Sentences whose words come from their segment's own vocabulary."""
    sentences = []
    for seg, n in enumerate(lengths):
        vocab = [f"word{_letters(seg)}x{_letters(k)}" for k in range(12)]
        for _ in range(n):
            sentences.append(" ".join(rng.choice(vocab, 8)) + ".")
    starts = np.cumsum([0] + [len(s) + 1 for s in sentences[:-1]])
    return " ".join(sentences), starts


@pytest.mark.parametrize("length", [3, 6, 12])
def test_cohesion_decay_reads_the_boundary_rate_of_the_text(length):
    rng = np.random.default_rng(length)
    # Segment lengths drawn as the estimate assumes: a boundary after each
    # sentence with probability 1 / length.
    text, starts = _segments_text(rng.geometric(1 / length, 80), rng)
    rate = md.cohesion_decay(text, starts)
    assert 0.6 / length <= rate <= 1.5 / length


def test_the_2012_manifestos_read_as_longer_topics_than_the_2004_ones(shared_data):
    """The finding of docs/QUALITY.md: the text's own evidence runs against the
    gold density (2012: most boundaries per sentence, slowest decay)."""
    rates = {}
    for name, segments in md.manifesto_files():
        sentences = [s for seg in segments for s in seg]
        text, starts = md.joined(sentences)
        rates[name] = md.cohesion_decay(text, starts)
    assert len(rates) == 6
    assert max(v for k, v in rates.items() if "2012" in k) < min(
        v for k, v in rates.items() if "2004" in k
    )


def test_the_sweep_measures_c99_at_its_own_unit_size():
    """The sweep runs ``method="c99"``: its default ``min_unit_terms`` is C99's
    (5, as recorded in docs/QUALITY.md), not the shipped ``"dcm"`` default (1)."""
    assert md.parse_args([]).min_unit_terms == 5
    assert md.parse_args(["--min-unit-terms", "2"]).min_unit_terms == 2
