"""Hard-wrap removal: a prose paragraph's wrap newlines go, meaningful ones stay.

Plain-text books are wrapped at a fixed width (Gutenberg at ~70 columns, the
Chinese web editions at ~35 characters). A model trained on that text learns
to emit a newline every 70 characters, and a CJK word can be cut in two
("刘\\n晔"). This stage joins the wrapped lines of each paragraph; everything
else keeps its lines: paragraph breaks (blank lines, indented first lines),
verse, the speech lines of plays, lists, headings, tables.

Decision per pair of consecutive non-blank lines ``a`` / ``b`` (widths in
display columns: a CJK character counts two):

* ``width`` of the document, its wrap column: the 95th percentile width of lines followed
  by another line (rule ``mixed_widths``, ``line_marks``: of the wrapped lines only;
  its clause ``set_off``: two lines in a row indented deeper than the prose are kept);
* ``b`` indented deeper than ``a`` (at least 2 columns): a new paragraph,
  speech or verse line: kept; except (rule ``list_item``) when ``a`` opens a
  list item ("- ", "• ", "3. ") and ``b`` does not: ``b`` is the item's hanging
  indent, and the rules below decide; clause ``numbered_run`` (``line_marks``):
  a numbered item in a run ("2. " near "1. " or "3. ") never joins the line above
  unless that ends mid-sentence ("am" / "13. Juli");
* CJK: ``a`` ends and ``b`` starts with a CJK character or CJK punctuation and
  ``a`` is full (within ``cjk_slack`` columns of the width): joined with
  nothing in between;
* other scripts, rule ``lowercase``: ``b`` starts with a lower-case letter
  and ``a`` is at least ``min_fill`` of the width: joined with a space (verse
  and speech lines start with a capital);
* other scripts, rule ``overflow``: the first word of ``b`` would not have fit
  on ``a`` (``width(a) + 1 + width(word) > width - slack``) and the block
  (lines between blank lines) reads as prose: at least one line in it starts
  lower-case after a full line, so it is not verse set line by line;
  in a prose document (most lines that continue a full line start in lower case;
  rule ``continuation_share``: a line indented deeper than the one above, such as
  a Bible's numbered verse, cannot continue it and does not count; rule
  ``noun_capitals``: German's nouns lower the bar) a block of full lines is prose;
  clause ``ragged_margin``: in a prose block the width is also the block's own
  widest line, for lines at least ``open_fill`` of the document's width (an inset
  block wraps short of the document's column);
* a line ending with a hyphen or dash joins without a space ("well-" + "known",
  "sickness--" + "the"; rule ``suspended_hyphen``: "Datenbank-" + "und ..." keeps
  it; rule ``line_end_hyphen``: "impor-" + "tant" drops it), and so does one opening with an unspaced dash (rule ``dash_start``:
  "Circulated" + "—A New Sensation"), unless the line above ends with a number or
  a full stop: an index sub-entry or an attribution ("—_Hackluyt._") keeps its
  line; clause ``dash_spacing`` (``transforms.line_marks``): a document that
  writes such dashes with a space before them joins with one;
* rule ``speech_prefix`` (plays): an indented line that opens with a speaker
  prefix ("Pet. Nay come Kate") that opens at least 3 indented lines of the
  document starts a speech and is never joined, even after a one-line speech
  indented alike (First Folio layout);
* rule ``verse_neighbourhood`` (verse and plays): a line after a line ending
  on a comma or a dash is kept when, within 4 lines of it in its unit (a speech:
  blank lines and deeper-indented lines end one), at least 5 lines start with
  a capital and at most 2 in lower case: a verse line next to a lower-case
  verse line, not a prose wrap;
* rule ``verse_stanza`` (verse and plays): in a block of at least 8 lines with
  at most one lower-case line, that lone lower-case line, between two
  capitalised lines, is kept when its first word would have fit on the line
  above and it is at least half as wide (a turnover, the short tail of an
  overlong verse line, still joins);
* rule ``verse_block`` (verse and plays): in a block set as verse (as for
  ``verse_stanza``: at least 8 lines, at most one in lower case), a line that
  does not start in lower case is kept even after a line left open
  (enjambment) next to a turnover or a displaced half-line; prose wrapped over
  8 lines starts most of them in lower case;
* rule ``fenced_code`` (all documents): no line of a fenced code block
  (``transforms.code_blocks``), fences included, nor of an indented code block
  (rule ``indented_code``), nor of an ASCII figure (rule ``ascii_figure``), is
  joined; clause ``code_continuations``: their lines do not count in rule
  ``continuation_share`` (a figure's full lines open on "|", not in lower case);
  clause ``figure_width``: the lines of figures (not of code blocks) do not count
  in the wrap width and the set-off indent (rule ``mixed_widths``): a wide table
  kept as drawn made the prose lines short;
* rules ``cjk_line_edges`` and ``cjk_quote_line`` (CJK text,
  ``transforms.cjk_layout``): the spaces at the edges of CJK lines are layout
  and go (``find_edits``; ``find_wraps`` holds the joins only), and a line
  opening with a space and a quote under a full line left open continues it;
  rule ``latin_in_cjk``: a Latin word cut at the CJK wrap width ("Wal" / "ey")
  joins without a space, one broken at a space joins with one; rule
  ``hangul_space``: two lines holding Hangul join with a space; rule
  ``cjk_mixed_width``: in CJK text full of Latin words, where the all-full-width
  measure overshoots the wrap column, a line full in display columns is full;
  rule ``cjk_verse``: two lines of one regular verse ("床前明月光，" / "疑是地上霜。")
  keep their break;
* rule ``cjk_verse_lines`` (``transforms.cjk_layout``): in CJK text set line by
  line (nearly every full line ends a clause: verse), those lines are kept;
* rule ``cast_list`` (all documents): a line opening with two capitals and
  holding lower-case letters ("HENRY BEAUFORT, great-uncle to the King") in a
  block of which at least 3 lines, and half, open with two capitals, is a list
  entry (dramatis personae, a contents list with Roman numerals): never joined.

The result keeps every paragraph break and kept line break where it was, so later stages
see the same layout minus the wraps. Verse and play rules: ``transforms.verse_lines``.

Cost: one pass over the lines in Python (~1 us per line), 30-60M characters/s.
"""

