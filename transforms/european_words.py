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
# Rule slavic_words (session 16): Polish ("Rozdział I", "Część pierwsza", "Tom
# drugi", "Księga"), Czech ("Kapitola 1", "Část prvá", "Díl", "Kniha"),
# Ukrainian ("Розділ", "Частина"), Greek ("Κεφάλαιο", "Μέρος", "Βιβλίο"),
# Finnish ("Luku", "Osa", "Kirja"), Hungarian "FEJEZET" (its "KÖTET", "RÉSZ": rule
# north_east_words), Norwegian "Kapittel", Swedish
# and Danish "Bok", "Bog".
_MORE_KEYWORDS = {
    "volume": "tom díl",
    "part": "część část частина μέρος osa",
    "book": "księga kniha βιβλίο bok bog kirja",
    "chapter": "rozdział kapitola розділ κεφάλαιο luku kapittel fejezet",
}
# Rule north_east_words (session 17): Romanian ("Capitolul I", old "CAPITOLU II",
# not the bare "capitol", clause no_bare_capitol (review 17): English "Capitol One" is
# a bank, a lone "Capitol One" line in news was a chapter; ELTeC-rom heads use it once;
# "Partea I", "Cartea II", "Volumul I"; not "CAP. I": "Cap" is a name in French,
# "Cap m'" a chapter 1000), Swedish definite forms ("FÖRSTA KAPITLET.", "Andra
# boken", "Första delen"), Serbian Cyrillic and Latin ("ГЛАВА ПРВА", "Glava
# druga", "КЊИГА ДРУГА", "Део први"), Slovene "poglavje" ("Prvo poglavje.",
# "1. poglavje."), German in the old spelling ("Erstes Capitel."), Hungarian
# "KÖTET" and "RÉSZ" (volume, part; with clause parts_not_chapters the chapter
# titles in capitals under "ELSŐ KÖTET." stay headings: HU10230 47 of 47).
_NORTH_EAST_KEYWORDS = {
    "volume": "volumul kötet",
    "part": "partea delen део deo rész",
    "book": "cartea boken књига knjiga",
    "chapter": "capitolul capitolu capitolŭ kapitlet glava poglavje capitel",
}
# Rule catalan_vietnamese_words (session 20): Catalan "Capítol 1. Començant
# correctament.", "Llibre", "Volum" and Vietnamese "Chương 1. Bắt đầu Đúng cách",
# "Phần", "Tập" (Debian's maint-guide ca and vi: DocBook's "Chapter N." in their
# words; without them neither found a chapter). "Chương trình" (a program) and
# "Phần lớn" (most) open sentences, but no number follows the word there.
_CA_VI_KEYWORDS = {
    "volume": "volum tập",
    "part": "phần",
    "book": "llibre",
    "chapter": "capítol chương",
}
for _more in (_MORE_KEYWORDS, _NORTH_EAST_KEYWORDS, _CA_VI_KEYWORDS):
    for _family, _words in _more.items():
        EUROPEAN_KEYWORDS[_family] += " " + _words
FAMILY_OF = {w: f for f, words in EUROPEAN_KEYWORDS.items() for w in words.split()}
# Rule statute_article (session 29): Russian law numbers its articles "Статья 103" on a
# line of their own under its chapters ("Глава 5. Федеральное Собрание"): the Russian
# Constitution's 137 articles were no sections (13 sections in all, 2 of them list items
# "1. К ведению Государственной Думы относятся:"). Ranked as English "Section".
FAMILY_OF["статья"] = "section"

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
    " vierzehnt fünfzehnt sechzehnt siebzehnt|siebenzehnt achtzehnt neunzehnt"
)  # clause old_german_ordinals (session 30): "Siebenzehntes Capitel" (Verne's 20,000
# Meilen unter den Meeren, GuenterPartosch/Counting_texts' de-verne-20000: its chapter 17
# of 24 was missed)
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


# Rule slavic_words: Polish and Czech ordinals 1 to 99 in their three genders
# ("Rozdział pierwszy", "Część pierwsza", "Kapitola první", "Část prvá").
# Above 20 they are two words, the tens then the unit ("Rozdział dwudziesty
# pierwszy", "Kapitola dvacátá první": rule compound_ordinals), or Czech one
# word, the unit first ("jednadvacátá").
_PL_FIRST = (
    "pierwszy drugi trzeci czwarty piąty szósty siódmy ósmy dziewiąty dziesiąty jedenasty"
    " dwunasty trzynasty czternasty piętnasty szesnasty siedemnasty osiemnasty"
    " dziewiętnasty|dzięwiętnasty"
)
_PL_TENS = (
    "dwudziesty trzydziesty czterdziesty pięćdziesiąty sześćdziesiąty siedemdziesiąty"
    " osiemdziesiąty dziewięćdziesiąty"
)
_CS_FIRST = (
    "první|prvý druhý třetí čtvrtý pátý šestý sedmý osmý devátý desátý jedenáctý"
    " dvanáctý třináctý čtrnáctý patnáctý šestnáctý sedmnáctý osmnáctý devatenáctý"
)
_CS_TENS = "dvacátý třicátý čtyřicátý padesátý šedesátý sedmdesátý osmdesátý devadesátý"
_CS_UNITS = "jedn dva tři čtyři pět šest sedm osm devět".split()


