"""Regex character classes evaluated on arrays of code points, for scans that a
regex would do character by character in Python-visible steps.

A class such as ``[^\\W\\d_]`` depends on the character alone, never on its
neighbours, so it can be answered for every code point once: a lookup table of
the Basic Multilingual Plane is built per process from the regex itself (65,536
one-character matches, ~20 ms), and the rare code points above it are asked of
the regex one distinct value at a time. What the table says is what the regex
says, by construction.

``pair_run_starts`` uses two such classes to find, with numpy, the match starts
that ``re.finditer`` gives for ``{pair}{2}{run}*`` (a word of at least two
letters followed by the rest of its non-space run, as ``key_sentences`` counts
words): ~20x less CPU than iterating the matches in Python.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

_BMP = 0x10000
# Characters turned into code points at once (4 bytes each plus a few masks).
PIECE_CHARS = 1 << 22


@functools.cache
def _bmp_table(char_class: str) -> np.ndarray:
    """Boolean table over the BMP: does ``re.fullmatch(char_class, chr(c))``.
    Every BMP character is replaced by NUL where the class matches it (one C-level
    ``sub``: each match is one character) and compared with itself."""
    regex = re.compile(char_class)
    chars, code = _bmp_chars()
    table = code_points(regex.sub("\0", chars)) != code
    table[0] = regex.fullmatch("\0") is not None
    return table


@functools.cache
def _bmp_chars() -> tuple[str, np.ndarray]:
    return "".join(map(chr, range(_BMP))), np.arange(_BMP, dtype=np.uint32)


def in_class(code: np.ndarray, char_class: str) -> np.ndarray:
    """For each code point of ``code`` (uint32), whether the one-character regex
    ``char_class`` matches it."""
    out = _bmp_table(char_class).take(code, mode="clip")  # above the BMP: fixed below
    if len(code) and int(code.max()) >= _BMP:
        big = code >= _BMP
        regex = re.compile(char_class)
        values = code[big]
        hits = [u for u in np.unique(values).tolist() if regex.fullmatch(chr(u))]
        out[big] = isin(values, np.asarray(hits, dtype=code.dtype))
    return out


def code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as uint32 (lone surrogates included)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def pair_run_starts(text: str, pair: str, run: str, piece_chars: int = PIECE_CHARS) -> np.ndarray:
    """Start offsets (int64, ascending) of the matches ``re.finditer`` finds for
    ``{pair}{2}{run}*`` in ``text``, where ``pair`` and ``run`` are
    one-character classes and every ``pair`` character is a ``run`` character.

    Why it is the same: a match starts on a ``pair`` character, so inside a
    maximal run of ``run`` characters, and its ``{run}*`` then takes the whole rest
    of that run; the search resumes after it, in the next run. So each run holds
    exactly one match, at its first two adjacent ``pair`` characters, or none.
    The text is read ``piece_chars`` characters at a time (the run open at a
    piece's end, and whether it has had its match, carry over).
    """
    table_pair, table_run = _bmp_table(pair), _bmp_table(run)
    if (table_pair & ~table_run).any():
        raise ValueError(f"every {pair} character must be a {run} character")
    starts = []
    prev_run = False  # is the character before the piece a run character
    matched = False  # has the run open at the piece's start had its match
    for a in range(0, len(text), piece_chars):
        b = min(a + piece_chars, len(text))
        code = code_points(text[a : b + 1])  # one more: the pair of the last character
        is_pair = in_class(code, pair)
        is_run = in_class(code[: b - a], run)
        pairs = np.flatnonzero(is_pair[:-1] & is_pair[1:])
        # Clause one_dtype_concatenate: np.concatenate of bool masks for np.r_.
        new_run = is_run & ~np.concatenate(([prev_run], is_run[:-1]))
        run_id = np.cumsum(new_run)  # 0: the run open from the piece before
        ids = run_id[pairs]
        first = (
            np.concatenate(([True], ids[1:] != ids[:-1])) if len(ids) else np.zeros(0, dtype=bool)
        )
        if matched:
            first &= ids != 0
        starts.append(pairs[first] + a)
        last = b - a - 1
        if is_run[last]:
            open_id = run_id[last]
            matched = bool(len(ids) and ids[-1] == open_id) or (open_id == 0 and matched)
        else:
            matched = False
        prev_run = bool(is_run[last])
    return np.concatenate([np.zeros(0, np.int64), *starts]).astype(np.int64)


def class_runs(code: np.ndarray, char_class: str) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the maximal runs of ``char_class`` characters in ``code``:
    the matches of ``re.findall(char_class + "+")``."""
    inside = np.concatenate(([False], in_class(code, char_class), [False]))  # plain_concatenate
    edges = np.flatnonzero(inside[1:] != inside[:-1])
    return edges[0::2], edges[1::2]


_P = np.uint64(0x100000001B3)  # odd: invertible modulo 2^64
_P_INV = np.uint64(pow(int(_P), -1, 1 << 64))
_LEN_MIX = np.uint64(0x9E3779B97F4A7C15)
# Longest code-point array ``distinct_runs`` groups (longer: None, the caller's
# regex path); the callers' pieces are ~1 Mi characters.
MAX_RUN_CODE = 1 << 21


def distinct_runs(
    code: np.ndarray, starts: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray] | None:
    """Equal runs ``code[s:e]`` grouped: ``(first, inverse)`` with ``first[k]`` the
    index of the first run of the k-th distinct value (distinct values in order of
    first occurrence) and ``inverse[i]`` the distinct index of run ``i``, as a dict
    filled run by run would number them.

    Runs are grouped by a polynomial hash of their code points, then every run is
    compared, code point by code point, with the first run of its group: None when
    two different runs shared a hash (the caller then falls back to strings), so
    the grouping is exact whatever the hash does. None too for more than
    ``MAX_RUN_CODE`` code points.
    """
    if len(starts) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if len(code) > MAX_RUN_CODE:  # the powers kept per process: at most 2 x 16 MB
        return None
    power, inverse_power = _powers(len(code) + 1)
    lengths = (ends - starts).astype(np.int64)
    with np.errstate(over="ignore"):
        prefix = np.zeros(len(code) + 1, dtype=np.uint64)
        np.cumsum(code.astype(np.uint64) * power[: len(code)], out=prefix[1:])
        key = (prefix[ends] - prefix[starts]) * inverse_power[starts]
        key ^= lengths.astype(np.uint64) * _LEN_MIX
    del prefix
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    order = np.argsort(first)
    rank = np.empty(len(first), dtype=np.int64)
    rank[order] = np.arange(len(first))
    first, inverse = first[order], rank[inverse.reshape(-1)]
    # Exactness: every run equal, code point by code point, to its group's first run.
    rep = first[inverse]
    if not np.array_equal(lengths[rep], lengths):
        return None
    position = np.arange(int(lengths.sum())) + np.repeat(
        starts - (np.cumsum(lengths) - lengths), lengths
    )
    if not np.array_equal(
        code[position], code[position + np.repeat(starts[rep] - starts, lengths)]
    ):
        return None
    return first, inverse


_POWERS: list[np.ndarray] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """``_P ** i`` and ``_P_INV ** i`` modulo 2^64 for i < n (at least), kept per process."""
    if not _POWERS or len(_POWERS[0]) < n:
        size = max(n, (1 << 20) + (1 << 16))  # pieces of ~1 Mi characters, once
        with np.errstate(over="ignore"):
            power = np.cumprod(np.full(size, _P, dtype=np.uint64))
            inverse = np.cumprod(np.full(size, _P_INV, dtype=np.uint64))
        _POWERS[:] = [np.r_[np.uint64(1), power[:-1]], np.r_[np.uint64(1), inverse[:-1]]]
    return _POWERS[0], _POWERS[1]
