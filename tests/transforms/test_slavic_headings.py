"""Polish, Czech and other division words (rule ``slavic_words``), Polish and
Czech ordinals of two words (``compound_ordinals``), Polish and Czech named
divisions (``european_named``) and titled chapters under keyword parts
(``titled_chapters``' clause ``parts_over_titles``; session 16). Lines from
ELTeC novels (ELTeC-pol, ELTeC-cze; public domain)."""

import pytest

from tests.transforms.test_chapter_titles import CHAPTERS, _novel
from transforms.headings import line_candidates
from transforms.sections import find_sections


@pytest.mark.parametrize(
    "line, series, value",
    [
        ("Rozdział pierwszy", "kw:chapter", 1),  # Sienkiewicz, Quo vadis (POL0071)
        ("Rozdział dwudziesty pierwszy", "kw:chapter", 21),  # ibid.
        ("Rozdział siedemdziesiąty trzeci", "kw:chapter", 73),  # ibid.
        ("ROZDZIAŁ I. CO NIECO O SAMEJ PIPIDÓWCE", "kw:chapter", 1),  # Bałucki (POL0002)
        ("Rozdział I. Hela Bertz", "kw:chapter", 1),  # Witkacy (POL0087)
        ("Część pierwsza — Szklane domy", "kw:part", 1),  # Żeromski, Przedwiośnie
        ("Część trzecia", "kw:part", 3),  # Berent, Ozimina (POL0008)
        ("Tom drugi", "kw:volume", 2),  # POL0038 ...
        ("Tom I", "kw:volume", 1),
        ("Část prvá.", "kw:part", 1),  # Chocholoušek, Templáři v Čechách (CS0012)
        ("DÍL PRVÝ. Část prvá.", "kw:volume", 1),  # ibid., "díl" then "část"
        ("Kniha první. Salva guardia.", "kw:book", 1),  # Jirásek, Skaláci (CS0016)
        ("KAPITOLA I.", "kw:chapter", 1),  # Čapek-Chod, V třetím dvoře (CS0061)
        ("DÍL III. TURBINA SPUSTÍ. . .", "kw:volume", 3),  # Čapek-Chod, Turbina (CS0088)
        ("Kapitola dvacátá první", "kw:chapter", 21),
        ("Kapitola pětadvacátá", "kw:chapter", 25),
        ("Rozdział pierwszy zaczyna się od słów", None, None),  # prose
        ("Tom poszedł do domu.", None, None),  # a name, no number
    ],
)
def test_slavic_keyword_candidates(line, series, value):
    keywords = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "keyword"]
    if series is None:
        assert keywords == []
    else:
        assert (keywords[0].series, keywords[0].value) == (series, value)


# Sienkiewicz, "Quo vadis" (ELTeC-pol POL0071): chapters 19 to 22, each's first sentence.
QUO_VADIS = """\
Rozdział dziewiętnasty

Zaledwie Winicjusz skończył czytać, gdy do biblioteki wsunął się cicho \
niezapowiedziany przez nikogo Chilon, służba bowiem miała rozkaz puszczać go o \
każdej godzinie dnia i nocy.

Rozdział dwudziesty

Szli przez Vicus Patricius, wzdłuż Wiminalu, do dawnej bramy Wiminalskiej, koło \
płaszczyzny, na której Dioklecjan wzniósł później wspaniałe łaźnie.

Rozdział dwudziesty pierwszy

Każda kropla krwi zadrgała w młodym patrycjuszu na jej widok. Zapomniał o \
tłumach, o starcu, o własnym zdumieniu wobec tych niepojętych rzeczy, jakie \
słyszał, i widział przed sobą tylko ją jedną.

Rozdział dwudziesty drugi

Winicjusz dopiero w sieni zrozumiał całą trudność przedsięwzięcia. Dom był duży, \
kilkopiętrowy, jeden z takich, jakich tysiące budowano w Rzymie w widokach zysku \
z najmu mieszkań.

Epilog

Początkowo bunt legii galijskich pod wodzą Windeksa nie zdawał się być zbyt \
groźnym. Cezar miał dopiero trzydziesty pierwszy rok życia.
"""


