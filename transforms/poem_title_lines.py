"""The line and block tests of rule ``poem_title_over_stanza`` (``transforms.poem_titles``,
whose docstring names each clause): what a title line, a stanza, a title block with its
year or subtitle and a verse form's name look like, and the blank lines above a line.
Split out of ``poem_titles.py`` in session 45 (no change of behaviour).

Cost: each test reads one line or one block once.
"""

from __future__ import annotations

import re

from transforms import heading_candidate as hd
from transforms.contents import Lines

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
# Clause few_poems_set_alike: 4 poems make a book of poems, their titles those set alike:
# clause few_poems_set_wide (session 46; session 45 took those as wide as the widest, 3 or
# more, and lost Pope's pastorals under 3 and 4): those set wider than the two blank lines
# every title has (Chesterton's Provocations: 3 under 4, "L'Envoie" under 2), else all 4.
MIN_FEW_POEMS = 4
WIDE_GAP = 3
MIN_DISTINCT = 0.8
GROUP_RANK = hd.CAPS_RANK - 1  # a group of poems ("POEMS BY ELLIS BELL") over their titles

_BYLINE = re.compile(r"(?i)by\s")
_NUMBERED = re.compile(r"(?:[IVXLCDM]+|\d+)(?:[.)—–-]|$)")
_CLOSING = "\"'’”»)]*_ "
_STOPS = frozenset(",.;:!?-—")
_OPENING = re.compile(r"[^\w]*(\w)")
_SPEAKS = re.compile(r"(?i)\W*\w+(?: \w+)? (?:speaks|sings|loquitur)\W*$")
# Clause scene_set_line (session 56): a line in mixed case that sets a play's scene ("The
# Scene before the Prison in Gaza.", "The first Scene discovers a wilde Wood." in Milton's
# Samson and Mask; "Scene: - Britain.", "The Scene is laid in Edinburgh.") is a stage
# direction, no title; a title naming a scene ("The Scene of the Crime", "The Closing
# Scene.", "Scene II.") goes on to no verb of setting and no stop.
_SCENE_SET = re.compile(
    r"(?:The (?:[a-z]+ )?)?Scene(?: (?:is|lies|changes|opens|discovers|discloses|represents"
    r"|before|continues|shifts|same)\b|[.,:;][ \-—_]*\w)"
)
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
# Clause dated_span_line (session 47): or a date with its month, or two joined by a dash
# ("March 1870—March 1913" under Hardy's "BEENY CLIFF", "June 1913"): a month's name
# (or its short form) and a year on a line of their own, nothing else.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ONE_DATE = rf"(?:(?:\d{{1,2}} )?{_MONTH},? (?:\d{{1,2}},? )?)?1\d{{3}}"
_DATE_LINE = re.compile(rf"(?i){_ONE_DATE}(?: ?[-–—] ?(?:{_ONE_DATE}|\d{{2,4}}))?\.?$")
# Clause bracketed_date_line (session 48): or a date in brackets, "circa" and a year whose
# last figures are unknown allowed ("(Circa 182-)" under Hardy's "THE SACRILEGE" / "A
# BALLAD-TRAGEDY", "(1820)", "[c. 1790]"): the whole line, nothing else.
# Clause season_date (session 50): a season or feast stands for the month ("(Spring, 1887)"
# under Hardy's "THE BRIDGE OF LODI", "(Household Words, Christmas 1858)").
_SEASON = r"(?:Spring|Summer|Autumn|Winter|Midsummer|Christmas|Easter)"
# Clause month_span_date (session 55): two months joined by a dash stand for one ("(June-July,
# 1897)" under Hardy's "ZERMATT" / "TO THE MATTERHORN").
_MONTHS = rf"{_MONTH}(?:[-–]{_MONTH})?"
_NAMED_DATE = rf"(?:\d{{1,2}} )?(?:{_MONTHS}|{_SEASON}),? (?:\d{{1,2}},? )?1\d{{3}}"
# Clause dated_subtitle_line (session 50): or a subtitle in brackets that ends on a named
# date after ":" or "," ("(Affixing the Lists of Killed and Wounded: December, 1899)" under
# Hardy's "AT THE WAR OFFICE, LONDON", "(Southampton Docks: October, 1899)", "(The Strand
# Magazine, 23 January 1897)"): a bare year after words is none ("[Footnote A: 1820]").
# Not Gutenberg's own bracketed notes (session 50 review): "[Footnote 23: _Fortnightly
# Review_, June 1889.]" (Lang's Social Origins), "[Illustration: OVERSEAS EMPIRES ...,
# January 1914.]" (Wells' Outline of History) end so too.
_DATED_SUBTITLE = (
    rf"(?!(?:footnote|illustration|sidenote|transcriber)\b)[^()\[\]]{{1,80}}?[:,] ?{_NAMED_DATE}"
)
# Clause month_date_block (session 55): a title block in capitals over a date line that names
# its month ("LAUSANNE" / "IN GIBBON'S OLD GARDEN: 11-12 P.M." / "June 27, 1897" in Hardy's
# Poems of the Past and the Present) is a title's, no stanza, as a bracketed date's is.
_MONTH_DATE_LINE = re.compile(rf"(?i)(?:\d{{1,2}} )?{_MONTH},? (?:\d{{1,2}},? )?1\d{{3}}\.?$")
_BRACKET_DATE = re.compile(
    rf"(?i)[(\[](?:(?:circa|ca?\.) ?)?(?:{_ONE_DATE}|{_NAMED_DATE}|1\d{{2}}[-–—?]+|{_DATED_SUBTITLE})"
    rf"(?: ?[-–—] ?(?:{_ONE_DATE}|\d{{2,4}}))?\.?[)\]]\.?$"
)
# Clause title_over_part_run (session 48): a poem's first part in a word and a number
# ("PART I", "BOOK THE FIRST", "CANTO 1."), the line a poem's title may stand over, past its
# subtitle ("THE RIME OF THE ANCIENT MARINER" / "IN SEVEN PARTS" / "PART I"). Group "n": the
# number; ``_FIRST`` the ways of writing the first.
KEYWORD_PART = re.compile(
    r"(?i)(?:part|book|canto|fytte|fitte?)(?: the)? (?P<n>[IVXLC]+|\d+|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\.?$"
)
_FIRST = frozenset(("i", "1", "first", "one"))


