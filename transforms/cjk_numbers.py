"""Rule ``cjk_numbered``: CJK section numbers without "第" (``transforms.headings``
reads "第十二回", "卷之一").

Modern Chinese and Japanese books number their chapters and the parts of a
chapter with a bare number on a line of its own, or a number and a short title:

* "一", "十一", "三百六十七", full-width "１", "１２" (吾輩は猫である's 一 .. 十一,
  狂人日记's 一 .. 十三, an e-book's "１" under "一、高俅发迹");
* "一　午後の授業", "二、活版所", "三．家" (a number, a full-width space, "、",
  "．" or "." and a title of at most ``MAX_TITLE_CHARS`` characters with no
  sentence mark: "一、要知尊师敬祖；" is an item of a list; "，、：" only as
  clauses ``cjk_title_marks`` and ``cjk_colon_title`` below allow);
* "二編", "十七編", "初編", "上篇", "三巻": a number and a division word alone
  (学問のすすめ's 初編 .. 十七編), ranked as "第二編" would be; clause
  ``japanese_volume_halves``: "上巻" / "下巻", "前篇" / "後篇" too (not "上部", a word),
  a blank line above them (clause ``volume_half_apart`` in ``transforms.sections``).

They are candidates of a series of their own ("cjknum" bare or titled, by
separator); ``transforms.sections`` confirms them as it confirms "IV." and
"12": a run of consecutive values (2 bare, 3 titled), so a lone "一" in a
poem or a numbered list of two is no heading. A CJK text sets a paragraph a
line, without blank lines, so the blank line under a number that "1 Cit." needs
is not asked of these (clause ``cjk_no_blank``): a line that holds only a CJK
number is no speaker's name. Clause ``cjk_colon_list``: titled numbers whose
"一" follows a line ending with a colon ("...开头是这样：" over "一、德业相劝",
"二、过失相规", a village compact in a novel) are a list the sentence introduces, not sections.

Cost: one character test per line; a regex on the few lines that open with a
CJK numeral or a full-width digit.
"""

from __future__ import annotations

import re

from transforms import headings as hd
from transforms.cjk_decimals import chapter_decimals  # noqa: F401 (for transforms.sections)
from transforms.cjk_glued_parts import glued_candidates, glued_runs
from transforms.cjk_novel_parts import (
    FINANCIAL,
    cjk_named_line,  # noqa: F401 (for transforms.sections)
    drop_doubled,
    fen_parts,
    hui_variant,
    novel_part_candidates,
    other_unit,
)
from transforms.cjk_novel_parts import OPENERS as _PART_OPENERS

