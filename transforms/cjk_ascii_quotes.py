"""The ASCII '"' of Chinese text (clause ``ascii_quote_speech``, used by
``transforms.cjk_speech``): whether a text pairs its '"' on each line, and which '"' close a
quotation. Moved out of cjk_speech.py (session 43 review, pure move) to keep that module
under 500 lines."""

from __future__ import annotations

import numpy as np


class _AsciiClose:
    """Clause ``ascii_quote_speech``: ``close(j)``: the '"' at ``j`` closes a quotation:
    it is the even-numbered '"' of its line. Clause ``ascii_close_linear`` (session 41):
    the '"' and line ends are found once per text (on the first '"' asked about);
    counting back to the line start for each one was quadratic in a long line (one
    20 MB line of prose with quotes: over 4 minutes in the sentence stage)."""

    # Clause ascii_close_once (session 42): the answer for every '"' of the text is read in
    # one numpy pass (its number on its line: its index among the text's '"' minus the
    # index of its line's first one), kept as the set of closing ones; three numpy
    # searchsorted calls per '"' asked cost 天龙八部's sentence stage ~0.15 s.
    # Clause ascii_close_bits (session 43): the closing ones are kept as a bit per character
    # (len(text) / 8 bytes: 12.5 MB for 100 M characters, the set of offsets held ~40 bytes
    # per '"', ~110 MB), and speech_units builds one for its three callers (clause
    # ascii_close_shared; each built its own: 3 x 9 ms on 天龙八部).

    def __init__(self, text: str):
        self.text, self.closing = text, None

    def __call__(self, j: int) -> bool:
        if self.text[j] != '"':
            return False
        if self.closing is None:
            a = np.frombuffer(self.text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            quotes, ends = np.flatnonzero(a == 34), np.flatnonzero(a == 10)
            k = np.searchsorted(ends, quotes)  # the line ends before each '"'
            line = np.concatenate(([-1], ends))[k] + 1  # its line's start (one_dtype_concatenate)
            number = np.arange(1, len(quotes) + 1) - np.searchsorted(quotes, line)
            mask = np.zeros(len(self.text), dtype=bool)
            mask[quotes[number % 2 == 0]] = True
            self.closing = np.packbits(mask).tobytes()  # bit j of the text: byte j >> 3
        return bool(self.closing[j >> 3] >> (7 - (j & 7)) & 1)


def _pairs_by_line(text: str) -> bool:
    """Clause ``ascii_quote_speech``: at most 1% of the lines holding '"' hold an odd
    number of them (a paragraph a line, each quotation closed on its line)."""
    counts = [n for line in text.split("\n") if (n := line.count('"'))]
    return sum(n % 2 for n in counts) <= 0.01 * len(counts)
