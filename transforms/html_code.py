"""Code blocks of an HTML page set in as a plain-text manual sets its examples
(clauses ``code_indent``, ``preformatted_text`` and ``pre_prose`` of
``transforms.html_text``, which documents them; moved here unchanged)."""

from __future__ import annotations

import re

from transforms.code_blocks import code_spans
from transforms.headings import MAX_LINE

CODE_INDENT = "    "
# Clause pre_prose: a shell prompt or comment ("$ lb build", "# make", "## x") opens code;
# a block half of whose lines are header fields ("Bug-Ubuntu: https://...", DEP-3, mail,
# debian/control) is data, not prose.
_PROMPT_LINE = re.compile(r"^ *(?:#+|[$%]) \S", re.MULTILINE)
_FIELD_LINE = re.compile(r"^ *[A-Z][a-z][\w-]*: \S", re.MULTILINE)


def _reads_as_code(block: str) -> bool:
    """Clause ``pre_prose``: a bare ``<pre>`` (set in by 4 spaces) holds code."""
    lines = sum(1 for line in block.split("\n") if line.strip())
    fields = len(_FIELD_LINE.findall(block))
    return bool(code_spans(block) or _PROMPT_LINE.search(block)) or 2 * fields >= lines


def indent_code(paragraphs: list[str], code: list[tuple[int, bool]]) -> list[int]:
    """Set in by 4 spaces, in place, the paragraphs ``code`` names (index, whether a code
    class names it); the indexes of those set in."""
    indented = []
    if 2 * sum(len(paragraphs[i]) for i, _ in code) <= sum(map(len, paragraphs)):
        # clause code_indent; not in a preformatted page (clause preformatted_text)
        for i, classed in code:
            lines = paragraphs[i].split("\n")
            block = "\n".join(CODE_INDENT + line if line.strip() else "" for line in lines)
            # clause pre_prose: a bare <pre> (no code class) that does not read as code, a
            # poem, letter or table set in <pre>, stays at the margin
            if classed or _reads_as_code(block):
                paragraphs[i] = block
                indented.append(i)
    return indented


# Clause code_no_sections (session 23): a code example's lines open no section. The text
# rules read the page's text, where a reStructuredText or Markdown example's "Document
# Title" over "==============" (docutils' doctree.html, 20 of them) is an underlined
# title: each line with words of a paragraph set in as code goes to the structure stage
# as a level-0 ``MarkupHeading`` (``transforms.markup_headings``, clause
# ``code_no_sections``), in its place among the page's h-tags, and a heading the text
# rules find on such a line is dropped. Lines over ``MAX_LINE`` are no heading anyway.
# Clause epub_code_lines (session 24): an EPUB chapter's code lines too (they opened
# sections of the book); ``transforms.epub_toc.toc_marks`` gives their marks no toc level.
def with_code_lines(
    marked: list[tuple[int, str, int]], paragraphs: list[str], code: list[int]
) -> list[tuple[int, str]]:
    """``marked`` (level, line, paragraph index of each h-tag) as (level, line), with
    (0, line) for each line of the ``code`` paragraphs, all in the text's order."""
    lines = [
        (i, 0, line.strip())
        for i in code
        for line in paragraphs[i].split("\n")
        if 0 < len(line.strip()) <= MAX_LINE and any(ch.isalnum() for ch in line)
    ]
    merged = sorted([(i, level, text) for level, text, i in marked] + lines, key=lambda m: m[0])
    return [(level, text) for _, level, text in merged]
