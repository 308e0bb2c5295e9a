"""CJK line layout for the unwrap stage: what a CJK source's line edges hold that
is layout, not text.

Chinese web and e-book texts indent paragraphs with spaces (four ASCII spaces,
two U+3000 ideographic spaces, or a mix in one file), pad lines with trailing
spaces, and put a stray space before an opening quote. CJK text separates no
words with spaces, so at a line edge such whitespace only says where the page
was laid out; normalization keeps one space of it, and a paragraph break of the
training text became " \\n " (红楼梦: 2,962 of its 3,413 newlines).

Two rules, both for lines holding a CJK character (ideographs, kana, Hangul,
CJK and full-width punctuation):

* ``cjk_line_edges``: the spaces, tabs and U+3000 before the first and after the
  last character of such a line are removed, and so are those of a
  whitespace-only line next to one (the nearest line with text before or after
  holds CJK). A paragraph break stays a newline (or a blank line), its
  indentation goes. Not inside a fenced code block (``transforms.code_blocks``),
  where indentation is syntax, and (clause ``code_indent``) not before a line
  that opens with an ASCII letter or digit (not glued to a CJK character: clause
  ``latin_word_opens_cjk_line``, "1930年…"), a code sign (``#/{}<>@$_`|\\=;``) or
  a list marker ("- ", "* "): an unfenced code line with a CJK comment or
  string ("    # 返回平方", "    print(\"你好\")") or a nested list item keeps
  its indentation, as its English neighbours do (a CJK paragraph opens with
  CJK, a quote or a dash: in 红楼梦 and 水浒传 all 10,347 indented CJK lines).
* ``cjk_quote_line`` (in ``unwrap.find_wraps``): a line indented one column
  deeper than the full CJK line above, starting with an opening quote or
  bracket, after a line that does not end a sentence (it ends mid-phrase or on a
  colon), continues that line: the source put a space before the quote
  ("...中间用“梦”" / " “幻”等字", "...问道：" / " “你携了此物"). After
  normalization a four-space paragraph indent is one space too, so the depth
  alone cannot tell them apart. In 红楼梦 the rule joins 527 lines, each a
  continuation in the source (523 with one space there, 4 with two before a
  nested quote; its paragraphs open with four), and of its 382 paragraphs under
  a full line none opens with a quote under a line left open.
* ``cjk_verse_lines`` (in ``unwrap.find_wraps``): a document whose full CJK
  lines (those the unwrap stage would join) nearly all end a clause or a
  sentence (at least ``VERSE_END_SHARE`` of them, and ``VERSE_MIN_LINES`` or
  more) is set line by line: verse, a stanza or a couplet a line (诗经, 唐诗
  collections). Its lines that end a clause are kept; a hard wrap falls where
  the column runs out, so in wrapped prose a quarter of such lines end on a
  mark (红楼梦 0.26, 水浒传 0.29), in verse all of them (a 诗经 0.995-1.00).
  Clause ``verse_titles``: there a full line without a clause mark (a poem's
  title or author line) keeps its break too; clause ``field_lines``: so does,
  in any CJK text, a field line "作者:王禹偁（９５４－１００１）" (作者, 题目, 朝代,
  出处, 译者 and a colon, no clause mark: an anthology's metadata). Clause
  ``verse_plain_lines`` (``transforms.cjk_verse``): lines opening with a list
  marker or holding inline code (a changelog's items) do not
  count as lines ending a clause, so a changelog is not read as verse (a text
  is only ever read as verse less often). Clause ``unmarked_verse_book``
  (``transforms.cjk_verse``): a book whose full lines nearly all hold no mark at
  all (haiku, tanka, free verse: 鳴雪句集) keeps every full line, its prose
  paragraphs too (clause ``verse_book_paragraphs``), unless they pile up at one
  width (guard ``verse_widths_vary``: a wrapper fills unpunctuated text to its column).

Rule ``latin_in_cjk`` (Latin words cut or broken at a space inside CJK text) is in
``transforms.cjk_latin_breaks``.

Korean rules (``hangul_space``, ``hangul_verse``, ``hangul_width``,
``hangul_articles``) are in ``transforms.hangul_layout``.

Chinese line clauses called from ``cjk_joins``: ``zh_numbered_item_lines`` (with
``zh_digit_numerals``, ``transforms.cjk_numbered_items``), ``zh_short_title_lines``
(``transforms.zh_short_titles``) and ``zh_field_record_lines`` (``transforms.zh_field_lines``).

Rule ``cjk_verse`` (in ``unwrap.find_wraps``): regular Chinese verse set one
verse, one couplet or one quatrain to a line keeps its line breaks: a CJK pair
is kept when each line is made of one to four clauses of the same number of
ideographs (3 to 9: five- and seven-character verse), each closed by a
full-width "，。！？；、：", the same number in both lines ("床前明月光，" / "疑是地上
霜。"; 红楼梦's eight-line poems set four verses to a line, "霞绡云幄任铺陈，...眼
前春色梦中人。" / "盈盈烛泪因谁泣，...拥衾不耐笑言频。"). Prose clauses vary in
length, so a wrapped prose line is no verse; a line of a poem beside a prose
line ("回首相看已化灰。" / "打一玩物。") still joins when full.

Cost: a few array operations over the lines; nothing for text without a
character from U+2E80 on.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.cjk_block_width import MARK as _MARK
from transforms.cjk_block_width import block_wraps, parallel_lines
from transforms.cjk_digit_wraps import digit_wraps
from transforms.cjk_latin_breaks import latin_breaks, word_forms  # noqa: F401 (re-exported)
from transforms.cjk_line_start import mark_opens_line
from transforms.cjk_markdown_lines import markdown_kept_pairs
from transforms.cjk_verse import plain_lines, unmarked_verse_lines, verse_breaks
from transforms.ja_paragraph_lines import full_line_ends, paragraph_lines
from transforms.sorted_unique import isin  # clause isin_by_search
from transforms.zh_field_lines import field_record_pairs
from transforms.zh_short_titles import kept_breaks

# Code point ranges that make a line CJK: CJK radicals to ideographs (U+2E80-
# U+9FFF, CJK punctuation and kana included), Hangul syllables, compatibility
# ideographs, vertical and small forms, full-width forms, and the supplementary
# ideograph planes.
_CJK_RANGES = (
    (0x2E80, 0xA000),
    (0xAC00, 0xD7B0),
    (0xF900, 0xFB00),
    (0xFE10, 0xFE70),
    (0xFF00, 0xFFF0),
    (0x20000, 0x32000),
)
# The same characters as a regex class (for ``paragraphs``' rule ``cjk_lines``).
CJK_CHAR = re.compile(
    "["
    + "".join(
        f"{chr(lo)}-{chr(0x2FFF)}{chr(0x3001)}-{chr(hi - 1)}" if lo <= 0x3000 < hi
        else f"{chr(lo)}-{chr(hi - 1)}"
        for lo, hi in _CJK_RANGES
    )
    + "]"
)  # fmt: skip
# Marks that open a quotation or a title, and those that close one.
OPENING = np.asarray([ord(c) for c in "“‘「『《〈（【〔\"'("], dtype=np.uint32)
_CLOSING = np.asarray([ord(c) for c in "”’」』》〉）】〕\"')"], dtype=np.uint32)
_SENTENCE_END = np.asarray([ord(c) for c in "。！？…；.!?"], dtype=np.uint32)
# Rule ``cjk_verse_lines``: the marks that end a verse line (a sentence or a clause).
_CLAUSE_END = np.asarray([ord(c) for c in "。！？…；，、：.!?;,:"], dtype=np.uint32)
_FIELD = re.compile("(?:作者|题目|題目|标题|標題|朝代|出处|出處|译者|譯者)[:：]")
VERSE_END_SHARE = 0.8
VERSE_MIN_LINES = 3
# Clause ``code_indent``: what opens a line whose indentation is kept.
_CODE_SIGNS = np.asarray([ord(c) for c in "#/{}<>@$_`|\\=;"], dtype=np.uint32)
_LIST_MARKS = np.asarray([ord(c) for c in "-*+•"], dtype=np.uint32)
# Clause ``latin_word_opens_cjk_line``: the longest opening run of ASCII letters and
# digits followed (glued) by a CJK character that makes a line prose ("YAMAL号", "1930年").
_GLUED_RUN = 24


def cjk_mask(cp: np.ndarray) -> np.ndarray:
    """Whether each code point is CJK (see ``_CJK_RANGES``; U+3000, a space, is
    not). A few bytes per character at most: one range at a time, in place."""
    out = np.zeros(len(cp), dtype=bool)
    part = np.empty(len(cp), dtype=bool)
    for lo, hi in _CJK_RANGES:
        np.greater_equal(cp, lo, out=part)
        part &= cp < hi
        out |= part
    out &= cp != 0x3000
    return out


def ends_sentence(cp: np.ndarray, last: np.ndarray, first: np.ndarray) -> np.ndarray:
    """Whether the line whose last character is at ``last`` (first at ``first``)
    ends a sentence: a full stop, "!", "?", "…" or "；", looking back through
    closing quotes and brackets ("...还怕少吗？”")."""
    return _ends_with(cp, last, first, _SENTENCE_END)


def verse_line_ends(
    cp: np.ndarray, last: np.ndarray, first: np.ndarray, plain=None, marked=None
) -> np.ndarray:
    """Rule ``cjk_verse_lines``: given the last (and first) characters of a
    document's full CJK lines, those that are verse lines, never joined: the
    lines ending a clause or a sentence (through closing quotes) when at least
    ``VERSE_END_SHARE`` of them, and ``VERSE_MIN_LINES`` or more, do; else none.
    Clause ``verse_plain_lines``: only the ``plain`` lines count as ending one.
    Clause ``verse_unmarked_lines``: a line holding no mark (``marked`` False)
    and ending none is not counted."""
    ends = _ends_with(cp, last, first, _CLAUSE_END)
    if plain is not None:
        ends &= plain
    # Clause verse_unmarked_lines: a full line without any clause or sentence
    # mark is a title or an author line ("毛泽东 一九三六年二月" over 沁园春·雪,
    # the widest line of the poem), not a prose wrap, which holds a "，" or a
    # "。" in its 30-odd characters: it counts neither way. One such line among
    # a short poem's four full lines made the poem prose (3 of 4 < 0.8), and its
    # verse lines ending "。" were joined to the next ("欲与天公试比高。须晴日，").
    # Clause verse_unmarked_widest: only such a line set wider than every line
    # that ends a clause (the author line over the verses); a prose wrap
    # without a mark among long sentence lines counts as before (manpages-zh
    # fdisk(8): 11 of 14 full lines end "。" or "，", the unmarked one is
    # shorter than the widest; read as verse, its lines stayed cut).
    if marked is not None and ends.any():
        marked = marked | (last - first < (last - first)[ends].max())
    counted = ends if marked is None else ends[marked | ends]
    if len(counted) < VERSE_MIN_LINES or counted.mean() < VERSE_END_SHARE:
        return np.zeros(len(ends), dtype=bool)
    return ends


def _ends_with(cp, last, first, marks) -> np.ndarray:
    pos = last.copy()
    for _ in range(3):
        closing = isin(cp[pos], _CLOSING) & (pos > first)
        if not closing.any():
            break
        pos = np.where(closing, pos - 1, pos)
    return isin(cp[pos], marks)


def layout_spans(
    cp: np.ndarray,
    line_start: np.ndarray,
    line_end: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    blank: np.ndarray,
    kept: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Rule ``cjk_line_edges``: ``(starts, ends)`` of the whitespace at the edges of
    CJK lines, ascending and disjoint. ``kept[k]`` says whether line ``k``'s edges
    may be touched (False where a join already removes them, or inside a code
    block), as two bool arrays stacked: ``kept[0]`` for the leading, ``kept[1]``
    for the trailing whitespace."""
    nlines = len(line_start)
    # Whether each line holds a CJK character: one "any" per line (its
    # indentation and newline are never CJK).
    holds = np.zeros(nlines, dtype=bool)
    valid = line_start < len(cp)
    holds[valid] = np.logical_or.reduceat(cjk_mask(cp), line_start[valid])
    holds &= ~blank
    if not holds.any():
        empty = np.zeros(0, np.int64)
        return empty, empty
    # A whitespace-only line takes the script of the nearest line with text; so does
    # (clause punctuation_line_script) a line of only general punctuation.
    empty = blank | _punctuation_lines(cp, line_start, blank, holds)
    index = np.arange(nlines)
    prev = np.maximum.accumulate(np.where(empty, -1, index))
    nxt = np.minimum.accumulate(np.where(empty, nlines, index)[::-1])[::-1]
    near = np.zeros(nlines, dtype=bool)
    near |= np.where(prev >= 0, holds[np.maximum(prev, 0)], False)
    near |= np.where(nxt < nlines, holds[np.minimum(nxt, nlines - 1)], False)
    cjk = holds | (empty & near)
    lead = cjk & kept[0] & (first > line_start) & ~_opens_code(cp, first, blank)
    trail = cjk & kept[1] & ~blank & (last < line_end)
    starts = np.concatenate((line_start[lead], last[trail]))
    ends = np.concatenate((first[lead], line_end[trail]))
    order = np.argsort(starts, kind="stable")
    return starts[order].astype(np.int64), ends[order].astype(np.int64)


