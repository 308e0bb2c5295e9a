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

import os

from schemas.errors import UserError


def run_of(adapter: str) -> str:
    return os.path.dirname(os.path.abspath(adapter.rstrip("/")))


def recorded_fingerprint(adapter: str) -> str | None:
    """The base-model fingerprint the adapter's run recorded, or None if none can be read."""
    from training.checkpoint import list_checkpoints
    from training.checkpoint_files import CheckpointError, load_tensors

    for _, path in reversed(list_checkpoints(run_of(adapter))):
        try:
            state = load_tensors(os.path.join(path, "state.pt"))
        except CheckpointError:
            continue  # a damaged checkpoint: an older one still tells
        found = state.get("model_fingerprint") if isinstance(state, dict) else None
        return found if isinstance(found, str) and found else None
    return None


def run_model(adapter: str) -> str:
    """``model`` of the run's ``config.yaml`` ('?' if it cannot be read)."""
    import yaml

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
            raise UserError(
                f"{spec.name}: the adapter {spec.adapter!r} was trained on another base "
                f"model (its run trained on {run_model(spec.adapter)!r}, whose weights differ "
                f"from --model {model!r}): pass --model the base it was trained on"
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
