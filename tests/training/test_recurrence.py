"""Segment recurrence: chains and streams, memory that continues the text exactly,
no gradient into the memory, M = 0 is today's training, exact resume mid-document,
and two ranks reading the same streams as one process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import torch

from schemas.records import Section, TextStructure, TokenizedDocument
from training import recipe
from training.checkpoint_files import write_checksums
from training.config import RecurrenceSettings, RopeSettings
from training.modeling import load_model
from training.plots import read_metrics
from training.recurrence import MEMORY_KWARG, Memory, rope_rotation, use_memory_attention
from training.recurrence_order import StreamOrder, read_row_info, window_chains
from transforms.chunking import ChunkConfig, chunk_document
from transforms.packing import pack_pieces

from .conftest import TINY_VOCAB, _tokens, write_tiny_dataset

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WINDOW = 32


def chunked_rows(lengths: list[int], window: int = WINDOW, overlap: int = 6, seed: int = 0):
    """Rows of documents of the given token counts, cut by the dataset builder's own
    chunker (overlapping windows, short documents packed)."""
    rng = np.random.default_rng(seed)
    config = ChunkConfig(windows=(window,), overlap=overlap, snap_tolerance=0, eos_id=0)
    rows, pending = [], []
    for i, n in enumerate(lengths):
        span = np.array([[0, n]], dtype=np.int32)
        doc = TokenizedDocument(
            doc_id=f"doc-{i:03d}",
            source="test",
            split="train",
            text="x" * n,
            structure=TextStructure(
                sections=[Section(0, n, "")],
                topic_segments=span,
                paragraphs=span,
                sentences=span,
                key_sentences=np.zeros(0, np.int32),
                key_scores=np.zeros(0, np.float32),
            ),
            token_ids=np.array(_tokens(rng, n, TINY_VOCAB), dtype=np.int32),
            token_offsets=np.stack([np.arange(n), np.arange(1, n + 1)], 1).astype(np.int32),
        )
        full, short = chunk_document(doc, window, config)
        rows += full
        pending += short
    rows += pack_pieces(pending, window, config)
    rows.sort(key=lambda r: (r["chunk_index"], r["doc_id"]))  # a document's windows apart
    return [{k: v.tolist() if isinstance(v, np.ndarray) else v for k, v in r.items()} for r in rows]


@pytest.fixture(scope="module")
def chain_dataset(tmp_path_factory) -> str:
    # Every long document ends with a window (tails longer than the overlap, rule
    # short_tail), so its rows form one chain.
    train = chunked_rows([150, 95, 20, 12, 200, 70, 9, 130, 80, 40])
    validation = chunked_rows([70, 40], seed=1)
    out = tmp_path_factory.mktemp("chains") / "data"
    return write_tiny_dataset(
        str(out), records={"train": {WINDOW: train}, "validation": {WINDOW: validation}}
    )


# --------------------------------------------------------------------------
# Order (pure)
# --------------------------------------------------------------------------
def test_window_chains_group_a_documents_windows_in_order():
    doc = np.array([0, 1, 0, -1, 1, 0, -1])
    chunk = np.array([1, 0, 0, 0, 1, 2, 0])
    assert window_chains(doc, chunk) == [[2, 0, 5], [1, 4], [3], [6]]


def test_a_short_tail_stays_in_its_chain_only_when_alone_in_its_row():
    """Rule short_tail: a long document's last few tokens are a packed piece. Alone
    in its row it is the last link of the document's chain (memory carried into
    it); packed with another piece it is a chain of its own (no recurrent memory:
    docs/QUALITY.md, "Review of short_tail and the inputs check")."""

    def chains(lengths):
        rows = chunked_rows(lengths)
        ids = sorted({r["doc_id"] for r in rows})
        doc = np.array([ids.index(r["doc_id"]) if len(r["pieces"]) == 1 else -1 for r in rows])
        found = window_chains(doc, np.array([r["chunk_index"] for r in rows]))
        return [[(rows[i]["doc_id"], rows[i]["token_start"]) for i in c] for c in found]

    # 61 tokens at W 32, overlap 6: windows at 0 and 26 score up to token 58; the
    # tail [52, 61) + EOS scores 4 (<= 6).
    assert chains([61]) == [[("doc-000", 0), ("doc-000", 26), ("doc-000", 52)]]
    assert chains([61, 33]) == [
        [("doc-000", 0), ("doc-000", 26)],
        [("doc-001", 0)],
        [("doc-000", 52)],
    ]


def test_streams_keep_windows_in_order_across_steps_and_ranks(chain_dataset):
    from schemas.dataset import load_manifest

    info = read_row_info(chain_dataset, load_manifest(chain_dataset), WINDOW)
    order = StreamOrder(info, seed=3, window=WINDOW, slots=4)
    steps = 3 * order.stream_length  # three epochs
    for slot in range(4):
        rows = [order.row(slot, t) for t in range(steps)]
        for a, b in zip(rows, rows[1:], strict=False):
            if info["doc"][a] >= 0 and info["doc"][a] == info["doc"][b]:
                assert info["chunk"][b] == info["chunk"][a] + 1  # the next window, never back
    for t in range(steps):
        every = order.rows(t)
        assert len(set(every)) == 4  # slots never share a row within a step
        ranks = [order.rows(t, rank, 2) for rank in (0, 1)]
        assert every[0::2] == ranks[0] and every[1::2] == ranks[1]
    # within an epoch a chain is read whole, in one stream unless the cut splits it
    epoch = [order.row(slot, t) for slot in range(4) for t in range(order.stream_length)]
    for chain in order.chains:
        if all(r in epoch for r in chain):
            at = [epoch.index(r) for r in chain]
            assert at == list(range(at[0], at[0] + len(chain)))


def test_carried_memory_is_the_text_just_before_the_next_window(chain_dataset):
    from schemas.dataset import load_manifest

    info = read_row_info(chain_dataset, load_manifest(chain_dataset), WINDOW)
    order = StreamOrder(info, seed=0, window=WINDOW, slots=1)
    chain = max(order.chains, key=len)
    a, b = chain[0], chain[1]
    gap = int(info["token_start"][b] - info["token_start"][a])  # b starts inside a
    assert 0 < gap < WINDOW
    assert order.carried(a, b, 1000) == (0, gap)
    assert order.carried(a, b, 5) == (gap - 5, gap)
    assert order.carried(b, a, 5) == (0, 0)  # backwards: nothing
    packed = [c[0] for c in order.chains if info["doc"][c[0]] < 0]
    assert packed and order.carried(packed[0], a, 5) == (0, 0)


# --------------------------------------------------------------------------
# Memory through the model
# --------------------------------------------------------------------------
def _forward(lm, ids, positions, memory):
    return lm.model(
        input_ids=ids, position_ids=positions, use_cache=False, **{MEMORY_KWARG: memory}
    ).last_hidden_state


@pytest.mark.parametrize("sink", [0, 4])
def test_memory_continues_the_text_exactly(tiny_model, sink):
    """Three overlapping windows A, B, C of one text X: C with B's memory (rotated back
    to positions 0..m-1) equals one forward over X[0:72] in which C's tokens see only
    from the start of their memory on, and B's from the start of theirs: the same
    computation as recurrence, at other absolute positions. Two rows with different
    memory lengths (20 and 8) in one batch. With a sink of 4, B and C also see X's
    first 4 tokens where their memory does not hold them (B of row 0 has them in its
    memory; the others get them from A, carried by B)."""
    lm, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    use_memory_attention(lm)
    eager, _ = load_model(tiny_model, RopeSettings(), "eager")
    rotate = rope_rotation(lm)
    x = torch.randint(1, TINY_VOCAB, (1, 72), generator=torch.Generator().manual_seed(0))
    a, b, c = x[:, 0:32], x[:, 20:52], x[:, 40:72]  # A, B, C start at 0, 20, 40
    memory_sizes = (20, 8)

    def slices(start_gap):  # row offsets of the memory for a window starting start_gap later
        return [(max(0, start_gap - m), start_gap) for m in memory_sizes]

    pos = torch.arange(32).expand(2, 32)
    lm.eval()
    with torch.no_grad():
        mem_a = Memory(rotate, slices(20), sink=sink, starts=[0, 0])
        _forward(lm, a.expand(2, 32), pos, mem_a)
        mem_b = Memory(rotate, slices(20), mem_a, sink=sink, starts=[20, 20])
        _forward(lm, b.expand(2, 32), mem_b.offset(pos), mem_b)
        mem_c = Memory(rotate, [], mem_b, sink=sink, starts=[40, 40])
        got = _forward(lm, c.expand(2, 32), mem_c.offset(pos), mem_c)
    assert mem_c.lengths.tolist() == list(memory_sizes)
    assert (mem_c.sink_lengths is None) == (sink == 0)

    q, k = torch.arange(72)[:, None], torch.arange(72)[None, :]
    for row, m in enumerate(memory_sizes):
        # B's queries [20, 40) see from 20 - m, C's [40, 72) from 40 - m, A's all
        first_key = torch.where(q >= 40, 40 - m, torch.where(q >= 20, 20 - m, 0))
        allowed = (k <= q) & ((k >= first_key) | (k < sink))
        mask = torch.zeros(1, 1, 72, 72).masked_fill(~allowed, torch.finfo(torch.float32).min)
        with torch.no_grad():
            want = eager.model(input_ids=x, attention_mask=mask).last_hidden_state[:, 40:72]
        torch.testing.assert_close(got[row : row + 1], want, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("sink", [0, 4])
def test_no_gradient_reaches_the_memory(tiny_model, sink):
    lm, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    use_memory_attention(lm)
    lm.train()
    rotate = rope_rotation(lm)
    x = torch.randint(1, TINY_VOCAB, (1, 52), generator=torch.Generator().manual_seed(1))
    pos = torch.arange(32)[None]
    mem_a = Memory(rotate, [(4, 20)], sink=sink, starts=[0])
    _forward(lm, x[:, 0:32], pos, mem_a).sum().backward()  # frees A's graph
    carried = [*mem_a.next_keys.values(), *mem_a.next_values.values()]
    carried += [*mem_a.next_sink_keys.values(), *mem_a.next_sink_values.values()]
    assert len(carried) == (8 if sink else 4)  # 2 layers
    assert all(not t.requires_grad for t in carried)
    lm.zero_grad()
    mem_b = Memory(rotate, [], mem_a, sink=sink, starts=[20])
    if sink:  # memory from token 4 on: all 4 sink tokens lie before it
        assert mem_b.sink_attention(0, "cpu")[2].tolist() == [[True] * 4]
    out = _forward(lm, x[:, 20:52], mem_b.offset(pos), mem_b)
    out.sum().backward()  # would fail ("backward through the graph a second time") if attached
    assert lm.model.layers[0].self_attn.k_proj.weight.grad.abs().sum() > 0
    # the memory did change B: without it, B's output differs
    with torch.no_grad():
        alone = lm.model(input_ids=x[:, 20:52], position_ids=pos, use_cache=False)
    assert not torch.allclose(out.detach(), alone.last_hidden_state, atol=1e-4)


def test_gradient_checkpointing_keeps_the_memory(tiny_model):
    """transformers would drop a ``cache`` under checkpointing; the memory keyword goes
    through, and the recompute in backward records the same memory again."""
    outputs = []
    for checkpointing in (False, True):
        lm, _ = load_model(tiny_model, RopeSettings(), "sdpa")
        if checkpointing:
            lm.activation_checkpointing_enable(
                activation_checkpointing_kwargs={"use_reentrant": False}
            )
        use_memory_attention(lm)
        lm.train()
        rotate = rope_rotation(lm)
        x = torch.randint(1, TINY_VOCAB, (1, 52), generator=torch.Generator().manual_seed(3))
        pos = torch.arange(32)[None]
        mem_a = Memory(rotate, [(4, 20)])
        _forward(lm, x[:, 0:32], pos, mem_a).sum().backward()
        mem_b = Memory(rotate, [], mem_a)
        out = _forward(lm, x[:, 20:52], mem_b.offset(pos), mem_b)
        out.sum().backward()
        grad = lm.model.layers[0].self_attn.k_proj.weight.grad
        outputs.append((mem_a.next_keys[1], out.detach(), grad))
    for plain, checkpointed in zip(*outputs, strict=True):
        torch.testing.assert_close(checkpointed, plain, atol=1e-6, rtol=1e-6)


# --------------------------------------------------------------------------
# Through the recipe
# --------------------------------------------------------------------------
RECIPE = """
curriculum: [{window: 32, steps: 10}]
tokens_per_step: 64
micro_batch_tokens: 32
peft: {r: 4, alpha: 8}
optim: {lr: 1.0e-2, warmup_steps: 1}
eval_rows: 2
checkpoint_every: 1
keep_checkpoints: 20
gradient_checkpointing: true
log_rows: true
progress: false
"""


@pytest.fixture(scope="module")
def recurrence_config(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("cfg") / "recurrence.yaml"
    path.write_text(RECIPE + "recurrence: {memory_tokens: 16}\n")
    return str(path)


def _run(data, model, out, config, *extra) -> list[dict]:
    argv = ["--data", data, "--model", model, "--output", str(out), "--config", config, *extra]
    assert recipe.main(argv) == 0
    return [r for r in read_metrics(os.path.join(out, "metrics.jsonl")) if r["kind"] == "train"]


def _adapter(run) -> dict[str, torch.Tensor]:
    from safetensors.torch import load_file

    return load_file(os.path.join(run, "adapter", "adapter_model.safetensors"))


@pytest.mark.slow
def test_memory_zero_is_todays_training(tiny_dataset, tiny_model, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text(RECIPE.replace("steps: 10", "steps: 3"))
    plain = _run(tiny_dataset, tiny_model, tmp_path / "plain", str(config))
    zero = _run(
        tiny_dataset,
        tiny_model,
        tmp_path / "zero",
        str(config),
        "--set",
        "recurrence.memory_tokens=0",
    )
    assert [r["loss"] for r in plain] == [r["loss"] for r in zero]
    a, b = _adapter(tmp_path / "plain"), _adapter(tmp_path / "zero")
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert RecurrenceSettings().memory_tokens == 0  # off unless asked for


@pytest.fixture(scope="module")
def recurrent_run(chain_dataset, tiny_model, recurrence_config, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("runs") / "full"
    _run(chain_dataset, tiny_model, out, recurrence_config)
    return str(out)


@pytest.mark.slow
def test_recurrent_run_carries_memory_and_resumes_exactly_mid_document(
    recurrent_run, chain_dataset, tiny_model, recurrence_config, tmp_path
):
    """The run stops itself after step 3 (checkpointed, its memory and the default
    4-token sink mid-document) and is SIGKILLed there; resumed from step 3: the same
    losses and adapter as the uninterrupted run, bit for bit."""
    import signal

    from training.checkpoint import list_checkpoints

    stopped = tmp_path / "stopped"
    args = ["--data", chain_dataset, "--model", tiny_model, "--config", recurrence_config]
    cmd = [sys.executable, "-m", "training.recipe", *args, "--output", str(stopped)]
    env = os.environ | {recipe.STOP_AFTER_STEP_ENV: "3"}
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _, status = os.waitpid(proc.pid, os.WUNTRACED)  # blocks until it stops itself
        assert os.WIFSTOPPED(status), "the run ended before step 3"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
    assert proc.wait() == -signal.SIGKILL
    assert [n for n, _ in list_checkpoints(str(stopped))] == [1, 2, 3]
    state = torch.load(stopped / "checkpoints" / "step-00000003" / "state-rank0.pt")
    carried = [m for m in state["memories"] if m["lengths"] is not None]
    assert carried, "no memory carried into step 4: not mid-document"
    width = int(carried[0]["lengths"].max())
    assert 0 < width <= 16
    assert [v.shape[2] for v in carried[0]["keys"].values()] == [width, width]  # 2 layers
    # the default sink (4 tokens) travels too: a slot is past its document's start
    assert RecurrenceSettings().sink_tokens == 4
    sinks = [m["sink_lengths"] for m in carried]
    assert any(int(n.max()) == 4 for n in sinks)
    assert all(v.shape[2] == 4 for m in carried for v in m["sink_keys"].values())

    resumed = _run(chain_dataset, tiny_model, stopped, recurrence_config, "--resume")
    full = [r for r in read_metrics(os.path.join(recurrent_run, "metrics.jsonl"))]
    assert [r["loss"] for r in resumed] == [r["loss"] for r in full if r["kind"] == "train"]
    a, b = _adapter(recurrent_run), _adapter(stopped)
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)

    # and without the saved memory the continuation differs: the memory mattered
    other = tmp_path / "other"
    _run(chain_dataset, tiny_model, other, recurrence_config, "--max-steps", "3")
    for file in (other / "checkpoints" / "step-00000003").glob("state-rank0.pt"):
        saved = torch.load(file)
        for m in saved["memories"]:
            m["keys"] = {k: torch.zeros_like(v) for k, v in m["keys"].items()}
        torch.save(saved, file)
        # a deliberate edit, re-signed: otherwise the checksums refuse this checkpoint
        # and the resume falls back to step 2, which has nothing to do with the memory
        write_checksums(str(file.parent))
    _run(chain_dataset, tiny_model, other, recurrence_config, "--resume")
    c = _adapter(other)
    assert not all(torch.equal(a[k], c[k]) for k in a)


@pytest.mark.slow
def test_two_ranks_read_the_streams_of_one_process(
    recurrent_run, chain_dataset, tiny_model, recurrence_config, tmp_path
):
    run = tmp_path / "ddp"
    # TMPDIR: torchrun leaves its log folder (torchelastic_*) in the temp dir
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TMPDIR": str(tmp_path)}
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2", "--standalone",
        "-m", "training.recipe", "--data", chain_dataset, "--model", tiny_model,
        "--output", str(run), "--config", recurrence_config,
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]

    def rows(path):
        with open(path) as f:
            return [json.loads(line)["rows"] for line in f]

    one = rows(os.path.join(recurrent_run, "rows", "rank0.jsonl"))
    two = [rows(run / "rows" / f"rank{r}.jsonl") for r in (0, 1)]
    assert [a + b for a, b in zip(*two, strict=True)] == [s[0::2] + s[1::2] for s in one]

    def losses(path):
        return [r["loss"] for r in read_metrics(path) if r["kind"] == "train"]

    want, got = losses(os.path.join(recurrent_run, "metrics.jsonl")), losses(run / "metrics.jsonl")
    assert len(got) == len(want) == 10
    np.testing.assert_allclose(got, want, rtol=1e-4)


def test_recurrent_evaluation_scores_every_token_once_and_with_whole_memory_is_full_attention(
    tiny_model,
):
    from training.perplexity import window_losses
    from training.recurrence import recurrent_losses

    lm, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    use_memory_attention(lm)
    lm.eval()
    ids = np.random.default_rng(0).integers(1, TINY_VOCAB, 40)
    full = window_losses(lm, ids, torch.device("cpu"))
    # two windows of 20 (the second sees all of the first): exactly full attention
    two = recurrent_losses(lm, ids, 20, 20, torch.device("cpu"))
    np.testing.assert_allclose(two, full, atol=1e-5)
    # windows of 16 without memory: each window on its own
    alone = recurrent_losses(lm, ids, 16, 0, torch.device("cpu"))
    assert len(alone) == len(full) == 39
    for start in (0, 16, 32):
        window = window_losses(lm, ids[start : start + 16], torch.device("cpu"))
        np.testing.assert_allclose(alone[start : start + len(window)], window, atol=1e-5)
    # windows of 16 with 8 tokens of memory: in between
    some = recurrent_losses(lm, ids, 16, 8, torch.device("cpu"))
    np.testing.assert_allclose(some[:15], full[:15], atol=1e-5)  # the first window alone
    assert not np.allclose(some[16:], alone[16:], atol=1e-4)


@pytest.mark.parametrize("memory,sink", [(16, 0), (16, 3), (8, 3)])
def test_recurrent_losses_equal_a_dense_reference_over_three_windows(tiny_model, memory, sink):
    """``recurrent_losses`` (the evaluation of ``bench/bench_recurrence.py``) over three
    consecutive windows of 16 with memory 16 scores each token as one eager forward
    over the whole text in which window ``i >= 1`` sees keys from window ``i - 1`` on:
    the third window's memory, recorded by a window that itself read memory, is
    exact too (the real model's loss rise there is its lost attention sink). With
    ``sink`` S, the reference's windows also see the text's first S tokens (at their
    own positions); with memory 8 the second window needs the sink too."""
    from training.recurrence import recurrent_losses

    lm, _ = load_model(tiny_model, RopeSettings(), "sdpa")
    use_memory_attention(lm)
    eager, _ = load_model(tiny_model, RopeSettings(), "eager")
    lm.eval()
    ids = torch.randint(1, TINY_VOCAB, (49,), generator=torch.Generator().manual_seed(1))
    x = ids[None, :48]
    q, k = torch.arange(48)[:, None], torch.arange(48)[None, :]
    first_key = torch.where(q >= 16, (q // 16) * 16 - memory, 0)
    allowed = (k <= q) & ((k >= first_key) | (k < sink))
    mask = torch.zeros(1, 1, 48, 48).masked_fill(~allowed, torch.finfo(torch.float32).min)
    with torch.no_grad():
        got = recurrent_losses(lm, ids.numpy(), 16, memory, torch.device("cpu"), sink_tokens=sink)
        logits = eager(input_ids=x, attention_mask=mask).logits[0]
        want = torch.nn.functional.cross_entropy(logits, ids[1:], reduction="none")
    assert len(got) == 48
    np.testing.assert_allclose(got, want.double().numpy(), atol=1e-5, rtol=1e-5)
