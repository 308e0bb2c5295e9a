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

# Values 1-12, each "stem" with its endings after "|" (none: the word alone).
_ORDINAL_FORMS = (
    # German: -er, -e, -es, -en ("Erster Band", "Erste Abteilung", "Erstes Kapitel").
    "erst zweit dritt viert fünft sechst siebent|siebt acht neunt zehnt elft zwölft",
    # French, Spanish, Italian, Portuguese, Dutch.
    "premier|première deuxième|second|seconde troisième quatrième cinquième sixième septième"
    " huitième neuvième dixième onzième douzième",
    "primero|primera|primer segundo|segunda tercero|tercera|tercer cuarto|cuarta quinto|quinta"
    " sexto|sexta séptimo|séptima|sétimo|sétima octavo|octava noveno|novena décimo|décima"
    " undécimo|undécima duodécimo|duodécima",
    "primo|prima secondo|seconda terzo|terza quarto|quarta quinto|quinta sesto|sesta"
    " settimo|settima ottavo|ottava nono|nona decimo|decima undicesimo|undicesima"
    " dodicesimo|dodicesima",
    "primeiro|primeira segundo|segunda terceiro|terceira quarto|quarta quinto|quinta sexto|sexta"
    " sétimo|sétima oitavo|oitava nono|nona décimo|décima",
    "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende elfde twaalfde",
    # Russian: masculine, feminine, neuter ("Том первый", "Часть первая").
    "первый|первая|первое второй|вторая|второе третий|третья|третье"
    " четвёртый|четвёртая|четвёртое|четвертый|четвертая|четвертое пятый|пятая|пятое"
    " шестой|шестая|шестое седьмой|седьмая|седьмое восьмой|восьмая|восьмое"
    " девятый|девятая|девятое десятый|десятая|десятое",
)
_CARDINALS = (
    "un|une deux trois quatre cinq six sept huit neuf dix onze douze",
    "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "uno|una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "uno|una due tre quattro cinque sei sette otto nove dieci undici dodici",
    "um|uma dois|duas três quatro cinco seis sete oito nove dez onze doze",
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf",
    "один|одна два|две три четыре пять шесть семь восемь девять десять",
)
ORDINALS: dict[str, int] = {}
for _i, _line in enumerate(_ORDINAL_FORMS):
    for _value, _forms in enumerate(_line.split(), 1):
        for _form in _forms.split("|"):
            _ends = ("er", "e", "es", "en") if _i == 0 else ("",)
            ORDINALS.update({_form + e: _value for e in _ends})
NUMBER_WORDS = dict(ORDINALS)
for _line in _CARDINALS:
    for _value, _forms in enumerate(_line.split(), 1):
        NUMBER_WORDS.update(dict.fromkeys(_forms.split("|"), _value))

# An ordinal, a division word, then nothing or a title after ".", ":" or a dash.
_ORDINAL_LINE = re.compile(
    r"(?P<ord>[^\W\d_]+)[ \t\xa0]+(?P<kw>[^\W\d_]{2,})"
    r"(?P<rest>[ \t\xa0]*(?:[.:][ \t\xa0]*|[ \t\xa0][—–-][ \t\xa0]+)(?P<title>\S.*)|[ \t\xa0.:]*)"
)


def number_word(word: str) -> int | None:
    """Rule ``number_words``: the value of an ordinal or cardinal word of these
    languages (any case), else None."""
    return NUMBER_WORDS.get(word.lower())


def ordinal_first(line: str) -> tuple[str, int, str] | None:
    """Rule ``ordinal_first``: (English family, value, title) of a stripped line
    "Erstes Kapitel", "Zweiter Teil. Die Rückkehr", "Première partie", else
    None. The ordinal is capitalised (or the line in capitals); a title after
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
    if not (line.isupper() or (word[1:].islower() and (kw.islower() or kw[1:].islower()))):
        return None
    if title and not (title[0].isupper() or title[0] in "«„“\"'"):
        return None
    return family, value, title.strip()