def _genders(word: str) -> list[str]:
    """The masculine, feminine and neuter of a Polish or Czech ordinal."""
    for masc, fem, neut in (("gi", "ga", "gie"), ("ci", "cia", "cie"), ("y", "a", "e")):
        if word.endswith(masc):  # Polish "drugi", "trzeci", "pierwszy"
            return [word[: -len(masc)] + end for end in (masc, fem, neut)]
    if word.endswith("ý"):  # Czech "druhý", "druhá", "druhé"
        return [word[:-1] + end for end in "ýáé"]
    return [word]  # Czech "první", "třetí": one form


def _slavic() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    first, tens, units = {}, {}, {}
    for firsts, tens_words in ((_PL_FIRST, _PL_TENS), (_CS_FIRST, _CS_TENS)):
        for value, forms in enumerate(firsts.split(), 1):
            for form in forms.split("|"):
                first.update(dict.fromkeys(_genders(form), value))
                if value < 10:
                    units.update(dict.fromkeys(_genders(form), value))
        for value, form in enumerate(tens_words.split(), 2):
            tens.update(dict.fromkeys(_genders(form), value * 10))
    for ten_word, ten in list(tens.items()):
        if ten_word[-1] in "ýáé":  # Czech "jednadvacátý", "pětadvacátá"
            for unit, forms in enumerate(_CS_UNITS, 1):
                first.update({f"{f}a{ten_word}": ten + unit for f in forms.split("|")})
    return first | tens, tens, units


_SLAVIC, _TENS, _UNITS = _slavic()
# Rule cyrillic_ordinals (session 17): Russian ordinals past ten ("Глава
# одиннадцатая"; before, only 1 to 10), Ukrainian ("Розділ перший") and
# Serbian, Cyrillic and Latin ("ГЛАВА ПРВА", "Glava druga"), 1 to 99 in their
# genders; the tens take a unit after them (rule compound_ordinals: "Глава
# двадцать первая", "ГЛАВА ДВАДЕСЕТ ПРВА": the Serbian tens are cardinals).
_RU_FIRST = (
    "первый второй третий четвёртый|четвертый пятый шестой седьмой восьмой девятый десятый"
    " одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый шестнадцатый"
    " семнадцатый восемнадцатый девятнадцатый"
)
_RU_TENS = (
    "двадцатый тридцатый сороковой пятидесятый шестидесятый семидесятый восьмидесятый девяностый"
)
_RU_TEN_UNITS = "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто"
_UK_FIRST = (
    "перший другий третій четвертий п'ятий шостий сьомий восьмий дев'ятий десятий"
    " одинадцятий дванадцятий тринадцятий чотирнадцятий п'ятнадцятий шістнадцятий"
    " сімнадцятий вісімнадцятий дев'ятнадцятий"
)
_UK_TENS = (
    "двадцятий тридцятий сороковий п'ятдесятий шістдесятий сімдесятий вісімдесятий дев'яностий"
)
_UK_TEN_UNITS = "двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто"
_SR_FIRST = (
    "први други трећи четврти пети шести седми осми девети десети једанаести дванаести"
    " тринаести четрнаести петнаести шеснаести седамнаести осамнаести деветнаести"
)
_SR_TENS = "двадесети тридесети четрдесети педесети шездесети седамдесети осамдесети деведесети"
_SR_TEN_UNITS = "двадесет тридесет четрдесет педесет шездесет седамдесет осамдесет деведесет"
# Rule slovene_ordinals (session 17): "Prvo poglavje.", "Štirinajsto poglavje",
# "Enaindvajseto poglavje" (the unit first, "in", the tens: one word).
_SL_FIRST = (
    "prvi drugi tretji četrti|četvrti peti šesti sedmi osmi deveti deseti enajsti|jednajsti|ednajsti"
    " dvanajsti trinajsti štirinajsti petnajsti šestnajsti sedemnajsti osemnajsti devetnajsti"
)
_SL_TENS = "dvajseti|dvajsti trideseti štirideseti petdeseti"
_SL_UNITS = "ena|eden|edin dva|dve tri štiri pet šest sedem osem devet"
_SR_LATIN = dict(
    zip(
        "абвгдђежзијклљмнњопрстћуфхцчџш",
        "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split(),
        strict=True,
    )
)


