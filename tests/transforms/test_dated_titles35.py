"""Clause dated_title (session 35 review, transforms.year_lines): when bare years date
the works under their capitals titles, those titles are the headings (split from
test_year_lines35.py, same tests)."""

from transforms.sections import find_sections


def _titles(text):
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


# Dickens's The Poems and Verses of Charles Dickens (ed. Kitton): each work's title in
# capitals, its subtitle, the year, then the editor's note (first sentences only).
DICKENS = """


SONGS, CHORUSES, AND CONCERTED PIECES FROM 'THE VILLAGE COQUETTES'

A COMIC OPERA

1836


THE VILLAGE COQUETTES

About the year 1834, when the earliest of the _Sketches by Boz_ were
appearing in print, a young composer named John Hullah set to music a
portion of an opera called _The Gondolier_, which he thought might prove
successful on the stage.




LYRIC FROM 'THE LAMPLIGHTER'

A FARCE

1838


THE LAMPLIGHTER

In 1838 Dickens agreed to prepare a little play for Macready, the famous
actor, then the manager of Drury Lane Theatre.




SONGS FROM 'THE PICKWICK PAPERS'

1837


I.--THE IVY GREEN

THE IVY GREEN

This famous ballad of three verses, from the sixth chapter of _Pickwick_,
is perhaps the most acceptable of all Dickens's poetical efforts.




A WORD IN SEASON FROM THE 'KEEPSAKE'

1844


A WORD IN SEASON

_The Keepsake_, one of the many fashionable annuals published during the
early years of Queen Victoria's reign, had for its editor in 1844 the
'gorgeous' Countess of Blessington, the reigning beauty who held court at
Gore House, Kensington, where many political, artistic, and literary
celebrities forgathered--Bulwer Lytton, Disraeli, Dickens, Ainsworth,
D'Orsay, and the rest.
"""


def test_dated_title_dickens_works_keep_their_titles():
    """dated_title: the years date the works (under their titles), so they are no
    headings; the works' capitals titles are (before, the year lines alone carried
    the works, "1836 THE VILLAGE COQUETTES"; with the years gone, nothing did)."""
    titles = [t for _, t in _titles(DICKENS)]
    assert not [t for t in titles if t[:1].isdigit()]
    for work in (
        "SONGS, CHORUSES, AND CONCERTED PIECES FROM 'THE VILLAGE COQUETTES'",
        "LYRIC FROM 'THE LAMPLIGHTER'",
        "SONGS FROM 'THE PICKWICK PAPERS'",
        "A WORD IN SEASON FROM THE 'KEEPSAKE'",
    ):
        assert any(t.startswith(work) for t in titles), (work, titles)


# Alcott's Life, Letters, and Journals (ed. Cheney): the title page's year, three of
# her father's leaflets inside chapter II, each with its year, and a letter's year.
ALCOTT = """

     LOUISA MAY ALCOTT
     HER
     Life, Letters, and Journals.

     EDITED BY
     EDNAH D. CHENEY

     BOSTON
     LITTLE, BROWN, AND COMPANY
     1898




CHAPTER II.

CHILDHOOD.

He taught them much by writing; and we have many specimens of their
lists of words to be spelled, written, and understood. The lessons at
Scituate were often in the garden, and their father always drew their
attention to Nature and her beautiful forms and meanings. Little
symbolical pictures helped to illustrate his lessons, and he sometimes
made drawings himself. Here is an example of lessons. A quaint little
picture represents one child playing on a harp, another drawing an
arrow. It is inscribed--

     FOR LOUISA.

     1840.

     Two passions strong divide our life,--
     Meek, gentle love, or boisterous strife.

Below the child playing the harp is--

     Love, Music,
       Concord.

Below the shooter is--

     Anger, Arrow,
       Discord.

Another leaflet is--

     FOR LOUISA

     1840.

       Louisa loves--
         What?
     (_Softly._)
         Fun.
       Have some then,
            Father
                says.

     Christmas Eve, December, 1840.
     Concordia.

       *       *       *       *       *

     FOR ANNA.

     1840.

     Beauty or Duty,--
           which
       loves Anna best?
             A
         Question
         from her
         Father.

     Christmas Eve,
     December, 1840.




CHAPTER XI.

LAST YEARS.

     From yours affectionately,
     L. M. ALCOTT.


_To Mr. Niles_.

     1886.

   DEAR MR. NILES,--Sorry you don't like the bas-relief [of
   herself]; I do. A portrait, if bright and comely, wouldn't be me,
   and if like me would disappoint the children; so we had better
   let them imagine "Aunt Jo young and beautiful, with her hair in
"""


def test_dated_title_guard_alcott_one_year_leaflets():
    """Guard: three leaflets of one year inside a chapter ("FOR LOUISA." / "1840.")
    are no works: their titles stay no headings (the years hold one year, not three)."""
    titles = [t for _, t in _titles(ALCOTT)]
    assert not [t for t in titles if t.startswith("FOR ")], titles
    assert [t for t in titles if t.startswith("CHAPTER")] == [
        "CHAPTER II. CHILDHOOD.", "CHAPTER XI. LAST YEARS."
    ]  # fmt: skip
