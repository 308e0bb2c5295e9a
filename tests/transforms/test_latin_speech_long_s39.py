"""Clause latin_speech_long_run (transforms/latin_speech.py): a speech of four to
``MAX_SPEECH_SENTENCES`` (6) sentences within ``MAX_SPEECH_CHARS`` (1,000) characters is one
key-sentence candidate too, as session 38's speeches of two or three sentences are: its pieces
('"I suppose," said he, slowly, "we're both dead.') are no candidates of their own. Real text:
H. G. Wells, The Stolen Bacillus and Other Incidents (session 36's audit book en07, Project
Gutenberg), "The Remarkable Case of Davidson's Eyes" and "The Stolen Bacillus"."""

from transforms.latin_speech import latin_speech_groups
from transforms.normalize import normalize_text
from transforms.sentences import sentence_spans

DAVIDSON = (
    '"No ship!" he repeated, and seemed to forget my denial forthwith. "I\n'
    'suppose," said he, slowly, "we\'re both dead. But the rummy part is I\n'
    "feel just as though I still had a body. Don't get used to it all at\n"
    "once, I suppose. The old shop was struck by lightning, I suppose.\n"
    'Jolly quick thing, Bellows--eigh?"\n\n'
    "\"Don't talk nonsense. You're very much alive. You are in the\n"
    "laboratory, blundering about. You've just smashed a new electrometer.\n"
    "I don't envy you when Boyce arrives.\"\n"
)
# Seven sentences: over the limit, the pieces stay as they are.
MARTYR = (
    '"Well! I suppose I shall be the first. _Phew_! Anyhow, I shall be a\n'
    "Martyr. That's something. But it is a filthy death, nevertheless. I\n"
    'wonder if it hurts as much as they say."\n'
)


def _groups(text):
    text = normalize_text(text)
    spans = sentence_spans(text)
    return [
        " ".join(text[spans[i][0] : spans[j][1]].split())
        for i, j in latin_speech_groups(text, spans).tolist()
    ]


def test_latin_speech_long_run_groups_speeches_of_five_sentences():
    # Before (three sentences at most): no group; the key sentences held '"I suppose," said
    # he, slowly, "we're both dead.' alone.
    assert _groups(DAVIDSON) == [
        '"I suppose," said he, slowly, "we\'re both dead. But the rummy part is I feel just as '
        "though I still had a body. Don't get used to it all at once, I suppose. The old shop "
        'was struck by lightning, I suppose. Jolly quick thing, Bellows--eigh?"',
        "\"Don't talk nonsense. You're very much alive. You are in the laboratory, blundering "
        "about. You've just smashed a new electrometer. I don't envy you when Boyce arrives.\"",
    ]


def test_latin_speech_long_run_guard_seven_sentences_keep_their_pieces():
    assert _groups(MARTYR) == []


# Clause latin_speech_long_run_short (review of session 39): Tom Sawyer (Project Gutenberg
# pg74), chapter XIX. Four sentences of 18 characters each were one candidate, picked whole
# as a key sentence; four sentences of 56 characters each stay one group.
TOM_WELL = "“Well? Well? What did I make him do, Tom? What did I make him do?”\n"
TOM_PITY = (
    "“More’s the pity. Sid would have thought. And Sid would have come and\n"
    "_done_ it, too. Tom, you’ll look back, some day, when it’s too late,\n"
    "and wish you’d cared a little more for me when it would have cost you so\n"
    "little.”\n"
)


def test_latin_speech_long_run_short_keeps_pieces_of_four_short_exclamations():
    assert _groups(TOM_WELL) == []
    assert len(_groups(TOM_PITY)) == 1
