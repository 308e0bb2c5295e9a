"""The plausibility rule of ``--encoding auto``'s multi-byte candidates
(``transforms.legacy_encodings``; split from it in session 21, no change of
behaviour): GB18030, Big5 (CP950), Shift_JIS (CP932), EUC-JP and EUC-KR (CP949).

* ``cjk_plausible`` (GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR): the non-ASCII
  *letters* (punctuation, box drawing and symbols are neutral) are mostly the
  language's script, its ideographs (Hangul syllables) mostly its *common* ones, taken
  from the encodings' own frequency tiers: GB2312 level 1 (3,755 hanzi) plus, for
  traditional text in GB18030, Big5 level 1 (5,401: Big5's own), JIS X 0208 level 1
  (2,965 kanji), KS X 1001 (2,350 Hangul syllables); at most ``_MAX_PRIVATE``
  private-use characters (GBK/Big5 user-defined ones). Chinese has no ASCII spaces
  between ideographs (Korean read as GB18030 has: spaced words); Korean is mostly
  Hangul with spaces after >= 10% of its syllables (Chinese read as EUC-KR has none:
  GB2312's level-1 rows are KS X 1001's Hangul rows); Japanese has >= 20% kana
  (clauses ``ko_...``, ``ja_...``, named in ``cjk_problem``); Big5 has at most
  ``_MAX_KANA_ROWS`` of its hanzi in the rows where EUC-JP puts kana (rule
  ``kana_rows``: EUC-JP Japanese reads as common Big5 hanzi); no letter is over
  ``_MAX_TOP_LETTER`` of them (rule ``varied_letters``).
"""

from __future__ import annotations

import re

from transforms.legacy_misreads import hanzi_misread

# Rule kana_rows: Big5 Chinese has <= 43% of its hanzi in the 1-5 stroke rows where
# EUC-JP puts kana (bench, 100 documents); EUC-JP Japanese read as Big5 ~80%.
_MAX_KANA_ROWS = 0.6
_MAX_PRIVATE = 0.002  # old GBK/Big5 texts hold a few user-defined (private-use) characters
# Rule varied_letters: the commonest letter of Chinese (的), Japanese (の) or Korean
# (이) text is ~5% of its letters; one byte pair repeated reads as one ideograph.
_MAX_TOP_LETTER = 0.25
_CJK_SPACED = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_HANGUL_SPACED = re.compile(r"[\uac00-\ud7a3] ")
# Clause ko_hanja_in_word (session 26, task D): GB2312's level-1 rows B0-C8 are KS X 1001's
# Hangul, rows C9-D7 its hanja, so Chinese read as EUC-KR mixes both inside a word: zh_CN
# '保持指定行数的一致前后缀' (diffutils) reads '괏넣寧땍契鑒돨寧鈴품빈留' and spaced Chinese
# lines were decided EUC-KR (35 pairs, 21 with this). Korean written with hanja puts a
# Sino-Korean word in hanja before its Hangul ending ('國家의'), never between two syllables;
# none of the ko catalogs' 31,974 lines has one.
# Clause ko_hanja_before_ending (review, session 26): a hanja run followed by a particle or an
# ending ('은' '의' '를' '하') is how mixed script writes a Sino-Korean word after Hangul:
# News1's headline '홍준표 "문수兄은 안타깝지만 하와이 오지 마라…난 이미 탈당"' (2025), decided
# EUC-KR on main, went undecided with ko_hanja_in_word, and one such word in a whole EUC-KR file
# made the file undecided. Such a match does not count. Particles only: with '적' '되' '된' '할'
# (which '的' '登' '等' '在' misread as) 6 zh_CN lines went right -> undecided; with these 0
# of the 39 zh_CN/zh_TW line-codec pairs it excuses changed (/tmp/rev26D/zhk.py).
_KO_ENDINGS = "은는이가을를의에와과도로으만께하한들"
_HANJA_IN_WORD = re.compile(
    rf"[\uac00-\ud7a3][\u4e00-\u9fff\uf900-\ufaff]+(?![{_KO_ENDINGS}])[\uac00-\ud7a3]"
)
# Clause ja_square_symbols (session 22): CP932's NEC row 13 (lead byte 0x87: ① ㍉ ㌔ ㎎) is Mac
# Roman's á (0x87) before a letter or í: Irish 'Iaráin' read as CP932 is 'Iar㌍n' (decided
# WRONG: those symbols are no letters, so its one kana passed). Japanese puts them after
# digits ('5㎎') or alone, never between two Latin letters; one is enough.
_SQUARE_IN_WORD = re.compile(r"[\u2460-\u24ff\u3200-\u33ff](?<=[A-Za-z].)(?=[A-Za-z])")


