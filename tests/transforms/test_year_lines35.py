"""Clause year_lines (transforms.year_lines, session 35): bare year lines head a
diary's years, gaps and all, and are no headings where they date pieces."""

from transforms.sections import find_sections

# Chekhov, Note-Book of Anton Chekhov (tr. Koteliansky and Woolf), the diary; abridged.
CHEKHOV = """ANTON CHEKHOV'S DIARY.

1896


My neighbor V.N.S. told me that his uncle Fet-Shenshin, the famous poet, when driving through the Mokhovaia Street, would invariably let down the window of his carriage and spit at the University.

In January I was in Petersburg and stayed with Souvorin. I often saw Potapenko. Met Korolenko.


1897.

From January 10 to February 3 busy with the census.

February 13. Dinner at Mme. Morosov's. Tchouprov, Sololevsky, Blaramberg, Sablin and myself were present.

October 9. I saw B.'s mother playing roulette. Unpleasant sight.


1898.

April 16. In Paris. Acquaintance with M.M. Antokolsky [sculptor] and negotiations for a statue of Peter the Great.

May 5. Returned home.


1901.

September 12. I was at L. Tolstoi's.

December 7. Talked to L. Tolstoi over the telephone.


1903.

January 8. "Istorichesky Vestnik," November 1902, "The Artistic Life of Moscow in the Seventies," by I.N. Zakharin.
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

# Kipling, The Years Between: a year under each poem's title; stanzas abridged.
KIPLING = """THE ROWERS

1902

(When Germany proposed that England should help her in a naval
demonstration to collect debts from Venezuela.)


    The banked oars fell an hundred strong,
      And backed and threshed and ground,
    But bitter was the rowers' song
      As they brought the war-boat round.


ULSTER

1912

('Their webs shall not become garments, neither shall they cover
themselves with their works; their works are works of iniquity,
and the act of violence is in their hands.'--Isaiah lix 6)


THE COVENANT

1914


    We thought we ranked above the chance of ill.
      Others might fall, not we, for we were wise--
    Merchants in freedom. So, of our free-will


FRANCE

1913


    Broke to every known mischance, lifted over all
    By the light sane joy of life, the buckler of the Gaul;
    Furious in luxury, merciless in toil,


THE IRISH GUARDS

1918


    We're not so old in the Army List,
      But we're not so young at our trade,
    For we had the honour at Fontenoy
      Of meeting the Guards' Brigade.
"""


def _titles(text):
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_year_lines_chekhov_diary_years_with_gaps():
    """year_lines: 1901. and 1903. (1899 and 1900 have no entry) head their years
    like 1896 .. 1898. (rule numbering confirmed only the run 1896-1898)."""
    titles = [t for _, t in _titles(CHEKHOV)]
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

[Under the date of October 1st, 1859, in my father's Diary occurs the entry: "Finished proofs (thirteen months and ten days) of Abstract on 'Origin of Species'."



CHAPTER 2.II. -- THE 'ORIGIN OF SPECIES' (continued).

1860.

[I extract a few entries from my father's Diary:--

"January 7th. The second edition, 3000 copies, of 'Origin' was published."



CHAPTER 2.III. -- SPREAD OF EVOLUTION.

1861-1862.

[The beginning of the year 1861 saw my father with the third chapter of 'The Variation of Animals and Plants' still on his hands.

Yours most cordially, C. DARWIN.


1862.

[Owing to the illness from scarlet fever of one of his boys, he took a house at Bournemouth in the autumn.

My dear Gray, I have written a deal of nonsense.


CHAPTER 2.IV. -- THE SPREAD OF EVOLUTION.

'VARIATION OF ANIMALS AND PLANTS'

1863-1866.

[His book on animals and plants under domestication was my father's chief employment in the year 1863.

Yours very sincerely, CH. DARWIN.


1864.

[In my father's diary for 1864 is the entry, "Ill all January, February, March." About the middle of April (seven months after the beginning of the illness in the previous autumn) his health took a turn for the better.



1865.

[This was again a time of much ill-health, but towards the close of the year he began to recover under the care of the late Dr.
"""


def test_year_not_counted_darwin_chapters_stay_over_their_years():
    """year_not_counted: "CHAPTER 2.III." (chapter 2 again) followed by the year
    "1862." is no running head that "goes on": it stays, over its years."""
    titles = [t.split(" --")[0] for _, t in _titles(DARWIN)]
    chapters = [t for t in titles if t.startswith("CHAPTER")]
    assert chapters == ["CHAPTER 2.I.", "CHAPTER 2.II.", "CHAPTER 2.III.", "CHAPTER 2.IV."]
    assert [t for t in titles if t[:2] == "18"] == ["1859.", "1860.", "1862.", "1864.", "1865."]


def test_year_entry_date_chekhov_entry_is_no_title():
    """year_entry_date: the entry under "1901.", "September 12. I was at L.
    Tolstoi's.", is no title of the year (it was: "1901. September 12. ...")."""
    text = CHEKHOV.replace("\n1903.\n", "\n")
    assert [t for _, t in _titles(text) if t[:2] in ("18", "19")][-1] == "1901."


def test_year_entry_date_guard_title_line_kept():
    """Guard: a year's title line that is no date stays its title (Dickens's Letters,
    "1867." over "NARRATIVE.")."""
    from transforms import contents as ct
    from transforms import headings as hd
    from transforms.section_titles import title_line

    text = "1867.\n\nNARRATIVE.\n\nThe readings in America began in December.\n"
    lines = ct.scan_lines(text)
    c = hd.line_candidates(lines.texts[0], lines.starts[0], 0, lines.ends[0])[0]
    assert title_line(lines, c, set()) == 2
    text = "1901.\n\nSeptember 12. I was at L. Tolstoi's.\n\nMore text follows here.\n"
    lines = ct.scan_lines(text)
    c = hd.line_candidates(lines.texts[0], lines.starts[0], 0, lines.ends[0])[0]
    assert title_line(lines, c, set()) is None


def test_year_lines_guard_numbering_past_999_with_a_slip():
    """Guard (reaches 999): numbered aphorisms past 999 with one misprinted number
    that goes back ("1001." printed for 1003, as numbered sections are misprinted)
    are numbering, not dates of pieces: the sections past 1000 stay headings (without
    the guard the go-back read them as pieces' dates and dropped every one)."""
    body = "".join(
        f"\n\n{n}.\n\nThe will to power is the ultimate fact to which we come down, aphorism {n}.\n"
        for n in (997, 998, 999, 1000, 1001, 1002, 1001, 1004, 1005, 1006)
    )
    titles = [t for _, t in _titles(body)]
    assert {"999.", "1000.", "1002.", "1004.", "1005.", "1006."} <= set(titles)
