"""Both sides in one run (session 29): clauses ``couplet_under_chapter_number``
(transforms.cjk_title_lines), ``quoted_cjk_title`` (transforms.section_titles) and
``title_note_mark`` (with ``note_label_no_title``), ``letter_spaced_title`` and ``dash_subtitle`` (transforms.cjk_titles)
switched off, then on, over the files given; prints each file whose text or
section titles change, and the totals.

    .venv/bin/python bench/cjk_titles_s29_ab.py '/tmp/wtG28/books/*.txt'
"""

from __future__ import annotations

import glob
import re
import sys
from collections import Counter

sys.path.insert(0, ".")

from transforms import cjk_title_lines, cjk_titles, sections  # noqa: E402
from transforms.clean import clean_text  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.structure import analyze_text  # noqa: E402

_NEVER = re.compile(r"(?!x)x")


def _read(path: str) -> str:
    data = open(path, "rb").read()
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _run(raw: str) -> tuple[str, list[str]]:
    cleaned = clean_text(normalize_text(raw))  # the cut "#" marks go back, as in the pipeline
    text = cleaned.text
    return text, [s.title for s in analyze_text(text, markup=cleaned.markup_headings).sections]


def main(patterns: list[str]) -> None:
    on_couplet, on_quoted = cjk_title_lines._COUPLET_LINE, sections.quoted_titles
    on_note = cjk_titles._NOTE_MARK, cjk_titles._SPACED, cjk_titles._DASH_SUBTITLE
    files = sorted(p for pat in patterns for p in glob.glob(pat))
    changed_text = changed_titles = 0
    for path in files:
        raw = _read(path)
        if not clean_text(normalize_text(raw)).text.strip():
            continue  # an empty document has no structure
        cjk_title_lines._COUPLET_LINE, sections.quoted_titles = _NEVER, lambda *a: None
        cjk_titles._NOTE_MARK = cjk_titles._SPACED = cjk_titles._DASH_SUBTITLE = _NEVER
        off = _run(raw)
        cjk_title_lines._COUPLET_LINE, sections.quoted_titles = on_couplet, on_quoted
        cjk_titles._NOTE_MARK, cjk_titles._SPACED, cjk_titles._DASH_SUBTITLE = on_note
        on = _run(raw)
        if off[0] != on[0]:
            changed_text += 1
            print(path, "text", len(off[0]), "->", len(on[0]))
        if off[1] != on[1]:
            changed_titles += 1
            added = list((Counter(on[1]) - Counter(off[1])).elements())
            gone = list((Counter(off[1]) - Counter(on[1])).elements())
            print(path, "sections", len(off[1]), "->", len(on[1]), "added", added, "gone", gone)
    print(
        f"{len(files)} files: text changed {changed_text}, section titles changed {changed_titles}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
