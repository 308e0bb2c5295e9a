"""Clause ``european_reference`` (session 23): the German and French abbreviations that
point at a numbered thing go on with their sentence before the number, as the English
ones do (``reference_abbreviations``): "aus Gl. (3)" (Gleichung), "in Tab. 4", "Abb. 3",
"Kap. 2", "Nr. 5", "de l'éq. (3)", "la fig. 2", "chap. 3", "vol. 2". The German and
French Punkt models know few of them: "Die Lösung folgt aus Gl. | (3)", "Das steht in
Tab. | 4.", "La solution découle de l'éq. | (3)", "(cf. éq. | (5))" were cut (as in
Debian's German and French references, whose "(cf. Suivi de paquets Debian" and "cf.
Gestion de la configuration" were cut too). What follows decides, as in English: a
number, "(" or "[" then a word character, a Roman numeral, a capital with a number.

Clause ``compare_object``: "cf." and German "vgl." ("compare") always take an object:
no start after them on their line, before a capitalised title too.

Clause ``etc_lower`` (all languages): "etc." / "usw." / "u.s.w." then a lower-case
word on the same line goes on ("LDFLAGS, etc. properly while honoring", Debian's
debmake-doc; "| usw. für Stable (Bullseye)", Debian's German Reference): the
listing's end is inside the sentence. The English rule ``lowercase_start`` drops such
starts only in a document that capitalises its sentences; a manual full of commands
and file names counts as none.

Session 24: clause ``romance_reference`` (Italian and Spanish words of
``european_reference``), ``see_object`` (the Slavic "see", "for example", "that is" and
Spanish "p. ej." take an object, as "cf." does), ``slavic_listing_end`` (Polish "itd.",
Czech "atd.", Russian "и т. д." ... before a lower-case word or inner punctuation go on)
and ``listing_end_capital`` (after them a capitalised word opens a sentence), each at its
pattern below; the real lines are Debian's translated man pages and fortunes-it.
"""

from __future__ import annotations

import re

# As written, in lower case and capitalised (a sentence may open on "Abb. 3 zeigt").
# Clause romance_reference (session 24): Italian and Spanish ones too; the Italian model
# cut "(Codice Penale, art. | 232/f c. VII)" and "-- Baron Rothschild, ca. | 1800"
# (fortunes-it 1.99, it/italia). No Spanish "par" (a word: "un par").
_WORDS = {
    "de": "gl gln glg abb kap tab bd bde nr abs anm fn ziff abschn aufl jg hft s sp",
    "fr": "éq éqs eq eqs p pp chap fig figs tab vol vols art sect no réf ann app t",
    "it": "art artt cap capp pag pagg par vol voll fig figg tab n nn p pp ca sez",
    "es": "art arts cap caps pág págs núm n vol vols fig figs tab p pp ca sec",
}
_NEXT = r"\d|[(\[]\w|[IVXLC]{2,}\b|[IVX][.,;:)\]]|[A-Z]\.?\d"
_REFERENCE = {
    code: re.compile(
        r"(?<![\w.\-])(?:"
        + "|".join(w for word in words.split() for w in (word, word.capitalize()))
        + r")\.[ \t\xa0]*\n?[ \t\xa0]*(?="
        + _NEXT
        + ")"
    )
    for code, words in _WORDS.items()
}
# Both found from their period (a literal the regex engine skips to), the word checked
# by lookbehinds (a leading lookbehind is tried at every character: 5x the cost).
_COMPARE = re.compile(
    r"\.(?:(?<=[^\w.][Cc]f\.)|(?<=[^\w.][Vv]gl\.)|(?<=[^\w.][Vv]ergl\.)|(?<=^[Cc]f\.)"
    r"|(?<=^[Vv]gl\.))[ \t\xa0]+(?=\S)",
    re.MULTILINE,
)
# Clause listing_end_lower (session 23): Italian "ecc.", Dutch "enz.", Danish, Norwegian
# and Swedish "osv." close a listing as "etc." does. Whole Italian texts keep them by
# their model; a short passage that rule punkt_language reads as English was cut:
# fortunes-it 1.99 (it/paolotedeschi, Gramsci) "essere affettuoso ecc. | e' in realta'",
# a Dutch README "code snippets, enz. | en de oplossing", Norwegian "osv. | og deles".
# Clause listing_end_camel (review 23): not before a name written lower-case first with a
# capital inside (iOS, iPhone, eBay): such a name opens sentences in lower case, and after
# "etc." it mostly does: "`AutofillHints.email`, `AutofillHints.name`, etc. | iOS and
# Android offer the user their stored data." (a Flutter guide), "... / Voice Memo / etc. |
# iOS does not share the mic across apps" (a debugging note), "Windows etc. | iPhone OS is
# a proprietary operating system" (a thesis), all in public repositories, were joined.
_ETC_LOWER = re.compile(
    r"\.(?:(?<=[^\w.]etc\.)|(?<=[^\w.]usw\.)|(?<=[^\w.]u\.s\.w\.)|(?<=[^\w.]ecc\.)"
    r"|(?<=[^\w.]enz\.)|(?<=[^\w.]osv\.))[ \t\xa0]+(?=[a-zäöüéèàìòùç](?!\w*[A-Z]))"
)


