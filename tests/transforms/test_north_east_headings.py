"""Division words and ordinals of Romanian, Swedish, Danish/Norwegian, Serbian,
Russian and Ukrainian (rules ``north_east_words``, ``nordic_ordinals``,
``cyrillic_ordinals``, ``compound_ordinals`` with the ordinal first), a volume
line over its first chapter (clause ``volume_over_chapter``), volumes and parts
that are no chapters (clause ``parts_not_chapters``) and keyword lines in
capitals whose number word is unknown (clause ``keyword_caps``; session 17).
Lines from ELTeC novels (ELTeC-pol, -fra, -rom, -swe, -nor, -srp, -rus, -ukr;
public domain)."""

import pytest

from transforms.headings import line_candidates
from transforms.sections import find_sections


@pytest.mark.parametrize(
    "line, series, value",
    [
        ("Capitolul I. Sfîrșitul unei rătăciri", "kw:chapter", 1),  # ELTeC-rom ROM057
        ("CAPITOLU II", "kw:chapter", 2),  # ROM031 (old spelling)
        ("PARTEA II", "kw:part", 2),
        ("CARTEA I", "kw:book", 1),  # ROM018
        ("Глава одиннадцатая", "kw:chapter", 11),  # Leskov (ELTeC-rus)
        ("Глава двадцать первая", "kw:chapter", 21),
        ("ГЛАВА ТРИДЕСЕТ ТРЕЋА Погреб сиротог човека", "kw:chapter", 33),  # SRP19203
        ("ГЛАВА ПРВА", "kw:chapter", 1),  # SRP19021
        ("Glava druga", "kw:chapter", 2),  # Serbian in Latin letters
        ("КЊИГА ДРУГА", "kw:book", 2),  # SRP18965
        ("ЧАСТИНА ТРЕТЯ.", "kw:part", 3),  # ELTeC-ukr UKR18801
        ("Частина четверта В АВСТРАЛІЇ", "kw:part", 4),  # UKR19201
        ("Capitolul acesta este scurt.", None, None),  # prose
        ("Cap m' affirma qu' en peu de temps", None, None),  # "Captain Cap" (FRA00401)
        ("Capitol One", None, None),  # clause no_bare_capitol: an English bank
        ("Capitol 2", None, None),
        ("Tom Andre", None, None),  # clause nordic_first_only: a name, no volume 2
        ("TOM ANDEN", None, None),
        ("Tom Druga", "kw:volume", 2),  # Polish "tom" with a Slavic ordinal still is
    ],
)
def test_north_east_keyword_candidates(line, series, value):
    keywords = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "keyword"]
    if series is None:
        assert keywords == []
    else:
        assert (keywords[0].series, keywords[0].value) == (series, value)


@pytest.mark.parametrize(
    "line, series, value",
    [
        ("Första Kapitlet.", "ord:chapter", 1),  # ELTeC-swe, Flygare-Carlén
        ("FÖRSTA KAPITLET.", "ord:chapter", 1),  # Kerfve
        ("SJETTE KAPITLET.", "ord:chapter", 6),
        ("TJUGOFÖRSTA KAPITLET.", "ord:chapter", 21),
        ("TJUGONDEFEMTE KAPITLET.", "ord:chapter", 25),  # Almqvist
        ("TJUGUANDRA KAPITLET", "ord:chapter", 22),  # Strindberg
        ("FÖRSTA BOKEN.", "ord:book", 1),  # Elkan
        ("Første Kapitel.", "ord:chapter", 1),  # ELTeC-nor NOR0059
        ("Andet Kapitel.", "ord:chapter", 2),
        ("ПРВА ГЛАВА", "ord:chapter", 1),  # ELTeC-srp SRP19203
        ("ЈЕДАНАЈЕСТА ГЛАВА", "ord:chapter", 11),  # ibid. ("-најест-" spelling)
        ("ДВАДЕСЕТ ПРВА ГЛАВА", "ord:chapter", 21),  # ibid.
        ("ПРВИ ДЕО", "ord:part", 1),  # SRP19091
        ("ELSŐ KÖTET.", "ord:volume", 1),  # ELTeC-hun HU10230
        ("MÁSODIK RÉSZ. Az erdőben.", "ord:part", 2),  # HU16124
        ("Andra kapitlet läste han", None, None),  # prose after the division word
    ],
)
def test_ordinal_first_candidates(line, series, value):
    found = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "ordinal"]
    if series is None:
        assert found == []
    else:
        assert (found[0].series, found[0].value) == (series, value)


