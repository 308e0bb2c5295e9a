"""A long document is tokenized in bounded pieces: smaller encode groups above
``LONG_DOCUMENT_CHARS``, cuts where seams verify (so no two pieces are encoded
again as one), the pieces' freed memory handed back while they are stitched; the
ids and offsets stay those of the whole-document encoding."""

from __future__ import annotations

import glob
import os

import numpy as np
import pytest
from tokenizers import Tokenizer

import transforms.tokenize_pieces as pieces
from schemas import Document
from tests.conftest import REPO_ROOT, TINY_CORPUS
from transforms.structure import analyze_document
from transforms.tokenize import tokenize_documents
from transforms.tokenize_pieces import encode_sizes, encode_text, piece_cuts

SMOLLM2 = os.path.join(REPO_ROOT, "defaults", "smollm2-135m", "tokenizer.json")


class _Recorder:
    """A tokenizer that records the characters of every call (encode_batch*,
    encode) and passes it on."""

    def __init__(self, tokenizer):
        self._tokenizer = tokenizer
        self.batches: list[int] = []
        self.singles: list[int] = []

    def encode_batch(self, texts, add_special_tokens=False):
        self.batches.append(sum(map(len, texts)))
        return self._tokenizer.encode_batch(texts, add_special_tokens=add_special_tokens)

    def encode(self, text, add_special_tokens=False):
        self.singles.append(len(text))
        return self._tokenizer.encode(text, add_special_tokens=add_special_tokens)


def _whole(tokenizer, text):
    encoding = tokenizer.encode(text, add_special_tokens=False)
    return encoding.ids, [list(o) for o in encoding.offsets]


def _smollm2() -> Tokenizer:
    if not os.path.isfile(SMOLLM2):
        pytest.skip("defaults/ not present")
    return Tokenizer.from_file(SMOLLM2)


def test_sizes_are_chosen_from_the_document_length():
    assert encode_sizes(1000) == (pieces.PIECE_CHARS, pieces.GROUP_CHARS)
    assert encode_sizes(pieces.LONG_DOCUMENT_CHARS) == (
        pieces.PIECE_CHARS,
        pieces.GROUP_CHARS,
    )
    piece, group = encode_sizes(pieces.LONG_DOCUMENT_CHARS + 1)
    # Smaller groups for a long document, still two pieces per call (two threads).
    assert group <= pieces.GROUP_CHARS // 4 and group >= 2 * piece


def test_a_long_document_is_encoded_in_small_groups(monkeypatch, tiny_tokenizer_path):
    """Scaled down: above LONG_DOCUMENT_CHARS every encode_batch call holds at most
    LONG_GROUP_CHARS characters; a batch of ordinary documents keeps GROUP_CHARS;
    the result is the whole-document encoding either way."""
    monkeypatch.setattr(pieces, "LONG_DOCUMENT_CHARS", 20_000)
    monkeypatch.setattr(pieces, "LONG_PIECE_CHARS", 1_000)
    monkeypatch.setattr(pieces, "LONG_GROUP_CHARS", 2_000)
    monkeypatch.setattr(pieces, "GROUP_CHARS", 8_000)
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    long_text = "\n".join(TINY_CORPUS * 80)
    assert len(long_text) > 20_000
    recorder = _Recorder(tokenizer)
    (result,) = tokenize_documents(
        [analyze_document(Document("long", "l.txt", long_text))], recorder, byte_offsets=False
    )
    assert len(recorder.batches) >= len(long_text) // 2_000
    assert max(recorder.batches) <= 2_000
    ids, offsets = _whole(tokenizer, long_text)
    assert result.text == long_text
    assert result.token_ids.tolist() == ids and result.token_offsets.tolist() == offsets

    short = [analyze_document(Document(f"s{i}", "s.txt", t)) for i, t in enumerate(TINY_CORPUS)]
    recorder = _Recorder(tokenizer)
    tokenize_documents(short, recorder, byte_offsets=False)
    assert recorder.batches == [sum(len(d.text) for d in short)]  # one call, as before


