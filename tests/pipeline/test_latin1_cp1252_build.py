"""The whole build under ``--encoding latin-1`` (session 40): a text file in CP1252
(clause ``named_latin1_is_cp1252``), a Latin-1 one, and an EPUB whose chapters are
CP1252 and Shift_JIS (clause ``epub_chapter_codecs``). Each document's codec is in
OUT/documents; the manifest and ``longctx inspect`` count the book once, under
"cp1252+shift_jis", so the counts add up to the documents written and ``--verify``
checks it (before: the CP1252 file counted as iso8859-1 and the book as windows-1252
only)."""

from __future__ import annotations

import json

import pytest

from pipeline.build import run
from pipeline.inspection import summary
from pipeline.reading import documents
from pipeline.verify import verify
from tests.transforms.test_declared_codec import page
from tests.transforms.test_epub import CONTAINER, _opf, make_epub
from tests.transforms.test_named_latin1_cp1252 import ALCOTT, HUGO, KYUTAIHA, TEXT


def test_latin1_build_counts_each_codec(tmp_path, tiny_tokenizer_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "kitty.txt").write_bytes((TEXT * 4).encode("cp1252"))
    (inputs / "hugo.txt").write_bytes(HUGO.replace("\u2019", "'").encode("latin-1"))
    files = {
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": _opf('<itemref idref="ch1"/><itemref idref="ch2"/>'),
        "OEBPS/ch1.xhtml": page(ALCOTT * 3, "windows-1252").encode("cp1252"),
        "OEBPS/ch2.xhtml": page(KYUTAIHA * 6, "Shift_JIS").encode("shift_jis"),
    }
    (inputs / "two.epub").write_bytes(make_epub(extra=files))
    out = tmp_path / "out"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest = run(
        [*args, "--windows", "64", "--validation-fraction", "0", "--encoding", "latin-1"]
    ).to_dict()
    rejected = (out / "rejected" / "rejected.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line) for line in rejected.splitlines()] == []
    rows = documents(str(out)).select(["doc_id", "encoding"]).to_pylist()
    assert {r["doc_id"]: r["encoding"] for r in rows} == {
        "kitty.txt": "windows-1252",  # clause known_codec_names (session 44): was cp1252
        "hugo.txt": "iso-8859-1",
        "two.epub": "windows-1252+shift_jis",
    }
    counts = manifest["documents"]["encodings"]
    assert counts == {"iso-8859-1": 1, "windows-1252": 1, "windows-1252+shift_jis": 1}
    assert sum(counts.values()) == manifest["documents"]["written"] == 3
    assert "encodings: iso-8859-1 1, windows-1252 1, windows-1252+shift_jis 1" in summary(str(out))
    assert verify(str(out)) == []
    # --verify catches counts that do not add up (a manifest counting the book twice)
    path = out / "manifest.json"
    edited = json.loads(path.read_text(encoding="utf-8"))
    edited["documents"]["encodings"] = {"cp1252": 2, "iso8859-1": 1, "shift_jis": 1}
    path.write_text(json.dumps(edited), encoding="utf-8")
    assert "manifest's encodings add up to 4, not 3" in " ".join(verify(str(out)))
    # An older manifest's Python names read, shown as a newer one writes them.
    edited["documents"]["encodings"] = {"cp1252": 1, "cp1252+shift_jis": 1, "iso8859-1": 1}
    path.write_text(json.dumps(edited), encoding="utf-8")
    assert verify(str(out)) == []
    assert "encodings: iso-8859-1 1, windows-1252 1, windows-1252+shift_jis 1" in summary(str(out))


def test_misplaced_hint_counted(tmp_path, tiny_tokenizer_path):
    """Clause ``cp1252_letters_misplaced`` (review, session 41): the reader's warning is
    a log line in the workers (on Dataflow in Cloud Logging, in a multi-process build
    relayed twice), so the file is counted too: Beam counter ``codec_hint.mac_roman``,
    the build's summary line, the manifest's ``documents.codec_hints`` and ``longctx
    inspect``. Maude's *The Power of Darkness* saved in Mac Roman, named latin-1; a
    CP1252 book beside it counts nothing."""
    from pipeline.build import build
    from pipeline.progress import counter_summary, hint_lines
    from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "power.txt").write_bytes((POWER_OF_DARKNESS * 3).encode("mac_roman"))
    (inputs / "kitty.txt").write_bytes((TEXT * 4).encode("cp1252"))
    out = tmp_path / "out"
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest, counters = build(
        [*args, "--windows", "64", "--validation-fraction", "0", "--encoding", "latin-1"]
    )
    docs = manifest.to_dict()["documents"]
    assert docs["encodings"] == {"windows-1252": 2} and docs["codec_hints"] == {"macintosh": 1}
    assert counters["codec_hint.mac_roman"] == 1
    assert (
        "  1 file read as windows-1252 whose bytes look like macintosh letters (each named "
        "below, with its fix): if they are, read them as macintosh"
    ) in counter_summary(counters)
    # clause codec_hint_said_once: the file's line in the manifest, printed once
    source = str(inputs / "power.txt")
    (line,) = docs["codec_hint_files"].values()
    assert list(docs["codec_hint_files"]) == [source]
    assert line.startswith(f"{source}: read as windows-1252 under --encoding latin-1, but 9 of")
    assert line.endswith("rerun with --encoding macintosh")
    assert hint_lines(manifest.documents.codec_hint_files) == [f"  warning: {line}"]
    assert (
        "read as windows-1252 with another codec's letters: macintosh 1 (each file and its fix: "
        "the manifest's documents.codec_hint_files)"
    ) in summary(str(out))
    assert verify(str(out)) == []


@pytest.mark.slow
def test_codec_hint_said_once_on_workers(tmp_path, tiny_tokenizer_path):
    """Clause ``codec_hint_said_once`` (session 42; the review of session 41: a
    multi-process build printed the worker's warning twice, the worker's own line and
    Beam's relay of it, and Dataflow's workers never reach the terminal): ``python -m
    pipeline`` as a user runs it on 2 worker processes, Maude's *The Power of Darkness*
    saved in Mac Roman among two good books (CP1252, Latin-1) under ``--encoding
    latin-1``: the file is named in exactly one line of all the build prints (stdout
    and stderr), which says the flag to pass; the good books are named in none."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT
    from tests.pipeline.test_end_to_end import MULTI_PROCESS
    from tests.transforms.test_named_latin1_every_sign import POWER_OF_DARKNESS

    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "power.txt").write_bytes((POWER_OF_DARKNESS * 3).encode("mac_roman"))
    (inputs / "kitty.txt").write_bytes((TEXT * 4).encode("cp1252"))
    (inputs / "hugo.txt").write_bytes(HUGO.replace("\u2019", "'").encode("latin-1"))
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--input", str(inputs), "--output", str(out)]
        + ["--tokenizer", tiny_tokenizer_path, "--windows", "64", "--encoding", "latin-1"]
        + ["--validation-fraction", "0", *MULTI_PROCESS],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    printed = (done.stdout + done.stderr).splitlines()
    named = [line for line in printed if "power.txt" in line]
    assert len(named) == 1, printed
    assert named[0].startswith(f"  warning: {inputs / 'power.txt'}: read as windows-1252 under")
    assert named[0].endswith("rerun with --encoding macintosh")
    assert not [line for line in printed if "kitty.txt" in line or "hugo.txt" in line]
