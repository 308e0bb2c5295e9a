#!/usr/bin/env bash
# One command on a CUDA machine: trainer benchmarks -> bench/results/train_cuda.json
#   bash bench/bench_train_cuda.sh            (DATA=..., MODEL=..., WINDOW=... to override)
# Builds the datasets first if they are missing (make dataset), then runs, in
# fresh processes: ours vs HF Trainer + peft (padded) at WINDOW (8192, on LONG_DATA: the
# windows of training/configs/long_context.yaml), the loss-memory comparison at 16384 and
# 32768 tokens, and curriculum vs fixed on SmolLM2-135M (DATA, windows 512-4096).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
DATA=${DATA:-data/shakespeare}
MODEL=${MODEL:-defaults/smollm2-135m}
LONG_DATA=${LONG_DATA:-data/long}
WINDOW=${WINDOW:-8192}
STEPS=${STEPS:-20}
OUT=${OUT:-bench/results}
mkdir -p "$OUT"
[ -f "$DATA/_COMPLETE" ] || make dataset OUT="$DATA"
if [ ! -f "$LONG_DATA/_COMPLETE" ]; then
    extra=""
    [ -d ../shared/data/en_gutenberg ] && extra="--input ../shared/data/en_gutenberg"
    make dataset OUT="$LONG_DATA" WINDOWS=8192,16384,32768 DATASET_ARGS="$extra"
fi
"$PY" -c 'import torch; assert torch.cuda.is_available(), "no CUDA device"'
# ours vs HF Trainer + peft, interleaved over 2 rounds, warm-up step reported apart,
# at 512 (no checkpointing) and WINDOW (checkpointing)
"$PY" bench/bench_train.py throughput --data "$DATA" --model "$MODEL" --window 512 \
    --steps "$STEPS" --rounds 2 --tokens-per-step 32768 --micro-batch-tokens 16384 \
    --output "$OUT/throughput_cuda_512.json"
"$PY" bench/bench_train.py throughput --data "$LONG_DATA" --model "$MODEL" --window "$WINDOW" \
    --steps "$STEPS" --rounds 2 --tokens-per-step 32768 --micro-batch-tokens 16384 \
    --gradient-checkpointing --output "$OUT/throughput_cuda.json"
"$PY" bench/bench_train.py memory --model "$MODEL" --length 16384 --output "$OUT/memory_cuda_16384.json"
"$PY" bench/bench_train.py memory --model "$MODEL" --length 32768 --output "$OUT/memory_cuda_32768.json"
"$PY" bench/curriculum_vs_fixed.py --data "$DATA" --model "$MODEL" --windows 512,1024,2048,4096 \
    --tokens 8000000 --tokens-per-step 65536 --micro-batch-tokens 16384 --eval-every 10 \
    --eval-rows 64 --lr 2e-4 --output "$OUT/curriculum_cuda.json"
"$PY" - "$OUT" <<'PYEOF'
import json, sys, glob, os
out = sys.argv[1]
merged = {os.path.basename(p)[:-5]: json.load(open(p)) for p in sorted(glob.glob(f"{out}/*_cuda*.json")) if not p.endswith("train_cuda.json")}
json.dump(merged, open(f"{out}/train_cuda.json", "w"), indent=2)
print(f"wrote {out}/train_cuda.json")
PYEOF
