"""Traditional Chinese texts through the text stages, two checkouts side by side (session 29).

    .venv/bin/python bench/traditional_audit.py BEFORE_CODE AFTER_CODE 'DIR/*.txt'

BEFORE_CODE and AFTER_CODE are checkouts (or ``git archive`` copies of their
``transforms/``); each side runs ``bench/snapshot.py``'s per-document pass
(normalize, clean, analyze) on the texts of the glob, in two processes. Per
side: documents, cleaned characters, sections, sentences, and the cleaned lines
that still hold a link beside a download word ("下載"/"下载", "請訪問"/"请访问",
"電子書"/"电子书", "本書由"/"本书由"); then the documents whose text or sections
differ, with the lines removed or added. Texts used in session 29: the 84
non-empty files of oscarsun72/chtxt (Traditional classics and novels, fetched
under /tmp, never into the project).
"""

from __future__ import annotations

import difflib
import glob
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import snapshot  # noqa: E402

_NOTICE = re.compile(
    r"(?=.*(?:https?://|www\.))(?=.*(?:下[載载]|[請请][訪访]問|[電电]子[書书]|本[書书]由))"
)


def _side(code: str, docs: list[tuple[str, str]]) -> dict:
    with ProcessPoolExecutor(2, initializer=snapshot._init, initargs=(code,)) as pool:
        return {name: (entry, text) for name, entry, text in pool.map(snapshot._one, docs)}


def main(argv: list[str]) -> int:
    before_code, after_code, pattern = argv
    docs = []
    for path in sorted(glob.glob(pattern)):
        with open(path, encoding="utf-8", errors="replace") as f:
            docs.append((os.path.basename(path), f.read()))
    sides = {"before": _side(before_code, docs), "after": _side(after_code, docs)}
    for label, res in sides.items():
        chars = sum(e["clean_chars"] for e, _ in res.values())
        secs = sum(len(e.get("sections", [])) for e, _ in res.values())
        sents = sum(e.get("sentences", 0) for e, _ in res.values())
        left = [ln for _, t in res.values() for ln in t.splitlines() if _NOTICE.match(ln)]
        print(
            f"{label}: {len(res)} docs, {chars} chars, {secs} sections, {sents} sentences, "
            f"{len(left)} notice lines left in {sum(1 for _, t in res.values() if _NOTICE.search(t))} docs"
        )
    changed = 0
    for name, _ in docs:
        (ea, ta), (eb, tb) = sides["before"][name], sides["after"][name]
        if ta == tb and ea.get("sections") == eb.get("sections"):
            continue
        changed += 1
        diff = [
            d
            for d in difflib.unified_diff(ta.splitlines(), tb.splitlines(), lineterm="", n=0)
            if d[:1] in "+-" and d[:3] not in ("+++", "---")
        ]
        print(
            f"  {name}: {len(diff)} lines differ, sections {len(ea.get('sections', []))} -> "
            f"{len(eb.get('sections', []))}; {diff[:2]}"
        )
    print(f"{changed} of {len(docs)} documents differ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
