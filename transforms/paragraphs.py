"""Paragraph starts: blank lines, indentation, and heading lines.

Paragraphs are returned as sorted start offsets into the clean text (a
paragraph runs to the next start). A blank line always separates two. Inside a
block without blank lines (hard-wrapped text kept with ``--keep-line-breaks``,
the Chinese classics' indented paragraphs), a line starts a new paragraph when
it is indented and the previous line ends a sentence (or is short), or, when
the block's lines are long (median > 200 characters: one paragraph per line,
as after unwrapping), at every line; when nearly every line ends with a full
stop (rule ``sentence_lines``: one sentence per line), also at every line after
one. Wrapped continuation lines never start one. A heading is a paragraph of its
own, also when it took its title line. Clause ``cjk_label_lines``: a short CJK
line without a sentence or clause mark (a poem's title, "作者：张九龄") is a
paragraph of its own. Rule ``cjk_lines``: unwrapped CJK text
has lost its indentation (``transforms.cjk_layout``), so in a block of CJK text
(no fewer CJK characters than Latin letters) without an indented line that is not
hard-wrapped, a line holding CJK reads as indented.

Cost: one regex scan for blank lines plus a per-block line pass.
"""

from __future__ import annotations

import re
from itertools import islice

import numpy as np

from transforms import sorted_unique
from transforms.cjk_layout import CJK_CHAR
from transforms.verse_indent import alternate_indent_stanza
from transforms.verse_stanzas import (
    cjk_stanza,
    cjk_title_lines,
    divider_starts,
    head_starts,
    is_divider,
    play_like,
    verse_stanza,
)

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n\s*")
_INDENT = " \t\u3000"
# Rule ``cjk_lines``: lines this full of the widest make a block hard-wrapped.
HARD_WRAP_FILL = 0.9
_LATIN = re.compile("[A-Za-z]")
LABEL_CHARS = 24
_LABEL_LINE = re.compile(r"(?:[^\s，。！？；、：:,.!?;]{1,4}[：:])?[^，。！？；、：:,.!?;…]+")
# Clause ``verse_clause_lines``: a verse line, one or two clauses of up to 9
# characters each closed by a clause or sentence mark (not a colon).
_VERSE_SHAPED = re.compile(r"(?:[^\s，。！？；、：:,.!?;…]{1,9}[，。！？；、]){1,2}[”’」』]?")
# Rule ``sentence_lines``: in a block of at least this many lines, this share of
# them ending a full sentence, every line after a full stop starts a paragraph.
SENTENCE_LINES_MIN = 4
SENTENCE_LINES_SHARE = 0.9
_LINE_END = r"[”’\"'」』）)]*[ \t]*$"  # after the mark: closing quotes, then the line's end
_ENDS_SENTENCE = re.compile(r"[.!?。！？…:：;；]" + _LINE_END)
# A full stop, as the sentence splitter ends sentences: not ``;`` or ``:`` (verse
# ends its lines with them inside a sentence), but the full-width ``；`` (always a
# sentence end in CJK text, ``transforms.sentences``).
_ENDS_FULL_SENTENCE = re.compile(r"[.!?。！？；…]" + _LINE_END)
# ... but not a title or an initial ("Mr.", "J."): the sentence goes on after it
# (a line left joined is a missed start, never a cut inside a sentence).
# Clause abbreviation_dot_first (session 48, cost only, same answer): it holds a literal ".",
# but opens with "\b" and was tried at every character of each line; a line without "."
# is not searched (a Chinese book's lines ending "。": 20-45 ms a book).
_ENDS_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Rev|Hon|Gen|Col|Capt|Lt|Sgt|Mt|vs|cf|viz|e\.g|i\.e)"
    r"|\b[A-Z])\.[ \t]*$"
)


