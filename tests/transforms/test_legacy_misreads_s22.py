"""``--encoding auto``: session 22's clauses (``transforms.legacy_misreads``,
``transforms.legacy_baltic``), each on real text that session 21 left decided WRONG
(docs/QUALITY.md, session 21 wtE): Debian's translations (the .mo catalogs) in a legacy
codec they are not decided in any more. Each test fails with its clause removed."""

from __future__ import annotations

import collections

from transforms.legacy_encodings import candidates, guess_encoding
from transforms.legacy_fallback import decode_fallback
from transforms.legacy_misreads import latin_misread

# appstream gd (Scots Gaelic): Mac Roman's “ ” are CP775's 'ę' 'ė', its ò à 'ś' 'ł':
# 'Fśrmat bunaiteach ... (is ęxmlė šs ęyamlė ...)', decided CP775 (WRONG)
GD_APPSTREAM = "Fòrmat bunaiteach a’ mheata-dàta (is “xml” ’s “yaml” na luachan dligheach).\n"
# Linux-PAM sr: Mac Cyrillic's ћ is CP1251's 'М', 'ухваМен' (bench/encodings_hunt.py's piece)
SR_PAM = (
    " %a %e. %b %H:%M:%S %Z %Y\n са %.*s\n на %.*s\n%s неуспех: ухваћен сигнал %d%s\n"
    "%s неуспех: излазни код %d\n%s неуспех: непознат статус 0x%x\n"
)
# gdk-pixbuf mk, four messages in a row: Mac Cyrillic's З is CP1251's '‡', its Н 'Ќ', its ј
# 'А': 'Ќе можам да Аа вчитам ... ‡апис на циркуларна табела', decided CP1251 (WRONG)
MK_PIXBUF = (
    "Не можам да ја вчитам бојата на XPM\nНе можам да реалоцирам податоци за IOBuffer\n"
    "Запис на циркуларна табела во GIF датотеката\nНе се поддржани компресирани икони\n"
)
# iso-codes sv (ISO 639): ISO-8859-13's ’ is CP1252's 'ÿ': 'Miÿkmaq' in Swedish text
# (iso-codes sv, ISO 639-2's names of language groups: Swedish with å ä around it)
SV_ISO = "Mic-mac; Mi’kmaq\nMikasuki\nMinangkabauiska\nMirandesiska\nMohawk\nMongo\nMossi\n"
SV_WORDS = (
    "Afroasiatiska språk\nAlgonkinska språk\nAltaiska språk\nApachiska språk\n"
    "Arumanska; Arumänska\nKonstgjorda språk\nAthapaskiska språk\nAustraliska språk\n"
    "Austronesiska språk\nBaltiska språk\nBamilekespråk\nBandaspråk\n"
)


def _problem(data: bytes, codec: str) -> str:
    return next(g.problem for g in candidates(data) if g.encoding == codec)


def test_nasal_opens_gaelic_mac_roman_is_not_cp775():
    """Clause nasal_opens: no Lithuanian or Polish word opens with 'ę'; 'ęxmlė' is a word in
    Mac Roman's quotes. Undecided instead of CP775 mojibake."""
    data = GD_APPSTREAM.encode("mac_roman")
    assert "'ę' opens a word" in _problem(data, "cp775")
    assert guess_encoding(data)[0] is None


def test_nasal_opens_keeps_lithuanian():
    """Lithuanian with 'ę' inside and ending words (apt lt: 'tęsti', 'dingęs',
    'priklausomybę') is decided CP775 and right."""
    text = (
        "Ar norite tęsti?\nPaketo %s nėra, bet jis nurodytas prie kito paketo.\n"
        "Tai gali reikšti, kad paketas dingęs, nebenaudojamas \n"
        "arba prieinamas tik iš kitų šaltinių.\n"
        "Paketas %s versijos numeriu %s turi netenkinamą priklausomybę:\n"
        "Ši informacija gali padėti išspręsti šią situaciją:\n"
    )
    decided = guess_encoding(text.encode("cp775"))[0]
    assert decided is not None and decided.text == text