def _part_block(texts: list[str], block: tuple[int, int]) -> bool:
    """Clause ``title_over_part_run``: the block is one line, a part ("PART II")."""
    a, b = block
    return b - a == 1 and bool(KEYWORD_PART.match(texts[a]))


def _over_first_part(texts: list[str], blocks: list, verse: list[bool], j: int) -> bool:
    """Clause ``title_over_part_run``: block j is a poem's first part ("PART I", "BOOK THE
    FIRST") alone on its line, verse right under it: the title over it (past its subtitle)
    is that poem's, not a group's."""
    if j + 1 >= len(blocks) or not verse[j + 1] or not _part_block(texts, blocks[j]):
        return False
    return KEYWORD_PART.match(texts[blocks[j][0]]).group("n").lower() in _FIRST


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
# Clause bound_part: a part no book or poem opens with, the poem's moral or its chorus, is
# the poem's part even when set as wide as its title (Wharton's "MORAL." under "A BALLAD.");
# an envoy or a prologue may be the book's own (Kipling's book-end "L'ENVOI").
_BOUND_PART = re.compile(
    r"(?i)(?:(?:the )?moral|(?:semi-?|full )?chorus|(?:anti)?strophe|epode)(?: [IVX]+| \d+)?\.?$"
)
# Clause group_label_line: a group's label ("POEMS", "MISCELLANEOUS SONNETS") right over a
# poem's title in capitals, no blank line between (Wilde's Selected Poems: "POEMS" /
# "AVE IMPERATRIX" after "THE BALLAD OF READING GAOL"), heads the group, not the poem's
# title; a line under it that runs on ("VERSES" / "WRITTEN ON A WINDOW ...", "EPIGRAMS" /
# "OCCASIONED BY ...", "POEMS" / "WRITTEN UNDER THE INFLUENCE OF WORDSWORTH" in Swift's
# and Lang's books) completes the title (clause run_on_title).
_GROUP_LABEL = re.compile(
    r"(?:[A-Z][A-Z'’-]+ ){0,2}(?:POEMS|SONNETS|LYRICS|BALLADS|SONGS|VERSES|HYMNS|ODES|EPIGRAMS"
    r"|IDYLLS|ELEGIES|RHYMES)\.?$"
)
_RUNS_ON = re.compile(
    r"(?:ON|OF|TO|FROM|IN|INTO|FOR|AT|UPON|BY|AND|OR|UNDER|WITH|AFTER|BEFORE|ABOUT|AGAINST"
    r"|BEING|MADE|SET|[A-Z]+ED|[A-Z]+EN)\b"
)
# Clause part_of_poem: a part's name ("CHORUS", "ANTISTROPHE II.", Wharton's "MORAL.").
_PART = re.compile(
    r"(?i)(?:(?:semi-?|full )?chorus|l['’]envo[iy]|envo[iy]|(?:anti)?strophe|epode|conclusion|"
    r"prologue|epilogue|(?:the )?moral|refrain|(?:the )?argument|postscript)"
    r"(?: [IVX]+| \d+)?\.?$"
)
# Clause price_list: a publisher's list ("Crown 8vo, price 4s. 6d. net each volume"):
# its price ("price 4s. 6d.", "3_s._ net"); an editor's note citing "8vo, 1751" is none.
# Clause page_reference_note (session 50 review): a line ending on a page reference heads
# an editor's note on that page's poem ("ROBIN HOOD AND THE POTTER.—p. 209" over "Published
# by Ritson, ..." in the NOTES of Lang's A Collection of Ballads), no poem of its own.
_PAGE_NOTE = re.compile(r"(?i)[-–—,.:;] ?(?:pp?|pages?)\.? ?\d+(?: ?[-–—] ?\d+)?\.?$")
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
    if _SCENE_SET.match(t):
        return False  # clause scene_set_line
    end = t.rstrip("-—–")[-1:]  # ":--" introduces the verse under it, as ":" does
    if end in ";:":
        # Clause open_title_in_capitals: a title in capitals may run on into the line
        # under it, its other name or its subject ("ON MRS. BIDDY FLOYD;" / "OR, THE
        # RECEIPT TO FORM A BEAUTY. 1707", "THE GRAND QUESTION DEBATED:" / "WHETHER
        # HAMILTON'S BAWN ..." in Swift's Poems), as one ending "," does; in mixed case
        # the line introduces the verse ("... my sister Emily ever wrote:--").
        return t[-1] in ";:" and not any(map(str.islower, t))
    return end != "," or not any(map(str.islower, t))


