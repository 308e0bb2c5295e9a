"""Clause page_break_open_phrase (transforms.page_gaps, called by page_furniture), session 52,
branch wtD: a page cut after an article or "of", the next page opening on a capital, joins the
halves with a space (the words of a name or a noun phrase were left on two lines inside their
paragraph).

Real text:
- tests/data/en_gutenberg_oz_jackdaws_pages_s52.txt: Baum, The Marvelous Land of Oz
  (rcdm-uga/Gutenberg_Text), lines 5095-5230 (pages 220-224), byte for byte but CRLF made LF.
- tests/data/en_gutenberg_jekyll_search_pages_s51.txt (session 51): Dr. Jekyll (Gutenberg 42,
  denten-bin/gutenberg-shell-scripts test-corpus/pg42.txt), pages 13-15.
"""

from pathlib import Path

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text
from transforms.unwrap import UnwrapConfig

DATA = Path(__file__).resolve().parents[1] / "data"
OZ = (DATA / "en_gutenberg_oz_jackdaws_pages_s52.txt").read_text(encoding="utf-8")
JEKYLL = (DATA / "en_gutenberg_jekyll_search_pages_s51.txt").read_text(encoding="utf-8")


def _clean(raw, **kw):
    return clean_text(normalize_text(raw), CleanConfig(**kw)).text


def _words_without_page_lines(raw):
    return [w for line in raw.splitlines() if not line.strip().isdigit() for w in line.split()]


def test_oz_article_then_name_on_the_next_page():
    """ "remained. The" / "222" / "Jackdaws had stolen it": before, a newline inside the paragraph."""
    text = _clean(OZ)
    assert "not a vestige of straw remained. The Jackdaws had stolen it" in text
    assert "The\nJackdaws" not in text
    # only line breaks moved (unwrapping mends "five-" / "dollar" as before)
    assert "".join(text.split()) == "".join(_words_without_page_lines(OZ))


def test_jekyll_of_then_name_joined_comma_kept():
    """ "but that in case of" / "12)" / "Dr. Jekyll's": one line (before, a newline inside the
    paragraph). The clause's bound: a comma above a capital ("as they say," / "14)" / "I
    see") keeps its line break (a verse line or a quoted speech ends so too)."""
    text = _clean(JEKYLL)
    assert "but that in case of Dr. Jekyll's \"disappearance" in text
    assert "as they say,\nI see and I have" in text


def test_no_join_with_unwrapping_off():
    """With unwrapping off the halves keep their lines, as for page_break_joins_words."""
    text = _clean(OZ, unwrap=UnwrapConfig(enabled=False))
    assert "remained. The\nJackdaws" in text
