"""Clause ``enter_comma_persons`` (session 49): who an "Enter," direction names.

Session 48's ``enter_comma_direction`` read "Enter," followed by any capital word as a
direction ("Enter, with drum and colours, Malcolm, old Siward, ..."). A speech's "Enter,"
holds capitals too: the Folio's capitalised nouns ("Enter, goe in, the Market Bell is
rung", 1 Henry VI III.2), a vocative title ("Enter, Sir John.", a quoted speech in Dumas'
The Companions of Jehu), a name and an imperative ("Enter, M. Aurilly, and remind the
prince ..."). So the words after "Enter," are read as a direction writes them: first any
number of place or manner phrases, each opening with a lower-case word that is no determiner
("with drum and colours", "below", "at one door", "and pass over at a distance", "goe in"),
then the persons. The first word of the persons (after "the", "a", "two", "his", ...) must
be a **person word**:

- a speaker of the play: a word of a speaker tag the play uses at least twice at a line's
  start ("TALBOT.", "_Cor._"), or a word a Folio tag abbreviates ("Iaques" after "Iaq.",
  "Amyens" after "Amy.": a tag of three letters or more that opens the word), read by
  ``speaker_words``;
- a word in capitals ("CATESBY", "DON PEDRO": the modern editions set persons so);
- a title (``_TITLES``: "Lord", "Lords", "King", "Sir", ...);
- a person noun in either case (``_PERSON_NOUNS``): "Soldiers", "two Gentlemen", and the
  lower-case persons of the modern editions, 2 Henry VI's "[Enter, below, multitudes with
  halters about their necks.]" and Henry VIII's "Enter, solemnly tripping one after another,
  six personages, ...".

A capital word there that is none of these, right after "Enter," ("M. Aurilly, and remind
the prince"), makes the sentence a speech unless a person word follows it in a list; after a
determiner ("the Market Bell is rung") it is a phrase, and a speech names no person after it.
Review (session 49): a Folio tag can open such a word ("Mar.", Margaret, opens "Market" in
the Folio 1 Henry VI), so guard ``enter_comma_speech_verb`` (``_SPEECH_VERB``) keeps a speech
whose phrases before the persons, or the persons' own, hold a finite verb or modal ("is rung"),
and guard ``stage_words_no_speakers`` (``_STAGE_WORDS``) reads no "Exeunt." line as a tag.
When no place or manner phrase comes first the persons follow "Enter," at once,
which is also a vocative's shape ("Enter, Sir John."): then the persons must be a list (a
second person word after ",", ";", "&", "and" or "with": "Enter, Amyens, Iaques, & others.",
"[Enter, DON PEDRO, CLAUDIO, ...") or one speaker of the play ("_Enter, Ofelia._", the
Cambridge reprint of the first Quarto), not a title. A capitalised name that is no person
word is read as one when a person word follows it in such a list ("Cordelia, Doctor, and
Soldiers." where her tag is not known).
"""

from __future__ import annotations

import re

# a speaker tag at a line's start: "TALBOT.", "KING JOHN.", "Amy.", "_Cor._", "Lady M."
_SPEAKER_TAG = re.compile(
    r"^[ \t]*_?([^\W\d_][\w'’]*(?:[ \t]+[^\W\d_][\w'’]*){0,2})_?\.(?=[ \t_]|$)", re.M
)
_MIN_TAG_USES = 2  # a capitalised verse word ending a one-word sentence ("Come.") is rarer
_MIN_PREFIX = 3  # a Folio tag opening a name: "Iaq." -> "Iaques"; not "Ro." -> "Rome"
_TITLES = frozenset(
    "lord lords lady ladies king kings queen queens duke dukes duchess prince princes princess"
    " earl earls sir dame count countess cardinal bishop archbishop marquess mayor master"
    " captain general don emperor empress".split()
)
_PERSON_NOUNS = frozenset(
    "soldiers souldiers souldiors attendants servants seruants officers citizens senators"
    " gentlemen gentleman others forces followers guards guard tribunes musicians people"
    " multitudes multitude personages party train messenger messengers doctor boy page pages"
    " watch friars nuns women maids aldermen courtiers nobles knights heralds herald lictors"
    " commons rebels conspirators powers players masquers maskers shepherds peasants".split()
)
_DETERMINERS = frozenset(
    "the a an two three four five six seven eight nine ten several some divers diuers old"
    " young both all his her their certain other another many".split()
)
# guard enter_comma_speech_verb (review, session 49): a finite verb or modal in a phrase
# before the persons or in the persons' own phrase makes "Enter," a speech's imperative: the
# Folio 1 Henry VI's Watch, "Enter, goe in, the Market Bell is rung", where the play's tag
# "Mar." (Margaret) opens "Market"
_SPEECH_VERB = re.compile(r"\b(?:is|are|was|were|be|been|did|shall|will|must|may|can)\b")
# guard stage_words_no_speakers (review, session 49): a direction's word on a line of its own
# ("Exeunt.", "Flourish.", "Enter." in the Folio) is no speaker tag
_STAGE_WORDS = frozenset(
    "enter enters exit exeunt manet manent flourish alarum alarums alarms retreat sennet senet"
    " sound excursions hautboys song actus scena scene act finis".split()
)
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[,;:&]")


