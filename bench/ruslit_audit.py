"""Count the chapter-like lines of snapshot documents that open no section (session 27).

    .venv/bin/python bench/ruslit_audit.py SNAP.json [KIND]   # KIND: list its documents

Per kind of line (a bare Roman or Arabic number, "Глава ...", "Часть ...", "Книга ...",
"* * *") of the cleaned texts of the ``files/`` documents whose name holds "RusLit"
(``bench/snapshot.py take ... --files``): how many there are, how many open no
section, in how many documents, with the first examples and the line under each.
A heuristic count for an audit, not a gold standard: "Глава семьи" in verse matches,
footnote numbers under "Примечания" count as missed.
"""

import collections
import json
import re
import sys

snap = sys.argv[1]
d = json.load(open(snap))["documents"]
pats = {
    "roman": re.compile(r"^[IVXLC]+\.?$"),
    "arabic": re.compile(r"^\d{1,3}\.?$"),
    "glava": re.compile(r"^(ГЛАВА|Глава)\b.{0,60}$"),
    "chast": re.compile(r"^(ЧАСТЬ|Часть)\b.{0,40}$"),
    "kniga": re.compile(r"^(КНИГА|Книга)\b.{0,60}$"),
    "stars": re.compile(r"^\*( ?\*)+$"),
}
tot = collections.Counter()
miss = collections.Counter()
ex = collections.defaultdict(list)
docs = collections.defaultdict(set)
for k, e in sorted(d.items()):
    if "RusLit" not in k:
        continue
    t = open(snap + ".texts/" + e["text_file"]).read()
    starts = {s[0] for s in e["sections"]}
    pos = 0
    lines = t.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        off = pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
        for kind, p in pats.items():
            if p.match(s):
                tot[kind] += 1
                if off not in starts:
                    miss[kind] += 1
                    docs[kind].add(k.split("RusLit/")[1])
                    nxt = lines[i + 1][:50] if i + 1 < len(lines) else ""
                    ex[kind].append((k.split("RusLit/")[1], s, repr(nxt)))
for kind in pats:
    print(kind, "lines", tot[kind], "missed", miss[kind], "docs", len(docs[kind]))
    for x in ex[kind][:4]:
        print("   ", x)
    if len(sys.argv) > 2 and sys.argv[2] == kind:
        for x in sorted(docs[kind]):
            print("      ", x, sum(1 for y in ex[kind] if y[0] == x))
