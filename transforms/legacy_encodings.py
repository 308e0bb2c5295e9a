"""Which legacy encoding the bytes of a text file that is not UTF-8 are in, decided
only when the decoded text is plausible for that encoding's language; used by
``transforms.read`` for ``--encoding auto`` and for the hint of an ``invalid_utf8``
rejection.

A wrong guess writes mojibake into the training data without a trace, which is worse
than a rejection, so every candidate must pass all of these rules (each named):

* ``strict_decode``: the whole file decodes in the candidate with ``errors="strict"``.
* ``broken_utf8``: bytes of which most (``_BROKEN_UTF8_SHARE``) non-ASCII bytes form
  valid UTF-8 sequences are UTF-8 with damage (a bad byte, a cut sequence), never a
  legacy encoding (GB18030, Big5, Shift_JIS and EUC-KR text reach 0.36 by chance,
  EUC-JP 0.67; damaged UTF-8 ~0.9-1.0). For CP1252 the bar is ``_LATIN_UTF8_SHARE``:
  real CP1252 text has no such sequence (an accented letter is followed by ASCII).
* ``enough_evidence``: at least ``_MIN_EVIDENCE`` non-ASCII characters; fewer (an
  ASCII file with one stray byte) says nothing about the encoding. No C0 control
  character but tab, line and form feeds and ESC (terminal colours; clause
  ``stray_controls``: one per ``_CONTROL_CHARS`` characters passes); no C1 control.
* ``cjk_plausible`` (GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR: their script, their
  common ideographs, spacing, kana; in ``transforms.legacy_cjk``).
* ``latin_plausible`` (CP1252, which reads Latin-1 text the same): non-ASCII
  characters are under ``_MAX_LATIN_SHARE`` per letter, rarely three in a row, and
  ``_LATIN_REPEAT`` of the non-ASCII occurrences are of characters that occur more
  than once (a language reuses its few accented letters; stray bytes are one-offs);
  no Latin-1 symbol inside words (rule ``symbol_in_word``: ISO-8859-2 Polish 'by³o')
  and, in text with accents on >= 1% of its letters, >= 90% of the accented letters
  from one Western language (rule ``one_language``: CP1250 Czech reads as letters,
  'pøeskoèila'); CP1252's own symbols (not quotes, dashes, ellipsis) count as symbols
  too ('est‡ndar': Mac Roman á); no letter of the wrong case inside a word (rule
  ``case_in_word``: Mac Roman's ’ as 'girlÕs'), no ISO-8859-15 letter read as a symbol
  inside a word (rule ``latin9_in_word``: 'c½ur'), and no UTF-8 piece (rule
  ``utf8_pieces``: 'Ã©', 'â€™' of a UTF-8 line pasted into a CP1252 file; one is
  enough). Session 16 clauses (``sign_in_word``, ``quote_in_word``, ``degree_sign``,
  ``lone_capital``, ``latin9_symbols``) and the rules of the other single-byte
  candidates (``central_plausible``: CP1250, ISO-8859-2; ``cyrillic_plausible``:
  CP1251, KOI8-R, ISO-8859-5, CP866) are in ``transforms.legacy_single_byte``, those
  of Greek (``greek_plausible``: CP1253, ISO-8859-7) and Turkish (``turkish_plausible``:
  CP1254, which reads ISO-8859-9 the same) in ``transforms.legacy_greek_turkish``,
  those of Lithuanian, Latvian and Estonian (``baltic_plausible``: CP1257,
  ISO-8859-13, ISO-8859-4; session 18; ISO-8859-10 and CP775, and Greek's CP737:
  session 19, whose letters at 0x80-0xBF form UTF-8 pieces by chance, so they have
  Cyrillic's bar of ``broken_utf8``: clause ``dos_letters``) in ``transforms.legacy_baltic``;
  session 17's clauses against misreads (``romanian_comma``, ``hungarian_u``,
  ``mixed_word``, ``capitals_only``, ``lone_hanzi`` for the Chinese candidates, ...)
  in ``transforms.legacy_misreads``.
* ``one_candidate``: exactly one encoding family passes (a codec and its Windows
  superset are one family: the standard one is taken); two families (a GBK table of
  box characters also reads as Big5) is no decision, unless all of them read the bytes
  to the same text (rule ``same_text``: German in CP1252 is the same in CP1250).

A file that is not decided keeps the ``invalid_utf8`` rejection; its hint names the
best candidate and the option that decodes it (``--encoding``'s check and the reader's
fallback: ``transforms.legacy_fallback``). Cost: one strict decode per candidate
that gets that far (most fail within a few bytes), one count of its characters
(``numpy.bincount`` of the code points: 6x faster than ``collections.Counter``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from transforms.charset_labels import known_name
from transforms.legacy_baltic import baltic_problem
from transforms.legacy_cjk import cjk_problem, common_chars, hangul_pairs
from transforms.legacy_cyrillic_misreads import HEBREW_FINAL_FORMS, hebrew_final_forms
from transforms.legacy_greek_turkish import greek_problem, turkish_problem
from transforms.legacy_korean_words import korean_held
from transforms.legacy_mac_cyrillic import MAC_CYRILLIC, mac_cp1251_misread, opening_capitals
from transforms.legacy_short_hanzi import hanzi_held
from transforms.legacy_single_byte import central_problem, cyrillic_problem, latin_problem

_MIN_EVIDENCE = 8
# Clause stray_controls (session 27, second task): a C0 control or DEL is an ASCII byte, the same
# in every candidate's reading, so it tells no encoding, only text from binary. Books carry a few
# (Tolstoy's Юность 69 DEL for no-break spaces in 312,553 bytes, Детство 33; Дьявол 'Голомя\x01'):
# up to one per _CONTROL_CHARS characters passes; binary data has NUL bytes every few dozen, and
# a C1 control (a byte the codec leaves unassigned, as ISO-8859-5's 0x80-0x9F) still fails.
_CONTROL_CHARS = 2_000
# Clause stray_controls_clustered (review, session 27): a book's stray controls lie apart (at most
# 5 in any 2,000 characters: Отрочество's DELs; Юность 4), a binary fragment's crowd (a 100-byte
# random blob in a CP1251 novel: 7-14): more than _CONTROL_CROWD in one window of _CONTROL_CHARS
# characters fail however long the text (a 500-byte blob, 50 controls, passed the rate).
_CONTROL_CROWD = 6
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_BROKEN_UTF8_SHARE = 0.75  # share of non-ASCII bytes in valid UTF-8 sequences
# ... for a single-byte candidate: an accented letter is followed by an ASCII
# character, never by a byte of 0x80-0xBF, in real CP1252 text (bench: 0.00 of 394).
_LATIN_UTF8_SHARE = 0.1
# Rule utf8_pieces: UTF-8 of a Latin-1 character or of general punctuation read as
# CP1252 ('Ã©' for é, 'Â ' for a no-break space, 'â€™' for ’): a UTF-8 line pasted
# into a CP1252 file, which would decode to mojibake. Real CP1252 text has no 'Ã'
# or 'Â' before a symbol byte (0x80-0xBF); one such piece is enough.
_CP1252_TRAIL = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", "ignore"))))
_UTF8_PIECES = re.compile(
    rf"[\u00c2\u00c3][{re.escape(_CP1252_TRAIL)}]|\u00e2[\u20ac\u201a][{re.escape(_CP1252_TRAIL)}]"
)
_CP866_SMALL = re.compile(r"[а-я]{2}")  # rule dos_cyrillic_first
_CP866_CASE = re.compile(r"[а-я][А-Я]")  # its clause dos_cyrillic_case ('ЛШЯЮгШлабцк': Μαθηματικός)


# (codec, language); the order only matters for messages.
_CODECS = (
    ("gb18030", "Chinese"),
    ("big5", "traditional Chinese"),
    ("cp950", "traditional Chinese"),
    ("shift_jis", "Japanese"),
    ("cp932", "Japanese"),
    ("euc_jp", "Japanese"),
    ("euc_kr", "Korean"),
    ("cp949", "Korean"),
    ("cp1252", "Western European"),
    ("cp1250", "Central European"),
    ("iso8859_2", "Central European"),
    ("cp1251", "Cyrillic"),
    ("koi8_r", "Cyrillic"),
    ("iso8859_5", "Cyrillic"),
    ("cp866", "Cyrillic"),
    ("cp1253", "Greek"),  # session 17: transforms.legacy_greek_turkish
    ("iso8859_7", "Greek"),
    ("cp737", "Greek"),  # session 19: Greek DOS
    ("cp1254", "Turkish"),  # (reads ISO-8859-9 the same)
    ("cp1257", "Baltic"),  # session 18: transforms.legacy_baltic
    ("iso8859_13", "Baltic"),
    ("iso8859_4", "Baltic"),
    ("iso8859_10", "Baltic"),  # session 19: Latin-6 (Nordic/Baltic)
    ("cp775", "Baltic"),  # session 19: Baltic DOS
)
# (codec, language, label for messages). Clause reading_known_names (session 46, the
# Left of session 45's wtG): a reading is labelled with the name a user knows and
# --encoding takes back (charset_labels.known_name: "windows-1251", "koi8-r",
# "iso-8859-2", "windows-31j"), as the manifest counts it; the labels were the Microsoft
# code page names ("read as CP1251", "decode as CP1252 to ..."), which --encoding and
# the manifest do not use.
CANDIDATES = tuple((codec, language, known_name(codec)) for codec, language in _CODECS)
_SINGLE_BYTE = {
    "Western European": latin_problem,
    "Central European": central_problem,
    "Cyrillic": cyrillic_problem,
    "Greek": greek_problem,
    "Turkish": turkish_problem,
    "Baltic": baltic_problem,
}
_FAMILY = {"cp950": "big5", "cp932": "shift_jis", "cp949": "euc_kr"}  # superset: standard


@dataclass(frozen=True)
class Guess:
    """A candidate that decodes the bytes strictly; ``problem`` is "" when it passed
    every rule (then ``text`` is the document), else what failed."""

    encoding: str
    language: str
    label: str
    text: str
    problem: str

    @property
    def confident(self) -> bool:
        return not self.problem


def utf8_share(data: bytes) -> float:
    """The share of the non-ASCII bytes of ``data`` that form valid UTF-8 sequences
    (0.0 when there are none)."""
    ascii_bytes = len(data.translate(None, _HIGH_BYTES))
    high = len(data) - ascii_bytes
    if not high:
        return 0.0
    return (len(data.decode("utf-8", errors="ignore").encode("utf-8")) - ascii_bytes) / high


def broken_utf8(data: bytes) -> bool:
    """Rule ``broken_utf8``: most non-ASCII bytes are in valid UTF-8 sequences."""
    return utf8_share(data) >= _BROKEN_UTF8_SHARE


def char_counts(text: str) -> dict[str, int]:
    """{character: occurrences} of ``text``."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    counts = np.bincount(codes)
    present = np.flatnonzero(counts)
    return dict(zip(map(chr, present.tolist()), counts[present].tolist(), strict=True))