def test_inner_capitals_serbian_mac_cyrillic_is_not_cp1251():
    """Clause inner_capitals: the only Cyrillic capital of the CP1251 reading stands inside a
    word ('ухваМен'); real camel case stands among capitals that open words."""
    data = SR_PAM.encode("mac_cyrillic")
    assert "only kind of capital" in _problem(data, "cp1251")
    assert guess_encoding(data)[0] is None


def test_inner_capitals_keeps_camel_case_with_capitals():
    """Real camel case stands among capitals that open words (binutils uk 'ПочаткАдреса',
    coreutils sr 'ТерМаат'): their CP1251 readings pass."""
    for text in (
        "vma:\t\t\tПочаткАдреса\t КінцАдресаs\t  ДаніUnwind\n",
        "Пит ТерМаат (Pete TerMaat)\n",
    ):
        assert _problem(text.encode("cp1251"), "cp1251") == ""


def test_mac_cyrillic_signs_macedonian_is_not_cp1251():
    """Clause mac_cyrillic_signs: Mac Cyrillic's З is CP1251's '‡', opening '‡апис'."""
    data = MK_PIXBUF.encode("mac_cyrillic")
    assert "opens a word" in _problem(data, "cp1251")
    assert guess_encoding(data)[0] is None
    decided = guess_encoding(MK_PIXBUF.encode("cp1251"))[0]  # the real CP1251 text is decided
    assert decided is not None and decided.text == MK_PIXBUF


def test_nordic_y_swedish_iso_8859_13_is_not_cp1252():
    """Clause nordic_y: 'ÿ' inside a word (after a vowel, before a consonant: not
    apostrophe_y's case) in text with 'å' is ISO-8859-13's ’; a text without 'å' keeps its 'ÿ'."""
    text = SV_WORDS + SV_ISO
    data = text.encode("iso8859_13")
    assert "Nordic text" in _problem(data, "cp1252")
    assert guess_encoding(data)[0] is None
    # Bostock and Riley's Pliny (Project Gutenberg 57493, book V): a real 'ÿ' after a vowel
    # before a consonant, in text without 'å': no problem
    pliny = "This city is built on Mount Pion, and is washed by the Caÿster[4037],\n"
    assert latin_misread(collections.Counter(pliny), pliny) == ""


# libc hr (glibc's localedef messages), bench/encodings_hunt.py's piece: ć read as CP1252 is
# 'æ', three 'veæ' and no other Croatian letter: decided CP1252 (WRONG)
HR_LIBC = (
    "„%.*s“ je već definiran kao simbol razvrstavanja\n"
    "„%.*s“ je već definirano u tablici znakova (charmap)\n"
    "„%.*s“ je već definirano u repertoaru\n"
)
# gtk20 sr@latin: ISO-8859-2's Š is CP1252's '©' ('©tampaj u'), its š '¹', its č 'è'
SR_LATIN_GTK = (  # (its messages in a row, those ISO-8859-2 cannot write, with „“, left out)
    "Štampaj u\nŠtampaj u datoteku\nŠtampaj preko LPR\nTestiraj štampu\nŠtampač\n"
    "Podrazumevano\nŠtampač je isključen\nŠtampam %d\n"
    "Klasa programa koju koristi upravljač prozora\n"
)


def test_croatian_final_c_is_not_cp1252():
    """Clause croatian_final_c: 'veæ' (već) ends a short word in 'eæ': counted with 'æe'."""
    data = HR_LIBC.encode("cp1250")
    assert "Croatian" in _problem(data, "cp1252")
    decided = guess_encoding(data)[0]
    assert decided is None or decided.text == HR_LIBC
    # Latin's 'æ' ends longer words (Project Gutenberg's Pliny and Virgil in en_gutenberg)
    pliny = "Posingæ, the Butæ, the Gogaræi, the Umbræ, the Nereæ, the Brancosi, the\n"
    pliny += "   Castaneæ, nemorumque Jovi quæ maxime frondet.”\n"
    assert latin_misread(collections.Counter(pliny), pliny) == ""


def test_copyright_opens_serbian_latin_iso_8859_2_is_not_cp1252():
    """Clause copyright_opens: '©' glued before a small letter opens a word ('©tampa')."""
    data = SR_LATIN_GTK.encode("iso8859_2")
    assert "'©' opens a word" in _problem(data, "cp1252")
    decided = guess_encoding(data)[0]
    assert decided is None or decided.text == SR_LATIN_GTK
    notice = "Copyright © 2004 Free Software Foundation, Inc.\n"  # (every GNU --version)
    assert latin_misread(collections.Counter(notice), notice) == ""


