"""Speaker labels of plays as sentence starts (English).

Clause ``speech_line_label`` (session 21): in the First Folio's layout each speech
opens an indented line with its speaker's label (" Ol.Laf. Vncertaine life", " Ham.
To be, or not to be"). After a blank line the label opens a paragraph; after a single
newline it ran into the last sentence of the speech before it, whose end the Folio
often leaves without a stop ("Right, as 'twere a man assur'd of a-" / " Ol.Laf.
Vncertaine life": one sentence "Right, ... of a- Ol.Laf."). A line that rule
``speech_prefix`` of ``transforms.unwrap`` keeps as a speech (indented, opening with a
prefix that opens at least 3 indented lines of the text, so a name wrapped to a
line's start is none) now starts a sentence at its label; the speech after the label
starts one as after a blank line (Punkt's split after "Ol.Laf.", and clause
``numbered_speaker_label`` for "1." / "2.", which now also looks at indented lines
after a single newline).
"""

from __future__ import annotations

import collections
import re

from transforms.english_sentences import numbered_speaker_starts
from transforms.verse_lines import _SPEECH_PREFIX, _SPEECH_PREFIX_MIN

# An indented line after a newline, and the speech prefix that opens it.
_INDENTED_PREFIX = re.compile(r"\n[ \t]+(" + _SPEECH_PREFIX.pattern + ")")


def speech_line_starts(text: str) -> list[int]:
    """Clause ``speech_line_label``: the label of each speech line (rule
    ``speech_prefix``'s test) that does not follow a blank line."""
    lines = list(_INDENTED_PREFIX.finditer(text))
    counts = collections.Counter(m.group(1) for m in lines)
    return [
        m.start(1)
        for m in lines
        if counts[m.group(1)] >= _SPEECH_PREFIX_MIN and text[m.start() - 1 : m.start()] != "\n"
    ]


def speaker_starts(text: str) -> list[int]:
    """Sentence starts at and after plays' speaker labels: clauses
    ``numbered_speaker_label`` and ``speech_line_label``."""
    if "\n" not in text:
        return []
    return sorted(set(numbered_speaker_starts(text)) | set(speech_line_starts(text)))
