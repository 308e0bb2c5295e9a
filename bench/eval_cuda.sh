#!/usr/bin/env bash
# One command on a CUDA machine: the long-context evaluation grid -> $OUT/report.{json,md}, *.png
#   bash bench/eval_cuda.sh                 (MODEL=..., DATA=..., RUN=..., OUT=... to override;
#                                            extra arguments go to `longctx eval`)
# The base model, and the adapter of $RUN when it exists (same prompts, one report):
# perplexity at 4k-32k tokens on 8 held-out documents of at least 32k tokens (16k and 32k
# are beyond SmolLM2's 8192 positions for the base: evaluated and flagged; the adapter
# is evaluated with its run's RoPE scaling, YaRN x4 for training/configs/long_context.yaml),
# loss by position over 32 spans of 32k, passkey at 4k-32k x 5 depths x 5 trials x 3
# fillers (repeat, English, Chinese). bf16 autocast. Goes with
#   make train CONFIG=training/configs/long_context.yaml DATA=data/long RUN=runs/long
# (docs/GPU.md); DATA is built here when missing, with the windows that config trains on.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
MODEL=${MODEL:-defaults/smollm2-135m}
DATA=${DATA:-data/long}
RUN=${RUN:-runs/long}
OUT=${OUT:-$RUN/eval-cuda}
LENGTHS=${LENGTHS:-4096,8192,16384,32768}
if [ ! -f "$DATA/_COMPLETE" ]; then
    extra=""
    [ -d ../shared/data/en_gutenberg ] && extra="--input ../shared/data/en_gutenberg"
    make dataset OUT="$DATA" WINDOWS=8192,16384,32768 \
        DATASET_ARGS="$extra --validation-fraction 0.08"
fi
"$PY" -c 'import torch; assert torch.cuda.is_available(), "no CUDA device"'
args=(--model "$MODEL" --data "$DATA" --output "$OUT" --lengths "$LENGTHS"
      --max-docs 8 --position-spans 32 --trials 5 --loss-chunk-tokens 4096)
if [ -f "$RUN/adapter/adapter_config.json" ]; then args+=(--adapter "$RUN/adapter"); fi
"$PY" -m training.evaluate "${args[@]}" "$@"
