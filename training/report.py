"""``EVAL/report.md``: the tables of an evaluation report (``report.json``)."""

from __future__ import annotations

from schemas.wording import counted


def _fmt(value, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows] + [""]


def perplexity_table(models: list[dict]) -> list[str]:
    lengths = sorted({r["length"] for m in models for r in m.get("perplexity", [])})
    rows = []
    for length in lengths:
        row = [str(length)]
        for m in models:
            r = next((r for r in m.get("perplexity", []) if r["length"] == length), None)
            mark = " *" if r and r["beyond_context"] else ""
            row.append(_fmt(r and r["perplexity"], 2) + mark)
        tokens = next(
            r["tokens_scored"] for m in models for r in m["perplexity"] if r["length"] == length
        )
        rows.append(row + [str(tokens)])
    return _table(["context length"] + [m["name"] for m in models] + ["tokens scored"], rows)


def position_table(models: list[dict]) -> list[str]:
    with_curve = [m for m in models if m.get("loss_by_position")]
    if not with_curve:
        return []
    buckets = with_curve[0]["loss_by_position"]["buckets"]
    rows = []
    for i, b in enumerate(buckets):
        row = [f"{b['start']}-{b['end'] - 1}"]
        row += [_fmt(m["loss_by_position"]["buckets"][i]["loss"]) for m in with_curve]
        rows.append(row + [str(b["tokens"])])
    return _table(["left context (tokens)"] + [m["name"] for m in with_curve] + ["tokens"], rows)


def longppl_table(models: list[dict]) -> list[str]:
    """PPL and LongPPL side by side at every length, for every model."""
    scored = [m for m in models if m.get("longppl")]
    if not scored:
        return []
    rows = []
    for i, key_row in enumerate(scored[0]["longppl"]["by_length"]):
        row = [str(key_row["length"])]
        for m in scored:
            ppl = next(
                (r for r in m.get("perplexity", []) if r["length"] == key_row["length"]), None
            )  # None: that length's pass did not run (a time-limited run skips units)
            mark = " *" if ppl and ppl["beyond_context"] else ""
            row += [
                (_fmt(ppl["perplexity"], 2) if ppl else "-") + mark,
                _fmt(m["longppl"]["by_length"][i]["longppl"], 2),
            ]
        rows.append(row + [str(key_row["key_tokens"])])
    header = ["context length"]
    for m in scored:
        header += [f"{m['name']} PPL", f"{m['name']} LongPPL"]
    return _table(header + ["key tokens"], rows)


def key_position_table(models: list[dict]) -> list[str]:
    scored = [m for m in models if m.get("longppl")]
    if not scored:
        return []
    buckets = scored[0]["longppl"]["key_loss_by_position"]["buckets"]
    rows = []
    for i, b in enumerate(buckets):
        if not b["tokens"]:
            continue
        row = [f"{b['start']}-{b['end'] - 1}"]
        row += [_fmt(m["longppl"]["key_loss_by_position"]["buckets"][i]["loss"]) for m in scored]
        rows.append(row + [str(b["tokens"])])
    return _table(["left context (tokens)"] + [m["name"] for m in scored] + ["key tokens"], rows)


