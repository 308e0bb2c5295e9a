"""UTF-16 without a byte order mark, beyond ASCII (session 34, the Left of session 33).

Clause ``utf16_unmarked_decoded``: a text file (``--encoding auto``) whose bytes are not
UTF-8 and that is UTF-16 without a byte order mark holding é or Chinese/Japanese text was
rejected with "the bytes look like UTF-16LE without a byte order mark; ... iconv" (only
its ASCII case, clause ``utf16_ascii_without_bom``, was decoded). It is decoded, and
labelled ``utf-16-le``/``utf-16-be`` as that case is, when one byte order gives strong
evidence and the other none:

* mostly-Latin text (``latin``): half or more of the code units have a NUL high byte
  (every ASCII character) while at most 1% have a NUL low byte; UTF-8, GB18030, Big5,
  Shift_JIS and Latin-1 text have no NUL bytes at all;
* Chinese/Japanese/Korean text (``cjk``, few NULs): 32 or more characters, three
  quarters of the non-ASCII ones common hanzi/kanji/Hangul (the legacy encodings' level-1
  sets), kana, CJK or full-width punctuation; the legacy encodings read as UTF-16 reach
  at most about half (clause ``utf16_cjk_without_nul``'s measure);

and for both: the whole file decodes strictly in that order (no unpaired surrogate), no
U+0000 (UTF-32), at most 0.1% control characters and 98% or more of the sample's
characters in common scripts (``transforms.encodings._plausible``). Both byte orders
strong is ambiguous: rejected, saying so.

Clause ``utf16_unmarked_odd_length``: such a file with an odd number of bytes was read
as UTF-8 when its bytes were under 0x80 (NULs stripped as control characters, the
manifest saying utf-8) or rejected with the iconv hint, which makes iconv fail on the
last byte. The evidence is taken without the last byte; when it holds, the file is
rejected (``invalid_utf16``) naming the stray byte: a byte added (`echo >>`) or a file
cut short cannot be told apart, and dropping the byte could hide a cut (the rest of a
book lost unsaid), as for a marked file (clause ``stray_end_text_said``).

Cost: only for a text file under auto that is already not UTF-8 (or is UTF-8 with NULs
and an odd length): one strict decoding of the file per byte order that passes the
sample's NUL count.
"""

from __future__ import annotations

import posixpath
import re
import shlex
import unicodedata
from collections import Counter

from transforms.encodings import _UTF16_SAMPLE, UTF16_BOMS, _plausible, wide_start

_MIN_CJK_CHARS = 32
_CJK_SHARE = 0.75
_PLAUSIBLE_SHARE = 0.98
_CONTROL_SHARE = 0.001
_ORDERS = (("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE"))
# Clause utf16_unmarked_rare_hanzi: classical Chinese (oscarsun72/chtxt's 方言, 敦煌歌辭,
# 九經字樣) marks lost characters with □ ○ △ and holds CJK extension A and B hanzi (a
# valid surrogate pair each): 2.8% of their characters, outside encodings._plausible,
# so they were rejected. These blocks count as plausible here (not in the hint's test).
_MORE_PLAUSIBLE = (
    ("\u2460", "\u27bf"),  # enclosed numbers, box drawing, geometric shapes, symbols
    ("\u2e80", "\u2fdf"),  # CJK and Kangxi radicals
    ("\u3100", "\u31ff"),  # bopomofo, kanbun, CJK strokes, katakana extension
    ("\u3200", "\u4dbf"),  # enclosed CJK, compatibility, CJK extension A
    ("\uf900", "\ufaff"),  # CJK compatibility ideographs
    ("\U00020000", "\U0003134f"),  # CJK extensions B-G (a surrogate pair each)
)


def _more_plausible(ch: str) -> bool:
    return _plausible(ch) or any(low <= ch <= high for low, high in _MORE_PLAUSIBLE)


def _cjk_common() -> frozenset[str]:
    from transforms.legacy_cjk import common_chars  # (its tables are made on first use)

    return common_chars("Chinese") | common_chars("Japanese") | common_chars("Korean")


