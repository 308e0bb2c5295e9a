"""Chatto & Windus's alphabetical catalogue the mirror still kept after session 39
(session 40): clauses ``ads_series_entries`` and ``ads_above_transcriber_note`` of
``transforms.gutenberg_ads``. Excerpts of Cecil Chesterton's A History of the United States
(Chatto & Windus, 1919) in GitHub rcdm-uga/Gutenberg_Text."""

from transforms.boilerplate import strip_boilerplate
from transforms.clean import clean_text
from transforms.gutenberg_ads import ads_after_the_end
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK A BOOK ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of A Book\n\n*** END OF THIS PROJECT GUTENBERG EBOOK A BOOK ***\n"
_LEAD = "Some text of the book, a sentence of its story.\n\n" * 400


def _raw(end: str) -> str:
    return _HEADER + _LEAD + end + _FOOTER


def _clean(end: str) -> str:
    return clean_text(normalize_text(_raw(end))).text.rstrip()


CHATTO_HEAD = """Yorktown Peninsula, Cornwallis retires to, 34;
  McClellan lands on, 186

Yorktown, surrenders, 34;
  McClellan besieges, 186



        PRINTED IN ENGLAND BY WILLIAM CLOWES AND SONS, LIMITED,
                          LONDON AND BECCLES




+------------------------------------------------------------------------+
|                  ALPHABETICAL CATALOGUE OF BOOKS                       |
|                                 IN                                     |
|                  GENERAL LITERATURE AND FICTION                        |
|                                                                        |
|                            PUBLISHED BY                                |
|                                                                        |
|                           CHATTO & WINDUS                              |
|                                                                        |
|              97 & 99 ST. MARTIN'S LANE, CHARING CROSS                  |
|                                                                        |
|                           LONDON, W.C. 2                               |
|                                                                        |
|   _Telegrams_               _Telephone No._        PERCY SPALDING,     |
|   _Bookstore, London_       _1624 Gerrard_         ANDREW CHATTO,      |
|                                                    C. H. C. PRENTICE,  |
|                                                    C. F. M. TOZER.     |
+------------------------------------------------------------------------+


  =ADAM (GEORGE).--Behind the Scenes at the Front.= With a Frontispiece.
          Demy 8vo, cloth, _6s._ net."""