_CYRILLIC_ENDS = {  # masculine ending -> feminine, neuter
    "ru": (("третий", "третья третье"), ("ый", "ая ое"), ("ой", "ая ое")),
    "uk": (("ій", "я є"), ("ий", "а е")),  # "перша", "третя"
    "sr": (("и", "а о е"),),  # "прва", "прво", "треће"
    "sl": (("i", "a o e"),),  # "prva", "prvo", "tretje"
}


def _cyrillic_genders(word: str, lang: str) -> list[str]:
    """Masculine, feminine and neuter ("первый первая первое", "третий третья
    третье", "перший перша перше", "први прва прво"), the Ukrainian with either
    apostrophe ("п'ятий", "п’ятий"), the Serbian in Latin letters too ("prva")."""
    forms = [word]
    for masc, ends in _CYRILLIC_ENDS[lang]:
        if word.endswith(masc):
            forms += [word[: len(word) - len(masc)] + e for e in ends.split()]
            break
    forms += [f.replace("'", "’") for f in forms if "'" in f]
    forms += [f.replace("'", "") for f in forms if "'" in f]  # old "пята", "девятий"
    if lang == "sr":
        forms += [f.replace("наест", "најест") for f in forms if "наест" in f]  # "ЈЕДАНАЈЕСТА"
        forms += ["".join(_SR_LATIN[c] for c in f) for f in forms]
    return forms


def _cyrillic() -> None:
    for lang, firsts, tens_words, cardinals in (
        ("ru", _RU_FIRST, _RU_TENS, _RU_TEN_UNITS),
        ("uk", _UK_FIRST, _UK_TENS, _UK_TEN_UNITS),
        ("sr", _SR_FIRST, _SR_TENS, _SR_TEN_UNITS),
    ):
        for value, forms in enumerate(firsts.split(), 1):
            for word in forms.split("|"):
                for form in _cyrillic_genders(word, lang):
                    _SLAVIC[form] = value
                    if value < 10:
                        _UNITS[form] = value
        for value, (word, cardinal) in enumerate(
            zip(tens_words.split(), cardinals.split(), strict=True), 2
        ):
            for form in _cyrillic_genders(word, lang) + _cyrillic_genders(cardinal, lang):
                _SLAVIC[form] = _TENS[form] = value * 10

    for value, forms in enumerate(_SL_FIRST.split(), 1):  # rule slovene_ordinals
        for word in forms.split("|"):
            _SLAVIC.update(dict.fromkeys(_cyrillic_genders(word, "sl"), value))
    for ten, forms in enumerate(_SL_TENS.split(), 2):
        for form in (f for word in forms.split("|") for f in _cyrillic_genders(word, "sl")):
            _SLAVIC[form] = ten * 10
            for unit, prefixes in enumerate(_SL_UNITS.split(), 1):
                _SLAVIC.update({f"{p}in{form}": ten * 10 + unit for p in prefixes.split("|")})


_cyrillic()
# Rule slavic_words: Hungarian ordinals 1 to 99 ("HARMADIK FEJEZET.",
# "Huszonegyedik fejezet"), in the old spelling too ("KILENCZEDIK", "ELSÖ": ö
# for ő); the unit after tens is "egyedik", "kettedik" (not "első", "második").
_HU_FIRST = (
    "első|elsö második harmadik negyedik ötödik hatodik hetedik nyolcadik|nyolczadik"
    " kilencedik|kilenczedik tizedik"
)
_HU_UNITS = "egyedik kettedik" + _HU_FIRST.split("második")[1].split("tizedik")[0]
_HU_TENS = {  # the tens' own ordinal, and their prefix before a unit
    10: "tizedik tizen",
    20: "huszadik huszon",
    30: "harmincadik|harminczadik harminc|harmincz",
    40: "negyvenedik negyven",
    50: "ötvenedik ötven",
    60: "hatvanadik hatvan",
    70: "hetvenedik hetven",
    80: "nyolcvanadik|nyolczvanadik nyolcvan|nyolczvan",
    90: "kilencvenedik|kilenczvenedik kilencven|kilenczven",
}


def _hungarian() -> dict[str, int]:
    out = _forms(_HU_FIRST)
    for ten, words in _HU_TENS.items():
        own, prefixes = words.split()
        out.update(dict.fromkeys(own.split("|"), ten))
        for unit, forms in enumerate(_HU_UNITS.split(), 1):
            for prefix in prefixes.split("|"):
                out.update({prefix + f: ten + unit for f in forms.split("|")})
    return out


