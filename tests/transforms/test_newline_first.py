"""Clause newline_first (session 25, cost only): ``speech_labels._line_numbers`` tries
``_LINE_NUMBER`` only after the newlines it can follow; the matches stay those of
``_LINE_NUMBER.finditer``."""

from transforms import speech_labels as sl

# Romeo and Juliet, First Folio (Gutenberg; the lines of test_sentence_speakers.py): the
# servants' numbered labels on indented lines after a single newline.
ROMEO = (
    "Enter Seruant.\n"
    "\n"
    "  Ser. Where's Potpan, that he helpes not to take away?\n"
    "He shift a Trencher? he scrape a Trencher?\n"
    "  1. When good manners, shall lie in one or two mens\n"
    "hands, and they vnwasht too, 'tis a foule thing\n"
)


def _spans(text, monkeypatch, first):
    monkeypatch.setattr(sl, "NEWLINE_FIRST", first)
    return [(m.span(), m.groups()) for m in sl._line_numbers(text)]


def test_newline_first_same_matches(monkeypatch):
    texts = (
        ROMEO,
        ROMEO.replace("\n", "\r\n"),  # "\r" before the newline is a non-newline
        "\n  1. When good manners" + ROMEO,  # a newline at the text's start: none
        ROMEO.replace("\n  1.", "\n\n  1."),  # after a blank line: not this clause's
        ROMEO.replace("  1. When", "\t1. When") + "  2. Ser. Away\n \t 12.  Fetch\n  3. Hands",
        ROMEO.replace("  1. When", "\n1. When"),
    )
    found = [_spans(t, monkeypatch, True) for t in texts]
    assert found == [_spans(t, monkeypatch, False) for t in texts]
    start = ROMEO.index("  1. When")
    assert found[0] == [((start, start + 5), ("1",))]
    assert [len(f) for f in found] == [1, 1, 1, 0, 3, 0]
    assert found[4][-1][1] == ("3",) and found[4][1][1] == ("12",)  # "2. Ser." is a name
