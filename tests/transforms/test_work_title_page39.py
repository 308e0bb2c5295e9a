"""Clause work_title_page (transforms.work_title_pages, session 39): a work's own title
page inside a compilation ("COUSIN BETTY" / "BY" / "HONORE DE BALZAC") opens that work at
the top level; its guards.

Real text: Balzac's Poor Relations (Project Gutenberg; the volume's title page, the first
paragraphs of its introduction, Cousin Betty's title page and dedication, Cousin Pons'
title page and first paragraphs, each cut), Alger's Adrift in the City (its front),
Scott's edition of Dryden's Works vol. 8 (a footnote and the page of the Life of Cleomenes).
"""

from transforms.contents import scan_lines
from transforms.sections import find_sections
from transforms.work_title_pages import _page

POOR_RELATIONS = 'POOR RELATIONS\n\nBY\n\nHONORE DE BALZAC\n\n\n\nINTRODUCTION\n\n\nLa Cousine Bette was perhaps the last really great thing that Balzac did--for Le Cousin Pons, which now follows it, was actually written before--and it is beyond all question one of the very greatest of his works. It was written at the highest possible pressure, and (contrary to the author\'s more usual system) in parts, without even seeing a proof, for the Constitutionnel in the autumn, winter, and early spring of 1846-47, before his departure from Vierzschovnia, the object being to secure a certain sum of ready money to clear off indebtedness. And it has been sometimes asserted that this labor, coming on the top of many years of scarcely less hard works, was almost the last straw which broke down Balzac\'s gigantic strength. Of these things it is never possible to be certain; as to the greatness of La Cousine Bette, there is no uncertainty.\n\nIn the first place, it is a very long book for Balzac; it is, I think, putting aside books like Les Illusions Perdues, and Les Celibataires, and Splendeurs et Miseres des Courtisanes, which are really groups of work written at different times, the longest of all his novels, if we except the still later and rather doubtful Petits Bourgeois. In the second place, this length is not obtained--as length with him is too often obtained--by digressions, by long retrospective narrations, or even by the insertion of such "padding" as the collection business in Le Cousin Pons. The whole stuff and substance of La Cousine Bette is honestly woven novel-stuff, of one piece and one tenor and texture, with for constant subject the subterranean malignity of the heroine, the erotomania of Hulot and Crevel, the sufferings of Adeline, and the pieuvre operations of Marneffe and his wife,--all of which fit in and work together with each other as exactly as the cogs and gear of a harmonious piece of machinery do. Even such much simpler and shorter books as Le Pere Goriot by no means possess this seamless unity of construction, this even march, shoulder to shoulder, of all the personages of the story.\n\n George Saintsbury\n\n\n\n\nI\n\n\n\n\nCOUSIN BETTY\n\nBY\n\nHONORE DE BALZAC\n\n\nTranslated by\n\nJames Waring\n\n\n\nDEDICATION\n\n To Don Michele Angelo Cajetani, Prince of Teano.\n\n It is neither to the Roman Prince, nor to the representative of the illustrious house of Cajetani, which has given more than one Pope to the Christian Church, that I dedicate this short portion of a long history; it is to the learned commentator of Dante.\n\n It was you who led me to understand the marvelous framework of ideas on which the great Italian poet built his poem, the only work which the moderns can place by that of Homer. Till I heard you, the Divine Comedy was to me a vast enigma to which none had found the clue--the commentators least of all. Thus, to understand Dante is to be as great as he; but every form of greatness is familiar to you.\n\n A French savant could make a reputation, earn a professor\'s chair, and a dozen decorations, by publishing in a dogmatic volume the improvised lecture by which you lent enchantment to one of those evenings which are rest after seeing Rome. You do not know, perhaps, that most of our professors live on Germany, on England, on the East, or on the North, as an insect lives on a tree; and, like the insect, become an integral part of it, borrowing their merit from that of what they feed on. Now, Italy hitherto has not yet been worked out in public lectures. No one will ever give me credit for my literary honesty. Merely by plundering you I might have been as learned as three Schlegels in one, whereas I mean to remain a humble Doctor of the Faculty of Social Medicine, a veterinary surgeon for incurable maladies. Were it only to lay a token of gratitude at the feet of my cicerone, I would fain add your illustrious name to those of Porcia, of San-Severino, of Pareto, of di Negro, and of Belgiojoso, who will represent in this "Human Comedy" the close and constant alliance between Italy and France, to which Bandello did honor in the same way in the sixteenth century--Bandello, the bishop and author of some strange tales indeed, who left us the splendid collection of romances whence Shakespeare derived many of his plots and even complete characters, word for word.\n\n The two sketches I dedicate to you are the two eternal aspects of one and the same fact. Homo duplex, said the great Buffon: why not add Res duplex? Everything has two sides, even virtue. Hence Moliere always shows us both sides of every human problem; and Diderot, imitating him, once wrote, "This is not a mere tale"--in what is perhaps Diderot\'s masterpiece, where he shows us the beautiful picture of Mademoiselle de Lachaux sacrificed by Gardanne, side by side with that of a perfect lover dying for his mistress.\n\n\n\nII\n\n\n\n\nCOUSIN PONS\n\nBY\n\nHONORE DE BALZAC\n\n\n\nTranslated by\n\nEllen Marriage\n\n\n\nCOUSIN PONS\n\n\n\nTowards three o\'clock in the afternoon of one October day in the year 1844, a man of sixty or thereabouts, whom anybody might have credited with more than his actual age, was walking along the Boulevard des Italiens with his head bent down, as if he were tracking some one. There was a smug expression about the mouth--he looked like a merchant who has just done a good stroke of business, or a bachelor emerging from a boudoir in the best of humors with himself; and in Paris this is the highest degree of self-satisfaction ever registered by a human countenance.\n\nAs soon as the elderly person appeared in the distance, a smile broke out over the faces of the frequenters of the boulevard, who daily, from their chairs, watch the passers-by, and indulge in the agreeable pastime of analyzing them. That smile is peculiar to Parisians; it says so many things--ironical, quizzical, pitying; but nothing save the rarest of human curiosities can summon that look of interest to the faces of Parisians, sated as they are with every possible sight.\n\nA saying recorded of Hyacinthe, an actor celebrated for his repartees, will explain the archaeological value of the old gentleman, and the smile repeated like an echo by all eyes. Somebody once asked Hyacinthe where the hats were made that set the house in a roar as soon as he appeared. "I don\'t have them made," he said; "I keep them!" So also among the million actors who make up the great troupe of Paris, there are unconscious Hyacinthes who "keep" all the absurd freaks of vanished fashions upon their backs; and the apparition of some bygone decade will startle you into laughter as you walk the streets in bitterness of soul over the treason of one who was your friend in the past.\n'

