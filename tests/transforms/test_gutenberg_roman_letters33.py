"""Raw Project Gutenberg books, structure (session 33, branch wtD): clause
``glued_roman_letter`` of rule ``glued_heading`` (``transforms.glued_headings``).
Excerpts of books from GitHub rcdm-uga/Gutenberg_Text, as ``clean_text`` leaves them."""

from transforms.glued_headings import _roman_letters
from transforms.normalize import normalize_text
from transforms.sections import find_headings, find_sections

# Voltaire's Romances, Complete in One Volume ("Voltaire/Voltaire's Romances, Complete in
# One Volume.txt"): the volume's heading-less list for The Huron (entries I-XII, the
# book's own "XIII." for VIII kept), the last chapter opening of The Man of Forty Crowns,
# then The Huron's title and the openings of its chapters I-XII ("I." / title line).
HURON = """
THE HURON; OR, PUPIL OF NATURE.

I. The Huron arrives in France
II. The Huron, called the Ingenu, acknowledged by
 his relatives
III. The Huron converted
IV. The Huron baptized
V. The Huron in love
VI. The Huron flies to his mistress, and becomes
 quite furious
VII. The Huron repulses the English
XIII. The Huron goes to Court. Sups upon the road with
 some Huguenots
IX. The arrival of the Huron at Versailles. His reception
 at Court
X. The Huron is shut up in the Bastile with a Jansenist
XI. How the Huron discloses his genius
XII. The Huron's sentiments upon theatrical pieces



XII.

The GOOD SUPPER AT MR. ANDREW'S.


We supped at Mr. Andrew's yesterday, together with a Doctor Sorbonne, with Monsieur Pinto, the celebrated Jew, with the Chaplain of the Protestant chapel of the Dutch Embassador, the secretary of the Prince Galitzin of the Greek church, a Calvinist Swiss Captain, two philosophers, and three Ladies of great wit.


THE HURON; OR, PUPIL OF NATURE.




I.

THE HURON ARRIVES IN FRANCE.


One day, Saint Dunstan, an Irishman by nation, and a saint by trade, left Ireland on a small mountain, which took its route toward the coast of France, and set his saintship down in the bay of St. Malo. When he had dismounted, he gave his blessing to the mountain, which, after some profound bows, took its leave, and returned to its former place.

Here St. Dunstan laid the foundation of a small priory, and gave it the name of the Priory Mountain, which it still keeps, as every body knows.




II.

THE HURON, CALLED THE INGENU, ACKNOWLEDGED BY HIS RELATIONS.


The Ingenu, according to custom, awoke with the sun, at the crowing of the cock, which is called in England and Huronia, "the trumpet of the day." He did not imitate what is styled good company, who languish in the bed of indolence till the sun has performed half its daily journey, unable to sleep, but not disposed to rise, and lose so many precious hours in that doubtful state between life and death, and who nevertheless complain that life is too short.

He had already traversed two or three leagues, and killed fifteen brace of game with his rifle, when, upon his return, he found the prior of the Lady of the Mountain, with his discreet sister, walking in their nightcaps in their little garden. He presented them with the spoils of his morning labor, and taking from his bosom a kind of little talisman, which he constantly wore about his neck, he entreated them to accept of it as an acknowledgment for the kind reception they had given him.




III.

THE HURON CONVERTED.


The prior finding that he was somewhat advanced in years, and that God had sent him a nephew for his consolation, took it into his head that he would resign his benefice in his favor, if he succeeded in baptizing him and of making him enter into orders.

The Huron had an excellent memory. A good constitution, inherited from his ancestors of Lower Britany, strengthened by the climate of Canada, had made his head so vigorous that when he was struck upon it he scarce felt it; and when any thing was graven in it, nothing could efface it. Nothing had ever escaped his memory. His conception was the more sure and lively, because his infancy had not been loaded with useless fooleries, which overwhelm ours. Things entered into his head without being clouded. The prior at length resolved to make him read the New Testament. The Huron devoured it with great pleasure; but not knowing at what time, or in what country all the adventures related in this book had happened, he did not in the least doubt that the scene of action had been in Lower Britany; and he swore, that he would cut off Caiphas and Pontius Pilate's ears, if ever he met those scoundrels.




IV.

THE HURON BAPTIZED.


The prior and the abbé having run to the river side, they asked the Huron what he was doing?

"In faith," said he, "gentlemen, I am waiting to be baptized. I have been an hour in the water, up to my neck, and I do not think it is civil to let me be quite exhausted."




V.

THE HURON IN LOVE.


It must be acknowledged, that from the time of this christening and this dinner, Miss St. Yves passionately wished that the bishop would again make her an assistant with Mr. Hercules in some other fine ceremony--that is, the marriage ceremony. However, as she was well brought up, and very modest,--she did not entirely agree with herself in regard to these tender sentiments; but if a look, a word, a gesture, a thought, escaped from her, she concealed it admirably under the veil of modesty. She was tender, lively, and sagacious.

As soon as the bishop was gone, the Huron and Miss St. Yves met together, without thinking they were in search of one another. They spoke together, without premeditating what they said. The sincere youth immediately declared, "that he loved her with all his heart; and that the beauteous Abacaba, with whom he had been desperately in love in his own country, was far inferior to her." Miss replied, with her usual modesty, "that the prior, her uncle, and the lady, her aunt, should be spoken to immediately; and that, on her side, she would say a few words to her dear brother, the Abbé of St. Yves, and that she flattered herself it would meet with no opposition."




VI.

THE HURON FLIES TO HIS MISTRESS, AND BECOMES QUITE FURIOUS.


No sooner had the ingenuous Hercules reached the house, than having asked the old servant, which was his mistress's apartment, he forced open the door, which was badly fastened, and flew toward the bed. Miss St. Yves, startled out of her sleep, cried.

"Ah! what, is it you! Stop, what are you about?" He answered:




VII.

THE HURON REPULSES THE ENGLISH.


The ingenuous Hercules walked toward the sea-coast wrapped in deep and gloomy melancholy, with his double charged fusee upon his shoulder, and his cutlass by his side, shooting now and then a bird, and often tempted to shoot himself; but he had still some affection for life, for the sake of his dear mistress; by turns execrating his uncle and aunt, all Lower Britany, and his christening; then blessing them, as they had introduced him to the knowledge of her he loved. He resolved upon going to burn the convent, and he stopped short for fear of burning his mistress. The waves of the Channel are not more agitated by the easterly and westerly winds, than was his heart by so many contrary emotions.

He was walking along very fast, without knowing whither he was going, when he heard the beat of a drum. He saw, at a great distance, a vast multitude, part of whom ran toward the coast, and the other part in the opposite direction.




VIII.

THE HURON GOES TO COURT. SUPS UPON THE ROAD WITH SOME HUGUENOTS.


The ingenuous Hercules took the Saumur road in the coach, because there was at that time no other convenience. When he came to Saumur, he was astonished to find the city almost deserted, and to see several families going away. He was told, that half a dozen years before, Saumur contained upwards of fifty thousand inhabitants, and that at present there were not six thousand. He mentioned this at the inn, whilst at supper. Several Protestants were at table; some complained bitterly, others trembled with rage, others, weeping, said, Nos dulcia linquimus arva, nos patriam fugimus. The Huron, who did not understand Latin, had these words explained to him, which signified, "We abandon our sweet fields;--We fly from our country."

"And why do you fly from your country, gentlemen?"




IX.

THE ARRIVAL OF THE HURON AT VERSAILLES. HIS RECEPTION AT COURT.


The ingenuous Hercules was set down from a public carriage, in the court of the kitchens. He asks the chairmen, what hour the king can be seen? The chairmen laugh in his face, just as the English Admiral had done: and he treated them in the same manner--he beat them. They were for retaliation, and the scene had like to have proved bloody, if a soldier, who was a gentleman of Britany, had not passed by, and who dispersed the mob.

"Sir," said the traveler to him, "you appear to me to be a brave man. I am nephew to the Prior of our Lady of the Mountain. I have killed Englishmen, and I am come to speak to the king. I beg you will conduct me to his chamber."




X.

THE HURON IS SHUT UP IN THE BASTILE WITH A JANSENIST.


Mr. Gordon was a healthy old man, of a serene disposition, who was acquainted with two great things; the one was, to bear adversity; the other, to console the afflicted. He approached his companion with an open sympathizing air, and said to him, whilst he embraced him:

"Whoever thou art that is come to partake of my grave, be assured, that I shall constantly forget myself to soften thy torments in the infernal abyss where we are plunged. Let us adore Providence that has conducted us here. Let us suffer in peace, and trust in hope."




XI.

HOW THE HURON DISCLOSES HIS GENIUS.


Reading aggrandizes the soul, and an enlightened friend affords consolation. Our captive had these two advantages in his favor which he had never expected.

"I shall begin to believe in the Metamorphoses," said he, "for I have been transformed from a brute into a man."




XII.

THE HURON'S SENTIMENTS UPON THEATRICAL PIECES.


The young Huron resembled one of those vigorous trees, which, languishing in an ungrateful soil, extend in a little time their roots and branches when transplanted to a more favorable spot; and it was very extraordinary that this favorable spot should be a prison.

Among the books which employed the leisure of the two captives were some poems and also translations of Greek tragedies, and some dramatic pieces in French. Those passages that dwelt on love communicated at once pleasure and pain to the soul of the Huron. They were but so many images of his dear Miss St. Yves. The fable of the two pigeons rent his heart: for he was far estranged from his tender dove.

"""

