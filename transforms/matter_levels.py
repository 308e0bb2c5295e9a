"""Rule ``matter_levels``: a book's front and back matter sit at the top level,
beside its volumes or parts, not under them.

A named division ("PREFACE", "INTRODUCTION", "EPILOGUE", "APPENDIX", 序, 前言, 楔子,
后记, 番外 ...: headings of kind "named", rank ``NAMED_RANK``, a chapter's rank) in a
book divided into volumes, parts or books (a keyword or CJK heading ranked above
a chapter) took the chapters' level. Before the first volume it was a level-2
section with no parent (明朝那些事儿's "前言" over "第壹卷 朱元璋篇"); after the
last chapter of the last volume it hung under that volume (盗墓笔记's "后记"
under "第二季 第八卷"; an EPILOGUE or APPENDIX under the last BOOK). Clauses:

``front_matter_top``
    the named headings, and the lines a contents list names (kind "listed": "原序",
    "译者序"), before the first heading ranked above a chapter take that heading's
    rank (clause ``front_matter_beside_body``, session 46: not the highest rank in the
    book, which a later part of one work may hold; the front matter then parented the
    whole body: the Blue Poetry Book's poems under its "INTRODUCTION"); but a body that
    opens with titles at a chapter's rank going on past that heading (the same kind and
    rank after it, titles in capitals and poems' titles one kind: poems found by rule ``poem_title_over_stanza`` around one poem's
    "PART I", Don Quixote's chapters before its "PART II") keeps its front matter at
    their rank, beside them. Titles that stop at that heading are the front matter's
    own parts (Plato's Laws: "EXCURSUS ..." then "BOOK I."), as are titles right under
    the first front heading, no text between (clause ``front_label_over_titles``: Shaw's
    "PREFACE" over "THE CENSORSHIP" and its other sections, before and after a "PART I").
``back_matter_top``
    the named headings after the last heading that is no named one, when that
    last heading is inside a volume (a chapter after the last volume line), take
    the top rank too; not when the same name heads a section inside a volume
    before (a "尾声" that closes every volume is the volume's own).
``back_after_volume``
    when that last heading is the last volume's line itself (its chapters have no
    numbered lines), only back matter's words ("后记", "EPILOGUE", "APPENDIX")
    take the top rank.

``back_word_over_its_parts`` (session 50)
    a back-matter word ("EPILOGUE", "APPENDIX", "NOTES") after the last volume's or
    part's line, with divisions of its own after it (titles, bare numbers), takes the
    top rank too: The Moonstone's "EPILOGUE" over "THE FINDING OF THE DIAMOND" and its
    three statements "I" .. "III" closes the book beside the two PERIODs, not under
    the "EIGHTH NARRATIVE" (``back_matter_top`` reads only named headings after the
    last other one, and the epilogue's own parts are others); Crime and Punishment's
    "EPILOGUE" / "I" / "II" beside its PARTs. Guards (found by the A/B over rcdm-uga):
    the bare word only (Pope's "EPILOGUE TO THE SATIRES." is a poem); every heading
    after it ranks below a chapter (its parts), save a title right under it (its
    subtitle) and other back matter: a chapter, a work's title or the same word again
    after it (Swift's "APPENDIX." among his tracts, Thoreau's and Nietzsche's "FOOTNOTES:"
    after every chapter) make it the section above's own; so does the same word
    heading any section before it (Scott's Life of Dryden: a "FOOTNOTES" after each
    SECTION; the last, before "SECTION VIII.", is no parent of it).

``prologue_beside_scenes`` (review, session 27)
    a named division right under a volume's or act's line whose next heading ranks
    below a chapter (a scene, a section, a bare number) takes that heading's rank,
    when no chapter-rank heading is in that volume: Henry V's act prologues
    ("ACT II." / "PROLOGUE." / "SCENE I.") sit beside the act's scenes; before,
    the scenes were the prologue's children (section path "ACT II. > PROLOGUE. >
    SCENE I.").

``conclusion_of_work`` (session 36)
    a "CONCLUSION." or "EPILOGUE." between two titles in capitals at its own rank
    (works of a volume: Scott's "THE VISION OF DON RODERICK." ... "CONCLUSION." ...
    "THE FIELD OF WATERLOO.") closes the work above it: it takes the rank of that
    work's own divisions, else the next rank below the title's used in the book (no
    new level: Lang's The Progress of the Century keeps its numbered parts at 2),
    else the rank just below. Guards: both neighbours at its rank are "caps"
    headings (a book's conclusion after its last chapter, or before its notes or
    index, stays); it has no divisions of its own (Nietzsche's "EPILOGUE" / "1." /
    "2." is a chapter beside "THE PSYCHOLOGIST SPEAKS."); it has text of its own
    (200 characters: The Moonstone's "EPILOGUE." over its title "THE FINDING OF THE
    DIAMOND." stays a top division); the titles are the book's top rank (Shaw's
    preface sections under its heading keep their "CONCLUSION" beside them); the
    title after it is no back matter in capitals (Balzac's "CONCLUSION" before the
    list of characters "ADDENDUM" is the novel's); it is at most half as long as the
    work above it (Maude's "FIRST DAY" .. "THIRD DAY" / "CONCLUSION", each as long
    as the others, are one sketch's parts, side by side); only those two words,
    alone on the line (Stevenson's "EPILOGUE TO “AN INLAND VOYAGE”" is an essay).

A named division between a volume's line and its chapters (明朝's "引子" after
"第壹卷") or among its chapters stays at chapter level. Pure per-document; run
after ``_named_among_numbers`` (which handles books with no rank above it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from transforms.heading_candidate import NAMED_RANK

if TYPE_CHECKING:
    from transforms.sections import Heading

# A named division, or a line a contents list names (rule listed: "原序", "译者序",
# "美国版序言", which no named word reads) at a chapter's rank.
FRONT_KINDS = ("named", "listed")
_TITLE_KINDS = ("caps", "poem")
# Blank lines only between a front heading and the title under it: no text of its own.
LABEL_GAP = 8
# The words of back matter (headings.NAMED's and cjk_novel_parts' own), case-folded.
_BACK = re.compile(
    r"(?:[a-z']+\s+)?(?:epilogue|afterword|appendix|conclusion|glossary|bibliography|notes|"
    r"footnotes|index|postscript|errata)\b|后记|後記|跋|尾声|尾聲|终章|終章|番外|附录|附錄",
    re.IGNORECASE,
)


def _series(h: Heading) -> tuple[str, int]:
    """Clause front_matter_beside_body: a heading's series, its kind and rank; titles in
    capitals and poems' titles (rule poem_title_over_stanza) are one."""
    return ("title" if h.kind in _TITLE_KINDS else h.kind, h.rank)


