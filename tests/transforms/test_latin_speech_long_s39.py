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


# Clause latin_speech_long_run's character limit: Melville, Moby-Dick (shared
# en_gutenberg/pg2701), chapter 3: Ishmael's speech to the landlord, six sentences over 1,000
# characters, keeps its pieces; the landlord's reply of three sentences is a group.
LANDLORD = (
    "“Landlord,” said I, going up to him as cool as Mt. Hecla in a\n"
    "snow-storm—“landlord, stop whittling. You and I must understand one\n"
    "another, and that too without delay. I come to your house and want a\n"
    "bed; you tell me you can only give me half a one; that the other half\n"
    "belongs to a certain harpooneer. And about this harpooneer, whom I have\n"
    "not yet seen, you persist in telling me the most mystifying and\n"
    "exasperating stories tending to beget in me an uncomfortable feeling\n"
    "towards the man whom you design for my bedfellow—a sort of connexion,\n"
    "landlord, which is an intimate and confidential one in the highest\n"
    "degree. I now demand of you to speak out and tell me who and what this\n"
    "harpooneer is, and whether I shall be in all respects safe to spend the\n"
    "night with him. And in the first place, you will be so good as to unsay\n"
    "that story about selling his head, which if true I take to be good\n"
    "evidence that this harpooneer is stark mad, and I’ve no idea of\n"
    "sleeping with a madman; and you, sir, _you_ I mean, landlord, _you_,\n"
    "sir, by trying to induce me to do so knowingly, would thereby render\n"
    "yourself liable to a criminal prosecution.”\n"
    "\n"
    "“Wall,” said the landlord, fetching a long breath, “that’s a purty long\n"
    "sarmon for a chap that rips a little now and then. But be easy, be\n"
    "easy, this here harpooneer I have been tellin’ you of has just arrived\n"
    "from the south seas, where he bought up a lot of ’balmed New Zealand\n"
    "heads (great curios, you know), and he’s sold all on ’em but one, and\n"
    "that one he’s trying to sell to-night, cause to-morrow’s Sunday, and it\n"
    "would not do to be sellin’ human heads about the streets when folks is\n"
    "goin’ to churches. He wanted to, last Sunday, but I stopped him just as\n"
    "he was goin’ out of the door with four heads strung on a string, for\n"
    "all the airth like a string of inions.”\n"
    "\n"
    "This account cleared up the otherwise unaccountable mystery, and showed\n"
)


def test_latin_speech_long_run_guard_over_1000_characters_keeps_its_pieces():
    groups = _groups(LANDLORD)
    assert len(groups) == 1 and not groups[0].startswith("“Landlord,”"), groups
