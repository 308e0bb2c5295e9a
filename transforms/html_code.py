"""Code blocks of an HTML page set in as a plain-text manual sets its examples
(clauses ``code_indent``, ``preformatted_text`` and ``pre_prose`` of
``transforms.html_text``, which documents them; moved here unchanged)."""

from __future__ import annotations

import re

from transforms.code_blocks import code_spans

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


def indent_code(paragraphs: list[str], code: list[tuple[int, bool]]) -> None:
    """Set in by 4 spaces, in place, the paragraphs ``code`` names (index, whether a code
    class names it)."""
    if 2 * sum(len(paragraphs[i]) for i, _ in code) <= sum(map(len, paragraphs)):
        # clause code_indent; not in a preformatted page (clause preformatted_text)
        for i, classed in code:
            lines = paragraphs[i].split("\n")
            block = "\n".join(CODE_INDENT + line if line.strip() else "" for line in lines)
            # clause pre_prose: a bare <pre> (no code class) that does not read as code, a
            # poem, letter or table set in <pre>, stays at the margin
            if classed or _reads_as_code(block):
                paragraphs[i] = block
