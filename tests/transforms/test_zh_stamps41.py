"""Session 41 (branch wtF): clause ``site_stamp_scan`` (transforms/site_name_lines.py), the
forward scan that finds clause ``site_stamp_line``'s candidate lines without a reversed copy
of the text. It must find what reading the text line by line finds: the property test
compares the two on generated texts; the table holds the mirrors' stamps (务虚笔记's
大学生小说网, 张居正's txt小说天堂, 无名高地有了名's 56文学网, 大唐双龙传's 奇书网) at the places
where a scan from the line ends can slip: the text's last line without a break, spaces
after the name, "天" with and without a mark after it."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.site_name_lines import (
    _HAN,
    _SPACES,
    _WWW,
    LINE_CHARS,
    RULE,
    _interleaved,
    _stamp_line,
    site_stamp_lines,
)
from transforms.textedit import Edit

_END = re.compile(f"([网網站书書库庫屋吧阁閣城堂学學天])[^{_HAN}]{{0,4}}$")


def _by_lines(text: str) -> list[Edit]:
    """The clause read line by line: a line holding a disguised "www", or ending on a
    site's word with at most four other characters after it ("天" only with a mark after
    it), that ``_stamp_line`` reads as a stamp."""
    cuts, a = [], 0
    for line in text.split("\n"):
        b = a + len(line)
        end = _END.search(line)
        if end and end.group(1) == "天":
            after = line[end.end(1) : end.end(1) + 1]
            end = None if after in ("",) or after.isspace() else end
        if (_WWW.search(line) or end) and len(line) <= LINE_CHARS + 8:
            if _stamp_line(line.strip(_SPACES)):
                cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
        a = b + 1
    return cuts


_PIECES = list('网書站天堂小说大学生城吧库一的了 \t\u3000\n\n$`_-.，“”。！？"（）/wWωΩＷ') + [
    "txt",
    "www",
    ".com",
    '大$学$生@小`说"网',
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_site_stamp_scan_reads_every_line(text):
    found, lines = site_stamp_lines(text), _by_lines(text)
    assert [e for e in found if e in lines] == lines
    # the rest are woven stamps (clause interleaved_site_stamp), none inside a line cut
    for e in found:
        if e not in lines:
            assert _interleaved(text, e.start) == (e.start, e.end)
            assert not any(c.start <= e.start < c.end for c in lines)


ABOVE = "老残道：“我今天不走了。”"  # 老殘遊記 (劉鶚, d. 1909), its words
BELOW = "说着便回店去了。"


def _cut(text: str) -> list[str]:
    return [text[e.start : e.end] for e in site_stamp_lines(text)]


def test_site_stamp_scan_line_ends():
    stamp = '大$学$生@小`说"网'  # 务虚笔记
    # the last line without a break, with spaces after it, with a break
    assert _cut(f"{ABOVE}\n{stamp}") == [stamp]
    assert _cut(f"{ABOVE}\n{stamp} \u3000") == [stamp + " \u3000"]
    assert _cut(f"{ABOVE}\n{stamp}\n{BELOW}") == [stamp + "\n"]
    assert _cut(f"{stamp}\n{BELOW}") == [stamp + "\n"]
    # a site's word with four marks after it, not five
    assert _cut(f"{ABOVE}\n五 六-文 学 网-+-+\n{BELOW}") == ["五 六-文 学 网-+-+\n"]
    assert _cut(f"{ABOVE}\n五 六-文 学 网-+-+-\n{BELOW}") == []
    # txt小说天堂's name with its 堂 lost: "天" and a mark (张居正), and not "天" alone
    assert _cut(f"{ABOVE}\n小/说.t/xt.天+\n{BELOW}") == ["小/说.t/xt.天+\n"]
    assert _cut(f"{ABOVE}\n小/说.t/xt.天\n{BELOW}") == []
    assert _cut(f"{ABOVE}\n小/说.t/xt.天 +\n{BELOW}") == []
    # (review) the same four marks on the text's last line, without a break
    assert _cut(f"{ABOVE}\n五 六-文 学 网-+-+") == ["五 六-文 学 网-+-+"]
    # (review) names of MAX_NAME (8) Han characters, their last mark a full-width one
    # (中州纪事, 周作人文集, 务虚笔记, 以前的事, 张居正 cut so)
    for line in (
        "小 说-天 堂t?xt＿小＿说天\\堂",
        "小说-t x t-天堂＜t＜xt＞小＜说天？堂",
        "！小＠说＃txt＄天＾堂＆",
        "．小．说．．t．xt．天．堂．",
        "＊小／说＼t＝xt＊天＾堂％",
    ):
        assert _cut(f"{ABOVE}\n{line}\n{BELOW}") == [line + "\n"]
    # (review) 大唐双龙传's stamp with its "www" all Greek omegas: the address is folded
    greek = "8`○` 電` 耔` 書 ω ω ω . Τ``X``Τ ` 捌`零` . C`O`M"
    assert _cut(f"{ABOVE}\n{greek}\n{BELOW}") == [greek + "\n"]
    # an address after the name, found by its "www" (大唐双龙传 ch_032)
    qisu = "奇 书 网 w w w . q i s u w a n g . c o m"
    assert _cut(f"{ABOVE}\n{qisu}\n{BELOW}") == [qisu + "\n"]


def test_site_stamp_scan_story_lines_stay():
    # lines ending on a site's word that are the book's: a sentence, words spoken, a
    # heading, a line ending "。" after the word (水浒传's hard-wrapped lines end so)
    for line in (
        "去养在家里，待你回来完聚。你但放心去，不要挂念。如有便人，千万频频寄些书",
        '林冲听那三个人时，自思道："天',
        "第六回 花和尚倒拔垂杨柳 豹子头误入白虎堂",
        "各门城上军士，已都逃命去了。宋兵大振，各自争功夺城。",
    ):
        assert _cut(f"{ABOVE}\n{line}\n{BELOW}") == []
        assert _cut(f"{ABOVE}\n{line}") == []


WOVEN = (
    # 明朝那些事儿
    (
        "说几句名人名言，比如“燕雀安知鸿鹄之志”，“王侯将相ｗωｗ奇Qisuu書com网，宁有种乎”等等。",
        "说几句名人名言，比如“燕雀安知鸿鹄之志”，“王侯将相，宁有种乎”等等。",
    ),
    # 方与圆 (齐 for 奇)
    (
        "不能顺应变化，www齐Qisuu書com网没能及时融入到个人电脑、家用电脑的趋势中，结果只落得一个破产",
        "不能顺应变化，没能及时融入到个人电脑、家用电脑的趋势中，结果只落得一个破产",
    ),
    # 阿庇安's 罗马史, a note's signature
    ("① 萨林敦。——英译者www奇Qisuu書com网", "① 萨林敦。——英译者"),
    # 世界营销绝招800例, a heading (accents on the letters)
    ("77.雅芳公司“围点打援，各个击破”ｗωｗ奇Qìsuu書còm网", "77.雅芳公司“围点打援，各个击破”"),
)


def test_interleaved_site_stamp():
    for line, kept in WOVEN:
        text = f"{ABOVE}\n{line}\n{BELOW}\n"
        cut = site_stamp_lines(text)
        assert len(cut) == 1 and text[cut[0].start : cut[0].end] in line
        assert text[: cut[0].start] + text[cut[0].end :] == f"{ABOVE}\n{kept}\n{BELOW}\n"


def test_interleaved_site_stamp_guards():
    for line in (
        "请登录www.qisuu.com网站下载。",  # an address written whole, in a sentence
        "他说www奇Qisuu说com了就走。",  # no site's word ends the name (guard)
        "他说ww奇Qisuu書com网就走。",  # no "www" before the name (guard)
        "他说www奇Qisuu書xyz网就走。",  # no top-level domain's letters
        # (review) the site's word not right after the domain's letters: a computer
        # book's words, "Net" the start of "Netscape", "com" of "company"
        "支持WWW和FTP网站Netscape浏览器都可以。",
        "用WWW的Yahoo网站company页面查找。",
    ):
        assert site_stamp_lines(f"{ABOVE}\n{line}\n{BELOW}\n") == []
    # alone on its line, the stamp goes with the line (clause site_stamp_line), once
    text = f"{ABOVE}\nwww奇Qisuu書com网\n{BELOW}\n"
    assert [text[e.start : e.end] for e in site_stamp_lines(text)] == ["www奇Qisuu書com网\n"]
