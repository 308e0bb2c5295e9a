"""Session 49, branch wtB: a user's own English books, chapter shapes read for the first time.

Excerpts (public domain, sources named; paragraphs shortened to their first lines):
* Thomas Hardy, The Return of the Native, Project Gutenberg #122 as kept in denten-bin/
  gutenberg-shell-scripts (test-corpus/122-0.txt): chapters "1--A Face on Which Time Makes
  but Little Impression", the number glued to its title by a double dash (clause
  ``glued_dash_separator``).
* Wilkie Collins, The Moonstone, Project Gutenberg #155 (test-corpus/155-0.txt): "FIRST
  PERIOD" / "SECOND PERIOD" over "FIRST NARRATIVE" ... over "CHAPTER I" (clause
  ``ordinal_narrative_divisions``).
* Thomas Hughes, Tom Brown's Schooldays (#1480) and Thomas Hardy, Tess of the
  d'Urbervilles (#110) in the same corpus: the e-text's credit under the Gutenberg header
  (clause ``etext_credit_verbs``).
"""

from __future__ import annotations

from transforms import headings as hd
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

RETURN_OF_THE_NATIVE = """\
BOOK ONE -- THE THREE WOMEN




1--A Face on Which Time Makes but Little Impression


A Saturday afternoon in November was approaching the time of twilight,
and the vast tract of unenclosed wild known as Egdon Heath embrowned
itself moment by moment. Overhead the hollow stretch of whitish cloud
shutting out the sky was as a tent which had the whole heath for its
floor.




2--Humanity Appears upon the Scene, Hand in Hand with Trouble


Along the road walked an old man. He was white-headed as a mountain,
bowed in the shoulders, and faded in general aspect. He wore a glazed
hat, an ancient boat-cloak, and shoes; his brass buttons bearing an
anchor upon their face.

Before him stretched the long, laborious road, dry, empty, and white.




3--The Custom of the Country


Had a looker-on been posted in the immediate vicinity of the barrow,
he would have learned that these persons were boys and men of the
neighbouring hamlets. Each, as he ascended the barrow, had been heavily
laden with furze faggots, carried upon the shoulder by means of a long
stake sharpened at each end for impaling them easily--two in front and
two behind.
"""

MOONSTONE = """\
FIRST PERIOD

THE LOSS OF THE DIAMOND (1848)


The events related by GABRIEL BETTEREDGE, house-steward in the service
of JULIA, LADY VERINDER.



CHAPTER I


In the first part of ROBINSON CRUSOE, at page one hundred and
twenty-nine, you will find it thus written:

Only yesterday, I opened my ROBINSON CRUSOE at that place. Only this
morning (May twenty-first, Eighteen hundred and fifty), came my lady's
nephew, Mr. Franklin Blake, and held a short conversation with me.



CHAPTER II


I spoke of my lady a line or two back. Now the Diamond could never have
been in our house, where it was lost, if it had not been made a present
of to my lady's daughter.




SECOND PERIOD

THE DISCOVERY OF THE TRUTH (1848-1849)

The events related in several narratives.




FIRST NARRATIVE

Contributed by MISS CLACK; niece of the late SIR JOHN VERINDER



CHAPTER I


I am indebted to my dear parents (both now in heaven) for having had
habits of order and regularity instilled into me at a very early age.



CHAPTER II


Mr. Godfrey followed the announcement of his name--as Mr. Godfrey does
everything else--exactly at the right time. He was not so close on the
servant's heels as to startle us.


SECOND NARRATIVE

Contributed by MATHEW BRUFF, Solicitor, of Gray's Inn Square

CHAPTER I


My fair friend, Miss Clack, having laid down the pen, there are two
reasons for my taking it up next, in my turn.
"""

HEADER = """\
The Project Gutenberg EBook of {title}, by {author}

This eBook is for the use of anyone anywhere at no cost and with
almost no restrictions whatsoever.  You may copy it, give it away or
re-use it under the terms of the Project Gutenberg License included
with this eBook or online at www.gutenberg.org


Title: {title}

Author: {author}

Language: English

*** START OF THIS PROJECT GUTENBERG EBOOK {upper} ***




"""

