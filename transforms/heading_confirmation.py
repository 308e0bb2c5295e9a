"""Which heading candidates the document confirms, each with its rank.

``transforms.sections`` lists the candidates; ``confirm_candidates`` keeps those
the evidence confirms, by these rules (moved here from ``transforms.sections``
in session 26, unchanged):

``numbering``
    bare and titled numbers (``IV.``, ``— 3 —``, ``[ 1 ]``, ``XII  Ghek Plays
    Pranks``) followed by a blank line are headings when their series counts
    on: runs of 2 (bare) or 3 (titled: plays number their speakers "1 Cit.",
    "2 Cit.") consecutive values; a misnumbered member between two confirmed
    ones keeps its place. Keyword and CJK headings (``CHAPTER IV``, ``Scene
    II.``, ``第十二回``) need no run: the keyword is the evidence, and mentions in
    prose were never candidates.
``out_of_sequence``
    a keyword heading whose number goes back (not to 1) in its series with no
    higher heading between is a label ("Chapter 36." over footnotes).
``named``
    PREFACE, INTRODUCTION, Epilogue ... followed by a blank line.
``restart``
    a line in capitals right above a number that starts its series over at 1
    heads the part the number opens ("OF THE FIRST AND LAST THINGS." / "1").
``layout``
    in a document without numbered chapters (the numbers dividing a piece numbered with a
    stop, "1. TWIN BEDS." under "MEDITATION XVII.", are none: clause ``piece_numbers``,
    session 41), a line in capitals after two blank lines,
    followed by a blank line and real text (a Platonic dialogue's "PHAEDO"); an
    unconfirmed bare "I." right under it is the first stanza's number and the text
    is measured past it (clause ``first_stanza_number``, session 36).
``title_page``
    above the body (the end of the last contents list) a heading must open
    some text: "VOL. III." on a title page is none.

Cost: passes over the candidates (a few per candidate), plus one over the
candidates after each "caps" line for rule ``restart``.
"""

from __future__ import annotations

from transforms import contents as ct
from transforms import european_words as ew
from transforms import headings as hd
from transforms.cjk_numbers import cjk_named_line
from transforms.contents import Contents, Lines
from transforms.contents_bylines import closes_text
from transforms.english_parts import (
    PIECE_SERIES,
    introduction_of_pieces,
    part_back_to_caps,
    part_holds_headings,
    pieces_in_order,
    pieces_out_of_place,
    pieces_rank_as_chapters,
    pieces_to_caps,
)
from transforms.year_lines import year_lines

LAYOUT_TEXT_CHARS = 500  # text a layout-confirmed heading must be followed by
# Clause parts_not_chapters; clause story_parts_not_chapters (session 52): a tale's numbered
# stories or evenings (``transforms.ordinal_divisions``, clause ordinal_story_parts) divide
# one piece of a collection whose tale titles in capitals stand by their layout.
_PARTS = frozenset(("volume", "tome", "part", "book", "story", "evening"))


def _numbering(cands: list[hd.Candidate], blank: list[bool], titles: set[int]) -> set[int]:
    """Indices of numeral / numbered / ordinal ("Erstes Kapitel", rule
    ``ordinal_first``) candidates whose series counts on: chains
    of at least 2 (bare numbers) or 3 (titled numbers: plays number their
    speakers "1 Cit." / "2 Cit.", which rarely count far) values that follow
    each other (a stray "M." between "I." and "II." does not break the chain)."""
    seen: dict[str, dict[int, int]] = {}  # series -> value -> last index
    back: dict[int, int] = {}  # chain length up to each member
    nxt: dict[int, int] = {}
    members = []
    for i, c in enumerate(cands):
        if c.kind not in ("numeral", "numbered", "ordinal") or c.value is None:
            continue
        values = seen.setdefault(c.series, {})
        prev = values.get(c.value - 1)
        back[i] = back[prev] + 1 if prev is not None else 1
        if prev is not None:
            nxt[prev] = i
        values[c.value] = i
        members.append(i)
    total: dict[int, int] = {}
    for i in reversed(members):
        total[i] = max(back[i], total.get(nxt[i], 0) if i in nxt else 0)
    ok = {i for i in members if total[i] >= (3 if cands[i].kind == "numbered" else 2)}
    # A misnumbered member in the gap of a confirmed sequence keeps its place:
    # "CXXXIII" between CXXVII and CXXIX, where CXXVIII should be.
    by_series: dict[str, list[int]] = {}
    for i in members:
        by_series.setdefault(cands[i].series, []).append(i)
    for idx in by_series.values():
        for p, i, q in zip(idx, idx[1:], idx[2:], strict=False):
            if p in ok and q in ok and cands[q].value == cands[p].value + 2:
                ok.add(i)
    # clause year_lines: diary years, pieces' dates (clause dated_title: ``titles``)
    return year_lines(cands, members, ok, blank, titles)


