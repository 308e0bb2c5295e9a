"""Clause year_lines' guards on longer real excerpts (session 35, transforms.year_lines):
one slip in a long run, one year repeated, dates one blank line under a poem (split
from test_year_lines35.py, same tests)."""

from transforms.sections import find_sections


def _titles(text):
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


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
