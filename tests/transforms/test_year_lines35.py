"""Clause year_lines (transforms.year_lines, session 35): bare year lines head a
diary's years, gaps and all, and are no headings where they date pieces."""

from transforms.sections import find_sections

# Chekhov, Note-Book of Anton Chekhov (tr. Koteliansky and Woolf), the diary; abridged.
CHEKHOV = """ANTON CHEKHOV'S DIARY.

1896


My neighbor V.N.S. told me that his uncle Fet-Shenshin, the famous poet, when driving through the Mokhovaya, would invariably let down the carriage window and spit at the University.

In January I was in Petersburg and stayed with Souvorin. I often saw Potapenko. Met Korolenko.


1897.

Lent. On the 22nd March I went to Moscow. On the 25th I began to spit blood.

October 9. I saw B.'s mother playing roulette. Unpleasant sight.


1898.

April 16. In Paris. Acquaintance with M.M. Antokolsky and negotiations for a statue of Peter the Great.

May 5. Returned home.


1901.

On the twelfth of September I was at L. Tolstoi's, and we talked of the new book till late.

December 7. Talked to L. Tolstoi over the telephone.


1903.

January 8. "Istorichesky Vestnik," November 1902, "The Artistic Life of Moscow in the Seventies."
"""

# Hardy, Wessex Poems and Other Verses (1919 printing): each poem dated on a line
# under it; stanzas abridged, poems between left out.
HARDY = """HAP


   If but some vengeful god would call to me
   From up the sky, and laugh: "Thou suffering thing,
   Know that thy sorrow is my ecstasy,
   That thy love's loss is my hate's profiting!"

   These purblind Doomsters had as readily strown
   Blisses about my pilgrimage as pain.

1866.




"IN VISION I ROAMED"
TO -


   In vision I roamed the flashing Firmament,
   So fierce in blazon that the Night waxed wan,
   Less than a Want to me, as day by day
   I lived unware, uncaring all that lay
   Locked in that Universe taciturn and drear.

1866.


NEUTRAL TONES


   We stood by a pond that winter day,
   And the sun was white, as though chidden of God,
   And a few leaves lay on the starving sod,
      --They had fallen from an ash, and were gray.

1867.


HER INITIALS


   Upon a poet's page I wrote
   Of old two letters of her name;
   But from the letters of her name
   The radiance has died away!

1869.




HER DILEMMA
(IN - CHURCH)


   The two were silent in a sunless church,
   Whose mildewed walls, uneven paving-stones,
   A world conditioned thus, or care for breath
   Where Nature such dilemmas could devise.

1866.


REVULSION


   Though I waste watches framing words to fetter
   Some spirit to mine own in clasp and kiss,
   So may I live no junctive law fulfilling,
   And my heart's table bear no woman's name.

1866.
"""

# Kipling, The Years Between: a year under each poem's title; abridged.
KIPLING = """THE ROWERS


1902


The banked oars fell an hundred strong,
And backed and threshed and ceased,
And chid the staggering beast.


ULSTER


1912


The dark eleventh hour
Draws on and sees us sold
To every evil power
We fought against of old.


THE COVENANT


1914


We thought we ranked above the chance of ill.
Others might fall, not we, for we were wise.


FRANCE


1913


Broke to every known mischance, lifted over all
By the light sane joy of life, the buckler of the Gaul;
Furious in luxury, merciless in toil.


THE SONG OF THE LATHES


1918


Being the words of the tune hummed at her lathe by Mrs. L. Embsay.
The fans and the beltings they roar round me.
"""


def _titles(text):
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_year_lines_chekhov_diary_years_with_gaps():
    """year_lines: 1901. and 1903. (1899 and 1900 have no entry) head their years
    like 1896 .. 1898. (rule numbering confirmed only the run 1896-1898)."""
    titles = [t.split()[0] for _, t in _titles(CHEKHOV)]
    assert [t for t in titles if t[:2] == "18" or t[:2] == "19"] == [
        "1896", "1897.", "1898.", "1901.", "1903."
    ]  # fmt: skip


