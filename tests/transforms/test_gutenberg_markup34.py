"""Session 34: Gutenberg markup left in the clean text of the raw Project Gutenberg mirror
(GitHub rcdm-uga/Gutenberg_Text): the Markdown gate's look-alikes, sidenotes and page marks
(``transforms.gutenberg_markup``). Excerpts are the mirror's own lines."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.gutenberg_markup import markup_edits
from transforms.textedit import apply_edits


def _marked(text: str) -> str:
    return apply_edits(text, markup_edits(text))[0]


# Burnett, T. Tembarom: TeX-style "`spiel'" quotations beside "_I_" italics.
TEMBAROM = (
    "“That is a good `spiel,' my dear chap,” he said. “It's as good a `spiel'\n"
    "as your typewriter friend used to rattle off when he thought he saw a\n"
    "customer; but I'm not a customer.”\n\n"
    "“If you do,” he said, “I'll tell you how grateful _I_ am, and that'll\n"
    "be worse. No, that's all fixed up between us.”\n"
)


def test_markdown_gate_tex_quotes_tembarom_italics_lose_their_underscores():
    """Clause ``markdown_gate_tex_quotes``: "`spiel,' ... `spiel'" is two quotations, not a
    code span; the book's "_I_" loses its underscores (before: the whole book kept them)."""
    out = _marked(TEMBAROM)
    assert "how grateful I am, and" in out
    assert "a good `spiel,' my dear chap" in out


def test_markdown_gate_fence_line_cruikshank_backquote_indent():
    """Clause ``markdown_gate_fence_line``: Dickens' Cruikshank's Water Colours indents verse
    with backquotes ("``````Take heed"); that is no fence."""
    text = (
        "It is fair to characterise the three _suites_ of original water-colour\n"
        "drawings, as executed by our artist, as _unique_ examples of the great\n\n"
        "``````Take heed\n\n```How you awake the deeping sword of war;\n"
    )
    out = _marked(text)
    assert "the three suites of original" in out and "as unique examples" in out


def test_markdown_gate_link_target_ultima_thule_note_and_gloss():
    """Clause ``markdown_gate_link_target``: Burton's Ultima Thule quotes "Ierne[2](Ireland?)"
    (a note anchor and the editor's gloss), no link; the book's markup is cleaned."""
    text = (
        "     the history of Thule, is known to be a man upon whom no reliance\n"
        "     can be placed; and other writers who have seen Britain and\n"
        "     Ierne[2](Ireland?), although they tell us of many small islands\n\n"
        "Which Heaven has varnished out, and made a _Queen_.\n"
    )
    assert "made a Queen." in _marked(text)


def test_markdown_gate_bold_word_start_pope_starred_words():
    """Clause ``markdown_gate_bold_word_start``: Pope's "cries c**d, w**e, and knave" (a
    printer's starred words) is no bold."""
    text = (
        "The coxcomb bird, so talkative and grave,\n"
        "That from his cage cries c**d, w**e, and knave,\n\n"
        "Which Heaven has varnished out, and made a _Queen_.\n"
    )
    out = _marked(text)
    assert "made a Queen." in out and "c**d, w**e" in out


def test_markdown_gate_guards_real_markdown_still_stops():
    """Guards: a fenced block (its bare closing fence), a link with a URL or file target (and a
    title), a bold at a word's start and a "`code`" span still stop every rule."""
    for md in (
        "```python\nx = a_b_\n```",
        "```{r}\nx <- a_b_\n```",
        "``` js\nlet a_b_ = 1\n```\n",
        "See [the notes](https://example.org/notes) here.",
        "See [the notes](notes.md) here.",
        "See [the notes](#notes) here.",
        "Write to [us](mailto:us@example.org) here.",
        'See [the notes](notes.md "Notes") here.',
        "It is **very** plain.",
        "Run `make test` first.",
        "Run `make`, then go.",
    ):
        text = f"{md}\n\nSee _Moby Dick_ and the list[1].\n\n[1] A note.\n"
        assert markup_edits(text) == [], md


def test_markdown_gate_fence_long_and_double_backquote_still_stop():
    """Review clauses ``markdown_gate_fence_long`` ("````" fences, /usr/share/alsa/ucm2's
    README) and ``markdown_gate_double_backquote`` ("``monotonic()``", monotonic's README):
    real Markdown found by main's gate and lost by the narrowed one."""
    for md in (
        "````\n  cat /proc/asound/cards\n````",
        "This module provides a ``monotonic()`` function.",
        "The ``crcmod`` package is released under the MIT license.",
    ):
        text = f"{md}\n\nSee _Moby Dick_ and the list[1].\n\n[1] A note.\n"
        assert markup_edits(text) == [], md
    # TeX quotes opened by "``" and closed by "''" are still no code span.
    tex = "``Take heed,'' he said, ``of _that_.''\n\nAnd _this_ too.\n"
    assert "And this too." in _marked(tex)


