"""Raw Project Gutenberg books, a third sample (session 31): clause ``picture_tags`` of
``transforms.gutenberg_markup`` ("[Picture: caption]" and "{caption: p1.jpg}" tags) and
clause ``folio_notes`` of ``transforms.gutenberg_notices`` (the First Folio plays' notes
block under the header). Excerpts of books from GitHub rcdm-uga/Gutenberg_Text."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

# Andrew Lang, Prince Prigio ("Lang, Andrew/Prince Prigio.txt"): the first chapter's
# heading, its picture tag, its title in italics.
PRIGIO = """A study of the _Firedrake_ in South Africa--where he is called the
_Nanaboulele_, a difficult word--has been published in French (translated
from the Basuto language) by M. PAUL SEBILLOT, in the _Revue des
Traditione Populaires_.  For the _Remora_, the Editor is indebted to the
_Voyage a la Lune_ of M. CYRANO DE BERGERAC.




CHAPTER I.


{Chapter heading picture: p1.jpg}

_How the Fairies were not Invited to Court_.

Once upon a time there reigned in Pantouflia a king and a queen.  With
almost everything else to make them happy, they wanted one thing: they
had no children.  This vexed the king even more than the queen, who was
very clever and learned.
"""

# Daniel Defoe (attributed), London in 1731 ("Defoe, Daniel/London in 1731.txt").
LONDON = """commander of a vessel is readily found, if it be known to what country he
trades.  The several walks are described in the following ground-plot of
the Exchange:—

               [Picture: Ground plot of the Royal Exchange]

Near the south gate is a spacious staircase, and near the north gate
another, that lead up to the galleries, on each side whereof are shops
for milliners and other trades, to the number of near two hundred.
"""

# L. Frank Baum, Mary Louise in the Country ("Baum, L. Frank (Lyman Frank)/Mary Louise
# in the Country.txt"): the tag stands for a glyph inside the sentence.
DAGGER = """stamped on the time-table with a little mark
([Picture: Character dagger]), meaning that trains stop there only to
let off passengers from the city.
"""

# Shakespeare, Henry IV Part 1, First Folio ("Shakespeare, William/Henry IV, Part 1.txt"):
# under the small print's end, the notes block (its middle paragraphs left out here),
# then the play.
FOLIO = """*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*





Project Gutenberg's Etext of Shakespeare's The first Part of
Henry the Sixt




Executive Director's Notes:

In addition to the notes below, and so you will *NOT* think all
the spelling errors introduced by the printers of the time have
been corrected, here are the first few lines of Hamlet, as they
are presented herein:

  Barnardo. Who's there?
  Fran. Nay answer me: Stand & vnfold
your selfe

   Bar. Long liue the King

***

So. . .with this caveat. . .we have NOT changed the canon errors,
here is the Project Gutenberg Etext of Shakespeare's The first
Part of Henry the Sixt.

Michael S. Hart
Project Gutenberg
Executive Director


***


Scanner's Notes: What this is and isn't.  This was taken from
a copy of Shakespeare's first folio and it is as close as I can
come in ASCII to the printed text.

Another thing that you should be aware of is that there are textual
differences between various copies of the first folio.  So there may
be differences (other than what I have mentioned above) between
this and other first folio editions.  This is due to the printer's
habit of setting the type and running off a number of copies and
then proofing the printed copy and correcting the type and then
continuing the printing run.  The proof run wasn't thrown away but
incorporated into the printed copies.  This is just the way it is.
The text I have used was a composite of more than 30 different
First Folio editions' best pages.

If you find any scanning errors, out and out typos, punctuation
errors, or if you disagree with my spelling choices please feel
free to email me those errors.  I wish to make this the best
etext possible.  My email address for right now are haradda@aol.com
and davidr@inconnect.com.  I hope that you enjoy this.

David Reed

The First Part of Henry the Fourth

with the Life and Death of Henry Sirnamed Hot-Spvrre


Actus Primus. Scoena Prima.

Enter the King, Lord Iohn of Lancaster, Earle of Westmerland, with
others.

  King. So shaken as we are, so wan with care,