# ELTeC-srp SRP19203 (Kamenko Subotić, "Legija smrti"): chapters 20 to 22.
LEGIJA = """\
ДВАДЕСЕТА ГЛАВА

Пензионисани пуковник Никола Ризнић дао је у „Политику“ овај оглас.

ДВАДЕСЕТ ПРВА ГЛАВА

Једне су новине удариле на велико звоно, да постоји тајна организација „Црна рука“.

ДВАДЕСЕТ ДРУГА ГЛАВА

Кад је Пера ћата изишао од Лазаревића, ушао је писмоноша и предао је Лазаревићу писмо.
"""


def test_compound_ordinal_first_continues_the_series():
    # Before, "ДВАДЕСЕТ ПРВА ГЛАВА" was no candidate: the series stopped at 20.
    sections, _ = find_sections(LEGIJA)
    assert [s.title for s in sections if s.title] == [
        "ДВАДЕСЕТА ГЛАВА",
        "ДВАДЕСЕТ ПРВА ГЛАВА",
        "ДВАДЕСЕТ ДРУГА ГЛАВА",
    ]


# ELTeC-pol POL0063 (Prus, "Lalka"): the head of volume I and chapters I-IV, each
# chapter's first sentence.
LALKA = """\
Tom I


I. Jak wygląda firma J. Mincel i S. Wokulski przez szkło butelek?

W początkach roku 1878, kiedy świat polityczny zajmował się pokojem \
san-stefańskim, wyborem nowego papieża albo szansami europejskiej wojny, \
warszawscy kupcy tudzież inteligencja pewnej okolicy Krakowskiego Przedmieścia \
niemniej gorąco interesowała się przyszłością galanteryjnego sklepu.


II. Rządy starego subiekta

Pan Ignacy od dwudziestu pięciu lat mieszkał w pokoiku przy sklepie.


III. Pamiętnik starego subiekta

Ze smutkiem od kilku lat uważam, że na świecie jest coraz mniej dobrych subiektów.


IV. Powrót

Jest niedziela, szkaradny dzień marcowy; zbliża się południe, lecz ulice \
Warszawy są prawie puste.
"""


def test_volume_line_does_not_take_its_first_chapter_as_title():
    # Clause volume_over_chapter: before, the volume's title was "Tom I I. Jak
    # wygląda firma ...", chapter I's heading swallowed by the volume's.
    sections, _ = find_sections(LALKA)
    assert [s.title for s in sections if s.title] == [
        "Tom I",
        "II. Rządy starego subiekta",
        "III. Pamiętnik starego subiekta",
        "IV. Powrót",
    ]


# ELTeC-fra FRA05801 (Pierre Mille, "Barnavaux"): part one, its first three
# chapters and part two's first, headed in capitals (the ELTeC text keeps its spaces before marks).
_BARNAVAUX = (
    "Depuis leur sortie du quartier , Barnavaux et tous les autres , six en nombre , "
    "rengagés à nouveau dans l' infanterie coloniale et venant de toucher leur prime , "
    "avaient déjà bu plus que leur plein chez les mercantis de Hanoï . Mais ils savaient "
    "porter ça , il n' y paraissait guère . Même le dîner qu' ils firent chez Lecointe , "
    "au café-restaurant qui fait le coin , près de l' échoppe d' A-Pik , le bottier "
    "chinois , acheva de leur remettre les jambes d' aplomb . Leurs têtes seules "
    "déliraient un peu ."
)
BARNAVAUX = "".join(
    f"{head}\n\n{_BARNAVAUX}\n\n\n"
    for head in ("I . — PLÉVECH DÉSERTEUR", "II . — LA NUIT DE BILLY HOOK", "III . — LE CHINOIS")
)
BARNAVAUX = (
    f"PREMIÈRE PARTIE\n\n\n{BARNAVAUX}DEUXIÈME PARTIE\n\n\nI . — LA QUININE\n\n{_BARNAVAUX}\n"
)


