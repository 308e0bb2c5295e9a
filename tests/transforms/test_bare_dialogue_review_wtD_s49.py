"""Review of rule bare_dialogue_line (transforms/key_dialogue.py, session 49, branch wtD):
the clauses and counts that the first tests left open, on real lines. Sources: Hardy, The
Return of the Native (Project Gutenberg #122, denten-bin/gutenberg-shell-scripts'
122-0.txt); Edgeworth, Castle Rackrent (#1424, denten-bin's 1424-0.txt); Dickens, Oliver
Twist (#730, denten-bin's pg730.txt); 吴承恩, 西游记 第三、四回 (hexhero/book-txt's
西游记.txt); Melville, Moby-Dick ch. CXXXIV (shared en_gutenberg/pg2701.txt)."""

import numpy as np
import pytest

import transforms.key_dialogue as kd
from transforms.key_dialogue import is_bare_dialogue
from transforms.key_sentences import eligible_sentences, sentence_lengths

# Bare lines of 14-16 words in all (a speech of 10-12 words and a tag of 3-4): the
# candidates' bound (TAG_WORDS + DIALOGUE_FACTOR * min_words = 16) must let them in.
BARE_14_TO_16 = [
    "“Well, be damned if this isn’t the queerest start ever I know’d,” said Mr. Fairway.",
    "'She was brought here last night,' replied the old woman, 'by the overseer's order.",
    "But come,' said the young gentleman; 'you want grub, and you shall have it.",
    "大圣大怒道：“量你这些毛神，有何法力，敢出浪言，不要走，请吃老孙一棒！”",
]
# Curly single quotes around a speech holding an apostrophe "’" (Castle Rackrent).
BARE_CURLY_SINGLE = [
    "‘I’ve no objection to that in life,’ said he.",
    "‘And what’s all that black swamp out yonder, Sir Kit?’ says she.",
]
# A speech of 12+ words (DIALOGUE_FACTOR * min_words) with a bare tag, and a speech's
# last piece of 12-15 words: each says something; they stay.
KEPT = [
    "“Why, you’ll be safe to meet the reddleman that I told ye of,” said Fairway.",
    "I saw that, upon the whole, it would be better she should marry where she wished.”",
    # The real Moby-Dick lines behind test_key_sentences' "“D’ye see him?” cried the
    # captain to the men aloft.": a 3-word question whose "tag" narrates (10 and 11 words
    # outside the quotation, over SHORT_SPEECH_TAG_WORDS = 8).
    "“D’ye see him?” cried Ahab; but the whale was not yet in sight.",
    "“D’ye see him?” cried Ahab after allowing a little space for the light to spread.",
]


def _eligible(lines, monkeypatch):
    monkeypatch.setattr(kd, "DIALOGUE_MIN_LINES", 0)  # the line rule alone
    text = "".join(line + "\n\n" for line in lines)
    starts = np.cumsum([0] + [len(line) + 2 for line in lines])[:-1]
    spans = np.stack([starts, starts + [len(line) for line in lines]], axis=1)
    return dict(zip(lines, eligible_sentences(text, spans, 6.0).tolist(), strict=True))


def test_bare_lines_of_14_to_16_words_are_taken(monkeypatch):
    got = _eligible(BARE_14_TO_16, monkeypatch)
    assert not any(got.values()), got


def test_curly_single_quoted_speech_with_an_apostrophe_is_taken(monkeypatch):
    # "’" between two letters (I’ve, what’s) does not close the speech.
    got = _eligible(BARE_CURLY_SINGLE, monkeypatch)
    assert not any(got.values()), got


def test_speeches_of_12_words_and_narrating_tags_stay(monkeypatch):
    got = _eligible(KEPT, monkeypatch)
    assert all(got.values()), got


def test_the_paraphrased_moby_dick_line_is_a_bare_line():
    # DOUBT 7 of the author: test_key_sentences' eligibility case "“D’ye see him?” cried
    # the captain to the men aloft." (a paraphrase, not Melville's words) holds a 3-word
    # speech and its addressee only (7 words outside): clause short_speech_manner_tag
    # takes it in a document with dialogue scenes; that test reads one sentence alone,
    # under clause dialogue_scenes' 20 lines, so it stays eligible there.
    assert is_bare_dialogue("“D’ye see him?” cried the captain to the men aloft.", 6.0)


@pytest.mark.parametrize("line", BARE_14_TO_16 + BARE_CURLY_SINGLE + KEPT)
def test_the_pipeline_count_agrees_with_the_plain_count(line):
    # bare_dialogue_lines passes sentence_lengths (quoted = total - words outside);
    # is_bare_dialogue without it counts both parts itself: the same verdict.
    text = line + "\n"
    total = float(sentence_lengths(text, np.array([[0, len(line)]]))[0])
    assert is_bare_dialogue(line, 6.0, total) == is_bare_dialogue(line, 6.0)
