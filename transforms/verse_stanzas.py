"""A poem's stanza is one paragraph (``transforms.paragraphs``).

Clause ``verse_stanza_paragraph``: the line rules of ``transforms.paragraphs``
read verse as prose, so a stanza's lines started paragraphs wherever a line
was indented after a mark (the indented couplet of a sonnet or of Lucrece's
rhyme royal, the indented short lines of an ode) or was short and ended a
clause: Shakespeare's sonnets were 2-3 paragraphs each, Lucrece's stanzas
1-3. A blank-line block that is set as verse is one paragraph with its line
breaks kept, as a prose paragraph is. Verse, by its shape:

- ``STANZA_MIN_LINES``..``STANZA_MAX_LINES`` lines (a longer block, blank
  verse's verse paragraphs, keeps the line rules), none wider than
  ``VERSE_WIDTH`` characters;
- every line opens with a capital (after opening quotes, brackets or dashes)
  and holds a lower-case letter (a list of names in capitals, "LONDON:" /
  "HENRY G. BOHN, ..." is none); no digit (tables, index entries, numbered
  lists, dates of an imprint);
- at least one line runs on: ends with no full stop (".!?" and closing quotes)
  and the next line still opens with a capital. One-paragraph-per-line prose
  (dialogue, "Yes." / "No.") ends every line with a full stop; a whole quoted
  speech or a line over a quotation does not count (clause
  ``verse_runs_on_not_into_speech``: a speech's introduction, "cried:");
- most words inside lines are lower case (``LOWER_WORDS``): a list of titles
  ("The Birth of Tragedy" / "Thoughts out of Season") capitalises them;
- no speaker's label: a line of up to ``LABEL_WORDS`` words, at most one of
  them in lower case (a name), ending on a colon over a quotation (fortunes-min ``literature``: "F.S. Fitzgerald to Hemingway:" /
  '"Ernest, the rich are different from us."' / "Hemingway:" / '"Yes. They have
  more money."', an exchange whose speeches stay paragraphs). Verse that opens a
  quotation with a colon ("His cruel words:", "A woman to-day said this:", Ecce
  Homo's poems) has more words in lower case.

Chinese verse (clause ``cjk_stanza_paragraph``), a block of lines holding CJK
characters whose lines are either all couplets, two clauses of one length
(4-9 characters) closed by "，" and a full stop (a 绝句 or 律诗 as tang300 and
song100 set them, "西陆蝉声唱，南冠客思深。" / "不堪玄鬓影，来对白头吟。"), or all verse
lines of one or two clauses of up to 9 characters, one of them running on
with "，"/"、" before the last (a 词's stanza, 沁园春·雪's "恰同学少年，" /
"风华正茂；"): prose paragraphs never end on a comma once the wraps are
joined. A line holding four clauses (诗经 as fortunes-zh ``chinese`` sets it,
a stanza a line) is no couplet: each stays a paragraph, a stanza.

Not in a play (``play_like``, speech labels that recur: clause
``play_labels_recur``; poem numbers "II" are no speakers,
``play_label_not_numeral``; capitals without a full stop need three speakers,
``play_caps_labels_many_speakers``): a speech block ("Hor." / "My lord, I did;",
the Folio's "Gho. My hower is almost come,") is verse too, and its paragraphs
stay as the line rules make them (speech labels, sentences ending a line).
Forced starts (headings, screenplay labels) are never taken away.
"""

from __future__ import annotations

import re

STANZA_MIN_LINES = 2
STANZA_MAX_LINES = 40
COUPLET_MAX_LINES = 120
VERSE_WIDTH = 80
LOWER_WORDS = 0.55
PLAY_LABEL_BLOCKS = 3
LABEL_WORDS = 5
# Clause verse_speech_over_wrap: a line this wide under a whole speech is a prose wrap.
WRAP_CHARS = 60

