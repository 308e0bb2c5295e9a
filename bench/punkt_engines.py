"""Punkt engines side by side, same model, same texts: NLTK's, the ``punkt``
package's, and rule ``punkt_candidates`` (what ``transforms.sentences`` uses).

    .venv/bin/python bench/punkt_engines.py [--corpus ../shared/data/en_gutenberg]
        [--engines nltk,punkt,candidates]

Each book is normalized, cleaned (boilerplate, unwrap) as the build does, then
split by NLTK's ``PunktSentenceTokenizer`` with the ``punkt_tab`` parameters
(what ``transforms.sentences`` used first), by the package's engine
(``transforms.sentences.punkt_tokenizer``, used until issue 15) and by
``transforms.punkt_candidates`` over the package's model
(``transforms.sentences.punkt_engine``). The engines take turns going first
from book to book. Prints the CPU seconds of each, the ratios, and for each
pair the boundaries (sentence starts) only one of them finds, with a few of
those in context.
"""

from __future__ import annotations

import argparse
import collections
import glob
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from schemas import Document  # noqa: E402
from transforms.boilerplate import remove_boilerplate  # noqa: E402
from transforms.normalize import normalize_document  # noqa: E402
from transforms.sentences import (  # noqa: E402
    _EXTRA_ENGLISH_ABBREVIATIONS,
    punkt_engine,
    punkt_tokenizer,
)
from transforms.unwrap import unwrap_document  # noqa: E402


def nltk_tokenizer():
    """NLTK's engine with the English ``punkt_tab`` parameters plus our abbreviations."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt.data import load_module

    module = load_module("english")
    params = PunktParameters()
    params.abbrev_types = set(module.ABBREV_TYPES) | set(_EXTRA_ENGLISH_ABBREVIATIONS)
    params.collocations = set(module.COLLOCATIONS)
    params.sent_starters = set(module.SENT_STARTERS)
    params.ortho_context = collections.defaultdict(int, module.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", default=os.path.join(REPO, "..", "shared", "data", "en_gutenberg")
    )
    parser.add_argument("--engines", default="nltk,punkt,candidates")
    parser.add_argument("--show", type=int, default=2, help="differences shown per book")
    args = parser.parse_args(argv)
    makers = {
        "nltk": nltk_tokenizer,
        "punkt": lambda: punkt_tokenizer("en"),
        "candidates": lambda: punkt_engine("en"),
    }
    names = args.engines.split(",")
    engines = {name: makers[name]() for name in names}
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
    cpu = dict.fromkeys(engines, 0.0)
    chars = 0
    boundaries = dict.fromkeys(engines, 0)
    differ = {pair: 0 for pair in pairs}
    paths = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    for turn, path in enumerate(paths):
        with open(path, encoding="utf-8") as f:
            doc = Document(os.path.basename(path), path, f.read())
        text = unwrap_document(remove_boilerplate(normalize_document(doc))).text
        chars += len(text)
        starts = {}
        order = names[turn % len(names) :] + names[: turn % len(names)]
        for name in order:
            t0 = time.process_time()
            starts[name] = {s for s, _ in engines[name].span_tokenize(text)}
            cpu[name] += time.process_time() - t0
            boundaries[name] += len(starts[name])
        for a, b in pairs:
            only = {a: sorted(starts[a] - starts[b]), b: sorted(starts[b] - starts[a])}
            differ[a, b] += len(only[a]) + len(only[b])
            if only[a] or only[b]:
                print(f"{doc.doc_id}: only {a} {len(only[a])}, only {b} {len(only[b])}")
                for name, found in only.items():
                    for s in found[: args.show]:
                        print(
                            f"    only {name}: {text[max(0, s - 40) : s]!r} | {text[s : s + 20]!r}"
                        )
    print(f"\n{len(paths)} books, {chars:,} characters; load {os.getloadavg()[0]:.1f}")
    for name in names:
        print(f"  {name:<11} {cpu[name]:6.2f} CPU s  {boundaries[name]:,} boundaries")
    for a, b in pairs:
        print(
            f"  {a} / {b}: {cpu[a] / cpu[b]:.2f}x CPU; boundaries that differ: "
            f"{differ[a, b]} ({differ[a, b] / boundaries[a]:.3%} of {a}'s)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
