"""Session 51 (branch wtG): clause ``play_title_over_act_one`` (transforms.play_title_blocks)
and its guards.

Scott's Dryden vol. 5 (rcdm-uga mirror, "The Works of John Dryden, now first collected in
eighteen volumes. Volume 05.txt", cleaned with normalize_text and clean_text):
tests/data/en_gutenberg_dryden_vol5_plays_s51.txt holds, in order, the volume's front and
contents (cleaned lines 1-72), Amboyna's PROLOGUE, persons and "AMBOYNA." over "ACT I." (lines
170-290), the end of The State of Innocence's preface and its title block "THE" / "STATE OF
INNOCENCE," / "AND" / "FALL OF MAN." over "ACT I." (lines 2800-2870), Aureng-Zebe's title page
(lines 4620-4666) and its persons and "AURENG-ZEBE." over "ACT I. SCENE I." (lines 4918-4990);
lines over 700 characters (the editor's prose) left out.
"""

from __future__ import annotations

from pathlib import Path

from transforms.sections import find_headings, find_sections

DATA = Path(__file__).parents[1] / "data"
PLAYS = (DATA / "en_gutenberg_dryden_vol5_plays_s51.txt").read_text(encoding="utf-8")


def _heads(text):
    return [(h.title, h.rank) for h in find_headings(text)]


def test_title_blocks_head_their_acts():
    heads = _heads(PLAYS)
    # base51: neither title was a heading; Amboyna's and The State of Innocence's acts had
    # no title between them (in the whole volume both sat under "TRAGEDY.").
    assert ("AMBOYNA.", 9) in heads
    assert ("THE STATE OF INNOCENCE, AND FALL OF MAN.", 9) in heads
    titles = [t for t, _ in heads]
    assert titles[titles.index("AMBOYNA.") + 1] == "ACT I."
    assert titles[titles.index("THE STATE OF INNOCENCE, AND FALL OF MAN.") + 1] == "ACT I."
    # Each play's acts lie in its title's section; the sections tile the text.
    sections = find_sections(PLAYS)[0]
    assert sections[0].start == 0 and sections[-1].end == len(PLAYS)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    state = next(s for s in sections if s.title.startswith("THE STATE OF INNOCENCE"))
    k = sections.index(state)
    act, scene = sections[k + 1], sections[k + 2]
    assert act.title == "ACT I." and act.level == state.level + 1
    assert scene.level == act.level + 1 and "LUCIFER" in PLAYS[scene.start : scene.end]


def test_title_page_keeps_the_play_and_prologue_keeps_its_rank():
    heads = _heads(PLAYS)
    # Guard: "AURENG-ZEBE." heads its title page already; its second "AURENG-ZEBE." over
    # "ACT I. SCENE I." adds no heading.
    assert [t for t, _ in heads].count("AURENG-ZEBE.") == 1
    second = PLAYS.rindex("AURENG-ZEBE.")
    assert all(h.start != second for h in find_headings(PLAYS))
    # Amboyna's PROLOGUE, right above the block (persons list between), stays the play's
    # (rank 20), not lifted to the titles' level by clause work_titles_keyword_parts.
    assert ("PROLOGUE.", 20) in heads


def test_one_play_is_left_as_it_was():
    # Guard: a single play's title over its ACT I is no volume's title (Amboyna alone).
    start = PLAYS.index(" PROLOGUE.")
    end = PLAYS.index("Footnote:", PLAYS.index("SCENE I.--A Castle on the Sea."))
    one = PLAYS[start:end]
    assert "AMBOYNA." in one and one.count("ACT I.") == 1
    assert "AMBOYNA." not in [h.title for h in find_headings(one)]


def test_apparatus_block_over_a_notes_act_is_no_title():
    # The Cambridge Shakespeare, vol. 8 (rcdm-uga mirror, "The Works of William Shakespeare
    # [Cambridge Edition] [Vol. 8 of 9].txt", cleaned; tests/data/
    # en_gutenberg_cambridge_shakespeare8_notes_s51.txt: Hamlet's front and first lines, then
    # the end of its collations and "NOTES." / "NOTE I." / "ACT I. SCENE I. In this play the
    # Acts ..."). The note's first line is read as an act numbered 1 (as on base51), so the
    # text has two; guard: "NOTE I." (a book's apparatus) is no play's title over it.
    text = (DATA / "en_gutenberg_cambridge_shakespeare8_notes_s51.txt").read_text(encoding="utf-8")
    heads = [h.title for h in find_headings(text)]
    assert heads.count("ACT I.") == 2
    assert "NOTE I." not in heads
    assert heads[heads.index("NOTES.") + 1] == "ACT I."


def test_songs_in_a_last_act_stay_the_plays():
    # Review (session 51): clause work_titles_all_caps_own_titles (transforms.work_titles).
    # Scott's Dryden vol. 8 (rcdm-uga mirror, "Scott, Walter/Dryden's Works Vol. 08.txt",
    # cleaned; tests/data/en_gutenberg_dryden_vol8_songs_s51.txt: cleaned lines 276-318,
    # 3285-3318, 12515-12535, 12660-12760): Amphitryon's and King Arthur's title blocks over
    # their ACT I, then Love Triumphant's ACT V with "SONG" / "FOR A GIRL." over stanzas
    # "I." .. "IV.". The volume has no title but its blocks; with them clause
    # work_titles_all_caps lifted "SONG" (and the title over its stanzas, "FOR A GIRL.") to
    # the plays' rank, and the rest of the act fell under them.
    text = (DATA / "en_gutenberg_dryden_vol8_songs_s51.txt").read_text(encoding="utf-8")
    heads = [(h.title, h.rank) for h in find_headings(text)]
    assert ("AMPHITRYON, OR THE TWO SOSIAS.", 9) in heads
    assert ("KING ARTHUR, OR, THE BRITISH WORTHY.", 9) in heads
    assert ("SONG", 20) in heads and ("FOR A GIRL.", 20) in heads  # were 9
    ranks = dict(heads)
    assert ranks["ACT V."] < ranks["SONG"] < ranks["I."]
    # The act's last section holds the song and the play's end.
    sections = find_sections(text)[0]
    act5 = next(s for s in sections if s.title == "ACT V.")
    assert "[Exeunt." in text[act5.start : sections[-1].end]
    assert all(s.level > act5.level for s in sections[sections.index(act5) + 1 :])


