"""Session 29: sentence rules from Italian and Spanish novels of cligs/textbox
(GitHub; italian/romanzi, spanish/novela-hispanoamericana), clauses
``saint_initial`` and ``glued_opener`` of ``transforms.sentence_languages``."""

from transforms.sentences import sentence_spans


def _sentences(text: str, language: str) -> list[str]:
    # the excerpts are too short for punkt_language's 20 hits: the model is named
    return [text[s:e].strip() for s, e in sentence_spans(text, language=language)]


# li0202.txt and li0211.txt of cligs/textbox italian/romanzi (the Italian model split
# after "S." before the saint's name).
_ITALIAN = (
    "Il ragazzo aveva battute due, tre, quattr'ore al campanile di S. Polo, quando un "
    "cameriere venne a chiamarlo. Il giorno dopo la gente cantava e ballava per le vie "
    "della città, e il popolo correva lungo i canali di Venezia e la piazza S. Marco, "
    "illuminata a giorno, era piena di maschere. Eran le nove del mattino quando S. "
    "Eminenza il cardinale Procopio entrò nella sala. Egli non disse nulla della cosa, "
    "e non aveva nessuna voglia di parlare con gli altri che erano venuti per questo."
)


def test_saint_initial_goes_on_before_the_name():
    assert _sentences(_ITALIAN, "it") == [
        "Il ragazzo aveva battute due, tre, quattr'ore al campanile di S. Polo, quando un "
        "cameriere venne a chiamarlo.",
        "Il giorno dopo la gente cantava e ballava per le vie della città, e il popolo "
        "correva lungo i canali di Venezia e la piazza S. Marco, illuminata a giorno, era "
        "piena di maschere.",
        "Eran le nove del mattino quando S. Eminenza il cardinale Procopio entrò nella sala.",
        "Egli non disse nulla della cosa, e non aveva nessuna voglia di parlare con gli "
        "altri che erano venuti per questo.",
    ]


def test_saint_initial_keeps_the_end_after_another_initial_and_before_an_opener():
    # li0211.txt: "V. S." (Vostra Signoria) ends the sentence; "S. Io": "Io" opens one.
    text = (
        "Il papa ordina che tutti facciano la professione di fede con la formola ingiunta "
        "da V. S. Se ricusano, li fa battere con le verghe in presenza del popolo. Egli lo "
        "seppe grazie all'infame cardinale S. Io quel dì mi dovetti allontanare dalla "
        "città, e non ci tornai più per molti e molti anni della mia vita."
    )
    assert len(_sentences(text, "it")) == 4


# nh0029.txt and nh0011.txt of cligs/textbox spanish/novela-hispanoamericana: "¿Vd."
# and "¡Vd." were no abbreviation to the Spanish model.
_SPANISH = (
    "—Yo no sé lo que me pasa, dijo él, pero ya no soy bueno como antes. ¿Vd. se acuerda "
    "cuando eran novios y salían juntos por las tardes? -¿Vd. la hará célebre? dice la "
    "señora con una sonrisa. -Es un completo caballero... ¡Vd. sí!... -exclamó "
    "súbitamente la muchacha, y se fue corriendo hacia la puerta de la casa."
)


def test_glued_opener_abbreviation_before_a_lower_case_word():
    assert _sentences(_SPANISH, "es") == [
        "—Yo no sé lo que me pasa, dijo él, pero ya no soy bueno como antes.",
        "¿Vd. se acuerda cuando eran novios y salían juntos por las tardes?",
        "-¿Vd. la hará célebre? dice la señora con una sonrisa.",
        "-Es un completo caballero... ¡Vd. sí!... -exclamó súbitamente la muchacha, y se fue "
        "corriendo hacia la puerta de la casa.",
    ]


def test_glued_opener_title_in_guillemets():
    # Galdós, Misericordia (cligs/textbox spanish/novela-espanola ne0002).
    text = (
        "Llegó el caballero a la puerta de la iglesia, y con muy buen modo le dijo: «Sr. "
        "de Ponte, perdóneme que le haga esperar tanto tiempo en la calle». Y se fueron "
        "los dos juntos hacia la plaza, hablando de las cosas de la parroquia y del pueblo."
    )
    assert len(_sentences(text, "es")) == 2


