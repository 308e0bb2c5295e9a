"""Rule dense_path_levels (transforms.section_paths, applied in
transforms.sections.sections_from_headings): a section's level is its depth, its
parent's level plus one; section paths stay as they were."""

from hypothesis import given
from hypothesis import strategies as st

from schemas import Section
from transforms.section_paths import path_levels, section_paths
from transforms.sections import Heading, find_sections, sections_from_headings

# Balzac, Lost Illusions (Gutenberg, the mirror's "Lost Illusions.txt"), cut: the volume's
# front and introduction, then the first work's page and DEDICATION, the second work's page
# and its PART I / PART II (each with a paragraph or two of its text).
LOST_ILLUSIONS = 'LOST ILLUSIONS\n\nBY\n\nHONORE DE BALZAC\n\n\n\nLOST ILLUSIONS\n\n\n\nINTRODUCTION\n\n\n\nThe longest, without exception, of Balzac\'s books, and one which contains hardly any passage that is not very nearly of his best, Illusions Perdues suffers, I think, a little in point of composition from the mixture of the Angouleme scenes of its first and third parts with the purely Parisian interest of Un Grand Homme de Province. It is hardly possible to exaggerate the gain in distinctness and lucidity of arrangement derived from putting Les Deux Poetes and Eve et David (a much better title than that which has been preferred in the Edition Definitive) together in one volume, and reserving the greatness and decadence of Lucien de Rubempre for another. It is distinctly awkward that this should be divided, as it is itself an enormous episode, a sort of Herodotean parenthesis, rather than an integral part of the story. And, as a matter of fact, it joins on much more to the Splendeurs et Miseres des Courtisanes than to its actual companions. In fact, it is an instance of the somewhat haphazard and arbitrary way in which the actual division of the Comedie has worked, that it should, dealing as it does wholly and solely with Parisian life, be put in the Scenes de la Vie de Province, and should be separated from its natural conclusion not merely as a matter of volumes, but as a matter of divisions. In making the arrangement, however, it is necessary to remember Balzac\'s own scheme, especially as the connection of the three parts in other ways is too close to permit the wrenching of them asunder altogether and finally. This caution given, all that is necessary can be done by devoting the first part of the introduction entirely to the first and third or Angouleme parts, and by consecrating the latter part to the egregious Lucien by himself.\n\n George Saintsbury\n\n\n\nI\n\n\n\nTWO POETS\n(Lost Illusions Part I)\n\nBY\n\nHONORE DE BALZAC\n\n\n\nTranslated By\nEllen Marriage\n\n\n\nDEDICATION\n\n To Monsieur Victor Hugo,\n\n It was your birthright to be, like a Rafael or a Pitt, a great poet at an age when other men are children; it was your fate, the fate of Chateaubriand and of every man of genius, to struggle against jealousy skulking behind the columns of a newspaper, or crouching in the subterranean places of journalism. For this reason I desired that your victorious name should help to win a victory for this work that I inscribe to you, a work which, if some persons are to be believed, is an act of courage as well as a veracious history. If there had been journalists in the time of Moliere, who can doubt but that they, like marquises, financiers, doctors, and lawyers, would have been within the province of the writer of plays? And why should Comedy, qui castigat ridendo mores, make an exception in favor of one power, when the Parisian press spares none? I am happy, monsieur, in this opportunity of subscribing myself your sincere admirer and friend,\n\nDE BALZAC.\n\n\n\n\nTWO POETS\n\n\n\nAt the time when this story opens, the Stanhope press and the ink-distributing roller were not as yet in general use in small provincial printing establishments. Even at Angouleme, so closely connected through its paper-mills with the art of typography in Paris, the only machinery in use was the primitive wooden invention to which the language owes a figure of speech--"the press groans" was no mere rhetorical expression in those days. Leather ink-balls were still used in old-fashioned printing houses; the pressman dabbed the ink by hand on the characters, and the movable table on which the form of type was placed in readiness for the sheet of paper, being made of marble, literally deserved its name of "impression-stone." Modern machinery has swept all this old-world mechanism into oblivion; the wooden press which, with all its imperfections, turned out such beautiful work for the Elzevirs, Plantin, Aldus, and Didot is so completely forgotten, that something must be said as to the obsolete gear on which Jerome-Nicolas Sechard set an almost superstitious affection, for it plays a part in this chronicle of great small things.\n\n\n\nII\n\n\n\nA DISTINGUISHED PROVINCIAL AT PARIS\n(Lost Illusions Part II)\n\nBY\n\nHONORE DE BALZAC\n\n\n\nTranslated By\nEllen Marriage\n\n\n\nPART I\n\nMme. de Bargeton and Lucien de Rubempre had left Angouleme behind, and were traveling together upon the road to Paris. Not one of the party who made that journey alluded to it afterwards; but it may be believed that an infatuated youth who had looked forward to the delights of an elopement, must have found the continual presence of Gentil, the man-servant, and Albertine, the maid, not a little irksome on the way. Lucien, traveling post for the first time in his life, was horrified to see pretty nearly the whole sum on which he meant to live in Paris for a twelvemonth dropped along the road. Like other men who combine great intellectual powers with the charming simplicity of childhood, he openly expressed his surprise at the new and wonderful things which he saw, and thereby made a mistake. A man should study a woman very carefully before he allows her to see his thoughts and emotions as they arise in him. A woman, whose nature is large as her heart is tender, can smile upon childishness, and make allowances; but let her have ever so small a spice of vanity herself, and she cannot forgive childishness, or littleness, or vanity in her lover. Many a woman is so extravagant a worshiper that she must always see the god in her idol; but there are yet others who love a man for his sake and not for their own, and adore his failings with his greater qualities.\n\n\n\nPART II\n\nThe Wooden Galleries of the Palais Royal used to be one of the most famous sights of Paris. Some description of the squalid bazar will not be out of place; for there are few men of forty who will not take an interest in recollections of a state of things which will seem incredible to a younger generation.\n\nThe great dreary, spacious Galerie d\'Orleans, that flowerless hothouse, as yet was not; the space upon which it now stands was covered with booths; or, to be more precise, with small, wooden dens, pervious to the weather, and dimly illuminated on the side of the court and the garden by borrowed lights styled windows by courtesy, but more like the filthiest arrangements for obscuring daylight to be found in little wineshops in the suburbs.\n\nThe Galleries, parallel passages about twelve feet in height, were formed by a triple row of shops. The centre row, giving back and front upon the Galleries, was filled with the fetid atmosphere of the place, and derived a dubious daylight through the invariably dirty windows of the roof; but so thronged were these hives, that rents were excessively high, and as much as a thousand crowns was paid for a space scarce six feet by eight. The outer rows gave respectively upon the garden and the court, and were covered on that side by a slight trellis-work painted green, to protect the crazy plastered walls from continual friction with the passers-by. In a few square feet of earth at the back of the shops, strange freaks of vegetable life unknown to science grew amid the products of various no less flourishing industries. You beheld a rosebush capped with printed paper in such a sort that the flowers of rhetoric were perfumed by the cankered blossoms of that ill-kept, ill-smelling garden. Handbills and ribbon streamers of every hue flaunted gaily among the leaves; natural flowers competed unsuccessfully for an existence with odds and ends of millinery. You discovered a knot of ribbon adorning a green tuft; the dahlia admired afar proved on a nearer view to be a satin rosette.\n'


