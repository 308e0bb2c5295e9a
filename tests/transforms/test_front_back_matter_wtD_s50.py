"""Session 50 (branch wtD): a user's own English books, front matter and back matter.

Rules ``title_again_ends_front_matter`` (transforms/front_title_again.py) and
``back_word_over_its_parts`` (transforms/matter_levels.py), each on real text.
"""

from transforms.sections import find_headings, find_sections

# Maria Edgeworth, Castle Rackrent (Gutenberg 1424, denten-bin/gutenberg-shell-scripts
# test-corpus 1424-0.txt), as clean leaves it: the title page, two parts of the
# INTRODUCTION (shortened to their first sentences), the end of the AUTHOR'S PREFACE,
# the tale under its title again, the GLOSSARY.
RACKRENT = (
    "CASTLE RACKRENT\n\n\nby Maria Edgeworth\n\n\n\n"
    "With an Introduction by Anne Thackeray Ritchie\n\n\n\n\n"
    "INTRODUCTION\n\n\nI\n\n"
    "The story of the Edgeworth Family, if it were properly told, should be as long as the "
    "chronicles of the Rackrents themselves.\n\n\n\n"
    "II\n\n"
    "Maria Edgeworth was born at Black Bourton, in Oxfordshire, on the 1st of January 1767.\n\n\n\n"
    "AUTHOR’S PREFACE\n\n"
    "The Prevailing taste of the public for anecdote has been censured and ridiculed by critics "
    "who aspire to the character of superior wisdom; but if we consider it in a proper point of "
    "view, this taste is an incontestable proof of the good sense and profoundly philosophic "
    "temper of the present times.\n\n"
    "When Ireland loses her identity by an union with Great Britain, she will look back, with a "
    "smile of good-humoured complacency, on the Sir Kits and Sir Condys of her former "
    "existence.\n\n1800.\n\n\n\n\n\n"
    "CASTLE RACKRENT\n\n\n\n\n"
    "MONDAY MORNING [See GLOSSARY 1].\n\n"
    "Having, out of friendship for the family, upon whose estate, praised be Heaven! I and mine "
    "have lived rent-free time out of mind, voluntarily undertaken to publish the MEMOIRS OF THE "
    "RACKRENT FAMILY, I think it my duty to say a few words, in the first place, concerning "
    "myself. My real name is Thady Quirk, though in the family I have always been known by no "
    "other than ‘Honest Thady,’ afterward, in the time of Sir Murtagh, deceased, I remember to "
    "hear them calling me ‘Old Thady,’ and now I’ve come to ‘Poor Thady’; for I wear a long "
    "greatcoat winter and summer, which is very handy, as I never put my arms into the sleeves; "
    "they are as good as new, though come Holantide next I’ve had it these seven years: it holds "
    "on by a single button round my neck, cloak fashion.\n\n"
    "Did the Warwickshire militia, who were chiefly artisans, teach the Irish to drink beer? or "
    "did they learn from the Irish to drink whisky?\n\n\n\n\n"
    "GLOSSARY\n\n"
    "SOME FRIENDS, WHO HAVE SEEN THADY’S HISTORY SINCE IT HAS BEEN PRINTED HAVE SUGGESTED TO THE "
    "EDITOR, THAT MANY OF THE TERMS AND IDIOMATIC PHRASES, WITH WHICH IT ABOUNDS, COULD NOT BE "
    "INTELLIGIBLE TO THE ENGLISH READER WITHOUT FURTHER EXPLANATION.\n"
)

# Walter Scott, The Abbot (rcdm-uga/Gutenberg_Text "Scott, Walter/The Abbot.txt"), as clean
# leaves it, shortened: the title again right over "Chapter the First.".
ABBOT = (
    "THE ABBOT.\n\nBEING THE SEQUEL TO THE MONASTERY.\n\n By Sir Walter Scott\n\n\n\n"
    "INTRODUCTION--(1831.)\n\n"
    "From what is said in the Introduction to the Monastery, it must necessarily be inferred, "
    "that the Author considered that romance as something very like a failure.\n\n"
    "Yours, &c. &c. &c.\n\nTHE AUTHOR OF WAVERLEY.\n\n\n\n\n"
    "THE ABBOT.\n\n\n\n\n"
    "Chapter the First.\n\n\n Domum mansit--lanam fecit.\n Ancient Roman Epitaph.\n\n"
    "The time which passes over our heads so imperceptibly, makes the same gradual change in "
    "habits, manners, and character, as in personal appearance. At the revolution of every five "
    "years we find ourselves another, and yet the same--there is a change of views, and no less "
    "of the light in which we regard them; a change of motives as well as of actions.\n\n"
    "Chapter the Second.\n\n"
    "Two circumstances only had imbittered their union, which was otherwise as happy as mutual "
    "affection could render it.\n"
)

