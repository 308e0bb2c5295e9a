import glob
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.c99 import C99Config, c99, merge_short, windows
from transforms.c99_divisive import boundary_count, divisive
from transforms.c99_ranks import cosine_matrices, rank_matrices
from transforms.normalize import normalize_text
from transforms.structure import StructureConfig, analyze_text
from transforms.topics import unit_terms


def naive_rank(s, mask):
    n, h = len(s), mask // 2
    out = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            cells = [
                s[u, v]
                for u in range(max(0, i - h), min(n, i + h + 1))
                for v in range(max(0, j - h), min(n, j + h + 1))
                if (u, v) != (i, j)
            ]
            out[i, j] = sum(c < s[i, j] for c in cells) / max(len(cells), 1)
    return out


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.integers(1, 9), min_size=1, max_size=3), st.sampled_from([3, 5]), st.integers(0, 9)
)
def test_rank_transform_matches_naive_on_a_padded_batch(sizes, mask, seed):
    rng = np.random.default_rng(seed)
    width = max(sizes)
    sims = np.zeros((len(sizes), width, width))
    for b, n in enumerate(sizes):
        x = rng.integers(0, 4, size=(n, n)).astype(float)  # ties on purpose
        sims[b, :n, :n] = x + x.T
    got = rank_matrices(sims, np.asarray(sizes), mask)
    for b, n in enumerate(sizes):
        assert np.allclose(got[b, :n, :n], naive_rank(sims[b, :n, :n], mask))
        assert not got[b, n:, :].any() and not got[b, :, n:].any()


def naive_divisive(r, min_units):
    """Choi's greedy written out: try every cut of every segment, keep the best."""
    n = len(r)

    def inside(a, b):
        return r[a:b, a:b].sum()

    segments, splits = [(0, n)], []
    densities = [inside(0, n) / n**2]
    while True:
        best = None
        for idx, (a, b) in enumerate(segments):
            for k in range(a + min_units, b - min_units + 1):
                parts = segments[:idx] + [(a, k), (k, b)] + segments[idx + 1 :]
                d = sum(inside(x, y) for x, y in parts) / sum((y - x) ** 2 for x, y in parts)
                if best is None or d > best[0] + 1e-12:
                    best = (d, idx, k)
        if best is None:
            return splits, densities
        d, idx, k = best
        a, b = segments[idx]
        segments[idx : idx + 1] = [(a, k), (k, b)]
        splits.append(k)
        densities.append(d)


@settings(max_examples=30, deadline=None)
@given(st.integers(2, 10), st.integers(1, 3), st.integers(0, 99))
def test_divisive_matches_the_greedy_written_out(n, min_units, seed):
    rng = np.random.default_rng(seed)
    x = rng.random((n, n))
    r = (x + x.T) / 2
    splits, densities = divisive(r[None], np.asarray([n]), min_units)
    want_splits, want_densities = naive_divisive(r, min_units)
    steps = len(want_splits)
    assert splits[0, :steps].tolist() == want_splits and (splits[0, steps:] == -1).all()
    assert np.allclose(densities[0, : steps + 1], want_densities)


def naive_boundary_count(densities, c):
    gains = [b - a for a, b in zip(densities, densities[1:], strict=False)]
    n = len(gains)
    if n >= 3:  # (1, 2, 1) / 4, the ends repeated
        padded = [gains[0], *gains, gains[-1]]
        gains = [(padded[i] + 2 * padded[i + 1] + padded[i + 2]) / 4 for i in range(n)]
    mean = sum(gains) / n
    std = (sum((g - mean) ** 2 for g in gains) / n) ** 0.5
    above = [i for i, g in enumerate(gains) if g > mean + c * std]
    return above[-1] + 1 if above else 0


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(0, 0.5), min_size=1, max_size=30), st.sampled_from([0.5, 1.2]))
def test_boundary_count_keeps_steps_up_to_the_last_large_gain(steps, c):
    densities = np.cumsum([0.1, *steps])
    assert boundary_count(densities, c) == naive_boundary_count(densities.tolist(), c)


