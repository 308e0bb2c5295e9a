"""Review of the session-25 speed clauses period_word_prefilter, word_first_search and
newline_first: the same results as the old code on the layouts a user's text has (CRLF,
a lone "\\r", form feed, U+2028/U+0085 line separators, no-break spaces, combining
marks, abbreviations at the text's ends, overlapping "et. al."), and clause
whole_run_word of ``LowerWords``."""

import pytest

from transforms import lower_words
from transforms import reference_abbreviations as ra
from transforms import speech_labels as sl
from transforms.lower_words import LowerWords

# statsmodels/scikit-learn docstring lines (transforms.reference_abbreviations) and Romeo
# and Juliet's First Folio servants (test_newline_first.py), in other layouts.
REF = (
    "provided by Phillips et. al. (2006), see Eq. 23 in [1], i.e. the Sect. 4 and Zou et al. (ref)"
)
SEPARATORS = ["\r\n", "\r", "\x0c", "\u2028", "\x85", "\xa0", "\xa0\xa0", "\n\n", "\t"]
ROMEO = "He shift a Trencher? he scrape a Trencher?\n  1. When good manners, shall lie in one"


@pytest.mark.parametrize("sep", SEPARATORS)
def test_period_word_prefilter_layouts(monkeypatch, sep):
    texts = (REF.replace(" ", sep), REF.replace(". ", "." + sep), "Eq. 2" + sep + REF + " pp. 5")
    for text in texts + ("et." + sep + "al. 5", "Eq\u0301. 2 e\u0301.g. 3 \u00c9Eq. 4"):
        new = [m.span() for m in ra._references(text)]
        monkeypatch.setattr(ra, "PERIOD_WORD_PREFILTER", False)
        assert new == [m.span() for m in ra._references(text)]
        assert new == [m.span() for m in ra._REFERENCE.finditer(text)]
        monkeypatch.undo()
    if sep in ("\xa0", "\t"):  # spaces: the five references go on
        assert len(ra._references(texts[1])) == 5


@pytest.mark.parametrize("sep", SEPARATORS)
def test_newline_first_layouts(monkeypatch, sep):
    for text in (ROMEO.replace("\n", sep), ROMEO.replace("\n", "\n" + sep), sep + ROMEO):
        monkeypatch.setattr(sl, "NEWLINE_FIRST", True)
        new = [m.span() for m in sl._line_numbers(text)]
        monkeypatch.setattr(sl, "NEWLINE_FIRST", False)
        assert new == [m.span() for m in sl._line_numbers(text)]


def test_whole_run_word(monkeypatch):
    # A decomposed (NFD) "café" and "o'clock": not one letter run, so never a member.
    text = "the cafe\u0301 at two o'clock"
    for searches in (0, 12):
        monkeypatch.setattr(lower_words, "WORD_SEARCHES", searches)
        words = LowerWords(text)
        assert ["cafe\u0301" in words, "o'clock" in words] == [False, False]
        assert ["the" in words, "clock" in words, "cafe" in words] == [True] * 3
