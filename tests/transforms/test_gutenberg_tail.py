"""Clause trailing_separator (transforms.gutenberg_tail): a separator left as a Gutenberg
book's last line goes with the end cut; one with text after it stays."""

from transforms.boilerplate import strip_boilerplate
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"


def _book(title: str, body: str) -> str:
    return normalize_text(_HEADER.format(title) + body + _FOOTER.format(title))


def test_trailing_separator_dumas_and_the_lady_of_the_shroud_last_lines():
    """rcdm-uga/Gutenberg_Text: Dumas's Celebrated Crimes ends "became extinct." then
    "――――"; a verse book ends on "* * * * *" after its last stanza."""
    dumas = _book(
        "CELEBRATED CRIMES",
        "He died at the age of fifty-five years, and thus this\n"
        "illustrious family became extinct.\n\n\n\n\n ――――\n",
    )
    out = strip_boilerplate(dumas)[0]
    assert out.rstrip().endswith("illustrious family became extinct.")
    assert "――" not in out
    verse = _book(
        "POEMS",
        " Show the gaping door,\n The lamp alight no more....\n\n\n *       *       *       *       *\n",
    )
    out = strip_boilerplate(verse)[0]
    assert out.rstrip().endswith("The lamp alight no more....")
    assert "*" not in out


def test_trailing_separator_precision_a_separator_between_parts_stays():
    """A separator with text after it (the book's last part) stays."""
    text = _book(
        "STORIES",
        "the end of the first story.\n\n *       *       *       *       *\n\n"
        "The second story begins and ends here.\n",
    )
    out = strip_boilerplate(text)[0]
    assert "* * * * *\n\nThe second story" in out


def test_bulleted_transcriber_notes_alcotts_proverb_stories():
    """Clause bulleted_transcriber_notes: Alcott's Proverb Stories (rcdm-uga/Gutenberg_Text)
    ends with a "● Transcriber’s Notes:" list under a rule; list and rule go (the rule by
    trailing_separator), the publisher's address above stays."""
    text = _book(
        "PROVERB STORIES",
        " CROWN BUILDINGS, 188, FLEET STREET, E.C.\n\n\n\n\n"
        "------------------------------------------------------------------------\n\n\n\n\n"
        " ● Transcriber’s Notes:\n"
        "    ○ Missing or obscured punctuation was corrected.\n"
        "    ○ Typographical errors were silently corrected.\n"
        "    ○ Text that was in italics is enclosed by underscores (_italics_).\n",
    )
    out = strip_boilerplate(text)[0]
    assert out.rstrip().endswith("CROWN BUILDINGS, 188, FLEET STREET, E.C.")
    assert "Transcriber" not in out and "○" not in out


def test_bulleted_transcriber_notes_precision_a_bullet_list_of_the_book_stays():
    """Only a bullet before the transcriber's heading: a book's own bullet list stays."""
    text = _book(
        "LISTS",
        "The rules were these:\n\n ● Missing buttons must be sewn on.\n ● Notes go to the clerk.\n\n"
        "And that was all.\n",
    )
    assert "● Missing buttons must be sewn on." in strip_boilerplate(text)[0]


def test_bulleted_transcriber_notes_precision_only_the_two_bullets():
    """Review (session 32): only "●"/"•" open the heading; a "○" sub-item of the book's
    own that names a transcriber stays (fails with any character allowed as the bullet)."""
    text = _book(
        "LISTS",
        "The rules were these.\n\n\n\n\n ○ Transcriber’s notes, he said, were kept by the clerk.\n",
    )
    assert "○ Transcriber’s notes, he said" in strip_boilerplate(text)[0]
