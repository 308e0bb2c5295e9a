"""The whole dataset build into tmp_path, read back through the public formats."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import random

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import schemas
from pipeline.build import run
from schemas.dataset import COMPLETE_MARKER, Manifest, load_manifest
from schemas.errors import UserError

WORDS = (
    "the whale sea ship captain voyage harpoon ocean deck sailor storm wind island harbor "
    "letter morning evening king queen city river mountain road house garden door window"
).split()

MULTI_PROCESS = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]


def _english_book(seed: int, chapters: int) -> str:
    rng = random.Random(seed)
    parts = []
    for c in range(1, chapters + 1):
        parts.append(f"CHAPTER {c}")
        for _ in range(rng.randint(2, 4)):
            sentences = []
            for _ in range(rng.randint(2, 5)):
                words = [rng.choice(WORDS) for _ in range(rng.randint(5, 14))]
                sentences.append(" ".join(words).capitalize() + rng.choice([".", "!", "?"]))
            parts.append(" ".join(sentences))
    return "\n\n".join(parts) + "\n"


def _chinese_book(seed: int) -> str:
    rng = random.Random(seed)
    chars = "天地人和春夏秋冬山水风月花鸟江湖日月星辰"
    out = []
    for c in ["第一回", "第二回"]:
        out.append(f"{c} 故事开始")
        for _ in range(3):
            s = "".join(rng.choice(chars) for _ in range(rng.randint(20, 40)))
            out.append(s[:15] + "\n" + s[15:] + "。")  # hard-wrapped line inside a sentence
    return "\n\n".join(out) + "\n"


def write_inputs(root) -> dict:
    """A corpus with good documents and exactly three bad inputs."""
    root.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"news-{i}", "text": _english_book(i, 1)}) for i in range(6)]
    lines.insert(2, '{"id": "broken", "text": ')  # malformed JSONL line
    lines.append(json.dumps({"id": "empty-doc", "text": " \n\t \n"}))  # empty after normalize
    (root / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    books = root / "books"
    books.mkdir()
    for i in range(3):
        (books / f"book{i}.txt").write_text(_english_book(100 + i, 6), encoding="utf-8")
    (books / "hongloumeng.txt.gz").write_bytes(gzip.compress(_chinese_book(7).encode("utf-8")))
    (books / "latin1.txt").write_bytes("Caf\xe9 au lait.".encode("latin-1"))  # invalid UTF-8
    pq.write_table(
        pa.table({"id": ["pq-0", "pq-1"], "text": [_english_book(50, 2), _english_book(51, 1)]}),
        root / "more.parquet",
    )
    # A Project Gutenberg file with its header and license, and an INI file of URLs
    (books / "pg-book.txt").write_text(
        GUTENBERG_HEADER + _english_book(200, 3) + GUTENBERG_FOOTER, encoding="utf-8"
    )
    (books / "metadata.txt").write_text(METADATA, encoding="utf-8")
    return {
        "in": 6 + 1 + 1 + 6 + 1 + 2,
        "bad": {"news.jsonl:3", "empty-doc", "books/latin1.txt", "books/metadata.txt"},
    }


GUTENBERG_HEADER = (
    "The Project Gutenberg eBook of Moby-Dick; or The Whale, by Herman Melville\n\n"
    "This eBook is for the use of anyone anywhere in the United States and\n"
    "most other parts of the world at no cost and with almost no restrictions\n"
    "whatsoever.\n\nTitle: Moby-Dick; or The Whale\n\n"
    "*** START OF THE PROJECT GUTENBERG EBOOK MOBY-DICK; OR THE WHALE ***\n\n\n\n"
)
GUTENBERG_FOOTER = (
    "\n\n*** END OF THE PROJECT GUTENBERG EBOOK MOBY-DICK; OR THE WHALE ***\n\n"
    "THE FULL PROJECT GUTENBERG LICENSE\nPLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK\n"
)
METADATA = "".join(
    f"[play_{i}]\nurl = http://www.gutenberg.org/dirs/etext98/{i}.txt\nformat = txt\n\n"
    for i in range(4)
)


def build(inputs, out, tokenizer, extra=()) -> dict:
    """Build into ``out``; the manifest as its JSON object."""
    manifest = run(
        [
            "--input",
            str(inputs),
            "--output",
            str(out),
            "--tokenizer",
            tokenizer,
            "--windows",
            "64,128",
            "--validation-fraction",
            "0.3",
            *extra,
        ]
    )
    return manifest.to_dict()


def _shard_hashes(out) -> dict:
    hashes = {}
    for split in schemas.SPLITS + ("documents",):
        for name in sorted(os.listdir(out / split)):
            if name.endswith(".arrow"):
                hashes[f"{split}/{name}"] = hashlib.sha256(
                    (out / split / name).read_bytes()
                ).hexdigest()
    return hashes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    return root, write_inputs(root)


@pytest.fixture(scope="module")
def built(corpus, tiny_tokenizer_path, tmp_path_factory):
    root, expected = corpus
    out = tmp_path_factory.mktemp("out") / "ds"
    manifest = build(root, out, tiny_tokenizer_path)
    return out, manifest, expected


def test_manifest_file_round_trips_through_the_typed_manifest(built):
    """The file is exactly what the typed manifest writes, and parses back to it."""
    out, manifest, _ = built
    on_disk = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk == manifest
    assert list(on_disk) == list(Manifest.from_dict(on_disk).to_dict())  # key order too
    assert load_manifest(str(out)).to_dict() == manifest


def test_dataset_dict_loads_with_the_declared_schema(built):
    out, manifest, _ = built
    assert (out / COMPLETE_MARKER).exists()
    dsd = datasets.load_from_disk(str(out))
    assert set(dsd) == {"train", "validation"}
    for split in dsd.values():
        assert split.features == schemas.CHUNK_FEATURES
    assert dsd["train"].num_rows > 0 and dsd["validation"].num_rows > 0
    rows = dsd["train"].to_list()
    for row in rows:
        assert (
            len(row["input_ids"]) == len(row["labels"]) == len(row["position_ids"]) == row["length"]
        )
        assert row["length"] <= row["window"]
    # Shards are plain Arrow IPC streams that pyarrow reads without datasets.
    for shard in manifest["shards"]:
        with pa.ipc.open_stream((out / shard["path"]).read_bytes()) as reader:
            table = reader.read_all()
        assert table.num_rows == shard["rows"]
        windows = set(table.column("window").to_pylist())
        assert windows <= {shard["window"]}  # one length bucket per shard


def test_one_bucket_loads_in_one_line_with_stock_datasets(built, tmp_path):
    """Shard names carry the window: a glob is one bucket for load_dataset("arrow"),
    with the declared types and exactly the rows load_from_disk holds for it."""
    out, manifest, _ = built
    for entry in manifest["shards"]:
        assert entry["path"].startswith(f"{entry['split']}/w{entry['window']}-"), entry
    whole = datasets.load_from_disk(str(out))
    for window in (64, 128):
        bucket = datasets.load_dataset(
            "arrow",
            data_files={"train": str(out / "train" / f"w{window}-*.arrow")},
            cache_dir=str(tmp_path / "hf-cache"),
        )["train"]
        assert bucket.features == schemas.CHUNK_FEATURES
        assert set(bucket["window"]) == {window}
        expected = [r for r in whole["train"].to_list() if r["window"] == window]
        assert bucket.num_rows == manifest["splits"]["train"][str(window)]["rows"]
        assert sorted(bucket.to_list(), key=_row_key) == sorted(expected, key=_row_key)
    documents = datasets.load_dataset(
        "arrow",
        data_files=str(out / "documents" / "validation-*.arrow"),
        cache_dir=str(tmp_path / "hf-cache"),
    )["train"]
    assert set(documents["split"]) == {"validation"}
    assert documents.num_rows == manifest["documents"]["by_split"]["validation"]


def _row_key(row: dict):
    return (row["doc_id"], row["chunk_index"], row["token_start"], tuple(row["input_ids"]))


def test_manifest_counts_reconcile_and_bad_inputs_are_rejected(built):
    out, manifest, expected = built
    docs = manifest["documents"]
    assert docs["in"] == expected["in"]
    assert docs["in"] == docs["written"] + docs["rejected"]
    rejected = [
        json.loads(line) for line in (out / "rejected" / "rejected.jsonl").read_text().splitlines()
    ]
    assert {r["doc_id"] for r in rejected} == expected["bad"]
    by_id = {r["doc_id"]: r for r in rejected}
    assert by_id["news.jsonl:3"]["reason"] == "invalid_json"
    assert by_id["books/latin1.txt"]["reason"] == "invalid_utf8"
    assert by_id["empty-doc"]["stage"] == "normalize"
    assert (by_id["books/metadata.txt"]["stage"], by_id["books/metadata.txt"]["reason"]) == (
        "prose",
        "not_prose",
    )
    assert all(r["error"] and r["source"] for r in rejected)
    documents = datasets.load_from_disk(str(out / "documents"))
    assert documents.features == schemas.DOCUMENT_FEATURES
    assert documents.num_rows == docs["written"]
    assert sum(docs["by_split"].values()) == docs["written"]
    for split, buckets in manifest["splits"].items():
        for window, bucket in buckets.items():
            listed = [
                s for s in manifest["shards"] if s["split"] == split and s["window"] == int(window)
            ]
            assert bucket["rows"] == sum(s["rows"] for s in listed)
            assert bucket["scored_tokens"] == sum(s["scored_tokens"] for s in listed)
    assert manifest["tokenizer"]["sha256"] and manifest["versions"]["apache_beam"]


def test_boilerplate_is_cut_and_counted(built):
    out, manifest, _ = built
    documents = {d["doc_id"]: d for d in datasets.load_from_disk(str(out / "documents"))}
    book = documents["books/pg-book.txt"]
    # clause end_blank_lines (session 36): the footer's two blank lines above the end
    # marker go with it (they were left as the text's end: "- 2")
    assert book["boilerplate_chars"] == len(GUTENBERG_HEADER) + len(GUTENBERG_FOOTER)
    assert manifest["documents"]["boilerplate_chars"] == sum(
        d["boilerplate_chars"] for d in documents.values()
    )
    assert book["sections"][0]["title"] == "CHAPTER 1"  # the header is no section


def test_cleaning_flags():
    from pipeline.build_config import config_from_args
    from pipeline.options import dataset_parser
    from transforms.gutenberg_markup import RULES as MARKUP

    args = ["--input", "x", "--output", "o", "--tokenizer", "t.json"]
    default = config_from_args(dataset_parser().parse_args(args), 0, ())
    assert default.clean.boilerplate.enabled and default.clean.unwrap.enabled
    kept = config_from_args(
        dataset_parser().parse_args([*args, "--keep-boilerplate", "--keep-line-breaks"]), 0, ()
    )
    assert not kept.clean.boilerplate.enabled and not kept.clean.unwrap.enabled
    assert "aozora_markup" in default.clean.boilerplate.rules
    markup = config_from_args(dataset_parser().parse_args([*args, "--keep-aozora-markup"]), 0, ())
    rules = markup.clean.boilerplate.rules
    assert "aozora_markup" not in rules and "aozora_colophon" in rules
    assert markup.clean.boilerplate.enabled
    assert "gutenberg_emphasis" in default.clean.boilerplate.rules
    gutenberg = config_from_args(
        dataset_parser().parse_args([*args, "--keep-gutenberg-markup"]), 0, ()
    )
    rules = gutenberg.clean.boilerplate.rules
    assert not set(MARKUP) & set(rules)
    assert "gutenberg_header" in rules and "aozora_markup" in rules


def test_no_document_in_both_splits(built):
    out, _, _ = built
    dsd = datasets.load_from_disk(str(out))
    ids = {
        split: {p["doc_id"] for row in dsd[split]["pieces"] for p in row}
        for split in schemas.SPLITS
    }
    assert ids["train"] and ids["validation"]
    assert not ids["train"] & ids["validation"]


def test_every_token_scored_exactly_once_per_window(built):
    """With the memory prefix off, a piece's document tokens start at its offset.
    Every document, long or short, ends with one scored EOS at every window length
    (rule ``document_eos``; counted as token n), so each bucket scores the same
    number of tokens: the documents' tokens, less their first, plus their EOS."""
    out, manifest, _ = built
    eos = manifest["tokenizer"]["eos_id"]
    dsd = datasets.load_from_disk(str(out))
    documents = {
        d["doc_id"]: d["num_tokens"] for d in datasets.load_from_disk(str(out / "documents"))
    }
    long_ends = 0
    for window in (64, 128):
        scored: dict[str, list[int]] = {doc_id: [] for doc_id in documents}
        for split in schemas.SPLITS:
            for row in dsd[split]:
                if row["window"] != window:
                    continue
                for piece in row["pieces"]:
                    span = piece["token_end"] - piece["token_start"]
                    for k in range(span):
                        if row["labels"][piece["offset"] + k] != schemas.IGNORE_INDEX:
                            scored[piece["doc_id"]].append(piece["token_start"] + k)
                    if piece["length"] > span:  # the piece ends its document
                        at = piece["offset"] + span
                        assert row["input_ids"][at] == eos == row["labels"][at]
                        scored[piece["doc_id"]].append(piece["token_end"])
                        long_ends += len(row["pieces"]) == 1
        for doc_id, n in documents.items():
            assert sorted(scored[doc_id]) == list(range(1, n + 1)), (doc_id, window)
        buckets = [b[str(window)] for b in manifest["splits"].values() if str(window) in b]
        assert sum(b["scored_tokens"] for b in buckets) == sum(documents.values())
    assert long_ends, "the corpus has documents longer than a window"


