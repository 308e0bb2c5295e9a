"""``--encoding auto`` on whole books (session 27, second task): clauses ``long_text_slips``
(``transforms.legacy_mac_cyrillic``) and ``stray_controls`` (``transforms.legacy_encodings``).
Whole RusLit novels in CP1251 went undecided on one slip of the book's own ('Аа!', 'ОнегинуЯ',
'до«бродетелью', 'Ќ 21', 'честнОй', a DEL for a space). Each slip below is a real line of the
work named; alone it is still undecided (one is enough in a line), in a long text it passes, and
more than one per 20,000 small letters still withholds; the long text's Mac Cyrillic reading
stays undecided. Text: Tolstoy, Анна Каренина, part 1, chapter 1 (public domain)."""

from __future__ import annotations

import pytest

from transforms.legacy_encodings import candidates, guess_encoding

_ANNA = (
    "Все смешалось в доме Облонских. Жена узнала, что муж был в связи с бывшею в их доме "
    "француженкою-гувернанткой, и объявила мужу, что не может жить с ним в одном доме. "
    "Положение это продолжалось уже третий день и мучительно чувствовалось и самими "
    "супругами, и всеми членами семьи, и домочадцами. Все члены семьи и домочадцы "
    "чувствовали, что нет смысла в их сожительстве и что на каждом постоялом дворе случайно "
    "сошедшиеся люди более связаны между собой, чем они, члены семьи и домочадцы Облонских. "
    "Жена не выходила из своих комнат, мужа третий день не было дома. Дети бегали по всему "
    "дому, как потерянные; англичанка поссорилась с экономкой и написала записку "
    "приятельнице, прося приискать ей новое место; повар ушел еще вчера со двора, во время "
    "самого обеда; черная кухарка и кучер просили расчета.\n\n"
)
# 641 small letters a copy: 32 copies are 20,500 (one finding allowed), 15 copies 9,600 (none)
_BOOK = _ANNA * 32
_SHORT_BOOK = _ANNA * 15

# (slip, the rule it trips alone, codecs whose reading it trips): real lines of RusLit works
SLIPS = [
    ("– Аа! – сказал Вронский.\n", "mac_je_word", ("cp1251",)),  # Анна Каренина
    ("Письмо Татьяны к ОнегинуЯ к вам пишу\n", "cyrillic_ya", ("cp1251", "koi8_r")),
    ("находятся между до«бродетелью и пороком\n", "guillemet_in_word", ("cp1251",)),  # Война и мир
    ("- Пожалуйте сейчас в Ќ 21.\n", "cyrillic_foreign", ("cp1251", "iso8859_5")),  # Скуки ради
    ("значение случая: „успей ему сказать\n", "unclosed_low_quote", ("cp1251",)),  # Карамазовы
]


def _outcome(text: str, codec: str) -> str:
    data = text.encode(codec)
    decided, _ = guess_encoding(data)
    if decided is None:
        return "undecided"
    return "right" if decided.text == text else f"WRONG {decided.encoding}"


@pytest.mark.parametrize(("slip", "rule", "codecs"), SLIPS, ids=[s[1] for s in SLIPS])
def test_one_slip_in_a_book_is_decided(slip, rule, codecs):
    for codec in codecs:
        assert _outcome(_SHORT_BOOK + slip, codec) == "undecided", (rule, codec)  # one is enough
        assert _outcome(_BOOK + slip, codec) == "right", (rule, codec)


@pytest.mark.parametrize(("slip", "rule", "codecs"), SLIPS, ids=[s[1] for s in SLIPS])
def test_slips_over_the_rate_still_withhold(slip, rule, codecs):
    # 21,000 small letters allow one finding; two of them (different words for mac_je_inside)
    second = slip.replace("Вронский", "Левин")
    for codec in codecs:
        assert _outcome(_BOOK + slip + _ANNA + second, codec) == "undecided", (rule, codec)


