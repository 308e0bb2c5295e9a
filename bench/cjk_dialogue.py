"""Fragment rates of Chinese sentence splits in dialogue, before and after the
``transforms.cjk_speech`` clauses, in one run.

    .venv/bin/python bench/cjk_dialogue.py NAME=GLOB [NAME=GLOB ...] [--cap 400000]
        [--changes FILE] [--base DIR]

Each file is read as UTF-8, normalized and cleaned as the pipeline does, and cut
to its first ``--cap`` characters; ``transforms.structure.layout`` gives its
paragraph starts and heading spans; its sentence starts are then computed twice,
with ``speech_units`` switched off (or, with ``--base DIR``, DIR's
``transforms/cjk_speech.py``: "before") and on ("after"). Per corpus it
prints the sentences holding a CJK character and, among them, the fragments:
``short`` (fewer than 4 CJK characters), ``close`` (opening with a closing quote),
``tag`` (opening right after "。”"-like marks with a clause that ends on a verb of
saying, what rule ``speech_tag_after_quote`` reads), ``tagsent`` (there, a whole
sentence of at most 32 characters, no quote, ending on a verb of saying, Simplified
or Traditional, "。"), ``ja_to`` (there, a Japanese quotative と / って / など /
なんて), ``half`` (quote marks that do not pair up, what ``quote_fragment``
excludes from key sentences), ``lost`` (texts whose sentences joined are not the
text, or a paragraph start is no sentence start), and the number of starts removed. ``--changes`` writes every removed start with its context.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import sys

import numpy as np

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_TAG_START = re.compile(
    r"[^\s，。！？：；“「『”」』]{0,10}?(?:说|道|问|答|叫|喊|嚷|吼|骂|叹)[着完罢了]?[，。]"
)
# A whole sentence that is a speech tag (Simplified or Traditional verbs), and a
# Japanese quotative particle opening a sentence.
_TAG_SENTENCE = re.compile(
    r"[^\n“”「」『』\"。！？：；]{0,30}(?:说|說|道|问|問|答|叫|喊|嚷|吼|骂|罵|叹|嘆)"
    r"(?:[了着著]?(?:一声|一聲|一句|起来|起來|出来|出來))?。$"
)
_QUOTATIVE = re.compile(r"(?:と|って|など|なんて)")


def _stats(text: str, starts: np.ndarray, counts: dict) -> None:
    from transforms.cjk_quotes import quote_fragments
    from transforms.sentences import starts_to_spans

    spans = starts_to_spans(starts, len(text))
    cjk = [i for i, (a, b) in enumerate(spans) if _CJK.search(text, a, b)]
    counts["sentences"] += len(cjk)
    for i in cjk:
        a, b = spans[i]
        s = text[a:b].strip()
        counts["short"] += len(_CJK.findall(s)) < 4
        counts["close"] += s[:1] in "”」』"
        before = text[max(0, a - 2) : a]
        counts["tag"] += bool(
            len(before) == 2
            and before[1] in "”」』"
            and before[0] in "。！？…"
            and _TAG_START.match(s)
        )
        after_quote = len(before) == 2 and before[1] in "”」』" and before[0] in "。！？…"
        counts["tagsent"] += bool(after_quote and _TAG_SENTENCE.match(s))
        counts["ja_to"] += bool(after_quote and _QUOTATIVE.match(s))
    # Sentences never lose or duplicate a character: per paragraph, their join is the text.
    counts["lost"] += "".join(text[a:b] for a, b in spans) != text
    counts["half"] += len(quote_fragments(text, spans, np.asarray(cjk, dtype=np.int64)))


def main(argv=None) -> int:
    import transforms.sentences as sent
    from transforms.cjk_speech import speech_units
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text
    from transforms.structure import layout

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="+", help="NAME=GLOB")
    ap.add_argument("--cap", type=int, default=400_000)
    ap.add_argument("--changes")
    ap.add_argument(
        "--base",
        help="a checkout whose transforms/cjk_speech.py is the before side (default: off)",
    )
    args = ap.parse_args(argv)
    before_units = lambda t, s: s  # noqa: E731
    if args.base:
        import importlib.util

        spec_ = importlib.util.spec_from_file_location(
            "base_cjk_speech", os.path.join(args.base, "transforms", "cjk_speech.py")
        )
        base = importlib.util.module_from_spec(spec_)
        spec_.loader.exec_module(base)
        before_units = base.speech_units
    out = open(args.changes, "w", encoding="utf-8") if args.changes else None
    keys = ("sentences", "short", "close", "tag", "tagsent", "ja_to", "half", "lost")
    print("corpus files side " + " ".join(keys) + " removed")
    for spec in args.corpora:
        name, pattern = spec.split("=", 1)
        paths = sorted(glob.glob(pattern))
        sides = {side: dict.fromkeys(keys, 0) for side in ("before", "after")}
        removed = 0
        for path in paths:
            raw = open(path, encoding="utf-8", errors="replace").read()
            text = clean_text(normalize_text(raw)).text[: args.cap]
            if not text.strip():
                continue
            sent.speech_units = lambda t, s: s
            headings, _, _, para, _ = layout(text)
            whole = np.asarray(sorted((h.start, h.end) for h in headings), dtype=np.int64)
            for side in ("before", "after"):
                sent.speech_units = before_units if side == "before" else speech_units
                starts = sent.sentence_starts(text, "auto", 2000, forced=para, keep_whole=whole)
                _stats(text, starts, sides[side])
                # ... and per paragraph: every paragraph start is a sentence start.
                sides[side]["lost"] += not np.isin(np.asarray(para, dtype=np.int64), starts).all()
                if side == "before":
                    first = starts
            gone = np.setdiff1d(first, starts)
            removed += len(gone)
            if out:
                for g in gone.tolist():
                    ctx = (text[max(0, g - 40) : g] + "|" + text[g : g + 30]).replace("\n", "⏎")
                    out.write(f"{name}\t{os.path.basename(path)}\t{g}\t{ctx}\n")
        sent.speech_units = speech_units
        for side in ("before", "after"):
            c = sides[side]
            n = max(c["sentences"], 1)
            rates = " ".join(
                f"{c[k]}" if k == "sentences" else f"{c[k]}({100 * c[k] / n:.2f}%)" for k in keys
            )
            print(f"{name} {len(paths)} {side} {rates} {removed if side == 'after' else 0}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