def _evidence(body: bytes, codec: str) -> str | None:
    """``"latin"``/``"cjk"`` when ``body`` (an even length) is strongly UTF-16 in the
    byte order of ``codec``, else None. Clause ``utf16_unmarked_tail`` (review, session
    34): the evidence is taken from the file's first and its last 64 KiB, each on its
    own: a UTF-16 file with UTF-8 text after it (``cat a.txt b.txt``, a UTF-8 editor's
    lines added) decoded strictly, the UTF-8 read as CJK ideographs (English) or private
    use (Chinese), silently."""
    size = min(len(body), _UTF16_SAMPLE)
    head, tail = body[:size], body[len(body) - size :]
    if _sample_kind(head, codec) is None or _sample_kind(tail, codec) is None:
        return None
    try:
        text = body.decode(codec)  # strict: an unpaired surrogate fails
    except UnicodeDecodeError:
        return None
    if "\x00" in text:  # UTF-32 without a mark, or binary
        return None
    parts = ((head, text[: size // 2]), (tail, text[max(0, len(text) - size // 2) :]))
    kinds = [_text_kind(part, _sample_kind(raw, codec) == "latin") for raw, part in parts]
    return kinds[0] if kinds[0] and _same(kinds) else None


def _sample_kind(sample: bytes, codec: str) -> str | None:
    """``"latin"`` when ``sample``'s NUL bytes are those of mostly-Latin UTF-16 in the
    order of ``codec``; ``"other"`` when they allow other UTF-16; None when they do not."""
    units = len(sample) // 2
    if units < 2:
        return None
    high, low = (
        (sample[1::2], sample[0::2]) if codec.endswith("le") else (sample[0::2], sample[1::2])
    )
    if high.count(0) * 2 >= units and low.count(0) <= units // 100:
        return "latin"
    # Clause utf16_unmarked_half_ascii (wtC2): NULs in over half the units, and more in
    # the low places than in the high: the other order's. (It was the first half only:
    # text about half ASCII whose own low NULs (Hangul 가 U+AC00, 一 U+4E00) tip it over,
    # the Korean Debian FAQ and Chinese UI text, lost the decoding in both orders. The
    # second half alone is no guard: Chinese with few line ends has more 一 than NULs.)
    if sample.count(0) > units // 2 and low.count(0) > high.count(0):
        return None
    return "other"


def _text_kind(head: str, latin: bool):
    """``"latin"``/``"cjk"``/``("script", blocks)`` when the decoded ``head`` (a sample)
    reads as text."""
    controls = sum(ch < " " and ch not in "\t\n\r\f" for ch in head)
    if controls > _CONTROL_SHARE * len(head):
        return None
    wide = [ch for ch in head if ch > "\x7f" and not ch.isspace()]
    blocks = _script_blocks(wide)  # clause utf16_unmarked_scripts
    if blocks:
        plausible = sum(_more_plausible(ch) or _in_blocks(ch, blocks) for ch in head)
    else:
        plausible = sum(map(_more_plausible, head))
    if plausible < _PLAUSIBLE_SHARE * len(head):
        return None
    if latin:
        return "latin"
    if blocks:
        return ("script", blocks)
    if len(wide) < _MIN_CJK_CHARS:
        return None
    common = _cjk_common()
    cjk = sum(
        ch in common or "\u3000" <= ch <= "\u30ff" or "\uff00" <= ch <= "\uffef" for ch in wide
    )
    return "cjk" if cjk >= _CJK_SHARE * len(wide) else None


# Clause utf16_unmarked_scripts (session 34, wtC2): mark-less UTF-16 of an alphabetic
# script other than Latin (Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai...) was
# rejected with the iconv hint, or (Thai, Russian: every byte under 0x80) read as UTF-8
# full of control characters. Its letters fall in one or two 256-code-point blocks under
# U+2000 (U+0Exx for Thai), 90% or more of them, in the head and in the tail alike. Text
# in any 8-bit or multibyte encoding read as UTF-16 lands there only through control
# bytes (a high byte 0x01-0x1f) at one parity, which text does not hold.
_SCRIPT_SHARE = 0.9
_OBJECT_START = re.compile(r'[ \t]*\{[ \t\r\n]*"')  # jsonl_first_line_split
_SCRIPT_END = 0x20  # blocks (code point >> 8) under U+2000: the alphabets


def _script_blocks(wide: list[str]) -> frozenset[int] | None:
    """The one or two blocks (``_block``, under U+2000) holding 90% or more of the 32 or
    more letters of ``wide``, else None."""
    letters = [ch for ch in wide if unicodedata.category(ch)[0] in "LM"]
    if len(letters) < _MIN_CJK_CHARS:
        return None
    top = Counter(map(_block, letters)).most_common(2)
    if top[0][0] >= _SCRIPT_END:
        return None  # CJK, Hangul: clause cjk decides those
    if sum(count for _, count in top) < _SCRIPT_SHARE * len(letters):
        return None
    return frozenset(block for block, _ in top if block < _SCRIPT_END)


def _block(ch: str) -> int:
    """``ch``'s block: its code point >> 8, the Latin ones (U+0000-02FF, U+1E00-1EFF:
    Vietnamese spreads over all four) counted as one."""
    block = ord(ch) >> 8
    return 0 if block < 3 or block == 0x1E else block


def _in_blocks(ch: str, blocks: frozenset[int]) -> bool:
    return _block(ch) in blocks and unicodedata.category(ch) not in ("Cn", "Co", "Cc")


def _same(kinds) -> bool:
    """Head and tail give the same evidence (for scripts: a block in common)."""
    head, tail = kinds
    if isinstance(head, tuple) and isinstance(tail, tuple):
        return bool(head[1] & tail[1])
    return bool(head and tail)


def unmarked_utf16(data: bytes, source: str = "FILE") -> tuple[str, str] | str | None:
    """``(text, codec)`` when ``data`` (no byte order mark, not UTF-8 or UTF-8 of an odd
    length) is UTF-16 by strong evidence (clause ``utf16_unmarked_decoded``); a one-line
    rejection message when it is that UTF-16 with an odd length (clause
    ``utf16_unmarked_odd_length``, naming ``source``: clause ``odd_length_file_named``)
    or when both byte orders read so; else None."""
    if data.startswith(UTF16_BOMS):
        return None
    odd = len(data) % 2
    body = data[:-1] if odd else data
    strong = [(codec, name) for codec, name in _ORDERS if _evidence(body, codec)]
    if not strong:
        return None
    if len(strong) > 1:
        return (
            "the bytes read as UTF-16LE and as UTF-16BE without a byte order mark, so the "
            "order cannot be told; re-encode the input as UTF-8 with the right one "
            "(iconv -f UTF-16LE -t UTF-8, or -f UTF-16BE)"
        )
    ((codec, name),) = strong
    if odd:
        return (
            f"the file is {name} without a byte order mark but has an odd number of bytes "
            f"({len(data):,}): its last byte (0x{data[-1]:02x}) is half a character, "
            "nothing of the file was read: if `echo >>` or an editor added the byte, remove "
            f"it (truncate -s -1 {shlex.quote(source)}); if the file was cut short, get it "
            "whole"
        )
    return body.decode(codec), codec


# Clause utf8_mostly_controls (session 34, wtC2): mark-less UTF-16 whose bytes are all
# under 0x80 (Thai U+0E01 is 01 0e, Russian а U+0430 is 30 04) is valid UTF-8, so it was
# read as `utf-8`: text of control characters, silently destroyed. Valid UTF-8 whose
# head or tail (64 KiB each) is over 5% control bytes is no text the user meant: other
# than tab, line ends, form feed, backspace (nroff's overstrike), BEL, SUB (a DOS end of
# file) and ESC (ANSI colours), and not counting NUL padding (pairs of NULs: a crashed
# write's zeroed blocks). It is decoded as UTF-16 on the evidence of utf16_unmarked_*,
# else rejected saying what it looks like and what to do.
_ODD_CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\b\x07\x1a\x1b")
_NOT_ODD = bytes(b for b in range(256) if b not in _ODD_CONTROLS)
_ODD_SHARE = 0.05
_HIGH = bytes(range(32, 256))
# UTF-16 of any script under U+2000 has a byte under 0x20 at every second place
_PARITY_SHARE = 0.9


def _odd_controls(sample: bytes) -> tuple[int, int, int]:
    """How many bytes of ``sample`` (NUL pairs dropped) there are, and how many of them
    are odd control bytes at even and at odd offsets."""
    sample = sample.replace(b"\x00\x00", b"")
    return (
        len(sample),
        len(sample[0::2].translate(None, _NOT_ODD)),
        len(sample[1::2].translate(None, _NOT_ODD)),
    )


def mostly_controls(
    data: bytes, source: str = "FILE", mark: int = 0
) -> tuple[str, str] | str | None:
    """For ``data`` that decoded as UTF-8 (no byte order mark): None when it reads as
    text; else ``(text, codec)`` (mark-less UTF-16 on strong evidence) or the one-line
    rejection message (clause ``utf8_mostly_controls``)."""
    head, tail = data[:_UTF16_SAMPLE], data[-_UTF16_SAMPLE:]
    counts = [_odd_controls(part) for part in (head, tail)]
    if all(even + odd <= _ODD_SHARE * size for size, even, odd in counts):
        return None
    said = unmarked_utf16(data, source)
    if said:
        return said
    size, even, odd = next(c for c in counts if c[1] + c[2] > _ODD_SHARE * c[0])
    share = (even + odd) / max(1, size)
    for name, zeros in (
        ("UTF-32LE", head[2::4] + head[3::4]),
        ("UTF-32BE", head[0::4] + head[1::4]),
    ):
        if len(head) >= 8 and zeros.count(0) >= _PARITY_SHARE * len(zeros):  # 2 NULs a unit
            return (
                f"the text is {share:.0%} control characters: it looks like {name} "
                "without a byte order mark (two NUL bytes in every four), not UTF-8; "
                f"re-encode the input as UTF-8 (iconv -f {name} -t UTF-8 {shlex.quote(source)})"
            )
    places = (head[0::2], head[1::2])
    lows = [len(part.translate(None, _HIGH)) for part in places]
    if max(lows) >= _PARITY_SHARE * len(places[lows.index(max(lows))]):  # UTF-16's high bytes
        name = "UTF-16LE" if lows[1] > lows[0] else "UTF-16BE"
        return (
            f"the text is {share:.0%} control characters, at every second byte: it looks "
            f"like {name} without a byte order mark, not UTF-8, but too little of it "
            f"reads as {name} to decode it surely; re-encode the input as UTF-8 "
            f"(iconv -f {name} -t UTF-8 {shlex.quote(source)})"
        )
    sample = head if counts[0][1] + counts[0][2] > _ODD_SHARE * counts[0][0] else tail
    return _controls_said(data, sample, share, source, mark)


# Clause controls_named (session 35, the Left of session 34): the "binary or not text"
# rejection of valid UTF-8 over 5% control bytes said only the share. Field-separated
# exports (Hive's \x01 fields), MARC records (\x1d \x1e \x1f) and NUL-separated lists
# (find -print0) are such files: the line names the byte that dominates, how many of
# the file's bytes it is, where it first is, and the command that makes text of it.
_SEPARATORS = {
    0x00: ("a NUL-separated list (find -print0)?", r"tr '\0' '\n' < {f} > {o}.lines.txt"),
    0x01: ("a field-separated export (Hive's \\x01)?", r"tr '\001' '\t' < {f} > {o}.tsv"),
    0x1D: ("MARC records?", "yaz-marcdump {f} > {o}.marc.txt"),
    0x1E: ("MARC records?", "yaz-marcdump {f} > {o}.marc.txt"),
    0x1F: ("MARC records?", "yaz-marcdump {f} > {o}.marc.txt"),
}


def _controls_said(data: bytes, sample: bytes, share: float, source: str, mark: int = 0) -> str:
    """The one-line rejection of valid UTF-8 that is mostly control bytes and no UTF-16/32:
    its dominant control byte, how many, where first, and what to do (``_SEPARATORS``)."""
    odd = sample.replace(b"\x00\x00", b"").translate(None, _NOT_ODD)
    byte = Counter(odd).most_common(1)[0][0]
    found = f"0x{byte:02x} at {data.count(byte):,} of {len(data):,} bytes"
    found += f", first at byte {data.find(byte) + mark:,}"  # clause bom_offsets_at_source
    what, command = _SEPARATORS.get(byte, ("", ""))
    stem = posixpath.splitext(source)[0]
    fix = (
        f"{what} convert it with {command.format(f=shlex.quote(source), o=shlex.quote(stem))}, or"
        if what
        else "convert it to plain text or"
    )
    return (
        f"the text is {share:.0%} control characters, mostly {found}: it is binary or not "
        f"text, though it decodes as UTF-8; {fix} remove it from the input"
    )


def jsonl_codec(first_line: bytes, encoding: str) -> str | None:
    """The codec of a JSONL file from its first line: ``UTF-16``/``UTF-32`` by a byte
    order mark (clause ``utf16_jsonl_read``), ``UTF-16LE``/``UTF-16BE`` without one
    (clause ``utf16_unmarked_jsonl``), else None."""
    from transforms.file_kinds import wide_encoding

    return wide_encoding(first_line) or unmarked_jsonl(first_line, encoding)


# Clause utf32_unmarked_jsonl (session 35, wtC2): mark-less UTF-32 JSONL was rejected
# ("utf16_jsonl" ... iconv) while the text reader decodes mark-less UTF-32
# (utf32_unmarked_decoded). JSON's first character is "{": in UTF-32 "{" and three NULs
# (LE) or three NULs and "{" (BE); the first line decoded strictly as that order must
# parse as an object, which no 8-bit or UTF-16 text does (UTF-16 would hold U+0000).
_JSONL_MARKS = (
    ("UTF-32LE", b"{\x00\x00\x00"),
    ("UTF-32BE", b"\x00\x00\x00{"),
    ("UTF-16LE", b"{\x00"),
    ("UTF-16BE", b"\x00{"),
)


def unmarked_jsonl(first_line: bytes, encoding: str = "auto") -> str | None:
    """``"UTF-16LE"``/``"UTF-16BE"`` (``"UTF-32LE"``/``"UTF-32BE"``: clause
    ``utf32_unmarked_jsonl``) when the first line of a JSONL file (as a reader
    splits it at the byte ``\\n``) is a JSON object in that UTF-16 without a byte order
    mark, else None; only under ``--encoding auto`` (a named codec is the user's word:
    the ``utf16_jsonl`` rejection stays).

    Clause ``utf16_unmarked_jsonl`` (session 34, wtC2): such a file was rejected
    (``utf16_jsonl``, "iconv -f UTF-16LE"). JSON's own characters are ASCII, so its
    first line is ``{`` and a NUL, then ``"``, a NUL...; decoded strictly in one order
    it parses as a JSON object, which the other order and any 8-bit text never do. The
    rest is read as that UTF-16 (``encodings.Utf8Of``), which names the offset of any
    bytes that are not."""
    import json

    if encoding != "auto":
        return None
    start = first_line.lstrip(b" \t")[:2]
    wide = wide_start(first_line)  # clause utf32_unmarked_jsonl: UTF-32 before UTF-16
    for name, mark in _JSONL_MARKS:
        if (wide if "32" in name else start) != mark:
            continue
        unit = 4 if "32" in name else 2
        line = first_line + bytes(-len(first_line) % unit)  # LE's "\n\0" / "\n\0\0\0"
        try:  # surrogatepass: a cut may leave a pair's first half (Utf8Of is strict)
            head = line.decode(name.lower(), "surrogatepass")
            record = json.loads(head)
        except UnicodeDecodeError:
            return None
        except ValueError:
            # Clause jsonl_first_line_split (review): the reader cut line 1 at a byte
            # 0x0a inside a character (LE: 上 U+4E0A, Thai ช U+0E0A, Њ U+040A, 😊; BE:
            # Gurmukhi, Gujarati): it does not parse, and the file was rejected. `{"` in
            # one order (a NUL after each) is no 8-bit text: read it so, records judged.
            return name if _OBJECT_START.match(head) else None
        return name if isinstance(record, dict) else None
    return None
