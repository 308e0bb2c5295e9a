"""Clause ``known_codec_names`` (transforms/charset_labels.py ``known_name``, session
44; the Left of session 43's wtC): the manifest's ``encodings`` and ``codec_hints``, the
documents' ``encoding`` and ``longctx inspect`` named codecs as Python does
("mac-roman", "cp1252", "iso8859-1", "euc_kr", "iso2022_jp"), names no web page, iconv
or the WHATWG/IANA registries use. Now "macintosh", "windows-1252", "iso-8859-1",
"euc-kr", "iso-2022-jp"; each reads back through ``--encoding`` as the same codec, and
an older manifest's names are shown the new way (the build tests:
tests/pipeline/test_latin1_cp1252_build.py)."""

from __future__ import annotations

import codecs
import encodings.aliases

import pytest

from transforms.charset_labels import known_counts, known_name
from transforms.legacy_fallback import check_encoding


@pytest.mark.parametrize(
    ("python", "known"),
    [
        ("mac-roman", "macintosh"),
        ("mac_roman", "macintosh"),
        ("cp1252", "windows-1252"),
        ("cp1250", "windows-1250"),
        ("iso8859-1", "iso-8859-1"),
        ("iso8859-15", "iso-8859-15"),
        ("euc_kr", "euc-kr"),
        ("cp932", "windows-31j"),
        ("cp949", "windows-949"),
        ("big5hkscs", "big5-hkscs"),
        ("mac-cyrillic", "x-mac-cyrillic"),
        ("iso2022_jp", "iso-2022-jp"),
        ("utf-16-be", "utf-16be"),
        ("cp1252+shift_jis", "windows-1252+shift_jis"),
        # Guards: names users know already stay.
        ("utf-8", "utf-8"),
        ("gb18030", "gb18030"),
        ("big5", "big5"),
        ("shift_jis", "shift_jis"),
        ("cp437", "cp437"),
        ("koi8-r", "koi8-r"),
        ("no-such-codec", "no-such-codec"),
    ],
)
def test_known_name(python, known):
    assert known_name(python) == known
    assert known_name(known) == known  # a newer manifest's name stays


def test_every_known_name_reads_back_as_its_codec():
    """Invariant: ``--encoding`` with the name the manifest shows reads the same codec."""
    for alias in sorted(set(encodings.aliases.aliases.values())):
        try:
            codec = codecs.lookup(alias).name
        except LookupError:
            continue  # mbcs and the like: not on this platform
        try:
            "a".encode(codec)
        except (LookupError, TypeError, UnicodeError):
            continue  # no text codec (base64, rot13...)
        shown = known_name(codec)
        # clause typed_gbk_as_gb18030 (session 44): gbk is read as GB18030, its superset
        want = "gb18030" if codec == "gbk" else codec
        assert codecs.lookup(check_encoding(shown)).name == want, (codec, shown)


def test_old_and_new_names_count_together():
    counts = {"cp1252": 2, "windows-1252": 1, "mac-roman": 1, "utf-8": 5}
    assert known_counts(counts) == {"macintosh": 1, "utf-8": 5, "windows-1252": 3}
