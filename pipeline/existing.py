"""``make dataset`` on a folder that already holds a complete dataset: reuse it only
when it was built from what is asked now.

The Makefile used to key the build on ``OUT/_COMPLETE`` alone, so ``make dataset
INPUT=my_books/`` after the default build (same ``OUT``) answered "Nothing to be done"
and the next ``make train`` trained on Shakespeare (README audit, session 12). Rule
``stale_dataset``: the inputs, the tokenizer (by sha256, so another spelling of the
same file is fine), the windows and every setting ``DATASET_ARGS`` changes (memory
prefix, overlap, boilerplate, dedup, ...: the config a build with these flags would
save, compared with the manifest's) must match; otherwise one line says what differs
and how to rebuild, exit 2. ``--overwrite`` rebuilds (the Makefile does not ask).
Inputs match when spelled alike or when they list the same files now (``books/``,
``./books``, a link to it, ``books/*.txt``), and those files are still as the build
found them: a file added to or removed from the folder, or changed since the build
makes it stale too (the manifest's ``inputs``: :func:`input_fingerprint`, a ``stat``
per file; a dataset built before it was recorded is not checked for this). A file
whose modification time alone changed (``touch``, ``cp`` without ``-p``) is compared
by content (``content_sha256``, recorded since session 14; a remote file by size
only, as before), and so is one whose inode change time alone changed (clause
``ctime_change``: ``cp -p`` of another file of the same size and time). Not compared: where the output goes, how it is sharded, Beam's
flags.

    python -m pipeline.existing OUT --input GLOB [--input ...] --tokenizer PATH \
        --windows W [DATASET_ARGS...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import stat
import sys

from pipeline.changed_inputs import changed_during_build_line, listing_stamps  # noqa: F401
from pipeline.options import parse_windows
from schemas.wording import counted

# Config keys that do not change the rows: where they go, how they are sharded, and
# what is compared apart (inputs, tokenizer, windows and its top-level copies).
_NOT_SETTINGS = {
    "inputs",
    "output",
    "tokenizer",
    "overwrite",
    "shards_per_bucket",
    "windows",
    "overlaps",
    "memory_tokens",
}
_PER_WINDOW = ("chunk.windows", "chunk.overlaps", "chunk.snap_tolerances")
_MEMORY = ("chunk.memory_source", "chunk.retrieval.", "chunk.memory_separator_ids")


def _files(patterns: list[str]) -> list[str]:
    from pipeline.storage import is_remote
    from transforms.inputs import expand_inputs

    found = expand_inputs(patterns)
    return sorted(f.path if is_remote(f.path) else os.path.realpath(f.path) for f in found)


def _sha256_hex(lines: list[str]) -> str:
    # Sorted by the hashed text only: two inputs' files of one relative path (a/x.txt,
    # b/x.txt) keep their order whatever the spelling (`./a`), which same_inputs allows.
    return hashlib.sha256("".join(sorted(lines)).encode()).hexdigest()


def _file_sha256(path: str) -> str:
    """sha256 of a local file's bytes; "" for a remote or unreadable one, and for one
    that is not a regular file (rule ``pipe_input_unread``: ``--input <(zcat b.gz)``,
    a pipe or FIFO, was read to its end here and the build then read nothing)."""
    from pipeline.storage import is_remote

    if is_remote(path):
        return ""
    digest = hashlib.sha256()
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return ""
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                digest.update(block)
    except OSError:
        return ""
    return digest.hexdigest()


def _identity(f) -> str:
    from pipeline.storage import is_remote

    return f.path if is_remote(f.path) else os.path.realpath(f.path)


def content_fingerprint(files) -> str:
    """One sha256 over each input file's relative path, size and content sha256 (a
    remote file's size only: reading it back would download the input again), in the
    order of the files' real paths, which every spelling ``same_inputs`` allows lists
    alike: sorted by the hashed text, ``a/x.txt`` and ``b/x.txt`` whose contents were
    swapped (same size, new times) hashed alike and the dataset was reused (review)."""
    ordered = sorted(files, key=lambda f: (_identity(f), f.relative, f.size))
    lines = [f"{f.relative}\0{f.size}\0{_file_sha256(f.path)}\n" for f in ordered]
    return hashlib.sha256("".join(lines).encode()).hexdigest()


def input_fingerprint(files, content: bool = True) -> dict:
    """What rule ``stale_dataset`` compares of the input files (``InputFile``s): their
    number, their bytes, one sha256 over each one's relative path, size and
    modification time (ns; 0 for a remote or unreadable file; a ``stat`` per file)
    and, with ``content``, :func:`content_fingerprint` (reads every local file)."""
    from pipeline.storage import is_remote

    lines, changes = [], []
    for f in files:
        try:
            st = None if is_remote(f.path) else os.stat(f.path)
        except OSError:
            st = None
        lines.append(f"{f.relative}\0{f.size}\0{st.st_mtime_ns if st else 0}\n")
        changes.append(f"{f.relative}\0{st.st_ctime_ns if st else 0}\n")
    found = {"files": len(files), "bytes": sum(f.size for f in files), "sha256": _sha256_hex(lines)}
    # Clause ctime_change: ``cp -p`` (or any write that puts the old modification time
    # back) onto a file of the same size left the stat fingerprint as built; the
    # inode change time cannot be set back, so a new one sends the file to the
    # content comparison. Kept apart so that manifests before it compare as then.
    found["ctime_sha256"] = _sha256_hex(changes)
    if content:
        found["content_sha256"] = content_fingerprint(files)
    return found


def _input_change(built: dict, patterns: list[str]):
    """``(what, then, now)`` when the input files are not those the build found: not
    the same ``stat`` fingerprint, nor (the same files and bytes) the same contents."""
    from transforms.inputs import expand_inputs

    try:
        files = expand_inputs(patterns)
        now = input_fingerprint(files, content=False)
    except (ValueError, OSError):  # lists nothing now
        files, now = [], {"files": 0, "bytes": 0, "sha256": "", "ctime_sha256": ""}
    if now["sha256"] == built["sha256"] and built.get("ctime_sha256") in (
        None,
        now["ctime_sha256"],
    ):
        return None
    then_said, now_said = (
        f"{counted(d['files'], 'file', thousands=True)}, {counted(d['bytes'], 'byte', thousands=True)}"
        for d in (built, now)
    )
    if now_said == then_said:
        if "content_sha256" in built and built["content_sha256"] == content_fingerprint(files):
            return None  # only modification times changed (touch, cp without -p)
        now_said += ", a file modified since"
    return ("input files (added, removed or changed since the build)", then_said, now_said)


def same_inputs(built: list[str], asked: list[str]) -> bool:
    """The same spelling, or the same files listed now (a folder with or without its
    trailing slash, relative or absolute, through a link, or a glob of it)."""
    if list(built) == list(asked):
        return True
    from transforms.inputs import printable

    if list(built) == [printable(p) for p in asked]:  # clause manifest_names_printable
        return True
    try:
        return _files(list(built)) == _files(list(asked))
    except (ValueError, OSError):  # one of them lists nothing (now): not the same
        return False


def config_leaves(value, prefix: str = "") -> dict:
    """A nested config as ``{"chunk.memory_tokens": 0, ...}`` (also the trainer's
    resume check, ``training.run_files``)."""
    if isinstance(value, dict):
        out = {}
        for key, inner in value.items():
            out.update(config_leaves(inner, f"{prefix}{key}."))
        return out
    return {prefix[:-1]: value}


def setting_differences(built_config: dict, asked_config: dict, older: bool = False) -> list:
    """``(setting, built, asked)`` for each config leaf (``chunk.memory_tokens``) the
    flags asked now would set otherwise; a leaf the built manifest lacks is skipped."""
    built = {k: v for k, v in built_config.items() if k not in _NOT_SETTINGS}
    asked = {k: v for k, v in asked_config.items() if k not in _NOT_SETTINGS}
    found = []
    # Clause keep_text_reuse: ``keep_text`` is saved only when on (build_config.resolved_config),
    # so a missing key is off here, not skipped: a build without the text column is not
    # "ready" for --keep-text, nor the reverse.
    kept, asked_kept = built.pop("keep_text", False), asked.pop("keep_text", False)
    if kept != asked_kept:
        found.append(("keep_text", kept, asked_kept))
    built, asked = config_leaves(built), config_leaves(asked)
    skip = _PER_WINDOW
    if built.get("chunk.memory_tokens") == asked.get("chunk.memory_tokens") == 0:
        skip += _MEMORY  # no prefix: where it would come from changes no row
    # Clause newer_setting_compared (session 24): a setting the built manifest has and
    # this longctx does not (a newer longctx's, e.g. a new chunking option) was skipped,
    # so a dataset a newer longctx built with it set was "ready" here, rows this
    # version would not make. Its effect cannot be known: it is a difference, said.
    newer = [
        (key, built[key], NEWER_SETTING)
        for key in built
        if key not in asked and not key.startswith(skip) and key not in RETIRED_SETTINGS
    ]
    if older:  # clause retired_settings_not_newer: an older format's build is no newer's
        newer = []
    return (
        found
        + [
            (key, built[key], value)
            for key, value in asked.items()
            if key in built and built[key] != value and not key.startswith(skip)
        ]
        + newer
    )


NEWER_SETTING = "no such setting in this longctx: a newer longctx built it; upgrade longctx"

# Clause retired_settings_not_newer (review of newer_setting_compared): settings an
# OLDER longctx wrote in the manifest config and this one removed. The manifest says
# no longctx version, so newer_setting_compared took them for a newer longctx's: a
# dataset built on 30 November (version 3, TextTiling settings) was refused "built
# from other settings ... a newer longctx built it; upgrade longctx" (exit 2) on the
# newest longctx, before older_rows could say how its rows differ. They are skipped,
# as before the clause. Found by building the config at 83 of the 181 commits that
# changed a config class (`git log`): the TextTiling five left it on 30 November. Add
# one here when you remove or rename a setting. And a dataset of an older format
# version (older_rows rebuilds it) has none of a newer longctx's settings: none is
# called newer there (its config before resolved_config, 27-30 November, differs).
RETIRED_SETTINGS = frozenset(
    f"structure.topics.{name}" for name in ("dim", "k", "min_segment_terms", "smoothing_width", "w")
)


def per_window_differences(built_chunk: dict, asked_chunk: dict) -> list:
    """Clause ``per_window_settings``: the overlap and snap tolerance of each window
    (``--overlap``, ``--snap-tolerance``), as ``(setting, built, asked)`` written
    ``512:32,1024:64``. They were skipped with the other per-window keys ("compared as
    WINDOWS"), but the windows compare only the lengths: ``make dataset
    DATASET_ARGS='--overlap 64'`` after a default build said "not rebuilt" and trained
    on windows overlapping by 32 at 512. Compared when the windows are the same (else
    the windows' difference is said); a key the built manifest lacks is skipped."""

    def values(per_window: dict) -> dict:
        return {int(w): v for w, v in per_window.items()}

    def said(per_window: dict) -> str:
        return ",".join(f"{w}:{v}" for w, v in sorted(per_window.items()))

    found = []
    for key in ("overlaps", "snap_tolerances"):
        if key in built_chunk and key in asked_chunk:
            # By value, as setting_differences compares (a manifest rewritten with 32.0
            # for 32 was said to differ when compared as text: review).
            then, now = values(built_chunk[key]), values(asked_chunk[key])
            if then != now:
                found.append((f"chunk.{key}", said(then), said(now)))
    return found


def _asked_config(out: str, inputs, tokenizer: str, windows, extra: list[str]) -> dict:
    """The config ``longctx dataset`` with these flags would save (pipeline.build_config)."""
    from pipeline.build_config import config_and_tokenizer, resolved_config
    from pipeline.options import dataset_parser

    argv = [a for i in inputs for a in ("--input", i)]
    argv += ["--output", out, "--tokenizer", tokenizer, "--windows", ",".join(map(str, windows))]
    args, _beam_flags = dataset_parser().parse_known_args([*argv, *extra])
    config, _tokenizer = config_and_tokenizer(args)
    return resolved_config(config, 0)


def differences(
    out: str,
    inputs: list[str],
    tokenizer: str,
    windows: tuple[int, ...],
    extra: list[str] = (),
) -> list:
    """What differs between the dataset at ``out`` and the build asked for, as
    ``(what, built, asked)``; empty when it can be reused. ``extra``: the other
    ``longctx dataset`` flags (``DATASET_ARGS``)."""
    from pipeline.shards import sha256_hex
    from pipeline.storage import read_bytes
    from schemas.dataset import VERSION, load_manifest

    manifest = load_manifest(out)
    config = manifest.config
    # First: load_tokenizer's own errors (a folder, a missing file) as the build says them.
    asked = _asked_config(out, inputs, tokenizer, windows, list(extra))
    found = []
    if not same_inputs(config["inputs"], inputs):
        found.append(("input", ", ".join(config["inputs"]), ", ".join(inputs)))
    elif manifest.inputs is not None:
        found += filter(None, [_input_change(manifest.inputs, inputs)])
    if sha256_hex(read_bytes(tokenizer)) != manifest.tokenizer.sha256:
        found.append(("tokenizer", manifest.tokenizer.path, tokenizer))
    built = tuple(config["chunk"]["windows"])
    if built != tuple(windows):
        found.append(("windows", ",".join(map(str, built)), ",".join(map(str, windows))))
    else:
        found += per_window_differences(config["chunk"], asked["chunk"])
    found += setting_differences(config, asked, manifest.version < VERSION)
    found += _undecoded_files(out, config, asked)
    return found


def _undecoded_files(out: str, built: dict, asked: dict) -> list:
    """Clause ``utf8_only_build``: a dataset built before ``--encoding`` (no
    ``read.encoding`` in its config) read UTF-8 only; asked now to read another
    encoding (``auto``, the default, or a codec), it is stale when it rejected
    files as ``invalid_utf8``: those are the files the new build could read, and
    reusing the dataset would leave them out. Without such rejections the rows
    are the same and the dataset is reused."""
    from pipeline.storage import read_bytes
    from schemas.dataset import REJECTED_DIR, REJECTED_FILE

    wanted = asked.get("read", {}).get("encoding", "utf-8")
    if "encoding" in built.get("read", {}) or wanted == "utf-8":
        return []  # compared as a setting (setting_differences), or no change
    try:
        lines = read_bytes(f"{out}/{REJECTED_DIR}/{REJECTED_FILE}").decode("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return [("read.encoding", "utf-8 (rejected files unknown)", wanted)]
    undecoded = sum(
        json.loads(line).get("reason") == "invalid_utf8" for line in lines if "invalid_utf8" in line
    )
    if not undecoded:
        return []
    return [
        ("read.encoding", f"utf-8 ({counted(undecoded, 'file')} rejected as invalid_utf8)", wanted)
    ]


# Exit status of main when the dataset is rebuilt (the Makefile then builds with
# --overwrite); 2 is an error, 0 "ready".
REBUILD = 3


def older_rows(out: str) -> str:
    """Clause ``older_rules_rebuilt``: why this longctx would build other rows than the
    dataset at ``out`` holds, from the same input and settings ("" when it would not):
    its format version is older (version 2: no document EOS in long documents), or it
    has no train document although documents were written and no key was put in train
    (``near_duplicates.train_fallback``): built before rule at_least_one_train, which
    now puts the farthest one in train (a one-book corpus was all validation, and
    `make dataset` answered "not rebuilt" and `make train` had nothing to train on).
    Reading the manifest alone: a build today always has a train document when one
    is written, unless its flipped key's document was later rejected, which names
    ``train_fallback``."""
    from schemas.dataset import VERSION, load_manifest

    manifest = load_manifest(out)
    if manifest.version < VERSION:
        return f"dataset format version {manifest.version}, this longctx writes {VERSION}"
    docs, near = manifest.documents, manifest.near_duplicates
    if docs.written and not docs.by_split.get("train") and not (near and near.train_fallback):
        return (
            f"its {counted(docs.written, 'document')} all in validation: built before rule "
            "at_least_one_train, which puts one in train"
        )
    return ""


def older_overlap(found: list) -> str:
    """Clause ``small_window_keeps_one_token_rebuilt`` (review 39): why a dataset whose
    only difference is overlap 0 where this longctx builds 1 (the default under 16
    tokens before session 39, or ``--overlap 0`` before session 38) has other rows from
    the same input and settings ("" otherwise). Before, `make dataset` with unchanged
    arguments refused it as "built from other settings ... (asked: '8:1')", though the
    user had asked nothing new; now it is an older build, rebuilt by the safe path."""
    if len(found) != 1 or found[0][0] != "chunk.overlaps":
        return ""
    built, asked = (dict(p.split(":") for p in v.split(",")) for v in found[0][1:])
    if built.keys() != asked.keys():
        return ""
    changed = sorted(int(w) for w in built if float(built[w]) != float(asked[w]))
    if any((float(built[str(w)]), float(asked[str(w)])) != (0, 1) for w in changed):
        return ""
    return (
        f"overlap 0 at window {', '.join(map(str, changed))}: each row's first scored token "
        "had no token before it and was never trained; this longctx keeps one"
    )


def kept_from_rebuild(out: str) -> str:
    """Clause ``older_rebuild_asks`` (review): why the dataset at ``out`` is not rebuilt
    without asking although :func:`older_rows` says its rows differ ("" when it may
    be). Its manifest has no ``inputs`` (every version 2 dataset: the input files were
    recorded from session 14, after version 3), so files removed from or changed in
    INPUT since the build cannot be told, and the rebuild would drop their rows for
    good: `make dataset` replaced such a dataset from what INPUT holds now. Or ``out``
    holds a ``longctx export`` (``OUT/parquet``), which --overwrite deletes with it."""
    from pipeline.output import _exports_in, _top_level
    from schemas.dataset import load_manifest

    if load_manifest(out).inputs is None:
        return (
            "its input files were not recorded (built before that), so files removed or "
            "changed since cannot be told and their rows would be lost"
        )
    exports = sorted(_exports_in(out, _top_level(out)))
    if exports:
        return f"it holds the export {', '.join(exports)}, which --overwrite deletes with it"
    return ""


def main(argv: list[str] | None = None) -> int:
    from pipeline import output
    from pipeline.readers import readers_line
    from schemas.errors import UserError
    from transforms.runtime import setup_logging

    setup_logging()  # drops Beam's "apitools not found" on importing pipeline.build_config
    parser = argparse.ArgumentParser(prog="python -m pipeline.existing")
    parser.add_argument("out")
    parser.add_argument("--input", action="append", required=True)
    parser.add_argument("--tokenizer", required=True)
    parser.add_argument("--windows", type=parse_windows, required=True)
    args, extra = parser.parse_known_args(argv)
    try:
        found = differences(args.out, args.input, args.tokenizer, args.windows, extra)
        older = older_overlap(found) if found else older_rows(args.out)
        found = [] if older else found
        kept = kept_from_rebuild(args.out) if older else ""
    except (OSError, UserError) as error:  # the build itself would say the same
        print(f"make dataset: error: {error}", file=sys.stderr)
        return 2
    if kept:  # clause older_rebuild_asks: the user's data first; the user decides
        print(
            f"make dataset: error: {args.out} was built by an older longctx, whose rows "
            f"differ ({older}), but {kept}: kept as it is; pass another OUT=..., or "
            "DATASET_ARGS=--overwrite to rebuild it",
            file=sys.stderr,
        )
        return 2
    try:
        live = output.live_readers(output.resolve(args.out)) if older else []
    except UserError as error:  # clause reader_lease_folder_unreadable
        print(f"make dataset: error: {error}", file=sys.stderr)
        return 2
    if live:  # clause reader_lease: not rebuilt under a running train/eval/export
        print(f"make dataset: error: {readers_line(args.out, live)}", file=sys.stderr)
        return 2
    if older:  # clause older_rules_rebuilt: the same input and settings, other rows now
        print(
            f"make dataset: {args.out} was built from this input and these settings by an "
            f"older longctx, whose rows differ ({older}): rebuilding it (--overwrite "
            "replaces only the dataset's own files)"
        )
        return REBUILD
    if not found:
        print(f"dataset ready: {args.out} (already built from this input; not rebuilt)")
        return 0
    said = "; ".join(f"{what} {built!r} (asked: {asked!r})" for what, built, asked in found)
    print(
        f"make dataset: error: {args.out} holds a dataset built from other settings: {said}; "
        f"pass another OUT=..., or DATASET_ARGS=--overwrite to replace it",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
