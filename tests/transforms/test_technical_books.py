"""What the rules of ``transforms.technical_headings``, clause ``rst_chapter``
and rule ``contents_entry`` must leave alone in books and READMEs (review of
session 14): a book's "NOTE." headings, a README's "# Installation" over its
command, a treatise's numbered paragraphs, a novel's "*****" scene break.

Each test fails with its fix taken out (checked by reverse-applying the patch).
"""

from tests.transforms.test_technical_headings import (
    DEBIAN_REFERENCE_EN,
    PERMISSIONS,
    _clean,
    _contents_sentences,
)
from transforms import key_sentences as ks
from transforms.sections import find_headings


def test_margin_note_headings_of_a_book_stay_headings():
    # Rule admonition_label counts indented labels and "Note:" only: a book's
    # "NOTE." at the margin, three times, keeps its three headings (review,
    # session 14: every one was dropped as a box label before).
    body = _clean(DEBIAN_REFERENCE_EN).split("1.1.\xa0Console basics")[0].split("Chapter\xa01.")[1]
    parts = [p.strip() for p in body.split("\n\n") if len(p.strip()) > 80][:3]
    assert len(parts) == 3
    book = "".join(f"NOTE.\n\n{p}\n\n" for p in parts)
    assert [h.title for h in find_headings(book)] == ["NOTE."] * 3


def test_a_markdown_heading_over_its_command_stays_a_heading():
    # Rule prompt_run: "# Installation" after a blank line, over "$ pip install
    # longctx", is a README's heading, even beside real root prompts (the
    # Debian Reference's "# chown ..." lines stay commands).
    readme = "".join(
        f"# {title}\n$ {command}\n\nThe command {command.split()[0]} does the work.\n\n"
        for title, command in [
            ("Installation", "pip install longctx"),
            ("Usage", "longctx --input books/"),
            ("Configuration", "longctx --config edit"),
        ]
    )
    titles = [h.title for h in find_headings(readme + _clean(PERMISSIONS))]
    assert titles == ["Installation", "Usage", "Configuration"]


# Tractatus Logico-Philosophicus (Ogden, 1922), numbered as a treatise or a
# code of law sets its paragraphs: "1.1. " with a period after the number.
TRACTATUS = """1. The world is everything that is the case.

1.1. The world is the totality of facts, not of things.

1.11. The world is determined by the facts, and by these being all the
facts.

1.12. For the totality of facts determines both what is the case, and
also all that is not the case.

1.13. The facts in logical space are the world.

1.2. The world divides into facts.
"""


def test_numbered_paragraphs_keep_their_sentences():
    # Rule contents_entry reads a decimal-numbered line as a contents entry only
    # in a list (a numbered line right above or below it): each paragraph's
    # sentence here is text (review, session 14: 5 of 6 were dropped before).
    text = _clean(TRACTATUS)
    spans, eligible = _contents_sentences(text)
    assert len(ks.contents_entries(text, spans)) == 0
    picked = [text[a:b].strip() for (a, b), ok in zip(spans, eligible, strict=True) if ok]
    assert "The world is the totality of facts, not of things." in picked
    assert "The facts in logical space are the world." in picked


# Pride and Prejudice, chapter 1 and the opening of chapter 2, one line of it
# set over a "*****" scene break as long as the line.
PRIDE_AND_PREJUDICE = """Chapter I.

It is a truth universally acknowledged, that a single man in possession of
a good fortune must be in want of a wife.

However little known the feelings or views of such a man may be on his
first entering a neighbourhood, this truth is so well fixed in the minds
of the surrounding families, that he is considered as the rightful property
of some one or other of their daughters.

Mr. Bennet made no answer.
**************************

"Do not you want to know who has taken it?" cried his wife, impatiently.

Chapter II.

Mr. Bennet was among the earliest of those who waited on Mr. Bingley. He
had always intended to visit him, though to the last always assuring his
wife that he should not go.
"""


def test_a_scene_break_under_a_sentence_heads_no_chapter():
    # Clause rst_chapter: "*****" under a line that ends as a sentence, or in a
    # document without "=" / "-" sections, is a scene break. Before, "Mr. Bennet
    # made no answer." became a section above the chapters, and "Chapter II."
    # nested under it.
    titles = [h.title for h in find_headings(_clean(PRIDE_AND_PREJUDICE))]
    assert titles == ["Chapter I.", "Chapter II."]
    titled = "PRIDE AND PREJUDICE\n*******************\n\n" + PRIDE_AND_PREJUDICE
    assert [h.title for h in find_headings(_clean(titled))] == titles
