"""How the titles of rule ``poem_title_over_stanza`` (``transforms.poem_titles``) stand to
each other: a ballade's part labels on its refrain (``refrain_envoy``), numbered poems
(``numbered_poems``), a dialogue's speakers (``dialogue_speakers``) and each title's rank
(``peer_rank``, ``part_of_poem``). Split out of ``poem_titles.py`` in session 45 (no change
of behaviour).

Cost: one pass over the blocks or the titles each.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms import heading_candidate as hd
from transforms.heading_numbers import roman_value
from transforms.poem_title_lines import _NUMBERED, MAX_TITLE_CHARS, _form, _gap


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


def _next_line(blank: list[bool], i: int) -> int:
    """The first line after line i that is not blank (or the end)."""
    j = i + 1
    while j < len(blank) and blank[j]:
        j += 1
    return j


def _ranks(
    blank: list[bool],
    titles: list[int],
    parts: set[int],
    ranks: dict[int, int],
    bound: frozenset[int] | set[int] = frozenset(),
) -> dict[int, int]:
    """Rank of each title line. Clause ``peer_rank``: a title ranks as the book's headings
    set as it is (as many blank lines above; the most common rank of those ranked as a
    name or in capitals, over a poem's numbered parts): the Blue Poetry Book's poems found by rule caps rank 19, so its
    "SONG"s found here do too, not one level under the poem above. Clause
    ``part_of_poem``: a part (``parts``) set closer than the title or heading above it is
    one rank under it, never its sibling (the Blue Poetry Book's "CHORUS" under "THE
    OUTLAW", Lang's "LA COUR." under "BALLADE OF OLD PLAYS.")."""
    # Clause label_peers_apart (session 47): a heading right over another, no text of its
    # own between but one line, a motto (a part's label: Hardy's "LYRICS AND REVERIES" over
    # "IN FRONT OF THE LANDSCAPE", "POEMS OF 1912–13" over "Veteris vestigia flammae",
    # under four blank lines as the title), is no peer of a title over its verse:
    # "WESSEX HEIGHTS (1896)", set as wide, took the parts' rank and parented the next
    # fifteen poems. Where only labels are set as a title is, it takes the most common rank
    # of the headings over text, set however wide.
    peers: dict[int, Counter] = {}
    labels: dict[int, Counter] = {}
    heads = set(titles) | set(ranks)
    for i, r in ranks.items():
        if hd.PART_RANK < r < hd.NUMBERED_RANK:
            j = _next_line(blank, i)
            if j not in heads and j + 1 < len(blank) and blank[j + 1]:  # a motto's one line
                j = _next_line(blank, j)
            over = peers if j not in heads else labels
            over.setdefault(_gap(blank, i), Counter())[r] += 1
    peer = {g: c.most_common(1)[0][0] for g, c in peers.items()}
    if labels and peers:
        text_rank = sum(peers.values(), Counter()).most_common(1)[0][0]
        peer.update({g: text_rank for g in labels if g not in peer})
    else:
        peer.update({g: c.most_common(1)[0][0] for g, c in labels.items() if g not in peer})
    out, above = {}, None  # above: (gap, rank) of the last title or heading, not a part
    for i in sorted(
        set(titles) | {i for i, r in ranks.items() if hd.PART_RANK < r < hd.NUMBERED_RANK}
    ):
        g = _gap(blank, i)
        if i not in out and i in ranks and i not in titles:
            above = (g, ranks[i])
        elif i in parts and above is not None and (g < above[0] or (i in bound and g == above[0])):
            # clause bound_part: a moral or a chorus (``bound``) set as wide is a part too
            out[i] = above[1] + 1
        else:
            out[i] = peer.get(g, hd.CAPS_RANK)
            above = (g, out[i])
    return out
