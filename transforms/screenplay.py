"""Screenplays and teleplays (part of ``transforms.sections``' rules and of the
paragraph starts in ``transforms.structure``).

A screenplay (Fountain, or the plain text of a typed script) is built of scenes,
each opened by a scene heading ("slug line"): ``INT.`` (interior), ``EXT.``
(exterior), ``INT./EXT.``, ``I/E`` or ``EST.``, a place and most often a time of
day, alone on a line in capitals ("EXT. BRICK'S PATIO - DAY", "INT. WILL'S
BEDROOM - NIGHT (1973)"), a production script's scene number on one or both
sides ("12 INT. HOUSE - DAY 12", "12A EXT. ROAD - NIGHT 12A") or Fountain's at the
end ("INT. HOUSE - DAY #12#"). Russian scripts write ``ИНТ.`` / ``НАТ.``.
Between them: action, character cues ("EDWARD (V.O.)", "STEEL (CONT'D)") over
their dialogue, parentheticals ("(beer raised)") and transitions ("CUT TO:").

Rule ``scene_heading``: in a document with at least ``MIN_SCENES`` scene
headings, each in capitals, at the margin of its block (a blank line, or the
text's start, above it), every one of them opens a section at the rank of a
play's "SCENE" (``headings.KEYWORD_RANK``), under the acts ("ACT ONE",
Fountain's "# ACT ONE") when there are any. Clause ``screenplay_no_caps``: in
such a document a line in capitals or a bare number is a cue, a shot ("ON WILL
AND SANDRA", "A RIVER."), a transition ("FADE OUT.") or a page or scene number,
never a heading: those candidates are dropped. One or two "INT." lines (a
register's name in a manual, a list) make no screenplay (clause
``interrupt_call``: nor does "INT 21H", an x86 interrupt call in an assembly
listing in capitals, count as one); clause ``scenes_span``:
nor do scene headings that span less than ``MIN_SPAN`` of the text, from the
first to the last (a script excerpt quoted in a novel or a manual).

Clause ``teleplay_parts``: in a screenplay with acts (an "ACT ONE" keyword
heading), a line "TEASER", "COLD OPEN" or "TAG" alone between blank lines is
a part of the episode at the acts' rank (the teaser or cold open before act
one, the tag after the last act); before, ``screenplay_no_caps`` dropped it as
a line in capitals and its scenes fell under the act before ("END OF TEASER",
"END OF ACT ONE" stay lines of the text).

Rule ``speech_label``: in a screenplay, a character cue (a line in capitals,
its extension in parentheses, right above a line of dialogue) and a
parenthetical (a line in parentheses inside a speech) is a paragraph of its
own, kept whole: "EDWARD\\nI didn't put any stock ..." was one sentence, and
the cue the first words of a key sentence.

Cost: one regex search over the text for the headings' words (clause ``scene_keyword_led``);
documents without a scene heading stop there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms import headings as hd
from transforms.contents import Lines, scan_lines

MIN_SCENES = 3
MIN_SPAN = 0.5
SCENE_RANK = hd.KEYWORD_RANK["scene"]
# Clause est_period: "EST." (an establishing shot) only with its full stop: "EST" is a French word
# ("EST LE PLUS DANS LE VRAI ...", a line in capitals of Gutenberg's pg4363).
_PREFIX = r"(?:(?:INT\.?/EXT|EXT\.?/INT|INT|EXT|I/E|ИНТ|НАТ|ЭКСТ)[./]?|EST\.)"
# A scene number: "12", "12A", "A12" (production scripts), "#12#" (Fountain).
_SCENE_NUMBER = r"[A-Z]?\d{1,4}[A-Z]?"
_SCENE_HEADING = re.compile(
    rf"(?:{_SCENE_NUMBER}[ \t]+)?(?P<prefix>{_PREFIX})[ \t]+(?P<place>\S.*?)"
    rf"(?:[ \t]+(?:{_SCENE_NUMBER}|#[\w.-]+#))?"
)
# Clause interrupt_call: "INT 21H", "INT 10", "INT 0X80" (an x86 interrupt call in an
# assembly listing in capitals, the number its whole operand, an assembler's "; ..."
# comment after it) is no interior: a bare number is never a scene's place. Clause
# numbered_place: "INT 7-ELEVEN - NIGHT", "INT 10 DOWNING STREET - DAY" (no full
# stop after INT) are scenes.
_INTERRUPT = re.compile(r"INT[ \t]+(?:\d+|\d[0-9A-F]*H|0X[0-9A-F]+)[ \t]*(?:;.*)?")
# Cheap test for the whole text: a line that may start with a scene heading.
_ANY_HEADING = re.compile(
    rf"^[ \t]*(?:{_SCENE_NUMBER}[ \t]+)?(?:INT|EXT|EST|I/E|ИНТ|НАТ|ЭКСТ)[./ ]", re.M
)
# Clause scene_keyword_led (session 44, cost only): _ANY_HEADING's words with what follows them,
# searched for first; a line is tried from its start only when it holds one.
_HEADING_WORD = re.compile(r"(?:INT|EXT|EST|I/E|ИНТ|НАТ|ЭКСТ)[./ ]")
# A cue: a name in capitals (letters, digits, ". ' - &" and spaces), then any
# extensions in parentheses ("(V.O.)", "(CONT'D)", "(O.S., PRELAP)"), Fountain's
# "^" (dual dialogue) last. A transition ends with ":" and never matches.
_CUE = re.compile(r"[^\W\d_][\w .'’&-]{0,40}?(?:[ \t]*\([^()\n]{1,30}\))*(?:[ \t]*\^)?")
_PARENTHETICAL = re.compile(r"\([^()\n]{1,80}\)")
_DROPPED_KINDS = ("caps", "numeral", "numbered")
ACT_RANK = hd.KEYWORD_RANK["act"]
_TELEPLAY_PART = re.compile(r"TEASER|COLD OPEN|TAG")


@dataclass(frozen=True)
class Label:
    """A cue or parenthetical line (rule ``speech_label``)."""

    start: int
    end: int


def _capitals(line: str) -> bool:
    """A line in capitals: at least 2 letters, at most one in ten in lower case."""
    letters = sum(map(str.isalpha, line))
    lower = sum(map(str.islower, line))
    return letters >= 2 and lower <= letters // 10


def _heading_lines(lines: Lines) -> list[int]:
    out = []
    for i, t in enumerate(lines.texts):
        if (
            t
            and len(t) <= hd.MAX_LINE
            and t[0] in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZИНЭ"
            and (i == 0 or lines.blank[i - 1])
            and _SCENE_HEADING.fullmatch(t)
            and _capitals(t)
            and not _INTERRUPT.fullmatch(t)  # clause interrupt_call (numbered_place)
        ):
            out.append(i)
    return out


def any_scene_line(text: str) -> bool:
    """``_ANY_HEADING.search(text) is not None`` (clause ``scene_keyword_led``): a line's
    match holds one of ``_HEADING_WORD``'s, on that line (neither holds a line break), and a
    finditer that skips it (an overlapping match before it) stops on the same line, which is
    then tried from its start. The ``^``-led search tried every character: 8-17 ms per
    million characters of Chinese, twice per document (``scene_candidates``,
    ``speech_wraps``); the words' search a fifth of that."""
    for m in _HEADING_WORD.finditer(text):
        if _ANY_HEADING.match(text, text.rfind("\n", 0, m.start()) + 1):
            return True
    return False


