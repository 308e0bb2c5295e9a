"""Clause ``restart_runs`` (``transforms.page_paragraphs``, rule ``page_furniture``):
page numbers that start again are a rising run each, and each run's pages stay
page lines.

Real text: the Valgrind manual (Debian package valgrind, valgrind_manual.pdf through
pdftotext): its books (Quick Start Guide, User Manual, FAQ, ...) each number their
pages from 1, and the User Manual's page feet are a lone number then the head
"Using and understanding the Valgrind core". With one longest rising run of anchors
for the whole document, the branch left 70 of its page lines and heads in the text
(User Manual pages 2-4, 29, 34, 35, Cachegrind 95-96, Massif 155, BBV 174-176, the GPL's
1 and 15), the anchors of every book but one left out.
"""

from __future__ import annotations

from tests.transforms.test_page_paragraphs import _cut_lines
from transforms.normalize import normalize_text

# Section 2.1 of the User Manual, as pdftotext wraps it.
PROSE = [
    "Valgrind is designed to be as non-intrusive as possible. It works directly with existing executables. You don't need to",
    "recompile, relink, or otherwise modify the program to be checked.",
    "Regardless of which tool is in use, Valgrind takes control of your program before it starts. Debugging information is",
    "read from the executable and associated libraries, so that error messages and other outputs can be phrased in terms",
    "of source code locations, when appropriate.",
    "Your program is then run on a synthetic CPU provided by the Valgrind core. As new code is executed for the first",
    "time, the core hands the code to the selected tool. The tool adds its own instrumentation code to this and hands the",
    "result back to the core, which coordinates the continued execution of this instrumented code.",
    "The amount of instrumentation code added varies widely between tools. At one end of the scale, Memcheck adds",
    "code to check every memory access and every value computed, making it run 10-50 times slower than natively. At",
    "the other end of the spectrum, the minimal tool, called Nulgrind, adds no instrumentation at all and causes in total",
    '"only" about a 4 times slowdown.',
    "Valgrind simulates every single instruction your program executes. Because of this, the active tool checks, or profiles,",
    "not only the code in your application but also in all supporting dynamically-linked libraries, including the C library,",
    "graphical libraries, and so on.",
]
HEAD = "Using and understanding the Valgrind core"


def _manual(books: tuple[int, ...] = (20, 40)) -> tuple[str, set[int]]:
    """Books of ``books`` pages each numbered from 1, the number alone at each page's
    foot: the text and the page-number lines (indexes). The first book's pages end on a
    sentence but every fourth (its code and lists), the second's inside one, so its
    anchors (page lines in a sentence) outnumber the first's."""
    out: list[str] = []
    numbers: set[int] = set()
    k = 0
    for b, pages in enumerate(books):
        out += ["", f"Valgrind Book {b + 1}", ""]
        for n in range(1, pages + 1):
            out += [HEAD, ""] if n > 1 else []
            lines = 0
            while lines < 38 or (
                PROSE[(k - 1) % len(PROSE)].endswith(".") != (b == 0 and n % 4 > 0)
            ):
                out.append(PROSE[k % len(PROSE)])
                k += 1
                lines += 1
            numbers.add(len(out) + 1)
            out += ["", str(n), ""]
    return "\n".join(out) + "\n", numbers


def test_restart_runs_every_book_keeps_its_page_numbers():
    text, numbers = _manual()
    assert normalize_text(text) == text
    cut = _cut_lines(text)
    lines = text.split("\n")
    missed = sorted((i, lines[i]) for i in numbers if i not in cut)
    assert not missed  # without the clause: book 1's pages 1, 2, 3 left in the text
    assert not {i for i in cut if lines[i] in PROSE}
