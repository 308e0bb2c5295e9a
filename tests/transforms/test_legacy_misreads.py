"""``--encoding auto``: session 17's clauses (``transforms.legacy_misreads``), each on
real text that ``bench/encodings_hunt.py`` found decided WRONG: Debian's translations
(the .mo catalogs of util-linux, Linux-PAM, PostgreSQL, binutils, iso-codes, GTK, xkb)
in their languages' legacy codecs. Each test fails with its clause removed."""

from __future__ import annotations

import pytest

from transforms.legacy_encodings import candidates, guess_encoding

RO = (  # util-linux ro: ș ț with the comma (ISO-8859-16)
    "%s a eșuat: semnalul captat %d%s\n"
    "%s a eșuat: codul de terminare %d\n"
    "%s a eșuat: stare necunoscută 0x%x\n"
    "(%d minute rămase până la deblocare)\n"
    "Nu a putut fi obținut un context valid pentru %s.\n"
)
LT = (  # iso-codes lt (ISO 639 names)
    "Lenkų gestų kalba\nPortugalų gestų kalba\nProvidensijos gestų kalba\n"
    "Puerto Riko gestų kalba\nPuštūnų\nKvebeko gestų kalba\nKečujų\nRadžastano\nRumunų\n"
    "Rumunų gestų kalba\nAromanių\nRumunų-serbų\nRetoromanų\nČigonų\nRusų\n"
    "Rusų gestų kalba\nRusų, senoji\nSalvadoro gestų kalba\nSamariečių armėjų\n"
    "Sami, šiaurės\nSami, pietų\n"
)
HE = "איי מרינה הצפוניים\nקומורו\n"  # iso-codes he (ISO 3166 names)
BG = (  # binutils bg
    ", неизвестна архитектура за инструкции (ISA)\n, неизвестна версия на v850 архитектура\n"
)
SR = "раџастански\nрезервисан за месну употребу\n"  # iso-codes sr (ISO 639 names)
AR = (  # GTK ar: paper sizes
    "10×11\n10×13\n10×14\n10×15\n11×12\n11×15\n12×19\n5×7\nA0x2\nA0x3\nA1\nA10\nA1x3\n"
    "A1x4\nA2\nA2x3\nA2x4\nA2x5\nA3\nA3x3\nA3x4\nA3x5\n"
)
PT = (  # binutils pt
    "%pB(%pA): erro: relocs internos em falta para a secção de relocalização secundária \n"
    "%pB:%pA: erro: a entrada %u da tabela de relocalização está vazia\n"
)
FR = (  # PostgreSQL fr
    "n'a pas pu écrire le fichier verrou « %s » : %m\n"
    "n'a pas pu écrire le fichier serveur « %s » : %m\n"
    "n'a pas pu écrire le fichier temporaire des statistiques « %s » : %m\n"
)
SK = (  # GTK sk
    "žiaden\nObálka #11\nObálka #12\nObálka #14\nObálka #9\nObálka 6x9\nObálka 7x9\nObálka 9x11\n"
)
HU_PLACES = (  # iso-codes hu (ISO 3166-2 names)
    "Canillo közösség\nKasztília és León\nKasztília-La Mancha\nCeará\nCentar Župa\n"
    "Csagang tartomány\n"
)
TR = "İsrailli İşaret Dili\nİtalyanca\nİtalyan İşaret Dili\nItzá\n"  # iso-codes tr
EO = (  # Linux-PAM eo
    "Nesufiĉaj salutiloj por atingi aŭtentigajn datumojn\n"
    "Pasvortoŝanĝo ĉesis.\n"
    "Vi havas poŝton en dosierujo %s.\n"
    "Vi havas poŝton.\n"
    "Vi havas novan poŝton en dosierujo %s.\n"
    "Vi havas novan poŝton.\n"
    "Vi havas neniun poŝton en dosierujo %s.\n"
)
HU = (  # ELTeC-hun HU00011, Vachott Sándorné, Derű és ború (1864)
    "Jóska szerelme tárgya: hollófekete kör-hajjal, kis, világoskék, nagyon kifejezéstelen\n"
    " szemekkel, s tele fekete pontos, sötétbarna arcsszínnel bírt. Szája keskeny, halvány\n"
    " színű, s fogai a sok szivarozástól hamuszinesek valának. Öltözéke mai napon sötétkék,\n"
    " égő veressel bélelt, bőújju, zsinórod zekéből álla , mely alktt meglehetős rövid\n"
    " narancssárga ruhája kitüntető magas sarkú, kopogó topányát.\n"
)
BS = (  # GTK bs
    "Dodatni prostor koji će se postaviti između podređenog elementa i susjeda na "
    "lijevoj i desnoj strani, u pikslama\n"
    "Dodatni prostor između podređenog elementa i susjeda, u pikslama\n"
    "Dodatni prostor koji će se postaviti između podređenog elementa i susjeda iznad "
    "i ispod, u pikslama\n"
)
BS_COUNTRIES = (  # iso-codes bs (ISO 3166 names)
    "Džerzi\nKraljevina Kambodža\nKraljevina Norveška\nKraljevina Španija\n"
    "Kraljevina Švedska\nLihtenštajn\nMaršalska Ostrva\nFederalne Države Mikronezije\n"
)