def test_rebuild_is_byte_identical(built, corpus, tiny_tokenizer_path, tmp_path):
    out, _, _ = built
    again = tmp_path / "again"
    build(corpus[0], again, tiny_tokenizer_path)
    assert _shard_hashes(again) == _shard_hashes(out)


@pytest.mark.slow
@pytest.mark.parametrize("guessed", [True, False], ids=["server-early", "server-at-graph"])
def test_multiprocessing_direct_runner_gives_the_same_shards(
    built, corpus, tiny_tokenizer_path, tmp_path, capfd, monkeypatch, guessed
):
    """An explicit --direct_running_mode=multi_processing: the same shards, and its
    worker processes are ours (quiet), not Beam's (about 20 INFO lines each), forked
    from pipeline.fork_server, which is stopped when the build ends. The server is
    started as the build begins (pipeline.early_start's guess); when the guess says
    no, the build starts it once it knows, as it builds the graph: one server either way."""
    from pipeline import early_start, fork_server

    servers = []

    class Recorded(fork_server.ForkServer):
        def __init__(self, tokenizer=None, **how):
            super().__init__(tokenizer, **how)
            servers.append(self)
            self.tokenizer = tokenizer  # preloaded for the workers

    monkeypatch.setattr(fork_server, "ForkServer", Recorded)
    if not guessed:
        monkeypatch.setattr(early_start, "_on_workers", lambda args: False)
    started_early = []
    start_early = early_start.start_early
    monkeypatch.setattr(
        early_start, "start_early", lambda argv: started_early.append(start_early(argv))
    )
    out, manifest, _ = built
    mp = tmp_path / "mp"
    capfd.readouterr()
    mp_manifest = build(corpus[0], mp, tiny_tokenizer_path, MULTI_PROCESS)
    assert len(servers) == 1 and servers[0]._process.returncode == 0
    assert started_early == [guessed] and early_start.take_early() is None
    assert servers[0].tokenizer == tiny_tokenizer_path
    assert mp_manifest["documents"] == manifest["documents"]
    assert _shard_hashes(mp) == _shard_hashes(out)
    logs = capfd.readouterr().err
    for noise in ("INFO", "semi_persistent_directory", "apitools", "direct_num_workers"):
        assert noise not in logs, logs[:2000]