def test_compound_ordinals_continue_the_series():
    # Rule compound_ordinals: without it the series stopped at "dwudziesty"
    # (Quo vadis: chapters 21 to 74 were lost); rule european_named: "Epilog".
    sections, _ = find_sections(QUO_VADIS)
    assert [s.title for s in sections if s.title] == [
        "Rozdział dziewiętnasty",
        "Rozdział dwudziesty",
        "Rozdział dwudziesty pierwszy",
        "Rozdział dwudziesty drugi",
        "Epilog",
    ]


def test_named_divisions():
    for line in ("Epilog", "Prolog", "Zakończenie", "Wstęp", "Předmluva", "Doslov."):
        assert [c.kind for c in line_candidates(line, 0, 0, len(line))] == ["named"], line
    assert line_candidates("Epilog był krótki.", 0, 0, 18) == []


def test_titled_chapters_under_keyword_parts():
    # Clause parts_over_titles: Grabiński's "Wyspa Itongo" (POL0030) names its
    # chapters under "Część pierwsza. Syn kowala" and "Część druga. Król
    # Czandaura"; once "Część" is a keyword the parts are headings, and the
    # chapter titles under them must stay chapters (they were lost: 13 -> 0).
    text = "Część pierwsza. Syn kowala\n\n" + _novel(CHAPTERS[1:4])
    text += "Część druga. Król Czandaura\n\n" + _novel(CHAPTERS[4:])
    sections = find_sections(text)[0]
    assert [(s.level, s.title) for s in sections] == [
        (1, "Część pierwsza. Syn kowala"),
        (2, "Kolce pod różami"),
        (2, "Dyplomacja"),
        (2, "Zamurowany"),
        (1, "Część druga. Król Czandaura"),
        (2, "Nie od razu Kraków zbudowano"),
        (2, "Dwór królowej Kingi"),
    ]


@pytest.mark.parametrize(
    "line, series, value",
    [
        ("I. FEJEZET.", "ord:chapter", 1),  # ELTeC-hun HU07718
        ("I. FEJEZET. Kakasd topographiája.", "ord:chapter", 1),  # HU08163
        ("HARMADIK FEJEZET. Adél.", "ord:chapter", 3),  # HU16243
        ("TIZENKETTEDIK FEJEZET.", "ord:chapter", 12),  # HU00012
        ("KILENCZEDIK FEJEZET.", "ord:chapter", 9),  # old spelling
        ("ELSÖ FEJEZET.", "ord:chapter", 1),  # HU19018: ö for ő
        ("Huszonegyedik fejezet", "ord:chapter", 21),
        ("I. fejezet, ahol a hős", None, None),  # prose after the division word
        ("I. Teil", None, None),  # clause number_first: Hungarian and Finnish words only
    ],
)
def test_hungarian_ordinal_candidates(line, series, value):
    found = [c for c in line_candidates(line, 0, 0, len(line)) if c.kind == "ordinal"]
    if series is None:
        assert found == []
    else:
        assert (found[0].series, found[0].value) == (series, value)


# ELTeC-hun HU16243: its first three chapters' heads and first lines.
HU16243 = """\
ELSŐ FEJEZET. A surányi földesur otthona.

- Édesem, igaz, hogy bárónőt vettem el, mikor magát oltárhoz vezettem, de ne \
feledje, hogy én földbirtokos vagyok!

MÁSODIK FEJEZET. A Csillag-pusztán.

- Látod Theklám, neked férjhez kell menned! Jóskának negyvenezer forintja van, \
jó bérletet kaphatnátok.

HARMADIK FEJEZET. Adél.

Este van Surányban. A szalonban ül izgatottan Adél.
"""


def test_hungarian_chapters_open_sections():
    # Before rule slavic_words the novel was one section (16 of its 17 chapters lost).
    sections, _ = find_sections(HU16243)
    assert [s.title for s in sections if s.title] == [
        "ELSŐ FEJEZET. A surányi földesur otthona.",
        "MÁSODIK FEJEZET. A Csillag-pusztán.",
        "HARMADIK FEJEZET. Adél.",
    ]
