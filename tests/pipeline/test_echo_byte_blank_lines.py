"""Clause ``echo_byte_not_after_blank_lines`` (transforms/encodings.py ``Utf8Of``): a
UTF-16LE JSON Lines file whose records are separated by blank lines, cut one byte into
one of them, ends in the bytes `echo >>` appends ("\\n" after a whole "\\n"); it was
read as complete (clause stray_ascii_end_kept), the records after the cut lost unsaid.
Real text: the stanzas of Shakespeare's "A Lover's Complaint" (defaults/shakespeare)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas import Document, Rejected
from transforms.read import ReadConfig, expand_inputs, read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults" / "shakespeare" / "texts"


def _stanzas() -> list[str]:
    book = (TEXTS / "lovers_complaint_gut.txt").read_text("utf-8").replace("\r\n", "\n")
    return [s.strip() for s in book.split("\n\n") if s.strip()]


def _jsonl(stanzas: list[str], between: str) -> bytes:
    lines = [json.dumps({"id": f"s{i}", "text": s}) for i, s in enumerate(stanzas)]
    return "\ufeff".encode("utf-16-le") + (between.join(lines) + "\n").encode("utf-16-le")


def _read(path: Path) -> list:
    return [i for f in expand_inputs([str(path)]) for i in read_file(f, ReadConfig())]


def test_echo_byte_not_after_blank_lines_a_cut_inside_a_blank_line(tmp_path):
    stanzas = _stanzas()
    whole = _jsonl(stanzas, "\n\n")
    half = len(stanzas) // 2
    blank = _jsonl(stanzas[:half], "\n\n") + "\n".encode("utf-16-le")  # the blank line's
    assert whole.startswith(blank)
    path = tmp_path / "complaint.jsonl"
    path.write_bytes(blank[:-1])  # cut one byte into the blank line after record `half`
    items = _read(path)
    docs = [i.text for i in items if isinstance(i, Document)]
    assert docs == stanzas[:half] and half > 10
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "truncated_input", r
    assert "separated by blank lines" in r.error and "truncate -s -1" in r.error, r.error
    assert "\n" not in r.error


def test_echo_byte_not_after_blank_lines_echo_still_kept_without_them(tmp_path):
    """Guard: records one a line, then `echo >>`'s byte: every record, no rejection."""
    stanzas = _stanzas()
    path = tmp_path / "complaint.jsonl"
    path.write_bytes(_jsonl(stanzas, "\n") + b"\n")
    items = _read(path)
    assert [i.text for i in items if isinstance(i, Document)] == stanzas
    assert not [i for i in items if isinstance(i, Rejected)]


def _wide(stanzas: list[str], codec: str, between: str, end: str) -> bytes:
    lines = [json.dumps({"id": f"s{i}", "text": s}) for i, s in enumerate(stanzas)]
    return "\ufeff".encode(codec) + (between.join(lines) + end).encode(codec)


@pytest.mark.parametrize(
    "codec, between, end, echo",
    [
        ("utf-16-be", "\n\n", "\n", b"\n"),  # a BE cut into a blank line leaves b"\x00"
        ("utf-16-le", "\r\n\r\n", "\r\n", b"\n"),  # one into a CRLF blank line b"\r"
        ("utf-32-be", "\n\n", "\n", b"\n"),
        ("utf-32-le", "\n\n", "\n", b"\r\n"),  # no cut leaves b"\r\n"
    ],
)
def test_blank_cut_bytes_only(tmp_path, codec, between, end, echo):
    """Clause ``blank_cut_bytes_only`` (review): blank lines between the records and
    `echo >>`'s byte(s) at the end, where no cut into a blank line leaves those bytes
    (big-endian, CRLF blank lines as Windows writes them, UTF-32's "\\r\\n"): every
    record, no rejection (echo_byte_not_after_blank_lines said truncated_input)."""
    stanzas = _stanzas()
    path = tmp_path / "complaint.jsonl"
    path.write_bytes(_wide(stanzas, codec, between, end) + echo)
    items = _read(path)
    assert [i.text for i in items if isinstance(i, Document)] == stanzas
    assert not [i for i in items if isinstance(i, Rejected)]


def test_blank_cut_bytes_only_a_utf32le_cut_still_said(tmp_path):
    """Guard: UTF-32LE cut one byte into an LF blank line ends in b"\\n" too."""
    stanzas = _stanzas()
    cut = _wide(stanzas[:20], "utf-32-le", "\n\n", "\n") + b"\n"
    path = tmp_path / "complaint.jsonl"
    path.write_bytes(cut)
    items = _read(path)
    assert [i.text for i in items if isinstance(i, Document)] == stanzas[:20]
    (r,) = [i for i in items if isinstance(i, Rejected)]
    assert r.reason == "truncated_input" and "separated by blank lines" in r.error, r


def test_a_cut_into_the_only_blank_line_is_byte_for_byte_echos_file(tmp_path):
    """Documented limit (session 24, task B2 item 3): records one a line with ONE blank
    line (after record 20), the file cut one byte into it, is the same bytes as the
    first 20 records written one a line then `echo >>`: no reader can tell them apart
    from the file, so it is read as `echo`'s, complete (20 records, nothing rejected);
    the 29 records after the cut are lost unsaid. A file with blank lines before its end
    is said (test above)."""
    stanzas = _stanzas()
    head = _jsonl(stanzas[:20], "\n")  # BOM, 20 records, each ending in "\n"
    full = head + (
        "\n"
        + "\n".join(
            json.dumps({"id": f"s{i}", "text": s}) for i, s in enumerate(stanzas) if i >= 20
        )
        + "\n"
    ).encode("utf-16-le")
    assert full.count("\n\n".encode("utf-16-le")) == 1  # its only blank line
    cut = full[: len(head) + 1]  # one byte into the blank line's "\n"
    echo = head + b"\n"  # the 20 records, then `echo >> complaint.jsonl`
    assert cut == echo  # the same bytes: nothing in the file distinguishes the two
    path = tmp_path / "complaint.jsonl"
    path.write_bytes(cut)
    items = _read(path)
    assert [i.text for i in items if isinstance(i, Document)] == stanzas[:20]
    assert not [i for i in items if isinstance(i, Rejected)]
