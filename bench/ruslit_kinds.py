"""Count session 28's RusLit defect kinds on two snapshots, each read by its own code.

    .venv/bin/python bench/ruslit_kinds.py BEFORE.json CODE_BEFORE AFTER.json CODE_AFTER

Snapshots from ``bench/snapshot.py take ... --files 'DIR/RusLit/*/*/*.txt'`` (names
must hold "RusLit"). Per side, over the RusLit documents: sections opened by a number
after the last "Примечания" / "Комментарии" line (notes read as chapters), section
titles over 60 characters, Roman numerals written with Cyrillic look-alikes ("Х",
"ХІ", "ХXХVI") that open no section, and sentences (``sentence_spans`` of that side's
code over the cleaned texts) that open on a dash and a lower-case word, by dash and by
what ends the sentence before ("mark": "!" / "?" with dots or quotes; "period"). Each
side runs in its own process, so both checkouts' ``transforms`` can be imported.
"""

import collections
import json
import re
import subprocess
import sys

NOTES = re.compile(r"(?m)^\s*(Примечания|ПРИМЕЧАНИЯ|Комментарии|КОММЕНТАРИИ)\s*$")
CYR_ROMAN = re.compile(r"^(?=.*[ІХ])[IVXLCІХ]+\.?$")
OPEN = re.compile(r"^(—|–|--|-)[ \t\xa0]*([^\W\d_])")
MARK_END = re.compile(r"[!?](\.{0,3}|…)[\"'”’»«›“)\]]*$")


def side(snap: str, code: str) -> dict:
    sys.path.insert(0, code)
    from transforms.sentences import sentence_spans

    docs = json.load(open(snap))["documents"]
    out = collections.Counter()
    for name, e in sorted(docs.items()):
        if "RusLit" not in name or "sections" not in e:
            continue
        text = open(snap + ".texts/" + e["text_file"]).read()
        sections = e["sections"]
        out["sections"] += len(sections)
        out["titles over 60 characters"] += sum(len(s[3]) > 60 for s in sections)
        notes = [m.start() for m in NOTES.finditer(text)]
        if notes:
            out["note-number sections"] += sum(
                1 for s in sections if s[0] > notes[-1] and re.match(r"\d+( |$)", s[3])
            )
        starts, pos = {s[0] for s in sections}, 0
        for line in text.split("\n"):
            off = pos + len(line) - len(line.lstrip())
            pos += len(line) + 1
            if CYR_ROMAN.match(line.strip()):
                out["cyrillic roman lines"] += 1
                out["cyrillic roman lines opening none"] += off not in starts
        for a, b in sentence_spans(text).tolist() if text.strip() else []:
            out["sentences"] += 1
            m = OPEN.match(text[a:b])
            if m and m.group(2).islower():
                before = text[:a].rstrip()[-4:]
                end = (
                    "mark"
                    if MARK_END.search(before)
                    else "period"
                    if before[-1:] == "."
                    else "other"
                )
                out[f"dash+lower after {end}: {m.group(1)}"] += 1
    return dict(out)


if __name__ == "__main__":
    if sys.argv[1] == "--side":
        print(json.dumps(side(sys.argv[2], sys.argv[3])))
        sys.exit(0)
    before_snap, before_code, after_snap, after_code = sys.argv[1:5]
    sides = []
    for snap, code in ((before_snap, before_code), (after_snap, after_code)):
        run = [sys.executable, __file__, "--side", snap, code]
        sides.append(json.loads(subprocess.run(run, capture_output=True, check=True).stdout))
    for key in sorted(set(sides[0]) | set(sides[1])):
        print(f"{key:45} {sides[0].get(key, 0):>9,} {sides[1].get(key, 0):>9,}")
