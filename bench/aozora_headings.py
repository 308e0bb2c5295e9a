"""Japanese book structure against a gold for free: Aozora Bunko's heading notes.

    .venv/bin/python bench/aozora_headings.py pick GITDIR OUT_DIR [--seed 27 --n 80]
    .venv/bin/python bench/aozora_headings.py measure DIR [--code CHECKOUT ...] [--show N]

Aozora Bunko originals (GitHub ``aozorahack/aozorabunko_text``, Shift_JIS) carry the
typist's notes "［＃「第一章」は大見出し］" (also 中見出し, 小見出し, and the 同行/窓
forms, and the enclosed "［＃中見出し］一［＃中見出し終わり］"): each names a heading of the book, so a book's notes are its true sections.
``measure`` reads every ``*.txt`` of DIR as the pipeline does (cp932 -> normalize ->
``clean_text`` -> ``analyze_text``, as ``bench/snapshot.py``; rule ``aozora_markup``
cuts the notes, so the pipeline never sees them) and counts per book: true headings,
sections found, found ones that are right (title equal to a note's after NFKC and with
spaces, ruby and notes taken out; each note matched once; or to two notes in a row, see
``score``), precision (right / found) and recall (notes matched / notes), and
recall by note level (大/中/小), then totals. ``--code`` (repeatable) runs another
checkout's transforms in the same run, one column each, for before/after. ``--mode``:
``inference`` (default) cuts the heading notes before the text reaches the pipeline, so
it measures the inferred structure; ``notes`` keeps them (a text with notes takes its
sections from them, clause ``aozora_sections`` of ``transforms.aozora_headings``).

``pick`` takes the fixed sample: every ``.txt`` of 50-800 KB at HEAD of the git
directory (the ``fetch`` tool's mirror) that holds a heading note, sorted by path, then
``random.Random(seed).sample(.., n)``; written to OUT_DIR as CARD_NAME.txt (raw bytes).
Runs in two processes; 80 books take about a minute per checkout.
"""

from __future__ import annotations

import argparse
import collections
import glob
import os
import random
import re
import subprocess
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The quoted heading may hold gaiji notes ("※［＃…］") but never crosses a note's end: an
# image note "［＃「第1章図1」のキャプション付きの図…入る］" before a heading is no part of it.
NOTE = re.compile(r"［＃「((?:[^」［］]|［＃[^］]*］)+)」は(同行|窓)?([大中小])見出し］")
# Review (session 27): the notes' other form encloses the heading, "［＃中見出し］一［＃中見出し
# 終わり］", "［＃同行大見出し］憂悶［＃同行大見出し終わり］", also over lines ("［＃ここから大見出し］"
# .. "［＃ここで大見出し終わり］"): 129 of the sample's 3,480 headings, 14 of its 80 books.
ENCLOSED = re.compile(
    r"［＃(?:ここから)?(同行|窓)?([大中小])見出し］(.*?)［＃(?:ここで)?(?:同行|窓)?[大中小]見出し終わり］",
    re.DOTALL,
)
# Mode "inference" (the default): the heading notes are cut from the text before it reaches
# the pipeline, which must then infer the headings (session 29: a text with notes takes its
# sections from them, clause aozora_sections); mode "notes" gives the pipeline the notes.
HEADING_NOTES = re.compile(
    r"［＃「(?:[^」［］]|［＃[^］]*］)+」は(?:同行|窓)?[大中小]見出し］"
    r"|［＃(?:ここから|ここで)?(?:同行|窓)?[大中小]見出し(?:終わり)?］"
)
RUBY = re.compile(r"《[^》]*》|｜|［＃[^］]*］")


def _norm(title: str) -> str:
    title = unicodedata.normalize("NFKC", RUBY.sub("", title))
    return re.sub(r"\s+", "", title)


def gold(raw: str) -> list[tuple[str, str]]:
    """(normalized title, level 大/中/小) of every heading note, in text order; the
    level of a 同行 note (a run-in heading: the rest of its line is no part of it, "一月
    六日" of "一月六日（木曜）", 七月二十二日" of "七月二十二日　曇、晴") is marked "同" + level."""
    notes = [(m.start(), m.group(1), m.group(2), m.group(3)) for m in NOTE.finditer(raw)]
    notes += [(m.start(), m.group(3), m.group(1), m.group(2)) for m in ENCLOSED.finditer(raw)]
    return [
        (_norm(title), ("同" if form == "同行" else "") + level)
        for _, title, form, level in sorted(notes)
    ]


def _init(code: str, mode: str = "inference") -> None:
    global MODE
    MODE = mode
    sys.path.insert(0, code)


MODE = "inference"


def _one(path: str) -> tuple[str, list[tuple[str, str]], list[tuple[str, int]]]:
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text
    from transforms.structure import analyze_text

    with open(path, "rb") as f:
        raw = f.read().decode("cp932", errors="replace")
    text = normalize_text(HEADING_NOTES.sub("", raw) if MODE == "inference" else raw)
    cleaned = clean_text(text)
    found: list[tuple[str, int]] = []
    if cleaned.text.strip():
        marks = getattr(cleaned, "markup_headings", ())  # an older checkout has none
        st = analyze_text(cleaned.text, fortune_entries=cleaned.fortune_entries, markup=marks)
        found = [(s.title, s.level) for s in st.sections if s.title]
    return os.path.basename(path), gold(raw), found


NUMBER_LED = re.compile(r"[第0-9〇一二三四五六七八九十百上中下前後]")


def _same(true: str, found: str) -> bool:
    """Equal titles; a gaiji "※" of the note's title (its description cut) matches the
    character the pipeline wrote for it (clause aozora_gaiji: "輪※と轉生" is "輪𢌞と轉生")."""
    if true == found:
        return True
    return (
        "※" in true
        and len(true) == len(found)
        and all(a == b or a == "※" for a, b in zip(true, found, strict=True))
    )


