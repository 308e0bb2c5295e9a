"""Review of the session-25 sentence speed clauses (word_set, capital_first, period_first,
et_first): the new code against the patterns it replaced, written out here, on the
inputs the clauses' own tests did not hold: whitespace other than " " and "\\n" inside
"et al." (HTML and PDF extraction give no-break spaces and tabs), and every combination
of real references with what may stand before them and the words after them (combining
marks, superscript digits, underscores, accented and CJK letters, Unicode spaces)."""

import re

from transforms.english_sentences import _CITATION_PAIR, _LETTER_RUN
from transforms.reference_abbreviations import _ET_DOT, _REFERENCE, _references

# The pair pattern before clause capital_first: the lookbehind first, the same rest.
_REST = _CITATION_PAIR.pattern[_CITATION_PAIR.pattern.index(r"\.[ \t\xa0]+(?=") :]
_OLD_PAIR = re.compile(r"(?<![\w.])([A-Z][a-zæœ]{1,6})" + _REST)
_OLD_ET = re.compile(r"(?<![\w.])et\.\s+(?=al\.)")

# scikit-learn 1.9.1's docstrings (PyPI wheel; quoted in transforms.reference_abbreviations),
# "et al." written with a no-break space (as HTML's "et&nbsp;al." and PDF text extraction give
# it), a tab, and the misspelt "et. al." with a no-break space.
ET_AL = (
    "the approach of Zou et\xa0al. (reference [1] in LassoLarsIC) and Zou et\tal. [2]\n"
    "as provided by Phillips et.\xa0al. (2006), and Efron et\u2028al. 4.\n"
)


def _spans(matches):
    return [m.span() for m in matches]


def test_period_first_unicode_spaces():
    # period_first walks back from "al." over the spaces of "et al" with str.isspace,
    # which is exactly the set "\s" of the "et\.?\s+al" it stands for: a walk over " "
    # and "\n" only would lose the no-break space, the tab and the line separator.
    found = _spans(_references(ET_AL))
    assert found == _spans(_REFERENCE.finditer(ET_AL))
    assert [ET_AL[s:e].split()[0] for s, e in found] == ["et", "et", "et.", "et"]
    assert _spans(_ET_DOT.finditer(ET_AL)) == _spans(_OLD_ET.finditer(ET_AL)) != []


# Every text left + reference + word: what stands before the reference (nothing, a space,
# a letter, digit, superscript digit, underscore, period, combining mark, CJK) decides the
# lookbehinds; the words after it decide plain_word's "written in lower case" (glued to a
# digit or underscore, before a combining mark or an accented letter, inside a longer word,
# in capitals). The references: Pliny's and Aristotle's notes (shared pg62704, pg8438),
# "[Music. Dance.]" (Henry VIII), the docstrings' "et al." forms and "Eq. (1)", "sec. 9".
LEFT = ["", " ", "\n", "\xa0", "x", "X", "2", "\xb2", "_", ".", "\xe9", "\u0301", "\u4e2d", "("]
REFS = [
    "Tac. Annal. IV. 3.",
    "Tac. Annal. is",
    "Music. Dance. x",
    "Xen. Mem.\ni. 3",
    "Hist. Plant. B. iv. c. 3.",
    "et. al. (2006)",
    "et al. [1]",
    "et\xa0al. 2",
    "et\u2028al. 2",
    "et.\tal. 2",
    "i.e. the",
    "e.g. 3",
    "Eq. (1)",
    "sec.\n9",
]
WORDS = [
    "",
    " tac annal ",
    " 2tac annal2 ",
    " tac_ _annal_ ",
    " tac\u0301 annal\xe9 ",
    " tacitus annals ",
    " TAC ANNAL ",
    " tac's annal\u2019s ",
    " music dance ",
    " hist plant ",
]


def test_speed_clauses_match_old_patterns():
    for left in LEFT:
        for ref in REFS:
            for words in WORDS:
                text = left + ref + words
                # capital_first: the matches and groups of the lookbehind-first pattern.
                pairs = [(m.span(), m.groups()) for m in _CITATION_PAIR.finditer(text)]
                assert pairs == [(m.span(), m.groups()) for m in _OLD_PAIR.finditer(text)]
                # word_set: a pair's word is a letter run of the text exactly where the old
                # search found it with no letter either side.
                letters = set(_LETTER_RUN.findall(text))
                for _, (first, second) in pairs:
                    for word in (first.lower(), second.split()[-1].lower()):
                        old = re.search(rf"(?<![^\W\d_]){word}(?![^\W\d_])", text)
                        assert (word in letters) == (old is not None), text
                # period_first and et_first: the matches of the patterns' own scans.
                assert _spans(_references(text)) == _spans(_REFERENCE.finditer(text)), text
                assert _spans(_ET_DOT.finditer(text)) == _spans(_OLD_ET.finditer(text)), text
