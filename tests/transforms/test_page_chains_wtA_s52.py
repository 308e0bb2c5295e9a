"""Clause ``shared_tails_once`` (transforms.page_chains): the chains of page lines are
counted in a forest, not built as lists, so a text with thousands of numbered lines
whose chains share their tails stays in linear memory, and rule ``page_furniture``
decides as before (the lists' multiset of lines and ratios, line by line)."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from transforms.page_chains import Forest
from transforms.page_furniture import MIN_RUN, page_furniture

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"


def _log(groups: int) -> str:
    """A numbered log: each number on 5 lines, then 5 lines of text. Each group's
    last two lines step to the next group's first, which steps on: two chains open a
    group, all of them run to the end (O(groups^2) lines as lists)."""
    return "".join(
        f"{g} entries logged.\n" * 5 + "The clerk counted them.\n" * 5 for g in range(1, groups + 1)
    )


def _old_chains(occ: list[tuple[int, int]], min_run: int) -> list[list[int]]:
    """Session 51's ``page_furniture._chains`` (base 55c4ea5d), the reference."""
    succ: dict[int, int] = {}
    for i, (line, value) in enumerate(occ):
        for j in range(i + 1, len(occ)):
            gap = occ[j][0] - line
            if gap > 400:
                break
            if gap >= 8 and 1 <= occ[j][1] - value <= 3:
                succ[i] = j
                break
    pred = {j: i for i, j in succ.items()}
    out = []
    for i in range(len(occ)):
        if i in pred:
            continue
        chain = [i]
        while chain[-1] in succ:
            chain.append(succ[chain[-1]])
        if len(chain) >= min_run:
            out.append(chain)
    return out


def _old_page_lines(chain: list[tuple[int, int]]) -> float:
    """Session 51's ``_page_lines`` (the median of the steps of the listed chains)."""
    pairs = zip(chain, chain[1:], strict=False)
    r = sorted((b[0] - a[0]) / (b[1] - a[1]) for a, b in pairs if b[1] > a[1])
    return r[len(r) // 2] if r else 0.0


def test_numbered_log_of_20000_lines_runs_under_2_gb():
    """20,000 numbered lines whose chains share tails (8,001 chains of up to 4,000
    lines each as lists): base 55c4ea5d's ``_chains`` raised MemoryError under this
    2 GB address-space limit (docs/quality/session-52-wtA.md); now nothing is cut (a
    log is no book: its lines end sentences) and the forest counts the chains."""
    script = textwrap.dedent(
        """
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
        sys.path.insert(0, sys.argv[1])
        from tests.transforms.test_page_chains_wtA_s52 import _log
        from transforms.page_furniture import page_furniture
        print(len(page_furniture(_log(4000))))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(REPO)], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split()[-1] == "0"
    occ = [(i, i // 10 + 1) for i in range(40000) if i % 10 < 5]
    forest = Forest(occ, 2)
    # Chains open at the first group's 5 lines and at lines 4 and 5 of each group after
    # (nothing steps to them): 8,001; the last group's first line is in 7,999 of them,
    # and as lists they held 16 million lines (pooled and chained again: billions).
    assert sum(forest.starts) == 8001
    assert max(forest.through) == forest.through[-5] == 7999
    assert sum(forest.through) == 16_015_998


def test_forest_gives_the_lists_multisets_on_random_lines():
    """The lines, steps and median page length of the counted chains are those of
    base 55c4ea5d's lists, shared tails and repeated lines included."""
    rng = random.Random(52)
    shared = 0
    for _ in range(400):
        span = rng.choice([40, 300, 2000])
        lines = sorted(rng.sample(range(span), min(rng.randint(0, 50), span)))
        occ = [(line, rng.randint(0, rng.choice([4, 12, 40]))) for line in lines]
        listed = Counter(occ[k] for c in _old_chains(occ, 2) for k in c)
        assert Forest(occ, 2).lines() == dict(listed)
        shared += any(t > 1 for t in listed.values())
        pooled = sorted(listed.elements())
        times = sorted(listed)
        for min_run in (2, MIN_RUN):
            chains = _old_chains(pooled, min_run)
            forest = Forest(times, min_run, [listed[o] for o in times])
            old = _old_page_lines([pooled[k] for c in chains for k in c])
            assert forest.page_lines() == old
            steps = {(occ[i], occ[j]) for i, j in Forest(occ, min_run).steps()}
            old_steps = {
                (occ[a], occ[b])
                for c in _old_chains(occ, min_run)
                for a, b in zip(c, c[1:], strict=False)
            }
            assert steps == old_steps
    assert shared > 100  # the shape is common, not a corner


def test_oz_caption_pages_share_a_tail_and_are_still_cut():
    """Real text: The Marvelous Land of Oz (Gutenberg, en_gutenberg_oz_caption_pages_s51.txt,
    from ../shared/data): "19 Full page line-art drawing." (page 19's caption) and "20"
    both step to page 21, so pages 21-25 stand in two chains; the page numbers 14-25
    are cut all the same (15 opens a chapter: "15 The Marvelous Powder of Life"), and the median page length counts the shared tail twice."""
    text = (DATA / "en_gutenberg_oz_caption_pages_s51.txt").read_text(encoding="utf-8")
    cut = [text[e.start : e.end].split() for e in page_furniture(text)]
    numbers = [words[0] for words in cut]
    assert numbers == [str(n) for n in range(14, 26) if n != 15]  # 15: a chapter heading
    lines = text.split("\n")
    occ = [(i, int(s)) for i, s in enumerate(x.strip() for x in lines) if s.isdigit()]
    occ += [(i, int(x.split()[0])) for i, x in enumerate(lines) if x.endswith("drawing.")]
    occ.sort()
    forest = Forest(occ, MIN_RUN)
    assert max(forest.through) == 2
    chains = _old_chains(occ, MIN_RUN)
    assert forest.page_lines() == _old_page_lines([occ[k] for c in chains for k in c])
