"""Publishers' lists and an imprint the mirror still kept after session 39 (session 40):
clauses ``ads_series_entries``, ``ads_above_transcriber_note``, ``ads_press_source_lines``
and ``ads_entry_format`` of ``transforms.gutenberg_ads`` and
``printer_imprint_front_place_firm`` of ``transforms.gutenberg_imprint_front``. Excerpts of
books in GitHub rcdm-uga/Gutenberg_Text: Cecil Chesterton's A History of the United States
(Chatto & Windus's alphabetical catalogue), Trollope's The Commentaries of Caesar
(Blackwood's list), Mrs. Lang's The Strange Story Book (Longmans' Fairy Book Series box),
Dickens's The Battle of Life (its title page's back)."""

from transforms.boilerplate import removed_by_rule, strip_boilerplate
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

BLACKWOOD = """That he had done his work, and that he died in time to save his name and
fame from the evil deeds of which unlimited power in the State would too
probably have caused the tyrant to be guilty, was perhaps not the least
fortunate circumstance in a career which for good fortune has been
unequalled in history.


THE END.


PRINTED BY WILLIAM BLACKWOOD AND SONS, EDINBURGH.

       *       *       *       *       *

ANCIENT CLASSICS FOR ENGLISH READERS.

EDITED BY

THE REV. W. LUCAS COLLINS, M.A.


The volumes published contain--

1. THE ILIAD.
2. THE ODYSSEY.
3. HERODOTUS.

A Volume will be published on the 1st of each alternate month, price 2s.
6d.


_The aim of the present series will be to explain, sufficiently for
general readers, who these great writers were, and what they wrote; to
give, wherever possible, some connected outline of the story which they
tell, or the facts which they record, checked by the results of modern
investigations; to present some of their most striking passages in
approved English translations, and to illustrate them generally from
modern writers; to serve, in short, as a popular retrospect of the chief
literature of Greece and Rome._


_EXTRACTS FROM REVIEWS OF THIS SERIES._


Saturday Review.

If the other volumes are as well executed as this, the monthly issue
will soon furnish excellent guidance to the whole field of classical
literature, and when the way is thus rendered clear, good translations
will be read with far more pleasure and discrimination. We anticipate
that the judicious and novel design of such a series will meet, as it
deserves, with widespread and lasting favour; and that, with its
success, juster ideas will more generally prevail of the characteristics
of the great writers of old.


Civil Service Gazette.

No more happy idea has been conceived of late than that of which this is
the first instalment.... If the other volumes to follow equal the
‘Iliad,’ the series will be a most charming and instructive one, and the
‘Ancient Classics for English Readers’ will be a most invaluable aid to
modern Education.


Spectator.

Mr Collins deserves, or probably shares with his publishers, the highest
praise for a discovery which is not the less meritorious because it now
seems obvious. Labour without end has been spent with but little success
on the attempt to bring the great Greek and Latin classics within the
reach of unlearned readers. In truth, the method commonly pursued, the
method of translation, is cumbrous and ineffective. Translation
exercises an extraordinary fascination on those who practise it, and it
is not without a literary value, but it is least appreciated by those
for whom it is primarily intended. Pope’s brilliant paraphrases really
please, and Lord Derby is read because he was a great English noble; but
how few readers appreciate the exquisite skill with which Mr Worsley
performed the task of translating the ‘Odyssey’! The advantage of the
present series is, that the writers are not fettered by the fidelity
which often hampers a translator; that they can omit, or shorten, or
give in full as they please; that they can avail themselves of the
finest work of translation when any scene has to be presented in detail;
that they can introduce appropriate illustrations into the body of the
work and not relegate them to the obscurity of notes, and that they can
do all this within the compass of such a volume as can easily be read
through at a sitting. As to the two books before us, the ‘Iliad’ and the
‘Odyssey,’ they remind us of Lamb’s ‘Tales from Shakespeare.’ Other
matter, indeed, they contain; but this is the most attractive part of
them, and it is no slight praise to say that they need not shrink from
the comparison. We may say, indeed, though we have one or two faults to
find with details of execution, that they are admirably well done. The
main points of incident and character are skilfully seized; the
criticisms, both ethical and artistic, are sound and judicious; the
style is simple and spirited. Even readers of but little application
will find them easy to get through, and no one can read them without
really learning something about Homer.


Vanity Fair.

To such persons, who often in after-years feel keenly the neglect or
want of opportunities for becoming acquainted with the world-renowned
old Greek and Latin authors, and who, from press of occupation, are
unable to recover their lost ground, these volumes will present
themselves as a real boon; and if the succeeding volumes come up to the
standard of the one now before us, it is difficult to conceive how they
could gain their knowledge in a pleasanter, clearer, or more concise
form.... This well-printed, handy little volume, then, deserves our
unqualified praise. There is many a Paterfamilias who, having for years
past been obliged to listen in dignified but pusillanimous silence to
the sly classical allusions of his precocious offspring, will now be
enabled, thanks to these little books, to carry the war into the enemy’s
country, and terrify and startle his astonished family by learned
disquisitions on the character of Agamemnon, and pedantic conjectures as
to the birthplace of Homer.

                   *       *       *       *       *

                      MESSRS BLACKWOOD AND SONS’

                        _RECENT PUBLICATIONS._


Walpole; or, Every Man has his Price.

A Comedy in Rhyme. By Lord LYTTON. 5s.


The Odes and Epodes of Horace;

A Metrical Translation into English. With Introduction and Commentaries.
By Lord LYTTON. With Latin Text. 8vo, 14s.
"""