_OPENS_CAPITAL = re.compile(r"[\"'‘“«(\[_—–-]*[^\W\d_]")
_ENDS_FULL = re.compile(r"[.!?…][\"'’”»)\]_]*$")
_DIGIT = re.compile(r"\d")
_SPEECH_LINE = re.compile(r"[\"“«].*[.!?…][\"”»]")
# Clause verse_speech_comma_runs_on: a whole speech ending on a comma ('"I have
# answered three questions and that is enough,"' / 'Said his father, ...', Father
# William in fortunes' songs-poems) runs on into its tag on the next line: verse.
# Prose a paragraph a line keeps the tag on the speech's line.
_SPEECH_WHOLE = re.compile(r"[\"“«][^\"“”«»]*[^,\"“”«»][\"”»]")
_OPENS_QUOTE = re.compile(r"[\"“«]")
_QUOTE_INSIDE = re.compile(r"[\"“«][^\"“”«»]+[\"”»][,;]? [a-z].*")
# Clause verse_speech_own_wrap: a line closing a quotation, its last sentence
# ended, with no quotation opened in it.
_CLOSES_SPEECH = re.compile(r"[^\"“”«»]*[.!?…][\"”»]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A speech label alone on its line ("Hor.", "Mar. and Ber.", "First Clown.") or
# opening it (the Folio's "Gho. ", "Ham. "): what makes a text a play.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CLAUSE = re.compile(r"([^\s，。！？；、：:,.!?;…]{1,9})([，。！？；、])")
_CLOSE = "”’」』"
_CJK_FULL = "。！？；"
_LABEL_LINE = re.compile(r"[A-Z][\w']{0,14}(?:\.? (?:and |& )?[A-Z][\w']{0,14}){0,2}\.")
_LABEL_CAPS = re.compile(r"[A-Z][A-Z']{1,14}(?: [A-Z][A-Z']{1,14}){0,2}")
# Clause play_label_not_numeral: a poem's number over it ("II", "XIV.") is no
# speaker; two sequences numbered I, II, ... in one book made it a play.
_NUMERAL_LABEL = re.compile(r"(?:[A-Z']+ )*[IVXLCDM]+\.?")
PLAY_CAPS_SPEAKERS = 3
_LABEL_PREFIX = re.compile(r"(?!(?:Mr|Mrs|Ms|Dr|St|Messrs)\.)[A-Z][a-z]{1,12}\. [A-Z]")


_DIVIDER = re.compile(r"\*(?:\s*\*){2,}")


def is_divider(line: str) -> bool:
    """Whether the stripped ``line`` is a row of asterisks ("*     *     *")."""
    return _DIVIDER.fullmatch(line) is not None


def divider_starts(text: str, a: int, b: int) -> list[int]:
    """Clause verse_divider_lines: the starts of each divider line of the block
    ``text[a:b]`` and of the line under it. A stanza holding "*     *     *" lines
    (The Passionate Pilgrim's VII, its lost lines marked; Ecce Homo's poems, their
    parts) was read as prose by the line rules (18 paragraphs in the Pilgrim's
    VII); its lines without the dividers are tested as verse, and the dividers
    are paragraphs of their own between the stanza's parts."""
    out = []
    pos = a
    after = False
    for line in text[a:b].split("\n"):
        stripped = line.strip()
        if stripped and (after or is_divider(stripped)):
            out.append(pos + len(line) - len(line.lstrip()))
        after = is_divider(stripped) if stripped else after
        pos += len(line) + 1
    return out


def _opens_capital(line: str) -> bool:
    m = _OPENS_CAPITAL.match(line)
    return m is not None and m.group()[-1].isupper()


def verse_stanza(lines: list[str]) -> bool:
    """Whether the stripped ``lines`` of a blank-line block are a stanza of verse
    (module doc)."""
    if not STANZA_MIN_LINES <= len(lines) <= STANZA_MAX_LINES:
        return False
    for line in lines:
        if (
            len(line) > VERSE_WIDTH
            or not _opens_capital(line)
            or not any(c.islower() for c in line)
            or _DIGIT.search(line)
        ):
            return False
    # Clause verse_runs_on_not_into_speech: the line that runs on must not be a
    # whole quoted speech (an interrupted "“But, my good sir--”") nor a line over a
    # line opening with a quotation (a novel's "After a minute or two, the same voice
    # cried:" / "“Get under the window and hold out your hat!”", Pinocchio; Tom
    # Sawyer's "The switch hovered in the air—the peril was desperate—" / "“My!
    # Look behind you, aunt!”"): that is dialogue set a paragraph a line, whose
    # only run-on is the speech's introduction. A poem runs on elsewhere too.
    if not any(
        not _ENDS_FULL.search(line)
        and not _SPEECH_WHOLE.fullmatch(line)
        and not _into_speech(line, below)
        and not _speech_own_wrap(line, below)
        for line, below in zip(lines, lines[1:], strict=False)
    ):
        return False
    for line, below in zip(lines, lines[1:], strict=False):
        if line.endswith(":") and below[:1] in "\"'“‘«" and _speaker(line):
            return False
        # Clause verse_no_speech_lines (session 24 review): a whole speech on its line,
        # a quotation closed after its full stop, over a line that ends a sentence is
        # a novel's dialogue set a paragraph a line (Tom Sawyer's "“My! Look behind
        # you, aunt!”" / "The old lady whirled round, and snatched her skirts out of
        # danger."), not a stanza; a poem's quoted line runs on into the next
        # (Nietzsche's '"Man is evil."' / "So spake the wisest").
        if _SPEECH_LINE.fullmatch(line) and _ENDS_FULL.search(below):
            return False
        if _speech_over_wrap(line, below):
            return False
    inner = [w for line in lines for w in _WORD.findall(line)[1:]]
    return bool(inner) and sum(w[0].islower() for w in inner) >= LOWER_WORDS * len(inner)


def _into_speech(line: str, below: str) -> bool:
    """Whether ``below`` opens a speech that ``line`` introduces (clause
    ``verse_runs_on_not_into_speech``). Clause verse_quote_inside_line: under a line
    ending on a comma, a quotation closed inside the line and going on in lower case
    ('"Longer--better," aye revealing,', Beyond Good and Evil's rhymes; '"Who kilt
    thee?", tell them it 'twas the Doones of Bagworthy!', the BSD fortunes) is a
    verse line quoting words, not a speech under its introduction (which ends on a
    colon or dash, or stands over the whole speech: "saying," / "“He will live, O
    Jed.”")."""
    if _OPENS_QUOTE.match(below) is None:
        return False
    return not (line.endswith(",") and _QUOTE_INSIDE.fullmatch(below) is not None)


def _speech_own_wrap(line: str, below: str) -> bool:
    """Clause verse_speech_own_wrap: a line of ``WRAP_CHARS`` or more that opens a
    quotation still open at its end, over a line that closes that quotation after
    its full stop, is one speech hard-wrapped at the text's width (Tom Sawyer's
    "“Well, maybe it is, and maybe it ain’t. All I know, is, it suits Tom" /
    "Sawyer.”"; "“Tom wasn’t at home, yet, so I gave him up; but I stumbled on him
    and" / "Huck right at my door, ... in a hurry.”"): its wrap is no verse line
    running on. A poem's line runs on elsewhere too (a comma, a clause), and its
    quoted lines are shorter than a prose wrap."""
    return (
        len(line) >= WRAP_CHARS
        and _OPENS_QUOTE.match(line) is not None
        and _open_at_end(line)
        and _CLOSES_SPEECH.fullmatch(below) is not None
    )


def _open_at_end(line: str) -> bool:
    """Whether a quotation is still open at the end of ``line``: an odd number of
    straight double quotes, or a last curly quote or guillemet that opens."""
    curly = [c for c in line if c in "“”«»"]
    if curly:
        return curly[-1] in "“«"
    return line.count('"') % 2 == 1


def _speech_over_wrap(line: str, below: str) -> bool:
    """Clause verse_speech_over_wrap: a whole speech (closed after its full stop)
    over a line that runs on as a prose line wraps, opening the next speech
    ('"And how far?"' / '"Some twenty-one degrees it is from the city of Manator
    to the city of', The Chessmen of Mars) or as wide as a wrapped line ('"I'll
    save him! I'll save my father!"' / "The Marionette, being made of wood,
    floated easily along and swam like", Pinocchio; fortunes-de's jokes), is
    dialogue hard-wrapped without blank lines, not a stanza. A poem's quoted line
    runs on into a short line of its own ("So spake the wisest", Ecce Homo)."""
    return (
        _SPEECH_LINE.fullmatch(line) is not None
        and not _ENDS_FULL.search(below)
        and (_OPENS_QUOTE.match(below) is not None or len(below) >= WRAP_CHARS)
    )


def _clauses(line: str) -> list[tuple[int, str]] | None:
    """(length, mark) of each clause of a CJK verse line, None when the line is
    not clauses closed by marks (a closing quote may follow the last)."""
    body = line.rstrip(_CLOSE)
    out = []
    pos = 0
    for m in _CLAUSE.finditer(body):
        if m.start() != pos:
            return None
        out.append((len(m.group(1)), m.group(2)))
        pos = m.end()
    return out if out and pos == len(body) else None


def cjk_stanza(lines: list[str]) -> bool:
    """Whether the stripped ``lines`` of a blank-line block are a stanza of
    Chinese verse (clause ``cjk_stanza_paragraph``, module doc)."""
    if not STANZA_MIN_LINES <= len(lines) <= COUPLET_MAX_LINES:
        return False
    if not all(_CJK.search(line) for line in lines):
        return False
    shapes = [_clauses(line) for line in lines]
    if any(s is None or len(s) > 2 for s in shapes):
        return False
    # Clause cjk_couplets_one_length: a poem's couplets keep one line length (五言,
    # 七言); two prose sentences of two even clauses each, 水浒传's "不觉光阴迅速，又早春尽夏来。"
    # / "时逢端午，蕤宾节至。" (one paragraph a line, blank lines removed), are no poem.
    couplets = len({s[0][0] for s in shapes}) == 1 and all(
        len(s) == 2 and s[0][0] == s[1][0] >= 4 and s[0][1] == "，" and s[1][1] in _CJK_FULL
        for s in shapes
    )
    runs_on = any(s[-1][1] in "，、" for s in shapes[:-1])
    # Clause cjk_couplets_long_poem: a 歌行 of couplets of one length runs past
    # ``STANZA_MAX_LINES`` (白居易's 琵琶行 in tang300, 44 lines of 七言 couplets, a
    # paragraph a couplet before); up to ``COUPLET_MAX_LINES`` lines it is one
    # paragraph. Other verse keeps the 40-line cap.
    if len(lines) > STANZA_MAX_LINES:
        return couplets
    return couplets or runs_on


# Clause cjk_title_lines_over_poem: a poem's title and author lines over its verse
# in one block (tang300 sets every poem so: "《长恨歌》" / "作者：白居易" / 60 lines of
# couplets) kept the block from reading as verse, so a long poem was a paragraph a
# line (rule sentence_lines). Up to ``TITLE_LINES`` short lines without a clause
# mark at the block's top are its head: the rest is tested as a stanza, and each
# head line stays a paragraph of its own (clause cjk_label_lines).
TITLE_LINES = 2
TITLE_CHARS = 24
_CLAUSE_MARKS = re.compile(r"[，。！？；、,.!?;…]")


def cjk_title_lines(lines: list[str]) -> int:
    """How many of the stripped ``lines`` head a Chinese stanza (clause
    ``cjk_title_lines_over_poem``): 1 or 2 title lines over a ``cjk_stanza``, else 0."""
    n = 0
    while (
        n < min(TITLE_LINES, len(lines) - 1)
        and len(lines[n]) <= TITLE_CHARS
        and _CJK.search(lines[n])
        and not _CLAUSE_MARKS.search(lines[n])
    ):
        n += 1
    return n if n and cjk_stanza(lines[n:]) else 0


def head_starts(text: str, a: int, b: int, heads: int) -> list[int]:
    """The starts (first non-space character) of the lines under each of the
    ``heads`` head lines of the block ``text[a:b]``."""
    out = []
    pos = a
    seen = 0
    for line in text[a:b].split("\n"):
        if line.strip():
            if 0 < seen <= heads:
                out.append(pos + len(line) - len(line.lstrip()))
            seen += 1
        pos += len(line) + 1
    return out


def _speaker(line: str) -> bool:
    """Whether ``line`` reads as a speaker's name: up to ``LABEL_WORDS`` words, at
    most one of them in lower case ("F.S. Fitzgerald to Hemingway:")."""
    words = line.split()
    return len(words) <= LABEL_WORDS and sum(w[0].islower() for w in words) <= 1


def play_like(blocks: list[str]) -> bool:
    """Whether at least ``PLAY_LABEL_BLOCKS`` blank-line blocks open with a speech
    label that recurs, of at least two speakers: the text is a play, whose verse
    speeches keep the line rules."""
    # Clause play_labels_recur: a play's speakers speak again ("Ham." hundreds of
    # times, "Fran." in Hamlet's first lines); a glossary's headwords (A Princess of
    # Mars pg72: "Zode. A Martian hour." / "Xat. A Martian minute.", each once) or
    # prose paragraphs opening on an adverb (the Ethics pg8438: "No. The
    # Pythagoreans ...", "Again. Whatever ...", "First. Good being ...") turned the
    # stanza clause off for the whole book (17 and 21 stanzas there). Labels count
    # only when one opens 2+ blocks and 2+ such labels do.
    seen: dict[str, int] = {}
    dotted: set[str] = set()
    for block in blocks:
        first, _, rest = block.strip().partition("\n")
        first = first.strip()
        # A label alone is one over its speech in the same block (a heading
        # "Chapter I." has a blank line under it).
        if rest and len(first) <= 30 and _LABEL_LINE.fullmatch(first):
            label = first
        elif rest and _LABEL_CAPS.fullmatch(first):
            # An edition's labels without the full stop ("HELENA" / "Do not say so,
            # Lysander; say not so:", A Midsummer Night's Dream).
            label = first + "."
        elif _LABEL_PREFIX.match(first):
            label = first.partition(". ")[0]
        else:
            continue
        if _NUMERAL_LABEL.fullmatch(label):
            continue
        seen[label] = seen.get(label, 0) + 1
        if "." in first:
            dotted.add(label)
        recurring = [k for k, n in seen.items() if n >= 2]
        # Clause play_caps_labels_many_speakers: capital titles without a full
        # stop recur in books that are no play (fortunes-it computer's "BUGS" x2,
        # "AVVISO" x6; a songbook's "SONG", "SONNET", "CHORUS"): labels never
        # written with a full stop make a play only when PLAY_CAPS_SPEAKERS of them
        # recur (A Midsummer Night's Dream's capitals: 31 speakers).
        if len([k for k in recurring if k in dotted]) < 2 and len(recurring) < PLAY_CAPS_SPEAKERS:
            continue
        if len(recurring) >= 2 and sum(seen[k] for k in recurring) >= PLAY_LABEL_BLOCKS:
            return True
    return False
