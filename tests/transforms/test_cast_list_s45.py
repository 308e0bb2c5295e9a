"""Session 45: where a cast list under its heading ends (clause ``cast_list_named``,
transforms/cast_list.py).

Clause ``cast_list_part_end``: the list ends at the first part's line ("PART I", "Part the
First") or an act named in words ("ACT THE FIRST."), as at "ACT I.". Clause
``cast_list_tag_spaced``: a speaker tag named again ends the list only when a space or the
line's end follows its mark ("MICHAEL. Must have gone."), not an entry's wrapped line
("Bassanio.) {"). Real text from the Gutenberg mirror: Goethe's Faust Part 1 (Bayard Taylor's
translation), Kean's acting edition of The Merchant of Venice (1858), Goethe's Iphigenia in
Tauris and the part lines of other mirror books."""

from transforms.cast_list import _ACT_START, _named_span, named_cast_spans

# Faust Part 1 (mirror, Goethe), the list under "DRAMATIS PERSONAE" to the first speech: its
# first part's line, the scene's title and setting, the speaker's name, the speech.
FAUST = """DRAMATIS PERSONAE

Characters in the Prologue for the Theatre

THE MANAGER. THE DRAMATIC POET. MERRYMAN.

Characters in the Prologue in Heaven

THE LORD.
RAPHAEL, GABRIEL, MICHAEL, (The Heavenly Host).
MEPHISTOPHELES.

Characters in the Tragedy
FAUST. MEPHISTOPHELES. WAGNER, a Student.
MARGARET. MARTHA, Margaret's Neighbour.
VALENTINE, Margaret's Brother. OLD PEASANT. A
STUDENT. ELIZABETH, an Acquaintance of Margaret's.
Faoscn, BRANDER, SIEBEL, ALTMAYER,
(Guests in Auerbach's Wine Cellar).
Witches; old and young; Wizards, Will-o'-the-Wisp, Witch Pedlar,
Protophantasmist, Servibilis, Monkeys, Spirits, Journeymen,
Country-folk, Citizens, Beggar, Old Fortune-teller, Shepherd,
Soldier, Students, &c.

In the Intermezzo

OBERON. TITANIA. ARIEL. PUCK, &C, &C.




PART I

NIGHT

A high vaulted narrow Gothic chamber.
FAUST, restless, seated at his desk.

FAUST

I HAVE, alas! Philosophy,
Medicine, Jurisprudence too,
And to my cost Theology,
With ardent labour, studied through.
"""


def _span(text, heading):
    a, b = _named_span(text, text.find(heading) + len(heading))
    return text[a:b]


def test_faust_list_ends_at_its_first_part():
    # base45: the list ran through "PART I", "NIGHT" and the scene's setting to "FAUST" and
    # stopped only at the speech's "!"
    span = _span(FAUST, "DRAMATIS PERSONAE")
    assert span.startswith("Characters in the Prologue for the Theatre")
    assert span.endswith("OBERON. TITANIA. ARIEL. PUCK, &C, &C.")
    assert "PART I" not in span and "Gothic chamber" not in span
    # the same without the speech's "!": the part's line still ends it (base45: the list took
    # the scene's setting and the speech, up to the 100-line cap)
    calm = FAUST.replace("I HAVE, alas! Philosophy,", "I HAVE, alas, Philosophy,")
    assert _span(calm, "DRAMATIS PERSONAE") == span
    assert named_cast_spans(FAUST, play=True) == [
        (FAUST.find("Characters in the Prologue"), FAUST.find("&C, &C.") + len("&C, &C."))
    ]


def test_part_and_act_in_words_are_list_ends():
    # the shapes of the part's line over the mirror (alone on their line: "PART I" 70 times,
    # "PART I." 39, "Part 1" 23, "PART ONE" 17, "PART FIRST." 12, "PART THE FIRST." 8) and
    # Goethe's Iphigenia in Tauris' "ACT THE FIRST."
    for line in ("PART I", "PART I.", "Part 1", "PART ONE", "PART FIRST.", "PART THE FIRST.",
                 "Part the First.", "Part I.", "ACT THE FIRST.", "Act the First."):  # fmt: skip
        assert _ACT_START.match(line), line
    # guards: cast entries that open with "Part" or "Act" and no numeral stay in the list
    for line in ("PARTRIDGE, a barber.", "Parthenia, her daughter.", "ACTOR, a player.",
                 "Part of the Chorus.", "Actors, Musicians, and Attendants."):  # fmt: skip
        assert not _ACT_START.match(line), line