# Clause see_object (session 24): the Slavic "see", "for example", "that is", "so-called"
# and Spanish "p. ej." take an object as "cf." does: no start after them on their line.
# Debian's man pages (manpages-pl/cs/ru/uk 4.18.1), many read as English (half-translated,
# or too short for rule punkt_language), and the Polish, Czech and Russian models too, cut
# after them: Polish "([zob.] | Powielanie deskryptorów plików poniżej)", "[Np.] | można go
# używać", "([np.] | brak dostępu do podkatalogu)", "[tj.] | naciśnij klawisz Escape",
# Czech "([např.] | pro thajštinu", "([tj.] | bug)", Ukrainian "([див.] | mount(8))",
# "[Див.] | RFC, щоб дізнатися більше", Russian "([см.] | resolver(3))", Spanish "[p.ej.] |
# con INITTY=...": 144 cuts after "zob.", 144 after "np.", 49 after "např.", 128 after
# "див.", 35 after "см.", all wrong; also before a colon ("[np.] | :  # echo"). The
# capital "СМ. ТАКЖЕ", "ДИВ. ТАКОЖ" are "SEE ALSO" headings (133 cut inside). Not after a
# number: "10 см." is centimetres.
_SEE_WORDS = (
    *"np Np zob Zob tj Tj tzn Tzn tzw Tzw tzv Tzv m.in např Např см См СМ напр Напр див Див ДИВ".split(),
    *("т.е", "т. е", "p.ej", "p. ej"),
)
# Clause see_object_measure (review 24): "см." is centimetres, not "see", after a number
# and any space (the narrow no-break one of typeset Russian, "180\u202fсм."), after "кв."
# / "куб." (square and cubic centimetres): "двигателем объемом 1833 куб. см. | А ряд новых функций" (a Honda
# Gold Wing review), "площадь 21 кв. см. | Чему равна ширина?" (a Russian maths exercise
# bank) were joined on the English path; nor after "в" / "у" ("in": "Ширина и высота в
# см. | Какое число — высота, решаем по пропорциям фото", a gallery's code comment).
_MEASURE = r"(?<!\d\s)(?<!кв\.\s)(?<!куб\.\s)(?<!(?<!\w)[ву]\s)"
# Clause see_object's cost: a check of the two letters before the period first (one
# lookbehind, not 24, at most periods of a text).
_SEE = re.compile(
    r"\.(?<=(?:np|Np|ob|tj|Tj|zn|Zn|zw|zv|in|př|см|См|СМ|пр|ив|ИВ|.е|ej)\.)(?:"
    + "|".join(rf"(?<=(?<![\w.]){_MEASURE}{re.escape(w)}\.)" for w in _SEE_WORDS)
    + r")(?:[ \t\xa0]+(?=\S)|(?=[:;,)]))"
)
# Clause see_object_english (review 24): on text read as English, "np." after a word and
# before a plain capitalised word ends its sentence: "np" is NumPy's name there ("it
# has become a convention to import NumPy as np. | Therefore, you can import NumPy by
# typing", a NumPy lesson; "give it the alias np. | This makes it easier", a Databricks
# notebook; "Import numpy as np. | This gives access to the square root function", a
# DataCamp exercise, all in public repositories, were joined). The Polish objects a word
# leads to are names, kept: "jak np. | MS-DOS", "jak np. | SIGKILL" (manpages-pl). Only
# "np": "tzv.", "zob.", ... are no English words ("tvoří tzv. | Basic Multilingual Plane",
# manpages-cs unicode(7), read as English, stays whole).
_AFTER_WORD = re.compile(r"[^\W\d_][ \t\xa0]+[Nn]p\.[ \t\xa0]+$")
_PLAIN_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]*(?![\w-]))")
# Clause slavic_listing_end (session 24): the Polish, Czech, Slovak, Russian, Ukrainian and
# Serbian "etc." and "and the like". Before a lower-case word on its line the listing ends
# inside the sentence (clause etc_lower's rule; the Polish and Czech models and the
# English one cut): "ESC O A, ESC O B, [itd.] | zamiast ESC [ A" (manpages-pl setterm(1)),
# "11-bitowych [itd.] | aż do osiągnięcia limitu" (compress(1)), "trojité (n=3), [atd.] |
# velikosti mezer" (manpages-cs gslp(1)), "к следующему серверу, [и т.д.] | пока не будет
# исчерпан список серверов" (manpages-ru resolv.conf(5)); so before a bracket or inner
# punctuation: "(paměť, fork, [atd.] | ); není-li" (procmailrc(5)), "KB, MB [itd.] | (potęgi
# 1000)" (manpages-pl df(1)).
# Clause listing_end_capital: before a capitalised word (or a one-letter one: "В 1998
# году") a new sentence starts, which the Russian and Polish models missed (they take "д",
# "п", "itp" for abbreviations and keep the next word): "в самом младшем бите [и т. д.]
# Если указана некорректная битовая маска" (manpages-ru lirc(4)), "сетевые ... [и т. п.]
# Также сетевые пространства имён" (network_namespaces(7)), "/dev/sda, /dev/sdb [itp.]
# Nazwy urządzeń odnoszą się do całego dysku" (manpages-pl fdisk(8)): 13 Russian and 3
# Polish joins, all wrong (a wrap may come between: "sub [и т. п.]\nОбщая тенденция",
# man-pages(7)). Not before an acronym ("itd. DLT"): left to the model.
_SLAVIC_END_WORDS = ("itd", "itp", "atd", "apod", "atď", "т.д", "т.п", "т. д", "т. п", "итд")
_SLAVIC_END = re.compile(
    r"\.(?<=(?:td|tp|od|tď|[. т][дп])\.)(?:"
    + "|".join(rf"(?<=(?<![\w.]){re.escape(w)}\.)" for w in _SLAVIC_END_WORDS)
    + r")[ \t\xa0]*(\n?)[ \t\xa0]*(?=(\w+|[)\]};:,(]))"
)


