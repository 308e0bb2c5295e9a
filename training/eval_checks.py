"""What ``longctx eval`` checks before it evaluates (session 30): which base model an
adapter was trained on, and that a refused evaluation leaves no folder.

Clause ``adapter_base_model_checked``: ``longctx eval --model BASE --adapter
RUN/adapter`` applied the adapter to whatever ``--model`` named. On another model of
the same shapes (another seed, another fine-tune) peft loads it without a word and the
report labels the numbers ``adapter:RUN`` as if they were the run's. The trainer
records every checkpoint's base-model fingerprint (``model_fingerprint`` in
``RUN/checkpoints/step-N/state.pt``, :mod:`training.model_fingerprint`: every byte of
the weight files, not their folder, so a moved or copied model is the same model);
the newest intact checkpoint's is compared with ``--model``'s, and a difference is
one line naming the model the run was trained on (``RUN/config.yaml``'s ``model``).
An adapter copied away from its run (no ``RUN/checkpoints``), or a checkpoint saved
before the fingerprint was recorded, is not checked: nothing tells which base it had.

Clause ``adapter_records_its_base`` (session 31): the check above needed the run's
checkpoints beside the adapter (an adapter copied alone onto another model of the same
shapes was evaluated in silence) and loaded the newest whole ``state.pt``, optimizer
state included, to read one string. The trainer now writes ``RUN/adapter/
longctx_base.json`` (``model_fingerprint`` and ``model``), which travels with a copied
adapter and is read first; a ``state.pt`` is only mapped (``mmap``), not read.

Clause ``another_dtype_said`` (session 31): a base re-saved in another dtype
(``save_pretrained(torch_dtype=bfloat16)``) has other bytes, so it is another model to
the fingerprint (as to ``--resume``); the refusal now says so when the run's model is
still there and holds the same tensor names and shapes in other dtypes (read from the
safetensors headers only), so the user knows to pass the model the run trained on.

Clause ``adapter_shapes_one_line``: an adapter of another model's shapes (another
hidden size) was peft's ``RuntimeError: Error(s) in loading state_dict ... size
mismatch`` traceback, exit 1; now one line, exit 2 (:func:`shape_mismatch_line`).

Clause ``refused_eval_leaves_no_folder``: every refusal (a missing adapter, lengths no
document reaches, a dataset without validation rows, the checks above) left the empty
``--output`` folder it had just made; now the folder is removed when this evaluation
made it (``os.mkdir`` says so, :func:`mkdir_if_new`, as the trainer's
``refused_run_leaves_no_folder_only_its_own``) and it is still empty (``os.rmdir``).

Clause ``refused_eval_leaves_no_folder_parents`` (session 30, review): the folder was
made with its missing parents (``os.makedirs``) before the dataset was read, and only
the folder itself was removed: ``eval --data MISSING --output new/sub/EVAL`` left
``new/sub/`` where it had left nothing before; now every folder this evaluation made
is removed, deepest first, while empty. Also on Ctrl-C and SIGTERM (it is removed
only while empty, so what an evaluation wrote stays).
"""

from __future__ import annotations

import json
import os

from schemas.errors import UserError


def run_of(adapter: str) -> str:
    return os.path.dirname(os.path.abspath(adapter.rstrip("/")))


def base_record(adapter: str) -> dict:
    """``adapter/longctx_base.json`` (clause adapter_records_its_base), {} if unreadable."""
    from training.adapter import BASE_RECORD

    try:
        with open(os.path.join(adapter, BASE_RECORD), encoding="utf-8") as f:
            record = json.load(f)
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def recorded_fingerprint(adapter: str) -> str | None:
    """The base-model fingerprint the adapter (or its run) recorded, or None if none
    can be read."""
    import torch

    from training.checkpoint import list_checkpoints

    found = base_record(adapter).get("model_fingerprint")
    if isinstance(found, str) and found:
        return found
    for _, path in reversed(list_checkpoints(run_of(adapter))):
        try:  # mapped, not read: the optimizer state stays on disk
            state = torch.load(
                os.path.join(path, "state.pt"), map_location="cpu", weights_only=True, mmap=True
            )
        except Exception:  # noqa: BLE001 - a damaged checkpoint: an older one still tells
            continue
        found = state.get("model_fingerprint") if isinstance(state, dict) else None
        return found if isinstance(found, str) and found else None
    return None


