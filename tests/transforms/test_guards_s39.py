"""Guard tests after the review of session 39 (docs/quality/session-39-wtD.md, Review "Left"):
each test passes on main and fails with one guard edited out. Real text: excerpts of the
rcdm-uga+Gutenberg_Text mirror's files (file and line in a comment), each a whole block
between blank lines, passed through normalize_text (and clean_text where the pipeline's
cleaning is what brings the block to the guard). The mirror's blocks were found by
/tmp/wtD39t/scan.py, fast.py (each guard edited out in a copy of the function, every
block of the 3,445 mirror files holding three indented lines ending on ";" compared).
No test for `_lower_list_after`'s depth test: normalize_text leaves one space of indent, so
it only parts unindented from indented lines, and no mirror block reaches it (the record);
session 40 removed it (tests/transforms/test_lower_list_s40.py)."""

from transforms.clean import clean_text
from transforms.latin_speech import latin_speech_groups
from transforms.normalize import normalize_text
from transforms.paragraphs import paragraph_starts
from transforms.sentences import sentence_spans


def _starts(raw, clean=False, width=14):
    text = normalize_text(raw)
    if clean:
        text = clean_text(text).text
    return [text[s : s + width] for s in paragraph_starts(text).tolist()]


# Guard ";" of verse_run_lower_list (transforms/paragraphs.py, `_lower_list_after`: a
# run's lines end on ";"). King Lear, I.iv (the mirror's "Shakespeare, William/King
# Lear.txt", line 1138): the Fool's prose, re-wrapped by clean_text. Without the ";" test
# 'whipp'd for speaking true; …', 'and sometimes I am whipp'd …', 'any kind o' thing …'
# (three lines opening lower case) read as a list and "and sometimes" was a paragraph (so
# a sentence start) inside the Fool's sentence.
LEAR = (
    "     Prithee, nuncle, keep a schoolmaster that can teach thy fool\n"
    "to\n"
    "     lie. I would fain learn to lie.\n"
    "  Lear. An you lie, sirrah, we'll have you whipp'd.\n"
    "  Fool. I marvel what kin thou and thy daughters are. They'll\n"
    "have me\n"
    "     whipp'd for speaking true; thou'lt have me whipp'd for\n"
    "lying;\n"
    "     and sometimes I am whipp'd for holding my peace. I had\n"
    "rather be\n"
    "     any kind o' thing than a fool! And yet I would not be thee,\n"
    "     nuncle. Thou hast pared thy wit o' both sides and left\n"
    "nothing\n"
    "     i' th' middle. Here comes one o' the parings.\n"
)


def test_guard_lower_list_lines_end_on_semicolon():
    assert _starts(LEAR, clean=True) == [" Prithee, nunc", "Lear. An you l", "Fool. I marvel"]


# LOWER_LIST_RUN = 3 (not 4). Russell, Mysticism and Logic (the mirror's file, line 7373),
# its index: normalize_text leaves "Space, 138 ff;" unindented, so the run at one depth is
# three lines ('private' … 'the problem in physics'); "the logical problem" keeps its start.
# With a run of 4 the block was one paragraph after "private".
SPACE = (
    "Space, 138 ff;\n"
    "  private, 158 ff;\n"
    "  the logical problem, 114 ff;\n"
    "  the problem in physics, 115 ff;\n"
    "  the epistemological problem, 118 ff\n"
)


def test_guard_lower_list_run_of_three_is_a_list():
    assert _starts(SPACE) == ["Space, 138 ff;", "private, 158 f", "the logical pr"]


# LOWER_LIST_RUN = 3 (not 2). Wodehouse, Something New (the mirror's file, line 174): Ashe's
# audience, "a) Two cabmen--one intoxicated;" … "k) A cat.", one entry a line. clean_text
# joins a) to h) into one line (so its run is short; a finding of its own, no guard's), and
# leaves "i) Eleven nondescript loafers; j) Twenty-seven children;" and "k) A cat.": a
# run of two ";" lines. With a run of 2 "k) A cat." was a paragraph of its own.
CAT = (
    "  a) Two cabmen--one intoxicated;\n"
    "  b) Four waiters from the Hotel Mathis;\n"
    "  c) Six waiters from the Hotel Previtali;\n"
    "  d) Six chambermaids from the Hotel Mathis;\n"
    "  e) Five chambermaids from the Hotel Previtali;\n"
    "  f) The proprietor of the Hotel Mathis;\n"
    "  g) The proprietor of the Hotel Previtali;\n"
    "  h) A street cleaner;\n"
    "  i) Eleven nondescript loafers;\n"
    "  j) Twenty-seven children;\n"
    "  k) A cat.\n"
)


def test_guard_lower_list_run_of_two_is_no_list():
    assert _starts(CAT, clean=True) == [" a) Two cabmen"]


# Guard closes[nxt_mark] of latin_speech_groups (transforms/latin_speech.py): the speech's
# last sentence closes it. Mary Shelley, The Last Man (the mirror's file, line 8165):
# '"For heaven's love!' opens; the next sentence holding a mark, 'Windsor," cried Ryland,
# "do not mock me with that title.', closes and re-opens (two '"'), so it ends no speech:
# no group. Without the test the two were one candidate, ending inside the speech.
LAST_MAN = (
    '"For heaven\'s love! Windsor," cried Ryland, "do not mock me with that\n'
    "title. Death and disease level all men. I neither pretend to protect nor\n"
    'govern an hospital--such will England quickly become."\n'
)


def test_guard_latin_speech_last_sentence_closes_the_speech():
    text = normalize_text(LAST_MAN)
    spans = sentence_spans(text)
    assert len(spans) == 4
    assert latin_speech_groups(text, spans).tolist() == []