# E. K. Means, "E. K. Means" (rcdm-uga/Gutenberg_Text "Kemble, E. W. (Edward Windsor)/E. K.
# MeansIs This a Title? ...txt"), as clean leaves it, shortened (the Foreword's first and
# last paragraphs, one caption of the illustrations list left out): the title page is the
# author's name, and the Foreword is signed with it, over the CONTENTS.
EK_MEANS = (
    "E. K. MEANS\n"
    "\n"
    "\n"
    "_Is this a title? It is not. It is the name of a writer of negro stories, who has made himself so completely the writer of negro stories that his book needs no title._\n"
    "\n"
    " ILLUSTRATED BY\n"
    " KEMBLE\n"
    "\n"
    " G. P. PUTNAM’S SONS\n"
    " NEW YORK AND LONDON\n"
    " The Knickerbocker Press\n"
    " 1918\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "COPYRIGHT, 1918\n"
    "\n"
    "BY\n"
    "\n"
    "E. K. MEANS\n"
    "\n"
    "The Knickerbocker Press, New York\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "To\n"
    "\n"
    "ROBERT H. DAVIS\n"
    "\n"
    "WHO TAUGHT ME HOW\n"
    "\n"
    "AND\n"
    "\n"
    "“ITTU”\n"
    "\n"
    "WHO KEPT ME AT IT.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "Foreword.\n"
    "\n"
    "\n"
    "The stories in this volume were written simply because of my interest in the stories themselves and because of a whimsical fondness for the people of that Race to whom God has given two supreme gifts,--Music and Laughter.\n"
    "\n"
    "This type also is passing. In a brief time, the negro who lives in these pages will be a memory, like Uncle Remus. “Ethiopia is stretching out her hands” after art, science, literature, and wealth, and when the sable sons of laughter and song grasp these treasures, all that remains of the Southern village negro of to-day will be a few faint sketches in Fiction’s beautiful temple of dreams.\n"
    "\n"
    " E. K. MEANS.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "CONTENTS\n"
    "\n"
    "\n"
    " PAGE\n"
    " FOREWORD iii\n"
    "\n"
    " THE LATE FIGGER BUSH 1\n"
    "\n"
    " HOODOO EYES 39\n"
    "\n"
    " THE ART OF ENTICING LABOR 72\n"
    "\n"
    " THE CRUISE OF THE MUD HEN 92\n"
    "\n"
    " TWO SORRY SONS OF SORROW 127\n"
    "\n"
    " MONARCH OF THE MANACLE 186\n"
    "\n"
    " ALL IS FAIR 214\n"
    "\n"
    " HOODOO FACE 274\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "ILLUSTRATIONS\n"
    "\n"
    "\n"
    " PAGE\n"
    "\n"
    " “BOO-HOO,” SCOOTIE WAILED. “AW! SHUT\n"
    " UP,” THE OLD MAN SNAPPED Frontispiece\n"
    "\n"
    " “COLONEL GAITSKILL TELEPHONED ME THAT\n"
    " YOUR POCKETS WERE FULL OF MONEY” 86\n"
    "\n"
    " WHEN THE BOAT STOPPED 110\n"
    "\n"
    " MUSTARD PROCEEDED TO PAINT HIM RED 158\n"
    "\n"
    " SKEETER WENT DOWN THE STREET AT FULL SPEED 208\n"
    "\n"
    " THE PIE-FACED SORREL WITH THE SNAKE-BITTEN LEG 218\n"
    "\n"
    " THE “REVUN” VINEGAR ATTS BEGAN HIS SERMON. 328\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "The Late Figger Bush.\n"
    "\n"
    "\n"
    "Figger Bush did not look like a man who was about to die; if anything, he looked like one who ought to be killed.\n"
    "\n"
    "He was a scarecrow sort of a negro, with ragged, flapping clothes. His coal-black face formed a background for a little, stubby, shoe-brush mustache, and Figger thought that mustache justified his existence in the world. He had not much use for his coconut head except to support a battered wool hat and grow a luxuriant crop of kinky hair. He had an insuperable aversion to all sorts of work.\n"
    "\n"
    "None of these things indicated that Figger was about to die; in fact, they showed that he was enjoying life.\n"
    "\n"
    "The only thing that indicated an unusual condition in Figger was the fact that he was now walking down the middle of the road with rapid and ever-lengthening steps, glancing from side to side, and grumbling aloud to himself.\n"
    "\n"
    "\n"
    "\n"
    "Hoodoo Eyes.\n"
    "\n"
    "\n"
    "The swinging doors of the Hen-Scratch saloon fell apart and Conko Mukes walked in.\n"
    "\n"
    "He was a large man and, to look at, very impressive.\n"
    "\n"
    "The negroes in Tickfall had never seen clothes like his, so large in stripe and so variegated in color. On either lapel of his coat was a large, brassy emblem of some secret lodge.\n"
    "\n"
    "On the middle finger of each hand was a rolled-gold band ring nearly an inch wide. Across the vast expanse of his sky-muckle-dun-colored waistcoat was a gangrened near-gold watch-chain like the cable chain of a Mississippi River steamboat, and a charm suspended from it was constructed of the talons of an eagle.\n"
    "\n"
)