BLACKWOOD_NOTES = """FOOTNOTES:

 [1] There is an eighth book, referring to an eighth and ninth
 campaign, but it is not the work of Cæsar."""

LANG = """someone inquired: 'Where is Catalina?'

'Catalina? Isn't she here?' was the answer. 'Certainly she was in the
boat, for she sat by me!'

'Well, but where has she gone?' Ah! that no one knew--and what is more,
no one ever _did_ know!

                              FINIS


_Spottiswoode & Co. Ltd., Printers, Colchester, London and Eton._


     +---------------------------------------------------------+
     |  THE FAIRY BOOK SERIES.                                 |
     |                                                         |
     |  EDITED BY ANDREW LANG.                                 |
     |                                                         |
     |  _Price Six Shillings each volume._                     |
     |                                                         |
     |                                                         |
     |  THE BLUE FAIRY BOOK.                                   |
     |    With 138 Illustrations.                              |
     |                                                         |
     |  THE RED FAIRY BOOK.                                    |
     |    With 100 Illustrations.                              |
     |                                                         |
     |  THE GREEN FAIRY BOOK.                                  |
     |    With 101 Illustrations.                              |
     |                                                         |
     |  THE GREY FAIRY BOOK.                                   |
     |    With 65 Illustrations.                               |
     |                                                         |
     |  THE YELLOW FAIRY BOOK.                                 |
     |    With 104 Illustrations.                              |
     |                                                         |
     |  THE PINK FAIRY BOOK.                                   |
     |    With 67 Illustrations.                               |
     |                                                         |
     |  THE VIOLET FAIRY BOOK.                                 |
     |    With 8 Coloured Plates                               |
     |    and 54 other Illustrations.                          |
     |                                                         |
     |  THE CRIMSON FAIRY BOOK.                                |
     |    With 8 Coloured Plates                               |
     |    and 43 other Illustrations.                          |
     |                                                         |
     |  THE BROWN FAIRY BOOK.                                  |
     |    With 8 Coloured Plates                               |
     |    and 42 other Illustrations.                          |
     |                                                         |
     |  THE OLIVE FAIRY BOOK.                                  |
     |    With 8 Coloured Plates                               |
     |    and 43 other Illustrations.                          |
     |                                                         |
     |  THE ORANGE FAIRY BOOK.                                 |
     |    With 8 Coloured Plates                               |
     |    and 50 other Illustrations.                          |
     |                                                         |
     |  THE LILAC FAIRY BOOK.                                  |
     |    With 6 Coloured Plates                               |
     |    and 46 other Illustrations.                          |
     |                                                         |
     |  THE BLUE POETRY BOOK.                                  |
     |    With 100 Illustrations.                              |
     |                                                         |
     |  THE TRUE STORY BOOK.                                   |
     |    With 66 Illustrations.                               |
     |                                                         |
     |  THE RED TRUE STORY BOOK.                               |
     |    With 100 Illustrations.                              |
     |                                                         |
     |  THE ANIMAL STORY BOOK.                                 |
     |    With 67 Illustrations.                               |
     |                                                         |
     |  THE RED BOOK OF ANIMAL STORIES.                        |
     |    With 65 Illustrations.                               |
     |                                                         |
     |  THE ARABIAN NIGHTS ENTERTAINMENTS.                     |
     |    With 66 Illustrations.                               |
     |                                                         |
     |  THE BOOK OF ROMANCE. By Mrs. LANG.                     |
     |    With 8 Coloured Plates                               |
     |    and 44 other Illustrations.                          |
     |                                                         |
     |  THE RED ROMANCE BOOK. By Mrs. LANG.                    |
     |    With 8 Coloured Plates                               |
     |    and 44 other Illustrations.                          |
     |                                                         |
     |  THE BOOK OF PRINCES AND PRINCESSES. By MRS. LANG.      |
     |    With 8 Coloured Plates                               |
     |    and 43 other Illustrations.                          |
     |                                                         |
     |  THE RED BOOK OF HEROES. By MRS. LANG.                  |
     |    With 8 Coloured Plates                               |
     |    and 40 other Illustrations.                          |
     |                                                         |
     |  THE BOOK OF SAINTS AND HEROES. By Mrs. LANG.           |
     |    With 12 Coloured Plates                              |
     |    and 18 other Illustrations.                          |
     |                                                         |
     |  THE ALL SORTS OF STORIES BOOK. By MRS. LANG.           |
     |    With 5 Coloured Plates                               |
     |    and 43 other Illustrations.                          |
     |                                                         |
     |  THE STRANGE STORY BOOK. By Mrs. LANG.                  |
     |    With Portrait of ANDREW LANG,                        |
     |    12 Coloured Plates                                   |
     |    and 18 other Illustrations.                          |
     |                                                         |
     |         *       *       *       *       *               |
     |                                                         |
     |  TALES OF TROY AND GREECE. By ANDREW LANG.              |
     |    With 17 Illustrations by H. J. FORD, and a Map.      |
     |    Crown 8vo. 2_s._ 6_d._ net.                          |
     |                                                         |
     |         *       *       *       *       *               |
     |                                                         |
     |  LONGMANS, GREEN, AND CO., 39 Paternoster Row, London;  |
     |  New York, Bombay, and Calcutta.                        |
     +---------------------------------------------------------+"""

