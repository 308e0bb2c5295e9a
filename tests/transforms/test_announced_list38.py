"""Clause announced_list (transforms.contents, session 38): a list right under a paragraph
of prose that ends with a colon is a piece's own list in running text, not the book's
contents, so the body does not start after it. Balzac's The Physiology of Marriage, part 3
(GitHub rcdm-uga/Gutenberg_Text) divides Meditation XXV "into six paragraphs:" and lists
them; that list was read as the book's contents, every heading above it had to open text
as a title page's lines do, and "MEDITATION XXIII." / "XXIV." / "XXV." (each over its title
line) were lost: 5 of the part's 8 meditations were found. Real text, each meditation cut
to its first lines, centring kept."""

from transforms import contents as ct
from transforms.sections import find_sections

_PHYSIOLOGY_3 = """                      THE PHYSIOLOGY OF MARRIAGE

                              THIRD PART

                                  BY

                           HONORE DE BALZAC



                        RELATING TO CIVIL WAR.

                "Lovely as the seraphs of Klopstock,
                 Terrible as the devils of Milton."
                                               --DIDEROT.



                          MEDITATION XXIII.

                           OF MANIFESTOES.

The Preliminary precepts, by which science has been enabled at this
point to put weapons into the hand of a husband, are few in number; it
is not of so much importance to know whether he will be vanquished, as
to examine whether he can offer any resistance in the conflict.



                           MEDITATION XXIV.

                       PRINCIPLES OF STRATEGY.

The Archduke Charles published a very fine treatise on military under
the title _Principles of Strategy in Relation to the Campaigns of
1796_. These principles seem somewhat to resemble poetic canons
prepared for poems already published. In these days we are become very
much more energetic, we invent rules to suit works and works to suit
rules.



                           MEDITATION XXV.

                              OF ALLIES.

Of all the miseries that civil war can bring upon a country the
greatest lies in the appeal which one of the contestants always ends
by making to some foreign government.

Two beings united by marriage are subject to the laws of religion and
society; to those of private life, and, from considerations of health,
to those of medicine. We will therefore divide this important
Meditation into six paragraphs:


  1. OF RELIGIONS AND OF CONFESSION; CONSIDERED IN THEIR CONNECTION
     WITH MARRIAGE.
  2. OF THE MOTHER-IN-LAW.
  3. OF BOARDING SCHOOL FRIENDS AND INTIMATE FRIENDS.
  4. OF THE LOVER'S ALLIES.
  5. OF THE MAID.
  6. OF THE DOCTOR.


        1. OF RELIGIONS AND OF CONFESSION; CONSIDERED IN THEIR
                      CONNECTION WITH MARRIAGE.

La Bruyere has very wittily said, "It is too much for a husband to
have ranged against him both devotion and gallantry; a woman ought to
choose but one of them for her ally."

The author thinks that La Bruyere is mistaken.


                       2. OF THE MOTHER-IN-LAW.

Up to the age of thirty the face of a woman is a book written in a
foreign tongue, which one may still translate in spite of all the
_feminisms_ of the idiom; but on passing her fortieth year a woman
becomes an insoluble riddle; and if any one can see through an old
woman, it is another old woman.

Some diplomats have attempted on more than one occasion the diabolical
task of gaining over the dowagers who opposed their machinations; but
if they have ever succeeded it was only after making enormous
concessions to them; for diplomats are practiced people and we do not
think that you can employ their recipe in dealing with your
mother-in-law. She will be the first aid-de-camp of her daughter, for
if the mother did not take her daughter's side, it would be one of
those monstrous and unnatural exceptions, which unhappily for husbands
are extremely rare.


         3. OF BOARDING SCHOOL FRIENDS AND INTIMATE FRIENDS.

Louise de L-----, daughter of an officer killed at Wagram, had been
the object of Napoleon's special protection. She left Ecouen to marry
a commissary general, the Baron de V-----, who is very rich.

Louise was eighteen and the baron forty. She was ordinary in face and
her complexion could not be called white, but she had a charming
figure, good eyes, a small foot, a pretty hand, good taste and
abundant intelligence. The baron, worn out by the fatigues of war and
still more by the excesses of a stormy youth, had one of those faces
upon which the Republic, the Directory, the Consulate and the Empire
seemed to have set their impress.

He became so deeply in love with his wife, that he asked and obtained
from the Emperor a post at Paris, in order that he might be enabled to
watch over his treasure. He was as jealous as Count Almaviva, still
more from vanity than from love. The young orphan had married her
husband from necessity, and, flattered by the ascendancy she wielded
over a man much older than herself, waited upon his wishes and his
needs; but her delicacy was offended from the first days of their
marriage by the habits and ideas of a man whose manners were tinged
with republican license. He was a predestined.


                      4. OF THE LOVER'S ALLIES.

The man who hastens to tell another man that he has dropped a thousand
franc bill from his pocket-book, or even that the handkerchief is
coming out of his pocket, would think it a mean thing to warn him that
some one was carrying off his wife. There is certainly something
extremely odd in this moral inconsistency, but after all it admits of
explanation. Since the law cannot exercise any interference with
matrimonial rights, the citizens have even less right to constitute
themselves a conjugal police; and when one restores a thousand franc
bill to him who has lost it, he acts under a certain kind of
obligation, founded on the principle which says, "Do unto others as ye
would they should do unto you!"


                           5. OF THE MAID.

The prettiest waiting-maid I have ever seen is that of Madame V----y,
a lady who to-day plays at Paris a brilliant part among the most
fashionable women, and passes for a wife who keeps on excellent terms
with her husband. Mademoiselle Celestine is a person whose points of
beauty are so numerous that, in order to describe her, it would be
necessary to translate the thirty verses which we are told form an
inscription in the seraglio of the Grand Turk and contain each of them
an excellent description of one of the thirty beauties of women.

"You show a great deal of vanity in keeping near you such an
accomplished creature," said a lady to the mistress of the house.


                          6. OF THE DOCTOR.

The doctor is one of the most potent auxiliaries of an honest woman,
when she wishes to acquire a friendly divorce from her husband. The
services that the doctor renders, most of the time without knowing it,
to a woman, are of such importance that there does not exist a single
house in France where the doctor is chosen by any one but the wife.



                           MEDITATION XXVI.

                        OF DIFFERENT WEAPONS.

A weapon is anything which is used for the purpose of wounding. From
this point of view, some sentiments prove to be the most cruel weapons
which man can employ against his fellow man.
"""


