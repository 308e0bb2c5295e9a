"""Session 51 (branch wtG): clause ``lone_function_word`` (transforms.reader_titles, called by
``Contents.listed`` in transforms.contents).

Scott's Dryden (rcdm-uga mirror, "The Works of John Dryden, now first collected in eighteen
volumes. Volume 05.txt") sets its contents list's heading over three lines, "CONTENTS" / "OF" /
"VOLUME FIFTH."; the list read "OF" as an entry, and the dedication's title block "TO" / "THE
RIGHT HONOURABLE" / "THE" / "LORD CLIFFORD" / "OF" / "CHUDLEIGH[1]." then had its "OF" as a
listed heading. tests/data/en_gutenberg_dryden_vol5_front_s51.txt: the volume's first 175
lines, cleaned (normalize_text, clean_text), three long paragraphs of the editor's
introduction to Amboyna left out.
"""

from __future__ import annotations

from pathlib import Path

from transforms.contents import Contents
from transforms.reader_titles import lone_function_word
from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
FRONT = (DATA / "en_gutenberg_dryden_vol5_front_s51.txt").read_text(encoding="utf-8")


def test_dryden_dedication_of_is_no_heading():
    titles = [h.title for h in find_headings(FRONT)]
    assert "OF" not in titles  # base51: "OF" (listed, rank 20) at the dedication's fifth line
    # The rest of the front is as before: the volume, the contents' "Preface" entry's
    # heading and Amboyna's title page lines. Session 52 (wtE): clause entry_ends_on_article
    # (transforms.contents_wraps) reads the wrapped entry "... Merchants, a" / "Tragedy" as one,
    # so the title page's last line "TRAGEDY." is no longer a listed heading.
    assert titles == ["VOL. V.", "Preface", "AMBOYNA."]
    # The dedication's text now sits in the section above it; the sections still tile the text.
    sections = find_sections(FRONT)[0]
    assert sections[0].start == 0 and sections[-1].end == len(FRONT)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    assert "LORD CLIFFORD" in FRONT[sections[-1].start : sections[-1].end]


def test_lone_function_word_names_no_entry_of_itself():
    found = Contents()
    # The list as Dryden vol. 5 sets it: its heading's "OF" read as an entry, then the plays.
    for line in ("OF", "VOLUME FIFTH.", "Aureng-Zebe, a Tragedy", "All for Love, or the World"):
        found.add(line, 0)
    assert found.listed("OF") is None
    assert found.listed("Of") is None and found.listed("of.") is None
    # Other entries are read as before.
    assert found.listed("AURENG-ZEBE.") == "aurengzebeatragedy"
    assert found.listed("VOLUME FIFTH.") == "volumefifth"


def test_function_word_begins_a_two_line_title():
    # A heading set over two lines whose first line is a function word still names its
    # entry (the "below" path): Dryden's dedication "TO" / "THE RIGHT HONOURABLE", as a
    # list would name it.
    found = Contents()
    found.add("To the Right Honourable", 0)
    assert found.listed("TO", "THE RIGHT HONOURABLE") == "totherighthonourable"


def test_lone_function_word_reads_one_word_only():
    assert lone_function_word("OF")
    assert lone_function_word("TO.")
    assert lone_function_word(" The ")
    assert not lone_function_word("OF THE GARTER[1].")
    assert not lone_function_word("CHUDLEIGH[1].")
    assert not lone_function_word("I.")  # a number, not a joining word
    assert not lone_function_word("")
