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
Clause ``hangul_after_sentence``: a title follows a line that ends a sentence,
or heads the book (no long line above): a bill hard-wrapped with blank lines
between its lines has pieces of sentences standing alone after a cut sentence.
Clause ``hangul_number_opening``: the Korean text under a title may open with
a number ("9시가 치는 것을 보고").

Cost: one regex test per short line that opens with a Hangul syllable.
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


# Clause hangul_after_sentence: a Korean title line follows a line that ends a
# sentence ("다.", "?", a closing quote), or stands in the book's head (no long line
# above it: "두 친구" under the title and "염 상 섭"). All 20 later chapter titles of
# 삼대 follow a sentence's end; in a text hard-wrapped with a blank line between lines
# (konlpy's kobill bills) the wrapped piece alone between blank lines follows a line
# cut inside its sentence ("학위에 관한 특례) ① 대통령" / "령이 정하는 기준을 충족하는").
# The mark follows a word: "--." closing a table cell of a bill ends no sentence.
_SENTENCE_END = re.compile(f'(?:[{_SYLLABLES}0-9)][.?!…]+["\'”’」』)]*|["”’」』])$')
LONG_LINE = 16


def after_sentence(texts: list[str], i: int) -> bool:
    """Whether line ``i`` of ``texts`` follows a sentence's end or heads the book
    (clause ``hangul_after_sentence``)."""
    j = i - 1
    while j >= 0 and not texts[j]:
        j -= 1
    if j < 0 or _SENTENCE_END.search(texts[j].rstrip()):
        return True
    return all(len(t) <= LONG_LINE for t in texts[:j])


def hangul_title(line: str) -> bool:
    """Whether ``line`` (stripped) has the form of a Korean title line."""
    if not (hangul_start(line[:1]) and HANGUL_TITLE.fullmatch(line)):
        return False
    # Clause hangul_spaced_name: syllables set apart one by one ("염 상 섭", the
    # author's name under the book's title) are a letter-spaced name, not a chapter.
    words = line.split(" ")
    return len(words) < 2 or any(len(w) > 1 for w in words)
