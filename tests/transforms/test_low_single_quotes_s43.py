"""Session 43: German single quotes ‚…‘ under ``--encoding latin-1`` (clause
``low_single_quotes``, transforms.cp1252_signs ``low_single``; the Left of session 42).

In a file holding „ (0x84), “ (0x93) and ‚ (0x82), "‚" opening a word and "‘" (0x91)
closing one are CP1252 quotes in their place, in session 40's half rule and session
41's every-sign rule. The mirror holds no German book (nor any "‚"): the text is the
Grimms' *Golden Bird* passage (Gutenberg) set German-style, as session 42 measured „“
(‘ -> ‚, ’ -> ‘, “ -> „, ” -> “). The guards are the mirror's own letters of those
shapes: CP850's "é" opening French words (Hugo's *Légende des Siècles*: 787 times) and
CP850's "æ" after a word (Irving's *Pennsylvania Dutch Rip Van Winkle*: "kæ fun").
"""

from __future__ import annotations

import pytest

from transforms.declared_codec import named_codec, named_reading

# Grimms' Fairy Tales, "The Golden Bird" (Gutenberg), British quotes.
GRIMM = (
    "\u2018If you will only listen,\u2019 said the fox, \u2018it can be done. When you come\n"
    "to the king, and he asks for the beautiful princess, you must say, \u201cHere\n"
    "she is!\u201d Then he will be very joyful; and you will mount the golden\n"
    "horse that they are to give you, and put out your hand to take leave of\n"
    "them; but shake hands with the princess last. Then lift her quickly on\n"
    "to the horse behind you; clap your spurs to his side, and gallop away as\n"
    "fast as you can.\u2019\n"
)
GERMAN = (
    GRIMM.replace("\u2018", "\u201a")
    .replace("\u2019", "\u2018")
    .replace("\u201c", "\u201e")
    .replace("\u201d", "\u201c")
)
# Hugo, La Légende des Siècles (Gutenberg): "é" opening words ("étoile", "évidence").
HUGO = (
    "  C'\u00e9tait dans l'endroit calme, apais\u00e9, solennel,\n"
    "  O\u00f9 luit l'astre id\u00e9al sous l'id\u00e9al nuage,\n"
    "  Lieu d'\u00e9vidence o\u00f9 l'\u00e2me enfin peut voir les causes,\n"
    "  On comprend, et l'on dit: C'est bien!--l'autre c\u00f4t\u00e9\n"
    "  De la chim\u00e8re sombre \u00e9tant la v\u00e9rit\u00e9;\n"
    "  Lieu blanc, chaste, o\u00f9 le mal s'\u00e9vanouit et sombre.\n"
    "  L'\u00e9toile en cet azur semble une goutte d'ombre.\n"
)
# Irving, Pennsylvania Dutch Rip Van Winkle (Gutenberg): "kæ" ("æ" after a word).
IRVING = (
    "Deitshe mainung. Awer ich sawg der, mauch k\u00e6 fun fum Rip, for ich\n"
    "maner os dri doubled uf amohl. Awer--ich wase net we's coom'd os ich k\u00e6\n"
    "dam fuggle g'shussa hob. Un now hob ich ob g'shwora. Ich drink k\u00e6 whiskey\n"
)


def test_low_single_quotes():
    """The German-quoted passage in CP1252 under latin-1 reads as CP1252, every quote in
    its place (base43: Latin-1, its six quotes C1 controls: only „ and “ counted, 2 of 6,
    under the half; "‚" out of place for the every-sign rule)."""
    data = GERMAN.encode("cp1252")
    assert named_reading("iso8859-1", data) == GERMAN
    assert "\u201aIf you will only listen,\u2018 said the fox" in GERMAN


@pytest.mark.parametrize(
    "text, codec",
    [
        (HUGO, "cp850"),
        (HUGO * 3 + IRVING, "cp850"),
        (IRVING, "cp850"),
        (IRVING, "cp437"),
        # the gate open: one "ä" (0x84) beside Hugo's "ô" (0x93) and "é" (0x82)
        (HUGO.replace("calme", "M\u00e4dchen"), "cp850"),
    ],
)
def test_low_single_quotes_guards(text, codec):
    """A DOS codec's letters of the same shapes keep the named reading (base43 too):
    CP850's "é" opening French words and "æ" after Pennsylvania Dutch ones; these files
    hold no „ and “ (CP850's "ä", "ô" together), the rule's gate; with the gate opened by
    one "ä", Hugo's "é" inside words ("apaisé", "idéal") are still out of place."""
    assert named_codec("iso8859-1", text.encode(codec)) == "iso8859-1"


def test_single_quotes_alone_are_no_evidence():
    """Guard: ‚…‘ in a file without „…“ (the gate) are not read: "‚" alone is CP850's
    "é" opening a word as often as a quote."""
    alone = GRIMM.replace("\u2018", "\u201a").replace("\u2019", "\u2018")
    alone = alone.replace("\u201c", '"').replace("\u201d", '"')
    assert named_codec("iso8859-1", alone.encode("cp1252")) == "iso8859-1"


# Hugo, La Légende des Siècles (Gutenberg): lines whose every "é" opens a word (after a
# space or an apostrophe), and no "ô"; then one German word whose "ä" opens it.
HUGO_OPENING = (
    "C'est la lugubre Tour des Choses, l'\u00e9difice\n"
    "Vaste, il volait; plusieurs des ailes \u00e9taient chauves.\n"
    "Que rien puisse, en criant: Quoi, j'\u00e9tais inutile!\n"
    "Sur tout l'\u00e9cueil divin toute la mer humaine.\n"
    "Le monde \u00e9tait couvert d'une nuit infamante;\n"
    "C'\u00e9tait l'accablement plus noir que la tourmente,\n"
    "Construisit une ville \u00e9norme et surhumaine.\n"
    "--Quelle hydre fait-il donc? demandaient les \u00e9toiles.\n"
    "C'est \u00e4hnlich.\n"
)


def test_the_gate_needs_the_closing_quote():
    """Review of session 43 (a plant of the gate without "“" 0x93 passed every test):
    CP850's "é" opening each word of Hugo's lines and one "ä" ("„" 0x84) opening
    "ähnlich", but no "ô" ("“" 0x93): the gate stays shut, the file is read as named
    (the plant read it as CP1252, "l‚difice")."""
    assert named_codec("iso8859-1", HUGO_OPENING.encode("cp850")) == "iso8859-1"
