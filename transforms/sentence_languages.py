"""Which Punkt model a document gets under ``--language auto``, and the
corrections every non-English Punkt model's boundaries get.

Rule ``punkt_language``: ``auto`` used to split every document with the English
model, so a German manual lost its sentences after "z.B." (104 splits), "usw."
(35) and "bzw." (11) in Debian's German Reference, and an Italian one after
"sig." ("Il sig." | "Rossi è arrivato."), though the ``punkt`` package ships
models for those languages. Now the document's function words choose: the
words of each list below are counted in (a sample of) the text, and a language
other than English is chosen when its count is the highest, above English's,
and at least ``_MIN_HITS``; otherwise English, as before (a Chinese text with
a few English words). Translations keep untranslated English paragraphs (Debian's
Russian FAQ: 2,365 Russian hits, 1,735 English), so a plurality decides; of the
1,429 shared English and Chinese documents the most foreign one (a BBC article
naming German titles) has 0.15 times as many hits of another language as of
English. The lists hold
frequent words that are no word of the other lists' languages but "para" and
"por" (Spanish and Portuguese both; no "de", "la",
"que", "en": several languages share them) and no token of code, formulas or
addresses (clause ``code_tokens``: no "y", "del", "os", "do", "dos", "da",
"em", "com": the variable y of 28 of 3,525 Python files and text files under
/usr/share/doc chose Spanish, ".com", "os", "da", "do" 6 Portuguese).
Rule ``more_languages`` (session 15) adds Polish, Czech, Swedish, Danish,
Finnish, Turkish and Greek, whose Punkt models ship with the package, under the
same clause: none of "to", "do", "den", "i", "na", "a", "w", "z", "se", "je",
"ja", "on", "at", "er", "her", "ten", "till", "af" (English, German, French or
hex), nor a word two of these languages share ("jak", "ale", "det", "som",
"med", "kun"). Of 2,777 English files (Python's .py files, /usr/share/doc) one
is not "en" before and after (chardet's Russian model, in Russian). Debian 12's
man pages: cs 29 of 104, da 121/191, el 5/5, fi 21/94, pl 256/362, sv 98/132,
tr 172/242 get their language, none another; the rest have under 20 hits
(short pages stay English, as before) or more English words (half-translated
pages). Estonian, Slovene and Norwegian have models but no list: no real text
was at hand to test one on.

Rules for every non-English model (``european_corrections``):

* ``lowercase_after_mark``, the English rule's twin for other alphabets: "!" or
  "?" (a French spaced one too, and closing «» „“ quotes) then a lower-case word
  goes on with the sentence: '« Bonjour ! » dit-il.' is one sentence. Clause
  ``german_quotes`` (session 15): German closing quotes «, › and a hard wrap
  between: '»Wohin ist er gereist?«' / 'fragte der Doktor' (4,261 such
  splits in 67 German novels, computationalstylistics/68_german_novels).
  Clause ``dialogue_dash`` (session 15, ELTeC novels): a dash may open the
  lower-case inquit: "—¿Qué? —preguntó él.", "— Non ! — s'écria-t-il.".
  Clause ``typed_dash`` (session 28, RusLit): that dash typed as two hyphens,
  "-- Негодяй! -- закричал Симмах." (2,490 such splits in 373 Russian works).
* ``roman_ordinal``: a Roman numeral's period before a lower-case word is no
  end: "Rudolf II. sei ein ...", "Papst Clemens VIII. die Frage" (22).
* ``letter_abbreviation``: no boundary between the halves of a spaced
  abbreviation of single letters whose first is lower case ("z. B.", "d. h.",
  "т. е.", "т. д."): the Punkt models know "z.B." but split the spaced
  spelling ("Das steht z." | "B. im ..."). Whether the abbreviation ends the
  sentence ("и т. д. Потом ...") stays Punkt's decision. Clause ``capital_pair``
  (session 15, ELTeC novels): two single capitals, each with its period, are one
  abbreviation too ("de S. A. R. Monseigneur", "di S. M. Vittorio Emanuele", "de
  V. E."): the models split between them (French, Italian, Spanish). Clause
  ``not_before_capital``: after such an abbreviation, spaced or not ("z. B.",
  "u.ä.", "p.e.", "s.a.", the English "e.g." of a translation's untranslated
  paragraph), no boundary before a lower-case letter, a digit, a quote, a bracket or inner punctuation: "z. B.
  „Hallo“", "p.e. \"Carregue ...\"", "u.ä. können", "s.f.: La prima ..." go on
  (Debian's Portuguese Reference split 9 times after "p.e.", the Italian
  fortunes 27 times after "s.f."). Before a capital the end stays Punkt's
  decision ("... usw. Die ..."), and so before anything else ("%" of a fortune file).
  Clause ``capital_pair_lowercase`` (review, session 29): an abbreviation of
  capitals ("S.E.", "S.A.R.") before a lower-case word goes on too: "S.E. è
  coperta", "de S.A.R. le prince".
* ``title_before_name`` (see its comment below), clause ``saint_initial``
  (Italian, session 29): "S." (San, Santa, Sua) before a capitalised name goes
  on: "al campanile di S. Polo", "piazza S. Marco", "quando S. Eminenza ...";
  clause ``saint_initial_title`` (review): not after a person's title, where
  "S." is a surname's initial ("nel dottor S. Mi domandò").
* ``glued_opener`` (session 29): an abbreviation of the language's lists glued to
  ¿ ¡ « „ “ » or a dash ("¿Vd.", "«Sr.", "—Ud."), which Punkt's word tokenizer
  does not split off, then a lower-case word: no boundary ("¿Vd. cree?").
* ``french_excellency`` (review, session 29): French "Exc." is an abbreviation
  ("S. Exc. le gouverneur"). ``usted_before_bracket`` (review, session 29):
  Spanish "V." (usted) before "(" and a lower-case word goes on ("respecto de
  V. (cosa que niego ...").
* ``german_ordinal`` (German only): a number of one to three digits and a
  period after an article, a preposition or a possessive and before a
  capitalised word is an ordinal, no sentence end: "zwischen deinem 15. und
  35. Lebensjahr", "auf sein 13. Monatsgehalt", "im 3. Kapitel" (the German
  model split 7 such in ``zitate.u8`` of fortunes-de). A word that opens
  sentences (an article, pronoun or adverb: "Zähle bis 10. Dann ...", "frei ab
  16. Das Kino ...") is no noun after an ordinal: the end stays (clause
  ``sentence_opener``).
  Clauses ``old_month`` and ``ordinal_noun`` (session 17), no article needed:
  before an old or Latin month name ("Am 1. Julius", Werther's letters; "unterm
  16. Januarii 1760") or a noun counted by ordinals ("I. Buch, 2. Kapitel", "1.
  Mose 11", "3. Sieger", "46.–49. Auflage"): 143 wrong splits of 67 German
  novels and 10 of 98 ELTeC-deu novels went, none was added; before another
  noun a number still ends the sentence ("im Jahre 66. Max Helldorf wurde ...").
"""

