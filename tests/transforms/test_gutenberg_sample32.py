"""Raw Project Gutenberg books, structure (session 32): clauses ``byline_lines`` and
``imprint_lines`` (``transforms.bylines``), ``long_caps_title``
(``transforms.section_titles``) and ``contents_list_sentence``
(``transforms.key_sentences``). Excerpts of books from GitHub rcdm-uga/Gutenberg_Text,
as ``clean_text`` leaves them."""

import numpy as np

from transforms.bylines import is_byline
from transforms.key_sentences import eligible_sentences
from transforms.sections import find_headings, find_sections
from transforms.sentences import unwrap
from transforms.structure import analyze_text

# F. L. Wallace, Accidental Flight ("Emshwiller, Ed/Accidental Flight.txt"), its opening.
WALLACE = """ Accidental Flight


 By F. L. WALLACE


 Illustrated by Ed Alexander


 Outcasts of a society of physically perfect people, they couldn't stay and they couldn't
go home again--yet there had to be some escape for them. Oddly enough, there was!

 * * * * *




Cameron frowned intently at the top of the desk. It was difficult to concentrate under the
circumstances. "Your request was turned over to the Medicouncil," he said. "After studying
it, they reported back to the Solar Committee."

Docchi edged forward, his face literally lighting up.

Dr. Cameron kept his eyes averted; the man was damnably disconcerting. "You know what the
answer is. A flat no, for the present."

Docchi leaned back. "We should have expected that," he said wearily.

"It's not entirely hopeless. Decisions like this can always be changed."

"Sure," said Docchi. "We've got centuries." His face was flushed--blazing would be a
better description.
"""

# Cervantes, Don Quixote, volume 2, part 38 (the part file), its title page and chapter
# (the title's two lines joined, as clean_text leaves them).
QUIXOTE_PART = """ DON QUIXOTE

 Volume II.

 Part 38.

 by Miguel de Cervantes


 Translated by John Ormsby



CHAPTER LXII.

WHICH DEALS WITH THE ADVENTURE OF THE ENCHANTED HEAD, TOGETHER WITH OTHER TRIVIAL MATTERS WHICH CANNOT BE LEFT UNTOLD


Don Quixote's host was one Don Antonio Moreno by name, a gentleman of
wealth and intelligence, and very fond of diverting himself in any fair
and good-natured way; and having Don Quixote in his house he set about
devising modes of making him exhibit his mad points in some harmless
fashion; for jests that give pain are no jests.
"""

# Don Quixote, volume 2 complete: its chapters' titles stand on one long line each.
QUIXOTE_COMPLETE = """CHAPTER I.

OF THE INTERVIEW THE CURATE AND THE BARBER HAD WITH DON QUIXOTE ABOUT HIS MALADY


Cide Hamete Benengeli, in the Second Part of this history, and third sally of Don Quixote, says that the curate and the barber remained nearly a month without seeing him, lest they should recall or bring back to his recollection what had taken place.

CHAPTER II.

WHICH TREATS OF THE NOTABLE ALTERCATION WHICH SANCHO PANZA HAD WITH DON QUIXOTE’S NIECE, AND HOUSEKEEPER, TOGETHER WITH OTHER DROLL MATTERS


The history relates that the outcry Don Quixote, the curate, and the barber heard came from the niece and the housekeeper exclaiming to Sancho, who was striving to force his way in to see Don Quixote while they held the door against him.
"""  # noqa: E501

# Voltaire, A Philosophical Dictionary, volume 5: the title page, then the Edition de la
# Pacification's own volume number over its publisher's imprint.
VOLTAIRE = """A PHILOSOPHICAL DICTIONARY

VOLUME V

By

VOLTAIRE




EDITION DE LA PACIFICATION

THE WORKS OF VOLTAIRE

A CONTEMPORARY VERSION

VOLUME IX

E.R. DuMONT

PARIS--LONDON--NEW YORK--CHICAGO

1901




FANATICISM.

SECTION I.


Fanaticism is the effect of a false conscience, which makes religion subservient to the
caprices of the imagination, and the excesses of the passions. It arises, in general,
from legislators entertaining too narrow views, or from their extending their regulations
beyond the limits within which alone they can operate.

SECTION II.

If this term has at present any connection with its original meaning, it is very slight.
"""

# L. A. Pittenger (ed.), Short-Stories ("Poe, Edgar Allan/Short-Stories.txt"): its contents.
SHORT_STORIES = """CONTENTS


PREFATORY NOTE

INTRODUCTION:
 History of the Short-story
 Qualities of the Short-story

THE FATHER. 1860. Björnstjerne Björnson.

THE GRIFFIN AND THE MINOR CANON. 1887. Frank R. Stockton.

THE PIECE OF STRING. 1884. Guy de Maupassant.

MARKHEIM. 1884. Robert Louis Stevenson.


INTRODUCTION

HISTORY OF THE SHORT-STORY

Just when, where, and by whom story-telling was begun no one can say. From the first use of speech, no doubt, our ancestors told stories.
"""  # noqa: E501


