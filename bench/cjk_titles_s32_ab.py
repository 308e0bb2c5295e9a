"""Both sides in one run (session 32): clauses ``cjk_glued_title_end_mark`` and
``cjk_one_char_title`` (transforms.numbered_titles) and rule ``author_says``
(transforms.author_says) switched off, then on; prints each text whose clean text or
section titles change (the titles added and gone, the characters cut), and the totals.
Arguments are file patterns or ``mirror:OWNER+NAME`` (a bare mirror under /work/.mirror,
its .txt/.md files decoded as UTF-8, GB18030 or CP932). ``--lines`` reads only the
line candidates of lines opening with 第 (fast, for wide corpora).

    .venv/bin/python bench/cjk_titles_s32_ab.py '/tmp/wtD32/u8/*.txt'
    .venv/bin/python bench/cjk_titles_s32_ab.py --lines mirror:aozorahack+aozorabunko_text
"""

from __future__ import annotations

import glob
import re
import subprocess
import sys
from collections import Counter

sys.path.insert(0, ".")

from bench.cjk_titles_s29_ab import _read, _run  # noqa: E402
from transforms import author_says, numbered_titles  # noqa: E402
from transforms.headings import line_candidates  # noqa: E402

_NEVER = re.compile(r"(?!x)x")
_FIRST_DI = re.compile(r"^[ \t\u3000]*(第[^\n]{1,80})$", re.M)


def _switch(on: bool, saved: tuple) -> None:
    if on:
        numbered_titles._GLUED_END_MARK_TITLE, numbered_titles._ONE_CHAR_TITLE = saved[:2]
        author_says.author_says_edits = saved[2]
    else:
        numbered_titles._GLUED_END_MARK_TITLE = numbered_titles._ONE_CHAR_TITLE = _NEVER
        author_says.author_says_edits = lambda text: []


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030", "cp932"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _texts(args: list[str]):
    for arg in args:
        if not arg.startswith("mirror:"):
            for path in sorted(glob.glob(arg)):
                yield path, _read(path)
            continue
        git = ["git", f"--git-dir=/work/.mirror/{arg[7:]}/repo"]
        tree = subprocess.run([*git, "ls-tree", "-r", "-z", "HEAD"], capture_output=True).stdout
        blobs = []
        for rec in filter(None, tree.split(b"\0")):
            meta, _, path = rec.partition(b"\t")
            if meta.split()[1] == b"blob" and path.endswith((b".txt", b".md")):
                blobs.append((meta.split()[2], path.decode()))
        cat = subprocess.Popen(
            [*git, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        for sha, path in blobs:
            cat.stdin.write(sha + b"\n")
            cat.stdin.flush()
            head = cat.stdout.readline().split()
            if len(head) < 3:  # missing from the mirror
                continue
            data = cat.stdout.read(int(head[2]))
            cat.stdout.read(1)
            yield f"{arg[7:]}:{path}", _decode(data)
        cat.stdin.close()
        cat.wait()


def main(args: list[str]) -> None:
    lines_only = "--lines" in args
    saved = (
        numbered_titles._GLUED_END_MARK_TITLE,
        numbered_titles._ONE_CHAR_TITLE,
        author_says.author_says_edits,
    )
    n = changed_text = changed_titles = before = after = 0
    for path, raw in _texts([a for a in args if a != "--lines"]):
        n += 1
        if lines_only:
            for m in _FIRST_DI.finditer(raw):
                line = m.group(1).rstrip()
                _switch(False, saved)
                off = bool(line_candidates(line, 0, 0, len(line)))
                _switch(True, saved)
                if off != bool(line_candidates(line, 0, 0, len(line))):
                    changed_titles += 1
                    print(path, "candidate" if not off else "lost", repr(line))
            continue
        _switch(False, saved)
        off = _run(raw)
        _switch(True, saved)
        on = _run(raw)
        before, after = before + len(off[1]), after + len(on[1])
        if off[0] != on[0]:
            changed_text += 1
            print(path, "text", len(off[0]), "->", len(on[0]))
        if off[1] != on[1]:
            changed_titles += 1
            added = list((Counter(on[1]) - Counter(off[1])).elements())
            gone = list((Counter(off[1]) - Counter(on[1])).elements())
            print(path, "sections", len(off[1]), "->", len(on[1]), "added", added, "gone", gone)
    if lines_only:
        print(f"{n} texts: lines changed {changed_titles}")
    else:
        print(
            f"{n} texts: text changed {changed_text}, section titles changed"
            f" {changed_titles}; sections {before} -> {after}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
