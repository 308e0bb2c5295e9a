"""Convert a GGUF checkpoint into a plain Hugging Face model directory, once.

transformers loads GGUF by dequantizing it to float32 (~25 s for SmolLM2-135M);
the safetensors directory written here reloads in a fraction of a second with
identical logits, and its ``tokenizer.json`` encodes identically with plain
``tokenizers.Tokenizer``, which is what the dataset builder uses.

    python -m training.convert_gguf --gguf-dir DIR --gguf-file NAME --output MODEL_DIR
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile

from pipeline.durable import rename_durable, sync_tree
from schemas.errors import ArgumentParser, UserError, run_main, take_debug_flag


def convert(gguf_dir: str, gguf_file: str, output: str) -> str:
    """Write ``output/`` (config, safetensors weights, tokenizer). Returns ``output``."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if os.path.exists(os.path.join(output, "config.json")) and os.path.exists(
        os.path.join(output, "tokenizer.json")
    ):
        return output
    if os.path.exists(output) and (not os.path.isdir(output) or os.listdir(output)):
        # Only an unfinished conversion (a folder without config.json) would be replaced
        # below, and it cannot be told apart from a user's folder: never delete it.
        raise UserError(
            f"--output {output} exists and is not a converted model (no config.json and "
            "tokenizer.json); choose a new folder or remove it"
        )
    if not os.path.isfile(os.path.join(gguf_dir, gguf_file)):
        raise UserError(f"no GGUF file {gguf_file!r} in {gguf_dir!r}")
    tokenizer = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=gguf_file)
    model = AutoModelForCausalLM.from_pretrained(gguf_dir, gguf_file=gguf_file)
    # A GGUF-loaded model carries a quantizer that makes save_pretrained refuse;
    # the weights are already dequantized float32, so drop it.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.is_quantized = False
    parent = os.path.dirname(os.path.abspath(output)) or "."
    os.makedirs(parent, exist_ok=True)
    staging = tempfile.mkdtemp(prefix=".convert-", dir=parent)
    try:
        model.save_pretrained(staging, safe_serialization=True)
        tokenizer.save_pretrained(staging)
        sync_tree(staging)  # clauses synced_before_swap and rename_durable (pipeline.durable)
        if os.path.isdir(output):
            os.rmdir(output)  # empty (checked above)
        rename_durable(staging, output)
    finally:
        if os.path.exists(staging):
            shutil.rmtree(staging)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = ArgumentParser(
        prog="python -m training.convert_gguf", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--gguf-dir", required=True)
    parser.add_argument("--gguf-file", required=True)
    parser.add_argument("--output", required=True)
    argv = take_debug_flag(argv)

    def body() -> int:
        args = parser.parse_args(argv)
        print(convert(args.gguf_dir, args.gguf_file, args.output))
        return 0

    return run_main("convert_gguf", body)


if __name__ == "__main__":
    sys.exit(main())
