"""A publisher's list after a book's last line with no end line or imprint above it
(session 41): clause ``ads_list_heading`` of ``transforms.gutenberg_ads``; and the one price
vocabulary of ``transforms.list_prices`` (clause ``list_price_vocabulary``). Excerpts of
books in GitHub rcdm-uga/Gutenberg_Text: Burnett's Miss Crespigny (Scribner's notices after
its last line), Wilde's Reviews, and list lines of Lang, Wells, Baum, Alger, Goldfrap,
Nesbit and Franklin."""

import pytest

from tests.transforms.test_end_lists40 import _clean, _raw
from transforms import gutenberg_ads, gutenberg_catalogue, gutenberg_imprint_ads, list_prices
from transforms.normalize import normalize_text

STORY_END = """“I am going to marry Hector Anstruthers, and try to be better,” she
wrote. “You know what I mean, when I say ‘better.’ I mean that I want
to make Lisbeth Anstruthers a far different creature from Lisbeth
Crespigny. Do you think I ever can be a ‘good’ woman, Georgie--like
you and your mother? If I ever am one, it will be you two whom I must
thank.” And as she wrote this, she shed not unhappy tears over it.

“Perhaps,” she said, “Love will make me as tender as other women.”

And this Love did.




"""

SCRIBNER = """DR. EGGLESTON’S NEW STORY.

“One of the ablest of recent American novels, and indeed of all recent
works of fiction.”--LONDON SPECTATOR.


ROXY.

BY

EDWARD EGGLESTON,

Author of “The Hoosier Schoolmaster,” “Circuit Rider,” Etc.


One volume, 12mo, cloth, with Twelve full-page Illustrations from
original designs by Mr. Walter Shirlaw.

  Price,      $1.50.


CRITICAL NOTICES.

    “‘Roxy’ may be accepted as the latest example of a purely American
    novel, and to say the least, one of the very best.”--_New York
    Tribune._

    “In this novel Mr. Eggleston’s powers appear at their best and
    amplest, and he has accomplished the by no means easy task of
    excelling himself.”--_Boston Journal._

    “Buy the book and read it, as it is well worth the time spent to do
    it.”--_Washington Chronicle._


‰ _The above book for sale by all booksellers, or will be sent, post or
express charges paid, upon receipt of the price by the publishers_,

  CHARLES SCRIBNER’S SONS,
  743 AND 745 BROADWAY, NEW YORK.




JUST PUBLISHED

_THE MOST POPULAR BOOK OF THE SEASON._

RUDDER GRANGE,

By FRANK R. STOCKTON.

_One Volume, Square 12mo, Cloth, $1.25._


⁂ _The above book for sale by all booksellers, or will be sent,
prepaid, upon receipt of price, by_

  CHARLES SCRIBNER’S SONS, PUBLISHERS,
  743 AND 745 BROADWAY, NEW YORK."""

TRANSCRIBER = """




      *      *      *      *      *      *




Transcriber’s note:

Obvious printer errors corrected silently."""


def test_a_list_under_its_new_story_heading_goes_after_the_last_line():
    # clause ads_list_heading: no "THE END" and no imprint; the list opens at its heading
    out = _clean(STORY_END + SCRIBNER + TRANSCRIBER)
    assert out.endswith("And this Love did.")
    for gone in ("EGGLESTON", "Roxy", "RUDDER GRANGE", "SCRIBNER", "Transcriber"):
        assert gone not in out


def test_the_cut_starts_at_the_heading_and_ends_at_the_transcribers_note():
    text = normalize_text(_raw(STORY_END + SCRIBNER + TRANSCRIBER))
    footer = text.index("\n\n\n\n\n\nEnd of the Project")
    [cut] = gutenberg_ads.ads_after_the_end(text, footer, 0)
    assert text[cut.start :].startswith("DR. EGGLESTON’S NEW STORY.")
    assert text[: cut.end].rstrip().endswith("* * * * * *")
    assert text[cut.end :].startswith("Transcriber’s note:")


def test_the_heading_list_without_its_prices_stays():
    # guard: the heading over its book's notices, no price and no sale line, is no list
    bare = SCRIBNER.split("\n\n\n‰")[0].replace("  Price,      $1.50.", "")
    out = _clean(STORY_END + bare)
    assert "DR. EGGLESTON’S NEW STORY." in out and "Washington Chronicle" in out


