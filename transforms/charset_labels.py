"""Charset labels: the names a page declares and a user passes to ``--encoding``, read
by the WHATWG Encoding Standard where Python's codecs do not know them (session 43).

Clause ``whatwg_charset_labels`` (:func:`python_codec`): the standard's label list
(whatwg/encoding ``encodings.json`` at 01db1f8d: 217 labels of 40 encodings) holds 64
labels Python's ``codecs.lookup`` does not know (61 mapped here; the review added the
standard's later "unicode11utf8", "unicode20utf8", "x-unicode20utf8" and "koi8-ru";
session 44 its UTF-16 labels "unicode", "ucs-2", "csunicode", "unicodefeff",
"unicodefffe", "iso-10646-ucs-2", for ``--encoding``: a page's meta never means UTF-16,
``declares_wide``), among them "x-mac-roman", "mac" and
"csmacintosh" (Mac Roman: Python knows only "macintosh"), "windows-874", "x-cp1252",
"x-sjis", "windows-31j", "x-gbk", "gb_2312", "cn-big5", "x-euc-jp", "windows-949",
"ks_c_5601-1989", "iso-8859-8-i", "koi8", "x-mac-cyrillic", "unicode-1-1-utf-8". A page
declaring one was read as if it declared nothing (its bytes then decided, a non-UTF-8
page rejected under ``--encoding utf-8``), and ``--encoding x-mac-roman`` was "no codec
Python knows". Each is now the Python codec of the encoding it names. Not mapped:
"iso-2022-cn", "iso-2022-cn-ext" (the standard's "replacement": no decoder, in browsers
either) and "x-user-defined" (bytes 0x80-0xff as private-use characters: no text); such
a label, or any other Python does not know, is said in one line (``transforms.html_files``).

Clause ``whatwg_browser_codecs`` (:func:`browser_codec`, used for declared charsets
only): browsers read some labels in a larger codec than the label's own. The Latin-1 and
ASCII labels as windows-1252 (session 39, clause ``declared_latin1_is_cp1252``), the
Latin-5 ones ("iso-8859-9") as windows-1254 and "tis-620"/"iso-8859-11" as windows-874:
each where the bytes hold 0x80-0x9f, C1 controls and no text in the label's codec. The
Chinese, Japanese and Korean labels read as the standard's decoders read them ("gb2312"
as GB18030, "big5" as Big5-HKSCS, "shift_jis" as Windows-31J, "euc-kr" as UHC/CP949):
only where the label's own codec fails to decode the bytes but reads all but 1 in 100
of their non-ASCII characters (``MOST_UNREAD``: a page in another script family, Shift_JIS
under "gb2312", is read by its bytes as before), so a page it reads is read as before,
character for character. A text file's ``--encoding`` keeps the named codec
(clause ``named_latin1_is_cp1252`` asks the bytes for evidence first: a text file under
``--encoding latin-1`` may hold NEL line ends or a DOS codec's letters, which a browser's
blind rule would misread).
"""

from __future__ import annotations

import codecs
import difflib
import functools

# WHATWG encoding -> (Python codec, the standard's labels Python does not know)
_UNKNOWN_TO_PYTHON = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8",
    "iso8859_2": "iso88592",
    "iso8859_3": "iso88593",
    "iso8859_4": "iso88594",
    "iso8859_5": "iso88595",
    "iso8859_6": "csiso88596e csiso88596i iso-8859-6-e iso-8859-6-i iso88596",
    "iso8859_7": "iso88597 sun_eu_greek",
    "iso8859_8": "csiso88598e iso-8859-8-e iso88598 visual csiso88598i iso-8859-8-i logical",
    "iso8859_10": "iso885910",
    "iso8859_13": "iso885913",
    "iso8859_14": "iso885914",
    "iso8859_15": "csisolatin9 iso885915",
    "koi8_r": "koi koi8",
    "koi8_u": "koi8-ru",
    "mac_roman": "csmacintosh mac x-mac-roman",
    "iso8859_11": "iso885911",
    "cp874": "dos-874 windows-874",
    "cp1250": "x-cp1250",
    "cp1251": "x-cp1251",
    "iso8859_1": "iso88591",
    "cp1252": "x-cp1252",
    "cp1253": "x-cp1253",
    "iso8859_9": "iso88599",
    "cp1254": "x-cp1254",
    "cp1255": "x-cp1255",
    "cp1256": "x-cp1256",
    "cp1257": "x-cp1257",
    "cp1258": "x-cp1258",
    "mac_cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gb18030": "csgb2312 gb_2312 gb_2312-80 x-gbk",
    "big5hkscs": "cn-big5 x-x-big5",
    "euc_jp": "cseucpkdfmtjapanese x-euc-jp",
    "cp932": "windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 iso-ir-149 ks_c_5601-1989 ksc_5601 windows-949",
    # Session 44: the standard's UTF-16 labels, for --encoding only (a page's or a
    # chapter's meta naming one is not used: declares_wide). The standard reads them
    # little-endian; a text file is read by its mark, else by the order its text reads
    # in (clause named_wide_order, transforms.utf16_named), so they name "utf-16".
    "utf_16": "unicode ucs-2 csunicode unicodefeff iso-10646-ucs-2",
    "utf_16_be": "unicodefffe",
}
WHATWG_ONLY = {
    label: codec for codec, labels in _UNKNOWN_TO_PYTHON.items() for label in labels.split()
}

