"""Saving a run's adapter so that stock peft loads it from anywhere, as trained.

``AutoPeftModelForCausalLM.from_pretrained(RUN/adapter)`` (and transformers'
``AutoModelForCausalLM.from_pretrained(RUN/adapter)``) read the base model from
``base_model_name_or_path`` in ``adapter_config.json`` and build it with *that
folder's* ``config.json``; nothing else of the adapter folder reaches the base. So:

* the base is recorded as an absolute path (a relative one resolves against the
  loader's current folder, then the hub), or as ``--base-name`` (a hub id) for an
  adapter that will be published;
* a run with RoPE scaling writes ``RUN/base/``: the base's ``config.json`` with the
  run's scaling (``training.modeling.apply_rope_scaling``) and every other file of
  the base model linked (copied where links are not possible), and records
  ``RUN/base`` as the base. The one-line load then builds the model the run
  trained, with the same logits as ``RUN/merged``. Cost: one small JSON, the rest
  are links.
* the tokenizer files of the base are copied next to the adapter, so
  ``AutoTokenizer.from_pretrained(RUN/adapter)`` works too.

With ``--base-name`` and RoPE scaling the hub base has no scaling; load it with the
run's config: ``AutoModelForCausalLM.from_pretrained(NAME,
config=AutoConfig.from_pretrained("RUN/base"))`` and ``PeftModel.from_pretrained``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil

from pipeline.durable import rename_durable, sync_tree
from training.attention import use_full_attention
from training.config import RopeSettings

TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "chat_template.jinja",
)
BASE_DIR = "base"  # RUN/base: the base model with the run's RoPE scaling
CONFIG_NAME = "config.json"
BASE_RECORD = "longctx_base.json"  # the base model's fingerprint and folder


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.symlink(source, target, target_is_directory=os.path.isdir(source))
    except OSError:  # no symlinks here (some filesystems, Windows without privilege)
        if os.path.isdir(source):
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)


@contextlib.contextmanager
def written_beside(target: str):
    """Yields a staging folder name beside ``target`` (``.NAME.tmp``, not created); once
    the body has written it, it replaces ``target`` by two renames (the previous one
    moved to ``.NAME.old`` first, then removed). A failure or kill in the body leaves
    ``target`` as it was and the staging folder removed (or removed by the next call).
    Clause adapter_old_restored: a kill between the two renames left the previous
    ``target`` only as ``.NAME.old``; the next call puts it back, not removes it."""
    parent, name = os.path.split(os.path.abspath(target))
    staging, old = os.path.join(parent, f".{name}.tmp"), os.path.join(parent, f".{name}.old")
    if os.path.isdir(old) and not os.path.exists(target):
        os.replace(old, target)
    for leftover in (staging, old):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        yield staging
        sync_tree(staging)  # clauses synced_before_swap and rename_durable (pipeline.durable)
        if os.path.isdir(target):
            os.replace(target, old)
        rename_durable(staging, target)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_scaled_base(model_dir: str, rope: RopeSettings, out_dir: str, trust_remote_code=False):
    """``out_dir``: ``model_dir`` with the RoPE scaling of ``rope`` in its config.json
    and every other entry linked to the original (absolute links). Returns ``out_dir``."""
    from transformers import AutoConfig

    from training.modeling import apply_rope_scaling

    model_dir = os.path.abspath(model_dir)
    # Clause base_staged: written beside and renamed into place, as the adapter is; it
    # was removed first and rebuilt in place, so a full disk or a kill midway left the
    # adapter already there (a resumed run's) with a base of no weights or no config.
    with written_beside(out_dir) as staging:
        os.makedirs(staging)
        config = AutoConfig.from_pretrained(model_dir, trust_remote_code=trust_remote_code)
        apply_rope_scaling(config, rope)
        del config._longctx_context  # ours, not a transformers field
        config.save_pretrained(staging)
        for name in sorted(os.listdir(model_dir)):
            if name != CONFIG_NAME and not name.startswith("."):
                _link_or_copy(os.path.join(model_dir, name), os.path.join(staging, name))
    return out_dir


def base_reference(
    run: str, model_dir: str, rope: RopeSettings, base_name: str | None, trust_remote_code=False
) -> str:
    """What ``adapter_config.json`` records as the base (writing ``RUN/base`` when the
    run scales RoPE): ``base_name`` if given, else an absolute path."""
    base = os.path.abspath(model_dir)
    if rope.type != "none":
        base = write_scaled_base(
            model_dir, rope, os.path.abspath(os.path.join(run, BASE_DIR)), trust_remote_code
        )
    return base_name or base


def save_adapter(
    model,
    run: str,
    model_dir: str,
    rope: RopeSettings,
    base_name: str | None = None,
    state_dict: dict | None = None,
    trust_remote_code: bool = False,
    base_fingerprint: str | None = None,
) -> str:
    """Save the peft ``model``'s adapter into ``RUN/adapter`` (see the module docstring);
    returns the folder. ``state_dict``: the gathered adapter of a sharded model.
    ``base_fingerprint``: written to ``BASE_RECORD`` beside the weights (clause
    adapter_records_its_base, :mod:`training.eval_checks`)."""
    adapter_dir = os.path.join(run, "adapter")
    reference = base_reference(run, model_dir, rope, base_name, trust_remote_code)
    for peft_config in model.peft_config.values():
        peft_config.base_model_name_or_path = reference
    # Written beside and renamed into place: a full disk or a kill midway leaves the
    # previous adapter (or none), never a config without its weights.
    with written_beside(adapter_dir) as staging:
        model.save_pretrained(staging, **({"state_dict": state_dict} if state_dict else {}))
        config_sorted(os.path.join(staging, "adapter_config.json"))
        for name in TOKENIZER_FILES:
            source = os.path.join(model_dir, name)
            if os.path.exists(source):
                shutil.copy(source, staging)
        if base_fingerprint:
            with open(os.path.join(staging, BASE_RECORD), "w", encoding="utf-8") as f:
                json.dump({"model_fingerprint": base_fingerprint, "model": model_dir}, f)
    return adapter_dir


def merge_model(model, base_dir: str, out_dir: str) -> str:
    """Fold the adapter into the base weights and save safetensors + tokenizer files."""
    use_full_attention(model)  # the merged model attends fully, as it was evaluated
    merged = model.merge_and_unload()
    # Clause kept_says_the_write (session 38): written beside and renamed into place, as
    # the adapter is (before: straight into out_dir, which a full disk left half-written)
    with written_beside(out_dir) as staging:
        merged.save_pretrained(staging, safe_serialization=True)
        for name in (
            "tokenizer.json",
            "tokenizer_config.json",
            "special_tokens_map.json",
            "chat_template.jinja",
            "generation_config.json",
        ):
            source = os.path.join(base_dir, name)
            if os.path.exists(source) and not os.path.exists(os.path.join(staging, name)):
                shutil.copy(source, staging)
    return out_dir


# peft holds these as sets and writes them in the set's order, which a string hash seed
# decides: the same run's adapter_config.json differed between processes.
_SET_FIELDS = ("target_modules", "exclude_modules")


def config_sorted(path: str) -> None:
    """Clause ``adapter_config_sorted``: the set fields of ``adapter_config.json`` are
    written sorted, so an unbroken run and a stopped-and-resumed one (or two runs of
    one config) write the same bytes and `cmp` of two adapters tells weights apart, not
    a process's hash seed. Written as peft writes it (indent 2, keys sorted)."""
    if not os.path.isfile(path):
        return
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    for field in _SET_FIELDS:
        value = config.get(field)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            config[field] = sorted(value)
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(config, indent=2, sort_keys=True))
