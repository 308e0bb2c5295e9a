"""Counts that reconcile on odd input (session 22, wave 2): control characters removed
are counted per document and in the manifest (clause ``control_chars_counted``)."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import subprocess
import sys
import unicodedata

import pyarrow as pa
import pytest

import schemas
from pipeline.build import run
from pipeline.inspection import summary
from pipeline.reading import documents
from schemas.dataset import Manifest
from tests.reliability.test_archive_pipes import BOOKS
from tests.reliability.test_input_streams import MOBY, _read
from transforms.normalize import normalize_document


# ------------------------------------------------------------ control_chars_counted
def test_control_chars_counted_per_document():
    """1,024 NULs, then Moby-Dick (pg2701) with a form feed and a bell after
    "Loomings.": normalization drops the 1,026 control characters and says so."""
    text = "\0" * 1024 + MOBY.replace("Loomings.", "Loomings.\f\a")
    doc = normalize_document(schemas.Document("moby", "moby.txt", text))
    assert doc.control_chars == 1026
    assert len(text) - len(doc.text) >= 1026 and "\0" not in doc.text
    clean = normalize_document(schemas.Document("moby", "moby.txt", MOBY))
    assert clean.control_chars == 0


def _controls(text: str) -> int:
    """Control characters (Cc) but tab, newline and carriage return."""
    return sum(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text)


def test_osc_terminators_counted():
    """Clause ``osc_terminators_counted``: a script(1) typescript of a Debian shell,
    whose PS1 (/etc/skel/.bashrc: "\\e]0;\\u@\\h: \\w\\a") sets the window title
    before each prompt, and xterm's other ending of an OSC, ESC "\\" (ctlseqs). Every
    removed control character is counted once: the count is the input's control
    characters less the output's; CRLF, tabs and U+2028 are kept and not counted."""
    prompt = "\x1b]0;ann@host: ~/books\x07ann@host:~/books$ "
    text = (
        f"{prompt}ls\r\nmoby.txt\tpride.txt\r\n{prompt}head -1 moby.txt\r\n"
        "\x1b]2;less moby.txt\x1b\\Call me Ishmael.\u2028Some years ago\x1b[0m\r\n"
    )
    doc = normalize_document(schemas.Document("typescript", "typescript.txt", text))
    assert "\x07" not in doc.text and "\x1b" not in doc.text and "\u2028" in doc.text
    assert doc.text.count("\t") == 1 and "\r" not in doc.text
    assert doc.control_chars == _controls(text) - _controls(doc.text) == 7