def _outline(text):
    sections = find_sections(text)[0]
    return [(s.level, s.title) for s in sections], section_paths(sections)


def test_dense_path_levels_lost_illusions_dedication():
    """The works rank 9, the parts 10, the dedication a chapter's 20: the dense ranks gave
    the first work's DEDICATION level 3 right under its work at 1 (no part in that work).
    Now 2; the path is the same."""
    outline, paths = _outline(LOST_ILLUSIONS)
    work1 = "I TWO POETS (Lost Illusions Part I)"
    work2 = "II A DISTINGUISHED PROVINCIAL AT PARIS (Lost Illusions Part II)"
    assert outline == [
        (0, ""),
        (1, "INTRODUCTION"),
        (1, work1),
        (2, "DEDICATION"),
        (1, work2),
        (2, "PART I"),
        (2, "PART II"),
    ]
    assert paths[3] == [work1, "DEDICATION"]
    assert paths[6] == [work2, "PART II"]


def test_dense_path_levels_keep_dense_books():
    """Guard: levels already dense on every path are kept (a book of parts and chapters,
    a chapter after its part's last sub-part, matter before the first part)."""
    levels = [0, 1, 1, 2, 3, 3, 2, 1, 2, 3, 1]
    assert path_levels(levels) == levels


def test_dense_path_levels_gap_closed():
    """A rank found only right under the top (3 under 1, the 2s elsewhere) takes level 2;
    0 stays 0."""
    assert path_levels([0, 1, 3, 1, 2, 1, 3]) == [0, 1, 2, 1, 2, 1, 2]


def test_one_level_per_rank_series_kept():
    """Clause one_level_per_rank (guard): a rank under a 2 in one place and right under a 1
    in another keeps its level everywhere (Nietzsche's numbered sections, under a poem
    cycle's title and under BOOK FIRST); an orphan of a rank found under parents elsewhere
    keeps its rank's level."""
    assert path_levels([0, 1, 2, 3, 3, 1, 3, 3]) == [0, 1, 2, 3, 3, 1, 3, 3]
    assert path_levels([0, 2, 2, 1, 2]) == [0, 2, 2, 1, 2]