ALGER_FRONT = 'ADRIFT IN THE CITY\n\n OR\n\n OLIVER CONRAD\'S PLUCKY FIGHT\n\n\n BY\n\n HORATIO ALGER, JR.\n\n AUTHOR OF "RAGGED DICK" SERIES, "TATTERED TOM" SERIES, "LUCK AND PLUCK" SERIES\n\n THE JOHN C. WINSTON CO.\n PHILADELPHIA\n CHICAGO TORONTO\n\n\n\n\n COPYRIGHT, 1895,\n\n BY\n\n PORTER & COATES.\n\n\n\n\nCONTENTS.\n'


DRYDEN_CLEOMENES = "[Footnote 39: Marcus Manilius, a poet of the Augustan age, wrote the poem on astronomy, to which Dryden refers.]\n\n[Footnote 40: Sir Henry Shere published his Translation of Polybius in 1692-3, in two volumes, 8vo., to which there was prefixed a character of the author, and of his writings, by Dryden.]\n\n\n\n\nTHE\n\nLIFE OF CLEOMENES,\n\nTRANSLATED FROM PLUTARCH\n\nBY\n\nMR THOMAS CREECH.\n\n\nThus fell Agis. His brother Archidamus was too quick for Leonidas, and saved himself by a timely retreat. But his wife then newly brought to bed, the tyrant forced her from her own house, and compelled her to marry his son Cleomenes, though at that time too young for a wife; for he was unwilling that any one else should have her, she being heiress to her father Gylippus's great estate; for person, the finest woman in all Greece, very good-natured, of an exemplary life; and therefore, they say, she did all she could, that she might not be compelled to this match.\n"


def _outline(text):
    return [(s.level, s.title) for s in find_sections(text)[0]]


def test_work_title_page_poor_relations():
    """Clause work_title_page: each work's page opens it at the top; its number joins the
    title; the dedication goes under the work. Before: "I", "DEDICATION", "II" all at 1,
    and Cousin Betty's and Cousin Pons' titles in no section."""
    assert _outline(POOR_RELATIONS) == [
        (0, ""),
        (1, "INTRODUCTION"),
        (1, "I COUSIN BETTY"),
        (2, "DEDICATION"),
        (1, "II COUSIN PONS"),
    ]
    text = POOR_RELATIONS
    starts = {s.title: s.start for s in find_sections(text)[0]}
    assert text[starts["II COUSIN PONS"] :].startswith("II\n")


def test_work_title_page_body_guard():
    """Clause work_title_page_body: the volume's own page ("POOR RELATIONS" / "BY" /
    "HONORE DE BALZAC", no prose above it) reads as a page but opens nothing."""
    lines = scan_lines(POOR_RELATIONS)
    assert lines.texts[2] == "BY"
    assert _page(lines, 2) == (0, "POOR RELATIONS", 4)
    assert all("POOR RELATIONS" not in t for _, t in _outline(POOR_RELATIONS))


def test_work_title_page_two_guard():
    """Clause work_title_page_two: one page after the introduction (the text cut before
    Cousin Pons) is no compilation: the sections stay as they were."""
    one = POOR_RELATIONS[: POOR_RELATIONS.index("\nII\n")]
    assert _outline(one) == [(0, ""), (1, "INTRODUCTION"), (1, "DEDICATION")]


def test_work_title_page_not_credit():
    """Clause work_title_page_not_credit: "COPYRIGHT, 1895," / "BY" / "PORTER & COATES."
    is no work's page; the book's own title page above it reads as one, its title whole
    (clause work_title_page_whole: "ADRIFT IN THE CITY" / "OR" / "OLIVER CONRAD'S ...")."""
    lines = scan_lines(ALGER_FRONT)
    assert lines.texts[22] == "BY" and lines.texts[7] == "BY"
    assert _page(lines, 22) is None
    assert _page(lines, 7) == (0, "ADRIFT IN THE CITY OR OLIVER CONRAD'S PLUCKY FIGHT", 9)


def test_work_title_page_not_credit_translator():
    """Clause work_title_page_not_credit: in Dryden's Works vol. 8 (Scott's edition), "THE" /
    "LIFE OF CLEOMENES," / "TRANSLATED FROM PLUTARCH" / "BY" / "MR THOMAS CREECH." is no
    page whose title is the translator's credit."""
    lines = scan_lines(DRYDEN_CLEOMENES)
    assert lines.texts[13] == "BY" and lines.texts[11] == "TRANSLATED FROM PLUTARCH"
    assert _page(lines, 13) is None