HURON_CHAPTERS = [
    "I. THE HURON ARRIVES IN FRANCE.",
    "II. THE HURON, CALLED THE INGENU, ACKNOWLEDGED BY HIS RELATIONS.",
    "III. THE HURON CONVERTED.",
    "IV. THE HURON BAPTIZED.",
    "V. THE HURON IN LOVE.",
    "VI. THE HURON FLIES TO HIS MISTRESS, AND BECOMES QUITE FURIOUS.",
    "VII. THE HURON REPULSES THE ENGLISH.",
    "VIII. THE HURON GOES TO COURT. SUPS UPON THE ROAD WITH SOME HUGUENOTS.",
    "IX. THE ARRIVAL OF THE HURON AT VERSAILLES. HIS RECEPTION AT COURT.",
    "X. THE HURON IS SHUT UP IN THE BASTILE WITH A JANSENIST.",
    "XI. HOW THE HURON DISCLOSES HIS GENIUS.",
    "XII. THE HURON'S SENTIMENTS UPON THEATRICAL PIECES.",
]


def test_glued_roman_letter_huron_chapters_one_level_under_the_title():
    """Clause glued_roman_letter: the body's "I." / "V." / "X." over their title lines
    are the chapters I, V, X, not appendix letters I, V, X glued to the list's entries
    "I. The Huron arrives in France" ... (session 32's headless_contents found the
    list). Before, they were "listed" headings titled "I THE HURON ...", rank 20, at
    the level of the romance's title, which was lost; II-IV, VI-IX stayed one level
    lower."""
    sections = find_sections(normalize_text(HURON))[0]
    got = [(s.level, s.title) for s in sections if s.title]
    assert got == [(1, "THE HURON; OR, PUPIL OF NATURE.")] + [(2, t) for t in HURON_CHAPTERS]


