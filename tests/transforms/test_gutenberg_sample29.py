"""Raw Project Gutenberg books, a second sample (session 29): clause
``notes_heading_to_footer`` of ``transforms.gutenberg_notices`` (a "TRANSCRIBER'S NOTES"
heading alone at the end of a book runs to the end marker), clauses
``page_column_head`` and ``english_ordinal_act`` of ``transforms.headings``. Excerpts
of books from GitHub rcdm-uga/Gutenberg_Text."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = (
    "\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n"
    "*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
)

# H. G. Wells, Washington and the Riddle of Peace ("Wells, H. G. (Herbert George)/
# Washington and the Riddle of Peace.txt"): the last lines of the publisher's list,
# the transcriber's notes, the end marker.
WELLS_END = """¶ And two little books about children’s play, called:

    FLOOR GAMES and LITTLE WARS




                          TRANSCRIBER’S NOTES


 1. Added table of Contents.
 2. Moved ads from before the title page to the end.
 3. Silently corrected typographical errors and variations in spelling.
 4. Retained anachronistic, non-standard, and uncertain spellings as
      printed.
 5. Enclosed italics font in _underscores_."""

# Walter Scott's edition of Dryden, volume 13 ("Scott, Walter/Dryden's Works Vol.
# 13.txt"): the printer's line, then the notes, one blank line between items.
DRYDEN_END = """                               Edinburgh,
                   Printed by James Ballantyne & Co.




    Transcriber's Notes:


    Simple spelling, grammar, and typographical errors were
    corrected.

    Punctuation normalized.

    Anachronistic and non-standard spellings retained as printed.

    Italics markup is enclosed in _underscores_."""

# Arthur Conan Doyle, A Study in Scarlet ("Doyle, Arthur Conan/A Study in
# Scarlet.txt"): under the heading the footnotes, the author's own among them.
SCARLET_END = """       Ipse domi simul ac nummos contemplor in arca.’”





ORIGINAL TRANSCRIBER’S NOTES:


[Footnote 27: “snackled”: “shackled” in later texts.]

[Footnote 29: Heber C. Kemball, in one of his sermons, alludes to his
hundred wives under this endearing epithet.]"""


def _clean(name: str, body: str, lead: int = 40) -> str:
    """The clean text of a book: ``lead`` paragraphs, then ``body`` (its end)."""
    raw = _HEADER.format(name) + "Some text of the book.\n\n" * lead + body + _FOOTER.format(name)
    return clean_text(normalize_text(raw)).text


def test_notes_list_cut_to_the_end_marker():
    out = _clean("WASHINGTON AND THE RIDDLE OF PEACE", WELLS_END)
    assert out.rstrip().endswith("FLOOR GAMES and LITTLE WARS")
    assert "Added table of Contents" not in out
    assert "underscores" not in out


def test_notes_items_one_blank_line_apart_all_cut():
    out = _clean("DRYDEN'S WORKS", DRYDEN_END)
    # the imprint above the notes goes too (rule printer_imprint, session 29, wtC)
    assert out.rstrip().endswith("Some text of the book.")
    assert "Ballantyne" not in out
    assert "Punctuation normalized" not in out
    assert "Simple spelling" not in out


def test_footnotes_under_the_heading_stay():
    out = _clean("A STUDY IN SCARLET", SCARLET_END)
    assert "Heber C. Kemball" in out
    assert "ORIGINAL TRANSCRIBER" not in out  # the heading alone goes, as before


def test_notes_above_a_short_text_keep_the_text():
    # the Wells notes set above a short text: the heading is in the body's first half
    notes = WELLS_END.split("    FLOOR GAMES and LITTLE WARS")[1]
    body = notes.lstrip("\n") + "\n\n\n\n" + "The story goes on here.\n\n" * 40
    out = _clean("WASHINGTON AND THE RIDDLE OF PEACE", body, lead=1)
    assert out.count("The story goes on here.") == 40


def test_heading_far_from_the_end_marker_cuts_the_heading_only():
    notes = WELLS_END.split("TRANSCRIBER’S NOTES")[1]
    body = "TRANSCRIBER’S NOTES" + notes + "\n\n\n\n" + "The story goes on here.\n\n" * 500
    out = _clean("WASHINGTON AND THE RIDDLE OF PEACE", body)
    assert "The story goes on here." in out
    assert "TRANSCRIBER" not in out


# Clause page_column_head of ``transforms.headings``: Burton's Arabian Nights, vol. 1
# ("Burton, Richard Francis, Sir/A Plain and Literal Translation of the Arabian Nights
# Entertainments, ... Volume 01.txt"), its contents list as the clean text has it.
BURTON_CONTENTS = """ CONTENTS OF THE FIRST VOLUME.


 PAGE

 INTRODUCTION 1

 STORY OF KING SHAHRYAR AND HIS BROTHER 2
