"""Key sentences against issue 10 point 5's goals, per book, two checkouts side by side.

    .venv/bin/python bench/key_sentence_audit.py --files 'DIR/*.txt' --out /tmp/keys
    .venv/bin/python bench/key_sentence_audit.py --snapshot /work/notes/snap/base49.json \
        --skip bbc/ --out /tmp/keys                          # the shared books, cleaned texts
    .venv/bin/python bench/key_sentence_audit.py ... --code /tmp/base49 --code /work/wtD

``--files`` texts are read as UTF-8 and taken as cleaned (run normalize + clean before:
this bench measures the key_sentences stage alone); ``--snapshot`` reads the cleaned
texts a ``bench/snapshot.py take`` stored (its ``.texts`` folder). Each ``--code``
checkout (default: this one) runs ``analyze_text`` with the shipped defaults in its own
process, and the table has one column group per checkout. Per book:

* ``keys``: key sentences; ``short%``: share under 6 words (a CJK character half a
  word, ``sentence_lengths``; 12 CJK characters = 6 words);
* ``rep``: the most times one key text (spacing and case aside) comes;
* ``medK`` / ``medS``: median length (words) of the key sentences / of all sentences;
* ``dlg%``: share of key sentences that are a dialogue line: the sentence opens with
  a quotation mark, or holds a speech tag beside a quotation (``'…,' he said``,
  ``他道：“``) with less than half its letters outside quotation marks;
* ``head%``: share holding a chapter heading form (CHAPTER/BOOK + number, 第…章/回/节);
* ``front%``: share holding a contents or front-matter word (contents, preface,
  translated by, 目录, 序, 出版, 译者, ISBN …);
* ``boil%``: share holding web or licence boilerplate (http, www., .com, Gutenberg,
  e-text, copyright, 电子书, 微信, QQ, 公众号, 下载, 本书).

These shapes are this bench's crude detectors (for counting, not rules of the
pipeline). ``--out DIR``: one file per checkout and book with its key sentences, to read.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import statistics
import subprocess
import sys

_OPEN = "\"“‘「『'"
_QUOTED = re.compile(r"[\"“「『][^\"”」』]*[\"”」』]|‘[^’]*’")
_TAG = re.compile(
    r"(?:[,!?.]['\"’”]\s*(?:\w+\s){0,3}(?:said|cried|replied|asked|answered|returned|exclaimed|"
    r"continued|added|observed|remarked|whispered|thought)\b)|"
    r"(?:[道说說曰问問笑叫喝答][：:]\s*[“「\"『])|(?:[”」\"』][，,]?\s*\S{0,6}[道说說曰问問][。，：])",
    re.I,
)
_HEAD = re.compile(
    r"\b(?:CHAPTER|Chapter|BOOK|Book|PART|Part|VOLUME)\s+(?:[IVXLC]+|\d+|[A-Z][a-z]+)\b|"
    r"第[一二三四五六七八九十百千零〇两\d]+[章回节節卷部]"
)
_FRONT = re.compile(
    r"\b(?:contents|preface|introduction|translated by|edited by|illustrated by|dedicated|"
    r"ISBN|first published|printed by|transcriber)\b|目录|目錄|序言|前言|出版|译者|譯者|"
    r"作者简介|内容简介|編者|编者",
    re.I,
)
_BOIL = re.compile(
    r"https?:|www\.|\.com\b|gutenberg|e-?text|copyright|license|电子书|電子書|微信|QQ|"
    r"公众号|下载|下載|本书由|本站",
    re.I,
)
_LETTER = re.compile(r"[^\W\d_]")


def dialogue(s: str) -> bool:
    """A dialogue line: opens with a quotation mark, or a speech tag with most letters quoted."""
    t = s.strip()
    if not t:
        return False
    if t[0] in _OPEN:
        return True
    if not _TAG.search(t):
        return False
    inside = sum(len(_LETTER.findall(m.group())) for m in _QUOTED.finditer(t))
    return inside * 2 >= len(_LETTER.findall(t))


def _worker(code: str, items: list[tuple[str, str]], out_dir: str | None) -> list[dict]:
    sys.path.insert(0, code)
    import numpy as np

    from transforms.key_sentences import sentence_lengths
    from transforms.sentences import unwrap
    from transforms.structure import analyze_text

    rows = []
    for name, text in items:
        if not text.strip():
            continue
        st = analyze_text(text)
        spans = np.asarray(st.sentences, dtype=np.int64).reshape(-1, 2)
        lengths = sentence_lengths(text, spans)
        key = st.key_sentences.tolist()
        keys = [unwrap(text[spans[i, 0] : spans[i, 1]]).strip() for i in key]
        norm = [re.sub(r"\s+", " ", k).lower() for k in keys]
        n = len(keys) or 1
        rows.append(
            {
                "name": name,
                "keys": len(keys),
                "short": float(np.mean(lengths[key] < 6)) if key else 0.0,
                "rep": max((norm.count(x) for x in set(norm)), default=0),
                "medK": float(np.median(lengths[key])) if key else 0.0,
                "medS": float(np.median(lengths)) if len(lengths) else 0.0,
                "dlg": sum(map(dialogue, keys)) / n,
                "head": sum(bool(_HEAD.search(k)) for k in keys) / n,
                "front": sum(bool(_FRONT.search(k)) for k in keys) / n,
                "boil": sum(bool(_BOIL.search(k)) for k in keys) / n,
            }
        )
        if out_dir:
            safe = re.sub(r"[^\w.-]+", "_", name)[-120:]
            with open(os.path.join(out_dir, safe + ".keys"), "w", encoding="utf-8") as f:
                f.write("\n".join(keys) + "\n")
    return rows


def _items(args) -> list[tuple[str, str]]:
    items = []
    for pattern in args.files:
        for path in sorted(glob.glob(pattern)):
            with open(path, encoding="utf-8", errors="replace") as f:
                items.append((os.path.basename(path), f.read()))
    if args.snapshot:
        with open(args.snapshot, encoding="utf-8") as f:
            docs = json.load(f)["documents"]
        for name, entry in sorted(docs.items()):
            if any(name.startswith(s) for s in args.skip) or "text_file" not in entry:
                continue
            with open(
                os.path.join(args.snapshot + ".texts", entry["text_file"]), encoding="utf-8"
            ) as f:
                items.append((name, f.read()))
    return items


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--files", action="append", default=[])
    p.add_argument("--snapshot")
    p.add_argument("--skip", action="append", default=[], help="name prefixes to leave out")
    p.add_argument("--code", action="append", default=[])
    p.add_argument("--out", help="folder: the key sentences per checkout and book")
    p.add_argument("--json", help="write the rows here")
    p.add_argument("--one", nargs=2, metavar=("CODE", "OUT_JSON"), help=argparse.SUPPRESS)
    args = p.parse_args()
    items = _items(args)
    if args.one:
        code, out_json = args.one
        out_dir = None
        if args.out:
            out_dir = os.path.join(args.out, re.sub(r"[^\w]+", "_", code).strip("_"))
            os.makedirs(out_dir, exist_ok=True)
        with open(out_json, "w", encoding="utf-8") as f:
            json.dump(_worker(code, items, out_dir), f)
        return
    codes = args.code or [os.path.dirname(os.path.dirname(os.path.abspath(__file__)))]
    results = []
    for i, code in enumerate(codes):  # one process per checkout: its modules, not ours
        tmp = f"{args.json or '/tmp/key_sentence_audit'}.{i}.part"
        cmd = [sys.executable, __file__, "--one", code, tmp] + sys.argv[1:]
        subprocess.run(cmd, check=True)
        with open(tmp, encoding="utf-8") as f:
            results.append({r["name"]: r for r in json.load(f)})
    _table(codes, results)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"codes": codes, "rows": results}, f)


def _table(codes: list[str], results: list[dict]) -> None:
    cols = ("keys", "short", "rep", "medK", "medS", "dlg", "head", "front", "boil")
    pct = {"short", "dlg", "head", "front", "boil"}
    print("checkouts: " + " | ".join(f"[{i}] {c}" for i, c in enumerate(codes)))
    print("book | " + " | ".join(f"{c}[{i}]" for c in cols for i in range(len(codes))))
    names = sorted(set().union(*results))

    def cell(r: dict | None, c: str) -> str:
        if r is None:
            return "-"
        return f"{100 * r[c]:.0f}" if c in pct else f"{r[c]:g}"

    for name in names:
        print(name + " | " + " | ".join(cell(res.get(name), c) for c in cols for res in results))
    for i, res in enumerate(results):
        rows = [r for r in res.values() if r["keys"]]
        total = sum(r["keys"] for r in rows) or 1

        def pooled(c: str, rows=rows, total=total) -> float:
            return 100 * sum(r[c] * r["keys"] for r in rows) / total

        over = sum(r["short"] > 0.10 for r in rows)
        reps = sum(r["rep"] > 2 for r in rows)
        below = sum(r["medK"] < r["medS"] for r in rows)
        med = statistics.median([r["medK"] - r["medS"] for r in rows]) if rows else 0
        print(
            f"[{i}] {len(rows)} books, {total} keys: short {pooled('short'):.1f}% "
            f"(books over 10%: {over}), books with a text > 2 times: {reps}, "
            f"books medK < medS: {below} (median medK - medS {med:+.1f}), "
            f"dialogue {pooled('dlg'):.1f}%, heading {pooled('head'):.1f}%, "
            f"front {pooled('front'):.1f}%, boilerplate {pooled('boil'):.1f}%"
        )


if __name__ == "__main__":
    main()
