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


# Maude, The Life of Tolstoy: First Fifty Years: a year over each stretch of the life,
# in order but for one slip ("1862" then "1861"); the first sentence under each.
MAUDE = """1851

In March 1851 he returned to Moscow after visiting Yásnaya, and he notes in his Diary that he went there with the treble aim of playing cards, getting married, and entering the Civil Service.


1851

THE brothers Nicholas and Leo left Yásnaya Polyána on 20th April 1851, and spent a couple of weeks in Moscow.


1852

A little later, on 6th January 1852, we find him again in Tiflis, writing to Aunt Tatiána.


1852

On 2nd July he completed Childhood, and a few days later despatched the manuscript, signed only with the initials L.


1853

In January, the battery in which Leo Tolstoy served went on active service against Shámyl.


1854

Not till January 1854 did the long-expected order arrive allowing him to pass the examination (a pure formality at that time) entitling him to become an officer.


1854

Hostilities between Russia and Turkey had begun in October 1853, but France and England did not break off negotiations with the former power till the end of March 1854, the very month in which Tolstoy reached Bucharest on his way through Wallachia to join the army.


1854

The situation there, at this time, was the following.


1855

On 6th January (o.s.) he wrote to his Aunt:


1855

It was Sevastopol that first brought European fame to Tolstoy.


1855

His first acquaintance with Tolstoy was however hardly auspicious.


1856

Early in 1856 Tolstoy's third brother, Demetrius, died in Orél.


1857

In January 1857 appeared Youth, the continuation of Childhood and Boyhood.


1857

SINCE he took part in the Turkish war in 1854, Tolstoy has only twice been out of Russia.


1858

In January 1858 Tolstoy's aunt, who had been a friend of his boyhood, the Countess Alexandra A.


1859

The first months of 1859 he spent in Moscow, and here on the occasion of joining the Moscow Society of Lovers of Russian Literature, on 4th February, he for the first time made a public speech:


1860

At this time Tolstoy worked at his story The Cossacks, the plan of which he had sketched out in 1852, but which he did not complete till 1862.


1861

In January he reached Paris, where he spent a large part of his time in omnibuses, amusing himself by observing the people.


1861

Soon after reaching Yásnaya he wrote (in the third week of May) to congratulate Fet on having become a landed proprietor:


1862

Even then the matter was not at an end, for on 7th January [new style?] Tourgénef writes to Fet:


1861

Tolstoy's curious tendency to underrate the influence of the Liberal reformers of that time, may be illustrated by an incident that occurred at a dinner in Toúla.


1862

Tired of and dissatisfied with his work, and thinking he detected in himself signs of the malady that had carried off two of his brothers, he set off in May 1862 (accompanied by his servant Alexis and two of his pupils) to undergo a koumýs (soured and fermented mares' milk) cure in the Samára steppes east of the Vólga.


1863

They were however soon back at Yásnaya.


1864

His attention, as we have already seen, was however not wholly absorbed by literature, but was divided between that and the management of his property.


1865

On 23rd January 1865, when Tolstoy had got over his accident, he wrote Fet another of those jocular letters which sometimes contain more of the real truth than will bear saying seriously:


1866

On Twelfth Night a grand masquerade was held at Yásnaya, and the festivities were kept up till past two in the morning, and were followed by a troika drive next day.


1867

During the summer of 1867 Tolstoy, despite the dislike and distrust of doctors--which he shares with Rousseau, and which he has again and again expressed in his works--was induced by the state of his health and by his wife's persuasion, to consult the most famous Moscow doctor of the time, Professor Zahárin, on whose advice he drank mineral water during several weeks.
"""


def test_year_lines_guard_maude_one_slip_in_a_long_run():
    """year_lines guard: one year out of order among 27 ("1862" then "1861") is a
    slip, not dates: the year lines stay headings as rule numbering had them (with
    any go-back counted as dates, none did). (A year repeated right after itself is
    dropped by the running-head rule, 1863 and 1864 are lost as before: not this
    clause.)"""
    titles = [t.split()[0] for _, t in _titles(MAUDE)]
    assert titles == [
        "1851", "1852", "1853", "1854", "1854", "1855", "1855", "1856", "1857", "1858",
        "1859", "1860", "1861", "1862", "1861", "1862", "1865", "1866", "1867",
    ]  # fmt: skip


# The Book of the Homeless (ed. Wharton, 1916): "1915" under four pieces; abridged.
HOMELESS = """     This is the scarlet doom
     By the wild sea-winds hurled
     Over a land of gloom,
     Over a grave-strewn world.
                ÉMILE VERHAEREN




1915


    Though desolation stain their foiled advance,
      In ashen ruins hearth-stones linger whole:
    Do what they may, they cannot master France;
      Do what they can, they cannot quell the soul.
                BARRETT WENDELL


Nous nous tûmes quand le Général eut ainsi parlé et il n'était pas le
seul à avoir des larmes dans les yeux. Une prière d'amour se formait
dans nos cœurs pour la France.

MAURICE BARRÈS
_de l'Académie Française_

1915




THE BROTHERS

[TRANSLATION]


No one spoke when the General ended. And he was not the only one to have
wet eyes. In each of our hearts there was a prayer for France.

MAURICE BARRÈS
_de l'Académie Française_

1915




UNE PROMESSE


Et ces foyers; nous, les femmes de France, d'Angleterre, de Russie et
d'Italie, nous les ensoleillerons.

SARAH BERNHARDT

1915




A PROMISE

[TRANSLATION]


Children of Flanders, dry your tears!
"""


def test_year_lines_guard_homeless_one_year_repeated():
    """year_lines guard: the same year under four pieces never goes back, but one
    year is no run of years: none is a heading."""
    titles = [t for _, t in _titles(HOMELESS)]
    assert not [t for t in titles if t[:2] == "19"]


# Hardy, Poems of the Past and the Present (1919 printing): the imprint's year, then
# three poems dated on a line one blank line under their last; stanzas abridged.
HARDY_PAST = """                        MACMILLAN AND CO., LIMITED
                       ST. MARTIN'S STREET, LONDON
                                   1919



HER REPROACH


   Con the dead page as 'twere live love: press on!
   Cold wisdom's words will ease thy track for thee;
   And over which the kindliest will but stay
   A moment, musing, "He, too, had his day!"

WESTBOURNE PARK VILLAS,
         1867.



THE INCONSISTENT


   I say, "She was as good as fair,"
      When standing by her mound;

THE LEVELLED CHURCHYARD


   "O Passenger, pray list and catch
      Our sighs and piteous groans,
   From zealous Churchmen's pick and plane
      Deliver us O Lord!  Amen!"

1882.



THE RUINED MAID


   "O 'Melia, my dear, this does everything crown!
   Who could have supposed I should meet you in Town?

   Then might the Voice that is law have said "Cease!" and the ending
   have come.

1896.



THE CHURCH-BUILDER
"""


def test_year_lines_guard_hardy_dates_one_blank_under_the_poem():
    """year_lines guard: years that only go up (1867., 1882., 1896.) but follow
    their poem's last line after one blank line date the poems: not added."""
    titles = [t for _, t in _titles(HARDY_PAST)]
    assert not [t for t in titles if t[:2] in ("18", "19")]


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
