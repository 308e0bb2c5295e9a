"""Clause ``same_file_named_twice``: one input file that the ``--input`` patterns reach
more than once (the same path twice, a path and a glob or a folder holding it, the path
spelled another way: ``./in/a.txt``, ``in//a.txt``, its absolute path) is read once,
and the manifest and the log say which inputs were the same file.

Before: the same path named twice was read once without a word, and the same path
spelled another way was a ``duplicate_file`` rejection that called it "a link". A
file reached under another *name* (a symbolic or hard link) stays a
``duplicate_file`` rejection (``inputs._one_name_per_file``), and is listed here too.

Pure functions of the ``InputFile`` list; the manifest's ``inputs.same_file`` block is
written only when there is something to say, so manifests of other builds are as
before (the stale-input check compares only the fingerprints).
"""

from __future__ import annotations

import os

ANOTHER_NAME = " (reached under another name: a symbolic or hard link)"
AS_SPELLED = "as spelled"  # first half of the key of a path whose spelling is taken


def spelling_key(path: str) -> str:
    """The key under which two spellings of one local path meet: its absolute,
    normalized form (``./in//a.txt`` -> ``/cwd/in/a.txt``); a remote path as it is."""
    return path if "://" in path else os.path.abspath(path)


def same_inode(a: str, b: str) -> bool:
    """Whether the local paths ``a`` and ``b`` are one file (a lexical ``..`` through
    a folder link can make two spellings of different files meet: those stay two).
    ``lstat``: one directory entry, so a broken link spelled twice is one too."""
    try:
        sa, sb = os.lstat(a), os.lstat(b)
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)


def same_file_block(files) -> list[dict]:
    """``[{"read": path, "inputs": [patterns that reached it], "other_names": [...]}]``
    for every file reached more than once, in path order; [] when none was."""
    others: dict[str, list[str]] = {}
    for f in files:
        if f.same_as:
            others.setdefault(f.same_as, []).append(f.source)
    block = []
    for f in files:
        if f.problem:
            continue
        names = others.get(f.source, [])
        if len(f.named_by) > 1 or names:
            entry = {"read": f.source, "inputs": list(f.named_by)}
            if names:
                entry["other_names"] = names
            block.append(entry)
    return block


def same_file_line(block: list[dict]) -> str:
    """One log line for the block ("" when empty): which inputs were the same file."""
    if not block:
        return ""
    shown = []
    for entry in block[:5]:
        how = ", ".join(f"--input {p}" for p in entry["inputs"])
        if names := entry.get("other_names"):
            how += f"; its other names {', '.join(names)} are duplicate_file rejections"
        shown.append(f"{entry['read']} (reached by {how})")
    more = f"; and {len(block) - 5} more" if len(block) > 5 else ""
    files = "1 input file was" if len(block) == 1 else f"{len(block)} input files were"
    return (
        f"{files} reached more than once and read once: {'; '.join(shown)}{more} "
        "(manifest.json inputs.same_file lists them all)"
    )
