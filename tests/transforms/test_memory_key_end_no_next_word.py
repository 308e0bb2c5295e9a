"""Clauses ``key_end_no_next_word`` and ``memory_parts_separated``
(``transforms.memory_parts``, session 43, second pass): a memory part (key sentence or
retrieved passage) does not carry the next sentence's first word, and two parts that
would then touch without whitespace get the memory separator between them (nothing in
Chinese). Real text: Tom Sawyer (Project Gutenberg) and 红楼梦 from the shared data,
SmolLM2's byte-level BPE from defaults/ (skipped when absent)."""

from __future__ import annotations

import os
import re

import numpy as np
import pytest
from tokenizers import Tokenizer

from tests.transforms.test_chunking import EOS
from tests.transforms.test_chunking_char_end import check_rows, needs_smollm2
from tests.transforms.test_chunking_char_start import SMOLLM2, tokenized
from transforms import chunk_memory, retrieval
from transforms.chunking import ChunkConfig, chunk_document
from transforms.memory_parts import join_parts, part_end

# Tom Sawyer, chapter II (pg74): a sentence whose span ends on the space before the
# next sentence's first word, and a sentence that opens the next paragraph.
TOM = (
    "Tom appeared on the sidewalk with a bucket of whitewash and a long-handled "
    "brush. He surveyed the fence, and all gladness left him and a deep melancholy "
    "settled down upon his spirit. Thirty yards of board fence nine feet high. Life "
    "to him seemed hollow, and existence but a burden.\n\n"
    "Sighing, he dipped his brush and passed it along the topmost plank; repeated "
    "the operation; did it again; compared the insignificant whitewashed streak "
    "with the far-reaching continent of unwhitewashed fence, and sat down on a "
    "tree-box discouraged.\n"
)
# 红楼梦, 第一回 (shared data zh_classics): sentences joined without spaces.
HLM = (
    "此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去，而借“通灵”之说，"
    "撰此《石头记》一书也。故曰“甄士隐”云云。但书中所记何事何人？\n\n"
    "自又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，一一细考较去，"
    "觉其行止见识，皆出于我之上。”\n"
)


def _doc(name, text):
    if not os.path.isfile(SMOLLM2):
        pytest.skip("defaults/smollm2-135m not found")
    return tokenized(name, text, SMOLLM2)


def _spans(doc):
    """Every sentence as a part: (token start, token end as mapped, char end)."""
    from transforms.token_structure import char_to_token_ends, char_to_token_starts

    s = np.asarray(doc.structure.sentences, dtype=np.int64).reshape(-1, 2)
    starts = char_to_token_starts(doc.token_offsets, s[:, 0])
    ends = np.minimum(char_to_token_ends(doc.token_offsets, s[:, 1]), len(doc.token_ids))
    return starts.tolist(), ends.tolist(), s[:, 1].tolist()


def _cut(doc, starts, ends, char_ends):
    spans = zip(starts, ends, char_ends, strict=True)
    return [part_end(doc.token_offsets, doc.text, s, e, c) for s, e, c in spans]


def _text(doc, start, end):
    return doc.text[int(doc.token_offsets[start, 0]) : int(doc.token_offsets[end - 1, 1])]


@needs_smollm2
def test_a_sentence_part_ends_before_the_next_sentences_first_word():
    doc = _doc("tom", TOM)
    starts, ends, char_ends = _spans(doc)
    assert len(starts) == 5
    # As mapped, a sentence ending on a space took the next one's " He", " Thirty", " Life".
    old = [_text(doc, s, e) for s, e in zip(starts, ends, strict=True)]
    assert [t.split()[-1] for t in old[:3]] == ["He", "Thirty", "Life"]
    new = [
        _text(doc, s, part_end(doc.token_offsets, doc.text, s, e, c))
        for s, e, c in zip(starts, ends, char_ends, strict=True)
    ]
    assert new[0].endswith("brush.") and new[1].endswith("spirit.") and new[2].endswith("high.")
    # Guard: the paragraph break, whitespace-only tokens wholly inside the span, stays.
    assert new[3].endswith("burden.\n\n") and old[3] == new[3]
    # Every part ends within its sentence's characters (memory_char_end holds too).
    for s, e, c in zip(starts, ends, char_ends, strict=True):
        end = part_end(doc.token_offsets, doc.text, s, e, c)
        assert doc.token_offsets[end - 1, 1] <= c and end > s


