"""Sentence boundaries of European novels at a base checkout and at this one,
both sides in one run: counts, and every removed or added boundary with its
context (session 29: clauses ``saint_initial``, ``glued_opener`` and the German
"Ew." / "sen." / "jun." abbreviations of ``transforms.sentence_languages``).

    git archive c71518a transforms | tar -x -C /tmp/base   # the base's code
    .venv/bin/python bench/european_novels.py /tmp/base FILES...

Each side runs in its own process (the Punkt models are cached per process) with
its code first on ``sys.path``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SIDE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from transforms.sentences import sentence_spans
out = {}
for path in sys.argv[2:]:
    text = open(path, encoding="utf-8", errors="replace").read()
    out[path] = [int(s) for s, _ in sentence_spans(text)]
print(json.dumps(out))
"""


def _starts(code: str, paths: list[str]) -> dict[str, list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", _SIDE, code, *paths], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main(base: str, paths: list[str]) -> None:
    before, after = _starts(base, paths), _starts(REPO, paths)
    n_before = n_after = 0
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        old, new = set(before[path]), set(after[path])
        n_before, n_after = n_before + len(old), n_after + len(new)
        for kind, diff in (("removed", old - new), ("added", new - old)):
            for s in sorted(diff):
                context = (text[max(0, s - 40) : s] + " | " + text[s : s + 30]).replace("\n", "⏎")
                print(f"{kind}\t{path.rsplit('/', 1)[-1]}\t{context!r}")
    print(f"documents {len(paths)}: sentences {n_before} -> {n_after}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
