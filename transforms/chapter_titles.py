"""Rule ``titled_chapters``: the chapters of a novel that names them without
numbers ("Kolce pod różami", "Dyplomacja", "Zamurowany" in Deotyma's "Branki w
jasyrze"; "El Marqués y su administrador" in Valera's "Doña Luz"), in an
alphabetic script. ``transforms.cjk_titles`` does the same for CJK books.

A heading here needs no number nor keyword; the document confirms it by its
layout, as a typesetter sets chapter titles and nothing else:

* the line is short (at most ``MAX_TITLE_WORDS`` words and ``MAX_TITLE_CHARS``
  characters), starts with a capital letter and does not end as a sentence or
  a clause does (no ". ! ? … , ; : -" last): no dialogue line, no one-line
  paragraph ("Cisza.", "— Tak."), no letter's salutation; clause
  ``closing_marks``: nor a sentence end under closing quotes or a note mark
  (German "sagte herzlich: »Nein.«", Slovene "Amalija.“", "rezidenciája.+");
* blank lines stand above and under it; clause ``title_groups``: a title
  right over another heads a group of chapters (a part), a rank above them;
* clause ``titles_spaced``: every such line of the document is followed by at
  least ``MIN_BODY_CHARS`` characters of text before the next one: a novel's
  other short lines (a shop sign, a line of verse, a list of names) come
  close together where the story has them, and one of them is enough for the
  document to have no titles here;
* at least ``MIN_TITLES`` of them, nearly all distinct (``MIN_DISTINCT``);
* clause ``titles_divide_evenly``: they divide the whole text, no part (the text
  before the first, or under one) holding more than ``MAX_PART_SHARE`` of it,
  however few the titles (``cjk_titles``' ``titles_divide_text`` allows three
  times an even share: a fortune file's five sparse one-liners left 0.41 of it
  under one; in 21 ELTeC novels the largest chapter is at most 0.20);
* the document has no confirmed chapter heading: where chapters are numbered,
  the numbers are the evidence and a short line is a line of the chapter;
  clause ``parts_over_titles`` (``sections``, session 16): keyword parts or
  volumes ("Część pierwsza. Syn kowala") and named divisions ("Prolog",
  "Epilog") leave the titles under them chapters;
* clause ``continued_below``: a line whose next line of text starts in lower
  case is the first line of a paragraph broken in two ("Alfim , enviou nas
  azas da viração da noute um" / "profundo ai a sua irmã ..."), no title;
  clause ``several_words``: when the line holds ``CONTINUED_MIN_WORDS`` words
  or more, as a line of running text does (a name, "Şanta" in D. D. P.'s
  "Codreanu mare haiduc naţional", ELTeC ROM039, over a fragment the source set in
  lower case, "ţară r$mâne tot ne pusă ...", is still a title);
* clause ``quoted_lines``: short lines right under a paragraph that stops
  open (on ":", ",", ";" or, a long line, on a word: "bem podemos dizer:",
  "... nasceu tão ambicioso desejo no") continue it: a quoted verse, a
  letter's close and signature ("Seu amigo do coração" / "F. Gomes de
  Amorim"); when several stand stacked, the last, which has the text under it,
  may still be the next chapter's title; a single line is quoted only when a
  short line follows it (the verse goes on: "Doit livrer mon coeur à
  l'effroi:" / "J'ai cru voir dans un songe horrible" / "Un échafaud dressé
  pour moi."), since a chapter may end on a colon (a song the text leaves out:
  Deotyma's "... rzucając na pannę młodą białe stepowe kwiaty:" / "Na
  Wschód");
  These clauses only take lines away from the titles: a line they drop
  still counts as a short line for ``titles_spaced``. (Session 17's clause
  ``stanza``, stacked short lines between a short line above and one under
  them, was taken out in review: a part's title over its first chapter's title
  stands just so between a chapter that ends on a short line and one that opens
  with one, and both were dropped.)

Cost: one length test per line; a pass over the few short lines.
"""

from __future__ import annotations

from transforms.contents import Lines

MAX_TITLE_WORDS = 10
MAX_TITLE_CHARS = 80
CONTINUED_MIN_WORDS = 3  # clause several_words of continued_below
MIN_BODY_CHARS = 2000
MIN_TITLES = 5
MIN_DISTINCT = 0.9
MAX_PART_SHARE = 0.25
TITLE_RANK = 20  # a chapter ...
GROUP_RANK = 9  # ... and a group of them: a part
_NOT_LAST = frozenset(".!?…,;:-–—_*)]\"'”’»")
# Clause closing_marks: a sentence end under closing quotes or a note mark is a
# sentence end: German/Slovene "»Nein.«", "„Suče se!“", a note's "tevé.+".
_CLOSERS = "\"'”’»«“‹›*+†‡"
_SENTENCE_END = frozenset(".!?…,;:-–—")


