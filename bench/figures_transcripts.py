"""RFC figures and court transcripts at a base checkout and at this one, both sides in
one run (session 30: rule ``ascii_figure`` with clause ``code_continuations``, clauses
``transcript_line_numbers`` and ``three_line_furniture``). Per document, of the lines
``clean_text`` makes:

- drawn lines: the input's lines holding a drawing sign (a rule "+--", "-->", or a line
  opening or ending on "|"; page footers "[Page N]" left out), how many of them are
  joined to another line (no output line holds their words alone) and how many are
  kept as drawn (the output holds the line itself, its spaces too);
- numbered lines: output lines opening with a margin number ("12 text");
- furniture: output lines holding "Page N" alone, or a line the input repeats at least
  5 times (a running head, a reporter's footer);
- characters, sections and sentences.

    git archive c5c5afc transforms | tar -x -C /tmp/base   # the base's code
    .venv/bin/python bench/figures_transcripts.py /tmp/base rfc*.txt transcript.txt

Each side runs in its own process with its code first on ``sys.path``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SIDE = r"""
import collections, json, re, sys
sys.path.insert(0, sys.argv[1])
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text
DRAWN = re.compile(r"[+|]-{2,}|-{2,}[+|]|\+-\+|-{2,}>|<-{2,}|^[ \t]*\||\|[ \t]*$")
out = {}
for path in sys.argv[2:]:
    raw = open(path, encoding="utf-8", errors="replace").read()
    cleaned = clean_text(normalize_text(raw))
    text = cleaned.text  # the cut "#" marks go back to the structure stage, as in the pipeline
    lines = text.split("\n")
    squeezed = {" ".join(x.split()) for x in lines}
    exact = {x.rstrip() for x in lines}
    drawn = [x for x in raw.split("\n") if DRAWN.search(x) and "[Page" not in x]
    joined = sum(" ".join(x.split()) not in squeezed for x in drawn)
    kept = sum(x.rstrip() in exact for x in drawn)
    numbered = sum(bool(re.match(r"\d{1,2} \S", x)) for x in lines)
    repeated = {k for k, n in collections.Counter(x.strip() for x in raw.split("\n")).items()
                if n >= 5 and re.search(r"[A-Za-z]{3}", k) and len(k) < 60}
    furniture = sum(bool(re.fullmatch(r"\s*Page \d+\s*", x)) or x.strip() in repeated
                    for x in lines)
    st = analyze_text(text, markup=cleaned.markup_headings)
    out[path] = [len(drawn), joined, kept, numbered, furniture, len(text),
                 len(st.sections), len(st.sentences)]
print(json.dumps(out))
"""
_NAMES = ("drawn", "joined", "kept as drawn", "numbered", "furniture", "chars", "sections")
_NAMES += ("sentences",)


def _side(code: str, paths: list[str]) -> dict[str, list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", _SIDE, code, *paths], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main(base: str, paths: list[str]) -> None:
    before, after = _side(base, paths), _side(REPO, paths)
    total = [[0] * len(_NAMES), [0] * len(_NAMES)]
    for path in paths:
        b, a = before[path], after[path]
        name = path.rsplit("/", 1)[-1]
        cells = [f"{k} {x} -> {y}" for k, x, y in zip(_NAMES, b, a, strict=True)]
        print(name + "\t" + "\t".join(cells))
        for side, vals in ((0, b), (1, a)):
            total[side] = [t + v for t, v in zip(total[side], vals, strict=True)]
    cells = [f"{k} {x} -> {y}" for k, x, y in zip(_NAMES, *total, strict=True)]
    print(f"documents {len(paths)}: " + ", ".join(cells))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