def _punctuation_lines(cp, line_start, blank, holds) -> np.ndarray:
    """Clause ``punctuation_line_script`` (session 44): the lines holding text but no CJK
    character, only General Punctuation (U+2010-U+206F: quotes, ellipses, dashes) and
    spaces. Such a line has no script of its own, so it takes its neighbours': a Chinese
    paragraph of only "……" or "“……”" (《爱在时光里流转》: 9 of them) kept its indent and its
    trailing space in the training text (" “……” "), as ``cjk_mask`` holds none of its
    characters while a Chinese paragraph's indent goes."""
    rest = ~blank & ~holds
    if not rest.any():
        return rest
    other = ((cp < 0x2010) | (cp > 0x206F)) & (cp != 32) & (cp != 9) & (cp != 10)
    other &= cp != 0x3000
    valid = line_start < len(cp)
    has_other = np.ones(len(line_start), dtype=bool)
    has_other[valid] = np.logical_or.reduceat(other, line_start[valid])
    return rest & ~has_other


def _ascii_alnum(c: np.ndarray) -> np.ndarray:
    return ((c >= 48) & (c <= 57)) | ((c | 32) >= 97) & ((c | 32) <= 122)


def _opens_code(cp: np.ndarray, first: np.ndarray, blank: np.ndarray) -> np.ndarray:
    """Clause ``code_indent`` of ``cjk_line_edges``: whether each line (first
    character at ``first``) opens with an ASCII letter or digit, a code sign or
    a list marker followed by a space or tab; never a blank line.

    Clause ``latin_word_opens_cjk_line`` (session 43): not a line whose opening
    letters and digits are glued to a CJK character, "1930年底日本人…", "YAMAL号，…",
    "C市的夏天…", "OK，…": a CJK paragraph opening with a year, a name or a loanword.
    Its indent stayed in the training text (" C市的夏天尤为炎热。" under "许亦菡…" with
    none; with U+3000 indents, "\u3000\u30001930年底…"), in 170 of the Chinese mirror
    files, 11,383 lines. Code glues no CJK character to a name or number: a call, an
    assignment or a comment puts a sign or a space between ("print(\"你好\")",
    "x = 1  # 注释"), so those lines keep their indent; so does a numbered item
    ("1. 第一步", "1.第一步": the run ends on the dot)."""
    top = len(cp) - 1
    c = cp[np.minimum(first, top)]
    after = cp[np.minimum(first + 1, top)]
    alnum = ~blank & _ascii_alnum(c)
    marker = isin(c, _LIST_MARKS) & ((after == 32) | (after == 9))
    lines = np.flatnonzero(alnum)
    pos = first[lines] + 1
    for _ in range(_GLUED_RUN):  # clause latin_word_opens_cjk_line: past the run
        going = (pos < top) & _ascii_alnum(cp[np.minimum(pos, top)])
        if not going.any():
            break
        pos += going
    glued = cjk_mask(cp[np.minimum(pos, top)]) & (pos <= top)
    alnum[lines[glued]] = False
    return ~blank & (alnum | isin(c, _CODE_SIGNS) | marker)


