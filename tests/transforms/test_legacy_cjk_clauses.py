"""The Japanese and Korean clauses of rule ``cjk_plausible``
(``transforms.legacy_encodings``): ``ja_kana_share``, ``ja_common_kanji``,
``ko_hangul_share`` (``ko_spaced_words`` is tested in test_legacy_encodings.py), each on
real text read in the wrong codec; ``ko_common_syllables`` and ``ja_halfwidth``'s
clause ``halfwidth_letters`` (session 17) on pieces of Debian's Japanese message
catalogs. Split from test_legacy_encodings.py."""

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


# GTK 2's Japanese catalog (Debian's /usr/share/locale/ja/LC_MESSAGES/gtk20.mo),
# eight messages in a row as the catalog holds them.
GTK_JA = (
    "%s (印刷ジョブの番号 #%d)\n(なし)\n(無効)\n(不明)\n--- Tip なし ---\n"
    '要素 <%s> の ID "%s" が間違っています\n'
    '要素 <%s> には "name" や "id" といった属性はありません\n'
    "要素 <%s> は既に指定されています"
)


def test_korean_syllables_are_common_ones():
    """Clause ``ko_common_syllables``: the Shift_JIS bytes of the GTK messages also
    decode strictly as CP949, to Hangul with spaces between (the catalog's spaces
    around "%s"), but to rare syllables: not Korean, so Shift_JIS is decided
    (without the clause both pass and nothing is decided)."""
    data = GTK_JA.encode("shift_jis")
    assert _problem(data, "cp949") == "its Hangul syllables are not the common ones"
    assert _decided(data) == "shift_jis"


# Debian's iso-codes, ISO 3166-2 in Japanese (iso_3166-2.mo): eight names in a row,
# one written with the half-width middle dot.
REGIONS_JA = (
    "ヌトゥンガモ\nヌエヴァ･エスパルタ\nヌエバセゴビア\nヌエボレオン\nヌガール\nヌイ\n"
    "ヌクフェタウ\nヌクライライ"
)


@pytest.mark.parametrize("encoding", ["shift_jis", "euc_jp"])
def test_halfwidth_punctuation_is_no_halfwidth_katakana(encoding):
    """Clause ``halfwidth_letters`` of ``ja_halfwidth``: "･" (U+FF65) is punctuation;
    counted as a half-width katakana it made 1 in 45 letters, over the 2% of
    ``ja_halfwidth``, and this Japanese was rejected in both its encodings."""
    data = REGIONS_JA.encode(encoding)
    assert _problem(data, encoding) == ""
    assert _decided(data) == encoding
