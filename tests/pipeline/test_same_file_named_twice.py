"""Clause ``same_file_named_twice`` (transforms/same_file.py, transforms/inputs.py
``expand_inputs``, pipeline/build.py): one file reached by several ``--input`` patterns
is read once, and the manifest and the log say which inputs were the same file.
Real text: the opening of Shakespeare's "A Lover's Complaint" and of "The Phoenix and
the Turtle" (defaults/shakespeare, Gutenberg)."""

from __future__ import annotations

import json
import logging
import os

from tests.reliability.conftest import snapshot, staging_folders
from transforms.inputs import expand_inputs
from transforms.same_file import same_file_block

LOVER = (
    "From off a hill whose concave womb reworded\n"
    "A plaintful story from a sistering vale,\n"
    "My spirits to attend this double voice accorded,\n"
    "And down I laid to list the sad-tuned tale;\n"
)
PHOENIX = (
    "Let the bird of loudest lay,\n"
    "On the sole Arabian tree,\n"
    "Herald sad and trumpet be,\n"
    "To whose sound chaste wings obey.\n"
)


def _books(tmp_path):
    books = tmp_path / "books"
    books.mkdir()
    (books / "lover.txt").write_text(LOVER * 6, encoding="utf-8")
    (books / "phoenix.txt").write_text(PHOENIX * 6, encoding="utf-8")
    return books


def test_same_file_named_twice_a_path_spelled_another_way_is_one_file(tmp_path, monkeypatch):
    """``books/`` and ``./books/lover.txt`` (or ``books//lover.txt``, its absolute path):
    before, a duplicate_file rejection that called the second spelling "a link"; now one
    file, read once, with the inputs that reached it."""
    _books(tmp_path)
    monkeypatch.chdir(tmp_path)
    for other in ("./books/lover.txt", "books//lover.txt", str(tmp_path / "books/lover.txt")):
        files = expand_inputs(["books/", other])
        assert [(f.path, f.relative, f.problem) for f in files] == [
            ("books/lover.txt", "lover.txt", ""),
            ("books/phoenix.txt", "phoenix.txt", ""),
        ]
        assert same_file_block(files) == [{"read": "books/lover.txt", "inputs": ["books/", other]}]


def test_same_file_named_twice_said_in_the_manifest_and_the_log(
    tmp_path, tiny_tokenizer_path, monkeypatch, caplog
):
    """A folder, a glob and a file in it, plus a symbolic link to the other poem: before,
    the poem named three times was read once without a word. Now the manifest's
    ``inputs.same_file`` and one log line say so, and the counts reconcile."""
    books = _books(tmp_path)
    os.symlink("phoenix.txt", books / "turtle.txt")
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    from pipeline.build import run

    with caplog.at_level(logging.WARNING):
        manifest = run(
            ["--input", "books", "--input", "books/lover.txt", "--input", "books/*.txt",
             "--output", str(out), "--tokenizer", tiny_tokenizer_path, "--windows", "16,32"]
        )  # fmt: skip
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert data["inputs"]["files"] == 3  # lover, phoenix, turtle (rejected)
    assert data["inputs"]["same_file"] == [
        {"read": "books/lover.txt", "inputs": ["books", "books/lover.txt", "books/*.txt"]},
        {
            "read": "books/phoenix.txt",
            "inputs": ["books", "books/*.txt"],
            "other_names": ["books/turtle.txt"],
        },
    ]
    (line,) = [r.getMessage() for r in caplog.records if "reached more than once" in r.getMessage()]
    assert (
        "books/lover.txt (reached by --input books, --input books/lover.txt, --input books/*.txt)"
        in line
    )
    assert "its other names books/turtle.txt are duplicate_file rejections" in line
    rejected = [
        json.loads(x) for x in (out / "rejected" / "rejected.jsonl").read_text().splitlines()
    ]
    assert [r["reason"] for r in rejected] == ["duplicate_file"]
    counts = manifest.documents
    assert counts.documents_in == counts.written + counts.rejected == 3
    assert snapshot(tmp_path, outside=(out,)) == before and staging_folders(out) == []


def test_same_file_named_twice_guard_distinct_files_say_nothing(tmp_path):
    """Two different poems, each named once: no block (manifests stay as before)."""
    books = _books(tmp_path)
    files = expand_inputs([str(books / "lover.txt"), str(books / "phoenix.txt")])
    assert len(files) == 2 and same_file_block(files) == []


def test_same_file_named_twice_other_inode_is_never_merged(tmp_path, monkeypatch):
    """Review (session 27), clause same_file_named_twice_other_inode: ``..`` after a
    folder link (``books/far/../lover.txt`` with ``far -> ../elsewhere/deep``) is another
    file, ``elsewhere/lover.txt``, whose normalized spelling is ``books/lover.txt``. Named
    first, it took that spelling's key, and ``books/lover.txt`` named after it by its
    absolute path fell on the same key: dropped, and said to be "the same file" (the
    build read 1 document of 2). Now each is read under its own path."""
    books = _books(tmp_path)
    (tmp_path / "elsewhere" / "deep").mkdir(parents=True)
    (tmp_path / "elsewhere" / "lover.txt").write_text(PHOENIX * 6, encoding="utf-8")
    os.symlink("../elsewhere/deep", books / "far")
    monkeypatch.chdir(tmp_path)
    for patterns in (
        ["books/far/../lover.txt", str(books / "lover.txt")],
        [str(books / "lover.txt"), "books/far/../lover.txt"],
        ["books/far/../lover.txt", "books/lover.txt"],
        ["books/far/../lover.txt", "books"],
    ):
        files = expand_inputs(patterns)
        read = {f.path: open(f.path, encoding="utf-8").read(20) for f in files if not f.problem}
        assert "From off a hill whos" in read.values(), patterns  # books/lover.txt is read
        assert "Let the bird of loud" in read.values(), patterns  # elsewhere/lover.txt too
        assert same_file_block(files) == [], patterns


def test_same_file_named_twice_guard_copies_are_two_files(tmp_path):
    """Guard: ``cp -p`` copies (same size and modification time; one the same bytes, one
    other bytes of the same length) are different files: all read, nothing said."""
    books = _books(tmp_path)
    lover = books / "lover.txt"
    (books / "copy.txt").write_bytes(lover.read_bytes())
    (books / "other.txt").write_bytes(lover.read_bytes().swapcase())
    for name in ("copy.txt", "other.txt"):
        os.utime(books / name, ns=(lover.stat().st_atime_ns, lover.stat().st_mtime_ns))
    files = expand_inputs([str(books), str(lover), str(books / "copy.txt"), str(books / "*.txt")])
    assert [(f.relative, f.problem) for f in files] == [
        ("copy.txt", ""),
        ("lover.txt", ""),
        ("other.txt", ""),
        ("phoenix.txt", ""),
    ]
    assert [e["read"] for e in same_file_block(files)] == [
        str(books / "copy.txt"),
        str(lover),
        str(books / "other.txt"),
        str(books / "phoenix.txt"),
    ]
