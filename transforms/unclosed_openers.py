"""Openers with no closer on their line, set apart before a pattern is searched.

Clause ``unclosed_opener_once`` (session 45, cost only, same matches). A pattern such as
``《[^》\\n]*》`` or ``［＃[^］\\n]*］`` is tried at every opener; an opener with no closer
before its line's end reads to the line's end and fails, so a line of n unclosed openers
costs n^2/2 character steps (8,000 "《" in a Japanese text: 0.09 s of cleaning, x4 per
doubling). Such an opener can start no match, and a match of the other branches that holds
it reads it as any character but the closer and the line break. Its first character is
replaced by a stand-in that no pattern names and the text does not hold: the matches are
the same, at the same places, and each character is read a bounded number of times.

The unclosed openers are found in the text reversed: there a line's stretch before its
first closer (the original line's stretch after its last closer) is read once from the
line's start; only lines whose stretch holds an opener come back to Python.
"""

from __future__ import annotations

import re
from functools import cache

# Noncharacters: no text names them as themselves; the first one the text lacks is used.
STAND_INS = ("\uffff", "\ufffe", "\U0010ffff", "\U0010fffe", "\U000fffff", "\U000ffffe")


@cache
def _tails(opener: str, closer: str) -> re.Pattern:
    """In the reversed text: a line's start up to its first closer, holding the opener."""
    assert len(closer) == 1 and closer != "\n", closer
    stop, first, rest = re.escape(closer), re.escape(opener[-1]), re.escape(opener[-2::-1])
    # possessive: up to the first closer, line break or opener, each character read once
    before = rf"(?:[^{stop}\n{first}]++|{first}(?!{rest}))*+" if rest else rf"[^{stop}\n{first}]*+"
    return re.compile(rf"(?m)^{before}{re.escape(opener[::-1])}[^{stop}\n]*")


def shut(text: str, opener: str, closer: str) -> tuple[str, str]:
    """``text`` with the first character of every ``opener`` that has no ``closer`` after it
    on its line replaced by a stand-in, and the stand-in ("" when nothing was replaced:
    ``text`` itself comes back). The caller's pattern must read the opener's first
    character as any other character except where it opens the unclosed branch.

    Where the text holds every stand-in, nothing is replaced (the plain search: correct,
    quadratic on such a line)."""
    if opener not in text:
        return text, ""
    n = len(text)
    spans = [(n - m.end(), n - m.start()) for m in _tails(opener, closer).finditer(text[::-1])]
    if not spans:
        return text, ""
    stand_in = next((c for c in STAND_INS if c not in text), "")
    if not stand_in:
        return text, ""
    shut_opener = stand_in + opener[1:]
    pieces, at = [], 0
    for a, b in reversed(spans):  # found from the text's end
        pieces += [text[at:a], text[a:b].replace(opener, shut_opener)]
        at = b
    pieces.append(text[at:])
    return "".join(pieces), stand_in


def sub_shut(pattern: re.Pattern, repl: str, text: str, opener: str, closer: str) -> str:
    """``pattern.sub(repl, text)`` with ``opener``s unclosed on their line set apart first
    (``repl`` a plain string holding neither a stand-in nor a group reference)."""
    shut_text, stand_in = shut(text, opener, closer)
    out = pattern.sub(repl, shut_text)
    return out.replace(stand_in, opener[0]) if stand_in else out