@pytest.mark.slow
def test_the_command_line_build_on_workers_gives_the_same_shards(
    built, corpus, tiny_tokenizer_path, tmp_path
):
    """``python -m pipeline`` as a user runs it, on worker processes: the driver
    imports Beam without pandas and forks the workers' server from itself
    (pipeline.early_start, fork_server.can_fork_here: a fresh process runs no
    other thread); the shards are the in-process build's, and stderr holds only
    our own two lines."""
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    out, manifest, _ = built
    cli = tmp_path / "cli"
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--input", str(corpus[0]), "--output", str(cli)]
        + ["--tokenizer", tiny_tokenizer_path, "--windows", "64,128"]
        + ["--validation-fraction", "0.3", *MULTI_PROCESS],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert _shard_hashes(cli) == _shard_hashes(out)
    assert json.loads((cli / "manifest.json").read_text())["documents"] == manifest["documents"]
    # Nothing from Beam or the workers; a build slowed past a minute by a loaded
    # machine adds pipeline.progress's heartbeat ("building: N documents tokenized,
    # ..." every LOG_INTERVAL_S on a non-terminal stderr): ours, not noise.
    lines = [line for line in done.stderr.splitlines() if not line.startswith("building: ")]
    assert len(lines) == 2, done.stderr
    first, second = lines
    assert first.startswith(f"building {cli} from ") and first.endswith("(1 shard per bucket)")
    assert second == "local run on 2 worker processes"


