"""Rules ``acronym`` and ``title_before_name`` (moved from ``transforms.sentences``,
session 22): the regex scans that find the word after a dotted acronym, initials or a
name suffix ("U.S. Ambassador", "George H.W. Bush", "Jr.") and after a title ("Mr.
Knightley", "St. Dominic"), where ``english_corrections`` drops Punkt's split unless the
word is a function word (``function_word``). Each scan starts at the '.' (clause
``dot_first``), about 0.01-0.02 CPU-s on the 30 English and 2 Chinese books.
"""

from __future__ import annotations

import re

from transforms import literal_scan

# A dotted acronym or initials ("U.S.", "A.Q.", "H.W.", "G.I.") or a name suffix
# ("Jr.", "Sr."), then the next word. Punkt splits after these whenever the next
# word is capitalized and was seen lower-cased in training ("the U.S. Ambassador",
# "George H.W. Bush"); a sentence after an acronym almost always opens with a
# function word ("...in the U.S. The..."), a name or title rarely does. The
# regex looks for the acronym's last two letters (".S."), a cheap scan.
# (Was written to start with a character set: the same matches as
# "(?:\.[A-Za-z]\.|[JS]r\.)..." at half that scan's cost; now from the '.'.)
# Clause dot_first (cost only, same matches; session 16): the scan starts at the
# acronym's last '.', a literal the regex engine skips to, with its two characters
# before as a lookbehind (0.065 -> 0.010 CPU-s on the 30 English and 2 Chinese
# books); ``acronym_names`` keeps the matches "[.JS](?:...)" would give, below.
_ACRONYM_NEXT = re.compile(r"\.(?<=\.[A-Za-z]\.|[JS]r\.)[ \t\xa0]+([A-Z0-9][\w']*)")
# Rule title_before_name: a title ("Mr.", "Mrs.", "Dr.", "St.") then a capitalised
# word that is no function word: a name ("cried Mr. Knightley", "St. Dominic").
# Punkt splits there when its orthographic table takes the name for a sentence
# starter (Emma: 103 such splits, "...as Mr." | "Weston."); a sentence that ends
# on a title ("...on Baker St. The house") goes on with a function word, also
# one with a contraction ("Gen. He's scarse awake": "He's" is "he"). Not a title:
# the tail of a dotted speaker prefix, "E.Dr." and "S.Dr." (Dromio of Ephesus and
# of Syracuse in the Folio's Comedy of Errors), before the speech's first word.
# (Session 13: these were the rule's only false joins in the shared books and
# Austen; "Baker St. London" and "a Dr. Medicine" are no Punkt splits at all.)
# Clause charset_start (cost only; replaced by dot_first below): written to open
# with the titles' first letters, so the regex engine skips to them, with the word boundary and the
# speaker-prefix test as lookbehinds after that letter: the same matches as
# r"\b(?<![A-Za-z]\.)(?:Mr|Mrs|...|Hon)\.[ \t\xa0]+([A-Z][\w']*)" at a fifth of
# the scan's cost (0.38 -> 0.07 CPU-s on the 30 shared books).
# Clause dot_first (session 16, cost only, same matches): the scan starts at the
# title's '.', the title, its word boundary and the speaker-prefix test being
# lookbehinds there (after a cheap one on the titles' last letters): 0.075 ->
# 0.018 CPU-s on the 30 English and 2 Chinese books; ``title_names`` keeps the
# matches the title-first scan gave.
TITLES = ("Mr", "Mrs", "Messrs", "Mme", "Mlle", "Dr", "St", "Sgt", "Capt", "Col", "Gen", "Lt")
TITLES += ("Prof", "Rev", "Hon")
# Clause father_title (session 19): "Fr." (Father, Friar) before a name: Rizal's
# Noli me tangere and El filibusterismo split "ni Fr. | Dámaso" 48 times.
TITLES += ("Fr",)
_TITLE_NEXT = re.compile(
    r"\.(?<=["
    + "".join(sorted({t[-1] for t in TITLES}))
    + r"]\.)(?:"
    + "|".join(rf"(?<={t}\.)(?<!\w{t}\.)(?<![A-Za-z]\.{t}\.)" for t in TITLES)
    + r")[ \t\xa0]+([A-Z][\w']*)"
)
# Clause title_particle_name (session 36): a title, then a name's lower-case particle
# (or two: "Mme. de la Motte"), then a capitalised word ("Mme. de Bargeton", "M. le
# Comte", "Mlle. des Touches", "Dr. von Stein") is no sentence end. Rule title_before_name asks for a capitalised
# word right after the title, and rule lowercase_start (transforms.english_sentences)
# acts only where at most 5% of starts are lower case: a book of French manners
# splits there so often that it passes that share (Balzac's Two Poets: 35 of its 122
# key sentences opened on "de Bargeton..." with "...Mme." ending the one before).
# "M." is a title here too ("M. de Bargeton"). The scan starts at the particle's
# literal ". " + lower-case letter, the title is checked by hand.
_PARTICLES = "de|du|des|d'|d’|la|le|van|von|der|del|della|di|da"
# Clause title_particle_name_wrap (review of session 36): the gaps may hold one line
# break, never a blank line ("M.\nde Baisemeaux": 152 of 3,273 in 25 Dumas and Balzac
# files of the Gutenberg mirror, where the text keeps its hard wraps).
_GAP = r"(?:[ \t\xa0]*\n[ \t\xa0]*|[ \t\xa0]+)"
_PARTICLE_NEXT = re.compile(
    r"\." + _GAP + r"((?:(?:" + _PARTICLES + r")(?:" + _GAP + r"|(?<=['’])))+[A-Z])"
)
_PARTICLE_TITLES = frozenset(TITLES) | {"M", "Mmes", "Mlles"}
# Clause monsieur_before_name (session 37): "M." (Monsieur) or "MM." (Messieurs), then a
# capitalised word that is no function word ("M. Chardon", "MM. Cointet", as translations
# of Balzac, Dumas, Verne print them), is no sentence end; the gap may hold one line break
# (``_GAP``). "M" is not in ``TITLES``: a lone capital "M." may end a sentence ("the letter
# M. The next day", the numeral "M. The"), and the next word is then a function word, as
# for rule title_before_name; "J. M. Barrie" or "M. Varro" (an initial) is joined too,
# which Punkt mostly did already. Guards: "M" glued to a word or to a dotted letter before
# it ("A.M.", "I.M."), and "A. M." / "P. M." (a time, spaced): those stay as they were.
_MONSIEUR_NEXT = re.compile(r"\.(?<=M\.)" + _GAP + r"([A-Z][\w'’]*)")


