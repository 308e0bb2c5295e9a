"""Rule ``poem_title_over_stanza`` (session 42): the poem titles of a book of poems.

A collection of poems sets each title as a typesetter sets a chapter's: a short line
with two blank lines or more above it and one under it, then the poem's first stanza.
The book's other rules miss them when the titles are in mixed case (Kipling's
Barrack-Room Ballads: "Danny Deever", "Tommy", no line in capitals) or when one poem's
numbered parts make the book "numbered" and rule ``layout`` stands down (the Brontës'
Poems: Gilbert's "II. THE PARLOUR." / "III. THE WELCOME HOME." left 3 sections for 83
poems). A line is a poem's title here when:

* it is short (at most ``MAX_TITLE_CHARS`` characters, ``MAX_TITLE_WORDS`` words),
  opens in no lower-case letter and with no number (a numbered poem, "III." or "II—YOUTH
  AND LOVE—I" in Stevenson's Songs of Travel among bare "IV", "V", is rule ``numbering``'s),
  holds 3 letters or more (a letter over a list of names, "A." / "Lord Ashley", is none),
  leaves no quotation open (a speech's first line, "“Impatient--oh yes--just the way
  with you men!" in Alger's Nothing to Eat), is no footnote ("[Footnote ...") nor byline
  ("BY KNIGHTLY CHETWOOD, D.D.") and does not end open (";", ":" or ":--", "The following
  are the last lines my sister Emily ever wrote:--"; "," in mixed case: a verse line's
  end; Emily Brontë's "SELF-INTEROGATION," in capitals is a title);
* two blank lines or more stand above it and one under it, and no contents list holds it;
* clause ``stanza_under_title``: under it, past at most ``MAX_SUBTITLES`` short lines each
  set apart by one blank line ("TO STELLA" / "WRITTEN ON THE DAY OF HER BIRTH, MARCH 13,
  1718-19" over Swift's verse; Kipling's "(Soudan Expeditionary Force)"), comes a stanza
  (``_stanza``: ``MIN_STANZA_LINES`` lines or more with no blank line between, none longer
  than ``MAX_VERSE_CHARS``, two thirds opening in a capital as verse lines do, a third
  or more ending on a stop; not a contents list's entries, which end on no stop or on
  their page number, nor lines a contents list holds). A wrapped prose paragraph's lines
  run on in lower case;
* clause ``label_over_prose``: one paragraph in prose may stand between a poem's title and
  its stanza (its motto or headnote: Keble's "Advent Sunday." over "Now it is high time
  to awake out of sleep ...--Romans xiii 11."), but not under a line right under another
  title line: that line labels a part of the poem above it (Dryden's "THE ARGUMENT."
  under "JUVENAL." heads the satire's argument, one long line after cleaning);
* clause ``label_under_heading``: the line above it (past the blank lines) is no heading
  nor title: a line right under a heading is that heading's subtitle or label;
* clause ``poem_group_title``: a title right over another (two blank lines between, no
  stanza) heads a group of poems ("POEMS BY ELLIS BELL" / "FAITH AND DESPONDENCY."),
  ranked above the poems (``GROUP_RANK``) where no heading of the book ranks as high as
  a poem's title, else as a poem (the book's headings in capitals keep their levels);
  clause ``group_of_one``: over one poem only, it is that poem's title and the line under
  it the poem's subtitle; clause ``group_label_line``: a group's label right over a
  title, no blank line between ("POEMS" / "AVE IMPERATRIX"), heads a group too;
* clause ``verse_book``: the book is mostly verse: at least ``MIN_VERSE_SHARE`` of its
  text's characters lie in stanzas (characters, not lines: cleaning joins a prose
  paragraph into one line); a novel's epigraphs never make a book one;
* clause ``poems_repeat``: each title heads a poem: its text up to the next line set
  apart as a title is (a poem's, a group's, a prose note's heading) is mostly verse
  (``MIN_POEM_VERSE`` of its characters in stanzas); at least ``MIN_POEMS`` of them
  (clause ``few_poems_set_alike``: or 4, then only those set wider than two blank lines,
  if any: clause ``few_poems_set_wide``);
* clause ``titles_distinct``: at least ``MIN_DISTINCT`` of the titles differ: a verse
  play sets its speakers so ("MEPHISTOPHELES" / "THE LORD" over their speeches in
  Faust), again and again; and the book is no play with act or scene headings.

Session 43 (each clause's own comment gives its case): ``imprint_in_front`` (a press
or an imprint on the title page's back is no title), ``stage_direction`` ("(She
speaks.)", "Socrates speaks."), ``refrain_envoy`` (a ballade's "L'Envoi": shorter than
the stanza above, on its refrain), ``dialogue_speakers`` (names A, B, A in a row),
``motto_citation`` (a motto ending on its source, or over it), ``date_title_block`` (a
title in capitals over its year: one title of two lines), ``form_titles`` ("SONG"
may come back), ``subtitle_gap`` (a title over its subtitle set closer: one section),
``numbered_poems`` (I., II., III. set as the book's titles), ``notes_outside`` (an
editor's bracketed note is no prose of a poem); and the two subtitles documented above
are two (base43 took one). ``poem_title_spans`` gives each title's first and last line.

Session 44: ``peer_rank`` (a title ranks as the book's headings set alike), ``part_of_poem``
("CHORUS", a ballade's first part: one rank under the poem above), ``dedication_line``
("TO J. A. FARRER." under a title is no title), ``price_list`` (a publisher's list with its
prices heads no poem), ``run_on_title`` (a title in capitals running on into its subtitle).

Session 45: the module is split by what the code does, no behaviour changed: the line
and block tests (a title line, a stanza, a title block, the clauses' patterns) are in
``transforms.poem_title_lines``, how the titles stand to each other (refrains, numbered
poems, speakers, ranks) in ``transforms.poem_title_parts``; the clauses keep their names.

Session 47: ``dated_span_line`` (a title over "March 1870—March 1913": its dates, one
title), ``half_title_over_poem`` (the book's title set again over its first poem heads
nothing), ``label_peers_apart`` (a part's label over the next title is no peer of a title
over its verse, clause ``peer_rank``); a poem's run of parts, "PART I" .. "PART VII", is
rule ``poem_part_run`` (``transforms.poem_part_runs``).

A verse line is never a title: it has text right under it, or it opens a stanza of its
own. The titles rank as lines in capitals do (``CAPS_RANK``): under a book's parts,
over a poem's numbered parts ("GILBERT." over "II. THE PARLOUR.").

Cost: one pass over the line lengths (a book of prose stops there: its joined paragraphs
are long lines), then one over the lines (blocks of text) and one over the set-apart lines.
"""

