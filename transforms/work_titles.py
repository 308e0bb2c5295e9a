"""The titles of the works a volume collects (plays, stories, poems): the top level.

Many Gutenberg files hold several works, each a title in capitals over its own
acts, scenes or chapters, whose numbering starts over under each title. Clauses
(session 34):

``work_titles_over_restarts``
    a confirmed line in capitals that heads a division numbered 1 ("CATILINE" over
    "FIRST ACT", "OLAF LILJEKRANS" over "FIRST ACT" in Ibsen's Early Plays) is that
    work's title, the last such line in the run of unnumbered headings right above
    the division ("CATILINE" / "PREFACE TO THE SECOND EDITION" / "FIRST ACT"). When
    two or more titles head a division ranked at or above a chapter (an act, book,
    part, chapter, canto), every title found takes the rank just above the highest
    division they head: the play "THE WARRIOR'S BARROW", which has scenes only, sits
    beside the other two plays, not under Catiline's third act. Before, a title (rank
    of a line in capitals, a chapter's) ranked below the acts it heads.
    Clause ``work_titles_all_caps``: then every other confirmed line in capitals at a
    chapter's rank takes the titles' rank too: a tale without numbered parts among tales
    with them (Hardy's A Changed Man: "THE GRAVE BY THE HANDPOST" between "ALICIA'S
    DIARY" and "ENTER A DRAGOON"; Alcott's "ANNA'S WHIM."; Chekhov's one-act plays
    beside "THE THREE SISTERS") is a work as well, not a part of the one above it.
    Guards: one title is no collection (a single play's title line stays where it
    was); titles over numbers ranked below a chapter only ("THE RIVER" over "1.",
    "2." sections) never start the rule; a persons list's line ("CHARACTERS.",
    "DRAMATIS PERSONAE") is no title; a numbered heading between ends the run;
    clause ``work_titles_same_series``: the two titles must head the same series
    starting over (a book's title over "PART I." and a part's over "CHAPTER 1" are
    none); clause ``work_titles_not_title_lines``: a line in capitals right under an
    untitled number is its title line ("PART I." / "AT SEA." / "BOOK I." in Hugo's
    Ninety-Three), no work's title.
``play_title_over_persons``
    a line in capitals after two blank lines whose next candidate, within
    ``_PERSONS_LINES`` lines, is a persons list's opener ("PERSONS REPRESENTED.",
    "DRAMATIS PERSONAE.", "CHARACTERS.") is a play's title, when two or more such
    titles stand in the document (a volume of plays: Buckley's Aeschylus,
    "PROMETHEUS CHAINED." and "THE SEVEN AGAINST THEBES.", each over a short
    argument that rule ``layout`` finds too short). Guards: a single play's title
    over its persons list is left alone; a line with text right under its persons
    opener's run or far from it confirms nothing; when the next confirmed heading under
    the persons list is a title line of its own (clause ``play_title_after_persons``:
    Alcott's Comic Tragedies print "THE GREEK SLAVE." over its persons and again over
    "SCENE FIRST.", and "NOTE TO ION." over "CHARACTERS." over "ION."), that line is the
    play's title and nothing is added.

Cost: one pass over the confirmed headings; the persons test (one regex match) only
on the "caps" candidates.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from transforms import headings as hd

if TYPE_CHECKING:
    from transforms.contents import Contents

_DIVISIONS = ("keyword", "ordinal", "numeral", "numbered")
PERSONS = re.compile(
    r"(?:THE\s+)?(?:PERSONS(?:\s+(?:REPRESENTED|OF\s+THE\s+(?:DRAMA|PLAY)))?|DRAMATIS\s+PERSON(?:AE|Æ)"
    r"|CHARACTERS(?:\s+REPRESENTED|\s+OF\s+THE\s+(?:DRAMA|PLAY))?)\s*[.:]?",
    re.IGNORECASE,
)
# Clause work_titles_all_caps_apparatus: a book's apparatus or a stage division in capitals
# ("NOTES TO KING RICHARD III.", "ILLUSTRATIONS IN THE TEXT.", "PRELIMINARY CHAPTER.",
# "TABLEAU III. MOTHER CLARKE'S") is no work: clause work_titles_all_caps leaves it, and
# it is no title over a restart ("ROUND THE MOON." / "PRELIMINARY CHAPTER." / "CHAPTER I.").
APPARATUS = re.compile(
    r"(?:THE\s+)?(?:NOTES?|FOOTNOTES?|ILLUSTRATIONS?|PREFACE|PREFATORY|INTRODUCTION|INTRODUCTORY"
    r"|PRELIMINARY|APPENDIX|TABLEAU|GLOSSARY|INDEX|CONTENTS)\b",
    re.IGNORECASE,
)
# Clause work_titles_keyword_parts: "EPILOGUE." over a caps title over its "I" (The
# Moonstone), "CONCLUSION--THE FALL." right over "CHAPTER I." (Hugo's History of a Crime).
_PARTS = re.compile(r"(?:THE\s+)?(?:PROLOGUE|EPILOGUE|CONCLUSION)\b", re.IGNORECASE)
# Session 51: the series of a play's title block over its ACT I (clause
# play_title_over_act_one, transforms.play_title_blocks). A PROLOGUE right above it is the
# play's, not a part of the volume; such titles alone do not start clause work_titles_all_caps
# (clause work_titles_all_caps_own_titles, below).
PLAY_BLOCK = "caps:play_block"
_EPILOGUE = re.compile(r"(?:THE\s+)?EPILOGUE\b", re.IGNORECASE)  # guard epilogue_ends_the_play
_TITLE_LINE_GAP = 4  # lines from an untitled number to its title line, at most
_PERSONS_LINES = 30  # lines from a play's title to its persons list, at most


def _persons(title: str) -> bool:
    return PERSONS.fullmatch(title.strip()) is not None


def _plays_own(confirmed: list[tuple[hd.Candidate, int]], title: int, k: int) -> bool:
    """Whether a PROLOGUE right above ``title`` is the play's: the title is a play block,
    or (guard prologue_over_listed_play, session 53) any title right over the act 1 at ``k``.
    Scott's Dryden vol. 5's "AMBOYNA." over "ACT I." names a listed entry (clause
    listed_or_title) rather than standing as a play block; its PROLOGUE stays the play's."""
    return confirmed[title][0].series == PLAY_BLOCK or (
        title == k - 1 and confirmed[k][0].series in _ACT_SERIES
    )


