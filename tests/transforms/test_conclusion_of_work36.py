"""Clause conclusion_of_work (transforms.matter_levels, session 36): a "CONCLUSION."
between two works' titles in capitals closes the work above it. Real text (GitHub
rcdm-uga/Gutenberg_Text): Scott's Some Poems (Morley's edition), The Field of Waterloo
and its Conclusion, then The Dance of Death; stanzas abridged."""

from tests.transforms.test_first_stanza_number36 import _MORE, _NEXT, _RODERICK_END, _WATERLOO
from transforms.sections import find_sections

_CONCLUSION = """


CONCLUSION.


  Stern tide of human Time! that know'st not rest,
  But, sweeping from the cradle to the tomb,
  Bear'st ever downward on thy dusky breast
  Successive generations to their doom;
  While thy capacious stream has equal room
  For the gay bark where Pleasure's steamers sport,
  And for the prison-ship of guilt and gloom,
  The fisher-skiff, and barge that bears a court,
Still wafting onward all to one dark silent port; -
"""

_FOOTNOTES = """


NOTES.


{1}  Colonel Hay's Lays of the Linn, in the same volume.
"""


def _titles(text: str) -> list[tuple[int, str]]:
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections if s.level]


def test_conclusion_of_work_scott_waterloo_conclusion_under_its_poem():
    """The Field of Waterloo's "CONCLUSION." sits under the poem, and The Dance of Death
    after it is the volume's next poem. Without the clause the conclusion was a poem of
    its own, at the titles' level."""
    text = _RODERICK_END + _WATERLOO.format(number="I.", more=_MORE) + _CONCLUSION + _NEXT
    assert _titles(text) == [
        (1, "THE VISION OF DON RODERICK."),
        (1, "THE FIELD OF WATERLOO."),
        (2, "CONCLUSION."),
        (1, "THE DANCE OF DEATH. [1815.]"),
    ]


def test_conclusion_of_work_guard_the_books_own_conclusion():
    """A conclusion after the last work, with only the notes after it, is the book's:
    it stays at the top level."""
    text = _RODERICK_END + _WATERLOO.format(number="I.", more=_MORE) + _CONCLUSION + _FOOTNOTES
    levels = dict((t, lv) for lv, t in _titles(text))
    assert levels["THE FIELD OF WATERLOO."] == 1
    assert levels["CONCLUSION."] == 1


def _heads(rows, gap=1000, lines=None):
    """Headings as rule matter_levels gets them: (title, kind, rank) in order, ``gap``
    characters apart, or at the book's ``lines`` (its cleaned text's line numbers, 60
    characters a line)."""
    from transforms.sections import Heading

    starts = [60 * n for n in lines] if lines else [gap * k for k in range(len(rows))]
    return [Heading(a, a + len(r[0]), r[0], r[1], r[2]) for a, r in zip(starts, rows, strict=True)]


def test_conclusion_of_work_guard_divided_epilogue_nietzsche():
    """The headings of Nietzsche contra Wagner's end (The Case of Wagner, Complete Works
    vol. 8): its "EPILOGUE" has numbered parts of its own ("2." under it), a chapter
    beside "THE PSYCHOLOGIST SPEAKS.", not part of it: its rank stays. FAILS with the
    "divided itself" guard planted out."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("THE PSYCHOLOGIST SPEAKS.", "caps", 20),
        ("1.", "numeral", 40),
        ("2.", "numeral", 40),
        ("3.", "numeral", 40),
        ("EPILOGUE", "named", 20),
        ("2.", "numeral", 40),
        ("SELECTED APHORISMS", "caps", 20),
    ]
    assert [h.rank for h in matter_at_top(_heads(rows))] == [20, 40, 40, 40, 20, 40, 20]


def test_conclusion_of_work_no_new_level_progress_of_the_century():
    """The headings of Lang's The Progress of the Century: ENGINEERING's "CONCLUSION"
    goes under it at the rank of the book's numbered parts (PHILOSOPHY's "I", "II"), so
    no level is added and those parts stay at level 2."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("PHILOSOPHY", "caps", 20),
        ("I", "numeral", 40),
        ("II", "numeral", 40),
        ("ENGINEERING", "caps", 20),
        ("CONCLUSION", "named", 20),
        ("RELIGION", "caps", 20),
    ]
    heads = _heads(rows, lines=[927, 933, 944, 1966, 2282, 2325])
    assert [h.rank for h in matter_at_top(heads)] == [20, 40, 40, 20, 40, 20]


