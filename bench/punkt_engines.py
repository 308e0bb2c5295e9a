"""NLTK's Punkt engine against the ``punkt`` package's, same model, same texts.

    .venv/bin/python bench/punkt_engines.py [--corpus ../shared/data/en_gutenberg]

Each book is normalized, cleaned (boilerplate, unwrap) as the build does, then
split by NLTK's ``PunktSentenceTokenizer`` with the ``punkt_tab`` parameters
(what ``transforms.sentences`` used before) and by the package's engine
(``transforms.sentences.punkt_tokenizer``, what it uses now). Prints the CPU
seconds of each, the boundaries (sentence starts) only one of them finds, and a
few of those in context.
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
from transforms.sentences import _EXTRA_ENGLISH_ABBREVIATIONS, punkt_tokenizer  # noqa: E402
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
    parser.add_argument("--show", type=int, default=2, help="differences shown per book")
    args = parser.parse_args(argv)
    engines = {"nltk": nltk_tokenizer(), "punkt": punkt_tokenizer("en")}
    cpu = dict.fromkeys(engines, 0.0)
    chars = boundaries = differ = 0
    for path in sorted(glob.glob(os.path.join(args.corpus, "*.txt"))):
        with open(path, encoding="utf-8") as f:
            doc = Document(os.path.basename(path), path, f.read())
        text = unwrap_document(remove_boilerplate(normalize_document(doc))).text
        chars += len(text)
        starts = {}
        for name, engine in engines.items():
            t0 = time.process_time()
            starts[name] = {s for s, _ in engine.span_tokenize(text)}
            cpu[name] += time.process_time() - t0
        only = {
            name: sorted(starts[name] - starts[other])
            for name, other in (("nltk", "punkt"), ("punkt", "nltk"))
        }
        boundaries += len(starts["nltk"])
        differ += len(only["nltk"]) + len(only["punkt"])
        if only["nltk"] or only["punkt"]:
            print(f"{doc.doc_id}: only NLTK {len(only['nltk'])}, only punkt {len(only['punkt'])}")
            for name, found in only.items():
                for s in found[: args.show]:
                    print(f"    only {name}: {text[max(0, s - 40) : s]!r} | {text[s : s + 20]!r}")
    print(
        f"\n{chars:,} characters; CPU s: NLTK {cpu['nltk']:.2f}, punkt {cpu['punkt']:.2f} "
        f"({cpu['nltk'] / cpu['punkt']:.2f}x); boundaries that differ: {differ} of "
        f"{boundaries:,} NLTK boundaries ({differ / boundaries:.3%}); load {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
