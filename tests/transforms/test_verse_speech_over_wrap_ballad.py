"""Review guard for clause ``verse_speech_over_wrap`` (``transforms.verse_stanzas``):
a ballad stanza whose whole-speech line stands over the next speaker's attributed
line ('"That they could get it clear?"' / '"I doubt it," said the Carpenter,') is
refused by ``verse_stanza`` since the clause (its next-speech branch), but the
stanza's paragraph and line breaks must not change: ``paragraph_starts`` asks the
stanza test only where the line rules cut a block, and a ballad's even lines give
them no cut. This pins that, in the layouts a user has (blank line between stanzas,
the fortune layout with none)."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.paragraphs import paragraph_starts

# Lewis Carroll, Through the Looking-Glass (1871), "The Walrus and the Carpenter",
# stanzas 1, 5 and 17.
STANZAS = [
    "The sun was shining on the sea,\nShining with all his might:\nHe did his very best"
    " to make\nThe billows smooth and bright--\nAnd this was odd, because it was\n"
    "The middle of the night.",
    '"If seven maids with seven mops\nSwept it for half a year,\nDo you suppose," the'
    ' Walrus said,\n"That they could get it clear?"\n"I doubt it," said the Carpenter,\n'
    "And shed a bitter tear.",
    '"I weep for you," the Walrus said:\n"I deeply sympathize."\nWith sobs and tears he'
    " sorted out\nThose of the largest size,\nHolding his pocket-handkerchief\nBefore"
    " his streaming eyes.",
]
# Prose over the poem, as the book sets it (chapter IV), wrapped at 70 columns.
PROSE = (
    '"What shall I repeat to her?" said Tweedledee, looking round at\n'
    "Tweedledum with great solemn eyes, and not noticing Alice's question.\n\n"
)


def _paragraphs(text: str) -> list[str]:
    t = clean_text(normalize_text(text)).text
    starts = [*paragraph_starts(t).tolist(), len(t)]
    return [t[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]


def test_verse_speech_over_wrap_ballad_stanzas_stay_whole():
    paras = _paragraphs(PROSE + "\n\n".join(STANZAS) + "\n")
    for stanza in STANZAS:
        assert stanza in paras


def test_verse_speech_over_wrap_ballad_in_a_fortune_entry_keeps_its_lines():
    # songs-poems (Debian fortunes) sets a poem with no blank line between stanzas.
    entry = "\n".join(STANZAS)
    paras = _paragraphs("Ars longa, vita brevis.\n%\n" + entry + "\n%\n")
    # One paragraph holds the whole poem, its line breaks kept.
    assert any(entry in p for p in paras)
