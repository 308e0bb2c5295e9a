"""Clause ``latin_quote_fragment`` (session 36, ``transforms.latin_quotes``, applied in
``transforms.key_select``): a key-sentence candidate whose double quotation marks do
not pair up is a piece of a speech and is passed over for the next one of its section.
Real text: Henry James, Daisy Miller; Ed Emshwiller, The Twilight Years (Project
Gutenberg, public domain)."""

import numpy as np
import pytest

from transforms.key_select import select_key_sentences
from transforms.latin_quotes import latin_quote_fragment
from transforms.structure import analyze_text

# Daisy Miller, part II: a speech cut at its inner full stops, then two whole speeches.
DAISY = [
    "“You must have stayed in the train a good while after it stopped!” cried "
    "the young girl with her little laugh.",
    "“I suppose you were asleep.",
    "You have had time to go to see Mrs. Walker.”",
    "“I am afraid your mother doesn’t see you,” said Winterbourne.",
    "“Well, Daisy Miller,” said the elder lady, presently, “I shouldn’t think "
    "you’d want to talk against your own brother!”",
]


@pytest.mark.parametrize(
    "sentence, fragment",
    [
        ("“I suppose you were asleep.", True),  # the speech goes on
        ("You have had time to go to see Mrs. Walker.”", True),  # its end alone
        ('"People have just outlived their usefulness, now, by the time they are sixty.', True),
        ("You've got to adjust, Sydney, just adjust to the times.\"", True),
        # guards: whole speeches, apostrophes, no marks
        ("“I am afraid your mother doesn’t see you,” said Winterbourne.", False),
        ('"Ellie, how can you go right back to eating after what\'s happened to Eddie?"', False),
        ("Sydney found himself watching the screen now, too.", False),
        ("“I don’t like the way you say that,” said Daisy.", False),
    ],
)
def test_latin_quote_fragment_on_real_sentences(sentence, fragment):
    """latin_quote_fragment: unpaired “ ” or an odd '"' is a fragment; ’ is not counted."""
    assert latin_quote_fragment(sentence) is fragment


def test_latin_quote_fragment_passed_over_for_the_next_candidate():
    """latin_quote_fragment: the two speech pieces score highest, yet the picks are the
    best-scored whole sentences of the section; the quota (3) is still met. Fails
    without the clause: the pieces (1, 2) are picked."""
    scores = np.asarray([0.5, 0.9, 0.8, 0.4, 0.3])
    chosen, _ = select_key_sentences(scores, np.zeros(5, dtype=np.int64), 3, DAISY.__getitem__)
    assert chosen.tolist() == [0, 3, 4]


def test_latin_quote_fragment_not_in_real_key_sentences():
    """latin_quote_fragment end to end: Daisy Miller's paragraph through the shipped
    analysis; no key sentence is a piece of a speech, and the scores are those of the
    graph with the pieces in it (the rule is no eligibility rule). Fails without the
    clause: '“I suppose you were asleep.' is a key sentence."""
    text = (
        " ".join(DAISY[:3]) + "\n\n" + DAISY[3] + "\n\n" + DAISY[4] + "\n\n"
        "“I suppose you were asleep on the train for an hour. You have had time "
        "to go to see your aunt and Mrs. Walker at the hotel.”\n"
    )
    st = analyze_text(text)
    keys = [text[a:b].strip() for a, b in st.sentences[st.key_sentences].tolist()]
    assert keys and not any(latin_quote_fragment(k) for k in keys)
    assert "“I suppose you were asleep." in [text[a:b].strip() for a, b in st.sentences.tolist()]
