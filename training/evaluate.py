"""Long-context evaluation of a base model and its fine-tuned version, in one report.

    longctx eval --model BASE [--adapter RUN/adapter] [--merged DIR] --output EVAL
                 [--data DATASET | --text FILES...] [--lengths 1024,2048,4096]
                 [--passkey-lengths ...] [--depths 0,0.25,0.5,0.75,1] [--trials 2]
                 [--fillers repeat,en,zh] [--filler-text zh=FILE]

Per model (the base, then each adapter or merged model):

1. **Perplexity by context length** on held-out documents (a dataset's validation
   split, or text files): sliding windows, every token scored once
   (:mod:`training.perplexity`); every length scores the same tokens.
2. **Loss by position**: mean loss per left-context bucket over spans of the largest
   length; a model that uses distant context has a falling curve.
3. **Passkey retrieval**: lengths x depths x trials for each filler
   (:mod:`training.passkey`); every model answers the same prompts.
4. **LongPPL**: perplexity on the key tokens, those whose prediction improves markedly
   with long context, chosen once by one evaluator model (``--key-evaluator``, default
   the base) so every model is scored on the same tokens (:mod:`training.longppl`);
   at every length, with the key-token fraction and the key tokens' loss by position.

An adapter is evaluated with the RoPE scaling of the run that trained it
(``RUN/config.yaml``), a merged model with its own config, the base as shipped
(unless ``--rope-type``). Lengths beyond a model's positions are evaluated and
flagged ``beyond_context``. Outputs: ``EVAL/report.json`` (every number and every
passkey answer), ``EVAL/report.md`` (tables), ``EVAL/ppl.png``, ``EVAL/passkey.png``.

Cost on CPU (2 cores, SmolLM2-135M, float32): one forward of 1024 tokens ~2.6 s,
4096 ~13 s, 8192 ~37 s; memory stays ~1.5 GB (SDPA, logits in chunks).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import sys
import time
from dataclasses import asdict, dataclass

import torch

from schemas.errors import UserError, run_main, take_debug_flag, terminate_with_a_line, user_input
from training import longppl as key_tokens
from training.config import RopeSettings, make_output_folder
from training.finite import finite_copy, non_finite_lines
from training.passkey import (
    KEY_RANGE,
    Encoder,
    build_prompt,
    load_filler,
    plan_trials,
    run_trial,
    summarize,
)
from training.perplexity import (
    HeldOutError,
    NoHeldOutRows,
    TokenLosses,
    dataset_documents,
    loss_by_position,
    perplexity_at_length,
    position_edges,
    position_spans,
    select_documents,
    sliding_windows,
    text_documents,
    truncate,
    with_char_starts,
)


@dataclass(frozen=True)
class ModelSpec:
    name: str
    path: str
    adapter: str | None
    rope: RopeSettings


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    from training.options import eval_parser

    parser = eval_parser()
    args = parser.parse_args(argv)
    if args.rope_type and not args.rope_factor:
        parser.error("--rope-type needs --rope-factor (e.g. 2.0)")
    args.lengths = _lengths(parser, "--lengths", args.lengths)
    args.passkey_lengths = (
        args.lengths
        if args.passkey_lengths is None
        else _lengths(parser, "--passkey-lengths", args.passkey_lengths)
    )
    for flag in ("stride", "doc_tokens", "max_docs", "position_spans", "trials"):
        if getattr(args, flag) < 0:
            parser.error(f"--{flag.replace('_', '-')} must be >= 0, got {getattr(args, flag)}")
    if args.loss_chunk_tokens < 0:
        parser.error(f"--loss-chunk-tokens must be >= 0, got {args.loss_chunk_tokens}")
    try:
        args.depths = [float(d) for d in args.depths.split(",") if d.strip()]
    except ValueError:
        parser.error(f"--depths takes numbers between 0 and 1 like 0,0.5,1, got {args.depths!r}")
    if any(not 0.0 <= d <= 1.0 for d in args.depths):
        parser.error(f"--depths {args.depths}: each depth must be between 0 and 1")
    args.fillers = [f.strip() for f in args.fillers.split(",") if f.strip()]
    if any("=" not in item for item in args.filler_text):
        parser.error("--filler-text takes NAME=FILE, e.g. --filler-text zh=novel.txt")
    args.filler_text = dict(item.split("=", 1) for item in args.filler_text)
    args.fillers += [name for name in args.filler_text if name not in args.fillers]
    return args


def _lengths(parser, flag: str, text: str) -> list[int]:
    """Comma-separated context lengths, each >= 2 tokens (one predicts the next)."""
    try:
        lengths = sorted({int(x) for x in text.split(",") if x.strip()}) if text else []
    except ValueError:
        parser.error(f"{flag} takes token counts like 1024,2048, got {text!r}")
    bad = [n for n in lengths if n < 2]
    if bad:
        parser.error(f"{flag}: every length must be at least 2 tokens, got {bad[0]}")
    return lengths


def run_rope(adapter: str) -> RopeSettings:
    """The RoPE settings of the run an adapter came from (``RUN/config.yaml``)."""
    import yaml

    path = os.path.join(os.path.dirname(os.path.abspath(adapter.rstrip("/"))), "config.yaml")
    if not os.path.exists(path):
        return RopeSettings()
    with open(path, encoding="utf-8") as f:
        return RopeSettings(**(yaml.safe_load(f).get("rope") or {}))


def model_specs(args) -> list[ModelSpec]:
    rope = RopeSettings(type=args.rope_type, factor=args.rope_factor) if args.rope_type else None
    specs = [] if args.no_base else [ModelSpec("base", args.model, None, rope or RopeSettings())]
    for adapter in args.adapter:
        run = os.path.basename(os.path.dirname(os.path.abspath(adapter.rstrip("/"))))
        specs.append(ModelSpec(f"adapter:{run}", args.model, adapter, run_rope(adapter)))
    for merged in args.merged:
        name = os.path.basename(os.path.abspath(merged.rstrip("/")))
        specs.append(ModelSpec(f"merged:{name}", merged, None, rope or RopeSettings()))
    if not specs:
        raise UserError("nothing to evaluate: --no-base needs --adapter or --merged")
    from transforms.unreadable_path import why_unreadable

    for spec in specs:
        for path in (spec.path, spec.adapter):
            if path and (why := why_unreadable(path, want_folder=True)):  # tokenizer_unreadable
                raise UserError(f"{spec.name}: folder {path!r} {why}")
        if spec.adapter and not os.path.isfile(os.path.join(spec.adapter, "adapter_config.json")):
            raise UserError(
                f"{spec.name}: {spec.adapter!r} is not a peft adapter folder (no "
                "adapter_config.json); pass RUN/adapter of a `longctx train` run"
            )
    from training.eval_checks import check_adapter_bases

    check_adapter_bases(specs, args.model)  # clause adapter_base_model_checked
    return specs


def load_for_eval(spec: ModelSpec, device):
    """The model in eval mode, RoPE scaled; returns ``(model, usable context)``."""
    from training.modeling import load_model

    model, context = load_model(spec.path, spec.rope)
    model.config.use_cache = False
    if spec.adapter:
        from peft import PeftModel
        from safetensors import SafetensorError

        try:
            model = PeftModel.from_pretrained(model, spec.adapter)
        except (SafetensorError, json.JSONDecodeError) as error:
            # Clause damaged_adapter_one_line (session 29): an adapter folder cut short
            # (a copy stopped half way) was a safetensors traceback, exit 1.
            raise UserError(
                f"{spec.name}: the adapter in {spec.adapter!r} cannot be read ({error}): "
                "a damaged or half-copied file; copy RUN/adapter again or train it again"
            ) from None
        except RuntimeError as error:
            if "size mismatch" not in str(error):
                raise
            from training.eval_checks import shape_mismatch_line

            # Clause adapter_shapes_one_line (training.eval_checks).
            raise UserError(shape_mismatch_line(spec.name, spec.adapter, error)) from None
    return model.to(device).eval(), context


def load_tokenizer_for(args):
    from tokenizers import Tokenizer

    from transforms.unreadable_path import why_unreadable

    path = args.tokenizer or os.path.join(args.model, "tokenizer.json")
    if (why := why_unreadable(path)) not in (None, "not found"):  # tokenizer_unreadable
        raise UserError(f"tokenizer {path!r} {why}")
    if why:
        raise UserError(
            f"no tokenizer at {path!r}: pass --tokenizer path/to/tokenizer.json "
            "(the model's own, used for passkey prompts and --text)"
        )
    with open(path, "rb") as f:
        data = f.read()
    return Tokenizer.from_str(data.decode("utf-8")), path, hashlib.sha256(data).hexdigest()


def held_out_documents(args, tokenizer, tokenizer_sha256: str):
    if args.data:
        from schemas.dataset import load_manifest

        built_with = load_manifest(args.data).tokenizer
        if built_with.sha256 and built_with.sha256 != tokenizer_sha256:
            raise HeldOutError(
                f"{args.data!r} was tokenized with {built_with.path!r}, not the "
                "model's tokenizer; evaluate raw text with --text FILES instead, or pass "
                "--tokenizer with the dataset's tokenizer if the model uses it"
            )
        docs = dataset_documents(args.data)
    else:
        docs = text_documents(args.text, tokenizer, args.text_field)
    docs = with_char_starts(docs, tokenizer)  # rule eval_char_start
    doc_tokens = args.doc_tokens or max(args.lengths)
    if doc_tokens < max(args.lengths):
        raise UserError(f"--doc-tokens {doc_tokens} is below the largest length")
    return select_documents(docs, doc_tokens, args.max_docs), len(docs), doc_tokens


def no_validation_line(data: str) -> str:
    """Clause eval_without_validation_rows: a dataset with no validation rows (one
    document, or --validation-fraction 0; training says "validation loss disabled")
    is evaluated on what needs no held-out text, passkey, with this line, instead of
    stopping: `make eval` always passes --data, and after `make train` on one book the
    user expects a report. Perplexity on the training rows would flatter the adapter."""
    return (
        f"{data} has no validation rows (every document went to train): perplexity, loss "
        "by position and LongPPL are skipped, passkey is evaluated; to measure them pass "
        "held-out text with --text FILES (make eval: EVAL_ARGS='--text FILES ...')"
    )


def stride_for(args, length: int) -> int:
    return min(args.stride, length - 1) if args.stride else max(1, length // 2)


def forward_tokens(args, docs, trials) -> int:
    """Tokens one model forwards: the progress bar's total (shared spans once)."""
    spans = set()
    for doc in truncate(docs, args.doc_tokens):
        for length in args.lengths:
            stride = stride_for(args, length)
            for w in sliding_windows(len(doc.token_ids), length, stride, doc.char_starts):
                spans.add((doc.doc_id, w.begin, w.end))
    longest = max(args.lengths, default=0)
    for doc, begin in position_spans(docs, longest, args.position_spans):
        spans.add((doc.doc_id, begin, begin + longest))
    return sum(e - b for _, b, e in spans) + sum(t.length for t in trials)


