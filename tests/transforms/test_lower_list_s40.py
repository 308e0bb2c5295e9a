"""Clause verse_run_lower_list (transforms/paragraphs.py, ``_lower_list_after``) after
session 40: the line after a run of lower-case ";" lines keeps its start whether or not it
opens on a capital (clause ``lower_list_next_entry``), and the run's own lines must open on
no capital (the guard that keeps verse joined). Real text: the rcdm-uga+Gutenberg_Text
mirror's files (named at each excerpt), each block whole between blank lines, through
normalize_text as the pipeline reads them. Found by /tmp/wtD40/lscan.py (every block of the
mirror's 3,443 files holding indented ";" lines, each capital test edited out): without the
test of the line after the run, 8 index entries in 4 books gained their start and nothing
else changed; without the run's test, 26 blocks changed, verse among them (Kipling, Dryden)."""

from transforms.normalize import normalize_text
from transforms.paragraphs import paragraph_starts


def _starts(raw, width=16):
    text = normalize_text(raw)
    return [text[s : s + width] for s in paragraph_starts(text).tolist()]


# Lang, Sir Walter Raleigh (the mirror's "Lang, Andrew/Raleigh.txt", line 7731), its index.
RALEIGH = (
    "Raleigh, Walter, the younger, 114, 116;\r\n"
    "  and Sherborne estates, 143;\r\n"
    "  at Oxford; his tutors, 171;\r\n"
    "  wins a fatal duel, 175;\r\n"
    "  and Ben Jonson, _ib._;\r\n"
    "  Captain of the 'Destiny,' 193;\r\n"
    "  with Keymis in Orinoco gold expedition, 200;\r\n"
    "  killed at San Thomé, last words, 201\r\n"
)
# Kipling, Barrack Room Ballads (the mirror's file, line 1529), "Soldier an' Sailor Too".
KIPLING = (
    "   You may say we are fond of an 'arness-cut, or 'ootin' in barrick-yards,\r\n"
    "   Or startin' a Board School mutiny along o' the Onion Guards;\r\n"
    "   But once in a while we can finish in style for the ends of the earth to view,\r\n"
    "   The same as the Jollies--'Er Majesty's Jollies--soldier an' sailor too!\r\n"
    "   They come of our lot, they was brothers to us;\r\n"
    "     they was beggars we'd met an' knew;\r\n"
    "   Yes, barrin' an inch in the chest an' the arm, they was doubles o' me an' you;\r\n"
    "   For they weren't no special chrysanthemums--soldier an' sailor too!\r\n"
)


def test_lower_list_next_entry_keeps_an_index_headword_on_a_capital():
    # Before: 'Captain of the …' opens on a capital and was joined to 'and Ben Jonson, _ib._;'.
    # (The line rules give the other sub-entries no start: the lines above are not short.)
    assert _starts(RALEIGH) == ["Raleigh, Walter,", "and Ben Jonson, ", "Captain of the '"]


def test_lower_list_guard_verse_lines_on_capitals_are_no_run():
    # Without the run's capital test, "They come…;", "they was…;", "Yes, barrin'…;" were a
    # list and "they was beggars" (opening lower case) started a paragraph inside the verse.
    starts = _starts(KIPLING)
    assert not any(s.startswith("they was beggars") for s in starts)
    assert not any(s.startswith("Yes, barrin'") for s in starts)
