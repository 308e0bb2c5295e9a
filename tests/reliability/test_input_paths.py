"""Inputs that are hard because of what they are on disk, not what they hold: JSON
escapes that are not Unicode, file names that are not UTF-8, symbolic links (loops,
two names for one file, broken ones), folders that cannot be listed, archives,
names starting with ``_`` or ``.`` named on purpose. Each used to crash the build,
read a file many times, write an archive's headers as prose, or drop a file
without a word (adversarial review of session 10, docs/RELIABILITY.md)."""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections import Counter

import pytest

from pipeline import cli
from schemas import Document, Rejected
from tests.reliability.bad_inputs import ZH, jsonl, prose
from tests.reliability.conftest import build_small, snapshot, staging_folders
from tests.tar_members import tar_bytes
from transforms.read import ReadConfig, expand_inputs, read_file


def _read(path, config: ReadConfig | None = None) -> list:
    config = config or ReadConfig()
    return [item for f in expand_inputs([str(path)]) for item in read_file(f, config)]


def _reasons(items) -> dict:
    return dict(Counter(i.reason for i in items if isinstance(i, Rejected)))


# ---------------------------------------------------------------- JSON escapes
def test_a_lone_surrogate_escape_is_rejected_not_a_crash(tmp_path):
    """``"\\ud800"`` is valid JSON but no Unicode character: Python reads it into a
    str that cannot be written as UTF-8, and the build died at the first shuffle."""
    lines = [
        json.dumps({"id": "good", "text": prose(1)}),
        '{"id": "lone", "text": "Half a pair \\ud83d here. ' + prose(2) + '"}',
        '{"id": "bad\\udfffid", "text": "' + prose(3) + '"}',
        '{"id": "pair", "text": "A real pair \\ud83d\\ude00 is an emoji. ' + prose(4) + '"}',
    ]
    (tmp_path / "esc.jsonl").write_text("\n".join(lines) + "\n", encoding="ascii")
    items = _read(tmp_path)
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.doc_id for d in docs] == ["good", "pair"] and "\U0001f600" in docs[1].text
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert _reasons(items) == {"invalid_unicode": 2}
    # the rejection itself must be writable: a bad id is replaced by the line's
    assert [r.doc_id for r in rejected] == ["lone", "esc.jsonl:3"]
    assert "\\ud83d" in rejected[0].error and "character 12" in rejected[0].error
    assert "'id'" in rejected[1].error
    for r in rejected:
        json.dumps(r.__dict__, ensure_ascii=False).encode("utf-8")


def test_a_text_field_of_another_type_says_which(tmp_path):
    (tmp_path / "t.jsonl").write_bytes(
        jsonl([{"id": "l", "text": ["a", "b"]}, {"id": "n", "text": None}, {"id": "x"}])
    )
    errors = [r.error for r in _read(tmp_path)]
    assert "field 'text' is a list, not a string" in errors[0]
    assert "field 'text' is null" in errors[1]
    assert "no field 'text' (fields: id)" in errors[2]


# ---------------------------------------------------------------- encodings
_ZH_LINES = "\n".join([ZH, ZH[::-1], "第二回 贾夫人仙逝扬州城 (chapter 2)", ZH]) + "\n"


@pytest.mark.parametrize(
    "name, data, hint",
    [
        ("zh-le.txt", _ZH_LINES.encode("utf-16-le"), "iconv -f UTF-16LE -t UTF-8"),
        ("zh-be.txt", _ZH_LINES.encode("utf-16-be"), "iconv -f UTF-16BE -t UTF-8"),
        ("mixed-le.txt", (prose(1) + "\n" + _ZH_LINES).encode("utf-16-le"), "UTF-16LE"),
        ("zh.jsonl", (json.dumps({"text": ZH}, ensure_ascii=False) + "\n" +
                      json.dumps({"text": ZH[::-1]}, ensure_ascii=False) + "\n").encode("utf-16-le"),
         "iconv -f UTF-16LE -t UTF-8"),
        ("gb.txt", _ZH_LINES.encode("gb18030"), "rerun with --encoding gb18030"),
        ("big5.txt", _ZH_LINES.encode("big5", errors="replace"), "rerun with --encoding big5"),
        ("latin1.txt", "Café au lait, crème brûlée.".encode("latin-1"), "--encoding windows-1252"),
    ],
    ids=["utf16le", "utf16be", "utf16le-mixed", "utf16le-jsonl", "gb18030", "big5", "latin1"],
)  # fmt: skip
def test_utf16_without_a_bom_is_rejected_with_a_utf16_hint(tmp_path, name, data, hint):
    """Chinese UTF-16 without a byte order mark is not UTF-8 and stays rejected (no
    guessing), but the hint named GB18030, which would garble it: now the reason
    names UTF-16 (and its byte order) when the bytes decode as plausible UTF-16. A
    JSONL file is one ``utf16_jsonl`` rejection, as with a byte order mark (it was
    one ``invalid_utf8`` or ``invalid_json`` per half-line cut at each 0x0A byte).
    With ``--encoding utf-8`` (since session 15; ``auto`` decodes GB18030 and Big5:
    ``tests/transforms/test_legacy_encodings.py``) the hint of other encodings names
    the one the bytes decode in (``transforms.legacy_encodings``), never UTF-16."""
    (tmp_path / name).write_bytes(data)
    items = _read(tmp_path, ReadConfig(encoding="utf-8"))
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert rejected and not [i for i in items if isinstance(i, Document)]
    if name.endswith(".jsonl"):
        assert [r.reason for r in rejected] == ["utf16_jsonl"]
    else:
        assert [r.reason for r in rejected] == ["invalid_utf8"]
    assert hint in rejected[0].error, rejected[0].error
    other = "UTF-16" if "--encoding" in hint else "GB18030"
    assert other not in rejected[0].error


