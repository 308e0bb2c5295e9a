"""Bad-input cases (``tests.reliability.bad_inputs``) of encodings: UTF-8 with and
without a byte order mark, UTF-16, other encodings, binary bytes."""

from __future__ import annotations

from tests.reliability.bad_inputs import Case, _text_is, jsonl, records


def _decoded_as(encoding: str, expected: str):
    def check(docs, rejected):
        assert [(d["encoding"], d["num_chars"]) for d in docs] == [(encoding, len(expected))]

    return check


def cases(en: str, zh: str, many: bytes) -> list[Case]:
    """``en``, ``zh``: prose; ``many``: 200 JSONL records (``bad_inputs.cases``)."""
    return [
        Case("utf8_plain", "encodings", {"plain.txt": en.encode()}, written=1),
        Case(
            "utf8_bom_text",
            "encodings",
            {"bom.txt": b"\xef\xbb\xbf" + en.encode()},
            written=1,
            check=_text_is(en),
        ),
        Case(
            "utf8_bom_jsonl_first_record_kept",
            "encodings",
            {"bom.jsonl": b"\xef\xbb\xbf" + jsonl(records("bom", 2))},
            written=2,
        ),
        Case("utf16le_bom_text", "encodings", {"u16le.txt": en.encode("utf-16")}, written=1),
        Case(
            "utf16be_bom_text",
            "encodings",
            {"u16be.txt": b"\xfe\xff" + zh.encode("utf-16-be")},
            written=1,
            check=_text_is(zh),
        ),
        Case(  # clause utf16_jsonl_read (session 22): with a byte order mark it is read
            "utf16_jsonl",
            "encodings",
            {"u16.jsonl": jsonl(records("u16", 2)).decode().encode("utf-16")},
            written=2,
        ),
        Case(  # without one: read in the order its first line proves (utf16_unmarked_jsonl)
            "utf16_jsonl_without_bom",
            "encodings",
            {"u16.jsonl": jsonl(records("u16nomark", 2)).decode().encode("utf-16-le")},
            written=2,
        ),
        Case(
            "latin1_text",
            "encodings",
            {"latin1.txt": "Café au lait.".encode("latin-1")},
            rejected={"invalid_utf8": 1},
        ),  # fmt: skip
        Case(  # --encoding auto (the default since session 15) decodes it
            "gb18030_text",
            "encodings",
            {"gbk.txt": zh.encode("gb18030")},
            written=1,
            check=_decoded_as("gb18030", zh),
        ),
        Case(
            "invalid_utf8_line_among_good",
            "encodings",
            {
                "mixed.jsonl": jsonl(records("mx", 1))
                + b'{"text": "caf\xe9"}\n'
                + jsonl(records("my", 1))
            },
            written=2,
            rejected={"invalid_utf8": 1},
        ),
        Case(
            "mojibake_repaired",
            "encodings",
            {"moji.txt": "It\u00e2\u20ac\u2122s a test. Another sentence here.".encode()},
            written=1,
        ),
        Case(
            "control_characters",
            "encodings",
            {"ctrl.txt": ("\x00\x07" + en + "\x1b").encode()},
            written=1,
        ),
        Case("crlf_lines", "encodings", {"crlf.txt": en.replace("\n", "\r\n").encode()}, written=1),
        Case(
            "zero_width_only",
            "encodings",
            {"zw.txt": "\u200b\u200c\u200d\u2060\ufeff\u200b".encode()},
            rejected={"no_visible_text": 1},
        ),
        Case(
            "rtl_marks_only_record",
            "encodings",
            {
                "rtl.jsonl": jsonl(
                    [{"id": "rtl", "text": "\u200f\u202b\u200e\u202c\u2067"}, *records("rt", 1)]
                )
            },
            written=1,
            rejected={"no_visible_text": 1},
        ),
        Case(
            "combining_marks_only",
            "encodings",
            {"marks.txt": "\u0301\u0308\u0327".encode()},
            rejected={"no_visible_text": 1},
        ),
        Case(
            "whitespace_only", "encodings", {"blank.txt": b" \n\t \n"}, rejected={"empty_text": 1}
        ),
        Case("empty_text_file", "encodings", {"empty.txt": b""}, rejected={"empty_text": 1}),
        Case(
            "binary_named_txt",
            "encodings",
            {"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8"},
            rejected={"invalid_utf8": 1},
        ),
    ]
