"""Project Gutenberg's emphasis marks, "_italic_", "=bold=", "*bold*" (clauses
``emphasis_underscores``, ``emphasis_equals``, ``emphasis_asterisks``, ``emphasis_quoted_mark``:
``transforms.gutenberg_markup`` describes them and runs ``_emphasis``; split from it in
session 35, unchanged)."""

from __future__ import annotations

import re

from transforms.textedit import Edit

_EMPH_IN = r"[A-Za-z0-9À-ÿ\u0370-\u03ff\u0400-\u04ff'\"“‘(]"
_EMPH_OUT = r"[A-Za-z0-9À-ÿ\u0370-\u03ff\u0400-\u04ff.,;:!?'\"”’)]"
# Clause literal_led_lookbehind (session 48, cost only, same matches): the look-behind goes
# after the mark it guards ("_(?<![...]_)" for "(?<![...])_"; _ASTERISKS' "*" and _EQUALS'
# "=" the same), so the engine skips to that literal; led by the look-behind each pattern
# was tried at every character (~21 ms per million characters each; _UNDERSCORES and
# _EQUALS also gate gutenberg_note_marks._anchors on any text with a "[").
_UNDERSCORES = re.compile(
    rf"_(?<![\w/.:@\\_]_)(?={_EMPH_IN})([^_\n/\\=`]*(?:\n[ \t]*[^_\s/\\=`][^_\n/\\=`]*){{0,5}})"
    rf"(?<={_EMPH_OUT})_(?![\w_])"
)
# clause emphasis_asterisks (session 32): "*THE CENCI--1598*", "*NELL AND HER\nGRANDFATHER*"
# lose their stars, like _UNDERSCORES: the opening star after a space, a line's start or
# opening punctuation and before a letter, the closing one after a letter or closing
# punctuation and before a space, the end or closing punctuation; one newline at most, no
# star inside.  Poe's cipher "‡*8†83(88)5*†" (a sign before and after) stays.
# "* * *" (a space after the star), a note's "word*" (a word character before the
# opening star) and "a*b*c" (same) stay.
_ASTERISKS = re.compile(
    rf"\*(?<![^\s(\[\"'“‘—]\*)(?={_EMPH_IN})([^*\n/\\=`_]{{1,200}}(?:\n[ \t]*[^*\s/\\=`_][^*\n/\\=`_]{{0,200}})?)"
    rf"(?<={_EMPH_OUT})\*(?![^\s.,;:!?)\]\"'”’—-])"
)
_STAR_GATE = re.compile(r"\*[A-Za-z0-9À-ÿ'\"“‘(]")
# clauses emphasis_equals_nested, emphasis_equals_wrapped, emphasis_equals_space_close
# (session 34, wtD2): publishers' lists bold with "=" around italics, "=_12 Cents per
# Copy._=" (Ogilvie's list), over a line break, "by =Wilhelm\nWalloth=, from the German"
# (Gottsberger's list), and with a space before a closing "=" at a line's end, "=A Fair
# Saxon. =" (Chatto & Windus): the marks go, the words stay. "a = b", "x=y", "====" stay.
# clause emphasis_equals_snake_case (review): an "_" inside opens or closes italics, never
# joins two word characters: "pytest-ruff>=0.2.1; sys_platform != \"cygwin\"" (Python
# packages' METADATA) is no pair; "=_Childhood_ appears in _Contemporary_.=" (Tolstoy) is.
# Clause equals_underscore_one_way (review of session 42): an "_" with no word character
# on either side ("=Witness _ _ _ _ of the parish", a form's blank) matched both "_"
# alternatives, so a line of 20 such blanks and no closing "=" took 2.3 s in clean_text
# (x2 per blank). The second alternative now needs a word character before: the same
# "_"s, each read one way.
_EQ_BODY = r"(?:[^=\n/\\_`]|(?<!\w)_|(?<=\w)_(?!\w))"
_EQUALS = re.compile(
    rf"=(?<![\w/.:@\\=]=)(?=_?{_EMPH_IN})({_EQ_BODY}*(?:\n[ \t]*[^=\s/\\`]{_EQ_BODY}*){{0,5}})"
    rf"(?:(?<={_EMPH_OUT})|(?<=_))(?:=| =(?=[ \t]*(?:\n|\Z)))(?![\w=])"
)


_QUOTES = "\"'“”‘’"
_CODE_MARKS = re.compile(r"[;{}<>|]")


def _quoted_mark(text: str, m: re.Match) -> bool:
    """Clause ``emphasis_quoted_mark``: either mark of the pair stands quoted alone, or the
    pair is glued to an identifier's ")" or "#"/"*"."""
    a, b = m.start(), m.end() - 1
    for i in (a, b):
        if 0 < i < len(text) - 1 and text[i - 1] in _QUOTES and text[i + 1] in _QUOTES:
            return True
    if a > 0 and text[a - 1] == ")":  # "(enc|dec)_neon: use vcreate_*()"
        return True
    return b + 1 < len(text) and text[b + 1] in "#*"


def _emphasis(text: str, stars: bool = True) -> list[Edit]:
    """Clauses ``emphasis_underscores``, ``emphasis_equals`` and ``emphasis_asterisks`` (the
    caller checks Markdown)."""
    out = []
    for pattern in (_UNDERSCORES, _EQUALS, _ASTERISKS) if stars else (_UNDERSCORES, _EQUALS):
        for m in pattern.finditer(text):
            if _quoted_mark(text, m):
                continue
            if pattern is _EQUALS and "\n" in m.group() and _CODE_MARKS.search(m.group()):
                continue  # clause emphasis_equals_wrapped: code's "=3;mm++) {\n ... !=" stays
            out.append(Edit(m.start(), m.start() + 1, "", "gutenberg_emphasis"))
            close = m.end() - 2 if text[m.end() - 2] == " " else m.end() - 1
            out.append(Edit(close, m.end(), "", "gutenberg_emphasis"))
    return out
