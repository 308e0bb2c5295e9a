"""Clause ``character_addendum`` (rule ``book_index``, ``transforms.gutenberg_addendum``,
session 36): Balzac's "ADDENDUM", the list of the book's characters and the other
stories of the Human Comedy they appear in, is cut as back matter when it is the body's
last text. Excerpts of books from GitHub rcdm-uga/Gutenberg_Text ("Balzac, Honoré de/..."),
their end markers as in the files (CRLF normalised)."""

from transforms.boilerplate import BoilerplateConfig, removed_by_rule, strip_boilerplate
from transforms.clean import clean_text

# "A Daughter of Eve.txt": the last paragraph, the addendum (shortened), the end marker.
DAUGHTER_OF_EVE = """in the change of front performed by many men besides Raoul during our
recent political evolutions.




ADDENDUM

The following personages appear in other stories of the Human Comedy.

     Bidault (known as Gigonnet)
       The Government Clerks
       Gobseck
       The Vendetta

     Blondet, Emile
       Jealousies of a Country Town
       A Distinguished Provincial at Paris
       Scenes from a Courtesan\u2019s Life





End of the Project Gutenberg EBook of A Daughter of Eve, by Honore de Balzac

*** END OF THIS PROJECT GUTENBERG EBOOK A DAUGHTER OF EVE ***
"""

# "Adieu.txt": one personage, a note under the opener.
ADIEU = """and the count shot himself.




ADDENDUM

The following personage appears in other stories of the Human Comedy.

Note: Adieu is also entitled Farewell.

     Granville, Vicomte de
       The Gondreville Mystery
       A Second Home
       Farewell (Adieu)





End of the Project Gutenberg EBook of Adieu, by Honore de Balzac

*** END OF THIS PROJECT GUTENBERG EBOOK ADIEU ***
"""

# "La Grande Breteche.txt": a reflowed e-text, the heading on the opener's line.
GRANDE_BRETECHE = """After this story all the ladies rose from table, and thus the spell
under which Bianchon had held them was broken. But there were some
among them who had almost shivered at the last words.





ADDENDUM The following personage appears in other stories of the Human
Comedy.

Bianchon, Horace Father Goriot The Atheist\u2019s Mass Cesar Birotteau
The Commission in Lunacy Lost Illusions A Distinguished Provincial

In addition, M. Bianchon narrated the following: Another Study of
Woman










End of the Project Gutenberg EBook of La Grande Bret\u00e8che, by Honore de
Balzac

*** END OF THIS PROJECT GUTENBERG EBOOK LA GRANDE BRETECHE ***
"""

# "An Historical Mystery.txt": the heading glued after the book's last sentence.
HISTORICAL_MYSTERY = """\u201cThese facts were known, of course, to Malin, and through him to Louis
XVIII. You may therefore,\u201d added de Marsay, turning to the Princesse de
Cadignan, \u201cexplain the whole matter to the Marquise de Cinq-Cygne, and
show her why Louis XVIII. thought fit to keep silence.\u201d ADDENDUM

The following personages appear in other stories of the Human Comedy.

Beauvisage       The Member for Arcis

     Varlet
       The Gondreville Mystery
       The Member for Arcis





End of the Project Gutenberg EBook of An Historical Mystery, by Honore de Balzac

*** END OF THIS PROJECT GUTENBERG EBOOK AN HISTORICAL MYSTERY ***
"""

# "Parisians in the Country.txt": a compilation; the first story's addendum is followed
# by the next story (its title, translator, dedication), not by the end marker.
PARISIANS = """damned dyer; but I made an end of him,--he bit the dust!\u201d



ADDENDUM

The following personages appear in other stories of the Human Comedy.

      Finot, Andoche
        Cesar Birotteau
        A Bachelor\u2019s Establishment





THE MUSE OF THE DEPARTMENT


Translated by James Waring


DEDICATION

  To Monsieur le Comte Ferdinand de Gramont.

  MY DEAR FERDINAND,--If the chances of the world of literature--
  _habent sua fata libelli_--should allow these lines to be an
  enduring record, that will still be but a trifle in return for the

End of the Project Gutenberg EBook of Parisians in the Country, by Honore de Balzac

*** END OF THIS PROJECT GUTENBERG EBOOK PARISIANS IN THE COUNTRY ***
"""

# Darwin, "Studies in the Theory of Descent.txt": an "ADDENDUM." of prose (shortened).
DARWIN = """produce reversion in the Amphibia.


ADDENDUM.

I have lately met with another interesting notice on the reproduction
of the native North American Amblystomas. Professor Spence F. Baird, of
Washington, has often observed the development from the egg of various
species, and especially of _Amblystoma Punctatum_ and _A. Fasciatum_.

End of the Project Gutenberg EBook of Studies in the Theory of Descent, by August Weismann

*** END OF THIS PROJECT GUTENBERG EBOOK STUDIES IN THE THEORY OF DESCENT ***
"""