def _block_line_starts(text: str, start: int, end: int) -> list[int]:
    """Paragraph starts inside one blank-line-free block ``text[start:end]``."""
    block = text[start:end].rstrip()
    if "\n" not in block:
        return []
    lines = block.split("\n")
    offsets = []
    pos = start
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    lengths = [len(line.strip()) for line in lines]
    lengths_sorted = sorted(lengths)
    if lengths_sorted[len(lengths_sorted) // 2] > 200:  # one paragraph per line
        return [
            o + len(line) - len(line.lstrip())
            for o, line in zip(offsets[1:], lines[1:], strict=False)
        ]
    # Rule ``sentence_lines``: when nearly every line ends with a full stop, the
    # lines are not wraps (wrapped prose ends most lines mid-sentence): a line
    # after a full stop also starts a paragraph, as a file with one sentence per
    # line is laid out. It only adds starts after full stops, so it never cuts
    # inside a sentence.
    after_stop = [False] * (len(lines) - 1)
    if len(lines) >= SENTENCE_LINES_MIN:  # clause abbreviation_dot_first: "." before the search
        full = [
            _ENDS_FULL_SENTENCE.search(line) is not None
            and ("." not in line or _ENDS_ABBREVIATION.search(line) is None)
            for line in lines[:-1]
        ]
        if sum(full) >= SENTENCE_LINES_SHARE * (len(lines) - 1):
            after_stop = full
    ends_sentence = [_ENDS_SENTENCE.search(line) is not None for line in lines[:-1]]
    width = max(lengths)
    indented = [line[:1] in _INDENT and line.strip() != "" for line in lines]
    # Rule ``cjk_lines``: unwrapped CJK text has no indentation left (the unwrap
    # stage's rule ``cjk_line_edges`` takes it); in a block without an indented
    # line, a line holding CJK reads as indented (a paragraph when the line
    # above ends a sentence or is short, as for indented lines).
    # An indented block (verse, a quotation) has every line indented: no signal.
    all_indented = all(indented[1:])
    # Clause cjk_test_once (cost only): the block's CJK test is run once for both
    # rules below (it counted the block's CJK characters twice per block).
    mostly_cjk = _mostly_cjk(block)
    if not any(indented) and mostly_cjk and not _hard_wrapped(lengths, width):
        indented = [CJK_CHAR.search(line) is not None for line in lines]
    # Clause cjk_label_lines: in CJK text a short line without a sentence or
    # clause mark (a poem's title "《感遇・其一》", its author "作者：张九龄") is a
    # paragraph of its own, also in a block of equal-width verse lines.
    label = [False] * len(lines)
    if mostly_cjk:
        label = [
            len(t := line.strip()) <= LABEL_CHARS
            and _LABEL_LINE.fullmatch(t) is not None
            and CJK_CHAR.search(t) is not None
            for line in lines
        ]
    # Clause verse_clause_lines: a verse ending on a comma under which another
    # verse goes on (沁园春·雪 in fortunes-zh: "山舞银蛇，" / "原驰蜡象，" /
    # "欲与天公试比高。") is no paragraph's end, however short: the sentence runs
    # on. Only verse-shaped lines (one or two clauses of up to 9 characters, each
    # closed by a mark); a line ending on a colon introduces speech ("香菱道：").
    verse_on = [False] * len(lines)
    if mostly_cjk:
        shaped = [_VERSE_SHAPED.fullmatch(line.strip()) is not None for line in lines]
        verse_on = [
            shaped[i] and shaped[i + 1] and lines[i].rstrip()[-1] in "，、"
            for i in range(len(lines) - 1)
        ] + [False]
    run = [False] * len(lines) if mostly_cjk else _verse_runs(lines, indented)  # verse_run_lines
    starts = []
    for i in range(1, len(lines)):
        ends = ends_sentence[i - 1]
        short = lengths[i - 1] < 0.6 * width and len(lines) >= 3 and not verse_on[i - 1]
        if run[i] and _ENDS_FULL_SENTENCE.search(lines[i - 1]) is None:
            continue  # clause verse_run_lines: the sentence goes on
        if (
            (indented[i] and not all_indented and (ends or short))
            or (ends and short)
            or after_stop[i - 1]
            or label[i - 1]
            or label[i]
        ):
            line = lines[i]
            starts.append(offsets[i] + len(line) - len(line.lstrip()))
    return starts


def _alternate_indent(text: str, a: int, b: int, dividers: bool) -> bool:
    """Clause verse_alternate_indent (transforms.verse_indent): the block
    ``text[a:b]`` is a stanza whose alternate lines are indented; the blank-line
    split took its first line's indentation, so it is read before ``a``."""
    if dividers:
        return False
    first_indented = a > 0 and text[a - 1] in _INDENT
    return alternate_indent_stanza(text[a:b].rstrip().split("\n"), first_indented)


def _mostly_cjk(block: str) -> bool:
    """Whether a block is CJK text for rule ``cjk_lines``: it holds a CJK
    character, and no fewer of them than Latin letters (an English block that
    names "孔子" is not: its line would open a paragraph a Latin name does not)."""
    if CJK_CHAR.search(block) is None:
        return False
    # Clause latin_first (cost only, same answer): with no Latin letter the count
    # of CJK characters (>= 1 here) need not be taken; in Chinese text it is
    # the whole block (0.07 of the 0.16 CPU-s of sections+paragraphs on the two
    # shared Chinese novels).
    latin = len(_LATIN.findall(block))
    # Clause cjk_count_upto (session 48, cost only, same answer): the CJK characters are
    # counted only up to ``latin`` (the ``latin``-th match, not a list of every one: in a
    # Chinese book's block of a few Latin letters that list was the whole block, 0.2 CPU-s
    # of 龙族1-3's 1.9 M characters).
    return latin == 0 or next(islice(CJK_CHAR.finditer(block), latin - 1, None), None) is not None


def _hard_wrapped(lengths: list[int], width: int) -> bool:
    """Whether most lines of a block (its last aside, at least two) fill it: lines
    wrapped at a width, not paragraphs whose lengths vary (rule ``cjk_lines``)."""
    body = lengths[:-1]
    return len(body) >= 2 and sum(n >= HARD_WRAP_FILL * width for n in body) >= 0.5 * len(body)


# Clause verse_run_lines: a block this share of whose lines are indented is verse or a
# play's speeches (King Henry VIII: the scene's lines under one space, its "Exeunt" not).
VERSE_RUN_SHARE = 0.8
# A speech label opening a line ("LOVELL. I do beseech", "Ham. Whither"): a new speech.
# An index's or table's entry ends on a number ("whether proper near the sea, 211;"): its
# sub-entries under a headword are no verse (Aristotle's Politics pg6762, Pliny's index).
_NUMBER_END = re.compile(r"\d[;,.:]?[ \t]*$")
_SPEECH_LABEL = re.compile(r"\s*(?:[A-Z][A-Z']+(?: [A-Z][A-Z']+){0,2}|[A-Z][a-z]{1,12})\. ")
# Clause verse_run_list_lines: a line opening on a number or a roman numeral (a contents
# or list entry: "IV THE THREE NIECES", "1 dozen pints of beer;") or on a name in capitals
# and a comma or two words in capitals (a cast list: "IACHIMO, Italian, friend to Philario",
# "A ROMAN CAPTAIN") is an entry of its own.
_LIST_START = re.compile(
    r"\s*(?:\d{1,4}\b|[IVXLC]{2,}\b|[VXL]\b|[A-Z][A-Z']+,|[A-Z][A-Z']*(?: [A-Z][A-Z']+)+\b)"
)
# Clause verse_run_lower_list (session 39): a run of at least this many lines, each ending
# on ";" and none opening on a capital, is a list's entries (an index's sub-entries without
# pages: 'Poe, Edgar Allan (1809-1849),' | 'laws of short-story;' | 'essay on Hawthorne;' |
# '_Tale of the Ragged Mountains_;'; a pronunciation key: '&#229; -- as in America, freeman,
# coward;'): each line after one of the run keeps its start, the line after the run too,
# capital or not (clause lower_list_next_entry, session 40: an index's next headword,
# "Captain of the 'Destiny,' 193;" in Lang's Raleigh; its capital test joined 8 index
# entries of the mirror and no verse). Verse opens its lines on capitals (the run's capital
# test: Kipling's 'They come of our lot, they was brothers to us;' | "they was beggars we'd
# met an' knew;" | 'Yes, barrin' … you;' stays one verse); a play's prose wrapped in the
# block ends its lines on any word, seldom on ";" three times in a row. The run is not held
# to one depth (session 39's test never decided on the mirror: normalize_text leaves one
# space of indent, and no block of its 3,443 files changes without it).
LOWER_LIST_RUN = 3


def _lower_list_after(lines: list[str]) -> list[bool]:
    """Clause ``verse_run_lower_list``: per line, whether the line above is in such a
    run."""
    n = len(lines)
    semi = [x.rstrip().endswith(";") and not x.lstrip()[:1].isupper() for x in lines]
    out = [False] * n
    i = 0
    while i < n:
        if not semi[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and semi[j + 1]:
            j += 1
        if j - i + 1 >= LOWER_LIST_RUN:
            out[i + 1 : min(j + 2, n)] = [True] * (min(j + 2, n) - i - 1)
        i = j + 1
    return out


def _verse_runs(lines: list[str], indented: list[bool]) -> list[bool]:
    """Clause ``verse_run_lines`` (session 38): in a block whose lines are nearly all
    indented (``VERSE_RUN_SHARE``), a line indented as far as the indented line above it
    and opening with no speech label starts no paragraph unless that line ends a full
    sentence (. ! ?): neither a short line above (the first-line indent rule's signal:
    the last line of a prose paragraph) nor its ";" or ":" (verse ends its lines on them
    inside a sentence) starts one there. It only takes starts away (a line after a full
    stop is judged by the rules as before). Henry VIII's 'Go with me like
    good angels to my end;' was a paragraph, so a sentence, of its own (the line above,
    'Is only bitter to him, only dying,', is short), 8 of its 142 key sentences such
    clauses. Prose indents only a paragraph's first line, so its blocks are not mostly
    indented; an index's sub-entries (a line above ending on a number) keep their starts;
    not in a CJK block (the Chinese classics indent every paragraph with "　　", and their
    lines may end on "：" or no mark: 水浒传 and 红楼梦 lost paragraph starts)."""
    n = len(lines)
    out = [False] * n
    if n < 3 or sum(indented) < VERSE_RUN_SHARE * n:
        return out
    listed = _lower_list_after(lines) if ";" in "".join(lines) else [False] * n  # lower_list
    for i in range(1, n):
        if indented[i] and indented[i - 1]:
            depth = len(lines[i]) - len(lines[i].lstrip())
            above = len(lines[i - 1]) - len(lines[i - 1].lstrip())
            out[i] = (
                depth == above
                and not _SPEECH_LABEL.match(lines[i])
                and not _LIST_START.match(lines[i])  # clause verse_run_list_lines
                and not listed[i]  # clause verse_run_lower_list
                and not _NUMBER_END.search(lines[i - 1])
            )
    return out


def paragraph_starts(text: str, forced: list[int] | np.ndarray = ()) -> np.ndarray:
    """Sorted paragraph start offsets (first is 0) of ``text``.

    ``forced`` starts (section and heading-line boundaries) are included, and the
    line after a forced heading is split off by the caller through ``forced`` too.
    """
    blank = [0] + [m.end() for m in _BLANK_LINES.finditer(text) if m.end() < len(text)]
    starts = list(blank)
    bounds = blank + [len(text)]
    spans = list(zip(bounds[:-1], bounds[1:], strict=False))
    # Clause verse_stanza_paragraph (transforms.verse_stanzas): a stanza of verse
    # is one paragraph, its line breaks kept; not in a play.
    # The play test runs once, at the first stanza (most texts have none).
    play = None
    for a, b in spans:
        found = _block_line_starts(text, a, b)
        # Clause verse_divider_lines (transforms.verse_stanzas.divider_starts): a
        # stanza's "* * *" lines are paragraphs, also where the line rules find none.
        if found or text.find("*", a, b) >= 0:
            block_lines = [x.strip() for x in text[a:b].strip().split("\n")]
            verse_lines = [x for x in block_lines if not is_divider(x)]
            # Clause cjk_title_lines_over_poem (transforms.verse_stanzas): a poem's
            # title and author lines over its verse; they stay paragraphs.
            heads = 0 if verse_stanza(verse_lines) else cjk_title_lines(verse_lines)
            # Clause verse_alternate_indent: a stanza whose alternate lines are
            # indented (ballads, hymns, lyrics) was cut at its first indented line.
            if (
                heads
                or verse_stanza(verse_lines)
                or cjk_stanza(verse_lines)
                or _alternate_indent(text, a, b, len(verse_lines) < len(block_lines))
            ):
                if play is None:
                    play = play_like([text[x:y] for x, y in spans])
                if not play:
                    if len(verse_lines) < len(block_lines):
                        starts.extend(divider_starts(text, a, b))
                    starts.extend(head_starts(text, a, b, heads))
                    continue
        starts.extend(found)
    all_starts = sorted_unique.unique(np.asarray(starts + list(forced), dtype=np.int64))
    return all_starts[(all_starts >= 0) & (all_starts < len(text))]


def inside_headings(starts: np.ndarray, headings: list) -> np.ndarray:
    """Mask of ``starts`` strictly inside a heading: a heading that took its
    title line ("CHAPTER I" + blank line + "Loomings") is one paragraph."""
    if not headings:
        return np.zeros(len(starts), dtype=bool)
    hs = np.asarray([h.start for h in headings], dtype=np.int64)
    he = np.asarray([h.end for h in headings], dtype=np.int64)
    k = np.searchsorted(hs, starts, side="right") - 1
    return (k >= 0) & (starts > hs[np.maximum(k, 0)]) & (starts < he[np.maximum(k, 0)])


def heading_paragraph_starts(text: str, headings: list) -> list[int]:
    """A heading line is a paragraph of its own: its start and the next line's
    first non-space character."""
    out = []
    n = len(text)
    for h in headings:
        out.append(h.start)
        pos = h.end
        while pos < n and text[pos].isspace():
            pos += 1
        if pos < n:
            out.append(pos)
    return out
