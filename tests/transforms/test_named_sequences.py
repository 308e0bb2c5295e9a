"""Rule named_sequence: "<Name> <n>" chapter lines of Debian's bible-kjv-text
(real excerpts of its Ruth and Genesis), and the lines that look alike but head
nothing."""

import pytest

from transforms import headings as hd
from transforms.contents import scan_lines
from transforms.named_sequences import confirm_sequences
from transforms.sections import find_sections

# Debian bible-kjv-text, Ruth: each chapter's heading and its first verses.
RUTH = {
    1: "  1 Now it came to pass in the days when the judges ruled, that there\n"
    "was a famine in the land. And a certain man of Bethlehemjudah went to\n"
    "sojourn in the country of Moab, he, and his wife, and his two sons.\n",
    2: "  1 And Naomi had a kinsman of her husband's, a mighty man of wealth, of\n"
    "the family of Elimelech; and his name was Boaz.\n"
    "  2 And Ruth the Moabitess said unto Naomi, Let me now go to the field,\n"
    "and glean ears of corn after him in whose sight I shall find grace. And\n"
    "she said unto her, Go, my daughter.\n",
    3: "  1 Then Naomi her mother in law said unto her, My daughter, shall I not\n"
    "seek rest for thee, that it may be well with thee?\n"
    "  2 And now is not Boaz of our kindred, with whose maidens thou wast?\n"
    "Behold, he winnoweth barley to night in the threshingfloor.\n",
    4: "  1 Then went Boaz up to the gate, and sat him down there: and, behold,\n"
    "the kinsman of whom Boaz spake came by; unto whom he said, Ho, such a\n"
    "one! turn aside, sit down here. And he turned aside, and sat down.\n",
}
GENESIS_1 = (
    "  1 In the beginning God created the heaven and the earth.\n"
    "  2 And the earth was without form, and void; and darkness was upon the\n"
    "face of the deep. And the Spirit of God moved upon the face of the\n"
    "waters.\n"
)


def book(name, chapters):
    return "".join(f"\n{name} {n}\n\n{text}" for n, text in chapters)


def titles(text):
    return [(s.title, s.level) for s in find_sections(text)[0]]


def test_kjv_chapters_are_sections():
    text = book("Ruth", sorted(RUTH.items()))
    sections = find_sections(text)[0]
    assert [(s.title, s.level) for s in sections] == [(f"Ruth {n}", 1) for n in range(1, 5)]
    for s, n in zip(sections, range(1, 5), strict=True):
        assert (
            text[s.start : s.end].lstrip("\n").startswith(f"Ruth {n}\n\n  1 ")
        )  # the verses stay in it
    assert sections[-1].end == len(text)


def test_kjv_chapters_with_other_book_text():
    text = book("Genesis", [(1, GENESIS_1), (2, RUTH[2]), (3, RUTH[3])])
    assert titles(text) == [("Genesis 1", 1), ("Genesis 2", 1), ("Genesis 3", 1)]


@pytest.mark.parametrize(
    "line,name",
    [("Ruth 1", "Ruth"), ("Psalms 150", "Psalms"), ("1 Samuel 3", "1 Samuel"),
     ("Song of Solomon 2", "Song of Solomon")],
)  # fmt: skip
def test_sequence_candidates(line, name):
    (c,) = hd.line_candidates(line, 0, 0, len(line))
    assert (c.kind, c.series, c.value) == (
        "sequence",
        f"seq:{name.casefold()}",
        int(line.split()[-1]),
    )


@pytest.mark.parametrize("line", ["Ruth 1 and 2", "Page 12", "March 3", "Baker Street 221",
                                  "ruth 1", "Ruth 0", "Chapter 4 of the book"])  # fmt: skip
def test_not_sequence_candidates(line):
    assert all(c.kind != "sequence" for c in hd.line_candidates(line, 0, 0, len(line)))


@pytest.mark.parametrize(
    "text",
    [
        # two chapters are no run
        book("Ruth", [(1, RUTH[1]), (2, RUTH[2])]),
        # numbers that do not advance by one
        book("Ruth", [(1, RUTH[1]), (3, RUTH[3]), (5, RUTH[4])]),
        # a list without text between its lines
        "Item 1\n\nItem 2\n\nItem 3\n\nItem 4\n\n" + RUTH[1] + RUTH[2],
        "Ruth 1\n\nRuth 2\n\nRuth 3\n\nRuth 4\n\n" + RUTH[1] + RUTH[2],
        # a diary's dates and a book's page markers
        book("March", sorted(RUTH.items())),
        book("Page", sorted(RUTH.items())),
        # lines inside paragraphs, not isolated
        "".join(f"Ruth {n}\n{t}\n" for n, t in sorted(RUTH.items())),
        # an address in prose
        RUTH[1] + "\nBaker Street 221\n\n" + RUTH[2],
    ],
)
def test_lookalikes_head_nothing(text):
    assert titles(text) == [("", 0)]