def test_control_chars_counted_in_the_documents_and_the_manifest(tmp_path, tiny_tokenizer_path):
    """A build of the NUL-led Moby-Dick beside the clean one: the documents row of the
    first says 1,026, the manifest's total is the sum of the rows, the counts reconcile
    and ``inspect`` prints the total."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "nuls.txt").write_bytes(
        bytes(1024) + MOBY.replace("Loomings.", "Loomings.\f\a").encode()
    )
    (root / "moby.txt").write_text(MOBY, encoding="utf-8")
    out = tmp_path / "out"
    args = ["--input", str(root), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest = run([*args, "--windows", "64", "--validation-fraction", "0"]).to_dict()
    rows = {r["doc_id"]: r["control_chars"] for r in documents(str(out)).to_pylist()}
    assert rows == {"nuls.txt": 1026, "moby.txt": 0}
    docs = manifest["documents"]
    assert docs["control_chars"] == sum(rows.values()) == 1026
    assert docs["in"] == docs["written"] + docs["rejected"] == 2
    assert "control characters removed: 1,026" in summary(str(out))
    on_disk = json.loads((out / "manifest.json").read_text())
    assert on_disk["documents"]["control_chars"] == 1026
    del on_disk["documents"]["control_chars"]  # a manifest of an older build
    assert Manifest.from_dict(on_disk).documents.control_chars == 0


def test_control_chars_counted_an_older_documents_table_reads_as_zero():
    """A documents table written before the column existed reads with it, as 0, at
    its place (``reading.documents``, ``inspect --doc`` and ``export`` fill it)."""
    table = pa.table({"doc_id": ["moby"], "boilerplate_chars": [0], "encoding": ["utf-8"]})
    filled = schemas.with_document_defaults(table, schemas.DOCUMENT_SCHEMA)
    assert filled.column_names == ["doc_id", "boilerplate_chars", "control_chars", "encoding"]
    assert filled.column("control_chars").to_pylist() == [0]


# ------------------------------------------------------------ read_as_when_all_rejected
def test_read_as_when_all_rejected_the_error_says_how_the_pipe_was_read(
    tmp_path, tiny_tokenizer_path
):
    """Clause ``read_as_when_all_rejected``: Moby-Dick's paragraphs piped in as JSON Lines
    under "body" (no "text" field) are all rejected; the error line now also says how
    the unnamed pipe was read (the summary that says it is only printed on success)."""
    paragraphs = [p for p in MOBY.split("\n\n") if p.strip()]
    data = "".join(json.dumps({"title": "Moby-Dick", "body": p}) + "\n" for p in paragraphs)
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args = ["--input", "-", "--output", str(tmp_path / "out"), "--tokenizer", tiny_tokenizer_path]
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "dataset", *args, "--windows", "64"],
        input=data.encode(),
        capture_output=True,
        cwd=root,
        timeout=300,
        env={**os.environ, "PYTHONPATH": root},
    )
    said = done.stderr.decode()
    assert done.returncode == 2, said
    n = len(paragraphs)
    assert f"all {n} documents were rejected ({n} missing_text_field)" in said
    assert "; pipe without a file name read as JSON Lines (" in said


# ------------------------------------------------------------ utf16_cut_is_truncated
@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize(
    "codec,cut",
    [("utf-16-le", 1), ("utf-16-be", 3), ("utf-32-le", 2), ("utf-16-le", "pair")],
)
def test_utf16_cut_is_truncated_records_before_kept(tmp_path, codec, cut, pipe):
    """Clause ``utf16_cut_is_truncated``: the three book openings (Austen, Melville,
    ...) as JSON Lines in UTF-16/32 with a byte order mark, cut inside the last
    record's last character (an odd byte, or between the halves of a surrogate pair:
    the last record ends in U+1F40B, a whale, as a reader's note might), was
    ``unreadable_file`` "not UTF-16 (truncated data)"; a cut elsewhere (gzip, zstd,
    tar) is ``truncated_input``. Now the two records before are kept, the cut one is
    one ``truncated_input``: 3 in = 2 written + 1 rejected. Plain and gzip'd."""
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    bom["utf-32-le"] = codecs.BOM_UTF32_LE
    texts = dict(BOOKS)
    last = list(texts)[-1]
    texts[last] += " \U0001f40b" if cut == "pair" else ""
    lines = "".join(
        json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n" for n, t in texts.items()
    )
    whole = bom[codec] + lines.rstrip("\n").encode(codec)
    data = whole[: -(6 if cut == "pair" else cut)]  # "pair": the low half and "}
    for raw, name in ((data, "books.jsonl"), (gzip.compress(data), "books.jsonl.gz")):
        items = _read(tmp_path, name, raw, pipe)
        docs = [d for d in items if isinstance(d, schemas.Document)]
        assert [d.doc_id for d in docs] == list(texts)[:-1], items
        (r,) = [r for r in items if isinstance(r, schemas.Rejected)]
        assert r.reason == "truncated_input", r
        assert (
            f"ends inside a {codec[:6].upper()} character" in r.error
            and "the 2 records before it were read" in r.error
        )


# ------------------------------------------------------------ stray_ascii_end_kept
@pytest.mark.parametrize("pipe", [False, True])
@pytest.mark.parametrize("codec,stray", [("utf-16-le", b"\n"), ("utf-16-be", b"\n")])
@pytest.mark.parametrize("codec_32", [False, True])
def test_stray_ascii_end_kept_all_records_read(tmp_path, codec, stray, codec_32, pipe):
    """Clause ``stray_ascii_end_kept``: the three book openings (Austen, Melville, ...)
    as UTF-16 (or UTF-32) JSON Lines with a byte order mark and every line complete,
    then one byte "\\n" appended as `echo >> books.jsonl` does. It was 4 in = 3 written
    + 1 ``truncated_input`` saying "the rest of the file is lost", where nothing was:
    now 3 in = 3 written, nothing rejected, plain and gzip'd, file and pipe. UTF-32
    with "\\r\\n" appended (2 bytes, less than a unit) too."""
    if codec_32:
        codec, stray = codec.replace("16", "32"), b"\r\n"
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    lines = "".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in BOOKS.items())
    data = bom + lines.encode(codec) + stray
    for raw, name in ((data, "books.jsonl"), (gzip.compress(data), "books.jsonl.gz")):
        items = _read(tmp_path, name, raw, pipe)
        assert {d.doc_id: d.text for d in items if isinstance(d, schemas.Document)} == BOOKS
        assert [i for i in items if isinstance(i, schemas.Rejected)] == [], items


