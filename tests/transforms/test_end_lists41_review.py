"""Review of session 41 (clause ``ads_list_heading`` of ``transforms.gutenberg_ads``): an
italic heading, "_RECENT PUBLICATIONS._", is a heading naming new books like its plain
form. Blackwood's list at the end of Trollope's The Commentaries of Caesar (1870) in GitHub
rcdm-uga/Gutenberg_Text, from the publisher's line over the heading."""

from transforms import gutenberg_ads
from transforms.normalize import normalize_text

BLACKWOOD = """                      MESSRS BLACKWOOD AND SONS’

                        _RECENT PUBLICATIONS._


Walpole; or, Every Man has his Price.

A Comedy in Rhyme. By Lord LYTTON. 5s.


The Odes and Epodes of Horace;

A Metrical Translation into English. With Introduction and Commentaries.
By Lord LYTTON. With Latin Text. 8vo, 14s.

“We know of no book from which the English reader could gain a brighter
or more living conception of the cordial heart and graceful song of the
great Roman poet than from Lord Lytton’s translation.”--_Quarterly
Review_, October.


The Odes, Epodes, and Satires of Horace,

TRANSLATED INTO ENGLISH VERSE. Together with a Life of Horace. By
THEODORE MARTIN. To this Edition (the Third of the Odes and Epodes) a
Translation of the Satires has been for the first time added. Post 8vo,
price 9s.


Goethe’s Faust,

Translated into English Verse. By THEODORE MARTIN. A New Edition, price
3s. 6d., bound in cloth.
"""


def test_an_italic_heading_names_new_books():
    # "\\b" before "RECENT" fails after "_" (a word character): the heading was never found
    text = normalize_text(BLACKWOOD)
    found = gutenberg_ads._heading_words(text, 0, len(text))
    assert [text[at : text.find("\n", at)] for at in found] == ["RECENT PUBLICATIONS._"]


def test_the_list_under_an_italic_heading_is_cut_from_the_heading():
    text = normalize_text(BLACKWOOD)
    [at] = gutenberg_ads._heading_words(text, 0, len(text))
    cut = gutenberg_ads._under_heading(text, at, len(text), 0)
    assert cut is not None and cut.end == len(text)
    assert text[cut.start :].lstrip().startswith("_RECENT PUBLICATIONS._")
    assert "MESSRS BLACKWOOD" not in text[cut.start :]
