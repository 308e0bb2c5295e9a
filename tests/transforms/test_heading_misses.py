"""Heading lines missed in plain text (session 19): the chapter abbreviation
"CAP." (clause ``cap_abbreviation``) and Roman numerals written with the
Cyrillic І and Х (clause ``cyrillic_roman``). Lines from ELTeC novels
(ELTeC-rom ROM032, ROM058, ROM060; ELTeC-ukr UKR18941, UKR19001, UKR19122;
public domain)."""

import pytest

from transforms.headings import line_candidates
from transforms.sections import find_sections


def _candidate(line):
    found = line_candidates(line, 0, 0, len(line))
    return (found[0].kind, found[0].series, found[0].value) if found else None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("CAP. II. — Satul Putineiu.", ("keyword", "kw:chapter", 2)),  # ROM032
        ("CAP. 1. — La Cârciumă.", ("keyword", "kw:chapter", 1)),  # ROM032
        ("CAP.IV", ("keyword", "kw:chapter", 4)),  # ROM060, among "CAP. III"
        ("CAP.II", ("keyword", "kw:chapter", 2)),  # ROM058
        ("Cap. VII", ("keyword", "kw:chapter", 7)),  # ROM059
        ("Cap m' affirma qu' en peu de temps", None),  # FRA00401: "Cap" is a name
        ("Cap Horn", None),  # no period: a word or a name, no keyword
        ("Cap. des Trois Rivières", None),  # no number after it
        ("Cap. I Madam well, for I was bred and borne", None),  # Capulet (Romeo and Juliet)
        ("Cap. 1. Der Wallfischfänger 1", None),  # a contents entry (Gerstäcker, Tahiti)
    ],
)
def test_cap_abbreviation_candidates(line, expected):
    assert _candidate(line) == expected


@pytest.mark.parametrize(
    "line, value",
    [
        ("І.", 1),  # Cyrillic І (U+0406): UKR18941
        ("ІІI.", 3),  # Cyrillic, Cyrillic, Latin
        ("ІV.", 4),
        ("VIІІ.", 8),
        ("XXІV", 24),  # UKR19001
        ("ХІ", 11),  # Cyrillic Х (U+0425) too
    ],
)
def test_cyrillic_roman_numeral_lines(line, value):
    kind, series, got = _candidate(line)
    assert (kind, got) == ("numeral", value)
    assert series.endswith(":roman")  # the series of the Latin "V.", "X." beside them


def test_cyrillic_roman_keyword_and_words():
    assert _candidate("Глава ІІІ")[1:] == ("kw:chapter", 3)
    # The Ukrainian word "І" ("and") opening prose, and a Cyrillic word in
    # capitals, are no numerals.
    assert _candidate("І поглянув на Лесю.") is None
    assert _candidate("ХАТА")[0] == "caps"


UKRAINKA = (
    "І.\n\nВ господі панства Турковських чималий рух сьогодні.\n\n"
    "ІІ.\n\nВід того дня, коли відбувся вечір, Софія стала дуже прихильна до канапки.\n\n"
    "ІІI.\n\nКнязь і княгиня вернулися з шлюбної подорожі.\n\n"
    "ІV.\n\n– Слухай, Sophie! Я тобі давно збираюсь про се казати.\n\n"
    "V.\n\nВ господі панства Турковських чималий рух сьогодні.\n"
)


def test_cyrillic_roman_chapters_are_sections():
    sections, _ = find_sections(UKRAINKA)
    assert [s.title for s in sections] == ["І.", "ІІ.", "ІІI.", "ІV.", "V."]


ROM058 = (
    "CAP. I.\n\n\nO învoială.\n\n— Milord, principesa de Trubiscvoi, cere să vorbéscă.\n\n"
    "— Principesa de Trubiscvoi ȡicĭ? estĭ sigur.\n"
    "CAP.II\n\n\nComtele Oscar Pontenief.\n\nPe boulevard Sant Germain, aprópe de acel punct "
    "unde Rate des Ecoles, da îu boulevardul cu acest nume se înălţa hotelul comteluĭ de "
    "Loingueville.\n"
    "CAP. III\n\n\nÎntâlnirea.\n\nComtele Pontenief coborând treptele scăreĭ, se sui în "
    "equipagiul seŭ, şi cu o voce tare ȡise:\n"
)


def test_cap_abbreviation_chapters_are_sections():
    sections, _ = find_sections(ROM058)
    assert [s.title for s in sections] == [
        "CAP. I. O învoială.",  # the title line under the number joins it
        "CAP.II Comtele Oscar Pontenief.",
        "CAP. III Întâlnirea.",
    ]


