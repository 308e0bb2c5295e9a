"""``--encoding auto``: session 24's Latin clause (``transforms.legacy_misreads``) on real
text. Fails with its clause switched off."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding

# iso_4217 is and iso_3166-1 is (Debian's iso-codes catalogs of this machine)
IS_LINES = (
    "Indversk rúpía\nÍranskur ríal\nÍraskur dínar\nJamaíkudollari\nJórdanskur dínar\n"
    "Djíbútí\nJómfrúareyjar, BNA\nWallis- og Fútúnaeyjar"
)


def test_mac_roman_i_u_icelandic_is_not_cp1252():
    """Clause mac_roman_i_u: Icelandic in Mac Roman read as CP1252 is 'rœp’a', 'Dj’bœt’'
    (Mac Roman's ú í); decided CP1252 (WRONG) before, undecided now."""
    decided, best = guess_encoding(IS_LINES.encode("mac_roman"))
    assert decided is None
    assert best is not None and "words hold two of '’' 'œ'" in best.problem
    # the same lines in CP1252 (ISO-8859-1): decided, right
    decided, _ = guess_encoding(IS_LINES.encode("cp1252"))
    assert decided is not None and decided.text == IS_LINES