# A contraction's tail: "He's", "They'll", "I'd" are function words, of the
# words that contract so (review of session 13: "Mr. Will's", "Dr. Don's" are a
# name's possessive, though "will" and "don" are stopwords; "...Mr. Darcy" after
# an ellipsis is a title, only "E.Dr." a speaker prefix's tail).
_CONTRACTION = re.compile(r"'(?:s|ll|d|re|ve|m)$")
_CONTRACTS = frozenset(
    "i you he she it we they that there here what who where when why how this let".split()
)


def acronym_names(text: str) -> list[re.Match]:
    """Rule acronym's matches, as "[.JS](?:(?<=\\.)[A-Za-z]\\.|(?<=[JS])r\\.)..." finds
    them (clause ``dot_first``): a match found from its last '.' starts two characters
    before it, and one starting inside the match before it is dropped, as that scan
    never tries it ("U.S. JJr. Smith": the name "JJr" hides "Jr."). A match holds no
    '.' after its first, so the scan from the '.' misses none. The same names (group
    1, its span and text), not the same whole match: that one starts at the '.'."""
    out, end = [], 0
    for m in _ACRONYM_NEXT.finditer(text):
        if m.start() - 2 >= end:
            out.append(m)
            end = m.end()
    return out


def title_names(text: str) -> list[re.Match]:
    """Rule title_before_name's matches, as the scan from the title's first letter
    finds them (clause ``dot_first``): a match starts at its title (the one title
    that ends at its '.': none ends another) and one starting inside the match
    before it is dropped ("Mr. O'Mr. Smith"). Group 1 as the old scan's; the whole
    match starts at the '.'."""
    out, end = [], 0
    for m in _TITLE_NEXT.finditer(text):
        dot = m.start()
        title = next(t for t in TITLES if text.startswith(t, dot - len(t)))
        if dot - len(title) >= end:
            out.append(m)
            end = m.end()
    return out


def function_word(word: str, stop: set[str]) -> bool:
    """``word`` (lower case) is a function word, or one's contraction."""
    if word in stop:
        return True
    base = _CONTRACTION.sub("", word)
    return base != word and base in _CONTRACTS


def title_particle_names(text: str) -> list[int]:
    """Clause ``title_particle_name``: the positions of the particles after a title."""
    out = []
    for m in _PARTICLE_NEXT.finditer(text):
        dot = m.start()
        i = dot
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        if text[i:dot] in _PARTICLE_TITLES and (i == 0 or not text[i - 1].isalnum()):
            out.append(m.start(1))
    return out


def monsieur_names(text: str, stop: set[str]) -> list[int]:
    """Clause ``monsieur_before_name``: the starts of the names after "M." and "MM."."""
    if not literal_scan.holds(text, "M."):  # cheap literal prefilter
        return []
    out = []
    for m in _MONSIEUR_NEXT.finditer(text):
        dot = m.start()
        i = dot - 1  # the "M"
        if i > 0 and text[i - 1] == "M":
            i -= 1
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] in ".'’"):
            continue  # "HM.", "A.M.", "O'M."
        if text[i - 3 : i] in ("A. ", "P. ", "a. ", "p. "):
            continue  # a spaced time, "5 P. M. Dinner"
        if not function_word(m.group(1).lower(), stop):
            out.append(m.start(1))
    return out