# Gibbon, Private Letters, ed. Prothero: the editor's marginal summaries.
GIBBON = (
    "  DEAR MADAM,\n\n"
    "[Sidenote: HIS HOUSE AT BRIGHTON.]\n\n"
    "After a short visit to Sheffield I came to this place last Sunday\n"
    "evening, and think it will answer my expectations.\n"
)
# Scott, Minstrelsy of the Scottish Border: a year in the margin, inside a sentence.
MINSTRELSY = (
    "Saxons and Danes of Deira and the Cumraig, imagination can hardly\n"
    "form [Sidenote: 570] any idea of conflicts more desperate, than were\n"
    "maintained, on the borders, between the ancient British and their\n"
    "Teutonic invaders.\n\n"
    "Thus, the Gododin describes the waste.\n"
)


def test_sidenotes_paragraph_words_gibbon_and_dickens_letters():
    """Clause ``sidenotes_paragraph_words`` (review): a "[Sidenote: ...]" paragraph keeps its
    words, label and brackets gone (before the branch: it stayed bracketed, 199 in Gibbon's
    letters). Dickens' Letters name the addressee only there ("DEAR SIR,")."""
    out = clean_text(GIBBON).text
    assert "Sidenote" not in out
    # clause sidenote_running_heads (session 34, wtD2): a summary in capitals is cut.
    assert "DEAR MADAM,\n\nAfter a short visit to Sheffield" in out and "BRIGHTON" not in out
    dickens = (
        "to convert into a perpetual shower-bath.\n\n\n"
        "[Sidenote: Mr. William Sandys.]\n\n"
        "                             1, DEVONSHIRE TERRACE, _June 13th, 1847._\n\n"
        "DEAR SIR,\n\nMany thanks for your kind note.\n"
    )
    out = _marked(dickens)
    assert "shower-bath.\n\n\nMr. William Sandys.\n\n" in out and "June 13th, 1847." in out


def test_sidenotes_cut_minstrelsy_inside_a_sentence():
    """Clause ``sidenotes_cut``: a sidenote inside a sentence goes with its space (before:
    ``footnote_after_paragraph`` moved it after the paragraph as "[Sidenote: 570]")."""
    out = clean_text(MINSTRELSY).text
    assert "imagination can hardly form any idea of conflicts" in out
    assert "570" not in out and "Sidenote" not in out


def test_sidenotes_cut_guard_footnotes_still_move_and_stay():
    """Guard: footnotes are the author's words; an inline one still moves after its
    paragraph and a note paragraph stays."""
    text = MINSTRELSY.replace("[Sidenote: 570]", "[Footnote: In 570.]")
    out = clean_text(text).text
    assert "hardly form any idea" in out and "\n\n[Footnote: In 570.]\n\n" in out


def test_page_marks_young_visiters_and_fighting_france():
    """Clause ``page_marks``: "[Pg vi]" (Barrie's The Young Visiters, preface) and "[Page
    58]" (Wharton's Fighting France) go with the space before them."""
    text = (
        "When she was actually at work\n"
        "I think the expression [Pg vi] was more solemn, with the tongue firmly\n"
        "clenched between the teeth.\n\n"
        "Now it is a mere waste of rubble [Page 58] and cinders, not one\n"
        "house left.\n"
    )
    out = clean_text(text).text
    assert "I think the expression was more solemn, with the tongue" in out
    assert "a mere waste of rubble and cinders, not one" in out


def test_page_marks_each_spelling_alone():
    """Review: each spelling of ``page_marks`` alone in its text (the literal prefilter
    "[Pg " and the brace form "{pg 312}" of transcribers' errata lines)."""
    for mark in ("[Pg 23]", "[Pg XIV]", "{pg 312}", "{Pg. 35}"):
        text = f"It was a mere waste of rubble {mark} and cinders.\n"
        assert _marked(text) == "It was a mere waste of rubble and cinders.\n", mark


def test_page_marks_guard_references_and_other_brackets_stay():
    """Guard of ``page_marks``: an editor's reference "[p. 199]" (Franklin, ed. notes),
    "(page 58)" and "[Page]" stay."""
    text = (
        "[Illustration]\n\n"
        "It is therefore the first edition\n"
        '  of _the_ autobiography" [p. 199].) See (page 58) and [Page] too.\n'
    )
    out = clean_text(text).text
    assert "[p. 199].) See (page 58) and [Page] too." in out


def test_illustration_tag_variants_ninety_three_and_alger():
    """Clause ``illustration_tag_variants``: "[Illustration 005]" (Hugo's Ninety-Three) and
    "[Illustration of Sam and his Patient.]" (Alger's The Young Outlaw) are cut like
    "[Illustration: ...]"."""
    text = (
        "The column halted.\n\n[Illustration 005]\n\nAn ambush was probable.\n\n"
        '"Now sit still."\n\n[Illustration of Sam and his Patient.]\n\n'
        "Thus far Sam was perfectly self-possessed.\n"
    )
    out = clean_text(text).text
    assert "Illustration" not in out
    assert 'halted.\n\nAn ambush was probable.\n\n"Now sit still."\n\nThus far Sam' in out


