"""Rule ``eval_char_start`` in the two bench scripts that build held-out documents
themselves (``bench/gpu_eval_phase.py``, ``bench/bench_recurrence.py``): their
documents get the character starts ``longctx eval`` gives them, so their perplexity
windows, position spans and LongPPL short windows never begin inside a CJK character.
Real text: 吾輩は猫である (Natsume Soseki, Aozora Bunko) and Hamlet's opening lines,
SmolLM2's tokenizer from defaults/ (skipped when absent)."""

from __future__ import annotations

import os

import numpy as np
import pyarrow as pa
import pytest
from tokenizers import Tokenizer

from bench.bench_recurrence import with_model_char_starts
from bench.gpu_eval_phase import load_heldout
from tests.conftest import REPO_ROOT
from tests.transforms.test_chunking_char_start import NEKO
from training.perplexity import HeldOutDocument, sliding_windows
from transforms.char_starts import continuation_ids, id_char_starts

MODEL = os.path.join(REPO_ROOT, "defaults", "smollm2-135m")
HAMLET = "Who's there? Nay, answer me. Stand and unfold yourself. Long live the King! " * 20


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    if not os.path.isfile(os.path.join(MODEL, "tokenizer.json")):
        pytest.skip("defaults/smollm2-135m/tokenizer.json not found (make defaults)")
    return Tokenizer.from_file(os.path.join(MODEL, "tokenizer.json"))


def cut_windows(tokenizer, doc: HeldOutDocument, length: int) -> int:
    """Perplexity windows whose text, decoded, begins with a broken character."""
    windows = sliding_windows(len(doc.token_ids), length, length // 2, doc.char_starts)
    return sum(
        tokenizer.decode(doc.token_ids[w.begin : w.begin + 4].tolist()).startswith("\ufffd")
        for w in windows
    )


def test_eval_char_start_gpu_eval_phase_heldout(tokenizer, tmp_path):
    """The staged held-out Arrow file, read with the model's tokenizer: the Japanese
    document gets its character starts (its 32-token windows: 27 of 60 began inside a
    character without them, 0 with), the English one none (its windows as before)."""
    ids = [tokenizer.encode(text).ids for text in (NEKO, HAMLET)]
    table = pa.table({"set": ["ja", "en"], "doc_id": ["neko", "hamlet"], "token_ids": ids})
    path = str(tmp_path / "heldout.arrow")
    with pa.ipc.new_file(path, table.schema) as writer:
        writer.write_table(table)
    table_ids = continuation_ids(tokenizer)
    (neko,), (hamlet,) = load_heldout(path, tokenizer).values()
    np.testing.assert_array_equal(neko.char_starts, id_char_starts(neko.token_ids, table_ids))
    assert hamlet.char_starts is None
    assert cut_windows(tokenizer, neko, 32) == 0
    (bare,), _ = load_heldout(path).values()
    assert bare.char_starts is None
    assert (cut_windows(tokenizer, bare, 32), len(sliding_windows(len(ids[0]), 32, 16))) == (27, 60)


def test_eval_char_start_bench_recurrence_documents(tokenizer, tmp_path):
    """``bench_recurrence``'s held-out documents take the model folder's tokenizer;
    a folder without tokenizer.json leaves them as they were."""
    doc = HeldOutDocument("neko", np.array(tokenizer.encode(NEKO).ids, dtype=np.int64))
    (got,) = with_model_char_starts([doc], MODEL)
    table = continuation_ids(tokenizer)
    np.testing.assert_array_equal(got.char_starts, id_char_starts(doc.token_ids, table))
    assert cut_windows(tokenizer, got, 32) == 0
    assert with_model_char_starts([doc], str(tmp_path))[0].char_starts is None