def _date_block(texts: list[str], a: int, b: int, past_front: bool = True) -> bool:
    """Clause ``date_title_block``: lines a..b-1 are a title in capitals (one or two lines)
    with its year on the last line ("TO STELLA VISITING ME IN MY SICKNESS" / "1720").
    Clause ``run_on_title``: or all its lines are in capitals, the title running on into
    its subtitle or byline ("A SIMILE" / "ON OUR WANT OF SILVER, AND THE ONLY WAY TO
    REMEDY IT. 1725", "ON THE GREAT BURIED BOTTLE" / "BY DR. DELANY" in Swift's Poems).
    Clause ``place_title_block`` (session 55): a dated block may hold three lines in capitals
    over its date, a place over the title and its subtitle ("ROME" / "AT THE PYRAMID OF
    CESTIUS" / "NEAR THE GRAVES OF SHELLEY AND KEATS" / "(1887)" in Hardy's Poems of the Past
    and the Present); a block of four running on in capitals with no date is none."""
    if not 2 <= b - a <= 4 or not _title_like(texts[a]):
        return False
    last, caps = texts[b - 1], lambda t: len(t) <= MAX_TITLE_CHARS and not any(map(str.islower, t))
    # Not on the title page, whose lines in capitals run on too ("WITH AN INTRODUCTION" / "BY
    # ANDREW LANG" in Stoddart's Death-Wake).
    run_on = past_front and caps(last) and sum(map(str.isalpha, last)) >= 3
    run_on = run_on and not _NUMBERED.match(last)  # a poem's part: "SHE, TO HIM" / "III" (Hardy)
    dated = _YEAR.match(last) or _DATE_LINE.match(last) or _BRACKET_DATE.match(last)
    if not dated and (not run_on or b - a == 4):  # clauses dated_span_line, bracketed_date_line
        return False
    return all(map(caps, texts[a : b - 1]))


def _group_label(texts: list[str], a: int, b: int) -> bool:
    """Clause ``group_label_line``: the first of lines a..b-1 (a title block) labels a
    group of poems over the title under it."""
    return b - a >= 2 and bool(_GROUP_LABEL.match(texts[a])) and not _RUNS_ON.match(texts[a + 1])


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


def _form(t: str) -> bool:
    return t.strip(" .:").lower() in _FORMS  # clause form_titles
