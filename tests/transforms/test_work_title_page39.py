"""Clause work_title_page (transforms.work_title_pages, session 39): a work's own title
page inside a compilation ("COUSIN BETTY" / "BY" / "HONORE DE BALZAC") opens that work at
the top level; its guards.

Real text: Balzac's Poor Relations (Project Gutenberg; the volume's title page, the first
paragraphs of its introduction, Cousin Betty's title page and dedication, Cousin Pons'
title page and first paragraphs, each cut), Alger's Adrift in the City (its front),
Scott's edition of Dryden's Works vol. 8 (a footnote and the page of the Life of Cleomenes),
Dostoevsky's Stavrogin's Confession (Koteliansky and Woolf; the end of the notes, Friche's essay's
page and first paragraphs, the end of it, Brodsky's page and first paragraphs).
"""

from transforms.contents import scan_lines
from transforms.sections import Heading, find_sections
from transforms.work_title_pages import _page, work_title_pages

POOR_RELATIONS = 'POOR RELATIONS\n\nBY\n\nHONORE DE BALZAC\n\n\n\nINTRODUCTION\n\n\nLa Cousine Bette was perhaps the last really great thing that Balzac did--for Le Cousin Pons, which now follows it, was actually written before--and it is beyond all question one of the very greatest of his works. It was written at the highest possible pressure, and (contrary to the author\'s more usual system) in parts, without even seeing a proof, for the Constitutionnel in the autumn, winter, and early spring of 1846-47, before his departure from Vierzschovnia, the object being to secure a certain sum of ready money to clear off indebtedness. And it has been sometimes asserted that this labor, coming on the top of many years of scarcely less hard works, was almost the last straw which broke down Balzac\'s gigantic strength. Of these things it is never possible to be certain; as to the greatness of La Cousine Bette, there is no uncertainty.\n\nIn the first place, it is a very long book for Balzac; it is, I think, putting aside books like Les Illusions Perdues, and Les Celibataires, and Splendeurs et Miseres des Courtisanes, which are really groups of work written at different times, the longest of all his novels, if we except the still later and rather doubtful Petits Bourgeois. In the second place, this length is not obtained--as length with him is too often obtained--by digressions, by long retrospective narrations, or even by the insertion of such "padding" as the collection business in Le Cousin Pons. The whole stuff and substance of La Cousine Bette is honestly woven novel-stuff, of one piece and one tenor and texture, with for constant subject the subterranean malignity of the heroine, the erotomania of Hulot and Crevel, the sufferings of Adeline, and the pieuvre operations of Marneffe and his wife,--all of which fit in and work together with each other as exactly as the cogs and gear of a harmonious piece of machinery do. Even such much simpler and shorter books as Le Pere Goriot by no means possess this seamless unity of construction, this even march, shoulder to shoulder, of all the personages of the story.\n\n George Saintsbury\n\n\n\n\nI\n\n\n\n\nCOUSIN BETTY\n\nBY\n\nHONORE DE BALZAC\n\n\nTranslated by\n\nJames Waring\n\n\n\nDEDICATION\n\n To Don Michele Angelo Cajetani, Prince of Teano.\n\n It is neither to the Roman Prince, nor to the representative of the illustrious house of Cajetani, which has given more than one Pope to the Christian Church, that I dedicate this short portion of a long history; it is to the learned commentator of Dante.\n\n It was you who led me to understand the marvelous framework of ideas on which the great Italian poet built his poem, the only work which the moderns can place by that of Homer. Till I heard you, the Divine Comedy was to me a vast enigma to which none had found the clue--the commentators least of all. Thus, to understand Dante is to be as great as he; but every form of greatness is familiar to you.\n\n A French savant could make a reputation, earn a professor\'s chair, and a dozen decorations, by publishing in a dogmatic volume the improvised lecture by which you lent enchantment to one of those evenings which are rest after seeing Rome. You do not know, perhaps, that most of our professors live on Germany, on England, on the East, or on the North, as an insect lives on a tree; and, like the insect, become an integral part of it, borrowing their merit from that of what they feed on. Now, Italy hitherto has not yet been worked out in public lectures. No one will ever give me credit for my literary honesty. Merely by plundering you I might have been as learned as three Schlegels in one, whereas I mean to remain a humble Doctor of the Faculty of Social Medicine, a veterinary surgeon for incurable maladies. Were it only to lay a token of gratitude at the feet of my cicerone, I would fain add your illustrious name to those of Porcia, of San-Severino, of Pareto, of di Negro, and of Belgiojoso, who will represent in this "Human Comedy" the close and constant alliance between Italy and France, to which Bandello did honor in the same way in the sixteenth century--Bandello, the bishop and author of some strange tales indeed, who left us the splendid collection of romances whence Shakespeare derived many of his plots and even complete characters, word for word.\n\n The two sketches I dedicate to you are the two eternal aspects of one and the same fact. Homo duplex, said the great Buffon: why not add Res duplex? Everything has two sides, even virtue. Hence Moliere always shows us both sides of every human problem; and Diderot, imitating him, once wrote, "This is not a mere tale"--in what is perhaps Diderot\'s masterpiece, where he shows us the beautiful picture of Mademoiselle de Lachaux sacrificed by Gardanne, side by side with that of a perfect lover dying for his mistress.\n\n\n\nII\n\n\n\n\nCOUSIN PONS\n\nBY\n\nHONORE DE BALZAC\n\n\n\nTranslated by\n\nEllen Marriage\n\n\n\nCOUSIN PONS\n\n\n\nTowards three o\'clock in the afternoon of one October day in the year 1844, a man of sixty or thereabouts, whom anybody might have credited with more than his actual age, was walking along the Boulevard des Italiens with his head bent down, as if he were tracking some one. There was a smug expression about the mouth--he looked like a merchant who has just done a good stroke of business, or a bachelor emerging from a boudoir in the best of humors with himself; and in Paris this is the highest degree of self-satisfaction ever registered by a human countenance.\n\nAs soon as the elderly person appeared in the distance, a smile broke out over the faces of the frequenters of the boulevard, who daily, from their chairs, watch the passers-by, and indulge in the agreeable pastime of analyzing them. That smile is peculiar to Parisians; it says so many things--ironical, quizzical, pitying; but nothing save the rarest of human curiosities can summon that look of interest to the faces of Parisians, sated as they are with every possible sight.\n\nA saying recorded of Hyacinthe, an actor celebrated for his repartees, will explain the archaeological value of the old gentleman, and the smile repeated like an echo by all eyes. Somebody once asked Hyacinthe where the hats were made that set the house in a roar as soon as he appeared. "I don\'t have them made," he said; "I keep them!" So also among the million actors who make up the great troupe of Paris, there are unconscious Hyacinthes who "keep" all the absurd freaks of vanished fashions upon their backs; and the apparition of some bygone decade will startle you into laughter as you walk the streets in bitterness of soul over the treason of one who was your friend in the past.\n'

