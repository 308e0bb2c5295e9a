"""Topic segments and paragraphs on short texts, by length bucket (session 21).

    .venv/bin/python bench/short_texts.py [--code CHECKOUT] [--files 'GLOB' ...] [--show N]

What a user gets from ``analyze_text`` (shipped defaults) on short documents
next to long ones: per document its clean characters, sentences, written
paragraphs (``structure.layout``'s, before the topic stage), topic segments and
paragraphs produced; per length bucket (clean characters) and corpus the sums,
topic segments per document and per 100 sentences, paragraphs produced per
written one, the written paragraphs cut by a topic boundary and the one-sentence
paragraphs made by one.

Documents (read from ../shared/data, nothing written there): the 1,313 BBC
articles; each Shakespeare text of defaults/ cut into its scenes (at the lines
"SCENE ..."/"Scene ..."); short Chinese texts made from the two novels: of each
回 (cleaned), its title line and its first 2, 4, 8 and 16 written paragraphs
(``structure.layout``'s), written again with blank lines between them. The novels
are hard-wrapped, a paragraph opening with an indent after a single newline, and
红楼梦's only blank lines are around its "Page N" lines: blank-line blocks of the
raw file (wave 1's units) were pages there, not paragraphs. Also the long books
themselves (30 English, 2 Chinese) for comparison; plus ``--files`` (one
document per file).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(REPO), "shared", "data")
BUCKETS = (500, 1000, 2000, 4000, 8000, 16000, 64000, 10**12)
_SCENE = re.compile(r"^(?:SCENE|Scene)\b[^\n]*$", re.M)
_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十百零〇0-9]+回[^\n]*$", re.M)


def _read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def _cleaned(raw: str) -> tuple[str, tuple]:
    """The clean text and the clean step's cut "#" marks (``Cleaned.markup_headings``)."""
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text

    text = normalize_text(raw)
    if not text.strip():
        return "", ()
    cleaned = clean_text(text)
    return cleaned.text, cleaned.markup_headings


def _clean(raw: str) -> str:
    return _cleaned(raw)[0]


