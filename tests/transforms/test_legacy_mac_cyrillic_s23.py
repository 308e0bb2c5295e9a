"""``--encoding auto``: session 23's Mac Cyrillic clauses (``transforms.legacy_mac_cyrillic``,
``transforms.legacy_encodings``), each on a real line of Debian's translations (the .mo
catalogs of this machine) written in Mac Cyrillic: decided CP1251, KOI8-R or CP1253 (WRONG)
before, undecided now (the user is told to pass ``--encoding x-mac-cyrillic``). Each test fails
with its clause switched off; where an earlier clause also catches the line, the test names its
clause's finding."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding
from transforms.legacy_fallback import decode_fallback
from transforms.legacy_mac_cyrillic import mac_cyrillic_misread


def _vetoed(text: str) -> str:
    """The finding that left ``text`` in Mac Cyrillic undecided."""
    decided, best = guess_encoding(text.encode("mac_cyrillic"))
    assert decided is None
    assert best is not None and best.problem.endswith("--encoding x-mac-cyrillic)")
    return best.problem


def _decided(text: str, codec: str) -> str:
    decided, _ = guess_encoding(text.encode(codec))
    assert decided is not None
    return decided.text


def test_mac_capital_consonant_serbian_is_not_cp1251():
    # sr catalog: Mac's П is CP1251's 'Џ': 'Џриказ стварних ...', decided CP1251 before
    problem = _vetoed("Приказ стварних ликова у агресивном сукобу")
    assert "'Џ' opens a word before a consonant" in problem
    # Serbian's own 'њ' before a vowel (sr catalog, CP1251): decided, right
    line = "    долази двотачка, очекује се да опција има аргумент, који од њега треба"
    assert _decided(line, "cp1251") == line


def test_mac_je_inside_serbian_is_not_cp1251():
    # sr catalog: Mac's ј is CP1251's 'А': 'поАам' among words that open with capitals
    problem = _vetoed("Морате навести појам за претрагу")
    assert "'поА' has a capital after its small letters" in problem
    # camel case opens with a capital (a ru catalog's credits, CP1251): decided, right
    line = "Пит ТерМаат (Pete TerMaat)"
    assert _decided(line, "cp1251") == line


def test_numero_in_word_ukrainian_is_not_cp1251():
    # binutils uk: Mac's є is CP1251's '№': 'ма№' (also caught by ukrainian_i when off)
    problem = _vetoed("цьому «%s» має безпосередньо передувати «%s»")
    assert "'№' follows a letter" in problem


def test_mac_cyrillic_guillemets_russian_is_not_cp1251():
    # binutils ru: Mac's « » are CP1251's 'З' 'И': 'З%pBИ'
    problem = _vetoed("невозможно выполнить операции PE над не выходным файлом PE «%pB»")
    assert "'З%pBИ' is quoted with 'З…И'" in problem


def test_unclosed_low_quote_bulgarian_is_not_cp1251():
    # bash bg: Mac's У is CP1251's '“': '“казване на начина ...', decided CP1251 before
    problem = _vetoed("Указване на начина на автоматичното дописване на аргументите от Readline.")
    assert "'“' opens a word and is never closed" in problem
    # real Bulgarian quotes, closed (bg catalog, CP1251): decided, right
    line = "Укажете име за този диск, например „Debian 5.0.3 Disk1“"
    assert _decided(line, "cp1251") == line


def test_ukrainian_i_is_not_cp1251():
    # binutils uk: Mac's і ї are CP1251's 'ґ' '»': 'ґнструкцґ»'
    problem = _vetoed("використовувати інструкції MIPS64 випуск 2 ISA")
    assert "2 'ґ' and no 'і'" in problem


def test_mac_cyrillic_reading_russian_is_not_koi8_r():
    # pam ru: Mac's small letters are KOI8-R's capitals; CP1251 rejects 'Я' after a small
    # letter, KOI8-R's reading 'ОПНЖЕЯЯ ДХЮКНЦЮ ...' was decided before
    text = "Процесс диалога ожидает событие"
    problem = _vetoed(text)
    assert "its Mac Cyrillic reading passes every rule" in problem
    # the hint names the codec, and rerunning with it gives the text back
    data = text.encode("mac_cyrillic")
    assert "--encoding x-mac-cyrillic" in decode_fallback(data, "auto").hint
    assert decode_fallback(data, "mac_cyrillic").text == text
    # real KOI8-R (the same line): decided, right
    assert _decided(text, "koi8_r") == text


# Review (session 23): real Cyrillic that the branch's clauses made undecided.


# fortunes-ru (Debian), file 'religion', lines 22-26
RELIGION = (
    '"Господь хранит детей, пьяниц и дураков". Вот и мир уцелел,\n'
    "потому что смеялся... без причины!\n"
    "\t\t-- Евгений Кащеев\n"
    "%\n"
    "Благими намерениями вымощена дорога мкАД.\n"
)
# manpages-uk (Debian), bash.1 and abc2ly.1
UK_LINES = (
    "виконує команди, прочитані зі стандартного джерела вхідних даних або з\n"
    "ви зможете отримати доступ до повноцінного підручника.\n"
    "GNU GPL версії 3 або пізнішої <https://gnu.org/licenses/gpl.html>.\n"
)
# manpages-sr (Debian), [.1, b2sum.1, base32.1
SR_LINES = (
    "Изостављени ИЗРАЗ се пребацује на нетачно.  У супротном, ИЗРАЗ је тачан или\n"
    "Обавезни аргументи за дуге опције су обавезни и за кратке опције такође.\n"
    "„Base32“ кодира или декодира ДАТОТЕКУ, или стандардни улаз, на стандардни\n"
)


def test_je_inside_units_russian_is_decided():
    # the pun 'мкАД' made the whole fortunes-ru file undecided in CP1251 and in KOI8-R (the
    # KOI8-R reading is checked by the same clauses)
    assert _decided(RELIGION, "cp1251") == RELIGION
    assert _decided(RELIGION, "koi8_r") == RELIGION
    # micro units (hunspell-uk's 'мкА') in Ukrainian
    text = UK_LINES + "струм 5 мкА\n"
    assert _decided(text, "cp1251") == text


def test_je_inside_openers_ukrainian_is_decided():
    # hunspell-uk's 'ЄвроПравда' (opens with Є: a capital outside А-Я)
    text = UK_LINES + "ЄвроПравда\n"
    assert _decided(text, "cp1251") == text


def test_capital_consonant_words_serbian_is_decided():
    # hunspell-sr's 'џбун' (bush), 'Љвов' (Lviv)
    text = SR_LINES + "џбун, Љвов\n"
    assert _decided(text, "cp1251") == text
    # Mac Cyrillic 'Ябълка' (bg) read as CP1251 opens 'џбъ': still caught
    misread = "Ябълка".encode("mac_cyrillic").decode("cp1251")
    assert "opens a word before a consonant" in mac_cyrillic_misread({}, misread, 1)


def test_je_inside_twice_ukrainian_manual_is_decided():
    # manpages-uk (Debian), find.1: its opening and 'Несподіванки у пріоритетності операторів'
    # (groff removed):
    # example files named 'файлА', 'файлБ'; the whole page in CP1251 went undecided
    text = (
        "find — пошук файлів в ієрархії каталогів\n"
        "виконує пошук в ієрархії каталогів з коренем у кожній із вказаних початкових\n"
        "точок з обробкою вказаного виразу зліва праворуч, відповідно до правил\n"
        "пріоритетності (див. розділ ОПЕРАТОРИ), доки результат не стане відомим\n"
        "постачається з findutils. У тому документі наведено багато подробиць та\n"
        "обговорення питань, які не висвітлено на цій сторінці підручника, тому,\n"
        "можливо, він стане для вас кориснішим джерелом інформації.\n"
        "Синтаксична конструкція +РЕЖИМ вважалася застарілою з версії\n"
        "findutils-4.2.21, яку було випущено у 2005 році.\n"
        "Несподіванки у пріоритетності операторів\n"
        "Команда find . -name файлА -o -name файлБ -print ніколи не виведе\n"
        "файлА, оскільки, фактично, вона є еквівалентною до find . -name файлА -o ( -name файлБ "
        "-a -print ). Слід пам'ятати, що -a має вищий\n"
        "пріоритет за -o, і що якщо між перевірками не вказано оператора,\n"
        "вважатиметься, що оператором є -a.\n"
    )
    assert _decided(text, "cp1251") == text
    # a short line with one such word is still Mac Cyrillic (sr catalog: 'поАам' is 'појам')
    assert "has a capital after its small letters" in _vetoed("Морате навести појам за претрагу")
