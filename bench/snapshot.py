"""Snapshot what the text stages make of real documents, and compare two snapshots.

    .venv/bin/python bench/snapshot.py take OUT.json                     # shared data + Shakespeare
    .venv/bin/python bench/snapshot.py take OUT.json --code /work/other  # another checkout's transforms
    .venv/bin/python bench/snapshot.py take OUT.json --files 'DIR/*.txt' # other texts (repeatable)
    .venv/bin/python bench/snapshot.py compare BEFORE.json AFTER.json    # what changed, per document

A rule change is checked by taking a snapshot with the checkout before it and one
with the checkout after it and comparing them. Per document the snapshot holds
what the pipeline would train on and report: the prose verdict, the cleaned text
(``clean_text``: boilerplate cut, hard wraps joined; stored beside the JSON in
OUT.texts/), its sections (start, end, level, title), sentence count, topic
segment count and key sentences (``analyze_text``, shipped defaults). ``compare``
prints the documents whose text, sections or key sentences differ, with the first
differing lines, headings and key sentences, and a count per kind.

Documents (read from ../shared/data, see its README; nothing there is written):
the 30 English books, the 2 Chinese novels, the 6 Manifesto files (gold lines
dropped, lines kept), the 1,313 BBC articles and the 78 Shakespeare texts in
defaults/. Runs in two processes (~2-4 min).
"""

from __future__ import annotations

import argparse
import difflib
import glob
import hashlib
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(REPO, "..", "shared", "data")


