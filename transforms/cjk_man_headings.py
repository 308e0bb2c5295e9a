"""Clause ``cjk_man_heading`` (``unwrap.find_wraps``): a translated man page's section
heading keeps its line in CJK text.

Chinese (and other CJK) translations of man pages name each section in both
languages, "作者 AUTHORS", "DESCRIPTION 描述", "描述（DESCRIPTION）", "DDE 命令
COMMANDS" (manpages-zh), or in English alone ("NAME", "SEE ALSO"). groff sets
the heading at the left margin and its text indented under it; where that
indentation is lost (a page's text copied from a web rendering, a pipeline's
own output read again) or where the next line is indented deeper (a pair the
title rules leave alone), the unwrap rules joined the heading to its first line
("邮件列表 MAILING LISTS LDP有一系列的专门的邮件列表...", LDP(7); "作者 AUTHORS独立的
作者维护着...", the same page read again; "正则表达式 REGULAR EXPRESSIONS 一个正则
表达式是..." even with its indentation, grep(1)). ``title_word_fits`` cannot keep
them: groff breaks Chinese at spaces only, so the next line's first word is often
the whole line.

A line is such a heading when, in a document holding a CJK character, it is made
of space-separated words each either all CJK ideographs/kana/hangul or all
capital Latin letters (the English in full-width or ASCII parentheses after the
CJK words counts), or is 1-5 capital words alone ("NAME", "SEE ALSO") with a
word of 4+ letters; it is at most ``MAX_COLUMNS`` wide, follows a
blank line (or opens the text), and the document has ``MIN_HEADINGS`` such lines
(a man page has several sections; one capitalised acronym over a paragraph in a
book is not a page's heading). Words with marks ("，", ":", "-"), digits or
lower-case Latin make the line no heading: a wrapped line of prose has them; so
does a run of more than ``MAX_RUN`` CJK characters (unspaced Japanese prose).
"""

from __future__ import annotations

import re

import numpy as np

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = rf"(?:[{_CJK}]+(?:/[{_CJK}]+)*|[A-Z][A-Z/&_-]*[A-Z]|[A-Z])"
# Clause man_heading_paren_marks (session 26): the English in parentheses after the CJK
# words may hold a hyphen or be quoted ("在线帮助 (ON-LINE HELP)" x11, bash(1)'s
# "保留字("RESERVED WORDS")").
_HEADING = re.compile(rf'{_WORD}(?: {_WORD})*(?:[ ]?[（(]"?[A-Z][A-Z /&_-]*[A-Z]"?[）)])?$')
# Clause man_heading_english_first (session 26): the English title first and its
# translation in brackets after it, "SEE ALSO(另见)", "DESCRIPTION (描述)",
# "SYNOPSIS[总览]", "NAME(名称）" (manpages-zh: 252 of the 257 lines of this shape after a
# blank line are column-0 headings, the other 5 indented ``.SS`` headings).
_ENGLISH_FIRST = re.compile(rf"[A-Z][A-Z /&_-]*[A-Z] ?[(（\[][{_CJK}]+(?: [{_CJK}A-Z]+)*[)）\]]$")
# Clause man_heading_mixed_case (session 26): Perl's pages keep their mixed-case
# English titles and add the Chinese after them, "Flavors of Perl numeric operations
# 数值操作的特色", "Using The Back Ends 使用后端" (perlnumber(7), perlcompile(7)): two or
# more Latin words, the first capitalised, then one CJK word. All 54 such lines after
# a blank line in manpages-zh are ``.SH`` or ``.SS`` headings.
_MIXED_CASE = re.compile(rf"[A-Z][A-Za-z]*(?: [A-Za-z]+)+ [{_CJK}]+$")
# Clause man_heading_comma (session 26): a heading listing bilingual pairs, "类型 TYPES,
# 溢出 OVERFLOW, 和 精度 PRECISION" (expr(3tcl)): each part a heading by itself, a
# conjunction before the last.
_COMMA = re.compile(r", (?:和 |与 |及 |and )?")
_CJK_WORD = re.compile(rf"[{_CJK}]")
_CAPS_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{4,}")
# A run of words in one script (the spaces and parentheses between them go with it).
_BLOCK = re.compile(rf"[{_CJK}/ ]*[{_CJK}]|[A-Z][A-Z/&_ （()）-]*[A-Z]|[A-Z]")
_CJK_ALONE = re.compile(rf"[{_CJK}]{{1,{6}}}")
# Clause man_heading_long_cjk_word (session 26): a longer CJK word alone, up to the
# longest run in a heading (13 characters: Japanese titles are long katakana compounds,
# "終了ステータス", "ラインエディットセクション", manpages-ja), is a heading when it is a
# Japanese title (``_kana_title``), in a page with ``MIN_HEADINGS`` headings of the
# other kinds (it does not count toward them). Chinese lines of this shape after a blank
# line are often prose cut before a no-space run ("通常的用法是输入" / "tex paper", tex(1)).
_CJK_LONG = re.compile(rf"[{_CJK}]{{7,13}}")
_KATAKANA = re.compile("[\u30a0-\u30ff]")
_HIRAGANA = re.compile("[\u3040-\u309f]")
_CAPS_ALONE = re.compile(r"(?=.*[A-Z]{4})[A-Z]{2,}(?: [A-Z]{2,}){0,4}$")
# A heading line is at most this many characters (the longest in manpages-zh:
# "消息文件的定位和格式 LOCATION AND FORMAT OF MESSAGE FILES", 47).
MAX_COLUMNS = 60
# A heading is indented at most this many columns more than the text's least
# indented line (normalization leaves one space of groff's indentation).
MARGIN = 0
# A document needs this many heading lines.
MIN_HEADINGS = 3
# Clause man_heading_run_length (review, session 25): a heading's CJK words are short
# (the longest run of CJK characters in a man page heading: 13 in manpages-zh, 16 in
# manpages-ja, "破損したファイルからのデータ復元"); Japanese prose has no spaces, so its
# wrapped line is one long "word" ("SONAME に必要なシンボリックリンクを作成するために特定の
# 環境下", maint-guide ja, 30) that the word pattern takes.
MAX_RUN = 20
_RUN = re.compile(rf"[{_CJK}]{{{MAX_RUN + 1},}}")