@pytest.mark.slow
def test_large_inputs_run_on_quiet_worker_processes(
    built, corpus, tiny_tokenizer_path, tmp_path, monkeypatch, capfd
):
    """Past PARALLEL_INPUT_BYTES the build runs one worker process per core through
    pipeline.beam_worker: the same shards, and none of Beam's worker start-up logs.
    Workers started directly here (LONGCTX_FORK_SERVER=0); the test above forks
    them from pipeline.fork_server: both give the in-process build's shards."""
    import pipeline.build

    out, manifest, _ = built
    monkeypatch.setenv("LONGCTX_FORK_SERVER", "0")
    monkeypatch.setattr(pipeline.build, "PARALLEL_INPUT_BYTES", 0)
    monkeypatch.setattr(pipeline.build.os, "cpu_count", lambda: 2)
    capfd.readouterr()
    mp = tmp_path / "quiet"
    mp_manifest = build(corpus[0], mp, tiny_tokenizer_path)
    assert mp_manifest["documents"] == manifest["documents"]
    assert _shard_hashes(mp) == _shard_hashes(out)
    logs = capfd.readouterr().err
    for noise in ("INFO", "semi_persistent_directory", "apitools", "direct_num_workers"):
        assert noise not in logs, logs[:2000]


def test_existing_complete_output_is_not_overwritten(built, corpus, tiny_tokenizer_path):
    out, _, _ = built
    with pytest.raises(UserError, match="--overwrite"):
        build(corpus[0], out, tiny_tokenizer_path)