# iso-codes ga (ISO 3166): Mac Roman's á í are CP932's lead byte 0x87 and a trail: 'Iar㌍n'
GA_ISO = (
    "An Iaráin\nAn Iaráic\nÉire\nPoblacht Ioslamach na hAfganastáine\n"
    "Poblacht Ioslamach na hIaráine\nPoblacht Ioslamach na Máratáine\n"
    "Poblacht Ioslamach na Pacastáine"
)
# fortunes-ga (proverbs): CP850's é is CP1252's '‚', its á a no-break space: 'd‚an'
GA_PROVERBS = "Tá an spáráil chomh maith leis an saothrú.\nAn té nach trua leis do chás, ná déan do ghearán leis."


def test_ja_square_symbols_irish_mac_roman_is_not_cp932():
    """Clause ja_square_symbols: a squared sign between Latin letters ('Iar㌍n')."""
    data = GA_ISO.encode("mac_roman")
    assert "between Latin letters" in _problem(data, "cp932")
    assert guess_encoding(data)[0] is None


def test_low_quote_inside_irish_cp850_is_not_cp1252():
    """Clause low_quote_inside: '‚' between two letters ('d‚an') is DOS's é."""
    data = GA_PROVERBS.encode("cp850")
    assert "'‚' stands inside a word" in _problem(data, "cp1252")
    assert guess_encoding(data)[0] is None
    decided = guess_encoding(GA_PROVERBS.encode("cp1252"))[0]  # the proverbs in CP1252
    assert decided is not None and decided.text == GA_PROVERBS


def test_fada_short_word_footnote_after_a_name_is_cp1252():
    """Clause fada_short_word: '‡' glued after a name, in text without '†', is a footnote
    mark (a paper's authors, Chem. Sci. 2024, as a public repository lists them); '‡' after
    a word of <= 3 letters is still Mac Roman's á (fortunes-ga 'n‡', 'T‡')."""
    authors = (
        "J. H. A. Schuurmans‡, T. M. Masson‡, S. D. A. Zondag‡, S. Pilon, N. Bragato, "
        "M. Claros, T. den Hartog, F. Sastre, J. van den Ham, P. Buskens, G. Fiorani\n"
    )
    assert latin_misread(collections.Counter(authors), authors) == ""
    irish = "Is fearr rith maith ná droch sheasamh.\n".encode("mac_roman").decode("cp1252")
    assert "glued to a word" in latin_misread(collections.Counter(irish), irish)


# git bg and glib20 mk: Mac Cyrillic's „ “ are CP1251's 'Ч' 'Т': 'Ч%sТ не може', 'финалното Ч\Т'
BG_QUOTES = "„%s“ не може да се настрои\nне може да се настрои пълно клониране\n"
MK_QUOTES = "повторувањето на DEFINE група не е дозволено\nзанемари го финалното „\\“\n"
# gdk-pixbuf mk: Mac Cyrillic's С Ф are CP1251's '‘' '”': '‘ликата', '”орматот'
MK_IMAGE = (
    "Сликата има невалидна широчина и/или височина\nФорматот на сликата е непознат\n"
    "Датотеката слика „%s“ не содржи податоци\n"
)


def test_mac_cyrillic_quotes_bulgarian_macedonian_are_not_cp1251():
    """Clause mac_cyrillic_quotes: 'Ч…Т' around a token without Cyrillic capitals."""
    for text in (BG_QUOTES, MK_QUOTES):
        data = text.encode("mac_cyrillic")
        assert "quoted with 'Ч…Т'" in _problem(data, "cp1251")
        assert guess_encoding(data)[0] is None
        assert _problem(text.encode("cp1251"), "cp1251") == ""  # (the real CP1251 reading)


