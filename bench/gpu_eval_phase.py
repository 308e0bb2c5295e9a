"""The ``eval`` phase of the GPU proof (run by ``bench/gpu_phases.py``): base and
extended model on the same held-out tokens and passkey prompts, unit by unit (a
perplexity length, a position curve, a passkey filler x length, LongPPL), with the
evaluator's own functions (``training.evaluate`` / ``perplexity`` / ``passkey`` /
``longppl``); a unit that would not end before the deadline is skipped, and said so.
"""

from __future__ import annotations

import json
import os
import sys
import time
from types import SimpleNamespace

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gpu_phases import device_and_autocast, model_dir, save  # noqa: E402


def load_heldout(path: str, tokenizer=None) -> dict[str, list]:
    """``{set name: [HeldOutDocument]}`` from the staged Arrow file, with their
    character starts from ``tokenizer`` (the model's) as ``longctx eval`` sets them
    (rule ``eval_char_start``: no window begins inside a CJK character); None: none."""
    import numpy as np
    import pyarrow as pa

    from training.perplexity import HeldOutDocument, with_char_starts

    table = pa.ipc.open_file(pa.memory_map(path, "r")).read_all()
    sets: dict[str, list] = {}
    for row in table.to_pylist():
        doc = HeldOutDocument(row["doc_id"], np.asarray(row["token_ids"], dtype=np.int64))
        sets.setdefault(row["set"], []).append(doc)
    if tokenizer is None:
        return sets
    return {name: with_char_starts(docs, tokenizer) for name, docs in sets.items()}


def load_fillers(path: str) -> dict:
    """The passkey fillers, split into sentences on the CPU that staged them: the
    English splitter needs NLTK, which the GPU machine lacks, and the cached
    ``sentences`` property is filled with exactly what it computed there."""
    from training.passkey import Filler

    with open(path, encoding="utf-8") as f:
        staged = json.load(f)
    fillers = {}
    for name, item in staged.items():
        filler = Filler(name, item["language"], item["text"])
        filler.__dict__["sentences"] = list(item["sentences"])
        fillers[name] = filler
    return fillers


CONTROL = "yarn-untrained"


def unit_seconds(measured: dict[int, float], length: int) -> float:
    """Expected seconds of one model's evaluation unit at ``length``, from the same
    kind's measured units (pure): the one at that length; between two, interpolated
    linearly; beyond the longest, scaled in proportion from it; below the shortest, as
    long as the shortest (0 with none: the unit runs). The first GPU run scaled by
    length^1.5 from the previous unit, but passkey time is mostly decoding (13 s at 4k,
    27 s at 32k for 40 prompts): it predicted 296 s for a ~30 s unit and skipped seven
    units with time left."""
    if not measured:
        return 0.0
    if length in measured:
        return measured[length]
    below = [n for n in measured if n < length]
    above = [n for n in measured if n > length]
    if below and above:
        lo, hi = max(below), min(above)
        return measured[lo] + (measured[hi] - measured[lo]) * (length - lo) / (hi - lo)
    if below:
        return measured[max(below)] * length / max(below)
    return measured[min(above)]


def _unit_list(settings: dict, sets: dict, fillers: dict, main: list, control: list) -> list:
    """``(kind, on, length, models)`` in the order the proof needs them most (the goals
    first); the untrained-YaRN control's units come last, on what they answer: does
    the gain come from training or from the RoPE scaling alone?"""
    lengths, keys = settings["lengths"], settings["passkey_lengths"]
    longppl = [("longppl", "en", None, main)] if settings.get("longppl", True) else []
    units = [("ppl", "en", n, main) for n in lengths] + [("position", "en", None, main)]
    units += longppl  # from the perplexity passes' memoized losses + the base's short pass
    units += [("passkey", f, n, main) for f in fillers for n in reversed(keys)]
    for name in sets:
        if name != "en":
            units += [("ppl", name, n, main) for n in lengths]
            units += [("position", name, None, main)]
            units += [("longppl", name, None, main)] if longppl else []
    if control:
        units += [("ppl", "en", n, control) for n in lengths]
        units += [("position", "en", None, control)]
        units += [("passkey", f, n, control) for f in ("repeat", "en") if f in fillers
                  for n in reversed(keys[-2:])]  # fmt: skip
    return units


def _set_report(name, docs, s, ctx, strides, fillers, specs, models, device) -> dict:
    """A report in ``longctx eval``'s format (``training.report`` renders it)."""
    from training.perplexity import position_spans

    longest = max(s["lengths"])
    return {
        "settings": {
            "lengths": s["lengths"],
            "strides": {str(n): v for n, v in strides.items()},
            "held_out": {
                "source": f"{ctx['heldout']} ({name})",
                "documents": [d.doc_id for d in docs],
                "candidates": len(docs),
                "tokens_per_document": longest,
                "position_spans": len(position_spans(docs, longest, s["position_spans"])),
            },
            "passkey": {
                "lengths": s["passkey_lengths"],
                "depths": s["depths"],
                "trials": s["trials"],
                "fillers": {
                    f: {"language": x.language, "sentences": len(x.sentences)}
                    for f, x in fillers.items()
                },
                "seed": s["seed"],
            },
            "tokenizer": "model/tokenizer.json",
            "device": str(device),
            "seconds": 0.0,
        },
        "models": [
            {
                "name": spec.name,
                "path": spec.path,
                "adapter": spec.adapter,
                "rope": vars(spec.rope),
                "context": models[spec.name][1],
            }
            for spec in specs
            if name == "en" or spec.name != CONTROL
        ],
    }


