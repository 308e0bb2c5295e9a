"""Both sides in one run (session 31): ``transforms.epub_running_heads`` (clauses
``book_title_running_head``, ``label_over_heading``) and ``transforms.epub_imprint``'s
``ad_page`` switched off, then on, over the EPUB files given; per book whose text or
sections change: the sections added and gone; totals over the books that change, and how many of their sections are labels of the
book's own toc (NCX/nav) on each side.

    .venv/bin/python bench/epub_chinese_s31_ab.py '/tmp/wtE30b/epubs/*.epub'
"""

from __future__ import annotations

import glob
import io
import re
import sys
import zipfile
from collections import Counter

sys.path.insert(0, ".")

from schemas import Document  # noqa: E402
from transforms import epub, epub_imprint  # noqa: E402
from transforms.clean import clean_text  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.structure import analyze_text  # noqa: E402

ON = {
    "without_running_heads": epub.without_running_heads,
    "ad_page": epub_imprint.ad_page,
}
OFF = {
    "without_running_heads": lambda text, marks, title: marks,
    "ad_page": lambda text: False,
}


def _switch(side: dict) -> None:
    epub.without_running_heads = side["without_running_heads"]
    epub_imprint.ad_page = side["ad_page"]


def _read(data: bytes):
    doc = epub.book_in(data, "b", "b", 10**8)
    return (doc.text, doc.markup_headings) if isinstance(doc, Document) else None


def _run(read) -> tuple[str, list[str]]:
    text = clean_text(normalize_text(read[0])).text
    return text, [s.title for s in analyze_text(text, markup=read[1]).sections if s.title]


def main(patterns: list[str]) -> None:
    files = sorted(p for pat in patterns for p in glob.glob(pat))
    totals = Counter()
    for path in files:
        data = open(path, "rb").read()
        _switch(OFF)
        off = _read(data)
        _switch(ON)
        on = _read(data)
        if off is None or on is None:
            continue
        totals["books"] += 1
        if off == on:  # the same text and marks: the same sections
            continue
        off, on = _run(off), _run(on)
        toc = {re.sub(r"\s+", "", t) for t in epub.read_epub(zipfile.ZipFile(io.BytesIO(data))).toc}
        totals["books_changed"] += 1
        for side, (_, titles) in (("before", off), ("after", on)):
            totals[side] += len(titles)
            totals[side + "_in_toc"] += sum(re.sub(r"\s+", "", t) in toc for t in titles)
        if off[0] != on[0]:
            totals["text_changed"] += 1
            print(path, "text", len(off[0]), "->", len(on[0]))
        if off[1] != on[1]:
            totals["sections_changed"] += 1
            added = list((Counter(on[1]) - Counter(off[1])).elements())
            gone = list((Counter(off[1]) - Counter(on[1])).elements())
            print(
                path,
                "sections",
                len(off[1]),
                "->",
                len(on[1]),
                "added",
                added[:20],
                "gone",
                gone[:20],
            )
    print(dict(totals))


if __name__ == "__main__":
    main(sys.argv[1:])
