"""Rule ``cjk_chapter_decimals``: the numbered sections of a CJK chapter ("1.1 Go语言创世纪"
under "第1章 语言基础").

A Chinese technical book or manual numbers its chapters "第1章" and the sections of
chapter N "N.1", "N.2" ... with a title of its own script ("2.1 快速入门", "1.3 数组、
字符串和切片"). Without a contents list no rule read them: ``headings`` reads "1.1
Title" only with a Latin capital, rule ``numbered_run`` (``transforms.numbered_runs``)
asks chapters numbered the same way ("1 Title"), and a "第1章" line is a keyword
chapter, so the sections of such a book ran on in their chapter.

Clause ``cjk_chapter_decimals``: after a chapter candidate "第N章" (series ``cjk:章``), a
line "N.M title" or "N.M. title" (also "N.M.K", "N.M.K.L") is a section of it when

* its number starts with the chapter's N, and the numbers of the chapter's lines so
  read follow each other: the first is "N.1", each next one of the one before
  ("N.1" -> "N.1.1" -> "N.2", no gap), so a numbered list or a date does not chain;
* its title holds a CJK character, at most ``MAX_TITLE`` characters, no sentence or
  clause mark ("。！？；，：" and an ASCII one at its end: "1.2 打开终端，输入命令" is a
  step), and opens with no counter ("1.5 万元" is an amount);
* the line above is blank, a heading's line or ends a sentence (a wrapped line of
  prose is no title);
* the book has ``MIN_MEMBERS`` such lines in all (one "3.1 ..." under "第3章" alone
  is too little to tell a section from a numbered remark).

Members are "run" candidates (confirmed as they are, ``heading_confirmation.confirm_candidates``), ranked as a
line in capitals; rule ``decimal_levels`` nests "1.1" under "第1章" (its number) and
"1.1.1" under "1.1". A candidate the other rules gave such a line (a "caps" reading)
gives way; a chapter's own lines ("第2章 ...") are never members.
"""

from __future__ import annotations

import re

from transforms import headings as hd

MAX_TITLE = 30
MIN_MEMBERS = 3
# Clause cjk_decimals_four_levels (session 25): "N.M.K.L" too: the zh-tw Debian Reference's
# "6.2.4.1. exim4 的配置" under "6.2.4. 郵件傳輸代理 (MTA)" (rule ``numbered_run`` took
# its siblings 6.2.4.2-4, not this one: its title opens in lower case).
_LINE = re.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t\u3000]+(?P<title>\S.*)")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")
_MARKS = re.compile("[。！？；，：]")
_END = "。！？.!?;；:：,，、"
_SENTENCE_END = "。！？.!?」』”）)"
_COUNTERS = frozenset("年月日时時点點分秒元万萬亿億个個次岁歲倍号號")
_YIELD = frozenset(("caps", "numbered", "numeral"))


def _title_ok(title: str) -> bool:
    return (
        len(title) <= MAX_TITLE
        and bool(_CJK.search(title))
        and not _MARKS.search(title)
        and title[-1] not in _END
        and title[0] not in _COUNTERS
    )


def _follows(prev: tuple[int, ...] | None, number: tuple[int, ...]) -> bool:
    """``number`` (the chapter's N first) comes right after ``prev`` in the chapter."""
    if prev is None:
        return number[1:] == (1,)
    if len(number) == len(prev) + 1:
        return number[:-1] == prev and number[-1] == 1
    depth = len(number)
    return (
        depth <= len(prev)
        and number[:-1] == prev[: depth - 1]
        and number[-1] == prev[depth - 1] + 1
    )


# Clause cjk_decimals_list (review of session 24): two lines of the same depth ("1.1 下载安装包"
# then "1.2 解压到任意目录") with nothing but blank lines between are items of a numbered list
# of steps, not sections (a section has its text before the next one); neither is a member.
def _off_lists(lines, members: list[tuple[int, str]]) -> list[tuple[int, str]]:
    depth = [len(title.split()[0].rstrip(".").split(".")) for _, title in members]
    listed = set()
    for k in range(len(members) - 1):
        (i, _), (j, _) = members[k], members[k + 1]
        if depth[k] == depth[k + 1] and not any(lines.texts[i + 1 : j]):
            listed.update((k, k + 1))
    return [m for k, m in enumerate(members) if k not in listed]


def chapter_decimals(lines, cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Rule ``cjk_chapter_decimals`` (module doc): ``cands`` plus the numbered sections
    of "第N章" chapters, as "run" candidates; ``lines``: ``contents.scan_lines``."""
    chapters = [c for c in cands if c.kind == "cjk" and c.series == "cjk:章" and c.value]
    if not chapters:
        return cands
    own = {c.line for c in cands if c.kind not in _YIELD}
    heads = {c.line for c in cands}
    bounds = [c.line for c in chapters] + [len(lines.texts)]
    members: list[tuple[int, str]] = []
    for k, chapter in enumerate(chapters):
        prev = None
        for i in range(chapter.line + 1, bounds[k + 1]):
            text = lines.texts[i]
            m = _LINE.fullmatch(text) if text[:1].isdigit() else None
            if m is None or i in own:
                continue
            number = tuple(int(n) for n in m.group("num").split("."))
            title = m.group("title").strip()
            above = next((t for t in reversed(lines.texts[max(0, i - 1) : i]) if t), "")
            layout = not above or i - 1 in heads or above[-1] in _SENTENCE_END
            if number[0] != chapter.value or not _follows(prev, number):
                continue
            if _title_ok(title) and layout:
                members.append((i, " ".join(text.split())))
                heads.add(i)
                prev = number
    members = _off_lists(lines, members)  # clause cjk_decimals_list
    if len(members) < MIN_MEMBERS:
        return cands
    taken = {i for i, _ in members}
    extra = [
        hd.Candidate(lines.starts[i], lines.ends[i], i, "run", hd.CAPS_RANK, title, "run")
        for i, title in members
    ]
    kept = [c for c in cands if c.line not in taken]
    return sorted(kept + extra, key=lambda c: (c.line, c.start))