def test_illustration_tag_variants_guard_music_and_other_words_stay():
    """Guard: Franklin's "[Illustration (music): God-like _wis_dom ...]" (the essay discusses
    those words) and "[Illustrative note]" stay."""
    text = (
        "And in the syllable _wis_, and the word _from_.\n\n"
        "[Illustration (music): God-like wisdom from a-bove]\n\n"
        "[Illustrative note] For the stuttering, see the words.\n"
    )
    out = clean_text(text).text
    assert "[Illustration (music): God-like wisdom from a-bove]" in out
    assert "[Illustrative note] For the stuttering" in out


def test_emphasis_equals_nested_ogilvie_price_list():
    """Clause ``emphasis_equals_nested`` (wtD2): "=_12 Cents per Copy._=" (bold around
    italics, Ogilvie's list after Dumas' The Hero of the People) loses both marks (before:
    the "_" went and "=12 Cents per Copy.=" stayed)."""
    text = (
        "_Sample Copy by mail, postpaid, 15 Cents._\n\n"
        "  =_Less than 100 Copies,_=         =_12 Cents per Copy._=\n"
        "  =_One Hundred or more Copies,_=   =_10 Cents per Copy._=\n"
    )
    out = _marked(text)
    assert "  Less than 100 Copies,         12 Cents per Copy.\n" in out and "=" not in out


def test_emphasis_equals_wrapped_and_space_close_publishers_lists():
    """Clauses ``emphasis_equals_wrapped`` and ``emphasis_equals_space_close`` (wtD2): a
    bold name over a line break (Gottsberger's list, "by =Wilhelm\\nWalloth=") and "=A Fair
    Saxon. =" (Chatto & Windus' list) lose their marks."""
    text = (
        "     =THE KING'S TREASURE HOUSE.=--A Romance of Ancient Egypt, by =Wilhelm\n"
        "     Walloth=, from the German by Mary J. Safford, in one vol. Paper, 50\n"
        "     cts. Cloth, 90 cts.\n\n"
        "      =My Enemy's Daughter.=\n"
        "      =A Fair Saxon. =\n"
        "      =Linley Rochford.=\n"
    )
    out = _marked(text)
    assert "TREASURE HOUSE.--A Romance of Ancient Egypt, by Wilhelm\n     Walloth, from" in out
    assert "      My Enemy's Daughter.\n      A Fair Saxon.\n      Linley Rochford.\n" in out


def test_emphasis_equals_guards_maths_code_and_underlines():
    """Guard: "a = b" maths, "x=y" code, "====" underlines and an "=" that opens a line
    after a bold line's close are not pairs."""
    text = (
        "_Note._ If a = b and b = c, then a = c.\n\n"
        "Set x=y and z=w in the formula.\n\n"
        "CHAPTER I\n=========\n\n"
        "The sum =\n  5 + 7 = 12.\n"
    )
    out = _marked(text)
    assert "If a = b and b = c, then a = c." in out
    assert "x=y and z=w" in out and "CHAPTER I\n=========\n" in out
    assert "The sum =\n  5 + 7 = 12." in out


def test_emphasis_equals_wrapped_guard_code_over_lines():
    """Guard (``emphasis_equals_wrapped``): an "=" pair over lines with code marks (mawk's
    calendar example, /usr/share/doc/mawk/examples/hcal) keeps its "=" signs."""
    text = "_Note._ The loop.\n\nfor (mm =3;mm++) {\n    if ( Year[mm] != 0 ) print\n"
    assert "for (mm =3;mm++) {\n    if ( Year[mm] != 0 ) print\n" in _marked(text)


def test_emphasis_equals_snake_case_guard_requirement_lines():
    """Clause ``emphasis_equals_snake_case`` (review): an "_" inside a word is no italics
    mark, so a Python package's METADATA requirement line keeps its ">=" and "!=" (before:
    "pytest-ruff>0.2.1; sys_platform ! ..."); Tolstoy's bold chronology around italics
    still loses its marks."""
    text = (
        "_Note._ Requirements.\n\n"
        'Requires-Dist: pytest-ruff>=0.2.1; sys_platform != "cygwin" and extra == "check"\n'
        'Requires-Dist: ruff>=0.13.0; sys_platform != "cygwin" and extra == "check"\n\n'
        "1855. =_The Cossacks_ published.=\n"
    )
    out = _marked(text)
    assert 'pytest-ruff>=0.2.1; sys_platform != "cygwin" and extra == "check"\n' in out
    assert 'ruff>=0.13.0; sys_platform != "cygwin"' in out
    assert "1855. The Cossacks published.\n" in out
