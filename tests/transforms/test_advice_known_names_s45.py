"""Session 45 (the Left of session 44's wtI): clause ``advice_known_names``.

Every line that tells a user which ``--encoding`` to pass names the codec as users know
it (``charset_labels.known_name``: windows-1251, x-mac-cyrillic, iso-8859-8, euc-kr),
not Python's codec name (cp1251, mac_cyrillic, iso8859_8, euc_kr), which no web page or
iconv uses; each name read back through ``--encoding`` is the same codec. Real text
(tests/data and excerpts the older tests use): Tolstoy's *Anna Karenina* (Russian), the
Fatiha and the UDHR (Arabic), Genesis 1 (Hebrew), Grimm (German), Hugo (French), a
Bulgarian and a Serbian message catalogue line, a Korean constitution chapter.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from transforms.charset_labels import known_name, unknown_label
from transforms.legacy_fallback import check_encoding, decode_fallback
from transforms.legacy_mac_cyrillic import MAC_CYRILLIC

DATA = Path(__file__).parents[1] / "data"


def _text(name: str, size: int = 1200) -> str:
    return (DATA / name).read_text(encoding="utf-8")[:size]


# Python's names that are not the names users know (known_name maps each elsewhere).
_PYTHON_ONLY = re.compile(
    r"\b(cp125\d|iso8859_\d+|iso2022_\w+|mac_\w+|euc_\w+|cp932|cp949|big5hkscs|utf-(16|32)-(le|be))\b"
)
_NAMED = re.compile(r"--encoding (?:is )?([A-Za-z][\w.-]*)|\(or ([A-Za-z][\w.-]*)[,)]")

# util-linux's Romanian messages (test_legacy_misreads' RO) in the older cedilla letters.
RO_CEDILLA = (
    "%s a eşuat: semnalul captat %d%s\n%s a eşuat: codul de terminare %d\n"
    "%s a eşuat: stare necunoscută 0x%x\n(%d minute rămase până la deblocare)\n"
    "Nu a putut fi obţinut un context valid pentru %s.\n"
)
CASES = [
    # (text, codec the bytes are in, --encoding): each gives a rejection with advice.
    (_text("ru_tolstoy_karenina_opening.txt"), "cp1251", "utf-8"),  # decided: "rerun with"
    (_text("ar_fatiha_udhr.txt"), "cp1256", "auto"),  # rtl_single_byte_hint
    (_text("ar_fatiha_udhr.txt"), "iso8859_6", "utf-8"),
    (_text("he_genesis_1.txt"), "cp1255", "auto"),
    (_text("he_genesis_1.txt"), "iso8859_8", "auto"),
    ("Фатална грешка при четене на изображение във формат PNG: %s", "mac_cyrillic", "auto"),
    (" са %.*s\n на %.*s\n%s неуспех: ухваћен сигнал %d%s\n", "mac_cyrillic", "auto"),
    ("Café au lait, crème brûlée.", "cp1252", "auto"),  # held: too few bytes
    (_text("fr_hugo_miserables_myriel.txt"), "cp1252", "utf-8"),
    (_text("de_grimm_froschkoenig.txt"), "cp1252", "utf-8"),
    (_text("ko_constitution_ch4.txt"), "euc_kr", "utf-8"),
    # Review (session 45): Romanian with the older cedilla letters (ş ţ) in CP1250, whose
    # line names two codecs the file may be in (legacy_misreads' central_misread).
    (RO_CEDILLA, "cp1250", "auto"),
]


def _hint(text: str, codec: str, encoding: str) -> str:
    decoded = decode_fallback(text.encode(codec), encoding)
    assert decoded.text is None, "decoded: no advice to check"
    assert decoded.hint, "rejected without a hint"
    return decoded.hint


def _names(line: str) -> list[str]:
    return [a or b for a, b in _NAMED.findall(line)]


@pytest.mark.parametrize(("text", "codec", "encoding"), CASES)
def test_every_advised_codec_is_the_name_users_know(text, codec, encoding):
    hint = _hint(text, codec, encoding)
    assert not _PYTHON_ONLY.search(hint), hint
    names = _names(hint)
    assert names, hint
    for name in names:
        assert known_name(name) == name, (name, hint)
        check_encoding(name)  # each reads back: no ValueError


def test_the_advised_codec_reads_the_file():
    """The Hebrew line's first codec, passed as the line says, gives the text back."""
    hebrew = _text("he_genesis_1.txt")
    hint = _hint(hebrew, "cp1255", "auto")
    assert "rerun with --encoding windows-1255 (or iso-8859-8)" in hint
    decoded = decode_fallback(hebrew.encode("cp1255"), check_encoding("windows-1255"))
    assert decoded.text == hebrew