def longppl_section(settings: dict, models: list[dict]) -> list[str]:
    k = settings.get("longppl")
    if not k or not any(m.get("longppl") for m in models):
        return []
    fraction = f"{k['key_fraction']:.2%}" if k["key_fraction"] is not None else "-"
    lines = ["## LongPPL: perplexity on key tokens", ""]
    lines += [
        f"Key tokens (Fang et al. 2024) chosen once by `{k['evaluator']}` at length "
        f"{k['evaluator_length']}: long-short difference (log-probability with the full "
        f"context minus with the last {k['short_context']}-{k['short_context'] + k['short_stride'] - 1} "
        f"tokens) > {k['lsd_threshold']:g} and long-context log-probability > "
        f"{k['lcl_threshold']:g}; {k['key_tokens']} of {k['tokens_scored']} scored tokens "
        f"({fraction}; {k['tokens_with_short_context']} had a shorter context). Every model "
        "is scored on these tokens; PPL is over all tokens. `*`: beyond the model's positions.",
        "",
    ]
    if not k["key_tokens"]:
        # Clause no_key_tokens_said: with no key token every LongPPL cell is "-" and the
        # key tokens' loss table has a header and no rows; one line says why instead.
        return lines + [
            f"No key token, so no LongPPL: no token had both a long-short difference above "
            f"{k['lsd_threshold']:g} and a long-context log-probability above "
            f"{k['lcl_threshold']:g} under `{k['evaluator']}`. More held-out text (`--max-docs`, `--doc-tokens`), longer "
            "`--lengths`, a stronger `--key-evaluator` or a lower `--lsd-threshold` give it "
            "tokens to choose.",
            "",
        ]
    lines += longppl_table(models)
    lines += [
        f"Key tokens' mean loss (nats) by left context, at length {k['evaluator_length']}:",
        "",
    ]
    return lines + key_position_table(models)


def _passkey_cell(cells: list[dict]) -> str:
    """``correct/trials`` of one cell (or the row's ``all``); clause
    passkey_cells_not_finite: the trials with non-finite logits are shown apart, not
    as misses (``1/1 + 1 not finite``; ``2 not finite`` when none was finite)."""
    bad = sum(c.get("not_finite", 0) for c in cells)
    finite = sum(c["trials"] for c in cells) - bad
    hits = sum(c["correct"] for c in cells)
    if not bad:
        return f"{hits}/{finite}"
    return f"{hits}/{finite} + {bad} not finite" if finite else f"{bad} not finite"


def passkey_tables(model: dict) -> list[str]:
    summary = model["passkey"]["summary"]
    lines = []
    for filler in dict.fromkeys(c["filler"] for c in summary):
        cells = [c for c in summary if c["filler"] == filler]
        depths = sorted({c["depth"] for c in cells})
        rows = []
        for length in sorted({c["length"] for c in cells}):
            at = {c["depth"]: c for c in cells if c["length"] == length}
            hits = sum(c["correct"] for c in at.values())
            total = sum(c["trials"] - c.get("not_finite", 0) for c in at.values())
            mark = " *" if any(c["beyond_context"] for c in at.values()) else ""
            rows.append(
                [f"{length}{mark}"]
                + [_passkey_cell([at[d]]) for d in depths]
                + [f"{hits / total:.0%}" if total else "not finite"]
            )
        lines += [f"Filler `{filler}`:", ""]
        lines += _table(["length"] + [f"depth {d:g}" for d in depths] + ["all"], rows)
    if any(c.get("not_finite") for c in summary):  # clause passkey_cells_not_finite
        lines += [
            "`not finite`: trials whose logits were NaN or infinite (no answer of the "
            "model's: the model is broken, not weak; check its weights); they count in no "
            "accuracy.",
            "",
        ]
    return lines


def held_out_line(held: dict, strides: dict) -> str:
    """The documents perplexity is measured on (clause count_agrees)."""
    n = len(held["documents"])
    return (
        f"{counted(n, 'held-out document')} of {held['candidates']} (the first "
        f"{counted(held['tokens_per_document'], 'token')}{' of each' if n != 1 else ''}) "
        f"from `{held['source']}`; sliding windows with stride "
        + ", ".join(f"{v} at {k}" for k, v in strides.items())
        + "; every length scores the same tokens. `*`: beyond the model's positions."
    )