from __future__ import annotations

import dataclasses
import functools

import apache_beam as beam
import numpy as np

from schemas import Document
from transforms.ascii_figures import drawn_paragraphs
from transforms.beam_utils import DocumentStage
from transforms.cjk_digit_wraps import spaced_digit_joins
from transforms.cjk_layout import cjk_joins, ends_sentence
from transforms.cjk_man_headings import man_headings
from transforms.cjk_markdown_lines import (
    markdown_block_starts,
    markdown_item_wraps,
    markdown_source,
)
from transforms.cjk_set_apart import set_apart
from transforms.cjk_title_lines import title_lines
from transforms.cjk_word_spaces import ideographs, spaced_pairs, spaces_words
from transforms.code_blocks import code_spans, inside
from transforms.hangul_layout import indent_wraps
from transforms.ja_hard_wrap import paragraph_starts
from transforms.line_end_hyphen import line_end_hyphens
from transforms.line_marks import (
    dash_spacing,
    dash_starts,
    hangul_dash_spaces,
    heading_lines,
    list_items,
    numbered_items,
    rule_lines_above,
    set_off_indent,
    suspended_hyphens,
    underlines,
    url_breaks,
    verse_number_steps,
    wrap_width,
)
from transforms.ragged_margin import block_margins, ends_number, filled_blocks
from transforms.screenplay_speech import speech_wraps
from transforms.sorted_unique import isin  # clause isin_by_search
from transforms.surrogates import reads_surrogates
from transforms.table_row_wraps import row_continuations
from transforms.textedit import OffsetMap
from transforms.unwrap_config import UnwrapConfig
from transforms.unwrap_wraps import (
    _NO_WRAPS,
    _WIDE,
    Wraps,
    _script_cjk,
    _skip_spaces,
    _with_layout,
    apply_wraps,
    code_points,
)
from transforms.verse_lines import (
    SOFT_END,
    cast_list_lines,
    chars_pass,
    line_case,
    prose_threshold,
    speech_prefix_lines,
    stanza_lines,
    verse_blocks,
    verse_lines,
)

