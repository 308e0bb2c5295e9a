"""Session 52 (branch wtE): clause ``entry_ends_on_article`` (transforms.contents_wraps, read by
``drop_lists`` in transforms.contents).

Scott's Dryden vol. 5 (rcdm-uga mirror, "The Works of John Dryden, now first collected in
eighteen volumes. Volume 05.txt", cleaned) lists "Amboyna; or the Cruelties of the Dutch to the
English Merchants, a" / " Tragedy" / " Epistle Dedicatory to Lord Clifford of Chudleigh": the
entry's rest has the indentation of the play's own entries. Read as an entry of its own,
"Tragedy" named the title page's last line "TRAGEDY.", a heading at the plays' rank over
Amboyna's front and acts (and in session 51's excerpt over Aureng-Zebe's acts).
tests/data/en_gutenberg_dryden_vol5_front_s51.txt and en_gutenberg_dryden_vol5_plays_s51.txt
(session 51's excerpts; their docstrings in test_lone_function_word_wtG_s51.py and
test_play_title_blocks_wtG_s51.py).
"""

from __future__ import annotations

from pathlib import Path

from transforms import contents as ct
from transforms.contents_wraps import ends_on_joining_word
from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
FRONT = (DATA / "en_gutenberg_dryden_vol5_front_s51.txt").read_text(encoding="utf-8")
PLAYS = (DATA / "en_gutenberg_dryden_vol5_plays_s51.txt").read_text(encoding="utf-8")


def test_the_wrapped_entry_is_one(monkeypatch):
    read = []
    drop_lists = ct.drop_lists

    def spy(lines, cands):
        kept, found = drop_lists(lines, cands)
        read.append(found)
        return kept, found

    monkeypatch.setattr(ct, "drop_lists", spy)  # what find_headings's lists tell
    find_headings(FRONT)
    (found,) = read
    assert "tragedy" not in found.entries  # base52: an entry of its own
    assert ct.key("Amboyna; or the Cruelties of the Dutch to the English Merchants, a") in (
        found.entries
    )
    # The play's own entries below it are still entries.
    assert ct.key("Epistle Dedicatory to Lord Clifford of Chudleigh") in found.entries
    both = "Amboyna; or the Cruelties of the Dutch to the English Merchants, a Tragedy"
    assert ct.key(both) in found.joined


def test_the_title_page_tragedy_heads_nothing():
    titles = [h.title for h in find_headings(FRONT)]
    assert "TRAGEDY." not in titles and "AMBOYNA." in titles
    heads = [(h.title, h.rank) for h in find_headings(PLAYS)]
    assert "TRAGEDY." not in [t for t, _ in heads]  # base52: ("TRAGEDY.", 9) over ACT I
    # Aureng-Zebe's title now heads its acts at the plays' rank (base52: 20).
    at = heads.index(("AURENG-ZEBE.", 9))
    assert heads[at + 1] == ("ACT I.", 10)
    sections = find_sections(PLAYS)[0]
    assert sections[0].start == 0 and sections[-1].end == len(PLAYS)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))


def test_only_a_full_line_ending_on_a_lower_case_joining_word():
    texts = [
        "Amboyna; or the Cruelties of the Dutch to the English Merchants, a",
        " Tragedy",
        "Appendix to the Second Edition, with Plate A",  # a capital "A": a name
        " Notes",
        "The Life of a",  # short: not a wrapped line
        " Poet",
        "",
        " Index",
    ]
    blank = [not t for t in texts]
    assert ends_on_joining_word(texts, blank, 1, 0)
    assert not ends_on_joining_word(texts, blank, 3, 0)
    assert not ends_on_joining_word(texts, blank, 5, 0)
    assert not ends_on_joining_word(texts, blank, 7, 0)  # a blank line above
    assert not ends_on_joining_word(texts, blank, 0, 0)  # the list's first line
