"""Arabic and Hebrew single-byte books under ``--encoding auto`` (session 38; the Left
of session 37: "guess_encoding has no CP1256/CP1255 candidates: Arabic and Hebrew
single-byte books are rejected under auto, clean ones too").

What the reader did: a clean Arabic book in CP1256 (or ISO-8859-6) or a Hebrew one in
CP1255 (or ISO-8859-8) was rejected under auto with the guesser's list of readings that
had failed ("decode, but not surely, as CP1252 (101 non-ASCII characters per 100
letters); CP1250 ...; if one of them is the file's encoding, rerun with --encoding
cp1252"): the codec it named was wrong, and the right one was never said.

Clause ``rtl_single_byte_hint``: :func:`rtl_reading` is the reading of ``data`` in
one of these four codecs when it is plainly that script's text: the codec decodes every
byte, at least ``_LETTERS`` of its non-ASCII letters, ``_SHARE`` of them the script's
own, ``_IN_WORDS`` of those inside words of two or more of its letters; for Arabic
``_ARTICLE`` of the words start with the article "ال"; for Hebrew the final letters
stand where Hebrew puts them (the five final forms at a word's end only, their other
forms not there). Where ``guess_encoding`` decided nothing, the rejection's line names
that codec as the fix (``legacy_fallback.decode_fallback``): the file is not read.

Decided: a hint, not a candidate that auto decides. Measured (``/tmp/wtC38/m4.py``,
session 38's record): without the article check, the opening of *Anna Karenina* in
KOI8-R reads as CP1256 as Arabic letters in words (96% of its letters); the guesser
decides KOI8-R there, but a short KOI8-R text it leaves undecided would have been read
as Arabic. One Arabic and one Hebrew passage are all the real text of these scripts
this project has: too little to let auto decide them; a line that names the codec
loses nothing.
"""

from __future__ import annotations

import re
import unicodedata

from transforms.charset_labels import known_name

# codec, language, label (clause reading_known_names, transforms.legacy_encodings: the
# name --encoding takes); in the order tried (a reading that passes in the first of a
# pair is taken: unpointed Hebrew reads the same in both)
RTL_CODECS = tuple(
    (codec, language, known_name(codec))
    for codec, language in (
        ("cp1256", "Arabic"),
        ("iso8859_6", "Arabic"),
        ("cp1255", "Hebrew"),
        ("iso8859_8", "Hebrew"),
    )
)
_SAMPLE = 1 << 16
_LETTERS = 20
_SHARE = 0.95
_IN_WORDS = 0.8
_WORD = {
    "Arabic": re.compile("[\u0621-\u064a\u066e-\u06d3\u06ff]{2,}"),
    "Hebrew": re.compile("[\u05d0-\u05ea]{2,}"),
}
_FINALS = "ךםןףץ"
_NON_FINALS = "כמנפצ"
_NON_ASCII = re.compile("[^\x00-\x7f]")
_MISPLACED = 0.05
_ARTICLE = 0.05  # Arabic words that start with the article al- (20-30% in Arabic prose)  # Hebrew words with a final form inside or a non-final form at the end


def rtl_reading(data: bytes) -> tuple[str, str, str, str] | None:
    """(codec, language, label, text) of the first of ``RTL_CODECS`` whose reading of
    ``data``'s first ``_SAMPLE`` bytes is plainly its script's text (clause
    ``rtl_single_byte_hint``); else None. The sample bounds the cost of a line for a
    large rejected file; the hint is a guess the user checks."""
    data = data[:_SAMPLE]
    for codec, language, label in RTL_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plain(text, language):
            return codec, language, label, text
    return None


def _plain(text: str, language: str) -> bool:
    script = language.upper()
    letters = [c for c in _NON_ASCII.findall(text) if c.isalpha()]
    own = sum(unicodedata.name(c, "").startswith(script) for c in letters)
    if own < _LETTERS or own < _SHARE * len(letters):
        return False
    words = _WORD[language].findall(text)
    if sum(map(len, words)) < _IN_WORDS * own:
        return False
    if (
        language == "Arabic"
    ):  # the article: KOI8-R Russian read as CP1256 is Arabic letters in words
        return sum(w.startswith("ال") for w in words) >= _ARTICLE * len(words)
    if language == "Hebrew":
        wrong = sum(any(c in _FINALS for c in w[:-1]) or w[-1] in _NON_FINALS for w in words)
        return wrong <= _MISPLACED * len(words)
    return True


def rtl_hint(data: bytes, reading: tuple[str, str, str, str], best=None) -> str:
    """The rejection's hint (clause ``rtl_single_byte_hint``) for ``reading``, the
    answer of :func:`rtl_reading`: the codec to name, its twin when that reads the file
    the same, and the guesser's ``best`` reading's option too (the hint is a guess)."""
    codec, language, label, text = reading
    twins = [c for c, lang, _ in RTL_CODECS if lang == language and c != codec]
    same = [c for c in twins if _reads_as(data[:_SAMPLE], c, text)]
    sample = " ".join(_WORD[language].findall(text)[:4])
    sure = best is not None and not best.problem  # a reading that passed its rules
    other = (
        f"; if it is {best.language} in {best.label}, with --encoding {known_name(best.encoding)}"
        if sure
        else ""
    )
    return (
        f"read as {label} the bytes are {language} words ({sample!r}), and auto decides no "
        f"{language}; if the file is {language}, rerun with --encoding {known_name(codec)}"
        + (f" (or {known_name(same[0])})" if same else "")
        + other
    )


def _reads_as(data: bytes, codec: str, text: str) -> bool:
    try:
        return data.decode(codec) == text
    except UnicodeDecodeError:
        return False