def evaluate_model(
    spec, args, docs, fillers, trials, encode, device, autocast, bar, longppl=None
) -> dict:
    model, context = load_for_eval(spec, device)
    result = {**asdict(spec), "rope": asdict(spec.rope), "context": context}
    if docs:
        losses = TokenLosses(model, device, autocast, args.loss_chunk_tokens, on_forward=bar.update)
        result["perplexity"] = []
        for length in args.lengths:
            bar.set_postfix_str(f"{spec.name} perplexity @ {length}")
            row = perplexity_at_length(
                losses, truncate(docs, args.doc_tokens), length, stride_for(args, length)
            )
            result["perplexity"].append({**row, "beyond_context": length > context})
        longest = max(args.lengths)
        bar.set_postfix_str(f"{spec.name} loss by position @ {longest}")
        result["loss_by_position"] = loss_by_position(
            losses, docs, longest, position_edges(longest), args.position_spans
        )
        if longppl is not None:
            if longppl.keys is None and spec.name == longppl.evaluator:
                bar.set_postfix_str(f"{spec.name} chooses key tokens")
                longppl.select(losses)
            strides = {n: stride_for(args, n) for n in args.lengths}
            result["longppl"] = longppl.score(losses, args.lengths, strides)
    if trials:
        answers = []
        for trial in trials:
            bar.set_postfix_str(f"{spec.name} passkey {trial.filler} @ {trial.length}")
            answers.append(run_trial(model, encode, fillers[trial.filler], trial, device, autocast))
            bar.update(trial.length)
        summary = summarize(answers)
        for cell in summary:
            cell["beyond_context"] = cell["length"] > context
        result["passkey"] = {"summary": summary, "trials": answers}
    del model
    gc.collect()
    return result