# Clause whatwg_browser_codecs: Python's name of a label's codec -> the codec browsers
# read it in; single-byte ones where the bytes hold C1 controls, multibyte ones where the
# label's codec fails.
_SINGLE = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254"}
_SINGLE.update({"iso8859-11": "cp874", "tis-620": "cp874"})
_MULTI = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}
_MULTI.update({"shift_jis": "cp932", "euc_kr": "cp949"})
_C1 = bytes(range(0x80, 0xA0))
# At most 1 in 100 of a page's non-ASCII characters unread by its multibyte label's
# codec (the mirror's GB18030 books under gb2312: at most 1.5%, median 0.02%; any CJK book
# under another family's label: 1.6% and more, Shift_JIS under gb2312 98%).
MOST_UNREAD = 100


def python_codec(label: str) -> str | None:
    """Clause ``whatwg_charset_labels``: Python's name of the codec ``label`` names
    (Python's own alias, else the WHATWG label's encoding); None when neither knows it."""
    label = label.strip().lower()
    try:
        return codecs.lookup(label).name
    except LookupError:
        pass
    codec = WHATWG_ONLY.get(label)
    return codecs.lookup(codec).name if codec else None


def _squash(label: str) -> str:
    return "".join(c for c in label.lower() if c.isalnum())


@functools.cache
def _squashed() -> dict[str, str]:
    """Every label Python or the standard knows, without its separators -> Python's
    codec name (Python's own label first: "gb2312" is Python's GB2312, not the
    standard's "gb_2312", GB18030)."""
    from encodings.aliases import aliases

    found: dict[str, str] = {}
    for label in sorted(set(aliases) | set(aliases.values())) + sorted(WHATWG_ONLY):
        codec = python_codec(label)
        if codec:
            found.setdefault(_squash(label), codec)
    return found


def typed_codec(name: str) -> str | None:
    """Clause ``typed_label_separators`` (session 44, ``--encoding`` only; a page's
    label is read as the standard reads it, exactly): Python's codec of ``name``
    (:func:`python_codec`), else of the known label it is without its separators
    ("utf16-le", "ucs2", "big-5", "gb-2312" were "no codec Python knows")."""
    return python_codec(name) or _squashed().get(_squash(name))


def close_codecs(name: str) -> list[str]:
    """Up to 3 codecs whose labels are nearest ``name`` ("cp1252" for "win1252"), for
    the line that rejects an unknown ``--encoding``; none for the standard's no-text
    labels (review, session 44: "iso-2022-cn", Chinese, was offered iso2022_kr or
    iso2022_jp by spelling)."""
    if name.strip().lower() in _NO_TEXT:
        return []
    if "ucs4" in _squash(name):  # clause ucs4_is_utf32 (session 44): not utf-16 by spelling
        return ["utf-32"]
    squashed = _squashed()
    near = difflib.get_close_matches(_squash(name), list(squashed), n=8, cutoff=0.75)
    return list(dict.fromkeys(squashed[label] for label in near))[:3]


def unknown_label(declared: str) -> str:
    """Clause ``whatwg_charset_labels``: the line for a page whose declared charset
    names no codec longctx reads (the declaration is not used; the bytes and
    ``--encoding`` decide, as for a page that declares none)."""
    why = "neither Python's codecs nor the WHATWG Encoding Standard's labels know it"
    if declared.strip().lower() in _NO_TEXT:  # clause no_text_labels_said (session 44)
        why = (
            "the WHATWG Encoding Standard lists it as an encoding browsers read as no text "
            "and Python's codecs do not know it"
        )
    return (
        f"it declares charset {declared}, which names no codec longctx reads ({why}), so "
        "the declaration was not used: pass --encoding with the page's codec (a name such "
        "as windows-1252, macintosh, gb18030, shift_jis, euc-kr)"
    )


# Clause no_text_labels_said (session 44, the Left of session 43's wtC): the standard's
# labels of "replacement" (no decoder: one U+FFFD in browsers) and "x-user-defined"
# (bytes as private-use characters) were said to be labels the standard does not know.
_NO_TEXT = frozenset({"iso-2022-cn", "iso-2022-cn-ext", "x-user-defined"})