# Rule nordic_ordinals (session 17): Swedish, Danish and Norwegian ordinals put
# first ("FÖRSTA KAPITLET.", "Första Kapitlet.", "Første Kapitel.", "Andet
# Kapitel."), Swedish 1 to 99 (one word past twenty: "TJUGOFÖRSTA", "trettionde").
_NORDIC_FIRST = (
    "första|første andra|anden|andet|annen|andre tredje|tredie fjärde|fjerde femte"
    " sjätte|sjette sjunde|syvende|sjuende åttonde|ottende|åttende nionde|niende"
    " tionde|tiende elfte|ellevte tolfte|tolvte trettonde|tretonde|trettende fjortonde|fjortende"
    " femtonde|femtende sextonde|sekstende sjuttonde|syttende artonde|adertonde|attende"
    " nittonde|nittende tjugonde|tyvende|tjuende"
)
_SV_TENS = "tjugo|tjugu|tjugonde trettio fyrtio femtio sextio sjuttio åttio nittio"


def _nordic() -> dict[str, int]:
    out = _forms(_NORDIC_FIRST)
    swedish = _forms("första andra tredje fjärde|fjerde femte sjätte|sjette sjunde åttonde nionde")
    for tens, prefixes in enumerate(_SV_TENS.split(), 2):  # old "TJUGUANDRA", "TJUGONDEFEMTE"
        for prefix in prefixes.split("|"):
            out[prefix.removesuffix("nde") + "nde"] = tens * 10  # "tjugonde", "trettionde"
            out.update({prefix + f: tens * 10 + v for f, v in swedish.items()})
    return out


ORDINALS: dict[str, int] = _german() | _SLAVIC | _hungarian()
for _line in _ORDINAL_FORMS:
    ORDINALS.update(_forms(_line))
# Clause nordic_first_only (review 17): a Nordic ordinal is a number only before
# the division word ("Andet Kapitel."), as these languages put it, not after a
# keyword: "Tom Andre" (a name; "tom" is a Polish volume) was a volume heading.
_NORDIC_ONLY = {w: v for w, v in _nordic().items() if w not in ORDINALS}
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
ORDINALS |= _NORDIC_ONLY  # rule nordic_ordinals: ordinal_first only

# Rule european_named (session 16): a Polish or Czech book's prologue, preface,
# introduction, epilogue or conclusion, the word alone on its line ("Epilog",
# Quo Vadis's last section; "Zakończenie"), as "Epilogue" is a named heading.
# Clause notes_named (session 28, ``transforms.note_numbers``): a Russian book's notes,
# "Примечания" / "Комментарии" alone on the line, as "NOTES" is.
NAMED = re.compile(
    r"(?P<word>PROLOG|EPILOG|WSTĘP|PRZEDMOWA|ZAKOŃCZENIE|POSŁOWIE|ÚVOD|PŘEDMLUVA|DOSLOV|ZÁVĚR|"
    r"ПРИМЕЧАНИЯ|КОММЕНТАРИИ)"
    r"(?![^\W\d_])[.:]?(?P<rest>.*)",
    re.IGNORECASE,
)

# An ordinal, a division word, then nothing or a title after ".", ":" or a dash.
_REST = r"(?P<rest>[ \t\xa0]*(?:[.:][ \t\xa0]*|[ \t\xa0]*(?:--|[—–])[ \t\xa0]*|[ \t\xa0]-[ \t\xa0]+)(?P<title>\S.*)|[ \t\xa0.:]*)"
_ORDINAL_LINE = re.compile(
    r"(?P<ord>[^\W\d_]+(?:-[^\W\d_]+)*(?:[ \t\xa0]+[^\W\d_]+)?)[ \t\xa0]+(?P<kw>[^\W\d_]{2,})"
    + _REST
)
# Clause number_first (rule ordinal_first, session 16): Hungarian and Finnish
# put a Roman number and a full stop before the division word ("I. FEJEZET.",
# "III. luku"), an ordinal too; only their division words. Session 17: Arabic
# numbers too ("1. luku", Slovene "1. poglavje. Strast in ljubezen.": ``headings``
# now tries a line that starts with a digit).
_NUMBER_FIRST = re.compile(r"(?P<ord>[IVXLC]+|\d{1,3})\.[ \t\xa0]+(?P<kw>[^\W\d_]{2,})" + _REST)
_NUMBER_FIRST_WORDS = frozenset("fejezet luku osa kirja poglavje".split())


