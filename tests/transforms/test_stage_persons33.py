"""Clauses ``persons_entrance_line`` (``transforms.stage_persons``) and
``mid_sentence_comma`` (``transforms.sections``), session 33, branch wtD2. Excerpts of
books from GitHub rcdm-uga/Gutenberg_Text, as ``clean_text`` leaves them (lines stripped)."""

from transforms.contents import scan_lines
from transforms.headings import line_candidates
from transforms.sections import find_sections
from transforms.stage_persons import persons_lines

# Theodore Alois Buckley, Aeschylus' Prometheus Bound and the Seven Against Thebes
# ("Buckley, Theodore Alois/Aeschylus' Prometheus Bound and the Seven Against Thebes.txt"):
# the first play's title, argument, persons list, entrance line and first speeches.
PROMETHEUS = """PROMETHEUS CHAINED.

Prometheus having, by his attention to the wants of men, provoked the anger of Jove, is bound down in a cleft of a rock in a distant desert of Scythia. Here he not only relates the wanderings, but foretells the future lot of
Io, and likewise alludes to the fall of Jove's dynasty.
Disdaining to explain his meaning to Mercury, he is swept into the abyss amid terrific hurricane and earthquake.


PERSONS REPRESENTED.


STRENGTH.
FORCE.
VULCAN.
PROMETHEUS.
CHORUS OF NYMPHS, DAUGHTERS OF OCEAN.
IO, DAUGHTER OF INACHUS.
MERCURY.


STRENGTH, FORCE, VULCAN, PROMETHEUS.

STRENGTH. [1]We are come to a plain, the distant boundary of the earth, to the Scythian track, to an untrodden desert. Vulcan, it behooves thee that the mandates, which thy Sire imposed, be thy concern--to bind this daring wretch to the lofty-cragged rocks, in fetters of adamantine chains that can not be broken; for he stole and gave to mortals thy honor, the brilliancy of fire [that aids] all arts. Hence for such a trespass he must needs give retribution to the gods, that he may be taught to submit to the sovereignty of Jupiter, and to cease from his philanthropic disposition.

VULCAN. Strength and Force, as far as you are concerned, the mandate of Jupiter has now its consummation, and there is no farther obstacle. But I have not the courage to bind perforce a kindred god to this weather-beaten ravine. Yet in every way it is necessary for me to take courage for this task; for a dreadful thing it is to disregard the directions of the Sire. Lofty-scheming son of right-counseling Themis, unwilling shall I rivet thee unwilling in indissoluble shackles to this solitary rock, where nor voice nor form of any one of mortals shalt thou see; but slowly scorched by the bright blaze of the sun thou shalt lose the bloom of thy complexion; and to thee joyous shall night in spangled robe veil the light; and the sun again disperse the hoar-frost of the morn; and evermore shall the pain of the present evil waste thee; for no one yet born shall release thee. Such fruits hast thou reaped from thy friendly disposition to mankind. For thou, a god, not crouching beneath the wrath of the gods, hast imparted to mortals honors beyond what was right. In requital whereof thou shalt keep sentinel on this cheerless rock, standing erect, sleepless, not bending a knee: and many laments and unavailing groans shalt thou utter; for the heart of Jupiter is hard to be entreated; and every one that has newly-acquired power is stern.

ST. Well, well! Why art thou delaying and vainly commiserating? Why loathest thou not the god that is most hateful to the gods, who has betrayed thy prerogative to mortals?

VUL. Relationship and intimacy are of great power.
"""

# The same book's footnote 23: a verse quotation whose reference runs onto "Book vi.".
FOOTNOTE = """FOOTNOTES

40. But it is probably only the [Greek: schêma kath' holon kai meros], on which see Jelf, Gk. Gr. § 478, and the same thing takes place with the accusative, as in Antig. 21, sq. 561. See Erfurdt on 21.

[22] See Linwood's Lexicon, s. v. [Greek: ameibô], whose construing I have followed.

[23] Cf. Virg. Æn. I. 167, "Intus aquæ dulces, vivoque sedilia saxo."

"The rudest habitation, ye might think
That it had sprung from earth self-raised, or grown
Out of the living rock."--Wordsworth's Excursion,
Book vi.

"""