def titles_over_restarts(
    confirmed: list[tuple[hd.Candidate, int]],
) -> list[tuple[hd.Candidate, int]]:
    """Clause ``work_titles_over_restarts`` (module docstring)."""
    heads: dict[int, int] = {}  # title index -> rank of the highest division it heads
    titles_of: dict[str, set[int]] = {}  # series of a division ranked as a chapter or above
    keys: set[int] = set()  # clause work_titles_keyword_parts
    for k, (c, rank) in enumerate(confirmed):
        if c.kind not in _DIVISIONS or c.value != 1:
            continue
        title = None
        parts = []  # named PROLOGUE / EPILOGUE / CONCLUSION lines of the run
        j = k - 1
        while j >= 0 and confirmed[j][0].kind not in _DIVISIONS:
            cj = confirmed[j][0]
            if title is None and cj.kind == "caps" and not _persons(cj.title):
                if not _title_line(confirmed, j) and not APPARATUS.match(cj.title.strip()):
                    title = j
            elif cj.kind == "named" and _PARTS.match(cj.title.strip()):
                parts.append(j)
            j -= 1
        # Clause work_titles_keyword_parts: such a line right above the work's title, or
        # right over a chapter (or higher) numbering with no title, is a part of the volume
        # at the titles' level. Below the title ("TOLD UNDER CANVAS." / "PROLOGUE." /
        # "CHAPTER I.") it is the work's own; over a scene 1 it is an act's chorus (Henry V);
        # with notes between it and the next title it ends the play before (2 Henry IV).
        # Guard epilogue_ends_the_play (session 49): an EPILOGUE over a play's act 1 (or
        # over its title) is the play before's (Scott's Dryden vol. 5: Amboyna's "EPILOGUE"
        # over The State of Innocence's untitled acts, Aureng-Zebe's over "ALL FOR LOVE.",
        # were lifted to the titles' level); The Moonstone's "EPILOGUE." over its chapters stays.
        ends_play = c.series in _ACT_SERIES
        keys.update(
            p
            for p in parts
            if (
                (p == (title or 0) - 1 and not _plays_own(confirmed, title, k))
                or (title is None and rank <= hd.CAPS_RANK)
            )
            and not (ends_play and _EPILOGUE.match(confirmed[p][0].title.strip()))
        )
        if title is not None:
            heads[title] = min(heads.get(title, rank), rank)
            if rank <= hd.CAPS_RANK:
                titles_of.setdefault(c.series, set()).add(title)
    # Clause work_titles_same_series: the numbering that starts over under two titles is
    # one series ("FIRST ACT" under "CATILINE" and under "OLAF LILJEKRANS").
    strong = [heads[k] for t in titles_of.values() if len(t) >= 2 for k in t]
    names = {confirmed[i][0].title.strip(" .").upper() for i in heads}
    if not strong or len(names) < len(heads):
        return confirmed
    top = min(strong) - 1
    # Clause work_titles_volume_parts: a numbering ranked as the one the titles head that
    # starts before the first title at another number than 1 ("VOL. II." / "PART SECOND.
    # ROMANTIC BALLADS." over Scott's ballads, whose own "PART FIRST." / "PART SECOND."
    # come later) is the volume's own: the titles are under it, not above; nothing moves.
    first_title = min(k for t in titles_of.values() if len(t) >= 2 for k in t)
    before = [c for c, r in confirmed[:first_title] if c.kind in _DIVISIONS and r == min(strong)]
    if before and before[0].value != 1:
        return confirmed
    # Front matter before the first work and the first numbered division stays at the top.
    first = min([*heads, *(k for k, (c, _) in enumerate(confirmed) if c.kind in _DIVISIONS)])
    # Clause work_titles_all_caps_own_titles (review, session 51): when the titles that make
    # the volume a collection are play blocks (PLAY_BLOCK) but for one at most, only the
    # titles over a chapter's rank or above move: work_titles_all_caps lifts no other line
    # in capitals, and a title over numbers ranked below a chapter stays. Scott's Dryden
    # vol. 8 has no title but its four blocks over "ACT I."; with them "SONG." / "BY MR
    # CONGREVE." (over stanzas "I.", "II.") and "SONG" / "FOR A GIRL." in Love Triumphant's
    # last act went to the plays' rank, and the rest of the act under them.
    own = any(sum(confirmed[i][0].series != PLAY_BLOCK for i in t) >= 2 for t in titles_of.values())
    lifted = set(heads) if own else {i for t in titles_of.values() for i in t}
    # Clause work_titles_all_caps: the other lines in capitals at a title's rank are works
    # too (Hardy's "THE GRAVE BY THE HANDPOST", a tale without numbered parts among tales
    # with them; The Moonstone's "SECOND PERIOD."), not parts of the work above them.
    return [
        (c, top if k in lifted or k in keys or (own and c.kind == "caps" and rank == hd.CAPS_RANK
                                               and not _persons(c.title)
                                               and not (k > first and APPARATUS.match(c.title.strip())))
         else rank)
        for k, (c, rank) in enumerate(confirmed)
    ]  # fmt: skip


