"""Structure and clean-text quality against the gold standard of tests/data.

    .venv/bin/python bench/eval_structure.py             # all texts, one table
    .venv/bin/python bench/eval_structure.py --only pg2701 hamlet --details

For every text of ``tests/data/structure_gold.json`` (the 32 books of
../shared/data and the Shakespeare texts of defaults/shakespeare/texts), the
text goes through what the pipeline does (normalize, boilerplate, unwrap, find
sections); each heading is traced back to its line in the source file. Reported
per text:

* per gold level (part, book, chapter, act, scene): gold count, headings found
  on gold lines at the level most of them got, headings at that level, exact
  (both equal the gold count);
* precision: headings on gold or optional lines / all headings; recall: gold
  lines with a heading / gold lines; headings inside contents lists;
* titles: the gold's first titles appear, in order, among the section titles;
* boilerplate: lines of the gold's boilerplate ranges (and page markers) still
  in the clean text; newlines between two CJK characters that the source did
  not lay out as a break (wraps left; see ``_cjk_newlines``).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# --code DIR evaluates another checkout's transforms (e.g. main, before this
# work) against the same gold; code without a cleaning stage runs on the
# normalized text.
CODE = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else REPO
sys.path.insert(0, CODE)

from transforms.normalize import normalize_text  # noqa: E402
from transforms.sections import find_sections  # noqa: E402

if os.path.exists(os.path.join(CODE, "transforms", "clean.py")):
    from transforms.clean import CleanConfig, clean_text
    from transforms.unwrap import UnwrapConfig
else:  # code from before the cleaning stage

    class _Same:
        def to_source(self, offsets):
            return np.asarray(offsets, dtype=np.int64)

    class CleanConfig:  # noqa: D101 - stands in for the missing one
        def __init__(self, **_):
            pass

    def UnwrapConfig(**_):  # noqa: N802
        return None

    def clean_text(text, config=None):
        from types import SimpleNamespace

        return SimpleNamespace(text=text, cuts=[], to_input=_Same(), not_prose=None)


GOLD = os.path.join(REPO, "tests", "data", "structure_gold.json")
DATA = os.path.join(REPO, "..", "shared", "data")
SHAKESPEARE = os.path.join(REPO, "defaults", "shakespeare", "texts")
_CJK_NEWLINE = re.compile(r"[\u3400-\u9fff]\n[\u3400-\u9fff]")
_LAYOUT = " \t\u3000"
_PAGE_MARKER = re.compile(r"-{3,} ?Page \d+ ?-{3,}")


def source_path(name: str) -> str:
    if name.startswith("shakespeare/"):
        return os.path.join(SHAKESPEARE, name.split("/", 1)[1])
    return os.path.join(DATA, name)


def _cjk_newlines(text: str, cleaned, heading_starts: set) -> int:
    """Newlines between two CJK characters of the clean text that look like wraps
    left: not before a heading line (it ends a paragraph), and without layout at
    that break in the source (the indentation or trailing spaces that rule
    ``cjk_line_edges`` takes away mark a paragraph or a kept line)."""
    at = [m.start() + 1 for m in _CJK_NEWLINE.finditer(cleaned.text)]
    at = [p for p in at if p + 1 not in heading_starts]
    if not at:
        return 0
    source = cleaned.to_input.to_source(at)
    return sum(
        1
        for s in np.asarray(source).tolist()
        if text[s - 1] not in _LAYOUT and text[s + 1] not in _LAYOUT
    )


def evaluate(name: str, gold: dict, config: CleanConfig | None = None) -> dict:
    """Everything the table reports for one text (see module docstring)."""
    with open(source_path(name), encoding="utf-8") as f:
        text = normalize_text(f.read())
    cleaned = clean_text(text, config or CleanConfig())
    sections, headings = find_sections(cleaned.text)
    heading_starts = {h.start for h in headings}
    newlines = np.flatnonzero(np.frombuffer(text.encode("utf-32-le"), np.uint32) == 10)
    starts = cleaned.to_input.to_source([h.start for h in headings])
    lines = (np.searchsorted(newlines, starts, side="right") + 1).tolist()
    # The sections opened by headings are the last len(headings) ones.
    opened = sections[len(sections) - len(headings) :]
    predicted = [(line, s.level, s.title) for line, s in zip(lines, opened, strict=True)]

    by_line = collections.defaultdict(list)
    for line, level, _ in predicted:
        by_line[line].append(level)
    gold_lines = set().union(*map(set, gold["levels"].values()))
    optional = set(gold.get("optional", ()))
    levels, taken = {}, set()
    for kind, kind_lines in gold["levels"].items():  # top kinds first (act before scene)
        found_levels = collections.Counter(
            lv for ln in kind_lines for lv in by_line.get(ln, ()) if lv not in taken
        )
        level = found_levels.most_common(1)[0][0] if found_levels else None
        taken.add(level)
        found = sum(1 for ln in kind_lines if level in by_line.get(ln, ()))
        # Front and back matter (optional lines) may share the level.
        at_level = sum(1 for ln, lv, _ in predicted if lv == level and ln not in optional)
        levels[kind] = {
            "gold": len(kind_lines),
            "found": found,
            "at_level": at_level,
            "level": level,
            "exact": found == at_level == len(kind_lines),
        }
    matched = sum(1 for ln, _, _ in predicted if ln in gold_lines or ln in optional)
    in_contents = sum(
        1 for ln, _, _ in predicted for a, b in gold.get("contents", ()) if a < ln <= b
    )
    titles = [" ".join(t.split()) for _, _, t in predicted]
    expected, pos = gold.get("titles", []), 0
    for want in expected:
        while pos < len(titles) and titles[pos] != want:
            pos += 1
        pos += 1
    raw_lines = text.split("\n")
    inside = set()
    for a, b in gold.get("boilerplate", ()):
        inside.update(range(a - 1, b))
    # A boilerplate line is left when the clean text holds it more often than
    # the book outside the boilerplate does (notes quote corrected passages).
    outside = " ".join(" ".join(ln.split()) for i, ln in enumerate(raw_lines) if i not in inside)
    squashed = " ".join(cleaned.text.split())
    left = 0
    for i in sorted(inside):
        ln = " ".join(raw_lines[i].split())
        if sum(ch.isalnum() for ch in ln) >= 8 and squashed.count(ln) > outside.count(ln):
            left += 1
    return {
        "levels": levels,
        "headings": len(predicted),
        "precision": matched / len(predicted) if predicted else 1.0,
        "recall": sum(1 for ln in gold_lines if ln in by_line) / len(gold_lines)
        if gold_lines
        else 1.0,
        "in_contents": in_contents,
        "titles_ok": pos <= len(titles),
        "boilerplate_left": left + len(_PAGE_MARKER.findall(cleaned.text)),
        "cjk_newlines": _cjk_newlines(text, cleaned, heading_starts),
        "not_prose": cleaned.not_prose,
        "predicted": predicted,
    }


def summarize(paths: list[str], config: CleanConfig) -> int:
    """Sections per level, boilerplate cut and the first titles of each file."""
    print("| file | characters cut (rules) | sections per level | first titles |")
    print("|---|---|---|---|")
    for path in paths:
        with open(path, "rb") as f:
            text = normalize_text(f.read().decode("utf-8", errors="replace"))
        cleaned = clean_text(text, config)
        sections, _ = find_sections(cleaned.text)
        levels = collections.Counter(s.level for s in sections if s.level)
        rules = sorted({e.rule for e in cleaned.cuts})
        cut = sum(e.end - e.start for e in cleaned.cuts)
        titles = "; ".join(s.title[:30] for s in sections if s.level)[:160]
        print(
            f"| {os.path.basename(path)} | {cut} ({', '.join(rules)}) | "
            f"{dict(sorted(levels.items()))} | {titles} |"
        )
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="texts whose name contains one of these")
    parser.add_argument("--details", action="store_true", help="list headings that miss")
    parser.add_argument("--code", default=REPO, help="checkout whose transforms to evaluate")
    parser.add_argument(
        "--keep-line-breaks", action="store_true", help="structure on the raw layout (no unwrap)"
    )
    parser.add_argument(
        "--summary",
        nargs="+",
        metavar="FILE",
        help="no gold: print the sections found per level in these text files",
    )
    args = parser.parse_args(argv)
    config = CleanConfig(unwrap=UnwrapConfig(enabled=not args.keep_line_breaks))
    if args.summary:
        return summarize(args.summary, config)
    with open(GOLD, encoding="utf-8") as f:
        gold = json.load(f)["texts"]
    names = [n for n in gold if not args.only or any(o in n for o in args.only)]
    missing = [n for n in names if not os.path.exists(source_path(n))]
    if missing:
        print(f"texts not found ({len(missing)}), e.g. {source_path(missing[0])}", file=sys.stderr)
        return 2
    print("| text | level: gold / found / at level | exact | headings | precision | recall "
          "| in contents | titles | boilerplate left | CJK newlines |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|")
    totals = collections.Counter()
    for name in names:
        r = evaluate(name, gold[name], config)
        cells = "; ".join(
            f"{k} {v['gold']}/{v['found']}/{v['at_level']}" for k, v in r["levels"].items()
        )
        exact = all(v["exact"] for v in r["levels"].values())
        book = not name.startswith("shakespeare/")
        chapter = r["levels"].get("chapter")
        totals["texts"] += 1
        totals["exact"] += exact
        totals["books"] += book
        totals["books_chapter_exact"] += book and chapter is not None and chapter["exact"]
        plays = {"act", "scene"} <= set(r["levels"])
        totals["plays"] += plays
        totals["plays_exact"] += plays and exact
        totals["in_contents"] += r["in_contents"]
        totals["boilerplate_left"] += r["boilerplate_left"]
        totals["cjk_newlines"] += r["cjk_newlines"]
        totals["titles_ok"] += r["titles_ok"]
        print(
            f"| {name.split('/')[-1]} | {cells} | {'yes' if exact else '**no**'} | "
            f"{r['headings']} | {r['precision']:.3f} | {r['recall']:.3f} | {r['in_contents']} | "
            f"{'ok' if r['titles_ok'] else '**no**'} | {r['boilerplate_left']} | "
            f"{r['cjk_newlines']} |"
        )
        if args.details:
            g = gold[name]
            lines = set().union(*map(set, g["levels"].values())) | set(g.get("optional", ()))
            extra = [(ln, lv, t) for ln, lv, t in r["predicted"] if ln not in lines]
            got = {ln for ln, _, _ in r["predicted"]}
            miss = sorted(ln for v in g["levels"].values() for ln in v if ln not in got)
            print(f"    extra headings: {extra[:15]}")
            print(f"    missed gold lines: {miss[:15]}")
    print()
    print(
        f"texts {totals['texts']}, exact at every level {totals['exact']}; books exact at "
        f"chapter level {totals['books_chapter_exact']} of {totals['books']}; plays with acts "
        f"and scenes exact {totals['plays_exact']} of {totals['plays']}; titles ok "
        f"{totals['titles_ok']}; headings inside contents lists {totals['in_contents']}; "
        f"boilerplate lines left {totals['boilerplate_left']}; newlines between CJK "
        f"characters {totals['cjk_newlines']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