MAX_TITLE_CHARS = 24
_DIGITS = "〇零一二三四五六七八九十百千两"
_FULL = "０１２３４５６７８９"
OPENERS = frozenset(_DIGITS + _FULL + "初上中下前後后第章节節卷部篇內内目附付") | _PART_OPENERS
# Clause cjk_contents_names: "內容目錄" (DocBook's traditional Chinese), "内容目录",
# and "目　录" / "目 次" spaced out name a contents list as "目录" does.
# Clause cjk_contents_colon (session 51): so does any of them closed by a colon, "目录："
# (悉达多 of hexhero/book-txt: "目录：" over 出版前言 / 译者序 / 第一部 / "1. 婆罗门之子" ...;
# the list was read as sections, 出版前言 of 6 characters among them).
_CONTENTS = re.compile("(?:內容目錄|内容目录|目[ \u3000]*[录錄次])[:：]?")
_NUMBER = rf"(?P<n>[{_DIGITS}]{{1,6}}|[{_FULL}]{{1,3}})"
_BARE = re.compile(_NUMBER)
# Clause cjk_title_marks (as for "第N章" in ``headings``): a title may hold up to
# ``numbered_titles.MAX_TITLE_MARKS`` of "，、：" inside ("一、概述：Java中的并发体系"),
# never first or last ("一、要知尊师敬祖；" and "二、德业相劝，" are list items).
# Clause cjk_colon_title: a colon may close the title ("一、简介：", "三、和RDBMS
# 相比SQLite的一些劣势：", "一、创建数据表:", the SQLite manual's sections, each
# over its text); a list such a sentence introduces stays one (cjk_colon_list).
# Clause numbered_title_quotes (session 36): the title may quote a word or a book in 「」 or
# 『』 ("十三　「いろは字引」にない言葉" among 芥川's "十二　第一の接吻", "六　「さね」と言ふ語及びぬし",
# "一　『八犬伝』と私"): refused, such a line broke its run of numbered titles and was read as
# a title of another rule at another level (Aozora mirror: 155 such lines set apart in 81
# texts). Guards: the quote holds no sentence mark, “” stay refused, the title's characters
# bar the marks are still at most MAX_TITLE_CHARS (``_QUOTE_MARKS``).
_QUOTED = "「[^「」。！？\n]+」|『[^『』。！？\n]+』"
_TITLED = re.compile(
    rf"{_NUMBER}(?P<sep>[\u3000 、．.])[\u3000 ]*(?P<title>(?:[^\s。！？；，、：:,;!?「」“”『』（）()]|{_QUOTED})"
    rf"(?:[^。！？；:,;!?「」“”『』]|{_QUOTED}){{0,{MAX_TITLE_CHARS - 1}}}?)(?P<colon>[：:]?)"
)
_QUOTE_MARKS = re.compile("[「」『』]")
_DIVISION = re.compile(rf"(?P<n>[{_DIGITS}]{{1,4}}|[初上中下前後后])(?P<u>[編篇巻卷部])")
# Clause spaced_di: "第 二 章", "第 1 章 GNU/Linux 教程" (spaced out, which
# ``headings`` does not read), and DocBook's traditional Chinese "章 1. GNU/Linux 教學".
_SP = "[ \t\u3000\xa0]"
_SPACED = re.compile(
    rf"第{_SP}*(?P<n>[{_DIGITS}]{{1,6}}|[{_FULL}0-9]{{1,3}}){_SP}*(?P<u>[回章节節卷部篇集])"
    rf"(?:{_SP}+(?P<title>[^\s。！？；，].{{0,39}}))?"
)
_UNIT_FIRST = re.compile(
    rf"(?P<u>[章节節卷部篇])(?P<n>\s?)(?P<d>[0-9]{{1,3}})\.{_SP}+(?P<title>\S.{{0,59}})"
)
# Clause unit_before_numeral (session 57): "章一", "章十二" alone on a line (亚里士多德's
# 形而上学, hankinghu/literature-books: 273 chapters under its "卷一" ... "卷十四") name the
# unit before a Chinese numeral, as "卷一" does for 卷 (``headings``); a title may follow
# after a space ("章三　论实体"), never glued on ("章一是" is prose) nor a sentence.
_UNIT_NUMERAL = re.compile(
    rf"(?P<u>[章节節])(?P<d>[{_DIGITS}]{{1,4}})(?:{_SP}+(?P<title>[^\s。！？；，].{{0,39}}))?"
)
# Clause cjk_letter_appendix: "附錄 A. 附錄" (DocBook's Chinese "Appendix A.
# Appendix": the zh-tw and zh-cn Debian Reference) numbers an appendix by letter
# as rule letter_appendix reads "Appendix A." (series kw:appendix:letter, A = 1),
# so its "A.1. Debian 迷宮" nests under it (rule decimal_levels), not at the top.
# Japanese sets "付録A 補遺" (the ja Reference: no space, no period).
# Clause appendix_colon_title: a colon after the letter, full-width or not, opens the
# title ("附录A：Go语言常见坑", "附录B：有趣的代码片段", the appendices of the book
# Go语言高级编程); nothing but a title may follow it.
_APPENDIX = re.compile(
    rf"(?:附[錄录]|付録){_SP}?(?P<d>[A-Z])(?:\.?(?:{_SP}+(?P<title>[^\s。！？；，].{{0,39}}))?"
    rf"|[：:]{_SP}*(?P<ctitle>[^\s。！？；，：:].{{0,39}}))"
)
# A lettered appendix ("附录 B：，见下文") that cjk_letter_appendix refused stays refused.
_LETTERED = re.compile(rf"附[錄录]{_SP}?[A-Za-z]")
# Clause appendix_colon_prose (session 24): after the colon a clause mark ("，；") makes
# the line prose, not a title, when the text goes on on the next line (``drop_colon_lists``,
# clause ``appendix_colon_wrapped``): "附录A：安装指南一节的说明，请先阅读" is a wrapped line of
# a paragraph that cites the appendix (its sentence goes on on the next line). Titles
# after "附录A：" name a subject ("Go语言常见坑", "术语表"); "、" of a list stays allowed.
_CLAUSE = re.compile("[，；]")
_UNIT = {"編": "篇", "巻": "卷"}
_SP_RE = re.compile(_SP)
_SENTENCE = re.compile(r"[。！？]")
_MARKS = re.compile("[，、：]")
_ORDER = {"初": 1, "上": 1, "中": 2, "下": 3, "前": 1, "後": 2, "后": 2}
# Clause volume_half_apart (applied in ``transforms.sections``): the halves clause
# japanese_volume_halves reads ("上巻", "前篇") stand a blank line below the text above them;
# right under a book's title they name the volume on its title page (二都物語 / 上巻 /
# チャールズ・ディッケンズ, Aozora 000914).
VOLUME_HALVES = frozenset(a + b for a in "上中下" for b in "巻卷") | frozenset(
    a + b for a in "前後后" for b in "編篇巻卷"
)


