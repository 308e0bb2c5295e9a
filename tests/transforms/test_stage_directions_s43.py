"""Clause stage_direction_not_key (session 43, transforms/stage_directions.py): a play's
stage directions ("[Enter KING JOHN, ARTHUR, and HUBERT.]") are no key candidates; clause
cast_list_caps_entry (transforms/cast_list.py): a cast list whose entries have no end mark
("JOHN OF GAUNT, Duke of Lancaster - uncle to the King") is found, and its scene line is
no candidate. Real text: Shakespeare, King John III.1-3 and Richard II's opening
(Project Gutenberg editions in defaults/shakespeare); Wilde, The Importance of Being
Earnest I; Dickens, Sunday Under Three Heads (guard: a prose "Enter")."""

from tests.transforms.play_keys import eligible as _eligible
from transforms.cast_list import _ENTRY, cast_list_spans
from transforms.stage_directions import direction_sentences, is_direction, is_play

KING_JOHN = (
    "ACT III.\n\n"
    "SCENE 2. The same. Plains near Angiers\n\n"
    "[Alarums. Excursions. Enter the BASTARD with AUSTRIA'S head.]\n\n"
    "BASTARD.\n"
    "Now, by my life, this day grows wondrous hot;\n"
    "Some airy devil hovers in the sky\n"
    "And pours down mischief.--Austria's head lie there,\n"
    "While Philip breathes.\n\n"
    "[Enter KING JOHN, ARTHUR, and HUBERT.]\n\n"
    "KING JOHN.\n"
    "Hubert, keep this boy.--Philip, make up:\n"
    "My mother is assailed in our tent,\n"
    "And ta'en, I fear.\n\n"
    "BASTARD.\n"
    "My lord, I rescu'd her;\n"
    "Her highness is in safety, fear you not:\n"
    "But on, my liege; for very little pains\n"
    "Will bring this labour to an happy end.\n\n"
    "[Exeunt.]\n\n\n\n"
    "SCENE 3.  The same.\n\n"
    "[Alarums, Excursions, Retreat. Enter KING JOHN, ELINOR, ARTHUR,\n"
    "the BASTARD, HUBERT, and LORDS.]\n\n"
    "KING JOHN.\n"
    "[To ELINOR] So shall it be; your grace shall stay behind,\n"
    "So strongly guarded.--\n"
    "[To ARTHUR] Cousin, look not sad;\n"
    "Thy grandam loves thee, and thy uncle will\n"
    "As dear be to thee as thy father was.\n\n"
    "ARTHUR.\n"
    "O, this will make my mother die with grief!\n\n"
    "BASTARD.\n"
    "Bell, book, and candle shall not drive me back,\n"
    "When gold and silver becks me to come on.\n\n"
    "[Exit BASTARD.]\n"
)
JOHN_DIRECTIONS = (
    "Enter the BASTARD with AUSTRIA'S head.]",
    "[Enter KING JOHN, ARTHUR, and HUBERT.]",
    "Enter KING JOHN, ELINOR, ARTHUR, the BASTARD, HUBERT, and LORDS.]",
)

# Wilde, The Importance of Being Earnest, Act I (Gutenberg mirror): speaker tags not in
# capitals, no act line in the excerpt's text but its own; bracketed directions inside speeches.
EARNEST = (
    "FIRST ACT\n\n"
    "SCENE\n\n"
    "Morning-room in Algernon's flat in Half-Moon Street.  The room is luxuriously and "
    "artistically furnished.  The sound of a piano is heard in the adjoining room.\n\n"
    "[Lane is arranging afternoon tea on the table, and after the music has ceased, Algernon "
    "enters.]\n\n"
    "Algernon.  Lane's views on marriage seem somewhat lax.  Really, if the lower orders don't "
    "set us a good example, what on earth is the use of them?\n\n"
    "[Enter Lane.]\n\n"
    "Lane.  Mr. Ernest Worthing.\n\n"
    "[Enter Jack.]\n\n"
    "[Lane goes out_._]\n\n"
    "Algernon.  How are you, my dear Ernest?  What brings you up to town?\n\n"
    "Jack.  [Pulling off his gloves_._]  When one is in town one amuses oneself.  When one is "
    "in the country one amuses other people.  It is excessively boring.\n\n"
    "Algernon.  How immensely you must amuse them!  [Goes over and takes sandwich, and sits "
    "down by the table with his back to the door.]  By the way, Shropshire is your county, is "
    "it not?\n\n"
    "[Exit Lane.]\n\n"
    "[Exeunt Algernon and Jack into the music-room.]\n\n"
    # (the rest of Act I elided)
    "SECOND ACT\n\n"
    "SCENE\n\n"
    "Garden at the Manor House.  A flight of grey stone steps leads up to the house.\n"
)