def test_year_lines_hardy_dates_under_poems_are_no_headings():
    """year_lines: dates that go back (1869. then 1866.) close poems; none is a
    heading (rule numbering took 1866. .. 1867. as a series of sections)."""
    titles = [t for _, t in _titles(HARDY)]
    assert not [t for t in titles if t[:1].isdigit()]


def test_year_lines_kipling_years_under_titles_are_no_headings():
    """year_lines: a year under each poem's title dates the poem (1912, 1913, 1914
    counted as a series before)."""
    titles = [t for _, t in _titles(KIPLING)]
    assert not [t for t in titles if t[:1].isdigit()]


def test_year_lines_guard_numbering_past_999():
    """Guard: numbered aphorisms that count from 998 to 1002 (Nietzsche's The Will
    to Power) stay headings, every one."""
    body = "".join(
        f"\n\n{n}.\n\nThe will to power is the ultimate fact to which we come down, aphorism {n}.\n"
        for n in (996, 997, 998, 999, 1000, 1001, 1003, 1004)
    )
    titles = [t for _, t in _titles(body)]
    assert titles == ["996.", "997.", "998.", "999.", "1000.", "1001.", "1003.", "1004."]


def test_year_lines_guard_three_years_left_as_before():
    """Guard: three year lines are too few to judge: a run of two (1897., 1898.)
    stays confirmed by rule numbering, the gap year (1901.) is not added."""
    text = CHEKHOV.replace("1896\n", "").replace("\n1903.\n", "\n")
    titles = [t.split()[0] for _, t in _titles(text)]
    assert [t for t in titles if t[:2] in ("18", "19")] == ["1897.", "1898."]


# Darwin, The Life and Letters of Charles Darwin, vol. 2: chapters numbered "2.I.",
# "2.II." (read as chapter 2 each time) with the years under them; abridged.
DARWIN = """CHAPTER 2.I. -- THE PUBLICATION OF THE 'ORIGIN OF SPECIES.'

OCTOBER 3, 1859, TO DECEMBER 31, 1859.


1859.

[The following letters deal with the reception of the 'Origin' by the naturalists to whom presentation copies had been sent, and with its reviews.]

My dear Hooker, I have just finished your Essay, and a grand one it is.


CHAPTER 2.II. -- THE 'ORIGIN OF SPECIES' (continued).

1860.

[I extract a few entries from my father's Diary:-- "January 7th. The second edition, 3000 copies, of 'Origin' was published."]

My dear Lyell, I thank you much for your long letter of the 20th.


CHAPTER 2.III. -- SPREAD OF EVOLUTION.

1861-1862.

[The beginning of the year 1861 saw my father with the third chapter of 'The Variation of Animals and Plants' still on his hands.]

Yours most cordially, C. DARWIN.


1862.

[Owing to the illness from scarlet fever of one of his boys, he took a house at Bournemouth in the autumn.]

My dear Gray, I have written a deal of nonsense.


CHAPTER 2.IV. -- THE SPREAD OF EVOLUTION.

'VARIATION OF ANIMALS AND PLANTS'

1863-1866.

[His book on animals and plants under domestication was my father's chief employment in the year 1863.]

Yours very sincerely, CH. DARWIN.


1864.

[In my father's diary for 1864 is the entry, "Ill all January, February, March."]

My dear Hooker, I have been very ill.


1865.

[This was again a time of much ill-health, but towards the close of the year he began to recover.]

Believe me, yours sincerely, C. DARWIN.
"""


def test_year_not_counted_darwin_chapters_stay_over_their_years():
    """year_not_counted: "CHAPTER 2.III." (chapter 2 again) followed by the year
    "1862." is no running head that "goes on": it stays, over its years."""
    titles = [t.split(" --")[0] for _, t in _titles(DARWIN)]
    chapters = [t for t in titles if t.startswith("CHAPTER")]
    assert chapters == ["CHAPTER 2.I.", "CHAPTER 2.II.", "CHAPTER 2.III.", "CHAPTER 2.IV."]
    assert [t for t in titles if t[:2] == "18"] == ["1859.", "1860.", "1862.", "1864.", "1865."]