def _labels_its_titles(headings: list[Heading], k: int, body: int) -> bool:
    """Clause front_label_over_titles (review, session 46), a guard of clause
    front_matter_beside_body: the first front heading with no text of its own, the
    body's first title right under it (Shaw's "PREFACE" over "THE CENSORSHIP" and
    sixteen more before its "PART I"), is the label over those titles, their parent: they
    are its own sections, however like the titles after the first division they are. A
    back-matter word there ("APPENDIX." over "ON TIME" in Milton's contents) labels no body."""
    h = headings[k]
    return body == k + 1 and headings[body].start - h.end <= LABEL_GAP and not _BACK.match(h.title)


def _name(h: Heading) -> str:
    """The division's word ("preface", "后记"), for telling one name from another."""
    return (h.title.split() or [""])[0].strip(".:：").casefold()


def matter_at_top(headings: list[Heading]) -> list[Heading]:
    """Rule ``matter_levels`` (module doc): named front and back matter at the top rank,
    then a volume's or act's prologue beside its scenes."""
    out = _matter_top(headings)
    _back_word_over_its_parts(out)
    _beside_scenes(out)
    _conclusion_of_work(out)
    return out


def _matter_top(headings: list[Heading]) -> list[Heading]:
    """Clauses ``front_matter_top``, ``back_matter_top``, ``back_after_volume``."""
    above = [k for k, h in enumerate(headings) if h.kind != "named" and h.rank < NAMED_RANK]
    if not above:
        return list(headings)
    top = min(headings[k].rank for k in above)
    out = list(headings)
    # Clause front_matter_top: before the first volume / part / book line. Clause
    # front_matter_beside_body: at that line's rank, not above it (a higher rank found
    # later in the body, the "PART I" .. "PART VII" of one poem in the Blue Poetry Book,
    # whose poems' titles rank 19, made the INTRODUCTION the parent of every poem); and
    # not where the body after it opens with titles at a chapter's rank that go on past
    # that line (the same series after it: Don Quixote's chapters before its "PART II"):
    # the front matter stays beside them. Titles that stop at that line are the front
    # matter's own parts (Plato's Laws: "EXCURSUS ..." under "INTRODUCTION AND
    # ANALYSIS.", then "BOOK I."; a title in capitals under "PROLOGUE" before "BOOK THE
    # FIRST" and its keyword chapters, Wells's In the Days of the Comet). A title before
    # the first front matter is not the body (Ibsen's "CATILINE" over its PREFACE, then
    # its acts). Clause front_label_over_titles: nor are titles right under the first
    # front heading, with no text between (Shaw's PREFACE over its sections).
    front = [k for k in range(above[0]) if out[k].kind in FRONT_KINDS and out[k].rank == NAMED_RANK]
    body = next(
        (
            j
            for j in range(front[0] if front else 0, above[0])
            if headings[j].kind not in FRONT_KINDS and headings[j].rank <= NAMED_RANK
        ),
        above[0],
    )
    series = _series(headings[body])
    if (
        body == above[0]
        or (front and _labels_its_titles(headings, front[0], body))
        or all(_series(h) != series for h in headings[above[0] :])
    ):
        for k in front:
            out[k] = replace(out[k], rank=headings[above[0]].rank)
    # Clause back_matter_top: after the last heading that is not a named one, when that
    # heading sits inside a volume (below the volume's rank), and only named ones follow.
    others = [k for k, h in enumerate(headings) if h.kind != "named"]
    last = others[-1]
    if last < above[0]:
        return out
    # Clause back_after_volume: when that last heading is the last volume's own line (its
    # chapters untitled by number: 明朝那些事儿's 第柒卷 over "皇太极"), only the words of
    # back matter ("后记", "EPILOGUE") leave it; a "引子" there is the volume's prologue.
    volume = headings[last].rank <= top
    inside = {_name(h) for h in headings[above[0] : last] if h.kind == "named"}
    for k in range(last + 1, len(headings)):
        h = out[k]
        if h.rank != NAMED_RANK or _name(h) in inside:
            continue
        if not volume or _BACK.match(h.title):
            out[k] = replace(h, rank=top)
    return out