def run_model(adapter: str) -> str:
    """``model`` of the run's ``config.yaml``, else of the adapter's base record ('?')."""
    import yaml

    recorded = base_record(adapter).get("model")
    if isinstance(recorded, str) and recorded:
        return recorded
    try:
        with open(os.path.join(run_of(adapter), "config.yaml"), encoding="utf-8") as f:
            return str((yaml.safe_load(f) or {}).get("model", "?"))
    except (OSError, yaml.YAMLError, AttributeError):
        return "?"


def check_adapter_bases(specs, model: str) -> None:
    """Raise a ``UserError`` for the first adapter whose run trained on other weights."""
    from training.model_fingerprint import model_fingerprint

    ours = None
    for spec in specs:
        if not spec.adapter:
            continue
        recorded = recorded_fingerprint(spec.adapter)
        if recorded is None:
            continue
        ours = ours or model_fingerprint(model)
        if recorded != ours:
            trained = run_model(spec.adapter)
            raise UserError(
                f"{spec.name}: the adapter {spec.adapter!r} was trained on another base "
                f"model (its run trained on {trained!r}, whose weights differ "
                f"from --model {model!r}{dtype_note(trained, model)}): pass --model the "
                "base it was trained on"
            )


def _tensors(folder: str) -> dict:
    """``{name: (dtype, shape)}`` from the safetensors headers of ``folder`` ({} if none)."""
    found = {}
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".safetensors"))
        for name in names:
            with open(os.path.join(folder, name), "rb") as f:
                header = json.loads(f.read(int.from_bytes(f.read(8), "little")))
            found.update(
                (k, (v["dtype"], tuple(v["shape"])))
                for k, v in header.items()
                if k != "__metadata__"
            )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
    return found


def dtype_note(trained: str, model: str) -> str:
    """Clause another_dtype_said: ``; the same tensors in BF16 here, F32 in the run's
    model (...)`` when the two folders differ only in dtypes, else ''."""
    ours, theirs = _tensors(model), _tensors(trained)
    if not ours or ours.keys() != theirs.keys():
        return ""
    if any(ours[k][1] != theirs[k][1] for k in ours):
        return ""
    dtypes = sorted({d for d, _ in ours.values()}), sorted({d for d, _ in theirs.values()})
    if dtypes[0] == dtypes[1]:
        return ""
    return (
        f"; the same tensors in {'/'.join(dtypes[0])} there, {'/'.join(dtypes[1])} in the "
        "run's model: a copy re-saved in another dtype holds other weights"
    )


def shape_mismatch_line(name: str, adapter: str, error: RuntimeError) -> str:
    first = next((x.strip() for x in str(error).splitlines() if "size mismatch" in x), "")
    return (
        f"{name}: the adapter {adapter!r} does not fit --model ({first[:200]}): it was "
        f"trained on another model ({run_model(adapter)!r} by its run); pass --model "
        "the base it was trained on"
    )


def mkdir_if_new(path: str) -> list[str]:
    """The folders this call made for ``path``, deepest first: ``path`` and those of
    its parents that did not exist (clause refused_eval_leaves_no_folder_parents); empty
    when ``path`` already existed. Any error is left to ``make_output_folder``, which
    says it in one line."""
    made, folder = [], os.path.abspath(path)
    while folder and not os.path.lexists(folder):
        made.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    done: list[str] = []
    try:
        for folder in reversed(made):
            os.mkdir(folder)
            done.insert(0, folder)
    except OSError:  # made by someone else meanwhile, or not writable
        remove_if_empty(done)
        return []
    return made


def remove_if_empty(made: list[str]) -> None:
    """``os.rmdir`` each folder :func:`mkdir_if_new` made, deepest first, stopping at the
    first that is not empty (a folder holding anything is never removed)."""
    for folder in made:
        try:
            os.rmdir(folder)
        except OSError:
            return
