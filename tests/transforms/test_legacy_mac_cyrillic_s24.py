"""``--encoding auto``: session 24's Mac Cyrillic clauses (``transforms.legacy_mac_cyrillic``,
``transforms.legacy_encodings``), each on real lines of Debian's translations (the .mo catalogs
of this machine; the domain is named) written in Mac Cyrillic: decided CP1251 (WRONG) before,
undecided now (the user is told to pass ``--encoding x-mac-cyrillic``). Each test fails with its
clause switched off; each also checks that the real CP1251 text is still decided, right."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding


def _vetoed(text: str) -> str:
    """The finding that left ``text`` in Mac Cyrillic undecided."""
    decided, best = guess_encoding(text.encode("mac_cyrillic"))
    assert decided is None
    assert best is not None and best.problem.endswith("--encoding x-mac-cyrillic)")
    return best.problem


def _right(text: str) -> None:
    decided, _ = guess_encoding(text.encode("cp1251"))
    assert decided is not None and decided.text == text


def test_serbian_nje_is_not_cp1251():
    # gnutls30 sr: Mac's Н is 'Ќ' and its њ 'ї': 'Ќисам ... запакиваїа'
    text = "Нисам нашао подржане комплете шифрера.\nНисам нашао подржане алгоритме запакивања."
    assert "'ї' before a vowel" in _vetoed(text)
    _right(text)
    # Ukrainian 'ї' before 'ї' (a uk catalog): decided, right
    _right("Без реклами в будь-яких її проявах")


def test_ukrainian_i_once_is_not_cp1251():
    # gnupg2 uk: Mac's і is CP1251's 'ґ': 'ключґв'
    text = (
        "список переваг (експертний)\nсписок переваг (докладний)\nпоказати список закритих ключів"
    )
    assert "'ґ' between consonants and no 'і'" in _vetoed(text)
    _right(text)
    # Ukrainian 'ґ' between consonants beside an 'і' (a uk catalog): decided, right
    _right("Образи на підґрунті дискримінації")


def test_mac_io_slash_is_not_cp1251():
    # gettext-tools bg: 'В/И' (I/O) reads '‚/€'
    text = "не може да се зададе неблокиран В/И към подпроцес %s"
    assert "'I/O' reads as signs around '/'" in _vetoed(text)
    _right(text)


def test_mac_quotes_latin_is_not_cp1251():
    # bash bg: „set -o“ reads 'Чset -oТ'
    text = "      -o    ограничаване на опциите до определените за използване със „set -o“"
    assert "Latin words quoted with 'Ч…Т'" in _vetoed(text)
    _right(text)


def test_mac_lone_dash_is_not_cp1251():
    # xkeyboard-config bg: Mac's '—' is CP1251's 'С': 'френска С швейцарска'
    text = "френска — швейцарска, за Macintosh\nфренска — швейцарска, на Sun, вид 6/7"
    assert "'С' stands alone between words" in _vetoed(text)
    _right(text)


def test_mac_ya_opens_is_not_cp1251():
    # coreutils ru: Mac's я is CP1251's 'Я': 'напечатать версию Ядра'
    text = (
        "  -v, --debug                выводить подробную информацию на каждом шаге\n"
        "                             обработки\n\n"
        "  -v, --kernel-version     напечатать версию ядра"
    )
    assert "'Я' opens a word after small letters" in _vetoed(text)
    _right(text)


def test_mac_cyrillic_rival_is_not_cp1251():
    # iso_3166 mk: 'Република Костарика' reads 'ђепублика Љостарика'; gtk20-properties mk
    # 'Минималната' reads 'Њинималната'; systemd ru 'Чтобы' reads '—тобы': every capital of
    # the Mac text opens a word as a South Slavic letter or a sign, so no clause finds them
    for text in (
        "Република Костарика\nРепублика Хрватска\nРепублика Куба\nРепублика Кипар",
        "Минималната вредност за промена\nThe mnemonic accelerator key for this label",
        "Чтобы загрузить образ виртуальной машины или контейнера, необходимо пройти "
        "аутентификацию\nЧтобы включить или отключить DNS поверх TLS, необходимо пройти "
        "аутентификацию.",
    ):
        assert "more of its words open with a capital" in _vetoed(text)
        _right(text)
    # real Serbian CP1251 opening with 'Љ' (appstream sr, a content rating): decided, right
    _right("Љубљење између особа истог пола")


def test_rival_inside_capitals_keeps_serbian_names():
    # coreutils/findutils sr credits 'Џејмс Јангмен' (James Youngman), CP1251: decided right before; its
    # Mac reading 'ПеЉмс £ангмен' opens one word with 'П' but has 'Љ' inside a word
    _right("Џејмс Јангмен")


def test_quote_after_space_keeps_a_quoted_backslash():
    # git bg, CP1251: '„\“не може' (a quoted backslash, the closer glued to the next word); the
    # whole git catalog went undecided by unclosed_low_quote; decided, right now
    _right(
        "Грешки при доставяне на подмодул:\n"
        "Екраниращият знак „\\“не може да е последен знак в стойността на атрибут"
    )
    # Mac's 'У' opening a word after a space still counts (bash bg, as session 23's test)
    text = "Указване на начина на автоматичното дописване на аргументите от Readline."
    assert "'“' opens a word and is never closed" in _vetoed(text)


def test_mac_je_word_macedonian_is_not_cp1251():
    # manpages-mk (arch.1, base32.1, ...): Mac's ј is CP1251's 'А': 'прикажи Аа оваа помош'
    text = ".TP\n\\fB\\-\\-help\\fP\nприкажи ја оваа помош и излези\n.TP\n\\fB\\-\\-version\\fP"
    assert "'Аа' or 'Ае' stands as a word" in _vetoed(text)
    _right(text)


def test_mac_dje_sign_serbian_is_not_cp1251():
    # manpages-sr flex.1: Mac's ђ is CP1251's '¬': 'изгра¬уАе разреде Аеднакости'; 'Ае' opens
    # a longer word here, so mac_je_word does not take it
    text = ".TP\n\\fB\\-Ce\\fP, \\fB\\-\\-ecs\\fP\nизграђује разреде једнакости"
    assert "'¬' stands inside a word" in _vetoed(text)
    _right(text)


def test_rival_glued_capitals_keeps_bulgarian_quotes():
    # a bg catalog, CP1251: decided right before; its Mac reading 'Дam iУ и Дсъм азУ' opens one
    # word with 'Д' but glues three capitals to the ends of words or to Latin letters
    _right("обичайни са „am i“ и „съм аз“.")
    # a capital glued after a Latin letter does not count: bg catalogs' format strings
    _right("%sЗа да зададете изключение за тази директория, изпълнете:")
    # nor one before a Latin letter inside a word of capitals (coreutils ru, split's help)
    _right("ПРЕФИКСab, …; по умолчанию размер части равен 1000 строк, а ПРЕФИКС")


def test_rival_capital_words_keep_serbian_help():
    # sr catalogs, CP1251: Mac readings 'Ъуч', 'Юе' (Serbian љ ћ) opened more words than the
    # capitals 'КЉУЧ', 'ЗНАК'; decided right before
    _right("  КЉУЧ      Кључ унутар шеме")
    _right("   start ЗНАК    ЗНАК ће поново покренути излаз након што га заустави")
