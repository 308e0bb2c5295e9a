"""A labelled sample of sentence boundaries after the abbreviations of technical text.

    .venv/bin/python bench/sentence_tech.py draw DIR bench/sentence_labels_tech22.tsv
    .venv/bin/python bench/sentence_tech.py score bench/sentence_labels_tech22.tsv

``draw`` reads the ``.py`` files under DIR (the unpacked statsmodels 0.15.0 and
scikit-learn 1.9.1 wheels from PyPI: their docstrings and comments cite papers), splits
them into paragraphs (blank lines; each line's indentation dropped), finds "Eq." "Sec."
"Ref." "Vol." "No." "pp." "cf." "et al." ... followed by a space and a token, and draws
with seed "22-tech" ``--per`` distinct contexts (90 characters before, 60 after, "|" at
the position after the abbreviation's space) from each stratum: ``S``, where the code put
a sentence start at drawing time, ``U``, where it did not. The label (``1``: a sentence
starts at "|") is filled in by a person. ``score`` recomputes the starts of each
context alone (the context, newlines restored, is the text) and prints, per stratum,
the labelled rows and the code's agreement, and precision/recall of the starts weighed
by the strata's populations.
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

ABBR = (
    r"(?:Eqs?|Eqns?|Secs?|Sect|Refs?|Figs?|Tab|App|Chap|Ch|Vol|No|pp|cf|al|resp|approx"
    r"|Thm|Lem|Prop|Def|Cor|Ex)"
)
_FOUND = re.compile(r"(?<![\w.])" + ABBR + r"\.[ \t]+(?=\S)")


def _contexts(root: str):
    from transforms.sentences import sentence_starts

    for path in sorted(glob.glob(os.path.join(root, "**", "*.py"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for block in re.split(r"\n[ \t]*\n", text):
            if len(block) > 20000 or not _FOUND.search(block):
                continue
            para = re.sub(r"\n[ \t]+", "\n", block).strip()
            starts = set(sentence_starts(para).tolist())
            for m in _FOUND.finditer(para):
                left = para[max(0, m.start() - 90) : m.end()]
                right = para[m.end() : m.end() + 60]
                yield os.path.relpath(path, root), m.end() in starts, left, right


def draw(root: str, out: str, per: int) -> None:
    seen, strata = set(), {"S": [], "U": []}
    for path, start, left, right in _contexts(root):
        context = (left + "|" + right).replace("\n", "⏎").replace("\t", " ")
        if context not in seen:
            seen.add(context)
            strata["S" if start else "U"].append((path, context))
    rng = random.Random("22-tech")
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            "# abbreviations of technical text (bench/sentence_tech.py draw); label 1 = a sentence starts at '|'\n"
        )
        f.write(f"# population tech S {len(strata['S'])} U {len(strata['U'])}\n")
        f.write("stratum\tdoc\tlabel\tnote\tcontext\n")
        for name, rows in strata.items():
            for path, context in rng.sample(rows, min(per, len(rows))):
                f.write(f"{name}\t{path}\t\t\t{context}\n")


def score(path: str, show: bool) -> None:
    from transforms.sentences import sentence_starts

    population, rows = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# population"):
                parts = line.split()
                population = {parts[i]: int(parts[i + 1]) for i in range(3, len(parts), 2)}
            elif not line.startswith("#") and not line.startswith("stratum\t"):
                rows.append(line.rstrip("\n").split("\t"))
    tp = fp = fn = 0.0
    for name in population:
        part = [r for r in rows if r[0] == name and r[2] in ("0", "1")]
        if not part:
            continue
        hit = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        for _, doc, label, _, context in part:
            text = context.replace("⏎", "\n")
            at = text.index("|")
            text = text[:at] + text[at + 1 :]
            start = at in set(sentence_starts(text).tolist())
            key = ("tp" if label == "1" else "fp") if start else ("fn" if label == "1" else "tn")
            hit[key] += 1
            if show and key in ("fp", "fn"):
                print(f"  {key} {doc}: {context}")
        weight = population[name] / len(part)
        tp, fp, fn = tp + hit["tp"] * weight, fp + hit["fp"] * weight, fn + hit["fn"] * weight
        print(f"stratum {name}: {len(part)} labelled, {hit}")
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    print(
        f"tech: starts TP {tp:.0f} FP {fp:.0f} FN {fn:.0f}; precision {precision:.3f} recall {recall:.3f}"
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("root")
    d.add_argument("out")
    d.add_argument("--per", type=int, default=40)
    s = sub.add_parser("score")
    s.add_argument("path")
    s.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        draw(args.root, args.out, args.per)
    else:
        score(args.path, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
