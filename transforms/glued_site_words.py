"""Rule ``site_ad``: a download site's stamp glued to the book's own text (session 47,
branch wtC; ``transforms.promo_lines`` calls ``glued_site_words`` behind its CJK gate).
Survey of the five Chinese mirrors in docs/quality/session-47-wtC.md.

* ``site_address_head``: at a line's start, an address whose host's name is only a
  download site's words with "txt" among them (``site_word_lines._VOCAB``: "xiaoshuotxt"),
  with the site's words before it or none ("小说天堂 ", "TXT小说天堂 "), glued to the book's
  text: 走到人生边上's "小说天堂 www.xiaoshuotxt.net，但人之大欲。" and
  "www.xiaoshuotxt.net了大功，…" (the site wrote its stamp over the first words of a page).
  The stamp and the spaces after it go; the sentence stays. Guard ``site_host_words``: a
  host named otherwise ("www.china.com", "mfg.com一样") or a scheme-less host without
  "www." keeps the address; guard ``site_address_at_head``: only at a line's start (an
  address cited inside a sentence stays).
* ``title_download_tag``: a line that opens with a book's title in 《》 followed by "TXT下载"
  (any case, "全集"/"全本" between), a bracket of a few edition words after it or none,
  then nothing or the author ("作者：…"): the site's name for its file, 林达's
  "《历史深处的忧虑》TXT下载（全本）作者：林达". The tag goes; the title and author stay.
  Guard ``title_tag_line``: a title inside a sentence, or other words after the tag
  ("《三体》txt下载了吗？") keeps the line.
* ``homoglyph_tail``: a line's last word (at most ``TAIL_CHARS`` characters, glued to a Han
  character or a sentence's end) that mixes Cyrillic letters with Latin letters, Han
  characters or brackets: a site's signature written in look-alike letters ("Щщш" for
  "www"), 诡秘之主's "…审视怪物的安德森。[随_梦]е" and "…昏暗多了几分Щщшlā". The word goes.
  Guard ``homoglyph_mixed``: a word of Cyrillic letters alone (a Russian word or name, "Распутин"),
  a word inside the line, or a word opening with a Han character keeps the text.
"""

from __future__ import annotations

import re

from transforms.site_word_lines import _VOCAB
from transforms.textedit import Edit

RULE = "site_ad"
TAIL_CHARS = 12
_SPACES = " \t\u3000"
# clause site_address_head: site words (marks and spaces between) or none, the address
_ADDRESS_HEAD = re.compile(
    "^[ \t\u3000]*((?:[\\w\u3000 ]{0,12}?[ \t\u3000]*)(?:https?://)?www\\.([a-z]{3,24})"
    "\\.(?:com|net|org|cn)(?![a-z0-9.])[ \t\u3000]*)",
    re.I | re.M,
)
_TITLE_TAG = re.compile(
    "^[ \t\u3000]*《[^《》\n]{1,40}》([ \t\u3000]*txt[ \t\u3000]*(?:全集|全本)?下载"
    "(?:[ \t\u3000]*[（(【\\[][全本集完结整版精校无删减]{1,6}[）)】\\]])?[ \t\u3000]*)"
    "(?=作者|\n|\\Z)",
    re.I | re.M,
)
_CYR = re.compile("[\u0400-\u04ff]")
_OTHER = re.compile("[a-zA-Z\u00c0-\u024f\u4e00-\u9fff\\[\\]【】［］_]")
_TAIL = re.compile(
    "(?<=[\u4e00-\u9fff。！？!?…”」』])([^\\s\u4e00-\u9fff。！？!?…”」』]"
    "[^\\s。！？!?…”」』]{0,%d})[ \t\u3000]*\\Z" % (TAIL_CHARS - 1)
)


def _site_host(prefix: str, host: str) -> bool:
    """Guard ``site_host_words``: the host is only site words, "txt" among them; what
    stands before the address is only site words or nothing."""
    words = re.sub(r"[\W_]+", "", prefix)
    return (
        "txt" in host.lower()
        and _VOCAB.fullmatch(host) is not None
        and (not words or _VOCAB.fullmatch(words) is not None)
    )


def glued_site_words(text: str) -> list[Edit]:
    """Clauses ``site_address_head``, ``title_download_tag``, ``homoglyph_tail``."""
    cuts: list[Edit] = []
    if "www." in text or "WWW." in text:
        for m in _ADDRESS_HEAD.finditer(text):
            head = m.group(1)
            prefix = head[: head.lower().index("www.")].lower().replace("http://", "")
            if _site_host(prefix.replace("https://", ""), m.group(2)):
                cuts.append(Edit(m.start(1), m.end(1), "", RULE))
    if "》" in text:
        cuts += [Edit(m.start(1), m.end(1), "", RULE) for m in _TITLE_TAG.finditer(text)]
    seen = -1
    for c in _CYR.finditer(text):  # clause homoglyph_tail: the lines ending near a Cyrillic letter
        b = text.find("\n", c.start())
        b = len(text) if b < 0 else b
        if b == seen or b - c.start() > TAIL_CHARS + 4:
            continue
        seen = b
        a = max(text.rfind("\n", 0, c.start()) + 1, c.start() - TAIL_CHARS - 1)
        m = _TAIL.search(text, a, b)
        if m is not None and m.end() == b:
            word = m.group(1)
            if _CYR.search(word) and _OTHER.search(word):  # guard homoglyph_mixed
                cuts.append(Edit(m.start(1), m.end(), "", RULE))
    return cuts
