"""Clauses note_mark_range, note_mark_range_spaced and note_mark_lower_case_period
(transforms/note_marks.py, rule note_mark_end) and the ``unterminated`` rule's range mark
(transforms/sentence_rules.py): a bracketed reference anchor that ends a sentence belongs
to it. Real text: 傅高义《邓小平时代》 (hankinghu+literature-books, as the mirror lays it out:
its lines end in a space), Scott's Journal (rcdm-uga+Gutenberg_Text), and a public GitHub
README's "data.[2-4] One of them" (no Gutenberg book of the mirror glues a range mark)."""

import numpy as np

from transforms.key_sentences import eligible_sentences
from transforms.sentences import sentence_spans

# 邓小平时代, chapter 2 and chapter 5: chapter-note anchors glued to "。".
DENG = (
    "40 人是文革期间受过批判又重新工作的老干部。[2-72]经毛泽东同意回来工作的人中有副总理谭震林，"
    "他在淮海战役期间是邓小平领导下的总前委的司令员之一，曾在 1967 年 2 月毅然站出来批评文革；"
    "这些人中还有王震和邓小平。[5-66]  这次政治局会议之后还立刻宣布，将在华国锋的领导下出版"
    "《毛泽东选集》第五卷。\n"
)
# 邓小平时代, chapter 4: the PDF's space between "。" and the anchor.
DENG_SPACED = (
    "间自然也出现了派性。他总结道，现在我们党要响应毛主席在七大上发出的团结号召，再次克服派性。 "
    "[4-2]不管什么人， \n只要「没有犯过罪」，愿意配合整顿、放弃派性，都要给予善待，包括过去的激进派。 \n"
)
# Its notes: each note a line of its own, "。 \n" before the next label.
DENG_NOTES = (
    "[9-36]Dae-Sook  Suh,  Kim  Il  Sung:  The  North  Korean  Leader  (New  York:  Columbia \n"
    "University Press, 1988)。 \n"
    "[9-37]《伟人的足迹：邓小平外交活动大事记》，1977 年 8 月 7 日。 \n"
)


def _sentences(text):
    return [text[a:b].strip() for a, b in sentence_spans(text, "auto").tolist()]


def test_note_mark_range_chinese_anchor_ends_its_sentence():
    # Before: '[2-72]经毛泽东同意…' and '[5-66]  这次政治局…' opened the next sentences (23
    # of the book's 256 key sentences opened on such an anchor).
    assert _sentences(DENG) == [
        "40 人是文革期间受过批判又重新工作的老干部。[2-72]",
        "经毛泽东同意回来工作的人中有副总理谭震林，他在淮海战役期间是邓小平领导下的总前委的司令员之一，"
        "曾在 1967 年 2 月毅然站出来批评文革；这些人中还有王震和邓小平。[5-66]",
        "这次政治局会议之后还立刻宣布，将在华国锋的领导下出版《毛泽东选集》第五卷。",
    ]


def test_note_mark_range_sentence_is_terminated_and_eligible():
    # The ``unterminated`` rule reads "。[2-72]" as an end (it read "。[12]" already).
    spans = np.asarray(sentence_spans(DENG, "auto")).reshape(-1, 2)
    assert eligible_sentences(DENG, spans, 6).tolist() == [True, True, True]


def test_note_mark_range_spaced_anchor_after_a_pdf_space():
    assert _sentences(DENG_SPACED) == [
        "间自然也出现了派性。",
        "他总结道，现在我们党要响应毛主席在七大上发出的团结号召，再次克服派性。 [4-2]",
        "不管什么人， \n只要「没有犯过罪」，愿意配合整顿、放弃派性，都要给予善待，包括过去的激进派。",
    ]


def test_note_mark_range_keeps_a_note_label_opening_its_line():
    # Guard: a note's own label at a line's start ("。 \n[9-37]") keeps its start.
    assert _sentences(DENG_NOTES) == [
        "[9-36]Dae-Sook  Suh,  Kim  Il  Sung:  The  North  Korean  Leader  (New  York:  Columbia \n"
        "University Press, 1988)。",
        "[9-37]《伟人的足迹：邓小平外交活动大事记》，1977 年 8 月 7 日。",
    ]


