"""Evaluate the text-structure transforms on real text and print one table.

    .venv/bin/python bench/eval_text.py            # all parts (~1-2 min on one core)
    .venv/bin/python bench/eval_text.py --only speed sentences
    .venv/bin/python bench/eval_text.py --only keybooks --code /work/main   # another checkout

Parts (data in ../shared/data, see its README; nothing is written):
  sentences  sentence-boundary P/R/F1 on seg_manifesto (lines joined into running text)
  topics     Pk / WindowDiff on seg_manifesto gold segments vs no-boundary and
             evenly-spaced baselines (analyze_text with the shipped defaults on the
             sentences joined into running text; the previous TextTiling as reference;
             window k >= 2, then the same with nltk's default window, k >= 1)
  keys       BBC dev: ROUGE-1/2/L F1 and sentence F1 of k key sentences vs
             Lead-k and random-k (k = sentences in the reference summary)
  structure  sections against tests/data/structure_gold.json (bench/eval_structure.py)
  keybooks   key sentences of every shared book: short, repeated, lengths, spread
  chinese    chapters, sentences, hard-wrap check and 20 sample sentences of
             红楼梦 and 水浒传 (after cleaning, as the pipeline trains on them)
  speed      characters per CPU second per stage on en_gutenberg and zh_classics,
             one process (prose check, boilerplate and unwrap included)
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time
from collections import Counter

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# --code DIR: evaluate another checkout's transforms (e.g. the previous version).
CODE = os.path.abspath(sys.argv[sys.argv.index("--code") + 1]) if "--code" in sys.argv else REPO
sys.path.insert(0, CODE)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from eval_manifesto import eval_sentences, eval_topics  # noqa: E402
from report import header, prf, row  # noqa: E402

from transforms import key_sentences as ks  # noqa: E402
from transforms.boilerplate import strip_boilerplate  # noqa: E402
from transforms.clean import clean_text  # noqa: E402
from transforms.normalize import normalize_text  # noqa: E402
from transforms.prose import prose_problem  # noqa: E402
from transforms.sentences import unwrap  # noqa: E402
from transforms.structure import StructureConfig, analyze_text  # noqa: E402
from transforms.unwrap import unwrap_text  # noqa: E402

DATA = os.path.join(REPO, "..", "shared", "data")
SEED = 1234

# --------------------------------------------------------------------------
# BBC key sentences
# --------------------------------------------------------------------------
_TOKEN = re.compile(r"[a-z0-9]+")
_GLUED = re.compile(r"([.!?][\"'’”]?)(?=[A-Z\"“‘])")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def rouge_n(ref: list[str], hyp: list[str], n: int) -> float:
    ref_ngrams = Counter(tuple(ref[i : i + n]) for i in range(len(ref) - n + 1))
    hyp_ngrams = Counter(tuple(hyp[i : i + n]) for i in range(len(hyp) - n + 1))
    overlap = sum((ref_ngrams & hyp_ngrams).values())
    return prf(overlap, sum(hyp_ngrams.values()), sum(ref_ngrams.values()))[2]


def lcs_length(a: list[str], b: list[str]) -> int:
    """Bit-parallel LCS (Allison-Dix / Hyyro): O(len(a)) big-integer operations."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for j, tok in enumerate(b):
        masks[tok] = masks.get(tok, 0) | (1 << j)
    full = (1 << len(b)) - 1
    v = full
    for tok in a:
        u = v & masks.get(tok, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - bin(v).count("1")


def rouge_l(ref: list[str], hyp: list[str]) -> float:
    return prf(lcs_length(ref, hyp), len(hyp), len(ref))[2]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def eval_keys(limit: int | None = None) -> None:
    path = os.path.join(DATA, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    if limit:
        records = records[:limit]
    rng = np.random.default_rng(SEED)
    systems = {
        "ours (LexRank)": [],
        "ours (LexRank, lead_bias=2)": [],
        "Lead-k": [],
        "random-k": [],
    }
    for rec in records:
        article = normalize_text(rec["article"])
        title = normalize_text(rec["title"]).strip()
        if article.startswith(title):
            body_start = article.index("\n", len(title)) if "\n" in article[len(title) :] else 0
        else:
            body_start = 0
        body = article[body_start:].strip()
        summary = normalize_text(_GLUED.sub(r"\1 ", rec["summary"]))
        squashed_summary = squash(summary)
        # k from the reference: sentences of the (space-repaired) summary.
        k = max(1, len(analyze_text(summary).sentences))
        picks = {}
        for label, bias in (("ours (LexRank)", 0.0), ("ours (LexRank, lead_bias=2)", 2.0)):
            config = StructureConfig(key_ratio=0.0, key_min=k, key_top_k=k, lead_bias=bias)
            st = analyze_text(body, config)
            picks[label] = st.key_sentences.tolist()
        sentences = [body[s:e].strip() for s, e in st.sentences.tolist()]
        n = len(sentences)
        picks["Lead-k"] = list(range(min(k, n)))
        picks["random-k"] = sorted(rng.choice(n, size=min(k, n), replace=False).tolist())
        gold = {i for i, s in enumerate(sentences) if s and squash(s) in squashed_summary}
        ref = tokens(summary)
        for label, chosen in picks.items():
            hyp_text = " ".join(sentences[i] for i in chosen)
            hyp = tokens(hyp_text)
            tp = len(gold & set(chosen))
            systems[label].append(
                (
                    rouge_n(ref, hyp, 1),
                    rouge_n(ref, hyp, 2),
                    rouge_l(ref, hyp),
                    prf(tp, len(chosen), len(gold))[2],
                )
            )
    print(
        f"\n### Key sentences (BBC dev, {len(records)} articles, k = reference sentences, "
        f"random seed {SEED})\n"
    )
    header("system", "ROUGE-1 F1", "ROUGE-2 F1", "ROUGE-L F1", "sentence F1")
    for label, scores in systems.items():
        row(label, *np.mean(np.asarray(scores), axis=0).tolist())


_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def display_length(sentence: str) -> tuple[int, bool]:
    """(length, is CJK): CJK characters for Chinese text, else whitespace-separated
    words (the measure of the issue's goals: 6 words / 12 CJK characters)."""
    cjk = len(_CJK_CHAR.findall(sentence))
    if cjk > 0.3 * len(sentence):
        return cjk, True
    return len(sentence.split()), False


def key_units(sentences: list[str], index: list[int], scores: list[float]) -> list[str]:
    """The key texts: a run of consecutive key sentences with one score is one unit
    (clause split_quote_candidate picks a short quotation's sentences together)."""
    units, last = [], None
    for i, score in zip(index, scores, strict=True):
        if last is not None and last == (i - 1, score):
            units[-1] += sentences[i]
        else:
            units.append(sentences[i])
        last = (i, score)
    return units


def eval_key_books() -> None:
    """Key sentences of every shared book: short ones, repeats, lengths."""
    print("\n### Key sentences of the shared books (shipped defaults)\n")
    header(
        "book",
        "sentences",
        "key sentences (units)",
        "under 6 words / 12 CJK chars",
        "most repeated key text (times)",
        "median key length",
        "median sentence length",
        "sections with a key sentence / sections with an eligible one",
    )
    files = sorted(glob.glob(os.path.join(DATA, "en_gutenberg", "*.txt")))
    files += sorted(glob.glob(os.path.join(DATA, "zh_classics", "*.txt")))
    totals = np.zeros(2, dtype=int)
    worst_repeat, median_ok = 0, 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = normalize_text(f.read())
        st = analyze_text(text)
        sentences = [unwrap(text[s:e]).strip() for s, e in st.sentences.tolist()]
        keys = key_units(sentences, st.key_sentences.tolist(), st.key_scores.tolist())
        lengths = [display_length(k) for k in keys]
        short = sum(n < (12 if cjk else 6) for n, cjk in lengths)
        repeat = max(Counter(keys).values()) if keys else 0
        med_key = float(np.median([n for n, _ in lengths])) if keys else 0.0
        med_all = float(np.median([display_length(x)[0] for x in sentences if x]))
        sec_starts = np.asarray([sec.start for sec in st.sections])
        section_of = np.searchsorted(sec_starts, st.sentences[:, 0], side="right") - 1
        with_key = len(set(section_of[st.key_sentences].tolist()))
        if hasattr(ks, "eligible_sentences"):
            eligible = ks.eligible_sentences(text, st.sentences, StructureConfig().key_min_words)
        else:  # a version without eligibility rules: every sentence is a candidate
            eligible = np.ones(len(st.sentences), dtype=bool)
        with_eligible = len(set(section_of[eligible].tolist()))
        totals += (short, len(keys))
        worst_repeat = max(worst_repeat, repeat)
        median_ok += med_key >= med_all
        row(
            os.path.basename(path),
            len(sentences),
            len(keys),
            f"{short / max(len(keys), 1):.1%}",
            repeat,
            f"{med_key:g}",
            f"{med_all:g}",
            f"{with_key} / {with_eligible}",
        )
    print(
        f"\nAll {len(files)} books: {totals[0] / totals[1]:.2%} of {totals[1]} key sentences "
        f"short; no key text more than {worst_repeat} time(s) in a book; median key length >= "
        f"median sentence length in {median_ok} of {len(files)} books."
    )


# --------------------------------------------------------------------------
# Chinese
# --------------------------------------------------------------------------
_TERMINAL = set("。！？；…」』”’）)》\"'!?;")


def eval_chinese() -> None:
    print("\n### Chinese classics\n")
    header(
        "book",
        "chars",
        "chapters (回)",
        "sentences",
        "sentences crossing a wrap newline",
        "sentence ends at a single newline without end punctuation",
        "of which after ： (speech or verse on the next, indented line)",
        "of which the paragraph ends there",
    )
    samples = {}
    for name in ("红楼梦", "水浒传"):
        path = os.path.join(DATA, "zh_classics", f"{name}.txt")
        with open(path, encoding="utf-8") as f:
            cleaned = clean_text(normalize_text(f.read()))
        text = cleaned.text  # what the pipeline trains on
        st = analyze_text(
            text, fortune_entries=cleaned.fortune_entries, markup=cleaned.markup_headings
        )
        chapters = sum(1 for s in st.sections if re.match(r"第.+回", s.title))
        para_ends = set(st.paragraphs[:, 1].tolist())
        crossing = bad = bad_colon = bad_para = 0
        for s, e in st.sentences.tolist():
            body = text[s:e].rstrip()
            if "\n" in body:
                crossing += 1
            if body and body[-1] not in _TERMINAL and text[s + len(body) : e].count("\n") == 1:
                bad += 1  # ended at a single newline (a wrap), not at punctuation
                bad_colon += body[-1] in "：:"
                bad_para += e in para_ends
        row(name, len(text), chapters, len(st.sentences), crossing, bad, bad_colon, bad_para)
        rng = np.random.default_rng(SEED)
        pick = sorted(rng.choice(len(st.sentences), size=10, replace=False).tolist())
        samples[name] = [unwrap(text[slice(*st.sentences[i].tolist())]) for i in pick]
    print("\n20 sample sentences (10 per book, seed 1234, wrap newlines removed for display):\n")
    for name, sentences in samples.items():
        for s in sentences:
            print(f"- {name}: {s}")


# --------------------------------------------------------------------------
# Speed
# --------------------------------------------------------------------------
def eval_speed() -> None:
    for pattern in ("en_gutenberg/*.txt", "zh_classics/*.txt"):
        speed_of(sorted(glob.glob(os.path.join(DATA, pattern))), pattern.split("/")[0])


def speed_of(files: list[str], name: str) -> None:
    """CPU seconds of this process per text stage (on a shared machine wall time
    mostly measures the other jobs; the goal is per process)."""
    analyze_text("Warm up: imports load here. 热身。")  # not timed
    timings: dict[str, float] = {"normalize": 0.0, "prose check+boilerplate": 0.0, "unwrap": 0.0}
    chars, cpu, wall = 0, 0.0, 0.0
    for path in files:
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        w0 = time.perf_counter()
        t0 = time.process_time()
        text = normalize_text(raw)
        t1 = time.process_time()
        prose_problem(text)
        clean = strip_boilerplate(text)[0]
        t2 = time.process_time()
        clean = unwrap_text(clean)[0]
        t3 = time.process_time()
        timings["normalize"] += t1 - t0
        timings["prose check+boilerplate"] += t2 - t1
        timings["unwrap"] += t3 - t2
        analyze_text(clean, timings=timings)  # adds its stages' CPU seconds
        cpu += time.process_time() - t0
        wall += time.perf_counter() - w0
        chars += len(text)
    print(
        f"\n### Speed ({name}, {len(files)} books, {chars:,} normalized characters, "
        f"one process; load average {os.getloadavg()[0]:.1f})\n"
    )
    header("stage", "CPU seconds", "characters per CPU second")
    for stage, seconds in timings.items():
        row(stage, round(seconds, 2), f"{chars / seconds:,.0f}")
    row("**all text stages, CPU time**", round(cpu, 2), f"{chars / cpu:,.0f}")
    row("all text stages, wall time", round(wall, 2), f"{chars / wall:,.0f}")


def eval_structure() -> None:
    from bench import eval_structure as gold

    print("\n### Structure against the gold standard (bench/eval_structure.py)\n")
    gold.main([])


PARTS = {
    "structure": eval_structure,
    "sentences": eval_sentences,
    "topics": eval_topics,
    "keys": eval_keys,
    "keybooks": eval_key_books,
    "chinese": eval_chinese,
    "speed": eval_speed,
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=list(PARTS), help="parts to run")
    parser.add_argument("--code", help="checkout whose transforms to evaluate (default: this one)")
    args = parser.parse_args(argv)
    if not os.path.isdir(DATA):
        print(f"real data not found at {DATA} (see ../shared/data/README.md)", file=sys.stderr)
        return 2
    for name in args.only or list(PARTS):
        PARTS[name]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