def _documents(extra: list[str]) -> list[tuple[str, str]]:
    """(name, text) of every document to snapshot, names unique and stable."""
    docs: list[tuple[str, str]] = []

    def read(path: str) -> str:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()

    for sub in ("en_gutenberg", "zh_classics"):
        for path in sorted(glob.glob(os.path.join(DATA, sub, "*.txt"))):
            docs.append((f"{sub}/{os.path.basename(path)}", read(path)))
    for path in sorted(glob.glob(os.path.join(DATA, "seg_manifesto", "*.txt"))):
        lines = [x for x in read(path).splitlines() if not x.startswith("==========")]
        docs.append((f"seg_manifesto/{os.path.basename(path)}", "\n".join(lines) + "\n"))
    bbc = os.path.join(DATA, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    if os.path.exists(bbc):
        with open(bbc, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                docs.append((f"bbc/{rec['id']}", rec["article"]))
    for path in sorted(glob.glob(os.path.join(REPO, "defaults", "shakespeare", "texts", "*.txt"))):
        docs.append((f"shakespeare/{os.path.basename(path)}", read(path)))
    for pattern in extra:
        for path in sorted(glob.glob(pattern, recursive=True)):
            if os.path.isfile(path):
                docs.append((f"files/{os.path.abspath(path)}", read(path)))
    return docs


def _init(code: str) -> None:
    sys.path.insert(0, code)


def _one(item: tuple[str, str]) -> tuple[str, dict, str]:
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text
    from transforms.sentences import unwrap
    from transforms.structure import analyze_text

    name, raw = item
    text = normalize_text(raw)
    cleaned = clean_text(text) if text.strip() else None
    out = cleaned.text if cleaned else ""
    entry: dict = {
        "not_prose": cleaned.not_prose if cleaned else "empty",
        "clean_sha256": hashlib.sha256(out.encode()).hexdigest(),
        "clean_chars": len(out),
    }
    if out.strip():
        # the cut "#" marks go back, as in the pipeline (none of the 1,429 shared documents
        # has one: session 56's base snapshot stays comparable)
        st = analyze_text(
            out, fortune_entries=cleaned.fortune_entries, markup=cleaned.markup_headings
        )
        entry["sections"] = [[s.start, s.end, s.level, s.title] for s in st.sections]
        entry["sentences"] = len(st.sentences)
        entry["topic_segments"] = len(st.topic_segments)
        entry["keys"] = [
            unwrap(out[st.sentences[i][0] : st.sentences[i][1]]).strip()
            for i in st.key_sentences.tolist()
        ]
    return name, entry, out


def take(out_path: str, code: str, extra: list[str], jobs: int) -> None:
    docs = _documents(extra)
    texts_dir = out_path + ".texts"
    os.makedirs(texts_dir, exist_ok=True)
    snap: dict = {"code": code, "documents": {}}
    with ProcessPoolExecutor(jobs, initializer=_init, initargs=(code,)) as pool:
        for name, entry, text in pool.map(_one, docs, chunksize=4):
            snap["documents"][name] = entry
            file = hashlib.sha1(name.encode()).hexdigest()[:16] + ".txt"
            with open(os.path.join(texts_dir, file), "w", encoding="utf-8") as f:
                f.write(text)
            entry["text_file"] = file
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(snap, f, ensure_ascii=False)
    print(f"{len(docs)} documents -> {out_path} (texts in {texts_dir})")


def _text(snap_path: str, entry: dict) -> list[str]:
    with open(os.path.join(snap_path + ".texts", entry["text_file"]), encoding="utf-8") as f:
        return f.read().splitlines()


def compare(a_path: str, b_path: str, show: int) -> None:
    with open(a_path, encoding="utf-8") as f:
        a = json.load(f)["documents"]
    with open(b_path, encoding="utf-8") as f:
        b = json.load(f)["documents"]
    counts = {"verdict": 0, "text": 0, "sections": 0, "keys": 0, "only one side": 0}
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            counts["only one side"] += 1
            continue
        x, y = a[name], b[name]
        notes = []
        if x["not_prose"] != y["not_prose"]:
            counts["verdict"] += 1
            notes.append(f"  verdict {x['not_prose']!r} -> {y['not_prose']!r}")
        if x["clean_sha256"] != y["clean_sha256"]:
            counts["text"] += 1
            diff = [
                d
                for d in difflib.unified_diff(_text(a_path, x), _text(b_path, y), n=0, lineterm="")
                if not d.startswith(("---", "+++", "@@"))
            ]
            notes.append(
                f"  text: {x['clean_chars']} -> {y['clean_chars']} chars, {len(diff)} diff lines"
            )
            notes += [f"    {d[:160]}" for d in diff[:show]]
        sx = [(s[2], s[3]) for s in x.get("sections", [])]
        sy = [(s[2], s[3]) for s in y.get("sections", [])]
        if sx != sy:
            counts["sections"] += 1
            gone = [s for s in sx if s not in sy]
            new = [s for s in sy if s not in sx]
            notes.append(
                f"  sections {len(sx)} -> {len(sy)}; (level, title) gone {len(gone)}, new {len(new)}"
            )
            notes += [f"    - {s}" for s in gone[:show]] + [f"    + {s}" for s in new[:show]]
        if x.get("keys") != y.get("keys"):
            counts["keys"] += 1
            kx, ky = set(x.get("keys", [])), set(y.get("keys", []))
            notes.append(f"  key sentences {len(x.get('keys', []))} -> {len(y.get('keys', []))}")
            notes += [f"    - {k[:140]}" for k in sorted(kx - ky)[:show]]
            notes += [f"    + {k[:140]}" for k in sorted(ky - kx)[:show]]
        if notes:
            print(name)
            print("\n".join(notes))
    total = len(set(a) | set(b))
    print(f"\n{total} documents; changed: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("take", help="snapshot the documents")
    t.add_argument("out")
    t.add_argument(
        "--code", default=REPO, help="checkout whose transforms to run (default: this one)"
    )
    t.add_argument("--files", action="append", default=[], help="glob of more texts (repeatable)")
    t.add_argument("--jobs", type=int, default=2)
    c = sub.add_parser("compare", help="what changed between two snapshots")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--show", type=int, default=5, help="lines shown per kind of change")
    args = parser.parse_args(argv)
    if args.cmd == "take":
        take(args.out, os.path.abspath(args.code), args.files, args.jobs)
    else:
        compare(args.before, args.after, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
