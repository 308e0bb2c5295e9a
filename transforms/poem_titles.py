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
  it the poem's subtitle;
* clause ``verse_book``: the book is mostly verse: at least ``MIN_VERSE_SHARE`` of its
  text's characters lie in stanzas (characters, not lines: cleaning joins a prose
  paragraph into one line); a novel's epigraphs never make a book one;
* clause ``poems_repeat``: each title heads a poem: its text up to the next line set
  apart as a title is (a poem's, a group's, a prose note's heading) is mostly verse
  (``MIN_POEM_VERSE`` of its characters in stanzas); at least ``MIN_POEMS`` of them;
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

A verse line is never a title: it has text right under it, or it opens a stanza of its
own. The titles rank as lines in capitals do (``CAPS_RANK``): under a book's parts,
over a poem's numbered parts ("GILBERT." over "II. THE PARLOUR.").

Cost: one pass over the line lengths (a book of prose stops there: its joined paragraphs
are long lines), then one over the lines (blocks of text) and one over the set-apart lines.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms import heading_candidate as hd
from transforms.contents import Lines
from transforms.heading_numbers import roman_value

MAX_TITLE_CHARS = 70
MAX_TITLE_WORDS = 12
MAX_SUBTITLES = 2
MIN_STANZA_LINES = 2
MAX_VERSE_CHARS = (
    120  # a long line of a ballad ("'E was scrapin' the paint ..."), no joined paragraph
)
MIN_VERSE_SHARE = 0.6
MIN_POEM_VERSE = 0.6
MIN_POEMS = 5
MIN_DISTINCT = 0.8
GROUP_RANK = hd.CAPS_RANK - 1  # a group of poems ("POEMS BY ELLIS BELL") over their titles

_BYLINE = re.compile(r"(?i)by\s")
_NUMBERED = re.compile(r"(?:[IVXLCDM]+|\d+)(?:[.)—–-]|$)")
_CLOSING = "\"'’”»)]*_ "
_STOPS = frozenset(",.;:!?-—")
_OPENING = re.compile(r"[^\w]*(\w)")
_SPEAKS = re.compile(r"(?i)\W*\w+(?: \w+)? (?:speaks|sings|loquitur)\W*$")
FRONT_CHARS = 3000  # the title page and its back (as transforms.bylines reads them)
# Clause imprint_in_front: a printer's or publisher's line ("ABERDEEN UNIVERSITY PRESS",
# "ERSKINE MACDONALD, LTD.") on the title page's back is no poem's title.
_PRESS = re.compile(r"(?i)\b(?:press|printers?|ltd|limited|& co)\.?$")
# Clause motto_citation: a motto's source ("Isaiah liii. 3.", "Lament. iii. 22, 23.",
# "Acts iv. 36.", "St. John x. 4."): a book's name, a chapter in Roman or Arabic figures, a verse.
_CITATION = re.compile(
    r"\b(?:St\. |[1-3] )?[A-Z][a-z]+\.? (?:[ivxlc]+\.?|\d{1,3}[.:]) ?\d{1,3}(?:[,–-] ?\d{1,3})*\.?$"
)
# Clause date_title_block: a title with its year under it, no blank line between
# ("TO STELLA VISITING ME IN MY SICKNESS" / "1720" in Swift's Poems).
_YEAR = re.compile(r"1\d{3}(?:[-–]\d{1,4})?\.?$")
# Clause form_titles: a verse form's name is a poem's title however often it comes back
# ("SONG", "SONNET" in Lang's Death-Wake; "BALLADE OF ..." is distinct anyway).
_FORMS = frozenset(
    ("song", "sonnet", "ballade", "ballad", "ode", "hymn", "epigram", "epitaph", "elegy",
     "rondeau", "rondel", "triolet", "villanelle", "madrigal", "sestina", "lyric", "another",
     "the same", "on the same", "to the same", "fragment", "a fragment", "a song", "a sonnet")
)  # fmt: skip


# Clause dedication_line: "TO J. A. FARRER." (initials and a surname in capitals) set
# closer under a title is the poem's dedication, no title ("TO A SKYLARK" is a poem's).
_DEDICATION = re.compile(
    r"(?:TO|FOR|INSCRIBED TO|DEDICATED TO) (?:[A-Z]\. ?){1,3}[A-Z][A-Z'’-]+\.?$"
)
# Clause part_of_poem: a part's name ("CHORUS", "ANTISTROPHE II.", Wharton's "MORAL.").
_PART = re.compile(
    r"(?i)(?:(?:semi-?|full )?chorus|l['’]envo[iy]|envo[iy]|(?:anti)?strophe|epode|conclusion|"
    r"prologue|epilogue|(?:the )?moral|refrain|(?:the )?argument|postscript)"
    r"(?: [IVX]+| \d+)?\.?$"
)
# Clause price_list: a publisher's list ("Crown 8vo, price 4s. 6d. net each volume"):
# its price ("price 4s. 6d.", "3_s._ net"); an editor's note citing "8vo, 1751" is none.
_PRICE = re.compile(r"(?i)\bprice,? \d|\d+ ?_?s\._? ?(?:\d+ ?_?d\._? ?)?net\b")


def _opens_upper(t: str) -> bool:
    m = _OPENING.match(t)
    return bool(m) and m.group(1).isupper()


def _blocks(lines: Lines) -> list[tuple[int, int]]:
    """(first, end) of each run of lines of text with no blank line between."""
    out, first = [], None
    for i, b in enumerate(lines.blank):
        if not b and first is None:
            first = i
        elif b and first is not None:
            out.append((first, i))
            first = None
    if first is not None:
        out.append((first, len(lines.blank)))
    return out


def _stanza(texts: list[str], a: int, b: int) -> bool:
    """Clause ``stanza_under_title``: lines a..b-1 are a stanza."""
    if b - a < MIN_STANZA_LINES:
        return False
    upper = 0  # one pass, the cheap tests first: most blocks are prose and fail here
    for t in texts[a:b]:
        if len(t) > MAX_VERSE_CHARS:
            return False
        c = t[0]
        upper += c.isupper() if c.isalpha() else _opens_upper(t)
    if upper * 3 < (b - a) * 2:
        return False
    if sum(t[-1].isdigit() for t in texts[a:b]) * 2 >= b - a:
        return False  # a contents list's entries with their pages ("Trifles 298")
    # A list of names or titles: verse lines end on their stops.
    return sum(t.rstrip(_CLOSING)[-1:] in _STOPS for t in texts[a:b]) * 3 >= b - a


def _title_like(t: str) -> bool:
    if len(t) > MAX_TITLE_CHARS or len(t.split()) > MAX_TITLE_WORDS:
        return False
    if t[0] in '“"' and not any(q in t[1:] for q in '”"'):
        return False  # a speech's first line, its quote left open (“Impatient--oh yes--...)
    if _NUMBERED.match(t) or sum(map(str.isalpha, t)) < 3:
        return False  # a number is rule numbering's; a letter heads a list ("A." / "Lord Ashley")
    if not _opens_upper(t) or t.startswith("[") or _BYLINE.match(t):
        return False
    if (t[0] == "(" and t.rstrip(".")[-1:] == ")") or _SPEAKS.match(t):
        return False  # clause stage_direction: "(She speaks.)" (Wharton), "Socrates speaks." (Lang)
    end = t.rstrip("-—–")[-1:]  # ":--" introduces the verse under it, as ":" does
    return end not in ";:" and (end != "," or not any(map(str.islower, t)))


def _date_block(texts: list[str], a: int, b: int, past_front: bool = True) -> bool:
    """Clause ``date_title_block``: lines a..b-1 are a title in capitals (one or two lines)
    with its year on the last line ("TO STELLA VISITING ME IN MY SICKNESS" / "1720").
    Clause ``run_on_title``: or all its lines are in capitals, the title running on into
    its subtitle or byline ("A SIMILE" / "ON OUR WANT OF SILVER, AND THE ONLY WAY TO
    REMEDY IT. 1725", "ON THE GREAT BURIED BOTTLE" / "BY DR. DELANY" in Swift's Poems)."""
    if not 2 <= b - a <= 3 or not _title_like(texts[a]):
        return False
    last, caps = texts[b - 1], lambda t: len(t) <= MAX_TITLE_CHARS and not any(map(str.islower, t))
    # Not on the title page, whose lines in capitals run on too ("WITH AN INTRODUCTION" / "BY
    # ANDREW LANG" in Stoddart's Death-Wake).
    run_on = past_front and caps(last) and sum(map(str.isalpha, last)) >= 3
    run_on = run_on and not _NUMBERED.match(last)  # a poem's part: "SHE, TO HIM" / "III" (Hardy)
    if not _YEAR.match(last) and not run_on:
        return False
    return all(map(caps, texts[a : b - 1]))


def _refrain(
    texts: list[str], blocks: list[tuple[int, int]], verse: list[bool], k: int, j: int, alone: bool
) -> bool:
    """Clause ``refrain_envoy``: the stanza under line block k ends on the line that ends
    the poem's stanzas right above it (its refrain: a ballade's "L'Envoi" closes on "I
    drain a mighty tankard to the Pope!" as each stanza did), so the line labels a part
    of that poem, no poem of its own, where it is shorter than the stanza above. The
    same last three words once, or the same last two words twice ("... have afflicted
    me!" / "Why have my Gods afflicted me?" in Kipling's Natural Theology); one rhyme's
    "from thee" is chance. A part as long as a stanza, ``alone`` under its line (the next
    block is a title or the end), is one too (Lang's "LA COMÉDIE." / "LA VILLE." in the
    Ballade of Old Plays); a fit of the Snark opens on its refrain, then runs on."""

    def tail(m: int, n: int) -> list[str]:
        return re.findall(r"\w+", texts[blocks[m][1] - 1].lower())[-n:]

    if blocks[j][1] - blocks[j][0] >= blocks[k - 1][1] - blocks[k - 1][0] and not alone:
        return False  # an envoy is shorter than the stanzas (the Snark's fits open on its refrain)
    end3, end2, same, m = tail(j, 3), tail(j, 2), 0, k - 1
    while m >= 0 and verse[m] and same < 2:
        if len(end3) == 3 and tail(m, 3) == end3:
            return True
        same += tail(m, 2) == end2
        m -= 1
    return len(end2) == 2 and same >= 2


def _subtitle(t: str) -> bool:
    """Clause subtitle_gap: a subtitle is in capitals or dated ("AT SENNEN", "August 26:
    1346"); a line in mixed case with no figure may be a poem's title or first line ("To
    T. A." under Kipling's "BARRACK-ROOM BALLADS", "Oh, to be in England"): no subtitle."""
    return not any(map(str.islower, t)) or any(map(str.isdigit, t))


def _gap(blank: list[bool], a: int) -> int:
    """Blank lines right above line a."""
    n = 0
    while n < a and blank[a - n - 1]:
        n += 1
    return n


def _numbered_poems(texts, blank, blocks, verse, heads: set[int], poems: list[int]) -> set[int]:
    """Clause ``numbered_poems``: numbers I, II, III ... in a run of three or more, each set
    as the book sets its poems' titles (as many blank lines above as most of them, three
    or more; a poem's numbered parts stand closer: Gilbert's "II. THE PARLOUR." under two)
    over a stanza, are poems' titles where rule numbering took none of them (the
    Selections of the Brontës' Poems: "I." / "II. THE BLUEBELL." / "III.")."""
    gaps = sorted(_gap(blank, blocks[k][0]) for k in poems)
    wide = max(3, gaps[len(gaps) // 2])
    run, out = [], set()
    for k, (a, b) in enumerate(blocks[:-1]):
        m = _NUMBERED.match(texts[a]) if b - a == 1 else None
        if not m or len(texts[a]) > MAX_TITLE_CHARS or a in heads or not verse[k + 1]:
            continue
        if _gap(blank, a) < wide:
            continue
        tok = m.group(0).rstrip(".)—–-")
        n = int(tok) if tok.isdigit() else roman_value(tok) or 0
        run = run + [k] if run and n == len(run) + 1 else ([k] if n == 1 else [])
        if len(run) >= 3:
            out |= set(run)
    return out


def _form(t: str) -> bool:
    return t.strip(" .:").lower() in _FORMS  # clause form_titles


def _speakers(texts: list[str], titles: list[int]) -> set[int]:
    """Clause ``dialogue_speakers``: titles A, B, A in a row (names of one or two words, no
    verse form's name: Swift's "TO LADY CARTERET" / "ANSWERED BY DR. SWIFT" are poems) are the
    speakers of a dialogue in verse ("HILDEGARD." / "WALTHER." / "HILDEGARD." in Wharton's
    Verses; "MEPHISTOPHELES" / "THE LORD" in Faust), not poems."""
    out = set()
    for x, y, z in zip(titles, titles[1:], titles[2:], strict=False):
        short = len(texts[x].split()) <= 2 and len(texts[y].split()) <= 2  # names
        if (
            short
            and texts[x] == texts[z] != texts[y]
            and not _form(texts[x])
            and not _form(texts[y])
        ):
            out |= {x, y, z}
    return out


def _ranks(
    blank: list[bool], titles: list[int], parts: set[int], ranks: dict[int, int]
) -> dict[int, int]:
    """Rank of each title line. Clause ``peer_rank``: a title ranks as the book's headings
    set as it is (as many blank lines above; the most common rank of those ranked as a
    name or in capitals, over a poem's numbered parts): the Blue Poetry Book's poems found by rule caps rank 19, so its
    "SONG"s found here do too, not one level under the poem above. Clause
    ``part_of_poem``: a part (``parts``) set closer than the title or heading above it is
    one rank under it, never its sibling (the Blue Poetry Book's "CHORUS" under "THE
    OUTLAW", Lang's "LA COUR." under "BALLADE OF OLD PLAYS.")."""
    peers: dict[int, Counter] = {}
    for i, r in ranks.items():
        if hd.PART_RANK < r < hd.NUMBERED_RANK:
            peers.setdefault(_gap(blank, i), Counter())[r] += 1
    peer = {g: c.most_common(1)[0][0] for g, c in peers.items()}
    out, above = {}, None  # above: (gap, rank) of the last title or heading, not a part
    for i in sorted(
        set(titles) | {i for i, r in ranks.items() if hd.PART_RANK < r < hd.NUMBERED_RANK}
    ):
        g = _gap(blank, i)
        if i not in out and i in ranks and i not in titles:
            above = (g, ranks[i])
        elif i in parts and above is not None and g < above[0]:
            out[i] = above[1] + 1
        else:
            out[i] = peer.get(g, hd.CAPS_RANK)
            above = (g, out[i])
    return out


def poem_title_spans(
    lines: Lines,
    heads: set[int],
    bylines: set[int],
    in_list,
    play: bool,
    top: bool = True,
    ranks: dict[int, int] | None = None,
) -> list[tuple[int, int, int]]:
    """(first line, last line, rank) of each title of rule ``poem_title_over_stanza``
    (module docstring; ``poem_titles`` gives the arguments). A title is one line, or its
    block with its year (clause ``date_title_block``), or a title over its subtitle set
    apart (clause ``group_of_one``: "THE FIRST AND LAST LAND" / "AT SENNEN"), then the
    section's title joins both."""
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
    verse = [not in_list[a] and _stanza(texts, a, b) for a, b in blocks]
    # Shares in characters: a prose paragraph the cleaner joined is one long line.
    size = [sum(map(len, texts[a:b])) for a, b in blocks]
    total = sum(size)
    in_verse = sum(n for n, v in zip(size, verse, strict=True) if v)
    if not total or in_verse < MIN_VERSE_SHARE * total:  # clause verse_book
        return []
    one = [b - a == 1 for a, b in blocks]
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
    titles, groups, refrained = [], set(), set()
    for k, (a, _) in enumerate(blocks):
        if not apart[k] or a in heads or a in bylines or (k and blocks[k - 1][1] - 1 in heads):
            continue  # clause label_under_heading
        # Clause label_over_prose: a line under another title line ("JUVENAL.") over a
        # paragraph in prose labels that poem's part (Dryden's "THE ARGUMENT."); a poem's
        # own title may stand over one, its motto or headnote (Keble's "Advent Sunday."
        # over "Now it is high time to awake out of sleep ...--Romans xiii").
        label = k and one[k - 1]
        # Clause stanza_under_title: past a subtitle or two, each set apart by one line.
        j, subs = k + 1, 0
        while j < len(blocks) and subs < MAX_SUBTITLES + cite[j] and one[j]:
            if len(texts[blocks[j][0]]) > MAX_TITLE_CHARS and (label or subs):
                break  # a label's paragraph, or a second paragraph: prose, no poem
            if apart[j]:
                break  # the poem's own title under its group's ("POEMS BY CURRER BELL")
            subs += not cite[j]  # a motto's source is no subtitle of its own
            j += 1
        if j < len(blocks) and verse[j] and subs <= MAX_SUBTITLES:
            alone = j + 1 == len(blocks) or apart[j + 1]
            if not _refrain(texts, blocks, verse, k, j, alone):
                titles.append(k)
            else:
                refrained.add(k)
        elif j < len(blocks) and apart[j] and j == k + 1:
            groups.add(k)  # clause poem_group_title: a title over the next poem's title
    # Clause poems_repeat: each title heads a poem, mostly verse up to the next line set
    # apart as a title is (a poem's, a group's, a prose note's: "SELECTIONS FROM ...").
    poems = []
    for k in titles:
        nxt = next((j for j in range(k + 1, len(blocks)) if apart[j]), len(blocks))
        # Clause notes_outside: an editor's note in brackets ("[Footnote 1: Dr. William
        # Tisdall, ...]" under Swift's "THE BEAU'S REPLY") is no prose of the poem.
        body = sum(size[j] for j in range(k + 1, nxt) if texts[blocks[j][0]][:1] != "[")
        if any(_PRICE.search(t) for j in range(k + 1, nxt) for t in texts[slice(*blocks[j])]):
            continue  # clause price_list: a publisher's list of books and prices
        in_poem = sum(size[j] for j in range(k + 1, nxt) if verse[j] and j not in groups)
        if body and in_poem >= MIN_POEM_VERSE * (
            body - sum(size[j] for j in groups if k < j < nxt)
        ):
            poems.append(k)
    speakers = _speakers(texts, [blocks[k][0] for k in poems])
    poems = [k for k in poems if blocks[k][0] not in speakers]
    if len(poems) < MIN_POEMS:
        return []
    # Clause titles_distinct: a verse play's speakers ("MEPHISTOPHELES" / "THE LORD" over
    # their speeches in Faust) come back again and again; a poem's title seldom does, but
    # a verse form's name may (clause form_titles: "SONG", "SONNET").
    named = [texts[blocks[k][0]] for k in poems if not _form(texts[blocks[k][0]])]
    if len(set(named)) < MIN_DISTINCT * len(named):
        return []
    # Clause group_of_one: a "group" over one poem only is that poem's title, the line
    # under it its subtitle ("THE FIRST AND LAST LAND" / "AT SENNEN" in Morley's Visions
    # of England; Stevenson's "CHRISTMAS AT SEA" set twice); the section's title joins both.
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
    rank = _ranks(blank, [blocks[k][0] for k in poems], {blocks[k][0] for k in parts}, ranks or {})
    rank = {k: rank[blocks[k][0]] for k in poems}
    group = GROUP_RANK if top else hd.CAPS_RANK
    return sorted([(blocks[k][0], last[k], rank[k]) for k in poems]
                  + [(blocks[k][0], blocks[k][0], min(group, rank[k + 1]))
                     for k in groups if k + 1 in rank])  # fmt: skip


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
