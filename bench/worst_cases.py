"""Worst-case inputs through the text stages, two versions of the code side by side.

    .venv/bin/python bench/worst_cases.py --baseline /tmp/base41 [--chars 200000] [--cases a,b]

Each case is built from real text (the first book of ``../shared/data/en_gutenberg`` and
of ``zh_classics``): one line with no newline, a book with no sentence marks, CJK with no
marks at all, a text of one heading over and over ("CHAPTER I"), one repeated character,
a long URL, scripts alternating every character, NUL bytes, blank lines only, and short
Han lines set apart (a table's rows: the lines rule ``cjk_sequence_titles`` reads). Session 43's
runs of one character inside real text with no match after them are not in the default
list: ``--cases space_run,leader_run,dot_leader_run --chars 8000``. Each
runs at ``--chars`` and twice that through normalize -> clean -> ``analyze_text`` in a
fresh process per version (imports warmed up first); the table gives process CPU
seconds at the larger size, the growth (CPU at 2x / CPU at 1x: about 2 is linear, 4
quadratic) and the ratio baseline / ours. A case over ``--limit`` seconds or ``--memory`` GB of
address space (session 52) is cut (shown as ">limit"). ``numbered_log`` (session 52): a
numbered log, each number on 5 lines, then 5 lines of the book (page chains sharing tails).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data")

WORKER = r"""
import glob, json, os, re, resource, signal, sys, time
sys.path.insert(0, sys.argv[1])
from transforms.normalize import normalize_text
from transforms.clean import clean_text
from transforms.structure import analyze_text
analyze_text("Warm up: imports load here. 热身。"); clean_text("Warm up. 热身。")
data, chars, limit, names = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5].split(",")
memory = int(sys.argv[6]) << 30  # session 52: a case past --memory GB is cut too
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
en = open(sorted(glob.glob(os.path.join(data, "en_gutenberg", "*.txt")))[0], encoding="utf-8").read()
zh = open(sorted(glob.glob(os.path.join(data, "zh_classics", "*.txt")))[0], encoding="utf-8").read()
marks = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]")
han = marks.sub("", zh)
enl = [x for x in en.splitlines() if x.strip()]
def fit(unit, n):
    return (unit * (n // max(len(unit), 1) + 1))[:n]
def rows(n):  # 19-character rows between blank lines, at most 40 (base41: 2^18 steps each)
    k = min(40, n // 21)
    return "".join(han[19 * i : 19 * i + 19] + "\n\n" for i in range(k)) + fit(han, n - 21 * k)
CASES = {
    "one_line": lambda n: fit(" ".join(en.split()) + " ", n),
    "no_sentence_marks": lambda n: fit(re.sub(r"[.!?;:,]", "", en), n),
    "cjk_no_marks": lambda n: fit(han, n),
    "only_headings": lambda n: fit("CHAPTER I\n\n", n),
    "one_character": lambda n: "a" * n,
    "long_url": lambda n: "See http://example.com/" + fit("a/b-", n) + " now.",
    "mixed_scripts": lambda n: "".join(a + b for a, b in zip(fit(" ".join(en.split()), n // 2), fit(han, n // 2))),
    "nul_bytes": lambda n: fit(en, n).replace("e", "\x00"),
    "blank_lines": lambda n: "Word.\n" + "\n" * n + "End.",
    "han_rows": rows,
    # session 43: a run of one character with no match after it, inside real text
    "space_run": lambda n: en[20000:22000] + "\n\nBegin " + " " * n + " end.\n",
    "leader_run": lambda n: zh[:2000] + "\n\n她望着窗外" + "…" * n + "一句话也没有说。\n",
    "dot_leader_run": lambda n: en[20000:22000] + "\n\nContents" + " ." * (n // 2) + "\n",
    # session 52: a numbered log, each number on 5 lines then 5 lines of the book: the
    # page rule's chains share their tails (base52: O(n^2) lists, past 10 GB)
    "numbered_log": lambda n: fit("".join(f"{g} entries logged.\n" * 5 + "\n".join(enl[5 * g : 5 * g + 5]) + "\n" for g in range(1, 3000)), n),
}
class Cut(Exception):
    pass
def alarm(*a):
    raise Cut()
signal.signal(signal.SIGALRM, alarm)
out = {}
for name in names:
    row = {}
    for n in (chars, 2 * chars):
        text = CASES[name](n)
        signal.alarm(limit)
        c0 = time.process_time()
        try:
            cleaned = clean_text(normalize_text(text)).text
            if cleaned.strip():
                analyze_text(cleaned)
            row[n] = time.process_time() - c0
        except (Cut, MemoryError):
            row[n] = None
        finally:
            signal.alarm(0)
        if row[n] is None:
            break
    out[name] = [row.get(chars), row.get(2 * chars)]
print(json.dumps(out))
"""
CASES = (
    "one_line,no_sentence_marks,cjk_no_marks,only_headings,one_character,long_url,"
    "mixed_scripts,nul_bytes,blank_lines,han_rows,numbered_log"
)


def run(code_dir: str, chars: int, limit: int, cases: str, memory: int = 4) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", WORKER, code_dir, DATA, str(chars), str(limit), cases, str(memory)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _cell(seconds: float | None, limit: int) -> str:
    return f">{limit}" if seconds is None else f"{seconds:.2f}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", required=True, help="checkout of the code to compare with")
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--limit", type=int, default=120, help="seconds before a case is cut")
    parser.add_argument("--cases", default=CASES)
    parser.add_argument(
        "--memory", type=int, default=4, help="GB of address space before a case is cut"
    )
    args = parser.parse_args(argv)
    base = run(os.path.abspath(args.baseline), args.chars, args.limit, args.cases, args.memory)
    ours = run(REPO, args.chars, args.limit, args.cases, args.memory)
    print(f"load {os.getloadavg()[0]:.1f}; CPU seconds at {2 * args.chars:,} characters")
    print("| case | baseline | growth | ours | growth | ours chars/s | baseline / ours |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in args.cases.split(","):
        (b1, b2), (o1, o2) = base[name], ours[name]
        growth = [f"{y / x:.1f}" if x and y else "-" for x, y in ((b1, b2), (o1, o2))]
        rate = f"{2 * args.chars / o2:,.0f}" if o2 else "-"
        ratio = f"{b2 / o2:.2f}" if b2 and o2 else (f">{args.limit / o2:.0f}" if o2 else "-")
        print(
            f"| {name} | {_cell(b2, args.limit)} | {growth[0]} "
            f"| {_cell(o2, args.limit)} | {growth[1]} | {rate} "
            f"| {ratio} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