def test_mac_cyrillic_signs_quotes_opening_words_are_not_cp1251():
    """Clause mac_cyrillic_signs: '‘' '”' open words before small letters ('‘ликата')."""
    data = MK_IMAGE.encode("mac_cyrillic")
    assert "opens a word" in _problem(data, "cp1251")
    assert guess_encoding(data)[0] is None
    decided = guess_encoding(MK_IMAGE.encode("cp1251"))[0]
    assert decided is not None and decided.text == MK_IMAGE


# gdk-pixbuf bg (the PNG loader's message): its CP1251 reading ('”атална') is rejected by
# mac_cyrillic_signs, its KOI8-R reading passes: decided KOI8-R (WRONG) without the veto
BG_PNG = "Фатална грешка при четене на изображение във формат PNG: %s"


def test_mac_cyrillic_veto_no_other_reading_is_decided():
    """Clause mac_cyrillic_veto: text found to be Mac Cyrillic decides nothing; rejecting only
    the CP1251 reading decided the KOI8-R one (WRONG)."""
    data = BG_PNG.encode("mac_cyrillic")
    assert "x-mac-cyrillic" in _problem(data, "cp1251")
    assert _problem(data, "koi8_r") == ""
    decided, best = guess_encoding(data)
    assert decided is None and best is not None and best.encoding == "cp1251"


def test_mac_cyrillic_hint_names_mac_cyrillic():
    """Clause mac_cyrillic_hint: the rejection of a vetoed file names --encoding x-mac-cyrillic
    (not CP1252, the first of the failed readings), and that codec gives the text back."""
    data = BG_PNG.encode("mac_cyrillic")
    rejected = decode_fallback(data, "auto")
    assert rejected.text is None and "--encoding x-mac-cyrillic" in rejected.hint
    assert "cp1252" not in rejected.hint
    assert decode_fallback(data, "mac_cyrillic").text == BG_PNG


# A Cyrillic font's preview line (a public repository's font tool: Bulgakov's 'Дьяволиада' and
# Ukrainian letters) with CP1251's own quotes “лапки” ‘так’: decided CP1251 on main
CYR_PREVIEW = (
    "Михаил Булгаков — «Дьяволиада». В то время, как все люди скакали… "
    "Їжак, ґанок, Євген, Іван, “лапки” ‘так’ № 13\n"
)


def test_cyrillic_single_quotes_keep_cp1251():
    """Clause cyrillic_single_quotes (review): '‘' opening a quote closed by '’' is CP1251's own
    quote, not Mac Cyrillic's С: the file is decided CP1251 (right), not vetoed as Mac Cyrillic."""
    data = CYR_PREVIEW.encode("cp1251")
    assert _problem(data, "cp1251") == ""
    decided = guess_encoding(data)[0]
    assert decided is not None and decided.text == CYR_PREVIEW
    assert decode_fallback(data, "auto").text == CYR_PREVIEW


def test_nordic_y_names_keep_french_names_in_swedish():
    """Clause nordic_y_names (review): Swedish (iso-codes sv) naming a French author with 'ÿ'
    after a vowel ('Bilitis sånger' by Pierre Louÿs) is ISO-8859-1 text: decided CP1252 (right,
    as on main), not undecided; 'Miÿkmaq' (after 'i') is still caught."""
    text = SV_WORDS + "Bilitis sånger av Pierre Louÿs\n"
    decided = guess_encoding(text.encode("latin-1"))[0]
    assert decided is not None and decided.text == text
    misread = (SV_WORDS + SV_ISO).encode("iso8859_13")  # 'Miÿkmaq' (after 'i'): still caught
    assert "Nordic text" in _problem(misread, "cp1252")


def test_low_quote_apostrophe_is_not_dos():
    """Clause low_quote_apostrophe (review): '‚' typed for an apostrophe ('if it isn‚t already
    there', a public backup script's comment; 'you can‚t get it', a Ruby tutorial) is real CP1252
    text, decided CP1252 (with the Irish proverbs in CP1252) as on main; DOS é ('d‚an') still counts."""
    text = GA_PROVERBS + "# Create the subdirectory if it isn‚t already there\n"
    assert "'‚' stands inside a word" not in _problem(text.encode("cp1252"), "cp1252")
    decided = guess_encoding(text.encode("cp1252"))[0]
    assert decided is not None and decided.text == text
    assert "'‚' stands inside a word" in _problem(GA_PROVERBS.encode("cp850"), "cp1252")
