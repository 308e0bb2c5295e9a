"""Sentence boundaries of European novels with and without the session-29 clauses
``saint_initial`` and ``glued_opener`` (``transforms.sentence_languages``), both
sides in one run: counts, and every removed or added boundary with its context.

    .venv/bin/python bench/european_novels.py FILES...

"Before" switches the two clauses off (the Italian "S." pattern matches nothing,
the glued-abbreviation word lists are empty); everything else is the branch's code.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from transforms import sentence_languages as sl  # noqa: E402
from transforms.sentences import sentence_spans  # noqa: E402


@contextmanager
def _clauses_off():
    saint, glued = sl._SAINT_NEXT, sl._GLUED_WORDS
    sl._SAINT_NEXT, sl._GLUED_WORDS = re.compile(r"(?!)"), {}
    try:
        yield
    finally:
        sl._SAINT_NEXT, sl._GLUED_WORDS = saint, glued


def _starts(text: str) -> set[int]:
    return {int(s) for s, _ in sentence_spans(text)}


def main(paths: list[str]) -> None:
    total_before = total_after = 0
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        with _clauses_off():
            before = _starts(text)
        after = _starts(text)
        total_before += len(before)
        total_after += len(after)
        for kind, diff in (("removed", before - after), ("added", after - before)):
            for s in sorted(diff):
                context = (text[max(0, s - 40) : s] + " | " + text[s : s + 30]).replace("\n", "⏎")
                print(f"{kind}\t{path.rsplit('/', 1)[-1]}\t{context!r}")
    print(f"documents {len(paths)}: sentences {total_before} -> {total_after}")


if __name__ == "__main__":
    main(sys.argv[1:])
