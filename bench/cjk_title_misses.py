"""Missed numbered chapter titles (session 32; the count of session 31's wtE2 record,
whose script was not kept): each text is cleaned (normalize_text + clean_text) and
analysed, and every line of at most 60 characters that opens with 第 + a number +
章/节/回/卷 and starts no section title is printed, with the totals.

    .venv/bin/python bench/cjk_title_misses.py '/tmp/wtD32/u8/*.txt'
"""

from __future__ import annotations

import glob
import re
import sys

sys.path.insert(0, ".")

from bench.cjk_titles_s29_ab import _read  # noqa: E402
from transforms.clean import clean_text  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.structure import analyze_text  # noqa: E402

_NUMBERED = re.compile(
    r"^[ \t\u3000]*(第[0-9０-９零〇一二两三四五六七八九十百千万]{1,9}[章节回卷][^\n]{0,60})$", re.M
)


def _found(key: str, titles: set[str]) -> bool:
    return any(t.startswith(key) or key.startswith(t) for t in titles)


def misses(raw: str) -> tuple[int, list[str]]:
    """(numbered lines, those that start no section title) of one raw text."""
    cleaned = clean_text(normalize_text(raw))  # the cut "#" marks go back, as in the pipeline
    text = cleaned.text
    sections = analyze_text(text, markup=cleaned.markup_headings).sections
    titles = {"".join(s.title.split()) for s in sections} - {""}
    lines = [m.group(1).strip() for m in _NUMBERED.finditer(text)]
    missed = [ln for ln in lines if not _found("".join(ln.split()), titles)]
    return len(lines), missed


def main(patterns: list[str]) -> None:
    files = sorted(p for pat in patterns for p in glob.glob(pat))
    total = missed_total = 0
    for path in files:
        n, missed = misses(_read(path))
        total, missed_total = total + n, missed_total + len(missed)
        for line in missed:
            print(path, repr(line))
    print(f"{len(files)} files: {total} numbered lines, {missed_total} no section title")


if __name__ == "__main__":
    main(sys.argv[1:])