DEFAULT_CONFIG = UnwrapConfig()

_DASHES = np.asarray([ord(c) for c in "-\u2010—"], dtype=np.uint32)  # clause unicode_hyphen
_SENTENCE_END = np.asarray([ord(c) for c in ".!?:;”’\"')]_"], dtype=np.uint32)


@reads_surrogates()  # clause surrogates_read_as_replacement (review of session 43)
def find_wraps(text: str, config: UnwrapConfig = DEFAULT_CONFIG) -> Wraps:
    """The wrap newlines of ``text`` (see module docstring). Vectorized: the
    text's code points are one numpy array, every test is an array operation
    over the lines."""
    return _find(text, config, layout=False)


@reads_surrogates()  # clause surrogates_read_as_replacement (review of session 43)
def find_edits(
    text: str,
    config: UnwrapConfig = DEFAULT_CONFIG,
    wrapped: bool = True,
    markdown: bool = False,
    hard_breaks: tuple[int, ...] = (),
) -> Wraps:
    """What the stage changes: the wrap newlines, the CJK line-edge layout (rule
    ``cjk_line_edges``), rules ``line_end_hyphen`` and ``speech_wraps``; only the layout
    in a text not ``wrapped`` (clause ``aozora_never_wrapped``, ``Document.never_wrapped``).
    ``markdown``: the text is Markdown (clause ``markdown_line_layout``); ``hard_breaks``:
    the offsets of newlines never joined (clause ``markdown_hard_breaks``)."""
    wraps = _find(text, config, True, wrapped, markdown, hard_breaks)
    if not (wrapped and config.enabled):
        return wraps
    return speech_wraps(text, line_end_hyphens(text, wraps))


