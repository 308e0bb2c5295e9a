"""Clause ``hangul_title_lines`` (``cjk_titles.cjk_title_lines``): the chapter
titles of a Korean book set on lines of their own, with no number.

A Korean novel names its chapters instead of numbering them: 염상섭's 삼대 (1931)
heads its chapters "두 친구", "홍경애", "이튿날", "너만 괴로우냐", "제1 충돌",
"순진? 야심?", each alone between blank lines over paragraphs set a line each.
``cjk_titles`` reads such lines for Chinese and Japanese, but its title runs
are ideographs and kana, so a Hangul line never was one (삼대: 0 of its 21
chapters found). Here a Korean title line is one to five words of Hangul
syllables separated by single spaces; a word may end in a chapter's digits
("제1", "제2") and in one "?" or "!" (a title put as a question, "순진? 야심?").
No other mark: a quotation ('"들어가세."'), a clause ("하며 만져보다가,") or a
sentence with its period is no title. The rest of ``cjk_title_lines`` holds
for these lines as for the others: at most ``MAX_TITLE_CHARS`` characters,
blank lines above and under, Korean text under each, ``MIN_TITLES`` of them,
mostly distinct, and together they divide the whole text
(``titles_divide_text``), so a novel's stray short lines do not qualify.

Clause ``hangul_spaced_name``: a line of single syllables set apart ("염 상 섭",
the author under the book's title) is a letter-spaced name, no title.
Clause ``hangul_titles_stand_out``: only in a text whose Korean paragraph lines
mostly run together (no blank line between them), where a lone line stands out:
a novel set with blank lines between paragraphs has short ones ("위선?"), a
bill hard-wrapped with blank lines between lines has pieces of sentences.
Clause ``hangul_titles_stand_out_prose``: nor where lone prose lines outnumber them
(a text set a sentence a line, a blank line between paragraphs).
Clause ``hangul_number_opening``: the Korean text under a title may open with
a number ("9시가 치는 것을 보고").

Cost: one regex test per short line that opens with a Hangul syllable; when one
is a candidate, one pass over the lines (hangul_titles_stand_out).
"""

from __future__ import annotations

import re

_SYLLABLES = "\uac00-\ud7a3"
_WORD = f"[{_SYLLABLES}]+[0-9]{{0,3}}[?!]?"
HANGUL_TITLE = re.compile(f"{_WORD}(?: {_WORD}){{0,4}}")


def hangul_start(ch: str) -> bool:
    """Whether ``ch`` is a Hangul syllable (a Korean text line opens with one)."""
    return "\uac00" <= ch <= "\ud7a3"


# Clause hangul_number_opening: Korean text may open with a number read as a word
# ("9시가 치는 것을 보고", "50이 넘어도": 삼대's chapters 매당 and 세 여성).
_HANGUL_TEXT = re.compile(f"[0-9]{{0,4}}[{_SYLLABLES}]")


def hangul_text(line: str) -> bool:
    """Whether ``line`` opens as Korean text: a Hangul syllable, after a number or not."""
    return _HANGUL_TEXT.match(line.lstrip()) is not None


# Clause hangul_titles_stand_out: a line alone between blank lines stands out as a
# title only in a Korean text whose paragraph lines mostly run together (삼대: blank
# lines only around its titles). Set with a blank line between paragraphs (the 50
# novels of KoCoNovel, Wikisource, laid out so), every short paragraph stands alone:
# "종?", "딱!", "허준이는" (a lead-in to a quotation), "그렇다!" were read as titles in
# 13 of the 50; a bill hard-wrapped with a blank line between its lines (konlpy's
# kobill) had pieces of sentences as titles ("령이 정하는 기준을 충족하는", "지", "출").
# Such a text gets no Korean title lines (its titles are missed).
RUN_TOGETHER_SHARE = 0.5

# Clause hangul_titles_stand_out_prose: where the titles stand out, few paragraphs
# stand alone as they do (삼대: 14 lone lines of prose, a letter's paragraphs, to 21
# titles). A text set a sentence a line with a blank line between paragraphs (the
# layout of sentence-split corpora and web novels) runs its lines together too, but
# sets its one-sentence paragraphs alone, the long ones with the short: KoCoNovel's
# 50 novels laid out so (paragraphs of one to four sentences) gave 3 false titles each in
# two ("아니다!", "그러나 어디로 갈꼬?", "깨끗한 심장이 돼라!" among 157 lone prose
# lines in 청춘; "그는 피곤한 듯이" in 이식과 도승): lone lines longer than a title
# (``cjk_titles.MAX_TITLE_CHARS``) must not outnumber the Korean title lines.
LONE_PROSE_CHARS = 16
_QUOTES = "\"'“‘「『(<《〈-—… "


def hangul_candidates(texts: list[str], blank, cands: list[int]) -> list[int]:
    """``cands`` less the Korean lines that clause ``hangul_titles_stand_out`` rejects."""
    hangul = [i for i in cands if hangul_start(texts[i][0])]
    if not hangul:
        return cands
    n = len(texts)
    korean = [i for i, t in enumerate(texts) if t and hangul_text(t)]
    alone = [i for i in korean if (i == 0 or blank[i - 1]) and (i + 1 >= n or blank[i + 1])]
    # Clause hangul_titles_stand_out_prose: no more lone prose lines (a quotation's
    # too) than title lines.
    prose = sum(
        len(t) > LONE_PROSE_CHARS and hangul_text(t.lstrip(_QUOTES))
        for i, t in enumerate(texts)
        if t and (i == 0 or blank[i - 1]) and (i + 1 >= n or blank[i + 1])
    )
    if len(korean) - len(alone) >= RUN_TOGETHER_SHARE * len(korean) and prose <= len(hangul):
        return cands
    drop = set(hangul)
    return [i for i in cands if i not in drop]


def hangul_title(line: str) -> bool:
    """Whether ``line`` (stripped) has the form of a Korean title line."""
    if not (hangul_start(line[:1]) and HANGUL_TITLE.fullmatch(line)):
        return False
    # Clause hangul_spaced_name: syllables set apart one by one ("염 상 섭", the
    # author's name under the book's title) are a letter-spaced name, not a chapter.
    words = line.split(" ")
    return len(words) < 2 or any(len(w) > 1 for w in words)
