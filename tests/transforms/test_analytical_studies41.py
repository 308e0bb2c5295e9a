"""Clauses piece_numbers (transforms.heading_confirmation), work_title_page_listed and
work_title_listed_sibling (transforms.work_title_pages), session 41: Balzac's Analytical
Studies holds The Physiology of Marriage (meditations "MEDITATION XVII." with numbered
divisions "1. TWIN BEDS.") and Petty Troubles of Married Life (its own "TITLE" / "BY" /
"HONORE DE BALZAC" page after the Physiology's last page, chapters titled in capitals).
Before: Petty Troubles' title sat at 2 under the Physiology's THIRD PART, its parts at 1,
and none of its 36 chapters was a section (the numbered divisions made the book "numbered",
so no line in capitals was confirmed by its layout).

Real text: GitHub rcdm-uga/Gutenberg_Text, "Balzac, Honore de/Analytical Studies.txt",
cleaned (``clean_text``), cut: the volume's page, dedication, contents and introduction,
the Physiology's title block and introduction, meditations XVI-XVIII (XVII with its three
divisions), the end of the Physiology, Petty Troubles' page, PART FIRST, the preface, the
first two chapters; every paragraph cut to its first sentences.
"""

from transforms import heading_confirmation as hc
from transforms import headings as hd
from transforms import sections as sec
from transforms.contents import scan_lines
from transforms.sections import find_sections

