"""What the reader does with bytes that are not UTF-8 (split from
``transforms.legacy_encodings`` in session 21, no change of behaviour): the check of
the ``--encoding`` value (:func:`check_encoding`) and :func:`decode_fallback`, which
decodes them in the named codec, or under ``auto`` only when
``legacy_encodings.guess_encoding`` decides, else gives the ``invalid_utf8``
rejection with a hint that names the best candidate and the option that decodes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from transforms.charset_labels import close_codecs, known_name, typed_codec
from transforms.declared_codec import named_reading
from transforms.legacy_cyrillic_misreads import HEBREW_FINAL_FORMS, hebrew_codec
from transforms.legacy_encodings import (
    _FAMILY,
    Guess,
    broken_utf8,
    candidates,
    guess_encoding,
    utf8_share,
)
from transforms.legacy_mac_cyrillic import MAC_CYRILLIC
from transforms.legacy_rtl import rtl_hint, rtl_reading
from transforms.legacy_short_hanzi import HELD_SHORT


def known_codec(name: str) -> str | None:
    """The normalized Python codec name of ``name``, or None when Python has none (nor
    the WHATWG Encoding Standard: "x-mac-roman", "windows-874", clause
    ``whatwg_charset_labels``)."""
    return typed_codec(name)


def check_encoding(name: str) -> str:
    """The ``--encoding`` value as the reader uses it: "utf-8", "auto" or a Python
    codec's normalized name; ValueError (one line) for a name Python does not know
    or a codec that is no text encoding (UTF-16 needs its byte order mark: read.py)."""
    lowered = name.strip().lower()
    if lowered == "auto":
        return "auto"
    codec = known_codec(lowered)
    if codec is None:
        near = close_codecs(lowered)  # clause typed_label_separators
        near = f"did you mean {' or '.join(map(known_name, near))}? Else " if near else ""
        raise ValueError(
            f"--encoding {name!r} is no codec Python knows; {near}use auto, utf-8 or a name "
            "such as gb18030, big5, shift_jis, euc-jp, euc-kr, windows-1252, utf-16 (python -c "
            "'import encodings.aliases as a; print(sorted(set(a.aliases.values())))' lists "
            "them)"
        )
    if codec == "utf-8":
        return "utf-8"
    if codec == GBK:
        # Clause typed_gbk_as_gb18030 (session 44): "gbk", "cp936", "ms936", "936" are
        # read as GB18030, which decodes each of GBK's 21,919 byte sequences to the same
        # character (tested over all of them) and also reads the 4-byte sequences a file
        # labelled GBK may hold. Strict GB2312 is not so mapped: its 0xA1A4 and 0xA1AA
        # are U+30FB and U+2015 in Python, U+00B7 and U+2014 in GB18030 (GBK's reading);
        # a GBK file under it gets the line of clause gb2312_names_gb18030.
        return "gb18030"
    try:
        "a".encode(codec)
    except (LookupError, TypeError, UnicodeError):
        raise ValueError(
            f"--encoding {name!r} is not a text encoding; use auto, utf-8 or a text "
            "codec such as gb18030, big5, shift_jis, euc-kr, windows-1252"
        ) from None
    return codec


@dataclass(frozen=True)
class Decoded:
    """What :func:`decode_fallback` made of bytes that are not UTF-8: ``text`` and its
    ``encoding``, or (``text`` None) the ``reason`` and ``hint`` of the rejection
    ("" hint: the reader's own). ``undefined``: where the named codec's strict decode
    failed (``invalid_encoding``), the offset in the bytes of the first byte it leaves
    undefined, so no caller decodes them again to find it; -1 otherwise."""

    text: str | None
    encoding: str = ""
    reason: str = "invalid_utf8"
    hint: str = ""
    undefined: int = -1


GBK = "gbk"  # Python's name of gbk, cp936, ms936, 936


def _gb18030_fix(data: bytes) -> str:
    """Clause ``gb2312_names_gb18030`` (session 44): strict GB2312 rejects a GBK book
    (files labelled GB2312 are mostly GBK); the line names the codec that reads it."""
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        return "check --encoding (GB18030, which reads GB2312 and GBK, does not read it either)"
    return (
        "the file is GBK, as most files labelled GB2312 are: rerun with --encoding gb18030 "
        "(it reads GB2312 and GBK; the two differ only in 0xA1A4 and 0xA1AA: \u00b7 and "
        "\u2014 in gb18030, \u30fb and \u2015 in gb2312)"
    )


def _rerun(guess: Guess) -> str:
    return f"rerun with --encoding {known_name(guess.encoding)}"  # clause advice_known_names


def decode_fallback(data: bytes, encoding: str, mark: int = 0, typed: str = "") -> Decoded:
    """Bytes that are not UTF-8 (nor UTF-16, nor binary: the reader checked) under
    ``--encoding`` ``encoding`` (:func:`check_encoding`): a named codec decodes them
    strictly; ``auto`` decodes them only when :func:`guess_encoding` decides. ``typed``:
    the codec's name as the user typed it, which the line shows (clause
    ``typed_codec_name``: "nor valid latin-1", not Python's "iso8859-1")."""
    if encoding not in ("utf-8", "auto"):
        # Clause named_latin1_is_cp1252 (transforms.declared_codec): latin-1 over bytes
        # that show CP1252 reads them as CP1252, as a page declaring iso-8859-1 does.
        if (cp1252 := named_reading(encoding, data)) is not None:
            return Decoded(cp1252, "cp1252")
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError as e:
            return Decoded(
                None,
                reason="invalid_encoding",
                hint=f"nor valid {typed or known_name(encoding)}: bytes {e.start + mark}-{e.end + mark} ({e.reason}); "
                + (_gb18030_fix(data) if encoding == "gb2312" else "check --encoding")
                + ", or re-encode the file as UTF-8",
                undefined=e.start,
            )
    decided, best = guess_encoding(data)
    if decided is not None and encoding == "auto":
        return Decoded(decided.text, decided.encoding)
    if decided is not None:
        return Decoded(
            None,
            hint=f"the bytes decode as {decided.label} to {decided.language} text; "
            f"{_rerun(decided)} (or --encoding auto)",
        )
    if broken_utf8(data):
        return Decoded(
            None,
            hint=f"{utf8_share(data):.0%} of its non-ASCII bytes are valid UTF-8: it is UTF-8 "
            "with damaged bytes (a bad copy or a cut), not another encoding; re-create it",
        )
    if rtl := rtl_reading(data):
        return Decoded(None, hint=rtl_hint(data, rtl, best))
    if best is not None and best.problem == HEBREW_FINAL_FORMS:
        # Clause hebrew_hint (review, s. 21): the veto (hebrew_veto) names the Hebrew-shaped
        # reading as best; the hint names the Hebrew codec, not the list of failed readings
        # (whose first, CP1252 or GB18030, the rerun advice named: wrong for Hebrew)
        hebrew = hebrew_codec(best.encoding)
        return Decoded(
            None,
            hint=f"read as {best.label} its words end as Hebrew's final letters do, and auto "
            f"decides no Hebrew; if the file is Hebrew, rerun with --encoding {known_name(hebrew)}"
            + (" (or iso-8859-8)" if hebrew == "cp1255" else "")
            + f"; if it is Cyrillic in {best.label}, with --encoding {known_name(best.encoding)}",
        )
    if best is not None and best.problem.endswith(MAC_CYRILLIC):
        # Clause mac_cyrillic_hint (s. 22): the veto (mac_cyrillic_veto) names the CP1251 reading
        # as best; the hint names Mac Cyrillic, not the list of readings (first: CP1252)
        return Decoded(
            None,
            hint=f"read as {best.label}, {best.problem.removesuffix(MAC_CYRILLIC).strip()}: "
            "it looks like Mac Cyrillic, which auto does not decide; if it is, rerun with "
            f"--encoding x-mac-cyrillic; if it is {best.label}, with --encoding "
            f"{known_name(best.encoding)}",
        )
    if best is not None and best.problem.endswith(HELD_SHORT):
        # Clause held_hint (review, s. 26, transforms.legacy_short_hanzi): name the held reading
        # and the ones that passed, each with its option, not the first family's (GB18030 with
        # '()' for an EUC-KR line: the reading that was wrong)
        shown = [best] + [g for g in candidates(data) if g.confident][:3]
        read = ", as ".join(f"{g.label} {g.text.strip()[:30]!r} ({g.language})" for g in shown)
        return Decoded(
            None,
            hint=f"too few bytes to tell the encoding: as {read}; rerun with the --encoding "
            f"whose text is right: {' or '.join(known_name(g.encoding) for g in shown)}",
        )
    if best is not None and not best.problem:
        return Decoded(
            None,
            hint=f"the bytes decode as {best.label}, but so do others; if the file is "
            f"{best.language} in {best.label}, {_rerun(best)}",
        )
    if best is not None:  # every candidate failed a rule: name each family's reason
        found: dict[str, Guess] = {}
        for g in candidates(data):
            found.setdefault(_FAMILY.get(g.encoding, g.encoding), g)
        if len(found) == 1:
            return Decoded(
                None,
                hint=f"the bytes decode as {best.label}, but not surely ({best.problem}); if "
                f"the file is {best.language} in {best.label}, {_rerun(best)}",
            )
        shown = list(found.values())[:4]
        listed = "; ".join(f"{g.label} ({g.problem})" for g in shown)
        others = ", ".join(known_name(g.encoding) for g in shown[1:])
        return Decoded(
            None,
            hint=f"the bytes decode, but not surely, as {listed}; if one of them is the "
            f"file's encoding, rerun with --encoding {known_name(shown[0].encoding)} (or {others})",
        )
    return Decoded(None)