@needs_smollm2
def test_parts_apart_in_the_text_are_separated_in_english_and_not_in_chinese():
    tokenizer = Tokenizer.from_file(SMOLLM2)
    sep = np.asarray(tokenizer.encode("\n\n", add_special_tokens=False).ids, np.int32)
    doc = _doc("tom", TOM)
    starts, ends, char_ends = _spans(doc)
    cut = _cut(doc, starts, ends, char_ends)
    # Sentence 1 (mid-paragraph, now ending "spirit.") and sentence 4 (opens a
    # paragraph: "Sighing", no leading space): glued without the separator.
    ids = join_parts(doc, [starts[1], starts[4]], [cut[1], cut[4]], sep, budget=200)
    text = tokenizer.decode(ids.tolist())
    assert "spirit.\n\nSighing, he dipped" in text and "spirit.Sighing" not in text
    # Adjacent sentences join as in the text; no budget room, no separator.
    ids = join_parts(doc, [starts[1], starts[2]], [cut[1], cut[2]], sep, budget=200)
    assert "spirit. Thirty yards" in tokenizer.decode(ids.tolist())
    size = (cut[1] - starts[1]) + (cut[4] - starts[4])
    ids = join_parts(doc, [starts[1], starts[4]], [cut[1], cut[4]], sep, budget=size)
    assert len(ids) == size
    # Chinese: sentences are written without spaces; none is added between them.
    zh = _doc("hlm", HLM)
    starts, ends, char_ends = _spans(zh)
    cut = _cut(zh, starts, ends, char_ends)
    ids = join_parts(zh, [starts[0], starts[2]], [cut[0], cut[2]], sep, budget=200)
    assert tokenizer.decode(ids.tolist()) == "此开卷第一回也。故曰“甄士隐”云云。"


@pytest.fixture(scope="module")
def books(shared_data):
    if not os.path.isfile(SMOLLM2):
        pytest.skip("defaults/smollm2-135m not found")
    path = os.path.join(shared_data, "en_gutenberg", "pg74.txt")
    with open(path, encoding="utf-8") as f:
        return [tokenized("tom", f.read()[40000:100000], SMOLLM2)]


# A prefix whose last sentence carried the next one's first word: "… away again. Books".
_NEXT_WORD = re.compile(r"[.!?][\"”’]?\s+\S+$")


def _prefixes(books, source):
    tokenizer = Tokenizer.from_file(SMOLLM2)
    sep = tuple(tokenizer.encode("\n\n", add_special_tokens=False).ids)
    config = ChunkConfig(
        windows=(256,), memory_tokens=64, eos_id=EOS, memory_separator_ids=sep, memory_source=source
    )
    rows = [row for doc in books for row in chunk_document(doc, 256, config)[0]]
    assert check_rows(tokenizer, books, rows, 256) == {"end": 0, "start": 0}
    return [tokenizer.decode(np.asarray(r["input_ids"][: r["memory_length"]]).tolist())[:-2]
            for r in rows if r["memory_length"]]  # fmt: skip


@needs_smollm2
# key-recent (81, 43): session 49's bare_dialogue_line changed Tom Sawyer's key sentences (was (82, 26));
# the property (no prefix ends in the next sentence's word) holds as before
@pytest.mark.parametrize("source, counts", [("key-recent", (81, 43)), ("retrieved", (84, 48))])
def test_no_prefix_ends_in_the_next_sentences_word(books, monkeypatch, source, counts):
    after = _prefixes(books, source)
    assert after and not any(_NEXT_WORD.search(p) for p in after)
    assert not any(re.search(r"[a-z][.!?][\"”’]?[A-Z]", p) for p in after)  # none glued
    for module in (chunk_memory, retrieval):
        monkeypatch.setattr(module, "part_end", lambda offsets, text, start, end, char_end: end)
    before = _prefixes(books, source)
    assert (len(after), sum(bool(_NEXT_WORD.search(p)) for p in before)) == counts
