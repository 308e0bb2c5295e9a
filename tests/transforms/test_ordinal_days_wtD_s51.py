"""Clause ordinal_day_divisions (transforms.ordinal_divisions) and its guard days_from_first
(transforms.english_parts), session 51, branch wtD: "THE FIRST DAY" .. over a book's chapters.

Excerpts of rcdm-uga/Gutenberg_Text as the project's reader and clean stage leave them
(normalize_text, clean_text); long paragraphs are cut after their first sentence or two,
nothing else is changed.
"""

from transforms.sections import find_sections

# Zola, Lourdes (tr. Vizetelly), "The Three Cities Trilogy: Lourdes, Complete.txt": the title
# page, the PREFACE, the title again, then "THE FIRST DAY" over chapters I .. III and "THE
# SECOND DAY" over its own I .. III. Before the clause "THE SECOND DAY" was a line in capitals
# and "THE FIRST DAY" none: the first day's chapters fell under the PREFACE.
LOURDES = """LOURDES


FORM THE THREE CITIES


By Emile Zola


Translated By Ernest A. Vizetelly




PREFACE


BEFORE perusing this work, it is as well that the reader should understand M. Zola’s aim in writing it, and his views--as distinct from those of his characters--upon Lourdes, its Grotto, and its cures.





LOURDES




THE FIRST DAY




I. PILGRIMS AND PATIENTS

THE pilgrims and patients, closely packed on the hard seats of a third-class carriage, were just finishing the “Ave maris Stella,” which they had begun to chant on leaving the terminus of the Orleans line, when Marie, slightly raised on her couch of misery and restless with feverish impatience, caught sight of the Paris fortifications through the window of the moving train.




II. PIERRE AND MARIE

THE green landscapes of Poitou were now defiling before them, and Abbe Pierre Froment, gazing out of the window, watched the trees fly away till, little by little, he ceased to distinguish them.




III. POITIERS

AS soon as the train arrived at Poitiers, Sister Hyacinthe alighted in all haste, amidst the crowd of porters opening the carriage doors, and of pilgrims darting forward to reach the platform.





THE SECOND DAY




I. THE TRAIN ARRIVES

IT was twenty minutes past three by the clock of the Lourdes railway station, the dial of which was illumined by a reflector. Under the slanting roof sheltering the platform, a hundred yards or so in length, some shadowy forms went to and fro, resignedly waiting.




II. HOSPITAL AND GROTTO

BUILT, so far as it extends, by a charitable Canon, and left unfinished through lack of money, the Hospital of Our Lady of Dolours is a vast pile, four storeys high, and consequently far too lofty, since it is difficult to carry the sufferers to the topmost wards.




III. FOUNTAIN AND PISCINA

As Pierre went off, ill at ease, mastered by invincible repugnance, unwilling to remain there any longer, he caught sight of M. de Guersaint, kneeling near the Grotto, with the absorbed air of one who is praying with his whole soul.
"""

