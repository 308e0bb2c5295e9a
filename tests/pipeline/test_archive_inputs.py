"""``longctx dataset`` on a zip and a tar.gz of real books (rule ``archive_members``,
``transforms/archives.py``): member ids in the documents, counts that reconcile, the
skipped members in the summary, ``--dedup`` and rule ``stale_dataset`` with them."""

from __future__ import annotations

import io
import json
import os
import tarfile
import zipfile

from pipeline import cli, existing
from pipeline.reading import documents

BOOKS = ("pg1153.txt", "pg149.txt", "pg1572.txt")


def _write_archives(folder, books: dict[str, bytes]) -> None:
    with zipfile.ZipFile(folder / "books.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for name in BOOKS[:2]:
            z.writestr(f"novels/{name}", books[name])
        z.writestr("__MACOSX/novels/._pg149.txt", b"\x00\x05\x16\x07")
        z.writestr("notes.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n")
    with tarfile.open(folder / "more.tar.gz", "w:gz") as tar:
        for name in BOOKS[1:]:  # pg149 in both: a near-duplicate for --dedup
            info = tarfile.TarInfo(f"./{name}")
            info.size = len(books[name])
            tar.addfile(info, io.BytesIO(books[name]))


def test_a_dataset_of_a_zip_and_a_tar_gz(tmp_path, shared_data, tiny_tokenizer_path, capsys):
    books = {n: open(os.path.join(shared_data, "en_gutenberg", n), "rb").read() for n in BOOKS}
    inputs = tmp_path / "in"
    inputs.mkdir()
    _write_archives(inputs, books)
    out = tmp_path / "out"
    args = ["dataset", "--input", str(inputs), "--output", str(out)]
    args += ["--tokenizer", tiny_tokenizer_path, "--windows", "256", "--dedup"]
    assert cli.main(args) == 0
    said = capsys.readouterr().out
    table = documents(str(out))
    ids = sorted(table.column("doc_id").to_pylist())
    rejected = [
        json.loads(line) for line in (out / "rejected" / "rejected.jsonl").read_text().splitlines()
    ]
    reasons = sorted((r["doc_id"], r["reason"]) for r in rejected)
    assert reasons[0] == ("books.zip/notes.pdf", "document_format")
    # pg149 twice: --dedup keeps one of the two members, by their ids
    assert [r for r in reasons[1:] if r[1] == "near_duplicate"] == reasons[1:]
    assert len(reasons) == 2
    assert sorted(ids + [r[0] for r in reasons[1:]]) == [
        "books.zip/novels/pg1153.txt",
        "books.zip/novels/pg149.txt",
        "more.tar.gz/pg149.txt",
        "more.tar.gz/pg1572.txt",
    ]
    manifest = json.loads((out / "manifest.json").read_text())
    counts = manifest["documents"]
    assert counts["in"] == counts["written"] + counts["rejected"] == 5
    assert manifest["inputs"]["files"] == 2
    # the skipped members are in the manifest too (not only in the printed summary)
    assert counts["archive_skipped"] == {"hidden": 1}
    assert "archive members skipped (hidden or OS files, links, devices): hidden 1" in said
    # rule stale_dataset: the archives are the input files; a changed member is a change
    asked = [str(inputs)], tiny_tokenizer_path, (256,), ["--dedup"]
    assert existing.differences(str(out), *asked) == []
    with zipfile.ZipFile(inputs / "books.zip", "a") as z:
        z.writestr("novels/new.txt", "A new book.")
    (changed,) = existing.differences(str(out), *asked)
    assert changed[0] == "input files (added, removed or changed since the build)"
