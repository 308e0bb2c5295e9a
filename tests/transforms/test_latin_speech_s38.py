"""Clause latin_speech_candidate (transforms/latin_speech.py): a speech in double quotes
that Punkt cut into two or three sentences is one key-sentence candidate, picked whole.
Real text: Alger, Paul the Peddler (curly marks) and Wells, The Stolen Bacillus
(straight marks), Project Gutenberg, hard wraps as the books have them."""

import numpy as np

from transforms import latin_speech
from transforms.latin_speech import latin_speech_groups
from transforms.sentences import sentence_spans
from transforms.structure import StructureConfig, analyze_text

# Paul the Peddler, chapter XXIV (the shirt-maker and Paul).
PAUL = (
    "“About a year, sir. Before that time my father was living, and I was\n"
    "kept at school.”\n\n"
    "“You will find the street a school, though of a different kind, in which\n"
    "you can learn valuable lessons. If you can get time in the evening,\n"
    "however, it will be best to keep up your school studies.”\n\n"
    "“I am doing that now, sir.”\n\n"
    "“That is well. And now, about the shirts. Did your mother say how long\n"
    "it would take her to make them?”\n\n"
    "“About three weeks, I think, sir. Will that be soon enough?”\n\n"
    "“That will do. Perhaps it will be well, however, to bring half the\n"
    "number whenever they are finished.”\n\n"
    "“All right, sir.”\n"
)

# The Stolen Bacillus: straight marks, a speech cut at its "!" or "?".
WELLS = (
    '"What a bloomin\' lark it is! Three to one on old George," said the\n'
    'ostler boy. "Nexst!"\n\n'
    "Minnie felt\n"
    "absolutely convinced now that he was mad, and directed the cabman home\n"
    'on her own responsibility. "Put on my shoes? Certainly dear," said\n'
    "he, as the cab began to turn, and hid the strutting black figure,\n"
    "now small in the distance, from his eyes.\n"
)


def _groups(text):
    spans = sentence_spans(text, "en")
    return [
        " ".join(text[spans[a][0] : spans[b][1]].split())
        for a, b in latin_speech_groups(text, spans)
    ]


def test_latin_speech_candidate_curly_speeches_of_two_and_three_sentences():
    assert _groups(PAUL) == [
        "“About a year, sir. Before that time my father was living, and I was kept at school.”",
        "“You will find the street a school, though of a different kind, in which you can learn "
        "valuable lessons. If you can get time in the evening, however, it will be best to keep "
        "up your school studies.”",
        "“That is well. And now, about the shirts. Did your mother say how long it would take "
        "her to make them?”",
        "“About three weeks, I think, sir. Will that be soon enough?”",
        "“That will do. Perhaps it will be well, however, to bring half the number whenever "
        "they are finished.”",
    ]  # not the one-sentence speeches ("“I am doing that now, sir.”": whole already)


def test_latin_speech_candidate_straight_marks_open_and_close():
    # The opening '"' starts the sentence or follows a space; the closing one follows a
    # word: the group ends at 'boy.', not at '"Nexst!"' (a speech of its own).
    assert _groups(WELLS) == [
        '"What a bloomin\' lark it is! Three to one on old George," said the ostler boy.',
        '"Put on my shoes? Certainly dear," said he, as the cab began to turn, and hid the '
        "strutting black figure, now small in the distance, from his eyes.",
    ]


def test_latin_speech_candidate_picked_whole_with_one_score():
    # Every candidate picked: the three pieces of "That is well..." have one score (one
    # candidate); before the clause each piece was a candidate with its own score.
    st = analyze_text(PAUL, StructureConfig(key_ratio=1.0, key_top_k=0))
    keys = dict(zip(st.key_sentences.tolist(), st.key_scores.tolist(), strict=True))
    at = {" ".join(PAUL[a:b].split()): i for i, (a, b) in enumerate(st.sentences.tolist())}
    pieces = [at["“That is well."], at["And now, about the shirts."],
              at["Did your mother say how long it would take her to make them?”"]]  # fmt: skip
    assert all(i in keys for i in pieces)
    assert len({keys[i] for i in pieces}) == 1


def test_latin_speech_candidate_key_sentences_are_whole_speeches():
    # k = 3 of Paul's 13 sentences: before the clause the picks were pieces
    # ('“That is well.' alone, its quote left open); now every pick's marks pair up.
    st = analyze_text(PAUL, StructureConfig(key_ratio=0.0, key_min=3, key_top_k=3))
    spans = st.sentences.tolist()
    picked = "".join(PAUL[spans[i][0] : spans[i][1]] for i in st.key_sentences.tolist())
    assert picked.count("“") == picked.count("”") > 0