def longppl_plan(args, specs, docs, tokenizer_sha):
    """``(LongPPL, evaluator folder or None)``; checks the user's LongPPL flags before any
    model is loaded. With a folder, :func:`select_keys_apart` chooses the key tokens
    before the evaluated models; otherwise the evaluator does while it is evaluated,
    sharing its long pass (:mod:`training.longppl`)."""
    name, separate = key_tokens.resolve_evaluator(
        args.key_evaluator, [s.name for s in specs], args.model, tokenizer_sha
    )
    spec = next((s for s in specs if s.name == name), None)
    folder, rope = (spec.path, spec.rope) if spec else (separate, RopeSettings())
    length = key_tokens.evaluator_length(args.lengths, positions_of(folder, rope))
    plan = key_tokens.LongPPL(
        key_tokens.KeyTokenSettings(
            args.short_context, args.short_stride, args.lsd_threshold, args.lcl_threshold
        ),
        name,
        truncate(docs, args.doc_tokens),
        length,
        stride_for(args, length),
        args.short_batch_tokens,
    )
    return plan, separate


def positions_of(folder: str, rope: RopeSettings) -> int:
    """The usable context of the model in ``folder`` with ``rope``, from its config
    alone (no weights loaded); 0 when the config names none."""
    from transformers import AutoConfig

    from training.modeling import apply_rope_scaling

    try:
        config = AutoConfig.from_pretrained(folder)
    except (OSError, ValueError):  # loading the model reports what is wrong with it
        return 0
    return apply_rope_scaling(config, rope)


