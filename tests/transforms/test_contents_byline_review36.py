"""Review (session 36) of clauses contents_byline and dash_caps_title: the guards that
no test of test_contents_byline36.py / test_dash_caps_title36.py held (each planted
out, the tests still passed). Lines from The Footpath Way's contents (GitHub
rcdm-uga/Gutenberg_Text) and the chapters of test_dash_caps_title36.py; constructed
lists and title lines where marked."""

from tests.transforms.test_contents_byline36 import _CONTENTS, _INTRODUCTION, _PIECES, _TITLES
from tests.transforms.test_dash_caps_title36 import _EXTRA_DAY
from transforms.contents_bylines import byline_keys
from transforms.sections import find_sections

_FOOTPATH = ["INTRODUCTION 1", "H. Belloc", "WALKING AN ANTIDOTE TO CITY POISON 17", "Sidney Smith",
             "ON GOING A JOURNEY 19", "William Hazlitt", "THE BISHOP OF SALISBURY'S HORSE 37",
             "Izaak Walton"]  # fmt: skip


def _titles(text: str) -> list[str]:
    return [s.title for s in find_sections(text)[0] if s.title]


def test_contents_byline_review_min_lines():
    """Six lines (three entries, three page-less lines) are too short a list."""
    assert byline_keys(_FOOTPATH[:6]) == set()
    assert byline_keys(_FOOTPATH[:7]) == {"hbelloc", "sidneysmith", "williamhazlitt"}


def test_contents_byline_review_min_bylines():
    """Two page-less lines in a list of seven are not enough (constructed: the last
    pieces without their authors)."""
    lines = _FOOTPATH[:5] + ["THE BISHOP OF SALISBURY'S HORSE 37", "A WALKING TOUR 41"]
    assert byline_keys(lines) == set()


def test_contents_byline_review_alternation():
    """Page-less lines over runs of entries are group heads, not authors, though no
    keyword or digit is in them (constructed)."""
    lines = ["INTRODUCTION 1", "The Road", "WALKING 17", "ON GOING A JOURNEY 19", "The Inn",
             "THE BISHOP'S HORSE 37", "A WALKING TOUR 41", "The Hill", "ON THE HILL 50"]  # fmt: skip
    assert byline_keys(lines) == set()


def test_contents_byline_review_second_line():
    """The first page-less line must be the second line of the list: two entries first,
    and the list is not read as bylines."""
    assert byline_keys(["PREFACE v"] + _FOOTPATH) == set()


def test_contents_byline_review_digit_only():
    """A page-less line with a digit and no heading of its own ("Walks in 1850 and After") is no
    author (constructed)."""
    lines = _FOOTPATH[:3] + ["Walks in 1850 and After"] + _FOOTPATH[4:]
    assert byline_keys(lines) == set()


def test_contents_byline_review_kept():
    """A name also listed with a page number stays an entry (constructed: Walton's own
    piece listed at the end)."""
    lines = _FOOTPATH + ["IZAAK WALTON 40"]
    assert byline_keys(lines) == {"hbelloc", "sidneysmith", "williamhazlitt"}


def test_contents_byline_review_adjacent_signature():
    """The signature set right under the piece's last line, no blank line between,
    closes the text too."""
    intro = _INTRODUCTION.format(sign="").rstrip("\n") + "\nH. BELLOC.\n\n\n\n\n"
    assert _titles(_CONTENTS + intro + _PIECES) == _TITLES


def test_dash_caps_title_review_two_capitals():
    """A cry of two capitals opening with a dash ("--AH!") is no title (constructed)."""
    assert _titles(_EXTRA_DAY.format(title="--AH!"))[-1] == "CHAPTER XX"


def test_dash_caps_title_review_sentence_inside():
    """A telegram in capitals with a sentence end inside is no title (constructed)."""
    text = _EXTRA_DAY.format(title="--ARRIVED SAFELY. SEND MONEY.")
    assert _titles(text)[-1] == "CHAPTER XX"


def test_dash_caps_title_review_text_under():
    """A capitals line opening with a dash with text right under it opens the chapter's
    text (constructed)."""
    text = _EXTRA_DAY.format(title="--BUT DIFFERENTLY!\nChurch was very--that is, they enjoyed it.")
    assert _titles(text)[-1] == "CHAPTER XX"


def test_dash_caps_title_review_keyword_only():
    """Under a numeral heading, an attribution in capitals opening with a dash stays
    out of the title (constructed: "--EDITOR." under "XII.")."""
    text = _EXTRA_DAY.replace("CHAPTER XIX", "XI.").replace("CHAPTER XX", "XII.")
    text = text.replace("--AS USUAL", "THE MORNING").format(title="--EDITOR.")
    assert _titles(text)[-1] == "XII."


def test_contents_byline_review_wrapped_entries():
    """Clause contents_byline_wrapped: a list whose entries run over two lines, the first
    without its page, is no list of authors (constructed)."""
    lines = ["THE BEGINNING OF IT ALL 1", "HOW THE SQUIRE WENT DOWN TO THE", "VILLAGE AT NIGHT 9",
             "WHAT THE PARSON SAID TO THE", "SQUIRE IN THE MORNING 17", "THE END OF THE ROAD AND,",
             "LAST OF THE SQUIRE 25"]  # fmt: skip
    assert byline_keys(lines) == set()
    assert byline_keys(_FOOTPATH[:7]) == {"hbelloc", "sidneysmith", "williamhazlitt"}