KINGS_CLASSICS = """  =KING'S CLASSICS (The).= Under the General Editorship of Prof. ISRAEL
          GOLLANCZ, D Litt. Post 8vo, quarter-bound antique grey boards
          or red cloth. _2s. 6d._ net: Double Vols., _3s. 6d._ net.
          Quarter vellum, grey cl. sides, _3s. 6d._ net: Double Vols.,
          _5s._ net. Three-quarter vellum, Oxford side-papers, gilt top,
          _5s._ net: Double Vols., _7s. 6d._ net. + signifies Double
          Volumes. * can be supplied for School use in wrappers at _1s._
          net each.
       =1. The Love of Books: the Philobiblon of Richard de Bury.= Trans.
             by E. C. THOMAS.
      +=2. Six Dramas of Calderon.= Trans. by ED. FITZGERALD. Edited
             by H. OELSNER, M.A.
       =3. The Chronicle of Jocelin of Brakelond.= Trans. from the Latin,
             with Notes, By L. C. JANE, M.A. Introd. by ABBOT GASQUET.
       =4. Life of Sir Thomas More.= by WILLIAM ROPER. With Letters To
             and From His Daughter.
       =5. Eikon Basilike.= Ed. by ED. ALMACK, F.S.A.
       =6. Kings' Letters. Part I.=: From Alfred To the Coming of the
             Tudors. Edited By ROBERT STEELE, F.S.A.
       =7. Kings' Letters. Part II.=: From the Early Tudors; With Letters
             of Henry VIII. and Anne Boleyn.
       =8. Chaucer's Knight's Tale.= _In modern English by_ Prof. SKEAT.
      *=9. Chaucer's Man of Law's Tale, Squire's Tale, and Nun's Priest's
             Tale.= _In modern English by_ Prof. SKEAT.
     *=10. Chaucer's Prioress's Tale, Pardoner's Tale, Clerk's Tale, and
             Canon's Yeoman's Tale.= _In modern English by_ Prof. SKEAT.
             (see Also Nos. 8, 47, 48.)
      =11. The Romance of Fulk Fitzwarine.= Translated by ALICE
             KEMP-WELCH; Introduction by Prof. BRANDIN.
      =12. The Story of Cupid and Psyche.= From "The Golden Ass,"
             ADLINGTON'S Translation. Edited by W. H. D. ROUSE.
      =13. Life of Margaret Godolphin.= By JOHN EVELYN.
      =14. Early Lives of Dante.= Translated by Rev. P. H. WICKSTEED.
      =15. the Falstaff Letters.= By JAMES WHITE.
      =16. Polonius= By EDWARD FITZGERALD.
      =17. Mediæval Lore.= From BARTHOLOMÆUS ANGLICUS. Edited by ROBERT
             STEELE. With Preface by WILLIAM MORRIS.
      =18. The Vision of Piers the Plowman.= By WILLIAM LANGLAND. _In
             modern English by_ Prof. SKEAT.
      =19. The Gull's Hornbook.= By THOMAS DEKKER. Edited by R. B.
             MCKERROW, M.A.
     +=20. The Nun's Rule, Or Ancren Riwle in modern English.= Edited
             by ABBOT GASQUET.
      =21. Memoirs of Robert Cary, Earl of Monmouth.= Edited by G. H.
             POWELL.
      =22. Early Lives of Charlemagne.= Translated by A. J. GRANT. (see
             also No. 45.)
      =23. Cicero's "Friendship," "Old Age," and "Scipio's Dream."=
             Edited by W. H. D. ROUSE, Litt D.
     +=24. Wordsworth's Prelude.= With Notes by W. B. WORSFOLD, M.A.
      =25. The Defence of Guenevere, and other Poems by William Morris.=
             With Introduction by ROBERT STEELE.
      =26, 27. Browning's Men and Women.= Notes by W. B. WORSFOLD, M.A.
                                                   [_In 2 Vols._
      =28. Poe's Poems.= Notes by EDWARD HUTTON.
      =29. Shakespeare's Sonnets.= Edited by C. C. STOPES.
      =30. George Eliot's Silas Marner.= With Introduction by Dr.
             R. GARNETT.
      =31. Goldsmith's Vicar of Wakefield.= With Introduction by Dr.
             R. GARNETT.
      =32. Charles Reade's Peg Woffington.= With Introduction by Dr.
             R. GARNETT.
      =33. The Household of Sir Thomas More.= By ANNE MANNING. With
             Preface by Dr. R. GARNETT. (see Also Nos. 4, 40.)
      =34. Sappho: One Hundred Lyrics.= By BLISS CARMAN.
      =35. Wine, Women, and Song: Mediæval Latin Students' Songs.=
             Translated, with Introd., by J. ADDINGTON SYMONDS.
      =36, 37. George Pettie's Petite Pallace Of Pettie His Pleasure.=
             Edited by Prof. I. GOLLANCZ.          [_In Two Volumes._
      =38. Walpole's Castle of Otranto.= With Preface by Miss SPURGEON.
      =39. The Poets Royal of England and Scotland.= Original Poems by
             Royal And Noble Persons. Edited by W. BAILEY KEMPLING.
      =40. Sir Thomas More's Utopia.= Edited by ROBERT STEELE,
             F.S.A.
     *=41. Chaucer's Legend of Good Women.= _In modern English by_ Prof.
             SKEAT.
      =42. Swift's Battle of the Books=, &c. Edited by A. GUTHKELCH.
      =43. Sir William Temple upon the Gardens Of Epicurus, with other
             XVIIth Century Essays.= Edited by A. FORBES SIEVEKING,
             F.S.A.
      =45. The Song of Roland.= Translated By Mrs CROSLAND. With
             Introduction by Prof. BRANDIN. (See also No. 22.)
      =46. Dante's Vita Nuova.= The Italian Text, with ROSSETTI'S
             translation, and Introd. by Dr H. OELSNER. (See also
             No. 14.)
      =47. Chaucer's Prologue and Minor Poems.= _In modern English by_
             Prof. SKEAT.
     *=48. Chaucer's Parliament of Birds And House of Fame.= _In modern
             English by_ Prof. SKEAT.
      =49. Mrs. Gaskell's Cranford.= With Introduction by R. BRIMLEY
             JOHNSON.
      =50. Pearl.= An English Poem of the Fourteenth Century. Edited,
             with Modern Rendering, By Prof. I. GOLLANCZ. [_Preparing._
      =51, 52. Kings' Letters. Parts III. and IV.= Edited by ROBERT
             STEELE, F.S.A.             [_In Two Volumes. Preparing._
      =53. The English Correspondence of Saint Boniface.= Trans. by
             EDWARD KYLIE, M.A.
      =56. The Cavalier to His Lady=: XVIIth Century Love Songs. Edited
             by FRANK SEDGWICK.
      =57. Asser's Life of King Alfred.= Translated by L. C. JANE, M.A.
      =58. Translations from the Icelandic.= Translated by Rev W. C.
             GREEN, M.A.
      =59. The Rule of St Benedict.= Translated by ABBOT GASQUET.
      =60. Daniel's "Delia" and Drayton's "Idea."= Ed. by ARUNDELL
             ESDAILE, M.A.
      =61. The Book of the Duke of True Lovers.= Translated from CHRISTINE
             DE PISAN by ALICE KEMP-WELCH.
      =62. Of the Tumbler of Our Lady, and other Miracles.= Translated
             from GAUTIER DE COINCI, &c., by ALICE KEMP-WELCH.
      =63. The Chatelaine of Vergi.= Translated by ALICE KEMP-WELCH.
             With Introduction by L. BRANDIN, Ph.D.


  =KRYSHANOVSKAYA, (V. I.)--The Torch-Bearers of Bohemia.= Translated
          from the Russian by J. M. SOSKICE. Crown 8vo, cloth, _5s._ net."""

