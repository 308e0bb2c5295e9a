"""Clause ``unmarked_under`` (rule ``markup_levels``, ``transforms.markup_headings``):
a heading the text rules found that no h-tag names, ranked below the confirmed rank
above it, sits under the deepest markup level.

Real text: the Debian Policy EPUB's chapter and section titles (Sphinx's markup, as
``test_markup_headings._sphinx_chapter`` writes it); only chapter 1 has its <h2>
sections here, so rule ``numbered_run`` (session 23) finds no chain of the <h2> numbers
in the text (two sub-numbers) and the text rules alone still take the list terms "1",
"2" for headings under chapter 1, as they did before that rule. Review of session 23
(branch wtA): ``test_unmarked_text_headings_sit_under_the_markup`` no longer failed
with the clause off once the text rules found "1.1. Scope" themselves.
"""

from __future__ import annotations

from tests.transforms.test_markup_headings import POLICY, _epub_of, _sections, _sphinx_chapter
from transforms.epub import book_in


def test_unmarked_under_list_terms_sit_under_the_h2_sections():
    """Chapter 1 with "1.1. Scope" and "1.2. New versions of this document" in <h2>,
    chapters 2-4 with none; a plain <dl> of the terms "1", "2" in chapter 1. The text
    rules alone put the terms one level under the chapter; with the markup they sit
    under the <h2> sections (level 3), not at the <h2> sections' level between them and
    the chapters (level 2 without the clause, where "1" closed "1.2")."""
    pages = [
        _sphinx_chapter(n, t, subs if n == 1 else [], "simple")
        for n, (t, subs) in enumerate(POLICY, 1)
    ]
    doc = book_in(_epub_of(pages), "policy.epub", "policy.epub", 10**7)
    assert _sections(doc, markup=())[:3] == [(1, "1. About this manual"), (2, "1"), (2, "2")]
    assert _sections(doc)[:5] == [
        (1, "1. About this manual"),
        (2, "1.1. Scope"),
        (2, "1.2. New versions of this document"),
        (3, "1"),
        (3, "2"),
    ]
