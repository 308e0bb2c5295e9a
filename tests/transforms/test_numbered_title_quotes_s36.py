"""Clause numbered_title_quotes (transforms/cjk_numbers.py, session 36): a titled CJK
number's title may quote a word or a book in 「」 or 『』.

Real text:
- tests/data/ja_aozora_orikuchi_nichiryu.txt, 折口信夫「日琉語族論」 (Aozora Bunko 000933
  47194), cleaned: title, byline, its part and section lines, each section's first four
  text lines cut to their first sentence. "六　「さね」と言ふ語及びぬし" and part two's
  "一　「ぐわあ」と「がま」と" were refused by rule cjk_numbered and read by rule
  cjk_title_lines a level above their plainly numbered siblings.
- tests/data/ja_aozora_akutagawa_kaigara.txt, 芥川龍之介「貝殼」 (Aozora 000879 65),
  cleaned: its fifteen numbered pieces, each with its first two text lines cut to their
  first two sentences. "十三　「いろは字引」にない言葉" broke the run; in the whole text its
  last three pieces stood a level above the other twelve, in this excerpt they were lost.
"""

from pathlib import Path

from transforms.cjk_numbers import MAX_TITLE_CHARS, cjk_number_candidates
from transforms.structure import analyze_text

DATA = Path(__file__).resolve().parents[1] / "data"
NICHIRYU = (DATA / "ja_aozora_orikuchi_nichiryu.txt").read_text(encoding="utf-8")
KAIGARA = (DATA / "ja_aozora_akutagawa_kaigara.txt").read_text(encoding="utf-8")


def _titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in analyze_text(text).sections if s.title]


def _candidate(line: str):
    found = cjk_number_candidates(line, 0, 0, len(line))
    return (found[0].kind, found[0].value, found[0].rest) if found else None


def test_numbered_title_quotes_one_level_with_siblings():
    """numbered_title_quotes: the quoted titles stand at their siblings' level, under
    the parts (base: "六", "一", "二" at 2, their siblings at 3)."""
    assert _titles(NICHIRYU) == [
        (1, "第一部 日本語の語序"),
        (2, "一 下何"),
        (2, "二 片何"),
        (2, "三 竪橋との関係"),
        (2, "四 殯（もがり）"),
        (2, "五 赤裸"),
        (2, "六 「さね」と言ふ語及びぬし"),
        (2, "七 人名について"),
        (2, "八 媛の位置"),
        (2, "九 彦の論"),
        (2, "十 荷前 かたみ"),
        (1, "第二部 日本語としての沖縄語"),
        (2, "一 「ぐわあ」と「がま」と"),
        (2, "二 特殊な意義分化の例としての「かなし」"),
        (2, "三 按司"),
        (2, "四 君々"),
    ]


def test_numbered_title_quotes_run_goes_on():
    """numbered_title_quotes: "十三　「いろは字引」にない言葉" goes on the run of numbered
    pieces, and so do "十四" and "十五" after it (base: all three lost)."""
    titles = _titles(KAIGARA)
    assert [t for _, t in titles][-4:] == [
        "十二 第一の接吻",
        "十三 「いろは字引」にない言葉",
        "十四 母と子と",
        "十五 修辞学",
    ]
    assert {level for level, _ in titles} == {1}
    assert len(titles) == 15


def test_numbered_title_quotes_candidates():
    """numbered_title_quotes: 「」 and 『』 inside or opening the title; the title is
    kept whole (its marks included)."""
    assert _candidate("一　『八犬伝』と私") == ("numbered", 1, "『八犬伝』と私")
    assert _candidate("二　「ぐわあ」と「がま」と") == ("numbered", 2, "「ぐわあ」と「がま」と")
    assert _candidate("五　旅人の「山」") == ("numbered", 5, "旅人の「山」")
    assert _candidate("十二　第一の接吻") == ("numbered", 12, "第一の接吻")  # unchanged


def test_numbered_title_quotes_guard_sentences_and_length():
    """Guards: a quote holding a sentence mark is speech, not a title; an unclosed
    quote, “” and a title longer than MAX_TITLE_CHARS without its marks stay refused."""
    assert _candidate("一　「はい。」と彼は言つた") is None
    assert _candidate("三　「まア、随分ひどい雪だ！」") is None
    assert _candidate("二　「さね」と言ふ語") is not None
    assert _candidate("二　「さね と言ふ語") is None
    assert _candidate("一、“三个代表”的提出") is None
    long = "一　" + "「" + "語" * (MAX_TITLE_CHARS - 1) + "」" + "論考"
    assert _candidate(long) is None
    fits = "一　" + "「" + "語" * (MAX_TITLE_CHARS - 2) + "」" + "論考"
    assert _candidate(fits) is not None