def _candidate(t: str) -> bool:
    return (
        len(t) <= MAX_TITLE_CHARS
        and t[0].isupper()
        and t[-1] not in _NOT_LAST
        and t.rstrip(_CLOSERS)[-1:] not in _SENTENCE_END  # clause closing_marks
        and len(t.split()) <= MAX_TITLE_WORDS
        and any(ch.islower() for ch in t)  # a line in capitals has rules of its own
    )


def _not_titles(texts: list[str], cands: list[int]) -> set[int]:
    """Candidates dropped by clauses continued_below and quoted_lines."""
    n, drop = len(texts), set()

    def near(i: int, step: int) -> int:  # the next line with text up or down, or -1
        i += step
        while 0 <= i < n and not texts[i]:
            i += step
        return i if 0 <= i < n else -1

    k = 0
    while k < len(cands):
        stack = [cands[k]]  # candidates stacked right under one another
        while k + len(stack) < len(cands) and near(stack[-1], 1) == cands[k + len(stack)]:
            stack.append(cands[k + len(stack)])
        k += len(stack)
        for i in stack:  # clause continued_below (and its clause several_words)
            below = near(i, 1)
            if (
                below >= 0
                and texts[below][0].islower()
                and len(texts[i].split()) >= CONTINUED_MIN_WORDS
            ):
                drop.add(i)
        above, below = near(stack[0], -1), near(stack[-1], 1)
        prev = texts[above] if above >= 0 else ""
        last = prev[-1:]
        short_below = below >= 0 and len(texts[below]) <= MAX_TITLE_CHARS
        if last in (":", ",", ";") or (len(prev) > MAX_TITLE_CHARS and last.isalnum()):
            if len(stack) > 1:  # clause quoted_lines
                drop.update(stack[:-1])
            elif short_below:
                drop.update(stack)
    return drop


def _split(texts: list[str], cands: list[int]) -> tuple[set[int], list[int]]:
    """Clause title_groups: a title right over another ("Część pierwsza. Syn
    kowala" over "W Bańkowej Woli") heads a group of chapters, a rank above:
    (groups, titles)."""
    is_cand, n = set(cands), len(texts)
    groups, titles = set(), []
    for i in cands:
        nxt = next((j for j in range(i + 1, min(i + 5, n)) if texts[j]), n)
        if nxt in is_cand:
            groups.add(i)
        else:
            titles.append(i)
    return groups, titles


def titled_chapters(lines: Lines, has_headings: bool) -> list[tuple[int, int]]:
    """(line, rank) of the chapter titles of ``lines`` under rule
    ``titled_chapters`` (module docstring), or []."""
    if has_headings:
        return []
    texts, blank = lines.texts, lines.blank
    n = len(texts)
    cands = [
        i
        for i, t in enumerate(texts)
        if t and (i == 0 or blank[i - 1]) and (i + 1 >= n or blank[i + 1]) and _candidate(t)
    ]
    if len(cands) < MIN_TITLES:
        return []
    if len({texts[i] for i in cands}) < MIN_DISTINCT * len(cands):
        return []
    groups, titles = _split(texts, cands)
    if len(titles) < MIN_TITLES or len(groups) * 2 > len(titles):
        return []
    # Clause titles_spaced: each title heads at least MIN_BODY_CHARS of text.
    stops = cands + [n]
    for a, b in zip(stops, stops[1:], strict=False):
        if a not in groups and sum(len(t) for t in texts[a + 1 : b]) < MIN_BODY_CHARS:
            return []
    # Clauses continued_below, quoted_lines: after titles_spaced, which
    # still counts the lines they drop as short lines of the story.
    dropped = _not_titles(texts, cands)
    if dropped:
        cands = [i for i in cands if i not in dropped]
        groups, titles = _split(texts, cands)
        if len(titles) < MIN_TITLES:
            return []
    # Clause titles_divide_evenly: no part (the text before the first title, or
    # under one) holds more than MAX_PART_SHARE of the text, however few the titles.
    stops = [0, *cands, n]
    sizes = [sum(map(len, texts[a:b])) for a, b in zip(stops, stops[1:], strict=False)]
    if max(sizes) > MAX_PART_SHARE * sum(sizes):
        return []
    return sorted([(i, TITLE_RANK) for i in titles] + [(i, GROUP_RANK) for i in groups])