# Clause jis_signs (session 25): EUC-JP's '：' '・' '．' (row 1: A1A7, A1A6, A1A5) are
# GB2312's '¨' 'ˇ' 'ˉ' and KS X 1001's '¨': chasen's manual 'Masayuki Asahara：' and
# '{松田 寛, ..., 松本裕治：}' read 'Asahara¨' (decided GB18030, WRONG) and '씨居孤샬¨'
# (decided EUC-KR, WRONG). None of the three stands in 5.8 million characters of real
# Chinese (红楼梦, 水浒传, the zh_CN/zh_TW catalogs) nor in 951,213 of the ko catalogs;
# bopomofo's tone mark 'ˇ' follows bopomofo, which this does not take.
_JIS_SIGNS = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff\uac00-\ud7a3])[¨ˉˇ]|[¨ˉˇ](?=[A-Za-z\u4e00-\u9fff\uac00-\ud7a3])"
)
# Clause jjwxc_title_marks (session 30): 晋江文学城's TXT downloads set each VIP chapter's
# title again between two 'ˇ' on a line of its own ("\u3000\u3000 ˇ所谓玛丽苏ˇ", GBK 0xA8A4:
# GB2312's caron), 109 such lines in 八月长安's 《你好，旧时光》 and no other 'ˇ'; the file
# was rejected under --encoding auto. Such lines (at least _MIN_TITLE_MARKS) are left out
# of the search; EUC-JP's '・' read as GB2312 is no pair around a whole line.
_TITLE_MARKS = re.compile(r"^[ \t\u3000]*ˇ[^\nˇ]{1,40}ˇ[ \t\u3000]*$", re.M)
_MIN_TITLE_MARKS = 3


def _jis_sign(text: str) -> re.Match | None:
    """The first EUC-JP sign touching a letter (clause jis_signs), 晋江's title marks
    left out (clause jjwxc_title_marks)."""
    if len(_TITLE_MARKS.findall(text)) >= _MIN_TITLE_MARKS:
        text = _TITLE_MARKS.sub("", text)
    return _JIS_SIGNS.search(text)


def _tier(codec: str, leads: range, trails: range) -> frozenset[str]:
    chars = set()
    for lead in leads:
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


_TIERS: dict[str, frozenset[str]] = {}


def common_chars(language: str) -> frozenset[str]:
    """The common ideographs (Hangul syllables) of ``language``, made on first use."""
    if language not in _TIERS:
        high = range(0xA1, 0xFF)
        _TIERS[language] = {
            # GB18030 holds traditional text too: its common hanzi are both sets'
            "Chinese": lambda: (
                _tier("gb2312", range(0xB0, 0xD8), high) | common_chars("traditional Chinese")
            ),
            "traditional Chinese": lambda: _tier(
                "big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(high)
            ),
            "Japanese": lambda: _tier("euc_jp", range(0xB0, 0xD0), high),
            "Korean": lambda: _tier("euc_kr", range(0xB0, 0xC9), high),
            # Big5 hanzi at the bytes of EUC-JP's kana (rows A4 and A5): rule kana_rows
            "kana rows": lambda: _tier("big5", range(0xA4, 0xA6), range(0xA1, 0xF7)),
        }[language]()
    return _TIERS[language]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def cjk_problem(language: str, c: dict[str, int], text: str, counts: dict[str, int]) -> str:
    """Rule ``cjk_plausible``; shares are of the non-ASCII *letters* (box drawing,
    punctuation and symbols are neutral: tables and ASCII art are fine)."""
    n = c["alpha"]
    if _share(c["private"], c["non_ascii"]) > _MAX_PRIVATE:
        return f"{c['private']:,} private-use characters"
    top = max((k for ch, k in counts.items() if ord(ch) >= 0x80 and ch.isalpha()), default=0)
    if top > max(3, _MAX_TOP_LETTER * n):
        return f"one character is {_share(top, n):.0%} of its letters (no language repeats one so)"
    if language != "Japanese" and counts.keys() & set("¨ˉˇ") and (sign := _jis_sign(text)):
        # clause jis_signs
        return f"{sign.group()!r} touches a letter (euc-jp's '：' '・' '．' read as {language}?)"
    if language in ("Chinese", "traditional Chinese"):
        if _share(c["han"], n) < 0.9:
            return f"only {_share(c['han'], n):.0%} of its non-ASCII letters are hanzi"
        if _share(c["common"], c["han"]) < 0.9:
            return f"only {_share(c['common'], c['han']):.0%} of its hanzi are common ones"
        if language == "traditional Chinese":
            rows = common_chars("kana rows")
            kana_rows = sum(n for char, n in counts.items() if char in rows)
            if _share(kana_rows, c["han"]) > _MAX_KANA_ROWS:
                return f"{_share(kana_rows, c['han']):.0%} of its hanzi sit where euc-jp has kana"
        spaced = len(_CJK_SPACED.findall(text))
        if _share(spaced, c["han"]) > 0.02:
            return f"{spaced:,} ASCII spaces stand between hanzi (spaced words: not Chinese)"
        problem = hanzi_misread(text, c["han"])  # rule lone_hanzi
        if problem:
            return problem
    elif language == "Japanese":
        square = _SQUARE_IN_WORD.search(text)
        if square:  # clause ja_square_symbols
            return (
                f"{square.group()!r} stands between Latin letters (Mac Roman read as windows-31j?)"
            )
        if _share(c["kana"], c["kana"] + c["han"]) < 0.2:  # clause ja_kana_share
            return "too few kana for Japanese"
        if _share(c["kana"] + c["han"], n) < 0.9:  # clause ja_scripts
            return "too few of its non-ASCII letters are kana and kanji"
        if c["han"] and _share(c["common"], c["han"]) < 0.8:  # clause ja_common_kanji
            return f"only {_share(c['common'], c['han']):.0%} of its kanji are common ones"
        if _share(c["halfwidth"], n) > 0.02:  # clause ja_halfwidth
            return "many half-width katakana"
    else:  # Korean
        if _share(c["hangul"], n) < 0.5:  # clause ko_hangul_share
            return f"only {_share(c['hangul'], n):.0%} of its non-ASCII letters are Hangul"
        spaced = len(_HANGUL_SPACED.findall(text))
        if _share(spaced, c["hangul"]) < 0.1:  # clause ko_spaced_words
            return "its Hangul has no spaces between words (Korean has: Chinese read as Korean)"
        if _share(c["common"], c["hangul"]) < 0.95:  # clause ko_common_syllables
            return "its Hangul syllables are not the common ones"
        if c["han"] and _HANJA_IN_WORD.search(text):  # clause ko_hanja_in_word
            return f"{_HANJA_IN_WORD.search(text).group()!r}: a hanja inside a Hangul word"
        if _share(c["kana"] + c["halfwidth"], n) > 0.01:  # clause ko_no_kana
            return "it holds kana"
    return ""