from __future__ import annotations

import re

import numpy as np

from transforms import sorted_unique
from transforms.european_references import european_references, slavic_listing_ends
from transforms.sorted_unique import isin  # clause isin_by_search

_FUNCTION_WORDS = {
    "en": "the and of to is that with for this which are was be you not have from",
    "de": "der die und das nicht ist mit sich ein eine dem den auf für wird auch sind von",
    "fr": "les des et est une dans pas sur du au aux cette sont vous nous avec",
    "es": "el los las una por para con más pero está también esta son muy hay sus",
    "it": "il gli della dei delle di per non sono è nel nella anche questo questa",
    "pt": "não ao mais você também pelo pela uma é são isso muito seu pode já às isto tem foi"
    " para por",
    "nl": "het een van niet zijn wordt voor ook bij naar worden",
    "ru": "и в не на что с по как это для из или то так он она",
    # Rule more_languages (session 15): these models' languages, each list
    # tested on Debian's man pages and fortunes of the language.
    "pl": "się jest że lub oraz przez może jeśli który która które których tylko są być"
    " będzie można gdy dla jego został także nie czy już tego tym tej był była było jestem mam",
    "cs": "že jsou být bude nebo také když který která které jeho jsem není může pouze již při"
    " podle než jen byl byla bylo jsme jste pokud tento tato toto jejich všechny",
    "sv": "och att är för inte också detta denna när ska skall från finns ett måste vara utan"
    " bara hur",
    "da": "og ikke til fra også hvis bliver skal ved mellem nogle noget meget være dette denne"
    " hvor",
    "fi": "että tai jos mutta ovat myös tämä joka jotka sekä kuin vain ole oli niin kanssa"
    " voidaan mukaan",
    "tr": "bir bu için ile olarak daha gibi veya çok olan kadar ise değil sonra tüm göre",
    "el": "και το να του της την για με που από είναι στο στην των τα οι δεν θα",
}
# Each word names one language, but "para" and "por" name Spanish and
# Portuguese both (tested): without them a half-translated Portuguese manual
# (debian-reference-pt) counts more English words than Portuguese ones.
_LANGUAGE_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _FUNCTION_WORDS.items():
    for _w in _words.split():
        _LANGUAGE_OF[_w] = (*_LANGUAGE_OF.get(_w, ()), _code)
