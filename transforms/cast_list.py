"""Clause ``cast_list_not_key`` (session 42): the lines of a play's cast list are no key
sentences (``transforms.key_sentences.eligible_sentences``).

A cast list ("Dramatis Personae", "Persons Represented") is a block of short lines, one
person or group a line, most of them shaped *a name, a comma, what the person is*::

    HERMIA, daughter to Egeus, in love with Lysander.
    Prince John of Lancaster, son to the King.
    Lords, Ladies, and Attendants; Satyrs for a Dance.

with name lines ("GOWER.", "His sons") and the play's scene line ("SCENE: Athens, and a
wood not far from it.") among or after them. Its lines pass the word minimum and were
candidates; clause ``section_keeps_one_key`` then gave the section holding only them
one key (16 such keys in the session-41 snapshot of the Shakespeare texts).

The list is found from the lines' shape alone, no word list (the heading above it
varies: "Dramatis Personae", "Persons Represented", "The Actors Names", none):

Per section (between the headings already found), each non-blank line is:

- an **entry**: at most ``_ENTRY_WORDS`` words, a name of 1-6 words (no ",;:" inside;
  each word capitalized, or lowercase of up to 3 letters: "Prince John of Lancaster"), a
  comma, and the line ends with "." or ";"; or (session 43, ``cast_list_caps_entry``) a
  name in capitals, a comma and anything ("LEONTES, King of Sicilia", no end mark);
- a **name** line: at most 5 words starting with a capital (a name, a group heading,
  "ACT I."): not counted;
- any **other** line.

Lines of up to ``_RUN_WORDS`` words form runs (blank lines inside; a longer line, prose
unwrapped by the cleaning, ends a run). A section whose entries number at least
``_MIN_ENTRIES`` and ``_RATIO`` times its other lines (a longer line counts as other) is a
cast list section, and each of its runs that passes the same test on its own lines is a
cast list: the candidates that start and end inside it are no candidates. Verse fails
the shape (its lines end with "," or no mark, and the words before a comma are seldom a
name: "Youth is full of pleasance, age is full of care;"), and so does prose dialogue (a
quote mark or dash first; speeches of verse lines). A short paragraph beside a glossary
under the same heading is its own run (review, session 42: Waverley's notes). Guard: a
play whose only text before act I is its cast list keeps keys in its acts (tests).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.stage_directions import is_play

_ENTRY_WORDS = 16
_RUN_WORDS = 40
_RATIO = 2
_SPARSE = 8
_MIN_ENTRIES = 4
# A name of 1-6 words (no ",;:" inside; each capitalized, or a lowercase word of up to 3
# letters: "Prince John of Lancaster", "Mr. Brown"), a comma, the rest; "." or ";" ends it.
# Review (session 42): the name's words, not any phrase: a line of verse such as "Youth is
# full of pleasance, age is full of care;" (The Passionate Pilgrim XII) is no entry.
# Session 43 (clause cast_list_caps_entry): or a name in capitals (words of 2+ letters in
# capitals, "OF" / "of" / "de" / "the" between), a comma and the rest, with no end mark: the
# cast lists of Richard II and The Winter's Tale ("JOHN OF GAUNT, Duke of Lancaster - uncle to
# the King", "LEONTES, King of Sicilia") have none, so the clause saw no entry and their
# scene and group lines ("Lords, Ladies, and Attendants; Satyrs for a Dance; ...") were keys.
_CAPS_NAME = r"[A-Z][A-Z'’.-]+(?:[ \t]+(?:[A-Z][A-Z'’.-]*|OF|of|de|DE|the|THE)){0,5}"
_ENTRY = re.compile(
    r"[A-Z][^\s,;:]*(?:[ \t]+(?:[A-Z&(\d][^\s,;:]*|[a-z]{1,3}\.?)){0,5},[ \t]+\S.*[.;]\s*"
    r"|" + _CAPS_NAME + r",[ \t]+\S.*"
)
_NAME = re.compile(r"[A-Z]\S*(?:[ \t]+\S+){0,4}\s*")
# Fast exit: a text with fewer than _MIN_ENTRIES entry-shaped lines has no cast list (a
# literal "\n" first, not "^": the search skips to line ends, twice as fast; the text's
# first line is tried apart).
_ENTRY_LINE = re.compile(
    r"\n(?:[A-Z][^\s,;:]*(?:[ \t]+[^\s,;:]+){0,5},[ \t]+\S.*[.;][ \t]*$"
    r"|" + _CAPS_NAME + r",[ \t]+\S)",
    re.M,
)


def cast_list_spans(text: str, heading_starts=()) -> list[tuple[int, int]]:
    """(start, end) of the short lines of each cast-list section of ``text`` (module
    docstring): the section's runs of lines of at most ``_RUN_WORDS`` words (blank lines
    inside a run, a longer line ends it; an entry's first line, "SATURNINUS, Son to the late
    Emperor of Rome, afterwards declared", is no entry by itself but is covered)."""
    hits = [m.start() + 1 for m in _ENTRY_LINE.finditer(text)]
    if _ENTRY_LINE.match("\n" + text[: text.find("\n") + 1]):
        hits.insert(0, 0)
    if len(hits) < _MIN_ENTRIES:
        return []
    cuts = sorted({0, len(text), *(int(h) for h in heading_starts if 0 < int(h) < len(text))})
    per_section = np.bincount(np.searchsorted(cuts, hits, side="right") - 1, minlength=len(cuts))
    spans: list[tuple[int, int]] = []
    for lo, hi, n in zip(cuts, cuts[1:], per_section.tolist(), strict=False):
        # speed: a cast list's entries are at least 1/_SPARSE of its lines (they are most of
        # them); a chapter with a few entry-shaped lines among hundreds is not read line by line
        if n < _MIN_ENTRIES or text.count("\n", lo, hi) > _SPARSE * n:
            continue
        # Review (session 42): the section must be a cast list and so must each run it
        # covers: a chapter whose last section holds a glossary (Waverley: the postscript
        # chapter, its notes and a 500-entry glossary under one heading) lost its short
        # paragraphs; a run alone is no test (short prose dialogue: "Well, then, ...").
        runs: list[list[int]] = []  # [start, end, entries, others] per run of short lines
        entries = others = 0
        joined = False
        pos = lo
        for line in text[lo:hi].splitlines(keepends=True):
            a, pos = pos, pos + len(line)
            body = line.strip()
            if not body:
                continue
            words = len(body.split())
            if words > _RUN_WORDS:  # prose: a run of short lines ends
                others, joined = others + 1, False
                continue
            if not joined:
                runs.append([a, pos, 0, 0])
                joined = True
            run = runs[-1]
            run[1] = pos
            if _ENTRY.fullmatch(body):
                n_entry = words <= _ENTRY_WORDS  # a longer entry is covered, not counted
                entries += n_entry
                run[2] += n_entry
            elif not (words <= 5 and _NAME.fullmatch(body)):
                others += 1
                run[3] += 1
        if _is_list(entries, others):
            spans.extend((a, b) for a, b, e, o in runs if _is_list(e, o))
    return spans