def confirm_candidates(lines: Lines, cands, found: Contents) -> list[tuple[hd.Candidate, int]]:
    """(candidate, rank) of the confirmed headings, in order. Above the body (the end of
    the last contents list) a title page is not a heading."""
    dated_titles: set[int] = set()
    uses = dict(found.uses)  # the list entries' uses, for clause pieces_open_their_parent's rerun
    cands = part_holds_headings(cands)  # clause english_ordinal_part's guards
    advancing = _numbering(cands, lines.blank, dated_titles)
    advancing = pieces_in_order(cands, advancing)  # clause pieces_in_order
    cands = part_back_to_caps(cands, advancing)
    # Clause parts_not_chapters (session 17): a volume, part or book ("Tom I",
    # "ПРВИ ДЕО", "Första boken") is no chapter: chapter titles in capitals under
    # it stay confirmed by their layout (an act still is: a play's capitals are no titles).
    # Clause stop_sequence_keeps_layout (session 37): a named sequence numbered with a
    # stop ("EPISTLE I.", "MEDITATION I.", clause sequence_number_stop) names pieces of a
    # book whose other titles stand by their layout (Pope's Essay on Man: "SATIRE II.",
    # "DIALOGUE I.", "ADVERTISEMENT."): no evidence of numbered chapters.
    pieces = _piece_numbers(lines, cands, advancing)
    chapters = any(
        (c.kind in ("keyword", "cjk", "md", "sequence") and c.rank <= 20 or i in advancing)
        and c.series.split(":")[-1] not in _PARTS
        and c.series not in PIECE_SERIES  # a tale's letters; "LETTER II" (kw:letter) still counts
        and _chapter_like(c)
        and i not in pieces
        for i, c in enumerate(cands)
    )
    n = len(lines.texts)
    ranks: dict[int, int] = {}
    for i, c in enumerate(cands):
        if c.kind in ("keyword", "cjk", "md", "sequence", "scene_heading", "run") or i in advancing:
            ranks[i] = c.rank
    runs = ct.contents_runs(cands, set(ranks))
    dropped = runs | _out_of_sequence(cands, set(ranks) - runs)
    for i in dropped:
        del ranks[i]
    # The body starts after the last contents list, found by an opener or by
    # its entries' numbers starting over.
    body = max([found.body] + [cands[i].line + 1 for i in runs])
    listed: dict[int, str] = {}  # candidate -> the contents entry naming it
    # Rule front_matter_names: an ADVERTISEMENT (an author's preface of c. 1800)
    # only before the first confirmed chapter (a "VOLUME I." may stand above it);
    # in a chapter it quotes a newspaper.
    counted = {cands[i].series for i in ranks}
    used = {w.strip(".:").lower() for i in ranks for w in cands[i].title.split()[:3]}
    front = min(
        (
            cands[i].line
            for i in ranks
            if cands[i].rank >= hd.NAMED_RANK and _chapter_like(cands[i])
        ),
        default=n,
    )  # clause stop_sequence_keeps_layout: an ADVERTISEMENT between Pope's satires stays
    for i, c in enumerate(cands):
        after_blank = c.series == "glued" or c.line + 1 >= n or lines.blank[c.line + 1]
        after_blank = after_blank or c.end > lines.ends[c.line]  # listed_two_lines, glued_heading
        if i in ranks or i in dropped:
            continue
        if c.kind == "named":
            word = c.series.split(":", 1)[1]
            if (
                word not in hd.LIST_OPENERS[:4]
                and (after_blank or cjk_named_line(c))  # clause cjk_named_no_blank
                and (word != "ADVERTISEMENT" or c.line < front)
            ):
                ranks[i] = c.rank
        # Clause listed_numbered: a numbered line a contents list names, number
        # and title, is a heading without a series, ranked as a listed line
        # ("2. Debian とはなにか" between two CJK titles that are no candidates:
        # the Debian Reference; not a step "5. ..." of a list of steps).
        elif (
            c.kind in ("caps", "listed")
            or (c.kind == "numbered" and found.names_numbered(c.title, lines, c.line))  # number_off
        ) and after_blank:
            entry = found.listed(c.title, _next_text(lines, c.line)) if c.line >= body else None
            if entry in found.bylines and closes_text(lines.blank, c.line):
                entry = None  # clause contents_byline: a piece's signature
            if entry is not None and found.use(entry):
                listed[i] = entry
                # Ranked as its series when the series has headings ("I." and
                # "XV." of libpng's manual, whose II-XIII count on), else as a listed line.
                alone = c.kind == "numbered" and c.series not in counted
                ranks[i] = hd.CAPS_RANK if alone else c.rank
            elif c.kind == "caps" and (rank := ew.keyword_caps(c.title, counted, used)):
                ranks[i] = rank  # clause keyword_caps
            elif c.kind == "caps" and (
                i in dated_titles  # clause dated_title (transforms.year_lines)
                or _opens_restart(cands, i, ranks, found.text)
                or (not chapters and _layout(lines, c, cands, i, found.text, ranks))
            ):
                ranks[i] = c.rank
    if misplaced := pieces_out_of_place(cands, ranks, found.text.chars):
        # clause pieces_open_their_parent: those pieces are lines in capitals, decided anew
        found.uses.clear()
        found.uses.update(uses)
        return confirm_candidates(lines, pieces_to_caps(cands, misplaced), found)
    pieces_rank_as_chapters(cands, ranks)  # clause pieces_rank_as_chapters
    introduction_of_pieces(cands, ranks, lines.blank)  # clause introduction_of_pieces
    # A contents entry indented under another is a level lower, when the one
    # it hangs from is a heading too (not when it only groups: "POETRY--").
    named = set(listed.values())
    for i, entry in listed.items():
        parent = found.parent(entry)
        if parent is not None and parent in named:
            ranks[i] += 2
    if listed:
        _nested_numbers(cands, ranks, listed, counted)
    out = []
    for i in sorted(ranks):
        c = cands[i]
        nxt = cands[i + 1].line if i + 1 < len(cands) else n
        # Above the contents list (a title page: "VOL. III.", "Volume Seventeen")
        # a heading must open some text.
        if c.line < body and not found.text.between(c.line, nxt):
            continue
        out.append((c, ranks[i]))
    return out


