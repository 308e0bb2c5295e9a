"""Guards of clause ``english_ordinal_part`` (``transforms.headings``: "FIRST PART.",
"SECOND BOOK" in capitals, an "ordinal" candidate), applied by
``transforms.heading_confirmation.confirm_candidates``.

``part_holds_headings``: the first two lines of a series of parts hold another heading
candidate between them (Balzac's meditations, Collins' chapters under "FIRST BOOK." /
"SECOND BOOK"), else they divide one piece, not the book: Dickens' A Child's History of
England sets "FIRST PART" / "SECOND PART" inside "CHAPTER XXI--ENGLAND UNDER HENRY THE
FIFTH" (and again in later chapters), Morley's A Bundle of Ballads "FIRST PART." /
"SECOND PART." inside "AULD ROBIN GRAY.": as parts of the book they took every chapter
under them. Every line of such a series stays what it was before the clause, a line in
capitals (``caps``).

``part_back_to_caps``: a part line whose series does not advance (a lone "THIRD PART."
in Nietzsche's Thus Spake Zarathustra, whose first two parts are titled otherwise) is a
line in capitals again, so that the rules that kept it before still may.

``days_from_first`` (session 51): a series of ordinal days ("THE FIRST DAY", clause
``ordinal_day_divisions`` of ``transforms.ordinal_divisions``) divides the book only when it
is counted from its first day: Scott's Dryden vol. 11 cites its sources "ORIGINAL, FROM THE
DECAMERON." / "THE FOURTH DAY." / "NOVEL I.", then "THE FIFTH DAY." twice (a 4-5 chain, so it
advanced): as parts they took the poems and footnotes after them. Such a series (no "FIRST
DAY" in it) stays lines in capitals.

``piece_back_to_caps`` (session 52): a story's or an evening's ordinal line (clause
``ordinal_story_parts``) whose series does not count on (Barrie's The Young Visiters, a lone
"THE FIRST EVENING") is a line in capitals again, as it was before that clause.

``pieces_in_order`` (session 52 review): a story or an evening counts on only from the piece
before it or to the piece after it in its series, not from a piece far back: Hans Andersen's
Fairy Tales (First Series) prints in its NOTES "THE SNOW QUEEN" / "FOURTH STORY"; the chain
linked it to the tale's THIRD STORY, pages before, and it stood as a division under the
note heading "LITTLE TUK". Such a line is a capitals line again (``piece_back_to_caps``).

``introduction_of_pieces`` (session 53): a tale's own INTRODUCTION (or PROLOGUE, PREFACE),
its line right under the tale's title in capitals (only blank lines between) and its next
heading the tale's first story or evening, is the first piece of the tale, ranked as its
pieces: Andersen's What the Moon Saw (Fairy Tales of Hans Christian Andersen) prints
"WHAT THE MOON SAW" / "INTRODUCTION" / ... / "FIRST EVENING"; as a named heading (20) the
INTRODUCTION stood beside the tale's title and held its 32 evenings. Now the title holds the
INTRODUCTION and the evenings side by side.

``pieces_open_their_parent`` (session 53): the pieces of a series stand only where they open
the heading above them, as a tale's stories, evenings or letters do (THE SNOW QUEEN's subtitle,
Faust's subtitle and motto, Voltaire's SECTION IV's two italic lines above the first letter):
the first piece of the series is the series' first ("FIRST LETTER", not Defoe's Duncan
Campbell's "THE SECOND LETTER." / "THE THIRD LETTER." quoted in CHAPTER I.), stands after
at most ``PIECE_OPEN_CHARS`` of text under the heading above (Dumas' Celebrated Crimes
quotes "FIRST LETTER" .. "THIRD LETTER" 7,707 characters into CHAPTER III, and goes on
with the chapter after them: the third letter took the rest of the chapter), and is not
the title line of a chapter heading right above it (Verne's The Master of the World,
"Chapter 6" / "THE FIRST LETTER": the chapter's title). An INTRODUCTION above the first
piece is its tale's (``introduction_of_pieces``). Such a series is lines in capitals again
(``piece_back_to_caps``), so the headings are as before the clause.

``pieces_rank_as_chapters`` (session 53): the pieces rank as the collection's numbered
chapters, whatever they are numbered with: Turgenev's A Lear of the Steppes and Acia number
their chapters "I", "II" (a bare numeral, 40) beside Faust's letters; at a story's rank (38,
a titled number's, clause ``story_rank_of_numbered_chapters``) those chapters fell a level
below the letters, to level 3 under their tale at level 1.

Cost: one pass over the candidates.
"""

from __future__ import annotations

from dataclasses import replace

from transforms import headings as hd
from transforms.ordinal_divisions import PIECE_RANK

PIECE_SERIES = frozenset(("ord:story", "ord:evening", "ord:letter"))  # ordinal_letter_parts


def _english_part(c: hd.Candidate) -> bool:
    return c.kind == "ordinal" and hd.ORDINAL_PART.fullmatch(c.title) is not None


def _caps(c: hd.Candidate) -> hd.Candidate:
    return replace(c, kind="caps", rank=hd.CAPS_RANK, series="caps", value=None)