from __future__ import annotations

import unicodedata

from transforms import heading_candidate as hd
from transforms.contents import Lines
from transforms.poem_title_lines import (
    _BOUND_PART,
    _BRACKET_DATE,
    _CITATION,
    _DEDICATION,
    _MONTH_DATE_LINE,
    _PAGE_NOTE,
    _PART,
    _PRESS,
    _PRICE,
    FRONT_CHARS,
    GROUP_RANK,
    KEYWORD_PART,
    MAX_SUBTITLES,
    MAX_TITLE_CHARS,
    MAX_VERSE_CHARS,
    MIN_DISTINCT,
    MIN_FEW_POEMS,
    MIN_POEM_VERSE,
    MIN_POEMS,
    MIN_VERSE_SHARE,
    WIDE_GAP,
    _blocks,
    _date_block,
    _form,
    _gap,
    _group_label,
    _over_first_part,
    _part_block,
    _stanza,
    _subtitle,
    _title_like,
)
from transforms.poem_title_parts import _numbered_poems, _ranks, _refrain, _speakers


def poem_title_spans(
    lines: Lines,
    heads: set[int],
    bylines: set[int],
    in_list,
    play: bool,
    top: bool = True,
    ranks: dict[int, int] | None = None,
    titled: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[int, int, int]]:
    """(first line, last line, rank) of each title of rule ``poem_title_over_stanza``
    (module docstring; ``poem_titles`` gives the arguments). A title is one line, or its
    block with its year (clause ``date_title_block``), or a title over its subtitle set
    apart (clause ``group_of_one``: "THE FIRST AND LAST LAND" / "AT SENNEN"), then the
    section's title joins both. ``titled``: the lines of the book's headings in capitals
    (kind "caps"), poems' titles another rule took (clause ``headed_poems_count``)."""
    if play:
        return []
    texts, blank, starts = lines.texts, lines.blank, lines.starts
    # Clause verse_book, first bound (speed): stanza lines are short; a book of prose
    # (its paragraphs joined into long lines) stops here, before the blocks are read.
    sizes = list(map(len, texts))
    if sum(n for n in sizes if n <= MAX_VERSE_CHARS) < MIN_VERSE_SHARE * sum(sizes):
        return []
    blocks = _blocks(lines)
    # A contents list's entries ("Danny Deever" / "Tommy" ...) stand as a stanza does.
    # Clause bracketed_date_line: a title block in capitals that ends on a date in brackets
    # ("THE SACRILEGE" / "A BALLAD-TRAGEDY" / "(Circa 182-)") is a title's, no stanza. Not
    # a title repeated in small letters over its date (Melville's "Lee in the Capitol.[24]"
    # / "(April, 1866.)" under its title set apart): as a stanza it keeps that title.
    verse = [
        not in_list[a]
        and _stanza(texts, a, b)
        and not (_title_date(texts[b - 1]) and _date_block(texts, a, b))
        for a, b in blocks
    ]
    # Shares in characters: a prose paragraph the cleaner joined is one long line.
    size = [sum(map(len, texts[a:b])) for a, b in blocks]
    total = sum(size)
    in_verse = sum(n for n, v in zip(size, verse, strict=True) if v)
    if not total or in_verse < MIN_VERSE_SHARE * total:  # clause verse_book
        return []
    one = [b - a == 1 for a, b in blocks]
    # Clause bracketed_headnote (session 55): a note in round brackets over two or three lines
    # under a title block ("(The 110th anniversary of the completion of the "Decline and" /
    # "Fall" at the same hour and place)" under Hardy's "LAUSANNE" block) stands as a
    # subtitle does, between the title and its first stanza; not a stanza in brackets
    # (Chesterton's "(And even to-day I will wager that no man" / "Can fathom ... woman!)").
    noted = [_headnote(texts, a, b, v) for v, (a, b) in zip(verse, blocks, strict=True)]
    # Clause motto_citation: a motto over a poem ends on its source, or its source stands
    # under it ("His compassions fail not." / "Lament. iii. 22, 23."): no title.
    cite = [o and bool(_CITATION.search(texts[a])) for o, (a, _) in zip(one, blocks, strict=True)]
    source = [c and bool(_CITATION.match(texts[a])) for c, (a, _) in zip(cite, blocks, strict=True)]
    gaps = [_gap(blank, a) for a, _ in blocks]
    ded = [
        o and bool(_DEDICATION.match(texts[a])) and k > 1 and one[k - 1]
        and (gaps[k - 1] > gaps[k] or (one[k - 2] and gaps[k - 2] > gaps[k]))
        for k, (o, (a, _)) in enumerate(zip(one, blocks, strict=True))
    ]  # fmt: skip
    apart = [
        not ded[k]
        and (one[k] or (_date_block(texts, a, b, starts[a] >= FRONT_CHARS) and not verse[k]))
        and a >= 2
        and blank[a - 1]
        and blank[a - 2]
        and not in_list[a]
        and _title_like(texts[a])
        and not cite[k]
        and not (k + 1 < len(blocks) and source[k + 1])
        and not (starts[a] < FRONT_CHARS and (a in bylines or _PRESS.search(texts[a])))
        for k, (a, b) in enumerate(blocks)
    ]
    titles, groups, refrained, over_parts, headed, under = [], set(), set(), set(), [], {}
    for k, (a, _) in enumerate(blocks):
        # Clause dated_title_under_heading (session 56): a title block of two lines or more,
        # no stanza, right under a heading heads the part's first poem, no label of the
        # heading over it: "GENOA AND THE MEDITERRANEAN" / "(March, 1887)" under Hardy's
        # "POEMS OF PILGRIMAGE"; no date is tested ("MEN WHO MARCH AWAY" / "(SONG OF THE
        # SOLDIERS)" in Moments of Vision is one too). A one-line label is still skipped.
        dated = not one[k] and not verse[k]
        if not apart[k] or a in bylines or (k and blocks[k - 1][1] - 1 in heads and not dated):
            continue  # clause label_under_heading
        # Clause headed_poems_count: a title in capitals another rule took is counted
        # below, never titled again; other headings ("CANTO XVII", "Book I", a named
        # "INTRODUCTION.") are parts of a poem or the book's matter, no poems: skipped.
        taken = a in titled
        if a in heads and not taken:
            continue
        # Clause label_over_prose: a line under another title line ("JUVENAL.") over a
        # paragraph in prose labels that poem's part (Dryden's "THE ARGUMENT."); a poem's
        # own title may stand over one, its motto or headnote (Keble's "Advent Sunday."
        # over "Now it is high time to awake out of sleep ...--Romans xiii").
        label = k and one[k - 1]
        # Clause stanza_under_title: past a subtitle or two, each set apart by one line.
        j, subs = k + 1, 0
        while j < len(blocks) and subs < MAX_SUBTITLES + cite[j] and (one[j] or noted[j]):
            if len(texts[blocks[j][0]]) > MAX_TITLE_CHARS and (label or subs):
                break  # a label's paragraph, or a second paragraph: prose, no poem
            if apart[j]:
                break  # the poem's own title under its group's ("POEMS BY CURRER BELL")
            subs += not cite[j]  # a motto's source is no subtitle of its own
            j += 1
        if j < len(blocks) and verse[j] and subs <= MAX_SUBTITLES and taken:
            headed.append(k)
        elif taken:
            continue
        elif j < len(blocks) and verse[j] and subs <= MAX_SUBTITLES:
            alone = j + 1 == len(blocks) or apart[j + 1]
            if not _refrain(texts, blocks, verse, k, j, alone):
                titles.append(k)
                under[k] = j
            else:
                refrained.add(k)
        elif _over_first_part(texts, blocks, verse, j) and not KEYWORD_PART.match(texts[a]):
            titles.append(k)  # clause title_over_part_run: its parts, "PART I" first
            over_parts.add(k)
        elif j < len(blocks) and apart[j] and j == k + 1:
            groups.add(k)  # clause poem_group_title: a title over the next poem's title
    # Clause poems_repeat: each title heads a poem, mostly verse up to the next line set
    # apart as a title is (a poem's, a group's, a prose note's: "SELECTIONS FROM ...").
    poems, headed_poems = [], []
    for k in sorted(titles + headed):
        # Clause title_over_part_run: a poem in parts runs on past its "PART II" lines.
        inner = k in over_parts
        nxt = next(
            (
                j
                for j in range(k + 1, len(blocks))
                if apart[j] and not (inner and _part_block(texts, blocks[j]))
            ),
            len(blocks),
        )
        # Clause notes_outside: an editor's note in brackets ("[Footnote 1: Dr. William
        # Tisdall, ...]" under Swift's "THE BEAU'S REPLY") is no prose of the poem.
        body = sum(size[j] for j in range(k + 1, nxt) if texts[blocks[j][0]][:1] != "[")
        if any(_PRICE.search(t) for j in range(k + 1, nxt) for t in texts[slice(*blocks[j])]):
            continue  # clause price_list: a publisher's list of books and prices
        in_poem = sum(size[j] for j in range(k + 1, nxt) if verse[j] and j not in groups)
        if body and in_poem >= MIN_POEM_VERSE * (
            body - sum(size[j] for j in groups if k < j < nxt)
        ):
            (headed_poems if k in headed else poems).append(k)
    speakers = _speakers(texts, [blocks[k][0] for k in poems])
    poems = [k for k in poems if blocks[k][0] not in speakers]
    # Clause headed_poems_count (session 50): a poem whose title another rule has already
    # taken as a heading (a title a contents list names, "THE BALLAD OF READING GAOL" in
    # Wilde's Selected Poems, listed as "THE BALLAD OF READING GAOL (_Complete Version_)")
    # is still one of the book's poems: it counts toward MIN_FEW_POEMS, the least a book of
    # poems holds, so the poems the other rules missed ("POEMS" / "AVE IMPERATRIX",
    # "FABIEN DEI FRANCHI") keep their titles. It is never titled twice, and the clauses
    # below read this rule's own titles only: so few are still kept only where set alike
    # (a headed "Queen Elizabeth" lets no "L'Envoie" set closer in, Chesterton's).
    count = len(poems) + len(headed_poems)
    few = len(poems) < MIN_POEMS
    if not poems:
        return []  # the headed poems only count: no title of this rule's own, none to give
    if few and count >= MIN_FEW_POEMS:
        # Clause few_poems_set_alike: so few titles are a book's poems only where they
        # are set alike (Chesterton's Provocations: "Over the Top!", "Alas!", "The Things
        # Unsaid ..." under four blank lines); a title set closer is a part of a poem
        # ("L'Envoie" under two), a speaker (Pope's "LYCIDAS." in his pastoral's
        # dialogue) or a verse line (Hugo's La Légende).
        # Clause few_poems_set_wide: where any is set wider than the two blank lines every
        # title has, those are the titles, however many (Pope's "SPRING." and "AUTUMN."
        # under three and four; Hardy's Satires of Circumstance, three under three and
        # one under four; Hugo's "LA CONSCIENCE" under four over three of his verse
        # lines and numbered parts under two): a part, a speaker, a subtitle or a verse
        # line set apart stands under two.
        poems = [k for k in poems if gaps[k] >= WIDE_GAP] or poems  # else all under two
        if len(poems) < MIN_FEW_POEMS:
            # Clause leftover_titles_checked (session 50 review): where headed poems make
            # up the count, this rule's few titles are what the other rules left, and two
            # kinds of them are no poems: a note's heading on its page (clause
            # page_reference_note) and the book's half-title (clause half_title_block).
            poems = [
                k for k in poems
                if not _PAGE_NOTE.search(texts[blocks[k][0]])
                and not _half_title_block(texts, blocks, k, under.get(k, k + 1), titled)
            ]  # fmt: skip
            if not poems:
                return []
    elif few:
        return []
    # Clause titles_distinct: a verse play's speakers ("MEPHISTOPHELES" / "THE LORD" over
    # their speeches in Faust) come back again and again; a poem's title seldom does, but
    # a verse form's name may (clause form_titles: "SONG", "SONNET").
    # Clause whole_block_distinct (session 55): a title block is read whole, its place over
    # its title ("ROME" / "AT THE PYRAMID OF CESTIUS", "ROME" / "THE VATICAN" are two titles).
    named = [" ".join(texts[slice(*blocks[k])]) for k in poems if not _form(texts[blocks[k][0]])]
    if len(set(named)) < MIN_DISTINCT * len(named):
        return []
    # Clause group_of_one: a "group" over one poem only is that poem's title, the line
    # under it its subtitle ("THE FIRST AND LAST LAND" / "AT SENNEN" in Morley's Visions
    # of England; Stevenson's "CHRISTMAS AT SEA" set twice); the section's title joins both.
    # Clause half_title_over_poem (session 47): not the book's own title set again over
    # its first poem (a half-title: Hugo's "LA LÉGENDE DES SIECLES" over "LA CONSCIENCE",
    # both under four blank lines): that line heads nothing, the poem keeps its title.
    groups = {k for k in groups if k + 1 in poems}
    marks = sorted(groups) + [len(blocks)]
    last = {k: blocks[k][1] - 1 for k in poems}
    gap = {k: _gap(blank, blocks[k][0]) for k in set(poems) | groups}
    sub = {k for k in groups if _subtitle(texts[blocks[k + 1][0]])}
    narrow = {k for k in groups & sub if gap[k + 1] == 2 < gap[k]}
    for k, nxt in zip(marks, marks[1:], strict=False):
        if k in narrow and len(narrow) + sum(ded) >= 2:
            # Clause subtitle_gap: the lower line set apart by a narrower gap (two blank
            # lines, the upper three or more: "CRECY" / "August 26: 1346" in Morley's
            # Visions of England) heads one poem when the next title is set as wide, in a
            # book that sets two titles or more so (one is chance: Hermann and Dorothea's
            # "CALLIOPE" under the book's title).
            wide = (p for p in sorted(gap) if p > k + 1 and gap[p] >= gap[k])
            nxt = next(wide, len(blocks))
        if sum(k < p < nxt for p in poems) == 1:
            groups.discard(k)
            if _half_title(texts, blocks[k][0]):
                continue  # clause half_title_over_poem: the poem keeps its own title
            poems = sorted(set(poems) - {k + 1} | {k})
            if gap[k + 1] < gap[k]:  # set closer: a subtitle, the section's title joins it
                last[k] = blocks[k + 1][1] - 1
    poems = sorted(set(poems) | _numbered_poems(texts, blank, blocks, verse, heads, poems))
    last.update({k: blocks[k][1] - 1 for k in poems if k not in last})
    # Clause part_of_poem: a part's name ("CHORUS"), or the first of a poem's parts whose
    # others, set as it is, are labels of its refrain ("LA COUR.", then "LA VILLE.";
    # a ballade's title over its envoy is set wider: Chesterton's).
    order = sorted(set(poems) | refrained)
    parts = {k for k in poems if _PART.match(texts[blocks[k][0]])}
    parts |= {
        k for k, n in zip(order, order[1:], strict=False)
        if k in poems and n in refrained and gaps[k] == gaps[n]  # set alike: a ballade's
    }  # fmt: skip
    bound = {blocks[k][0] for k in parts if _BOUND_PART.match(texts[blocks[k][0]])}
    heads_at = [blocks[k][0] for k in poems]
    rank = _ranks(blank, heads_at, {blocks[k][0] for k in parts}, ranks or {}, bound)
    rank = {k: rank[blocks[k][0]] for k in poems}
    if few and len(poems) > len(parts):
        # Clause few_titles_one_series: so few titles are one series, at the lowest rank
        # of them: Hardy's "WESSEX HEIGHTS (1896)", set under four blank lines as the
        # book's parts ("LYRICS AND REVERIES") are, took their rank by clause peer_rank
        # and parented the book's next fifteen poems, its three fellows under three.
        low = max(rank[k] for k in poems if k not in parts)
        rank.update({k: low for k in poems if k not in parts})
    group = GROUP_RANK if top else hd.CAPS_RANK
    # Clause group_label_line: "POEMS" / "AVE IMPERATRIX" is a group's label over the
    # poem's title: two headings, as a group set apart over its first title is.
    labels = {k for k in poems if _group_label(texts, *blocks[k])}
    return sorted([(blocks[k][0] + (k in labels), last[k], rank[k]) for k in poems]
                  + [(blocks[k][0], blocks[k][0], min(group, rank[k + 1]))
                     for k in groups if k + 1 in rank]
                  + [(blocks[k][0], blocks[k][0], min(group, rank[k])) for k in labels])  # fmt: skip


