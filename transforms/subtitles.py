"""Rule ``subtitle_cue``: the timing of a subtitle file (SubRip .srt, WebVTT
.vtt) is cut, so the film's dialogue trains as running text.

A subtitle file is one cue after another: a sequence number (SubRip; optional
in WebVTT), a timing line "00:01:02,500 --> 00:01:04,000" (WebVTT: "." before
the milliseconds, hours optional, cue settings after it), then one or two lines
of dialogue. Left as they were, the numbers and timings stood in the training
text, and the unwrap stage joined a timing line with the dialogue under it
("00:00:56,533 où le présentateur local régnait en maître."). Kept and not
rejected: the dialogue is real text a user wants trained on; only its timing
is markup (like a page marker), and ``--keep-boilerplate`` keeps it.

Cut (``cue_edits``): each cue's number and timing line; where the cue before
did not end a sentence (its last character is not one of ``SENTENCE_END``),
also the blank lines between the two cues, so a sentence split over two cues
("Il fut un temps,\\navant l'existence du câble," / "où le présentateur local")
is one paragraph; a WebVTT file's "WEBVTT" header block and its NOTE and STYLE
blocks (metadata, never dialogue).

A WebVTT file (its text begins with "WEBVTT") also has, by its specification:
NOTE blocks between cues, and STYLE / REGION blocks (metadata, never dialogue:
cut with the blank lines before them, so a sentence over two cues with a NOTE
between is still one paragraph; clause ``subtitle_cue.vtt_blocks``); a cue
identifier of any text, not only a number ("sub0", "1 - Title Crawl"), on the
line over the timing line, after a blank line (clause
``subtitle_cue.vtt_identifier``: a line of dialogue right over the next timing
line, with no blank line between, is not taken for one); and timestamps inside
the cue text ("When the moon <00:17.500>hits your eye", karaoke-style captions;
clause ``subtitle_cue.vtt_timestamps``). A block of these is read only where the
specification puts one (after a blank line), so dialogue beginning with
"NOTE" stays.

Only a text clearly of that shape: ``MIN_CUES`` timing lines or more, and they
are the lines of text after a blank line (or a number after one) for at least
half of the cues (a book quoting one timing line is left as it is;
clause ``subtitle_cue.cue_start``), the text begins with its first cue or a
WebVTT header (``subtitle_cue.file_start``: a manual quoting an example .srt is
left whole), and a timing line holds nothing but WebVTT cue settings after the
times (``subtitle_cue.settings_only``: a log line "00:01:02,500 --> 00:01:04,000
segment encoded" is no cue). "。！？」』" end a sentence too (``subtitle_cue.cjk_end``). None of
the 1,429 shared documents holds a line "... --> ...".

A file written without blank lines between its cues (clause
``subtitle_cue.dense``: each cue's text runs to the next number or timing line)
is read too, in a WebVTT file or under SubRip numbers (timing lines each over a
line of text and nothing else are a log): a timing line right under the text of
the cue before starts a cue, and where that cue ended a sentence its cut leaves
a paragraph break, as the blank line between two cues of a usual file. Clause
``subtitle_cue.dense_identifier`` (session 18): in such a WebVTT file a text
identifier over a timing line ("sub3", "intro-2") is cut as a number is, when the
file writes identifiers of its shape (its digits as "#": "sub#") where the
specification reads one (after an empty line, or first); any other line there is
the cue before's dialogue.

Inline tags (<i>, {\\an8}) and speaker labels ("[Alba]") are left.
"""

from __future__ import annotations

import re

from transforms import literal_scan
from transforms.textedit import Edit