def test_boundary_count_on_a_knee():
    big, small = [0.3] * 6, [0.01] * 20
    densities = np.cumsum([0.1, *big, *small])
    assert boundary_count(densities, 1.2) == 6  # the six large steps, none of the small
    assert boundary_count([0.5], 1.2) == 0
    assert boundary_count([0.5, 0.7, np.nan, np.nan], 1.2) == 0  # one gain: its own mean


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 700), st.sampled_from([8, 16, 128]), st.sampled_from([2, 4]))
def test_windows_overlap_and_their_kept_ranges_tile(n, block, part):
    """Windows overlapping by half a block (C99) or a quarter (``"dcm"``, rule
    ``dcm_windows``): the kept ranges tile the units, and an interior cut has
    half the overlap of context on each side."""
    overlap = block // part
    ws = windows(n, block, overlap)
    assert all(e - s == min(block, n) for s, e, _, _ in ws)
    assert ws[0][2] == 0 and ws[-1][3] == n
    if n > block:
        starts = [s for s, _, _, _ in ws]
        assert all(
            b - a == block - overlap for a, b in zip(starts[:-1], starts[1:-1], strict=False)
        )
    for (s, e, lo, hi), nxt in zip(ws, ws[1:] + [None], strict=True):
        assert s <= lo <= hi <= e
        if nxt is not None:
            assert nxt[2] == hi  # the next window keeps from where this one stops
            if hi < n - overlap // 2:  # an interior cut has half the overlap each side
                assert hi - s >= overlap // 2 and e - hi >= overlap // 2
    assert windows(n, block) == windows(n, block, block // 2)


def test_dcm_windows_overlap_by_a_quarter_c99_by_half():
    """Rule ``dcm_windows``: 300 units in windows of 128 units start every 96
    units for ``"dcm"`` and every 64 for C99."""
    from transforms.c99 import _overlap

    assert _overlap(C99Config()) == 32 and _overlap(C99Config(method="c99")) == 64
    assert [w[0] for w in windows(300, 128, 32)] == [0, 96, 172]
    assert [w[0] for w in windows(300, 128, 64)] == [0, 64, 128, 172]
    with pytest.raises(ValueError, match="overlap"):
        windows(300, 128, 128)


def test_merge_short_joins_units_until_they_hold_enough_terms():
    assert merge_short(np.array([2, 2, 2, 6, 1, 5]), 5).tolist() == [0, 3, 4]
    assert merge_short(np.array([9, 1]), 5).tolist() == [0]  # a short tail joins the last
    assert merge_short(np.array([1, 1]), 0).tolist() == [0, 1]


TOPICS = [
    "whale harpoon ship sea sailor captain ocean voyage mast deck".split(),
    "court judge law trial verdict jury lawyer witness crime prison".split(),
    "tax budget deficit spending revenue income treasury bank loan debt".split(),
]


def test_c99_finds_exact_boundaries_of_distinct_vocabularies():
    """Segments of 3-11 sentences drawn from three vocabularies: every boundary is
    found, on the exact sentence (no smoothing shifts it by one)."""
    rng = np.random.default_rng(3)
    sentences, truth, topic = [], [], 0
    for length in (5, 3, 11, 7, 4, 9):
        truth.append(len(sentences))
        sentences += [" ".join(rng.choice(TOPICS[topic], 8)) + "." for _ in range(length)]
        topic = (topic + 1 + rng.integers(0, 2)) % 3
    text = " ".join(sentences)
    starts = np.cumsum([0] + [len(s) + 1 for s in sentences[:-1]])
    spans = np.stack([starts, np.append(starts[1:], len(text))], axis=1)
    indptr, ids, _ = unit_terms(text, spans)
    assert c99(indptr, ids).tolist() == truth[1:]


def test_cosine_of_units_without_terms_is_zero():
    blocks = [(np.array([0, 2, 2, 4]), np.array([1, 2, 1, 2])), (np.array([0, 1]), np.array([5]))]
    sims = cosine_matrices(blocks, 3)
    assert np.allclose(sims[0], [[1, 0, 1], [0, 0, 0], [1, 0, 1]])
    assert np.allclose(sims[1], [[1, 0, 0], [0, 0, 0], [0, 0, 0]])


def test_cosine_counts_a_term_repeated_in_a_unit():
    # Unit 0: term 1 twice and term 2; unit 1: term 1 (columns are per block, not per id).
    blocks = [(np.array([0, 3, 4]), np.array([1, 2, 1, 1])), (np.array([0, 2]), np.array([1, 1]))]
    sims = cosine_matrices(blocks, 2)
    assert np.allclose(sims[0], [[1, 2 / np.sqrt(5)], [2 / np.sqrt(5), 1]])
    assert np.allclose(sims[1], [[1, 0], [0, 0]])


@pytest.mark.parametrize("mask", [3, 11, 17])  # 17: up to 288 lower neighbours, past uint8
def test_rank_transform_equals_the_previous_one_across_chunks(monkeypatch, mask):
    """The chunked transform over order codes gives exactly the old whole-batch
    float64 transform (bench/c99_baseline.py), ties and clipped edges included,
    when a batch spans several chunks."""
    from bench import c99_baseline
    from transforms import c99_ranks

    monkeypatch.setattr(c99_ranks, "_RANK_CHUNK_CELLS", 3 * 40 * 40)  # 3 blocks a chunk
    rng = np.random.default_rng(mask)
    sizes = rng.integers(1, 41, size=11)
    sims = np.zeros((11, 40, 40))
    for b, n in enumerate(sizes):
        x = np.round(rng.random((n, n)), 1) * (rng.random((n, n)) < 0.5)  # ties and zeros
        sims[b, :n, :n] = x + x.T
    got = rank_matrices(sims, sizes, mask)
    assert np.array_equal(got, c99_baseline.rank_matrices(sims, sizes, mask))


@pytest.mark.parametrize(
    "pattern, start, length",
    [("zh_classics/红楼梦.txt", 0, 150_000), ("en_gutenberg/*.txt", 200_000, 400_000)],
)
def test_segmentation_equals_the_previous_implementation_on_real_text(
    shared_data, monkeypatch, pattern, start, length
):
    """Real book slices segmented by the previous C99 block segmenter
    (bench/c99_baseline.py) and by the current one: the same structure."""
    from bench import c99_baseline
    from transforms import c99 as c99_module

    path = sorted(glob.glob(os.path.join(shared_data, pattern)))[0]
    with open(path, encoding="utf-8") as f:
        text = normalize_text(f.read())[start : start + length]
    config = StructureConfig(topics=C99Config(method="c99"))
    ours = analyze_text(text, config)
    monkeypatch.setattr(
        c99_module,
        "segment_blocks",
        lambda blocks, config, **_: c99_baseline.segment_blocks(blocks, config),
    )
    before = analyze_text(text, config)
    assert len(ours.topic_segments) > 20
    assert np.array_equal(ours.topic_segments, before.topic_segments)
    assert np.array_equal(ours.paragraphs, before.paragraphs)


def test_config_validation():
    with pytest.raises(ValueError, match="mask"):
        C99Config(mask=4)
    with pytest.raises(ValueError, match="block"):
        C99Config(block=4)
    with pytest.raises(ValueError, match="min_units"):
        C99Config(min_units=0)


# ------------------------------------------------------------------ real text
def _book(shared_data, pattern):
    (path,) = glob.glob(os.path.join(shared_data, pattern))
    with open(path, encoding="utf-8") as f:
        return normalize_text(f.read())


def test_running_text_from_three_news_articles_is_cut_at_the_joins(shared_data):
    """The opening sentences of three BBC articles (business, entertainment,
    politics) run together in one paragraph, no layout cue: the shipped defaults
    cut exactly at the two joins. Since rule ``style_evidence`` (segment cost
    2.5) they also cut once inside the business article, after its three
    sentences of figures ("jumped 76% to $1.13bn (£600m)"); nowhere else."""
    import json

    path = os.path.join(shared_data, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    passages = []
    for category in ("business", "entertainment", "politics"):
        rec = next(r for r in records if r["category"] == category)
        body = normalize_text(rec["article"])[len(rec["title"]) :].strip()
        st = analyze_text(body)
        passages.append([" ".join(body[s:e].split()) for s, e in st.sentences[:6].tolist()])
    text = " ".join(s for p in passages for s in p)
    joins = [len(" ".join(passages[0])) + 1, len(" ".join(passages[0] + passages[1])) + 1]
    starts = analyze_text(text).topic_segments[:, 0].tolist()
    figures_end = len(" ".join(passages[0][:3])) + 1
    assert starts == [0, figures_end, *joins]


def test_a_chinese_chapter_has_boundaries_inside_it(shared_data):
    """第四回 of 红楼梦: the story turns from the court case to the Xue family at
    "当下言不着雨村。且说..." (the narrator's own scene change); the chapter heading
    is a unit of its own and never makes a one-line segment."""
    text = _book(shared_data, "zh_classics/红楼梦.txt")
    chapter = text[text.index("第四回 薄命女") : text.index("第五回 ")]
    st = analyze_text(chapter)
    starts = st.topic_segments[:, 0].tolist()
    turn = chapter.index("当下言不着雨村")
    assert len(starts) >= 2 and turn in starts, starts
    heading_end = chapter.index("\n")
    assert all(s == 0 or s - heading_end > 100 for s in starts)
    # Topic starts are paragraph starts (nesting holds).
    assert set(starts) <= set(st.paragraphs[:, 0].tolist())