def test_german_ew_and_senior_abbreviations():
    # Achleitner, Celsissimus and Der Bergrichter von Bozen
    # (computationalstylistics/68_german_novels): "Ew." (Euer) before the title and
    # "sen." / "jun." after a name went on to a new sentence (46 and 17 splits).
    text = (
        'Tapfer behauptete Salome: "Ew. Hochfürstliche Gnaden werden mir das nicht '
        'verwehren!" Der Fürst schwieg. Ratschiller sen. blieb in einer Art Betäubung '
        "im Zimmer zurück. Rasch und schnell fragte Ratschiller jun. dort nach. Der "
        "Vater ist nicht im Hause."
    )
    assert _sentences(text, "de") == [
        'Tapfer behauptete Salome: "Ew. Hochfürstliche Gnaden werden mir das nicht verwehren!"',
        "Der Fürst schwieg.",
        "Ratschiller sen. blieb in einer Art Betäubung im Zimmer zurück.",
        "Rasch und schnell fragte Ratschiller jun. dort nach.",
        "Der Vater ist nicht im Hause.",
    ]


def test_saint_initial_title_keeps_a_surname_initial_at_the_end():
    # Review: Svevo, La coscienza di Zeno (COST-ELTeC/ELTeC-ita IT19230): after a
    # person's title "S." is the doctor's initial and "Mi" opens the next sentence.
    text = (
        "Poi passò anche quella fede, ma intanto io avevo rimandato di giorno in giorno il "
        "mio ritorno alla psico–analisi. M'imbattei poi nel dottor S. Mi domandò se avevo "
        "deciso di lasciare la cura. Fu però molto cortese, molto più che non quando mi "
        "teneva in cura."
    )
    assert _sentences(text, "it") == [
        "Poi passò anche quella fede, ma intanto io avevo rimandato di giorno in giorno il "
        "mio ritorno alla psico–analisi.",
        "M'imbattei poi nel dottor S.",
        "Mi domandò se avevo deciso di lasciare la cura.",
        "Fu però molto cortese, molto più che non quando mi teneva in cura.",
    ]


def test_capital_pair_lowercase_goes_on():
    # Review: Rovani, Cent'anni (COST-ELTeC/ELTeC-ita IT18590): "S.E." (Sua Eccellenza)
    # before a lower-case word; the Italian model split after it.
    text = (
        "Sua Eccellenza lentissimamente discende a mostrare una testa veneranda, che "
        "nasconde la santa calvizie sotto una crosta fatta di cipria a ricordare i tempi "
        "lieti del topé; S.E. è coperta da una assisa ampia, larga, lunga, tesa, non "
        "suscettibile di piegatura, come se fosse foderata di legno. Tutto il popolo lo "
        "guardava."
    )
    assert _sentences(text, "it") == [
        "Sua Eccellenza lentissimamente discende a mostrare una testa veneranda, che "
        "nasconde la santa calvizie sotto una crosta fatta di cipria a ricordare i tempi "
        "lieti del topé; S.E. è coperta da una assisa ampia, larga, lunga, tesa, non "
        "suscettibile di piegatura, come se fosse foderata di legno.",
        "Tutto il popolo lo guardava.",
    ]


def test_french_excellency_before_a_lower_case_word():
    # Review: Aimard, La Belle-Rivière (cligs/textbox french/roman19 rd0311).
    text = (
        "J'ai reçu, messieurs, dit-il, la lettre de recommandation que vous m'avez fait "
        "l'honneur de m'envoyer par un de vos serviteurs. S. Exc. le gouverneur de la "
        "Virginie pour Sa Majesté Britannique insiste surtout pour que je me mette à votre "
        "disposition."
    )
    assert _sentences(text, "fr") == [
        "J'ai reçu, messieurs, dit-il, la lettre de recommandation que vous m'avez fait "
        "l'honneur de m'envoyer par un de vos serviteurs.",
        "S. Exc. le gouverneur de la Virginie pour Sa Majesté Britannique insiste surtout "
        "pour que je me mette à votre disposition.",
    ]


def test_usted_before_bracket():
    # Review: Alarcón, La Pródiga (cligs/textbox spanish/novela-espanola ne0176).
    text = (
        "¡No, señora! Yo no he pensado ni sentido nada de eso: pero, aunque tales hubieran "
        "sido hasta ahora mis ideas respecto de V. (cosa que niego rotundamente), ya "
        "habrían cambiado al oir las palabras que acaba V. de pronunciar."
    )
    assert _sentences(text, "es") == [
        "¡No, señora!",
        "Yo no he pensado ni sentido nada de eso: pero, aunque tales hubieran sido hasta "
        "ahora mis ideas respecto de V. (cosa que niego rotundamente), ya habrían cambiado "
        "al oir las palabras que acaba V. de pronunciar.",
    ]