TOM_BROWN = """\
Produced by Gil Jaysmith and David Widger


This etext was prepared from the 1905 Thomas Nelson and Sons edition






TOM BROWN'S SCHOOLDAYS

By Thomas Hughes




PART I.



CHAPTER I--THE BROWN FAMILY


The Browns have become illustrious by the pen of Thackeray and the pencil
of Doyle, within the memory of the young gentlemen who are now
matriculating at the universities.
"""

TESS = """\
E-text transcribed by Steve Menyhert, proof-read by Meredith Ricker and
John Hamm, and revised by Joseph E. Loewenstein, M.D.



TESS OF THE D'URBERVILLES

A Pure Woman

Faithfully presented by

THOMAS HARDY



I


On an evening in the latter part of May a middle-aged man was walking
homeward from Shaston to the village of Marlott, in the adjoining Vale
of Blakemore, or Blackmoor.
"""


def _sections(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in analyze_text(text).sections if s.title]


def test_glued_dash_chapters_are_sections():
    """Clause glued_dash_separator: the three chapters under their book, the titles whole."""
    assert _sections(RETURN_OF_THE_NATIVE) == [
        (1, "BOOK ONE -- THE THREE WOMEN"),
        (2, "1--A Face on Which Time Makes but Little Impression"),
        (2, "2--Humanity Appears upon the Scene, Hand in Hand with Trouble"),
        (2, "3--The Custom of the Country"),
    ]


def test_glued_dash_candidate_forms():
    """The glued number is read as the spaced one is; a stammer is no heading (clause
    glued_dash_stammer), nor a glued sentence of dialogue (title_like without the dash's
    leniency). Lines: Return of the Native; Collins' The Evil Genius (rcdm-uga/Gutenberg_Text);
    two dialogue lines of rcdm-uga's novels."""

    def cand(line):
        return [(c.kind, c.series, c.value) for c in hd.line_candidates(line, 0, 0, len(line))]

    assert cand("10--A Desperate Attempt at Persuasion") == [("numbered", "numbered:-:arabic", 10)]
    assert cand("1.--The Trial.") == [("numbered", "numbered:.:arabic", 1)]  # The Evil Genius
    assert cand("I--I hardly think--on a conservative estimate--it can be valued at--at") == []
    assert cand("I—I’m scared, Ralph.”") == []


def test_ordinal_narrative_divisions_rank_periods_over_narratives_over_chapters():
    """Clause ordinal_narrative_divisions: PERIOD over NARRATIVE over CHAPTER; before, the
    PERIOD and NARRATIVE lines were no sections and the CHAPTER I series stood side by side."""
    got = _sections(MOONSTONE)
    assert [(lvl, t.split(" ", 2)[:2]) for lvl, t in got] == [
        (1, ["FIRST", "PERIOD"]),
        (3, ["CHAPTER", "I"]),
        (3, ["CHAPTER", "II"]),
        (1, ["SECOND", "PERIOD"]),
        (2, ["FIRST", "NARRATIVE"]),
        (3, ["CHAPTER", "I"]),
        (3, ["CHAPTER", "II"]),
        (2, ["SECOND", "NARRATIVE"]),
        (3, ["CHAPTER", "I"]),
    ]


def test_ordinal_division_candidates():
    """ "THE THIRD EPOCH" (The Woman in White), "EIGHTH NARRATIVE." (The Moonstone): ordinal
    candidates with their values; a play's speaker "FIRST CITIZEN" and mixed case are not."""

    def cand(line):
        return [
            (c.kind, c.series, c.value, c.rank) for c in hd.line_candidates(line, 0, 0, len(line))
        ]

    assert cand("THE THIRD EPOCH") == [("ordinal", "ord:epoch", 3, hd.KEYWORD_RANK["part"])]
    assert cand("EIGHTH NARRATIVE.") == [("ordinal", "ord:narrative", 8, hd.KEYWORD_RANK["book"])]
    assert cand("FIRST PART.") == [("ordinal", "ord:part", 1, hd.KEYWORD_RANK["part"])]
    assert all(c[0] != "ordinal" for c in cand("FIRST CITIZEN"))
    assert all(c[0] != "ordinal" for c in cand("First Narrative"))


def _clean(body: str, title: str, author: str) -> str:
    raw = HEADER.format(title=title, author=author, upper=title.upper()) + body
    return clean_text(normalize_text(raw)).text