def _roman(n):
    return {1: "I", 2: "II", 3: "III", 4: "IV"}[n]


@pytest.mark.parametrize(
    "name,number,expect",
    [("RUTH", str, "RUTH"), ("Ruth", _roman, "Ruth"), ("RUTH", _roman, "RUTH")],
)
def test_names_in_capitals_and_roman_numbers(name, number, expect):
    # Other printings of the same book: "RUTH 1" ... and "Ruth I" ... ; before,
    # neither was a candidate and the book was one section.
    text = "".join(f"\n{name} {number(n)}\n\n{t}" for n, t in sorted(RUTH.items()))
    assert titles(text) == [(f"{expect} {number(n)}", 1) for n in range(1, 5)]


def test_an_unconfirmed_line_in_capitals_stays_a_caps_candidate():
    # "KING HENRY IV" once, in capitals: the candidate it was before Roman
    # numbers were read (a line in capitals), not dropped with the run.
    text = "KING HENRY IV\n\n" + RUTH[1] + "\n" + RUTH[2]
    lines = scan_lines(text)
    cands = hd.line_candidates(lines.texts[0], 0, 0, lines.ends[0])
    assert [c.kind for c in cands] == ["sequence"]
    kept = confirm_sequences(lines, cands)
    assert [(c.kind, c.title, c.rank) for c in kept] == [("caps", "KING HENRY IV", hd.CAPS_RANK)]
    # "RUTH 1" alone ends in a page-like number: no candidate, as before.
    lines = scan_lines("RUTH 1\n\n" + RUTH[1])
    assert confirm_sequences(lines, hd.line_candidates("RUTH 1", 0, 0, 6)) == []


# A history book's reigns inside its chapters (constructed: no history with
# "EDWARD I" headings is among the shared or fetched texts; the layout is that
# of the review of session 14's /tmp/wtB14r/p/history.txt).
_REIGN = (
    "The king spent the first years of his reign in wars on the borders of the\n"
    "realm, and the barons, who had long been quarrelsome, were kept busy in\n"
    "the field, which suited the treasury and the people alike.\n\n"
)
HISTORY = (
    f"CHAPTER I\n\nTHE NORMANS\n\n{_REIGN}"
    f"CHAPTER II\n\nTHE PLANTAGENETS\n\n{_REIGN}"
    f"EDWARD I\n\n{_REIGN}EDWARD II\n\n{_REIGN}EDWARD III\n\n{_REIGN}"
    f"CHAPTER III\n\nTHE TUDORS\n\n{_REIGN}"
    f"HENRY VI\n\n{_REIGN}HENRY VII\n\n{_REIGN}HENRY VIII\n\n{_REIGN}"
)


def test_reigns_inside_chapters_rank_below_them():
    # Clause sequence_in_chapter: "EDWARD I" ... "EDWARD III" stand inside
    # "CHAPTER II": they divide it (level 2), and so do the reigns of the last
    # chapter; before, each was a sibling of the chapters and cut chapter II off.
    levels = [(s.level, s.title) for s in find_sections(HISTORY)[0] if s.title]
    assert levels == [
        (1, "CHAPTER I THE NORMANS"),
        (1, "CHAPTER II THE PLANTAGENETS"),
        (2, "EDWARD I"),
        (2, "EDWARD II"),
        (2, "EDWARD III"),
        (1, "CHAPTER III THE TUDORS"),
        (2, "HENRY VI"),
        (2, "HENRY VII"),
        (2, "HENRY VIII"),
    ]


def test_ruth_without_chapter_keywords_keeps_the_chapter_rank():
    text = "\n".join(f"RUTH {n}\n\n{RUTH[n]}" for n in range(1, 5))
    text = f"CHAPTER I\n\nA PREFACE TO RUTH\n\n{_REIGN}{text}"
    levels = {s.title: s.level for s in find_sections(text)[0] if s.title}
    assert levels["RUTH 1"] == levels["CHAPTER I A PREFACE TO RUTH"] == 1