SHAKESPEARE_LIBRARY = """  =SHAKESPEARE LIBRARY=
              PART I.
      =The Old-Spelling SHAKESPEARE.=
          Edited by F. J. FURNIVALL, M.A., D. Litt., and F. W. CLARKE,
          M.A. Demy 8vo, cl., _2s. 6d._ net each Play. Of some of the
          plays a Library Edition may be had at _5s._ net each. A list
          of volumes on application.
       *       *       *       *       *
              PART II.
      =The SHAKESPEARE CLASSICS.=
          Small crown 8vo, quarter-bound antique grey boards, _2s. 6d._
          net per vol.; those marked + may also be had in velvet persian
          at _4s._ net; and those marked * on large paper, half parchment,
          _5s._ net. per vol. Each volume with Frontispiece.
     +*=1. Lodge's 'Rosalynde': the original of Shakespeare's 'As You
          Like it.'= Edited by W. W. GREG, M.A.             [_Ready._

          Volumes published or in preparation.
     +*=2. Greene's 'Pandosto,' or 'Dorastus and Fawnia': the original
          of Shakespeare's 'Winter's Tale.'= Ed. by P. G. THOMAS.
                                                            [_Ready._
     +*=3. Brooke's Poem of 'Romeus and Juliet': the original of
          Shakespeare's 'Romeo and Juliet.'= Edited by P. A. DANIEL.
          Modernised and re-edited by J. J. MUNRO.          [_Ready._
       =4. 'The Troublesome Reign of King John': the Play rewritten by
          Shakespeare as 'King John.'= Edited by Dr. F. J. FURNIVALL
          and JOHN MUNRO, M.A.                              [_Ready._
       =5, 6. 'The History of Hamlet'=: With other Documents illustrative
          of the sources of Shakspeare's Play, and an Introductory Study
          of the LEGEND OF HAMLET by Prof. I. GOLLANCZ.
     +*=7. 'The Play of King Leir and His Three Daughters': the old play
          on the subject of King Lear.= Edited by SIDNEY LEE, D. Litt.
                                                            [_Ready._
     +*=8. 'The Taming of a Shrew'=: Being the old play used by
          Shakespeare in 'The Taming of the Shrew.' Edited by Professor
          F. S. BOAS, M.A.                                  [_Ready._
     +*=9. The Sources and Analogues of 'A Midsummer Night's Dream.'=
          Edited by FRANK SIDGWICK.                         [_Ready._
      =10. 'The Famous Victories of Henry V.'=
      =11. 'The Menæchmi': the original of Shakespeare's 'Comedy of
          Errors.'= Latin text, with the Elizabethan Translation.
          Edited by W. H. D. ROUSE, Litt.D.                 [_Ready._
      =12. 'Promos and Cassandra': the source of 'Measure for Measure.'=
      =13. 'Apolonius and Silla'=: the source of 'Twelfth Night.' Edited
          by MORTON LUCE.                                   [_Ready._
      =14. 'The First Part of the Contention betwixt the two famous
          Houses of York and Lancaster,'= and ='The True Tragedy of
          Richard, Duke of York'=: the originals of the second and third
          parts of 'King Henry VI.'
      =15. The Sources of 'The Tempest.'=
      =16. The Sources of 'Cymbeline.'=
      =17. The Sources and Analogues of 'The Merchant of Venice.='
          Edited by Professor I. GOLLANCZ.
      =18. Romantic Tales=: the sources of 'The Two Gentlemen of Verona,'
          'Merry Wives,' 'Much Ado about Nothing,' 'All's Well that Ends
          Well.'
    +*=19, 20. Shakespeare's Plutarch=: the sources of 'Julius Cæsar,'
          'Antony and Cleopatra.' 'Coriolanus,' and 'Timon.' Ed. C. F.
          TUCKER BROOKE, M.A.                               [_Ready._
       *       *       *       *       *
              PART III.
      =THE LAMB SHAKESPEARE FOR YOUNG PEOPLE.=
          With Illustrations and Music. Based on MARY AND CHARLES LAMB'S
          TALES FROM SHAKESPEARE, and edited by Professor I. GOLLANCZ,
          who has inserted within the prose setting those scenes and
          passages from the Plays with which the young reader should
          early become acquainted. The Music arranged by T. MASKELL
          HARDY. Imperial 16mo, cloth, _1s. 6d._ net per vol.; leather,
          _2s. 6d._ net per vol.; School Edit., linen, _1s._ net per vol."""