def test_character_addendum_cut_and_counted_as_book_index():
    """Clause character_addendum: the list goes, the story's last line keeps its newline,
    the cut is counted under book_index."""
    out, edits = strip_boilerplate(DAUGHTER_OF_EVE)
    assert out == (
        "in the change of front performed by many men besides Raoul during our\n"
        "recent political evolutions.\n"
    )
    start = DAUGHTER_OF_EVE.index("ADDENDUM")
    end = DAUGHTER_OF_EVE.index("Scenes from a Courtesan\u2019s Life") + len(
        "Scenes from a Courtesan\u2019s Life"
    )
    assert removed_by_rule(edits)["book_index"] >= end - start
    assert "ADDENDUM" not in clean_text(DAUGHTER_OF_EVE).text


def test_character_addendum_singular_with_note():
    """Clause character_addendum: "The following personage appears ..." and a note under it."""
    out, _ = strip_boilerplate(ADIEU)
    assert out == "and the count shot himself.\n"


def test_character_addendum_reflowed_and_glued_headings():
    """Clause character_addendum: the heading on the opener's line (a reflowed e-text) and
    glued after the last sentence; the last sentence stays whole."""
    out, _ = strip_boilerplate(GRANDE_BRETECHE)
    assert out.endswith("among them who had almost shivered at the last words.\n")
    assert "Bianchon, Horace" not in out
    out, _ = strip_boilerplate(HISTORICAL_MYSTERY)
    assert out.endswith("show her why Louis XVIII. thought fit to keep silence.\u201d\n")
    assert "ADDENDUM" not in out and "Varlet" not in out


def test_character_addendum_guards():
    """Clause character_addendum keeps: an addendum followed by a compilation's next story
    (prose under the list), and an "ADDENDUM." chapter of prose with no opener."""
    out, edits = strip_boilerplate(PARISIANS)
    assert "Finot, Andoche" in out and "ADDENDUM" in out
    assert "book_index" not in removed_by_rule(edits)
    out, edits = strip_boilerplate(DARWIN)
    assert "ADDENDUM.\n\nI have lately met" in out
    assert "book_index" not in removed_by_rule(edits)


# "Ferragus, Chief of the Dévorants.txt": an e-text note between the heading and the opener.
FERRAGUS = """her!--Go on, postilion.\u201d




ADDENDUM

  Note: Ferragus is the first part of a trilogy. Part two is
  entitled The Duchesse de Langeais and part three is The Girl with
  the Golden Eyes. In other addendum references all three stories
  are usually combined under the title The Thirteen.

The following personages appear in other stories of the Human Comedy.

     Bourignard, Gratien-Henri-Victor-Jean-Joseph
       The Girl with the Golden Eyes

     Desmartes, Jules
       Cesar Birotteau






End of the Project Gutenberg EBook of Ferragus, by Honore de Balzac

*** END OF THIS PROJECT GUTENBERG EBOOK FERRAGUS ***
"""

# "The Alkahest.txt": a prose note under the opener (the list guard lets notes pass).
ALKAHEST = """Science the secret of an Enigma whose veil was rent away,--too late!--by
the fleshless fingers of Death.




ADDENDUM

The following personages appear in other stories of the Human Comedy.

Note: The Alkahest is also known as The Quest of the Absolute and is
referred to by that title when mentioned in other addendums.

     Casa-Real, Duc de
       The Quest of the Absolute
       A Marriage Settlement

     Chiffreville, Monsieur and Madame
       Cesar Birotteau
       The Quest of the Absolute






End of the Project Gutenberg EBook of The Alkahest, by Honore de Balzac

*** END OF THIS PROJECT GUTENBERG EBOOK THE ALKAHEST ***
"""


def test_character_addendum_notes_above_and_under_the_opener():
    """Clause character_addendum_notes (review): a note between the heading and the opener
    (7 mirror books: Ferragus, The Thirteen, ...) and a prose note under the opener (8
    books: The Alkahest, Sons of the Soil, ...) still let the list be cut."""
    out, edits = strip_boilerplate(FERRAGUS)
    assert out == "her!--Go on, postilion.\u201d\n"
    listed = FERRAGUS.rindex("Cesar Birotteau") + len("Cesar Birotteau")
    assert removed_by_rule(edits)["book_index"] >= listed - FERRAGUS.index("ADDENDUM")
    out, _ = strip_boilerplate(ALKAHEST)
    assert out.endswith("the fleshless fingers of Death.\n")
    assert "ADDENDUM" not in out and "Casa-Real" not in out


def test_character_addendum_needs_the_end_marker():
    """Clause character_addendum_notes (review): with no Gutenberg end marker the text is
    not read (the guard the module names); --keep-boilerplate keeps the addendum."""
    bare = DAUGHTER_OF_EVE[: DAUGHTER_OF_EVE.index("End of the Project")]
    out, edits = strip_boilerplate(bare)
    assert "book_index" not in removed_by_rule(edits)
    assert "Blondet, Emile" in out
    out, edits = strip_boilerplate(DAUGHTER_OF_EVE, BoilerplateConfig(enabled=False))
    assert out == DAUGHTER_OF_EVE and not edits