def evaluate(ctx: dict, out: str) -> None:
    import torch
    from tokenizers import Tokenizer

    from training import longppl as key_tokens
    from training.config import RopeSettings
    from training.evaluate import ModelSpec, load_for_eval, run_rope, stride_for
    from training.passkey import Encoder, plan_trials, run_trial, summarize
    from training.perplexity import (
        TokenLosses,
        loss_by_position,
        perplexity_at_length,
        position_edges,
        select_documents,
        truncate,
    )

    s = ctx["eval"]
    device, autocast = device_and_autocast()
    path = model_dir(ctx)
    specs = [ModelSpec("base", path, None, RopeSettings())]  # as shipped: 8192 positions
    adapter = os.path.join(ctx["run_dir"], "adapter")
    if os.path.exists(os.path.join(adapter, "adapter_config.json")):
        specs.append(ModelSpec("extended", path, adapter, run_rope(adapter)))
        if s.get("control"):  # the base with the run's RoPE scaling and no training
            specs.append(ModelSpec(CONTROL, path, None, run_rope(adapter)))
    tokenizer = Tokenizer.from_file(os.path.join(path, "tokenizer.json"))
    encode = Encoder(tokenizer)
    fillers = load_fillers(os.path.join(ctx["payload"], ctx["fillers"]))
    fillers = {name: fillers[name] for name in s["fillers"] if name in fillers}
    longest = doc_tokens = max(s["lengths"])
    sets = {
        name: select_documents(docs, doc_tokens, s["max_docs"])
        for name, docs in load_heldout(
            os.path.join(ctx["payload"], ctx["heldout"]), tokenizer
        ).items()
    }
    strides = {n: stride_for(SimpleNamespace(stride=0), n) for n in s["lengths"]}
    models = {spec.name: load_for_eval(spec, device) for spec in specs}
    losses = {
        (m, name): TokenLosses(models[m][0], device, autocast, s["loss_chunk_tokens"])
        for m in models
        for name in sets
    }
    reports = {
        name: _set_report(name, docs, s, ctx, strides, fillers, specs, models, device)
        for name, docs in sets.items()
    }
    entries = {(name, m["name"]): m for name, r in reports.items() for m in r["models"]}
    # LongPPL (issue 18): key tokens chosen once by the base on each set, at the longest
    # length within its own positions, every model scored on them; the short-context
    # batch holds several K + d windows
    chooser = key_tokens.evaluator_length(s["lengths"], models["base"][1])
    plans = {
        name: key_tokens.LongPPL(
            key_tokens.KeyTokenSettings(),
            "base",
            truncate(docs, doc_tokens),
            chooser,
            strides[chooser],
            s.get("short_batch_tokens", 8 * s["loss_chunk_tokens"]),
        )
        for name, docs in sets.items()
    }
    answers = {spec.name: [] for spec in specs}
    passkey_set = "en" if "en" in reports else next(iter(reports))  # its report carries passkey
    result = {"sets": reports, "units": [], "models": [spec.name for spec in specs]}
    main = [spec.name for spec in specs if spec.name != CONTROL]
    control = [spec.name for spec in specs if spec.name == CONTROL]
    timings: dict[str, dict[int, float]] = {}  # kind -> {length: seconds per model}
    started = time.time()
    save(out, result)  # the models and held-out sets, even if no unit ends in time
    for kind, what, length, names in _unit_list(s, sets, fillers, main, control):
        scale = length or longest
        expected = unit_seconds(timings.get(kind, {}), scale) * len(names)
        unit = {"kind": kind, "on": what, "length": length, "models": names}
        if time.time() + expected > ctx["deadline"]:
            result["units"].append({**unit, "skipped": f"deadline (expected {expected:.0f} s)"})
            continue
        t0 = time.time()
        try:
            for name in names:
                model, context = models[name]
                if kind == "passkey":
                    trials = plan_trials(
                        [fillers[what]], [length], s["depths"], s["trials"], s["seed"]
                    )
                    answers[name] += [
                        run_trial(model, encode, fillers[what], t, device, autocast) for t in trials
                    ]
                elif kind == "longppl":
                    plan = plans[what]
                    if plan.keys is None:  # the base chooses (it is always evaluated first)
                        plan.select(losses["base", what])
                        reports[what]["settings"]["longppl"] = plan.summary()
                    entries[what, name]["longppl"] = plan.score(
                        losses[name, what], s["lengths"], strides
                    )
                elif kind == "ppl":
                    docs = truncate(sets[what], doc_tokens)
                    row = perplexity_at_length(losses[name, what], docs, length, strides[length])
                    row["beyond_context"] = length > context
                    entries[what, name].setdefault("perplexity", []).append(row)
                else:
                    entries[what, name]["loss_by_position"] = loss_by_position(
                        losses[name, what],
                        sets[what],
                        longest,
                        position_edges(longest),
                        s["position_spans"],
                    )
        except (ValueError, RuntimeError) as err:  # recorded; the other units still run
            result["units"].append({**unit, "error": f"{type(err).__name__}: {err}"[:500]})
            if device.type == "cuda":
                torch.cuda.empty_cache()  # after an out-of-memory error
            save(out, result)
            continue
        timings.setdefault(kind, {})[scale] = (time.time() - t0) / len(names)
        result["units"].append({**unit, "seconds": round(time.time() - t0, 2)})
        for name, given in answers.items():
            if given:
                summary = summarize(given)
                for cell in summary:
                    cell["beyond_context"] = cell["length"] > models[name][1]
                entries[passkey_set, name]["passkey"] = {"summary": summary, "trials": given}
        for report in reports.values():
            report["settings"]["seconds"] = round(time.time() - started, 1)
        save(out, result)
    save(out, result)