ANALYTICAL = 'ANALYTICAL STUDIES\n\nBY\n\nHONORE DE BALZAC\n\n\n\n\n\nDEDICATION\n\n Notice the words: The man of distinction to whom this book is dedicated. Need I say: "You are that man."--THE AUTHOR.\n\n The woman who may be induced by the title of this book to open it, can save herself the trouble; she has already read the work without knowing it.\n\n\n\n\nCONTENTS\n\nINTRODUCTION\nTHE PHYSIOLOGY OF MARRIAGE\nPETTY TROUBLES OF MARRIED LIFE\n\n\n\n\n\nINTRODUCTION\n\nThe two Analytical Studies, Physiology of Marriage and Petty Troubles of Married Life, belong quite apart from the action of the Comedie Humaine, and can only be included therein by virtue of a special dispensation on the part of their author, who made for them an eighth division therein, thus giving them a local habitation and a name. Although they come far down in the list of titles, their creation belongs almost to the formative era. Balzac had just shaken his skirts clear of the immature dust of the Oeuvres de Jeunesse, and by the publication, in 1829, of The Chouans, had made his first real bow to his larger public. In December of that same year appeared the Physiology of Marriage, followed eleven months later by a few papers belonging to Petty Troubles of Married Life. Meanwhile, between these two Analytical Studies, came a remarkable novelette, At the Sign of the Cat and Racket, followed soon after by one of the most famous stories of the entire Comedie, The Magic Skin.\n\n\n\n\n THE PHYSIOLOGY OF MARRIAGE;\n OR,\n THE MUSINGS OF AN ECLECTIC PHILOSOPHER ON THE HAPPINESS AND UNHAPPINESS OF MARRIED LIFE\n\n\n\n\nINTRODUCTION\n\n"Marriage is not an institution of nature. The family in the east is entirely different from the family in the west. Man is the servant of nature, and the institutions of society are grafts, not spontaneous growths of nature. Laws are made to suit manners, and manners vary.\n\n\n\n\nMEDITATION XVI.\n\nTHE CHARTER OF MARRIAGE.\n\nI acknowledge that I really know of but one house in Paris which is managed in accordance with the system unfolded in the two preceding Meditations. But I ought to add, also, that I have built up my system on the example of that house.\n\nAs soon as he learned that there existed a man who was exclusively occupied in bringing to perfection the institution of marriage in France, he had the generosity to open the doors of his mansion to me and to show me his gyneceum.\n\n\n\n\nMEDITATION XVII.\n\nTHE THEORY OF THE BED.\n\nIt was about seven o\'clock in the evening. They were seated upon the academic armchairs, which made a semi-circle round a huge hearth, on which a coal fire was burning fitfully--symbol of the burning subject of their important deliberations.\n\nThe grandson of the celebrated Boulle was seated before a round table on which were placed the criminal exhibits which had been collected with remarkable intelligence. I, the insignificant secretary of the meeting, occupied a place at this desk, where it was my office to take down a report of the meeting.\n\n\n\n\n1. TWIN BEDS.\n\nIf the most brilliant, the best-looking, the cleverest of husbands wishes to find himself minotaurized just as the first year of his married life ends, he will infallibly attain that end if he is unwise enough to place two beds side by side, under the voluptuous dome of the same alcove.\n\n\n\n\n2. SEPARATE ROOMS.\n\nThere cannot be found in Europe a hundred husbands of each nation sufficiently versed in the science of marriage, or if you like, of life, to be able to dwell in an apartment separate from that of their wives.\n\n\n\n\n3. ONE BED FOR BOTH.\n\nOn a night in December, Frederick the Great looked up at the sky, whose stars were twinkling with that clear and living light which presages heavy frost, and he exclaimed, "This weather will result in a great many soldiers to Prussia."\n\n\n\n\nMEDITATION XVIII.\n\nOF MARITAL REVOLUTIONS.\n\nThe time always comes in which nations and women even the most stupid perceive that their innocence is being abused. The cleverest policy may for a long time proceed in a course of deceit; but it would be very happy for men if they could carry on their deceit to an infinite period; a vast amount of bloodshed would then be avoided, both in nations and in families.\n\nNevertheless, we hope that the means of defence put forth in the preceding Meditations will be sufficient to deliver a certain number of husbands from the clutches of the Minotaur! You must agree with the doctor that many a love blindly entered upon perishes under the treatment of hygiene or dies away, thanks to marital policy.\n\nBut we are here compelled to acknowledge a mournful truth. Despotism has its moments of secure tranquillity. Her reign seems like the hour which precedes the tempest, and whose silence enables the traveler, stretched upon the faded grass, to hear at a mile\'s distance, the song of the cicada.\n\n\n\n\nPARIS, 1824-29.\n\n\n\n\n\nPETTY TROUBLES OF MARRIED LIFE\n\nBY\n\nHONORE DE BALZAC\n\n\n\n\nPART FIRST\n\n\n\nPREFACE\n\n IN WHICH EVERY ONE WILL FIND HIS OWN IMPRESSIONS OF MARRIAGE.\n\n A friend, in speaking to you of a young woman, says: "Good family, well bred, pretty, and three hundred thousand in her own right." You have expressed a desire to meet this charming creature.\n\n Usually, chance interviews are premeditated. And you speak with this object, who has now become very timid.\n\n\n\n\nPETTY TROUBLES OF MARRIED LIFE\n\n\n\nTHE UNKINDEST CUT OF ALL.\n\nIs it a petty or a profound trouble? I knew not; it is profound for your sons-in-law or daughters-in-law, but exceedingly petty for you.\n\n"Petty! You must be joking; why, a child costs terribly dear!" exclaims a ten-times-too-happy husband, at the baptism of his eleventh, called the little last newcomer,--a phrase with which women beguile their families.\n\n"What trouble is this?" you ask me. Well! this is, like many petty troubles of married life, a blessing for some one.\n\nYou have, four months since, married off your daughter, whom we will call by the sweet name of CAROLINE, and whom we will make the type of all wives. Caroline is, like all other young ladies, very charming, and you have found for her a husband who is either a lawyer, a captain, an engineer, a judge, or perhaps a young viscount.\n\n\n\n\nREVELATIONS.\n\nGenerally speaking, a young woman does not exhibit her true character till she has been married two or three years. She hides her faults, without intending it, in the midst of her first joys, of her first parties of pleasure. She goes into society to dance, she visits her relatives to show you off, she journeys on with an escort of love\'s first wiles; she is gradually transformed from girlhood to womanhood.\n\nYour wife, the young lady in whom the first pleasures of life and love supplied the place of grace and wit, so arch, so animated, so vivacious, whose least movements spoke with delicious eloquence, has cast off, slowly, one by one, her natural artifices. At last you perceive the truth!\n\nYou have already been annoyed several times by replies that, in society, were politely received: people have held their tongues instead of smiling; but you were certain that after your departure the women looked at each other and said: "Did you hear Madame Adolphe?"\n'