# Dickens, Sunday Under Three Heads (Gutenberg mirror): prose whose sentence opens "Enter".
DICKENS = (
    "The organ is again heard; those who have been asleep wake up, and those who have kept "
    "awake, smile and seem greatly relieved; bows and congratulations are exchanged, the "
    "livery servants are all bustle and commotion, bang go the steps, up jump the footmen, and "
    "off rattle the carriages: the inmates discoursing on the dresses of the congregation, and "
    "congratulating themselves on having set so excellent an example to the community in "
    "general, and Sunday-pleasurers in particular.\n\n"
    "Enter a less orthodox place of religious worship, and observe the contrast.  A small close "
    "chapel with a white-washed wall, and plain deal pews and pulpit, contains a closely-packed "
    "congregation, as different in dress, as they are opposed in manner, to that we have just "
    "quitted.  The preacher enters the pulpit.  He is a coarse, hard-faced man of forbidding "
    "aspect, clad in rusty black.\n"
)

# Shakespeare, Richard II (defaults/shakespeare, Gutenberg edition): a cast list without end
# marks; its group line and scene line were keys (session 42 review: 8 such keys).
RICHARD_II = (
    "THE TRAGEDY OF KING RICHARD THE SECOND\n\n"
    "by William Shakespeare\n\n\n\n\n"
    "DRAMATIS PERSONAE\n"
    "\n"
    "KING RICHARD THE SECOND\n"
    "JOHN OF GAUNT, Duke of Lancaster - uncle to the King\n"
    "EDMUND LANGLEY, Duke of York - uncle to the King\n"
    "HENRY, surnamed BOLINGBROKE, Duke of Hereford, son of\n"
    "John of Gaunt, afterwards King Henry IV\n"
    "DUKE OF AUMERLE, son of the Duke of York\n"
    "THOMAS MOWBRAY, Duke of Norfolk\n"
    "DUKE OF SURREY\n"
    "EARL OF SALISBURY\n"
    "LORD BERKELEY\n"
    "BUSHY - Servant to King Richard\n"
    "BAGOT - Servant to King Richard\n"
    "GREEN - Servant to King Richard\n"
    "EARL OF NORTHUMBERLAND\n"
    "HENRY PERCY, surnamed Hotspur, his son\n"
    "LORD ROSS\n"
    "LORD WILLOUGHBY\n"
    "LORD FITZWATER\n"
    "BISHOP OF CARLISLE\n"
    "ABBOT OF WESTMINSTER\n"
    "LORD MARSHAL\n"
    "SIR PIERCE OF EXTON\n"
    "SIR STEPHEN SCROOP\n"
    "Captain of a band of Welshmen\n"
    "\n"
    "QUEEN TO KING RICHARD\n"
    "DUCHESS OF GLOUCESTER\n"
    "DUCHESS OF YORK\n"
    "Lady attending on the Queen\n"
    "\n"
    "Lords, Heralds, Officers, Soldiers, Gardeners, Keeper, Messenger,\n"
    "Groom, and other Attendants\n"
    "\n"
    "\n"
    "\n"
    "SCENE: Dispersedly in England and Wales.\n"
    "\n"
    "\n"
    "\n"
    "ACT 1\n\n"
    "SCENE I. London. A Room in the palace.\n\n"
    "[Enter KING RICHARD, attended; JOHN OF GAUNT, with other NOBLES.]\n\n"
    "KING RICHARD.\n"
    "Old John of Gaunt, time-honoured Lancaster,\n"
    "Hast thou, according to thy oath and band,\n"
    "Brought hither Henry Hereford thy bold son,\n"
    "Here to make good the boisterous late appeal,\n"
    "Which then our leisure would not let us hear,\n"
    "Against the Duke of Norfolk, Thomas Mowbray?\n\n"
    # (the rest of scene I elided: its last lines follow)
    "Lord Marshal, command our officers-at-arms\n"
    "Be ready to direct these home alarms.\n\n"
    "[Exeunt.]\n\n\n\n"
    "SCENE II. The same. A room in the DUKE OF LANCASTER'S palace.\n\n"
    "[Enter GAUNT and DUCHESS OF GLOUCESTER.]\n\n"
    "GAUNT.\n"
    "Alas, the part I had in Woodstock's blood\n"
    "Doth more solicit me than your exclaims,\n"
    "To stir against the butchers of his life.\n"
)


