"""A Creative Commons licence in a Gutenberg book: rule ``gutenberg_notice``.

Clause of session 30 (raw texts of GitHub rcdm-uga/Gutenberg_Text):
``creative_commons_licence``: David Wyllie's Siddhartha (filed twice, under Hesse and
under Wyllie: the collection's only texts naming "Creative Commons") opens with "This
translation is licensed under the Creative Commons Attribution-NonCommercial-NoDerivatives
4.0 International License, which appears below ..." and closes with the licence's legal
code, 13,580 characters ("Creative Commons Attribution-NonCommercial-NoDerivatives 4.0
International Public License" / "By exercising the Licensed Rights (defined below), You
accept ..." / "Section 1 – Definitions." ... "Section 8 – Interpretation."), both kept as
training text, the legal code as the book's last 13,580 characters. Cut only in a text
with a Gutenberg end marker: the opening paragraph when it is one sentence-sized
paragraph that opens "This <translation|work|book|...> is licensed under the Creative
Commons" in the first 10,000 characters of the body; the legal code from its title line
(with a rule line just above it) to the end marker, when "By exercising the Licensed
Rights" follows the title within 400 characters and the title stands in the body's
second half. A one-line "Copyright (C) 2018 by David Wyllie." paragraph just above the
statement goes with it.

Cost: two substring finds, then one regex at their places.
"""

from __future__ import annotations

import re

from transforms.boilerplate_scan import skip_blank_lines
from transforms.textedit import Edit

RULE = "gutenberg_notice"

_STATEMENT = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*This (?:translation|work|book|e-?book|edition|text)"
    r" is licensed under (?:a |the )?Creative Commons\b[^\n]*(?:\n[ \t]*\S[^\n]*){0,5}"
    r"(?=\n[ \t]*\n|\Z)"
)
_LEGAL_TITLE = re.compile(
    r"\n(?:[ \t]*[-=_*]{10,}[ \t]*\n(?:[ \t]*\n)*)?"
    r"[ \t]*Creative Commons Attribution[-\w \t]*?\s+(?:\d\.\d\s+)?(?:International\s+)?"
    r"Public License[ \t]*\n"
)
# the translator's copyright line as the paragraph just above the statement goes with it
_COPYRIGHT_ABOVE = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(Copyright (?:\([Cc]\)|©)[ \t]*\d{4}[^\n]{0,80})\n(?:[ \t]*\n)+\Z"
)
_EXERCISING = "By exercising the Licensed Rights"
_STATEMENT_REACH = 10_000
_STATEMENT_MAX = 600
_TITLE_REACH = 400


def creative_commons_licences(text: str, footer: int | None, body: int) -> list[Edit]:
    if footer is None or "Creative Commons" not in text:
        return []
    cuts = []
    # from the blank lines above the body, where a header was cut
    m = _STATEMENT.search(text, max(0, body - 200), min(footer, body + _STATEMENT_REACH))
    if m and len(m.group(0).strip()) <= _STATEMENT_MAX:
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        above = _COPYRIGHT_ABOVE.search(text, max(0, body - 200), start)
        if above and above.start(1) >= body:
            start = above.start(1)
        if start >= body:
            cuts.append(Edit(start, skip_blank_lines(text, m.end()), "", RULE))
    at = text.find(_EXERCISING, body, footer)
    while at >= 0:
        title = None
        for t in _LEGAL_TITLE.finditer(text, max(body, at - _TITLE_REACH), at):
            title = t
        if title and title.start() - body > footer - title.start():
            cuts.append(Edit(title.start() + 1, footer, "", RULE))
            break
        at = text.find(_EXERCISING, at + 1, footer)
    return cuts