def _outline(text):
    return [(s.level, s.title) for s in find_sections(text)[0]]


def test_analytical_studies_works_and_chapters():
    """Both works at the top, each over its own headings; Petty Troubles' chapters found."""
    assert _outline(ANALYTICAL) == [
        (0, ""),
        (1, "DEDICATION"),
        (1, "INTRODUCTION"),
        (1, "THE PHYSIOLOGY OF MARRIAGE"),
        (3, "INTRODUCTION"),
        (3, "MEDITATION XVI. THE CHARTER OF MARRIAGE."),
        (3, "MEDITATION XVII. THE THEORY OF THE BED."),
        (4, "1. TWIN BEDS."),
        (4, "2. SEPARATE ROOMS."),
        (4, "3. ONE BED FOR BOTH."),
        (3, "MEDITATION XVIII. OF MARITAL REVOLUTIONS."),
        (1, "PETTY TROUBLES OF MARRIED LIFE"),
        (2, "PART FIRST"),
        (3, "PREFACE"),
        (3, "THE UNKINDEST CUT OF ALL."),
        (3, "REVELATIONS."),
    ]
    sections = find_sections(ANALYTICAL)[0]
    paths = sec.section_paths(sections)
    titles = [s.title for s in sections]
    assert paths[titles.index("REVELATIONS.")] == [
        "PETTY TROUBLES OF MARRIED LIFE",
        "PART FIRST",
        "REVELATIONS.",
    ]
    assert paths[titles.index("1. TWIN BEDS.")][0] == "THE PHYSIOLOGY OF MARRIAGE"
    # The running title over each chapter ("PETTY TROUBLES OF MARRIED LIFE" / "THE
    # UNKINDEST CUT OF ALL.") opens no second work.
    assert titles.count("PETTY TROUBLES OF MARRIED LIFE") == 1


def test_piece_numbers_keep_layout(monkeypatch):
    """Clause piece_numbers: without it the divisions "1."-"3." under MEDITATION XVII. count
    as numbered chapters and Petty Troubles' chapters in capitals are lost."""
    monkeypatch.setattr(hc, "_piece_numbers", lambda lines, cands, advancing: set())
    titles = [t for _, t in _outline(ANALYTICAL)]
    assert "THE UNKINDEST CUT OF ALL." not in titles
    assert "REVELATIONS." not in titles


# Dryden's Works vol. 13 (Scott's edition; GitHub rcdm-uga/Gutenberg_Text, "Scott, Walter/
# Dryden's Works Vol. 13.txt", cleaned): a poem to Dryden after Juvenal's sixth satire, its
# stanzas numbered; and the Physiology's numbered paragraphs in MEDITATION XXVII., cut.
DRYDEN_VERSE = (
    "SATIRE VI.\n\n And in our Britain think the poet born.\n\n\nTO\n\nMR DRYDEN,\n\nON HIS\n\n"
    "TRANSLATION OF VIRGIL.\n\nI.\n\n We read, how dreams and visions heretofore\n The prophet"
    " and the poet could inspire,\n And make them in unusual rapture soar,\n With rage divine,"
    " and with poetic fire.\n\nII.\n\n O could I find it now!--Would Virgil's shade\n But for a"
    " while vouchsafe to bear the light,\n To grace my numbers, and that Muse to aid,\n Who sings"
    " the poet that has done him right.\n\nIII.\n\n It long has been this sacred author's fate,\n"
    " To lie at every dull translator's will:\n"
)
MEDITATION_PROSE = (
    "MEDITATION XXVII.\n\nOF THE LAST SYMPTOMS.\n\n\nMINOTAURIC OBSERVATIONS.\n\n\nI.\n\n*When,"
    " after remaining a long time aloof from her husband, a woman makes overtures of a very marked"
    " character in order to attract his love, she acts in accordance with the axiom of maritime"
    " law, which says: The flag protects the cargo.\n\n\nII.\n\nA woman is at a ball, one of her"
    ' friends comes up to her and says:\n\n"Your husband has much wit."\n\n"You find it so?"\n\n\n'
    "III.\n\nYour wife discovers that you are no longer jealous of her, and she takes it to heart"
    " as a slight upon her charms.\n"
)


