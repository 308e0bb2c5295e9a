"""The ``--also`` prefixes of bench/memory_prefix.py: other texts put before the same window.

* ``key`` / ``key-recent``: what the builder's key-sentence source would put there;
* ``retrieved-sentence`` / ``retrieved-paragraph``: the BM25 source;
* ``preceding``: the budget's tokens right before the window (a longer context);
* ``preceding-same``: the tokens right before the window, as many as the row's own
  prefix holds (clause preceding_same_length): plain reading further back at the
  same cost as the key sentences;
* ``key-preceding``: half of the row's prefix length for the key sentences closest
  before the window, the rest for the tokens right before it (clause
  key_preceding_mix): do the two kinds of context add up?
* ``far-keys-preceding``: the tokens right before the window, as many as the row's
  prefix holds, preceded by the key sentences closest before THAT text, in the row's
  prefix length (clause far_keys_then_preceding): key sentences from beyond a window
  plus M preceding tokens;
* ``preceding-double``: the tokens right before the window, as many as
  ``far-keys-preceding`` holds (about twice the row's prefix; clause
  preceding_double): do far key sentences add anything that reading further back at
  the same cost would not?
* ``far-score-keys-preceding`` / ``preceding-double-score``: the same pair with the
  far key sentences chosen by score (the ``key`` rule: the highest-scored sentences
  before the text) instead of the closest (clause far_score_keys_then_preceding);
* ``far-relevant-keys-preceding`` / ``preceding-double-relevant``: the same pair with
  the far sentences chosen by RELEVANCE to the model's context (clause
  far_relevant_keys_then_preceding): BM25 (the retrieved source's index) with the M
  plain tokens right before the window as the query, never the window's tokens;
* ``far-names-keys-preceding`` / ``preceding-double-names``: the same pair with the far
  sentences ranked by the proper names / rare terms they share with that plain text
  (clause far_names_keys_then_preceding, bench/memory_prefix_names.py);
* ``preceding-same-nosep``: ``preceding-same``'s text with no separator after it, so
  the text runs on into the window (clause preceding_without_separator): does the
  paragraph break cost the plain text?

The two same-length ones (``SAME_LENGTH``) share the row's ``random`` control (random
earlier sentences of the row's prefix length) instead of drawing their own; the two
double-length ones (``DOUBLE_LENGTH``) get no random control (none drawn: the random
draws of every window stay those of a run without them).
Each is a function ``row -> prefix ids`` (separator last), built once a book.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from memory_prefix_names import names_memory

from schemas import IGNORE_INDEX
from transforms.chunk_memory import key_memory, retrieved_memory
from transforms.chunking import ChunkConfig
from transforms.retrieval import RetrievalConfig

ALSO = (
    "key",
    "key-recent",
    "preceding",
    "preceding-same",
    "key-preceding",
    "far-keys-preceding",
    "preceding-double",
    "far-score-keys-preceding",
    "preceding-double-score",
    "preceding-same-nosep",
    "far-relevant-keys-preceding",
    "preceding-double-relevant",
    "far-names-keys-preceding",
    "preceding-double-names",
    "retrieved-sentence",
    "retrieved-paragraph",
)
SAME_LENGTH = ("preceding-same", "key-preceding", "preceding-same-nosep")
DOUBLE_LENGTH = (
    "far-keys-preceding",
    "preceding-double",
    "far-score-keys-preceding",
    "preceding-double-score",
    "far-relevant-keys-preceding",
    "preceding-double-relevant",
    "far-names-keys-preceding",
    "preceding-double-names",
)
NO_CONTROL = SAME_LENGTH + DOUBLE_LENGTH
# (prefix, other): compared in the summary when both are scored.
PAIRS = (
    ("key-preceding", "preceding-same"),
    ("far-keys-preceding", "preceding-double"),
    ("far-score-keys-preceding", "preceding-double-score"),
    ("preceding-same-nosep", "preceding-same"),
    ("far-relevant-keys-preceding", "preceding-double-relevant"),
    ("far-names-keys-preceding", "preceding-double-names"),
)
# The far-keys pairs: (keys then text, plain text as long) -> the key source's rule.
FAR = {
    "far-keys-preceding": "key-recent",
    "preceding-double": "key-recent",
    "far-score-keys-preceding": "key",
    "preceding-double-score": "key",
    "far-relevant-keys-preceding": "relevant",
    "preceding-double-relevant": "relevant",
    "far-names-keys-preceding": "names",
    "preceding-double-names": "names",
}


def char_bounds(offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Clause random_prefix_whole_characters: ``(next, prev)``, for every token index
    ``k`` in ``0..n``, the first at or after and the last at or before ``k`` where a
    cut falls between two characters. Byte-level BPE splits a multi-byte character
    over tokens (SmolLM2: the full-width indentation "\u3000" after a line break);
    the token continuing a character starts before the previous one ends (the
    pipeline's rule ``memory_char_end`` reads offsets the same way)."""
    n = len(offsets)
    safe = np.ones(n + 1, dtype=bool)
    if n > 1:
        safe[1:n] = offsets[1:, 0] >= offsets[:-1, 1]
    index = np.arange(n + 1)
    prev = np.maximum.accumulate(np.where(safe, index, 0))
    nxt = np.minimum.accumulate(np.where(safe, index, n)[::-1])[::-1]
    return nxt, prev