def _is_list(entries: int, others: int) -> bool:
    """At least ``_MIN_ENTRIES`` entries, ``_RATIO`` times the other lines."""
    return entries >= _MIN_ENTRIES and entries >= _RATIO * others


# Session 44 (clause ``cast_list_named``): a list under a cast-list heading ("DRAMATIS
# PERSONAE", "Persons Represented", "CHARACTERS", "THE PERSONS OF THE PLAY", "CAST") is a cast
# list whatever the shape of its lines: Timon's ("VENTIDIUS, one of Timon's false Friends."
# among name lines and wrapped group lines: 7 entries to 4 others, the ratio test fails) and
# Maude's Tolstoy's ("AKULÍNA. An old woman of seventy, brisk, dignified, old-fashioned.":
# a speaker tag's shape, no entry at all). Read only in a play (``is_play``): "Characters"
# also heads a chapter of a prose book. Session 45 (clause ``cast_heading_note_mark``): the
# heading may carry an editor's note mark: the Cambridge Shakespeare's "DRAMATIS PERSONÆ[1]."
# (its 9 volumes: 25 lists in the mirror, "[1]", "[A]" ..., and "PERSONS.[86]") were not read.
_NAMED = re.compile(
    r"\n[ \t]*(?:DRAMATIS[ \t]+PERSON(?:AE|Æ|A)|Dramatis[ \t]+Person(?:ae|æ|a)"
    r"|PERSONS[ \t]+REPRESENTED|Persons[ \t]+Represented"
    r"|(?:THE[ \t]+)?(?:PERSONS|CHARACTERS)(?:[ \t]+(?:OF|IN)[ \t]+THE[ \t]+[A-Z]+)?"
    r"|(?:The[ \t]+)?Characters|CAST(?:[ \t]+OF[ \t]+CHARACTERS)?)"
    r"(?:[ \t.:]*\[[0-9A-Z]{1,4}\])?[ \t.:]*(?=\n)"
)
# the list ends at the play's first act / scene / prologue line, a direction, a long line
# (prose), a line with "?" or "!" (a speech), or a speaker tag it named already (the first
# speech of a one-act play: "MARTHA. Oh dear, my heart feels heavy!").
# Session 45 (clause ``cast_list_part_end``): or at the first part's line or an act named in
# words: Faust Part 1's "DRAMATIS PERSONAE" ran on through "PART I", the scene's title
# ("NIGHT") and its setting to the first speech's "!" ("I HAVE, alas! Philosophy,"); Goethe's
# Iphigenia heads its first act "ACT THE FIRST.". Over the mirror a line alone "PART I" is
# found 70 times, "PART I." 39, "Part 1" 23, "PART ONE" 17, "PART FIRST." 12, "PART THE
# FIRST." 8; a part's line inside a cast list, none (the 158 lists of the gated plays).
_ACT_START = re.compile(
    r"(?:ACT|Act|ACTUS|Actus|SCENE|Scene|SCENA|Scena)[ \t.]+(?:[IVXLC]+\b|\d|Prim|First|FIRST|One|ONE)"
    r"|(?:FIRST|First)[ \t]+(?:ACT|Act)\b|(?:THE[ \t]+)?(?:PROLOGUE|INDUCTION)\b|Prologue\b|Induction\b"
    r"|(?:PART|Part)[ \t.]+(?:[IVX]+\b|1\b|ONE\b|One\b|FIRST\b|First\b|(?:THE|the)[ \t]+(?:FIRST|First)\b)"
    r"|(?:ACT|Act)[ \t]+(?:THE|the)[ \t]+(?:FIRST|First)\b"
    r"|[\[(_]?[ \t]*(?:Enter|Enters|Exit|Exeunt|Re-enter)\b"
)
_LEAD_NAME = re.compile(r"[^,.;:\[(]+")
# Session 46 (clause ``cast_entry_long``): a long line does not end the list when it is an
# entry "NAME. description" / "NAME: description", its name of 1-6 words in capitals: Maude's
# Fruits of Culture (3 mirror copies) describes its persons at length, "VASÍLY LEONÍDITCH
# ZVEZDÍNTSEF. Their son, aged 25; has studied law, ... Is nicknamed Vovo." (56 words), so its
# list stopped after 3 lines, under the minimum, and was not read. A speech of that shape
# still ends the list at its "?" or "!", at a name already listed or at the act line.
# Review (session 46): or when its name is part of a listed name, a speaker tag that shortens
# it: "LEONÍD FYÓDORITCH. Why, I mean that some one who is dead ..." (43 words, the play's own
# speech; the list names "LEONÍD FYÓDORITCH ZVEZDÍNTSEF"), "FAT LADY. No, Anna Pávlovna, ..."
# ("THE FAT LADY: MÁRYA VASÍLEVNA TOLBOÚHINA.").
# Session 47 (clause ``cast_entry_long_described``): or when its name is a word of the list's
# text so far, a speaker tag naming a person by the description the list gave: Fruits of
# Culture's "PROFESSOR. Hypnotism is a phenomenon ..." (the list: "ALEXÉY VLADÍMIRITCH
# KROUGOSVÉTLOF. A professor and scientist of about 50, ..."); a list introduces a person once.
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Session 48 (clause ``cast_list_tag_speaks``): a speaker tag's line not named in the list whose
# text speaks in the first or second person is a speech and ends the list: a list describes its
# persons in the third person ("THE PRINCESS. A society woman, a visitor.", "His wife."), the
# first speech of a play with no act line after its list addresses someone: Fruits of Culture's
# "OLD PRINCESS. Then tell your papa that I don't believe in anything of the kind, ..." (the
# list names her "THE PRINCESS"; 33 words, no "?" or "!", so no other end was read). "I" counts
# only before a lower-case word ("I don't"): "Son of Henry I." is a list's.
_SPEAKS = re.compile(
    r"\b(?:[Mm]y|[Mm]e|[Yy]ou|[Yy]our|[Ww]e|[Uu]s|[Oo]ur|[Tt]hou|[Tt]hee|[Tt]hy)\b|\bI[ \t]+[a-z]"
)
_LONG_ENTRY = re.compile(r"([^\W\d_][^\s,.;:\[(]*(?:[ \t]+[^\s,.;:\[(]+){0,5})[.:][ \t]+\S")
_NAMED_LINES = 100