def _is_heading(line: str) -> bool:
    if len(line) > MAX_COLUMNS or _RUN.search(line):
        return False
    if _ENGLISH_FIRST.match(line):
        return _CAPS_WORD.search(line) is not None
    # Clause man_heading_mixed_case_kana_end (review, session 26): not when the CJK word
    # ends in hiragana: that is Japanese prose cut at the space before its next Latin
    # word, a particle or a verb cut in two ("Apple OS X 環境の方は" / "<https://...>" /
    # "を参照してください。", skk.info; "Effective AWK Language Programming を参照してく" /
    # "ださい。", gawk(1) of manpages-ja); no heading of this form in manpages-zh/ja ends so.
    if _MIXED_CASE.match(line) and not _HIRAGANA.match(line[-1]):
        return True
    parts = _COMMA.split(line)
    if len(parts) > 1:
        return all(_CJK_WORD.search(p) and _is_heading(p) for p in parts)
    if not _HEADING.match(line):
        return False
    if not _CJK_WORD.search(line):
        return _CAPS_ALONE.match(line) is not None
    return _two_blocks(line)


def _two_blocks(line: str) -> bool:
    """Clause man_heading_blocks: the two languages stand in two blocks (a leading
    capital word may belong to the CJK title: "DDE 命令 COMMANDS", "PCILIB 选项
    PCILIB OPTIONS"), the English block with a word of 4+ letters ("使用 TCP" is no
    heading); a wrapped line of prose switches more often ("RETURNS NULL ON NULL
    INPUT 或 STRICT 表明如果...", manpages-zh CREATE FUNCTION(7)) or ends on an
    abbreviation ("NONBLOCK 在打开文件和可能的后续 I/O", open(3tcl))."""
    blocks = [m.group() for m in _BLOCK.finditer(line)]
    if len(blocks) > 3 or (len(blocks) == 3 and _CJK_WORD.search(blocks[0])):
        return False
    english = blocks[0] if _CJK_WORD.search(blocks[-1]) else blocks[-1]
    return _CAPS_WORD.search(english) is not None


def _kana_title(line: str, deeper: bool) -> bool:
    """Clause man_heading_long_cjk_word: a long Japanese title (the page read again:
    "パッチを送る人への注意" / "パッチを送ろうとする...", patch(1); "ラインエディット
    セクション", lesskey(1)) holds katakana and ends on no hiragana (a prose line cut
    before its next word ends on a particle, "そして最後に表の末尾を"); taken in the
    pass that finds the headings, not in the count (``deeper``)."""
    return not deeper and _KATAKANA.search(line) is not None and not _HIRAGANA.match(line[-1])


def _headings(text: str, first, last, a, b, indent, pairs, deeper: bool) -> list[int]:
    """The pairs (indices into ``a``) whose line ``a`` is a heading; ``deeper``: a
    CJK word alone only over a line indented deeper."""
    out = []
    for n in pairs:
        line = text[int(first[a[n]]) : int(last[a[n]])]
        # Clause man_heading_cjk_word: a CJK word alone ("名称", "概述", "作者",
        # coreutils' pages in manpages-zh) over a line indented deeper: groff's
        # heading over its text, whose indentation normalization cut to one space
        # (the pipeline's output read again joined "名称" / " cat - 连接文件...");
        # over a line of its own indentation only in a page with ``MIN_HEADINGS``
        # headings of the other kinds ("描述" / "将文件列表中的文件连接到标准输出。").
        if (
            _is_heading(line)
            or (
                _CJK_ALONE.fullmatch(line) is not None
                and (indent[b[n]] > indent[a[n]] or not deeper)
            )
            or (_kana_title(line, deeper) and _CJK_LONG.fullmatch(line) is not None)
        ):
            out.append(n)
    return out


def man_headings(text: str, first, last, a, b, blank, indent, join) -> np.ndarray:
    """For each pair of lines ``a`` / ``b`` the unwrap rules would join (``join``),
    whether ``a`` is a man page's section heading (see the module docstring), set
    off by a blank line above, so that its break stays; ``blank``: each line's
    blankness, ``indent``: each line's indentation in columns."""
    out = np.zeros(len(a), dtype=bool)
    if not join.any() or not _CJK_WORD.search(text):
        return out
    above = np.where(a > 0, blank[np.maximum(a - 1, 0)], True)
    # Clause man_heading_margin: where the text keeps indentation, a heading sits at
    # the left margin (``.SH``; a ``.SS`` heading at 3 columns is not taken) and no
    # deeper than its next line; a paragraph's first line indented as its text is
    # prose ("如果声明了 GRANT OPTION" / "FOR，那么只是撤销...", manpages-zh REVOKE(7)).
    margin = int(indent[~blank].min()) + MARGIN
    above &= (indent[a] <= margin) & (indent[a] <= indent[b])
    pairs = np.flatnonzero(above & join).tolist()
    hits = _headings(text, first, last, a, b, indent, pairs, False)
    if not hits:
        return out
    # The document's heading count: every such pair, not only the joined ones.
    others = np.flatnonzero(above & ~join).tolist()
    count = len(_headings(text, first, last, a, b, indent, pairs + others, True))
    if count >= MIN_HEADINGS:
        out[hits] = True
    return out