CHATTO_END = """                      THE LEGEND OF TYL ULENSPIEGEL
By CHARLES DE COSTER                 With 20 Woodcuts by ALBERT DELSTANCHE.
Demy 8vo, 7s. 6d. net.            Presentation Edition, the plates mounted,
12s. 6d. net.       Also a Special Edition de Luxe, parchment, the woodcuts
hand-pulled and signed (10 copies), £6 6s. net

                 97 & 99 ST. MARTIN'S LANE, LONDON, W.C. 2"""

TN_BOX = """  [Illustration]



    +-------------------------------------------------+
    | Transcriber's Note:                             |
    |                                                 |
    | Typographical errors corrected in text:         |
    |                                                 |
    | Page viii debator changed to debater            |
    | Page viii extrordinary changed to extraordinary |
    | Page   2  irrelevent changed to irrelevant      |
    | Page  29  Triconderoga changed to Ticonderoga   |
    +-------------------------------------------------+"""

_IMPRINT = "PRINTED IN ENGLAND BY WILLIAM CLOWES AND SONS, LIMITED,"


def test_series_list_under_the_imprint_goes():
    """Clause ads_series_entries: under the printer's imprint, Chatto's "KING'S CLASSICS"
    entry, priced once at its head ("_1s._ net each.") over 63 numbered volumes
    ("=28. Poe's Poems.= Notes by EDWARD HUTTON.", 2,861 characters without a price), is
    the catalogue's: it goes with the imprint; the book's index above it stays."""
    out = _clean(CHATTO_HEAD + "\n\n\n" + KINGS_CLASSICS + "\n\n\n" + CHATTO_END)
    assert out.endswith("McClellan besieges, 186")
    assert "Poe's Poems" not in out and "CLOWES" not in out and "ST. MARTIN'S" not in out