def select_keys_apart(plan, folder: str, device, autocast, chunk: int) -> None:
    """Key tokens chosen by an evaluator that is not one of the evaluated models."""
    model, _ = load_for_eval(ModelSpec(plan.evaluator, folder, None, RopeSettings()), device)
    plan.select(TokenLosses(model, device, autocast, chunk))
    del model
    gc.collect()


def main(argv: list[str] | None = None) -> int:
    """``longctx eval``: exit 2 with one line on a ``UserError`` (bad flags, files or
    lengths, found before any model is loaded), 1 with a traceback on anything else."""
    argv = take_debug_flag(argv)
    terminate_with_a_line(prog="longctx eval")  # SIGTERM: one line, exit 143
    return run_main("longctx eval", lambda: _reading_main(parse_args(argv)))


def _reading_main(args) -> int:
    from pipeline.readers import reading
    from training.eval_checks import mkdir_if_new, remove_if_empty
    from training.hf_bars import transformers_bars

    made = mkdir_if_new(args.output)
    try:
        # Clause reader_lease (pipeline.readers); rule progress_off_all_bars: --no-progress
        # silences transformers' own "Loading weights" bars too (training.hf_bars).
        with reading(args.data, "longctx eval"), transformers_bars(not args.no_progress):
            return _main(args)
    except BaseException:
        # Clauses refused_eval_leaves_no_folder(_parents) (training.eval_checks).
        remove_if_empty(made)
        raise