def documents(extra: list[str]) -> list[tuple[str, str, str]]:
    """(corpus, name, raw text) of every document measured."""
    from transforms import structure

    docs = []
    bbc = os.path.join(DATA, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(bbc, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            docs.append(("bbc", f"bbc/{rec['id']}", rec["article"]))
    for path in sorted(glob.glob(os.path.join(REPO, "defaults", "shakespeare", "texts", "*.txt"))):
        text = _read(path)
        cuts = [m.start() for m in _SCENE.finditer(text)]
        for k, (a, b) in enumerate(zip(cuts, [*cuts[1:], len(text)][: len(cuts)], strict=True)):
            docs.append(("scenes", f"{os.path.basename(path)}#{k}", text[a:b]))
    for path in sorted(glob.glob(os.path.join(DATA, "zh_classics", "*.txt"))):
        text = _read(path)
        docs.append(("zh_books", os.path.basename(path), text))
        heads = [m.start() for m in _CHAPTER.finditer(text)]
        for k, (a, b) in enumerate(zip(heads, [*heads[1:], len(text)][: len(heads)], strict=True)):
            # The novels are hard-wrapped, a paragraph opening with an indent after a
            # single newline; 红楼梦 has blank lines only around its "Page N" lines.
            # So the units are the written paragraphs structure.layout finds in the
            # cleaned 回 (what measure() counts), not blank-line blocks of the raw file.
            chunk = _clean(text[a:b])
            written = [*structure.layout(chunk)[3].tolist(), len(chunk)]  # [0]: the title
            paras = [chunk[x:y].strip() for x, y in zip(written[:-1], written[1:], strict=True)]
            for n in (2, 4, 8, 16):
                if len(paras) > n + 1:  # written again with blank lines between them
                    part = "\n\n".join(paras[: n + 1]) + "\n"
                    docs.append(("zh_short", f"{os.path.basename(path)}#{k}:{n}", part))
    for path in sorted(glob.glob(os.path.join(DATA, "en_gutenberg", "*.txt"))):
        docs.append(("en_books", os.path.basename(path), _read(path)))
    for pattern in extra:
        for path in sorted(glob.glob(pattern)):
            docs.append(("files", path, _read(path)))
    return docs


def measure(item: tuple[str, str, str]) -> dict | None:
    import numpy as np

    from transforms import structure, topics
    from transforms.c99 import C99Config

    corpus, name, raw = item
    text, markup = _cleaned(raw)
    if not text.strip():
        return None
    _, _, _, written, _ = structure.layout(text)
    st = structure.analyze_text(text, markup=markup)  # the marks go back, as in the pipeline
    topic = np.asarray([s[0] for s in st.topic_segments][1:], dtype=np.int64)
    made = np.asarray([s[0] for s in st.paragraphs], dtype=np.int64)
    sent_starts = np.asarray([s[0] for s in st.sentences], dtype=np.int64)
    new = np.setdiff1d(made, written)  # paragraph starts made by a topic boundary
    cut = np.unique(np.searchsorted(written, new, side="right") - 1)
    # A cut paragraph is "short" when it holds at most the topic stage's limit of
    # terms (max_paragraph_terms x 1 + bigram share): rules few_paragraph_units,
    # long_paragraph_sentences and only_long_paragraphs_split keep such paragraphs
    # whole; a cut inside a longer one is the sentence units' own.
    indptr = topics.unit_terms_and_stems(text, np.asarray(st.sentences, dtype=np.int64))[0]
    limit = C99Config().max_paragraph_terms * (1 + topics.bigram_share(text, int(indptr[-1])))
    first = np.searchsorted(sent_starts, np.r_[written, len(text)])
    par_terms = np.diff(np.asarray(indptr)[first])
    short_cut = int((par_terms[cut] <= limit).sum()) if len(cut) else 0
    ends = np.r_[made[1:], len(text)]
    one_sentence = 0
    for a, b in zip(made.tolist(), ends.tolist(), strict=True):
        if np.isin(a, new) or np.isin(b, new):
            one_sentence += int(
                np.searchsorted(sent_starts, b) - np.searchsorted(sent_starts, a) == 1
            )
    return {
        "corpus": corpus,
        "name": name,
        "chars": len(text),
        "sentences": len(st.sentences),
        "written": len(written),
        "topics": len(st.topic_segments),
        "inside": int(len(topic)),
        "paragraphs": len(st.paragraphs),
        "cut_paragraphs": int(len(cut)),
        "short_cut": short_cut,
        "one_sentence": one_sentence,
        "sections": len(st.sections),
    }


def _bucket(chars: int) -> str:
    for i, top in enumerate(BUCKETS):
        if chars < top:
            low = 0 if i == 0 else BUCKETS[i - 1]
            return f"{low}-{top}" if top < 10**12 else f">={low}"
    raise AssertionError


def table(rows: list[dict]) -> list[str]:
    groups: dict = defaultdict(list)
    for r in rows:
        groups[(r["corpus"], BUCKETS.index(next(t for t in BUCKETS if r["chars"] < t)))].append(r)
    out = [
        "| corpus | chars | docs | sentences | written paras | topic segs / doc "
        "| segs / 100 sent | paras made / written | written paras cut | short ones cut "
        "| 1-sentence paras made |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (corpus, _b), rs in sorted(groups.items()):
        s = {k: sum(r[k] for r in rs) for k in ("sentences", "written", "topics", "paragraphs")}
        cut, one = sum(r["cut_paragraphs"] for r in rs), sum(r["one_sentence"] for r in rs)
        short = sum(r["short_cut"] for r in rs)
        out.append(
            f"| {corpus} | {_bucket(rs[0]['chars'])} | {len(rs)} | {s['sentences']} | {s['written']} "
            f"| {s['topics'] / len(rs):.2f} | {100 * s['topics'] / max(s['sentences'], 1):.1f} "
            f"| {s['paragraphs'] / max(s['written'], 1):.3f} | {cut} | {short} | {one} |"
        )
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--code", default=REPO, help="checkout whose transforms to measure")
    ap.add_argument("--files", action="append", default=[], help="more documents (glob)")
    ap.add_argument("--corpora", default="bbc,scenes,zh_short,zh_books,en_books,files")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", help="write every document's row here")
    args = ap.parse_args(argv)
    sys.path.insert(0, args.code)
    wanted = set(args.corpora.split(","))
    docs = [d for d in documents(args.files) if d[0] in wanted]
    with ProcessPoolExecutor(
        args.jobs, initializer=sys.path.insert, initargs=(0, args.code)
    ) as pool:
        rows = [r for r in pool.map(measure, docs, chunksize=8) if r]
    print("\n".join(table(rows)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