def _titles(text):
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def test_announced_list_physiology_of_marriage():
    """The three meditations above the announced list are sections (all lost before),
    the list's entries still name the divisions under Meditation XXV."""
    titles = _titles(_PHYSIOLOGY_3)
    meditations = [t for _, t in titles if t.startswith("MEDITATION")]
    assert meditations == [
        "MEDITATION XXIII. OF MANIFESTOES.",
        "MEDITATION XXIV. PRINCIPLES OF STRATEGY.",
        "MEDITATION XXV. OF ALLIES.",
        "MEDITATION XXVI. OF DIFFERENT WEAPONS.",
    ]
    assert (2, "2. OF THE MOTHER-IN-LAW.") in titles
    assert (2, "3. OF BOARDING SCHOOL FRIENDS AND INTIMATE FRIENDS.") in titles
    levels = {t: lv for lv, t in titles}
    assert levels["MEDITATION XXIII. OF MANIFESTOES."] == 1
    # The list's own lines are no sections.
    assert sum(t == "2. OF THE MOTHER-IN-LAW." for _, t in titles) == 1


_PETER_PAN = """PETER PAN

[PETER AND WENDY]

By J. M. Barrie [James Matthew Barrie]

A Millennium Fulcrum Edition (c)1991 by Duncan Research




Contents:

Chapter 1 PETER BREAKS THROUGH

Chapter 2 THE SHADOW

Chapter 3 COME AWAY, COME AWAY!
"""