def test_series_list_under_the_end_line_stays():
    """Guard: under "THE END" numbered lines are no list marks (a book's appendix may
    number its items): the 2,861 characters without a price keep the list, as before."""
    head = CHATTO_HEAD.replace(_IMPRINT, "THE END.").replace("LONDON AND BECCLES", "")
    out = _clean(head + "\n\n\n" + KINGS_CLASSICS + "\n\n\n" + CHATTO_END)
    assert "28. Poe's Poems." in out and "THE END." in out


def test_part_line_under_series_entries_is_an_entry_s_contents():
    """Clause ads_series_entries in ads_list_part_lines: Chatto's "PART III." of its
    SHAKESPEARE LIBRARY stands under "+*=19, 20. Shakespeare's Plutarch=" with no price in
    the 300 characters above it: under an imprint a numbered entry there makes it the
    entry's contents, not the book going on."""
    out = _clean(CHATTO_HEAD + "\n\n\n" + SHAKESPEARE_LIBRARY + "\n\n\n" + CHATTO_END)
    assert out.endswith("McClellan besieges, 186")
    assert "PART III." not in out and "Plutarch" not in out


def test_part_line_under_series_entries_stops_the_end_line_rule():
    """Guard: under "THE END" the same PART line is the book going on: all stays."""
    head = CHATTO_HEAD.replace(_IMPRINT, "THE END.").replace("LONDON AND BECCLES", "")
    out = _clean(head + "\n\n\n" + SHAKESPEARE_LIBRARY + "\n\n\n" + CHATTO_END)
    assert "PART III." in out and "SHAKESPEARE LIBRARY" in out


def test_list_ends_above_a_transcribers_note():
    """Clause ads_above_transcriber_note: the transcriber's boxed note under Chatto's last
    page ends the list, as FOOTNOTES does: the list's cut stops at the box (the note is
    the transcriber rule's, which cuts it too); the index above stays."""
    text = normalize_text(_raw(CHATTO_HEAD + "\n\n\n" + CHATTO_END + "\n\n" + TN_BOX))
    footer = text.index("End of the Project Gutenberg")
    body = text.index("Some text")
    (cut,) = ads_after_the_end(text, footer, body)
    assert text[cut.start :].startswith(_IMPRINT)
    assert text[cut.end :].lstrip(" ").startswith("+----") and "ST. MARTIN'S" in text[: cut.end]
    out, edits = strip_boilerplate(text)
    assert "Transcriber" not in out and "CLOWES" not in out
    assert out.rstrip().endswith("McClellan besieges, 186")


def test_list_without_a_note_runs_to_the_end_marker():
    """Guard: with no note under it the list's cut ends at the end marker, as before."""
    text = normalize_text(_raw(CHATTO_HEAD + "\n\n\n" + CHATTO_END))
    footer = text.index("End of the Project Gutenberg")
    (cut,) = ads_after_the_end(text, footer, text.index("Some text"))
    assert not text[cut.end : footer].strip()


def test_numbered_entry_clears_no_part_line_under_the_end_line():
    """Guard: under "THE END" a numbered entry above "PART III." does not make it an
    entry's contents. The list from "=17." on passes the gap test (its prices follow
    within 700 characters), so only the PART line keeps it: all stays."""
    part = SHAKESPEARE_LIBRARY[SHAKESPEARE_LIBRARY.index("=17. The Sources") :]
    out = _clean("Yorktown, surrenders, 34.\n\nTHE END.\n\n\n      " + part)
    assert "PART III." in out and "Shakespeare's Plutarch" in out


