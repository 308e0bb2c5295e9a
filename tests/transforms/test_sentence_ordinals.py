"""German ordinals before a noun (session 17), ``transforms.sentence_languages``:
clauses ``ordinal_noun``, ``old_month`` and ``opener_noun`` (review) of rule
``german_ordinal``.

Each passage is quoted from a real text (67 German novels of
computationalstylistics/68_german_novels, ELTeC-deu); each test fails with its
clause taken out (checked by reverting it)."""

import pytest

from transforms.sentences import sentence_spans


def _sentences(text):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, "de")]


@pytest.mark.parametrize(
    "text",
    [
        # Clause ordinal_noun, no article: Sapper, Kriegsbüchlein; ELTeC DEU081.
        "Nun konnte er seinem\nKameraden sofort die Stelle über den Turmbau zu Babel, 1. Mose 11,\n"
        "vorlesen.",
        "Dann folgte das kurze 112. Kapitel, welches lautet:",
        "Er wurde im Rennen 3. Sieger und bekam einen Preis.",
        # Clause old_month: ELTeC DEU005 (a court record of 1760), DEU089 (a letter).
        "der dritte aber von Comburg und unterm 16. Januarii 1760 datirt und ausgefertiget waren",
        "Am 6. Hornung des Jahres 1632 hat mir Gott unser Knäblein, den kleinen Johannes, "
        "geschenkt,",
        # Clause old_month, the ordinal opening the sentence (ELTeC DEU085).
        "»Der 28. Junius 1391?",
    ],
)
def test_ordinal_before_its_noun_ends_no_sentence(text):
    assert _sentences(text) == [" ".join(text.split())]


def test_chapter_and_date_lines_are_one_sentence_each():
    # Goethe, Wilhelm Meisters Lehrjahre: "I. Buch, 2. Kapitel" (102 such lines
    # were split after the number); Werther: the letters' dates "Am 1. Julius"
    # (19 were split).
    meister = "lassen die Glücklichen allein.\n\nI. Buch, 2. Kapitel\n\nZweites Kapitel\n\nAls"
    assert not any(s.endswith(" 2.") for s in _sentences(meister))
    werther = "mag darüber nicht weiter radotieren.\n\nAm 1. Julius\n\nWas Lotte einem Kranken"
    assert not any(s.endswith(" 1.") for s in _sentences(werther))


@pytest.mark.parametrize(
    "text",
    [
        # A number ends the sentence before other nouns (ELTeC DEU037, DEU035).
        "Da kam der Krieg im Jahre 66. Max Helldorf wurde einberufen",
        "Mundts Weinkeller, Königsbrücke 3. Neun Uhr; besser spät als gar nicht.",
    ],
)
def test_number_before_another_noun_still_ends_a_sentence(text):
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize(
    "opener",
    [
        # Clause opener_noun (review): these nouns open real sentences by themselves
        # (Fontane, Unterm Birnbaum; ELTeC DEU025, DEU061, DEU084):
        "Mal sagte sie leise: »Wenn er nur nicht so glatt und glau wär'.«",
        "Platz da! rette sich wer kann!",
        "Rang und Reichthum gilt noch höher.",
        "Platz war in der großen, weit ausgedehnten Stadt mehr als genug vorhanden.",
    ],
)
def test_a_noun_that_opens_sentences_after_a_bare_number(opener):
    # Joined to a real sentence that ends in a house number (ELTeC DEU078's "Große
    # Frankfurterstraße 57."): the number ends that sentence.
    text = "Sofort notierte das Fräulein die Adresse: Robert Smith, Große Frankfurterstraße 57. "
    assert len(_sentences(text + opener)) >= 2
    assert _sentences(text + opener)[0].endswith("57.")


def test_an_opener_noun_in_brackets_is_still_an_ordinal():
    # fortunes-de's sicherheitshinweise: "-- Stella-Liebeck-Preis (5. Platz)".
    text = (
        "auf den Hund schießen\nsollen.\n\t\t-- Stella-Liebeck-Preis (4. Platz)\n%\nEin Restaurant"
    )
    assert not any(s.endswith("(4.") for s in _sentences(text))