# Henry Morley, A Bundle of Ballads ("Morley, Henry/A Bundle of Ballads.txt"): a ballad
# whose title is a list in capitals with commas, over its verse.
WILLOW = """


WILLOW, WILLOW, WILLOW.

A poor soul sat sighing under a sycamore tree;
"O willow, willow, willow!"
With his hand on his bosom, his head on his knee:
"O willow, willow, willow!
O willow, willow, willow!
Sing, O the green willow shall be my garl-and."

He sighed in his singing, and after each groan,
"Come willow, willow, willow!
I am dead to all pleasure, my true-love is gone;
O willow, willow, willow!
O willow, willow, willow!
Sing, O the green willow shall be my garl-and.

"My love she is turned; untrue she doth prove:
O willow, willow, willow!
She renders me nothing but hate for my love.
O willow, willow, willow!
O willow, willow, willow!
Sing, O the green willow shall be my garl-and.

"O pity me," cried he, "ye lovers, each one;
O willow, willow, willow!
Her heart's hard as marble; she rues not my moan.
O willow, willow, willow!
O willow, willow, willow!
Sing, O the green willow shall be my garl-and."

"""


def _titles(text):
    sections, _ = find_sections(text)
    return [(s.level, s.title) for s in sections]


def test_persons_entrance_line_prometheus_no_section():
    """Clause persons_entrance_line: "STRENGTH, FORCE, VULCAN, PROMETHEUS." over
    STRENGTH's and VULCAN's speeches opens no section (it was one, by rule layout)."""
    titles = _titles(PROMETHEUS)
    assert all("STRENGTH" not in t for _, t in titles), titles
    lines = scan_lines(PROMETHEUS)
    i = lines.texts.index("STRENGTH, FORCE, VULCAN, PROMETHEUS.")
    cands = line_candidates(lines.texts[i], lines.starts[i], i, lines.ends[i])
    assert persons_lines(lines.texts, lines.blank, cands) == {i}


def test_persons_entrance_line_one_speaker_is_not_enough():
    """Guard: with only STRENGTH's speech under it (VULCAN's and the abbreviated
    tags gone), the line is no entrance line (one name speaking proves no list)."""
    text = PROMETHEUS.split("\nVULCAN. ")[0] + "\n"
    lines = scan_lines(text)
    i = lines.texts.index("STRENGTH, FORCE, VULCAN, PROMETHEUS.")
    cands = line_candidates(lines.texts[i], lines.starts[i], i, lines.ends[i])
    assert persons_lines(lines.texts, lines.blank, cands) == set()


def test_persons_entrance_line_ballad_title_with_commas_stays():
    """Guard: the ballad title "WILLOW, WILLOW, WILLOW." over verse stays a section."""
    assert _titles(WILLOW) == [(1, "WILLOW, WILLOW, WILLOW.")]


def test_persons_entrance_line_act_and_book_lines_are_never_read():
    """Guard: headings without a comma ("ACT I.", "BOOK VI.") are never entrance lines."""
    text = "ACT I.\n\nSTRENGTH. We are come to a plain.\n\nVULCAN. Strength and Force.\n"
    lines = scan_lines(text)
    cands = line_candidates(lines.texts[0], lines.starts[0], 0, lines.ends[0])
    assert cands and persons_lines(lines.texts, lines.blank, cands) == set()


def test_mid_sentence_comma_footnote_book_reference_no_section():
    """Clause mid_sentence_comma: "Book vi." under "... Wordsworth's Excursion," ends
    the footnote's reference; it was a section of rank 10 (rule keyword)."""
    assert _titles(FOOTNOTE) == [(1, "FOOTNOTES")]


def test_mid_sentence_comma_book_heading_after_blank_stays():
    """Guard: "BOOK VI." after a blank line under the same comma line is a heading."""
    text = FOOTNOTE.replace("Excursion,\nBook vi.", "Excursion,\n\nBOOK VI.")
    assert _titles(text) == [(1, "FOOTNOTES"), (1, "BOOK VI.")]


def test_mid_sentence_comma_table_rows_stay_candidates():
    """Guard of mid_sentence_comma: rows of a table that end on a comma ("Act III. . . .
    Act II. Sc. 3," under "Act II. to begin at what is now Act I. Sc. 2,", the Cambridge
    Shakespeare's note on the acts of Much Ado) stay keyword candidates, so the
    contents rules still read the rows as one run (without this guard the play's
    "ACT I." ... "ACT V." were lost). A row that ends the sentence is dropped."""
    from transforms.sections import _mid_sentence

    above = "Act II.\u00a0\u00a0to begin at what is now\u00a0Act I. Sc. 2,"
    row = "Act III.\u00a0.\u00a0.\u00a0.\u00a0.\u00a0.\u00a0.\u00a0.\u00a0.\u00a0.\u00a0.\u00a0Act II. Sc. 3,"
    assert not _mid_sentence(above, row)
    assert _mid_sentence("Out of the living rock.\"--Wordsworth's Excursion,", "Book vi.")