def european_references(text: str, language: str) -> list[int]:
    """Offsets after a reference abbreviation (clause ``european_reference``), after
    "cf." / "vgl." (``compare_object``) and after "etc." before a lower-case word
    (``etc_lower``): no sentence starts there."""
    found = []
    pattern = _REFERENCE.get(language)
    if pattern is not None:
        found = [m.end() for m in pattern.finditer(text)]
    return found + compare_objects(text) + etc_lower(text)


def compare_objects(text: str, english: bool = False) -> list[int]:
    """Clause ``compare_object``: offsets after "cf." / "vgl." / "vergl." on their line;
    clause ``see_object``: after "np.", "zob.", "např.", "см.", "див.", ... too.
    Clause ``compare_object_short`` (session 23): also called for text read as English,
    where a short German passage lands ("Vgl. | dazu ..." was cut); ``english``: text
    read as English (clause ``see_object_english``)."""
    if "." not in text:  # clause dot_gate (session 43): _SEE and _COMPARE match a "."
        return []
    found = [m.end() for m in _SEE.finditer(text)]  # clause see_object
    if english:  # clause see_object_english
        found = [e for e in found if not _ends_sentence(text, e)]
    if "f." not in text and "gl." not in text:  # "vgl.", "vergl."
        return found
    return found + [m.end() for m in _COMPARE.finditer(text)]


def etc_lower(text: str) -> list[int]:
    """Clause ``etc_lower``: offsets after "etc. " / "usw. " before a lower-case word
    (clause ``slavic_listing_end``: "itd.", "atd.", "и т. д." ... too)."""
    # Clause dot_gate (session 43, cost only): every match below holds a "."; one search
    # for it is cheap, each of the six words' is not on CJK text (a multi-character search
    # in a text of 2- or 4-byte characters: 3-20 ms per million characters each).
    if "." not in text:
        return []
    found = slavic_listing_ends(text, upper=False)
    if not any(w in text for w in ("etc.", "usw.", "u.s.w.", "ecc.", "enz.", "osv.")):
        return found
    return found + [m.end() for m in _ETC_LOWER.finditer(text)]


def slavic_listing_ends(text: str, upper: bool) -> list[int]:
    """Offsets after a Slavic "etc." (clause ``slavic_listing_end``) before a lower-case
    word with no capital inside (``upper`` False: no start there) or (``upper`` True,
    clause ``listing_end_capital``) before a capitalised word (a start there)."""
    found = []
    for m in _SLAVIC_END.finditer(text):
        first = m.group(2)
        if not upper and m.group(1):  # the lower-case rule holds on the line only
            continue
        if not upper and first in ")]};:,(":  # "(paměť, fork, atd.);", "MB itd. (potęgi"
            found.append(m.end())
        elif upper and first[0].isupper() and (len(first) == 1 or first[1].islower()):
            if m.end() > m.start() + 1:
                found.append(m.end())
        elif not upper and first[0].islower() and not any(c.isupper() for c in first):
            found.append(m.end())
    return found


def _ends_sentence(text: str, end: int) -> bool:
    """Clause ``see_object_english``: the "np." before ``end`` follows a word on its
    line and a plain capitalised word (no capital, digit or hyphen after its first
    letter: not "MS-DOS", "AltGr") comes next."""
    if not _AFTER_WORD.search(text, max(0, end - 40), end):
        return False
    m = _PLAIN_WORD.match(text, end)
    return m is not None and m.group()[0].isupper() and not any(c.isupper() for c in m.group()[1:])