def test_a_closing_line_over_act_one_is_no_title():
    # Guard play_block_no_end_or_synopsis (review, session 51: it had no test). Wilde's Vera
    # (rcdm-uga mirror, "Wilde, Oscar/Vera; Or, The Nihilists.txt", cleaned; tests/data/
    # en_gutenberg_wilde_vera_s51.txt: cleaned lines 1-100, 280-330, 705-730, 1075-1095,
    # 1440-1460, 1650-1794): "END OF PROLOGUE." over the play's "ACT I.", and the author's
    # corrections numbered again "ACT I." .. "ACT IV." (two series: a "volume"). Without the
    # guard "END OF PROLOGUE." was a heading in capitals over the act.
    text = (DATA / "en_gutenberg_wilde_vera_s51.txt").read_text(encoding="utf-8")
    heads = [h.title for h in find_headings(text)]
    assert heads.count("ACT I.") == 2
    assert "END OF PROLOGUE." not in heads
    assert heads[:3] == ["PROLOGUE.", "ACT I.", "ACT II."]


def test_block_lines_set_one_under_another():
    # Clause play_block_adjacent_lines (review, session 51). Scott's Dryden vol. 2 (rcdm-uga
    # mirror, "The Works of John Dryden, now first collected in eighteen volumes. Volume
    # 02.txt", cleaned; tests/data/en_gutenberg_dryden_vol2_blocks_s51.txt: cleaned lines
    # 1-360 and 6545-6625, lines over 700 characters left out) sets "THE" / "WILD GALLANT."
    # and "THE" / "INDIAN QUEEN." with no blank line between, over their "ACT I.". Without
    # the clause neither was a title (in the whole volume the two prologues over The Wild
    # Gallant went to the plays' rank in their stead, and Secret Love's acts sat under The
    # Indian Emperor).
    text = (DATA / "en_gutenberg_dryden_vol2_blocks_s51.txt").read_text(encoding="utf-8")
    heads = _heads(text)
    assert ("THE WILD GALLANT.", 9) in heads and ("THE INDIAN QUEEN.", 9) in heads
    titles = [t for t, _ in heads]
    assert titles[titles.index("THE WILD GALLANT.") + 1] == "ACT I."
    assert titles[titles.index("THE INDIAN QUEEN.") + 1] == "ACT I."
    # The prologues and the Indian Queen's "Prologue" stay their plays' (rank 20).
    assert ("PROLOGUE, WHEN REVIVED.", 20) in heads and ("Prologue", 20) in heads


def test_a_block_ending_on_a_heading_adds_nothing():
    # Guard "a confirmed heading on the block's lines" (review, session 51: it had no test).
    # Scott's Dryden vol. 4 (rcdm-uga mirror, "The Works of John Dryden, now first collected
    # in eighteen volumes. Volume 04.txt", cleaned; tests/data/
    # en_gutenberg_dryden_vol4_parts_s51.txt: cleaned lines 440-475, 3495-3580, 7440-7610)
    # sets "ALMANZOR AND ALMAHIDE," / "OR, THE" / "CONQUEST OF GRANADA." / "THE SECOND
    # PART." over "ACT I", its last line an ordinal heading already. Without the guard the
    # whole block was a second heading over that ordinal, at another rank.
    text = (DATA / "en_gutenberg_dryden_vol4_parts_s51.txt").read_text(encoding="utf-8")
    heads = _heads(text)
    # Session 52 (wtE): clauses play_block_names_its_part and part_title_page_once
    # (transforms.play_part_blocks) name each part by its block, once; still no second
    # heading of the block at another rank.
    assert [t for t, _ in heads if t.startswith("ALMANZOR")] == [
        "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA. THE FIRST PART.",
        "ALMANZOR AND ALMAHIDE, OR, THE CONQUEST OF GRANADA. THE SECOND PART.",
    ]
    assert {r for t, r in heads if t.startswith("ALMANZOR")} == {9}
    titles = [t for t, _ in heads]
    assert "THE SECOND PART." not in titles


def test_a_stage_note_over_act_one_is_no_title():
    # Guard "each of the block's lines in capitals" (review, session 51: it had no test).
    # Chekhov's Plays, Second Series (rcdm-uga mirror, "Plays by Anton Chekhov, Second
    # Series.txt", cleaned; tests/data/en_gutenberg_chekhov_plays2_acts_s51.txt: cleaned lines
    # 2140-2200 and 3905-3950): "The action takes place in a provincial town." / "[Ages are
    # stated in brackets.]" over The Three Sisters' "ACT I", then The Cherry Orchard's front
    # over "ACT ONE". Without the guard the stage note was a play's title (in the whole volume
    # at the plays' rank, and the one-act plays' titles fell to 20).
    text = (DATA / "en_gutenberg_chekhov_plays2_acts_s51.txt").read_text(encoding="utf-8")
    heads = [h.title for h in find_headings(text)]
    assert heads == ["ACT I", "ACT ONE"]  # as on base51