def _nested_numbers(cands, ranks: dict[int, int], listed: dict, counted: set) -> None:
    """Clause ``listed_number_nested``: a numbered line a contents list names whose
    series has no run of its own ("1. HISTORICAL SETTING", "2. GENERAL CRITICISM AND
    ANALYSIS") that starts at 1 right under a counted numbered heading of the other
    system ("III. THE LADY OF THE LAKE") divides that heading: it ranks one below it,
    not as a listed line above the whole numbered series. Its next values follow it
    while no other heading comes between. Guards: the heading above must be the one
    right before; the same system ("1." under "2.") or a value other than 1 nests nothing."""
    moved: set[int] = set()
    prev = None
    for i in sorted(ranks):
        c = cands[i]
        if i in listed and c.kind == "numbered" and c.series not in counted and prev is not None:
            p = cands[prev]
            if p.series == c.series and prev in moved and c.value == p.value + 1:
                ranks[i] = ranks[prev]
                moved.add(i)
            elif (
                c.value == 1 and p.kind in ("numbered", "numeral") and p.series in counted
                and p.series.split(":")[-1] != c.series.split(":")[-1]
                and ranks[prev] >= ranks[i]
            ):  # fmt: skip
                ranks[i] = ranks[prev] + 1
                moved.add(i)
        prev = i


def _out_of_sequence(cands: list[hd.Candidate], confirmed: set[int]) -> set[int]:
    """Keyword headings whose number goes back (not to 1) in their series with no
    higher heading between: a label ("Chapter 36." over a group of footnotes
    after the last chapter, 77), not a section."""
    drop = set()
    last: dict[str, int] = {}  # series -> last kept value since a higher heading
    rank_of = {c.series: c.rank for c in cands}
    for i, c in enumerate(cands):
        # A higher heading (or a line that may be one) lets a series start anew.
        if i in confirmed or c.kind in ("named", "caps"):
            for series in [s for s in last if rank_of[s] > c.rank]:
                del last[series]
        if i not in confirmed or c.kind != "keyword" or c.value is None:
            continue
        prev = last.get(c.series, 0)
        if c.value < prev and c.value != 1:
            drop.add(i)
            continue
        last[c.series] = c.value
    return drop


def _next_text(lines: Lines, line: int) -> str:
    """The next non-blank line within two blank lines, or ""."""
    for i in range(line + 1, min(line + 4, len(lines.texts))):
        if not lines.blank[i]:
            return lines.texts[i]
    return ""