def _value(number: str) -> int | None:
    if number[0] in _FULL:
        return int(number.translate({ord(c): ord("0") + i for i, c in enumerate(_FULL)}))
    return hd.cjk_value(number)


def cjk_number_candidates(line: str, start: int, index: int, end: int) -> list[hd.Candidate]:
    """Candidates of rule ``cjk_numbered`` for one stripped line (see module doc)."""
    if not line or line[0] not in OPENERS or len(line) > 72:
        return []
    if (
        line[0] in "楔引序尾终終番正贺賀"  # clause holiday_special: 贺岁篇
        or line[0] == "第"
        and ("季" in line[2:5] or line[1:2] in FINANCIAL or hui_variant(line) or other_unit(line))
    ):
        return novel_part_candidates(line, start, index, end)  # rule cjk_novel_parts
    if line[0] in "內内目":
        if _CONTENTS.fullmatch(line):
            return [hd.Candidate(start, end, index, "named", hd.NAMED_RANK, line, "named:CONTENTS")]
        return []
    if line[0] in "附付":
        m = _APPENDIX.fullmatch(line)  # clause cjk_letter_appendix
        title = (m.group("title") or m.group("ctitle") or "") if m else ""
        if m is None and line[0] == "附" and not _LETTERED.match(line):  # clause appendix_word
            return novel_part_candidates(line, start, index, end)  # (transforms.cjk_novel_parts)
        if m is None or _SENTENCE.search(title):
            return []
        return [hd.Candidate(start, end, index, "keyword", hd.KEYWORD_RANK["appendix"],
                             " ".join(line.split()), "kw:appendix:letter",
                             ord(m.group("d")) - 64, title.strip())]  # fmt: skip
    m = _SPACED.fullmatch(line) if line[0] == "第" and _SP_RE.search(line[:4]) else None
    if m is None and line[0] in "章节節卷部篇" and len(line) > 3:
        m = _UNIT_FIRST.fullmatch(line)
    if m is None and line[0] in "章节節":
        m = _UNIT_NUMERAL.fullmatch(line)  # clause unit_before_numeral
    if m:
        number = m.group("n") if line[0] == "第" else m.group("d")
        value, unit = _value(number), m.group("u")
        if value is None or _SENTENCE.search(m.group("title") or ""):
            return []
        return [hd.Candidate(start, end, index, "cjk", hd.CJK_RANK[unit], " ".join(line.split()),
                             f"cjk:{unit}", value, (m.group("title") or "").strip())]  # fmt: skip
    m = _BARE.fullmatch(line)
    if m:
        value = _value(m.group("n"))
        if value is None:
            return []
        system = "full" if line[0] in _FULL else "cjk"
        return [hd.Candidate(start, end, index, "numeral", hd.NUMERAL_RANK, line,
                             f"cjknum:bare:{system}", value)]  # fmt: skip
    m = _DIVISION.fullmatch(line)
    if m:
        n = m.group("n")
        value = _ORDER.get(n) or hd.cjk_value(n)
        unit = _UNIT.get(m.group("u"), m.group("u"))
        # Clause japanese_volume_halves (session 28): "上巻" / "下巻" (こがね丸), "前篇" / "後篇"
        # (柳橋物語) alone on a line are a book's halves as "上編" is; "上部", "中部", "下部"
        # stay words ("the upper part", "the middle region").
        if value is None or (n in "上中下前後后" and unit == "部"):
            return []
        return [hd.Candidate(start, end, index, "cjk", hd.CJK_RANK[unit], line,
                             f"cjk:{unit}", value)]  # fmt: skip
    m = _TITLED.fullmatch(line)
    if m:
        value = _value(m.group("n"))
        if value is None:
            return []
        sep = "、" if m.group("sep") == "、" else "." if m.group("sep") in "．." else " "
        title = m.group("title").strip("\u3000 ")
        if len(title) > MAX_TITLE_CHARS and len(_QUOTE_MARKS.sub("", title)) > MAX_TITLE_CHARS:
            return []  # clause numbered_title_quotes: a quote counts its characters
        if _MARKS.search(title) and not hd.cjk_title_marks(title):
            return []  # clause cjk_title_marks
        return [hd.Candidate(start, end, index, "numbered", hd.NUMBERED_RANK, " ".join(line.split()),
                             f"cjknum:{sep}", value, title)]  # fmt: skip
    return glued_candidates(line, start, index, end)  # clause cjk_glued_parts


