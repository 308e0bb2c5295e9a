"""Clause word_first_search (session 25, cost only): ``LowerWords`` answers "is the word
written with no letter on either side" by a word-first search for the first
WORD_SEARCHES words and by the letter-run set of clause word_set after them; both answer
as the per-word search of clause plain_word (session 17's review) did."""

import re

import pytest

from transforms import lower_words
from transforms.english_sentences import citation_pairs
from transforms.lower_words import LowerWords

# Real lines: Pliny's notes (shared pg62704, "Hist. Plant. B. iv. c. 3."), Aristotle's
# Ethics (pg8438, "Livia. Tac. Annal. IV. 3."), Henry VIII's "[Music. Dance.]", Nietzsche's
# "_dance_" (pg52881), with words glued to digits, underscores, combining marks, accented
# letters and at the text's two ends.
TEXT = (
    "music of the Greeks. Hist. Plant. B. iv. c. 3. and Livia. Tac. Annal. IV. 3.\n"
    "[Music. Dance.] _dance_ 2tac annal2 plant\u0301 histé tacitus TAC\n"
    "Xen. Mem.\ni. 3 Come. Quick. Run. come quick; the end: run"
)
WORDS = (
    "music dance tac annal plant hist xen mem come quick run the end greeks livia iv c b"
    " music\u0301 tacit us t a mus ic"
).split()


def _old(word, text):
    return re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text) is not None


@pytest.mark.parametrize("searches", [0, 3, 12, 10**6])
def test_word_first_search_same_answers(monkeypatch, searches):
    monkeypatch.setattr(lower_words, "WORD_SEARCHES", searches)
    for text in (TEXT, TEXT.replace("\n", " "), "run " + TEXT + " mem"):
        words = LowerWords(text)
        assert [w in words for w in WORDS] == [_old(w, text) for w in WORDS]
        assert [w in words for w in WORDS] == [_old(w, text) for w in WORDS]  # cached


def test_word_first_search_values():
    words = LowerWords(TEXT)
    assert "dance" in words and "come" in words and "run" in words
    # Glued to a digit, before a combining mark: no letter beside it ("\\w" would say no).
    assert "tac" in words and "annal" in words and "plant" in words
    # Before an accented letter, inside a longer word, only capitalised: not written.
    assert "hist" not in words and "tacit" not in words and "xen" not in words
    # A few words are searched one by one; the letter-run set is not built.
    assert words.runs is None and len(words.known) == 9


def test_word_first_search_citation_pairs(monkeypatch):
    # The starts of citation_pairs are the same by either path.
    found = citation_pairs(TEXT)
    monkeypatch.setattr(lower_words, "WORD_SEARCHES", 0)
    assert citation_pairs(TEXT) == found != []
