import unicodedata

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given
from hypothesis import strategies as st

from schemas import Document, Rejected
from tests.beam_local import local_pipeline
from transforms.beam_utils import RejectDocument
from transforms.normalize import NormalizeDocuments, normalize_document, normalize_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\r\nb", "a\nb"),
        ("a\rb\r\rc", "a\nb\n\nc"),
        ("x    y", "x y"),
        ("tab\tkept\n", "tab\tkept\n"),
        ("bell\x07 and nul\x00 and del\x7f gone", "bell and nul and del gone"),
        ("nel\x85\n gone", "nel\n gone"),
        ("e\u0301", "\u00e9"),  # NFD -> NFC
        ("\u3000\u3000中文缩进", "\u3000\u3000中文缩进"),  # ideographic spaces carry layout
        ("a \u00a0 b", "a \u00a0 b"),  # only ASCII space runs collapse
        ("  lead", " lead"),
        # mojibake (UTF-8 read as Windows-1252) repaired, ordinary Latin-1 kept
        ("our nation\u00e2\u20ac\u2122s credit", "our nation\u2019s credit"),
        ("\u00e2\u20ac\u00a2 shut down", "\u2022 shut down"),
        ("allow it?\u00e2\u20ac\ufffd One", "allow it?\u201d One"),  # lost 0x9D byte
        ("Mart\u00c3\u00ad", "Mart\u00ed"),
        ("money.\u00c3\u201a\u00c2\u00a0Three", "money.\u00a0Three"),  # garbled twice
        ("caf\u00e9 \u00c4 na\u00efve", "caf\u00e9 \u00c4 na\u00efve"),
        ("\u00e9\u00bbx", "\u00e9\u00bbx"),
        ("sapienti\u00e6\u201d\u2014\u201cA", "sapienti\u00e6\u201d\u2014\u201cA"),  # real æ”—“
    ],
)
def test_normalize_text_table(raw, expected):
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalize_text_properties(raw):
    out = normalize_text(raw)
    assert "\r" not in out
    assert "  " not in out
    assert all(c in "\t\n" or unicodedata.category(c) != "Cc" for c in out)
    assert unicodedata.is_normalized("NFC", out)
    assert normalize_text(out) == out  # idempotent


def test_normalize_document_rejects_empty():
    with pytest.raises(RejectDocument) as info:
        normalize_document(Document("d1", "src", " \r\n\x00\t "))
    assert info.value.reason == "empty_text"
    assert "d1" in str(info.value)


def test_normalize_documents_pipeline_with_rejected():
    docs = [
        Document("a", "s:1", "Hello\r\nworld  !", "train"),
        Document("b", "s:2", "\x00\x01 \r\n", "train"),
    ]
    with local_pipeline() as p:
        out = p | beam.Create(docs) | NormalizeDocuments()
        assert_that(
            out.main, equal_to([Document("a", "s:1", "Hello\nworld !", "train")]), label="main"
        )
        assert_that(
            out.rejected | beam.Map(lambda r: (r.doc_id, r.stage, r.reason)),
            equal_to([("b", "normalize", "empty_text")]),
            label="rejected",
        )
        assert_that(
            out.rejected | beam.Map(lambda r: isinstance(r, Rejected)),
            equal_to([True]),
            label="type",
        )


_GARBLE = st.sampled_from(
    ["\u00c2", "\u00c3", "\u00e2", "\u20ac", "\u2122", "\u201a", "\xa0", "\xa9", "\x9d", "\x80"]
    + ["\x01", "\ufffd", "\u0301", "\r", " ", "a", "e"]
)


@given(st.lists(_GARBLE, max_size=40).map("".join))
def test_normalize_text_idempotent_on_garbled_text(raw):
    out = normalize_text(raw)
    assert normalize_text(out) == out
    assert unicodedata.is_normalized("NFC", out)


@pytest.mark.parametrize(
    "text",
    [
        "\u200b\u200b\u200b",  # zero-width spaces
        "\u200f\u202b\u202c\u200e",  # right-to-left marks and embeddings
        "\ufeff\u2060\u200d \n\u200c",  # byte order mark, word joiner, ZWJ, ZWNJ, whitespace
        "\u0301\u0308",  # combining marks with nothing to combine with
    ],
)
def test_documents_of_only_invisible_characters_are_rejected(text):
    with pytest.raises(RejectDocument) as error:
        normalize_document(Document(doc_id="x", source="x.txt", text=text))
    assert error.value.reason == "no_visible_text" and "U+" in str(error.value)