def _find(
    text: str,
    config: UnwrapConfig,
    layout: bool,
    joins: bool = True,
    markdown: bool = False,
    hard_breaks: tuple[int, ...] = (),
) -> Wraps:
    if not config.enabled or "\n" not in text:
        return _NO_WRAPS
    cp = code_points(text)
    n = len(cp)
    nl = np.flatnonzero(cp == 10)
    line_start = np.concatenate(([0], nl + 1))  # clause plain_concatenate (intp)
    line_end = np.concatenate((nl, [n]))
    first = _skip_spaces(cp, line_start, line_end, 1)  # first non-space, or line_end
    last = _skip_spaces(cp, line_end - 1, line_start - 1, -1) + 1  # after the last one
    blank = first >= line_end
    last = np.maximum(last, first)
    lines = (line_start, line_end, first, last, blank)
    wide = cp >= _WIDE
    # Wide characters before each position (4 bytes each below 2^31 characters).
    count = np.int32 if n < 2**31 else np.int64
    cumw = np.concatenate(([0], np.cumsum(wide, dtype=count))) if wide.any() else None
    del wide  # one byte per character; _script_cjk tests its few positions itself

    def columns(lo, hi):
        return hi - lo if cumw is None else hi - lo + cumw[hi] - cumw[lo]

    width = np.where(blank, 0, columns(line_start, last))
    indent = np.where(blank, 0, columns(line_start, first))

    pair = ~blank[:-1] & ~blank[1:]  # line k and k+1 both hold text
    spans = code_spans(text)
    if not pair.any() or not joins:  # clause aozora_never_wrapped: no joins
        return _with_layout(_NO_WRAPS, layout and cumw is not None, cp, spans, lines)
    # Clause code_continuations: the share of lower-case continuations (rule
    # continuation_share) is the prose's; the lines of a code block or an ASCII
    # figure (rule ascii_figure), full lines opening on "|" that keep their spaces,
    # do not count (Carroll's The Game of Logic read as verse with them).
    measured = pair & ~inside(spans, line_start[:-1]) if spans else pair
    # Clause figure_width: the wrap width (rule mixed_widths) and the set-off indent are
    # measured without the drawn paragraphs (ASCII figures, ruled tables): gettext's
    # ABOUT-NLS (prose at 72 columns) keeps its team tables as drawn, rows of 78-80
    # columns, and measured with them its full prose lines fell short of the width and
    # lost their joins (96 -> 125 sentences). Code blocks stay in: without them the
    # prose of node.js's markdown docs measured 92 (long link lines), not 78.
    wrap_cols = wrap_width(width[:-1][pair], config.percentile)
    sized = pair
    drawn = drawn_paragraphs(text)
    outside = pair & ~inside(drawn, line_start[:-1]) if drawn else pair
    if outside.any() and outside.sum() < pair.sum():
        # A shift within the slack is the percentile's noise, not a figure's width:
        # taken, the diffstat lines of libfribidi's and xz's changelogs (64 -> 63)
        # became full and were joined.
        cols = wrap_width(width[:-1][outside], config.percentile)
        if abs(cols - wrap_cols) > config.slack:
            sized, wrap_cols = outside, cols
    set_off = set_off_indent(width[:-1][sized], indent[:-1][sized], wrap_cols, config.percentile)
    a = np.flatnonzero(pair)
    b = a + 1
    la, fb = last[a] - 1, first[b]  # last character of a, first of b

    cjk = _script_cjk(cp, la, -1, first[a]) & _script_cjk(cp, fb, 1, last[b] - 1)
    lower = chars_pass(text, cp, fb, str.islower, 97, 122)
    full = width[a] >= config.min_fill * wrap_cols
    # The first word of b: up to the next space or the end of its line.
    spaces = np.append(np.flatnonzero(cp == 32), n)
    word_end = np.minimum(spaces[np.searchsorted(spaces, fb)], last[b])
    overflow = width[a] + 1 + columns(fb, word_end) > wrap_cols - config.slack

    # Prose blocks: a lower-case line continues a full line somewhere in them.
    block = np.cumsum(blank)[a]
    nblocks = int(block.max()) + 1
    prose_blocks = np.zeros(nblocks, dtype=bool)
    prose_blocks[block[lower & full & ~cjk]] = True
    # A prose document: most lines that continue a full line start in lower
    # case (books 0.77-0.96 on the shared data, plays 0.00-0.72). There, a block
    # whose every line is full is prose too, and a nearly full line that stops
    # mid-sentence is a wrap whatever the case of the next word.
    latin_full = full & ~cjk
    lower_join = lower & full
    open_end = ~isin(cp[la], _SENTENCE_END)
    # Clause ragged_margin: a prose block (a lower-case line continues a full line in
    # it) has its own right margin, its longest line. Carroll's Symbolic Logic sets its
    # examples inset, wrapped at about 66 columns in a book measured at 72 ("...not
    # strictly true in" / "_our_ planet."); a nearly full line (``open_fill`` of the
    # width) whose next word would not have fit within the block's margin is full too.
    # Guards: only prose blocks (a lower-case line continues a full line) where half or
    # more of the lines start in lower case (verse with turnovers, Kipling's long lines,
    # starts them in capitals), only nearly full lines, only Latin; after a sentence's
    # end the next line must be full too (a letter's "Good-bye!" and signature, a
    # title's "OR, THE YOUNG STREET MUSICIAN." stay), and never after a number (an
    # index's "..., i. 58;" / "Milan, i. 60;"); clause ragged_margin_verse_fill: not in
    # lower-case verse (Milton's "for when as each thing bad thou hast entomb'd" / "& last
    # of all ..."): see ``ragged_margin.filled_blocks``. The rules below still decide.
    past_margin = overflow.copy()
    near = np.flatnonzero(~overflow & ~cjk & (width[a] >= config.open_fill * wrap_cols))
    if len(near):  # the rest only for the few candidates (CJK text has next to none)
        lower_share = np.bincount(block, lower, nblocks) >= 0.5 * np.bincount(block, None, nblocks)
        margins = block_margins(width, blank)
        filled = filled_blocks(
            block, nblocks, lower & ~cjk, width[a] >= config.open_fill * margins[block]
        )
        near = near[(prose_blocks & lower_share & filled)[block[near]] & ~ends_number(cp, la[near])]
        near = near[open_end[near] | (width[b[near]] >= config.min_fill * wrap_cols)]
        margin = margins[block[near]] - config.slack
        past_margin[near] = width[a[near]] + 1 + columns(fb[near], word_end[near]) > margin
    # Rule continuation_share: only lines that can continue ``a`` count (a deeper-
    # indented one, a Bible's "  12 And ...", opens a unit); then noun_capitals.
    continuing = latin_full & (indent[b] < indent[a] + config.indent)
    continuing &= measured[a]  # clause code_continuations
    share = lower[continuing].mean() if continuing.any() else -1.0
    if share >= config.prose_lower or share >= prose_threshold(text, cp, config.prose_lower):
        multi = np.zeros(nblocks, dtype=bool)
        multi[block] = True
        all_full = np.ones(nblocks, dtype=bool)
        all_full[block[~overflow]] = False
        prose = (prose_blocks | (all_full & multi))[block]
        upper_join = (past_margin & prose) | (open_end & (width[a] >= config.open_fill * wrap_cols))
    else:
        # Verse and plays: a speech in prose sits among verse, in the same block.
        # A capitalised line joins only inside a run of lower-case wraps, after
        # a line that does not end a sentence.
        line_upper, line_lower = line_case(text, cp, first, blank)
        # Rule verse_stanza: in a block set as verse (at least _STANZA_LINES
        # lines, at most one of them lower-case), a lower-case line between two
        # capitalised lines whose first word would have fit on the line above
        # is a verse line ("How many gazers mightst thou lead away," / "if thou
        # wouldst use..."), unless it is a turnover: the short tail of a verse
        # line too long for the page ("...haue done vnto" / "him now?").
        lower_join &= past_margin | ~stanza_lines(a, b, width, blank, line_upper, line_lower)
        # Clause one_dtype_concatenate: bool masks, np.concatenate for np.r_.
        same_prev = np.concatenate(([False], block[1:] == block[:-1])) & np.concatenate(
            ([False], b[:-1] == a[1:])
        )
        same_next = np.concatenate((same_prev[1:], [False]))
        near_lower = (np.concatenate(([False], lower_join[:-1])) & same_prev) | (
            np.concatenate((lower_join[1:], [False])) & same_next
        )
        upper_join = past_margin & open_end & near_lower
        # Rule speech_prefix: a line that opens a speech ("Qu. When shee shall
        # challenge this", " Pet. Nay come Kate") starts a new speaker, never a
        # wrap, even after a one-line speech indented alike.
        upper_join &= ~speech_prefix_lines(text, first, indent)[b]
        # Rule verse_neighbourhood: after a line that ends on a comma or a dash,
        # a line whose speech around it is verse (most lines start with a
        # capital) is a verse line, even next to one lower-case line
        # ("...make his wrongs" / "his outsides, ... carelessly," / "And ne'er").
        soft_end = isin(cp[la], SOFT_END)
        verse = verse_lines(line_upper, line_lower, blank, indent, config)
        upper_join &= ~(soft_end & verse[b])
        # Rule verse_block: in a block set as verse (verse_stanza's test), a line
        # that does not start in lower case is a verse line even after a line
        # left open (enjambment) next to a turnover or a displaced half-line
        # ("...till when, be cheerful" / "And think of each thing well.--").
        upper_join &= ~(verse_blocks(blank, line_lower)[b] & ~lower)
    # Rule cast_list: a block whose lines mostly open with a name in capitals
    # is a list (dramatis personae); its "NAME, description" lines stay lines.
    join_latin_cast = cast_list_lines(text, cp, first, last, blank)[b]

    deeper = indent[b] >= indent[a] + config.indent
    # Rule list_item: the hanging indent of a wrapped list item ("- Python 3.10
    # or newer, with the venv module" / "  separately from ...") continues it.
    hang = np.flatnonzero(deeper)
    if len(hang):
        deeper[hang[list_items(text, first[a[hang]]) & ~list_items(text, first[b[hang]])]] = False
    # CJK pairs: rules cjk_verse, cjk_quote_line, latin_in_cjk and hangul_space
    # (transforms.cjk_layout); ``deeper`` loses the spaces they read as text.
    join_cjk, cut, spaced, korean = cjk_joins(
        text, cp, lines, (a, b, cjk, deeper, indent, word_end, overflow, width[a]), config, markdown
    )
    join_latin = ~cjk & (lower_join | upper_join | spaced) & ~join_latin_cast & ~cut
    join = ~deeper & (join_cjk | join_latin | cut | (korean & spaced))
    # clause markdown_item_wraps (transforms.cjk_markdown_lines)
    items, tight_items = markdown_item_wraps(text, cp, lines, a, b, indent, markdown)
    join, join_cjk = join | items, join_cjk | tight_items
    join |= indent_wraps(cp, lines, a, b, indent, korean)  # clause hangul_indent_wrap
    join &= np.minimum(indent[a], indent[b]) < set_off  # clause set_off of mixed_widths
    # Rule verse_numbers (transforms.line_marks): "  23 And ..." / "  24 And ...".
    digit_a, digit_b = cp[first[a]], cp[fb]
    digits = (digit_a >= 48) & (digit_a <= 57) & (digit_b >= 48) & (digit_b <= 57)
    step = np.flatnonzero(join & ~cjk & digits)
    if len(step):
        join[step[verse_number_steps(text, first[a[step]], fb[step])]] = False
    join &= ~underlines(text, cp, fb, last[b], join)  # rule underline
    join &= ~rule_lines_above(text, cp, first[a], last[a], join)  # clause rule_line_above
    join &= ~numbered_items(text, cp, first)[b]  # clause numbered_run of list_item
    join &= ~markdown_block_starts(text, first, a, b, markdown)  # clause markdown_line_layout
    if hard_breaks:  # clause markdown_hard_breaks (transforms.markdown_hard_breaks)
        join &= ~isin(line_end[a], np.asarray(hard_breaks, dtype=np.int64))
    # Clauses cjk_title_line, cjk_title_after_sentence (transforms.cjk_title_lines): a
    # CJK title line keeps its breaks, before a longer line and after a sentence's end.
    join &= ~title_lines(text, cp, first, last, a, b, join & (indent[b] <= indent[a]), indent)
    join &= ~set_apart(cp, first[a], la, fb)  # clauses of transforms.cjk_set_apart
    # Clause ja_wrapped_paragraph_start (transforms.ja_hard_wrap): "…云った。" / "「己は…".
    join &= ~paragraph_starts(text, cp, la, line_start[b], fb, join & join_cjk)
    join &= ~man_headings(text, first, last, a, b, blank, indent, join)  # clause cjk_man_heading
    # A heading line after a full line is not a wrap ("...下回分解。" then
    # "第四十七回 ..."); "mentioned in" then "Chapter 36." is.
    guard = join & (join_cjk | ~open_end)
    join[guard] = ~heading_lines(text, fb[guard], last[b][guard])
    # "well-" + "known", "sickness--" + "the", "word—" + "word": no space.
    before = np.maximum(la - 1, 0)
    tight = (
        isin(cp[la], _DASHES)
        & (la > first[a])
        & (chars_pass(text, cp, before, str.isalpha, 65, 90, 97, 122) | (cp[before] == 45))
    )
    tight[tight] = ~suspended_hyphens(text, cp, la[tight], fb[tight])
    tight[tight] = ~hangul_dash_spaces(text, cp, la[tight], fb[tight])  # clause hangul_dash_space
    # Rule dash_start: "...Circulated" + "—A New Sensation", "better\"" + "--the":
    # no space; after a number or a full stop the dash opens an index sub-entry
    # ("..., 475, 476" / "—of animals") or an attribution ("...not true.”" /
    # "—_Hackluyt._"): the line is kept.
    dash = dash_starts(cp, fb) & ~cjk
    entry = dash & ((cp[la] >= 48) & (cp[la] <= 57) | ends_sentence(cp, la, first[a]))
    join &= ~entry
    # Clause dash_spacing (transforms.line_marks): as the document writes it.
    if dash.any() and dash_spacing(text):
        dash[:] = False
    tight |= dash | cut | url_breaks(cp, la)  # rule url_break
    # Rules fenced_code, indented_code: no line of a code block (a fenced one's
    # fences included) joins another; its line breaks are the code's.
    if spans:
        join &= ~(inside(spans, line_start[a]) | inside(spans, line_start[b]))
    if drawn:  # clause table_row_wrap (transforms.table_row_wraps)
        join |= row_continuations(text, lines, a, b, indent, drawn)
    space = ~join_cjk & ~tight
    # Clause cjk_word_spaces: a text that spaces its CJK words (a man page set for
    # groff) keeps the space at a join between two ideographs.
    words = np.flatnonzero(join & join_cjk & ideographs(cp[la]) & ideographs(cp[fb]))
    if len(words) and spaces_words(cp):
        space[words[spaced_pairs(text, first, last, a[words], b[words])]] = True
    digit = np.flatnonzero(join & join_cjk)  # clause digit_wrap_spaced_book (review s54)
    space[digit[spaced_digit_joins(text, cp, la, fb, digit)]] = True
    wraps = Wraps(last[a][join], fb[join], space[join])
    return _with_layout(wraps, layout and cumw is not None, cp, spans, lines, a[join])