def _back_word_over_its_parts(out: list[Heading]) -> None:
    """Clause ``back_word_over_its_parts`` (module doc), in place."""
    above = [k for k, h in enumerate(out) if h.kind != "named" and h.rank < NAMED_RANK]
    if not above:
        return
    top = min(out[k].rank for k in above)
    for k in range(above[-1] + 1, len(out) - 1):
        h = out[k]
        if h.kind != "named" or h.rank != NAMED_RANK or not _BACK.match(h.title):
            continue
        if len(h.title.split()) > 1 or any(_name(x) == _name(h) for x in out[:k]):
            continue  # a title ("EPILOGUE TO THE SATIRES."); a name closing every section
        if _has_own_parts(out, k):
            out[k] = replace(h, rank=top)


def _has_own_parts(out: list[Heading], k: int) -> bool:
    """Clause ``back_word_over_its_parts``'s guards: the headings after ``out[k]`` are its
    parts (ranked below it; a title right under it, no text between, is its subtitle) or
    other back matter; the same word never again (FOOTNOTES after every chapter)."""
    h, rest = out[k], out[k + 1 :]
    if rest and rest[0].kind in _TITLE_KINDS and rest[0].start - h.end <= LABEL_GAP:
        rest = rest[1:]  # The Moonstone's "EPILOGUE" / "THE FINDING OF THE DIAMOND"
    if not rest or rest[0].rank <= NAMED_RANK:
        return False  # no parts of its own: a work's appendix among works (Swift's)
    return all(
        x.rank > NAMED_RANK or (x.kind == "named" and _BACK.match(x.title) and _name(x) != _name(h))
        for x in rest
    )


def _beside_scenes(out: list[Heading]) -> None:
    """Clause ``prologue_beside_scenes`` (module doc), in place."""
    for k in range(1, len(out) - 1):
        h, prev, nxt = out[k], out[k - 1], out[k + 1]
        if h.kind != "named" or h.rank != NAMED_RANK or prev.kind == "named":
            continue
        if prev.rank >= NAMED_RANK or nxt.kind == "named" or nxt.rank <= NAMED_RANK:
            continue
        end = next((j for j in range(k + 1, len(out)) if out[j].rank <= prev.rank), len(out))
        if all(out[j].rank > NAMED_RANK for j in range(k + 1, end)):
            out[k] = replace(h, rank=nxt.rank)


_WORK_ENDS = frozenset(("conclusion", "epilogue"))
_WORK_END_TEXT = 200  # characters of its own text before the next work's title


def _conclusion_of_work(out: list[Heading]) -> None:
    """Clause ``conclusion_of_work`` (module doc), in place."""
    for k, h in enumerate(out):
        if h.kind != "named" or _name(h) not in _WORK_ENDS or len(h.title.split()) > 1:
            continue  # the bare word: "EPILOGUE TO “AN INLAND VOYAGE”" is an essay's title
        a = next((j for j in range(k - 1, -1, -1) if out[j].rank <= h.rank), None)
        b = next((j for j in range(k + 1, len(out)) if out[j].rank <= h.rank), None)
        if a is None or b is None:
            continue
        if not all(out[j].kind == "caps" and out[j].rank == h.rank for j in (a, b)):
            continue
        if b > k + 1:
            continue  # divided itself (Nietzsche's "EPILOGUE" / "1." "2."): a peer, not a part
        if out[b].start - h.end < _WORK_END_TEXT or min(x.rank for x in out) < h.rank:
            continue  # a title over its subtitle (The Moonstone); works not at the top (Shaw)
        if _BACK.match(out[b].title) or _name(out[b]) == "addendum":
            continue  # back matter after it, no next work (Balzac's "ADDENDUM")
        if 2 * (out[b].start - h.start) > h.start - out[a].start:
            continue  # no shorter than half the work above: a part beside it (Maude's days)
        inner = [out[j].rank for j in range(a + 1, k)]
        # No new level: the rank of the work's divisions, else of any below its rank.
        below = inner or [x.rank for x in out if x.rank > h.rank]
        out[k] = replace(h, rank=min(below) if below else h.rank + 1)