def _main(args) -> int:
    from tqdm.auto import tqdm

    from training.modeling import autocast_for
    from training.plots import plot_passkey, plot_perplexity
    from training.report import write_markdown
    from transforms.runtime import bound_heap_retention, reuse_heap

    started = time.time()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.type == "cpu":
        reuse_heap()  # each forward reuses the last one's buffers (no mmap, no faults)
    else:
        bound_heap_retention()  # host copies of the weights leave once on the GPU
    autocast = autocast_for("auto", device)
    # Everything up to loading a model checks the user's flags and files: a ValueError
    # here (a length too short, an unknown filler, a bad depth) is the user's to fix.
    with user_input():
        make_output_folder(args.output)
        specs = model_specs(args)
        tokenizer, tokenizer_path, tokenizer_sha = load_tokenizer_for(args)
        encode = Encoder(tokenizer)

        docs, candidates, skipped = [], 0, None
        fillers = {name: load_filler(name, args.filler_text.get(name)) for name in args.fillers}
        trials = plan_trials(
            list(fillers.values()), args.passkey_lengths, args.depths, args.trials, args.seed
        )
        if args.lengths and (args.data or args.text):
            try:
                docs, candidates, args.doc_tokens = held_out_documents(
                    args, tokenizer, tokenizer_sha
                )
            except NoHeldOutRows:
                if not trials:
                    raise
                skipped = no_validation_line(args.data)
                print(skipped, file=sys.stderr)
        for filler in fillers.values():  # fail before loading a model if a length is too short
            for length in args.passkey_lengths:
                build_prompt(encode, filler, length, KEY_RANGE[1], 0.5)
        longppl, evaluator_folder = None, None
        if docs and not args.no_longppl:
            longppl, evaluator_folder = longppl_plan(args, specs, docs, tokenizer_sha)
    os.makedirs(args.output, exist_ok=True)

    spans = position_spans(docs, max(args.lengths), args.position_spans) if docs else []
    total = forward_tokens(args, docs, trials) * len(specs)
    if evaluator_folder is not None:
        select_keys_apart(longppl, evaluator_folder, device, autocast, args.loss_chunk_tokens)
    elif longppl is not None:  # the evaluator's short windows run among the models
        total += key_tokens.short_window_tokens(
            longppl.docs, longppl.short_context, longppl.short_stride
        )
    with tqdm(
        total=total, unit="tok", unit_scale=True, desc="longctx eval", disable=args.no_progress
    ) as bar:
        models = [
            evaluate_model(
                spec, args, docs, fillers, trials, encode, device, autocast, bar, longppl
            )
            for spec in specs
        ]
    report = {
        "settings": {
            "lengths": args.lengths,
            "strides": {str(n): stride_for(args, n) for n in args.lengths},
            "held_out": {
                "source": args.data or args.text,
                "skipped": skipped,
                "documents": [d.doc_id for d in docs],
                "candidates": candidates,
                "tokens_per_document": args.doc_tokens if docs else 0,
                "position_spans": len(spans),
            },
            "passkey": {
                "lengths": args.passkey_lengths,
                "depths": args.depths,
                "trials": args.trials,
                "fillers": {
                    name: {"language": f.language, "sentences": len(f.sentences)}
                    for name, f in fillers.items()
                },
                "seed": args.seed,
            },
            "longppl": longppl.summary() if longppl else None,
            "tokenizer": tokenizer_path,
            "device": str(device)
            + (f" ({torch.cuda.get_device_name()})" if device.type == "cuda" else ""),
            "seconds": round(time.time() - started, 1),
        },
        "models": models,
    }
    # clause non_finite_outputs (training.finite): strict JSON, one line, exit 1
    problems, unusable = non_finite_lines(models)
    report, paths = finite_copy(report)
    report.update(non_finite=paths, problems=problems)
    with open(os.path.join(args.output, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2, ensure_ascii=False, allow_nan=False)
    write_markdown(report, os.path.join(args.output, "report.md"))
    if docs:
        plot_perplexity(report, os.path.join(args.output, "ppl.png"))
    if trials:
        plot_passkey(report, os.path.join(args.output, "passkey.png"))
    print(open(os.path.join(args.output, "report.md"), encoding="utf-8").read())
    # Session 46's walk: the report ended the run with no word of where it went.
    written = [n for n in ("report.md", "report.json", "ppl.png", "passkey.png")
               if os.path.exists(os.path.join(args.output, n))]  # fmt: skip
    print(f"longctx eval: wrote {', '.join(written)} to {args.output}", file=sys.stderr)
    for line in problems:
        print(f"longctx eval: {line}", file=sys.stderr)
    return 1 if unusable else 0


if __name__ == "__main__":
    sys.exit(main())