# Scott's Dryden, vol. 11 ("The Works of John Dryden ... Volume 11.txt"): the Decameron tales
# behind Dryden's Fables, each cited "ORIGINAL, FROM THE DECAMERON." / "THE FOURTH DAY." /
# "NOVEL I.", after the footnotes of the poem before it. The days run 4, 5, 5: cited, not
# counted from a first day.
DRYDEN = """ Who, late repenting of his cruel deed,
 One common sepulchre for both decreed;
 Entombed the wretched pair in royal state,
 And on their monument inscribed their fate.


FOOTNOTES:

[Footnote 214: This minute circumstance, which is mentioned by Boccacio, seems to argue, that the story had a real, at least a traditional foundation;

[Footnote 215: The dispute between William and his Parliament about his favourite Dutch guards, was obviously in Dryden's recollection.]




ORIGINAL, FROM THE DECAMERON.

THE FOURTH DAY.

NOVEL I.


 Tancred, prince of Salerno, puts his daughter's lover to death, and sends his heart to her in a golden cup; she pours water upon it, which she had poisoned, and so dies.

Our king has given us a most melancholy subject for this day's discourse; considering that, as we came hither to be merry, we must now recount other people's misfortunes, which cannot be related without moving compassion, as well in those who tell, as in those who hear them.
Perhaps it is designed as an allay to the mirth of the preceding days.
But, whatever his reason may be for it, I have no business to make any alteration with regard to his pleasure. I shall, therefore, mention an unhappy story to you, worthy of your most tender compassion.

Tancred, prince of Salerno, was a most humane and generous lord, had he not, in his old age, defiled his hands in a lover's blood.
 Resistless in her love, as in her hate.
 By her example warned, the rest beware;
 More easy, less imperious, were the fair;
 And that one hunting, which the devil designed
 For one fair female, lost him half the kind.


FOOTNOTES:

[Footnote 218: Derrick, spoke. The reading of the folio, besides furnishing an accurate rhyme, is in itself far more picturesque. The spectre is described in the very attitude of assault.]




ORIGINAL, FROM THE DECAMERON.

THE FIFTH DAY.

NOVEL VIII.


 Anastasio being in love with a young lady, spent a good part of his fortune without being able to gain her affections. At the request of his relations he retires to Chiassi, where he sees a lady pursued and slain by a gentleman, and then given to the dogs to be devoured.

When Lauretta had made an end, Philomena began, by the queen's command, thus: Most gracious lady, as pity is a commendable quality in us, in like manner do we find cruelty most severely punished by divine justice;

 But a short exile must for show precede:
 The term expired, from Candia they remove;
 And happy each at home, enjoys his love.


FOOTNOTES:

[Footnote 219: Although this interpretation is invidious, it might have been wished, that Collier, against whom the insinuation is directed, had been less coarse, and somewhat veiled the indecencies which he justly censures.]

[Footnote 220: Dryden willingly seizes the opportunity of being witty at the expence of the militia of England, which were then drawn out, and exercised once a month, instead of being formed as at present into permanent fencible regiments;




ORIGINAL, FROM THE DECAMERON.

THE FIFTH DAY.

NOVEL I.


 Cymon becomes wise by being in love, and by force of arms wins
 Ephigenia his mistress upon the seas, and is imprisoned at Rhodes.
 Being delivered from thence by Lysimachus, with him he recovers Ephigenia, and flies with her to Crete, where he is married to her, and is afterwards recalled home.

A great many novels come now fresh into my mind, for the beginning of such an agreeable day's discourse as this is likely to be;
"""


def _sections(text):
    return [(s.level, s.title, text[s.start : s.end]) for s in find_sections(text)[0]]


def test_ordinal_days_head_their_chapters_lourdes():
    secs = _sections(LOURDES)
    titles = [(level, title) for level, title, _ in secs]
    assert titles == [
        (0, ""),
        (1, "PREFACE"),
        (1, "THE FIRST DAY"),
        (2, "I. PILGRIMS AND PATIENTS"),
        (2, "II. PIERRE AND MARIE"),
        (2, "III. POITIERS"),
        (1, "THE SECOND DAY"),
        (2, "I. THE TRAIN ARRIVES"),
        (2, "II. HOSPITAL AND GROTTO"),
        (2, "III. FOUNTAIN AND PISCINA"),
    ]
    preface = secs[1][2]
    assert preface.rstrip().endswith("LOURDES")  # the title again, no chapter text
    assert "pilgrims" not in preface
    assert secs[3][2].startswith("I. PILGRIMS AND PATIENTS\n\nTHE pilgrims and patients")
    assert "".join(body for _, _, body in secs) == LOURDES  # the sections cover the text


def test_days_from_first_dryden_decameron_citations():
    secs = _sections(DRYDEN)
    titles = [title for _, title, _ in secs]
    assert not any("DAY" in t for t in titles)
    assert titles == ["", "FOOTNOTES:", "FOOTNOTES:", "FOOTNOTES:"]
    # each tale stays with the notes above it, as before the clause
    assert "THE FOURTH DAY.\n\nNOVEL I." in secs[1][2]
    assert "THE FIFTH DAY.\n\nNOVEL I." in secs[3][2]
