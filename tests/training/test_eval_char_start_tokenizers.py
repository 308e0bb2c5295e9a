"""Rule ``eval_char_start`` with tokenizers other than SmolLM2 that users load.

``continuation_ids`` reads which token ids begin inside a character from the
vocabulary. Built here in process with ``tokenizers`` (no files needed): a byte-level
BPE (GPT-2 style), a byte-fallback BPE (SentencePiece/Llama style: Metaspace, ``<0xNN>``
byte tokens) whose byte tokens are passed to the trainer as special tokens (BpeTrainer
has no byte fallback of its own, so that is how one is trained with ``tokenizers``),
and a WordPiece tokenizer (none: every token is whole characters). Text: the opening
of 吾輩は猫である (Natsume Soseki, 1905). Checked by decoding, not by the rule's
table: a window that begins on a whole character splits the decoded text cleanly,
so neither side decodes with U+FFFD.
"""

from __future__ import annotations

import numpy as np
import pytest
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

from tests.transforms.test_chunking_char_start import NEKO
from training.longppl import short_context_windows
from training.perplexity import HeldOutDocument, position_spans, sliding_windows
from transforms.char_starts import continuation_ids, id_char_starts

ENGLISH = (
    "It was the best of times, it was the worst of times, it was the age of wisdom, "
    "it was the age of foolishness, it was the epoch of belief. "
) * 12
BYTES = [f"<0x{b:02X}>" for b in range(256)]


def byte_level() -> Tokenizer:
    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400, special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )  # fmt: skip
    tokenizer.train_from_iterator([NEKO, ENGLISH], trainer=trainer)
    return tokenizer


def byte_fallback() -> Tokenizer:
    tokenizer = Tokenizer(models.BPE(byte_fallback=True, unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Sequence([decoders.ByteFallback(), decoders.Metaspace()])
    trainer = trainers.BpeTrainer(
        vocab_size=500, special_tokens=["<unk>", *BYTES], limit_alphabet=60
    )
    tokenizer.train_from_iterator([NEKO, ENGLISH], trainer=trainer)
    return tokenizer


def word_piece() -> Tokenizer:
    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(vocab_size=300, special_tokens=["[UNK]"])
    tokenizer.train_from_iterator([NEKO, ENGLISH], trainer=trainer)
    return tokenizer


def held_out(tokenizer: Tokenizer, text: str) -> HeldOutDocument:
    ids = np.array(tokenizer.encode(text, add_special_tokens=False).ids, dtype=np.int64)
    return HeldOutDocument("doc", ids, id_char_starts(ids, continuation_ids(tokenizer)))


def begins(tokenizer: Tokenizer, doc: HeldOutDocument) -> list[int]:
    """Every window start of the perplexity, loss-by-position and LongPPL passes."""
    n, starts = len(doc.token_ids), doc.char_starts
    found = [w.begin for L in (8, 16, 32) for w in sliding_windows(n, L, L // 2, starts)]
    found += [b for _, b in position_spans([doc], 16)]
    return found + [w.begin for w in short_context_windows(n, 8, 4, starts)]


def splits_cleanly(tokenizer: Tokenizer, doc: HeldOutDocument, begin: int) -> bool:
    ids = doc.token_ids.tolist()
    decode = lambda part: tokenizer.decode(part, skip_special_tokens=False)  # noqa: E731
    return "\ufffd" not in decode(ids[:begin]) + decode(ids[begin:])


@pytest.mark.parametrize("make", [byte_level, byte_fallback], ids=["byte_level", "fallback"])
def test_eval_char_start_fallback_special_windows_whole_characters(make):
    """Both byte tokenizers split 吾輩は猫である's kanji over tokens; every eval window
    begins on a whole character (before rule eval_char_start_fallback_special, the
    byte-fallback BPE's byte tokens, special added tokens, were skipped: no character
    starts, and 40-50% of its windows began inside a character)."""
    tokenizer = make()
    doc = held_out(tokenizer, NEKO)
    assert "\ufffd" not in tokenizer.decode(doc.token_ids.tolist(), skip_special_tokens=False)
    assert doc.char_starts is not None and (~doc.char_starts).sum() > 20
    cut = [b for b in begins(tokenizer, doc) if not splits_cleanly(tokenizer, doc, b)]
    assert cut == []


@pytest.mark.parametrize("make", [byte_level, byte_fallback, word_piece])
def test_eval_char_start_other_tokenizers_english_unchanged(make):
    """English text: no token begins inside a character, so no character starts and
    the same windows as without the rule; WordPiece has no table at all (no crash)."""
    tokenizer = make()
    if make is word_piece:
        assert continuation_ids(tokenizer) is None
    doc = held_out(tokenizer, ENGLISH)
    assert doc.char_starts is None
    n = len(doc.token_ids)
    for length in (16, 64):
        assert sliding_windows(n, length, length // 2, doc.char_starts) == sliding_windows(
            n, length, length // 2
        )


def test_eval_char_start_window_keeps_context_when_stride_near_length():
    """A perplexity window moves forward at most to ``score_from - 1``: with a stride
    one short of the length (``--stride`` allows it) and 3-token characters, the next
    character start can be the first scored token itself; a window beginning there
    would score it with no context (its loss read from the wrong position)."""
    n = 40
    index = np.arange(n)
    starts = (index % 3 == 1) | (index == 0)
    for length, stride in ((4, 3), (5, 4), (8, 7)):
        windows = sliding_windows(n, length, stride, starts)
        assert all(w.begin < w.score_from and w.end - w.begin <= length for w in windows)
        scored = np.concatenate([np.arange(w.score_from, w.end) for w in windows])
        np.testing.assert_array_equal(scored, np.arange(1, n))
