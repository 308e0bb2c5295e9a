"""Rule ``cjk_novel_parts``: the unnumbered divisions and season lines of Chinese novels.

A Chinese novel, a web novel above all, opens with a 楔子 / 引子 / 序章 (prologue),
closes with a 尾声 / 终章 (epilogue) and a 后记 (afterword), and adds 番外 (side
stories, "番外一 张家楼", "番外篇：xxx"); a long serial numbers its seasons over its
volumes ("第一季 第一卷 七星鲁王", "第二季 引子": 南派三叔's 盗墓笔记, the web e-book
of hankinghu/literature-books). ``transforms.headings`` reads "序言", "前言", "后记"
alone on a line as named divisions and "第一卷 ..." as a volume; it did not read the
words above, nor a volume line with a season first. And such a text sets one paragraph
a line with no blank lines, where a named division ("后记" over its text) was confirmed
only with a blank line under it (``transforms.sections``, rule front_matter_names),
so 后记 was no section of a web e-book.

* Clause ``novel_named_parts``: a line that is 楔子, 引子, 序章, 序幕, 尾声, 终章 (終章),
  番外 / 番外篇 alone, or one of them with a number and / or a title after a space,
  "、", "：" or "·" ("番外一 张家楼", "尾声：重逢"; the title at most
  ``MAX_TITLE_CHARS`` characters with no sentence mark "。！？"), is a named division
  (candidate kind "named", as "PROLOGUE" and "EPILOGUE" are).
* Clause ``season_prefix``: "第一季 第一卷 七星鲁王" is the volume "第一卷 七星鲁王" of
  a season: the season number is kept in the title, the line ranks as the volume
  ("第二季 引子" as the prologue).
* Clause ``financial_numerals``: "第壹卷", "第叁章", "第陆卷" number with the "capital"
  numerals 壹贰叁肆伍陆柒捌玖拾佰仟 (and traditional 貳參陸) as "第一卷" does with
  一二三 (《明朝那些事儿》's volumes, 《繁花》's chapters): read as those, in one series.
* Clause ``hui_variant``: "第一囘 景陽岡武松打虎", "第二囬", "第三廻": the variant forms
  of 回 that old prints (and e-books made from them) use number a 回 as "第一回" does.
* Clause ``juan_variant`` (session 34): "第一巻" (the Japanese form of 卷, kept by e-books
  made from Japanese prints and OCR) is the volume "第一卷": rank 10, over the chapters; it
  was read as a title line (rank 25, under them) or nothing. The 巻 must follow the number
  (the ``hui_variant`` test, then ``transforms.headings``' 卷 line rule with its guards).
* Clause ``other_units``: "第一讲　汉代" (a lecture: 钱穆《中国历代政治得失》's five 讲),
  "第一编" (a part of a textbook or treatise), "第一课" (a lesson) are divisions as "第一章"
  and "第一篇" are: 讲 and 课 rank as 章, 编 as 篇, each unit a series of its own.
* Clause ``zhengwen_prefix``: a download site's "正文" ("main text", as against its
  "作品相关") before each chapter line ("正文 第一章 蜀山三英（上）", "正文 第01节 第一次去青岛":
  中州纪事, 会唱歌的强, 师傅越来越幽默, 证券分析 of hankinghu/literature-books, files of
  xiaoshuotxt) is read past: the rest is the heading, its title without the prefix.
* Clause ``doubled_chapter_line``: the same chapter heading twice with only blank lines
  between ("第二章" over "第二章", "第三章" over "第叁章": a PDF page's running title
  over the chapter's own, 《繁花》's web copy) opens one section, not an empty one
  and its twin (``drop_doubled``, called by ``transforms.cjk_numbers.drop_colon_lists``).
* Clause ``cjk_named_no_blank``: a named division whose title is CJK ("后记", "楔子")
  is confirmed with text right under it (hook in ``transforms.sections._confirm``):
  in a CJK text a paragraph is a line and no blank line sets the heading off.

Cost: a set test on each line's first character; a regex on the few lines that open
with one of these words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms import headings as hd
from transforms.cjk_layout import CJK_CHAR

MAX_TITLE_CHARS = 24
OPENERS = frozenset("楔引序尾终終番第正贺賀")
# Clause appendix_word (session 26, wtF): "附录" / "附錄" alone, numbered or titled
# ("附录一：成吉思汗家族", 射雕英雄传's appendices; 国富论's bare "附录") is back matter as
# "APPENDIX" is; the lettered "附录A：" stays rule cjk_letter_appendix's.
# Clause holiday_special: 贺岁篇 (賀歲篇), a web serial's New-Year special ("贺岁篇" alone over
# "【一、起源】", 盗墓笔记 after "（《盗墓笔记》全书完）"), is a named division as 番外 is.
_WORDS = "楔子|引子|序章|序幕|尾声|尾聲|终章|終章|番外篇|番外|贺岁篇|賀歲篇|附录|附錄"
_DIGITS = "〇零一二三四五六七八九十百两0-9０-９"
_SP = "[ \t\u3000\xa0]"
_PART = re.compile(
    rf"(?P<word>{_WORDS})(?P<n>[{_DIGITS}]{{1,4}})?"
    rf"(?:(?:{_SP}+|{_SP}*[、：:·・—]{_SP}*)(?P<title>[^\s。！？!?].{{0,{MAX_TITLE_CHARS - 1}}}))?"
)
FINANCIAL = frozenset("壹贰貳叁參肆伍陆陸柒捌玖拾")
_SENTENCE = re.compile("[。！？!?；;]")
_FINANCIAL = str.maketrans(
    "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟囘囬廻巻", "一二二三三四五六六七八九十百千回回回卷"
)
# Clause unit_compound_words (review, session 26): 讲, 课 and 编 open words ("课堂", "课时",
# "讲台", "讲话", "编辑", "编码"): "第二课堂成绩单" (a school app's menu item) and "第二编辑部"
# are no lessons or parts. The unit stands alone: a space, a mark or the line's end after it.
_OTHER_UNIT = re.compile(
    rf"第[{_DIGITS}]{{1,6}}(?P<u>[编編讲講课課])(?![\u3400-\u9fff\uf900-\ufaff])"
)
_AS_UNIT = {"编": "篇", "編": "篇", "讲": "章", "講": "章", "课": "章", "課": "章"}
_ZHENGWEN = re.compile(rf"正文卷?{_SP}+(?P<rest>[第楔引序尾终終番]\S.*)")
_SEASON = re.compile(rf"第(?P<n>[{_DIGITS}]{{1,3}})季{_SP}+(?P<rest>\S.*)")


def novel_part_candidates(line: str, start: int, index: int, end: int) -> list[hd.Candidate]:
    """Candidates of clauses ``novel_named_parts`` and ``season_prefix`` for one
    stripped line (``transforms.cjk_numbers.cjk_number_candidates`` calls it)."""
    if line[0] == "第" and (line[1:2] in FINANCIAL or hui_variant(line) or other_unit(line)):
        read = line.translate(_FINANCIAL)  # clauses financial_numerals, hui_variant
        unit = _OTHER_UNIT.match(read)
        if unit:  # clause other_units: read as the unit of its rank, a series of its own
            read = read[: unit.start("u")] + _AS_UNIT[unit.group("u")] + read[unit.end("u") :]
        found = hd.line_candidates(read, start, index, end)
        if len(found) == 2 and found[1].second:  # clause variant_volume_prefix (review)
            # "第壹卷 第一章 风起": the volume over its chapter (volume_prefix_chapter), the
            # titles as written (``read`` maps one character to one, offsets hold).
            cut = found[1].start - start
            return [replace(found[0], title=" ".join(line[:cut].split())),
                    replace(found[1], title=" ".join(line[cut:].split()))]  # fmt: skip
        if len(found) != 1 or found[0].kind != "cjk":
            return []
        series = f"cjk:{unit.group('u')}" if unit else found[0].series
        return [replace(found[0], title=" ".join(line.split()), series=series)]
    if line[0] == "正":  # clause zhengwen_prefix
        m = _ZHENGWEN.fullmatch(line)
        if m is None:
            return []
        rest = m.group("rest")
        found = hd.line_candidates(rest, start, index, end) or novel_part_candidates(
            rest, start, index, end
        )
        if len(found) == 2 and found[1].second:  # clause zhengwen_volume_prefix (review)
            # "正文 第一部 驴折腾 第一章" (莫言's 生死疲劳): the volume over its chapter, as
            # without the label (volume_prefix_chapter); the chapter at its own offset.
            found = hd.line_candidates(rest, start + len(line) - len(rest), index, end)
            return [replace(found[0], start=start), found[1]]
        if len(found) != 1 or found[0].kind not in ("cjk", "named"):
            return []
        return [replace(found[0], title=" ".join(rest.split()))]
    if line[0] == "第":
        m = _SEASON.fullmatch(line)
        if m is None:
            return []
        rest = m.group("rest")
        offset = len(line) - len(rest)
        found = hd.line_candidates(rest, start + offset, index, end) or novel_part_candidates(
            rest, start + offset, index, end
        )
        if len(found) == 2 and found[1].second and found[0].kind == "cjk":
            # Clause season_volume_prefix (session 34): "第一季 第一卷 第三章" is the season's
            # volume over its chapter (volume_prefix_chapter); the volume's title keeps the
            # season ("第一季 第一卷"), the chapter stands at its own offset.
            v, ch = found
            title = " ".join(line[: ch.start - start].split())
            return [hd.Candidate(start, v.end, index, v.kind, v.rank, title, v.series, v.value,
                                 v.rest), ch]  # fmt: skip
        if len(found) != 1 or found[0].kind not in ("cjk", "named"):
            return []
        c = found[0]
        if c.kind == "cjk" and c.rank >= hd.CJK_RANK["回"]:
            return []  # a season's chapter ("第一季 第三章") is left to the chapter rules
        # The title keeps the season ("第一季 第一卷 七星鲁王"); the series is the volume's.
        return [hd.Candidate(start, end, index, c.kind, c.rank, " ".join(line.split()),
                             c.series, c.value, c.rest)]  # fmt: skip
    m = _PART.fullmatch(line)
    if m is None:
        return []
    title = m.group("title") or ""
    if _SENTENCE.search(title):
        return []
    word = m.group("word")
    # Clause named_part_prose (review, session 26): the bare word and "、" lists the words
    # ("引子、楔子、序章...", "番外、番外1、番外篇...": a README's list of the chapter formats a
    # reader supports, kaf-cli), not a division; "番外一、张家楼" (a number first) stays one,
    # and so does a title with "，" ("引子：同一份数据，两种世界观", a blog post's section).
    if not m.group("n") and line[len(word) :].lstrip(" \t\u3000\xa0")[:1] == "、":
        return []
    return [hd.Candidate(start, end, index, "named", hd.NAMED_RANK, " ".join(line.split()),
                         f"named:{word}")]  # fmt: skip


def other_unit(line: str) -> bool:
    """Clause ``other_units`` (see module doc): "第一讲", "第二编", "第三课"."""
    return _OTHER_UNIT.match(line.translate(_FINANCIAL)) is not None


def hui_variant(line: str) -> bool:
    """Clause ``hui_variant``: "第一囘", "第二囬", "第三廻" (old prints' and Big5-era
    e-books' forms of 回) number a 回 as "第一回" does."""
    return any(ch in line[2:8] for ch in "囘囬廻巻")  # clause juan_variant: 巻 as 卷


def cjk_named_line(c: hd.Candidate) -> bool:
    """Clause ``cjk_named_no_blank``: a CJK named division ("后记", "楔子") stands
    confirmed without a blank line under it (see module doc)."""
    return c.kind == "named" and bool(CJK_CHAR.match(c.title[:1])) and c.series != "named:CONTENTS"


def drop_doubled(texts: list[str], cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Clause ``doubled_chapter_line`` (see module doc): of two CJK chapter candidates
    of one series and value with only blank lines between, the first goes (a title
    line under the first would take the second for its title: "第二章 第二章")."""
    drop = set()
    for k in range(1, len(cands)):
        a, b = cands[k - 1], cands[k]
        if (
            a.kind == b.kind == "cjk"
            and a.series == b.series
            and a.value == b.value
            and not a.rest
            and not any(texts[a.line + 1 : b.line])
        ):
            drop.add(k - 1)  # the running title above; the chapter keeps its own line
    return [c for k, c in enumerate(cands) if k not in drop] if drop else cands


def fen_parts(cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Clause ``part_unit_fen``: "第一部分" is a part ("部分", a book's part: 人类简史's
    "第一部分" over "认知革命"), not part 1 titled "分": the "分" goes with the unit,
    the title is what follows it ("第一部分认知革命" -> "认知革命"), so a title line
    under a bare "第一部分" can title it as one under "第一章" does."""
    return [
        replace(c, rest=c.rest[1:].lstrip("：: \t\u3000"))
        if c.kind == "cjk" and c.series == "cjk:部" and c.rest[:1] == "分"
        else c
        for c in cands
    ]
