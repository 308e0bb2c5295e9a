"""Clauses ``site_tail_stub`` and ``spaced_variant_address`` (session 36,
transforms/site_tails.py). The site stamps are 富爸爸穷爸爸's and 曾国藩全集's as the sites wrote
them (hankinghu/literature-books); the book's sentences around them are 老殘遊記's (劉鶚,
d. 1909; oscarsun72/chtxt), public domain."""

from transforms.boilerplate import find_boilerplate
from transforms.promo_lines import promotion_lines
from transforms.site_tails import spaced_variant_addresses
from transforms.textedit import apply_edits

S1 = "話說山東登州府東門外有一座大山，名叫蓬萊山。"
S2 = "山上有個閣子，名叫蓬萊閣。"
S3 = "這閣造得畫棟飛雲，珠簾卷雨，十分壯麗。"
FOOTER = (
    " 网：新加坡国立大学MBA交流园地。免费整理，欢迎转载，请勿用于商业用途。欢迎访问www.mbaasia.net"
)


def _cut(text: str) -> str:
    """The boilerplate stage's cuts (overlapping finds merged, as in the pipeline)."""
    return apply_edits(text, find_boilerplate(text))[0]


def test_site_tail_stub_rich_dad():
    """The footer's name cut short by the page ("MBA亚洲资源网： 59", " 网： 63") and the
    whole footer behind a longer name go with the repeated tails; the sentences stay."""
    text = (
        f"{S1}{FOOTER} 61\n{S2}{FOOTER} 62\n{S3}{FOOTER} 64\n"
        f"{S1}富爸爸 MBA亚洲资源网： 59\n"
        f"{S2} 网： 63\n"
        f"{S3}有 MBA亚洲资源网：新加坡国立大学MBA交流园地。免费整理，欢迎转载，请勿用于商业用途。"
        "欢迎访问www.mbaasia.net 124\n"
    )
    assert _cut(text) == f"{S1}\n{S2}\n{S3}\n{S1}富爸爸\n{S2}\n{S3}有\n"


def test_site_tail_stub_guards():
    """Guards stub_after_space ("中国网：" inside a sentence) and stub_ends_line (words
    after the name): the lines stay whole."""
    tails = f"{S1}{FOOTER} 61\n{S2}{FOOTER} 62\n{S3}{FOOTER} 64\n"
    inside = "他打开中国网：首页上只有一行字。\n"
    words = f"{S1} 网：大家好\n"
    assert _cut(tails + inside + words) == f"{S1}\n{S2}\n{S3}\n" + inside + words
    glued = "他在中国网： 12\n"  # no space before the name: the line's own
    assert _cut(glued + tails) == glued + f"{S1}\n{S2}\n{S3}\n"


def test_spaced_variant_address_zeng():
    """The disguised "16K.cN" stamp, written with spaces or full-width letters after a
    sentence, goes (with a lone "…" before it) when its case variants stand 3 times."""
    stamps = "".join(
        f"{s}{a}\n\n"
        for s, a in zip(  # noqa: B905
            (S1, S2, S3), ("HTTp://wwW.16K.cN", "HTTp://WWW.16K.cN", "HTTp://WWw.16K.Cn")
        )
    )
    text = stamps + f"{S1}WAP.1 6 K.cN\n\n{S2}…Wap．16 Ｋ．Ｃn\n\n{S3}\n"
    assert _cut(text) == f"{S1}\n\n{S2}\n\n{S3}\n\n{S1}\n\n{S2}\n\n{S3}\n"


def test_spaced_variant_address_guards():
    """Guards spaced_variant_line_end (the book's words after it), spaced_variant_short
    (a long sentence before the address: the clause's own finds, as the older edge rules
    cut a short text's last lines anyway) and the case_variant_address gate (no
    disguised spellings: a spaced copy of a plain "www.16k.cn" stays)."""
    after = f"{S1}WAP.1 6 K.cN 這閣造得畫棟飛雲\n\n"
    long = f"{S2}他說他常去那個叫做十六開小說網站的地方讀書，網址是 www.1 6 K.cN\n\n"
    assert spaced_variant_addresses(after + long, ["http://www.16k.cn"]) == []
    plain = f"{S1}www.16k.cn\n\n{S2}WAP.1 6 K.cN\n\n{S3}\n\n" * 2
    assert promotion_lines(plain) == []


def test_spaced_variant_site_words():
    """Guard ``spaced_variant_site_words`` (review, session 36): the book's own words between
    the sentence end and a spaced copy of the address ("牌子上寫著 16 K. CN") stay; the site's
    words there ("1 6 K小说网.电脑站") go with it."""
    stamps = "".join(
        f"{s}{a}\n\n"
        for s, a in zip(  # noqa: B905
            (S1, S2, S3), ("HTTp://wwW.16K.cN", "HTTp://WWW.16K.cN", "HTTp://WWw.16K.Cn")
        )
    )
    story = f"{S2}牌子上寫著 16 K. CN\n\n"
    site = f"{S3}1 6 K小说网.电脑站www．16k．cn\n\n"
    assert _cut(stamps + story + site) == f"{S1}\n\n{S2}\n\n{S3}\n\n" + story + f"{S3}\n\n"


def test_site_tail_stub_name_guards():
    """The name before a stub's colon is short and holds no punctuation (review, session
    36): "他笑道 好，网： 3" and a long run of the book's words before "网：" stay whole."""
    tails = f"{S1}{FOOTER} 61\n{S2}{FOOTER} 62\n{S3}{FOOTER} 64\n"
    punct = "他笑道 好，网： 3\n"
    long = f"{S1} 這閣造得畫棟飛雲珠簾卷雨十分壯麗的网： 59\n"
    assert _cut(tails + punct + long) == f"{S1}\n{S2}\n{S3}\n" + punct + long


def test_spaced_variant_needs_sentence_end():
    """A line with no sentence end before the spaced address is the book's (a sentence naming
    the site and its address): it stays (review, session 36)."""
    assert (
        spaced_variant_addresses("我常上十六開小说网 www.1 6 K.cN\n", ["http://www.16k.cn"]) == []
    )