def named_cast_spans(text: str, play: bool | None = None) -> list[tuple[int, int]]:
    """Clause ``cast_list_named``: (start, end) of each list of at least ``_MIN_ENTRIES``
    lines under a cast-list heading (``_NAMED``) in a play (``play``: ``is_play(text)``,
    read here when not given), up to where it ends (``_ACT_START``, a repeated speaker tag,
    a long or speech line)."""
    if play is False:  # speed: a prose book is not searched for the heading
        return []
    heads = [m.end() - 1 for m in _NAMED.finditer("\n" + text)]
    if not heads or not (is_play(text) if play is None else play):
        return []
    spans: list[tuple[int, int]] = []
    for pos in heads:
        if spans and pos < spans[-1][1]:
            continue
        span = _named_span(text, pos)
        if span:
            spans.append(span)
    return spans


def _named_span(text: str, pos: int) -> tuple[int, int] | None:
    """The cast list after a heading line ending at ``pos`` (``named_cast_spans``)."""
    seen: set[str] = set()
    said: list[str] = []  # the list's lines so far (cast_entry_long_described)
    lines, first, last = 0, -1, -1
    for line in text[pos : pos + 40_000].splitlines(keepends=True):
        a, pos = pos, pos + len(line)
        body = line.strip()
        if not body:
            continue
        name = _LEAD_NAME.match(body)
        key = " ".join(name.group().split()).upper() if name else ""
        # a speaker tag's shape ("MARTHA." / "MARTHA:") named again; two entries may share a
        # name before a comma ("Henry Percy, Earl of Northumberland." / "Henry Percy,
        # surnamed Hotspur, his son.", 1 Henry IV)
        # Session 45 (clause ``cast_list_tag_spaced``): the tag's mark is followed by a space
        # or the line's end: an entry's wrapped line "Bassanio.) {" (Kean's Merchant of
        # Venice, "SALANIO, } (Friends to Antonio and {Mr. BRAZIER." above it) is no tag.
        tag = (
            bool(name)
            and body[name.end() : name.end() + 1] in (".", ":")
            and body[name.end() + 1 : name.end() + 2] in ("", " ", "\t")
        )
        if (
            _ACT_START.match(body)
            or (len(body.split()) > _RUN_WORDS and not _long_entry(body, seen, said))
            or "?" in body
            or "!" in body
            or (tag and key in seen)
            or (tag and bool(_SPEAKS.search(body, name.end() + 1)))  # cast_list_tag_speaks
            or lines >= _NAMED_LINES
        ):
            break
        seen.add(key)
        said.append(body)
        lines += 1
        first = a if first < 0 else first
        last = a + len(line.rstrip())
    return (first, last) if lines >= _MIN_ENTRIES else None