def test_a_heading_over_a_chapter_stays():
    # guard: a chapter under the heading is the book going on (the end-line rule's test)
    chapter = "\n\n\nCHAPTER I.\n\nThe Hoosier schoolmaster came over the hill.\n\n"
    out = _clean(STORY_END + SCRIBNER.replace("\n\n\nJUST PUBLISHED", chapter + "JUST PUBLISHED"))
    assert "DR. EGGLESTON’S NEW STORY." in out and "CHAPTER I." in out


WILDE = """(3) The High-Caste Hindu Woman.  By the Pandita Ramabai Sarasvati.  (Bell
and Sons.)




OUIDA'S NEW NOVEL


(Pall Mall Gazette, May 17, 1889.)

Ouida is the last of the romantics.  She belongs to the school of Bulwer
Lytton and George Sand, though she may lack the learning of the one and
the sincerity of the other.  She tries to make passion, imagination, and
poetry part of fiction.  She still believes in heroes and in heroines.
She is florid and fervent and fanciful.  Yet even she, the high priestess
of the impossible, is affected by her age.  Her last book, Guilderoy as
she calls it, is an elaborate psychological study of modern temperaments.
For her, it is realistic, and she has certainly caught much of the tone
and temper of the society of our day.  Her people move with ease and
grace and indolence.  The book may be described as a study of the peerage
from a poetical point of view.  Those who are tired of mediocre young
curates who have doubts, of serious young ladies who have missions, and
of the ordinary figureheads of most of the English fiction of our time,
might turn with pleasure, if not with profit, to this amazing romance.  It
is a resplendent picture of our aristocracy.  No expense has been spared
in gilding.  For the comparatively small sum of 1 pound, 11s. 6d. one is
introduced to the best society.  The central figures are exaggerated, but
the background is admirable.  In spite of everything, it gives one a
sense of something like life."""


def test_a_review_under_a_new_novel_heading_stays():
    # guard: the book's own review of a "NEW NOVEL" (its price named once) is no list
    out = _clean(WILDE + "\n\n" + WILDE.split("\n\n\n\n\n", 1)[1].replace("OUIDA'S", "A"))
    assert "OUIDA'S NEW NOVEL" in out and "something like life." in out


# clause list_price_vocabulary: real list lines, each with the money words MONEY finds
PRICE_LINES = [
    ("_Price Six Shillings each volume._", ["Price"]),  # Lang, The Strange Story Book
    ("_Price One Shilling_", ["Price"]),  # Wells, Certain Personal Matters
    ("_Price 60 cents each. Postage 12 cents_.", ["Price", "60 cents", "12 cents"]),  # Baum
    ("_Price, 90c., net; Postage, 12c._", ["Price", "90c.", "net", "12c."]),  # Alger
    ("By GLEESON WHITE. _Price £2 2s. net._", ["Price", "2s.", "net"]),  # Nesbit
    ("(_Price 2s. 6d._)", ["Price", "2s. 6d._"]),  # Franklin, Experiments
    ("PRICE, 65 CENTS EACH", ["PRICE", "65 CENTS"]),  # Goldfrap, The Border Boys
    ("Cloth Bound Price, 50¢ per volume.", ["Price", "50¢"]),  # Goldfrap, The Boy Scouts
    ("  Price,      $1.50.", ["Price", "$1"]),  # Burnett, Miss Crespigny
    ("And this Love did.", []),
    ("“Perhaps,” she said, “Love will make me as tender as other women.”", []),
]


@pytest.mark.parametrize(("line", "money"), PRICE_LINES)
def test_money_words_of_real_list_lines(line, money):
    assert [m.group() for m in list_prices.MONEY.finditer(line)] == money


def test_list_marks_add_formats_and_trade_words_to_money():
    line = "One volume, 12mo, cloth, with Twelve full-page Illustrations from"  # Burnett
    assert [m.group() for m in list_prices.MONEY_OR_FORMAT.finditer(line)] == ["12mo", "cloth"]
    assert [m.group() for m in list_prices.MONEY.finditer(line)] == []
    marks = "_One Volume, Square 12mo, Cloth, $1.25._ With 138 Illustrations. Crown 8vo, 3/6"
    found = [m.group() for m in list_prices.LIST_MARK.finditer(marks)]
    assert found == ["12mo", "Cloth", "$1", "With 138 Illustrations", "8vo", "3/6"]


def test_the_list_rules_share_one_vocabulary():
    assert gutenberg_ads._MONEY is list_prices.MONEY
    assert gutenberg_imprint_ads._MONEY is list_prices.MONEY
    assert gutenberg_catalogue._PRICE is list_prices.MONEY_OR_FORMAT
    assert gutenberg_ads._TRADE is getattr(list_prices, "LIST_MARK", None)