def drop_colon_lists(texts: list[str], cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Clause ``cjk_colon_list``: a run of titled CJK numbers ("一、德业相劝",
    "二、过失相规", "三、礼俗相交") whose "一" follows a text line ending with a
    colon ("...开头是这样：") is a list the sentence introduces, not a run of
    sections: its items, from that "一" while the values go on, are no candidates.
    ``texts`` are the document's stripped lines.
    Clause ``colon_list`` of rule ``any_script_titles`` (``transforms.script_titles``):
    the same for its numbered titles that open with a letter outside A-Z ("更新
    ...：" over "1. 从远程档案库获取档案库元数据", Debian Reference zh-cn)."""
    cands = drop_doubled(texts, cands)  # clause doubled_chapter_line (transforms.cjk_novel_parts)
    cands = _numbering_on(cands)  # clause unit_numeral_run
    cands = fen_parts(cands)  # clause part_unit_fen (transforms.cjk_novel_parts)
    cands = glued_runs(texts, cands)  # clause cjk_glued_parts (transforms.cjk_glued_parts)
    drop = {k for k, c in enumerate(cands) if _appendix_prose(texts, c)}
    for k, c in enumerate(cands):
        if not _listable(c) or c.value != 1:
            continue
        above = next((t for t in reversed(texts[max(0, c.line - 4) : c.line]) if t), "")
        if not above.endswith(("：", ":")):
            continue
        value = 1
        for j in range(k, len(cands)):
            if cands[j].series == c.series and cands[j].value == value and _listable(cands[j]):
                drop.add(j)
                value += 1
    return [c for k, c in enumerate(cands) if k not in drop]


# Clause unit_numeral_run (session 57 review): "章一" is also a name (章 a common Chinese
# surname, 章一 "Shōichi" a Japanese given name): a letter signed "章一", a script's speaker
# lines "章一　你来了" / "章三　嗯". A series of clause unit_before_numeral's candidates stands
# only when two of them, one after the other, step by one (形而上学's 章一, 章二 ... under
# each 卷); a lone "章一", or names that never count on, stay prose.
def _unit_numeral(c: hd.Candidate) -> bool:
    return c.kind == "cjk" and len(c.title) > 1 and c.title[0] in "章节節" and c.title[1] in _DIGITS


def _numbering_on(cands: list[hd.Candidate]) -> list[hd.Candidate]:
    values: dict[str, list] = {}
    for c in cands:
        if _unit_numeral(c):
            values.setdefault(c.series, []).append(c.value)
    runs = {s for s, v in values.items() if any(b == a + 1 for a, b in zip(v, v[1:], strict=False))}
    return [c for c in cands if not _unit_numeral(c) or c.series in runs]


# Clause appendix_colon_wrapped (review of session 24): clause appendix_colon_prose took
# every "附录A：" line with "，" or "；" after the colon for prose, and a real title with a
# comma ("附录A：你好，世界", a Hello-world appendix; Chinese titles take "，" as English ones
# take ",") was lost. The line is prose only when its text goes on on the next line (a
# wrapped line of a paragraph, the Review's "附录A：安装指南一节的说明，请先阅读" over the
# rest of its sentence); set off by a blank line it stays a title.
_COLON_APPENDIX = re.compile(r"(?:附[錄录]|付録)\s?[A-Z][：:]")


def _appendix_prose(texts: list[str], c: hd.Candidate) -> bool:
    if c.series != "kw:appendix:letter" or not _COLON_APPENDIX.match(c.title):
        return False
    goes_on = c.line + 1 < len(texts) and bool(texts[c.line + 1])
    return bool(_CLAUSE.search(c.rest)) and goes_on  # clause appendix_colon_prose


def _listable(c: hd.Candidate) -> bool:
    if c.kind == "numbered":  # clause colon_list: a title of rule any_script_titles
        return c.rest[:1].isalpha() and not c.rest[:1].isascii()
    return c.series.startswith("cjknum:") and not c.series.startswith("cjknum:bare")
