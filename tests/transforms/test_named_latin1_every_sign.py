"""Clauses ``named_latin1_every_sign`` and ``cp1252_letters_misplaced``
(transforms/cp1252_signs.py, session 41; the Left of session 40's wtC).

Under ``--encoding latin-1`` a CP1252 file whose only bytes 0x80-0x9f were "œ", "Œ",
"†", "‡", "™" or "…" (no curly quote or dash to show CP1252) was read as Latin-1, those
bytes C1 controls that the normalizer drops ("manœuvre" -> "manuvre"). Now a file in
which every such byte stands where its CP1252 sign stands is read as CP1252. A file
read as CP1252 whose signs stand inside words ("Ign‡titch": Mac Roman's "á") is read as
before, with a one-line warning naming Mac Roman. Session 40's ``_utf8_before_undefined``
decoded a rejected file a second time to find its first undefined byte: the offset now
comes from the first decode (``Decoded.undefined``).

Real text (Project Gutenberg, the rcdm-uga mirror, UTF-8 files: their CP1252, Mac Roman
and CP850 bytes are made here, as an editor saves them): Voltaire's *A Philosophical
Dictionary*, vol. 2 and 9; Buckley's *Tragedies of Euripides*, vol. 1; Poe's *Selections*
("The Gold-Bug" cipher); Blackwood's *Karma*; Alcott's *Hospital Sketches* (the Project
Gutenberg licence); Maude's translation of Tolstoy's *The Power of Darkness*; Hugo's *Les
Misérables* (tests/data)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from schemas import Document
from tests.transforms.test_utf8_piece_in_legacy import _read
from transforms.declared_codec import shows_cp1252
from transforms.legacy_fallback import decode_fallback

VOLTAIRE = (
    "translator has put Jehovah instead of El, or Bel, or Sadai. But what man\n"
    "of the least information does not know that the word Jehovah was common\n"
    "to the Ph\u0153nicians, the Syrians, the Egyptians, and every people of\n"
    "the neighboring countries?\n\n"
    "general's orders. They who first tire of this man\u0153uvre, which gives\n"
    "no scope for the display of impetuous bravery, disperse and quit the\n"
    "field; and are rallied, if possible, a few miles off.\n\n"
    "Virgil speaks of the transformation of M\u0153ris into a wolf, as a thing\n"
    "of very ordinary occurrence:\n\n"
    "     _Saepe lupum fieri M\u0153rim, et se condere silvis._\n"
    "     Oft changed to wolf, he seeks the forest shade.\n\n"
    'the prose "\u0152dipus" of De la Motte Houdart, which were nearly as great\n'
    'as those which were incurred by his "\u0152dipus" in verse.\n'
)
EURIPIDES = (
    "AG. And go out of the gates[10] quickly,\u2020 for if you meet with the\n"
    "procession,\u2020 again go forth, shake the reins, going to the temples reared\n\n"
    "Thou earnest, O Paris, \u2020where thou wast trained up a shepherd with the\n"
)
GOLD_BUG = "53\u2021\u2021\u2020305))6*;4826)4\u2021.)4\u2021);806*;48\u20208\u00b660))85;;]8*;:\u2021*8\u202083(8\n"
KARMA = (
    "Your work there, the great work I have ruined\u2026! Egypt meant home to you.\n\n"
    "Yes \u2026 yes \u2026 strange indeed! From my earliest days it drew me. Those palms\n"
    "and temples, that majestic desert----!\n"
)
LICENCE = (
    "copying and distributing Project Gutenberg\u2122 electronic works to\n"
    "protect the PROJECT GUTENBERG\u2122 concept and trademark.  Project\n"
)
POWER_OF_DARKNESS = (
    "    mending a horse-collar. An\u00edsya and Akoul\u00edna are spinning, and\n\n"
    "NIK\u00cdTA [enters, looks round, and seeing An\u00edsya alone approaches quickly.\n\n"
    "NIK\u00cdTA. That'll do, An\u00edsya. Do you think I'll forget you? Never while I\n\n"
    "MATRY\u00d3NA. As to marrying, he might bide a while, Peter Ign\u00e1titch. You\n"
    "know our poverty, Peter Ign\u00e1titch. What's he to marry on? We've hardly\n"
    "enough to eat ourselves. How can he marry then?...\n\n"
    "speaking of one as is dead. Why don't she say anything about F\u00e9dka\n"
    "Mik\u00edshin? Besides, how's this, that one mayn't even have a bit of fun\n"
    "nowadays? And as for her, well, she's free to say anything she likes.\n\n"
    "AK\u00cdM. You see, Peter Ign\u00e1titch, I speak. 'Cos why? you know how it\n"
)
HUGO = (Path(__file__).parents[1] / "data" / "fr_hugo_miserables_myriel.txt").read_text(
    encoding="utf-8"
)
C1 = bytes(range(0x80, 0xA0))


@pytest.mark.parametrize(
    "name, text",
    [
        ("voltaire", VOLTAIRE),
        ("euripides", EURIPIDES),
        ("gold_bug", EURIPIDES + "\n" + GOLD_BUG),
        ("karma", KARMA),
        ("licence", LICENCE),
        ("all", VOLTAIRE + "\n" + EURIPIDES + "\n" + KARMA + "\n" + LICENCE),
    ],
)
def test_named_latin1_every_sign(tmp_path, name, text):
    """Clause ``named_latin1_every_sign``: CP1252 bytes without a curly quote or dash,
    each a sign in its place ("Phœnicians", "Œdipus", "quickly,†", "ruined…!",
    "Gutenberg™"), are read as CP1252 under --encoding latin-1 (were C1 controls)."""
    data = text.encode("cp1252")
    assert data.translate(None, C1) != data and not set(data) & set(range(0x91, 0x98))
    got = _read(tmp_path / f"{name}.txt", data, "latin-1")
    assert isinstance(got, Document), got
    assert got.encoding == "cp1252"
    assert got.text == text


def test_named_latin1_every_sign_guards(tmp_path):
    """What must stay Latin-1: Hugo in Latin-1 (no byte 0x80-0x9f); Hugo with NEL line
    ends (0x85 with no line feed in the file is a line end, not "…"); a log holding
    8-bit CSI escapes (0x9b, "\\x9b1m": a C1 control before a digit, no "›"); Hugo in
    DOS CP850 and Mac Roman (letters inside words: "r\\x93le" is no "“")."""
    plain = HUGO.replace("\u2019", "'")
    nel = plain.encode("latin-1").replace(b"\n", b"\x85")
    csi = b"build \x9b1mfailed\x9b0m: caf\xe9 closed\n" * 3
    for name, data in [
        ("hugo", plain.encode("latin-1")),
        ("hugo_nel", nel),
        ("csi", csi),
        ("hugo_dos", plain.encode("cp850")),
        ("hugo_mac", plain.encode("mac_roman")),
    ]:
        got = _read(tmp_path / f"{name}.txt", data, "latin-1")
        assert isinstance(got, Document), (name, got)
        assert got.encoding == "iso8859-1", name
        assert got.text == data.decode("latin-1"), name


# Each sign alone, in real text: CP1252 signs from the books above, Darwin's
# *Cirripedia* ("œsophagus (_œ_)") and Franklin's *Autobiography* (the licence's
# "Gutenberg ™ License"); a DOS or Mac codec's letters in the same bytes from the
# mirror's books saved so: Mac Roman "á" (Tolstoy's "Ignátitch"), "é" (Baum's "Mére
# Oye"), "ó" (em-dash shape: session 40's half rule); CP850 "è"
# (Wharton's "Sèvres"), "é" opening a word, "ô" inside one (Hugo's "rôle").
SIGN_SHAPES = [
    ("the Ph\u0153nicians", "cp1252", True),  # œ inside a word
    ("œsophagus (_\u0153_), which", "cp1252", True),  # œ named alone
    ("D'\u0152dipe tout-sanglant", "cp1252", True),  # Œ opening a word
    ("Gutenberg\u2122 electronic", "cp1252", True),  # ™ after a word
    ("Project Gutenberg \u2122 License", "cp1252", True),  # ™ after a space
    ("quickly,\u2020 for", "cp1252", True),  # † after a stop
    ("4826)4\u2021.)4", "cp1252", True),  # ‡ between a digit and a stop
    ("ruined\u2026! Egypt\n", "cp1252", True),  # … before a stop, a file with line feeds
    ("ruined\u2026! Egypt", "cp1252", False),  # no line feed: 0x85 may be a NEL line end
    ("Peter Ign\u00e1titch", "mac_roman", False),  # á 0x87: "‡" inside a word
    ("de ma M\u00e9re Oye", "mac_roman", False),  # é 0x8e: "Ž" after a capital
    ("the old S\u00e8vres, rose", "cp850", False),  # è 0x8a: "Š" after a capital
    ("increased _\u00e9clat_.", "cp850", False),  # é 0x82: "‚" opening a word
    ("un r\u00f4le et un caf\u00e9", "cp850", False),  # ô 0x93 in a word, é 0x82
    # Review (session 41): a plant of each shape below passed the tests above. Hugo's
    # "réservant" in Mac Roman ("Ž" after a lowercase letter), Dumas's "impôt" (Mac
    # "™" before a word) and "Ça soulage" (CP850 "€" beside no number), Grimm's "käme"
    # (CP850 "„" after a word), Lang's "prize of £2,000" (CP850 "œ" before a digit).
    ("le r\u00e9servant pour h\u00e9riter de sa", "mac_roman", False),
    ("Et l'imp\u00f4t direct sur les vins", "mac_roman", False),
    ("        Bonne nuit!\n        \u00c7a soulage,\n", "cp850", False),
    ("woher die Stimme k\u00e4me, da erblickte sie", "cp850", False),
    ("French prize of \u00a32,000 for this", "cp850", False),
]


@pytest.mark.parametrize("text, codec, shown", SIGN_SHAPES)
def test_every_sign_shapes(text, codec, shown):
    assert shows_cp1252(text.encode(codec)) is shown


def test_utf8_piece_is_no_sign():
    """Review (session 41): a Latin-1 file with a UTF-8 sentence pasted in (Grimm's
    "daß die Sonne": "ß" is c3 9f, a "Ÿ" after a capital "Ã" before a space) stays
    Latin-1: the byte continues a UTF-8 character, no CP1252 sign."""
    grimm = "die j\u00fcngste war so sch\u00f6n, da\u00df die Sonne selber\n"
    data = HUGO.replace("\u2019", "'").encode("latin-1") + grimm.encode("utf-8")
    assert shows_cp1252(data) is False


def test_em_dash_shape_is_session_40s():
    """Mac Roman "ó" 0x97 in "Matryóna" stands as an em dash in a word: the half rule
    of session 40 shows CP1252 there (the hint below is what tells the user)."""
    assert shows_cp1252("Mother Matry\u00f3na's been".encode("mac_roman"))


def test_misplaced_hint(tmp_path, caplog):
    """Clause ``cp1252_letters_misplaced``: The Power of Darkness saved in Mac Roman,
    named latin-1, is read as CP1252 (its "í" 0x92 stands as an apostrophe:
    "An’sya"), its "á" 0x87 as "‡" inside words ("Ign‡titch"): the text is as before
    and one warning line names Mac Roman and the flag. The CP1252 books above and the
    same Mac Roman file read as Latin-1 (no CP1252) get no line. Session 42 (clause
    ``codec_hint_said_once``): the line goes with the document, for the launcher to
    print once; the worker logs nothing."""
    from transforms.cp1252_signs import misplaced_hint

    data = POWER_OF_DARKNESS.encode("mac_roman")
    with caplog.at_level(logging.WARNING, logger="longctx.dataset"):
        got = _read(tmp_path / "power.txt", data, "latin-1")
    assert isinstance(got, Document) and got.encoding == "cp1252"
    assert got.text == data.decode("cp1252")
    assert [r for r in caplog.records if r.name == "longctx.dataset"] == []
    lines = [got.codec_hint]
    assert lines[0].startswith(
        str(tmp_path / "power.txt") + ": read as windows-1252 under --encoding latin-1"
    )
    assert "Ign\u2021titch" in lines[0] and "Ign\u00e1titch" in lines[0]
    assert lines[0].endswith("rerun with --encoding macintosh")
    assert "3 of its bytes" in lines[0]  # the three "Ign‡titch"
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="longctx.dataset"):
        got = _read(tmp_path / "power_cp1252.txt", data, "cp1252")  # named so: the same line
    assert isinstance(got, Document) and got.text == data.decode("cp1252")
    line = got.codec_hint
    assert "under --encoding cp1252, but 3 of its bytes" in line
    for text in (VOLTAIRE, EURIPIDES, KARMA, LICENCE, POWER_OF_DARKNESS):
        assert misplaced_hint(text.encode("cp1252"), "latin-1") is None
    dos = HUGO.replace("\u2019", "'").encode("cp850")
    assert misplaced_hint(dos, "cp1252").codec == "cp850"


# Burton's *Arabian Nights* vol. 10: an Arabic "ʿayn" written "”" inside a word
# ("bi-tana”umin": one CP1252 sign after a lowercase letter, which CP850 would read as
# "ö"), in a CP1252 file; vol. 5 and 1: "·" inside words, which no codec asked makes a
# letter; Lang's *Books and Bookmen*: Wade-Giles "‘" ("K‘o-ch‘ang").
BURTON_AYN = (
    "in the presence of the traders, \u201cO my lord, haply thou hast brought with\n"
    "thee somewhat of such and such a stuff?\u201d; and Ma\u2019aruf answered,\n"
    "\u201cPlenty.\u201d Now Ali had that day shown him various kinds of costly clothes\n\n"
    " Y\u00e1 w\u00e1lid\u00ed l\u00e1 taghtarir bi-tana\u201dumin (K\u00e1mil) ii. 421 (v. 114).\n"
)
BURTON_DOTS = (
    "  The orig. Persian word is \u201cSh\u00e1h\u00b7p\u00far\u201d = King\u2019s son: the Greeks (who had\n"
    "down to the river\u00b7bank and standing there, fell to pelting them with\n"
    '   terrible "butcher"\u2014Jazz\u00e1r (Djezzar) Pasha. One can\u00b7hardly pity women\n'
)
LANG = (
    "gentleman of Huai Shang named Chou-t\u2018ien-i had arrived at the age of\n"
    "on the day;\u201d till K\u2018o-ch\u2018ang, B.A., got up and ran away.  His mother\n"
    "had been kidnapped and enslaved.  The genuine K\u2018o-ch\u2018ang was overjoyed to\n"
)


def test_no_hint_for_cp1252_signs_in_words(tmp_path, caplog):
    """Review (session 41): real CP1252 books whose signs stand inside words get no
    line: one "”" in a word is under the 3 needed (a plant warning on 1 named CP850
    here), "·" is no codec's letter (a plant without the nine-in-ten rule crashed), and
    Wade-Giles "‘" is left out (a plant counting it named Mac Roman)."""
    from transforms.cp1252_signs import misplaced_hint

    data = BURTON_AYN.encode("cp1252")
    with caplog.at_level(logging.WARNING, logger="longctx.dataset"):
        got = _read(tmp_path / "nights.txt", data, "latin-1")
    assert isinstance(got, Document) and got.encoding == "cp1252"
    assert got.text == BURTON_AYN and got.codec_hint == ""
    assert [r for r in caplog.records if r.name == "longctx.dataset"] == []
    for text in (BURTON_AYN, BURTON_DOTS, LANG, LANG * 2):
        assert misplaced_hint(text.encode("cp1252"), "cp1252") is None


def test_decoded_names_the_undefined_byte():
    """Task 3: ``decode_fallback``'s rejection carries the offset of the first byte the
    named codec leaves undefined (the one its line names), so no second decode."""
    book = VOLTAIRE.encode("cp1252")
    data = book + "\u201d".encode()  # e2 80 9d: 0x9d is undefined in CP1252
    decoded = decode_fallback(data, "cp1252", 3, "cp1252")
    assert decoded.text is None and decoded.reason == "invalid_encoding"
    assert decoded.undefined == len(book) + 2
    assert f"bytes {len(book) + 2 + 3}-{len(book) + 3 + 3}" in decoded.hint
    assert decode_fallback(book, "cp1252").undefined == -1