def test_dense_path_levels_floor_keeps_parents():
    """A section closed by a later one of a higher rank stays at that one's level or under
    it: "D" (4) right under the second "A" (1) would rise to 2 and become the parent of
    the "C" (3) after it; it stops at 3, and that C keeps A as its parent."""
    levels = [1, 2, 3, 1, 4, 3]
    assert path_levels(levels) == [1, 2, 3, 1, 3, 3]
    titles = ["A", "B", "C", "A", "D", "C"]
    before = [
        Section(i, i + 1, t, lv) for i, (t, lv) in enumerate(zip(titles, levels, strict=True))
    ]
    new = path_levels(levels)
    after = [Section(i, i + 1, t, lv) for i, (t, lv) in enumerate(zip(titles, new, strict=True))]
    assert section_paths(after)[5] == section_paths(before)[5] == ["A", "C"]


def _depths(levels):
    """Each positive level replaced by its section's depth (parent's + 1, 1 without one)."""
    out, stack = [], []
    for level in levels:
        if level <= 0:
            out.append(level)
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        depth = stack[-1][1] + 1 if stack else 1
        stack.append((level, depth))
        out.append(depth)
    return out


@given(
    st.lists(st.tuples(st.integers(0, 6), st.sampled_from(["A", "B", "C"])), max_size=40),
    st.integers(0, 7),
)
def test_dense_path_levels_keep_paths(items, cut):
    """Invariants, with the levels over ``cut`` as the ladder: the section paths are
    unchanged; one level per input level; levels never rise and stay positive; the ladder
    keeps its order; levels already dense on every path are kept (no ladder)."""
    before = [Section(i, i + 1, t, lv) for i, (lv, t) in enumerate(items)]
    ladder = frozenset(s.level for s in before if s.level > cut)
    new = path_levels([s.level for s in before], ladder)
    after = [Section(s.start, s.end, s.title, lv) for s, lv in zip(before, new, strict=True)]
    assert section_paths(after) == section_paths(before)
    pairs = {(old.level, lv) for old, lv in zip(before, new, strict=True)}
    assert len(pairs) == len({old for old, _ in pairs})
    assert all((lv > 0) == (old > 0) and lv <= old for old, lv in pairs)
    rungs = sorted((old, lv) for old, lv in pairs if old in ladder)
    assert all(a[1] < b[1] for a, b in zip(rungs, rungs[1:], strict=False))
    dense = _depths([s.level for s in before])
    assert path_levels(dense) == dense


def test_low_ranks_in_order_ladder():
    """Clause low_ranks_in_order: a level in ``ladder`` (a scene's, a number's) sits under
    every smaller one there, also under an act with no scene (3 right under 1 stays 3 with 2
    in the ladder); the Folio plays of the gold (Julius Caesar's and Coriolanus' speech
    numbers under an act with no scene line: tests/transforms/test_structure_gold.py) fail
    without it. A ladder under a titled division that rises rises with it (sections under
    chapters: 5 -> 4 when the chapters go 4 -> 3)."""
    levels = [0, 1, 2, 1, 3, 3, 1]
    assert path_levels(levels, frozenset({2, 3})) == levels
    assert path_levels(levels) == [0, 1, 2, 1, 2, 2, 1]
    book = [0, 1, 4, 5, 5, 2, 3, 4, 5]  # top, chapter, sections, part, sub-part, chapter ...
    assert path_levels(book, frozenset({5})) == [0, 1, 4, 5, 5, 2, 3, 4, 5]
    assert path_levels([0, 1, 4, 5, 2, 4, 5], frozenset({5})) == [0, 1, 3, 4, 2, 3, 4]


def test_noted_levels_kept_aozora_and_markup():
    """Clause noted_levels_kept (guard): levels the text marks itself keep their order: an
    Aozora "小見出し" (rank 3) right under a "大見出し" (1), with a "中見出し" (2) elsewhere,
    stays at 3, as markup ranks (1000 and up) do; the same ranks found by the text rules
    (kind "caps") close the gap."""
    text = "x" * 100

    def levels(kind, ranks):
        heads = [Heading(i * 10, i * 10 + 5, f"T{i}", kind, r) for i, r in enumerate(ranks)]
        return [s.level for s in sections_from_headings(text, heads)]

    assert levels("aozora", [1, 3, 1, 2, 3]) == [1, 3, 1, 2, 3]
    assert levels("markup", [1001, 1003, 1001, 1002, 1003]) == [1, 3, 1, 2, 3]
    assert levels("caps", [1, 3, 1, 2, 3]) == [1, 3, 1, 2, 3]  # 3 under 2 elsewhere: kept
    assert levels("caps", [1, 3, 1, 2]) == [1, 2, 1, 2]
    assert levels("aozora", [1, 3, 1, 2]) == [1, 3, 1, 2]
