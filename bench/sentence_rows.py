"""Score a sample of whole sentences (``bench/sentence_labels_zh22.tsv``) with the
current code: precision and recall of the sentence ends the sample holds.

    .venv/bin/python bench/sentence_rows.py bench/sentence_labels_zh22.tsv --debian DIR

Each row is a sentence as the pipeline cut it when the sample was drawn (``start``,
``end`` into the cleaned text), a person's label for its end (1 a true end, 0 not, -
no sentence) and ``missed`` (true ends inside it that the code did not put). Now:
a labelled end the code still puts counts as before; one it no longer puts turns a
true end into a miss and drops a false one. P = kept true ends / kept ends; R = kept
true ends / (true ends + missed). Ends the code adds elsewhere are not seen (the
snapshot shows those).

Sources: 红楼梦 and 水浒传 from ``../shared/data``; the Debian rows need the packages
``fortunes-zh`` and ``manpages-zh`` unpacked into DIR (``apt-get download`` them,
``dpkg-deb -x PKG.deb DIR``): ``chinese.u8`` with its colour escapes removed, and the
man pages' roff source made text (requests dropped, a paragraph's lines filled into one,
as roff does).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sentence_sample as ss  # noqa: E402

_FONT = re.compile(r"\.(?:B|I|BR|IR|RB|RI|BI|IB|SM|SB)\s+(.*)")
_BREAK = re.compile(r"\.(?:PP|LP|P|TP|IP|SH|SS|HP|sp|br)\b")
_HEADING = re.compile(r"\.(?:SH|SS)\s+(.*)")
_ESCAPES = re.compile(r"\\f[BIRP]|\\f\(..|\\s[-+]?\d|\\&|\\c")


def roff_text(path: str) -> str:
    """A man page's roff source as plain text: comments and requests dropped, a font
    macro's words kept, a paragraph macro or an empty line ends a paragraph, a heading
    is a paragraph, and each paragraph's lines are filled into one (no-fill blocks too:
    a simplification)."""
    lines = []
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        source = f.read().split("\n")
    for line in source:
        if line.startswith(('.\\"', "'\\\"")):
            continue
        font = _FONT.match(line)
        if font:
            line = font.group(1).replace('"', "")
        elif _BREAK.match(line):
            heading = _HEADING.match(line)
            lines += ["", heading.group(1).replace('"', ""), ""] if heading else [""]
            continue
        elif line.startswith("."):
            continue
        line = _ESCAPES.sub("", line).replace("\\-", "-").replace("\\e", "\\")
        lines.append(line.replace("\\(em", "—").replace("\\ ", " "))
    paras, cur = [], []
    for line in [*lines, ""]:
        if line == "":
            if cur:
                paras.append(" ".join(cur))
            cur = []
        else:
            cur.append(line.strip())
    return "\n\n".join(paras) + "\n"


def documents(debian: str | None) -> dict[str, str]:
    docs = {name: raw for name, raw in ss.corpus_docs("zh")}
    if debian:
        fortunes = os.path.join(debian, "usr/share/games/fortunes/chinese.u8")
        with open(fortunes, encoding="utf-8") as f:
            docs["fortunes-zh chinese.u8"] = re.sub(r"\x1b\[[0-9;]*m", "", f.read())
        man = os.path.join(debian, "usr/share/man/zh_CN/man1")
        for name in os.listdir(man):
            docs[f"manpages-zh {name[: -len('.gz')]}"] = roff_text(os.path.join(man, name))
    return docs


def score(path: str, debian: str | None) -> None:
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    rows = [dict(zip(lines[0], r, strict=False)) for r in lines[1:]]
    docs, ends = documents(debian), {}
    stats = collections.defaultdict(lambda: [0, 0, 0, 0, 0])  # n, true, kept, kept true, missed
    for row in rows:
        if row["label"] == "-" or row["doc"] not in docs:
            continue
        if row["doc"] not in ends:
            text, starts, para = ss.starts_of(docs[row["doc"]])
            ends[row["doc"]] = set(starts.tolist()) | set(para.tolist()) | {len(text)}
        kept = int(row["end"]) in ends[row["doc"]]
        s = stats[row["corpus"]]
        true = row["label"] == "1"
        s[0] += 1
        s[1] += true
        s[2] += kept
        s[3] += kept and true
        s[4] += int(row["missed"] or 0)
    print(f"{'corpus':12} {'n':>4} {'true':>5} {'kept':>5}  P_drawn  P_now    R_drawn  R_now")
    for corpus, (n, true, kept, kept_true, missed) in stats.items():
        print(
            f"{corpus:12} {n:4d} {true:5d} {kept:5d}  {true / n:.4f}   {kept_true / max(kept, 1):.4f}"
            f"   {true / (true + missed):.4f}   {kept_true / (true + missed):.4f}"
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("labels")
    ap.add_argument("--debian", help="folder with fortunes-zh and manpages-zh unpacked")
    args = ap.parse_args(argv)
    score(args.labels, args.debian)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