def test_glued_roman_letter_huron_list_still_found():
    """Guard: the heading-less list stays a contents list (headless_contents keeps its
    gain): its span covers the entries and none of its lines is a section."""
    text = normalize_text(HURON)
    spans: list = []
    find_headings(text, contents_out=spans)
    first = text.index("I. The Huron arrives in France")
    last = text.index("XII. The Huron's sentiments upon theatrical pieces")
    assert any(a <= first and last < b for a, b in spans)


# R, "An Introduction to R" (R 4.2.2, ``R-intro.pdf`` through ``pdftotext -layout``):
# its appendix C's contents lines (leader dots shortened) and sections, their paragraph
# right under the heading. Appendix C is a Roman letter, and no other letter is here.
LEADER = " ." * 20
R_APPENDIX_C = (
    "Table of Contents\n\n"
    f"1      Introduction and preliminaries{LEADER} 2\n"
    f"    1.1 The R environment{LEADER} 2\n\n"
    f"Appendix C The command-line editor{LEADER} 89\n"
    f"    C.1 Preliminaries{LEADER} 89\n"
    f"    C.2 Editing actions{LEADER} 89\n"
    f"    C.3 Command-line editor summary{LEADER} 89\n\n\n\n"
    "1 Introduction and preliminaries\n\n"
    "1.1 The R environment\n"
    "R is an integrated suite of software facilities for data manipulation, calculation "
    "and graphical\ndisplay. Among other things it has\n\n"
    "Appendix C The command-line editor\n\n"
    "C.1 Preliminaries\n"
    "When the GNU readline library is available at the time R is configured for "
    "compilation under\nUNIX, an inbuilt command line editor allowing recall, editing "
    "and re-submission of prior\ncommands is used.\n\n"
    "C.2 Editing actions\n"
    "The R program keeps a history of the command lines you type, including the erroneous "
    "lines,\nand commands in your history may be recalled, changed if necessary, and "
    "re-submitted as\nnew commands.\n\n"
    "C.3 Command-line editor summary\n"
    "Command recall and vertical motion\n"
)