_MIN_HITS = 20

# Rule ``european_abbreviations``: abbreviations the Punkt models lack, merged
# into their parameters as English gets ``_EXTRA_ENGLISH_ABBREVIATIONS``. Each
# stands before what it abbreviates or introduces (an example, a name, a
# number: "p. ej. «Pulse ...»", "la Sra. Pérez", "M. Dupont", "cap. 3", "ca.
# 20"), so no boundary follows it unless Punkt's orthographic test says the
# next word opens a sentence; none is a word of its language on its own
# (Spanish "es" is, so "es" is Italian only; "ex" is French and Portuguese;
# not German "sog." (the verb: "Rauchwolken sog. Sein Kopf ..."; clause
# ``article_sog`` below keeps it after an article); "Kap." (the
# cape) and French "vol." (a flight, a theft) abbreviate only before a number:
# ``NUMERIC_ABBREVIATIONS``, the Punkt models' number-only abbreviations).
# Without them Debian's Spanish Reference split 39 times after "p. ej." and
# 17 times between "p." and "ej.".
EUROPEAN_ABBREVIATIONS = {
    "es": (
        "ej p.ej sra sras srta sres dña dra cap caps pág págs núm cf ud uds vd vds aprox vol fig"
    ).split(),
    "it": "es cap capp pagg sig.ra sigg dott dott.ssa avv fig vol cfr cf".split(),
    # "exc": clause french_excellency (review, session 29), "S. Exc. le gouverneur"
    "fr": "ex p.ex cf mme mlle mm mgr chap fig env exc".split(),  # "m": clause monsieur
    "pt": "ex p.ex srta dra cap fig vol núm".split(),
    "de": "ca ggf evtl bspw abb hr hrn jh jhd geb ew sen jun".split(),  # ew sen jun: session 29
    "nl": "bijv bv enz d.w.z m.a.w dhr mevr zgn ca".split(),
}
NUMERIC_ABBREVIATIONS = {"de": ["kap"], "fr": ["vol"]}  # "Kap. 14", "vol. 2"
_SAMPLE = 20_000  # characters read at each of the text's start, middle and end
_WORD = re.compile(r"[^\W\d_]+")


def punkt_language(text: str) -> str:
    """Rule ``punkt_language``: the ``PUNKT_LANGUAGES`` code whose function
    words ``text`` uses most, "en" unless another language wins clearly."""
    n = len(text)
    if n > 3 * _SAMPLE:
        mid = (n - _SAMPLE) // 2
        text = text[:_SAMPLE] + " " + text[mid : mid + _SAMPLE] + " " + text[-_SAMPLE:]
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in _WORD.findall(text.lower()):
        for code in _LANGUAGE_OF.get(word, ()):
            counts[code] += 1
    best = max(counts, key=counts.get)
    if best != "en" and counts[best] >= _MIN_HITS and counts[best] > counts["en"]:
        return best
    return "en"