def _classes(counts: dict[str, int], language: str) -> dict[str, int]:
    common = frozenset() if language in _SINGLE_BYTE else common_chars(language)
    out = dict.fromkeys(
        (
            "non_ascii",
            "alpha",
            "han",
            "common",
            "kana",
            "halfwidth",
            "hangul",
            "private",
            "bad",
            "control",
        ),
        0,
    )
    out["letters"] = 0
    for char, n in counts.items():
        code = ord(char)
        if char.isalpha():
            out["letters"] += n
        if code < 0x80:
            if code < 0x20 and char not in "\t\n\r\f\x0b\x1b" or code == 0x7F:
                out["control"] += n
            continue
        out["non_ascii"] += n
        if char.isalpha():
            out["alpha"] += n
        if char in common:
            out["common"] += n
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
            out["han"] += n
        elif 0x3040 <= code <= 0x30FF:
            out["kana"] += n
        elif 0xFF66 <= code <= 0xFF9F:
            # Clause halfwidth_letters: the half-width katakana letters; ｡｢｣､･
            # (FF61-FF65) are punctuation, and real Japanese writes "ヌエヴァ･エスパルタ".
            out["halfwidth"] += n
        elif 0xAC00 <= code <= 0xD7A3:
            out["hangul"] += n
        elif code <= 0x9F:
            out["bad"] += n  # C1 controls
        elif 0xE000 <= code <= 0xF8FF or code >= 0xF0000:
            out["private"] += n
    return out


