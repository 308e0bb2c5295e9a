"""Clause ``latin_quote_fragment`` (session 36, ``transforms.latin_quotes``): an English
sentence whose double quotation marks do not pair up is a piece of a speech and no key
sentence. Real text: Henry James, Daisy Miller (Project Gutenberg, public domain)."""

import numpy as np

from transforms.key_sentences import eligible_sentences
from transforms.latin_quotes import latin_quote_fragments
from transforms.structure import analyze_text

# Daisy Miller, part II: one paragraph, a speech cut at its inner full stops.
DAISY = (
    "“You must have stayed in the train a good while after it stopped!” cried "
    "the young girl with her little laugh. “I suppose you were asleep. You "
    "have had time to go to see Mrs. Walker.”\n\n"
    "“I am afraid your mother doesn’t see you,” said Winterbourne.\n\n"
    "“Well, Daisy Miller,” said the elder lady, presently, “I shouldn’t think "
    "you’d want to talk against your own brother!”\n"
)
HEAD = "“You must have stayed in the train a good while after it stopped!” cried the"
TAIL = "You have had time to go to see Mrs. Walker.”"


def _sentences(text):
    st = analyze_text(text)
    return st.sentences, [text[a:b].replace("\n", " ").strip() for a, b in st.sentences.tolist()]


def test_latin_quote_fragment_speech_pieces_are_not_eligible():
    """latin_quote_fragment: the speech's opening piece ('“I suppose you were asleep.')
    and its end ('You have had time to go to see Mrs. Walker.”') leave the pool; the
    whole speeches with their speaker (marks paired) stay. Fails without the clause:
    both pieces are eligible (6+ words, terminated)."""
    spans, texts = _sentences(DAISY)
    ok = eligible_sentences(DAISY, spans, 6)
    kept = [t for t, k in zip(texts, ok, strict=True) if k]
    assert kept == [
        "“You must have stayed in the train a good while after it stopped!” cried the "
        "young girl with her little laugh.",
        "“I am afraid your mother doesn’t see you,” said Winterbourne.",
        "“Well, Daisy Miller,” said the elder lady, presently, “I shouldn’t think you’d "
        "want to talk against your own brother!”",
    ]
    assert TAIL in texts  # the sentence exists: it is the rule that keeps it out


def test_latin_quote_fragment_counts_marks_per_sentence():
    """latin_quote_fragment: more “ than ”, more ” than “, or an odd count of '"' is a
    fragment; paired marks, an apostrophe (’) or no mark at all is not."""
    text = (
        '"People have just outlived their usefulness, now, by the time they are sixty. '
        "You've got to adjust, Sydney, just adjust to the times.\" "
        "Sydney found himself watching the screen now, too. "
        "“I don’t like the way you say that,” said Daisy. "
        '"Ellie, how can you go right back to eating after what\'s happened to Eddie?"'
    )
    parts = [
        '"People have just outlived their usefulness, now, by the time they are sixty. ',
        "You've got to adjust, Sydney, just adjust to the times.\" ",
        "Sydney found himself watching the screen now, too. ",
        "“I don’t like the way you say that,” said Daisy. ",
        '"Ellie, how can you go right back to eating after what\'s happened to Eddie?"',
    ]
    starts = np.cumsum([0] + [len(p) for p in parts[:-1]])
    spans = np.stack([starts, starts + [len(p) for p in parts]], axis=1)
    assert "".join(parts) == text
    got = latin_quote_fragments(text, spans, np.arange(5))
    assert got.tolist() == [0, 1]


def test_latin_quote_fragment_no_marks_no_scan():
    """Guard: a text without double marks returns nothing (the literal prefilter)."""
    text = "It was a fine morning at Vevey. The hotel stood on the lake."
    spans = np.asarray([[0, 31], [32, len(text)]])
    assert latin_quote_fragments(text, spans, np.arange(2)).tolist() == []