def _title_line(confirmed: list[tuple[hd.Candidate, int]], j: int) -> bool:
    """Clause ``work_titles_not_title_lines``: a "caps" line right under an untitled
    number ("PART I." / "AT SEA." in Hugo's Ninety-Three) is that number's title line
    (rule ``title_line``), no work's title."""
    prev = confirmed[j - 1][0] if j else None
    return (
        prev is not None
        and prev.kind in _DIVISIONS
        and not prev.rest
        and confirmed[j][0].line - prev.line <= _TITLE_LINE_GAP
    )


def titles_over_persons(
    blank: list[bool], kept: list[hd.Candidate], confirmed: list[tuple[hd.Candidate, int]]
) -> list[tuple[hd.Candidate, int]]:
    """Clause ``play_title_over_persons`` (module docstring)."""
    taken = {c.line for c, _ in confirmed}
    lines = [c.line for c, _ in confirmed]
    found = []
    for k, c in enumerate(kept[:-1]):
        nxt = kept[k + 1]
        if (
            c.kind == "caps"
            and c.line not in taken
            and nxt.kind == "caps"
            and nxt.line - c.line <= _PERSONS_LINES
            and c.line >= 2
            and blank[c.line - 1]
            and blank[c.line - 2]
            and not _persons(c.title)
            and _persons(nxt.title)
        ):
            # Clause play_title_after_persons: a title line already confirmed under the
            # list ("THE GREEK SLAVE." over the persons and again over "SCENE FIRST.";
            # "NOTE TO ION." / "CHARACTERS." / "ION.") is the play's; nothing is added.
            k2 = bisect.bisect_right(lines, nxt.line)
            after = confirmed[k2][0] if k2 < len(confirmed) else None
            if after is None or after.kind not in ("caps", "listed"):
                found.append((c, c.rank))
    if len(found) < 2:
        return confirmed
    return sorted(confirmed + found, key=lambda p: p[0].start)