ALGER_FRONT = 'ADRIFT IN THE CITY\n\n OR\n\n OLIVER CONRAD\'S PLUCKY FIGHT\n\n\n BY\n\n HORATIO ALGER, JR.\n\n AUTHOR OF "RAGGED DICK" SERIES, "TATTERED TOM" SERIES, "LUCK AND PLUCK" SERIES\n\n THE JOHN C. WINSTON CO.\n PHILADELPHIA\n CHICAGO TORONTO\n\n\n\n\n COPYRIGHT, 1895,\n\n BY\n\n PORTER & COATES.\n\n\n\n\nCONTENTS.\n'


DRYDEN_CLEOMENES = "[Footnote 39: Marcus Manilius, a poet of the Augustan age, wrote the poem on astronomy, to which Dryden refers.]\n\n[Footnote 40: Sir Henry Shere published his Translation of Polybius in 1692-3, in two volumes, 8vo., to which there was prefixed a character of the author, and of his writings, by Dryden.]\n\n\n\n\nTHE\n\nLIFE OF CLEOMENES,\n\nTRANSLATED FROM PLUTARCH\n\nBY\n\nMR THOMAS CREECH.\n\n\nThus fell Agis. His brother Archidamus was too quick for Leonidas, and saved himself by a timely retreat. But his wife then newly brought to bed, the tyrant forced her from her own house, and compelled her to marry his son Cleomenes, though at that time too young for a wife; for he was unwilling that any one else should have her, she being heiress to her father Gylippus's great estate; for person, the finest woman in all Greece, very good-natured, of an exemplary life; and therefore, they say, she did all she could, that she might not be compelled to this match.\n"


