"""Rule page_furniture's CJK part (``transforms.cjk_page_heads``): an OCR'd Chinese
book's running page heads are cut, the sentences they split join. Real lines of
陈旭麓《近代中国社会的新陈代谢》 as an OCR'd PDF gave them (hankinghu/literature-books
on GitHub): prose wrapped at ~29 characters, the chapter heads with their page
numbers glued on ("第一章漫长的封建社会5"), some ruined by OCR ("…社会翻"), and the
even pages' heads, the number before the book's title ("  2s近代中国社会的新陈代u1")."""

from transforms.boilerplate import find_boilerplate
from transforms.cjk_page_heads import cjk_page_heads
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# One page of the book's prose; it ends inside a sentence ("这种特点带" / "来的...").
_BODY = (
    "来的直接结果是:土地在不断集中的同时又不断地分散。集中是\n"
    "摺地主阶级通过兼并握有越来越多的土地。这一点是易见而又为\n"
    "人熟知的。但是，对这个阶级中的个人来说，土地的集中又是不穗\n"
    "定的。皇室、贵族、官僚、地主，都可以用经济的或非经济的手段造\n"
    "成巨量的土地集中。但是，王朝更替，宦海风波，都会在短时间内\n"
    "引起所有权的大规模转移顾炎武读《旧唐书，，因此而感叹说:“世\n"
    "变日新，人情弥险，有以富厚之名，而反使其后人无立镶之地者，亦\n"
    "不可不虑也二O更为常见的，则是因土地私有而发生的分家析产。\n"
    "汉代以后，中国在财产继承方面长、幼、嫡、庶之别已趋淡化。《大\n"
    "清律例，中与此相关的条文说:‘嫡庶子男，除有官荫袭先尽嫡长\n"
    "社会经济构造的显著特点就在于土地的私有和买卖。这种特点带\n"
)
_HEADING = "第一章漫长的封建社会\n    近代社会是从古代社会发展而来的。历史的变迁总在\n"
_CHAPTER_HEADS = ["第一章漫长的封建社会翻", "第一章漫长的封建社会5"] + [
    f"第一章漫长的封建社会{n}" for n in (7, 9, 11, 13, 15, 17)
]
_TITLE_HEADS = [
    "  4 1R化中国社会的新陈代瀚",
    "  6近代中国社会的新陈代谢",
    "  已近代中国社会的新陈代谢",
    "  10近代中国社会的新陈代谢",
    "  12近代中国杜会的新陈代谢",
    "  14近代中国社会的新陈代谢",
    "  16近代中国社会的新陈代谢",
    "  18近代中国社会的新陈代谢",
]


# Chapter two's heading and pages 19-22 (clause cjk_page_rhythm_chapters: page numbers
# rise across chapters).
_NEXT = (
    "第二章东方与西方\n"
    + _BODY
    + "  20近代中国社会的新陈代谢\n"
    + _BODY
    + "                    第二章东方与西方21\n"
    + _BODY
    + "  22近代中国社会的新陈代谢\n"
    + _BODY
    + "                    第二章东方与西方23\n"
    + _BODY
)
_NEXT_CUT = [
    "20近代中国社会的新陈代谢",
    "第二章东方与西方21",
    "22近代中国社会的新陈代谢",
    "第二章东方与西方23",
]


def _book(
    chapter_heads=_CHAPTER_HEADS, title_heads=_TITLE_HEADS, heading=_HEADING, more=_NEXT
) -> str:
    """The title page, the chapter's heading, then pages, each head with its page, then
    chapter two's heading and pages."""
    pages = []
    for even, odd in zip(title_heads, chapter_heads, strict=True):
        pages += [even + "\n" + _BODY, "                    " + odd + "\n" + _BODY]
    return "近代中国社会的新陈代谢\n陈旭麓\n\n" + heading + _BODY + "".join(pages) + more


def _cut(text: str) -> list[str]:
    return [text[e.start : e.end].strip() for e in cjk_page_heads(text)]


def test_chapter_and_title_page_heads_are_cut_the_heading_and_title_page_kept():
    cut = _cut(_book())
    assert (
        cut
        == [h.strip() for pair in zip(_TITLE_HEADS, _CHAPTER_HEADS, strict=True) for h in pair]
        + _NEXT_CUT
    )
    # find_boilerplate calls it (rule page_furniture); the text joins across each cut.
    clean = clean_text(normalize_text(_book())).text
    assert "新陈代谢\n陈旭麓" in clean and "第一章漫长的封建社会\n" in clean
    assert "封建社会5" not in clean and "新陈代瀚" not in clean and "社会翻" not in clean
    assert clean.count("这种特点带来的直接结果是") == 20  # each page break mid-sentence joined
    assert "\n\n" not in clean.split("封建社会\n", 1)[1]  # no stray blank line where a head was