DICKENS = """  THE
  BATTLE OF LIFE.
  A Love Story.

  BY
  CHARLES DICKENS.

  London:
  BRADBURY & EVANS, WHITEFRIARS.
  MDCCCXLVI.




  LONDON:
  BRADBURY AND EVANS, PRINTERS, WHITEFRIARS.




  THIS
  Christmas Book
  IS CORDIALLY INSCRIBED TO MY ENGLISH FRIENDS
  IN SWITZERLAND"""


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


def test_press_source_lines_under_a_press_heading_are_notices():
    """Clause ads_press_source_lines: Blackwood's "ANCIENT CLASSICS FOR ENGLISH READERS"
    after "THE END." and the imprint, its "_EXTRACTS FROM REVIEWS OF THIS SERIES._" set as
    a paper's name alone ("Spectator.", "Vanity Fair.") over each extract (3,139
    characters without a price or a quoted attribution): the list goes, "THE END." and the
    book's FOOTNOTES under the list stay (clause ads_above_notes)."""
    out = _clean(BLACKWOOD + "\n\n\n" + BLACKWOOD_NOTES)
    assert "ANCIENT CLASSICS" not in out and "Vanity Fair." not in out
    assert "BLACKWOOD" not in out and "Lord LYTTON" not in out
    assert "unequalled in history." in out and "THE END." in out
    assert out.endswith("campaign, but it is not the work of Cæsar.")


