"""Clause ``part_end_once`` (session 44, branch wtB): a retrieved passage's end without
the next sentence's first word (clause ``key_end_no_next_word``, transforms/memory_parts.py)
does not depend on the window, so ``RetrievedMemory`` computes it for every passage once
per document (:func:`transforms.memory_parts.part_ends`, numpy bounds, the text read only
where the last token crosses the passage's end) instead of once per window and part
(session 43: +6-16% chunking on 红楼梦). The prefixes are the same."""

from __future__ import annotations

import os

import numpy as np
import pytest

import schemas
from tests.conftest import REPO_ROOT
from transforms import memory_parts
from transforms.char_starts import end_before_blank
from transforms.chunk_memory import retrieved_memory
from transforms.chunking import ChunkConfig, chunk_document
from transforms.normalize import normalize_document
from transforms.structure import analyze_document
from transforms.tokenize import load_tokenizer, tokenize_documents

SMOLLM2 = os.path.join(REPO_ROOT, "defaults", "smollm2-135m", "tokenizer.json")

# Twain, The Adventures of Tom Sawyer (pg74), chapter II: the whitewashing.
TOM = (
    "Tom appeared on the sidewalk with a bucket of whitewash and a long-handled brush. He "
    "surveyed the fence, and all gladness left him and a deep melancholy settled down upon "
    "his spirit. Thirty yards of board fence nine feet high. Life to him seemed hollow, and "
    "existence but a burden. Sighing, he dipped his brush and passed it along the topmost "
    "plank; repeated the operation; did it again; compared the insignificant whitewashed "
    "streak with the far-reaching continent of unwhitewashed fence, and sat down on a "
    "tree-box discouraged. Jim came skipping out at the gate with a tin pail, and singing "
    "Buffalo Gals. Bringing water from the town pump had always been hateful work in Tom’s "
    "eyes, before, but now it did not strike him so. He remembered that there was company "
    "at the pump. White, mulatto, and negro boys and girls were always there waiting their "
    "turns, resting, trading playthings, quarrelling, fighting, skylarking. And he "
    "remembered that although the pump was only a hundred and fifty yards off, Jim never "
    "got back with a bucket of water under an hour—and even then somebody generally had "
    "to go after him. Tom said:\n\n"
    "“Say, Jim, I’ll fetch the water if you’ll whitewash some.”\n\n"
    "Jim shook his head and said:\n\n"
    "“Can’t, Mars Tom. Ole missis, she tole me I got to go an’ git dis water an’ not stop "
    "foolin’ roun’ wid anybody. She say she spec’ Mars Tom gwine to ax me to whitewash, "
    "an’ so she tole me go ’long an’ ’tend to my own business—she ’lowed _she’d_ ’tend to "
    "de whitewashin’.”\n"
)


@pytest.fixture(scope="module")
def tom() -> schemas.TokenizedDocument:
    doc = normalize_document(schemas.Document("tom", "tom.txt", TOM, "train"))
    (out,) = tokenize_documents([analyze_document(doc)], load_tokenizer(SMOLLM2))
    return out


def _config() -> ChunkConfig:
    sep = tuple(load_tokenizer(SMOLLM2).encode("\n\n", add_special_tokens=False).ids)
    return ChunkConfig(
        windows=(64,),
        overlap=16,
        memory_tokens=24,
        memory_separator_ids=sep,
        memory_source="retrieved",
        eos_id=0,
    )


def test_part_ends_are_part_end_of_every_passage(tom):
    """``part_ends`` gives :func:`part_end` of each passage, exactly; the sentences that
    run into the next one's first word (" He", " Thirty", ...) lose that token."""
    source = retrieved_memory(tom, _config())
    starts, ends, char_ends = source._starts, source._ends, source.index.spans[:, 1]
    each = [
        memory_parts.part_end(tom.token_offsets, tom.text, int(s), int(e), int(c))
        for s, e, c in zip(starts, ends, char_ends, strict=True)
    ]
    once = memory_parts.part_ends(tom.token_offsets, tom.text, starts, ends, char_ends)
    assert once.tolist() == each
    trimmed = [k for k in range(len(each)) if each[k] < int(ends[k])]
    assert len(trimmed) >= 10  # most sentences here end on a space taken by the next word
    first = int(trimmed[0])
    assert tom.text[slice(*tom.token_offsets[int(ends[first]) - 1])] == " He"


def test_prefixes_read_no_part_end_per_window(tom, monkeypatch):
    """Clause part_end_once: chunking calls ``part_end`` for no window (base44: once per
    window and retrieved passage), and every prefix is what the per-part rule gives."""
    calls = []
    original_part_end = memory_parts.part_end

    def counting(*args):
        calls.append(args[2:])
        return original_part_end(*args)

    monkeypatch.setattr("transforms.retrieval.part_end", counting, raising=False)
    cfg = _config()
    source = retrieved_memory(tom, cfg)
    original_join = memory_parts.join_parts
    joined = []

    def recording_join(doc, starts, ends, separator, budget):
        joined.append((list(starts), list(ends)))
        return original_join(doc, starts, ends, separator, budget)

    monkeypatch.setattr("transforms.retrieval.join_parts", recording_join)
    rows, _ = chunk_document(tom, 64, cfg, source)
    assert len(rows) >= 5 and sum(row["memory_length"] > 0 for row in rows) >= 3
    assert calls == []
    offsets, char_ends = tom.token_offsets, source.index.spans[:, 1]
    for starts, ends in joined:
        for k, (s, e) in enumerate(zip(starts, ends, strict=True)):
            (p,) = np.flatnonzero(source._starts == s)  # passages start apart
            rule = memory_parts.part_end(
                offsets, tom.text, s, int(source._ends[p]), int(char_ends[p])
            )
            if k == len(starts) - 1:
                rule = end_before_blank(tom, s, rule)
            assert e == rule