# ---------------------------------------------------------------- file names
def test_a_file_name_that_is_not_utf8_is_read_with_a_printable_id(tmp_path):
    os.makedirs(tmp_path / "in")
    with open(os.path.join(os.fsencode(tmp_path / "in"), b"caf\xe9.txt"), "wb") as f:
        f.write(prose(5).encode())
    (doc,) = _read(tmp_path / "in")
    assert isinstance(doc, Document) and doc.text == prose(5)
    assert doc.doc_id == "caf\\xe9.txt" and doc.source.endswith("/in/caf\\xe9.txt")
    doc.doc_id.encode("utf-8") and doc.source.encode("utf-8")


# ---------------------------------------------------------------- symbolic links
def test_a_symlink_loop_reads_each_file_once(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text(prose(1), encoding="utf-8")
    os.symlink("..", tmp_path / "in" / "sub" / "loop")  # in/sub/loop -> in
    os.symlink(tmp_path / "in" / "sub" / "a.txt", tmp_path / "in" / "also_a.txt")
    files = expand_inputs([str(tmp_path / "in")])
    assert [f.relative for f in files] == ["also_a.txt", "sub/a.txt"]  # not sub/loop/...
    doc, twin = _read(tmp_path / "in")  # one name read, the other accounted for
    assert isinstance(doc, Document) and doc.doc_id == "also_a.txt"
    assert twin.reason == "duplicate_file" and "also_a.txt" in twin.error


def test_a_symlinked_folder_outside_the_input_is_followed(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(prose(2), encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(prose(1), encoding="utf-8")
    os.symlink(tmp_path / "elsewhere", tmp_path / "in" / "more")
    assert [f.relative for f in expand_inputs([str(tmp_path / "in")])] == ["a.txt", "more/b.txt"]


def test_a_broken_symlink_is_rejected_with_its_target(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(prose(1), encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "in" / "b.txt")
    items = _read(tmp_path / "in")
    assert _reasons(items) == {"unreadable_file": 1}
    (rejected,) = [i for i in items if isinstance(i, Rejected)]
    assert rejected.doc_id == "b.txt" and "broken symbolic link" in rejected.error
    assert str(tmp_path / "gone.txt") in rejected.error


def test_a_folder_that_cannot_be_listed_is_rejected_not_skipped(tmp_path, monkeypatch):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "locked" / "x.txt").write_text(prose(1), encoding="utf-8")
    (tmp_path / "in" / "a.txt").write_text(prose(2), encoding="utf-8")
    os.chmod(tmp_path / "in" / "locked", 0)
    try:
        if os.access(tmp_path / "in" / "locked", os.R_OK):  # root reads anyway: simulate
            real = os.scandir

            def scandir(path="."):
                if os.fspath(path).endswith("locked"):
                    raise PermissionError(13, "Permission denied", os.fspath(path))
                return real(path)

            monkeypatch.setattr(os, "scandir", scandir)
        items = _read(tmp_path / "in")
    finally:
        os.chmod(tmp_path / "in" / "locked", 0o755)
    assert _reasons(items) == {"unreadable_file": 1}
    (rejected,) = [i for i in items if isinstance(i, Rejected)]
    assert rejected.doc_id == "locked" and "cannot list the folder" in rejected.error
    assert "Permission denied" in rejected.error


# ---------------------------------------------------------------- archives


def _zip() -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w") as z:
        z.writestr("book.txt", prose(3))
    return sink.getvalue()


@pytest.mark.parametrize(
    "name,data",
    [
        ("books.tar", tar_bytes({"book.txt": prose(3)})),
        ("books.tar.gz", tar_bytes({"book.txt": prose(3)}, mode="w:gz")),
        ("books.tgz", tar_bytes({"book.txt": prose(3)}, mode="w:gz")),
        ("books.zip", _zip()),
        ("renamed.txt", tar_bytes({"book.txt": prose(3)})),  # found by its contents, not its name
    ],
)
def test_an_archive_is_read_member_by_member_not_as_prose(tmp_path, name, data):
    """A tar of UTF-8 files is valid UTF-8 (headers padded with NUL): it was written
    to the dataset as one document, headers and all; then (session 12) rejected as
    ``archive_input``; now (rule ``archive_members``) its book is the document
    ``ARCHIVE/book.txt``, its text as written."""
    (tmp_path / name).write_bytes(data)
    (document,) = _read(tmp_path / name)
    assert isinstance(document, Document), document
    assert (document.doc_id, document.text) == (f"{name}/book.txt", prose(3))


# ---------------------------------------------------------------- names with _ or .
def test_files_named_on_purpose_are_read_even_with_a_leading_underscore_or_dot(tmp_path):
    for name in ("_part1.jsonl", ".part2.jsonl"):
        (tmp_path / name).write_bytes(jsonl([{"id": name, "text": prose(1)}]))
    (tmp_path / "_SUCCESS").write_bytes(b"")
    assert [f.relative for f in expand_inputs([str(tmp_path / "_part1.jsonl")])] == ["_part1.jsonl"]
    assert [f.relative for f in expand_inputs([str(tmp_path / ".part2.jsonl")])] == [".part2.jsonl"]
    assert [f.relative for f in expand_inputs([str(tmp_path / "_part*")])] == ["_part1.jsonl"]
    # a folder or a plain glob still skips markers and hidden files
    with pytest.raises(ValueError, match=r"matched only files whose names start with"):
        expand_inputs([str(tmp_path / "*")])
    with pytest.raises(ValueError, match=r"matched only files whose names start with"):
        expand_inputs([str(tmp_path)])


# ---------------------------------------------------------------- one build of all
def test_one_build_of_every_case_reconciles_and_touches_nothing(tmp_path, tiny_tokenizer_path):
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    (inputs / "good.txt").write_text(prose(1, 12), encoding="utf-8")
    (inputs / "zh.txt").write_text(ZH * 4, encoding="utf-8")
    (inputs / "esc.jsonl").write_text(
        '{"id": "lone", "text": "x \\udc80 y"}\n' + json.dumps({"id": "ok", "text": prose(2)}),
        encoding="ascii",
    )
    with open(os.path.join(os.fsencode(inputs), b"r\xe9sum\xe9.txt"), "wb") as f:
        f.write(prose(3, 12).encode())
    (inputs / "sub" / "a.txt").write_text(prose(4, 12), encoding="utf-8")
    os.symlink("..", inputs / "sub" / "loop")
    os.link(inputs / "good.txt", inputs / "hardlink.txt")
    os.symlink(tmp_path / "nowhere.txt", inputs / "broken.txt")
    (inputs / "books.tar").write_bytes(tar_bytes({"book.txt": prose(3)}))
    (inputs / "books.zip").write_bytes(_zip())
    out = tmp_path / "out"
    before = snapshot(tmp_path)
    manifest, rejected, docs = build_small(inputs, out, tiny_tokenizer_path)
    assert sorted(docs) == [
        "books.tar/book.txt",
        "books.zip/book.txt",
        "good.txt",
        "ok",
        "r\\xe9sum\\xe9.txt",
        "sub/a.txt",
        "zh.txt",
    ]
    assert dict(Counter(r["reason"] for r in rejected)) == {
        "invalid_unicode": 1,
        "unreadable_file": 1,
        "duplicate_file": 1,
    }
    counts = manifest.documents
    assert counts.documents_in == counts.written + counts.rejected == 10
    assert counts.rejected_by_stage == {"read": 3}
    assert snapshot(tmp_path, outside=(out,)) == before and staging_folders(out) == []


def test_the_cli_reads_a_file_given_by_name_that_starts_with_underscore(
    tmp_path, tiny_tokenizer_path, capsys
):
    """It was skipped and the build said "every file is empty or blank"."""
    path = tmp_path / "_part-00000.jsonl"
    path.write_bytes(jsonl([{"id": "a", "text": prose(1, 12)}]))
    args = ["dataset", "--input", str(path), "--output", str(tmp_path / "ds")]
    assert cli.main([*args, "--tokenizer", tiny_tokenizer_path, "--windows", "16,32"]) == 0
    assert "1 in, 1 written, 0 rejected" in capsys.readouterr().out


def test_a_parquet_text_column_of_another_type_says_which(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(
        pa.table({"id": ["i"], "text": pa.array([5], pa.int64())}), tmp_path / "i.parquet"
    )
    pq.write_table(
        pa.table({"id": ["b"], "text": pa.array([b"bytes"], pa.binary())}), tmp_path / "b.parquet"
    )
    pq.write_table(
        pa.table({"id": ["l"], "text": pa.array([prose(1)], pa.large_string())}),
        tmp_path / "l.parquet",
    )
    items = _read(tmp_path)
    assert [type(i).__name__ for i in items] == ["Rejected", "Rejected", "Document"]
    assert "field 'text' is a bytes, not a string" in items[0].error
    assert "field 'text' is an int, not a string" in items[1].error
