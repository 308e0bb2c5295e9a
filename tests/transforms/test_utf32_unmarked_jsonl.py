"""Clause ``utf32_unmarked_jsonl`` (session 35, wtC2; transforms/utf16_unmarked.py
``unmarked_jsonl``, transforms/encodings.py ``utf16_jsonl``): mark-less UTF-32 JSONL was
rejected "the file is UTF-16LE without a byte order mark ... iconv -f UTF-16LE" (the
wrong codec, and UTF-32BE not even that) while the text reader decodes mark-less UTF-32
(``utf32_unmarked_decoded``). Now it is read as that UTF-32 under ``--encoding auto``
and, under a named codec, rejected naming UTF-32. Real text: 三毛's 背影 and Les
Misérables' book list (tests/data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from transforms.inputs import InputFile
from transforms.read import ReadConfig, read_file

DATA = Path(__file__).parents[1] / "data"
ZH = (DATA / "zh_sanmao_beiying_kelisi.txt").read_text(encoding="utf-8").split("\n\n")[:6]
EN = (DATA / "en_gutenberg_les_mis_books.txt").read_text(encoding="utf-8").split("\n\n\n")[:6]


def _read(tmp_path: Path, data: bytes, config: ReadConfig | None = None) -> list:
    path = tmp_path / "books.jsonl"
    path.write_bytes(data)
    out = list(read_file(InputFile(str(path), "books.jsonl", len(data)), config or ReadConfig()))
    assert path.read_bytes() == data  # never touched
    return out


def _jsonl(paragraphs: list[str], ascii_only: bool) -> str:
    return "".join(json.dumps({"text": p}, ensure_ascii=ascii_only) + "\n" for p in paragraphs)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("paragraphs, ascii_only", [(ZH, False), (ZH, True), (EN, True)])
def test_utf32_unmarked_jsonl(tmp_path, codec, paragraphs, ascii_only):
    """Clause ``utf32_unmarked_jsonl``: every record read, its text exact, labelled."""
    out = _read(tmp_path, _jsonl(paragraphs, ascii_only).encode(codec))
    assert [getattr(d, "text", d) for d in out] == paragraphs
    assert {d.encoding for d in out} == {codec}


@pytest.mark.parametrize("codec, order", [("utf-32-le", "UTF-32LE"), ("utf-32-be", "UTF-32BE")])
def test_utf32_unmarked_jsonl_named_codec(tmp_path, codec, order):
    """Clause ``utf32_unmarked_jsonl``: a named codec is the user's word: rejected, the
    message naming UTF-32 (before: UTF-16LE's iconv line, or nothing of the kind)."""
    data = _jsonl(ZH, False).encode(codec)
    out = _read(tmp_path, data, ReadConfig(encoding="utf-8"))
    assert [(r.reason, r.error) for r in out] == [
        (
            "utf16_jsonl",
            f"the file is {order} without a byte order mark (its first line starts "
            f"{data[:4]!r}); re-encode it as UTF-8: iconv -f {order} -t UTF-8",
        )
    ]


def test_utf32_unmarked_jsonl_guards(tmp_path):
    """What must stay: UTF-16LE/BE and UTF-8 JSONL read as before."""
    for codec in ("utf-16-le", "utf-16-be", "utf-8"):
        out = _read(tmp_path, _jsonl(ZH, False).encode(codec))
        assert [d.text for d in out] == ZH
        assert {d.encoding for d in out} == {codec}


def test_utf32_unmarked_jsonl_cut(tmp_path):
    """Clause ``utf32_unmarked_jsonl``: a UTF-32 JSONL cut inside a character keeps the
    records before the cut and says where (``truncated_input``), as UTF-16 JSONL does."""
    data = _jsonl(EN, True).encode("utf-32-le")
    out = _read(tmp_path, data[:-2])
    assert [d.text for d in out[:-1]] == EN[:-1]
    assert out[-1].reason == "truncated_input"
    assert out[-1].error.startswith(
        f"the file ends inside a UTF-32LE character at byte {len(data) - 4:,}: it was cut short"
    )


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_unmarked_jsonl_indented(tmp_path, codec):
    """Clause ``utf32_unmarked_jsonl_indented`` (review): lines starting with a space or
    a tab before ``{`` (as the UTF-16 rule allows) are read, not each rejected as
    invalid JSON; under a named codec the message names UTF-32."""
    data = "".join(" \t" + line + "\n" for line in _jsonl(EN, True).splitlines()).encode(codec)
    out = _read(tmp_path, data)
    assert [getattr(d, "text", d) for d in out] == EN
    out = _read(tmp_path, data, ReadConfig(encoding="utf-8"))
    assert [r.reason for r in out] == ["utf16_jsonl"]
    assert f"iconv -f {codec[:6].upper()}{codec[-2:].upper()} -t UTF-8" in out[0].error