def test_latin_speech_candidate_guards():
    # An unclosed paragraph ('“My son wishes to see you.') and the next paragraph's whole
    # speech: no group across the blank line; a speech whose paragraph is not closed
    # ('“Are you sure ...? asked his wife.', the book's own missing mark) is no group,
    # the next paragraph's two-sentence speech is.
    text = (
        "“Go in, if you like,” said Mrs. Barry. “My son wishes to see you.\n\n"
        "“How do you feel now, George?” asked Paul.\n\n"
        "“Are you sure the ring has not been offered here? asked his wife.\n\n"
        "“Quite sure. The boy would have mentioned it, had such been the case.”\n"
    )
    assert _groups(text) == [
        "“Quite sure. The boy would have mentioned it, had such been the case.”"
    ]
    # A CJK text's “” are quote_fragment's (transforms.cjk_quotes), not this clause's.
    zh = "他说：“我去。你等着。”\n"
    assert latin_speech_groups(zh, np.asarray(sentence_spans(zh, "auto"))).shape == (0, 2)


def test_latin_speech_mean_score_moves_no_other_score(monkeypatch):
    # Clause latin_speech_mean_score: the sentences are ranked alone, as without groups,
    # so a single sentence's score relative to another's is the same with and without
    # the groups (ranked as one vector, a group's terms moved every other score), and a
    # group scores the mean of its sentences' scores.
    import transforms.key_quotes as kq

    config = StructureConfig(key_ratio=1.0, key_top_k=0, key_min_words=0)
    on = analyze_text(PAUL, config)
    monkeypatch.setattr(kq, "latin_speech_groups", lambda *a: np.zeros((0, 2), np.int64))
    # Without the groups, clause latin_speech_whole_only (session 40) would take the
    # group's ends out of the graph as pieces: off is the ranking of the same sentences.
    import transforms.structure as structure

    monkeypatch.setattr(structure, "latin_speech_pieces", lambda *a: np.zeros(0, np.int64))
    off = analyze_text(PAUL, config)
    s_on = dict(zip(on.key_sentences.tolist(), on.key_scores.tolist(), strict=True))
    s_off = dict(zip(off.key_sentences.tolist(), off.key_scores.tolist(), strict=True))
    at = {" ".join(PAUL[a:b].split()): i for i, (a, b) in enumerate(on.sentences.tolist())}
    one, two = at["“I am doing that now, sir.”"], at["“All right, sir.”"]
    assert np.isclose(s_on[one] / s_on[two], s_off[one] / s_off[two])
    group = [at["“That is well."], at["And now, about the shirts."],
             at["Did your mother say how long it would take her to make them?”"]]  # fmt: skip
    mean = np.mean([s_off[i] for i in group]) / s_off[two] * s_on[two]
    assert np.isclose(s_on[group[0]], mean, rtol=1e-4)


def test_latin_speech_candidate_guards_cjk_length_blank_line(monkeypatch):
    # Clause latin_speech_guards_tested (review): each guard alone.
    # A CJK text's “” are quote_fragment's (红楼梦 ch. 1: a speech cut at its "。").
    cjk = "那僧笑道：“你放心，如今现有一段风流公案正该了结，这一干风流冤家尚未投胎入世。趁此机会，就将此物夹带于中，使他去经历经历。”\n"
    assert len(sentence_spans(cjk, "auto")) >= 2
    assert latin_speech_groups(cjk, sentence_spans(cjk, "auto")).tolist() == []
    # A group over MAX_SPEECH_CHARS keeps its pieces (Paul's three longer speeches are
    # no groups under a limit of 100 characters).
    monkeypatch.setattr(latin_speech, "MAX_SPEECH_CHARS", 100)
    assert _groups(PAUL) == [
        "“About a year, sir. Before that time my father was living, and I was kept at school.”",
        "“About three weeks, I think, sir. Will that be soon enough?”",
    ]
    monkeypatch.undo()
    # A speech left open at a paragraph's end and a closing mark in the next paragraph
    # (Mrs. Barry's line, the next paragraph's opening mark missing as in the book above):
    # no group across the blank line.
    text = (
        "“Go in, if you like,” said Mrs. Barry. “My son wishes to see you.\n\n"
        "How do you feel now, George?” asked Paul.\n"
    )
    assert _groups(text) == []


def test_latin_speech_candidate_straight_mark_guards():
    # Clause latin_speech_guards_tested (review), straight marks, Wells' words: a sentence
    # whose '"' opens a new speech does not close the one before ('"Nexst! cried…' after
    # '…"Stop the cab!'); two closing pieces whose speeches' openings the text lacks are
    # no speech (the first's '"' closes, it opens nothing).
    opens_again = 'He shouted after it, "Stop the cab!\n"Nexst! cried the boy.\n'
    closes_twice = 'Three to one on old George," said the ostler boy. Certainly dear," said he.\n'
    for text in (opens_again, closes_twice):
        spans = sentence_spans(text, "en")
        assert len(spans) == 2
        assert latin_speech_groups(text, spans).tolist() == []


def test_latin_speech_candidate_middle_sentence_without_marks():
    # Clause latin_speech_guards_tested (review): a three-sentence run is a group only when
    # its middle sentence holds no quote mark (Mrs. Barry's words, a quotation inside).
    text = '"Go in, if you like. My son said "come" twice. He wishes to see you."\n'
    spans = sentence_spans(text, "en")
    assert len(spans) == 3
    assert latin_speech_groups(text, spans).tolist() == []
