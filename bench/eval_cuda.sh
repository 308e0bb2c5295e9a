#!/usr/bin/env bash
# One command on a CUDA machine: the full long-context evaluation grid -> $OUT/report.{json,md}, *.png
#   bash bench/eval_cuda.sh                 (MODEL=..., DATA=..., RUN=..., OUT=... to override;
#                                            extra arguments go to `longctx eval`)
# The base model, and the adapter of $RUN when it exists (same prompts, one report):
# perplexity at 1k-16k tokens on 8 held-out documents (16k is beyond SmolLM2's 8192
# positions: evaluated and flagged), loss by position over 32 spans of 16k, passkey
# at 1k-16k x 5 depths x 5 trials x 3 fillers (repeat, English, Chinese). bf16 autocast.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
MODEL=${MODEL:-defaults/smollm2-135m}
DATA=${DATA:-data/shakespeare}
RUN=${RUN:-runs/default}
OUT=${OUT:-runs/eval-cuda}
[ -f "$DATA/_COMPLETE" ] || make dataset OUT="$DATA"
"$PY" -c 'import torch; assert torch.cuda.is_available(), "no CUDA device"'
args=(--model "$MODEL" --data "$DATA" --output "$OUT" --lengths 1024,2048,4096,8192,16384
      --max-docs 8 --position-spans 32 --trials 5)
if [ -f "$RUN/adapter/adapter_config.json" ]; then args+=(--adapter "$RUN/adapter"); fi
"$PY" -m training.evaluate "${args[@]}" "$@"
