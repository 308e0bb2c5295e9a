"""Project Gutenberg's transcriber markup in the clean text, without and with the
``gutenberg_*`` boilerplate rules (``transforms.gutenberg_markup``), in one run.

    .venv/bin/python bench/gutenberg_markup.py [--files 'GLOB' ...]

Counts each kind of markup in ``clean_text`` of the shared English books and the 78
Shakespeare texts (and any ``--files``), with the rules off and on, the characters the
rules take away (net of moved notes), and the speed of ``markup_edits`` alone.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys
import time
from collections import Counter

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from transforms.boilerplate import RULES, BoilerplateConfig  # noqa: E402
from transforms.clean import CleanConfig, clean_text  # noqa: E402
from transforms.gutenberg_markup import RULES as MARKUP  # noqa: E402
from transforms.gutenberg_markup import markup_edits  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402

KINDS = {
    "illustration_bare": re.compile(r"\[Illustration\.?\]", re.I),
    "illustration_caption": re.compile(r"\[Illustration[:.]\s", re.I),
    "footnote_block": re.compile(r"\[Footnote\b", re.I),
    "footnote_in_paragraph": re.compile(r"\S[ \t]*\[Footnote\b", re.I),
    "sidenote": re.compile(r"\[Sidenote\b", re.I),
    "transcriber_note": re.compile(r"\[Transcriber", re.I),
    "anchor": re.compile(r"(?<=[^\s\[\]])\[(?:\d{1,4}|[A-Z])\]"),
    "italic_pair": re.compile(r"(?<![\w_])_[^_\n]{1,200}?_(?![\w_])"),
    "bold_equals": re.compile(r"(?<![\w=])=[A-Za-z][^=\n]{0,80}=(?![\w=])"),
    "sup_plus": re.compile(r"(?<![\w+])\+[A-Za-z][^+\n]{0,40}\+(?![\w+])"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", action="append", default=[])
    args = ap.parse_args()
    data = os.path.join(REPO, "..", "shared", "data")
    paths = sorted(glob.glob(os.path.join(data, "en_gutenberg", "*.txt")))
    paths += sorted(glob.glob(os.path.join(REPO, "defaults", "shakespeare", "texts", "*.txt")))
    paths += sorted(glob.glob(os.path.join(data, "zh_classics", "*.txt")))
    for pattern in args.files:
        paths += sorted(glob.glob(pattern))
    off = CleanConfig(
        boilerplate=BoilerplateConfig(rules=tuple(r for r in RULES if r not in MARKUP))
    )
    before, after, changed, removed = Counter(), Counter(), 0, 0
    chars, seconds = 0, 0.0
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = normalize_text(f.read())
        a, b = clean_text(text, off).text, clean_text(text).text
        for kind, pattern in KINDS.items():
            before[kind] += len(pattern.findall(a))
            after[kind] += len(pattern.findall(b))
        changed += a != b
        removed += len(a) - len(b)
        t0 = time.process_time()
        markup_edits(text)  # every rule on the normalized text: the stage's cost, CPU time
        seconds += time.process_time() - t0
        chars += len(text)
    print(
        f"{len(paths)} documents, {changed} changed, {removed:,} characters fewer in the clean text"
    )
    print(f"{'kind':24} {'before':>8} {'after':>8}")
    for kind in KINDS:
        print(f"{kind:24} {before[kind]:8,} {after[kind]:8,}")
    print(
        f"markup_edits: {chars:,} characters in {seconds:.2f} s = {chars / seconds / 1e6:.1f}M characters/s"
    )


if __name__ == "__main__":
    main()