def test_empty_split_still_loads_with_the_schema(tiny_tokenizer_path, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(_english_book(3, 2), encoding="utf-8")
    out = tmp_path / "out"
    manifest = run(
        [
            "--input",
            str(tmp_path / "in"),
            "--output",
            str(out),
            "--tokenizer",
            tiny_tokenizer_path,
            "--windows",
            "64",
            "--validation-fraction",
            "0",
        ]
    )
    dsd = datasets.load_from_disk(str(out))
    assert dsd["validation"].num_rows == 0 and dsd["train"].num_rows > 0
    assert dsd["validation"].features == schemas.CHUNK_FEATURES
    assert manifest.splits["validation"] == {}
    assert set(manifest.splits["train"]) == {"64"}


def test_a_failed_build_never_looks_complete(corpus, tiny_tokenizer_path, tmp_path, monkeypatch):
    import pipeline.finish

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed while finishing")

    monkeypatch.setattr(pipeline.finish, "_write_length_plot", crash)
    out = tmp_path / "killed"
    with pytest.raises(KeyboardInterrupt):
        build(corpus[0], out, tiny_tokenizer_path)
    assert not out.exists()  # nothing at OUT: the staging folder was never moved
    (staging,) = [p for p in tmp_path.iterdir() if p.name.startswith("killed.tmp-")]
    assert (staging / "manifest.json").exists() and not (staging / COMPLETE_MARKER).exists()