def _titles(text):
    return [s.title for s in find_sections(text)[0]]


def test_byline_lines_wallace():
    """Clause byline_lines: "By F. L. WALLACE" under the title is no section."""
    assert _titles(WALLACE) == [""]


def test_byline_lines_part_title_and_long_caps_title():
    """Clauses byline_lines ("Part 38." is not titled by "by Miguel de Cervantes") and
    long_caps_title (the chapter's 117-character title)."""
    assert _titles(QUIXOTE_PART) == [
        "",
        "Volume II.",
        "Part 38.",
        "CHAPTER LXII. WHICH DEALS WITH THE ADVENTURE OF THE ENCHANTED HEAD, TOGETHER WITH "
        "OTHER TRIVIAL MATTERS WHICH CANNOT BE LEFT UNTOLD",
    ]


def test_long_caps_title_quixote_complete():
    """Clause long_caps_title: the 139-character title line joins "CHAPTER II."."""
    assert _titles(QUIXOTE_COMPLETE) == [
        "CHAPTER I. OF THE INTERVIEW THE CURATE AND THE BARBER HAD WITH DON QUIXOTE ABOUT "
        "HIS MALADY",
        "CHAPTER II. WHICH TREATS OF THE NOTABLE ALTERCATION WHICH SANCHO PANZA HAD WITH DON "
        "QUIXOTE’S NIECE, AND HOUSEKEEPER, TOGETHER WITH OTHER DROLL MATTERS",
    ]


def test_long_caps_title_mixed_case_stays_text():
    """Guard of long_caps_title: a long line in mixed case under a chapter is its text."""
    text = QUIXOTE_COMPLETE.replace(
        "WHICH TREATS OF THE NOTABLE ALTERCATION WHICH SANCHO PANZA HAD WITH DON QUIXOTE’S "
        "NIECE, AND HOUSEKEEPER, TOGETHER WITH OTHER DROLL MATTERS",
        "Which treats of the notable altercation which Sancho Panza had with Don Quixote’s "
        "niece, and housekeeper, together with other droll matters",
    )
    assert _titles(text)[1] == "CHAPTER II."


def test_long_caps_title_prose_telegram_stays_text():
    """Clause long_caps_title_prose (review): a telegram in capitals of several sentences
    under "CHAPTER II." is its text, not its title; a one-sentence line still titles it."""
    telegram = (
        "COME HOME AT ONCE. YOUR FATHER IS VERY ILL AND ASKS FOR YOU EVERY HOUR. THE DOCTOR "
        "SAYS THERE IS LITTLE TIME LEFT. DO NOT DELAY. MOTHER."
    )
    text = QUIXOTE_COMPLETE.replace(
        "WHICH TREATS OF THE NOTABLE ALTERCATION WHICH SANCHO PANZA HAD WITH DON QUIXOTE’S "
        "NIECE, AND HOUSEKEEPER, TOGETHER WITH OTHER DROLL MATTERS",
        telegram,
    )
    assert telegram in text and len(telegram) > 100
    assert _titles(text)[1] == "CHAPTER II."


def test_byline_and_imprint_lines_voltaire():
    """Clauses byline_lines ("VOLUME V" / "By") and imprint_lines ("VOLUME IX" /
    "E.R. DuMONT" over "PARIS--LONDON--NEW YORK--CHICAGO")."""
    titles = _titles(VOLTAIRE)
    assert titles[:3] == ["", "VOLUME V", "VOLUME IX"]
    assert "SECTION I." in titles and "SECTION II." in titles


def test_byline_guards():
    """Guards of byline_lines: prose opening with "By" and a lower-case word is no byline."""
    assert is_byline("By F. L. WALLACE") and is_byline("by Miguel de Cervantes")
    assert is_byline("By") and is_byline("BY IRVING E. COX, JR.")
    assert not is_byline("By and by the doctor came back.")
    assert not is_byline("BY WAY OF CRITICISM.")  # clause byline_not_phrase (Stevenson)
    assert not is_byline("by the way")