def _seam_verifies(tokenizer, text: str, cut: int) -> bool:
    lo, hi = max(0, cut - pieces.SEAM_CHARS), min(len(text), cut + pieces.SEAM_CHARS)
    apart = [
        tokenizer.encode(part, add_special_tokens=False).ids
        for part in (text[lo:cut], text[cut:hi])
    ]
    return tokenizer.encode(text[lo:hi], add_special_tokens=False).ids == apart[0] + apart[1]


def test_cuts_fall_where_seams_verify():
    """Paragraphs ending in a run of newlines, and CJK stops that closing quotes
    follow: GPT-2's pre-tokenizer gives "\\n\\n\\nThe" as "\\n\\n", "\\n", "The" and
    "。」" as one pre-token, so a cut after the run or between "。" and "」" does not
    verify and its two pieces were encoded again as one (2 Mi characters with the
    default pieces). Now no seam is merged and no piece is encoded twice."""
    tokenizer = _smollm2()
    plays = sorted(glob.glob(os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "*.txt")))
    if not plays:
        pytest.skip("defaults/ not present")
    with open(plays[0], encoding="utf-8") as f:
        lines = [line.strip() for line in f.read()[:60_000].splitlines() if line.strip()]
    # One paragraph per 8 lines, without sentence stops: the newline runs are the
    # only line starts to cut at.
    words = [
        " ".join(lines[i : i + 8]).translate(str.maketrans("", "", ".!?"))
        for i in range(0, len(lines), 8)
    ]
    text = "\n\n\n".join(words) + "\n\n" + "天地玄黃宇宙洪荒。」 日月盈昃辰宿列張。」 " * 400
    cuts = piece_cuts(text, 1_500)
    assert len(cuts) > 30
    failing = [c for c in cuts[1:-1] if not _seam_verifies(tokenizer, text, c)]
    assert failing == []
    recorder = _Recorder(tokenizer)
    ids, offsets = encode_text(recorder, text, 1_500)
    assert max(recorder.singles) <= 2 * pieces.SEAM_CHARS  # only the seam checks
    assert (ids.tolist(), offsets.tolist()) == _whole(tokenizer, text)


def test_a_cut_follows_a_lone_newline_only():
    text = ("word " * 60 + "\n\n\n") * 20 + ("word " * 60 + "\r\n") * 20 + ("字" * 50 + "。」") * 20
    for cut in piece_cuts(text, 200)[1:-1]:
        before = text[cut - 2 : cut]
        assert not (before.endswith("\n") and before[0].isspace()), (cut, before)
        assert not text[cut - 1 : cut + 1] == "。」"


def test_stitching_hands_the_pieces_back_as_it_copies(monkeypatch, tiny_tokenizer_path):
    calls = []
    monkeypatch.setattr(pieces, "STITCH_RELEASE_BYTES", 4_000)
    monkeypatch.setattr(pieces, "release_free_memory", lambda: calls.append(1) or True)
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    text = "\n".join(TINY_CORPUS * 30)
    ids, offsets = encode_text(tokenizer, text, 500)
    # 12 bytes per token copied, handed back every 4,000.
    assert len(calls) >= ids.size * 12 // 4_000 - len(piece_cuts(text, 500))
    assert (ids.tolist(), offsets.tolist()) == _whole(tokenizer, text)
    assert ids.dtype == np.int32 and offsets.dtype == np.int32


def test_a_run_of_failing_seams_is_encoded_again_once(tmp_path):
    """A tokenizer that prepends a space to every input fails every seam: the
    document was encoded again once per piece (a growing stretch each time, so
    quadratic); now once, and still the whole-document encoding."""
    from tests.transforms.test_tokenize_pieces import _prefix_space_tokenizer

    tokenizer = _prefix_space_tokenizer(tmp_path)
    text = "\n".join(TINY_CORPUS[:3] * 20)
    assert len(piece_cuts(text, 300)) > 10
    recorder = _Recorder(tokenizer)
    ids, offsets = encode_text(recorder, text, 300)
    assert [n for n in recorder.singles if n > 2 * pieces.SEAM_CHARS] == [len(text)]
    assert (ids.tolist(), offsets.tolist()) == _whole(tokenizer, text)
