"""Contents entries set over several lines: which numbered line a list's line
continues (read by ``transforms.contents`` for its clauses ``entry_second_line``
and ``entry_rest``).

Clause ``entry_lines`` (session 21): an entry may go on over three or four
lines, not two only. The Japanese Debian FAQ's "4.5. Debian パッケージ
(「.deb」ファイル) を Red Hat/Slackware" / "/... Linux システムで使うことはで
きますか? Red Hat パッケージ" / "(「.rpm」ファイル) を Debian GNU/Linux システ
ムで使うことはできますか?": its third line was added as an entry of its own,
so the body's heading (the three lines' words over two lines) matched no entry.
Every line but the last is full, the lines are at most ``SECTION_LINE_CHARS``
together, and at most ``MAX_ENTRY_LINES`` of them.

Clause ``entry_columns``: a line is full by its columns, not its characters: a
CJK character takes two. "3.1.5. 安定版 (stable) やテスト版 (testing)、不安定版"
is 39 characters and 47 columns of a 75-column layout; by characters it was
too short to go on, and its rest "(unstable) をインストールすべきですか?" was an
entry of its own.

Clause ``cjk_edge_indent``: rule ``cjk_line_edges`` (``transforms.cjk_layout``)
takes the indentation off a CJK line's edges, so a continuation that holds CJK
("(unstable) をインストール…" under " 3.1.5. …") may stand left of its entry: it
goes on all the same when the line above ends in no sentence mark. A Latin
line indented less is a new entry ("Modules" under "4.4.2. …" stays apart only
when not indented less: clause ``entry_second_line``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

SECTION_LINE_CHARS = 300  # a numbered entry set over four lines of 75 columns
WRAPPED_ENTRY_CHARS = 40  # an entry this long (in columns) may go on below
MAX_ENTRY_LINES = 4
_SENTENCE_END = frozenset("。？！?!．")
# Clause entry_ends_on_article: the lower-case words that join a title's words, never its end.
_JOINING_END = re.compile(r"\s(?:a|an|the|of|and|or|to|by|with|for|from|in|on|at)$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uff01-\uff60]")


def columns(text: str) -> int:
    """Display columns of ``text``: 2 for a wide (CJK) character, else 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _indent_ok(texts: list[str], indent: list[int], k: int) -> bool:
    """Whether line ``k`` may continue line ``k - 1`` by its indentation."""
    if indent[k] >= indent[k - 1]:
        return True
    # Clause cjk_edge_indent: the CJK layout took this line's indentation off.
    above = texts[k - 1]
    return _CJK.search(texts[k]) is not None and above[-1:] not in _SENTENCE_END


def entry_head(
    texts: list[str],
    blank: list[bool],
    indent: list[int],
    i: int,
    head: Callable[[str], object],
    first: int = 0,
    strict: bool = True,
) -> int | None:
    """The line (at or after ``first``) that opens the entry line ``i`` goes on
    (``head(text)`` says a line opens one), or None: the lines from it to ``i``
    are one entry (clauses ``entry_lines``, ``entry_columns``, ``cjk_edge_indent``).
    The line ``i`` itself opens none; the caller checks that. Not ``strict``: an
    entry over two lines is not held to ``SECTION_LINE_CHARS``."""
    total = len(texts[i])
    j = i - 1
    while j >= first and i - j < MAX_ENTRY_LINES and not blank[j]:
        above = texts[j]
        if columns(above) < WRAPPED_ENTRY_CHARS or not _indent_ok(texts, indent, j + 1):
            return None
        total += 1 + len(above)
        if total > SECTION_LINE_CHARS and (strict or i - j > 1):
            return None
        if head(above):
            return j
        j -= 1
    return None


def ends_on_joining_word(texts: list[str], blank: list[bool], i: int, first: int) -> bool:
    """Clause ``entry_ends_on_article`` (session 52): line ``i`` of a list goes on the entry
    above it when that line is full (``WRAPPED_ENTRY_CHARS``) and ends on a lower-case article,
    conjunction or preposition. Scott's Dryden vol. 5 lists "Amboyna; or the Cruelties of the
    Dutch to the English Merchants, a" / " Tragedy", the rest indented as the play's own
    entries below it ("Epistle Dedicatory ..."); read as an entry of its own, "Tragedy" named
    the title page's last line "TRAGEDY.", which then headed Amboyna's front and acts."""
    if i <= first or blank[i] or blank[i - 1]:
        return False
    above = texts[i - 1]
    return columns(above) >= WRAPPED_ENTRY_CHARS and _JOINING_END.search(above) is not None