def scene_lines(text: str, lines: Lines | None = None) -> list[int]:
    """Indices of the scene-heading lines of a screenplay (rule ``scene_heading``),
    or [] when ``text`` has fewer than ``MIN_SCENES`` of them. Clause
    ``forced_scene``: once the document is a screenplay, Fountain's forced
    headings count too, a line in capitals after a blank line that opens with one
    full stop (".SNIPER SCOPE POV"; "..." is no heading)."""
    if not any_scene_line(text):
        return []
    lines = lines if lines is not None else scan_lines(text)
    found = _heading_lines(lines)
    if len(found) < MIN_SCENES:
        return []
    # Clause scenes_span: the scenes are the document, from its first heading to its last at
    # least MIN_SPAN of the text; a script excerpt inside a novel or a manual makes no
    # screenplay (or screenplay_no_caps would drop the book's own "I." ... "VI." chapters).
    if lines.starts[found[-1]] - lines.starts[found[0]] < MIN_SPAN * len(text):
        return []
    forced = [
        i
        for i, t in enumerate(lines.texts)
        if len(t) > 2
        and t[0] == "."
        and t[1] != "."
        and t[1].isalnum()
        and len(t) <= hd.MAX_LINE
        and (i == 0 or lines.blank[i - 1])
        and _capitals(t)
    ]
    return sorted(found + forced) if forced else found


def scene_candidates(text: str, lines: Lines, cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """``cands`` with a ``scene_heading`` candidate on each scene-heading line of a
    screenplay (replacing any other candidate of that line) and, clause
    ``screenplay_no_caps``, without lines in capitals and bare numbers."""
    scenes = scene_lines(text, lines)
    if not scenes:
        return cands
    taken = set(scenes)
    kept = [c for c in cands if c.line not in taken and c.kind not in _DROPPED_KINDS]
    new = [
        hd.Candidate(lines.starts[i], lines.ends[i], i, "scene_heading", SCENE_RANK,
                     " ".join(lines.texts[i].split()), "screenplay:scene")
        for i in scenes
    ]  # fmt: skip
    # Clause teleplay_parts: TEASER / COLD OPEN / TAG beside the acts.
    if any(c.kind == "keyword" and c.rank == ACT_RANK for c in kept):
        texts, blank, n = lines.texts, lines.blank, len(lines.texts)
        have = {c.line for c in kept}
        new += [
            hd.Candidate(lines.starts[i], lines.ends[i], i, "keyword", ACT_RANK,
                         " ".join(t.split()))
            for i, t in enumerate(texts)
            if i not in have
            and _TELEPLAY_PART.fullmatch(" ".join(t.split()))
            and (i == 0 or blank[i - 1])
            and (i + 1 >= n or blank[i + 1])
        ]  # fmt: skip
    return sorted(kept + new, key=lambda c: (c.line, c.start))


def speech_labels(text: str) -> list[Label]:
    """Cue and parenthetical lines of a screenplay (rule ``speech_label``), in
    order; [] when ``text`` is no screenplay (``scene_lines``)."""
    if _ANY_HEADING.search(text) is None:
        return []
    lines = scan_lines(text)
    scenes = scene_lines(text, lines)
    if not scenes:
        return []
    taken = set(scenes)
    out = []
    n = len(lines.texts)
    in_speech = False
    for i, t in enumerate(lines.texts):
        if not t:
            in_speech = False
            continue
        above_blank = i == 0 or lines.blank[i - 1]
        under = i + 1 < n and not lines.blank[i + 1]
        if (
            above_blank
            and under
            and i not in taken
            and _CUE.fullmatch(t)
            and _capitals(t.split("(")[0])
            and not t.endswith(":")
        ):
            out.append(Label(lines.starts[i], lines.ends[i]))
            in_speech = True
        elif in_speech and _PARENTHETICAL.fullmatch(t):
            out.append(Label(lines.starts[i], lines.ends[i]))
    return out
