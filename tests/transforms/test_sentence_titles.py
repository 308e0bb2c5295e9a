"""Sentence ends after abbreviations of titles, works and months (session 16):
clause ``citation_pair`` of rule ``citation_number`` (clause ``plain_word`` too; English,
``transforms.english_sentences``), rule ``title_before_name`` for the European
models and clause ``german_month`` of ``german_ordinal``
(``transforms.sentence_languages``).

Each passage is quoted from a real text; each test fails with its rule or
clause taken out (checked by reverting it).
"""

from transforms.sentences import sentence_spans


def _sentences(text, language):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, language)]


# Jowett's Phaedo (Gutenberg pg1658, introduction) and Timaeus (pg1572).
PHAEDO = (
    "During the voyage of the sacred ship to and from Delos, which has\n"
    "occupied thirty days, the execution of Socrates has been deferred.\n"
    "(Compare Xen. Mem.) The time has been passed by him in conversation with\n"
    "a select company of disciples."
)
TIMAEUS = (
    "      and where nature seemed to be at variance with number, as for\n"
    "      example in the case of fractions, they protested against her\n"
    "      (Rep.; Arist. Metaph.). Having long meditated on the properties\n"
    "      of 1:2:4:8, or 1:3:9:27, or of 3, 4, 5, they discovered in them\n"
)


def test_citation_pair():
    # "Xen. Mem." and "Arist. Metaph." name a work: no sentence starts at its
    # second abbreviation (Punkt split there: "(Compare Xen." | "Mem.)").
    assert _sentences(PHAEDO, "en") == [
        "During the voyage of the sacred ship to and from Delos, which has occupied thirty "
        "days, the execution of Socrates has been deferred.",
        "(Compare Xen. Mem.)",
        "The time has been passed by him in conversation with a select company of disciples.",
    ]
    assert _sentences(TIMAEUS, "en")[0].endswith("(Rep.; Arist. Metaph.).")


# Gerstäcker, Tahiti (1854) and Achleitner, Celsissimus (computationalstylistics/
# 68_german_novels); López Bago, Los amores (ELTeC-spa SPA2018).
TAHITI = (
    "Also marsch Ihr guten\n"
    "Freunde, bringt Sr. Majestät meinen freundlichen Gruß und Handschlag,\n"
    "und meldet ihm, was ich ihm hiemit entbieten lasse."
)
CELSISSIMUS = (
    "Der Stiftskanzler Dr. Kurz wurde zum Fürsten citiert und mußte an den\n"
    "Herzog schreiben, daß Celsissimus Wolf Dietrich, Fürst und Erzbischof"
)
LOS_AMORES = (
    "En el sobre escribió Cárlos:\n\nA la Sra. Marquesa viuda del Rio.\n\n"
    "Y la tarjeta estaba concebida en los términos siguientes:"
)


def test_title_before_name():
    # German "Sr." (Seiner) and "Dr.", Spanish "Sra." before a capitalised
    # word: the German and Spanish models split after them.
    assert len(_sentences(TAHITI, "de")) == 1
    assert len(_sentences(CELSISSIMUS, "de")) == 1
    assert _sentences(LOS_AMORES, "es") == [
        "En el sobre escribió Cárlos: A la Sra. Marquesa viuda del Rio.",
        "Y la tarjeta estaba concebida en los términos siguientes:",
    ]
    # A sentence that ends in a title's letters before a pronoun still ends.
    assert len(_sentences("Das sagte der Dr. Er ging dann heim.", "de")) == 2


# Conrad, The Shadow-Line and Benson, Living Alone (ELTeC-eng ENG19170,
# ENG19190); a line of dialogue in the form of a novel's ("come" and "quick"
# are written in lower case in it).
CONRAD = (
    "Raindrops. Enormous. Forerunners of something. Tap. Tap. Tap. . . .\n\n"
    "I turned about, and, addressing Gambril"
)
BENSON = 'The policeman, who was intoxicated with the strange fumes, said: "Hell. Hell. Hell."'
HURRY = '"Come. Quick. Run." He ran as quick as he could, and they come after him.'


def test_plain_word():
    # Clause plain_word of citation_pair: a word said again, or two words the
    # text writes in lower case too, are sentences, not a work's abbreviations.
    assert "Tap." in _sentences(CONRAD, "en")
    assert _sentences(BENSON, "en")[1:] == ["Hell.", 'Hell."']
    assert _sentences(HURRY, "en")[:3] == ['"Come.', "Quick.", 'Run."']


# Achleitner, Celsissimus: a diary's dates.
DIARY = (
    "  (Es folgen Tag für Tag Notizen über erhaltenen Wein und Branntwein.)\n\n"
    "  Donnerstag 12. October 1 Maß Wein, Keuchen[13] ausgekehrt.\n"
)


def test_german_month():
    assert (
        _sentences(DIARY, "de")[1] == "Donnerstag 12. October 1 Maß Wein, Keuchen[13] ausgekehrt."
    )


# Jowett's Phaedo (pg1658), introduction, as shipped.
SOUL = (
    "monad, the truer expression? Is the soul related to the body as sight to\n"
    "the eye, or as the boatman to his boat? (Arist. de Anim.) And in\n"
    "another state of being is the soul to be conceived of as vanishing into\n"
    "infinity, hardly possessing an existence which she can call her own,\n"
)


def test_closed_aside():
    # Clause closed_aside: "anim" is an abbreviation, so Punkt went on after
    # "Anim.)"; the reference stands between two sentences (and citation_pair
    # keeps "Arist. de Anim." whole).
    assert _sentences(SOUL, "en") == [
        "monad, the truer expression?",
        "Is the soul related to the body as sight to the eye, or as the boatman to his boat?",
        "(Arist. de Anim.)",
        "And in another state of being is the soul to be conceived of as vanishing into "
        "infinity, hardly possessing an existence which she can call her own,",
    ]


def test_father_is_a_title_before_a_name():
    # Clause father_title of title_before_name: Rizal's Noli me tangere
    # (Gutenberg, Tagalog), a priest's title. Was: "... ni Fr." | "Dámaso ay ...".
    text = (
        "Sa pangguiguilalas n~g dî anó lamang ni Fr. Dámaso ay cauntî nang\n"
        "mabitiwan nito ang copa. Sandalíng tinitigan ang binata at:\n"
    )
    sentences = [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]
    assert sentences[0].startswith("Sa pangguiguilalas n~g dî anó lamang ni Fr. Dámaso ay")
