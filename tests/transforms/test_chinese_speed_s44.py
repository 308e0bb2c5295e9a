"""Session 44's speed clauses on Chinese books (issue 10), the same answers with less work:
clause scene_keyword_led (transforms.screenplay: a line tried from its start only when it
holds a scene heading's word), clause setext_char_led (transforms.sections: the underline
marks' one character searched before "--" / "==" / "***") and clause remember_char_led
(transforms.novel_site_prompts: each mobile-address key after one of its characters) and
clause markdown_char_led (transforms.gutenberg_markup._markdown: no scan without a "`", a "#"
at a line's start, "](" or "**").

Excerpts: Stu Maschwitz's "Brick & Steel" (tests/transforms/test_screenplay.py), the Debian
Policy Manual's chapter 1 (tests/transforms/test_technical_headings.py), 《异界魔头在都市》
(zzk6780051/novel, tests/transforms/test_setext_not_cjk_sentence.py), 《诡秘之主》
(xiexie1993/fiction_Secret_Master) and 《元气少年》 (zzk6780051/novel) from
tests/transforms/test_novel_site_prompts.py, 曹雪芹's 红楼梦 (../shared/data/zh_classics,
lines 27-34: the opening of chapter 1), the README.md of rcdm-uga/Gutenberg_Text (lines 4, 8
and 16: a link, a bold sentence, code spans) and 《诡秘之主》's 目录.md (xiexie1993, its first
lines: Markdown headings)."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_novel_site_prompts import GUIMI, GUIMI_MOBILE, YUANQI, cleaned
from tests.transforms.test_screenplay import BRICK
from tests.transforms.test_setext_not_cjk_sentence import MOTOU
from tests.transforms.test_technical_headings import POLICY, _clean
from transforms import gutenberg_markup, novel_site_prompts, screenplay, sections
from transforms.novel_site_prompts import remember_address_lines
from transforms.sections import find_headings, find_sections, section_paths

# 红楼梦 lines 27-34 (hard-wrapped at 32 characters): none of "-=*", 秒记址访, "T", "E", "Т"
HONGLOU = (
    "    看官你道此书从何而起？说来虽近荒唐，细玩颇有趣味。却说那女娲氏 \n"
    "炼石补天之时，于大荒山无稽崖炼成高十二丈、见方二十四丈大的顽石三万 \n"
    "六千五百零一块。那娲皇只用了三万六千五百块，单单剩下一块未用，弃在 \n"
)


class _Logged(str):
    """A text that logs the multi-character literals searched in it, with the searcher's file."""

    def __new__(cls, text, log):
        s = super().__new__(cls, text)
        s.log = log
        return s

    def __contains__(self, x):
        where = sys._getframe(1).f_code.co_filename.rsplit("/", 1)[-1]
        self.log.append((where, x))
        return str.__contains__(self, x)


class _Counting:
    """A stand-in for a compiled pattern that counts its calls."""

    def __init__(self, rx):
        self.rx, self.calls = rx, []

    def search(self, *a):
        self.calls.append("search")
        return self.rx.search(*a)

    def finditer(self, *a):
        self.calls.append("finditer")
        return self.rx.finditer(*a)

    def match(self, *a):
        self.calls.append("match")
        return self.rx.match(*a)


def test_honglou_excerpt_holds_none_of_the_characters():
    assert not any(c in HONGLOU for c in "-=*秒记址访TEТ")


# --- clause scene_keyword_led


def test_scene_keyword_led_screenplay_still_read():
    """The rule still fires: Brick & Steel's headings, forced ".SNIPER SCOPE POV" too."""
    found = screenplay.scene_lines(BRICK)
    lines = BRICK.split("\n")
    assert [lines[i] for i in found] == [
        "EXT. BRICK'S PATIO - DAY",
        "INT. TRAILER HOME - DAY",
        "EXT. BRICK'S POOL - DAY",
        ".SNIPER SCOPE POV",
    ]