RULE = "subtitle_cue"  # listed in boilerplate.RULES
MIN_CUES = 5
SENTENCE_END = ".!?…»\"'”’)]♪。！？」』"  # clause subtitle_cue.cjk_end: 。！？」』

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
# Clause subtitle_cue.settings_only: after the timing only WebVTT cue settings
# ("align:middle line:79%"), so a log line "00:01:02,500 --> 00:01:04,000 segment
# encoded" is not a cue and its words are never cut.
_SETTINGS = r"(?:[ \t]+[\w-]+:[^\s:]+)*[ \t]*"
# A cue: blank lines before it, an optional number line, the timing line.
_CUE = re.compile(
    rf"(?P<blank>(?:^[ \t]*\n)*)(?P<cue>^(?P<num>[ \t]*\d+[ \t]*\n)?[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}{_SETTINGS}(?:\n|\Z))",
    re.MULTILINE,
)
_END_TAGS = re.compile(r"(?:<[^<>\n]*>|\{[^{}\n]*\})+$")  # "</i>" after the last word
_TIMING = re.compile(rf"^[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}", re.MULTILINE)
# WebVTT's header and its NOTE / STYLE / REGION blocks: up to the next blank line.
_VTT_BLOCK = re.compile(
    r"^(?:WEBVTT|NOTE|STYLE|REGION)\b[^\n]*(?:\n[ \t]*\S[^\n]*)*\n?", re.MULTILINE
)
# Clause subtitle_cue.vtt_blocks: a NOTE / STYLE / REGION block after an empty line
# (as the specification spells them: "NOTE" then a space, a tab or the line end),
# up to the next blank line or a timing line. Clause subtitle_cue.vtt_payload: only
# an empty line ends a cue's text (the specification's parser; a line of spaces
# is cue text: YouTube's captions open each cue with " "), so a cue line "NOTE
# ..." under a line of spaces is dialogue, and so is a line over the next timing.
_VTT_LATER_BLOCK = re.compile(
    r"(?<=\n)\n(?P<b>(?:NOTE(?:[ \t][^\n]*)?|STYLE[ \t]*|REGION[ \t]*)"
    r"(?:\n(?![^\n]*-->)[ \t]*\S[^\n]*)*(?:\n|\Z))"
)
# Clause subtitle_cue.vtt_identifier: a WebVTT cue's identifier is any line
# without "-->" (read as one only after a blank line, see cue_edits). Clause
# line_split_once (session 45, cost only): the identifier line is one atomic group: any
# split of it around its "\S" ends at the same "\n", so when the timing under it fails
# no other split is tried (a long line was split every way: x4 per doubling, 0.9 s at
# 16,000 " ." in a WebVTT file).
_VTT_CUE = re.compile(
    rf"(?P<blank>(?:^[ \t]*\n)*)(?P<cue>^(?P<num>(?![^\n]*-->)(?>[^\n]*\S[^\n]*\n))?[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}{_SETTINGS}(?:\n|\Z))",
    re.MULTILINE,
)
# Clause subtitle_cue.vtt_timestamps: "<00:17.500>" inside a WebVTT cue's text.
_VTT_STAMP = re.compile(r"<(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}>")


def _vtt_masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the NOTE / STYLE / REGION blocks after its first timing line
    blanked (spaces, line breaks kept: offsets hold), and those blocks' spans."""
    first = _TIMING.search(text)
    spans = [m.span("b") for m in _VTT_LATER_BLOCK.finditer(text, first.start() if first else 0)]
    if not spans:
        return text, []
    parts, at = [], 0
    for a, b in spans:
        parts += [text[at:a], re.sub(r"[^\n]", " ", text[a:b])]
        at = b
    return "".join(parts) + text[at:], spans


