"""CPU time, page faults and peak RSS of SmolLM2-135M's eval forward and LoRA train step
under allocator policies, each in a fresh process, alternated (docs/PERFORMANCE.md,
"CPU heap policy of eval and train").

    .venv/bin/python bench/cpu_heap.py --phases eval,train --policies main,glibc,thp \
        --length 1024 --reps 3 --rounds 2 --output /tmp/x.json
    # the real command, main's checkout (git archive) against this one, alternated
    .venv/bin/python bench/cpu_heap.py --baseline-code /tmp/base --rounds 2 \
        --cli "eval --model defaults/smollm2-135m --data data/shakespeare --lengths 512,1024 ..."

One child per (round, phase, policy), in that order (the policy order is reversed in
odd rounds). A child applies its policy before loading anything, loads the model as
``longctx eval`` / ``longctx train`` do, runs one warm-up, then ``--reps`` measured
repetitions of

* ``eval``: ``training.perplexity.window_losses`` (what ``longctx eval`` runs per
  window: the decoder under ``no_grad``, the LM head + cross-entropy 1024 rows at a
  time) on ``--length`` tokens of a Shakespeare text;
* ``train``: one LoRA (r=8, all linear projections) forward + backward of
  ``CausalLMLoss`` (the trainer's chunked loss) and an AdamW step on the same tokens.

It reports ``getrusage`` user / system CPU seconds and minor faults of the measured
repetitions and the process's ``ru_maxrss``. Policies:

* ``main``: what main did before this round: ``longctx eval`` fixed glibc's mmap
  threshold at 1 MiB (``bound_heap_retention()``); the trainer leaves glibc's default
  below a 4096-token window (so ``train`` under ``main`` is ``glibc``);
* ``glibc``: glibc's default (adaptive mmap threshold up to 32 MiB);
* ``bound1m``: mmap threshold 1 MiB (the trainer's policy from 4096 tokens);
* ``thp``: ``main`` plus torch's ``THP_MEM_ALLOC_ENABLE=1`` (buffers of 2 MiB or more
  2 MiB-aligned and ``madvise(MADV_HUGEPAGE)``: one fault per 2 MiB page);
* ``heap``: no mmap at all (``M_MMAP_MAX`` 0) and a 1 GiB trim threshold: every buffer
  comes from the heap and is reused, nothing is given back;
* ``ours``: ``transforms.runtime.reuse_heap()``, what ``longctx eval`` applies now on
  CPU (``heap``'s 1 GiB trim threshold, but blocks of 64 MiB or more still mmapped).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "defaults", "smollm2-135m")
TEXT = os.path.join(ROOT, "defaults", "shakespeare", "texts")
POLICIES = ("main", "glibc", "bound1m", "thp", "heap", "ours")


def _usage():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime, r.ru_minflt


def apply_policy(policy: str, phase: str) -> None:
    sys.path.insert(0, ROOT)
    if policy == "ours":
        from transforms.runtime import reuse_heap

        assert reuse_heap()
        return
    libc = ctypes.CDLL(None)
    if policy in ("bound1m", "thp") or (policy == "main" and phase == "eval"):
        libc.mallopt(-3, 1 << 20)  # M_MMAP_THRESHOLD: bound_heap_retention()
        libc.malloc_trim(0)
    elif policy == "heap":
        assert libc.mallopt(-4, 0)  # M_MMAP_MAX
        assert libc.mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD


def tokens(length: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(os.path.join(MODEL, "tokenizer.json"))
    names = sorted(os.listdir(TEXT))
    text = open(os.path.join(TEXT, names[1]), encoding="utf-8", errors="replace").read()
    ids = tok.encode(text[: 20 * length]).ids[:length]
    assert len(ids) == length, len(ids)
    return ids


def child(policy: str, phase: str, length: int, reps: int, threads: int) -> dict:
    apply_policy(policy, phase)
    import numpy as np
    import torch

    from training.config import PeftSettings, RopeSettings
    from training.modeling import CausalLMLoss, load_model, wrap_peft
    from training.perplexity import window_losses

    torch.set_num_threads(threads)
    ids = np.asarray(tokens(length))
    device = torch.device("cpu")
    model, _ = load_model(MODEL, RopeSettings())
    model.config.use_cache = False
    if phase == "eval":
        model = model.eval()

        def once():
            with torch.no_grad():
                return float(window_losses(model, ids, device).mean())
    else:
        model = wrap_peft(model, PeftSettings()).train()
        module = CausalLMLoss(model, 1024)
        optim = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
        x = torch.as_tensor(ids)[None]
        pos = torch.arange(length)[None]

        def once():
            total, n = module(x, x, pos)
            (total / n).backward()
            optim.step()
            optim.zero_grad(set_to_none=True)
            return float(total) / n

    first = once()
    u0, s0, f0 = _usage()
    t0 = time.perf_counter()
    values = [once() for _ in range(reps)]
    u1, s1, f1 = _usage()
    return {
        "policy": policy,
        "phase": phase,
        "length": length,
        "reps": reps,
        "value_first": first,
        "values": values,
        "user_s": round(u1 - u0, 2),
        "sys_s": round(s1 - s0, 2),
        "cpu_s": round(u1 - u0 + s1 - s0, 2),
        "minor_faults": f1 - f0,
        "wall_s": round(time.perf_counter() - t0, 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def run_child(policy: str, phase: str, args) -> dict:
    env = dict(os.environ, PYTHONPATH=ROOT)
    for name in (
        "MALLOC_MMAP_THRESHOLD_",
        "MALLOC_TRIM_THRESHOLD_",
        "THP_MEM_ALLOC_ENABLE",
        "LONGCTX_HEAP",
    ):
        env.pop(name, None)
    if policy == "thp":
        env["THP_MEM_ALLOC_ENABLE"] = "1"
    load = os.getloadavg()[0]
    cmd = [sys.executable, os.path.abspath(__file__), "--child", policy, phase]
    cmd += ["--length", str(args.length), "--reps", str(args.reps), "--threads", str(args.threads)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"{policy} {phase} failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["load_before"] = round(load, 2)
    return result


def run_cli(code: str, command: list[str], output: str) -> dict:
    """``longctx COMMAND`` of the checkout ``code`` in a fresh process: CPU, faults and
    max RSS from ``wait4``'s rusage."""
    env = dict(os.environ, PYTHONPATH=code)
    for name in ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "LONGCTX_HEAP"):
        env.pop(name, None)
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", *command, "--output", output],
        cwd=code,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, ru = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(
            f"{code}: longctx {' '.join(command)} failed:\n{proc.stderr.read()[-3000:]}"
        )
    return {
        "code": code,
        "user_s": round(ru.ru_utime, 2),
        "sys_s": round(ru.ru_stime, 2),
        "cpu_s": round(ru.ru_utime + ru.ru_stime, 2),
        "minor_faults": ru.ru_minflt,
        "max_rss_mb": round(ru.ru_maxrss / 1024),
        "wall_s": round(time.perf_counter() - t0, 1),
        "load_before": round(load, 2),
    }