@reads_surrogates()  # clause surrogates_read_as_replacement (review of session 43)
def unwrap_text(text: str, config: UnwrapConfig = DEFAULT_CONFIG) -> tuple[str, OffsetMap]:
    """``text`` with the stage's edits (``find_edits``) made, and the map back."""
    return apply_wraps(text, find_edits(text, config))


def unwrap_document(doc: Document, config: UnwrapConfig = DEFAULT_CONFIG) -> Document:
    """``unwrap_text`` on a ``Document`` (the same object when nothing is wrapped)."""
    markdown = markdown_source(doc.source) or any(
        h.source == "markdown" for h in doc.markup_headings
    )  # clause markdown_line_layout
    wraps = find_edits(
        doc.text, config, not doc.never_wrapped, markdown, doc.hard_breaks
    )  # clause markdown_hard_breaks: doc.hard_breaks
    if not len(wraps):  # the marks index doc.text: read here, dropped (never read again)
        return dataclasses.replace(doc, hard_breaks=()) if doc.hard_breaks else doc
    return dataclasses.replace(doc, text=apply_wraps(doc.text, wraps)[0], hard_breaks=())


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class UnwrapLines(beam.PTransform):
    """``Document`` -> ``Document`` with its hard wraps joined; outputs ``main``
    and ``rejected`` (stage "unwrap")."""

    def __init__(self, config: UnwrapConfig = DEFAULT_CONFIG):
        super().__init__()
        self.config = config

    def expand(self, docs):
        fn = functools.partial(unwrap_document, config=self.config)
        return docs | "JoinWrappedLines" >> DocumentStage("unwrap", fn)
