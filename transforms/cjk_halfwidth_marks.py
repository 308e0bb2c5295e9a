"""Clause ``cjk_halfwidth_marks`` (session 32): half-width , ; : ? ! ( ) in Chinese prose
become their full-width forms (，；：？！（）).

Many Chinese e-texts were typed or converted with ASCII punctuation: the wuxia mirror's
books (金庸's 天龙八部, 黄易's 大唐双龙传) hold no "，" at all, only "," after ideographs
("寇仲笑道:"好!"), and the model learned two punctuation styles for one language.

What changes (one character for one, plus the ASCII spaces a mark leaves before the
next ideograph: "然后, 我们" -> "然后，我们"):

* a run of , ; : ? ! right after an ideograph, when what follows is an ideograph, a
  digit, a quote or bracket ("“", "”", "「", "《", ASCII '"' and "'"), a line end,
  another full-width mark, an ASCII "..." ("什么?......"), or spaces and then one of
  those but "...";
* a "(" .. ")" pair on one line (at most 40 characters inside) whose inside holds an
  ideograph and no "=", "(" or ")" and that touches an ideograph on its left or starts
  with one ("黄易(1952-2017)" is left: nothing inside is Chinese).

Guards (kept half-width): numbers and times ("1,000", "3:15": no ideograph before
the mark); Latin words, code and URLs ("Python, Java", "http://", "f(x)": the mark
follows a Latin letter); a mark before a Latin word ("乶, Die Gesetze": a Latin
list); emoticons (":)" ":(" ":-)": the next character is not in the list above;
"(^_^)" holds no ideograph); ASCII-only text (one ``isascii`` check). Not applied to:

* Japanese texts (hiragana/katakana at least a tenth of the ideographs): Aozora's
  files are full-width throughout, and the few half-width marks there are set on
  purpose ("なに!?［＃「!?」は横一列］": the annotation quotes them) or stand for
  lost characters ("おぢイさんを??さう", two "――" lost to "?");
* a "?" run between two ideographs in a text that writes its questions "？" (clause
  ``lost_char_question``): it stands for a character lost in a conversion
  ("温蒂?斯林", "安?乌皮特", 說苑's "柔無乃?乎");
* mixed-script technical writing (Latin letters at least 30% of the ideographs):
  half-width marks are there the text's consistent style around identifiers.

Cost: ASCII text returns on ``str.isascii``; other text pays one regex search for a
mark next to an ideograph (the prefilter, ~600 MB/s on Gutenberg's non-ASCII books);
texts with a hit read their script shares on two 64K-character slices and pay the
substitution.
"""

from __future__ import annotations

import re

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_TABLE = str.maketrans(_FULL)
# What may follow a converted mark: an ideograph, a digit ("今年,3个人"), a quote or
# bracket (ASCII '"' and "'" too, not ")": ":)" is a smile), a full-width mark, or
# the line's end.
_NEXT = f"[{_HAN}0-9“‘「『《〈\"'”’」』》〉），。、；：？！…⋯—]"
# Both patterns open on the mark (a character set the regex engine scans fast), then
# look back: English text pays one test per comma.
_PREFILTER = re.compile(f"[,;:?!(](?:(?<=[{_HAN}].)|(?=[{_HAN}]))")
_MARKS = re.compile(
    f"([,;:?!](?<=[{_HAN}].)[,;:?!]*)(?: +(?={_NEXT}|\\n|$)|(?={_NEXT}|\\.\\.|\\n|$))"
)
_PARENS = re.compile(r"\(([^()=\n]{1,40})\)")
_IDEOGRAPH = re.compile(f"[{_HAN}]")
# Counted run by run (a list of runs, not of characters: the cost of the shares).
_IDEOGRAPHS = re.compile(f"[{_HAN}]+")
_KANA = re.compile("[\u3040-\u30ff]+")
_LATIN = re.compile("[A-Za-z]+")
_HALF_QUESTION = re.compile(f"\\?(?<=[{_HAN}].)")
_SAMPLE = 1 << 16  # the script shares are read on two such slices of a long text


def fullwidth_marks(text: str) -> str:
    """Clause ``cjk_halfwidth_marks``: see the module docstring."""
    if text.isascii() or not _PREFILTER.search(text):
        return text
    middle = len(text) // 2
    sample = text[:_SAMPLE] + text[middle : middle + _SAMPLE]
    han = _count(_IDEOGRAPHS, sample)
    if _KANA.search(sample) and _count(_KANA, sample) * 10 >= han:  # Japanese
        return text
    if _count(_LATIN, sample) * 10 >= han * 3:  # mixed-script technical writing
        return text
    # Clause lost_char_question: where the text writes its questions "？", a "?" run
    # between two ideographs stands for a character lost in a conversion ("温蒂?斯林"
    # for "温蒂·斯林", "柔無乃?乎"), not for a question: it stays.
    lost = text.count("？") > len(_HALF_QUESTION.findall(text))
    text = _MARKS.sub(lambda m: _full_run(m, lost), text)
    if "(" in text:
        text = _PARENS.sub(_full_pair, text)
    return text


def _count(runs: re.Pattern, text: str) -> int:
    return sum(map(len, runs.findall(text)))


def _full_run(match: re.Match, lost: bool) -> str:
    run = match.group(1)
    if lost and not run.strip("?") and _IDEOGRAPH.match(match.string, match.end()):
        return match.group(0)
    return run.translate(_TABLE)


def _full_pair(match: re.Match) -> str:
    inside = match.group(1)
    if not _IDEOGRAPH.search(inside):
        return match.group(0)
    text, start = match.string, match.start()
    left = text[start - 1] if start else ""
    if not (_IDEOGRAPH.match(inside) or (left and _IDEOGRAPH.match(left))):
        return match.group(0)
    return f"（{inside}）"
