"""Text normalization: the one place where a document's characters are fixed.

Every later span (sections, paragraphs, sentences, tokens) is a character offset
into the text this stage returns, so it must run first and only once.

Steps, each a single C-level pass (about 150 MB/s together on ASCII text, so it
never shows up next to sentence splitting):

1. Unicode NFC (skipped when ``unicodedata.is_normalized`` says it is already NFC; a long
   text is read and composed in pieces between line breaks: clause ``nfc_by_pieces``);
2. CRLF and lone CR to LF; a byte order mark (U+FEFF) inside the text removed (clause
   ``stray_byte_order_marks``: a file concatenated into it left it there);
3. mojibake repair: UTF-8 text that was once decoded as Windows-1252 ("â€™" for
   "’", "â€¢" for "•", "Â\xa0" for a no-break space; twice-garbled text too) is
   decoded back. Only the garblings of U+0080-U+00FF ("Â"/"Ã" + one character)
   and of U+2000-U+213F ("â€"-like + one character) are repaired, and only if
   the bytes decode as UTF-8, so ordinary Latin-1 text ("café", "Ä", "æ”—")
   is left alone (garbled CJK or emoji text is not repaired); "â€" + U+FFFD (a
   lost 0x9D byte) becomes "”". Text without "Â", "Ã" or "â" costs three
   literal finds (clause mojibake_lead_literal);
4. control characters (Unicode category Cc) removed, except tab and newline;
   before them (rule ``ansi_escapes``) terminal escape sequences go whole:
   colour and cursor codes (CSI "ESC [ ... m"), OSC titles (to BEL, ST or
   the end of the line), escapes such as "ESC c" and "ESC ( B". Debian's
   fortunes-zh sets each poem's title and author in colour
   ("\x1b[32m《登高》\x1b[m"): removing the ESC alone left "[32m《登高》[m"
   in the training text;
5. runs of ASCII spaces collapsed to one space (NFC again if a repair decoded
   to a combining mark; the whole is repeated until nothing changes, which
   only text that was repaired or had control characters can need). Tabs, newlines and other spaces
   (U+3000 indentation in Chinese text, NBSP) are kept: they carry layout that
   the paragraph heuristic reads. Inside a fenced or an indented code block
   (``transforms.code_blocks``) spaces are kept too: there they are syntax.
   Before the collapse (rule ``nbsp_indent``) the no-break spaces of a line's
   leading whitespace become ASCII spaces: text rendered from HTML (Debian's
   debian-reference.ja.txt, w3m output) indents one paragraph's lines with
   "\xa0\xa0\xa0 " on some and four spaces on others; kept, the NBSP lines
   read as 3 columns deeper than their neighbours (a new paragraph), so the
   Japanese wraps between them stayed ("パッ" / "\xa0\xa0\xa0 ケージ") and
   the NBSPs went into the training text. NBSP elsewhere in a line is kept.
   Before the collapse too (clause ``cjk_glued_paragraphs``,
   ``transforms.cjk_glued_paragraphs``, session 31) a long Chinese line that glues
   many paragraphs with runs of 4 spaces or 2 ideographic spaces is split at them,
   and (clause ``flat_chapter_breaks``, ``transforms.flat_chapters``, session 49) a
   book that lost all its line breaks gets them back before its advancing 第N回 headings.
6. clause ``cjk_halfwidth_marks`` (``transforms.cjk_halfwidth_marks``, session 32):
   half-width , ; : ? ! ( ) in Chinese prose become ，；：？！（）.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import apache_beam as beam
import numpy as np

from schemas import Document
from transforms.beam_utils import DocumentStage, RejectDocument
from transforms.centred_lines import centred_lines
from transforms.cjk_glued_paragraphs import glued_paragraph_breaks
from transforms.cjk_halfwidth_marks import fullwidth_marks
from transforms.cjk_markdown_lines import markdown_source
from transforms.code_blocks import SpansOnce, code_spans
from transforms.flat_chapters import flat_chapter_breaks
from transforms.markdown_hard_breaks import markdown_breaks
from transforms.page_breaks import page_break_lines

# Clause stray_byte_order_marks (session 57): a U+FEFF inside a text is a byte order mark
# of a file that was concatenated into it (the reader takes off only the one at the
# start): 藝文類聚 (oscarsun72/chtxt) opens 98 of its 卷 bodies with one, and Gutenberg
# books (Buckley's Euripides vol. I, Swift's Poems vol. 2) carry one at the line where
# the producers joined their files ("\ufeffTHE" / "TRAGEDIES"). As a character it is the
# deprecated zero-width no-break space (Unicode 3.2 moved that meaning to U+2060): it
# renders as nothing, so it is removed, and counted with the control characters.
_BOM = "\ufeff"
# C0 and C1 controls and DEL, minus \t (0x09) and \n (0x0a). \r is gone by then.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
# Clause line_break_controls: a vertical tab, form feed or NEL (U+0085) between two
# characters of one line is a line break, not nothing: text decoded from an IBM
# mainframe's EBCDIC (`iconv -f IBM037`, Python's cp037) ends its lines in NEL, and
# deleting it glued the last word of each line to the first of the next
# ("paragraph\x85with" -> "paragraphwith"). Next to a newline (a form feed on its own
# line between pages, pdftotext's "\n\f" page ends) it is still just removed.
# Read after the other controls are gone ("Loomings.\f\a\n": the form feed ends
# its line).
_LINE_CONTROL = re.compile("(?<=[^\n])[\x0b\x0c\x85](?=[^\n])")
_OTHER_CONTROL = re.compile("[\x00-\x08\x0d-\x1f\x7f-\x84\x86-\x9f]+")
# Clause field_controls_spaced (session 35, wtC2): a C0 control between two words of a
# script written with spaces is a separator, not nothing: a Hive export's \x01 between
# fields (its default when no tab is asked for), \x02/\x03 between a field's items,
# ASCII's unit/record separators \x1c-\x1f, a NUL between names. Under the reader's 5%
# limit (utf8_mostly_controls) such an export is read, and deleting the byte glued the
# last word of one field to the first of the next ("Fantine\x01Cosette" ->
# "FantineCosette"). A run of them becomes one space. Not: backspace (nroff's
# overstrike "A\bA"), ESC (terminal escapes), the line-break controls, C1 (undefined
# cp1252 bytes inside a word), nor next to a space, a line end or a CJK character
# (written without spaces: removed as before).
_FIELD_CONTROL = re.compile("[\x00-\x07\x0e-\x1a\x1c-\x1f]+")  # the run; its sides below
_NO_SPACE = re.compile("[\\s\x00-\x1f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


# Clause field_controls_soft_hyphen (session 35, wtC2 review): Word's binary text writes
# its optional hyphen as \x1f inside a word ("inter\x1fnational"): text extracted from a
# .doc keeps it. When every \x1f of a text is a single one between two lowercase letters,
# they are soft hyphens: removed as before (not "inter national"). Clause
# field_controls_utf16_nul: a NUL with another NUL two characters away is UTF-16 read as
# an 8-bit codec ("H\x00e\x00l\x00l\x00o"): removed as before (not "H e l l o").
_UNIT_SEPARATOR = re.compile("\x1f+")


def _soft_hyphens(text: str) -> bool:
    return all(
        len(m.group()) == 1
        and text[m.start() - 1 : m.start()].islower()
        and text[m.end() : m.end() + 1].islower()
        for m in _UNIT_SEPARATOR.finditer(text)
    )


# Clause field_controls_cjk_lines (session 36): between CJK fields (a Hive export of
# Chinese or Japanese: "红楼梦\x01曹雪芹\x01第一回") a separator run was deleted
# ("红楼梦曹雪芹第一回"): no space is written between CJK words, so a space there is
# no separator a reader (or a later CJK rule) keeps; each field goes on its own line.
# Only the separators (Hive's \x01-\x03, ASCII's \x1c-\x1f), and only in a text
# holding two runs of them or more (an export has a row per line): a lone one between
# hanzi is a stray byte (金庸's 鹿鼎记 ch. 21, wuxia-novel: "侍卫。\x1d察尔珠"),
# removed as before, as are NUL and the other controls next to CJK.
_CJK_SIDE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_SEPARATORS = re.compile("[\x01-\x03\x1c-\x1f]+")
# Clause field_controls_nb_hyphen (session 36): Word's binary text writes its
# non-breaking hyphen as \x1e ("well\x1eknown"; [MS-DOC]'s 0x1E; .doc extractors map it
# to "-" and drop 0x1F, the optional hyphen): it was a space ("well known"). When every
# \x1e of a text is a single one between two letters (or two digits: "50\x1e52") and
# no other separator is there
# (\x01-\x03, \x1c, \x1d, a \x1f that is no soft hyphen: an export's record separator
# "Customer\x1eINVOICE_ID\x1f900903"), they are hyphens.
_RECORD_SEPARATOR = re.compile("\x1e+")
_OTHER_SEPARATOR = re.compile("[\x01-\x03\x1c\x1d]")


def _nb_hyphens(text: str, soft: bool) -> bool:
    if _OTHER_SEPARATOR.search(text) or ("\x1f" in text and not soft):
        return False
    for m in _RECORD_SEPARATOR.finditer(text):
        sides = text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1]
        if len(m.group()) > 1 or len(sides) < 2 or _CJK_SIDE.search(sides):
            return False  # CJK: written without hyphens (field_controls_cjk_lines)
        if not (sides.isalpha() or sides.isdigit()):
            return False
    return True


def _field_spaced(text: str) -> tuple[str, int]:
    """Clause field_controls_spaced: ``text`` with each run between two characters of a
    spaced script as one space (the others left for removal), and how many were."""
    spaced = 0
    soft = "\x1f" in text and _soft_hyphens(text)
    hyphens = "\x1e" in text and _nb_hyphens(text, soft)
    fields: list[bool] = []  # two separator runs or more: found once, when asked

    def an_export() -> bool:
        if not fields:
            fields.append(len(_SEPARATORS.findall(text)) > 1)
        return fields[0]

    def one(run: re.Match) -> str:
        nonlocal spaced
        start, end = run.start(), run.end()
        if soft and run.group() == "\x1f":  # clause field_controls_soft_hyphen
            return run.group()
        if hyphens and run.group() == "\x1e":  # clause field_controls_nb_hyphen
            spaced += 1
            return "-"
        if run.group() == "\x00" and "\x00" in (
            text[end + 1 : end + 2],
            text[start - 2 : start - 1],
        ):
            return run.group()  # clause field_controls_utf16_nul: UTF-16 read as 8-bit
        if start and end < len(text):
            if not (_NO_SPACE.match(text, start - 1) or _NO_SPACE.match(text, end)):
                spaced += 1
                return " "
            if (
                (_CJK_SIDE.match(text, start - 1) or _CJK_SIDE.match(text, end))
                and not (text[start - 1].isspace() or text[end].isspace())
                and _SEPARATORS.fullmatch(run.group())
                and an_export()
            ):
                spaced += 1  # clause field_controls_cjk_lines
                return "\n"
        return run.group()

    return _FIELD_CONTROL.sub(one, text), spaced


# Clause spaces_literal_prefix (session 36): "  +" finds the same runs as " {2,}" (two
# or more ASCII spaces, greedy), but opens with two literal spaces, so the engine skips
# to a space at memchr speed instead of trying the repeat at every position: ~10 ms -> <1
# ms over a Chinese book.
_SPACES = re.compile("  +")
# Rule nbsp_indent: a line's leading run of spaces and NBSPs holding an NBSP.
_NBSP_INDENT = re.compile("^ *\xa0[ \xa0]*", re.MULTILINE)
# Rule ansi_escapes: CSI (parameters, intermediates, final byte), OSC (to BEL or
# ST, or to the end of its line: a stray "ESC ]" must not take the rest of a
# book with it), and escapes of intermediates and a final byte ("ESC c", the
# charset choice "ESC ( B" that ``tput sgr0`` writes before "ESC [ m").
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[!-/]*[0-~])")

# Windows-1252 character -> byte for 0x80-0xBF (UTF-8 continuation bytes); the five
# bytes cp1252 leaves undefined survive as the C1 control of the same value.
_CONTINUATION = {
    (bytes([b]).decode("cp1252", errors="ignore") or chr(b)): b for b in range(0x80, 0xC0)
}
_CONT = "[" + re.escape("".join(_CONTINUATION)) + "]"
# Only the garblings that real text shows and ordinary text does not: "Â"/"Ã" +
# one continuation (U+0080-U+00FF: no-break space, Latin-1 letters and symbols)
# and "â" + one of "€‚ƒ„\x81" + one continuation (U+2000-U+213F: quotes, dashes,
# bullets, ellipsis, euro, trade mark). "æ”—" or "é—“" in a Latin-1-rich book
# would decode to CJK characters and is left alone. The regex only finds
# candidates (a plain character class first keeps the scan fast); ``_repair``
# checks them.
_MOJIBAKE = re.compile(f"[\u00c2\u00c3\u00e2]{_CONT}{{1,2}}")
_LEAD = re.compile("[\u00c2\u00c3\u00e2]")
_SECOND_OF_E2 = "\u20ac\x81\u201a\u0192\u201e"  # bytes 0x80-0x84
_LOST_RIGHT_QUOTE = "\u00e2\u20ac\ufffd"  # "â€" + U+FFFD: ” with its 0x9D byte lost


def _repair(match: re.Match) -> str:
    garbled = match.group(0)
    if garbled[0] == "\u00e2":
        if len(garbled) < 3 or garbled[1] not in _SECOND_OF_E2:
            return garbled
        size = 3
    else:
        size = 2
    raw = bytes([ord(garbled[0]), *(_CONTINUATION[c] for c in garbled[1:size])])
    try:
        return raw.decode("utf-8") + garbled[size:]
    except UnicodeDecodeError:  # e.g. "Ã" + a byte that makes an overlong form
        return garbled


def fix_mojibake(text: str) -> str:
    """Undo UTF-8-read-as-Windows-1252 garbling (see module docstring, step 3)."""
    # Clause mojibake_lead_literal (session 36): three literal finds (memchr speed, ~0.1
    # ms a Chinese book) answer what ``_LEAD.search`` did with a class scan (~6 ms).
    if not ("\u00c2" in text or "\u00c3" in text or "\u00e2" in text):
        return text
    if _LOST_RIGHT_QUOTE in text:
        text = text.replace(_LOST_RIGHT_QUOTE, "\u00e2\u20ac\x9d")
    while True:  # text garbled twice needs two rounds; each round shortens it
        repaired = _MOJIBAKE.sub(_repair, text)
        if repaired == text:
            return text
        text = repaired


def normalize_text(text: str) -> str:
    """Return ``text`` in the canonical form every span indexes (see module doc)."""
    return normalize_counted(text)[0]


def normalize_counted(text: str) -> tuple[str, int]:
    """:func:`normalize_text`, and how many control characters it removed.

    Clause control_chars_counted: the count (C0 but tab and newline, DEL, C1, and the
    control characters of terminal escape sequences: the ESC, an OSC's BEL or ESC; and
    the byte order marks inside the text, clause ``stray_byte_order_marks``) goes to the
    document's ``control_chars`` and the manifest's total, so a user sees that 1,024 NULs
    were dropped instead of finding the text shorter than the file."""
    spans_of = SpansOnce()  # clause code_spans_once: this call's texts only
    out, unsettled, dropped = _normalize_once(text, spans_of)
    # A repair, or a control character removed from between garbled characters,
    # can leave text that one more pass would change: iterate to the fixed point
    # (each repair shortens the text). Clean text takes one pass.
    while unsettled:
        again, unsettled, more = _normalize_once(out, spans_of)
        if again == out:
            break
        out, dropped = again, dropped + more
    return out, dropped


def _normalize_once(text: str, spans_of=code_spans) -> tuple[str, bool, int]:
    """One pass of the steps; also says whether a repair or a control-character
    removal happened (only then can a second pass change anything), and how many
    control characters it removed."""
    text = nfc(text)  # clause nfc_by_pieces
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    boms = text.count(_BOM)  # clause stray_byte_order_marks (one C scan, as `in` would be)
    if boms:
        text = text.replace(_BOM, "")
    escapes = in_escapes = 0
    if "\x1b" in text:
        # Clause osc_terminators_counted: an OSC title ends in BEL or ESC "\\" (bash's
        # Debian PS1 "\\e]0;\\u@\\h: \\w\\a" in a script(1) typescript): every control
        # character a sequence holds is counted, not only the ESC that opens it.
        sequences = _ANSI.findall(text)
        escapes = len(sequences)
        in_escapes = sum(len(s) - len(_CONTROL.sub("", s)) for s in sequences)
        text = _ANSI.sub("", text)
    repaired = fix_mojibake(text)
    # a removed mark can leave a base character beside a combining mark: NFC again
    changed = repaired is not text or escapes > 0 or boms > 0
    text, removed, breaks = repaired, 0, 0
    if holds_control(repaired):  # one scan for the usual text, which holds none
        text, spaced = _field_spaced(repaired)  # clause field_controls_spaced
        text, removed = _OTHER_CONTROL.subn("", text)
        text, breaks = _LINE_CONTROL.subn("\n", text)  # clause line_break_controls
        breaks += spaced  # each run counted whole: one space stands where it was
        text, rest = _CONTROL.subn("", text)
        removed += rest
    dropped = boms + in_escapes + breaks + len(repaired) - len(text)
    if "\xa0" in text:
        text = _NBSP_INDENT.sub(_as_spaces, text)
    # clause cjk_glued_paragraphs; clause code_spans_once: ``spans_of`` computes the code
    # spans of a text once, however many of these steps (and passes) ask
    text = flat_chapter_breaks(glued_paragraph_breaks(text, spans_of))  # flat_chapter_breaks
    text = collapse_spaces(text, spans_of)
    text = fullwidth_marks(text, spans_of)  # clause cjk_halfwidth_marks
    if changed:
        text = nfc(text)  # a repair may decode to a combining mark
    return text, changed or removed + breaks > 0, dropped


# Clause control_units_prefilter (session 36): whether ``_CONTROL`` matches anywhere,
# read from the text's UTF-16 code units with numpy (~1 ms a Chinese book, 0.1 ms an
# English one) instead of a class scan by the regex engine (~8 ms, ~4 ms). Astral
# characters are surrogate units (>= U+D800) and lone surrogates pass as their own unit:
# neither is a control. Read in slices so a huge text needs little memory.
_UNITS_SLICE = 1 << 20


def holds_control(text: str) -> bool:
    """``_CONTROL.search(text) is not None``: a C0 control but tab and newline, DEL or C1."""
    for at in range(0, len(text), _UNITS_SLICE):
        units = np.frombuffer(
            text[at : at + _UNITS_SLICE].encode("utf-16-le", "surrogatepass"), np.uint16
        )
        if ((units < 0x20) & (units != 9) & (units != 10)).any():
            return True
        if ((units - np.uint16(0x7F)) <= 0x20).any():  # DEL and C1 (wraps below 0x7f)
            return True
    return False


# Clause nfc_by_pieces (session 46): NFC composes nothing across a line break ("\n" is a
# starter that no canonical composition holds, and canonical reordering stops at a
# starter), so NFC of a text is the NFC of its pieces between line breaks, joined. A
# long text is checked in ~64K-character pieces and only a piece that is not NFC is
# composed: the 20 M-character Chinese prefix holds 16 compatibility ideographs
# (U+F95A, U+2F878, ...) in one piece, and composing the whole text cost 2.3 s (now
# ~0.06 s). A text whose quick check says "maybe" (a combining mark) pays a full
# composition inside ``is_normalized`` too: per piece, only that piece's.
_NFC_PIECE = 1 << 16


def nfc(text: str) -> str:
    """``unicodedata.normalize("NFC", text)``; ``text`` itself when it is NFC already."""
    if len(text) <= _NFC_PIECE:
        return (
            text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
        )
    parts, pos, composed = [], 0, False
    while pos < len(text):
        end = text.find("\n", pos + _NFC_PIECE) + 1 or len(text)
        piece = text[pos:end]
        if not unicodedata.is_normalized("NFC", piece):
            piece, composed = unicodedata.normalize("NFC", piece), True
        parts.append(piece)
        pos = end
    return "".join(parts) if composed else text


def _as_spaces(match: re.Match) -> str:
    """Rule nbsp_indent: the run as as many ASCII spaces (the collapse and the
    code-block test then read it as they read a space indent)."""
    return " " * (match.end() - match.start())


def collapse_spaces(text: str, spans_of=code_spans) -> str:
    """Runs of ASCII spaces to one, except inside code blocks (fenced or indented);
    a centred line loses its indentation (clause ``centred_lines``). ``spans_of`` gives
    ``code_spans(text)`` (``normalize`` passes its ``SpansOnce``)."""
    spans = spans_of(text)
    width: list = []  # clause centred_lines: the wrap width, measured once if needed
    if not spans:
        return _SPACES.sub(" ", centred_lines(text, text, width))
    parts, pos = [], 0
    for start, end in spans:
        parts += [_SPACES.sub(" ", centred_lines(text[pos:start], text, width)), text[start:end]]
        pos = end
    parts.append(_SPACES.sub(" ", centred_lines(text[pos:], text, width)))
    return "".join(parts)


def has_visible_text(text: str) -> bool:
    """Whether ``text`` has a letter, digit, punctuation mark or symbol (Unicode L, N,
    P, S). Zero-width spaces and joiners, direction marks (U+200E/U+200F, U+202A-E),
    byte order marks (all Cf), lone combining marks and whitespace are not: a
    document of only those renders as nothing and teaches a model nothing. Stops at
    the first visible character, so ordinary text costs a few character lookups."""
    return any(unicodedata.category(c)[0] in "LNPS" for c in text)


def normalize_document(doc: Document) -> Document:
    """Normalize ``doc.text``.

    Raises:
      RejectDocument("empty_text"): nothing but whitespace remains, so there is no
        structure to find and nothing to train on.
      RejectDocument("no_visible_text"): only invisible characters remain
        (zero-width, direction marks, byte order marks, combining marks).
    """
    text, dropped = normalize_counted(doc.text)
    if not text.strip():
        raise RejectDocument(
            "empty_text",
            f"document {doc.doc_id!r} has no text after normalization "
            f"({len(doc.text)} characters in, only whitespace or control characters); "
            "drop it from the input or fix the reader for its format",
        )
    if not has_visible_text(text):
        shown = ", ".join(sorted({f"U+{ord(c):04X}" for c in text if not c.isspace()})[:5])
        raise RejectDocument(
            "no_visible_text",
            f"document {doc.doc_id!r} has no visible character ({len(text)} characters, "
            f"only invisible ones such as {shown}: zero-width or direction marks); "
            "drop it from the input or fix how it was extracted",
        )
    breaks = page_break_lines(doc.text, text)  # clause page_break_evidence
    hard = ()
    if markdown_source(doc.source):
        # clause markdown_hard_breaks: read before normalization collapsed the two spaces;
        # clause markdown_backslash_breaks: "…\\" ends a line too (the backslash goes)
        text, hard = markdown_breaks(doc.text, text)
    return dataclasses.replace(
        doc,
        text=text,
        control_chars=doc.control_chars + dropped,
        page_breaks=breaks,
        hard_breaks=hard,
    )


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class NormalizeDocuments(beam.PTransform):
    """``Document`` -> normalized ``Document``; outputs ``main`` and ``rejected``
    (stage "normalize", reason "empty_text" or "no_visible_text" for documents with
    nothing visible left)."""

    def expand(self, docs):
        return docs | "NormalizeText" >> DocumentStage("normalize", normalize_document)
