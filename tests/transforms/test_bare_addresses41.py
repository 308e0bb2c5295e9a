"""Session 41 (branch wtF): clause ``bare_address_line`` (transforms/site_tails.py, called by
transforms/promo_lines.py). The addresses are the lines hankinghu/literature-books leaves
after cleaning (繁花, 货币战争5, 盛雪's 远华案黑幕), each a line of its own as there; the story
lines around them are 老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain, and
盛雪's title page for the imprint."""

import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.site_tails import bare_address_lines

ABOVE = "老残道：“我今天不走了。”"
BELOW = "说着便回店去了。"
STAMPS = (
    "www.xaoshuotxt.com",  # 繁花, before 第五章 (a download site's word: txt, xaoshuo)
    "http://www.mdwenxue.com",  # 繁花 (wenxue)
    "www.xiaosuo txt. com",  # 繁花, before 第十二章 (a space inside)
    "http://bOoK.mIHUa.NEt",  # 货币战争5, under 第2节 (the case changes inside a word)
    "http://bOoK.mIHUa.NeT",  # 货币战争5, under 第6节
    "www. .com",  # 盛雪 (a space inside, the host lost)
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


@pytest.mark.parametrize("stamp", STAMPS)
def test_bare_address_line(stamp):
    out = _clean(f"{ABOVE}\n{stamp}\n{BELOW}\n")
    assert stamp not in out and "www" not in out and "http" not in out
    assert ABOVE in out and BELOW in out


@pytest.mark.parametrize(
    "line",
    (
        "www.mirrorbooks.com",  # 盛雪's imprint under 明镜出版社
        "(www.tenluo.com)",  # 货币战争5: no evidence of its own (stays; Left)
        "http://www.stats.gov.cn",  # a reference's address
        "HTTP://WWW.CENSUS.GOV",  # capitals throughout are no disguise
        "www.Mirrorbooks.com",  # a capital opening a word is no disguise
        # (review) a brand's own case: only the scheme, "www" and ending are read
        "www.iPhone.com",
        "www.GitHub.com",
        "WWW.Amazon.CN",
        "www.ChinaDaily.com.cn",
        # (review) a download word inside a longer name: 文学城, a reference
        "www.wenxuecity.com",
        "http://www.wenxuecity.com",
        # (review) a list of sites is no host with a space in it
        "www.sina.com.cn www.sohu.com",
        "www.xiaoshuo.com www.sina.com",
        # no address alone: a file's name, an e-mail
        "readme.txt",
        "wenxue@xiaoshuo.com",
    ),
)
def test_bare_address_line_guards(line):
    # the lines below 盛雪's imprint, and (review) what a memoir or a computer book cites
    # on a line of its own under 明镜出版社's title page
    out = _clean(f"盛雪\n远华案黑幕\n明镜出版社\n{line}\n\n2001年7月\n{ABOVE}\n{BELOW}\n")
    assert f"\n{line}\n" in out


def test_bare_address_line_values():
    text = f"{ABOVE}\nhttp://bOoK.mIHUa.NEt\n{BELOW}\nwww.mirrorbooks.com\n www. .com"
    lines = []
    a = 0
    for line in text.split("\n"):
        if "ww" in line or "ttp" in line:
            lines.append((a, a + len(line)))
        a += len(line) + 1
    cut = [text[e.start : e.end] for e in bare_address_lines(text, lines)]
    assert cut == ["http://bOoK.mIHUa.NEt\n", " www. .com"]
    # the case changing in the scheme or the ending, a download word ending a label
    for line in ("HTTp://www.mihua.net", "www.mihua.NeT", "wWw.zhuaJi.org", "www.56txt.net"):
        assert len(bare_address_lines(line, [(0, len(line))])) == 1, line
    # an address inside a sentence, or longer than a host, is no bare line
    prose = "请登录www.xiaoshuotxt.com下载"
    assert bare_address_lines(prose, [(0, len(prose))]) == []