_BYTE_TABLES: dict[str, list[str]] = {}


def _byte_counts(codec: str, histogram: np.ndarray) -> dict[str, int]:
    """{character: occurrences} of bytes of a single-byte ``codec`` from their
    ``histogram`` (the same as :func:`char_counts` of the text; 8x faster). Only for
    bytes that decoded strictly (a byte the codec lacks is never counted)."""
    table = _BYTE_TABLES.get(codec)
    if table is None:
        table = _BYTE_TABLES[codec] = [
            bytes((b,)).decode(codec, errors="replace") for b in range(256)
        ]
    counts: dict[str, int] = {}
    present = np.flatnonzero(histogram)
    for byte, k in zip(present.tolist(), histogram[present].tolist(), strict=True):
        char = table[byte]
        counts[char] = counts.get(char, 0) + k
    return counts


def _crowded_controls(text: str) -> bool:
    """Clause stray_controls_clustered: more than ``_CONTROL_CROWD`` controls (C0 but tab, line
    and form feeds, ESC; DEL) within ``_CONTROL_CHARS`` characters."""
    at = [m.start() for m in _CONTROL.finditer(text)]
    return any(b - a < _CONTROL_CHARS for a, b in zip(at, at[_CONTROL_CROWD:], strict=False))


def _judge(codec: str, language: str, text: str, utf8: float, counts: dict[str, int]) -> str:
    c = _classes(counts, language)
    if (  # clauses stray_controls, stray_controls_clustered
        c["bad"]
        or c["control"] > len(text) // _CONTROL_CHARS
        or c["control"] > _CONTROL_CROWD
        and _crowded_controls(text)
    ):
        return f"it holds {c['bad'] + c['control']:,} control characters"
    if c["non_ascii"] < _MIN_EVIDENCE:
        return f"only {c['non_ascii']} non-ASCII characters: too few to tell the encoding"
    if language in _SINGLE_BYTE:
        if c["private"]:
            return "it holds private-use characters"
        # (clause dos_letters, session 19: Cyrillic, CP737's Greek and CP775's letters
        # are high bytes at 0x80-0xBF too: they form UTF-8 pieces by chance, ~20-30%)
        high = language == "Cyrillic" or codec in ("cp737", "cp775")
        if utf8 >= (_BROKEN_UTF8_SHARE if high else _LATIN_UTF8_SHARE):
            return f"{utf8:.0%} of its non-ASCII bytes are UTF-8 sequences: damaged UTF-8"
        pieces = _UTF8_PIECES.findall(text) if codec == "cp1252" else []
        if pieces:
            return (
                f"UTF-8 mixed in: {pieces[0]!r} is UTF-8 read as windows-1252, which "
                "--encoding windows-1252 would keep; convert the windows-1252 parts alone"
            )
        problem = _SINGLE_BYTE[language](counts, c, text)
        if not problem and codec == "cp1251":  # (session 24's clauses read CP1251's bytes)
            problem = mac_cp1251_misread(counts, text)
        # (rule hebrew_final_forms: CP866 and KOI8-R readings that passed)
        return problem or hebrew_final_forms(text, codec)
    return cjk_problem(language, c, text, counts)