# Clause listed_play_title_over_acts (session 48): a line a contents list names (rule
# listed) that stands right over a play's first act ("ACT I.", "ACT THE FIRST") is that
# play's title and ranks just above the acts, as clause work_titles_over_restarts ranks a
# volume's play titles: Scott's Dryden, vol. 4, "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF
# GRANADA." (its contents: "Almanzor and Almahide, or the Conquest of Granada ...") stood
# at a line in capitals' rank, below its ACTs. Guards: the next confirmed heading must be
# the act numbered 1 (a heading between, a later act, a scene is no play's start); a title
# already ranked at or above the act keeps its rank; guard ``one_play_under_the_title``
# (review, session 48): when another act numbered 1 of the same series follows before a
# heading at the title's new rank or above, the title keeps its rank: ranked above the
# acts it would hold the next play's acts too (Dryden vol. 4: MARRIAGE A-LA-MODE's and
# THE ASSIGNATION's acts, whose titles are no headings, fell under ALMANZOR AND ALMAHIDE).
_ACT_SERIES = ("kw:act", "ord:act")


# Session 49: the act numbered 1 may follow the title after named headings only (the play's
# "PROLOGUE.", its persons: Scott's Dryden vol. 4 sets "MARRIAGE A-LA-MODE" over the editor's
# introduction, then "PROLOGUE." and "ACT I."; clause ``listed_play_title_front``), and the
# guard one_play_under_the_title stops at another listed title that heads a play's acts
# (the next play's title ends this play: clause ``next_play_title_ends``).
def _first_act(confirmed: list[tuple[hd.Candidate, int]], k: int) -> int | None:
    """Clause ``listed_play_title_front``: the index of the act numbered 1 that the listed
    title at ``k`` stands over, named headings between; None when another heading comes
    first or the act is no act 1 or ranks at or below the title."""
    for m in range(k + 1, len(confirmed)):
        c, rank = confirmed[m]
        if c.series in _ACT_SERIES:
            return m if c.value == 1 and rank < confirmed[k][1] else None
        if c.kind != "named":
            return None
    return None


def _another_play_follows(
    confirmed: list[tuple[hd.Candidate, int]], k: int, titles: frozenset[int] = frozenset()
) -> bool:
    """Guard ``one_play_under_the_title``: after the act numbered 1 at ``k``, an act
    numbered 1 of its series and rank comes before any heading ranked above the acts or
    (clause ``next_play_title_ends``) another play's listed title (indices ``titles``)."""
    act, act_rank = confirmed[k]
    for m in range(k + 1, len(confirmed)):
        c, rank = confirmed[m]
        if rank < act_rank or m in titles:
            return False
        if rank == act_rank and c.series == act.series and c.value == 1:
            return True
    return False


def listed_titles_over_acts(
    confirmed: list[tuple[hd.Candidate, int]], found: Contents | None = None
) -> list[tuple[hd.Candidate, int]]:
    """Clause ``listed_play_title_over_acts`` (above); ``found``: the contents lists, for a
    line in capitals a list names (session 49: Dryden vol. 4's "MARRIAGE A-LA-MODE", a
    "caps" heading the list confirmed, not a "listed" line)."""
    out = list(confirmed)
    acts = {
        k: m
        for k, (c, _) in enumerate(confirmed[:-1])
        if (
            c.kind == "listed"
            or (c.kind == "caps" and found is not None and found.listed(c.title) is not None)
        )
        and (m := _first_act(confirmed, k)) is not None
    }
    # Guard caps_titles_of_a_collection (review, session 49): a line in capitals that a list
    # names heads its acts only in a volume of two or more such titles: alone it is a
    # persons-list line ("CHORUS." in The Life of King Henry V, whose contents lists
    # "Chorus."; "RECORDING ANGELS." in The Dynasts) or an introduction's part ("AUTHORITIES"
    # in the New Hudson Julius Caesar, listed as "AUTHORITIES (WITH ABBREVIATIONS)")
    if len(acts) < 2:
        acts = {k: m for k, m in acts.items() if confirmed[k][0].kind == "listed"}
    titles = frozenset(acts)
    for k, m in acts.items():
        if not _another_play_follows(confirmed, m, titles):  # guard one_play_under_the_title
            out[k] = (confirmed[k][0], confirmed[m][1] - 1)
    return out