def preceding_text(doc, before: int, length: int, nxt) -> np.ndarray:
    """At most ``length`` tokens ending at token ``before``, starting between two
    characters (a split first character dropped, so a token or two fewer)."""
    if length <= 0:
        return np.zeros(0, np.int64)
    return np.asarray(doc.token_ids[int(nxt[max(0, before - length)]) : before], np.int64)


def other_prefixes(doc, config: ChunkConfig, also: list[str], general=()):
    """``name -> f(row) -> prefix ids`` for the ``--also`` sources (one index per book);
    ``general``: the reference books of the names rule (bench/memory_prefix_names.py)."""
    out = {}
    separator = np.asarray(config.memory_separator_ids, dtype=np.int64)
    if set(also) & set(NO_CONTROL):
        nxt, _ = char_bounds(np.asarray(doc.token_offsets).reshape(-1, 2))
    rules = {FAR[a] for a in also if a in FAR} | (
        {"key-recent"} if "key-preceding" in also else set()
    )
    keys_by = {
        r: key_memory(doc, dataclasses.replace(config, memory_source=r))
        for r in rules - {"relevant", "names"}
    }
    if "names" in rules:
        keys_by["names"] = names_memory(doc, config, general)
    if "relevant" in rules:
        keys_by["relevant"] = retrieved_memory(
            doc, dataclasses.replace(config, retrieval=RetrievalConfig(unit="sentence"))
        )
    recent = keys_by.get("key-recent")

    def far_keys(row, rule="key-recent"):
        # Clause far_keys_then_preceding: ``(keys, text)``: the text right before the
        # window as long as the row's prefix (less the separator), and the key sentences
        # (their separator last) in the row's prefix length that end before that text
        # starts: never inside the text, never inside the window. The closest ones
        # (``key-recent``) or, clause far_score_keys_then_preceding, the highest-scored
        # ones (``key``), or, clause far_relevant_keys_then_preceding, the sentences
        # BM25 ranks highest for that text (the model's context, read before the
        # window: no token of the window shapes the query; ``relevant``).
        start, m = row["token_start"], row["memory_length"]
        text = preceding_text(doc, start, m - len(separator), nxt)
        before = start - len(text)
        if rule in ("relevant", "names"):  # names: clause far_names_keys_then_preceding
            keys = keys_by[rule](before, before, start, m) if len(text) else text
            return np.asarray(keys, np.int64), text
        return keys_by[rule](before, m).astype(np.int64), text

    for name in also:
        if name == "preceding":
            # Not a memory: the budget's tokens right before the window, i.e. a longer
            # context. Does a prefix beat simply reading further back?
            def preceding(row, budget=config.memory_tokens):
                start = row["token_start"]
                body = doc.token_ids[max(0, start - budget) : start]
                return np.concatenate([body, separator]).astype(np.int64)

            out[name] = preceding
        elif name == "preceding-same":

            def preceding_same(row):
                # Clause preceding_same_length: as long as the row's own prefix.
                body = row["memory_length"] - len(separator)
                text = preceding_text(doc, row["token_start"], body, nxt)
                return np.concatenate([text, separator]).astype(np.int64)

            out[name] = preceding_same
        elif name == "key-preceding":

            def key_preceding(row):
                # Clause key_preceding_mix: the closest key sentences in half the row's
                # length (separator included), then the text right before the window.
                # The key sentences end before the text's half starts (no text twice,
                # unless they fall short of their half and the text takes the rest).
                start, m = row["token_start"], row["memory_length"]
                half = max(0, start - (m - m // 2 - len(separator)))
                keys = recent(int(nxt[half]), m // 2).astype(np.int64)
                body = m - len(keys) - len(separator)
                text = preceding_text(doc, start, body, nxt)
                return np.concatenate([keys, text, separator]).astype(np.int64)

            out[name] = key_preceding
        elif name == "preceding-same-nosep":

            def preceding_same_nosep(row):
                # Clause preceding_without_separator: preceding-same's text, no
                # separator: the text runs on into the window as in the book.
                body = row["memory_length"] - len(separator)
                return preceding_text(doc, row["token_start"], body, nxt)

            out[name] = preceding_same_nosep
        elif name in FAR and name.startswith("far-"):  # keys then text

            def far_keys_preceding(row, rule=FAR[name]):
                keys, text = far_keys(row, rule)
                return np.concatenate([keys, text, separator]).astype(np.int64)

            out[name] = far_keys_preceding
        elif name in FAR:  # the plain text as long

            def preceding_double(row, rule=FAR[name]):
                # Clause preceding_double: the plain text right before the window, as
                # long as its far-keys prefix (same cost; 0-2 tokens less at a split
                # first character), then the separator.
                keys, text = far_keys(row, rule)
                body = preceding_text(doc, row["token_start"], len(keys) + len(text), nxt)
                return np.concatenate([body, separator]).astype(np.int64)

            out[name] = preceding_double
        elif name in ("key", "key-recent"):
            # Exactly what the builder would put there (transforms.chunk_memory.key_memory).
            memory = key_memory(doc, dataclasses.replace(config, memory_source=name))

            def key(row, memory=memory):
                return memory(row["token_start"], config.memory_tokens).astype(np.int64)

            out[name] = key
        else:
            unit = name.split("-", 1)[1]
            source = retrieved_memory(
                doc, dataclasses.replace(config, retrieval=RetrievalConfig(unit=unit))
            )

            def retrieved(row, source=source):
                start = row["token_start"]
                first = start + int(np.argmax(row["labels"] != IGNORE_INDEX)) - row["memory_length"]
                ids = source(start, start, first, config.memory_tokens)
                return ids.astype(np.int64)

            out[name] = retrieved
    return out
