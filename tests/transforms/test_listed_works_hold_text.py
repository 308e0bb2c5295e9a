"""Clause listed_work_chapters_hold_text (transforms.listed_works, session 44 review):
a title set over several lines in capitals ("ANOTHER MAN'S WIFE" / "OR" / "THE HUSBAND
UNDER THE BED" / "AN EXTRAORDINARY ADVENTURE") is no story with two chapters. Without
the clause the two lines under the listed title became its "chapters", every story of
the volume went one level down with them and the numbered chapters to level 3. Real text:
Dostoyevsky, Short Stories (Project Gutenberg #40745), as clean_text leaves it, each
section cut to its first paragraph."""

from transforms.sections import find_sections

_DOSTOYEVSKY = """

CONTENTS

                                                 PAGE

AN HONEST THIEF                                    1

A NOVEL IN NINE LETTERS                           21

AN UNPLEASANT PREDICAMENT                         36

ANOTHER MAN'S WIFE                               101

THE HEAVENLY CHRISTMAS TREE                      151

THE PEASANT MAREY                                156

THE CROCODILE                                    163

BOBOK                                            205

THE DREAM OF A RIDICULOUS MAN                    225





AN HONEST THIEF

One morning, just as I was about to set off to my office, Agrafena, my cook, washerwoman and housekeeper, came in to me and, to my surprise, entered into conversation.


A NOVEL IN NINE LETTERS



I

(FROM PYOTR IVANITCH TO IVAN PETROVITCH)


II

(FROM IVAN PETROVITCH TO PYOTR IVANITCH)


III

(FROM PYOTR IVANITCH TO IVAN PETROVITCH)


AN UNPLEASANT PREDICAMENT

This unpleasant business occurred at the epoch when the regeneration of our beloved fatherland and the struggle of her valiant sons towards new hopes and destinies was beginning with irresistible force and with a touchingly naïve impetuosity. One winter evening in that period, between eleven and twelve o'clock, three highly respectable gentlemen were sitting in a comfortable and even luxuriously furnished room in a handsome house of two storeys on the Petersburg Side, and were engaged in a staid and edifying conversation on a very interesting subject. These three gentlemen were all of generals' rank. They were sitting round a little table, each in a soft and handsome arm-chair, and as they talked, they quietly and luxuriously sipped champagne. The bottle stood on the table on a silver stand with ice round it. The fact was that the host, a privy councillor called Stepan Nikiforovitch Nikiforov, an old bachelor of sixty-five, was celebrating his removal into a house he had just bought, and as it happened, also his birthday, which he had never kept before. The festivity, however, was not on a very grand scale; as we have seen already, there were only two guests, both of them former colleagues and former subordinates of Mr. Nikiforov; that is, an actual civil councillor called Semyon Ivanovitch Shipulenko, and another actual civil councillor, Ivan Ilyitch Pralinsky. They had arrived to tea at nine o'clock, then had begun upon the wine, and knew that at exactly half-past eleven they would have to set off home. Their host had all his life been fond of regularity. A few words about him.


ANOTHER MAN'S WIFE



OR



THE HUSBAND UNDER THE BED



AN EXTRAORDINARY ADVENTURE



I

"Be so kind, sir ... allow me to ask you...."


II

The following evening there was a performance of some sort at the Italian opera. Ivan Andreyitch burst into the theatre like a bomb. Such furore, such a passion for music had never been observed in him before. It was known for a positive fact, anyway, that Ivan Andreyitch used to be exceeding fond of a nap for an hour or two at the Italian opera; he even declared on several occasions how sweet and pleasant it was. "Why, the prima donna," he used to say to his friends, "mews a lullaby to you like a little white kitten." But it was a long time ago, last season, that he used to say this; now, alas! even at home Ivan Andreyitch did not sleep at nights. Nevertheless he burst into the crowded opera-house like a bomb. Even the conductor started suspiciously at the sight of him, and glanced out of the corner of his eye at his side-pocket in the full expectation of seeing the hilt of a dagger hidden there in readiness. It must be observed that there were at that time two parties, each supporting the superior claims of its favourite prima donna. They were called the ----sists and the ----nists. Both parties were so devoted to music, that the conductors actually began to be apprehensive of some startling manifestation of the passion for the good and the beautiful embodied in the two prima donnas. This was how it was that, looking at this youthful dash into the parterre of a grey-haired senior (though, indeed, he was not actually grey-haired, but a man about fifty, rather bald, and altogether of respectable appearance), the conductor could not help recalling the lofty judgment of Hamlet Prince of Denmark upon the evil example set by age to youth, and, as we have mentioned above, looking out of the corner of his eye at the gentleman's side-pocket in the expectation of seeing a dagger. But there was a pocket-book and nothing else there.


THE HEAVENLY CHRISTMAS TREE

I am a novelist, and I suppose I have made up this story. I write "I suppose," though I know for a fact that I have made it up, but yet I keep fancying that it must have happened somewhere at some time, that it must have happened on Christmas Eve in some great town in a time of terrible frost.


THE PEASANT MAREY

It was the second day in Easter week. The air was warm, the sky was blue, the sun was high, warm, bright, but my soul was very gloomy. I sauntered behind the prison barracks. I stared at the palings of the stout prison fence, counting the movers; but I had no inclination to count them, though it was my habit to do so. This was the second day of the "holidays" in the prison; the convicts were not taken out to work, there were numbers of men drunk, loud abuse and quarrelling was springing up continually in every corner. There were hideous, disgusting songs and card-parties installed beside the platform-beds. Several of the convicts who had been sentenced by their comrades, for special violence, to be beaten till they were half dead, were lying on the platform-bed, covered with sheepskins till they should recover and come to themselves again; knives had already been drawn several times. For these two days of holiday all this had been torturing me till it made me ill. And indeed I could never endure without repulsion the noise and disorder of drunken people, and especially in this place. On these days even the prison officials did not look into the prison, made no searches, did not look for vodka, understanding that they must allow even these outcasts to enjoy themselves once a year, and that things would be even worse if they did not. At last a sudden fury flamed up in my heart. A political prisoner called M. met me; he looked at me gloomily, his eyes flashed and his lips quivered. "Je haïs ces brigands!" he hissed to me through his teeth, and walked on. I returned to the prison ward, though only a quarter of an hour before I had rushed out of it, as though I were crazy, when six stalwart fellows had all together flung themselves upon the drunken Tatar Gazin to suppress him and had begun beating him; they beat him stupidly, a camel might have been killed by such blows, but they knew that this Hercules was not easy to kill, and so they beat him without uneasiness. Now on returning I noticed on the bed in the furthest corner of the room Gazin lying unconscious, almost without sign of life. He lay covered with a sheepskin, and every one walked round him, without speaking; though they confidently hoped that he would come to himself next morning, yet if luck was against him, maybe from a beating like that, the man would die. I made my way to my own place opposite the window with the iron grating, and lay on my back with my hands behind my head and my eyes shut. I liked to lie like that; a sleeping man is not molested, and meanwhile one can dream and think. But I could not dream, my heart was beating uneasily, and M.'s words, "Je haïs ces brigands!" were echoing in my ears. But why describe my impressions; I sometimes dream even now of those times at night, and I have no dreams more agonising. Perhaps it will be noticed that even to this day I have scarcely once spoken in print of my life in prison. The House of the Dead I wrote fifteen years ago in the character of an imaginary person, a criminal who had killed his wife. I may add by the way that since then, very many persons have supposed, and even now maintain, that I was sent to penal servitude for the murder of my wife.
"""


def _levels(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def test_a_title_over_several_lines_is_no_chapter_run():
    levels = _levels(_DOSTOYEVSKY)
    assert (1, "ANOTHER MAN'S WIFE") in levels
    assert (1, "THE HUSBAND UNDER THE BED") in levels
    assert (1, "AN EXTRAORDINARY ADVENTURE") in levels
    assert (1, "AN HONEST THIEF") in levels
    assert (1, "THE PEASANT MAREY") in levels
    assert max(level for level, _ in levels) == 2
    assert [t for level, t in levels if level == 2] == ["I", "II", "III", "I", "II"]