def test_conclusion_of_work_guard_parts_side_by_side_maude():
    """Maude's Three Days in the Village: "FIRST DAY" .. "THIRD DAY" and "CONCLUSION"
    are one sketch's parts, each about as long as the others (the book's line numbers),
    then the next sketch: the conclusion stays beside the days. FAILS with the length
    guard planted out."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("FIRST DAY", "caps", 20),
        ("SECOND DAY", "caps", 20),
        ("THIRD DAY", "caps", 20),
        ("CONCLUSION", "named", 20),
        ("SINGING IN THE VILLAGE", "caps", 20),
    ]
    heads = _heads(rows, lines=[20, 225, 476, 557, 632])
    assert [h.rank for h in matter_at_top(heads)] == [20, 20, 20, 20, 20]


def test_conclusion_of_work_guard_title_over_subtitle_moonstone():
    """Collins's The Moonstone: "EPILOGUE." right over its own title "THE FINDING OF THE
    DIAMOND." (no text between) after the Sixth Narrative's chapters stays a top
    division. FAILS with the text guard planted out."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("SIXTH NARRATIVE.", "caps", 20),
        ("IV", "numeral", 40),
        ("V", "numeral", 40),
        ("EPILOGUE.", "named", 20),
        ("THE FINDING OF THE DIAMOND.", "caps", 20),
        ("I THE STATEMENT OF SERGEANT CUFF'S MAN. (1849.)", "numbered", 38),
    ]
    heads = _heads(rows)
    from dataclasses import replace

    heads[4] = replace(heads[4], start=heads[3].end + 2, end=heads[3].end + 29)
    assert [h.rank for h in matter_at_top(heads)][3] == 20


def test_conclusion_of_work_guard_sections_under_a_preface_shaw():
    """Shaw's The Shewing-up of Blanco Posnet: the preface's sections in capitals sit
    under a heading ranked above them; their "CONCLUSION" is the preface's last section,
    beside "JUDGES: ...", not under it. FAILS with the top-rank guard planted out."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("PREFACE", "named", 9),
        ("PREFACE RESUMED", "named", 20),
        ("JUDGES: THEIR PROFESSIONAL LIMITATIONS", "caps", 20),
        ("CONCLUSION", "named", 20),
        ("THE SHEWING-UP OF BLANCO POSNET", "caps", 20),
    ]
    # At the book's lines (JUDGES 472, CONCLUSION 477, the play 493) the length guard
    # keeps it too; with a short conclusion after a long section only the top-rank check does.
    for heads in (
        _heads(rows, lines=[0, 300, 472, 477, 493]),
        _heads(rows, lines=[0, 100, 200, 700, 720]),
    ):
        assert [h.rank for h in matter_at_top(heads)] == [9, 20, 20, 20, 20]


def test_conclusion_of_work_guard_back_matter_after_it_balzac():
    """Balzac's The Muse of the Department: an embedded poem's title "SPLEEN" taken as a
    heading, then the novel's "CONCLUSION", then the Gutenberg list of characters
    "ADDENDUM" (in capitals, no named word): no next work follows, the conclusion stays.
    FAILS with the back-matter guard planted out."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("THE MUSE OF THE DEPARTMENT", "caps", 20),
        ("SPLEEN", "caps", 20),
        ("CONCLUSION", "named", 20),
        ("ADDENDUM", "caps", 20),
    ]
    # At the book's lines the length guard keeps it too (the conclusion is longer than
    # "SPLEEN"); with a short conclusion only the back-matter check does.
    for heads in (
        _heads(rows, lines=[27, 612, 1554, 2836]),
        _heads(rows, lines=[27, 612, 2400, 2836]),
    ):
        assert [h.rank for h in matter_at_top(heads)] == [20, 20, 20, 20]