def _field_after_title(text: str, a_first: int, a_last: int, b_first: int) -> bool:
    """Clause ``field_after_title``: a field line ("作者:苏轼（１０３６－１１０１）") under a
    title line that is a field too ("题目:《...，乃和前韵》") or a title in "《》" opens a
    line of its own: an anthology's title line, long and holding commas, was joined to
    its author line ("...乃和前韵》作者:苏轼", fortunes-zh song100, tang300: 4 titles)."""
    if not _FIELD.match(text, b_first):
        return False
    return _FIELD.match(text, a_first, a_last) is not None or (
        text[a_first] == "《" and text[a_last - 1] == "》"
    )


def field_line_breaks(text: str, first, last, a, b, rest, verse: bool) -> list[int]:
    """The pairs ``rest`` (indices into ``a`` / ``b``) whose break is kept: clause
    ``verse_titles`` (in verse, line ``a`` holds no clause mark), clause ``field_lines``
    (``a`` opens with a field, "作者:", and holds no mark) and clause
    ``field_after_title``. Clause ``field_lines_as_lists`` (session 48, cost only): the
    line offsets are read as Python lists once, not as numpy scalars per line (~7
    conversions a line); named in session 49 so that its offsets are tested."""
    return [
        k for k, f, e, g in zip(rest.tolist(), first[a[rest]].tolist(), last[a[rest]].tolist(),
                                first[b[rest]].tolist(), strict=True)
        if (verse and not _MARK.search(text, f, e))
        or (_FIELD.match(text, f, e) and not _MARK.search(text, f, e))
        or _field_after_title(text, f, e, g)
    ]  # fmt: skip


