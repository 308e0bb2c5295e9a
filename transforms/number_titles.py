"""Clause ``numbered_cjk_title`` (session 22): a section or table number that opens a
line ("3.1. 指导原则", "10.1. 共享，拷贝和存档", "表 1.16. 基本的Unix命令列表") belongs
to the Chinese or Japanese title after it. Punkt reads "3.1." then a space as the end
of a sentence and the CJK word after it (no case, so no lower-case word to go on with)
as the next one: "3.1." | "指导原则". In Debian's Chinese fortunes (``fortunes-zh``,
``chinese.u8``: sections of the Debian Reference) 496 of the 624 such numbers were cut
from their titles (3 of the 50 sentences drawn from it, session 22). A Chinese sentence
ends on "。", not on a number's half-width period, and the number opens its line, so a
number ending a sentence mid-line ("默认端口是 22. 可以...") is not touched. One regex
scan from the periods.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.sorted_unique import isin  # clause isin_by_search

# Found from the number's period (a literal the regex engine skips to: 0.02 CPU-s on the
# 30 English books, 78 plays and 2 Chinese novels, against 0.47 for a scan of every line
# start after a search for a CJK character): a digit before it, spaces, a CJK character
# (kana or ideograph) after; then the line up to the period must be the number, up to
# three levels, after indentation and an optional caption word.
_NUMBER_END = re.compile(r"\.(?<=\d\.)[ \t\xa0]+(?=[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff])")
_LINE_NUMBER = re.compile(
    r"[ \t\xa0\u3000]*(?:(?:表|图|圖|例|Table|Figure)[ \t\xa0]*)?\d{1,3}(?:\.\d{1,3}){0,3}"
)


# Clause cjk_number_opens (integrator, session 22): the start is moved to the number,
# not only taken away, as rule list_marker does for a list item's marker: each entry
# of a Japanese contents list ("9.11.2. 仮想化の業務フロー" under an English entry with
# no period) is a sentence of its own again, so rule contents_entry still finds the
# entries' titles (the Debian Reference's Japanese contents, test_technical_headings).
_INDENT = " \t\xa0\u3000"


def numbered_cjk_titles(text: str, starts: np.ndarray) -> np.ndarray:
    """``starts`` with each one right after a line-opening number before a CJK title
    moved to the number (clause ``cjk_number_opens``)."""
    titles, numbers = [], []
    for m in _NUMBER_END.finditer(text):
        line = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line <= 24 and _LINE_NUMBER.fullmatch(text, line, m.start()):
            titles.append(m.end())
            number = m.start() - len(text[line : m.start()].lstrip(_INDENT))
            if number > 0:
                numbers.append(number)
    if not titles:
        return starts
    kept = starts[~isin(starts, np.asarray(titles, dtype=np.int64))]
    return np.union1d(kept, np.asarray(numbers, dtype=np.int64)).astype(np.int64)