# Clause hangul_pairs (session 25): a short Korean line in EUC-KR ('최근 파일 제한', '"%s" WAL
# 파일 찾기 실패': the ko catalogs) has too few characters for the Korean reading, but twice as
# many bytes for a single-byte one, which read it as Cyrillic capitals ('УжБй ЦФРЯ СІЧб',
# decided ISO-8859-5 or CP1251: WRONG). Where the EUC-KR reading failed only for too little
# evidence and is nothing but Hangul syllables, no single-byte reading is decided: real
# Cyrillic text reads as Hangul only where every other letter is a capital А-И (CP1251,
# ISO-8859-5) or one of 'юабцдефгх' (KOI8-R); its small letters are hanja rows. A reading
# of capitals alone is kept ('ПРИЁМНИК', 'НЕИЗВЕСТНО: ' of the ru catalogs in ISO-8859-5:
# 112 real lines went undecided without that); Korean read so mixes small letters ('УжБй').
# Clause kana_pairs (of it, session 25): so do short Japanese lines in Shift_JIS (ddskk's
# ';; あい川 /相川/' read as CP866 'ВаВвРь /СКРь/', decided WRONG once clause
# utf16_needs_nul let them reach the guess): the Shift_JIS or EUC-JP reading is kana and
# kanji alone, with a kana. Real CP866 small letters are Shift_JIS's half-width katakana.
_ONLY = {
    "Korean": re.compile(r"[\uac00-\ud7a3][\x00-\x7f\uac00-\ud7a3]*"),  # hangul_short_first_word
    "Japanese": re.compile(
        r"(?=[^\u3040-\u30ff]*[\u3040-\u30ff])[\u3040-\u30ff\u4e00-\u9fff]{2}"
        r"[\x00-\x7f\u3040-\u30ff\u4e00-\u9fff]*"
    ),
}


def hangul_pairs(reading: str, problem: str, language: str = "Korean") -> bool:
    """Whether a Korean (Japanese) ``reading`` that failed for ``problem`` is a short
    line of the language (clauses ``hangul_pairs``, ``kana_pairs``): too few characters,
    every non-ASCII one Hangul (kana and kanji, one kana at least)."""
    if "too few to tell" not in problem:
        return False
    first = re.search(r"[^\x00-\x7f]", reading)
    if first is None or _ONLY[language].fullmatch(reading, first.start()) is None:
        return False
    # Clause hangul_short_first_word (session 25, task D2): the Hangul may open with a word of
    # one syllable ('널 문자 개행', '셀 배경색 이름', '총 삭제 바이트' of the ko catalogs, read
    # as ISO-8859-5 'ГЮ ЙЎРк АГЧр' and decided so): two syllables in all, not two in a row.
    if language == "Korean" and sum("\uac00" <= ch <= "\ud7a3" for ch in reading) < 2:
        return False
    # (review of kana_pairs: its kanji are JIS level 1; real short Cyrillic read as Shift_JIS
    # or EUC-JP gives rare ones: CP866 'Вест-Кост' 'ぇ矮-完矮', ISO-8859-5 'Єгуновце')
    common = common_chars("Japanese") if language == "Japanese" else None
    return common is None or all(ch in common for ch in reading if "\u4e00" <= ch <= "\u9fff")