def number_word(word: str) -> int | None:
    """Rule ``number_words``: the value of an ordinal or cardinal word of these
    languages (any case), else None."""
    return NUMBER_WORDS.get(word.lower())


_NEXT_WORD = re.compile(r"[ \t\xa0]+([^\W\d_]+)(?![^\W\d_])")


def number_words(word: str, rest: str) -> tuple[int | None, str]:
    """Rules ``number_words`` and ``compound_ordinals``: the value of the number
    word after a keyword and what follows it. A Polish or Czech tens ordinal
    takes the unit ordinal after it ("dwudziesty" and " pierwszy. Title" are 21
    and ". Title"), in the same case ("DWUDZIESTY PIERWSZY")."""
    value = number_word(word)
    m = _NEXT_WORD.match(rest)
    if value is not None and word.lower() in _TENS and m:
        unit = m.group(1)
        if unit.lower() in _UNITS and (unit.isupper() == word.isupper() or unit.islower()):
            return value + _UNITS[unit.lower()], rest[m.end() :]
    return value, rest


def ordinal_first(line: str) -> tuple[str, int, str] | None:
    """Rule ``ordinal_first``: (English family, value, title) of a stripped line
    "Erstes Kapitel", "Zweiter Teil. Die Rückkehr", "Première partie", else
    None. The ordinal is capitalised (or it and the division word in capitals); a title after
    the division word starts with a capital (no prose: "Erstes Kapitel
    lesen")."""
    m = _ORDINAL_LINE.fullmatch(line) or _NUMBER_FIRST.fullmatch(line)
    if not m:
        return None
    word, kw, title = m.group("ord"), m.group("kw"), m.group("title") or ""
    family = FAMILY_OF.get(kw.lower())
    value = ORDINALS.get(word.lower())
    if " " in word.replace("\xa0", " ").replace("\t", " "):  # "ДВАДЕСЕТ ПРВА ГЛАВА"
        tens, unit = word.split()  # rule compound_ordinals, the ordinal first
        value = (
            _TENS[tens.lower()] + _UNITS[unit.lower()]
            if tens.lower() in _TENS and unit.lower() in _UNITS
            else None
        )
    if m.re is _NUMBER_FIRST and kw.lower() in _NUMBER_FIRST_WORDS:  # clause number_first
        from transforms.headings import roman_value  # (headings imports this module)

        # The number stands for the capital: "I. FEJEZET", "I. fejezet", "I. Fejezet".
        value = int(word) if word.isdigit() else roman_value(word)
        word = kw if kw.isupper() else kw.capitalize()
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


def keyword_caps(title: str, counted: set[str], used: set[str]) -> int | None:
    """Clause ``keyword_caps`` (``sections``, session 17): the rank of a line in
    capitals of two or three words whose first word is a division keyword that
    the document's confirmed headings number ("ГЛАВА ПЕРВА.", "ГЛАВА СЕМА." among
    "ГЛАВА ДРУГА.", "ГЛАВА ТРЕТЯ.": an old spelling or a misprint of a number
    word that is not known), or whose last word is that of a confirmed ordinal
    series ("NEGYEKDIK FEJEZET." among "HARMADIK FEJEZET."), else None. Before,
    such a line was a heading only by its layout, which a document with
    keyword chapters does not use. Clause same_keyword_word (review 17): the
    keyword word itself must be one the confirmed headings use (``used``: their
    first three words, lower case), not only its family: "TOM JONES." (Polish
    "tom", a volume) and "BAND PRACTICE" (German "Band") were volume headings in
    an English book headed "VOLUME I."."""
    from transforms import headings as hd  # (headings imports this module)

    words = title.split()
    if not 2 <= len(words) <= 3 or words[0].endswith(":"):
        # clause label_not_caps_keyword (review 17): "SCENE: VIENNA" under a
        # play's list of persons (a caps variant of Measure for Measure's "SCENE:
        # Vienna") is a label that names the place, no scene heading.
        return None
    first, last = (w.strip(".:").lower() for w in (words[0], words[-1]))
    first = _CAPS_ABBREVIATIONS.get(first, first)
    for word, kind in ((first, "kw"), (last, "ord")):
        family = hd._FAMILY.get(word, word)
        if word in hd.KEYWORD_RANK and f"{kind}:{family}" in counted and word in used:
            return hd.KEYWORD_RANK[word]
    return None


# Clause keyword_caps: Romanian "CAP. I." among "CAPITOLUL XX" (ELTeC-rom ROM060);
# in capitals only ("Cap" is a name in French prose: no keyword).
_CAPS_ABBREVIATIONS = {"cap": "capitolul"}