def test_stray_ascii_end_kept_a_cut_inside_a_line_is_still_truncated(tmp_path):
    """Guard: the last line without its final "\\n" and then an odd byte (a cut inside
    the line: the last record may be incomplete) stays ``truncated_input``."""
    lines = "".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in BOOKS.items())
    data = codecs.BOM_UTF16_LE + lines.rstrip("\n").encode("utf-16-le") + b"\n"
    items = _read(tmp_path, "books.jsonl", data, False)
    (r,) = [r for r in items if isinstance(r, schemas.Rejected)]
    assert r.reason == "truncated_input"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
@pytest.mark.parametrize("cut", [False, True])
def test_stray_end_text_said(tmp_path, codec, cut):
    """Clause ``stray_end_text_said``: Moby-Dick's opening (pg2701) as a UTF-16/32 text
    with a byte order mark, either with one "\\n" byte from `echo >> moby.txt`, or cut
    one byte into a blank line (a paragraph break; the rest of the book missing). The
    two are the same bytes in UTF-16LE: reading the first as complete read the second
    as complete too, half a book kept as if whole, nothing said. Both are one rejected
    file whose one line names both readings and what to do."""
    from transforms.encodings import ends_in_echo_byte

    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    bom["utf-32-le"] = codecs.BOM_UTF32_LE
    text = MOBY.rstrip("\n") + "\n"
    if cut and codec == "utf-16-le":  # the whole book goes on after a blank line
        whole = (text + "\n" + MOBY).encode(codec)
        data = bom[codec] + whole[: len(text.encode(codec)) + 1]
    else:
        data = bom[codec] + text.encode(codec) + b"\n"
    (r,) = _read(tmp_path, "moby.txt", data, False)
    assert isinstance(r, schemas.Rejected), r
    assert r.reason == "invalid_utf16"
    assert "echo >>" in r.error and "truncate -s -1" in r.error and "cut" in r.error
    assert not ends_in_echo_byte(data[:-3] + b"\n")  # not after a "\n"


# ------------------------------------------------------------ stray_end_is_echo_newline
# 水浒传 (Water Margin), chapter 1: its paragraphs open with four spaces.
SHUIHU = (
    "第一回  王教头私走延安府 九纹龙大闹史家村\n"
    "    话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京，开封府，汴梁，宣武\n"
    "    京师人口顺，不叫高二，却都叫他做高球。\n"
)


@pytest.mark.parametrize(
    "codec,text,name",
    [
        ("utf-16-le", SHUIHU, "shuihu.txt"),  # cut one byte into "    京师": b" "
        ("utf-16-le", SHUIHU.replace("\n", "\r\n"), "shuihu.txt"),  # CRLF: b"\r"
        ("utf-16-be", MOBY + "\u201cWhale ho!\u201d\n", "moby.txt"),  # U+201C: b" "
        ("utf-16-le", SHUIHU, "shuihu.jsonl"),
    ],
)
def test_stray_end_is_echo_newline(tmp_path, codec, text, name):
    """Clause ``stray_end_is_echo_newline`` (review): a UTF-16 file cut one byte into
    its third line (水浒传's lines open with spaces; Moby-Dick's with a curly quote in
    UTF-16BE, whose first byte is 0x20) was read as complete by stray_ascii_end_kept
    (the byte was "ASCII whitespace"), the rest of the file silently lost; it is
    rejected again. Only `echo`'s own "\\n" is a stray byte."""
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[codec]
    if name.endswith(".jsonl"):
        records = enumerate(text.splitlines())
        text = "".join(json.dumps({"id": n, "text": t}) + "\n" for n, t in records)
        text = text.replace('{"id": 2', ' {"id": 2')  # a record line opening with a space
    lines = text.splitlines(keepends=True)
    kept = "".join(lines[:-1])
    data = bom + kept.encode(codec) + lines[-1].encode(codec)[:1]
    assert data[-1:] in (b" ", b"\r"), data[-3:]
    items = _read(tmp_path, name, data, False)
    rejected = [i for i in items if isinstance(i, schemas.Rejected)]
    assert [r.reason for r in rejected] in (["invalid_utf16"], ["truncated_input"]), items