def cue_edits(text: str) -> list[Edit]:
    """The edits of rule ``subtitle_cue`` (none unless ``text`` reads as a
    subtitle file), sorted and disjoint."""
    if not literal_scan.holds(text, "-->"):
        return []
    timings = len(_TIMING.findall(text))
    if timings < MIN_CUES:
        # Clause subtitle_cue.few_timings_first (session 45 review, cost only): fewer
        # timing lines than a file needs is no file, checked before the cue search, whose
        # blank-line group reads every run of blank lines from each of its lines (an
        # RFC drawing's "-->" and 8,000 blank lines: 3.7 s of cleaning, x2.4 at 12,000).
        return []
    vtt = text.lstrip("\ufeff \t\r\n").startswith("WEBVTT")
    blocks: list[tuple[int, int]] = []
    if vtt:
        text, blocks = _vtt_masked(text)
    cues = list((_VTT_CUE if vtt else _CUE).finditer(text))
    # Clause subtitle_cue.cue_start: a cue is after a blank line, a number line or
    # at the start; at least half of the timing lines must start such a cue.
    # Clause subtitle_cue.dense: in a file written without blank lines between
    # its cues (a cue's text runs to the next timing line), a timing line right
    # under the text of the cue before starts a cue too: in a WebVTT file (its
    # header says what it is) or under a SubRip number; a log of timing lines
    # with a line of text under each is no subtitle file.
    dense = {
        m.start()
        for p, m in zip(cues, cues[1:], strict=False)
        if (vtt or _number(m)) and _dense(text, p, m)
    }
    starts = [
        m for m in cues if m.group("blank") or _number(m) or m.start() == 0 or m.start() in dense
    ]
    if timings < MIN_CUES or 2 * len(starts) < timings:
        return []
    # Clause subtitle_cue.file_start: a subtitle file begins with its first cue
    # (after a WebVTT header); a manual quoting an example .srt under its prose
    # is left whole.
    if _VTT_BLOCK.sub("", text[: cues[0].start("cue")]).strip():
        return []
    edits: list[Edit] = []
    for m in _VTT_BLOCK.finditer(text, 0, cues[0].start("cue")):
        if m.group().startswith("WEBVTT") and m.start() != text.find("WEBVTT"):
            continue
        edits.append(Edit(m.start(), m.end(), "", RULE))
    shapes = _identifier_shapes(cues) if vtt and dense else set()
    for m in cues:
        start = m.start("cue")
        if m.group("num") and not (_empty_over(m) or m.start() == 0 or _number(m)):
            # Clause subtitle_cue.dense_identifier: in a dense WebVTT file, a line
            # over a timing line shaped as the file's identifiers ("sub3" as
            # "sub0") is one, as a number is; other lines there are dialogue.
            if not (m.start() in dense and _shape(m.group("num")) in shapes):
                start = m.end("num")  # dialogue right over the timing line: no identifier
        # Only the last lines before the cue are read (the whole text before it
        # made the rule quadratic: 70 s on an 8,000-cue file).
        before = _END_TAGS.sub("", text[max(0, start - 400) : start].rstrip())
        joins = start == m.start("cue") and m.group("blank")  # not over kept dialogue
        if before and before[-1] not in SENTENCE_END and joins:
            start = m.start()  # one sentence over two cues: one paragraph
        if edits and start < edits[-1].end:
            start = edits[-1].end
        # Clause subtitle_cue.dense: between two cues with no blank line, one
        # where the cue before ended a sentence (a paragraph break, as the blank
        # line between two cues of a usual file).
        brk = m.start() in dense and before and before[-1] in SENTENCE_END
        edits.append(Edit(start, m.end(), "\n" if brk and m.end() < len(text) else "", RULE))
    if vtt:
        extra = _vtt_extra(text, edits, blocks, cues[0].start("cue"))
        edits = sorted(edits + extra, key=lambda e: e.start)
    return edits


def _dense(text: str, prev: re.Match, m: re.Match) -> bool:
    """Clause ``subtitle_cue.dense``: no empty line between the timing line of
    cue ``prev`` and that of ``m`` (the next cue follows its text directly)."""
    timing = m.end("num") if m.group("num") else m.start("cue")
    return not m.group("blank") and all(ln.strip() for ln in text[prev.end() : timing].splitlines())


def _shape(line: str) -> str:
    """A cue identifier's shape: its runs of digits as "#" ("intro-12" -> "intro-#")."""
    return re.sub(r"\d+", "#", line.strip())


def _identifier_shapes(cues: list[re.Match]) -> set[str]:
    """Clause ``subtitle_cue.dense_identifier``: the shapes, with a number in them,
    of the identifiers the file writes where the specification reads one (after
    an empty line, or first), not numbers: "sub#", "intro-#", "c#"."""
    shapes = set()
    for m in cues:
        if m.group("num") and (_empty_over(m) or m.start() == 0) and not _number(m):
            shape = _shape(m.group("num"))
            if "#" in shape:
                shapes.add(shape)
    return shapes


def _empty_over(m: re.Match) -> bool:
    """The line over a cue's number or identifier is empty (clause
    ``subtitle_cue.vtt_payload``: a line of spaces is the text of a cue)."""
    blank = m.group("blank")
    return bool(blank) and blank.split("\n")[-2] == ""


def _number(m: re.Match) -> bool:
    """A cue's line over its timing line is a number (SubRip's, or WebVTT's)."""
    return bool(m.group("num")) and m.group("num").strip().isdigit()


def _vtt_extra(masked: str, edits: list[Edit], blocks, first: int) -> list[Edit]:
    """The NOTE / STYLE / REGION blocks no cue's cut covers (after the last cue)
    and the timestamps inside the cue text after ``first`` (clauses
    ``subtitle_cue.vtt_blocks``, ``subtitle_cue.vtt_timestamps``)."""
    covered = [(e.start, e.end) for e in edits]
    extra = [
        Edit(a, b, "", RULE) for a, b in blocks if not any(s <= a and b <= e for s, e in covered)
    ]
    extra += [Edit(m.start(), m.end(), "", RULE) for m in _VTT_STAMP.finditer(masked, first)]
    return extra
