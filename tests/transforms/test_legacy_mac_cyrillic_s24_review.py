"""``--encoding auto``: the review's narrowings of session 24's Mac Cyrillic clauses
(``transforms.legacy_mac_cyrillic``). Each takes real CP1251 text that a session-24 clause had
left undecided (the user's file refused) and decides it again, right; each test fails with its
clause switched off, and checks that the clause's own Mac Cyrillic example is still undecided."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding


def _right(text: str) -> None:
    decided, _ = guess_encoding(text.encode("cp1251"))
    assert decided is not None and decided.text == text


def _undecided_mac(text: str) -> None:
    decided, best = guess_encoding(text.encode("mac_cyrillic"))
    assert decided is None
    assert best is not None and best.problem.endswith("--encoding x-mac-cyrillic)")


def test_rival_whole_capital_words_keeps_ukrainian_apostrophe():
    # Debian uk catalogs (glib/gnutls messages): 'З’єднання' reads '«ТЇднанн€' as Mac Cyrillic
    _right("З’єднання розірвано рівноправним вузлом")
    _right("З’єднання TLS було розірвано неналежним чином.")
    # bg catalog (dpkg): '•••' reads 'ХХХ' as Mac Cyrillic
    _right("••• „%s“ може да е фалшива част от архив — няма да бъде изтрита")
    # the clause it narrows still keeps Serbian words of capitals (coreutils sr)
    _right("КЉУЧ Кључ")


def test_ya_after_small_word_keeps_names():
    # fortunes-ru entries (an attribution: first name, then a surname opening with 'Я'; no 'я')
    _right("Дважды два уже четыре, а будет еще лучше.\n\t\t-- Хенрик Ягодзинский")
    _right(
        "Ты спрашиваешь, любит ли она? Не любит. Если б любила, ты бы не спрашивал.\n\t\t-- Лех Якуб"
    )
    # mac_ya_opens' own example still undecided: Mac's я is CP1251's 'Я' ('версию Ядра')
    _undecided_mac("показать версию ядра и выйти")


def test_ge_after_prefix_keeps_ukrainian_words():
    # hunspell uk words (a prefix before 'ґрунт', 'ґвалт'), in a short line with no 'і'
    _right("Обґрунтування проекту")
    _right("безґрунтовний")
    # ukrainian_i_once's own example (gnupg2 uk, Mac Cyrillic 'ключґв') still undecided
    _undecided_mac(
        "список переваг (експертний)\nсписок переваг (докладний)\nпоказати список закритих ключів"
    )


def test_rival_latin_word_keeps_mixed_latin_typing():
    # fortunes-ru entries typed with Latin o p y e c among Cyrillic letters, each one document
    _right("Тpyдно начать - кончить пpоще...")
    _right("Кoмпьютeры пoрaбoтили и oбeзличили нac...")
    # the clause it narrows still counts a Latin word glued to Mac's '„' (bg catalog, in CP1251)
    _right("обичайни са „am i“ и „съм аз“")
