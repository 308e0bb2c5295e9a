"""Character boundaries in token space: where a row or an eval window may begin.

Byte-level BPE (SmolLM2, GPT-2, Llama 3, Qwen) splits a CJK character into 2-3 tokens
(a rare one into 4), and a window start is a token index: a window that begins with
the second or third byte token of a character decodes as "\ufffdに、欠乏と..." and gives
its first tokens a broken byte as context. Two ways to tell where characters begin:

* **Offsets** (the dataset builder, :func:`begins_character`): every byte token of a
  split character carries the character's span (``(4, 5), (4, 5), (4, 5)`` for 欠),
  so a token begins a character exactly when it starts at or past the previous
  token's end.
* **The vocabulary** (``longctx eval``, whose held-out documents are token ids only,
  :func:`continuation_ids`): a token's first byte is a UTF-8 continuation byte
  (``0x80-0xBF``), read from the byte-level alphabet or from ``<0xNN>`` byte-fallback
  tokens.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import schemas

# UTF-8 writes a character in at most 4 bytes, so a character's first token is at most
# 3 tokens before any of its other tokens (rule window_char_start_any_tolerance).
MAX_CHAR_TOKENS = 4


def begins_character(offsets: np.ndarray, index: int) -> bool:
    """Whether token ``index`` begins a character: the first token, the EOS
    (``index == n``), or one that starts at or past the previous token's end.
    Byte-level BPE splits a CJK character into 2-3 tokens that all carry its span
    (``(4, 5), (4, 5), (4, 5)`` for 欠 with SmolLM2), so the second and third start
    before the first ends."""
    return index <= 0 or index >= len(offsets) or offsets[index, 0] >= offsets[index - 1, 1]


def character_heads(offsets: np.ndarray) -> bytes:
    """:func:`begins_character` of every token and of the EOS (index ``n``) as one
    byte each (1: begins a character), in one vector pass: the per-document table the
    chunker reads for every window length (``TokenStructure.char_heads``)."""
    n = len(offsets)
    heads = np.ones(n + 1, dtype=np.uint8)
    if n > 1:
        heads[1:n] = offsets[1:, 0] >= offsets[:-1, 1]
    return heads.tobytes()


def char_start(offsets: np.ndarray, start: int, limit: int) -> int:
    """Rule ``window_char_start``: the nearest token from ``start`` towards ``limit``
    (back when ``limit < start``, forward otherwise) that begins a character, else
    ``start``; a row then never begins with the second or third byte token of a
    character cut in two (decoded: "\ufffdに、欠乏と"). One comparison when ``start``
    begins a character, 1-3 steps for a real one."""
    if begins_character(offsets, start):
        return start
    step, found = (-1 if limit < start else 1), start
    while found != limit:
        found += step
        if begins_character(offsets, found):
            return found
    return start


def window_char_start(
    offsets: np.ndarray, snapped: int, lowest: int, tolerance_limit: int, first_scored: int
) -> int:
    """A regular window's start on a whole character (rule ``window_char_start``).

    ``snapped``: the start after the sentence/paragraph snap; ``tolerance_limit``
    (``nominal - T``): how far back the snap may move a start; ``lowest``: the
    lowest start that still lets the window score a new token (whatever its memory
    prefix); ``first_scored``: the first token the window scores. A start inside a
    character moves back to the token that begins it, within the snap tolerance as
    before, or (rule ``window_char_start_any_tolerance``: a tolerance under a
    character's 2-4 tokens, e.g. ``--snap-tolerance 0``, left such starts cut) up to
    ``MAX_CHAR_TOKENS`` tokens back, never below ``lowest``: the row is 1-3 tokens
    of context longer and still at most W. If even that finds none (a window so
    tight that ``O + T + memory`` is within a character of ``W``), it moves
    forward, keeping at least one token of context: 1-3 tokens of context fewer."""
    limit = max(lowest, min(tolerance_limit, snapped - MAX_CHAR_TOKENS + 1))
    start = char_start(offsets, snapped, limit)
    if start == snapped and snapped < first_scored - 1:
        start = char_start(offsets, snapped, first_scored - 1)
    return start


def window_char_end(offsets: np.ndarray, end: int, first_scored: int) -> int:
    """Rule ``window_char_end``: a row that would end inside a character (its last
    token the first or second byte token of a character cut in two: the row decoded
    alone ends in "\ufffd", and its last scored token is half a character) ends
    before it instead, 1-3 tokens earlier, on the token that begins the character;
    the next row scores them (its scored part starts at this end), so every token
    is still scored exactly once and the row is 1-3 tokens short of W. Never at or
    below ``first_scored`` (the row keeps a scored token); ``end`` when it begins a
    character or no start is found."""
    if begins_character(offsets, end):
        return end
    for found in range(end - 1, max(first_scored, end - MAX_CHAR_TOKENS), -1):
        if offsets[found, 0] >= offsets[found - 1, 1]:  # begins_character, found >= 2
            return found
    return end


def span_char_ends(offsets: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Rule ``memory_char_end``: the token ends of memory passages (key sentences,
    retrieved sentences or paragraphs), each on a whole character. A passage's end is
    one past the last token starting before its last character's end, and byte-level
    BPE can merge the space after a sentence with the first byte(s) of the next
    character (SmolLM2: "Le dandy. なお" -> ``. | Ġãģ | ª``): the passage took "Ġãģ"
    and the memory prefix decoded as "…Le dandy. \ufffd". Such an end moves back to
    the token that begins the cut character (the passage loses the space and the
    bytes); never to or below the passage's start (a passage inside one character is
    left as it is). One vectorised pass; ``ends`` unchanged where none is cut."""
    n = len(offsets)
    ends = np.asarray(ends)
    if n < 2 or not len(ends):
        return ends
    inside = np.zeros(n + 1, dtype=bool)  # token k (k < n) continues token k-1's character
    inside[1:n] = offsets[1:, 0] < offsets[:-1, 1]
    cut = inside[ends]
    if not cut.any():
        return ends
    index = np.arange(n + 1)
    begin = np.maximum.accumulate(np.where(inside, 0, index))  # last start at or before k
    moved = begin[ends]
    return np.where(cut & (moved > np.asarray(starts)), moved, ends).astype(ends.dtype)


def end_before_blank(doc: schemas.TokenizedDocument, start: int, end: int) -> int:
    """Clause memory_prefix_one_break (review, session 43): the token end of the last
    key sentence of a prefix without the whitespace-only tokens it ends on. A sentence's
    span runs to the next sentence, so it carried its paragraph break ("… said
    Nan.\\n\\n"), and the separator after it added another: 2,041 of the 3,169
    prefixes of a four-book build (``--memory-tokens 64``) ended in four newlines, three
    in Chinese and Japanese; now each ends in the separator alone. The same for the last
    retrieved passage (``transforms.retrieval.RetrievedMemory``: 1,801 of 3,115 ended in
    three or more). Never below one token."""
    offsets, text = doc.token_offsets, doc.text
    while end - 1 > start:
        a, b = int(offsets[end - 1, 0]), int(offsets[end - 1, 1])
        if a >= b or not text[a:b].isspace():
            break
        end -= 1
    return end


# --------------------------------------------------------------------------
# Token ids only (eval): continuation tokens from the vocabulary
# --------------------------------------------------------------------------
_BYTE_FALLBACK = re.compile(r"<0x([0-9A-Fa-f]{2})>")


def byte_level_alphabet() -> dict[str, int]:
    """GPT-2's printable stand-in for each byte (``bytes_to_unicode``), reversed: the
    character a byte-level vocabulary uses for each byte -> that byte (also used by
    :mod:`transforms.tokenize_pieces`)."""
    printable = [*range(33, 127), *range(161, 173), *range(174, 256)]
    chars, extra = {}, 0
    for b in range(256):
        if b in printable:
            chars[chr(b)] = b
        else:
            chars[chr(256 + extra)] = b
            extra += 1
    return chars


def _uses(node, kind: str) -> bool:
    """Whether a tokenizer.json component (or a Sequence of them) is of ``kind``."""
    if not isinstance(node, dict):
        return False
    if node.get("type") == kind:
        return True
    parts = node.get("decoders") or node.get("pretokenizers") or node.get("normalizers") or []
    return any(_uses(part, kind) for part in parts)


def continuation_ids(tokenizer) -> np.ndarray | None:
    """Per token id: whether the token's first byte is a UTF-8 continuation byte
    (it begins inside a character), for a ``tokenizers.Tokenizer`` whose tokens are
    bytes: a ``ByteLevel`` decoder (GPT-2's byte alphabet) or ``ByteFallback``
    (``<0xNN>`` tokens). None for any other tokenizer (WordPiece, Unigram without
    byte fallback): its tokens are whole characters, none begins inside one."""
    spec = json.loads(tokenizer.to_str())
    byte_level = _uses(spec.get("decoder"), "ByteLevel")
    fallback = _uses(spec.get("decoder"), "ByteFallback")
    if not (byte_level or fallback):
        return None
    alphabet = byte_level_alphabet() if byte_level else {}
    size = tokenizer.get_vocab_size(with_added_tokens=True)
    table = np.zeros(size, dtype=bool)
    special = {t.content for t in tokenizer.get_added_tokens_decoder().values()}
    for token, i in tokenizer.get_vocab(with_added_tokens=True).items():
        if not token or i >= size:
            continue
        # Rule eval_char_start_fallback_special: a `<0xNN>` token is a byte to the
        # ByteFallback decoder even when it is also a special added token (how a
        # byte-fallback BPE is trained with `tokenizers`: BpeTrainer has no byte
        # fallback, so the 256 byte tokens are passed as special_tokens).
        match = _BYTE_FALLBACK.fullmatch(token) if fallback else None
        if match:
            first = int(match.group(1), 16)
        elif token in special:
            continue
        elif byte_level and token[0] in alphabet:
            first = alphabet[token[0]]
        else:
            continue  # a token written in characters begins one
        table[i] = 0x80 <= first <= 0xBF
    return table


def id_char_starts(token_ids: np.ndarray, continuation: np.ndarray | None) -> np.ndarray | None:
    """Per token: whether it begins a character (token 0 always), from
    :func:`continuation_ids`; None when every token does (no table)."""
    if continuation is None:
        return None
    ids = np.asarray(token_ids)
    inside = np.zeros(len(ids), dtype=bool)
    known = (ids >= 0) & (ids < len(continuation))
    inside[known] = continuation[ids[known]]
    inside[:1] = False
    return ~inside if inside.any() else None


def starts_at_or_after(starts: np.ndarray | None, index: int, limit: int) -> int:
    """The first token in ``[index, limit]`` that begins a character, else
    ``index`` (``starts``: :func:`id_char_starts`; None: ``index``)."""
    if starts is None or index >= len(starts) or starts[index]:
        return index
    for k in range(index + 1, min(limit, len(starts) - 1) + 1):
        if starts[k]:
            return k
    return index


def starts_at_or_before(starts: np.ndarray | None, index: int, reach: int = MAX_CHAR_TOKENS) -> int:
    """The last token in ``[index - reach + 1, index]`` (not below 0) that begins a
    character, else ``index``."""
    if starts is None or index >= len(starts) or starts[index]:
        return index
    for k in range(index - 1, max(0, index - reach + 1) - 1, -1):
        if starts[k]:
            return k
    return index
