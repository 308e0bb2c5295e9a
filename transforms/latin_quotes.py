"""Clause ``latin_quote_fragment`` (session 36) of ``transforms.key_select``: a key
sentence candidate whose double quotation marks do not pair up (more “ than ” or the
other way round, or an odd count of '"') is a piece of a speech cut at its inner full
stop, and is passed over for the next candidate of its section. Rule
``quote_fragment`` (``transforms.cjk_quotes``) keeps such CJK sentences out of the
pool; English key sentences held them: Daisy Miller's '“Well!” cried Miss Daisy
Miller with a laugh; “I guess I know my own mother.' (the speech goes on in the next
sentence) and 'You have had time to go to see Mrs. Walker.”' (its end, without its
start or speaker): 125 of 1,004 English key sentences of ten random Gutenberg books
(session 36, branch wtG2).

A rule of the selection, not of eligibility: the fragment stays in the LexRank graph
(its words are the speech's and still lend centrality), so the other picks keep their
scores and only the fragment's place goes to the next candidate.

Guards: only double marks are counted (’ is an apostrophe as often as a closer, and
‘’ nest inside); a sentence holding a whole speech (“…,” said X, “…!”) pairs up and
stays; a sentence without marks stays (a long speech's middle: not asked here).

Cost: three ``str.count`` per candidate visited in score order (k plus the ones
passed over), nothing per sentence of the document.
"""

from __future__ import annotations


def latin_quote_fragment(sentence: str) -> bool:
    """True when ``sentence``'s double quotation marks do not pair up (module docstring)."""
    if '"' in sentence and sentence.count('"') % 2:
        return True
    return sentence.count("“") != sentence.count("”")