# Carroll, Symbolic Logic (Macmillan, 1897), Book VIII § 9: the book's own numbered
# problems, each number bold alone ("=31.="), two of them naming a price ("5s.")
CARROLL_PROBLEMS = """=29.=

(1) All my sons are slim;

(2) No child of mine is healthy who takes no exercise;

(3) All gluttons, who are children of mine, are fat;

(4) No daughter of mine takes any exercise.

Univ. "my children"; a = fat; b = gluttons; c = healthy; d = sons;
e = taking exercise.

=30.=

(1) Things sold in the street are of no great value;

(2) Nothing but rubbish can be had for a song;

(3) Eggs of the Great Auk are very valuable;

(4) It is only what is sold in the street that is really _rubbish_.

Univ. "things"; a = able to be had for a song; b = eggs of the Great
Auk; c = rubbish; d = sold in the street; e = very valuable.

=31.=

(1) No books sold here have gilt edges, except what are in the front
      shop;

(2) All the _authorised_ editions have red labels;

(3) All the books with red labels are priced at 5s. and upwards;

(4) None but _authorised_ editions are ever placed in the front shop.

Univ. "books sold here"; a = authorised editions; b = gilt-edged;
c = having red labels; d = in the front shop; e = priced at 5s. and
upwards.

=32.=

(1) Remedies for bleeding, which fail to check it, are a mockery;

(2) Tincture of Calendula is not to be despised;

(3) Remedies, which will check the bleeding when you cut your finger,
      are useful;

(4) All mock remedies for bleeding are despicable.

Univ. "remedies for bleeding"; a = able to check bleeding;
b = despicable; c = mockeries; d = Tincture of Calendula; e = useful
when you cut your finger.

=33.=

(1) None of the unnoticed things, met with at sea, are mermaids;

(2) Things entered in the log, as met with at sea, are sure to be worth
      remembering;

(3) I have never met with anything worth remembering, when on a voyage;

(4) Things met with at sea, that are noticed, are sure to be recorded in
      the log;

Univ. "things met with at sea"; a = entered in log; b = mermaids;
c = met with by me; d = noticed; e = worth remembering."""


def test_numbers_bold_alone_under_an_imprint_are_no_entries():
    """Guard (review): a number bold alone over the book's own item ("=31.=" over
    Carroll's problem, as "=1.=" over Russell's paragraphs in his Foundations of
    Geometry) is no series entry: under a printer's imprint (a compilation's volume
    ending with its printer) the problems stay although "priced at 5s." names a price
    twice and the numbers would pass the gap test."""
    imprint = "  PRINTED BY J. AND C. F. CLAY,\n  AT THE UNIVERSITY PRESS.\n\n\n\n"
    out = _clean("Yorktown, surrenders, 34.\n\n\n" + imprint + CARROLL_PROBLEMS)
    assert "priced at 5s. and upwards" in out and "None of the unnoticed things" in out


# Maude's translation of Tolstoy's The Light Shines in Darkness: the transcriber's note of
# corrections, each an original line over its corrected one, some of them note lines ("[9]")
TN_CORRECTIONS = """[ Transcriber's Note:

  The following is a list of corrections made to the original. The first
  line is the original line, the second the corrected one.

    forty-five; and her husband, Peter Semyónovich Kóhovstsef, a fat
    forty-five; and her husband, Peter Semyónovich Kóhovtsef, a fat

    on the verandah at a table with a samovar and coffee-pot. Mary
    on the verandah at a table with a samovár and coffee-pot. Mary

  [9] He was very nice, and like everybody else
  [9] He was very nice, and like everybody else.
  ]"""


def test_note_lines_inside_the_transcribers_note_are_not_the_books():
    """Clause ads_above_transcriber_note: the note's own lines ("[9] He was very nice, and
    like everybody else", a corrected line of the play) are no notes of the book under
    the list: Chatto's last page goes above the note, the note goes by the transcriber
    rule, the index above stays."""
    text = normalize_text(_raw(CHATTO_HEAD + "\n\n\n" + CHATTO_END + "\n\n\n\n" + TN_CORRECTIONS))
    footer = text.index("End of the Project Gutenberg")
    (cut,) = ads_after_the_end(text, footer, text.index("Some text"))
    assert text[cut.start :].startswith(_IMPRINT)
    assert text[cut.end :].startswith("[ Transcriber's Note:")
    out, _ = strip_boilerplate(text)
    assert out.rstrip().endswith("McClellan besieges, 186") and "[9]" not in out
