"""Clause period_word_prefilter (session 25, cost only): ``_references`` skips a period
whose word cannot be the last word of an abbreviation of ``_REFERENCE``; the matches stay
those of ``_REFERENCE.finditer``."""

import re

from transforms import reference_abbreviations as ra

# Real lines: statsmodels 0.15.0 / scikit-learn 1.9.1 docstrings (quoted in
# transforms.reference_abbreviations), Pliny's notes (shared pg62704: "Hist. Plant. B. iv.
# c. 3."), Aristotle's Ethics (pg8438: "Livia. Tac. Annal. IV. 3."), and a Gutenberg
# reference list's initials before lower-case words ("J. S. Mill ... 2 vols. p. 45").
LINES = (
    "differs from Eq. 23 in [1], freedom of Eq. (1) to rescale, discussed in Sect. 4 in [1]\n"
    "see Ref. [1] (see module docstring), provided by Phillips et. al. (2006)\n"
    "(Durbin and Koopman (2012), Sec. 5.2), vol. 52, pp.\n5186-5201 and Zou et\nal. (ref)\n"
    "a kind of myrtle, i.e. the myrtle-wine, e.g. 3 sextarii; cf. c. 12. Hist. Plant. B. iv. c. 3.\n"
    "Livia. Tac. Annal. IV. 3. Eqs. 4 and 5, Figs. 2a, Thms. 1, resp. the approx. value\n"
    "a. b. c. d. e. f. g. al. x. y. i. e. i.e. e.g. et. al. 2\n"
)


def _spans(text):
    return [m.span() for m in ra._references(text)]


def test_period_word_prefilter_same_matches(monkeypatch):
    for text in (LINES, LINES.replace("\n", " "), LINES.replace(". ", ".\xa0")):
        new = _spans(text)
        monkeypatch.setattr(ra, "PERIOD_WORD_PREFILTER", False)
        old = _spans(text)
        monkeypatch.undo()
        assert new == old == [m.span() for m in ra._REFERENCE.finditer(text)]
        assert len(new) == 19


def test_period_word_prefilter_words():
    # The kept words, checked against the pattern itself: a word is kept iff "<prefix><word>.
    # 2" matches ``_REFERENCE`` for some prefix ("", "i.", "e.", "et ", "et. "). Candidates:
    # every letter run of the real lines above, in capitals, lower case, with and without a
    # final "s", and the kept words themselves.
    runs = set(re.findall(r"[^\W\d_]+", LINES)) | set(ra._LAST_WORDS)
    candidates = set()
    for r in runs:
        for w in (r, r.lower(), r.capitalize(), r + "s", r[:-1]):
            if w:
                candidates |= {w, w.lower(), w.capitalize()}
    prefixes = ("", "i.", "e.", "et ", "et. ")
    ends = {w for w in candidates if any(ra._REFERENCE.match(p + w + ". 2") for p in prefixes)}
    assert ends == set(ra._LAST_WORDS)
    assert {"Eqs", "Sects", "al", "e", "g", "pp", "sec", "cf"} <= ends
    assert not {"a", "i", "et", "Tac", "Annal", "c", "iv"} & ends


class _Counting:
    """``_REFERENCE`` with its ``match`` calls counted."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, text, pos):
        self.calls += 1
        return self.pattern.match(text, pos)


def test_period_word_prefilter_skips(monkeypatch):
    # Initials and list letters before lower-case words: no ``_REFERENCE`` try at all.
    counting = _Counting(ra._REFERENCE)
    monkeypatch.setattr(ra, "_REFERENCE", counting)
    text = "a. b. c. d. x. y. z. Hist. Plant. B. iv. c. 3. " * 50
    assert ra._references(text) == []
    assert counting.calls == 0
    assert [m.span() for m in ra._references("see Eq. 2 and i.e. the")] == [(4, 8), (14, 19)]
    # "Eq." is tried from "Eq" and from "see" ("et al"'s walk back over a space), "i.e."
    # from "i" once (the period after "i" is not followed by a space).
    assert counting.calls == 3
