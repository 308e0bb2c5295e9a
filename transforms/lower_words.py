"""Clauses ``word_set`` and ``word_first_search`` (session 25, cost only) of
``english_sentences.citation_pairs``' clause ``plain_word``: is a word written in the
text with no letter on either side (in lower case: "come", "quick" of '"Come. Quick.
Run."')?"""

from __future__ import annotations

import re

# Clause word_set (session 25, cost only, same starts): plain_word's "written in lower
# case" is membership in the set of the text's maximal letter runs, built once per text
# when first needed: a run equal to the word is exactly a place where the word stands
# with no letter either side (the search per word it replaces, whose lookbehind came
# first, tried every position: ~47 ms a word on Pliny's 1.5M characters, 54 words,
# 2.6 of the 3.7 CPU-s of pg60230's sentence stage).
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# Clause word_first_search (session 25, cost only, same starts): the first words are
# looked up one by one with a search that opens on the word itself, its "no letter
# before" lookbehind after it (the engine skips to the word's letters: ~2 ms a word on
# 1.5M characters, where a lookbehind first tried every position); the set of
# ``word_set`` (~0.05-0.08 s a book) is built only when a text asks about more words
# than WORD_SEARCHES (Pliny's notes: 31-54). Most books with a pair ask about 1-6.
WORD_SEARCHES = 12


class LowerWords:
    """The words ``text`` writes with no letter on either side ("in" is membership)."""

    def __init__(self, text: str):
        self.text, self.known, self.runs = text, {}, None

    def __contains__(self, word: str) -> bool:
        if self.runs is not None:
            return word in self.runs
        if word not in self.known:
            # Clause whole_run_word (review): a word that is not one letter run (a
            # combining mark, digit, space or apostrophe in it: NFD "cafe\u0301") is no
            # member of the set, so the search must say no too; citation_pairs asks only
            # about letters, so its starts are the same either way.
            if not _LETTER_RUN.fullmatch(word):
                return False
            if len(self.known) >= WORD_SEARCHES:
                self.runs = set(_LETTER_RUN.findall(self.text))  # clause word_set
                return word in self.runs
            w = re.escape(word)
            found = re.search(rf"{w}(?<![^\W\d_]{w})(?![^\W\d_])", self.text)
            self.known[word] = found is not None
        return self.known[word]