DOSTOEVSKY = " May 3/15.\n\nAfter the Monastery and Tikhon the Great Sinner comes out into the world in order to be the greatest of men. He is sure that he will be the greatest of men. And in that way he behaves: he is the proudest of the proud and behaves with the greatest haughtiness towards people. The vagueness as to the form of his future greatness coincides perfectly with his youth. But he (and this is cardinal) has through Tikhon got hold of the idea (conviction) that in order to conquer the whole world one must conquer oneself only. Conquer thyself and thou shalt conquer the world. Does not choose a career, but neither has he the time: he begins to watch himself profoundly. But along with this there are also certain contradictions:\n\n(1) Gold (amassing) (a family on his hands); amassing money was suggested to him by a usurer, a terrible man, the antithesis of Tikhon. (2) Education (Comte—Atheism—Friends). Education—He is tormented by ideas and philosophy but he masters that which is essential.\n\nSuddenly youth and debauchery. A martyr’s act and terrible crimes. Self-renunciation. But out of mad pride he becomes an ascetic and pilgrim. Travels in Russia. (Romance of love. Thirst for humiliation), etc., etc., and so on.\n\n (The canvas is rich.)\n Fallings and risings.\n\nExtraordinary man—but what has he done and achieved.\n\nTraits.—Out of pride and infinite haughtiness towards people he becomes meek and charitable to all because he is already higher than all.\n\nHe wanted to shoot himself (a child was exposed at his door).\n\nHe ends with establishing a Foundling Hospital and becomes a Haase.[81] Everything is becoming clear.\n\nHe dies confessing a crime.\n\nFootnote 81:\n\n F. M. Dostoevsky had evidently in mind the famous Russian doctor and philanthropist Haase.\n\n\n\n\n------------------------------------------------------------------------\n\n\n\n\nSTAVROGIN’S MEETING WITH TIKHON\n\nBY\n\nV. FRICHE\n\n\n\n\n------------------------------------------------------------------------\n\n\n\n\nSTAVROGIN’S MEETING WITH TIKHON\n\nFROM DOSTOEVSKY’S NOTE-BOOKS\n\n\nBISHOP TIKHON, to whom Stavrogin makes his “Confession,” was conceived by Dostoevsky as one of the principal characters in the great—unnamed—novel in five books, the plan of which he communicated in 1870 to A. N. Maikov. The action of the second book, on which Dostoevsky rested all his hopes, was to take place in a monastery to which a boy, who had committed a criminal offence, had been sent by his parents. He was “fully developed and depraved” (a type, as Dostoevsky says, well known to him), “a little wolf and a nihilist,” who comes in the end to feel the beneficent influence of Bishop Tikhon. “I want to make Tikhon Sadonsky in the second book the central figure,” Dostoevsky wrote, “of course under a different name, but he is also a bishop and will live in a monastery in retirement.... It is no longer a Konstanjhoglo, nor the German (I forget his name) in Oblomov, nor the Lopukhovs and Rakhmetovs. True, I shall not create anything, but shall only reveal the actual Tikhon whom I have long since taken to my heart with rapture.”\n\nWhen Dostoevsky later conceived the idea of The Life of a Great Sinner, the hero of The Life, “sometimes a believer, sometimes an atheist,” had indeed to be spiritually reborn in a monastery under the influence of the “holy and grand” figure of Tikhon, and to issue into life as “the greatest of men.”\n\nWhen Dostoevsky finally decided on his conception of The Possessed, his intention was to give a conspicuous place to Tikhon, to whom Stavrogin (the prince) was to give his Confession, and this Confession adds considerably to Peter Stepanovich Verkhovensky’s story about the Petersburg period of Nikolai Vsevolodovich’s life (The Possessed, Part I. chap. v.).\n\nIn the notes published by L. P. Grossman in his book on Dostoevsky (notes taken from the Dostoevsky Note-books in the Historical Museum), there are hints as to Stavrogin’s (prince) meeting with Tikhon, and also as to the subject of their conversation and the crime of which Stavrogin repents in his Confession.\n\nThus Dostoevsky intended the following words to appear in Stavrogin’s “document”: “And I did all this as an aristocrat, an idler, a man uprooted from the ground. I admit, though, that the chief factor was my own wicked will, and had nothing to do with my environment; of course nobody commits such crimes. But all, who are uprooted from the ground, do the same kind of things, although more feeble and watery. Many people do not even notice their nasty acts and think themselves honest.”\nThus, both the completeness of Stavrogin’s character and the definitely expressed wish of the author compel us to conclude that Chapter IX. was not accidentally omitted, but did not belong to the novel. It is a variant of the manuscript, but nothing more. How then are we to reconcile this conclusion with the one which tells in favour of the opposite solution? Surely Dostoevsky’s letter of October 8, 1870, to Katkov clearly refers to our fragment as a necessary part of the novel.\n\nThe date, although it coincides with the beginning of the publication of the novel, does not fix the final moment of the conception of The Possessed. The autumn of 1870 is the time when the idea of The Possessed had become closely related in Dostoevsky’s mind with the idea of The Life of a Great Sinner. Stavrogin is almost identified with the hero of The Life. And since the crisis of that Life, as it was planned, was the repentance of the sinner and his conversion to God with Tikhon’s help, Dostoevsky had then planned the same conversion for Stavrogin. At that moment (the final moment in the creation of the novel, for the first part was already being published) Dostoevsky might, indeed, have thought that Chapter IX.—the story of the meeting of the sinner with Tikhon and the beginning of his repentance—was necessary.\n\nThe second part of the novel was evidently written by Dostoevsky with the determination to show the “great sinner” (Stavrogin) converted. Our Chapter IX. corresponds to the “serene” Stavrogin who does not appear in the novel, and of whom a few hints are preserved in the rough draft which no doubt issue from the idea of The Life.\n\nThe hesitation and vacillation as to the plan of the novel spread over so long a time that, when he was finishing the second part of the novel (Chapter IX.), Dostoevsky was even nearer to the plan of The Life of a Great Sinner than to the form which The Possessed finally took. He still meant to represent his great sinner, Stavrogin, in the light of Grace. But, as he worked on the last chapter of the novel and approached the catastrophe in the third part, Dostoevsky evidently realized that it was impossible to carry out the religious and artistic objects which he had in view. Dostoevsky did not find himself possessed of the artistic powers needed to convert the Great Sinner, and everything that was leading up to the expected conversion (Chapter IX.) was abandoned. Only an echo of his original intention is left—not in the novel even, but on the first page, in the quotation from the Gospels of the promise to the sinner that he shall find salvation at the feet of Christ. The crimes of the hero appeared to the writer at the end of his work suddenly, and against his expectation, like a stronghold, enduring and self-sufficient.\n\nAnd in this sketch of the evolution of the significant idea of The Possessed is shown, I think, the usual course of Dostoevsky’s artistic problems and their solution. The Idiot, The Raw Youth, and The Brothers Karamazov had all, like The Possessed, been meant originally to reveal that desire for “universal harmony” cherished by Dostoevsky, the universal Hosannah which Dostoevsky, the thinker, had visualized as the hidden essence of the universe, clouded, but only accidentally, by the phantom of sin. But each time, in the finished work of Dostoevsky, the artist, there triumphed a sterner, but for all that a more religious, conception of the world as a world subject to sin, beyond the Grace of the Spirit, which is granted it as a gift, but not hidden in the substance of nature.\n\nStavrogin’s Confession, as it echoed Dostoevsky’s optimistic view, had inevitably to disappear in his masterpiece.\n\n\n\n\n------------------------------------------------------------------------\n\n\n\n\nTHE UNFULFILLED IDEA\n\nINTRODUCTORY NOTE TO\n\nTHE LIFE OF A GREAT SINNER\n\nBY\n\nN. BRODSKY\n\n\n\n\n------------------------------------------------------------------------\n\n\n\n\nTHE UNFULFILLED IDEA\n\n\nCREATIVE ideas and conceptions circled perpetually round the agitated Dostoevsky like a whirlwind. His soul knew no rest, he was always at boiling-point, and he rushed simultaneously along different roads in different directions. Artistic visions raced before him in many streams at the same time. “Ideas were born in his head like spray in a whirlpool,”—such was A. E. Risenkampf’s memory of Dostoevsky as a boy when a pupil in the College of Engineering. The same impression of a dynamic spirit, saturated through and through with ideas and visions, Dostoevsky also produced when he was a mature man. “Listen, listen,” was his usual beginning as he entered upon the discussion of a problem that interested him, so we read in the reminiscences of Prince V. M. “‘I’ll tell you what,’ he would add, and then would clutch his head, as though there immediately rushed into it so many ideas that he found it difficult to begin. Very often for that reason he began to speak from the end, from the conclusion, from a few very remote, very complicated entanglements of his thought; or he would express the first and principal idea and then would develop the parentheses, and begin expressing supplementary and explanatory ideas or anything that occurred to him à propos at the moment.... This sudden inspiration was so strong in him that it was felt not only in him but around him....”[99]\n\nFootnote 99:\n\n Prince V. M., Reminiscences of F. M. Dostoevsky, “Dobro,” No. 2-3, 1881.\n\nThis intellectual peculiarity of Dostoevsky’s is easily verified when one listens to his own confessions. “I have a multitude of ideas,” he wrote in 1845 to his brother Michael, when he had just begun his literary career. “There is so much that is new in my life every day, so many changes, so many impressions.... I am always busy, I have a multitude of ideas and I write incessantly,” he wrote in 1846. In 1849 he writes to his brother: “I do not waste time in vain; I have thought out three stories and two novels, one of which I am writing now.” When he came out from prison in 1856 he wrote to A. Maikov from Semipalatinsk: “I can’t tell you what agonies I suffered through not writing at the galleys. And yet work was boiling within.” ... A few years later we have the same confession, which proves the incessant, complex, and many-sided activity of Dostoevsky’s spirit. In 1868 he wrote to A. Maikov from Florence: “I have a tremendous novel in my head now.” “I have an idea for a fairly long story of twelve printed sheets, which attracts me. I have another idea.” “I have a number of themes,” he writes to Maikov in 1870. “I have six stories conceived and planned out,” he writes to N. N. Strakhov in 1870.\n\nIt is no wonder that Dostoevsky, possessed by a clamorous multitude of visions, could not arrest them all, and could not fix them in print. Every instant new subjects occurred to him and new characters. Somewhere in the subconscious part of him all this material was melted into one monolithic whole, but it gushed out so impetuously and variously on the surface and overflowed into so many channels that it was impossible to catch all the details and all the particulars. N. N. Strakhov, Dostoevsky’s intimate friend, left a remarkable description which testifies to the unrestrained overflow of Dostoevsky’s imagination. “New characters, new schemes for novels, new problems occurred to him incessantly; they besieged him. They even hampered his work.” Strakhov says, “Certainly he only wrote a tenth part of the novels which he had thought out and carried about with him, sometimes for many years. Some of them he told in detail and with great enthusiasm, and he had endless schemes like this which he had not time to work out.” Neither Strakhov nor the other memoir writers (with the exception of Sophie Kovalevsky) told Dostoevsky’s admirers about those plans of which he spoke “with great enthusiasm.”... In Dostoevsky’s note-books there remain traces of his creative ideas, “ideas for new stories,” plans of unfinished works, “memento. For my whole life.” Thus on one page I found a note: “In 1860, (1) The Darling, (2) Spring Love, (3) The Double (to re-write it), (4) Memoirs of a Convict (fragments), (5) Apathy and Impressions.” “Spring Love” is the title of a novel of which only the plan is left.... Under the date Nov. 23, 1859, he put down the “plan of the tragedy Fatum. Plan of Comedy: the lady places the married teacher under arrest because he is married.” Among the stories of Makar Ivanovich (in The Raw Youth) there was a story about “a squire who rebuilt a village that had been destroyed by fire. Stinking Lizzie. How the Holy Monks killed a monk, etc.”[100]\n\nFootnote 100:\n"


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