def test_mac_cyrillic_advice_says_x_mac_cyrillic():
    line = "Фатална грешка при четене на изображение във формат PNG: %s"
    hint = _hint(line, "mac_cyrillic", "auto")
    assert (
        "rerun with --encoding x-mac-cyrillic; if it is windows-1251, with --encoding windows-1251"
        in hint
    )
    assert MAC_CYRILLIC.endswith("--encoding x-mac-cyrillic)")
    assert codecs.lookup(check_encoding("x-mac-cyrillic")).name == "mac-cyrillic"
    assert (
        decode_fallback(line.encode("mac_cyrillic"), check_encoding("x-mac-cyrillic")).text == line
    )


@pytest.mark.parametrize("typed", ["win1252", "mac-cyrilic", "base64", "rot13"])
def test_option_errors_name_known_codecs(typed):
    with pytest.raises(ValueError) as error:
        check_encoding(typed)
    line = str(error.value)
    assert "\n" not in line
    assert not _PYTHON_ONLY.search(line), line
    if typed == "win1252":
        assert "did you mean windows-1252?" in line


def test_unknown_page_label_names_known_codecs():
    line = unknown_label("x-foo-charset")
    assert "a name such as windows-1252, macintosh, gb18030, shift_jis, euc-kr" in line
    for name in ("windows-1252", "macintosh", "gb18030", "shift_jis", "euc-kr"):
        check_encoding(name)


def test_named_codec_rejection_says_the_known_name():
    """Guard for the "nor valid" line: the typed name is shown as typed; without one,
    the known name."""
    data = _text("ko_constitution_ch4.txt").encode("euc_kr")
    assert "nor valid shift_jis:" in decode_fallback(data, "shift_jis", typed="shift_jis").hint
    assert "nor valid windows-1252:" in decode_fallback(b"caf\x81", "cp1252").hint


def test_romanian_cedilla_line_names_both_codecs_as_users_know_them():
    """Review (session 45): the line that cannot tell CP1250 from ISO-8859-16 names both
    as users know them; each name read back gives the text."""
    hint = _hint(RO_CEDILLA, "cp1250", "auto")
    assert "the codec cannot be told (--encoding windows-1250 or iso-8859-16)" in hint
    data = RO_CEDILLA.encode("cp1250")
    assert decode_fallback(data, check_encoding("windows-1250")).text == RO_CEDILLA


def test_damaged_middle_line_names_the_known_codec(tmp_path):
    """Review (session 45): a CP1252 book (Les Misérables, curly quotes) with 4 KB of
    random bytes in its middle: the line's fix names windows-1252, which reads it."""
    from tests.transforms.test_legacy_damaged_middle import BOOKS, GARBAGE, _middle, _read

    data, _ = _middle(BOOKS["cp1252"][0].encode("cp1252"), GARBAGE)
    got, _ = _read(tmp_path, data)
    assert got.error.endswith("(--encoding windows-1252 reads the file as it is)"), got.error
    assert not _PYTHON_ONLY.search(got.error)
    assert "\n" not in got.error


@pytest.mark.parametrize("label", ["windows-1251", "cp1251"])
def test_epub_chapter_line_names_its_declared_codec_as_users_know_it(label):
    """Review (session 45): an EPUB chapter that declares windows-1251 (or Python's
    cp1251; Tolstoy in CP1251) with two bytes CP1251 lacks (0x98) in its middle: the
    book's line says "is not windows-1251 text", not Python's cp1251."""
    from transforms.epub import EpubError, _decode

    body = _text("ru_tolstoy_karenina_opening.txt", 1500).encode("cp1251")
    data = (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; '
        + f'charset={label}"/></head><body><p>'.encode()
        + body[: len(body) // 2] + b"\x98\x98" + body[len(body) // 2 :]
        + b"</p></body></html>"
    )  # fmt: skip
    with pytest.raises(EpubError) as error:
        _decode(data, "ch1.xhtml", "auto")
    line = str(error.value)
    assert "the EPUB's chapter ch1.xhtml is not windows-1251 text (" in line
    assert "not cp1251" not in line and "\n" not in line
