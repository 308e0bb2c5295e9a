"""A speech hard-wrapped at the text's width is no stanza: clause
``verse_speech_own_wrap`` (``transforms.verse_stanzas``). A line of ``WRAP_CHARS``
or more that opens a quotation still open at its end, over a line closing it after
a full stop, is a prose wrap; it no longer counts as the verse line that runs on."""

import pytest

import transforms.paragraphs as par
import transforms.verse_stanzas as vs


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.strip().split("\n")]


def _paragraphs(text: str) -> list[str]:
    starts = par.paragraph_starts(text).tolist() + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts[:-1], starts[1:], strict=True)]


# The Adventures of Tom Sawyer (Gutenberg pg74 lines 948-955, the blank lines
# between paragraphs removed, the wraps kept).
TOM_SAWYER = (
    "“Why, ain’t _that_ work?”\n"
    "Tom resumed his whitewashing, and answered carelessly:\n"
    "“Well, maybe it is, and maybe it ain’t. All I know, is, it suits Tom\n"
    "Sawyer.”\n"
)
# pg74 line 8550-8551: one paragraph, both lines full width.
TOM_SAWYER_WIDOW = (
    "“Tom wasn’t at home, yet, so I gave him up; but I stumbled on him and\n"
    "Huck right at my door, and so I just brought them along in a hurry.”\n"
)
# The Chessmen of Mars (pg1153), a paragraph of its own between blank lines.
CHESSMEN = (
    '"No," said the girl, "the subject irks me, and I shall not marry Djor\n'
    'Kantos, or another--I do not intend to wed."\n'
)
# Debian fortunes-de 0.35, file ``witze``, one entry as the file sets it.
WITZE = (
    "Völlig außer sich kommt ein Mann ins Polizeirevier:\n"
    '"Hilfe, ich habe meiner Frau mit der Bratpfanne eins über den\n'
    'Schädel geschalgen."\n'
    '"Ist sie tot?" will der Beamte wissen.\n'
    '"Neeeiiinnn, im Gegenteil, sie kann jeden Augenblick hier sein!"\n'
)
PROSE = [TOM_SAWYER, TOM_SAWYER_WIDOW, CHESSMEN, WITZE]
# Debian fortunes 1:1.99.1, file ``drugs``: Romeo and Juliet's couplet (II.ii)
# quoted over its tag line: verse, its quoted line shorter than a prose wrap.
JULIET = (
    "\"This bud of love, by summer's ripening breath,\n"
    'May prove a beauteous flower when next we meet."\n'
    "Juliet, this bud's for you.\n"
)


@pytest.fixture
def clause_off(monkeypatch):
    monkeypatch.setattr(vs, "_speech_own_wrap", lambda line, below: False)


@pytest.mark.parametrize("text", PROSE)
def test_verse_speech_own_wrap_a_wrapped_speech_is_no_stanza(text):
    assert not vs.verse_stanza(_lines(text))


@pytest.mark.parametrize("text", PROSE)
def test_verse_speech_own_wrap_switched_off_reads_verse(text, clause_off):
    # What main did: the wrapped speech was the stanza's run-on line.
    assert vs.verse_stanza(_lines(text))


def test_verse_speech_own_wrap_the_joke_gets_a_paragraph_per_speaker():
    paras = _paragraphs(WITZE)
    assert paras[-2:] == [
        '"Ist sie tot?" will der Beamte wissen.',
        '"Neeeiiinnn, im Gegenteil, sie kann jeden Augenblick hier sein!"',
    ]
    assert "".join("".join(paras).split()) == "".join(WITZE.split())


def test_verse_speech_own_wrap_a_quoted_verse_line_stays_verse():
    assert vs.verse_stanza(_lines(JULIET))
    assert _paragraphs(JULIET) == [JULIET.strip()]


def test_verse_speech_own_wrap_straight_quotes_counted():
    # A straight quote closed inside the line leaves nothing open.
    assert not vs._open_at_end('"No," said the girl, and went on')
    assert vs._open_at_end('"No," said the girl, "the subject irks me, and I shall')
    assert vs._open_at_end("“Well, maybe it is, and maybe it ain’t. All I know")
    assert not vs._open_at_end("“Why, ain’t _that_ work?” he said, and then")


# Review (session 26): Kipling, "The Ballad of East and West" (1889), the stanza
# before the refrain as Wikisource's Inclusive Edition 1885-1918 sets it, the
# repeated opening quote of the last line dropped as most reprints print it: a
# long-lined ballad ending on a two-line quoted speech stays a stanza (its other
# lines run on), though the clause refuses the speech's own pair.
KIPLING = (
    "They have looked each other between the eyes, and there they found no fault,\n"
    "They have taken the Oath of the Brother-in-Blood on leavened bread and salt:\n"
    "The Colonel's son he rides the mare and Kamal's boy the dun,\n"
    "And two have come back to Fort Bukloh where there went forth but one.\n"
    "\"Ha' done! ha' done!\" said the Colonel's son. \"Put up the steel at your sides!\n"
    "Last night ye had struck at a Border thief—to-night't is a man of the Guides!\"\n"
)


def test_verse_speech_own_wrap_a_ballad_ending_on_a_speech_stays_verse():
    lines = _lines(KIPLING)
    assert vs._speech_own_wrap(lines[-2], lines[-1])
    assert vs.verse_stanza(lines)