def test_work_title_page_whole_title_dostoevsky():
    """Clause work_title_page_whole: "INTRODUCTORY NOTE TO" / "THE LIFE OF A GREAT SINNER" /
    "BY" / "N. BRODSKY" is one title; both essays of the volume open at the top. Before: no
    section but "THE UNFULFILLED IDEA" (the essay's repeated title) at 1."""
    assert _outline(DOSTOEVSKY) == [
        (0, ""),
        (1, "STAVROGIN\u2019S MEETING WITH TIKHON"),
        (1, "INTRODUCTORY NOTE TO THE LIFE OF A GREAT SINNER"),
        (2, "THE UNFULFILLED IDEA"),
    ]


def test_work_title_page_heading_above():
    """Clause work_title_page_heading_above: in the whole book "THE UNFULFILLED IDEA" right over
    Brodsky's page is a heading in capitals (rank 20); it joins the page's title, and no
    section is left between it and the page."""
    lines = scan_lines(DOSTOEVSKY)
    i = lines.texts.index("THE UNFULFILLED IDEA")
    assert lines.texts[i + 2] == "INTRODUCTORY NOTE TO"
    above = Heading(lines.starts[i], lines.ends[i], "THE UNFULFILLED IDEA", "caps", 20)
    out = work_title_pages(DOSTOEVSKY, lines, [above])
    assert [(h.title, h.rank) for h in out] == [
        ("STAVROGIN\u2019S MEETING WITH TIKHON", 19),
        ("THE UNFULFILLED IDEA INTRODUCTORY NOTE TO THE LIFE OF A GREAT SINNER", 19),
    ]
    assert out[1].start == lines.starts[i]