def test_a_heading_repeated_without_a_page_number_tail_is_kept():
    # Clause cjk_chapter_page_head: "第十章空与不变的哲学" (OCR'd) 18 lines under "第十章变与不
    # 变的哲学" is the chapter's heading (the first section follows), no longer than the
    # title: no page number; an exact repeat (a contents entry, then the heading) neither.
    heads = _CHAPTER_HEADS[:-2] + ["第一章漫长的封建杜会", "第一章漫长的封建社会"]
    cut = _cut(_book(chapter_heads=heads))
    assert "第一章漫长的封建杜会" not in cut and "第一章漫长的封建社会" not in cut
    assert "第一章漫长的封建社会13" in cut


def test_a_section_line_of_the_chapter_is_kept():
    # Clause cjk_chapter_page_head: a line naming a part of the chapter ("第一章 第二节",
    # "…（下）") is a heading of a book in sections, never a page head.
    heads = _CHAPTER_HEADS[:-2] + ["第一章漫长的封建社会第二节", "第一章漫长的封建社会（下）"]
    cut = _cut(_book(chapter_heads=heads))
    assert not any("第二节" in c or "（下）" in c for c in cut)


def test_contents_entries_do_not_open_the_chapter():
    # The contents list's entry (leader dots) is no first occurrence: the chapter's own
    # line after it is, and stays.
    # OCR'd leaders, marks between ("第十八章山孟水复~~t·、·~“‘~‘"), are leaders too.
    contents = "目录\n第一章漫长的封建社会~~t·、·~“‘~‘\n\n序\n" + _BODY
    cut = _cut(_book().replace("陈旭麓\n\n", "陈旭麓\n\n" + contents, 1))
    assert "第一章漫长的封建社会" not in cut and len(cut) == 20


def test_the_first_head_stays_where_the_heading_sits_under_the_contents():
    # Clause cjk_heading_under_contents: the heading right under the list's last entry
    # ("后记" / "            416") is the list's for the sections step; its first head
    # opens the chapter there and stays.
    contents = "目录\n第一章漫长的封建社会~·~·一··......................1\n后记\n            416\n"
    cut = _cut(_book().replace("陈旭麓\n\n", "陈旭麓\n\n" + contents, 1))
    assert "第一章漫长的封建社会翻" not in cut and len(cut) == 19
    assert "第一章漫长的封建社会5" in cut


def test_chapter_lines_without_rising_page_numbers_are_kept():
    # Clause cjk_page_rhythm: a novel's chapter line repeated with other endings, no page
    # numbers rising with the text, is no page head; nor are the title lines then.
    heads = [f"第一章漫长的封建社会{n}" for n in (9, 3, 8, 2, 7, 1, 6, 5)]
    assert _cut(_book(chapter_heads=heads)) == []
    few = [f"第一章漫长的封建社会{n}" if n < 7 else "第一章漫长的封建社会下" for n in range(4, 12)]
    more = _NEXT.replace("东方与西方23", "东方与西方下")
    assert _cut(_book(chapter_heads=few, more=more)) == []  # 4 numbered heads: under MIN_HEADS


def test_title_lines_in_prose_are_kept():
    # Clause cjk_title_page_head: a line with a comma or a full stop is prose, and a line
    # sharing under 3 in 4 of the title's characters is another.
    titles = ["  《近代中国社会的新陈代谢》，", "  近代中国的新陈"] + _TITLE_HEADS[2:]
    titles[2] = "  8近代中国社会的新陈代谢"
    cut = _cut(_book(title_heads=titles))
    assert len(cut) == 18 and not any("《" in c or c == "近代中国的新陈" for c in cut)


def test_title_lines_off_the_page_rhythm_are_kept():
    # Clause cjk_title_page_head: a book title repeated 5 times in a row (a dedication,
    # a list) steps no page: not cut.
    text = _book(title_heads=[""] * 8).replace("\n\n近", "\n", 1)
    text = text.replace("陈旭麓\n", "陈旭麓\n" + "近代中国社会的新陈代谢\n" * 6, 1)
    assert not any("新陈代谢" in c for c in _cut(text))


