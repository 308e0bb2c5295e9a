"""Clause citation_entry (transforms/citation_entries.py): a reference entry of a notes
section ('[1-10]《邓小平年谱（1904-1974）》，1923 年 6 月 11 日，页 18；…') is no key sentence.
Real text: 傅高义《邓小平时代》's notes and main text (hankinghu+literature-books, as the
mirror has it: the lines end in a space) and a Gutenberg book's page reference."""

import numpy as np

from transforms.citation_entries import citation_entries
from transforms.key_sentences import eligible_sentences
from transforms.sentences import sentence_spans

NOTES = (
    "[1-8]《邓小平年谱（1904-1974）》，1923 年 2 月 17-19 日，页 17。 \n"
    "[1-9]《邓小平年谱（1904-1974）》，1923 年 3 月 7 日，页 17-18。 \n"
    "[1-10]《邓小平年谱（1904-1974）》，1923 年 6 月 11 日，页 18；1924 年 2 月 1 日，页 19。 \n"
    "[4-72]DXPCR, p. 361. \n"
    "[4-73]《邓小平年谱（1975-1997）》，1976 年 1 月 1、2 日，页 139-140；Teiwes and Sun, \n"
    "End of the Maoist Era, p. 516. \n"
    "[9-37]《伟人的足迹：邓小平外交活动大事记》，1977 年 8 月 7 日。 \n"
    "[12-42]邓力群：《十二个春秋》，页 103-104。 \n"
)
# The main text: a footnote anchor before a sentence, a title in prose, a year in prose.
TEXT = (
    "40 人是文革期间受过批判又重新工作的老干部。[2-72]经毛泽东同意回来工作的人中有副总理谭震林，"
    "他在淮海战役期间是邓小平领导下的总前委的司令员之一，曾在 1967 年 2 月毅然站出来批评文革；"
    "这些人中还有王震和邓小平。[5-66]  这次政治局会议之后还立刻宣布，将在华国锋的领导下出版"
    "《毛泽东选集》第五卷。\n"
)


def _hits(text):
    spans = np.asarray(sentence_spans(text, "auto")).reshape(-1, 2)
    hit = citation_entries(text, spans, np.arange(len(spans)))
    return [" ".join(text[spans[i][0] : spans[i][1]].split()) for i in hit], len(spans)


def test_citation_entry_notes_of_a_chinese_book():
    hits, n = _hits(NOTES)
    assert hits == [
        "[1-8]《邓小平年谱（1904-1974）》，1923 年 2 月 17-19 日，页 17。",
        "[1-9]《邓小平年谱（1904-1974）》，1923 年 3 月 7 日，页 17-18。",
        "[1-10]《邓小平年谱（1904-1974）》，1923 年 6 月 11 日，页 18；1924 年 2 月 1 日，页 19。",
        "[4-72]DXPCR, p. 361.",
        "[4-73]《邓小平年谱（1975-1997）》，1976 年 1 月 1、2 日，页 139-140；Teiwes and Sun, "
        "End of the Maoist Era, p. 516.",
        "[9-37]《伟人的足迹：邓小平外交活动大事记》，1977 年 8 月 7 日。",
        "[12-42]邓力群：《十二个春秋》，页 103-104。",
    ]
    assert n == len(hits)  # every sentence of the notes is an entry


def test_citation_entry_not_eligible_as_key_sentence():
    spans = np.asarray(sentence_spans(NOTES, "auto")).reshape(-1, 2)
    assert not eligible_sentences(NOTES, spans, 6).any()


def test_citation_entry_keeps_the_main_text():
    # A sentence opening on a footnote anchor, a title in prose with no year after it, a
    # year in prose and no page: no entry.
    hits, n = _hits(TEXT)
    assert hits == [] and n == 3
    spans = np.asarray(sentence_spans(TEXT, "auto")).reshape(-1, 2)
    assert eligible_sentences(TEXT, spans, 6).tolist() == [True, True, True]


def test_citation_entry_english_page_reference_needs_a_source():
    # Gutenberg prose: a page reference in running text, and at a sentence's end with no
    # title, year or note number, is no entry; an entry with a year is.
    text = (
        "The theory is stated on p. 12 of the first volume and it was never withdrawn. "
        "See the note on p. 47. "
        "Resolution on CPC History (1949-81) (Beijing: Foreign Languages Press, 1981), "
        "pp. 28, 32.\n"
    )
    hits, _ = _hits(text)
    assert hits == [
        "Resolution on CPC History (1949-81) (Beijing: Foreign Languages Press, 1981), pp. 28, 32."
    ]


def test_citation_entry_pliny_notes():
    # Bostock and Riley's Pliny (pg57493, pg60230, the shared en_gutenberg): a note ending on
    # a page reference is an entry; "cap. 2." is no page ("p. 2" inside a word), and a note
    # with its page reference inside the text says something and stays.
    text = (
        "[98] De Ling. Lat. lib. iv. p. 7, 8.\n\n"
        "[154] See Vol. i. p. 497.\n\n"
        "[158] According to Aristotle, this planet had the three appellations of Stilbon, "
        "Mercury, and Apollo; De Mundo, cap. 2.\n\n"
        "[585] As mentioned in a previous Note, (67 in p. 77), Pliny mistakes the Eulæus "
        "for the Choaspes.\n"
    )
    hits, n = _hits(text)
    assert hits == ["[98] De Ling. Lat. lib. iv. p. 7, 8.", "[154] See Vol. i. p. 497."]
    assert n == 4
