"""Raw Project Gutenberg books in other languages at a base checkout and at this one,
both sides in one run (session 30, ``transforms.gutenberg_european`` and the heading
clauses ``long_chapter_title``, ``canto_number_words``, ``old_german_ordinals``,
``contents_column_heads``): per language (the folder a file lies in) the books, the
transcribers' and distributors' notes left in the clean text, the sections, and the
books whose text or sections changed; then every changed book, its removed lines and
its added or removed section titles.

    git archive c5c5afc transforms schemas | tar -x -C /tmp/base   # the base's code
    .venv/bin/python bench/european_gutenberg.py /tmp/base CORPUS/*/*.txt

Each side runs in its own process with its code first on ``sys.path``.
"""

from __future__ import annotations

import collections
import difflib
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_SIDE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text
out = {}
for path in sys.argv[2:]:
    cleaned = clean_text(normalize_text(open(path, encoding="utf-8", errors="replace").read()))
    text = cleaned.text  # the cut "#" marks go back to the structure stage, as in the pipeline
    out[path] = [text, [s.title for s in analyze_text(text, markup=cleaned.markup_headings).sections]]
print(json.dumps(out))
"""
# What a note left in the training text shows (the headings the clauses cut).
_NOTE = re.compile(
    r"Trascrittore|TRANSCRIPCI[ÓO]N|transcriptor|transcripteur|zur Transkription|transcritor"
    r"|Liste des modifications:|Gutenberg Projekt|Au lecteur\n\n[^\n]*(?:électronique|papier)",
    re.IGNORECASE,
)


def _side(code: str, paths: list[str]) -> dict[str, list]:
    done = subprocess.run(
        [sys.executable, "-c", _SIDE, code, *paths], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def main(base: str, paths: list[str]) -> None:
    before, after = _side(base, paths), _side(REPO, paths)
    rows: dict[str, list[int]] = collections.defaultdict(lambda: [0] * 6)
    for path in paths:
        (old_text, old_secs), (new_text, new_secs) = before[path], after[path]
        row = rows[os.path.basename(os.path.dirname(path))]
        row[0] += 1
        row[1] += len(_NOTE.findall(old_text))
        row[2] += len(_NOTE.findall(new_text))
        row[3] += len(old_secs)
        row[4] += len(new_secs)
        if old_text == new_text and old_secs == new_secs:
            continue
        row[5] += 1
        print(f"=== {path}: {len(old_text)} -> {len(new_text)} characters, "
              f"{len(old_secs)} -> {len(new_secs)} sections")  # fmt: skip
        lines = difflib.unified_diff(old_text.splitlines(), new_text.splitlines(), n=0)
        for line in lines:
            if line[:1] in "+-" and line[:3] not in ("---", "+++") and line[1:].strip():
                print(f"  text {line[:140]}")
        for line in difflib.unified_diff(old_secs, new_secs, n=0):
            if line[:1] in "+-" and line[:3] not in ("---", "+++"):
                print(f"  section {line[:100]}")
    print("language books notes_before notes_after sections_before sections_after changed")
    for lang in sorted(rows):
        print(lang, *rows[lang])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