def test_scene_keyword_led_same_answer_as_the_line_pattern():
    """``any_scene_line`` answers as ``_ANY_HEADING.search``: numbered and indented
    headings, a word inside a line only, an overlapping earlier word on the heading's own
    line, the Russian words, a heading on the text's first or last line."""
    texts = [
        BRICK,
        HONGLOU,
        "12 INT. HOUSE - DAY 12\n",
        "  \t12A EXT. ROAD - NIGHT 12A",
        "THE BEST INT. ROOM\nnot a heading",
        "书中 INT. 不在行首\n",
        "ИНТ. КВАРТИРА - ДЕНЬ",
        "x\nEST. CITY",
        "x\nBESTINT. no\nI/E CAR - DAY",
        "EXTINT.\n",
        "A1 EST EXT/INT\n",
        "",
    ]
    for t in texts:
        assert screenplay.any_scene_line(t) == (screenplay._ANY_HEADING.search(t) is not None), t


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["INT", "EXT", "EST", "I/E", "ИНТ", "НАТ", "ЭКСТ", ".", "/", " ", "\t", "\n"]
            + ["12", "A", "B", "12A", "书", "E", "T", "I"]
        ),
        max_size=14,
    ).map("".join)
)
def test_scene_keyword_led_property(text):
    assert screenplay.any_scene_line(text) == (screenplay._ANY_HEADING.search(text) is not None)


def test_scene_keyword_led_no_line_scan_on_chinese(monkeypatch):
    """Work counter: the ``^``-led pattern is not run on 红楼梦's lines (base44: one search
    per call); on a line holding "INT." mid-line it is tried once, from that line's start."""
    counting = _Counting(screenplay._ANY_HEADING)
    monkeypatch.setattr(screenplay, "_ANY_HEADING", counting)
    assert screenplay.scene_lines(HONGLOU) == []
    assert counting.calls == []
    assert screenplay.scene_lines(HONGLOU + "书中 INT. 不在行首\n") == []
    assert counting.calls == ["match"]


# --- clause setext_char_led


def test_setext_char_led_underlines_still_read():
    """The rule still fires: the Debian Policy Manual's "=====" underlines head sections."""
    paths = [p for p in section_paths(find_sections(_clean(POLICY))[0]) if p]
    assert ["1. About this manual", "1.2. New versions of this document"] in paths
    assert ["1. About this manual", "1.3. Authors and Maintainers"] in paths


def test_setext_char_led_searches(monkeypatch):
    """Work counter: on 红楼梦's lines find_headings searches "-", "=", "*" and none of
    "--", "==", "***" (base44: all three); on 《异界魔头在都市》's "------------" and the
    Policy Manual's "=====" the underline candidates are still read."""
    calls = []
    real = sections.hd.setext_candidates

    def counting(*a):
        calls.append(1)
        return real(*a)

    monkeypatch.setattr(sections.hd, "setext_candidates", counting)
    log: list = []
    find_headings(_Logged(HONGLOU, log))
    searched = [x for where, x in log if where == "sections.py"]
    assert not {"--", "==", "***"} & set(searched)
    assert {"-", "=", "*"} <= set(searched)
    assert calls == []
    find_headings(MOTOU)
    assert calls == [1]
    find_headings(_clean(POLICY))
    assert calls == [1, 1]


# --- clause remember_char_led


def test_remember_char_led_keys_hold_their_characters():
    """The clause's proof: a key in the text holds its character, so the answer is the same."""
    for c, key in novel_site_prompts._REMEMBER_KEYS:
        assert len(c) == 1 and c in key


def test_remember_char_led_lines_still_cut():
    """The rule still fires on each key's real line: 请记住本书 / 一秒记住 / 本站地址 /
    手机版阅读网址 (《诡秘之主》), 最快网址 (its mobile template), 手机用户请访问 (《元气少年》)."""
    out = cleaned(GUIMI)
    assert "域名" not in out and "本站地址" not in out and "阅读网址" not in out
    assert "最快网址" not in cleaned(GUIMI_MOBILE)
    assert "手机用户请访问" not in cleaned(YUANQI)
    for text, n in ((GUIMI, 4), (GUIMI_MOBILE, 2), (YUANQI, 2)):
        cuts = remember_address_lines(text)
        assert len(cuts) == n
        assert all("\n" not in text[e.start : e.end - 1] for e in cuts)