def candidates(data: bytes) -> list[Guess]:
    """Every candidate in which ``data`` decodes strictly, judged (rules above)."""
    utf8 = utf8_share(data)
    histogram = np.bincount(np.frombuffer(data, dtype=np.uint8), minlength=256)
    out = []
    for codec, language, label in CANDIDATES:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if out and out[-1].text == text and out[-1].language == language:
            problem = out[-1].problem  # a superset that read it the same (CP950 after Big5)
        else:
            single = language in _SINGLE_BYTE
            counts = _byte_counts(codec, histogram) if single else char_counts(text)
            problem = _judge(codec, language, text, utf8, counts)
        out.append(Guess(codec, language, label, text, problem))
    return out


def _mac_reading(data: bytes, passed: list[Guess], rival: bool = False) -> Guess | None:
    """The first of ``passed`` vetoed if ``data`` passes as Mac Cyrillic and reads
    otherwise than every one of them (clause mac_cyrillic_reading); with ``rival`` (the
    one passed reading is CP1251's) only if more of the Mac reading's words open with a
    capital (clause mac_cyrillic_rival)."""
    try:
        text = data.decode("mac_cyrillic")
    except UnicodeDecodeError:
        return None
    histogram = np.bincount(np.frombuffer(data, dtype=np.uint8), minlength=256)
    counts = _byte_counts("mac_cyrillic", histogram)
    small = sum(k for ch, k in counts.items() if "\u0430" <= ch <= "\u045f")
    capitals = sum(k for ch, k in counts.items() if "\u0400" <= ch <= "\u042f")
    if (
        small <= capitals
        or any(g.text == text for g in passed)
        or rival
        and opening_capitals(text) <= opening_capitals(passed[0].text)
        or _judge("mac_cyrillic", "Cyrillic", text, utf8_share(data), counts)
    ):
        return None  # (CP866's capitals are Mac's: text in capitals is told by neither)
    why = (
        "its Mac Cyrillic reading passes every rule too and more of its words open with a capital"
        if rival
        else "its Mac Cyrillic reading passes every rule, its windows-1251 reading not"
    )
    why = f"{why} {MAC_CYRILLIC}"
    return replace(passed[0], problem=why)