def browser_codec(codec: str, data: bytes) -> str:
    """Clause ``whatwg_browser_codecs``: the codec a browser reads ``data`` in, declared
    as ``codec`` (Python's name): the larger codec where the label's own reads C1
    controls (single-byte) or fails (multibyte) and the larger one decodes every byte;
    else ``codec``."""
    larger = _SINGLE.get(codec)
    if larger:
        # Review of session 39 (speed): ``len(translate)`` finds a C1 byte in 2 ms on a
        # 1.5 MB page (``any(... in set(data))`` took 70-110 ms).
        if len(data.translate(None, _C1)) == len(data):
            return codec
    elif larger := _MULTI.get(codec):
        try:
            data.decode(codec)
            return codec
        except UnicodeDecodeError:
            pass
        # Review of the A/B (session 43): only where the label's codec reads all but a
        # few characters (its extension characters, "縌", "夥" in GBK): 1,741 of 1,743
        # Shift_JIS books declared gb2312 (98-100% unread) were read as GB18030 mojibake
        # where the bytes' own reading (--encoding auto) read them right.
        read = data.decode(codec, errors="replace")
        wide = len(read) - len(read.encode("ascii", "ignore"))  # its non-ASCII characters
        if read.count("\ufffd") * MOST_UNREAD > wide:
            return codec
        if _bytes_read_otherwise(data, larger):
            return codec
    else:
        return codec
    try:
        data.decode(larger)
    except UnicodeDecodeError:
        return codec
    return larger


def _bytes_read_otherwise(data: bytes, larger: str) -> bool:
    """Review of session 43 (the CJK A/B's 2 Aozora books): a page whose multibyte label
    fails and whose bytes the reader's own decision (``--encoding auto``,
    ``legacy_encodings.guess_encoding``) reads surely as other text, Shift_JIS declared
    gbk, keeps that reading, as on base43: GBK leaves 0.03% of such a book unread, so
    the bar alone let GB18030 read it as mojibake. Only on a label that fails."""
    from transforms.legacy_encodings import guess_encoding  # the reader's rule set

    decided, _ = guess_encoding(data)
    return decided is not None and decided.text != data.decode(larger)


# The standard's later UTF-16 labels (Python knows none of them): see declares_wide.
_UTF16_ONLY = frozenset({"unicode", "ucs-2", "csunicode", "unicodefeff", "unicodefffe"})
_UTF16_ONLY |= {"iso-10646-ucs-2"}


def declares_wide(label: str) -> bool:
    """Review of session 43 (HTML's rule, "UTF-16BE/LE" in a meta means UTF-8): a page
    whose declaration was read as ASCII bytes is no UTF-16 or UTF-32 page (a UTF-16 page
    the reader read by its BOM or its zero bytes before), so such a label is not used,
    as "utf-8" is not. Base43 read a CP1252 page declaring charset=utf-16 as UTF-16
    ("格浴㹬格慥..."), every character wrong."""
    label = label.strip().lower()
    codec = python_codec(label) or ""
    return label in _UTF16_ONLY or codec.startswith(("utf-16", "utf-32"))


# Clause known_codec_names: Python's normalized codec name -> the name a user knows
# (the WHATWG Encoding Standard's, else the IANA registry's), where they differ.
_KNOWN = {"mac-roman": "macintosh", "mac-cyrillic": "x-mac-cyrillic", "cp874": "windows-874"}
_KNOWN.update({"cp932": "windows-31j", "cp949": "windows-949", "big5hkscs": "big5-hkscs"})
_KNOWN.update({"euc_kr": "euc-kr", "euc_jp": "euc-jp", "euc_jis_2004": "euc-jis-2004"})
_KNOWN.update({f"utf-{n}-{e}": f"utf-{n}{e}" for n in (16, 32) for e in ("le", "be")})
_KNOWN.update({f"cp125{n}": f"windows-125{n}" for n in range(9)})


def known_name(codec: str) -> str:
    """Clause ``known_codec_names`` (session 44, the Left of session 43's wtC): the name
    of ``codec`` (Python's, "mac-roman", "cp1252", "iso8859-2", "euc_kr"; an EPUB's
    combined "cp1252+shift_jis" part by part) that a user knows and ``--encoding``
    reads back as the same codec: "macintosh", "windows-1252", "iso-8859-2", "euc-kr"
    (the WHATWG standard's names, else the IANA registry's; "cp437", "gb18030",
    "shift_jis" are both). The manifest's ``encodings`` and ``codec_hints`` and the
    documents' ``encoding`` held Python's names, which no web page or iconv uses."""
    return "+".join(map(_known_part, codec.split("+")))


def _known_part(codec: str) -> str:
    try:
        codec = codecs.lookup(codec).name
    except LookupError:
        return codec  # a name some other version wrote: shown as it is
    if codec.startswith("iso8859-"):
        return "iso-8859-" + codec.removeprefix("iso8859-")
    if codec.startswith("iso2022_"):
        return "iso-2022-" + codec.removeprefix("iso2022_").replace("_", "-")
    return _KNOWN.get(codec, codec)


def known_counts(counts: dict[str, int]) -> dict[str, int]:
    """Clause ``known_codec_names``: ``counts`` by codec with each name as
    :func:`known_name` gives it (counts of names that become one are added), sorted."""
    known: dict[str, int] = {}
    for codec, n in counts.items():
        known[known_name(codec)] = known.get(known_name(codec), 0) + n
    return dict(sorted(known.items()))
