"""A haiku book's lines keep their breaks: clause ``unmarked_verse_book`` of rule
``cjk_verse_lines`` (``transforms.cjk_verse``, called in ``transforms.cjk_layout``),
its clause ``verse_book_paragraphs`` and its guard ``verse_widths_vary``.

内藤鳴雪「鳴雪句集」(Aozora Bunko 000684, card 55833, the text file's lines 39-78): a
season's kigo labels, each with its haiku, one haiku a line, no mark in any of them.
The unwrap stage read the full ones as wrapped and joined them in pairs
("粥杖に冠落ちたる不覚かな書初　　　青楼に…")."""

import numpy as np

from tests.transforms.test_cjk_layout import HONGLOU
from transforms.cjk_verse import unmarked_verse_lines
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.unwrap import unwrap_text

MEISETSU = open("tests/data/ja_aozora_meisetsu_raw.txt", encoding="utf-8").read()


def _lines(text: str) -> list[str]:
    return clean_text(normalize_text(text)).text.split("\n")


def test_unmarked_verse_book_haiku_lines_keep_their_breaks():
    lines = _lines(MEISETSU)
    for haiku in (
        "粥杖　　　粥杖に冠落ちたる不覚かな",
        "書初　　　青楼に酔ひて其角が試筆かな",
        "元日　　　元日や一系の天子富士の山",
        "元日や親子七人梅の花",
        "四方拝　　四方拝果てゝや木々に風渡る",
        "朝拝　　　朝拝や春は曙一の人",
        "喰積　　　喰積もなくて酒のむ蜜柑十",
        "遣羽子　　遣羽子の裾にからまる小犬かな",
        "福引　　　福引やひく手数多の主は誰れ",
        "万歳　　　万歳や古き千代田の門柱",
        "きぬ〳〵や薺に叩き起されつ",
    ):
        assert haiku in lines
    # The excerpt's 28 haiku, each a line, as the book sets them (main glued 18 of them
    # into 9 lines).
    start = lines.index("元日　　　元日や一系の天子富士の山")
    assert len([x for x in lines[start:] if x]) == 28
    assert not any(len(x) > 25 for x in lines[start:])


def test_verse_book_paragraphs_the_preface_line_is_no_wrap():
    lines = _lines(MEISETSU)
    # The preface's last paragraph and its date line ran together.
    assert (
        "此の集の編纂に就いて水巴子の労を執られたことの多大なるは余の深く感謝する所である。"
        in lines
    )
    assert "明治四十一年十二月六日" in lines


def test_verse_widths_vary_unmarked_lines_of_one_width_are_wraps():
    # Guard verse_widths_vary on the book's own widths: the haiku lines of the
    # excerpt (17-20 characters) pass; the same lines all cut to one width (as a
    # wrapper fills unpunctuated text to its column) do not.
    haiku = [x for x in _lines(MEISETSU) if x and "。" not in x and len(x) >= 12]
    widths = np.array([len(x) for x in haiku])
    assert len(widths) >= 10 and np.bincount(widths).max() <= len(widths) // 2
    plain = np.zeros(len(widths), dtype=bool)
    assert unmarked_verse_lines(widths, plain).all()
    assert not unmarked_verse_lines(np.full(len(widths), 18), plain).any()
    # Fewer than four in five unmarked: prose with marks, no verse book.
    marked = np.arange(len(widths)) % 4 == 0
    assert not unmarked_verse_lines(widths, marked).any()
    assert not unmarked_verse_lines(widths[:2], plain[:2]).any()


def test_unmarked_verse_book_wrapped_prose_still_joins():
    # 红楼梦 wrapped at a column: its full lines hold marks; they still join.
    text, _ = unwrap_text(normalize_text(HONGLOU))
    assert "故将真事隐去，而借通灵说" in text.replace("\n\n", "|")