# "!" or "?" (a space may come before it in French), closing quotes, then a
# lower-case word in any alphabet (the class is letters; the check for lower
# case is str.islower on the match).
# Clause german_quotes: German closes with "«" and "›" (»Wohin?« fragte er),
# and a hard wrap may come between the mark and the word (one newline).
# Clause dialogue_dash: a dash may open the inquit ("—¿Qué? —preguntó él.",
# "— Non ! — s'écria-t-il.", "— Jak to? — spytał Fals.").
# Clause mark_ellipsis: dots or "…" may trail the mark, and a footnote mark may follow
# it ("— Вы думаете?.. — сказала Анна Павловна", "Считаетесь!.. — с досадою",
# "que cette petite princesse![37] — сказал князь Василий").
# Clause typed_dash (session 28): the dash may be typed as two hyphens, as e-texts
# keyed on typewriter conventions write it ("-- Негодяй! -- закричал Симмах.", Bryusov's
# "Алтарь победы"; Dostoevsky's "Крокодил"): 2,490 inquits of 373 RusLit works split off
# after "!" / "?" before "--" (and 1 before "—").
_MARK_NEXT = re.compile(
    r"[!?](?:\.{1,3}|…)?(?P<note>\[\d{1,4}\])?[\"'”’»«›“)\]]*(?:[ \t\xa0]+[»”“\"'])?(?=\s)"
    r"(?:[ \t\xa0]*\n)?[ \t\xa0]*"
    r"(?:(?P<dash>--|[—–-])[ \t\xa0]*)?(?P<word>[^\W\d_])"
)
# Rule roman_ordinal: a Roman numeral of a ruler or pope with its period, then a
# lower-case word: "Rudolf II. sei ein ...", "Kaiser Wilhelms II. und".
_ROMAN_NEXT = re.compile(r"\b[IVXLC]+\.[ \t\xa0]*\n?[ \t\xa0]*([^\W\d_])")
# A single lower-case letter with its period, then a space and another single
# letter with its period: the two halves of "z. B.", "d. h.", "т. е.".
_LETTER_DOT = re.compile(r"(?<![^\W\d_])([^\W\d_])\.[ \t\xa0]+(?=([^\W\d_]\.(?![^\W\d_])))")


# Clause not_before_capital: an abbreviation of single letters with periods,
# spaced or not, then the spaces after it and the character they lead to.
_LETTERS_DOTTED = re.compile(
    r"(?<![^\W_.])([^\W\d_])\.(?:[ \t\xa0]?[^\W\d_]\.)+(?![^\W_])\s*(?=(.))", re.DOTALL
)

# Clause capital_pair_lowercase of not_before_capital (review, session 29): an
# abbreviation of capitals ("S.E.", "S. E.", "S. M.": Sua Eccellenza, Sua Maestà),
# then a lower-case word, goes on too: "S.E. è coperta da una assisa" (Rovani, Cent'anni,
# ELTeC-ita IT18590: the Italian model split there). Before a capital it stays Punkt's.
# Clause usted_before_bracket (review, session 29): Spanish "V." (usted) before a
# bracket that opens with a lower-case word goes on: "respecto de V. (cosa que niego
# rotundamente), ya habrían" (Alarcón, La Pródiga, cligs/textbox ne0176; 3 splits).
_USTED_BRACKET = re.compile(r"(?<![^\W_.])V\.[ \t\xa0]+(?=\([a-záéíóúñü])")

# What goes on after such an abbreviation besides a lower-case letter: a digit,
# an opening quote or bracket, a path, inner punctuation (not "%", "*", "-": a
# record separator, a list item, a speaker's dash).
_GOES_ON = frozenset("0123456789\"'„“”«»‚‘’(<[/~:,;)")


