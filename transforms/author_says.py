"""Rule ``author_says`` (default; session 32): 晋江文学城's (jjwxc) author's-note box.
The site prints the box under a chapter with its own label "作者有话要说：" (newer
pages "作者有话说："), and the TXT downloads keep label and note as lines between the
chapter's last paragraph and the next chapter's title:

    她不确定。
    作者有话要说：　　很多读者留评论的时候，会看不到评论，……
    （blank lines）
    第5章 chapter 5

The box is outside the chapter (thanks, corrections, reader replies, account help,
"【梦幻小剧场】" sketches; in 1 of 40 blocks seen, 白色橄榄树's, a scene the author moved
there); the label is the site's, so the block goes by default (``--keep-boilerplate``
keeps it).
Scrapers of jjwxc cut the same span ("作者有话说到章末"). Named clauses:

* ``author_says_block``: a line that opens, after its indentation, with the label and a
  colon; the block runs from it to the line before the next chapter title (a line of at
  most ``TITLE_CHARS`` characters opening with "第N章/回/节/卷", "番外" or, review clause
  ``author_says_unnumbered_end``, "楔子", "尾声", "终章", "后记" ...) or to the end
  of the text; a separator line inside the note ("～～～～") does not end it. The blank
  lines before the title stay.
* ``author_says_guard``: the text holds at least ``MIN_BLOCKS`` labels (a site's
  template repeats in every such book; a single line, as a novel about a writer may
  print once, stays), and a block longer than ``MAX_BLOCK_CHARS`` is not cut (its end
  is not where a note's is: story after the label, no title for pages). A character's
  speech ("“作者有话要说：……”") or a sentence that names the label inside it does not
  open with it and stays.
* ``author_says_title_end`` (review, session 32): a block must end at a chapter title
  "第N章"/"番外"; when one runs into the next label with no such title between (a
  text whose titles are "0001# 标题" or "1", as jjwxc crawlers write them), no block of
  the text is cut (it would take the next chapter with it).
* ``author_says_after_title`` (review, session 32): 晋江 lets an author put the box
  before the chapter's text (crawlers print title, label, note, then the chapter); a
  label with under ``AFTER_TITLE_CHARS`` characters of text since the chapter title
  before it is such a note and stays: cut to the next title it would take the chapter.

Measured (session 32): 40 blocks in 2 of 38 web novels (zzk6780051/novel 你好，周先生
28, 白色橄榄树 12), 31 to 607 characters each, every one ending at the next "第N章"
or the text's end; 0 labels in the wuxia, hankinghu, chtxt and Aozora corpora.
"""

from __future__ import annotations

import bisect
import re

from transforms import literal_scan
from transforms.textedit import Edit

RULE = "author_says"
MIN_BLOCKS = 2
MAX_BLOCK_CHARS = 3000
TITLE_CHARS = 40
AFTER_TITLE_CHARS = 20

_LABEL = re.compile(r"^[ \t\u3000]*作者有[话話]要?[说說][ \t\u3000]*[：:]", re.M)
_NUM = r"[0-9０-９零〇一二两三四五六七八九十百千万]{1,9}"
# review clause author_says_unnumbered_end: the unnumbered chapters of a web novel end a
# block too (a note after the last chapter ran on over "尾声" and its text to the next
# label's "番外一"); a note line opening so ends it early: text kept, never lost
_UNNUMBERED = r"楔子|序章|序幕|引子|尾声|尾聲|终章|終章|后记|後記|完结感言|完本感言"
# the line after the block: a chapter's title (a separator is no end: 你好，周先生's note
# "周思慕：听说各位姨妈嫌我长得太快了？" goes on after a "～～～～" line)
_END = re.compile(
    r"^[ \t\u3000]*(?:第"
    + _NUM
    + r"[章回节卷節]|番外|"
    + _UNNUMBERED
    + r")[^\n]{0,"
    + str(TITLE_CHARS)
    + r"}$",
    re.M,
)


def author_says_edits(text: str) -> list[Edit]:
    """The note blocks to cut (clauses ``author_says_block``, ``author_says_guard``,
    ``author_says_title_end`` and ``author_says_after_title``)."""
    if not literal_scan.holds(text, "作者有"):
        return []
    labels = list(_LABEL.finditer(text))
    if len(labels) < MIN_BLOCKS:
        return []
    titles = list(_END.finditer(text))
    starts = [t.start() for t in titles]
    spans = []
    for i, m in enumerate(labels):
        stop = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        k = bisect.bisect_left(starts, m.end())
        end = starts[k] if k < len(starts) and starts[k] < stop else None
        if end is None and i + 1 < len(labels):
            return []  # author_says_title_end: titles of another shape, blocks unbounded
        if k and len("".join(text[titles[k - 1].end() : m.start()].split())) < AFTER_TITLE_CHARS:
            continue  # author_says_after_title: a note put before the chapter's text
        spans.append((m.start(), stop if end is None else end))
    cuts = []
    for start, end in spans:
        end_at = start + len(text[start:end].rstrip())
        if end_at - start > MAX_BLOCK_CHARS:
            continue  # author_says_guard: too long for a note box
        end_at += text.startswith("\n", end_at)  # its line break; the blank lines stay
        cuts.append(Edit(start, end_at, "", RULE))
    return cuts
