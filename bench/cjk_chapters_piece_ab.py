"""Both sides in one run (session 29, wtG): clauses ``chapters_in_one_piece`` and
``fullwidth_letter_in_title`` (transforms.cjk_titles, transforms.sections) switched
off, then on, over the files given; prints each file whose text or section titles
change (the titles added and gone), and the totals.

    .venv/bin/python bench/cjk_chapters_piece_ab.py '/tmp/wtG28/books/*.txt' '/tmp/wtG28/hk/*'
"""

from __future__ import annotations

import glob
import sys
from collections import Counter

sys.path.insert(0, ".")

from bench.cjk_titles_s29_ab import _NEVER, _read  # noqa: E402 - one reader for both A/B benches
from transforms import cjk_titles, sections  # noqa: E402
from transforms.clean import clean_text  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.structure import analyze_text  # noqa: E402


def _run(cleaned) -> list[tuple[int, str]]:
    # the cut "#" marks go back, as in the pipeline
    sections = analyze_text(cleaned.text, markup=cleaned.markup_headings).sections
    return [(s.level, s.title) for s in sections]


def main(patterns: list[str]) -> None:
    on = sections.chapters_span, cjk_titles._FW_LETTER
    files = sorted(p for pat in patterns for p in glob.glob(pat))
    changed = 0
    for path in files:
        text = clean_text(normalize_text(_read(path)))
        if not text.text.strip():
            continue  # an empty document has no structure
        sections.chapters_span, cjk_titles._FW_LETTER = (lambda *a: None), _NEVER
        off = _run(text)
        sections.chapters_span, cjk_titles._FW_LETTER = on
        new = _run(text)
        if off != new:
            changed += 1
            added = list((Counter(new) - Counter(off)).elements())
            gone = list((Counter(off) - Counter(new)).elements())
            print(path, "sections", len(off), "->", len(new), "added", added, "gone", gone)
    print(f"{len(files)} files: sections changed {changed}")


if __name__ == "__main__":
    main(sys.argv[1:])