def test_work_title_page_two_repeated_title():
    """Clause work_title_page_two (review): the same title on two pages (a volume's front
    repeating the work's title, as Dante's "OR THE INFERNO" / "BY" / "DANTE ALIGHIERI" on every
    volume) is no compilation. Poor Relations with Cousin Pons' page retitled "COUSIN BETTY":
    no page opens a work; without the clause both would open one."""
    text = POOR_RELATIONS.replace("\n\nCOUSIN PONS\n\nBY\n", "\n\nCOUSIN BETTY\n\nBY\n")
    outline = _outline(text)
    assert all("COUSIN BETTY" not in t for _, t in outline)
    assert outline == [(0, ""), (1, "INTRODUCTION"), (1, "I"), (1, "DEDICATION"), (1, "II")]


def test_work_title_page_prose_after_guard():
    """Clause work_title_page_prose_after (review): a page with no text after it (Poor Relations
    cut after Cousin Pons' page and its repeated title) opens nothing; with one page left,
    Cousin Betty's opens nothing either. Without the clause both pages fire."""
    cut = POOR_RELATIONS[: POOR_RELATIONS.index("Towards three o'clock")]
    assert all("COUSIN" not in t for _, t in _outline(cut))


def test_work_title_page_not_credit_firm_alone():
    """Clause work_title_page_not_credit, the firm's words alone (review): a page whose title is
    no credit but whose line under "BY" is a firm (Alger's imprint "PORTER & COATES." under
    Cousin Pons' title) is no work's page, so Poor Relations keeps one page and nothing opens.
    No page in the mirror's 915 files with a line "BY" needs the firm test alone (each firm
    under "BY" is under a copyright line), so the page is built from the two books' lines."""
    text = POOR_RELATIONS.replace(
        "COUSIN PONS\n\nBY\n\nHONORE DE BALZAC", "COUSIN PONS\n\nBY\n\nPORTER & COATES."
    )
    lines = scan_lines(text)
    b = lines.texts.index("PORTER & COATES.") - 2
    assert lines.texts[b] == "BY" and _page(lines, b) is None
    assert all("COUSIN" not in t for _, t in _outline(text))