def test_source_lines_without_a_press_heading_are_no_notices():
    """Guard: a name alone on its line is a notice's source only under a press heading
    (a play's "Spectator." speaker line, a letter's "Gazette." are the book's): without
    the heading the 3,139 characters keep the list, as before."""
    end = BLACKWOOD.replace("_EXTRACTS FROM REVIEWS OF THIS SERIES._", "")
    out = _clean(end + "\n\n\n" + BLACKWOOD_NOTES)
    assert "Vanity Fair." in out and "ANCIENT CLASSICS" in out


def test_boxed_series_list_with_illustration_counts_goes():
    """Clause ads_entry_format: Longmans' boxed "THE FAIRY BOOK SERIES" after "FINIS" and
    Spottiswoode's imprint, priced once ("_Price Six Shillings each volume._", an italic
    "_Price") with "With 138 Illustrations." under each title: the box and the imprint go,
    "FINIS" stays."""
    out = _clean(LANG)
    assert out.endswith("FINIS") and "no one ever did know!" in out
    assert "Spottiswoode" not in out and "FAIRY BOOK" not in out and "LONGMANS" not in out


def test_boxed_series_list_needs_a_price():
    """Guard: the format words never stand for the prices: the same box with its two
    prices taken out ("_Price Six Shillings ...", "2_s._ 6_d._ net.") stays after "FINIS"."""
    box = LANG.replace("_Price Six Shillings each volume._", "")
    out = _clean(box.replace("Crown 8vo. 2_s._ 6_d._ net.", ""))
    assert "THE BLUE FAIRY BOOK." in out and "With 138 Illustrations." in out


_START = "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\n\n\n\n"
_END = "\n\n\n\n\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***\n"
_BOOK = "Once upon a time, it matters little when, and in stalwart England.\n\n" * 300


def _strip(front: str) -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(normalize_text(_START + front + "\n\n\n\n" + _BOOK + _END))
    return out, removed_by_rule(edits)


def test_place_over_a_printers_firm_goes():
    """Clause printer_imprint_front_place_firm: the title page's back "LONDON: / BRADBURY
    AND EVANS, PRINTERS, WHITEFRIARS." (place and firm in one paragraph) goes; the title
    page's publisher "London: / BRADBURY & EVANS, WHITEFRIARS. / MDCCCXLVI." and the
    dedication stay."""
    out, cut = _strip(DICKENS)
    assert "PRINTERS" not in out and cut["printer_imprint"] > 0
    assert "BRADBURY & EVANS, WHITEFRIARS." in out and "MDCCCXLVI." in out
    assert "CORDIALLY INSCRIBED" in out and "CHARLES DICKENS." in out


def test_place_over_a_publisher_stays():
    """Guard: a place over a publisher with no "Printers" ("LONDON: / SMITH, ELDER AND
    CO., 65, CORNHILL.") and a place over a sentence naming a printer stay."""
    for front in (
        "  LONDON:\n  SMITH, ELDER AND CO., 65, CORNHILL.",
        "  LONDON:\n  Mr. Bradbury, the printer, was a friend of mine, Printers.",
    ):
        out, cut = _strip("  THE\n  BATTLE OF LIFE.\n\n\n\n" + front)
        assert front.split("\n")[1].strip() in out and "printer_imprint" not in cut


def test_numbered_entry_clears_no_part_line_under_the_end_line():
    """Guard: under "THE END" a numbered entry above "PART III." does not make it an
    entry's contents. The list from "=17." on passes the gap test (its prices follow
    within 700 characters), so only the PART line keeps it: all stays."""
    part = SHAKESPEARE_LIBRARY[SHAKESPEARE_LIBRARY.index("=17. The Sources") :]
    out = _clean("Yorktown, surrenders, 34.\n\nTHE END.\n\n\n      " + part)
    assert "PART III." in out and "Shakespeare's Plutarch" in out