# Ukrainka, "Жаль" (ELTeC-ukr UKR18941), chapters XІ-XIІІ, each with its first line.
UKRAINKA_LETTER = (
    "XІ.\n\nОт швидко й сезону кінець. «Слава тобі Господи! – думала Софія, йдучи по "
    "мінеральні води.\n\n"
    "XІІ.\n\n«Дорога мамо!\n\nЗдумайте тільки, як я прожила сей час: цілих два місяці в "
    "страшенній глушині.\n\n"
    "XIІІ.\n\nДругого дня Софія сиділа в себе в хаті і кінчала вчора початий лист.\n"
)


def test_unclosed_guillemet_opens_a_letter_not_a_title():
    # Clause unclosed_guillemet (review wtE19r): "«Дорога мамо!" opens the
    # letter that is chapter XІІ; it is no title of "XІІ.".
    sections, _ = find_sections(UKRAINKA_LETTER)
    assert [s.title for s in sections] == ["XІ.", "XІІ.", "XIІІ."]
    # A quote closed on its line may be a title (Serbian „Црни ратник“).
    closed = UKRAINKA_LETTER.replace("«Дорога мамо!", "«Дорога мама»")
    assert [s.title for s in find_sections(closed)[0]][1] == "XІІ. «Дорога мама»"


# ELTeC-rom ROM036 (two paragraphs of each chapter, cut at 200 characters):
# "CAP. V" .. "CAP. VII", then the bare "VIII" .. "X" count on.
ROM036 = (
    "CAP. V\n\n"
    "Salonașul Lelianei luminat de un singur lampa-der cu coperăment galben.\n\n"
    "Îngânarea acesta de lumini și umbre, dă lucru-rilor și tablourilor din odae o înfățișare sfîntă.\n\n"
    "CAP. VI\n\n"
    "Dupe câte-va ȡile se făcu logodna.\n\n"
    "Leliana în o simplă rochie de postav alb decol-tată și împodobită cu crengi de liliac alb natural, ȡîmbește fie-căruia cu o liniște de statue.\n\n"
    "CAP. VII\n\n"
    "Andrei e plecat de vre-o două săptămâni la familia lui departe-n orășelul O... în acest timp Le-liana îi scrie.\n\n"
    "Maiu, 27... Dragă Andrei, Îmi ȡici să-ți scriu, spunendu-mi că de când ai plecat, eu te-am uitat. Voesc a-ți scrie, și nu sciu de voiŭ putea. Nu pricep care e pricina..dar cu anevoe îmi încheg gândul.\n\n"
    "VIII\n\n"
    "Cine scie dacă dorința Lelianei de-a contopi iu-birea intelectuală în iubirea pămentcască, nu va fi o zadarnică sbuciumare!\n\n"
    "Totuși credinciosă cinstei din firea ei, a căutat atât în diferitele întrevorbiri cât și prin scrisori, să infiltreze în sufletul și creerul lui Andreĭ principiile și nevoile firei ei.\n\n"
    "IX\n\n"
    "După câte-va săptămâni dela nuntă, Leliana cu Andreĭ și familia lui, plecară în muntele B... de lângă orășelul unde locuiau.\n\n"
    "După cum a făgăduit Caterinei la plecare, Le-liana îi scrie urmetorea scrisore, care defineșce maĭ bine starea sufletească și încrederea ci în viitor:\n\n"
    "X\n\n"
    "Vâjăe vântul a morte și pustiU, ometul scârțăe sub piciore. Biciuiți de frig, sgribuliți, trec rarii trecetori. In odaia cu storurile lăsate, focul prie-tenos, împrăștie o bine-făcetore căldură. Tóte\n\n"
    "Pe-un scaun lung, Leliana — cu chipul maĭ întinerit — șade, brațele cruce sub cap, urmărind nu şciu ce vis duios... Zadarnic o poftesce cartea de lângă ea! s-o maĭ citească!... maĭ cu drag se în-toarc\n\n"
)


def test_continued_numbering_bare_numbers_are_chapters_too():
    # Rule continued_numbering (review wtE19r): "VIII" after "CAP. VII" is
    # chapter 8, not a section of chapter 7.
    sections, _ = find_sections(ROM036)
    assert [(s.title, s.level) for s in sections] == [
        ("CAP. V", 1),
        ("CAP. VI", 1),
        ("CAP. VII", 1),
        ("VIII", 1),
        ("IX", 1),
        ("X", 1),
    ]


def test_cap_prose_rest_statute_citation_is_no_chapter():
    # Clause cap_prose_rest (review wtE19r): a hard-wrapped line of a law text
    # that cites a statute's chapter goes on with its sentence; a title after
    # "CAP. N." opens with a capital or a digit ("CAP. IV. — 0 mamă nenorocită.").
    assert _candidate("CAP. 12. of the said Act, shall continue in force") is None
    assert _candidate("CAP. 3: and all the powers given by it") is None
    assert _candidate("CAP. IV. — 0 mamă nenorocită.") == ("keyword", "kw:chapter", 4)  # ROM032