def _candidates(text):
    lines = scan_lines(text)
    out = []
    for i, t in enumerate(lines.texts):
        if t:
            out.extend(hd.line_candidates(t, lines.starts[i], i, lines.ends[i]))
    return lines, out


def _numbers(cands):
    return {i for i, c in enumerate(cands) if c.kind in ("numeral", "numbered")}


def test_piece_numbers_only_under_stop_sequences():
    """Guard: numbers under a keyword chapter ("CHAPTER XVII.") or under a named sequence
    without a stop ("MEDITATION XVII") stay evidence of numbered chapters."""

    def text(head):
        return f"{head}\n\n" + "".join(
            f"{n}\n\nIt was about seven o'clock in the evening. They were seated upon the academic"
            " armchairs, which made a semi-circle round a huge hearth.\n\n"
            for n in ("1. TWIN BEDS.", "2. SEPARATE ROOMS.", "3. ONE BED FOR BOTH.")
        )

    lines, stop = _candidates(text("MEDITATION XVII."))
    assert stop[0].kind == "sequence"
    assert hc._piece_numbers(lines, stop, _numbers(stop)) == {1, 2, 3}
    for head in ("CHAPTER XVII.", "MEDITATION XVII"):
        lines, cands = _candidates(text(head))
        assert hc._piece_numbers(lines, cands, _numbers(cands)) == set()


def test_piece_numbers_prose_guard():
    """Clause piece_numbers_prose: bare numbers over prose paragraphs (MEDITATION XXVII.'s
    "I." .. "III.") divide the piece; over a poem's stanzas (after Dryden's SATIRE VI.) they
    stay evidence of numbered chapters."""
    lines, cands = _candidates(MEDITATION_PROSE)
    numbers = _numbers(cands)
    assert [cands[i].title for i in sorted(numbers)] == ["I.", "II.", "III."]
    assert hc._piece_numbers(lines, cands, numbers) == numbers
    lines, cands = _candidates(DRYDEN_VERSE)
    numbers = _numbers(cands)
    assert [cands[i].title for i in sorted(numbers)] == ["I.", "II.", "III."]
    assert cands[0].kind == "sequence"
    assert hc._piece_numbers(lines, cands, numbers) == set()


def test_work_title_page_listed_guard_unlisted():
    """Clause work_title_page_listed's guard: the same book with Petty Troubles out of its
        contents list: its lone page opens nothing (work_title_page_two: as before the clause,
    PART FIRST at the top) and the Physiology's
        title block stays no heading (work_title_listed_sibling needs a listed page)."""
    text = ANALYTICAL.replace("MARRIAGE\nPETTY TROUBLES OF MARRIED LIFE\n", "MARRIAGE\n", 1)
    assert text != ANALYTICAL
    outline = _outline(text)
    assert (1, "PART FIRST") in outline
    assert all(t != "PETTY TROUBLES OF MARRIED LIFE" for _, t in outline)
    assert all(t != "THE PHYSIOLOGY OF MARRIAGE" for _, t in outline)