def test_part_is_no_chapter_for_capitals_titles():
    # Clause parts_not_chapters: "PREMIÈRE PARTIE" (an ordinal part) turned the
    # layout of chapter titles in capitals off; the novel had 2 of 19 chapters.
    sections, _ = find_sections(BARNAVAUX)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "PREMIÈRE PARTIE"),
        (2, "I . — PLÉVECH DÉSERTEUR"),
        (2, "II . — LA NUIT DE BILLY HOOK"),
        (2, "III . — LE CHINOIS"),
        (1, "DEUXIÈME PARTIE"),
        (2, "I . — LA QUININE"),
    ]


# ELTeC-ukr UKR18571 (Kulish, "Chorna rada"): "ПЕРВА" is an old spelling that no
# list of ordinals has; "ДРУГА" and "ТРЕТЯ" are known.
CHORNA_RADA = """\
ГЛАВА ПЕРВА.

По весні 1663 року двоє подорожніх, верхи на добрих конях, ізближались до Києва \
з Білогородського шляху.


ГЛАВА ДРУГА.

Скоро ввійшов ото Шрам у пасіку, іще не помоливсь і святому Зосимові, що стоїть \
по пасіках, як слухає — у Череваня щось іграє.


ГЛАВА ТРЕТЯ.

Черевань почав саджати гостей своїх за довгий стіл.
"""


def test_keyword_line_in_capitals_with_an_unknown_number_word():
    # Clause keyword_caps: without it "ГЛАВА ПЕРВА." is no heading once the
    # other chapters are keyword headings (the layout of capitals is off).
    sections, _ = find_sections(CHORNA_RADA)
    assert [s.title for s in sections if s.title] == [
        "ГЛАВА ПЕРВА.",
        "ГЛАВА ДРУГА.",
        "ГЛАВА ТРЕТЯ.",
    ]


@pytest.mark.parametrize(
    "line, value, title",
    [
        ("Prvo poglavje.", 1, ""),  # ELTeC-slv SLV00098
        ("Četrto poglavje.", 4, ""),
        ("Štirinajsto poglavje.", 14, ""),
        ("Enaindvajseto poglavje", 21, ""),  # the unit, "in", the tens: one word
        ("1. poglavje. Strast in ljubezen.", 1, "Strast in ljubezen."),  # SLV10017
        ("2. poglavje. Strašna obtožba.", 2, "Strašna obtožba."),
        ("12. luku", 12, ""),  # Finnish, a digit first
        ("Erstes Capitel.", 1, ""),  # ELTeC-deu DEU043 (old spelling)
    ],
)
def test_slovene_and_digit_first_ordinals(line, value, title):
    # Rule slovene_ordinals, keyword "poglavje", "Capitel"; clause number_first
    # with a digit (before, headings tried ordinal_first only on a capital).
    found = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "ordinal"]
    assert (found[0].series, found[0].value, found[0].rest) == ("ord:chapter", value, title)


# ELTeC-slv SLV10017: three chapters, each with its summary line.
SLV10017 = """\
1. poglavje. Strast in ljubezen.

Skrivnostno povelje. — Lepa grešnica. — Nepričakovani povratek graščakov.

2. poglavje. Strašna obtožba.

Jurija preganjajo. — Železni vitez v grajski galeriji. — Milica, zvesto srce.

3. poglavje. Milica v ječi.

Težko sumničenje. — Dekliška čast v nevarnosti.
"""


def test_slovene_numbered_chapters_open_sections():
    # Before, the novel (139 chapters) was one section.
    sections, _ = find_sections(SLV10017)
    assert [s.title for s in sections if s.title] == [
        "1. poglavje. Strast in ljubezen.",
        "2. poglavje. Strašna obtožba.",
        "3. poglavje. Milica v ječi.",
    ]


