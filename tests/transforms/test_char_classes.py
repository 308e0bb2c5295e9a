"""The code-point engines (``transforms.char_classes``) and the stages that use them
give what the regex scans they replace give, on real text."""

import os
import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas import Section
from transforms import char_classes, key_sentences, near_duplicates, sections, topics

EDGES = [
    "",
    "a",
    "ab",
    "ab\n" * 5,
    "  ab cd--ef 12ab a1bc \U0001d400\U0001d401x Ωμέγα 中文ab中 x\ud800y don't “D’ye",
]


@pytest.fixture(scope="module")
def moby(shared_data):
    with open(os.path.join(shared_data, "en_gutenberg", "pg2701.txt"), encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="module")
def dream(shared_data):
    with open(os.path.join(shared_data, "zh_classics", "红楼梦.txt"), encoding="utf-8") as f:
        return f.read()[:200_000]


def finditer_starts(regex, text):
    return [m.start() for m in regex.finditer(text)]


def test_word_starts_are_the_regex_matches(moby, dream):
    """``pair_run_starts`` = ``_WORD_START.finditer``'s starts, on Moby-Dick, a Chinese
    novel (CJK characters end words) and edge cases (astral letters, a lone
    surrogate, a run cut by a piece edge: pieces of 1, 2, 3 and 7 characters)."""
    regex = key_sentences._WORD_START
    letter, run = key_sentences._LETTER, key_sentences._NON_SPACE
    for text in (moby, dream, moby[:20_000] + dream[:20_000]):
        expected = finditer_starts(regex, text)
        assert len(expected) > 100
        assert char_classes.pair_run_starts(text, letter, run).tolist() == expected
        assert char_classes.pair_run_starts(text, letter, run, 1000).tolist() == expected
    for text in [*EDGES, moby[5000:5400]]:
        for piece in (1, 2, 3, 7, 1 << 22):
            got = char_classes.pair_run_starts(text, letter, run, piece).tolist()
            assert got == finditer_starts(regex, text), (text, piece)
    with pytest.raises(ValueError, match="must be a"):
        char_classes.pair_run_starts("ab", r"\w", r"[a-z]")


def test_class_runs_and_distinct_runs_number_words_as_a_dict(moby):
    """Runs of ``[^\\W\\d_]`` are ``findall``'s words; ``distinct_runs`` numbers them in
    order of first occurrence, as ``dict.setdefault`` word by word does."""
    text = moby.lower()
    code = char_classes.code_points(text)
    starts, ends = char_classes.class_runs(code, r"[^\W\d_]")
    words = re.findall(r"[^\W\d_]+", text)
    assert [text[s:e] for s, e in zip(starts.tolist(), ends.tolist(), strict=True)] == words
    vocab: dict[str, int] = {}
    ids = [vocab.setdefault(w, len(vocab)) for w in words]
    first, inverse = char_classes.distinct_runs(code, starts, ends)
    assert inverse.tolist() == ids
    assert [words[i] for i in first.tolist()] == list(vocab)


def test_distinct_runs_refuses_a_hash_collision(monkeypatch):
    """With a hash under which anagrams collide (P = 1: the sum of the code points),
    the check against each group's first run catches it: None, not a wrong group."""
    monkeypatch.setattr(char_classes, "_P", np.uint64(1))
    monkeypatch.setattr(char_classes, "_P_INV", np.uint64(1))
    monkeypatch.setattr(char_classes, "_POWERS", [])
    text = "listen silent listen"
    code = char_classes.code_points(text)
    starts, ends = char_classes.class_runs(code, r"[a-z]")
    assert char_classes.distinct_runs(code, starts, ends) is None
    text = "listen tinsel"[:6] + " other listen"
    code = char_classes.code_points(text)
    starts, ends = char_classes.class_runs(code, r"[a-z]")
    first, inverse = char_classes.distinct_runs(code, starts, ends)  # no anagram: exact
    assert inverse.tolist() == [0, 1, 0] and first.tolist() == [0, 1]


def paragraph_spans(text):
    starts = [0] + [m.end() for m in re.finditer(r"\n\n+", text)]
    return np.array(
        [[s, e] for s, e in zip(starts, [*starts[1:], len(text)], strict=True)], dtype=np.int64
    )


def one_by_one(text, spans):
    vocab = {w: -1 for w in topics.english_stopwords()}
    return topics._word_terms_one_by_one(text.lower(), spans, vocab, [])


def assert_same_terms(got, expected):
    assert got[0].tolist() == expected[0].tolist()
    assert got[1].tolist() == expected[1].tolist() and got[1].dtype == expected[1].dtype
    assert got[2] == expected[2]