def cli(args) -> int:
    """--cli: the real command, the baseline checkout and this one alternated."""
    command = args.cli.split()
    codes = {"base": os.path.abspath(args.baseline_code), "ours": ROOT}
    os.makedirs(args.scratch, exist_ok=True)
    results = []
    for r in range(args.rounds):
        for name in ("base", "ours") if r % 2 == 0 else ("ours", "base"):
            out = os.path.join(args.scratch, f"{name}{r + 1}")
            res = dict(run_cli(codes[name], command, out), arm=name, round=r + 1, output=out)
            results.append(res)
            print(
                f"round {r + 1} {name} load {res['load_before']:5.2f}: user {res['user_s']:7.2f} "
                f"sys {res['sys_s']:6.2f} cpu {res['cpu_s']:7.2f} faults {res['minor_faults']:>10,} "
                f"max RSS {res['max_rss_mb']} MB wall {res['wall_s']} s",
                flush=True,
            )
    cpu = {a: sum(x["cpu_s"] for x in results if x["arm"] == a) for a in codes}
    faults = {a: sum(x["minor_faults"] for x in results if x["arm"] == a) for a in codes}
    print(
        f"base / ours CPU-s {cpu['base']:.1f} / {cpu['ours']:.1f} = {cpu['base'] / cpu['ours']:.2f}x, "
        f"faults {faults['base']:,} / {faults['ours']:,}"
    )
    if args.output:
        with open(args.output, "w") as f:
            json.dump({"args": vars(args), "results": results}, f, indent=1)
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--child", nargs=2, metavar=("POLICY", "PHASE"))
    p.add_argument("--phases", default="eval,train")
    p.add_argument("--policies", default="main,ours")
    p.add_argument("--length", type=int, default=1024)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--rounds", type=int, default=2)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--output")
    p.add_argument("--cli", help="instead: 'eval ARGS' or 'train ARGS' of longctx, base vs ours")
    p.add_argument("--baseline-code", help="--cli: the baseline checkout")
    p.add_argument("--scratch", default="/tmp/cpu_heap", help="--cli: output folders")
    args = p.parse_args(argv)
    if args.cli:
        return cli(args)
    if args.child:
        print(json.dumps(child(*args.child, args.length, args.reps, args.threads)))
        return 0
    policies = args.policies.split(",")
    for policy in policies:
        if policy not in POLICIES:
            p.error(f"unknown policy {policy!r}; one of {', '.join(POLICIES)}")
    results = []
    for r in range(args.rounds):
        for phase in args.phases.split(","):
            for policy in policies if r % 2 == 0 else policies[::-1]:
                res = run_child(policy, phase, args)
                res["round"] = r + 1
                results.append(res)
                print(
                    f"round {r + 1} {phase:5s} {policy:7s} load {res['load_before']:5.2f}: "
                    f"user {res['user_s']:7.2f} sys {res['sys_s']:6.2f} cpu {res['cpu_s']:7.2f} "
                    f"faults {res['minor_faults']:>9,} max RSS {res['max_rss_mb']} MB "
                    f"value {res['value_first']:.6f}",
                    flush=True,
                )
    base = policies[0]
    for phase in args.phases.split(","):
        rows = [x for x in results if x["phase"] == phase]
        cpu = {q: sum(x["cpu_s"] for x in rows if x["policy"] == q) for q in policies}
        faults = {q: sum(x["minor_faults"] for x in rows if x["policy"] == q) for q in policies}
        for q in policies[1:]:
            print(
                f"{phase}: {base} / {q} CPU-s {cpu[base]:.1f} / {cpu[q]:.1f} = "
                f"{cpu[base] / cpu[q]:.2f}x, faults {faults[base]:,} / {faults[q]:,}"
            )
    if args.output:
        with open(args.output, "w") as f:
            json.dump({"args": vars(args), "results": results}, f, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