def test_conclusion_of_work_guard_titled_epilogue_stevenson():
    """Stevenson's Across the Plains: "EPILOGUE TO “AN INLAND VOYAGE”" is an essay of its
    own between two essays, not the end of the one above (its parts "VI", "VII"): only
    the bare word moves. FAILS with the bare-word check planted out (the evenly spaced
    list)."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("FONTAINEBLEAU VILLAGE COMMUNITIES OF PAINTERS", "caps", 20),
        ("VI", "numeral", 40),
        ("VII", "numeral", 40),
        ("EPILOGUE TO “AN INLAND VOYAGE”", "named", 20),
        ("RANDOM MEMORIES", "caps", 20),
    ]
    # At the book's line numbers the length guard keeps it too (the essay above is
    # shorter); evenly spaced, only the bare-word check does.
    for heads in (_heads(rows, lines=[351, 418, 425, 442, 575]), _heads(rows)):
        assert [h.rank for h in matter_at_top(heads)] == [20, 40, 40, 20, 20]


def test_conclusion_of_work_guard_chapter_after_it():
    """A conclusion followed by a keyword chapter (no caps work title after it) stays:
    only caps titles on both sides make works of a volume. Real titles (Scott's Some Poems'
    first poem and conclusion) with a constructed "CHAPTER I" after them. FAILS with the
    "caps on both sides" check planted out."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("THE VISION OF DON RODERICK.", "caps", 20),
        ("CONCLUSION.", "named", 20),
        ("CHAPTER I", "keyword", 20),
    ]
    heads = _heads(rows, lines=[191, 890, 1093])
    assert [h.rank for h in matter_at_top(heads)] == [20, 20, 20]


def test_conclusion_of_work_guard_no_heading_after_or_before():
    """Review (session 36): a "CONCLUSION." that ends the book (Some Poems cut after The
    Field of Waterloo's conclusion) or opens it has no work on one side: it stays, and
    nothing raises. FAILS (TypeError) with the "a is None or b is None" guard planted out."""
    from transforms.matter_levels import matter_at_top

    text = _RODERICK_END + _WATERLOO.format(number="I.", more=_MORE) + _CONCLUSION
    assert dict((t, lv) for lv, t in _titles(text))["CONCLUSION."] == 1
    rows = [("CONCLUSION.", "named", 20), ("THE DANCE OF DEATH. [1815.]", "caps", 20)]
    assert [h.rank for h in matter_at_top(_heads(rows))] == [20, 20]


def test_conclusion_of_work_guard_back_matter_title_in_capitals():
    """Review (session 36): back matter after the conclusion whose title in capitals
    opens with no named word ("NOTES TO THE POEMS", kind "caps") is no next work: the
    conclusion stays. Scott's titles, a constructed notes title and spacing (short
    conclusion, so the length guard holds). FAILS with the ``_BACK`` check planted out
    (the Balzac test covers only "ADDENDUM")."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("THE VISION OF DON RODERICK.", "caps", 20),
        ("THE FIELD OF WATERLOO.", "caps", 20),
        ("CONCLUSION.", "named", 20),
        ("NOTES TO THE POEMS", "caps", 20),
    ]
    heads = _heads(rows, lines=[0, 100, 400, 420])
    assert [h.rank for h in matter_at_top(heads)] == [20, 20, 20, 20]


def test_conclusion_of_work_takes_its_works_division_rank():
    """Review (session 36): the conclusion takes the rank of the divisions of the work
    above it (Don Roderick's stanzas "LXII.", "LXIII.", rank 40), not the highest rank
    below the titles anywhere in the book (a later work's numbered sections, rank 38,
    constructed). FAILS with ``inner or`` planted out."""
    from transforms.matter_levels import matter_at_top

    rows = [
        ("THE VISION OF DON RODERICK.", "caps", 20),
        ("LXII.", "numeral", 40),
        ("LXIII.", "numeral", 40),
        ("CONCLUSION.", "named", 20),
        ("THE FIELD OF WATERLOO.", "caps", 20),
        ("1. THE MARCH", "numbered", 38),
    ]
    heads = _heads(rows, lines=[0, 100, 200, 300, 320, 330])
    assert [h.rank for h in matter_at_top(heads)] == [20, 40, 40, 40, 20, 38]
