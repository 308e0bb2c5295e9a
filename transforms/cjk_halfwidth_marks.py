"""Clause ``cjk_halfwidth_marks`` (session 32): half-width , ; : ? ! ( ) in Chinese prose
become their full-width forms (，；：？！（）).

Many Chinese e-texts were typed or converted with ASCII punctuation: the wuxia mirror's
books (金庸's 天龙八部, 黄易's 大唐双龙传) hold no "，" at all, only "," after ideographs
("寇仲笑道:"好!"), and the model learned two punctuation styles for one language.

What changes (one character for one, plus the ASCII spaces a mark leaves before the
next ideograph: "然后, 我们" -> "然后，我们"):

* a run of , ; : ? ! right after an ideograph, or after a closing quote right after one
  (clause ``mark_after_closing_quote``: "'金针渡劫',我" -> "'金针渡劫'，我", "《易经》,连"),
  when what follows is an ideograph, a
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

import bisect
import itertools
import re

import numpy as np

from transforms.cjk_lost_char import asked, question_mark_text, question_run
from transforms.code_blocks import code_spans

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_TABLE = str.maketrans(_FULL)
# What may follow a converted mark: an ideograph, a digit ("今年,3个人"), a quote or
# bracket (ASCII '"' and "'" too, not ")": ":)" is a smile), a full-width mark, or
# the line's end.
_NEXT = f"[{_HAN}0-9“‘「『《〈\"'”’」』》〉），。、；：？！…⋯—]"
# Clause mark_after_closing_quote (session 34): the mark may follow a closing quote or
# bracket that follows an ideograph ("单这招'金针渡劫',我怎能", "身上这"生死符",除了",
# "研读《易经》,连吃饭": 天龙八部's ASCII inner and outer quotes, 896 "," and 88 "?"/"!"
# kept half-width there); a quote before a "," or "?" closes (an opening one is never
# followed by one).
_CLOSE = "'\"”’」』》〉）】"
_AFTER = f"(?:(?<=[{_HAN}].)|(?<=[{_HAN}][{_CLOSE}].))"
_MARKS = re.compile(f"([,;:?!]{_AFTER}[,;:?!]*)(?: +(?={_NEXT}|\\n|$)|(?={_NEXT}|\\.\\.|\\n|$))")
_PARENS = re.compile(r"\(([^()=\n]{1,40})\)")
_IDEOGRAPH = re.compile(f"[{_HAN}]")
# Clause cjk_halfwidth_marks_cost (review): one literal scan per mark (the regex engine
# skips to a literal at memchr speed; a character class, or an ideograph class first,
# is 3-10 times slower on Chinese text), the mark kept where an ideograph precedes it.
_AFTER_HAN = [re.compile(f"{re.escape(c)}{_AFTER}") for c in ",;:?!"]
_OPEN_PAREN = re.compile(f"\\((?:(?<=[{_HAN}].)|(?=[{_HAN}]))")
_LETTER = re.compile("[A-Za-z]")
_MANY = 64  # above this many candidates one substitution over the text is cheaper
# The script shares, counted on UTF-8 bytes (``bytes.translate``/``count``: C loops):
# U+4000-U+9FFF open with 0xE4-0xE9, kana U+3040-U+30FF with E3 81..E3 83, and ASCII
# letters never occur inside a multi-byte character.
_NOT_HAN = bytes(b for b in range(256) if not 0xE4 <= b <= 0xE9)
_NOT_LATIN = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_SAMPLE = 1 << 16  # the script shares are read on two such slices of a long text


def fullwidth_marks(text: str, spans_of=code_spans) -> str:
    """Clause ``cjk_halfwidth_marks``: see the module docstring. ``spans_of`` gives
    ``code_spans`` of a whole text (``normalize`` passes its ``SpansOnce``)."""
    if text.isascii() or not may_hold_han(text):
        return text
    found = [m.start() for p in _AFTER_HAN for m in p.finditer(text)]
    parens = _OPEN_PAREN.search(text)
    if not found and not parens:
        return text
    middle = len(text) // 2
    # Clause surrogates_as_code_points (review, session 44): a lone surrogate is 3 bytes
    # (ED ..), no script's; it raised UnicodeEncodeError from normalize_text.
    sample = (text[:_SAMPLE] + text[middle : middle + _SAMPLE]).encode("utf-8", "surrogatepass")
    han = len(sample.translate(None, _NOT_HAN))
    kana = sum(sample.count(lead) for lead in (b"\xe3\x81", b"\xe3\x82", b"\xe3\x83"))
    if kana * 10 >= han:  # Japanese (or no Chinese at all)
        return text
    if len(sample.translate(None, _NOT_LATIN)) * 10 >= han * 3:  # mixed-script writing
        return text
    # Clause cjk_halfwidth_marks_code (review): nothing inside a fenced or indented
    # code block changes ('print("你好,世界!")' is a program's output).
    code = _code(text, found, spans_of) + _inline_code(text)
    # Clause lost_char_question: where the text writes its questions "？", a "?" run
    # between two ideographs stands for a character lost in a conversion ("温蒂?斯林"
    # for "温蒂·斯林", "柔無乃?乎"), not for a question: it stays.
    questions = sum(1 for i in found if text[i] == "?")
    lost = bool(questions) and text.count("？") > questions
    # Clause question_mark_text (session 35, transforms.cjk_lost_char): where most of
    # those "?" are asked questions, each is one (names and stamps aside).
    asking = lost and question_mark_text(text)
    if found:
        text = _substitute(_MARKS, text, sorted(found), code, lambda m: _full_run(m, lost, asking))
    if parens:
        starts = [m.start() for m in _OPEN_PAREN.finditer(text)]
        code = _code(text, starts, spans_of) + _inline_code(text) if code else []
        text = _substitute(_PARENS, text, starts, code, _full_pair)
    return text


# Clause han_units_prefilter (session 36): every change needs an ideograph (a mark after
# one, a "(" next to one); a text whose UTF-16 code units all lie below U+3400 (the least
# of _HAN; a character past the BMP is two units at U+D800 and above) holds none and is
# returned without the five mark scans (~1 ms an English book with curly quotes).
_HAN_LOW = 0x3400
_STRETCH = 1 << 16


def may_hold_han(text: str) -> bool:
    """False when ``text`` holds no character of ``_HAN`` (read from its code units)."""
    for at in range(0, len(text), _STRETCH):
        units = text[at : at + _STRETCH].encode("utf-16-le", "surrogatepass")
        if (np.frombuffer(units, np.uint16) >= _HAN_LOW).any():
            return True
    return False


def _code(text: str, found: list, spans_of=code_spans) -> list:
    """The code spans the candidates may stand in: all of ``code_spans`` where a fence
    opens a block; else the blocks (between blank lines) of the candidates on indented
    lines with a Latin letter (code holds Latin letters; 4-space-indented Chinese prose
    does not). ``code_spans`` over a whole book costs ~7 ms, these a few finds."""
    if ("`" in text and "```" in text) or ("~" in text and "~~~" in text):
        return spans_of(text)
    spans = []
    for i in found[:_MANY] if len(found) > _MANY else found:
        start = text.rfind("\n", 0, i) + 1
        if text.startswith(("    ", "\t"), start) and _LETTER.search(text, start, i):
            a = (
                text.rfind("\n\n", max(0, i - 4000), i) + 1
                or text.rfind("\n", 0, max(0, i - 4000)) + 1
            )
            b = text.find("\n\n", i, i + 4000)
            b = b if b >= 0 else (text.find("\n", i + 4000) + 1 or len(text))
            spans += [(a + c, a + d) for c, d in code_spans(text[a:b])]
    if len(found) > _MANY and ("\n    " in text or "\n\t" in text):
        return spans_of(text)
    return sorted(set(spans))


# Clause cjk_halfwidth_marks_inline_code (session 33): code outside a block stays too: a
# `...` span on one line (Markdown inline code: "`importance ∈ {核心, 重要, core}`"), and a
# string literal passed to a call ('print("你好,世界!")' on a line of its own in a
# tutorial). Both need an ASCII character that Chinese prose does not use there: a
# backtick, or a quote right after "name(".
_INLINE = re.compile(r"`[^`\n]+`")
_CALL_STRING = re.compile(r"\((?<=[A-Za-z0-9_]\()[rbfuRBFU]{0,2}(?:\"[^\"\n]*\"|'[^'\n]*')")


def _inline_code(text: str) -> list:
    """The spans of clause ``cjk_halfwidth_marks_inline_code``: a literal find for the
    backtick, and one scan led by the literal "(" for the calls."""
    spans = [m.span() for m in _CALL_STRING.finditer(text)]
    if "`" in text:
        spans += [m.span() for m in _INLINE.finditer(text)]
    return spans


def _substitute(pattern: re.Pattern, text: str, starts: list, code: list, repl) -> str:
    """``pattern.sub(repl, text)`` where every match starts at one of ``starts`` (sorted),
    outside the ``code`` spans: a match tried at each start, not a scan of the text."""
    if len(starts) > _MANY and not code:
        return pattern.sub(repl, text)
    parts, pos = [], 0
    code = sorted(code)
    ends = list(itertools.accumulate((b for _, b in code), max))  # furthest end so far
    for start in starts:
        if start < pos:
            continue
        k = bisect.bisect_right(code, (start, float("inf"))) - 1  # last span opening <= start
        if k >= 0 and ends[k] > start:
            continue
        m = pattern.match(text, start)
        if m:
            parts += [text[pos:start], repl(m)]
            pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


# Clause closing_quote_literal (review 34): after an ASCII closing quote the mark stays
# where the quoted string is a literal in a list, dict or call outside a code block
# ('["中文", "英文"]', '{"名字": "张三"}', 'print("你好", "世界")'): the string, or the
# chain of quoted strings, numbers and names joined by "," / ":" it ends, opens after
# "[", "{", "(", "=" or a Latin word. Prose opens its quotes, and its lists of quoted
# names ('"乌云蔽月"，"笑指南天","驼鸟划沙",' 古龙), after an ideograph or a mark.
_LITERAL_OPENER = re.compile(
    r"(?:[\[{(=]|\w)[ \t]*(?:(?:\"[^\"\n]*\"|'[^'\n]*'|[\w.\-]+)[ \t]*[,:][ \t]*)*\Z",
    re.ASCII,
)


def _quoted_literal(text: str, mark: int) -> bool:
    """Clause ``closing_quote_literal``: the mark at ``mark`` follows an ASCII closing
    quote whose string opens like a literal in code."""
    quote = text[mark - 1] if mark else ""
    if quote not in ("'", '"'):
        return False
    line = text.rfind("\n", 0, mark - 1) + 1
    opener = text.rfind(quote, line, mark - 1)
    window = max(line, opener - 200)
    return opener > line and _LITERAL_OPENER.search(text, window, opener) is not None


def _full_run(match: re.Match, lost: bool, asking: bool = False) -> str:
    run = match.group(1)
    start = match.start()
    # Clause full_run_fast (session 42): a mark that follows no ASCII quote is no
    # literal's, and a one-mark run is one dict read (115,697 runs in 天龙八部).
    if start and match.string[start - 1] in "'\"" and _quoted_literal(match.string, start):
        return match.group(0)  # clause closing_quote_literal
    if not lost:
        return _FULL.get(run) or run.translate(_TABLE)
    if (
        not run.strip("?")
        and _IDEOGRAPH.match(match.string, match.end())
        # Clause lost_char_particle (session 33): after a question particle the "?" is
        # a question ("这意味着什么呢?这意味着…"), as in the sentence stage's
        # lost_char_within; so after a question word or before a pronoun (clause
        # lost_char_asked, review 33).
        and not asked(match.string, match.start(), match.start() + len(run))
        # clause question_mark_text: there each is a question, names and stamps aside
        and not (asking and question_run(match.string, match.start(), match.start() + len(run)))
    ):
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