@pytest.mark.parametrize(
    "text",
    [
        "می\u200cخواهم",  # Persian: a zero-width non-joiner inside a word
        "क्\u200dष",  # Devanagari conjunct with a zero-width joiner
        "\u200fשלום עולם\u200f",  # Hebrew between right-to-left marks
        "👩\u200d💻 at work",  # emoji ZWJ sequence
        "\u200b.",  # one punctuation mark is visible
    ],
)
def test_real_text_with_invisible_characters_is_kept(text):
    doc = normalize_document(Document(doc_id="x", source="x.txt", text=text))
    assert doc.text == unicodedata.normalize("NFC", text)


# 唐诗三百首 as Debian's fortunes-zh 2.98 ships it (file tang300): title and
# author in terminal colours (public domain text).
TANG300_COLOURED = (
    "\x1b[32m《登高》\x1b[m\n"
    "\x1b[33m作者：杜甫\x1b[m\n"
    "风急天高猿啸哀，渚清沙白鸟飞回。\n"
    "无边落木萧萧下，不尽长江滚滚来。\n"
    "%\n"
)


def test_terminal_escape_sequences_go_whole():
    """Rule ansi_escapes: removing the ESC (a control character) alone left
    "[32m《登高》[m" in the text; the whole sequence goes, nothing else."""
    out = normalize_text(TANG300_COLOURED)
    assert out == (
        "《登高》\n作者：杜甫\n风急天高猿啸哀，渚清沙白鸟飞回。\n无边落木萧萧下，不尽长江滚滚来。\n%\n"
    )
    assert normalize_text(out) == out
    # Bold and 256-colour CSI, an OSC window title ended by BEL, a two-character
    # escape, and a lone ESC at the end, in an English line of the same file's kind.
    line = "\x1b[1;38;5;208mThe Road Not Taken\x1b[0m\x1b]0;fortune\x07 by Robert Frost\x1bc\x1b"
    assert normalize_text(line) == "The Road Not Taken by Robert Frost"
    # Brackets without an ESC are text.
    assert normalize_text("see note [32m] and [m") == "see note [32m] and [m"


def test_escape_sequences_take_no_text_past_their_line():
    """Rule ansi_escapes: an OSC left open (a stray "ESC ]") ends at its line,
    not at the end of the text (it took the whole rest of the poem), and the
    charset choice "ESC ( B" that ``tput sgr0`` writes goes whole (it left "(B")."""
    poem = "\x1b]0;fortune\n" + TANG300_COLOURED
    assert normalize_text(poem) == "\n" + normalize_text(TANG300_COLOURED)
    line = "\x1b[1mThe Road Not Taken\x1b(B\x1b[m by Robert Frost"
    assert normalize_text(line) == "The Road Not Taken by Robert Frost"
    # ESC then a space is no escape of that kind: only the ESC goes.
    assert normalize_text("Two roads\x1b diverged") == "Two roads diverged"


# Moby-Dick's first sentence (Project Gutenberg #2701, plain-ASCII edition) as a
# mainframe stores it: EBCDIC (IBM037) whose lines end in NL (0x15), which decodes
# to U+0085 (NEL).
MOBY_EBCDIC = (
    (
        "Call me Ishmael. Some years ago--never mind how long precisely--having\n"
        "little or no money in my purse, and nothing particular to interest me on\n"
        "shore, I thought I would sail about a little and see the watery part of\n"
        "the world.\n"
    )
    .replace("\n", "\x85")
    .encode("cp037")
)


def test_line_break_controls_keep_words_apart():
    """Clause line_break_controls: NEL between two characters is a line break (before:
    "havinglittle", "onshore", "ofthe"); a form feed or vertical tab inside a line too;
    one next to a newline (a page break on its own line) is removed as before. Each one
    is counted as a removed control character."""
    from transforms.normalize import normalize_counted

    text, dropped = normalize_counted(MOBY_EBCDIC.decode("cp037"))
    assert text.split("\n")[:4] == [
        "Call me Ishmael. Some years ago--never mind how long precisely--having",
        "little or no money in my purse, and nothing particular to interest me on",
        "shore, I thought I would sail about a little and see the watery part of",
        "the world.",
    ]
    assert dropped == 4
    assert normalize_text("of\x0cthe world") == "of\nthe world"
    assert normalize_text("the world.\n\x0c\nCHAPTER 2") == "the world.\n\nCHAPTER 2"
    assert normalize_text("the world.\n\x0cCHAPTER 2") == "the world.\nCHAPTER 2"