def _headnote(texts: list[str], a: int, b: int, verse: bool) -> bool:
    """Clause ``bracketed_headnote``: lines a..b-1, no stanza (``verse`` false), are one
    note in round brackets over two or three lines: the first opens it, the last closes it
    and no line before the last closes a bracket (a speech between two stage directions,
    "(_With despair_) There is no to-morrow! (_Sinks ..." / "railings. Low sobs_)", is
    none); four lines or more are a stage direction or a paragraph, no note."""
    return (
        2 <= b - a <= 3
        and texts[a][:1] == "("
        and texts[b - 1].endswith(")")
        and not any(")" in t for t in texts[a : b - 1])
        and not verse
    )


def _title_date(t: str) -> bool:
    """Clauses bracketed_date_line, month_date_block: the date line that ends a title block."""
    return bool(_BRACKET_DATE.match(t) or _MONTH_DATE_LINE.match(t))


def _folded(t: str) -> str:
    """A title's letters and figures, accents and case off ("SIÈCLES" reads "siecles")."""
    t = unicodedata.normalize("NFKD", t).casefold()
    return " ".join(
        "".join(c if c.isalnum() else " " for c in t if not unicodedata.combining(c)).split()
    )


def _half_title(texts: list[str], i: int) -> bool:
    """Clause half_title_over_poem: line i repeats the book's first line, its title."""
    first = next((texts[j] for j in range(i) if texts[j].strip()), None)
    return first is not None and _folded(first) == _folded(texts[i]) != ""


