"""Gutenberg boilerplate left in the clean text of raw Project Gutenberg files, for
two checkouts in one run.

    .venv/bin/python bench/gutenberg_residue.py --before /work/main --after . \\
        --files '/tmp/wtE28/books/*.txt'

Per checkout, every file is cleaned as the pipeline does (``normalize_text`` then
``clean_text``, in a child process importing that checkout's ``transforms``), and the
clean text is searched for what a Gutenberg wrapping leaves: the words below, counted
per kind, and the first line of every text whose first paragraph is a credit or a
notice. Prints one table (kind: before / after, files) and the first lines that
differ. Nothing is written. Cost: one clean of each file per side (~0.4 s a book).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys

KINDS = {
    "Gutenberg": re.compile(r"Gutenb[eu]rg"),
    "gutenberg.org/.net": re.compile(r"gutenberg\.(?:org|net)", re.IGNORECASE),
    "Etext": re.compile(r"\bE-?texts?\b"),
    "Produced by / prepared by": re.compile(
        r"(?:Produced|prepared|Typed|transcribed|scanned|proofed)(?: and \w+)? by\b"
    ),
    "Small print / License": re.compile(r"SMALL PRINT|Project Gutenberg License|\bLicen[sc]e\b"),
    "Transcriber": re.compile(r"Transcriber", re.IGNORECASE),
    "donation": re.compile(r"\bdonations?\b", re.IGNORECASE),
    "eBook": re.compile(r"\be-?book\b", re.IGNORECASE),
    "END OF (THE|THIS) PROJECT": re.compile(r"END OF (?:THE|THIS) PROJECT", re.IGNORECASE),
    "page images note": re.compile(r"Images of the original pages"),
    "Michael S. Hart": re.compile(r"Michael S\. Hart"),
    # session 29: the lines of a transcriber's notes list left after its heading
    "transcriber's list lines": re.compile(
        r"(?:enclosed|represented|surrounded|delimited)[^\n]{0,40}underscores"
        r"|[Tt]ypographical errors (?:were |have been )?corrected"
        r"|[Ss]ilently corrected|non-standard spellings"
    ),
    # session 29 (wtC): a printer's imprint as one of the clean text's last 300 characters
    "printer's imprint at the end": re.compile(
        r"(?:PRINTED|Printed)\s+(?:in [A-Z][\w ]+?\s+)?(?:by|BY|at|AT)\b[^\n]{0,200}\Z"
        r"|,\s*(?:PRINTERS?|Printers?)\b[^\n]{0,120}\Z|Printers to (?:Her|His) Majesty[^\n]{0,80}\Z"
    ),
}

_CHILD = """
import glob, json, sys
sys.path.insert(0, sys.argv[1])
from transforms.clean import clean_text
from transforms.normalize import normalize_text
out = {}
for path in sorted(glob.glob(sys.argv[2])):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = normalize_text(f.read())
    out[path] = clean_text(text).text if text.strip() else ""
json.dump(out, sys.stdout)
"""


def _clean_all(code: str, pattern: str) -> dict[str, str]:
    run = subprocess.run(
        [sys.executable, "-c", _CHILD, os.path.abspath(code), pattern],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


def _counts(texts: dict[str, str]) -> dict[str, tuple[int, int]]:
    out = {}
    for kind, rx in KINDS.items():
        hits = [
            len(rx.findall(t.rstrip()[-300:] if "imprint" in kind else t)) for t in texts.values()
        ]
        out[kind] = (sum(hits), sum(1 for h in hits if h))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--before", required=True, help="checkout before the change")
    ap.add_argument("--after", default=".", help="checkout after the change")
    ap.add_argument("--files", required=True, help="glob of raw Gutenberg .txt files")
    args = ap.parse_args(argv)
    before = _clean_all(args.before, args.files)
    after = _clean_all(args.after, args.files)
    a, b = _counts(before), _counts(after)
    print(f"{len(before)} files")
    print(f"{'kind':32} {'before hits/files':>18} {'after hits/files':>18}")
    for kind in KINDS:
        x, y = "/".join(map(str, a[kind])), "/".join(map(str, b[kind]))
        print(f"{kind:32} {x:>18} {y:>18}")
    changed = [p for p in before if before[p] != after.get(p)]
    print(f"texts changed: {len(changed)}")
    for p in changed:
        first = [t.strip().split("\n")[0][:90] for t in (before[p], after[p])]
        print(f"  {os.path.basename(p)}: {first[0]!r} -> {first[1]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