# A German ordinal: an article, preposition or determiner, a number of one to
# three digits with its period, then a capitalised word.
# Clause article_sog of german_ordinal's family: "sog." (so genannt) after an
# article or a preposition abbreviates ("die sog. Mitnehmer", "dem sog.
# \"Western-Store\""); the verb "sog" follows its subject ("Rauchwolken sog.").
_SOG = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|beim|vom|zum|zur"
    r"|in|mit|von|bei|als|durch)[ \t\xa0]+sog\.\s*"
)
_ORDINAL = re.compile(
    r"\b(?:im|am|vom|zum|zur|beim|bis|seit|ab|der|die|das|den|dem|des|ein|eine|einem|einen"
    r"|einer|eines|[dms]ein|ihr|unser|[dms]einem|[dms]einen|[dms]einer|[dms]eines|ihrem|ihren|ihrer|unserem"
    r"|unseren|unserer)[ \t\xa0]+\d{1,3}\.[ \t\xa0]+(?=([^\W\d_]))"
    # Clause sentence_opener: not before a word that opens sentences.
    r"(?!(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einer|Er|Sie|Es|Ich|Wir|Ihr|Du|Man|Dann"
    r"|Danach|Da|Dabei|Dort|Doch|Aber|Und|Oder|So|Auch|Nun|Jetzt|Hier|Heute|Dies|Diese"
    r"|Dieser|Dieses|Mein|Meine|Sein|Seine|Wenn|Als|Wie|Was|Wer|Wo|Warum|Seit|Bis"
    r"|Im|Am|In|Mit|Nach|Vor|Für)\b)"
)


# Clause monsieur of european_abbreviations (review): Punkt's abbreviations are
# case-blind, and "m" also ends "à 3000 m. Le chemin ..." (metres); only the
# capital "M." (Monsieur, not after a letter) goes on: "à M. Le Pen".
_MONSIEUR = re.compile(r"(?<![^\W\d_])M\.[ \t\xa0]+(?=[^\W\d_])")


# Rule title_before_name, European twin of the English rule: a title abbreviation
# of the language, then a capitalised word that opens no sentence, goes on:
# "Sr. Majestät", "Sr. Exzellenz" (German "Seiner"), "Dr. Kurz", "a la Sra.
# Marquesa viuda", "Sr. D. Eduardo", "Excmo. Sr.", Polish "Dr. Tomasz". The Punkt
# models split there when the next word is also seen in lower case (22 splits in
# 67 German and 30 ELTeC novels). Not before a word of ``_FUNCTION_WORDS`` or
# ``_OPENERS`` ("Dr. Der ..." may end a sentence).
_TITLES = {
    "de": "Sr Dr Hr Hrn Prof Fr Frl Ew",  # "Ew. Gnaden" (Euer), session 29
    "es": "Sr Sra Srta Sres Sras D Dña Dr Dra Excmo Excma Ilmo Ilma Rvdo",
    "pl": "Dr Prof Ks",
    "it": "Sig Dott Prof Avv Ing",
    "fr": "Mme Mlle Mgr Dr",
    "pt": "Sr Sra Dr Dra",
}
_TITLE_NEXT = {
    code: re.compile(rf"\b(?:{'|'.join(words.split())})\.[ \t\xa0]+(?=([^\W\d_]+))")
    for code, words in _TITLES.items()
}
_OPENERS = frozenset(
    "er sie es ich wir ihr du man dann da aber so nun él ella yo pero entonces y on ona ja"
    " ale więc a lui lei io ma il elle je nous mais".split()
)
# Clause german_month of german_ordinal: a day's number before a month goes on
# ("Donnerstag 12. October", "den 22. und 24. October", "13. Novbr. 1547"), also
# without the article german_ordinal needs.
# Clause old_month: the month names of older German ("Junius", "Julius", "Jenner",
# "Hornung") and the Latin dates of documents ("16. Januarii 1760", "Sub 28. Junio").
# Clause ordinal_noun: a noun counted by ordinals ("das kurze 112. Kapitel", "Er
# wurde 3. Sieger", "1. Mose 11", "II. Buch, 4. Kapitel"), no article needed: a
# cardinal ends sentences before other nouns ("Jahre 66. Max", "Königsbrücke 3. Neun
# Uhr", ELTeC's German novels), seldom before these.
# Clause opener_noun (review): nouns that open sentences by themselves ("Mal sagte
# sie leise", "Platz da!", "Rang und Reichthum", "Klasse!", "Band um Band") go on
# after a bare number only before a bracket or inner punctuation ("(5. Platz)");
# with an article ("zum 101. Mal", "den 3. Platz") german_ordinal keeps them.
_MONTH = re.compile(
    r"\b\d{1,3}\.[ \t\xa0]+(?=(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|October|November|Dezember|December|(?:Jan|Febr|Aug|Sept|Okt|Oct|Nov"
    r"|Novbr|Dez|Dec|Decbr|Octbr|Septbr)\.|Junius|Julius|Jenner|Hornung|Januarii|Februarii"
    r"|Martii|Aprilis|Maji|Junii|Julii|Augusti|Septembris|Octobris|Novembris|Decembris|Junio"
    r"|Julio|Kapitel|Buch|Buches|Bandes|Teils|Akt|Aufzug|Auftritt|Szene|Scene"
    r"|Abschnitt|Abteilung|Auflage|Ausgabe|Heft|Jahrgang|Jahrhundert|Jahrhunderts"
    r"|Sieger|Siegerin|Stockwerk|Etage|Kompanie|Regiment|Bataillon"
    r"|Armeekorps|Korps|Division|Armee|Sinfonie|Symphonie|Strophe|Gesang|Mose"
    r"|Lebensjahr|Lebensjahres|Geburtstag|Geburtstages"
    r"|(?:Mal|Male|Platz|Rang|Klasse|Band|Stock|Runde|Teil)(?=[)\],;:]))(?![^\W\d_]))"
)