def test_note_mark_range_english_anchor_ends_its_sentence():
    text = (
        "There are few work on study of the H1-B data.[2-4] One of them provided a ROC graph "
        "with 50% of the area under the curve, which is equivalent to random guess.\n"
    )
    assert _sentences(text) == [
        "There are few work on study of the H1-B data.[2-4]",
        "One of them provided a ROC graph with 50% of the area under the curve, which is "
        "equivalent to random guess.",
    ]


def test_note_mark_lower_case_period_goes_on_before_a_lower_case_word():
    # Pliny, Natural History (Bostock and Riley, the shared pg60230): "ants.[1795] and
    # Theophrastus informs us": before, '[1795]' moved to "ants." and 'and Theophrastus…'
    # opened a sentence; a lower-case word after "." and the mark goes on with it.
    text = (
        "There is a\n"
        "vast desert tract on this side of the Æthiopian Cynamolgi,[1794] the\n"
        "inhabitants of which were exterminated by scorpions and venomous\n"
        "ants.[1795] and Theophrastus informs us, that the people of\n"
        "Rhœteum[1796] were driven away by scolopendræ.[1797] But we must now\n"
        "return to the other kinds of wild beasts.\n"
    )
    assert _sentences(text) == [
        "There is a\nvast desert tract on this side of the Æthiopian Cynamolgi,[1794] the\n"
        "inhabitants of which were exterminated by scorpions and venomous\n"
        "ants.[1795] and Theophrastus informs us, that the people of\n"
        "Rhœteum[1796] were driven away by scolopendræ.[1797]",
        "But we must now\nreturn to the other kinds of wild beasts.",
    ]


def test_note_mark_lower_case_period_guard_abbreviation_stays_whole():
    # Scott's Journal: "Dr.[306] and Mrs. Brewster" (Punkt reads "Dr." as an abbreviation:
    # one sentence before and after).
    text = (
        "At twelve I went out with the girls in the sociable, and\n"
        "called on the family at Bemerside, on Dr.[306] and Mrs. Brewster, and\n"
        "Mr. Bainbridge at Gattonside House. It was five ere we got home, so\n"
        "there was a day dished, unless the afternoon does something for us.\n"
    )
    assert _sentences(text) == [
        "At twelve I went out with the girls in the sociable, and\n"
        "called on the family at Bemerside, on Dr.[306] and Mrs. Brewster, and\n"
        "Mr. Bainbridge at Gattonside House.",
        "It was five ere we got home, so\n"
        "there was a day dished, unless the afternoon does something for us.",
    ]


# Clause note_mark_range_spaced's guard (review of session 39): after "。" and a space only a
# range moves; a one-number mark there numbers a run-in list's entry (cjk_mark_list's
# 参考文献 with the spaces a PDF leaves). No mirror text has "。 [2]" (hankinghu, chtxt,
# zzk6780051 searched): the entries are a reference list's form.
REFS_SPACED = (
    "[1]张三，《红楼梦研究》，北京：人民文学出版社，1990年。 [2]李四，《水浒考》，上海：古籍出版社，"
    "1985年。 [3]王五，《三国演义新论》，1988年。\n"
)


def test_note_mark_range_spaced_guard_one_number_keeps_its_entry_start():
    got = _sentences(REFS_SPACED)
    assert got[1].startswith("[2]李四") and got[2].startswith("[3]王五"), got


# Clause note_mark_lower_case_paragraph (review of session 39): Mary Shelley, The Last Man
# (rcdm-uga+Gutenberg_Text mirror): a quotation's note mark, a blank line, and the paragraph
# going on in lower case is a new sentence (sentence_spans alone: no paragraph stage before).
LAST_MAN = (
    "  Like to the lark at break of day arising,\n"
    "  From sullen earth, sings hymns at heaven's gate.[1]\n\n"
    "so did he spring up from listlessness and unproductive thought.\n"
)


def test_note_mark_lower_case_paragraph_blank_line_opens_a_sentence():
    assert _sentences(LAST_MAN)[-1].startswith("so did he spring up")