def test_work_title_listed_sibling_needs_its_entry():
    """Guards: the Physiology's block is a work only because the contents list names it beside
    Petty Troubles; with its entry out no listed work stands above Petty Troubles' lone page,
    so neither opens a work (clause work_title_page_listed: a book's own page after a preface,
    Darwin's Geological Observations on South America, is such a lone listed page)."""
    text = ANALYTICAL.replace("INTRODUCTION\nTHE PHYSIOLOGY OF MARRIAGE\n", "INTRODUCTION\n")
    assert text != ANALYTICAL
    outline = _outline(text)
    assert (1, "PART FIRST") in outline  # as before the clauses
    assert (2, "PETTY TROUBLES OF MARRIED LIFE") in outline  # a listed line, no work
    assert all(t != "THE PHYSIOLOGY OF MARRIAGE" for _, t in outline)


# Review (session 41): long verse lines. Kipling's "The Coastwise Lights" (GitHub
# rcdm-uga/Gutenberg_Text, "Kipling, Rudyard/A Song of the English.txt"), its stanzas numbered
# as the poem after Dryden's SATIRE VI.: lines of 60 characters and more, each opening in a
# capital. And the Physiology's aphorisms the cleaner left wrapped (MEDITATION V.'s CATECHISM
# OF MARRIAGE, XXVIII.) or that go on in a line of their own (MEDITATION XXVII., XVIII.).
KIPLING_VERSE = DRYDEN_VERSE.split("I.\n\n We read")[0] + (
    "I.\n\n Our brows are bound with spindrift and the weed is on our knees;\n Our loins are"
    " battered 'neath us by the swinging, smoking seas.\n From reef and rock and skerry--over"
    " headland ness, and voe--\n The Coastwise Lights of England watch the ships of England go!"
    "\n\nII.\n\n Through the endless summer evenings, on the lineless, level floors;\n Through"
    " the yelling Channel tempest when the siren hoots and roars--\n By day the dipping"
    " house-flag and by night the rocket's trail--\n As the sheep that graze behind us so we"
    " know them where they hail.\n\nIII.\n\n We bridge across the dark and bid the helmsman have"
    " a care,\n The flash that wheeling inland wakes his sleeping wife to prayer;\n"
)
APHORISMS_WRAPPED = (
    "MEDITATION V.\n\nOF THE PREDESTINED.\n\n\nCATECHISM OF MARRIAGE.\n\n\n XXVII.\n Marriage is"
    " a science.\n\n\n XXVIII.\nA man ought not to marry without having studied anatomy, and"
    " dissected\n at least one woman.\n\n\n XXIX.\n The fate of the home depends on the first"
    " night.\n\n\nMEDITATION XXVII.\n\nOF THE LAST SYMPTOMS.\n\n\nXVIII.\n\nWhen a woman utters"
    " the name of a man but twice a day, there is perhaps some uncertainty about her feelings"
    " toward him--but if thrice?\n--Oh! oh!\n\n\nXIX.\n\nWhen a woman goes home with a man who is"
    " neither a lawyer nor a minister, to the door of his apartment, she is very imprudent.\n"
)


def test_piece_numbers_prose_guard_long_verse():
    """Clause piece_numbers_prose: a stanza of long lines is verse still (its next line opens
    in a capital); its numbers stay evidence of numbered chapters, as Dryden's short ones."""
    lines, cands = _candidates(KIPLING_VERSE)
    numbers = _numbers(cands)
    assert [cands[i].title for i in sorted(numbers)] == ["I.", "II.", "III."]
    assert len(lines.texts[cands[min(numbers)].line + 2]) >= 60
    assert hc._piece_numbers(lines, cands, numbers) == set()


def test_piece_numbers_prose_guard_wrapped_aphorisms():
    """Clause piece_numbers_prose: an aphorism alone ("Marriage is a science."), one the cleaner
    left wrapped (next line in lower case) and one that goes on in a line of its own ("--Oh!
    oh!") are prose: their numbers divide the meditation."""
    lines, cands = _candidates(APHORISMS_WRAPPED)
    numbers = _numbers(cands)
    titles = [cands[i].title for i in sorted(numbers)]
    assert titles == ["XXVII.", "XXVIII.", "XXIX.", "XVIII.", "XIX."]
    assert hc._piece_numbers(lines, cands, numbers) == numbers