def _half_title_block(texts: list[str], blocks, k: int, j: int, titled) -> bool:
    """Clause half_title_block (session 50 review): title block k is the book's half-title,
    not a poem's title, when the block under it opens on the book's title set again
    ("POPE'S POEMS." over "AN ESSAY ON MAN." in Morley's Essay on Man) or it repeats the
    book's title itself over a heading another rule took ("A CHILD'S GARDEN of VERSES" over
    "BED IN SUMMER", Stevenson's). A poem named as its book, over its verse, stays a title."""
    if _half_title(texts, blocks[k + 1][0]):
        return True
    return _half_title(texts, blocks[k][0]) and any(blocks[m][0] in titled for m in range(k + 1, j))


def poem_titles(
    lines: Lines, heads: set[int], bylines: set[int], in_list, play: bool, top: bool = True
) -> list[tuple[int, int]]:
    """(line, rank) of the lines of ``lines`` that title poems, or groups of them, under
    rule ``poem_title_over_stanza`` (module docstring). ``heads``: the lines of the book's
    headings and titles so far; ``bylines``: its bylines and imprints; ``in_list``: per
    line, whether a contents list holds it; ``top``: no heading of the book ranks as high
    as a poem's title, so a group of poems may rank above them (clause
    ``poem_group_title``; else the group ranks as a poem, and the book's headings in
    capitals keep their levels)."""
    return [(a, r) for a, _, r in poem_title_spans(lines, heads, bylines, in_list, play, top)]