def test_remember_char_led_searches():
    """Work counter: on 红楼梦's lines (none of 秒记址访) no key is searched (base44: six);
    with a "记" only "请记住本书"."""
    log: list = []
    assert remember_address_lines(_Logged(HONGLOU, log)) == []
    keys = {"一秒记住", "请记住本书", "手机版阅读网址", "本站地址", "最快网址", "手机用户请访问"}
    assert [x for _, x in log if x in keys] == []
    log.clear()
    assert remember_address_lines(_Logged(HONGLOU + "记得\n", log)) == []
    assert [x for _, x in log if x in keys] == ["请记住本书"]


# --- clause markdown_char_led

# rcdm-uga/Gutenberg_Text's README.md, lines 4, 8 and 16 (each alone below)
README_LINK = (
    "This collection of text was pulled from Project Gutenberg's [Top 100 Authors Yesterday]"
    "(https://www.gutenberg.org/browse/scores/top#authors-last1). Only the text in English were "
    "pulled if other languages were present.\n"
)
README_BOLD = (
    "There are 98 authors in this dataset, two were just directories of indexes. Each "
    "containing a different amount of txt files. **Each txt file has a header and footer "
    "added by Project Gutenberg.** Thus will needed to be removed when doing any type of "
    "analysis.\n"
)
README_CODE = "    * `Name`: `str` The author's name\n"
GUIMI_TOC = "# 诡秘之主 \n\n> 爱潜水的乌贼 著\n\n## 作品信息\n"
# 《诡秘之主》's 笔记/诡秘之主_仪式.md, its first lines: "##" / "###" headings only, none at the
# text's start and no "# " anywhere (review: a gate on "\n# " instead of "\n#" misses them)
RITUAL_MD = (
    "\n\n\n## 神秘仪式\n\n\n###【“方术纪要”开头转运仪式】地球版汉语版 【 出处：正文 第二章 】\n\n"
    "要求:极其简单，不用任何基础\n"
)


def test_markdown_char_led_markdown_still_found():
    """The rule still fires on each branch's real line: a link, a bold sentence, code spans
    and (Chinese) "#" headings; each after 红楼梦's lines too (a "#" heading not first)."""
    for md in (README_LINK, README_BOLD, README_CODE, GUIMI_TOC):
        assert gutenberg_markup._markdown(md), md
        assert gutenberg_markup._markdown(HONGLOU + md), md
        assert gutenberg_markup._markdown(md + HONGLOU), md
    assert not gutenberg_markup._markdown(HONGLOU)
    assert not gutenberg_markup._markdown(HONGLOU + "#1 [1] *\n")


def test_markdown_char_led_deeper_headings_still_found():
    """The rule still fires on a note whose headings are all "##" or deeper, after blank
    lines (《诡秘之主》's 仪式.md) and after 红楼梦's lines; each level 2-6 alone after them."""
    assert gutenberg_markup._markdown(RITUAL_MD)
    assert gutenberg_markup._markdown(HONGLOU + RITUAL_MD)
    for level in range(2, 7):
        assert gutenberg_markup._markdown(HONGLOU + "#" * level + " 神秘仪式\n"), level
    assert not gutenberg_markup._markdown(HONGLOU + "####### 神秘仪式\n")


def test_markdown_char_led_no_scan(monkeypatch):
    """Work counter: 红楼梦's lines (none of "`", "#", "](", "**") are not scanned (base44:
    one scan); its lines with "[注1]" and a "#" inside a line neither; with a link, once."""
    counting = _Counting(gutenberg_markup._MARKDOWN)
    monkeypatch.setattr(gutenberg_markup, "_MARKDOWN", counting)
    assert not gutenberg_markup._markdown(HONGLOU)
    assert not gutenberg_markup._markdown(HONGLOU + "[注1] 第#1回 *\n")
    assert counting.calls == []
    assert gutenberg_markup._markdown(HONGLOU + README_LINK)
    assert counting.calls == ["finditer"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["#", "# ", "\n", "]", "(", ")", "](x.md)", "*", "**", "`", "a", "书", " "]
        ),
        max_size=12,
    ).map("".join)
)
def test_markdown_char_led_property(text):
    """The gate answers as the scan: ``_markdown`` equals a scan of ``_MARKDOWN`` with the
    banner rule (no banner line here: any match)."""
    assert gutenberg_markup._markdown(text) == (gutenberg_markup._MARKDOWN.search(text) is not None)