# Clause eval_report_scope: report.md named the models, then gave tables; which held-out
# documents were read, at which lengths each metric ran, and which metrics were not run
# (`--no-longppl`, `--passkey-lengths ''`, no held-out text) were only in report.json or
# not said at all: a report read later, or beside another, did not say what it measured.
# Two lines under the models now say it (data; measured / not measured).
def scope_lines(s: dict) -> list[str]:
    held, p, k = s["held_out"], s["passkey"], s.get("longppl")
    source = held["source"]
    source = ", ".join(source) if isinstance(source, list) else source
    docs, lengths = held["documents"], ", ".join(map(str, s["lengths"]))
    if docs:
        shown = ", ".join(f"`{d}`" for d in docs[:4]) + (
            f" and {len(docs) - 4} more" if len(docs) > 4 else ""
        )
        data = f"- data: {counted(len(docs), 'held-out document')} of `{source}`: {shown}"
    else:
        why = held.get("skipped") or "no --data or --text"
        data = (
            f"- data: no held-out text ({why})"
            if not source
            else f"- data: `{source}`, no held-out text read"
        )
    measured, missing = [], []
    if docs and s["lengths"]:
        measured.append(f"perplexity (PPL) and loss by position at {lengths} tokens")
    else:
        missing.append("perplexity, loss by position")
    if k:
        measured.append(f"LongPPL on {k['key_tokens']} key tokens chosen by `{k['evaluator']}`")
    else:
        missing.append("LongPPL" + (" (--no-longppl)" if docs and s["lengths"] else ""))
    # Clause eval_report_scope_no_trials: `--trials 0`, `--depths ''` or `--fillers ''`
    # run no passkey prompt at the passkey lengths; the report said "measured: passkey
    # at ... (0 trials per cell)". It is "not measured", with the flag that skipped it.
    empty = [f for f, v in (("trials 0", p["trials"]), ("depths ''", p["depths"])) if not v]
    empty += [] if p["fillers"] else ["fillers ''"]
    if p["lengths"] and not empty:
        fillers = ", ".join(p["fillers"])
        depths = ", ".join(f"{d:g}" for d in p["depths"])
        measured.append(
            f"passkey at {', '.join(map(str, p['lengths']))} tokens (fillers {fillers}; "
            f"depths {depths}; {counted(p['trials'], 'trial')} per cell)"
        )
    else:
        why = ", ".join(f"--{f}" for f in empty) if p["lengths"] else "--passkey-lengths ''"
        missing.append(f"passkey ({why})")
    lines = [data, "- measured: " + ("; ".join(measured) or "nothing")]
    return lines + (["- not measured: " + "; ".join(missing)] if missing else [])


def write_markdown(report: dict, path: str) -> str:
    s, models = report["settings"], report["models"]
    lines = ["# Long-context evaluation", ""]
    # clause non_finite_outputs (training.finite): the problem first, "-" in the tables
    lines += [f"**Not finite:** {p}" for p in report.get("problems", [])]
    lines += [""] if report.get("problems") else []
    lines += [
        f"- {m['name']}: `{m['path']}`"
        + (f" + adapter `{m['adapter']}`" if m["adapter"] else "")
        + f", RoPE {m['rope']['type']}"
        + (f" x{m['rope']['factor']:g}" if m["rope"].get("factor") else "")
        + f", {m['context']} positions"
        for m in models
    ]
    lines += scope_lines(s)
    lines += [f"- device: {s['device']}; {s['seconds']} s", ""]
    if s["held_out"].get("skipped"):  # clause eval_without_validation_rows
        lines += [
            "## Perplexity by context length",
            "",
            f"Not measured: {s['held_out']['skipped']}.",
            "",
        ]
    if any(m.get("perplexity") for m in models):
        held = s["held_out"]
        lines += ["## Perplexity by context length", ""]
        lines += [
            held_out_line(held, s["strides"]),
            "",
        ]
        lines += perplexity_table(models)
        lines += ["## Loss by position", ""]
        lines += [
            "Mean loss (nats) of tokens by how many tokens of the same span precede them; "
            "a model that uses distant context has a falling curve.",
            "",
        ]
        lines += position_table(models)
        lines += longppl_section(s, models)
    if any(m.get("passkey") for m in models):
        p = s["passkey"]
        lines += ["## Passkey retrieval", ""]
        lines += [
            f"Correct / trials per cell (greedy, exact match; key 1-50000; seed {p['seed']}). "
            "Depth 0: the key right after the instructions; 1: right before the question.",
            "",
        ]
        for m in models:
            if m.get("passkey"):
                lines += [f"### {m['name']}", ""] + passkey_tables(m)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")
    return path
