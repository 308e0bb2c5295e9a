"""Clause ``verse_alternate_indent`` (``transforms.verse_indent``): a stanza whose
alternate lines are indented is one paragraph with its line breaks; hanging
indents of labels, questions and a novel's indented paragraphs are not."""

from tests.transforms.test_verse_speech_over_wrap_ballad import PROSE, _paragraphs
from transforms import paragraphs
from transforms.verse_indent import alternate_indent_stanza

# Lewis Carroll, Through the Looking-Glass (1871), "The Walrus and the Carpenter",
# its first stanza and the Walrus's call to the Oysters, even lines indented as
# the book prints them.
WALRUS = [
    "The sun was shining on the sea,\n  Shining with all his might:\nHe did his very best"
    " to make\n  The billows smooth and bright--\nAnd this was odd, because it was\n"
    "  The middle of the night.",
    '"O Oysters, come and walk with us!"\n  The Walrus did beseech.\n"A pleasant walk, a'
    " pleasant talk,\n  Along the briny beach:\nWe cannot do with more than four,\n"
    '  To give a hand to each."',
]
# Debian fortunes, songs-poems (a song's lyrics, tab-indented, lower-case runs on).
SONG = (
    "Now there are two sides to this great big world,\n\tand one of them is always night.\n"
    "If you can take care of business in the sunshine, baby,\n\tI guess you're gonna be"
    " all right.\nDon't come looking for me to lend you a hand.\n\tMy eyes just can't stand"
    " the light."
)
# Debian fortunes, definitions: labels over tab-indented lines.
DEFINITIONS = (
    "Retribution:\n\tI'm going to kill you because you killed my brother.\nAnticipation:\n"
    "\tI'm going to kill you because I killed your brother."
)
# Debian fortunes, linux: a question's hanging indent.
QUESTION = (
    "Q: Why shouldn't I simply delete the stuff I never use, it's just taking up\n space?\n"
    "A: This question is in the category of Famous Last Words..\n"
    "\t\t-- From the Frequently Unasked Questions"
)
# Debian fortunes-ru, adv: speeches opening with a dash under their introductions.
DASHES = (
    "Алиса Селезнева кричит в телефонную трубку:\n - Коля! Коля!!! Я тебя не слышу!!!"
    " Коля, ты меня слышишь?!!\nВ ответ раздается чуть слышное:\n - Алиса... Мегафон..."
    " у меня... У меня Мегафон!"
)
# Collodi, Pinocchio (Gutenberg pg500), hard-wrapped, its paragraphs indented.
NOVEL = (
    "\u201cWhy not?\u201d\n    \u201cBecause Marionettes never grow. They are born"
    " Marionettes, they live\nMarionettes, and they die Marionettes.\u201d\n"
    "    \u201cOh, I\u2019m tired of always being a Marionette!\u201d cried Pinocchio\n"
    "Angrily."
)


def test_verse_alternate_indent_walrus_stanzas_whole():
    paras = _paragraphs(PROSE + "\n\n".join(WALRUS) + "\n")
    assert len(paras) == 3
    oysters = paras[2].split("\n")
    assert [x.strip() for x in oysters] == [x.strip() for x in WALRUS[1].split("\n")]


def test_verse_alternate_indent_song_lower_case_run_on():
    paras = _paragraphs(PROSE + SONG + "\n")
    assert len(paras) == 2
    assert paras[1].count("\n") == 5


def test_verse_alternate_indent_labels_questions_novel_refused(monkeypatch):
    texts = [PROSE + x + "\n" for x in (DEFINITIONS, QUESTION, NOVEL, DASHES)]
    for text in (DEFINITIONS, QUESTION, NOVEL, DASHES):
        lines = text.split("\n")
        assert not alternate_indent_stanza(lines, False), lines[0]
    now = [_paragraphs(t) for t in texts]
    monkeypatch.setattr(paragraphs, "alternate_indent_stanza", lambda lines, first: False)
    assert now == [_paragraphs(t) for t in texts]
    assert len(now[2]) == 4  # the novel's three indented paragraphs and the prose


def test_verse_alternate_indent_indented_first_line_refused():
    # A block whose first line is indented opens a prose paragraph: not alternation.
    lines = WALRUS[1].split("\n")
    assert alternate_indent_stanza(lines, False)
    assert not alternate_indent_stanza(lines, True)
    assert not alternate_indent_stanza(lines[:3], False)


# Twain, The Adventures of Tom Sawyer (Gutenberg pg74, chapter VIII), laid out as
# many editions are: paragraphs' first lines indented, a blank line only between
# sections, here a section of three paragraphs (four lines).
TOM_SAWYER = (
    "\u201cHold, my merry men! Keep hid till I blow.\u201d\n"
    "    Now appeared Joe Harper, as airily clad and elaborately armed as Tom.\n"
    "Tom called:\n"
    "    \u201cHold! Who comes here into Sherwood Forest without my pass?\u201d"
)


def test_alternate_indent_prose_width_tom_sawyer_paragraphs_kept():
    lines = TOM_SAWYER.split("\n")
    assert not alternate_indent_stanza(lines, False)
    paras = _paragraphs(PROSE + TOM_SAWYER + "\n")
    assert [p.split("\n")[0] for p in paras[1:]] == [x.strip() for x in lines[:2] + lines[3:]]
    # The Walrus's indented lines are its metre's short ones: still one stanza.
    assert alternate_indent_stanza(WALRUS[1].split("\n"), False)
