"""The rows the README hands to torchtune, axolotl and LLaMA-Factory have the shape
those trainers' own code requires. The trainers are not installed here: each rule
below was read in their source (torchtune 0.6.1, axolotl 0.19.0, llamafactory 0.9.5)
and the whole path was run by hand on CPU (docs/QUALITY.md, "Do the shards load in
the trainers the README names")."""

from __future__ import annotations

import os

import torch

from schemas.records import IGNORE_INDEX
from tests.conftest import REPO_ROOT, readme_snippet

from .conftest import run_plain_snippet, write_tiny_dataset


def _packs(tmp_path, monkeypatch, window: int = 64):
    import datasets

    data = write_tiny_dataset(str(tmp_path / "data"), windows=(32, window))
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    namespace: dict = {}
    code = readme_snippet("torchtune")
    exec(compile(code, "README.md:torchtune", "exec"), namespace)  # noqa: S102
    # torchtune's recipes call config.instantiate(cfg.dataset, tokenizer): the
    # tokenizer positionally, every other key of the YAML (packed included) by name.
    packs = namespace["LongctxPacks"](
        None, data_files=f"{data}/train/w{window}-*.arrow", window=window, packed=True
    )
    rows = datasets.load_dataset("arrow", data_files={"train": f"{data}/train/w{window}-*.arrow"})
    return packs, rows["train"]


def test_readme_torchtune_packs_are_what_padded_collate_packed_takes(tmp_path, monkeypatch):
    """torchtune.data.padded_collate_packed stacks tokens, labels and input_pos (so
    every pack has the window's length) and builds the block-causal mask from
    seq_lens (so they sum to that length, one block per document, padding last);
    PackedDataset restarts input_pos at 0 at each document and keeps it below
    max_seq_len. Each block must be one longctx piece: then no document attends to
    another, and the scored labels are the row's."""
    window = 64
    packs, rows = _packs(tmp_path, monkeypatch, window)
    assert len(packs) == len(rows)
    packed_rows = 0
    for pack, row in zip(packs, rows, strict=True):
        assert set(pack) == {"tokens", "labels", "input_pos", "seq_lens"}
        for key in ("tokens", "labels", "input_pos"):
            assert pack[key].shape == (window,) and pack[key].dtype == torch.int64, key
        n = len(row["input_ids"])
        assert pack["tokens"][:n].tolist() == row["input_ids"]
        assert pack["labels"][:n].tolist() == row["labels"]
        assert (pack["labels"][n:] == IGNORE_INDEX).all()
        seq_lens = pack["seq_lens"].tolist()
        assert sum(seq_lens) == window and min(seq_lens) > 0
        documents = [p["length"] for p in row["pieces"]]
        assert seq_lens[: len(documents)] == documents
        assert seq_lens[len(documents) :] == ([window - n] if n < window else [])
        start = 0
        for length in seq_lens[: len(documents)]:  # positions restart with each document
            assert pack["input_pos"][start : start + length].tolist() == list(range(length))
            start += length
        assert int(pack["input_pos"].max()) < window
        packed_rows += len(documents) > 1
        scored = int((pack["labels"] != IGNORE_INDEX).sum())
        assert scored == row["num_scored"]
    assert packed_rows > 0  # the tiny dataset packs documents: the case that matters


def test_one_document_per_row_folder_is_what_axolotl_and_llamafactory_load(tmp_path, monkeypatch):
    """axolotl loads a folder with load_from_disk and takes a map-style Dataset with
    input_ids, attention_mask and labels as pre-tokenized; LLaMA-Factory's
    tokenized_path loads it with load_from_disk (a Dataset: its train split) and,
    with remove_unused_columns=False, hands every column to its collator, which pads
    lists of token ids. The README's plain folder is exactly that; the shards are not
    (no attention_mask; string and struct columns)."""
    import datasets

    _, data, plain_path = run_plain_snippet(tmp_path, monkeypatch)
    plain = datasets.load_from_disk(plain_path)
    assert isinstance(plain, datasets.Dataset)
    assert set(plain.features) == {"input_ids", "attention_mask", "labels"}
    for name in plain.features:
        assert plain.features[name].feature.dtype.startswith("int"), name  # token id lists
    for row in plain:
        assert len(row["input_ids"]) == len(row["labels"]) == len(row["attention_mask"])
        assert set(row["attention_mask"]) == {1}
    shards = datasets.load_from_disk(data)["train"]
    assert "attention_mask" not in shards.features  # axolotl would not see tokens
    assert isinstance(shards.features["doc_id"], datasets.Value)  # a string column


def test_readme_axolotl_config_keeps_every_row(tmp_path, monkeypatch):
    """Clause axolotl-sequence-len (README, axolotl bullet): axolotl 0.19.0 filters a
    pre-tokenized dataset with utils.trainer.filter_sequences_by_length, keeping rows of
    min_sample_len (default 2) to sequence_len tokens (default 512; the default
    excess_length_strategy is drop), so the README's config must set sequence_len to
    at least the window of the folder it loads: that folder's rows reach the window
    (the README without sequence_len kept 3 of 41 rows of a w4096 folder)."""
    import re

    import datasets

    with open(os.path.join(REPO_ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    bullet = re.search(r"\n\* \*\*axolotl\*\*:(.*?)\n\* ", text, re.S)
    assert bullet, "README.md has no axolotl bullet"
    folder = re.search(r"path: data/shakespeare-w(\d+)-plain", bullet.group(1))
    sequence_len = re.search(r"`sequence_len: (\d+)`", bullet.group(1))
    assert folder and sequence_len, bullet.group(1)
    assert int(sequence_len.group(1)) >= int(folder.group(1))

    window = 64  # the same rule on the README's snippet run on a tiny dataset
    data = write_tiny_dataset(str(tmp_path / "data"), windows=(32, window))
    code = readme_snippet("one-document-per-row")
    for old, new in (
        ("data/shakespeare-w4096-plain", str(tmp_path / "plain")),
        ("data/shakespeare", data),
        ("w4096", f"w{window}"),
    ):
        code = code.replace(old, new)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))
    exec(compile(code, "README.md:one-document-per-row", "exec"), {})  # noqa: S102
    plain = datasets.load_from_disk(str(tmp_path / "plain"))
    lengths = [len(ids) for ids in plain["input_ids"]]
    assert max(lengths) == window  # a sequence_len below the window drops rows
    # with sequence_len = window axolotl keeps every row that has a scored token (a
    # 1-token row has none: each document's first label is IGNORE_INDEX)
    dropped = [labels for labels in plain["labels"] if not 2 <= len(labels) <= window]
    assert all(set(labels) == {IGNORE_INDEX} for labels in dropped), dropped
