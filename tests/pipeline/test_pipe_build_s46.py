"""Session 46 (the Left of session 45's wtG): one whole build over pipes, checked end to
end; clause ``tar_pipe_damage_said`` (transforms/tar_pipe_said.py, transforms/read.py).

``python -m pipeline --input books.tar.gz --input -``: the .tar.gz through a FIFO, in two
gzip members (Dumas and Hugo in the first; Grimm and Tolstoy in the second, damaged),
and a JSONL on the standard input (Dumas, a record cut in its middle, Hugo). The counts
reconciled already on base46 (7 in = 4 written + 3 rejected: the two books of the gzip
member that passed, the two good records; the bad record, the member the damage cut and
the archive's rest), and the characters of a book read from the tar and from the JSONL
are the same; but the two tar lines were a JSONL file's: "(`gzip -t
de_grimm_froschkoenig.txt` shows it)", a member named as if it were a file, and "the 0
records in the 1 gzip member before it ... are kept" where two books were kept. Real
text: tests/data's Dumas *Memoirs*, Hugo, Grimm and Tolstoy.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import tarfile
import threading
from functools import partial
from pathlib import Path

import pytest

from tests.tar_members import tar_bytes

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data"
NAMES = (
    "en_gutenberg_dumas_memoirs_book.txt",
    "fr_hugo_miserables_myriel.txt",
    "de_grimm_froschkoenig.txt",
    "ru_tolstoy_karenina_opening.txt",
)
BOOKS = {n: (DATA / n).read_text(encoding="utf-8") for n in NAMES}


_tar = partial(tar_bytes, format=tarfile.USTAR_FORMAT, mtime=1_700_000_000)


def _piped_tar() -> bytes:
    whole = _tar(BOOKS)
    cut = len(_tar(dict(list(BOOKS.items())[:2]))) - 1024  # no end blocks in the first part
    second = bytearray(gzip.compress(whole[cut:], mtime=0))
    second[len(second) // 2 : len(second) // 2 + 40] = bytes(40)
    return gzip.compress(whole[:cut], mtime=0) + bytes(second)


@pytest.mark.slow
def test_a_build_over_a_tar_pipe_and_stdin_reconciles_and_names_each_loss(
    tmp_path, tiny_tokenizer_path
):
    fifo, out = tmp_path / "books.tar.gz", tmp_path / "out"
    os.mkfifo(fifo)
    dumas, hugo = (json.dumps({"id": f"rec{i}", "text": BOOKS[n]}) for i, n in enumerate(NAMES[:2]))
    jsonl = f'{dumas}\n{{"id": "bad", "text": \n{hugo}\n'.encode()

    def write():
        with open(fifo, "wb") as f:
            try:
                f.write(_piped_tar())
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=write)
    writer.start()
    args = ["--input", str(fifo), "--input", "-", "--output", str(out)]
    args += ["--tokenizer", tiny_tokenizer_path, "--windows", "64", "--validation-fraction", "0"]
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        input=jsonl,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=900,
    )
    writer.join(timeout=10)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    docs = json.loads((out / "manifest.json").read_text())["documents"]
    assert (docs["in"], docs["written"], docs["rejected"]) == (7, 4, 3)
    assert docs["in"] == docs["written"] + docs["rejected"]
    rejected = {
        (r := json.loads(line))["doc_id"]: r
        for line in (out / "rejected" / "rejected.jsonl").read_text().splitlines()
    }
    assert {k: r["reason"] for k, r in rejected.items()} == {
        "stdin:2": "invalid_json",
        "books.tar.gz": "corrupt_input",
        "books.tar.gz/de_grimm_froschkoenig.txt": "corrupt_input",
    }
    archive = rejected["books.tar.gz"]["error"]
    assert "damaged in member 2" in archive and "(`gzip -t books.tar.gz` shows it)" in archive
    assert "the 2 archive members in the 1 gzip member before it" in archive
    member = rejected["books.tar.gz/de_grimm_froschkoenig.txt"]["error"]
    assert member.startswith(f"member de_grimm_froschkoenig.txt of archive {fifo} is not read:")
    assert "its bytes lie in gzip member 2 of the archive, which is damaged" in member
    assert "gzip -t de_grimm" not in member and "records" not in member
    assert all("\n" not in r["error"] for r in rejected.values())
    # Characters counted alike: each book from the tar and from the JSONL.
    from pipeline.reading import documents

    table = documents(str(out)).select(["doc_id", "num_chars", "boilerplate_chars"]).to_pylist()
    chars = {r["doc_id"]: (r["num_chars"], r["boilerplate_chars"]) for r in table}
    assert chars["books.tar.gz/" + NAMES[0]] == chars["rec0"]
    assert chars["books.tar.gz/" + NAMES[1]] == chars["rec1"]
    assert docs["boilerplate_chars"] == sum(b for _, b in chars.values())