def test_work_title_page_not_credit_digits():
    """Clause work_title_page_not_credit, a date under "BY" (review): "COUSIN PONS" / "BY" /
    "HONORE DE BALZAC, 1847" is an imprint's line, no author's name: no page."""
    text = POOR_RELATIONS.replace(
        "COUSIN PONS\n\nBY\n\nHONORE DE BALZAC", "COUSIN PONS\n\nBY\n\nHONORE DE BALZAC, 1847"
    )
    lines = scan_lines(text)
    b = lines.texts.index("HONORE DE BALZAC, 1847") - 2
    assert lines.texts[b] == "BY" and _page(lines, b) is None


def test_work_title_page_replaces_heading_on_page():
    """Clause work_title_page (review): a heading read on one of the page's lines (Friche's
    title "STAVROGIN'S MEETING WITH TIKHON" over "BY" as a line in capitals) is replaced by
    the page, not left beside it as a second section at the same place."""
    lines = scan_lines(DOSTOEVSKY)
    i = lines.texts.index("STAVROGIN\u2019S MEETING WITH TIKHON")
    assert lines.texts[i + 2] == "BY"
    on_page = Heading(lines.starts[i], lines.ends[i], lines.texts[i], "caps", 20)
    out = work_title_pages(DOSTOEVSKY, lines, [on_page])
    assert [(h.title, h.rank) for h in out] == [
        ("STAVROGIN\u2019S MEETING WITH TIKHON", 19),
        ("INTRODUCTORY NOTE TO THE LIFE OF A GREAT SINNER", 19),
    ]