# Clause days_from_first: the series of ordinal days, which must hold its first day.
DAY_SERIES = "ord:day"


def part_holds_headings(cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Clause ``part_holds_headings`` and clause ``days_from_first`` (see the module
    docstring)."""
    members: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if _english_part(c):
            members.setdefault(c.series, []).append(i)
    empty = {s for s, idx in members.items() if len(idx) < 2 or idx[1] - idx[0] < 2}
    days = members.get(DAY_SERIES, [])
    if days and all(cands[i].value != 1 for i in days):
        empty.add(DAY_SERIES)  # clause days_from_first
    if not empty:
        return cands
    return [_caps(c) if _english_part(c) and c.series in empty else c for c in cands]


def _piece(c: hd.Candidate) -> bool:
    return c.kind == "ordinal" and c.rank == PIECE_RANK and c.series in PIECE_SERIES


def pieces_in_order(cands: list[hd.Candidate], advancing: set[int]) -> set[int]:
    """Clause ``pieces_in_order`` (see the module docstring): ``advancing`` without the
    story / evening pieces whose neighbours in their series do not count on to or from them."""
    series: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if i in advancing and _piece(c):
            series.setdefault(c.series, []).append(i)
    out = set(advancing)
    for idx in series.values():
        for k, i in enumerate(idx):
            v = cands[i].value
            before = k > 0 and cands[idx[k - 1]].value == v - 1
            after = k + 1 < len(idx) and cands[idx[k + 1]].value == v + 1
            if not (before or after):
                out.discard(i)
    return out


# Clause introduction_of_pieces: the named lines that open a tale told in pieces.
_TALE_OPENERS = frozenset(("INTRODUCTION", "PROLOGUE", "PREFACE"))


def introduction_of_pieces(
    cands: list[hd.Candidate], ranks: dict[int, int], blank: list[bool]
) -> None:
    """Clause ``introduction_of_pieces`` (see the module docstring): ``ranks`` (candidate ->
    rank of the confirmed headings) with such an INTRODUCTION at its pieces' rank."""
    order = sorted(ranks)
    for k in range(1, len(order) - 1):
        above, i, below = cands[order[k - 1]], cands[order[k]], cands[order[k + 1]]
        if (
            i.kind == "named"
            and i.series.split(":", 1)[1] in _TALE_OPENERS
            and above.kind == "caps"
            and ranks[order[k - 1]] < PIECE_RANK
            and all(blank[n] for n in range(above.line + 1, i.line))
            and _piece(below)
            and below.value == 1
        ):
            ranks[order[k]] = ranks[order[k + 1]]


# Clause pieces_open_their_parent: text a series' first piece may stand after under its parent
PIECE_OPEN_CHARS = 500
_CHAPTER_KINDS = frozenset(("keyword", "numbered", "numeral"))


def pieces_out_of_place(
    cands: list[hd.Candidate], ranks: dict[int, int], chars: list[int]
) -> set[str]:
    """Clause ``pieces_open_their_parent`` (see the module docstring): the piece series among
    the confirmed headings ``ranks`` that do not open the heading above them; ``chars`` the
    prefix sums of the text's characters per line (``TextSums.chars``)."""
    order = sorted(ranks)
    first: dict[str, int] = {}
    for k, i in enumerate(order):
        if _piece(cands[i]) and cands[i].series not in first:
            first[cands[i].series] = k
    out = set()
    for series, k in first.items():
        c = cands[order[k]]
        above = cands[order[k - 1]] if k else None
        between = chars[c.line] - chars[above.line + 1] if above else 0
        opener = (
            above is not None
            and above.kind == "named"
            and above.series.split(":", 1)[1] in _TALE_OPENERS
        )
        if (
            c.value != 1
            or (not opener and between > PIECE_OPEN_CHARS)
            or (above is not None and above.kind in _CHAPTER_KINDS and above.line + 2 >= c.line)
        ):
            out.add(series)
    return out


def pieces_to_caps(cands: list[hd.Candidate], series: set[str]) -> list[hd.Candidate]:
    """Clause ``pieces_open_their_parent``: the pieces of ``series`` as lines in capitals."""
    return [_caps(c) if _piece(c) and c.series in series else c for c in cands]


def pieces_rank_as_chapters(cands: list[hd.Candidate], ranks: dict[int, int]) -> None:
    """Clause ``pieces_rank_as_chapters`` (see the module docstring), in ``ranks``."""
    numbered = [
        r for i, r in ranks.items() if cands[i].kind in ("numbered", "numeral") and r >= PIECE_RANK
    ]
    if not numbered:
        return
    rank = min(numbered)
    for i in ranks:
        if _piece(cands[i]):
            ranks[i] = rank


def part_back_to_caps(cands: list[hd.Candidate], advancing: set[int]) -> list[hd.Candidate]:
    """Clause ``part_back_to_caps`` and clause ``piece_back_to_caps`` (see the module
    docstring)."""
    return [
        _caps(c) if i not in advancing and (_english_part(c) or _piece(c)) else c
        for i, c in enumerate(cands)
    ]
