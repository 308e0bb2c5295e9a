"""Dialogue set a paragraph a line is no stanza: clauses
``verse_runs_on_not_into_speech`` and ``cjk_couplets_one_length``
(``transforms.verse_stanzas``), on novels' lines with their blank lines removed,
as plain-text ebooks often set them; poems quoted in books stay stanzas."""

import re

import pytest

import transforms.paragraphs as par
import transforms.verse_stanzas as vs


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.strip().split("\n")]


def _paragraphs(text: str) -> list[str]:
    starts = par.paragraph_starts(text).tolist() + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=True)]


# Novels' dialogue (Gutenberg: Pinocchio pg500 lines 595-597, Journey to the Centre
# of the Earth pg18857 lines 1127-1129, Tom Sawyer pg74 lines 513-515), each
# paragraph on one line, the blank lines between them removed.
DIALOGUE = [
    "After a minute or two, the same voice cried:\n“Get under the window and hold out your hat!”\n",
    '"But, my good sir--"\n'
    '"I tell you to come. What is the use of wasting so much valuable time?"\n',
    "The switch hovered in the air—the peril was desperate—\n“My! Look behind you, aunt!”\n",
]
# Poems quoted in books (Ecce Homo pg52190 lines 5738-5740; The Joyful Wisdom in
# pg52881: "Where you're standing, dig, dig out:"), a quotation inside the stanza.
POEMS = [
    '"Man is evil."\nSo spake the wisest\nFor my consolement.\n',
    "Where you're standing, dig, dig out:\nDown below's the Well:\n"
    'Let them that walk in darkness shout:\n"Down below—there\'s Hell!"\n',
]


@pytest.fixture
def runs_on_off(monkeypatch):
    never = re.compile(r"(?!x)x")
    monkeypatch.setattr(vs, "_SPEECH_WHOLE", never)
    monkeypatch.setattr(vs, "_OPENS_QUOTE", never)


@pytest.mark.parametrize("text", DIALOGUE)
def test_verse_runs_on_not_into_speech_dialogue_keeps_a_paragraph_a_line(text):
    # No stanza: the line rules keep the speeches' and narration's paragraphs.
    assert not vs.verse_stanza(_lines(text))


@pytest.mark.parametrize("text", DIALOGUE)
def test_verse_runs_on_not_into_speech_switched_off_merges_them(text, runs_on_off):
    # What main did: the introduction's run-on read as verse, one paragraph.
    assert vs.verse_stanza(_lines(text))


@pytest.mark.parametrize("text", POEMS)
def test_verse_runs_on_not_into_speech_poems_with_a_quotation_stay_stanzas(text):
    assert vs.verse_stanza(_lines(text))
    assert _paragraphs(text) == [text.strip()]


# 水浒传 (zh_classics), two prose sentences, each two even clauses, a paragraph a
# line; and a poem of the same novel (上山如挽舟), one line length throughout.
SHUIHU_PROSE = "不觉光阴迅速，又早春尽夏来。\n时逢端午，蕤宾节至。\n"
SHUIHU_POEM = "上山如挽舟，下山如顺流。\n挽舟当自戒，顺流常自繇。\n我今上山者，预为下山谋。\n"


def test_cjk_couplets_one_length_prose_of_even_clauses_is_no_poem():
    assert not vs.cjk_stanza(_lines(SHUIHU_PROSE))
    assert _paragraphs(SHUIHU_PROSE) == _lines(SHUIHU_PROSE)


def test_cjk_couplets_one_length_the_novels_poem_stays_one_paragraph():
    assert vs.cjk_stanza(_lines(SHUIHU_POEM))
    assert _paragraphs(SHUIHU_POEM) == [SHUIHU_POEM.strip()]
