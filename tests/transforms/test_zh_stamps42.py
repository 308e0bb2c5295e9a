"""Session 42 (branch wtF): clauses ``torn_inline_address`` (with sub-clause
``torn_address_name``), ``torn_address_line`` and ``stamped_host_copy``
(transforms/site_torn.py, called by transforms/promo_lines.py). The stamped lines are
excerpts of the books that carry them in the mirrors: 我真不是魔神 and 大唐再起
(zzk6780051/novel), 走到人生边上 and 货币战争5 (hankinghu/literature-books); the story
lines around them are 老殘遊記's (劉鶚, d. 1909; oscarsun72/chtxt), public domain."""

import pytest

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.site_torn import (
    domain_of,
    stamped_host_copies,
    torn_address_lines,
    torn_inline_addresses,
)

ABOVE = "老残道：“我今天不走了。”"
BELOW = "说着便回店去了。"


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _lines(body: str) -> list[str]:
    out = _clean(f"{ABOVE}\n\n{body}\n\n{BELOW}\n")
    assert ABOVE in out and BELOW in out
    return [line for line in out.split("\n") if line.strip()]


# each book's torn address with a site's ending: the stamp's evidence in the text, without
# which a single label (".jjxxs") stays (guard torn_inline_single)
MOSHEN = "“离开这里 .biqudu.xyz！”"  # 我真不是魔神
DATANG = "“回禀陛下，不知为何，一群落榜生正铅笔小说 .qbxs.me集结一起，大声鼓噪！”"  # 大唐再起


@pytest.mark.parametrize(
    ("stamped", "book", "kept"),
    (
        # 我真不是魔神: the site's name and its torn address inside a cry
        ("太可怕久久小说 .jjxxs了！", MOSHEN, "太可怕了！"),
        # 大唐再起: name (two characters and 小说) and address, mid-sentence
        (
            "能在如此多的将领面前露脸，吴青心中极为豆豆小说 .doudouxs欢喜，尤其是那些莫名有些优越感的淮南将校们。",
            DATANG,
            "能在如此多的将领面前露脸，吴青心中极为欢喜，尤其是那些莫名有些优越感的淮南将校们。",
        ),
        (DATANG, "", "“回禀陛下，不知为何，一群落榜生正集结一起，大声鼓噪！”"),
        # 我真不是魔神: an address alone (its name dropped by the site), before a mark
        (MOSHEN, "", "“离开这里！”"),
        # 大唐再起: a name without a download site's word stays; the address goes
        ("“陛下，笔趣岛 .biqudao.xyz有前线的信件。”", "", "“陛下，笔趣岛有前线的信件。”"),
    ),
)
def test_torn_inline_address(stamped, book, kept):
    assert _lines(f"{stamped}\n\n{book}" if book else stamped)[1] == kept


def test_torn_inline_short_with_company():
    """我真不是魔神's short torn addresses (".xxfo", ".xfo": a word torn in two) go when the
    text holds one with a site's ending; alone they stay (guard torn_inline_single)."""
    short = ("嘴里，含 .xxfo糊不清的说着什么。", "噩梦黄金里程碑：手 .xfo眼通天。")
    long = "是灵平安八一 .zwdu.me遇到过，血条最长的首领怪物！"
    got = _lines("\n\n".join((short[0], long, short[1])))
    assert got[1:4] == [
        "嘴里，含糊不清的说着什么。",
        "是灵平安八一遇到过，血条最长的首领怪物！",
        "噩梦黄金里程碑：手眼通天。",
    ]
    text = "\n".join(short)
    assert torn_inline_addresses(text) == []
    # guard torn_inline_not_ending holds beside a long torn address too
    text = f"这个工具是用 .net写成的。\n{long}"
    (cut,) = torn_inline_addresses(text)
    assert text[cut.start : cut.end] == " .zwdu.me"


@pytest.mark.parametrize(
    "line",
    (
        "嘴里，含 .xxfo糊不清的说着什么。",  # short, no long one in the text
        "基于 .net平台开发的程序。",  # a domain's ending alone (guard torn_inline_not_ending)
        "这个工具是用 .net写成的。",  # the same, no file word after it
        "最近，我在思想国网站(www.sixiangguo.com)就此提问并得到一些答案。",  # 思想国: a cited site
        "请访问我们的网址：www .richdadgold.com。",  # 富爸爸穷爸爸: "www" before the space
        "打开用户目录下的 .bashrc文件，加上一行。",  # a file's name (guard torn_inline_file)
        "把文件存为 readme.txt 再打开。",  # a Latin word before the dot (guard torn_inline_glued)
    ),
)
def test_torn_inline_guards(line):
    assert torn_inline_addresses(line) == []
    assert _lines(line)[1] == line


# Chinese technical prose (review, s42): a file's or a program's name after a space, glued
# to the characters around it. The first two are real lines (a project's README, "Jupyter
# Lab 输出的日志…"; a git-bash note, "查看是否存在…"); the others, the prose shapes of such books.
TECHNICAL = (
    "Jupyter Lab 输出的日志将会保存在 `nohup.out` 文件（已在 .gitignore中过滤）。",
    "通过ls -a 查看主目录下的所有文件，查看是否存在 .bashrc或.bash_profile 文件",
    "打开 .vimrc，加入以下配置。",
    "编译生成的 .class字节码。",
    "把 .mp3歌曲拷到手机里。",
    "他注册了一个 .com.cn域名。",
)


@pytest.mark.parametrize("line", TECHNICAL)
def test_torn_inline_technical(line):
    """Guard torn_inline_single: a single label without a torn site address in the text is
    no stamp; guard torn_inline_not_ending: ".com.cn" is two endings."""
    assert torn_inline_addresses(line) == []
    assert _lines(line)[1] == line