def score(true: list[tuple[str, str]], found: list[tuple[str, int]]) -> dict:
    """Counts for one book. A found title is right when it equals a note not matched yet,
    or two notes in a row ("第1章" over "説明と弁解": a chapter and its title line), unless the
    second opens with a number or a part word ("上編" + "一の一" glued is wrong)."""
    free = [True] * len(true)
    right, wrong, pending = 0, [], []
    for title, _ in found:
        key = _norm(title)
        k = next((k for k, (t, _) in enumerate(true) if free[k] and _same(t, key)), None)
        if k is None:  # session 28: a run-in heading's line opens with its note
            k = next(
                (
                    k
                    for k, (t, lv) in enumerate(true)
                    if free[k] and lv[0] == "同" and len(key) > len(t) and key.startswith(t)
                ),
                None,
            )
        if k is None:
            pending.append(key)
            continue
        free[k] = False
        right += 1
    for key in pending:
        k = next(
            (
                k
                for k in range(len(true) - 1)
                if free[k]
                and free[k + 1]
                and true[k][0] + true[k + 1][0] == key
                and not NUMBER_LED.match(true[k + 1][0])
            ),
            None,
        )
        if k is None:
            wrong.append(key)
            continue
        free[k] = free[k + 1] = False
        right += 1
    missed = collections.Counter(level[-1] for (_, level), f in zip(true, free, strict=True) if f)
    return {
        "true": len(true),
        "found": len(found),
        "right": right,
        "wrong": wrong,
        "levels": collections.Counter(level[-1] for _, level in true),
        "missed": missed,
        "missed_titles": [t for (t, _), f in zip(true, free, strict=True) if f],
    }


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}" if b else "-"


def measure(folder: str, codes: list[str], show: int, jobs: int, mode: str = "inference") -> None:
    paths = sorted(glob.glob(os.path.join(folder, "*.txt")))
    runs = {}
    for code in codes:
        with ProcessPoolExecutor(jobs, initializer=_init, initargs=(code, mode)) as pool:
            runs[code] = {name: score(t, f) for name, t, f in pool.map(_one, paths)}
    names = [os.path.basename(p) for p in paths]
    print(
        "book | true | "
        + " | ".join(f"found/right ({os.path.basename(c.rstrip('/'))})" for c in codes)
    )
    for name in names:
        cells = [f"{runs[c][name]['found']}/{runs[c][name]['right']}" for c in codes]
        print(f"{name} | {runs[codes[0]][name]['true']} | " + " | ".join(cells))
    for code in codes:
        books = runs[code].values()
        true = sum(b["true"] for b in books)
        found = sum(b["found"] for b in books)
        right = sum(b["right"] for b in books)
        levels = sum((b["levels"] for b in books), collections.Counter())
        missed = sum((b["missed"] for b in books), collections.Counter())
        per = ", ".join(
            f"{lv} {_pct(levels[lv] - missed[lv], levels[lv])}% of {levels[lv]}"
            for lv in "大中小"
            if levels[lv]
        )
        exact = sum(1 for b in books if b["right"] == b["found"] and not b["missed"])
        print(
            f"\n{code}: {len(names)} books, true {true}, found {found}, right {right}; "
            f"precision {_pct(right, found)}%, recall {_pct(true - sum(missed.values()), true)}% ({per}); "
            f"books exact {exact}"
        )
        if show:  # a pair of notes matched by one title counts one found, two true
            for name in names:
                b = runs[code][name]
                if b["wrong"] or b["missed_titles"]:
                    print(f"  {name}: wrong {b['wrong'][:show]} missed {b['missed_titles'][:show]}")


def pick(gitdir: str, out: str, seed: int, n: int) -> None:
    tree = subprocess.run(
        ["git", "-C", gitdir, "ls-tree", "-r", "-l", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rows = []
    for line in tree.splitlines():
        meta, path = line.split("\t", 1)
        _, kind, sha, size = meta.split()
        if kind == "blob" and path.endswith(".txt") and 51200 <= int(size) <= 819200:
            rows.append((path, sha))
    with_notes = []
    for path, sha in sorted(rows):
        raw = subprocess.run(
            ["git", "-C", gitdir, "cat-file", "blob", sha], capture_output=True, check=True
        ).stdout
        if NOTE.search(raw.decode("cp932", errors="replace")):
            with_notes.append((path, raw))
    os.makedirs(out, exist_ok=True)
    for path, raw in random.Random(seed).sample(with_notes, n):
        name = path.split("/")[1] + "_" + os.path.basename(path)
        with open(os.path.join(out, name), "wb") as f:
            f.write(raw)
    print(f"{len(rows)} texts of 50-800 KB, {len(with_notes)} with heading notes, {n} -> {out}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pick")
    p.add_argument("gitdir")
    p.add_argument("out")
    p.add_argument("--seed", type=int, default=27)
    p.add_argument("--n", type=int, default=80)
    m = sub.add_parser("measure")
    m.add_argument("folder")
    m.add_argument("--code", action="append", default=[])
    m.add_argument(
        "--show", type=int, default=0, help="list up to N wrong and missed titles per book"
    )
    m.add_argument("--jobs", type=int, default=2)
    m.add_argument(
        "--mode",
        choices=("inference", "notes"),
        default="inference",
        help="inference: heading notes cut before the pipeline (default); notes: kept",
    )
    args = parser.parse_args(argv)
    if args.cmd == "pick":
        pick(args.gitdir, args.out, args.seed, args.n)
    else:
        measure(args.folder, args.code or [REPO], args.show, args.jobs, args.mode)
    return 0


if __name__ == "__main__":
    sys.exit(main())