def test_king_john_directions_are_no_candidates():
    st, texts, ok = _eligible(KING_JOHN)
    assert is_play(KING_JOHN)
    for line in JOHN_DIRECTIONS:
        assert not ok[texts.index(line)], line  # base43: eligible
    # guard: speeches stay, the one after "[To ELINOR]" included
    for start in ("Now, by my life", "Her highness is in safety", "[To ELINOR] So shall it be"):
        assert ok[[i for i, t in enumerate(texts) if t.startswith(start)]].all(), start
    keys = [texts[i] for i in st.key_sentences.tolist()]
    assert keys and not set(keys) & set(JOHN_DIRECTIONS)


def test_wilde_directions_out_speeches_in():
    st, texts, ok = _eligible(EARNEST)
    assert is_play(EARNEST)
    out = "[Lane is arranging afternoon tea on the table, and after the music has ceased, Algernon enters.]"
    assert not ok[texts.index(out)]  # base43: eligible
    # a bracketed direction inside a speech line, wholly bracketed: out
    goes = [i for i, t in enumerate(texts) if t.startswith("[Goes over and takes sandwich")]
    assert goes and not ok[goes].any()
    # guard: the speeches (after "[Pulling off his gloves_._]" too) and the opening
    # description (Wilde's prose setting, not bracketed) stay candidates
    for start in (
        "Really, if the lower orders",
        "When one is in the country",
        "By the way, Shropshire",
        "The room is luxuriously",
    ):
        assert ok[[i for i, t in enumerate(texts) if start in t]].all(), start


def test_prose_enter_stays_a_candidate():
    # guard: a novel's or essay's "Enter ..." is read only in a play
    st, texts, ok = _eligible(DICKENS)
    assert not is_play(DICKENS)
    first = texts.index(
        "Enter a less orthodox place of religious worship, and observe the contrast."
    )
    assert ok[first]
    assert is_direction("", texts[first])  # by shape alone it would be one: the gate decides
    assert len(direction_sentences(DICKENS, st.sentences, range(len(texts)))) == 0


def test_shapes():
    assert is_direction("", "Enter Caesar with his Army, marching.")
    assert is_direction("Flourish. ", "Enter King Henry, Exeter, and others.")
    assert is_direction("", "_Exit Lady Bracknell._")
    assert is_direction("MORELL. Very well. ", "(Enter BURGESS and PROSERPINE.)")
    assert is_direction("", "SCENE: Dispersedly in England and Wales.")
    # guards: a speech's imperative, a speech after a speaker tag, a bracket closed early,
    # Shaw's prose direction in parentheses, an act's scene heading
    assert not is_direction("", "Enter, my lord, and see what I have found.")
    assert not is_direction("", "Enter'd the grotto; nor the lovely nymph")
    assert not is_direction("KING JOHN. ", "Enter thou into the house, and look for Hubert.")
    assert not is_direction("", "[Aside] Poor worm! thou art infected: This visitation shows it.")
    assert not is_direction(
        "", "(She enters the engagement in silence, with implacable disparagement.)"
    )
    assert not is_direction("", "SCENE I. London. A Room in the palace.")
    # guards (mirror A/B): a Gutenberg footnote in a play's book (Bentley's Miscellany II,
    # which passes the play gate), an italic song (Scott's Dryden, The Tempest altered)
    note = "[Footnote 41: This fact is not generally known; but a singular proof of the correctness of the above statement has recently been furnished. "
    assert not is_direction(
        note,
        "One or two of them had perhaps committed self-destruction; but so many could hardly have been collected by the same act in one spot.",
    )
    assert not is_direction(
        "",
        "_Full fathom five thy father lies, Of his bones is coral made: Those are pearls that were his eyes; Nothing of him, that does fade, But does suffer a sea change, Into something rich and strange._",
    )
    assert is_direction("", "_Enter PROVOST, CLAUDIO, JULIET, and Officers._")


def test_richard_ii_scene_line_is_no_candidate():
    st, texts, ok = _eligible(RICHARD_II)
    assert is_play(RICHARD_II)
    scene = "SCENE: Dispersedly in England and Wales."
    assert not ok[texts.index(scene)]  # base43: eligible, and a key of the play
    # every candidate left starts after "ACT 1"; the play keeps keys from its speeches
    cands = st.sentences[ok, 0]
    assert len(cands) and (cands > RICHARD_II.index("ACT 1")).all()
    keys = st.sentences[st.key_sentences, 0]
    assert len(keys) and (keys > RICHARD_II.index("ACT 1")).all()