def guess_encoding(data: bytes) -> tuple[Guess | None, Guess | None]:
    """``(decided, best)``: ``decided`` is the one candidate that passed every rule
    (None if none or several did: rule ``one_candidate``); ``best`` the candidate to
    name in a rejection's hint. Bytes that are broken UTF-8 give ``(None, None)``."""
    if broken_utf8(data):
        return None, None
    found = candidates(data)  # (measures utf8_share again: 2 ms per MB)
    passed = [g for g in found if g.confident]
    # Clause hebrew_veto (s. 21): a reading that is Hebrew (rule hebrew_final_forms) decides
    # nothing, not another codec's reading of the same bytes (Cyrillic capitals as small letters)
    hebrew = [g for g in found if g.problem == HEBREW_FINAL_FORMS]
    if hebrew:
        return None, hebrew[0]
    mac = [g for g in found if g.problem.endswith(MAC_CYRILLIC)]  # clause mac_cyrillic_veto
    if mac:
        return None, mac[0]
    # Clause mac_cyrillic_reading (s. 23): where the CP1251 reading fails (or cannot decode) and
    # the Mac Cyrillic reading passes every Cyrillic rule, another codec's reading is not decided:
    # Mac Cyrillic's small letters are KOI8-R's capitals and CP1253's Greek ('ΰ' for 'а'); real
    # KOI8-R, CP866, ISO-8859-5 read as Mac Cyrillic fail the rules (800 of 800 catalog pieces).
    # Only a Mac reading mostly of small letters counts: CP866's capitals are Mac's, so CP866 text
    # in capitals (with a stray 'Ё' or sign) read as Mac passes too (37 pieces went undecided).
    if passed and "cp1251" not in {g.encoding for g in passed}:
        other = _mac_reading(data, passed)
        if other is not None:
            return None, other
    # Clause mac_cyrillic_rival (s. 24, transforms.legacy_mac_cyrillic): CP1251 alone passed, but
    # the Mac reading passes too and more of its words open with a capital: not decided.
    if [g.encoding for g in passed] == ["cp1251"]:
        other = _mac_reading(data, passed, rival=True)
        if other is not None:
            return None, other
    # Rule dos_cyrillic_first (review, s. 19): short CP866 with small letters passes as CP737 too:
    # CP866; clause dos_cyrillic_case (s. 20): not with a capital after a small letter ('гШл').
    if {g.encoding for g in passed} == {"cp866", "cp737"}:
        cyrillic = next(g for g in passed if g.encoding == "cp866")
        if _CP866_SMALL.search(cyrillic.text) and not _CP866_CASE.search(cyrillic.text):
            passed = [cyrillic]
    short = [g for g in found if g.encoding in ("euc_kr", "shift_jis", "euc_jp")]
    short = [g for g in short if hangul_pairs(g.text, g.problem, g.language)]
    # clauses hanzi_pairs (transforms.legacy_short_hanzi), ko_bracketed_words (legacy_korean_words)
    held = hanzi_held(found, passed, _SINGLE_BYTE, short) or korean_held(found, passed)
    if held is not None:
        return None, held
    if (  # clauses hangul_pairs, kana_pairs (transforms.legacy_cjk)
        short
        and passed
        and all(g.language in _SINGLE_BYTE for g in passed)
        and all(any(ch.islower() for ch in g.text if ord(ch) >= 0x80) for g in passed)
    ):
        return None, short[0]
    # An encoding and its Windows superset (EUC-KR and CP949, Big5 and CP950, Shift_JIS
    # and CP932) may both pass: one family, and the first (the standard) is taken.
    # Rule same_text: codecs that read the bytes to one text are no real choice.
    if len({_FAMILY.get(g.encoding, g.encoding) for g in passed}) == 1 or (
        passed and len({g.text for g in passed}) == 1
    ):
        return passed[0], passed[0]
    if passed:
        return None, passed[0]
    return None, (found[0] if found else None)