# A chapter of Shakespeare criticism whose title lists persons (as Anna Jameson's
# Characteristics of Women titles hers) over prose that quotes their speeches: the
# speeches prove no entrance line, the chapter's first paragraph is no speech.
CRITICISM = """


LEAR, GONERIL, AND REGAN.

The first scene of the play sets the two elder daughters before us in their own words, and we are left in no doubt of the hollowness of their professions when we hear how readily each outbids the other.

GONERIL. Sir, I love you more than words can wield the matter.

REGAN. I am made of that self metal as my sister, and prize me at her worth.

Cordelia's answer follows, and the king's wrath falls on the one child who loved him.
"""


def test_persons_entrance_line_first_paragraph_must_be_a_speech():
    """Guard of persons_entrance_line: two listed names speak under the line, but the
    first paragraph under it is prose, not a speech: a chapter title, no entrance line
    (without the first-paragraph requirement it was read as one)."""
    lines = scan_lines(CRITICISM)
    i = lines.texts.index("LEAR, GONERIL, AND REGAN.")
    cands = line_candidates(lines.texts[i], lines.starts[i], i, lines.ends[i])
    assert cands and persons_lines(lines.texts, lines.blank, cands) == set()


# A reader's excerpt headed by its play's title (the balcony scene, ROMEO speaking
# first and JULIET second), between a preface and the next excerpt.
BALCONY = (
    "ROMEO. He jests at scars that never felt a wound. But soft! what light through yonder window breaks? It is the east, and Juliet is the sun.\n\n"
    "JULIET. Ay me!\n\n"
    "ROMEO. She speaks. O, speak again, bright angel! for thou art as glorious to this night, being o'er my head, as is a winged messenger of heaven.\n\n"
    "JULIET. O Romeo, Romeo! wherefore art thou Romeo? Deny thy father and refuse thy name; or, if thou wilt not, be but sworn my love.\n\n"
)


def _reader(title):
    preface = "PREFACE.\n\n" + "These scenes are chosen for reading aloud in schools. " * 3
    return (
        preface + "\n\n\n" + title + "\n\n" + BALCONY * 3 + "\n\n\nJULIUS CAESAR.\n\n" + BALCONY * 3
    )


def test_persons_entrance_line_play_title_stays():
    """Guard persons_entrance_line_play_title (review): a play's title over an
    excerpt whose first two speakers are the title's names stays a section:
    "AND" before a comma ("ROMEO AND JULIET, THE BALCONY.") or a division part
    ("ROMEO, JULIET, ACT II.") make no persons list. Without the guard these
    headings were dropped and the excerpt ran into the preface."""
    for title in (
        "ROMEO AND JULIET, ACT II, SCENE II.",
        "ROMEO AND JULIET, THE BALCONY.",
        "ROMEO, JULIET, ACT II.",
        "ROMEO AND JULIET.",
    ):
        assert (1, title) in _titles(_reader(title)), title


def test_persons_entrance_line_and_before_last_name_still_fires():
    """The guard keeps "A, B, AND C" and "A, B AND C" entrance lines."""
    for line in ("ROMEO, NURSE, AND JULIET.", "ROMEO, NURSE AND JULIET."):
        text = line + "\n\n" + BALCONY
        lines = scan_lines(text)
        cands = line_candidates(lines.texts[0], lines.starts[0], 0, lines.ends[0])
        assert persons_lines(lines.texts, lines.blank, cands) == {0}, line


def _fires(text):
    lines = scan_lines(text)
    cands = line_candidates(lines.texts[0], lines.starts[0], 0, lines.ends[0])
    return persons_lines(lines.texts, lines.blank, cands) == {0}


def test_persons_entrance_line_same_speaker_twice_is_not_enough():
    """Guard: ROMEO speaking twice is one listed name, not two (review)."""
    text = "ROMEO, JULIET.\n\n" + BALCONY.replace("JULIET. ", "ROMEO. ")
    assert not _fires(text)
    assert _fires("ROMEO, JULIET.\n\n" + BALCONY)


def test_persons_entrance_line_every_part_must_be_a_short_name():
    """Guard: one part of more than three words ("IN THE ORCHARD OF
    CAPULET'S HOUSE") makes the line no persons list, even when the others speak (review)."""
    assert not _fires("ROMEO, JULIET, IN THE ORCHARD OF CAPULET'S HOUSE.\n\n" + BALCONY)
