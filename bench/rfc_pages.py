"""RFC page furniture left in the training text at a base checkout and at this one, both
sides in one run (session 29: clauses ``bracketed_page`` and ``bracketed_page_order`` of
``transforms.page_furniture``, ``leader_entry`` and ``statute_article``). Per document:
the footer lines ("... [Page 12]") and the running heads ("RFC 1035  ...  November 1987") left in ``clean_text``'s output, its
lines holding two or more contents entries (the withdrawn clause ``leader_entry_end``:
docs/QUALITY.md, session 29, wtD), its key sentences ending in leader dots (clause
``leader_entry`` of ``transforms.key_sentences``), its characters and its sections
(rule ``statute_article`` of ``transforms.european_words``).

    git archive 8dae509 transforms | tar -x -C /tmp/base   # the base's code
    .venv/bin/python bench/rfc_pages.py /tmp/base rfc*.txt

Each side runs in its own process with its code first on ``sys.path``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SIDE = r"""
import json, re, sys
sys.path.insert(0, sys.argv[1])
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text
out = {}
for path in sys.argv[2:]:
    cleaned = clean_text(normalize_text(open(path, encoding="utf-8", errors="replace").read()))
    text = cleaned.text
    lines = text.split("\n")
    feet = sum(bool(re.search(r"\[Page \d+\]\s*$", x)) for x in lines)
    heads = sum(bool(re.match(r"\s*RFC \d+ .*(19|20)\d\d\s*$", x)) for x in lines)
    glued = sum(len(re.findall(r"(?:\. ?){4,} *\d{1,4}\b", x)) > 1 for x in lines)
    st = analyze_text(text, markup=cleaned.markup_headings)  # as the pipeline
    spans = [st.sentences[i] for i in st.key_sentences.tolist()]
    leader_keys = sum(bool(re.search(r"(?:\. ?){4,}$", text[a:b].rstrip())) for a, b in spans)
    out[path] = [feet, heads, glued, leader_keys, len(text), len(st.sections)]
print(json.dumps(out))
"""


def _side(code: str, paths: list[str]) -> dict[str, list[int]]:
    done = subprocess.run(
        [sys.executable, "-c", _SIDE, code, *paths], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main(base: str, paths: list[str]) -> None:
    before, after = _side(base, paths), _side(REPO, paths)
    total = [0] * 12
    for path in paths:
        b, a = before[path], after[path]
        name = path.rsplit("/", 1)[-1]
        print(
            f"{name}\tfooters {b[0]} -> {a[0]}\theads {b[1]} -> {a[1]}\t"
            f"glued entries {b[2]} -> {a[2]}\tleader keys {b[3]} -> {a[3]}\t"
            f"chars {b[4]} -> {a[4]}\tsections {b[5]} -> {a[5]}"
        )
        total = [t + v for t, v in zip(total, b + a, strict=True)]
    print(
        f"documents {len(paths)}: footers {total[0]} -> {total[6]}, heads {total[1]} -> "
        f"{total[7]}, glued entries {total[2]} -> {total[8]}, leader keys {total[3]} -> "
        f"{total[9]}, chars {total[4]} -> {total[10]}, sections {total[5]} -> {total[11]}"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
