"""Session 50 (branch wtD): back matter over its parts, on real text.

Rule ``back_word_over_its_parts`` (transforms/matter_levels.py); split out of
test_front_back_matter_wtD_s50.py (the title rule's tests) by the integrator (500-line limit).
"""

from transforms.sections import find_sections

# Wilkie Collins, The Moonstone (denten-bin test-corpus 155-0.txt), as clean leaves it: the
# headings of the two PERIODs, three NARRATIVEs and some chapters, each with its first
# sentences, and the EPILOGUE with its three statements.
MOONSTONE = "FIRST PERIOD\n\nTHE LOSS OF THE DIAMOND (1848)\n\n\nThe events related by GABRIEL BETTEREDGE, house-steward in the service of JULIA, LADY VERINDER.\n\n\n\nCHAPTER I\n\n\nIn the first part of ROBINSON CRUSOE, at page one hundred and twenty-nine, you will find it thus written:\n\n“Now I saw, though too late, the Folly of beginning a Work before we count the Cost, and before we judge rightly of our own Strength to go through with it.”\n\nOnly yesterday, I opened my ROBINSON CRUSOE at that place.\n\n\n\nCHAPTER II\n\n\nI spoke of my lady a line or two back. Now the Diamond could never have been in our house, where it was lost, if it had not been made a present of to my lady’s daughter; and my lady’s daughter would never have been in existence to have the present, if it had not been for my lady who (with pain and travail) produced her into the world.\n\n\n\nSECOND PERIOD\n\nTHE DISCOVERY OF THE TRUTH (1848-1849)\n\nThe events related in several narratives.\n\n\n\nFIRST NARRATIVE\n\nContributed by MISS CLACK; niece of the late SIR JOHN VERINDER\n\n\n\nCHAPTER I\n\n\nI am indebted to my dear parents (both now in heaven) for having had habits of order and regularity instilled into me at a very early age.\n\nIn that happy bygone time, I was taught to keep my hair tidy at all hours of the day and night, and to fold up every article of my clothing carefully, in the same order, on the same chair, in the same place at the foot of the bed, before retiring to rest.\n\n\n\nCHAPTER II\n\n\nMr. Godfrey followed the announcement of his name--as Mr. Godfrey does everything else--exactly at the right time. He was not so close on the servant’s heels as to startle us.\n\n\n\nSECOND NARRATIVE\n\nContributed by MATHEW BRUFF, Solicitor, of Gray’s Inn Square\n\n\n\nCHAPTER I\n\n\nMy fair friend, Miss Clack, having laid down the pen, there are two reasons for my taking it up next, in my turn.\n\nIn the first place, I am in a position to throw the necessary light on certain points of interest which have thus far been left in the dark.\n\n\n\nEIGHTH NARRATIVE\n\nContributed by GABRIEL BETTEREDGE\n\n\nI am the person (as you remember no doubt) who led the way in these pages, and opened the story. I am also the person who is left behind, as it were, to close the story up.\n\nLet nobody suppose that I have any last words to say here concerning the Indian Diamond.\n\n\n\nEPILOGUE\n\n\n\nTHE FINDING OF THE DIAMOND\n\n\n\nI\n\nThe Statement of SERGEANT CUFF’S MAN (1849)\n\n\nOn the twenty-seventh of June last, I received instructions from Sergeant Cuff to follow three men; suspected of murder, and described as Indians.\n\n\n\nII\n\nThe Statement of THE CAPTAIN (1849)\n\n\nI am requested by Sergeant Cuff to set in writing certain facts, concerning three men (believed to be Hindoos) who were passengers, last summer, in the ship BEWLEY CASTLE, bound for Bombay direct, under my command.\n\nThe Hindoos joined us at Plymouth.\n\n\n\nIII\n\nThe Statement of MR. MURTHWAITE (1850)\n\n(In a letter to MR. BRUFF)\n\n\nHave you any recollection, my dear sir, of a semi-savage person whom you met out at dinner, in London, in the autumn of ‘forty-eight?\n"