def _opens_restart(cands, i: int, ranks: dict[int, int], text: ct.TextSums) -> bool:
    """Rule ``restart``: a line in capitals right above a confirmed number that
    starts its series over at 1 ("OF THE FIRST AND LAST THINGS." then "1") is
    the heading of the part that number opens."""
    c = cands[i]
    for j in range(i + 1, len(cands)):
        if text.between(c.line, cands[j].line):
            return False
        if j in ranks or cands[j].kind == "named":
            nxt = cands[j]
            earlier = any(cands[k].series == nxt.series for k in range(i))
            return nxt.value == 1 and earlier and nxt.rank > c.rank
    return False


def _chapter_like(c) -> bool:
    """Clause ``stop_sequence_keeps_layout``: not a named sequence numbered with a stop."""
    return not (c.kind == "sequence" and c.title[-1:] == ".")


def _piece_numbers(lines: Lines, cands, advancing: set[int]) -> set[int]:
    """Clause ``piece_numbers`` (session 41): counted numbers whose nearest named heading
    above is a sequence numbered with a stop ("MEDITATION XVII.", clause
    ``stop_sequence_keeps_layout``) divide that piece: no more evidence of numbered
    chapters than the piece's own number (Balzac's Analytical Studies: the Physiology's
    "1. TWIN BEDS." and the numbered paragraphs "I." .. "XXI." of MEDITATION XXVII. had
    Petty Troubles' chapters in capitals lost). Guard ``piece_numbers_prose``: a bare
    number counts only over prose (``_over_prose``: a line alone, or a long one wrapped);
    over verse, short lines or long, it numbers stanzas ("I." .. "X." of a poem after Dryden's
    "SATIRE VI.") and stays evidence: the layout rule would take a satire's "THE
    ARGUMENT." and a byline as headings over its verse."""
    out: set[int] = set()
    above = None  # the nearest keyword or named sequence candidate of a chapter's rank
    for i, c in enumerate(cands):
        if c.kind in ("keyword", "cjk", "md", "sequence") and c.rank <= 20:
            above = c
        elif (
            i in advancing
            and above is not None
            and not _chapter_like(above)
            and (c.kind == "numbered" or _over_prose(lines, c.line))
        ):
            out.add(i)
    return out


def _over_prose(lines: Lines, line: int) -> bool:
    """Whether the first block of text under ``line`` is prose (clause ``piece_numbers_prose``):
    a line alone (a one-line paragraph, "Do not trust a woman who talks of her virtue."), or a
    line of 60 characters or more whose next line opens in no capital (a centred aphorism the
    cleaner left wrapped, "...and dissected" / "at least one woman.", "...but if thrice?" /
    "--Oh! oh!"), mostly lower case. A stanza's lines open in capitals, however long (Kipling's
    "Our brows are bound with spindrift and the weed is on our knees;" / "Our loins are...")."""
    n = len(lines.texts)
    for k in range(line + 1, min(line + 4, n)):
        t = lines.texts[k]
        if t:
            alone = k + 1 >= n or lines.blank[k + 1]
            wrapped = not alone and len(t) >= 60 and not lines.texts[k + 1].lstrip()[:1].isupper()
            lower = sum(map(str.islower, t)) * 2 > sum(map(str.isalpha, t))
            return (alone or wrapped) and lower
    return False


def _layout(lines: Lines, c, cands, i, text: ct.TextSums, ranks: dict[int, int]) -> bool:
    two_blank = c.line >= 2 and lines.blank[c.line - 1] and lines.blank[c.line - 2]
    j = i + 1
    if j < len(cands) and _first_stanza(lines, c, cands[j]) and j not in ranks:
        j += 1  # clause first_stanza_number
    nxt = cands[j].line if j < len(cands) else len(lines.texts)
    quoted = c.title[:1] in "“\"‘'"
    return (
        two_blank and not quoted and text.chars[nxt] - text.chars[c.line + 1] >= LAYOUT_TEXT_CHARS
    )


def _first_stanza(lines: Lines, c, nxt) -> bool:
    """Clause ``first_stanza_number``: a bare "I." (or "1.") that is the first line
    under a line in capitals, no series confirming it, numbers the first stanza or
    section of the piece the capitals title (Scott's "THE FIELD OF WATERLOO." /
    "I." / "Fair Brussels, thou art far behind,"): rule ``layout`` measures the
    title's text past it. Guards: value 1, bare (no title of its own), and nothing
    but blank lines between it and the capitals."""
    if nxt.kind != "numeral" or nxt.value != 1 or nxt.line <= c.line:
        return False
    return all(lines.blank[k] for k in range(c.line + 1, nxt.line))
