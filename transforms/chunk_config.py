"""How documents become rows: :class:`ChunkConfig` (window lengths, overlap, snap
tolerance, memory prefix, the document's EOS) and its checks (moved from
:mod:`transforms.chunking`, which re-exports it)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from transforms.retrieval import RetrievalConfig

MEMORY_SOURCES = ("key", "key-recent", "retrieved")
DEFAULT_MEMORY_SOURCE = "key-recent"
# Clause overlap_zero_refused_at_source (session 40): the least overlap a ChunkConfig
# takes. Tests that rebuild what an older longctx built (overlap 0) lower it.
MIN_OVERLAP = 1


# --------------------------------------------------------------------------
# Config
# --------------------------------------------------------------------------
@dataclass(frozen=True)
class ChunkConfig:
    """How documents become rows.

    Attributes:
      windows: window lengths in tokens, one length bucket each; strictly increasing.
      overlap: tokens of left context a window repeats from the previous one; the
        same for every window length, at least 1 (0 is refused: clause
        ``overlap_zero_refused_at_source``). None: proportional, ``window // 16``, at
        least 1 (clause ``small_window_keeps_one_token``).
      snap_tolerance: tokens a window start may move back to reach a sentence or
        paragraph start, else the first token of a character split over tokens
        (rule ``window_char_start``; a smaller tolerance than the character's
        tokens still moves it, up to 3 tokens: ``window_char_start_any_tolerance``).
        None: the window's overlap (context stays in ``[O, 2O]``).
      memory_tokens: memory prefix budget ``M`` in tokens (0: off).
      eos_id: token that ends every document (after its last token, scored once per
        window length: rule ``document_eos``).
      memory_separator_ids: tokens between the memory prefix and the window.
      memory_source: ``key-recent`` (the key sentences closest before the window),
        ``key`` (key sentences by score) or ``retrieved`` (earlier passages by BM25
        against the window's opening tokens).
      retrieval: passage unit and BM25 parameters of ``retrieved``.
    """

    windows: tuple[int, ...] = (512, 1024, 2048, 4096)
    overlap: int | None = None
    snap_tolerance: int | None = None
    memory_tokens: int = 0
    eos_id: int = 0
    memory_separator_ids: tuple[int, ...] = ()
    memory_source: str = DEFAULT_MEMORY_SOURCE
    retrieval: RetrievalConfig = field(default_factory=RetrievalConfig)

    def __post_init__(self):
        object.__setattr__(self, "windows", tuple(int(w) for w in self.windows))
        object.__setattr__(
            self, "memory_separator_ids", tuple(int(t) for t in self.memory_separator_ids)
        )
        if not self.windows:
            raise ValueError("windows is empty: give at least one window length, e.g. 512,1024")
        if any(w < 2 for w in self.windows):
            raise ValueError(f"windows {self.windows}: every window length must be >= 2 tokens")
        if any(b <= a for a, b in zip(self.windows, self.windows[1:], strict=False)):
            raise ValueError(
                f"windows {self.windows} must be strictly increasing, e.g. 512,1024,2048,4096"
            )
        for name in ("overlap", "snap_tolerance"):
            value = getattr(self, name)
            if value is not None and value < 0:
                least = MIN_OVERLAP if name == "overlap" else 0
                raise ValueError(
                    f"{name}={value} is negative: use {least} or more, or None for default"
                )
        if self.overlap is not None and 0 <= self.overlap < MIN_OVERLAP:
            # Clause overlap_zero_refused_at_source (session 40): `longctx dataset
            # --overlap 0` is built as 1 (pipeline.build_config.one_token_of_context),
            # but a ChunkConfig(overlap=0) made directly (a bench, a library caller)
            # still built rows whose first scored token no trainer can train.
            raise ValueError(
                f"overlap {self.overlap} leaves each window's first scored token with no "
                "token before it in its row, so no trainer can train it: give overlap 1 or "
                "more, or None for the default (`longctx dataset --overlap 0` builds 1)"
            )
        if self.memory_tokens < 0:
            raise ValueError(f"memory_tokens={self.memory_tokens} is negative: use 0 to turn off")
        if self.eos_id < 0 or any(t < 0 for t in self.memory_separator_ids):
            raise ValueError("eos_id and memory_separator_ids must be non-negative token ids")
        if self.memory_source not in MEMORY_SOURCES:
            raise ValueError(
                f"memory source {self.memory_source!r}: use one of {', '.join(MEMORY_SOURCES)}"
            )
        if not self.memory_tokens and (
            self.memory_source != DEFAULT_MEMORY_SOURCE or self.retrieval != RetrievalConfig()
        ):
            # Clause memory_source_needs_tokens, made in Python (session 46): the CLI
            # refuses the flags (pipeline.build_config); a ChunkConfig built by a
            # library caller or a bench with a source but no budget built no prefix.
            what = (
                f"memory_source {self.memory_source!r}"
                if self.memory_source != DEFAULT_MEMORY_SOURCE
                else f"retrieval {self.retrieval}"
            )
            raise ValueError(
                f"{what} sets the memory prefix, but memory_tokens is 0 (memory off): set "
                "memory_tokens to N (e.g. 128; `longctx dataset --memory-tokens N`) or leave "
                f"memory_source at {DEFAULT_MEMORY_SOURCE!r} and retrieval at its default"
            )
        if self.memory_source == "retrieved" and self.memory_tokens:
            no_context = [w for w in self.windows if self.overlap_for(w) == 0]
            if no_context:
                raise ValueError(
                    f"windows {no_context} have overlap 0: retrieved memory is queried with a "
                    "window's context-only opening tokens, so give --overlap > 0"
                )
        for window in self.windows:
            overlap, tolerance = self.overlap_for(window), self.tolerance_for(window)
            memory = self.max_memory_length
            if overlap + tolerance + memory >= window:
                raise ValueError(
                    f"window {window}: overlap {overlap} + snap tolerance {tolerance} + memory "
                    f"prefix {memory} (memory_tokens + separator) must be < {window} so that "
                    "every window scores new tokens; lower --overlap (the snap tolerance "
                    "defaults to it), --snap-tolerance or --memory-tokens, or drop this window "
                    "length"
                )

    def overlap_for(self, window: int) -> int:
        """Tokens of left context each window after the first repeats.

        Clause small_window_keeps_one_token (session 39): the default keeps at least
        one token, the one a window's first scored token is predicted from. Before,
        ``window // 16`` was 0 under 16 tokens: each row's first scored token had
        nothing before it in its row, so no trainer could train it (one a row) while
        the manifest and ``longctx inspect --verify`` counted it."""
        return max(1, window // 16) if self.overlap is None else self.overlap

    def tolerance_for(self, window: int) -> int:
        """Tokens a window start may move back to a sentence or paragraph start. None:
        the window's overlap, or with the default overlap ``window // 16`` (so a window
        under 16 tokens keeps its one token of context and does not snap, as before)."""
        if self.snap_tolerance is not None:
            return self.snap_tolerance
        return window // 16 if self.overlap is None else self.overlap

    @property
    def max_memory_length(self) -> int:
        """Most row tokens a memory prefix can take (separator included)."""
        return self.memory_tokens + len(self.memory_separator_ids) if self.memory_tokens else 0

    def resolved(self) -> dict:
        """The config with defaults filled in, for the manifest."""
        return {
            "windows": list(self.windows),
            "overlaps": {str(w): self.overlap_for(w) for w in self.windows},
            "snap_tolerances": {str(w): self.tolerance_for(w) for w in self.windows},
            "memory_tokens": self.memory_tokens,
            "memory_separator_ids": list(self.memory_separator_ids),
            "eos_id": self.eos_id,
            "memory_source": self.memory_source,
            "retrieval": dataclasses.asdict(self.retrieval),
        }