PAIRS = [  # clauses that needed two findings in text of 300 small letters already
    # Герцен, Кто виноват: two lone 'С' (a capital for 'с') and no dash in the whole book
    (
        "ретаем, вместе С потерею волос,\nчного человека С\nвыражением\n",
        "mac_lone_dash",
        ("cp1251",),
    ),
    # Горький, Детство: stress marked by a capital ('честнОй', 'чтО', 'голубА', 'папА')
    (
        "Здравствуй, мир честнОй, во веки веков!\nведь разве он поймёт, в ярости, чтО Сибирь!..\n",
        "mac_je_inside",
        ("cp1251", "koi8_r", "iso8859_5", "cp866"),
    ),
]


@pytest.mark.parametrize(("slips", "rule", "codecs"), PAIRS, ids=[p[1] for p in PAIRS])
def test_pairs_in_a_book(slips, rule, codecs):
    for codec in codecs:
        assert _outcome(_SHORT_BOOK + slips, codec) == "undecided", (rule, codec)
        assert _outcome(_BOOK + slips, codec) == "undecided", (rule, codec)  # 1 allowed: need 2
        assert _outcome(_BOOK * 2 + slips, codec) == "right", (rule, codec)  # 2 allowed: need 3


# The other one-is-enough clauses, each with its own Mac Cyrillic (or KOI8-U) example as the
# slip: alone in a text of 9,600 small letters it withholds, once in 20,500 it passes.
OTHERS = [
    ("‡апис", "mac_cyrillic_signs", "cp1251"),
    ("ЧдллТ", "mac_cyrillic_quotes", "cp1251"),
    ("Џриликом", "mac_capital_consonant", "cp1251"),
    ("ма№", "numero_in_word", "cp1251"),
    ("З%sИ", "mac_cyrillic_guillemets", "cp1251"),
    ("издаїе", "serbian_nje", "cp1251"),
    ("розмґр", "ukrainian_i_once", "cp1251"),
    ("изгра¬ује", "mac_dje_sign", "cp1251"),
    ("‚/€", "mac_io_slash", "cp1251"),
    ("Чset -oТ", "mac_quotes_latin", "cp1251"),
    ("подЪезд", "capital_in_word", "cp1251"),
    ("п╕дтримку", "box_in_word", "koi8_r"),
]


@pytest.mark.parametrize(("token", "rule", "codec"), OTHERS, ids=[o[1] for o in OTHERS])
def test_other_clauses_allow_slips(token, rule, codec):
    slip = f"и тогда {token} сказал он\n"
    assert _outcome(_SHORT_BOOK + slip, codec) == "undecided", rule
    assert _outcome(_BOOK + slip, codec) == "right", rule
    assert _outcome(_BOOK + slip + slip, codec) == "undecided", rule


def test_books_in_mac_cyrillic_stay_undecided():
    for slip, _, _ in SLIPS + PAIRS:
        text = _BOOK * 2 + slip
        decided, best = guess_encoding(text.encode("mac_cyrillic", errors="replace"))
        assert decided is None and best is not None


def test_stray_controls():
    # Толстой, Юность and Детство: DEL for a no-break space; Дьявол: 'Голомя\x01'
    dels = "Я\x7fсовсем развеселился.\nбыл наставник. Я\x7fживо оделся,\nГоломя\x01.\n"
    assert _outcome("Я\x7fсовсем развеселился, и мы пошли умываться.", "cp1251") == "undecided"
    for codec in ("cp1251", "koi8_r", "iso8859_5", "cp866"):
        assert _outcome(_ANNA * 8 + dels, codec) == "right", codec  # 7,600 characters: 3 allowed
        assert _outcome(_ANNA * 8 + dels + "\x7f", codec) == "undecided", codec
    # a C1 control still fails, one is enough: CP1251's '–' (0x96) read as ISO-8859-5
    data = (_BOOK + "– сказал он.\n").encode("cp1251")
    iso = next(g for g in candidates(data) if g.encoding == "iso8859_5")
    assert "control characters" in iso.problem