def _long_entry(
    body: str, seen: set[str] | frozenset[str] = frozenset(), said: list[str] | tuple = ()
) -> bool:
    """Clause ``cast_entry_long``: ``body`` opens with a name in capitals and "." or ":", not
    words of a name in ``seen`` (the list's names so far, as ``_named_span`` keys them) nor
    words of the list's lines ``said`` (``cast_entry_long_described``)."""
    name = _LONG_ENTRY.match(body)
    if not name or not name.group(1).isupper():
        return False
    key = " ".join(name.group(1).split()).upper()
    if any(f" {key} " in f" {listed} " for listed in seen):
        return False
    words = " ".join(_WORDS.findall(key))
    return not any(f" {words} " in f" {' '.join(_WORDS.findall(line.upper()))} " for line in said)


def cast_list_sentences(
    text: str,
    spans: np.ndarray,
    candidates: np.ndarray,
    heading_starts=(),
    play: bool | None = None,
) -> np.ndarray:
    """Clause ``cast_list_not_key``: which of ``candidates`` (sentence indices) lie
    wholly inside a cast list."""
    blocks = _merge(cast_list_spans(text, heading_starts) + named_cast_spans(text, play))
    candidates = np.asarray(candidates, dtype=np.int64)
    if not blocks or not len(candidates):
        return np.zeros(0, dtype=np.int64)
    bounds = np.asarray(blocks, dtype=np.int64)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)[candidates]
    at = np.searchsorted(bounds[:, 0], spans[:, 0], side="right") - 1
    hit = np.flatnonzero((at >= 0) & (spans[:, 0] < bounds[np.maximum(at, 0), 1]))
    # a sentence's span holds the blank lines after it: its text must end inside the run
    ends = [int(spans[i, 0]) + len(text[spans[i, 0] : spans[i, 1]].rstrip()) for i in hit]
    inside = [i for i, e in zip(hit.tolist(), ends, strict=True) if e <= bounds[at[i], 1]]
    return candidates[np.asarray(inside, dtype=np.int64)]


def _merge(blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping (start, end) blocks joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(blocks):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
