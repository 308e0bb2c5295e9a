"""Session 26, task D (wtD): short Chinese message-catalog lines in GB18030 / Big5 that
``guess_encoding`` decided as a single-byte codec (Cyrillic, Greek): the per-line check of
every zh_CN / zh_TW catalog line (/tmp/wtD_rev/lines.py)."""

from __future__ import annotations

from transforms.legacy_encodings import candidates, guess_encoding
from transforms.legacy_fallback import decode_fallback
from transforms.legacy_short_hanzi import hanzi_pairs, misread_mark

# (line, codec, the single-byte codec it was decided as before clause hanzi_pairs)
SHORT_CHINESE = (
    ("总线错误", "gb18030", "cp1251"),  # zh_CN coreutils.mo / libc.mo 'Bus error'
    ("\t\t不早于： %s", "gb18030", "iso8859_5"),  # zh_CN gnutls30.mo '\t\tNot Before: %s'
    ("强制更新", "gb18030", "iso8859_5"),  # zh_CN git.mo 'force updates'
    ("    \t升至堆疊頂端", "big5", "iso8859_5"),  # zh_TW bash.mo (pushd's help)
    ("\t更新日期：", "big5", "iso8859_7"),  # zh_CN gnutls30.mo '\tUpdate dates:' in Big5
    ("无效化失败", "gb18030", "cp1251"),  # zh_CN libc.mo 'invalidation failed': 'ОЮР§»ЇК§°Ь'
    ("  -e 文件     <文件> 存在", "gb18030", "iso8859_5"),  # zh_CN coreutils.mo (test's help)
    ('%s: PID 文件 "%s" 不存在', "gb18030", "iso8859_5"),  # zh_CN pg_ctl-15.mo
)


def test_hanzi_pairs_short_chinese_is_not_cyrillic_or_greek():
    """Clause hanzi_pairs: the GB18030 (Big5) reading is too short to pass (4-6 hanzi), the
    ISO-8859-5 / CP1251 / ISO-8859-7 reading of the same bytes ('ЧЬПЯґнОу', '§σ·s€ι΄Α‘G')
    passed and was decided: WRONG. Now undecided, the hint naming the Chinese codec."""
    for line, codec, _ in SHORT_CHINESE:
        decided, best = guess_encoding(line.encode(codec))
        assert decided is None, (line, decided)
        assert best is not None and best.encoding == codec and best.text == line


def test_hanzi_pairs_keeps_real_short_cyrillic_and_greek():
    """Real short lines whose GB18030 reading is short common hanzi too (KOI8-R's small
    letters are GB2312's rows C0-DF): still decided, for their readings carry no misread's
    mark (without that condition all four went undecided)."""
    for line, codec in (
        ("\t-%s чи -o параметр", "koi8_r"),  # uk bash.mo '\t-%s or -o option'
        ("\t<повреден P2>", "cp866"),  # bg binutils.mo '\t<corrupt P2>'
        ("  Кандидат: ", "iso8859_5"),  # ru apt.mo '  Candidate: '
        ("Αφαίρεση", "iso8859_7"),  # el gtk20.mo 'Remove'
    ):
        data = line.encode(codec)
        assert any(hanzi_pairs(g.text, g.problem, g.language) for g in candidates(data))
        decided, _ = guess_encoding(data)
        assert decided is not None and decided.text == line, (line, decided)


def test_hanzi_pairs_misread_mark():
    """The readings of the Chinese lines above carry the mark; real lines do not."""
    for line, codec, single in SHORT_CHINESE:
        assert misread_mark(line.encode(codec).decode(single)), line  # 'ЧЬПЯґнОу', 'ОЮР§»ЇК'
    # uk iso_3166-2.mo, ru glib20.mo ("цель псевдонима «%s»не включена"), el gtk20.mo
    for real in ("Луїзіана", "«%s»не", "Αφαίρεση", "ПРИЁМНИК"):
        assert not misread_mark(real), real


def test_hanzi_pairs_conditions():
    """The clause's own conditions on a reading: too few characters, hanzi only (with CJK
    punctuation), two at least, all common, not spaced."""
    few = "only 4 non-ASCII characters: too few to tell the encoding"
    assert hanzi_pairs("总线错误", few, "Chinese")
    assert not hanzi_pairs("总线错误", "only 50% of its hanzi are common ones", "Chinese")
    assert not hanzi_pairs("总", few, "Chinese")  # one hanzi is no pair
    assert not hanzi_pairs("文件 路径", few, "Chinese")  # spaced words
    assert not hanzi_pairs("总线ж", few, "Chinese")  # a letter of another script
    assert not hanzi_pairs("総线", few, "Chinese")  # '総' is no common hanzi of GB2312 / Big5
    assert not hanzi_pairs("총선", few, "Korean")


def test_held_hint_names_each_reading_and_its_option():
    """Clause held_hint (review): the hint for a line held back named the first family's
    reading ('rerun with --encoding gb18030' for a Big5 line; for an EUC-KR line GB18030 with
    '()', the very reading that was wrong) and not the readings that passed. It names the held
    reading and each passed one, with its text and option, on one line."""
    for line, codec, other in (
        ("    \t升至堆疊頂端", "big5", "iso8859_5"),  # zh_TW bash.mo (above)
        ("\t    <프로그램> [프로그램옵션]...", "euc_kr", "gb18030"),  # ko libc.mo
        ("КамАЗы, ГАЗели", "iso8859_5", "gb18030"),  # ru: a real line held back (the cost)
    ):
        decoded = decode_fallback(line.encode(codec), "auto")
        assert decoded.text is None and "\n" not in decoded.hint, decoded
        assert repr(line.strip()) in decoded.hint, decoded.hint
        options = decoded.hint.split("whose text is right: ")[1].split(" or ")
        assert codec in options and other in options, decoded.hint