Find we a time for frighted Peace to pant,
And breath shortwinded accents of new broils
To be commenc'd in Stronds a-farre remote:
"""


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_brace_picture_tag_is_cut_and_the_chapter_keeps_its_title():
    out = _clean(PRIGIO)
    assert ".jpg" not in out and "{" not in out
    assert "CHAPTER I. How the Fairies were not Invited to Court. Once" in " ".join(out.split())
    titles = [s.title for s in analyze_text(out).sections]
    assert "CHAPTER I. How the Fairies were not Invited to Court." in titles


def test_bracket_picture_tag_is_cut_with_its_line():
    out = _clean(LONDON)
    assert "Picture" not in out
    assert "the Exchange:—\n\nNear the south gate" in out


def test_picture_tag_glued_to_a_bracket_inside_a_sentence_stays():
    assert "([Picture: Character dagger])" in _clean(DAGGER)


def test_first_folio_notes_block_is_cut_and_the_play_stays():
    out = _clean(FOLIO)
    for gone in ("Executive Director", "Scanner's Notes", "David Reed", "Etext", "Barnardo"):
        assert gone not in out
    assert out.lstrip().startswith("The First Part of Henry the Fourth")
    assert "King. So shaken as we are, so wan with care," in out


def test_folio_notes_without_the_scanners_notes_stay():
    head, _, tail = FOLIO.partition("Scanner's Notes: What this is and isn't.")
    out = _clean(head + "Notes: What this is and isn't." + tail)
    assert "Executive Director's Notes:" in out


# Andrew Lang, The Library ("Lang, Andrew/The Library.txt"): a drop capital.
DROP_CAP = """[Picture: Highly decorative letter M, first letter of Modern] ODERN
English book-illustration—to which the present chapter is restricted—has
no long or doubtful history, since to find its first beginnings, it is
needless to go farther back than the last quarter of the eighteenth
"""


def test_drop_capital_picture_tag_stays():
    assert "first letter of Modern] ODERN" in _clean(DROP_CAP)


# Oscar Wilde, The Happy Prince, and Other Tales ("Wilde, Oscar/The Happy Prince, and
# Other Tales.txt"): two tags in a row, each indented in its own paragraph.
TWO_TAGS = """***START OF THE PROJECT GUTENBERG EBOOK THE HAPPY PRINCE***


Transcribed from the 1910 David Nutt edition by David Price, email
ccx074@pglaf.org.  Second proof by Paul Redmond.

                          [Picture: Book cover]

                       [Picture: The Happy Prince]





                             The Happy Prince
                             And Other Tales


                                    BY
                               OSCAR WILDE
"""


def test_consecutive_indented_picture_tags_both_go():
    out = _clean(TWO_TAGS)
    assert "Picture" not in out
    assert "The Happy Prince" in out and "OSCAR WILDE" in out


def test_picture_tags_prefilter_lets_every_case_through():
    """Clause picture_tags_prefilter: the gate is case-blind like the tag pattern, so an
    upper-case "[PICTURE: ...]" line of Defoe's London and a Prigio tag with its file name
    in capitals ("P1.JPG") are cut as before."""
    upper = LONDON.replace("[Picture:", "[PICTURE:")
    assert "PICTURE" in upper and "PICTURE" not in _clean(upper)
    caps = PRIGIO.replace("p1.jpg}", "P1.JPG}")
    assert "P1.JPG}" in caps and ".JPG" not in _clean(caps)


# Charlotte Brontë, Jane Eyre ("Brontë, Charlotte/Jane Eyre: An Autobiography.txt"): a
# picture caption quoting the text, with a prose semicolon.
JANE_EYRE = """least examine into it.  Young woman, rise, and pass before me into the
house."

{Hush, Hannah; I have a word to say to the woman: p323.jpg}

With difficulty I obeyed him.  Presently I stood within that clean,
bright kitchen--on the very hearth--trembling, sickening; conscious of an
"""


def test_picture_tags_code_guard_a_prose_semicolon_is_a_caption():
    """Clause picture_tags_code_guard (session 32): the caption's ";" with one ":" is
    prose: the tag goes (the session-31 guard refused any ";" and kept it)."""
    out = _clean(JANE_EYRE)
    assert "p323.jpg" not in out and "Hush, Hannah;" not in out
    assert 'the house." With difficulty I obeyed him.' in " ".join(out.split())


def test_picture_tags_code_guard_style_and_markup_braces_stay():
    """Clause picture_tags / picture_tags_code_guard: a brace block holding "=", "<", ">"
    or a ";" beside another ":" is code or style, never a caption (constructed: no such
    block ending in a picture's file name was found in the 3,384 Gutenberg_Text files,
    /usr/share/doc or the packages' Python sources)."""
    for block in (
        "{color: red; background: bg.png}",
        "{width=300: cover.jpg}",
        "{<img src: logo.gif}",
        "{a > b: arrow.png}",
    ):
        text = f"The style sheet reads\n\n{block}\n\nand the page is done.\n"
        assert block in _clean(text), block
