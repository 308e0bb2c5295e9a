"""``--encoding auto``: session 23's Latin clause (``transforms.legacy_misreads``) on real
text. Fails with its clause switched off."""

from __future__ import annotations

from transforms.legacy_encodings import guess_encoding

# de catalogs of this machine (PAM, apt, ...): German with ä ö ü as CP1252 writes them
DE_LINES = (
    "Unfähig einen gültigen Kontext zu erhalten für %s.\n"
    "Schlüssel-Erzeugungskontext %s zugeordnet.\n"
    "Sie müssen ein kürzeres Passwort wählen.\n"
    "Installation von nicht vertrauenswürdigen Paketen erlauben.\n"
    "Ausführung des Befehls fehlgeschlagen\n"
    "Nicht vertrauenswürdige lokale Datei installieren\n"
)


def test_german_apostrophe_s_is_cp1252():
    """Clause german_apostrophe_s: 'geht‚s' (a low quote typed for the apostrophe, as German
    text on the web writes it) in German text is CP1252, not DOS CP850's é."""
    text = DE_LINES + "Wie geht‚s dir?\n"
    decided, _ = guess_encoding(text.encode("cp1252"))
    assert decided is not None and decided.text == text


def test_german_apostrophe_s_keeps_catalan_dos():
    """Catalan in CP850 ('més' is 'm‚s' in CP1252) has no ö ü ß: not decided CP1252."""
    text = "Mostra més informació\nNo s'ha pogut obrir el fitxer\nVoleu continuar?\n"
    decided, _ = guess_encoding(text.encode("cp850"))
    assert decided is None or decided.text == text
