"""Clause ``lost_char_quoted_words`` (session 34, transforms/cjk_lost_char.py): a quotation
inside the clause is passed over when it is searched for a question word."""

from transforms.cjk_lost_char import asked, lost_char_text
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans

# Two lines with three "？" (富爸爸穷爸爸 and 被绑架的中国经济, hankinghu/literature-books),
# so the document holds more "？" than "?" (the lost-character evidence).
EVIDENCE = (
    "“谁更有财务智慧？是努力工作赚钱的人还是让钱为自己努力工作的人？”\n"
    "真实的未来世界会发生什么？那也应该是全球化天堂中的事情了。\n"
)
# 为自己奋斗 (hankinghu/literature-books): the question word 为什么 is before a quotation.
DIFFICULT = "为什么“一辈子做好事不做坏事”难?难就难在坚持。任何人都拥有着追求。\n"
# 货币战争: a lost "·" in a name, with a quotation and no question word (guard).
NAME = "所谓“货币主义”的米尔顿?弗里德曼认为货币供应量决定物价。\n"


def test_lost_char_quoted_words_question_splits():
    """The "?" after "为什么“…”难" is a question: it ends the sentence, and normalize writes it "？"."""
    text = EVIDENCE + DIFFICULT
    assert lost_char_text(text)
    at = text.index("难?") + 1
    assert asked(text, at, at + 1)
    spans = sentence_spans(text, "auto")
    got = [text[a:b] for a, b in spans.tolist()][4:]
    assert got == ["为什么“一辈子做好事不做坏事”难?", "难就难在坚持。", "任何人都拥有着追求。\n"]
    assert "“一辈子做好事不做坏事”难？难就难在坚持。" in normalize_text(text)


def test_lost_char_quoted_words_name_stays_joined():
    """Guard: passing over "“货币主义”" finds no question word; the lost "·" stays."""
    text = EVIDENCE + NAME
    at = text.index("顿?") + 1
    assert not asked(text, at, at + 1)
    assert "米尔顿?弗里德曼" in normalize_text(text)
