"""How much of each validation document's text is also in train? (a built dataset)

    .venv/bin/python bench/split_overlap.py OUT [--n 8] [--max-share 0.05]

Rebuilds every document of both splits from the rows of the largest window
(``training.perplexity.dataset_documents``: the exact tokens the trainer sees),
decodes them with the dataset's tokenizer (``manifest.json``), and prints, per
validation document, the fraction of its distinct word n-grams (default 8) that
occur anywhere in train and the train document sharing most of them. Exit status
1 when any validation document shares more than ``--max-share`` (default 5%).
"""

from __future__ import annotations

import argparse
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, REPO)

from training.perplexity import dataset_documents  # noqa: E402
from transforms.near_duplicates import split_overlap  # noqa: E402
from transforms.tokenize import load_tokenizer  # noqa: E402


def split_texts(out: str, split: str, tokenizer) -> dict[str, str]:
    return {d.doc_id: tokenizer.decode(d.token_ids.tolist()) for d in dataset_documents(out, split)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="a dataset built by longctx dataset")
    parser.add_argument("--n", type=int, default=8, help="words per n-gram (default 8)")
    parser.add_argument("--max-share", type=float, default=0.05)
    args = parser.parse_args(argv)
    with open(os.path.join(args.out, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    tokenizer = load_tokenizer(manifest["tokenizer"]["path"])
    train = split_texts(args.out, "train", tokenizer)
    validation = split_texts(args.out, "validation", tokenizer)
    result = split_overlap(validation, train, args.n)
    near = manifest.get("near_duplicates", {})
    print(
        f"{args.out}: {len(train)} train and {len(validation)} validation documents; "
        f"near-duplicate clusters: {near.get('clusters', 'n/a')} "
        f"(threshold {near.get('threshold', 'n/a')})\n"
    )
    print(
        f"| validation document | {args.n}-grams | shared with train | train document sharing most |"
    )
    print("|---|---|---|---|")
    for doc_id, (share, top, count) in sorted(result.items(), key=lambda kv: -kv[1][0]):
        print(f"| {doc_id} | {count} | {share:.2%} | {top} |")
    worst = max((share for share, _, _ in result.values()), default=0.0)
    print(f"\nmax share {worst:.2%} (limit {args.max_share:.0%})")
    return 0 if worst <= args.max_share else 1


if __name__ == "__main__":
    raise SystemExit(main())