def test_etext_credit_verbs_cut_the_credit_and_keep_the_title():
    """Clause etext_credit_verbs: "This etext was prepared from ..." and "E-text transcribed
    by ..." go as producer notes; the title pages and the text stay."""
    tom = _clean(TOM_BROWN, "Tom Brown's Schooldays", "Thomas Hughes")
    assert "etext" not in tom and "Produced by" not in tom
    assert tom.startswith("TOM BROWN'S SCHOOLDAYS\n")
    assert "The Browns have become illustrious" in tom
    tess = _clean(TESS, "Tess of the d'Urbervilles", "Thomas Hardy")
    assert "E-text" not in tess and "Menyhert" not in tess
    assert tess.startswith("TESS OF THE D'URBERVILLES\n")
    assert "On an evening in the latter part of May" in tess


def test_etext_credit_needs_the_producers_word():
    """Guard: the clause reads the producers' word "etext"/"E-text"; a book's own opening
    "This text was prepared from ..." (an editor's note of the book) stays."""
    body = TOM_BROWN.replace("This etext was prepared", "This text was prepared")
    tom = _clean(body, "Tom Brown's Schooldays", "Thomas Hughes")
    assert "This text was prepared from the 1905 Thomas Nelson and Sons edition" in tom


UNKNOWN_MASTERPIECE = """\
I--GILLETTE

On a cold December morning in the year 1612, a young man, whose clothing
was somewhat of the thinnest, was walking to and fro before a gateway
in the Rue des Grands-Augustins in Paris. He went up and down the street
before this house with the irresolution of a gallant who dares not
venture into the presence of the mistress whom he loves for the first
time, easy of access though she may be.



II--CATHERINE LESCAULT

Three months after Poussin and Porbus met, the latter went to see Master
Frenhofer. The old man had fallen a victim to one of those profound and
spontaneous fits of discouragement that are caused, according to medical
logicians, by indigestion, flatulence, fever, or enlargement of the
spleen.
"""


def test_glued_dash_caps_stay_two_chapters():
    """Clause glued_dash_caps_stay: Balzac's The Unknown Masterpiece (rcdm-uga/Gutenberg_Text,
    "The Unknown Masterpiece1845.txt", paragraphs shortened) has two chapters in capitals;
    read as numbered lines they needed a run of three and both were lost (the whole book:
    sections "I--GILLETTE" and "II--CATHERINE LESCAULT" on base49 and with the clause, none
    without it). Here each chapter line stays the candidate in capitals base49 made of it."""
    lines = [ln for ln in UNKNOWN_MASTERPIECE.split("\n") if "--" in ln]
    assert lines == ["I--GILLETTE", "II--CATHERINE LESCAULT"]
    for line in lines:
        assert [(c.kind, c.title) for c in hd.line_candidates(line, 0, 0, len(line))] == [
            ("caps", line)
        ]
    pope = "V.--ADVERTISEMENT TO THE COMPLETE EDITION of 1743."  # Pope's Poetical Works, vol. 2
    assert [c.kind for c in hd.line_candidates(pope, 0, 0, len(pope))] == ["caps"]


# Review (session 49): real dialogue lines that open with a stammer glued by a dash, each a
# paragraph of its own in its novel (rcdm-uga/Gutenberg_Text): Shaw's An Unsocial
# Socialist, Conrad's Chance, Dickens' Our Mutual Friend, Burnett's That Lass O'
# Lowrie's, Tarkington's 'Me--Smith'; the prose between them from The Return of the
# Native above.
STAMMERS = [
    "I--I am not well.”",
    'I--I am too tired."',
    "I--I should think he was.’",
    "I--I'd loike to be wi' ye.”",
    "I--I've been reducin' my hips.\"",
]


def test_glued_dash_stammer_lines_are_no_sections():
    """Clause glued_dash_stammer and the run of three it relies on (heading_confirmation):
    five stammering lines in one story are no numbered headings and no sections; without
    the guard each is a numbered "I" (value 1), and a series that does not advance is no
    run, so none may become a section either way."""
    para = next(
        p.strip() for p in RETURN_OF_THE_NATIVE.split("\n\n") if p.strip().startswith("A Sat")
    )
    text = "\n\n".join(f"{para}\n\n{line}" for line in STAMMERS) + f"\n\n{para}\n"
    for line in STAMMERS:
        assert hd.line_candidates(line, 0, 0, len(line)) == []
    assert all(not t.startswith("I--") for _, t in _sections(text))