# Clause saint_initial of title_before_name (session 29, cligs/textbox Italian novels):
# Italian "S." (San, Santo, Santa, Sua) before a capitalised name goes on: "al campanile
# di S. Polo", "piazza S. Marco", "Castel S. Angelo", "Sua Santità S. Eminenza"; the
# Italian model split 22 such in 111 novels and stories. Not after another single
# letter's period ("V. S. Se ricusano", "P. S.", "A.R.S. La"), not before a word that
# opens sentences ("cardinale S. Io quel dì").
_SAINT_NEXT = re.compile(
    r"(?<![^\W\d_]\.)(?<![^\W\d_]\.[ \t\xa0])(?<![\w.])S\.[ \t\xa0]+(?=([^\W\d_]+))"
)
# Clause saint_initial_title (review, session 29): after a person's title "S." is the
# initial of a surname, and a capitalised word after it opens the next sentence as
# often as not: "M'imbattei poi nel dottor S. Mi domandò se avevo deciso" (Svevo, La
# coscienza di Zeno, ELTeC-ita IT19230); the boundary stays the model's.
_PERSON_TITLE = frozenset(
    "dottor dottore signor signore signora signorina conte contessa marchese marchesa barone"
    " baronessa avvocato professor professore capitano colonnello generale tenente ingegner"
    " ingegnere notaio cavaliere commendatore don donna madama monsignor".split()
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_ITALIAN_OPENERS = frozenset(
    "io tu egli ella esso essa noi voi essi esse se e ma la lo le il un una non poi quando"
    " che chi come dove perché allora ecco qui là sì no".split()
)
# Clause glued_opener (session 29, cligs/textbox Spanish novels): Punkt's word tokenizer
# splits ( " ` and "-" off a word but not ¿ ¡ « „ “ » or a dash, so "¿Vd.", "«Sr.",
# "—Ud." are no abbreviation to the model, and it ended the sentence before a
# lower-case word: "¿Vd. | cree?", "¡Vd. | sí!...", "«Sr. | de Pez". An abbreviation
# of the language's lists glued to such marks, then a lower-case word, goes on, as
# the model decides the bare abbreviation (14 "¿Vd." and 2 "«Sr." splits of 63 Spanish novels).
_GLUED = re.compile(r"(?<!\S)[-¿¡«„‚“‹»—–]+([^\W\d_][\w.]*)\.[ \t\xa0]*\n?[ \t\xa0]*(?=([^\W\d_]))")
_GLUED_WORDS = {
    code: frozenset(EUROPEAN_ABBREVIATIONS.get(code, ()))
    | frozenset(w.lower() for w in _TITLES.get(code, "").split())
    for code in set(EUROPEAN_ABBREVIATIONS) | set(_TITLES)
}


def _after_person_title(text: str, at: int) -> bool:
    """Clause saint_initial_title: the word before ``at`` is a person's title."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and before.group(1).lower() in _PERSON_TITLE


def european_corrections(text: str, starts: np.ndarray, language: str = "") -> np.ndarray:
    """Remove the boundaries of rules ``lowercase_after_mark`` (clause
    ``german_quotes`` too), ``roman_ordinal``, ``letter_abbreviation`` (clause ``not_before_capital`` too), ``title_before_name``
    and, for German, ``german_ordinal`` (clause ``german_month`` too; module doc) from
    Punkt's ``starts``."""
    drop = [
        m.start(i)
        for m in _MARK_NEXT.finditer(text)
        if m.group("word").islower()
        for i in ("note", "dash", "word")  # "note": rule note_mark_end moves a start past it
    ]
    drop.extend(m.start(1) for m in _ROMAN_NEXT.finditer(text) if m.group(1).islower())
    for m in _LETTER_DOT.finditer(text):  # clause capital_pair: "S. M.", "V. E."
        if m.group(1).islower() or (m.group(1).isupper() and m.group(2)[0].isupper()):
            drop.append(m.start(2))
    for m in _LETTERS_DOTTED.finditer(text):
        if m.group(1).islower() and (m.group(2).islower() or m.group(2) in _GOES_ON):
            drop.extend(range(m.start() + 1, m.end() + 1))
        elif m.group(2).islower():  # clause capital_pair_lowercase: "S.E. è coperta"
            drop.extend(range(m.start() + 1, m.end() + 1))
    if language == "es":  # clause usted_before_bracket
        drop.extend(m.end() for m in _USTED_BRACKET.finditer(text))
    if language == "fr":
        drop.extend(m.end() for m in _MONSIEUR.finditer(text))
    if language in _TITLE_NEXT:
        stop = _OPENERS.union(_FUNCTION_WORDS.get(language, "").split())
        drop.extend(
            m.start(1)
            for m in _TITLE_NEXT[language].finditer(text)
            if m.group(1)[0].isupper() and m.group(1).lower() not in stop
        )
    if language == "it":  # clause saint_initial
        drop.extend(
            m.start(1)
            for m in _SAINT_NEXT.finditer(text)
            if m.group(1)[0].isupper()
            and m.group(1).lower() not in _ITALIAN_OPENERS
            and m.group(1).lower() not in _FUNCTION_WORDS["it"].split()
            and not _after_person_title(text, m.start())
        )
    if glued := _GLUED_WORDS.get(language):  # clause glued_opener
        drop.extend(
            m.end()
            for m in _GLUED.finditer(text)
            if m.group(2).islower() and m.group(1).lower() in glued
        )
    if language == "de":
        drop.extend(m.end() for m in _MONTH.finditer(text))
        drop.extend(m.start(1) for m in _ORDINAL.finditer(text) if m.group(1).isupper())
        drop.extend(m.end() for m in _SOG.finditer(text))
    drop.extend(european_references(text, language))  # clause european_reference
    if drop:
        starts = starts[~isin(starts, np.asarray(drop, dtype=np.int64))]
    if added := slavic_listing_ends(text, upper=True):  # clause listing_end_capital
        starts = sorted_unique.union(starts, np.asarray(added, dtype=np.int64))
    return starts