def test_glued_roman_letter_keeps_lettered_section_numbers():
    """Guard: "C.1", "C.2", "C.3" (a Roman letter with a section number after it) are
    appendix C's sections, glued headings as before, though no letter outside the
    Roman numerals' is in the document."""
    titles = [s.title for s in find_sections(normalize_text(R_APPENDIX_C))[0]]
    assert "C.1 Preliminaries" in titles
    assert "C.2 Editing actions" in titles
    assert "C.3 Command-line editor summary" in titles


def test_glued_roman_letter_an_appendix_series_keeps_its_lone_letters():
    """Guard: where the picks hold a letter no Roman numeral has ("A", "B"), a lone
    "C" / "D" is the appendix after them and is kept; where every letter is a Roman
    numeral's, only the lone ones go. Picks are (first line, last line, number, title)."""
    a, b = (10, 10, (1000,), "A Sample session"), (20, 20, (1001,), "B Invoking R")
    c, d = (30, 30, (1002,), "C The command-line editor"), (40, 40, (1003,), "D Index")
    assert _roman_letters([a, b, c, d]) == [a, b, c, d]
    one, i, v = (5, 5, (1,), "1 Introduction"), (8, 9, (1008,), "I Title"), (12, 13, (1021,), "V T")
    c1 = (31, 31, (1002, 1), "C.1 Preliminaries")
    assert _roman_letters([one, i, v, c1]) == [one, c1]


def test_glued_roman_letter_cd_appendices_without_a_and_b_stay():
    """Review (clause glued_roman_letter_cd_appendices): a manual whose appendices A and B
    were no glued picks keeps its lone "C" / "D" appendix headings: no I, V or X among
    the lone letters, so no Roman series. With I, V or X among them they still go."""
    one = (5, 5, (1,), "1 Introduction")
    c, d = (30, 30, (1002,), "C The command-line editor"), (40, 40, (1003,), "D Index")
    assert _roman_letters([one, c, d]) == [one, c, d]
    i, x = (8, 9, (1008,), "I Title"), (50, 51, (1023,), "X Title")
    assert _roman_letters([one, i, c, x]) == [one]