def test_torn_inline_site_ending():
    """Guard torn_inline_site_ending: beside a book's torn site address, a second label that
    is no site's ending (".tar.gz") stays; the site's own address goes."""
    text = f"把 .tar.gz包解压到当前目录。\n{MOSHEN}\n他注册了一个 .com.cn域名。"
    assert [text[e.start : e.end] for e in torn_inline_addresses(text)] == [" .biqudu.xyz"]


@pytest.mark.parametrize(
    "line",
    (
        "打开用户目录下的 .bashrc文件，加上一行。",  # a file word after it (guard torn_inline_file)
        "在 .bashrc 文件中设置别名，",  # a space after it (guard torn_inline_glued; a shell tip)
    ),
)
def test_torn_inline_guards_beside_a_stamp(line):
    """In a text that holds a torn site address, a file's name still stays."""
    text = f"{line}\n{MOSHEN}"
    assert [text[e.start : e.end] for e in torn_inline_addresses(text)] == [" .biqudu.xyz"]


def test_torn_address_name_needs_letters():
    """Sub-clause torn_address_name: the name goes only when the host has at least as many
    letters as the name has characters; else only the address goes."""
    text = "太可怕久久小说 .jjx了！"
    (cut,) = torn_inline_addresses(text + DATANG)[:1]
    assert text[: cut.start] + text[cut.end :] == "太可怕久久小说了！"


def test_torn_address_line_and_copies():
    """走到人生边上: the torn addresses alone on their lines, and the same hosts glued after a
    sentence's end, go; the sentences stay whole."""
    body = "\n\n".join(
        (
            "我写的《遇仙记》就是记我在这方面的经验 。www.56wen.com",
            "我们照镜子，能看见自己的真相吗？http://m.56wen.com",  # (a scheme before it)
            ".56wen.com",
            "她和我的不同，也不过“百步”“五十步”的不同罢了。wWw.LZUOWEN.com",  # (any case)
            "良心出自人的本性，除非自欺欺人，良心是压不灭的。",
            "理想作文网：.lzuowen.com",
        )
    )
    got = _lines(body)
    assert got[1:-1] == [
        "我写的《遇仙记》就是记我在这方面的经验 。",
        "我们照镜子，能看见自己的真相吗？",
        "她和我的不同，也不过“百步”“五十步”的不同罢了。",
        "良心出自人的本性，除非自欺欺人，良心是压不灭的。",
    ]
    cuts, domains = torn_address_lines(body)
    assert domains == ["56wen.com", "lzuowen.com"] and len(cuts) == 2
    # guard torn_line_alone: a torn address with words or a path on its line stays
    for line in ("理想作文网：.lzuowen.com 有更多的文章", ".56wen.com/html/1.htm"):
        assert torn_address_lines(f"{BELOW}\n{line}\n{BELOW}") == ([], [])


def test_stamped_host_copy_brackets():
    """货币战争5: "http://bOoK.mIHUa.NEt" (bare_address_line) makes its site's other
    addresses in brackets under the section headings stamps; tenluo's, never stamped, stayed
    until session 50: clause repeated_bare_address (transforms.site_repeats, branch wtE)
    reads it as the same kind of line, an address alone under a heading, with the book's
    other address lines as evidence."""
    body = "\n".join(
        (
            "【正文】 第2节：",
            "http://bOoK.mIHUa.NEt",
            "【正文】 第27节：",
            "(www.mihua.net)",
            "【正文】 第31节：",
            "(game.mihua.net)",
            "【正文】 第13节：第三章 钱荒惊魂，梦游的影子狂欢",
            "(www.tenluo.com)",
            # the book's second copy (review, session 50: repeated_bare_address needs 3
            # lines and a host written twice; with one tenluo line the excerpt keeps it)
            "【正文】 第24节：",
            "(www.tenluo.com)",
        )
    )
    out = _clean(f"{ABOVE}\n{body}\n{BELOW}\n")
    # session 42-49: "(www.tenluo.com)" in out (kept); session 50: cut as a bare address line
    assert "mihua" not in out.lower() and "tenluo" not in out
    # session 54 (wtC): the site's page headings go too (clause body_mark_page_line,
    # transforms.site_page_marks); the book's heading after a page number stays
    assert "【正文】" not in out and "第27节" not in out and "第31节" not in out
    assert "第三章 钱荒惊魂，梦游的影子狂欢" in out


def test_stamped_host_copy_guards():
    """Guard host_copy_line_end: a stamped host inside a sentence stays; guard
    host_copy_evidence: no stamp, no cut; a longer host is another site."""
    text = "\n".join(
        (
            ".56wen.com",
            "他说可以上www.56wen.com看看。",  # words after the address
            "他说可以上www.56wen.com",  # no sentence's end before it
            "我们照镜子，能看见自己的真相吗？m.56wen.com上有全文。",  # words after it
            "我们照镜子，能看见自己的真相吗？m.56wen.community",  # another host
            "我们照镜子，能看见自己的真相吗？m.x56wen.com",  # another host
        )
    )
    cuts = stamped_host_copies(text, ["56wen.com"])
    assert [text[e.start : e.end] for e in cuts] == [".56wen.com\n"]  # the torn line alone
    assert stamped_host_copies(text, []) == []
    text = "我们照镜子，能看见自己的真相吗？http://56wen.com\n"  # the scheme goes with the host
    (cut,) = stamped_host_copies(text, ["56wen.com"])
    assert text[cut.start : cut.end] == "http://56wen.com"
    assert domain_of("http://bOoK.mIHUa.NEt") == "mihua.net"
    assert domain_of("www.ChinaDaily.com.cn") == "chinadaily.com.cn"
    assert domain_of("www. .com") == ""