def _calls(monkeypatch, text):
    """Every call of ``_announced_list`` while ``text`` is sectioned: (lines, a, cands,
    sums, result)."""
    calls = []
    real = ct._announced_list

    def spy(lines, a, cands, sums):
        calls.append((lines, a, cands, sums, real(lines, a, cands, sums)))
        return calls[-1][-1]

    monkeypatch.setattr(ct, "_announced_list", spy)
    find_sections(text)
    monkeypatch.undo()
    return calls


def _next_text(lines, a):
    return next(t for t in lines.texts[a:] if t)


def test_announced_list_guard_contents_line(monkeypatch):
    """A book's list under "Contents:" (Barrie's Peter Pan's opener: one word, no prose)
    is the book's contents; under the Physiology's wrapped paragraph ending "Meditation
    into six paragraphs:" a piece's own (the paragraph read over its lines: its last
    line alone has 4 words). The same list under a short line or one in title case in
    place of the paragraph (the meditations above it kept) is contents."""
    calls = _calls(monkeypatch, _PHYSIOLOGY_3)
    hit = [c for c in calls if _next_text(c[0], c[1]).startswith("1. OF RELIGIONS")]
    assert [c[-1] for c in hit] == [True]
    paragraph = _PHYSIOLOGY_3[
        _PHYSIOLOGY_3.index("Two beings united") : _PHYSIOLOGY_3.index("paragraphs:")
        + len("paragraphs:")
    ]
    # Too few words ("Contents:" is an opener, its own region) or no prose (the line in
    # title case, as a title page's lines) over the same list: the book's contents.
    for line in ("Its six paragraphs:", "The Six Paragraphs Of This Meditation Are:"):
        calls = _calls(monkeypatch, _PHYSIOLOGY_3.replace(paragraph, line))
        hit = [c for c in calls if _next_text(c[0], c[1]).startswith("1. OF RELIGIONS")]
        assert [c[-1] for c in hit] == [False], line
    # The title page's lines above a book's list stay no sections.
    titles = [t for _, t in _titles(_PETER_PAN + "\n\n\n\n" + _PETER_PAN_CHAPTER)]
    assert titles == ["Chapter 1 PETER BREAKS THROUGH"]


_PETER_PAN_CHAPTER = """Chapter 1 PETER BREAKS THROUGH

All children, except one, grow up. They soon know that they will grow
up, and the way Wendy knew was this. One day when she was two years old
she was playing in a garden, and she plucked another flower and ran with
it to her mother.
"""


def test_announced_list_in_piece_guard(monkeypatch):
    """Clause announced_list_in_piece (review): a prose-announced list counts as a piece's
    own only under a chapter-like heading that opens text above it. The Physiology's list
    sits under "MEDITATION XXV." (its text above): a piece's own. The same lines with only
    the part's title page above ("THIRD PART": a part, not a piece; the caps lines) are a
    book's front, as "The stories that are printed in this first volume are the
    following:" over the contents of Alcott's Lulu's Library, vol. 1 (the body then
    started at 0 and the title page's "VOL. I." became the top section over every story)."""
    calls = _calls(monkeypatch, _PHYSIOLOGY_3)
    lines, a, cands, sums, fired = next(c for c in calls if c[-1])
    assert _next_text(lines, a).startswith("1. OF RELIGIONS")
    assert [c.title for c in cands if c.kind == "sequence"][:3] == [
        "MEDITATION XXIII.",
        "MEDITATION XXIV.",
        "MEDITATION XXV.",
    ]
    front = [c for c in cands if c.kind != "sequence"]
    assert not ct._announced_list(lines, a, front, sums)
    parts = [c for c in cands if c.series == "ord:part"]
    assert [c.title for c in parts] == ["THIRD PART"]
    assert not ct._announced_list(lines, a, parts, sums)
