"""``make dataset`` reuses a complete OUT only when it was built from the INPUT,
TOKENIZER and WINDOWS asked now (rule ``stale_dataset``, ``pipeline/existing.py``).
It used to answer "Nothing to be done" for any complete OUT, so ``make dataset
INPUT=my_books/`` after the default build left the Shakespeare dataset in place for
``make train``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from pipeline import existing
from tests.conftest import REPO_ROOT, build_tiny_tokenizer

# The ``dataset`` fixture's other flags (tests/pipeline/conftest.py: dataset_args).
FIXTURE_FLAGS = ["--memory-tokens", "40", "--validation-fraction", "0.4"]


def _asked(dataset_inputs, tokenizer, windows="64,256"):
    return [
        "--input", str(dataset_inputs), "--tokenizer", tokenizer, "--windows", windows,
        *FIXTURE_FLAGS,
    ]  # fmt: skip


def test_the_same_build_is_reused(dataset, dataset_inputs, tiny_tokenizer_path, capsys):
    assert existing.main([str(dataset), *_asked(dataset_inputs, tiny_tokenizer_path)]) == 0
    assert "already built from this input" in capsys.readouterr().out


def test_the_same_tokenizer_under_another_path_is_the_same(
    dataset, dataset_inputs, tiny_tokenizer_path, tmp_path
):
    copy = shutil.copy(tiny_tokenizer_path, tmp_path / "tokenizer.json")
    found = existing.differences(
        str(dataset), [str(dataset_inputs)], str(copy), (64, 256), FIXTURE_FLAGS
    )
    assert found == []


@pytest.mark.parametrize("what", ["input", "windows", "tokenizer"])
def test_another_input_tokenizer_or_windows_is_one_line_and_exit_2(
    dataset, dataset_inputs, tiny_tokenizer_path, tmp_path, capsys, what
):
    inputs, tokenizer, windows = str(dataset_inputs), tiny_tokenizer_path, "64,256"
    if what == "input":
        inputs = str(tmp_path / "my_books")
    elif what == "windows":
        windows = "64"
    else:
        tokenizer = build_tiny_tokenizer(str(tmp_path / "other.json"), vocab_size=300)
    argv = [str(dataset), "--input", inputs, "--tokenizer", tokenizer, "--windows", windows]
    argv += FIXTURE_FLAGS
    assert existing.main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("make dataset: error: "), err
    assert f"{what} " in err[0] and "DATASET_ARGS=--overwrite" in err[0]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_dataset_refuses_a_complete_out_built_from_other_input(
    dataset, tiny_tokenizer_path, tmp_path
):
    """The Makefile rule itself, with the venv of this checkout."""
    bin_dir = os.path.join(REPO_ROOT, ".venv", "bin")
    if not os.path.exists(os.path.join(bin_dir, "longctx")):
        pytest.skip("no .venv in this checkout")
    make = ["make", "-s", "-C", REPO_ROOT, "-o", ".venv/bin/longctx", "dataset"]
    make += [f"OUT={dataset}", f"TOKENIZER={tiny_tokenizer_path}"]
    done = subprocess.run(
        [*make, f"INPUT={tmp_path / 'my_books'}", "WINDOWS=64,256"], capture_output=True, text=True
    )
    assert done.returncode == 2 and "built from other settings: input" in done.stderr, done


@pytest.mark.parametrize("spelling", ["slash", "relative", "link", "glob"])
def test_another_spelling_of_the_same_input_is_reused(
    dataset, dataset_inputs, tiny_tokenizer_path, tmp_path, spelling
):
    """``books/``, ``./books``, a link to it or ``books/*`` list the same files as
    ``books``: a legit rerun, which used to be refused as "built from other settings"."""
    folder = str(dataset_inputs)
    if spelling == "slash":
        asked = folder + "/"
    elif spelling == "relative":
        asked = os.path.relpath(folder)
    elif spelling == "link":
        os.symlink(folder, tmp_path / "books")
        asked = str(tmp_path / "books")
    else:
        asked = os.path.join(folder, "*")
    assert asked != folder
    argv = [str(dataset), *_asked(dataset_inputs, tiny_tokenizer_path)]
    argv[argv.index(folder)] = asked
    assert existing.main(argv) == 0


def test_a_subset_of_the_input_is_another_input(dataset, dataset_inputs, tiny_tokenizer_path):
    subset = os.path.join(str(dataset_inputs), "book*.txt")  # news.jsonl left out
    found = existing.differences(
        str(dataset), [subset], tiny_tokenizer_path, (64, 256), FIXTURE_FLAGS
    )
    assert [what for what, _, _ in found] == ["input"]


@pytest.mark.parametrize(
    "flags,setting,built,asked",
    [
        (["--memory-tokens", "8"], "chunk.memory_tokens", 40, 8),
        (["--keep-boilerplate"], "clean.boilerplate.enabled", True, False),
        (["--validation-fraction", "0.1"], "validation_fraction", 0.4, 0.1),
        (["--dedup"], "near_duplicates.dedup", False, True),
    ],
)
def test_a_setting_dataset_args_changes_is_compared(
    dataset, dataset_inputs, tiny_tokenizer_path, flags, setting, built, asked
):
    """``make dataset DATASET_ARGS='--memory-tokens 128'`` after a build without a
    memory prefix said "dataset ready (not rebuilt)": only INPUT, TOKENIZER and WINDOWS
    were compared, and ``make train`` trained without the prefix."""
    found = existing.differences(
        str(dataset), [str(dataset_inputs)], tiny_tokenizer_path, (64, 256), FIXTURE_FLAGS + flags
    )
    assert found == [(setting, built, asked)]


@pytest.mark.parametrize(
    "flags,expected",
    [
        (
            ["--overlap", "8"],
            [("chunk.overlaps", "64:4,256:16", "64:8,256:8"),
             ("chunk.snap_tolerances", "64:4,256:16", "64:8,256:8")],
        ),
        (["--snap-tolerance", "2"], [("chunk.snap_tolerances", "64:4,256:16", "64:2,256:2")]),
    ],
)  # fmt: skip
def test_overlap_and_snap_tolerance_are_compared(
    dataset, dataset_inputs, tiny_tokenizer_path, flags, expected
):
    """Clause per_window_settings of rule stale_dataset: ``make dataset
    DATASET_ARGS='--overlap 64'`` after a default build said "not rebuilt" (the
    per-window settings were skipped as "compared as WINDOWS", and the windows compare
    only the lengths), though the README names ``--overlap`` as compared."""
    found = existing.differences(
        str(dataset), [str(dataset_inputs)], tiny_tokenizer_path, (64, 256), FIXTURE_FLAGS + flags
    )
    assert found == expected
    argv = [str(dataset), *_asked(dataset_inputs, tiny_tokenizer_path), *flags]
    assert existing.main(argv) == 2
    # Other windows: their difference alone is said, not each window's overlap.
    same = ["--overlap", "16", "--snap-tolerance", "16"]
    assert existing.differences(
        str(dataset), [str(dataset_inputs)], tiny_tokenizer_path, (256,), FIXTURE_FLAGS + same
    ) == [("windows", "64,256", "256")]


def test_per_window_settings_compare_values_not_their_spelling():
    """Clause per_window_settings (review): the values compare as numbers, whatever the
    order of the windows, as setting_differences compares the other settings; 32.0
    (a manifest rewritten by another JSON tool) was said to differ from 32."""
    asked = {"overlaps": {"512": 32, "1024": 64}, "snap_tolerances": {"512": 32, "1024": 64}}
    built = {"overlaps": {"1024": 64.0, "512": 32.0}, "snap_tolerances": {"1024": 64, "512": 32}}
    assert existing.per_window_differences(built, asked) == []
    built["snap_tolerances"]["512"] = 8
    assert existing.per_window_differences(built, asked) == [
        ("chunk.snap_tolerances", "512:8,1024:64", "512:32,1024:64")
    ]
    assert existing.per_window_differences({}, asked) == []  # built before it was recorded


def test_flags_that_do_not_change_the_rows_are_not_compared(
    dataset, dataset_inputs, tiny_tokenizer_path
):
    extra = ["--shards-per-bucket", "3", "--direct_num_workers=2", "--direct_running_mode",
             "in_memory"]  # fmt: skip
    argv = [str(dataset), *_asked(dataset_inputs, tiny_tokenizer_path), *extra]
    assert existing.main(argv) == 0


def test_a_tokenizer_folder_is_the_builds_one_line(
    dataset, dataset_inputs, tiny_tokenizer_path, capsys
):
    """It was ``make dataset: error: [Errno 21] Is a directory``."""
    argv = [str(dataset), *_asked(dataset_inputs, os.path.dirname(tiny_tokenizer_path))]
    assert existing.main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is a folder" in err[0] and "Errno" not in err[0], err


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_dataset_compares_dataset_args(dataset, dataset_inputs, tiny_tokenizer_path):
    """The Makefile passes DATASET_ARGS to the check (it did not: a complete OUT was
    reused whatever DATASET_ARGS asked)."""
    bin_dir = os.path.join(REPO_ROOT, ".venv", "bin")
    if not os.path.exists(os.path.join(bin_dir, "longctx")):
        pytest.skip("no .venv in this checkout")
    make = ["make", "-s", "-C", REPO_ROOT, "-o", ".venv/bin/longctx", "dataset"]
    make += [f"OUT={dataset}", f"TOKENIZER={tiny_tokenizer_path}", f"INPUT={dataset_inputs}/"]
    make += ["WINDOWS=64,256"]
    flags = " ".join(FIXTURE_FLAGS)
    same = subprocess.run([*make, f"DATASET_ARGS={flags}"], capture_output=True, text=True)
    assert same.returncode == 0 and "not rebuilt" in same.stdout, same
    other = subprocess.run(
        [*make, f"DATASET_ARGS={flags} --memory-tokens 8"], capture_output=True, text=True
    )
    assert other.returncode == 2 and "chunk.memory_tokens 40 (asked: 8)" in other.stderr, other


def test_where_a_memory_prefix_comes_from_matters_only_with_one(dataset):
    """A dataset built without a prefix before ``--memory-source`` became ``key-recent``
    (1 December) holds the same rows as one built now: not refused for that. With a
    prefix (the fixture's 40 tokens) the source is compared."""
    from schemas.dataset import load_manifest

    config = load_manifest(str(dataset)).config
    assert config["chunk"]["memory_tokens"] == 40
    old = json.loads(json.dumps(config))
    old["chunk"]["memory_source"] = "key"
    old["chunk"]["retrieval"]["k1"] = 1.2
    found = existing.setting_differences(old, config)
    assert [key for key, _, _ in found] == ["chunk.memory_source", "chunk.retrieval.k1"]
    for c in (old, config):
        c["chunk"]["memory_tokens"] = 0
    assert existing.setting_differences(old, config) == []
    old["chunk"]["overlaps"] = {"64": 1}  # per window: per_window_differences, not here
    old["validation_fraction"] = 0.2
    assert existing.setting_differences(old, config) == [("validation_fraction", 0.2, 0.4)]


def test_files_added_removed_or_changed_since_the_build_are_noticed(
    tmp_path, tiny_tokenizer_path, capsys
):
    """Rule stale_dataset on the input files: a file added to the input folder after
    the build was not seen (the README said to pass --overwrite). The manifest now
    keeps their count, bytes and a sha256 of their paths, sizes and modification
    times: a file added, then removed again. A new modification time alone (``touch``,
    ``cp`` without ``-p``) made it stale too: now the contents (``content_sha256``)
    decide, so a change in place of the same size is still found; a manifest without
    them (older) still calls a touched file changed."""
    from pipeline.build import run
    from tests.reliability.bad_inputs import prose
    from transforms.inputs import expand_inputs

    books = tmp_path / "books"
    books.mkdir()
    for i in range(2):
        (books / f"b{i}.txt").write_text(prose(i, 12), encoding="utf-8")
    out = tmp_path / "ds"
    args = ["--input", str(books), "--tokenizer", tiny_tokenizer_path, "--windows", "16,32"]
    manifest = run([*args, "--output", str(out)])
    built_times = {p.name: p.stat() for p in books.iterdir()}
    size = sum(p.stat().st_size for p in books.iterdir())
    assert {k: manifest.inputs[k] for k in ("files", "bytes")} == {"files": 2, "bytes": size}

    def found():
        return existing.differences(str(out), [str(books)], tiny_tokenizer_path, (16, 32))

    assert found() == []
    (books / "new.txt").write_text(prose(5, 12), encoding="utf-8")
    added = size + (books / "new.txt").stat().st_size
    what = "input files (added, removed or changed since the build)"
    assert found() == [(what, f"2 files, {size:,} bytes", f"3 files, {added:,} bytes")]
    assert existing.main([str(out), *args]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("make dataset: error: ") and "DATASET_ARGS=--overwrite" in line
    assert "3 files" in line
    (books / "new.txt").unlink()
    assert found() == []  # the files the build read, as it read them
    stat = (books / "b0.txt").stat()
    os.utime(books / "b0.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert found() == []  # touched: a new modification time, the same content
    before = (books / "b1.txt").stat().st_mtime_ns
    shutil.copyfile(books / "b1.txt", tmp_path / "b1.txt")
    shutil.copyfile(tmp_path / "b1.txt", books / "b1.txt")  # cp without -p: the same
    assert (books / "b1.txt").stat().st_mtime_ns != before
    assert found() == []
    text = (books / "b0.txt").read_text(encoding="utf-8")
    changed = text.replace("the", "The", 1)  # in place, the same size
    assert changed != text and len(changed) == len(text)
    (books / "b0.txt").write_text(changed, encoding="utf-8")
    stale = [(what, f"2 files, {size:,} bytes", f"2 files, {size:,} bytes, a file modified since")]
    assert found() == stale
    (books / "b0.txt").write_text(text, encoding="utf-8")
    assert found() == []
    # clause ctime_change: another content of the same size with the built file's
    # modification time put back (cp -p): the stat fingerprint is as built
    (books / "b0.txt").write_text(changed, encoding="utf-8")
    for name, st in built_times.items():  # b1.txt was copied over since
        os.utime(books / name, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert (
        existing.input_fingerprint(expand_inputs([str(books)]), content=False)["sha256"]
        == (manifest.inputs["sha256"])
    )
    assert found() == stale
    (books / "b0.txt").write_text(text, encoding="utf-8")
    assert found() == []
    # a manifest from before content_sha256 was recorded: a new time is a change, as then
    path = out / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["inputs"]["content_sha256"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert found() == stale


def test_the_input_fingerprint_does_not_depend_on_how_the_inputs_are_spelled(tmp_path, monkeypatch):
    """``--input a/ --input ./b/`` and ``--input ./a/ --input b/`` are the same input
    (``same_inputs``), but with a file of one relative path in each folder their
    fingerprints differed (sorted by spelled path), so ``make dataset`` would have
    called a dataset stale that is not."""
    from tests.reliability.bad_inputs import prose
    from transforms.inputs import expand_inputs

    for i, folder in enumerate(("a", "b")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(prose(i, 3 + 9 * i), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    built, asked = ["a/", "./b/"], ["./a/", "b/"]
    assert existing.same_inputs(built, asked)
    prints = [existing.input_fingerprint(expand_inputs(p)) for p in (built, asked, ["b", "a"])]
    assert prints[0] == prints[1] == prints[2]
    assert prints[0]["files"] == 2
    os.utime(tmp_path / "b" / "x.txt", ns=(0, 10**9))
    assert existing.input_fingerprint(expand_inputs(asked))["sha256"] != prints[0]["sha256"]
    # contents swapped between the two x.txt (review): the same lines, in other files
    a, b = (tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt")
    a.write_text(prose(0, 3), encoding="utf-8")
    b.write_text(prose(0, 3).upper(), encoding="utf-8")  # ASCII: the same size
    one = existing.input_fingerprint(expand_inputs(built))
    a_text, b_text = a.read_bytes(), b.read_bytes()
    assert len(a_text) == len(b_text) and a_text != b_text
    a.write_bytes(b_text)
    b.write_bytes(a_text)
    assert existing._input_change(one, asked) is not None
    b.write_bytes(b_text)
    a.write_bytes(a_text)
    assert existing._input_change(one, asked) is None  # back as built: new times only


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="needs /dev/fd")
def test_the_fingerprint_leaves_a_piped_input_for_the_build():
    """Rule pipe_input_unread: ``--input <(zcat book.gz)`` is a pipe that can be read
    once; content_sha256 read it to its end and the build found no text (main built
    it). A file that is not a regular one is fingerprinted by its stat only."""
    from tests.reliability.bad_inputs import prose
    from transforms.inputs import expand_inputs

    text = prose(3, 12).encode()
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, text)
        os.close(write_end)
        files = expand_inputs([f"/dev/fd/{read_end}"])
        assert existing.input_fingerprint(files)["files"] == 1
        assert os.read(read_end, len(text) + 1) == text  # still there for the build
    finally:
        os.close(read_end)


def test_a_dataset_built_before_inputs_were_recorded_is_still_reused(
    dataset, dataset_inputs, tiny_tokenizer_path, tmp_path
):
    """A manifest without ``inputs`` (built before rule stale_dataset kept them) is
    not checked for changed files: reused as before, not called stale."""
    copy = tmp_path / "old"
    shutil.copytree(dataset, copy)
    path = copy / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data.pop("inputs")["files"] >= 1  # this build recorded them
    path.write_text(json.dumps(data), encoding="utf-8")
    assert existing.main([str(copy), *_asked(dataset_inputs, tiny_tokenizer_path)]) == 0


def test_small_window_keeps_one_token_rebuilt(copy, dataset_inputs, tiny_tokenizer_path, capsys):
    """Clause small_window_keeps_one_token_rebuilt (review 39): a dataset whose only
    difference is overlap 0 where this longctx builds 1 (the old default under 16
    tokens; here the fixture's manifest rewritten so, asked with --overlap 0, built as
    1) is an older build: `make dataset` rebuilds it by the safe path (exit 3, the
    reason said). Before: "built from other settings ... (asked: ...)", exit 2, though
    the user had asked nothing new. Guard: overlap 2 where 1 is asked is still the
    user's difference, exit 2."""
    flags = FIXTURE_FLAGS + ["--overlap", "0"]
    found = existing.differences(
        str(copy), [str(dataset_inputs)], tiny_tokenizer_path, (64, 256), flags
    )
    manifest = json.loads((copy / "manifest.json").read_text())
    for key, _, asked in found:  # the fixture's chunk settings made the asked ones
        manifest["config"]["chunk"][key.split(".")[1]] = {
            w: int(v) for w, v in (p.split(":") for p in asked.split(","))
        }
    manifest["config"]["chunk"]["overlaps"] = {"64": 0, "256": 0}
    (copy / "manifest.json").write_text(json.dumps(manifest))
    argv = [str(copy), *_asked(dataset_inputs, tiny_tokenizer_path), "--overlap", "0"]
    capsys.readouterr()
    assert existing.main(argv) == existing.REBUILD
    assert capsys.readouterr().out == (
        f"make dataset: {copy} was built from this input and these settings by an older "
        "longctx, whose rows differ (overlap 0 at window 64, 256: each row's first scored "
        "token had no token before it and was never trained; this longctx keeps one): "
        "rebuilding it (--overwrite replaces only the dataset's own files)\n"
    )
    manifest["config"]["chunk"]["overlaps"] = {"64": 2, "256": 0}
    (copy / "manifest.json").write_text(json.dumps(manifest))
    assert existing.main(argv) == 2
    assert "built from other settings: chunk.overlaps '64:2,256:0'" in capsys.readouterr().err