def test_keyword_caps_abbreviation_and_unknown_words():
    # Clause keyword_caps: ELTeC-rom ROM060 heads chapters "CAP. I." ... and
    # once "CAPITOLUL XX" (a keyword series): the "CAP." lines lost their layout
    # evidence (43 -> 1 chapters) until the abbreviation counted, in capitals only.
    from transforms.european_words import keyword_caps

    assert keyword_caps("CAP. I.", {"kw:chapter"}, {"capitolul", "xx"}) == 20
    assert keyword_caps("CAP. I.", {"kw:part"}, {"partea"}) is None  # no chapter series
    # HU19018's misprint among "HARMADIK FEJEZET."
    assert keyword_caps("NEGYEKDIK FEJEZET.", {"ord:chapter"}, {"harmadik", "fejezet"}) == 20
    assert keyword_caps("A TITKOS TOBORZÓK.", {"kw:chapter"}, {"fejezet"}) is None
    # Clause same_keyword_word: the family alone is not enough ("CAP." among
    # "CHAPTER I.": no "capitolul" heading).
    assert keyword_caps("CAP. I.", {"kw:chapter"}, {"chapter", "i"}) is None


# An English novel in volumes (lines of our own, the layout of Gutenberg's
# three-volume novels): a card "TOM JONES." and a caps line "BAND PRACTICE".
_P = (
    "He walked down to the harbour that evening, thinking of the letters he had not "
    "answered and of the long winter that lay before them all in the little town.\n\n"
)
VOLUMES = (
    f"VOLUME I.\n\n\nCHAPTER I.\n\n{_P * 3}On the door was a card, and on it two words:"
    f"\n\nTOM JONES.\n\n{_P * 3}CHAPTER II.\n\n{_P * 3}VOLUME II.\n\n\nCHAPTER III.\n\n"
    f"{_P * 3}BAND PRACTICE\n\n{_P * 2}CHAPTER IV.\n\n{_P * 3}"
)


def test_keyword_caps_needs_the_same_keyword_word():
    # Clause same_keyword_word: "tom" (Polish) and "band" (German) are volume
    # words, but this book's volumes say "VOLUME": before, both lines were
    # volume headings (level 1) in the middle of chapters I and III.
    sections, _ = find_sections(VOLUMES)
    assert [(s.level, s.title) for s in sections if s.title] == [
        (1, "VOLUME I."),
        (2, "CHAPTER I."),
        (2, "CHAPTER II."),
        (1, "VOLUME II."),
        (2, "CHAPTER III."),
        (2, "CHAPTER IV."),
    ]


def test_line_ending_in_a_colon_is_no_title():
    # Clause colon_line: Kulish's chapter 3 opens with "Заглянув Черевань у
    # пекарню:" (a line that announces what follows); it was the chapter's title.
    text = CHORNA_RADA.replace(
        "ГЛАВА ТРЕТЯ.\n\n", "ГЛАВА ТРЕТЯ.\n\nЗаглянув Черевань у пекарню:\n\n"
    )
    sections, _ = find_sections(text)
    assert [s.title for s in sections if s.title][-1] == "ГЛАВА ТРЕТЯ."


# Measure for Measure (Gutenberg, defaults/shakespeare), its place line in capitals
# as some editions print it, then two scenes.
MEASURE = """\
MARIANA, betrothed to Angelo.
JULIET, beloved by Claudio.
FRANCISCA, a nun.
MISTRESS OVERDONE, a Bawd.

Lords, Gentlemen, Guards, Officers, and other Attendants.

SCENE: VIENNA



ACT I.

SCENE I. An apartment in the DUKE'S Palace.

[Enter DUKE, ESCALUS, LORDS, and ATTENDANTS.]

DUKE.
Of government the properties to unfold,
Would seem in me to affect speech and discourse;
Since I am put to know that your own science
Exceeds, in that, the lists of all advice
My strength can give you: then no more remains

SCENE II. A street.

[Enter LUCIO and two other GENTLEMEN.]

LUCIO.
If the duke, with the other dukes, come not to composition with the King of
Hungary, why then all the dukes fall upon the king.
"""


def test_keyword_label_with_a_colon_is_no_caps_heading():
    # Clause label_not_caps_keyword: keyword_caps read "SCENE: VIENNA" (keyword
    # "scene" of the confirmed "SCENE I.", "SCENE II.") as a scene heading.
    sections, _ = find_sections(MEASURE)
    assert "SCENE: VIENNA" not in [s.title for s in sections]
    assert [s.title for s in sections if s.title.startswith("SCENE")] == [
        "SCENE I. An apartment in the DUKE'S Palace.",
        "SCENE II. A street.",
    ]
