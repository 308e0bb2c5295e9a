"""Publishers' lists the mirror still kept after session 39 (session 40): clauses
``ads_press_source_lines`` and ``ads_entry_format`` of ``transforms.gutenberg_ads``.
Excerpts of books in GitHub rcdm-uga/Gutenberg_Text: Trollope's The Commentaries of Caesar
(Blackwood's list) and Mrs. Lang's The Strange Story Book (Longmans' Fairy Book Series box)."""

from tests.transforms.test_end_lists40 import _clean

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


# Alger, Five Hundred Dollars (Hurst & Company): the story's last paragraph, "THE END." and
# the publisher's series list, priced once at its foot ("_Price, Post-Paid, 35c. each_")
ALGER = """Albert Marlowe, with the remainder of his money, went to Illinois, and
has established a small shoe factory out there. He is a discontented and
unhappy man, and his wife is peevish and discontented also. They can no
longer afford the expensive establishment they maintained in Lakeville.
Percy has not lost all hopes of being remembered in the will of his
wealthy relative, but whether he will or not is Jacob Marlowe's Secret.

THE END.

       *       *       *       *       *

  ALGER SERIES FOR BOYS.

  UNIFORM WITH THIS VOLUME. BY HORATIO ALGER, JR.

  Adrift in New York.
  A Cousin's Conspiracy.
  Andy Gordon.
  Andy Grant's Pluck.
  Bob Burton.
  Bound to Rise.
  Brave and Bold.
  Cash Boy.
  Chester Rand.
  Do and Dare.
  Driven from Home.
  Erie Train Boy.
  Facing the World.
  Five Hundred Dollars.
  Frank's Campaign.
  Grit.
  Hector's Inheritance.
  Helping Himself.
  Herbert Carter's Legacy.
  In a New World.
  Jack's Ward.
  Jed, the Poor House Boy.
  Joe's Luck.
  Julius, the Street Boy.
  Luke Walton.
  Making His Way.
  Mark Mason.
  Only an Irish Boy.
  Paul, the Peddler.
  Phil, the Fiddler.
  Ralph Raymond's Heir.
  Risen from the Ranks.
  Sam's Chance.
  Shifting for Himself.
  Sink or Swim.
  Slow and Sure.
  Store Boy.
  Strive and Succeed.
  Strong and Steady.
  Struggling Upward.
  Tin Box.
  Tom, the Bootblack.
  Tony, the Tramp.
  Try and Trust.
  Wait and Hope.
  Walter Sherwood's Probation.
  Young Acrobat.
  Young Adventurer.
  Young Outlaw.
  Young Salesman.

 _Price, Post-Paid, 35c. each, or any three books for $1.00._

  HURST & COMPANY
  PUBLISHERS, NEW YORK."""


def test_italic_price_at_a_list_foot_is_a_price():
    """Clause ads_entry_format: "_Price, Post-Paid, 35c. each, or any three books for
    $1.00._" under Hurst's ALGER SERIES FOR BOYS is the list's fourth trade word (with
    "35c. each", "$1.00" and "PUBLISHERS"); the "\\b" before "Price" failed after the "_",
    so the 50 titles stayed. The list goes; the story's last line and "THE END." stay."""
    out = _clean(ALGER)
    assert out.endswith("THE END.") and "is Jacob Marlowe's Secret." in out
    assert "ALGER SERIES" not in out and "Adrift in New York." not in out
    assert "HURST" not in out