"""


def test_page_over_a_contents_list_is_no_heading():
    from transforms.headings import line_candidates

    lines = BURTON_CONTENTS.split("\n")
    assert line_candidates(lines[3], 0, 3, len(lines[3])) == []
    # a title in capitals is still one
    other = line_candidates(" THE PORTER AND THE THREE LADIES", 0, 0, 33)
    assert [c.kind for c in other] == ["caps"]


# Clause english_ordinal_act of ``transforms.headings``: Oscar Wilde, Lady
# Windermere's Fan ("Wilde, Oscar/Lady Windermere's Fan.txt"), the openings and ends
# of its first two acts (the speeches between cut short).
WINDERMERE = """ROSALIE (_Maid_)            _Miss Winifred Dolan_.




FIRST ACT


                                  SCENE

_Morning-room of Lord Windermere’s house in Carlton House Terrace_.

[LADY WINDERMERE _is at table R._, _arranging roses in a blue bowl_.]

PARKER.  Is your ladyship at home this afternoon?

LADY WINDERMERE.  Yes—who has called?

PARKER.  Lord Darlington, my lady.

LORD WINDERMERE.  [_Calling after her_.]  Margaret!  Margaret!  [_A
pause_.]  My God!  What shall I do?  I dare not tell her who this woman
really is.  The shame would kill her.

                                * * * * *

                                 ACT DROP




SECOND ACT


                                  SCENE

_Drawing-room in Lord Windermere’s house_.  _Door R.U. opening into
ball-room_, _where band is playing_.

DUCHESS OF BERWICK.  [_Up C._]  So strange Lord Windermere isn’t here.
Mr. Hopper is very late, too.

LADY AGATHA.  Yes, mamma.
"""


def test_ordinal_acts_are_the_sections():
    from transforms.structure import analyze_text

    text = clean_text(normalize_text(WINDERMERE)).text
    sections = analyze_text(text).sections
    acts = [s for s in sections if s.level == 1]
    assert [s.title.split()[:2] for s in acts] == [["FIRST", "ACT"], ["SECOND", "ACT"]]
    assert text[acts[0].start :].startswith("FIRST ACT")
    assert "ACT DROP" in text[acts[0].start : acts[1].start]


def test_act_ordinal_in_a_sentence_is_no_candidate():
    from transforms.headings import line_candidates

    line = "First act of the evening was a song."
    assert line_candidates(line, 0, 0, len(line)) == []
    assert [c.value for c in line_candidates("THIRD ACT", 0, 0, 9)] == [3]


# Clause page_column_head in ``transforms.listed_lines``: B. Roland Lewis (ed.),
# Contemporary One-Act Plays ("Barrie, J. M. (James Matthew)/Contemporary One-Act
# Plays.txt"), its contents as the clean text has it: the second list's "PAGE" head
# named the first one, which was taken as a listed heading.
ONE_ACT_CONTENTS = """CONTENTS


 PAGE

INTRODUCTION 3


 LIST OF PLAYS

THE TWELVE-POUND LOOK Sir James M. Barrie 17

TRADITION George Middleton 43

THE EXCHANGE Althea Thurston 61

SAM AVERAGE Percy Mackaye 85

HYACINTH HALVEY Lady Augusta Gregory 103