# Shakespeare, The Winter's Tale (defaults/shakespeare, Gutenberg edition): its opening, a
# cast list of entries in capitals without end marks ("LEONTES, King of Sicilia"). Clause
# cast_list_caps_entry: the list is found, its group line is no candidate (base43: a key).
WINTERS_TALE = (
    "THE WINTER'S TALE\n"
    "\n"
    "by William Shakespeare\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "Dramatis Personae\n"
    "\n"
    "LEONTES, King of Sicilia\n"
    "MAMILLIUS, his son\n"
    "CAMILLO, Sicilian Lord\n"
    "ANTIGONUS, Sicilian Lord\n"
    "CLEOMENES, Sicilian Lord\n"
    "DION, Sicilian Lord\n"
    "POLIXENES, King of Bohemia\n"
    "FLORIZEL, his son\n"
    "ARCHIDAMUS, a Bohemian Lord\n"
    "An Old Shepherd, reputed father of Perdita\n"
    "CLOWN, his son\n"
    "AUTOLYCUS, a rogue\n"
    "A Mariner\n"
    "Gaoler\n"
    "Servant to the Old Shepherd\n"
    "Other Sicilian Lords\n"
    "Sicilian Gentlemen\n"
    "Officers of a Court of Judicature\n"
    "\n"
    "HERMIONE, Queen to Leontes\n"
    "PERDITA, daughter to Leontes and Hermione\n"
    "PAULINA, wife to Antigonus\n"
    "EMILIA, a lady attending on the Queen\n"
    "MOPSA,  shepherdess\n"
    "DORCAS, shepherdess\n"
    "Other Ladies, attending on the Queen\n"
    "\n"
    "Lords, Ladies, and Attendants; Satyrs for a Dance; Shepherds,\n"
    "Shepherdesses, Guards, &c.\n"
    "\n"
    "TIME, as Chorus\n"
    "\n"
    "\n"
    "\n"
    "SCENE: Sometimes in Sicilia; sometimes in Bohemia.\n"
    "\n"
    "\n"
    "\n"
    "\n"
    "ACT I.\n"
    "\n"
    "SCENE I. Sicilia. An Antechamber in LEONTES' Palace.\n"
    "\n"
    "[Enter CAMILLO and ARCHIDAMUS]\n"
    "\n"
    "ARCHIDAMUS.\n"
    "If you shall chance, Camillo, to visit Bohemia, on the\n"
    "like occasion whereon my services are now on foot, you shall see,\n"
    "as I have said, great difference betwixt our Bohemia and your\n"
    "Sicilia.\n"
    "\n"
    "CAMILLO.\n"
    "I think this coming summer the King of Sicilia means to\n"
    "pay Bohemia the visitation which he justly owes him.\n"
)
GROUP_LINE = (
    "Lords, Ladies, and Attendants; Satyrs for a Dance; Shepherds, Shepherdesses, Guards, &c."
)


def test_winters_tale_cast_list_without_end_marks():
    st, texts, ok = _eligible(WINTERS_TALE)
    spans = cast_list_spans(WINTERS_TALE, [s.start for s in st.sections])
    assert len(spans) == 1
    a, b = spans[0]
    assert a < WINTERS_TALE.index("LEONTES, King of Sicilia") and b <= WINTERS_TALE.index("ACT I.")
    assert not ok[texts.index(GROUP_LINE)]  # base43: eligible
    # guard: the speeches after ACT I stay candidates and hold the keys
    assert ok[[i for i, t in enumerate(texts) if t.startswith("I think this coming summer")]].all()
    keys = st.sentences[st.key_sentences, 0]
    assert len(keys) and (keys > WINTERS_TALE.index("ACT I.")).all()


def test_caps_entry_shape():
    assert _ENTRY.fullmatch("JOHN OF GAUNT, Duke of Lancaster - uncle to the King")
    assert _ENTRY.fullmatch("LEONTES, King of Sicilia")
    # guards: verse and speech lines with a comma after a capitalized word, no end mark
    assert not _ENTRY.fullmatch("Now, fair Hippolyta, our nuptial hour")
    assert not _ENTRY.fullmatch("O, this will make my mother die with grief")
    assert not _ENTRY.fullmatch("I, that am rudely stamp'd, and want love's majesty")