# Nietzsche, On the Future of our Educational Institutions (rcdm-uga/Gutenberg_Text), as
# clean leaves it, shortened: a "FOOTNOTES:" after the introduction and after the second
# lecture, each the section above's own notes.
NIETZSCHE = (
    "VOLUME THREE\n\n ON THE FUTURE OF OUR\n EDUCATIONAL INSTITUTIONS\n\n * * * * *\n\n\n\n\n"
    " FRIEDRICH NIETZSCHE\n\n ON THE FUTURE OF OUR\n EDUCATIONAL INSTITUTIONS\n\n\n"
    " TRANSLATED, WITH INTRODUCTION, BY\n\n J.M. KENNEDY\n\n\n\n\n"
    "PREFACE.\n\n(To be read before the lectures, although it in no way relates to them.)\n\n\n"
    "The reader from whom I expect something must possess three qualities.\n\n"
    "Now, with this book in his hand, the writer seeks all those who may happen to be "
    "wandering, hither and thither, impelled by feelings similar to his own.\n\n\n\n\n"
    "INTRODUCTION.\n\n\nThe title I gave to these lectures ought, like all titles, to have been "
    "as definite, as plain, and as significant as possible.\n\n\n\n\n"
    'FOOTNOTES:\n\n[1] Selbstverständlich = "granted or self-understood."\n\n'
    "[2] The Poems of Goethe. Edgar Alfred Bowring's Translation. (Ed. 1853.)\n\n\n\n\n"
    "THE FUTURE OF OUR EDUCATIONAL INSTITUTIONS.\n\n\n\n\n"
    "FIRST LECTURE.\n\n(Delivered on the 16th of January 1872.)\n\n\n"
    "Ladies and Gentlemen,--The subject I now propose to consider with you is such a serious "
    "and important one, and is in a sense so disquieting.\n\n"
    "Indeed, you yourselves may expect something of this kind from me.\n\n"
    "I am well aware of the nature of the community to whose serious consideration I now wish "
    "to commend that conversation--I know it to be a community which is striving to educate "
    "and enlighten its members on a scale so magnificently out of proportion to its size that "
    "it must put all larger cities to shame.\n\n"
    "Listen, therefore, ladies and gentlemen, while I recount my harmless experience and the "
    "less harmless conversation between the two gentlemen whom, so far, I have not named.\n\n\n\n\n"
    "SECOND LECTURE.\n\n(Delivered on the 6th of February 1872.)\n\n\n"
    '"No one?" the philosopher\'s pupil inquired with a slight quaver in his voice; and both '
    "men were silent.\n\n"
    '"I also hold the question of public schools to be as important as you do," the '
    "philosopher replied.\n\n"
    '"Let us only think of what takes place at such an age in the production of such work.\n\n'
    '"Here one gets another glimpse of the scholarly tendency of public schools.\n\n'
    '"A thorough reformation and purification of the public school can only be the outcome of '
    "a profound and powerful reformation and purification of the German spirit.\n\n"
    '"We recognise the fatal consequences of our present public schools, in that they are '
    "unable to inculcate severe and genuine culture, which should consist above all in "
    "obedience and habituation.\n\n\n\n\n"
    "FOOTNOTES:\n\n[3] It is not practicable to translate these German solecisms by similar "
    "instances of English solecisms.\n\n[4] German: Formelle Bildung.\n\n\n\n\n"
    "THIRD LECTURE.\n\n(Delivered on the 27th of February 1872.)\n\n\n"
    "Ladies and Gentlemen,--At the close of my last lecture, the conversation to which I was a "
    "listener was interrupted by a long and solemn pause.\n\n"
    "We knew this, that, thanks to our little society, no thought of embracing any particular "
    "career had ever entered our minds in those days. Some time elapsed in this way, and while "
    "the glow of sunset grew steadily paler the recollection of our youthful undertaking in the "
    "cause of culture waxed ever more vivid. Absorbed in these reflections, I was just about to "
    "give an answer to the question of the future of our Educational Institutions in the same "
    "self-sufficient way.\n"
)


def _sections(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.title]


def test_back_word_over_its_parts_moonstone_epilogue():
    """The EPILOGUE, with its own three statements, closes the book beside the PERIODs
    (before: at the chapters' level under the last NARRATIVE)."""
    got = _sections(MOONSTONE)
    levels = {
        t.split()[0] + (" " + t.split()[1] if t.split()[0] != "EPILOGUE" else ""): lv
        for lv, t in got
    }
    assert levels["FIRST PERIOD"] == levels["SECOND PERIOD"] == 1
    assert levels["EPILOGUE"] == 1
    statements = [lv for lv, t in got if t.startswith(("I The Statement", "II The", "III The"))]
    assert len(statements) == 3 and all(lv > 1 for lv in statements)
    # the epilogue is the statements' parent: the first one follows it directly
    k = [t for _, t in got].index("EPILOGUE")
    assert got[k + 1][1].startswith("I The Statement of SERGEANT CUFF")


def test_back_word_over_its_parts_keeps_an_epilogue_among_chapters():
    """Guard: chapters of the last volume going on after the EPILOGUE keep it at their rank."""
    text = (
        MOONSTONE
        + "\n\n\n\nCHAPTER II\n\n\nI am the person who is left behind, as it were, to close the story up.\n"
    )
    got = _sections(text)
    assert [lv for lv, t in got if t == "EPILOGUE"] == [lv for lv, t in got if t == "CHAPTER I"][
        -1:
    ]


def test_back_word_over_its_parts_leaves_notes_after_each_lecture():
    """Guard of back_word_over_its_parts (found by the A/B over rcdm-uga: the rule without
    it lifted both "FOOTNOTES:" over the lectures): a lecture follows each, so neither has
    parts of its own; both stay at the lectures' level, as on base50."""
    got = _sections(NIETZSCHE)
    lecture = next(lv for lv, t in got if t == "FIRST LECTURE.")
    assert [lv for lv, t in got if t == "FOOTNOTES:"] == [lecture, lecture]