def speaker_words(text: str) -> frozenset[str]:
    """The lower-case words of the speaker tags ``text`` uses at least ``_MIN_TAG_USES`` times
    at a line's start (clause ``enter_comma_persons``)."""
    counts: dict[str, int] = {}
    for m in _SPEAKER_TAG.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    words = set()
    for tag, n in counts.items():
        if n >= _MIN_TAG_USES and all(w[:1].isupper() for w in tag.split()):
            words.update(
                w.lower() for w in tag.split() if len(w) > 1 and w.lower() not in _STAGE_WORDS
            )
    return frozenset(words)


def _speaker(low: str, speakers: frozenset[str]) -> bool:
    """``low`` is a speaker's word or opens with a Folio tag's abbreviation."""
    if low in speakers:
        return True
    return any(low[:k] in speakers for k in range(_MIN_PREFIX, len(low)))


def _person_word(word: str, speakers: frozenset[str]) -> bool:
    low = word.lower()
    if low in _TITLES or low in _PERSON_NOUNS:
        return True
    if not word[:1].isupper():
        return False
    return (len(word) > 1 and word.isupper()) or _speaker(low, speakers)


def _list_follows(tokens: list[str], speakers: frozenset[str]) -> bool:
    """A second person word after a list mark among ``tokens`` (the words after the first)."""
    after_mark = False
    for tok in tokens:
        if tok in ",;&" or tok in ("and", "with"):
            after_mark = True
        elif tok == ":":
            return False
        elif after_mark and tok.lower() not in _DETERMINERS:
            if _person_word(tok, speakers):
                return True
            after_mark = False
    return False


def enter_comma_persons(rest: str, speakers: frozenset[str] = frozenset()) -> bool:
    """Clause ``enter_comma_persons`` (module docstring): ``rest``, the words after "Enter,",
    are a direction's place or manner phrases and its persons; ``speakers`` as
    ``speaker_words`` returns for the play (empty: capitals, titles and person nouns only)."""
    tokens = _TOKEN.findall(rest.replace("_", " "))
    manner = False
    i = 0
    while i < len(tokens):  # one chunk: from i to the next "," ";" ":"
        while i < len(tokens) and tokens[i] in ",;&":
            i += 1
        end = i
        while end < len(tokens) and tokens[end] not in ",;:":
            end += 1
        chunk = tokens[i:end]
        if not chunk or _SPEECH_VERB.search(" ".join(chunk)):  # enter_comma_speech_verb
            return False
        k = 0
        while k < len(chunk) - 1 and chunk[k].lower() in _DETERMINERS:
            k += 1
        word, low = chunk[k], chunk[k].lower()
        if _person_word(word, speakers):
            if manner:
                return True
            # the persons right after "Enter,": a list, or one speaker of the play, not a
            # title ("Enter, Sir John.")
            return _list_follows(tokens[i + k + 1 :], speakers) or (
                low not in _TITLES
                and low not in _PERSON_NOUNS
                and (word.isupper() or _speaker(low, speakers))
            )
        if word[:1].isupper() and k == 0 and any(len(w) > 1 for w in chunk):
            # a name the tags do not give, in a list of persons ("Cordelia, Doctor, and
            # Soldiers." in an excerpt without her tag), or no person: "M. Aurilly, and
            # remind the prince", "Mrs. Pace did"
            return _list_follows(tokens[i + k + 1 :], speakers)
        # a place or manner phrase ("with Drum and Colours", "several ways", "U.E.L.H.",
        # "his Scutcheon born before him"): the persons come after it
        manner = True
        if end < len(tokens) and tokens[end] == ":":
            return False
        i = end
    return False
