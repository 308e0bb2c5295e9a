"""Lines holding HTML references / inline tags per corpus, before and after rules
``html_entity``, ``escaped_tag``, ``stray_html_tag`` (transforms.html_entities), one run.

    .venv/bin/python bench/html_entities_ab.py FOLDER_OR_JSONL...

Each argument: a folder of .txt files (UTF-8) or a JSONL file (its "article" or "text").
Prints per argument: files, lines with a reference/tag before, after, and lines changed.
"""

import glob
import json
import os
import re
import sys

from transforms.html_entities import html_edits
from transforms.textedit import apply_edits

_ENTITY = re.compile(r"&(?:amp;)*(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_TAG = re.compile(
    r"</?(?:span|strong|font|b|i|em|u|br|p|div|a|sup|sub|small|big|center)\b[^<>\n]*>", re.I
)


def texts(arg):
    if os.path.isdir(arg):
        for p in sorted(glob.glob(os.path.join(arg, "*.txt"))):
            yield p, open(p, encoding="utf-8", errors="replace").read()
    else:
        for i, line in enumerate(open(arg, encoding="utf-8")):
            r = json.loads(line)
            yield f"{arg}:{i}", r.get("article") or r.get("text", "")


def marked(text):
    return sum(1 for ln in text.splitlines() if _ENTITY.search(ln) or _TAG.search(ln))


for arg in sys.argv[1:]:
    n = before = after = changed = 0
    for _, text in texts(arg):
        n += 1
        out = apply_edits(text, html_edits(text))[0]
        before, after = before + marked(text), after + marked(out)
        if out != text:
            a, b = text.splitlines(), out.splitlines()
            changed += sum(x != y for x, y in zip(a, b, strict=False)) + abs(len(a) - len(b))
    print(
        f"{arg}: {n} texts, lines with a reference/tag {before} -> {after}, lines changed {changed}"
    )
