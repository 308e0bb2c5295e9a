"""Rule ``site_ad`` (``transforms.promo_lines.promotion_lines`` calls it behind its CJK
gate): a download site's address stub glued after a sentence's end, its "www" spelled
in mixed case or width (session 56, branch wtC; 曾国藩全集, hankinghu/literature-books,
and 元气少年, zzk6780051/novel).

* ``mixed_www_stub``: right after a sentence's end ("。！？!?…" or a closing quotation
  mark), with no space, "www" whose three letters are not one character ("ＷWw", "ＷｗＷ":
  case and width switched inside the word, as a site's stamp writes it to slip past
  filters; no typist writes it so), a dot ("." or "．"), then at most ``TAIL_CHARS``
  letters, digits (any width), enclosed digits ("⒉", "①", "⑴") and dots, glued to what
  follows: 曾国藩全集's "…献攻武昌之计。ＷWw.ＤＵ.ＬＡ”" and "…城破就在这几天。ＷWw.ＤＵ.ＬＡ他望着夜空"
  (7 times), 元气少年's "…容易引起手下心思浮动。ＷｗＷ．⒉" (a stub: no name, no top-level
  name). The stub goes; the sentences on both sides stay.

Guards: ``www_one_spelling`` (the three letters one character, "www", "ＷＷＷ", "ｗｗｗ":
an author's own address, "网址：ｗｗｗ．ｓｉｎａ．ｃｏｍ", stays; older clauses read those);
``www_ascii_case_left`` (an ASCII-only case
variant, "WWw.dU.LA", is left to ``promo_lines``' older ``case_variant`` clause and its copy
count); ``www_sentence_case`` (review, session 56: the three letters in one width, written
as a sentence's first word "Ｗｗｗ" or with caps lock on "ｗＷＷ", are a typist's: a story's
sentence may begin with its address, "…电脑。Ｗｗｗ．ｂａｉｄｕ．ｃｏｍ是她每天都要去的网站。");
``stub_after_sentence`` (only after a sentence's end: an address inside a sentence,
"在我们的网站www．richdadbook3．com上", is the author's); ``stub_not_punctuated`` (what
follows the stub is a line's end, a Han character or a closing quotation mark: an address
the sentence punctuates, "…。Www.Sina.com，…", is cited, and stays).

Cost: one str scan per "w" form and a regex match where one follows a sentence's end
(review, session 56: the regex over every character cost 3-5 % of clean_text on Chinese books).
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
TAIL_CHARS = 16
_ENDS = "。！？!?…”」』"
_TAIL = "A-Za-z0-9\uff21-\uff3a\uff41-\uff5a\uff10-\uff19\u2460-\u249b.．"
_STUB = re.compile(
    f"(?<=[{_ENDS}])([wWｗＷ]{{3}})[.．][{_TAIL}]{{0,{TAIL_CHARS}}}"
    f"(?![{_TAIL}])(?=[ \t\u3000]*(?:\n|\\Z)|[\u4e00-\u9fff“「『”」』])"
)


def www_stubs(text: str) -> list[Edit]:
    """Clause ``mixed_www_stub`` and its guards (module doc)."""
    cuts = []
    for m in _candidates(text):
        w = m.group(1)
        # guards www_one_spelling and www_ascii_case_left (an all-ASCII "WWw" is the
        # older case_variant clause's, with its copy count)
        if len(set(w)) > 1 and not w.isascii() and not _typed(w):
            cuts.append(Edit(m.start(), m.end(), "", RULE))
    return cuts


def _typed(w: str) -> bool:
    """Guard ``www_sentence_case``: one width, cased as a sentence's first word ("Ｗｗｗ")
    or with caps lock on ("ｗＷＷ")."""
    one_width = len({c.isascii() for c in w}) == 1
    rest = w[1:]
    return one_width and (
        (w[0].isupper() and rest.islower()) or (w[0].islower() and rest.isupper())
    )


def _candidates(text: str) -> list[re.Match]:
    """The stub's matches, tried only where a "w" form follows a sentence's end: a str scan
    per form instead of the regex at every character (review, session 56: the same
    matches; a tail holds no sentence end, so two never overlap)."""
    found = []
    for c in "wWｗＷ":
        i = text.find(c, 1)
        while i != -1:
            if text[i - 1] in _ENDS and (m := _STUB.match(text, i)):
                found.append(m)
            i = text.find(c, i + 1)
    return sorted(found, key=lambda m: m.start())