def cjk_joins(text, cp, lines, pairs, config, markdown=False):
    """The CJK decisions of ``unwrap.find_wraps`` for each pair of lines ``a`` /
    ``b``: ``(join_cjk, cut, spaced, korean)``, CJK joins without a space (rules
    ``cjk_verse_lines`` and ``cjk_verse`` keep verse lines), rule
    ``latin_in_cjk``'s cut words and breaks at a space, and Korean pairs (rule
    ``hangul_space``; joined with a space where ``spaced``). ``pairs``: ``a``,
    ``b``, whether both edges are CJK, whether ``b`` is indented deeper (cleared
    in place where rules ``cjk_quote_line`` and ``latin_in_cjk`` read the space
    as text), indentation, where ``b``'s first word ends, whether it would
    not have fitted on ``a`` in columns, and ``a``'s width in display columns."""
    a, b, cjk, deeper, indent, word_end, overflow, columns = pairs
    line_start, _, first, last, blank = lines
    if not cjk.any():
        none = np.zeros(len(a), dtype=bool)
        return cjk, none, none.copy(), none.copy()
    la, fb = last[a] - 1, first[b]
    # CJK lines are measured as if every character were full-width: converted
    # texts carry ASCII quotes and dashes where the wrapped original had
    # full-width ones, so their width in columns varies with the punctuation.
    cjk_width = 2 * (last[a] - first[a]) + (first[a] - line_start[a])
    cjk_wrap = float(np.percentile(cjk_width[cjk], config.percentile))
    join_cjk = cjk & (cjk_width >= config.cjk_fill * cjk_wrap)
    full = np.flatnonzero(join_cjk)  # clause zh_paragraph_lines: do the full lines end sentences?
    ends = lambda: full_line_ends(cp, la[full], first[a[full]])  # noqa: E731
    if paragraph_lines(text, columns[cjk], cjk_width[cjk], config.percentile, ends, (cp, lines, a[cjk], b[cjk], config.cjk_fill)):  # fmt: skip
        none = np.zeros(len(a), dtype=bool)  # clauses ja_paragraph_lines, zh_paragraph_lines
        # Clause paragraph_lines_closing_mark: a line opening with the mark that closes the
        # line above ("…只会去拿一个人" / "。”") is still its wrap.
        return mark_opens_line(cp, la, fb, cjk, deeper), none, none.copy(), none.copy()
    # Rule cjk_mixed_width: in CJK text full of Latin words (Japanese technical
    # prose: "Debian", "GNU General Public License", command names) the
    # all-full-width measure puts the lines holding many Latin letters far past
    # the wrap column (debian-reference.ja.txt: 95th percentile 101 for lines
    # wrapped at 66 columns), so no pure-Japanese line was full and every wrap
    # stayed, cutting words ("スク" / "リプト"). When the wrap column in display
    # columns (a CJK character two, a Latin one one) is short of full by that
    # measure, a line full in display columns is full too. Chinese novels whose
    # two measures agree (红楼梦 70/68, 水浒传 74/74) are left as they were.
    col_wrap = float(np.percentile(columns[cjk], config.percentile))
    mixed = None
    if col_wrap < config.cjk_fill * cjk_wrap:
        join_cjk |= cjk & (columns >= config.cjk_fill * col_wrap)
        mixed = (columns, col_wrap)
    # Rule cjk_verse_lines: when nearly every full CJK line ends a clause, the
    # text is set line by line (verse): those lines are kept.
    full_cjk = np.flatnonzero(join_cjk)
    plain = plain_lines(text, first[a[full_cjk]], last[a[full_cjk]])
    marked = np.array(
        [_MARK.search(text, f, e) is not None for f, e in zip(first[a[full_cjk]].tolist(), last[a[full_cjk]].tolist(), strict=True)],
        dtype=bool,
    )  # fmt: skip
    verse_lines = full_cjk[verse_line_ends(cp, la[full_cjk], first[a[full_cjk]], plain, marked)]
    join_cjk[verse_lines] = False
    # Clause unmarked_verse_book (transforms.cjk_verse): a haiku or tanka book's lines.
    join_cjk[full_cjk[unmarked_verse_lines(columns[full_cjk], marked)]] = False
    # Clauses verse_titles (in verse: a line without a clause mark, "《送别》") and
    # field_lines (anywhere: "作者:王禹偁（９５４－１００１）") keep their breaks.
    join_cjk[field_line_breaks(text, first, last, a, b, np.flatnonzero(join_cjk), verse_lines.size > 0)] = False  # fmt: skip
    # Rule cjk_verse: lines of one regular verse keep their breaks.
    join_cjk[join_cjk] = ~verse_breaks(text, cp, first, last, a[join_cjk], b[join_cjk])
    if not verse_lines.size:  # clause digit_at_cjk_wrap (s54; transforms.cjk_digit_wraps)
        filled = ~cjk & (cjk_width >= config.cjk_fill * cjk_wrap)
        join_cjk |= digit_wraps(text, cp, lines, a, b, filled, deeper)
    if not verse_lines.size:  # clause block_width
        join_cjk |= block_wraps(text, cp, lines, a, b, cjk & ~join_cjk, config.cjk_fill)
    join_cjk[parallel_lines(text, cp, lines, a, b, np.flatnonzero(join_cjk))] = False
    # clauses zh_numbered_item_lines (s37), zh_short_title_lines (s38; transforms.zh_short_titles)
    join_cjk[kept_breaks(text, cp, lines, a, b, np.flatnonzero(join_cjk), cjk)] = False
    # clause zh_field_record_lines (s39; transforms.zh_field_lines)
    join_cjk[field_record_pairs(text, cp, lines, a, b, np.flatnonzero(join_cjk))] = False
    # clause markdown_line_layout (s42; transforms.cjk_markdown_lines)
    kept = markdown_kept_pairs(text, lines, a, b, np.flatnonzero(join_cjk), indent, markdown)
    join_cjk[kept] = False
    join_cjk |= mark_opens_line(cp, la, fb, cjk, deeper)  # clause cjk_mark_opens_line
    # Rule cjk_quote_line: one space before an opening quote under a full line
    # left open is the source's space, not an indent.
    quote = np.flatnonzero(deeper & join_cjk & (indent[b] == indent[a] + 1))
    quote = quote[isin(cp[fb[quote]], OPENING) & ~ends_sentence(cp, la[quote], first[a[quote]])]
    deeper[quote] = False
    # Rule latin_in_cjk: a Latin word cut at the width joins tight, one broken
    # at a space joins with a space; the space a wrapper kept at the next line's
    # start is no indent there.
    cut, spaced = latin_breaks(
        cp, lines, a, b, word_end, cjk_width, cjk_wrap, config.cjk_fill, text, mixed
    )
    deeper[spaced & (indent[b] == indent[a] + 1) & (cjk_width >= cjk_wrap)] = False
    # Korean pairs: rules hangul_space, hangul_width, hangul_articles and
    # hangul_verse (transforms.hangul_layout).
    from transforms.hangul_layout import korean_joins

    korean_pairs = (a, b, cjk, join_cjk, cut, spaced, word_end, overflow)
    join_cjk, spaced, korean, hangul_cut = korean_joins(
        text, cp, lines, korean_pairs, cjk_width, cjk_wrap, config
    )
    return join_cjk & ~korean, (cut & ~korean) | hangul_cut, spaced & ~hangul_cut, korean
