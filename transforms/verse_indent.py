"""Clause ``verse_alternate_indent``: a stanza whose alternate lines are indented.

Printed verse indents every second line (ballad metre, hymns, song lyrics:
Carroll's "The Walrus and the Carpenter", '"O Oysters, come and walk with us!"'
/ "  The Walrus did beseech."). The line rules of ``transforms.paragraphs`` read
an indented line under a full stop as a paragraph's opening, and
``verse_stanzas.verse_stanza`` refuses a whole quoted speech over a line that
ends a sentence (clause ``verse_no_speech_lines``, a novel's dialogue set a
paragraph a line), so the stanza was cut after its first line. The layout
itself is the evidence: prose indents a paragraph's first line, so its
indentation never alternates from a flush first line, and dialogue set a
paragraph a line is indented on every line or on none.

A blank-line block is such a stanza when:

- it has ``ALT_MIN_LINES``..``STANZA_MAX_LINES`` lines, the first flush (not
  indented in the text) and then indented and flush lines in turn;
- every line is at most ``VERSE_WIDTH`` characters, holds a lower-case letter
  and no digit (numbered items, dates);
- every flush line opens with a capital (after opening quotes, "`" included:
  Carroll's own quotes), and is no speaker's or a question's label ("Q:",
  "Retribution:", "Linus:": fortunes' definitions and exchanges, whose hanging
  indents alternate too); no line opens with a speech dash ("- ", "— "); an
  indented line opens with a capital, or in lower
  case when the line above runs on into it and the flush lines are narrower
  than a prose wrap (``WRAP_CHARS``: song lyrics, "Most folks they like the
  daytime," / "  'cause they like to see the shining sun."; a hanging-indented
  paragraph wraps its long first line);
- no indented line of ``WRAP_CHARS`` or more runs on (a novel's dialogue,
  hard-wrapped with indented paragraphs: '"Why not?"' / '    "Because
  Marionettes never grow. They are born Marionettes, they live' /
  "Marionettes, and they die Marionettes.\"", Pinocchio);
- no indented line is ``WRAP_CHARS`` or wider at all (clause
  ``alternate_indent_prose_width``: a stanza indents its metre's short lines; a
  prose-wide indented line ending a sentence opens a paragraph, Tom Sawyer);
- one line runs on (ends without a full stop), and most words inside lines are
  lower case (``LOWER_WORDS``), as for ``verse_stanza``.

Plays keep their line rules (``paragraphs.paragraph_starts`` asks ``play_like``
first, as for every stanza).
"""

from __future__ import annotations

import re

from transforms.verse_stanzas import LOWER_WORDS, STANZA_MAX_LINES, VERSE_WIDTH, WRAP_CHARS

ALT_MIN_LINES = 4
_INDENT = " \t\u3000"
_OPENS = re.compile(r"[\"'‘“«`(\[_—–-]*([^\W\d_])")
_ENDS_FULL = re.compile(r"[.!?…][\"'’”»)\]_]*$")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPEECH_DASH = re.compile(r"[-–—]+\s")
# A label opening a line: up to three capitalised words and a colon ("Q:",
# "Lady Nancy Astor:", "Linus:\tHi!"), alone or before the text.
_LABEL = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:(?:\s|$)")


def _opening(line: str) -> str:
    m = _OPENS.match(line)
    return m.group(1) if m else ""


# Clause verse_alternate_indent: indentation that alternates from a flush first
# line makes a stanza one paragraph, its line breaks kept (module doc).
def alternate_indent_stanza(lines: list[str], first_indented: bool) -> bool:
    """Whether the block ``lines`` (as in the text, indentation kept; the first
    line's indentation given by ``first_indented``, as the blank-line split takes
    it) are a stanza with alternate lines indented (module doc)."""
    if first_indented or not ALT_MIN_LINES <= len(lines) <= STANZA_MAX_LINES:
        return False
    if any((line[:1] in _INDENT) != (i % 2 == 1) for i, line in enumerate(lines)):
        return False
    body = [line.strip() for line in lines]
    for s in body:
        if len(s) > VERSE_WIDTH or _DIGIT.search(s) or not any(c.islower() for c in s):
            return False
    # A line opening with a spaced dash is a speech (fortunes-ru's jokes: "Алиса
    # Селезнева кричит в телефонную трубку:" / " - Коля! Коля!!! ...").
    if any(_SPEECH_DASH.match(s) for s in body):
        return False
    flush = body[0::2]
    if any(not _opening(s).isupper() or _LABEL.match(s) for s in flush):
        return False
    narrow = all(len(s) < WRAP_CHARS for s in flush)
    for above, s in zip(body[0::2], body[1::2], strict=False):
        if not _opening(s).isupper() and not (narrow and not _ENDS_FULL.search(above)):
            return False
    # A wide indented line running on is a paragraph's first line wrapped (a novel's
    # hard-wrapped dialogue, indented paragraphs, one line over two).
    if any(len(s) >= WRAP_CHARS and not _ENDS_FULL.search(s) for s in body[1::2]):
        return False
    # Clause alternate_indent_prose_width: an indented line as wide as a prose
    # wrap is a paragraph's first line even when it ends a sentence (Tom Sawyer
    # laid out with indented paragraphs, a section of four lines: '"Hold, my merry
    # men! Keep hid till I blow."' / '    Now appeared Joe Harper, as airily clad
    # and elaborately armed as Tom.' / 'Tom called:' / '    "Hold! Who comes here
    # into Sherwood Forest without my pass?"'); a stanza indents its short lines.
    if any(len(s) >= WRAP_CHARS for s in body[1::2]):
        return False
    if all(_ENDS_FULL.search(s) for s in body[:-1]):
        return False
    inner = [w for s in body for w in _WORD.findall(s)[1:]]
    return bool(inner) and sum(w[0].islower() for w in inner) >= LOWER_WORDS * len(inner)
