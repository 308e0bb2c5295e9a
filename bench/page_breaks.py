"""Where rule ``page_furniture``'s lone-number cuts stand against the real page breaks.

    .venv/bin/python bench/page_breaks.py FILE_LIST [--show N] [--code /work/main]

FILE_LIST: a file naming pdftotext outputs (plain or ``-layout``), one path a line or
separated by spaces. pdftotext ends each page with a form feed; ``normalize_text``
removes it before the boilerplate stage, so ``page_furniture`` reads the pages from
the numbers alone. This script reads the breaks from the raw file and sorts each lone
number line (digits only, at most 4) of the normalized text into cut/kept by the rule
x near/far from a page break (near: among the first or last 3 non-blank lines of a
page). Most page numbers stand near a break; a lone number cut far from every break
is most often not one (a footnote mark or note number, a contents list's chapter
number, a code listing's line number), but a folio under a head block of 3 lines or
more is far too (KOMA-Script's jurabook manual, plain pdftotext: "JURABOOK" / "3" /
"3.3" / "23" at a page's top): the far cuts are lines to read, not all wrong cuts;
``--near`` widens the window (4: 616 far cuts of the 3,082-text check -> 407);
``--given`` hands the rule the breaks (clause ``page_break_evidence``). Files
with fewer than 3 form feeds, or whose line count normalization changes, are skipped.
Nothing is written.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import sys

NEAR = 2  # non-blank lines between a page line and its page break, at most


def _cut_lines(text: str, edits) -> set[int]:
    """Indexes of the lines of ``text`` that ``edits`` remove whole."""
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    out = set()
    for e in edits:
        i = bisect.bisect_left(starts, e.start)
        while i < len(starts) - 1 and starts[i + 1] - 1 <= e.end:
            out.add(i)
            i += 1
    return out


def classify(raw: str, normalize_text, page_furniture, near_lines: int = NEAR, given=None):
    """(counts, far cuts) for one raw pdftotext text, or None when it cannot be read;
    near: at most ``near_lines`` non-blank lines from a page break; ``given``: a
    function of (raw, text) whose breaks the rule is handed (clause
    ``page_break_evidence``), None: the rule reads the numbers alone."""
    if raw.count("\f") < 3:
        return None
    raw_lines = raw.split("\n")
    text = normalize_text(raw)
    lines = text.split("\n")
    if len(lines) != len(raw_lines):
        return None
    filled = [i for i, line in enumerate(lines) if line.strip()]
    breaks = sorted(
        bisect.bisect_left(filled, i) for i, line in enumerate(raw_lines) if line.startswith("\f")
    )
    edits = page_furniture(text, given(raw, text)) if given else page_furniture(text)
    cut = _cut_lines(text, edits)
    counts: collections.Counter = collections.Counter()
    far = []
    for rank, i in enumerate(filled):
        s = lines[i].strip()
        if not (s.isdigit() and len(s) <= 4):
            continue
        k = bisect.bisect_right(breaks, rank)
        after = rank - breaks[k - 1] if k else len(filled)
        before = breaks[k] - rank - 1 if k < len(breaks) else len(filled)
        near = min(after, before) <= near_lines
        key = ("cut" if i in cut else "kept") + (" near" if near else " far")
        counts[key] += 1
        if key == "cut far":
            far.append((i, s, min(after, before)))
    return counts, far


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file_list")
    ap.add_argument("--show", type=int, default=0, help="print N far cuts in context")
    ap.add_argument("--code", default=".", help="checkout whose transforms to run")
    ap.add_argument("--near", type=int, default=NEAR, help="near: at most N lines from a break")
    ap.add_argument("--given", action="store_true", help="hand the rule the breaks")
    args = ap.parse_args(argv)
    sys.path.insert(0, args.code)
    from transforms.normalize import normalize_text
    from transforms.page_furniture import page_furniture

    total: collections.Counter = collections.Counter()
    per_file: collections.Counter = collections.Counter()
    shown = files = 0
    with open(args.file_list, encoding="utf-8") as f:
        paths = f.read().split()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            raw = f.read()
        given = None
        if args.given:
            from transforms.page_breaks import page_break_lines as given
        res = classify(raw, normalize_text, page_furniture, args.near, given)
        if res is None:
            continue
        files += 1
        counts, far = res
        total.update(counts)
        per_file[path] += len(far)
        lines = normalize_text(raw).split("\n")
        for i, s, d in far:
            if shown < args.show:
                shown += 1
                ctx = [x.strip()[:40] for x in lines[max(0, i - 3) : i] if x.strip()][-1:]
                aft = [x.strip()[:40] for x in lines[i + 1 : i + 4] if x.strip()][:1]
                print(f"  {path.split('/')[-1][:32]:32} {i:6} {d:3} {ctx} [{s}] {aft}")
    print(f"files {files}: " + ", ".join(f"{k} {total[k]}" for k in sorted(total)))
    for path, n in per_file.most_common(15):
        if n:
            print(f"  {n:5}  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