def test_contents_list_sentence():
    """Clause contents_list_sentence: the contents entries ("THE GRIFFIN AND THE MINOR
    CANON. 1887. Frank R. Stockton.") may not be key sentences; the prose after may."""
    lists = []
    find_headings(SHORT_STORIES, contents_out=lists)
    assert len(lists) == 1
    st = analyze_text(SHORT_STORIES)
    spans = st.sentences
    ok = eligible_sentences(SHORT_STORIES, spans, 0, [], lists)
    said = [unwrap(SHORT_STORIES[a:b]).strip() for a, b in spans]
    eligible = {s for s, k in zip(said, ok, strict=True) if k}
    assert "Frank R. Stockton." not in eligible
    assert not any("1884." in s for s in eligible)
    assert "Just when, where, and by whom story-telling was begun no one can say." in eligible
    keys = [said[i] for i in np.asarray(st.key_sentences)]
    assert keys and all("18" not in k for k in keys)


# G. A. Henty, The Young Colonists ("Henty, G. A. (George Alfred)/The Young Colonists: A
# Story of the Zulu and Boer Wars.txt"): its title page, two rules, the running title.
HENTY = """The Young Colonists, by G.A. Henty.

________________________________________________________________________

________________________________________________________________________
THE YOUNG COLONISTS, BY G.A. HENTY.

PREFACE.

As a rule the minor wars in which this country has been from time to
time engaged, have been remarkable both for the admirable way in which
they were conducted and for the success that attended them.  The two
campaigns in South Africa, however, that followed each other with but a
brief interval, were notable exceptions.
"""


def test_rule_line_above_henty():
    """Clause rule_line_above (transforms.line_marks): the rule keeps its line; the
    paragraph under PREFACE is still joined."""
    from transforms.unwrap import unwrap_text

    out = unwrap_text(HENTY)[0]
    assert "_\nTHE YOUNG COLONISTS, BY G.A. HENTY.\n" in out
    assert "_ THE YOUNG" not in out
    assert "has been from time to time engaged, have been" in out


# Victor Hugo, Les Misérables, v. 3-5: Marius ("Hugo, Victor/Les Misérables, v. 3-5:
# Marius.txt"): the first book's heading, near the front.
MARIUS = """MARIUS

BOOK I.

PARIS STUDIED IN ITS GAMIN.




CHAPTER I.


PARVULUS.


Paris has a child, and the forest has a bird; the bird is called the sparrow; the child is
called the gamin. Couple these two ideas which contain, the one all the furnace, the other
all the dawn; strike these two sparks together, Paris, childhood; there leaps out from them a
little being. Homuncio, Plautus would say.

CHAPTER II.


ROOTS.


The gamin has a stream of his own, a tribe of his own. He is in the great city.
"""


def test_imprint_city_guard_marius():
    """Guard of imprint_lines (clause imprint_city): "PARIS STUDIED IN ITS GAMIN." is no
    imprint; it still titles "BOOK I."."""
    assert _titles(MARIUS)[1] == "BOOK I. PARIS STUDIED IN ITS GAMIN."


def test_session32_guards_review():
    """Guards no other test held (review, session 32): bylines and imprints only in the
    front; an imprint line is short; a rule line is one character repeated, 3 or more."""
    from transforms.bylines import FRONT_CHARS, byline_lines, imprint_lines
    from transforms.line_marks import rule_lines_above

    assert byline_lines(["By John Smith"], [0]) == {0}
    assert byline_lines(["By John Smith"], [FRONT_CHARS]) == set()
    assert imprint_lines(["VOLUME I", "LONDON:"], [0, 10], [False, False]) == {0, 1}
    assert (
        imprint_lines(["VOLUME I", "LONDON:"], [FRONT_CHARS, FRONT_CHARS + 9], [False] * 2) == set()
    )
    long_line = "THE TOWN WAS FULL OF SOLDIERS AND THE ROADS TO THE NORTH WERE CLOSED, LONDON"
    assert imprint_lines([long_line], [0], [False]) == set()

    def rule(line):
        text = line + "\nTitle\n"
        cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        return bool(rule_lines_above(text, cp, np.array([0]), np.array([len(line) - 1]),
                                     np.array([True]))[0])  # fmt: skip

    assert rule("___") and rule("=" * 40)
    assert not rule("__") and not rule("-=-") and not rule("-- said he")


def test_long_caps_title_guards_review():
    """Guards of long_caps_title (review): over 300 characters, or with text right under
    it, a line in capitals titles no chapter."""
    old = (
        "WHICH TREATS OF THE NOTABLE ALTERCATION WHICH SANCHO PANZA HAD WITH DON QUIXOTE’S "
        "NIECE, AND HOUSEKEEPER, TOGETHER WITH OTHER DROLL MATTERS"
    )
    assert _titles(QUIXOTE_COMPLETE.replace(old, old + ", " + old + ", " + old))[1] == (
        "CHAPTER II."
    )
    assert _titles(QUIXOTE_COMPLETE.replace(old, old + "\nand so it went"))[1] == "CHAPTER II."