def test_a_section_title_under_a_head_stays_a_line_of_its_own():
    # Clause cjk_heading_below: "二、土地的私有和买卖" under the head: one blank line.
    book = _book().replace(
        "  6近代中国社会的新陈代谢\n", "  6近代中国社会的新陈代谢\n二、土地的私有和买卖\n", 1
    )
    edits = {book[e.start : e.end].strip(): e.replacement for e in find_boilerplate(book)}
    assert edits["6近代中国社会的新陈代谢"] == "\n\n"
    assert edits["10近代中国社会的新陈代谢"] == "\n"
    assert "\n\n二、土地的私有和买卖\n" in clean_text(normalize_text(book)).text


def test_an_ocr_ruined_page_number_does_not_stop_the_cut():
    # Clause cjk_page_rhythm: the longest rising run decides ("第九章日本冲来了549" between
    # pages 145 and 155); the ruined head goes with the others.
    heads = _CHAPTER_HEADS[:4] + ["第一章漫长的封建社会549"] + _CHAPTER_HEADS[5:]
    cut = _cut(_book(chapter_heads=heads))
    assert "第一章漫长的封建社会549" in cut and len(cut) == 20


def test_another_title_under_the_chapter_number_is_kept():
    # Clause cjk_chapter_page_head: the line must hold half of the chapter's title
    # characters; "第一章" with another title (a numbering restarted) is no page head.
    heads = _CHAPTER_HEADS[:-1] + ["第一章天国的悲喜剧17"]
    cut = _cut(_book(chapter_heads=heads))
    assert "第一章天国的悲喜剧17" not in cut and len(cut) == 19


def test_a_first_line_that_is_a_head_opens_the_chapter_its_number_no_title():
    # Clause cjk_chapter_page_head: chapter 18's heading is lost to OCR, its first head
    # "第十八章山重水妞945" opens it; "第十八章山重水复347" (no longer than "山重水妞945") is
    # still a head: the first line's page number is no part of the title.
    book = _book(heading="").replace("陈旭麓\n\n", "陈旭麓\n\n第一章漫长的封建社会3\n", 1)
    cut = _cut(book)
    assert "第一章漫长的封建社会3" not in cut and "第一章漫长的封建社会13" in cut
    assert len(cut) == 20


def test_an_ocr_rule_line_above_the_heading_is_no_contents_entry():
    # Clause cjk_heading_under_contents: the OCR'd rule under a page's footnotes ("~~~.一一~
    # 一~.....匕一-~", over 第十一章's heading) ends in no page number: the first head goes.
    book = _book().replace("陈旭麓\n\n", "陈旭麓\n\n~~~.一一~一~.....匕一-~............\n", 1)
    assert "第一章漫长的封建社会翻" in _cut(book)


def test_a_chapter_told_in_numbered_parts_is_no_page_rhythm():
    # Clause cjk_page_rhythm_chapters: a web novel's chapter in parts ("第十章 决战2" …
    # "第十章 决战8", the book's prose between) rises at a steady length, but within one
    # chapter number: the part headings stay. Page heads rise across chapters.
    parts = "".join(f"\n第十章 决战{p}\n\n" + _BODY for p in range(1, 9))
    assert _cut("第九章 初见\n\n" + _BODY + parts + "\n第十一章 余波\n\n" + _BODY) == []
    volumes = "".join(f"第{v}卷\n\n第1章 风起{v}\n\n" + _BODY * 2 for v in range(1, 8))
    assert _cut(volumes) == []  # volumes restarting at 第1章: one chapter number


def test_the_longest_rising_run_is_found_fast():
    # Clause cjk_page_rhythm: the run of rising page numbers (OCR ruins aside: 549, 3).
    from transforms.cjk_page_heads import _rising

    numbered = [(0, 5), (10, 549), (20, 7), (30, 3), (40, 9), (50, 9), (60, 11)]
    assert [v for _, v in _rising(numbered)] == [5, 7, 9, 11]
    many = [(k, (k * 7919) % 1000) for k in range(100_000)]  # 10M characters' repeats
    run = _rising(many)
    assert len(run) >= 50 and all(a[1] < b[1] for a, b in zip(run, run[1:], strict=False))


def test_a_sentence_naming_the_book_is_kept():
    # Clause cjk_title_page_head_sentence: a paragraph's last line naming the book, more
    # ideographs than its title and a sentence end, is prose, not the even page's head.
    line = "近代中国社会的新陈代谢啊！”"
    book = _book().replace("嫡长\n", "嫡长\n" + line + "\n", 1)
    cut = _cut(book)
    assert line not in cut and len(cut) == 20
