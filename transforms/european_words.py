"""Division keywords and number words of French, German, Spanish, Italian,
Portuguese, Dutch and Russian, for ``transforms.headings``.

Rule ``european_keywords`` (session 14): the divisions of those languages
("Chapitre 3", "Kapitel\\xa01. Definitionen", "Capítulo II", "Hoofdstuk 4.",
"Глава 5"), each numbering its English family's series.

Rule ``number_words`` (session 15): after such a keyword the number may be a
word, as after an English one ("CHAPTER ONE", "Book First" are keyword
headings): "Chapitre premier", "Livre premier", "Capítulo primero", "Libro
segundo", "Capitolo primo", "Глава первая", "Teil eins". The word counts only
after a keyword of these languages (Spanish "once" is eleven, English "once"
no number).

Rule ``ordinal_first``: German, French, Spanish, Portuguese and Dutch put the
ordinal first ("Erstes Kapitel", "Zweiter Teil", "Première partie", "Primera
parte", "Tweede deel"). English "First Part" is no candidate, and a line of an
ordinal and a division word could be a table cell or a list's line, so such a
line is only a candidate of its own kind ("ordinal") that ``sections`` keeps,
like a bare numeral, when its series advances (a first and a second in a row).
"""

from __future__ import annotations

import re

EUROPEAN_KEYWORDS = {
    "volume": "band tomo том",
    "part": "partie teil parte deel часть",
    "book": "livre buch libro livro boek книга",
    "chapter": "chapitre kapitel capítulo capitulo capitolo hoofdstuk глава",
}
FAMILY_OF = {w: f for f, words in EUROPEAN_KEYWORDS.items() for w in words.split()}

# Values from 1, each "stem" with its other spellings after "|".
_ORDINAL_FORMS = (
    # French, Spanish, Italian, Portuguese, Dutch.
    "premier|première deuxième|second|seconde troisième quatrième cinquième sixième septième"
    " huitième neuvième dixième onzième douzième treizième quatorzième quinzième seizième"
    " dix-septième dix-huitième dix-neuvième vingtième",
    "primero|primera|primer segundo|segunda tercero|tercera|tercer cuarto|cuarta quinto|quinta"
    " sexto|sexta séptimo|séptima|sétimo|sétima octavo|octava noveno|novena décimo|décima"
    " undécimo|undécima duodécimo|duodécima decimotercero|decimotercera"
    " decimocuarto|decimocuarta decimoquinto|decimoquinta decimosexto|decimosexta"
    " decimoséptimo|decimoséptima decimoctavo|decimoctava decimonoveno|decimonovena"
    " vigésimo|vigésima",
    "primo|prima secondo|seconda terzo|terza quarto|quarta quinto|quinta sesto|sesta"
    " settimo|settima ottavo|ottava nono|nona decimo|decima undicesimo|undicesima"
    " dodicesimo|dodicesima tredicesimo|tredicesima quattordicesimo|quattordicesima"
    " quindicesimo|quindicesima sedicesimo|sedicesima diciassettesimo|diciassettesima"
    " diciottesimo|diciottesima diciannovesimo|diciannovesima ventesimo|ventesima",
    "primeiro|primeira segundo|segunda terceiro|terceira quarto|quarta quinto|quinta sexto|sexta"
    " sétimo|sétima oitavo|oitava nono|nona décimo|décima",
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde"
    " dertiende veertiende vijftiende zestiende zeventiende achttiende negentiende twintigste",
    # Russian: masculine, feminine, neuter ("Том первый", "Часть первая").
    "первый|первая|первое второй|вторая|второе третий|третья|третье"
    " четвёртый|четвёртая|четвёртое|четвертый|четвертая|четвертое пятый|пятая|пятое"
    " шестой|шестая|шестое седьмой|седьмая|седьмое восьмой|восьмая|восьмое"
    " девятый|девятая|девятое десятый|десятая|десятое",
)
# German, 1 to 99 ("Sechsunddreißigstes Kapitel", Effi Briest's last), each
# with the endings -er, -e, -es, -en ("Erster Band", "Erstes Kapitel").
_DE_FIRST = (
    "erst zweit dritt viert fünft sechst siebent|siebt acht neunt zehnt elft zwölft dreizehnt"
    " vierzehnt fünfzehnt sechzehnt siebzehnt achtzehnt neunzehnt"
)
_DE_TENS = (
    "zwanzigst dreißigst|dreissigst vierzigst fünfzigst sechzigst siebzigst achtzigst neunzigst"
)
_DE_UNITS = "ein zwei drei vier fünf sechs sieben acht neun".split()


def _forms(line: str) -> dict[str, int]:
    return {f: v for v, forms in enumerate(line.split(), 1) for f in forms.split("|")}


def _german() -> dict[str, int]:
    stems = _forms(_DE_FIRST)
    for tens, forms in enumerate(_DE_TENS.split(), 2):
        for form in forms.split("|"):
            stems[form] = tens * 10
            stems.update({f"{u}und{form}": tens * 10 + i for i, u in enumerate(_DE_UNITS, 1)})
    return {stem + end: v for stem, v in stems.items() for end in ("er", "e", "es", "en")}


ORDINALS: dict[str, int] = _german()
for _line in _ORDINAL_FORMS:
    ORDINALS.update(_forms(_line))
_CARDINALS = (
    "un|une deux trois quatre cinq six sept huit neuf dix onze douze",
    "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "uno|una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "uno|una due tre quattro cinque sei sette otto nove dieci undici dodici",
    "um|uma dois|duas três quatro cinco seis sete oito nove dez onze doze",
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "один|одна два|две три четыре пять шесть семь восемь девять десять",
)
NUMBER_WORDS = dict(ORDINALS)
for _line in _CARDINALS:
    NUMBER_WORDS.update(_forms(_line))

# An ordinal, a division word, then nothing or a title after ".", ":" or a dash.
_ORDINAL_LINE = re.compile(
    r"(?P<ord>[^\W\d_]+(?:-[^\W\d_]+)*)[ \t\xa0]+(?P<kw>[^\W\d_]{2,})"
    r"(?P<rest>[ \t\xa0]*(?:[.:][ \t\xa0]*|[ \t\xa0]*(?:--|[—–])[ \t\xa0]*|[ \t\xa0]-[ \t\xa0]+)(?P<title>\S.*)|[ \t\xa0.:]*)"
)


def number_word(word: str) -> int | None:
    """Rule ``number_words``: the value of an ordinal or cardinal word of these
    languages (any case), else None."""
    return NUMBER_WORDS.get(word.lower())


def ordinal_first(line: str) -> tuple[str, int, str] | None:
    """Rule ``ordinal_first``: (English family, value, title) of a stripped line
    "Erstes Kapitel", "Zweiter Teil. Die Rückkehr", "Première partie", else
    None. The ordinal is capitalised (or it and the division word in capitals); a title after
    the division word starts with a capital (no prose: "Erstes Kapitel
    lesen")."""
    m = _ORDINAL_LINE.fullmatch(line)
    if not m:
        return None
    word, kw, title = m.group("ord"), m.group("kw"), m.group("title") or ""
    family = FAMILY_OF.get(kw.lower())
    value = ORDINALS.get(word.lower())
    if family is None or value is None or not word[0].isupper():
        return None
    if not (
        (word.isupper() and kw.isupper())
        or (word[1:].islower() and (kw.islower() or kw[1:].islower()))
    ):
        return None
    if title and not (title[0].isupper() or title[0] in "«„“\"'"):
        return None
    return family, value, title.strip()
