"""Both sides in one run (session 31): clauses ``halfwidth_letter_in_title`` and
``quoted_title_set_apart`` (transforms.cjk_titles) switched off, then on, over the files
given; prints each file whose text or section titles change (the titles added and gone),
and the totals.

    .venv/bin/python bench/cjk_titles_s31_ab.py '/tmp/wtG29/lx/L*.txt' '/tmp/wtG28/hk/*'
"""

from __future__ import annotations

import glob
import re
import sys
from collections import Counter

sys.path.insert(0, ".")

from bench.cjk_titles_s29_ab import _read, _run  # noqa: E402
from transforms import cjk_titles  # noqa: E402
from transforms.clean import clean_text  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402

_NEVER = re.compile(r"(?!x)x")


def _switch(on: bool, saved: tuple) -> None:
    if on:
        cjk_titles._HW_LETTER, cjk_titles._apart = saved
    else:
        cjk_titles._HW_LETTER, cjk_titles._apart = _NEVER, lambda blank, i: False


def main(patterns: list[str]) -> None:
    saved = cjk_titles._HW_LETTER, cjk_titles._apart
    files = sorted(p for pat in patterns for p in glob.glob(pat))
    changed_text = changed_titles = before = after = 0
    for path in files:
        raw = _read(path)
        if not clean_text(normalize_text(raw)).text.strip():
            continue  # an empty document has no structure
        _switch(False, saved)
        off = _run(raw)
        _switch(True, saved)
        on = _run(raw)
        before, after = before + len(off[1]), after + len(on[1])
        if off[0] != on[0]:
            changed_text += 1
            print(path, "text", len(off[0]), "->", len(on[0]))
        if off[1] != on[1]:
            changed_titles += 1
            added = list((Counter(on[1]) - Counter(off[1])).elements())
            gone = list((Counter(off[1]) - Counter(on[1])).elements())
            print(path, "sections", len(off[1]), "->", len(on[1]), "added", added, "gone", gone)
    print(
        f"{len(files)} files: text changed {changed_text}, section titles changed"
        f" {changed_titles}; sections {before} -> {after}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