def test_topic_terms_on_code_points_are_the_word_by_word_terms(moby, monkeypatch):
    """``_word_terms`` (pieces of code points) = the word-by-word pass, on Moby-Dick's
    paragraphs; pieces of 10,000 characters; spans with gaps between them; and the
    fallbacks: a span edge inside a word, spans out of order."""
    spans = paragraph_spans(moby)
    assert len(spans) > 2000
    expected = one_by_one(moby, spans)
    assert_same_terms(topics._word_terms(moby, spans), expected)
    monkeypatch.setattr(topics, "TERM_PIECE_CHARS", 10_000)
    assert_same_terms(topics._word_terms(moby, spans), expected)
    gaps = spans.copy()
    gaps[:, 1] = np.maximum(gaps[:, 1] - 1, gaps[:, 0])  # each paragraph's last newline outside
    assert topics._piece_words(moby.lower(), gaps) is not None
    assert_same_terms(topics._word_terms(moby, gaps), one_by_one(moby, gaps))
    inside_word = np.array([[0, 10_002], [10_002, 20_000]])
    assert moby[10_001:10_003].isalpha()
    assert topics._piece_words(moby.lower(), inside_word) is None
    assert_same_terms(topics._word_terms(moby, inside_word), one_by_one(moby, inside_word))
    monkeypatch.setattr(topics, "TERM_PIECE_CHARS", 50)  # spans longer than a piece
    head = spans[:300]
    assert_same_terms(topics._word_terms(moby, head), one_by_one(moby, head))
    monkeypatch.setattr(char_classes, "MAX_RUN_CODE", 1000)  # pieces too long to group
    assert topics._piece_words(moby.lower(), spans) is None
    assert_same_terms(topics._word_terms(moby, spans), expected)
    backwards = spans[::-1].copy()
    assert_same_terms(topics._word_terms(moby, backwards), one_by_one(moby, backwards))


def test_near_duplicate_word_ids_are_the_token_regex(moby, dream):
    """``_word_ids`` = ``_TOKEN.findall`` numbered word by word, on Moby-Dick, a
    Chinese novel with Latin words (its pieces go through the regex) and both in
    pieces of 4,096 characters."""
    for text, piece in ((moby, 1 << 20), (dream, 1 << 20), (moby[:50_000] + dream[:50_000], 4096)):
        words = near_duplicates._TOKEN.findall(text.lower())
        vocab: dict[str, int] = {}
        ids = [vocab.setdefault(w, len(vocab)) for w in words]
        got_ids, got_vocab = near_duplicates._word_ids(text, piece)
        assert got_ids.tolist() == ids and got_vocab == list(vocab)
        assert got_ids.dtype == np.int32
    ungrouped = near_duplicates._word_ids(moby[:5000], 4096)  # piece over MAX_RUN_CODE
    with pytest.MonkeyPatch.context() as m:
        m.setattr(char_classes, "MAX_RUN_CODE", 100)
        assert (
            char_classes.distinct_runs(
                char_classes.code_points(moby[:500]),
                *char_classes.class_runs(char_classes.code_points(moby[:500]), r"[a-z]"),
            )
            is None
        )
        again = near_duplicates._word_ids(moby[:5000], 4096)
    assert again[0].tolist() == ungrouped[0].tolist() and again[1] == ungrouped[1]


def test_section_paths_are_section_path_for_every_section(shared_data):
    """``section_paths`` = ``section_path`` of each section, on the sections found in
    two real books (Moby-Dick, a Chinese novel)."""
    names = [("en_gutenberg", "pg2701.txt"), ("zh_classics", "红楼梦.txt")]
    found = 0
    for folder, name in names:
        with open(os.path.join(shared_data, folder, name), encoding="utf-8") as f:
            found_sections, _ = sections.find_sections(f.read())
        expected = [sections.section_path(found_sections, i) for i in range(len(found_sections))]
        assert sections.section_paths(found_sections) == expected
        found += len(found_sections)
    assert found > 200


@given(st.lists(st.tuples(st.integers(-1, 4), st.sampled_from(["", "A", "B"])), max_size=40))
def test_section_paths_on_any_levels(levels):
    secs = [Section(i, i + 1, title, level) for i, (level, title) in enumerate(levels)]
    expected = [sections.section_path(secs, i) for i in range(len(secs))]
    assert sections.section_paths(secs) == expected


def test_class_tables_are_the_regex_on_every_bmp_character():
    """The lookup table of each class the stages use says, for each of the 65,536
    BMP code points (NUL and lone surrogates included), what ``re.fullmatch`` says."""
    classes = {
        key_sentences._LETTER,
        key_sentences._NON_SPACE,
        topics._LETTER,
        near_duplicates._ALNUM,
        near_duplicates._CJK_CHAR,
    }
    for char_class in classes:
        regex = re.compile(char_class)
        expected = [regex.fullmatch(chr(c)) is not None for c in range(0x10000)]
        assert char_classes._bmp_table(char_class).tolist() == expected, char_class
    astral = char_classes.code_points("\U0001d400 \U0001f600 a")
    assert char_classes.in_class(astral, topics._LETTER).tolist() == [
        True,
        False,
        False,
        False,
        True,
    ]