THE GAZING GLOBE Eugene Pillot 139

THE BOOR Anton Tchekov 155

THE LAST STRAW Bosworth Crocker 175

MANIKIN AND MINIKIN Alfred Kreymborg 197

WHITE DRESSES Paul Greene 215

MOONSHINE Arthur Hopkins 239

MODESTY Paul Hervieu 255

THE DEACON'S HAT Jeannette Marks 273

WHERE BUT IN AMERICA Oscar M. Wolff 301

A DOLLAR David Pinski 321

THE DIABOLICAL CIRCLE Beulah Bornstead 343

THE FAR-AWAY PRINCESS Hermann Sudermann 365

THE STRONGER August Strindberg 393


 BIBLIOGRAPHIES

 PAGE

COLLECTIONS OF ONE-ACT PLAYS 405

LISTS OF ONE-ACT PLAYS 406

BIBLIOGRAPHY OF REFERENCE ON THE ONE-ACT PLAY 408

BIBLIOGRAPHY ON HOW TO PRODUCE PLAYS 409




CONTEMPORARY ONE-ACT PLAYS
"""


def test_page_head_named_by_a_second_list_is_no_heading():
    from transforms.sections import find_headings

    titles = [h.title for h in find_headings(ONE_ACT_CONTENTS)]
    assert "PAGE" not in titles
    assert titles == ["LIST OF PLAYS"]


# Review (session 29): guards of the three clauses, each checked to fail when its line
# is broken.


def test_notes_heading_far_from_the_end_marker_in_the_second_half_cuts_the_heading_only():
    # the heading in the body's second half (1,000 paragraphs above it), the end marker
    # 12,000 characters on: clause notes_heading_to_footer's 8,000 limit alone keeps the text
    notes = WELLS_END.split("TRANSCRIBER’S NOTES")[1]
    body = "TRANSCRIBER’S NOTES" + notes + "\n\n\n\n" + "The story goes on here.\n\n" * 500
    out = _clean("WASHINGTON AND THE RIDDLE OF PEACE", body, lead=1000)
    assert out.count("The story goes on here.") == 500


def test_note_sentence_on_the_heading_line_cuts_to_the_gap_only():
    # Alcott, Three Unpublished Poems: its note ("Transcriber's note" / "Minor punctuation
    # errors have been changed without notice.") set on one line, a poem's stanza after
    # it: no heading alone, the note runs to the gap of two blank lines only
    body = (
        "Transcriber's note: Minor punctuation errors have been changed without notice.\n\n\n\n"
        + "The story goes on here.\n\n" * 20
    )
    out = _clean("THREE UNPUBLISHED POEMS", body, lead=200)
    assert out.count("The story goes on here.") == 20
    assert "Minor punctuation" not in out


def test_act_ordinal_opening_a_sentence_is_no_act():
    from transforms.headings import line_candidates

    # Balzac, Petty Troubles of Married Life ("Balzac, Honoré de/Petty Troubles of
    # Married Life, Second Part.txt"); Cervantes, Numantia ("Cervantes Saavedra, Miguel
    # de/Numantia.txt"): a line that opens with the act's name and runs on
    for line in (
        "THIRD ACT. As the curtain rises, the stage represents a chamber in a",
        "Second Act, except MARQUINO, who threw himself into",
    ):
        assert [c.series for c in line_candidates(line, 0, 0, len(line))
                if c.series == "ord:act"] == []  # fmt: skip


def test_scene_line_under_an_ordinal_act_is_no_part_of_its_title():
    # clause english_ordinal_act_scene_line (transforms.sections): Lady Windermere's
    # Fan's "SCENE" over each act's setting was joined into the title ("FIRST ACT SCENE")
    from transforms.structure import analyze_text

    text = clean_text(normalize_text(WINDERMERE)).text
    titles = [s.title for s in analyze_text(text).sections if s.level >= 1]
    assert titles == ["FIRST ACT", "SECOND ACT"]
    body = text.split("SECOND ACT")[1]
    assert "SCENE" in body and "Drawing-room" in body