def _one_work_quoting(first, second):
    """Cousin Pons alone (its page, then its first paragraphs) with two blocks laid out as
    title pages between paragraphs, one blank line apart as the paragraphs are."""
    paras = POOR_RELATIONS[POOR_RELATIONS.index("Towards three o'clock") :].strip().split("\n\n")
    body = [paras[0], paras[1], first, paras[1], paras[2], second, paras[2], paras[0], paras[1]]
    return "COUSIN PONS\n\nBY\n\nHONORE DE BALZAC\n\n\n" + "\n\n".join(body) + "\n"


def test_work_title_page_apart_quoted_pages():
    """Clause work_title_page_apart (review): one novel quoting two title pages in its text (a
    bibliography's entries "THE HISTORY OF TOM JONES, A FOUNDLING" / "BY" / "HENRY FIELDING"
    and Sterne's, each followed by 1,000 characters of prose), or a frontispiece caption "...
    BY / GUSTAVE DORE" and one entry, opens no work: before the clause both opened one at 1."""
    jones = "THE HISTORY OF TOM JONES, A FOUNDLING\n\nBY\n\nHENRY FIELDING"
    shandy = "THE LIFE AND OPINIONS OF TRISTRAM SHANDY\n\nBY\n\nLAURENCE STERNE"
    caption = "FRONTISPIECE: THE BOULEVARD\n\nBY\n\nGUSTAVE DORE"
    assert _outline(_one_work_quoting(jones, shandy)) == [(0, "")]
    assert _outline(_one_work_quoting(caption, jones)) == [(0, "")]


def test_work_title_page_whole_subtitle_in_parentheses():
    """Clause work_title_page_whole, the subtitle in parentheses (review): in Contemporary
    One-Act Plays "MANIKIN AND MINIKIN" / "(A BISQUE-PLAY)" / "BY" / "ALFRED KREYMBORG" is one
    title; without the clause the page's title is "(A BISQUE-PLAY)" alone."""
    text = "[Sound of low sobbing.]\n\n\n\n\nMANIKIN AND MINIKIN\n\n(A BISQUE-PLAY)\n\nBY\n\nALFRED KREYMBORG\n\n\n"
    lines = scan_lines(text)
    b = lines.texts.index("BY")
    assert _page(lines, b) == (5, "MANIKIN AND MINIKIN (A BISQUE-PLAY)", b + 2)
