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
"""

from __future__ import annotations

import re

# As written, in lower case and capitalised (a sentence may open on "Abb. 3 zeigt").
_WORDS = {
    "de": "gl gln glg abb kap tab bd bde nr abs anm fn ziff abschn aufl jg hft s sp",
    "fr": "éq éqs eq eqs p pp chap fig figs tab vol vols art sect no réf ann app t",
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


def european_references(text: str, language: str) -> list[int]:
    """Offsets after a reference abbreviation (clause ``european_reference``), after
    "cf." / "vgl." (``compare_object``) and after "etc." before a lower-case word
    (``etc_lower``): no sentence starts there."""
    found = []
    pattern = _REFERENCE.get(language)
    if pattern is not None:
        found = [m.end() for m in pattern.finditer(text)]
    return found + compare_objects(text) + etc_lower(text)


def compare_objects(text: str) -> list[int]:
    """Clause ``compare_object``: offsets after "cf." / "vgl." / "vergl." on their line.
    Clause ``compare_object_short`` (session 23): also called for text read as English,
    where a short German passage lands ("Vgl. | dazu ..." was cut)."""
    if "f." not in text and "gl." not in text:  # "vgl.", "vergl."
        return []
    return [m.end() for m in _COMPARE.finditer(text)]


def etc_lower(text: str) -> list[int]:
    """Clause ``etc_lower``: offsets after "etc. " / "usw. " before a lower-case word."""
    if not any(w in text for w in ("etc.", "usw.", "u.s.w.", "ecc.", "enz.", "osv.")):
        return []
    return [m.end() for m in _ETC_LOWER.finditer(text)]