# Kean's acting edition of The Merchant of Venice (mirror, 1858), the playbill under
# "DRAMATIS PERSONAE." (elided after Portia's line) and Act I's first speech.
KEAN = """DRAMATIS PERSONAE.

AS FIRST PERFORMED, SATURDAY, JUNE 12, 1858.


DUKE OF VENICE, ........................... Mr. H. MELLON.

PRINCE OF MOROCCO, } {Mr. ROLLESTON.
 } (Suitors to Portia) {
PRINCE OF ARRAGON, } {Mr. RAYMOND.

ANTONIO, (the Merchant of Venice)... Mr. GRAHAM.

BASSANIO, (his Friend) ........... Mr. RYDER.

SALANIO, } (Friends to Antonio and {Mr. BRAZIER.
 Bassanio.) {

SALARINO, } {Mr. G. EVERETT.

GRATIANO, } {Mr. WALTER LACY.

LORENZO, (in love with Jessica).... Mr. J.F. CATHCART.

SHYLOCK, (a Jew) .................. Mr. CHARLES KEAN.

TUBAL, (a Jew, his Friend) ........ Mr. F. COOKE.

PORTIA, (a rich Heiress) .......... Mrs. CHARLES KEAN.

ACT I.

SCENE I.--VENICE.--A STREET.

ANTONIO. In sooth, I know not why I am so sad;
"""


def test_wrapped_entry_is_no_speaker_tag():
    # base45: "Bassanio.) {" (SALANIO's entry wrapped) read as BASSANIO's tag named again:
    # the list ended at SALANIO's line and Shylock's, Tubal's and Portia's were candidates
    span = _span(KEAN, "DRAMATIS PERSONAE.")
    assert span.startswith("AS FIRST PERFORMED")
    assert span.endswith("PORTIA, (a rich Heiress) .......... Mrs. CHARLES KEAN.")
    assert "TUBAL, (a Jew" in span and "ACT I." not in span


def test_spaced_tag_named_again_still_ends_the_list():
    # guard: a real speaker tag named in the list ends it, at the line's end or before a space
    # (the act line cut out of the text: ANTONIO's speech follows the list)
    head = KEAN[: KEAN.find("ACT I.")] + KEAN[KEAN.find("ANTONIO. In sooth") :]
    assert "In sooth" not in _span(head, "DRAMATIS PERSONAE.")
    head = KEAN[: KEAN.find("ACT I.")] + "ANTONIO.\nIn sooth, I know not why I am so sad;\n"
    assert "In sooth" not in _span(head, "DRAMATIS PERSONAE.")


# The Cambridge Shakespeare's Tempest (mirror, vol. 1, 1863): the heading carries the editors'
# note mark, the list its footnotes (notes on the list: they go with it, record).
CAMBRIDGE_TEMPEST = """THE TEMPEST.




DRAMATIS PERSONÆ[1].


 ALONSO, King of Naples.
 SEBASTIAN, his brother.
 PROSPERO, the right Duke of Milan.
 ANTONIO, his brother, the usurping Duke of Milan.
 FERDINAND, son to the King of Naples.
 GONZALO, an honest old Counsellor.
 ADRIAN, Lord
 FRANCISCO, „
 CALIBAN, a savage and deformed Slave.
 TRINCULO, a Jester.
 STEPHANO, a drunken Butler.
 Master of a Ship.
 Boatswain.
 Mariners.

 MIRANDA, daughter to Prospero.

 ARIEL, an airy Spirit.
 IRIS, presented by[2] Spirits.
 CERES, „ „
 JUNO, „ „
 Nymphs, „ „
 Reapers, „ „

 Other Spirits attending on Prospero[3].

SCENE--A ship at sea[4]: an uninhabited island.


 Footnotes:

 1: DRAMATIS PERSONÆ] NAMES OF THE ACTORS F1 at the end of the Play.
 2: presented by] Edd.
 3: Other ... Prospero] Theobald.
 4: A ship at sea:] At sea: Capell.]




THE TEMPEST.




ACT I.


SCENE I. On a ship at sea: a tempestuous noise of thunder and lightning heard.

 _Enter a Ship-Master and a Boatswain._

Mast. Boatswain!
"""


def test_heading_with_a_note_mark():
    # base45: no list (the heading's "[1]" after "PERSONÆ"); the shape test finds none either
    # (ADRIAN's and the spirits' lines are no entries)
    spans = named_cast_spans(CAMBRIDGE_TEMPEST, play=True)
    assert len(spans) == 1
    span = CAMBRIDGE_TEMPEST[spans[0][0] : spans[0][1]]
    assert span.startswith(" ALONSO, King of Naples.") and "SCENE--A ship at sea" in span
    assert "ACT I." not in span and "Boatswain!" not in span
    # the other marks of the mirror's headings: "[C]", "PERSONS.[86]"; a word in brackets is
    # no mark
    for head in ("DRAMATIS PERSONÆ[C].", "PERSONS.[86]"):
        text = CAMBRIDGE_TEMPEST.replace("DRAMATIS PERSONÆ[1].", head)
        (a, b), *more = named_cast_spans(text, play=True)
        assert text[a:b] == span and not more, head
    text = CAMBRIDGE_TEMPEST.replace("DRAMATIS PERSONÆ[1].", "DRAMATIS PERSONÆ[see the end].")
    assert named_cast_spans(text, play=True) == []
