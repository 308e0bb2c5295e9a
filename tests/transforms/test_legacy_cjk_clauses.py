"""The Japanese and Korean clauses of rule ``cjk_plausible``
(``transforms.legacy_encodings``): ``ja_kana_share``, ``ja_common_kanji``,
``ko_hangul_share`` (``ko_spaced_words`` is tested in test_legacy_encodings.py), each on
real text read in the wrong codec. Split from test_legacy_encodings.py."""

import pytest

from tests.transforms.test_legacy_encodings import KO, _decided
from transforms import legacy_encodings


def _problem(data: bytes, codec: str) -> str:
    (guess,) = [g for g in legacy_encodings.candidates(data) if g.encoding == codec]
    return guess.problem


@pytest.mark.parametrize(
    "text, encoding",
    [
        (KO, "euc_kr"),
        # 红楼梦 in ../shared/data, 第十六回's heading as the file sets it
        ("              第十六回  贾元春才选凤藻宫 秦鲸卿夭逝黄泉路 \n", "gb18030"),
    ],
    ids=["korean", "chinese"],
)
def test_japanese_has_kana(text, encoding):
    """Clause ``ja_kana_share``: Korean EUC-KR (Hangul rows read as kanji) and a line
    of GB18030 Chinese decode strictly as EUC-JP, to kanji with no kana: not Japanese."""
    assert _problem(text.encode(encoding), "euc_jp") == "too few kana for Japanese"


def test_japanese_kanji_are_common_ones():
    """Clause ``ja_common_kanji``: a line of Japanese saved as GB18030 (GB2312 has the
    kana where EUC-JP has them) decodes strictly as EUC-JP, its kana right, its kanji
    other, rare ones. 夏目漱石「こころ」 (Aozora Bunko, public domain)."""
    line = "「あなたは何でそうたびたび私のようなものの宅へやって来るのですか」\n"
    problem = _problem(line.encode("gb18030"), "euc_jp")
    assert problem.startswith("only ") and problem.endswith("of its kanji are common ones")
    assert _decided(line.encode("euc_jp")) == "euc_jp"


def test_korean_is_mostly_hangul():
    """Clause ``ko_hangul_share``: Chinese with spaced Latin words (a Debian tip of
    fortunes-zh 2.98's ``chinese`` file) in GB18030 decodes strictly as EUC-KR, its
    spaces after "Hangul" like Korean's, but to hanja, jamo and kana more than Hangul."""
    text = "\n\n    系统所使用的 shell 提示符很有可能会不同。\n"
    problem = _problem(text.encode("gb18030"), "euc_kr")
    assert problem.startswith("only ") and "of its non-ASCII letters are Hangul" in problem
    assert _decided(text.encode("gb18030")) == "gb18030"