def _problem(data: bytes, encoding: str) -> str:
    (guess,) = [g for g in candidates(data) if g.encoding == encoding]
    return guess.problem


@pytest.mark.parametrize(
    "text, codec, wrong, clause",
    [
        (RO, "iso8859_16", "cp1250", "ISO-8859-16"),  # romanian_comma
        (LT, "iso8859_4", "iso8859_2", "mixes the letters"),  # mixed_word
        (HE, "cp1255", "koi8_r", "are capitals"),  # capitals_only
        (BG, "mac_cyrillic", "koi8_r", "are capitals"),  # capitals_only
        (SR, "mac_cyrillic", "cp1251", "capital inside a word"),  # capital_in_word
        (AR, "cp864", "cp1252", "between digits"),  # digit_letter
        (PT, "cp860", "cp1252", "stands inside a word"),  # dos_signs
        (FR, "cp863", "cp1252", "open a word unclosed"),  # low_quote_open
        (SK, "cp852", "cp1252", "opens a word"),  # symbol_opens_word
        (HU_PLACES, "iso8859_2", "cp1252", "opens a word"),  # symbol_opens_word
        (HU, "iso8859_16", "cp1250", "no 'ű'"),  # hungarian_u
        (TR, "cp1254", "cp1252", "outnumber á í ó ú"),  # icelandic_marks
        (EO, "iso8859_3", "cp1252", "outnumber á í ó ú"),  # icelandic_marks
        (TR, "mac_turkish", "cp1252", "starts a word"),  # sharp_s_case
        (BS, "cp1250", "cp1252", "Croatian"),  # croatian_marks
        (BS_COUNTRIES, "iso8859_2", "big5", "between Latin letters"),  # lone_hanzi
    ],
    ids=[
        "romanian_comma",
        "mixed_word",
        "capitals_only-hebrew",
        "capitals_only-mac-cyrillic",
        "capital_in_word",
        "digit_letter",
        "dos_signs",
        "low_quote_open",
        "symbol_opens_word-cp852",
        "symbol_opens_word-latin2",
        "hungarian_u",
        "icelandic_marks-turkish",
        "icelandic_marks-esperanto",
        "sharp_s_case",
        "croatian_marks",
        "lone_hanzi",
    ],
)
def test_misread_is_no_decision(text, codec, wrong, clause):
    """Each text in its codec was decided as ``wrong`` (another text: mojibake); now
    its clause names what is wrong with that reading and the file is not decided
    WRONG (undecided: rejected with the hint, as any file auto cannot tell)."""
    data = text.encode(codec)
    decided, _ = guess_encoding(data)
    assert decided is None or decided.text == text
    assert clause in _problem(data, wrong)


RO_CP1250 = (  # sed ro: the „ ” quotes are CP1250's bytes 0x84, 0x94, which ISO-8859-16 lacks
    "„(” fără perechea corespondentă\n"
    "„)” fără perechea corespondentă\n"
    "„[” fără perechea corespondentă\n"
    "«,» neaşteptat\n"
    "„}” neaşteptat\n"
    "eludare „\\” neterminată\n"
    "comandă necunoscută: «%c»\n"
    "„{” fără perechea corespondentă\n"
)


def test_romanian_cp1250_with_its_own_quotes_is_decided():
    """Rule ``romanian_comma`` keeps deciding CP1250 text that holds a character of its
    0x80-0x9F ('„', '”'), control codes in ISO-8859-16; the same text without
    them is undecided (the bytes are ISO-8859-16's ș ț too)."""
    decided, _ = guess_encoding(RO_CP1250.encode("cp1250"))
    assert decided is not None and decided.text == RO_CP1250
    plain = RO_CP1250.replace("„", '"').replace("”", '"')
    assert guess_encoding(plain.encode("cp1250"))[0] is None
    assert "ISO-8859-16" in _problem(plain.encode("cp1250"), "cp1250")


SR_CAMEL = (  # xkeyboard-config sr: camel-case key names
    "босанска (САД)\n"
    "босансака (САД, са босанским диграфима)\n"
    "босанска (са босанским диграфима)\n"
    "босанска (са «» знацима наводника)\n"
    "Оба „Алт“ заједно\n"
    "Оба „Ктрл“ заједно\n"
    "Оба „Промени“ заједно\n"
    "Оба Промени заједн укључују ЗакљСлова\n"
    "Оба Промени заједн укључују ЗакљСлова; један Промени искључује\n"
    "Оба Промени заједн укључују ЗакљПромени\n"
    "брајова\n"
    "брајова (за леворуке окренут палац)\n"
    "брајова (за леворуке)\n"
    "брајова (за десноруке окренут палац)\n"
    "брајова (за десноруке)\n"
    "Brother Internet\n"
)


def test_serbian_camel_case_names_are_decided():
    """Rule ``capital_in_word`` counts only Ы Ъ Ь inside words: Serbian camel-case names
    ('ЗакљСлова', 'МекГрат') in CP1251 are still decided."""
    decided, _ = guess_encoding(SR_CAMEL.encode("cp1251"))
    assert decided is not None and decided.text == SR_CAMEL