# Lewis Carroll, Sylvie and Bruno (rcdm-uga/Gutenberg_Text), as clean leaves it, shortened:
# the title page, the PREFACE's first paragraph and the first lines of its CONTENTS, the
# title again over CHAPTER I, three chapters' first paragraphs, the FOOTNOTES, the end of
# the INDEX and the publisher's list, which names "SYLVIE AND BRUNO." among his books.
SYLVIE = (
    "SYLVIE AND BRUNO\n"
    "\n"
    "\n"
    "BY\n"
    "LEWIS CARROLL\n"
    "\n"
    "WITH FORTY-SIX ILLUSTRATIONS\n"
    "BY\n"
    "HARRY FURNISS\n"
    "\n"
    "\n"
    "London\n"
    "MACMILLAN AND CO.\n"
    "AND NEW YORK\n"
    "1890\n"
    "The Right of Translation and Reproduction is Reserved\n"
    "\n"
    " Presswork by John Wilson and Son,\n"
    " University Press.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "PREFACE.\n"
    "\n"
    "\n"
    "One little picture in this book, the Magic Locket, at p. 77, was drawn by ‘Miss Alice Havers.’ I did not state this on the title-page, since it seemed only due, to the artist of all these (to my mind) wonderful pictures, that his name should stand there alone.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "CONTENTS.\n"
    "\n"
    "\n"
    "  CHAPTER                                                            PAGE\n"
    "  I. LESS BREAD! MORE TAXES!                                            1\n"
    "  II. L’AMIE INCONNUE                                                  16\n"
    "  III. BIRTHDAY-PRESENTS                                               29\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "SYLVIE AND BRUNO.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "CHAPTER I.\n"
    "LESS BREAD! MORE TAXES!\n"
    "\n"
    "\n"
    "—and then all the people cheered again, and one man, who was more excited than the rest, flung his hat high into the air, and shouted (as well as I could make out) “Who roar for the Sub-Warden?” Everybody roared, but whether it was for the Sub-Warden, or not, did not clearly appear: some were shouting “Bread!” and some “Taxes!”, but no one seemed to know what it was they really wanted.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "CHAPTER II.\n"
    "L’AMIE INCONNUE.\n"
    "\n"
    "\n"
    "As we entered the breakfast-saloon, the Professor was saying “—and he had breakfast by himself, early: so he begged you wouldn’t wait for him, my Lady. This way, my Lady,” he added, “this way!” And then, with (as it seemed to me) most superfluous politeness, he flung open the door of my compartment, and ushered in “—a young and lovely lady!” I muttered to myself with some bitterness. “And this is, of course, the opening scene of Vol. I. She is the Heroine. And I am one of those subordinate characters that only turn up when needed for the development of her destiny, and whose final appearance is outside the church, waiting to greet the Happy Pair!”\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "CHAPTER III.\n"
    "BIRTHDAY-PRESENTS.\n"
    "\n"
    "\n"
    "“It’s my brother!” the Sub-Warden exclaimed, in a warning whisper. “Speak out, and be quick about it!”\n"
    "\n"
    "“Look Eastward! Aye, look Eastward!”\n"
    "\n"
    "\n"
    "THE END.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "FOOTNOTES\n"
    "\n"
    "\n"
    "[1]At the moment, when I had written these words, there was a knock at\n"
    " the door, and a telegram was brought me, announcing the sudden death of a dear friend.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "INDEX.\n"
    "\n"
    "\n"
    " T\n"
    " Time, how to put back; 314, 347\n"
    " ” ” reverse; 350\n"
    " Tourists’ portable bath; 25\n"
    "\n"
    " V\n"
    " Virtue, Paley’s definition of; 274\n"
    "\n"
    " W\n"
    " Watts, Dr., weak logic of; 235\n"
    " Weather, horizontal, boots for; 14\n"
    " Weight, relative, conceivably non-existent; 100\n"
    " Weltering, appropriate fluids for; 58\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "WORKS OF LEWIS CARROLL.\n"
    "\n"
    "\n"
    "Published by Macmillan & Co.\n"
    "\n"
    "\n"
    "ALICE’S ADVENTURES IN WONDERLAND.\n"
    "\n"
    "With 42 Illustrations by Tenniel. 12mo, cloth, gilt, $1.00.\n"
    "\n"
    " Lewis Carroll’s immortal story.—Academy.\n"
    "\n"
    " An excellent piece of nonsense.—Times.\n"
    "\n"
    " That most delightful of children’s stories.—Saturday Review.\n"
    "\n"
    " Elegant and delicious nonsense.—Guardian.\n"
    "\n"
    "\n"
    "THROUGH THE LOOKING-GLASS AND WHAT ALICE FOUND THERE.\n"
    "\n"
    "With 50 Illustrations by Tenniel. 12mo, cloth, gilt, $1.00.\n"
    "\n"
    " Will fairly rank with the tale of her previous experience.—Daily Telegraph.\n"
    "\n"
    " Many of Mr. Tenniel’s designs are masterpieces of wise absurdity.—Athenæum.\n"
    "\n"
    " Whether as regarding author or illustrator, this book is a jewel rarely to be found nowadays.—Echo.\n"
    "\n"
    " Not a whit inferior to its predecessor in grand extravagance of imagination, and delicious allegorical nonsense.—Quarterly Review.\n"
    "\n"
    "\n"
    "ALICE’S ADVENTURES IN WONDERLAND, and THROUGH THE LOOKING-GLASS AND WHAT\n"
    " ALICE FOUND THERE.\n"
    "\n"
    "Printed in one volume, with all the Illustrations. 12mo, cloth, plain, $1.25.\n"
    "\n"
    "\n"
    "SYLVIE AND BRUNO.\n"
    "\n"
    "With 46 Illustrations by Harry Furniss. 12mo, cloth, gilt, $1.50.\n"
    "\n"
    "\n"
    "RHYME? AND REASON?\n"
    "\n"
    "With 65 Illustrations by Arthur B. Frost, and 9 by Henry Holiday. 12mo, cloth, gilt, $1.50.\n"
    "\n"
    " This book is a reprint, with additions, of the comic portions of “Phantasmagoria, and other Poems,” and of the “Hunting of the Snark.”\n"
    "\n"
    "\n"
    "A TANGLED TALE.\n"
    "\n"
    "Reprinted from the Monthly Packet, with Illustrations. $1.50.\n"
    "\n"
    "\n"
    "ALICE’S ADVENTURES UNDERGROUND.\n"
    "\n"
    "Being a fac-simile of the original MS. Book, afterward developed into “Alice’s Adventures in Wonderland.” With 37 Illustrations by the author. 12mo, cloth, gilt, $1.50.\n"
    "\n"
    "\n"
    "THE GAME OF LOGIC.\n"
    "\n"
    "With envelope containing card and counters. 12mo, cloth, $1.00.\n"
)


def _sections(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def test_title_again_ends_front_matter_castle_rackrent():
    """The tale opens under its own title, beside the preface (before: the whole tale was
    the AUTHOR'S PREFACE's section; the preface now ends at "1800.")."""
    sections, _ = find_sections(RACKRENT)
    titles = [s.title for s in sections if s.title]
    assert titles == ["INTRODUCTION", "I", "II", "AUTHOR’S PREFACE", "CASTLE RACKRENT", "GLOSSARY"]
    preface = next(s for s in sections if s.title == "AUTHOR’S PREFACE")
    tale = next(s for s in sections if s.title == "CASTLE RACKRENT")
    assert RACKRENT[preface.start : preface.end].rstrip().endswith("1800.")
    tale_text = RACKRENT[tale.start : tale.end]
    assert tale_text.startswith("CASTLE RACKRENT\n")
    assert tale_text.removeprefix("CASTLE RACKRENT").lstrip().startswith("MONDAY MORNING")
    assert tale.level == preface.level
    # the title page's own line opens no section
    assert sections[0].start == 0 and not sections[0].title


def test_title_again_has_text_the_abbot():
    """Clause title_again_has_text: "THE ABBOT." right over "Chapter the First." is no
    section of its own (the chapter already ends the introduction)."""
    titles = [h.title for h in find_headings(ABBOT)]
    assert "THE ABBOT." not in titles
    assert titles[0].startswith("INTRODUCTION")


def test_title_again_needs_front_matter_above():
    """Without a named front heading above it, the title again adds nothing: the same
    tale with "AUTHOR’S PREFACE" read as a mere caps line is left as before."""
    text = RACKRENT.replace("AUTHOR’S PREFACE\n\nThe Prevailing", "The Prevailing")
    assert "CASTLE RACKRENT" not in [h.title for h in find_headings(text)]


def test_title_again_then_front_e_k_means():
    """Clause title_again_then_front (review): the Foreword's signature "E. K. MEANS."
    (the book's title page is the author's name) over the CONTENTS and ILLUSTRATIONS is
    no body start: the Foreword runs to the first story, as on base50 (the rule without
    the clause made "E. K. MEANS." a section holding only the two lists)."""
    got = _sections(EK_MEANS)
    assert got == [(1, "Foreword."), (1, "The Late Figger Bush."), (1, "Hoodoo Eyes.")]
    sections, _ = find_sections(EK_MEANS)
    foreword = EK_MEANS[sections[1].start : sections[1].end]
    assert " E. K. MEANS." in foreword and "\nCONTENTS\n" in foreword


def test_title_again_not_running_head_castle_rackrent():
    """Clause title_again_not_running_head (review): the same tale with the title as a
    page head (text from a PDF: "CASTLE RACKRENT" alone at the top of each page, here
    four times, the first inside the preface) opens no body at the first page head; the
    rule stands back (base50's sections) rather than cut the preface at a page break."""
    head = "\n\nCASTLE RACKRENT\n\n"
    text = RACKRENT.replace("the present times.\n\n", "the present times." + head)
    for cut in ("concerning myself. ", "into the sleeves; ", "drink beer? or "):
        text = text.replace(cut, cut.rstrip() + head)
    assert text.count("CASTLE RACKRENT") == 6
    titles = [t for _, t in _sections(text)]
    assert titles == ["INTRODUCTION", "I", "II", "AUTHOR’S PREFACE", "GLOSSARY"]


def test_title_again_not_in_back_matter_sylvie_and_bruno():
    """Guard of title_again_ends_front_matter (no back-matter heading above the line):
    the publisher's list after the FOOTNOTES names the book again, alone, in capitals,
    with its price under it; that is no body start (the rule without the guard made it
    a section beside FOOTNOTES)."""
    titles = [t for _, t in _sections(SYLVIE)]
    assert "SYLVIE AND BRUNO." not in titles
    assert titles[0] == "PREFACE." and titles[-1] == "FOOTNOTES"
    sections, _ = find_sections(SYLVIE)
    assert SYLVIE[sections[-1].start :].count("SYLVIE AND BRUNO.") == 1
