#!/usr/bin/env bash
# CE vs LongCE on CPU (docs/EVALUATION.md, "CE vs LongCE"): one English + Chinese
# dataset, two LoRA runs of SmolLM2-135M at window 2048 with the same rows and token
# budget (training/configs/longce_cpu.yaml), then PPL, LongPPL and passkey at 2k and 4k
# for the base, the CE adapter and the LongCE adapter on held-out validation text.
#   bash bench/longce_cpu.sh        WORK=/tmp/longce18 DATA=../shared/data
#   DATA_ONLY=1 bash bench/longce_cpu.sh      (steps 1-3: the dataset and held-out text only)
#   DOCS=1 bash bench/longce_cpu.sh           (what a loaded CPU allowed)
# Steps already done (their output exists) are skipped, so the script resumes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
LC=${LC:-.venv/bin/longctx}
MODEL=${MODEL:-defaults/smollm2-135m}
WORK=${WORK:-/tmp/longce18}
DATA=${DATA:-../shared/data}
ZH=${ZH:-$DATA/zh_classics}
# English: 10 Gutenberg books of 15k-90k words; at --validation-fraction 0.16 the
# builder's per-document split holds 4 of them out (pg1153, pg149, pg1656, pg4363).
EN_BOOKS=${EN_BOOKS:-pg4363 pg1153 pg1656 pg149 pg74 pg62 pg68 pg72 pg551 pg500}
VALIDATION=${VALIDATION:-0.16}
HEAVY=${HEAVY:-}                # a prefix for each heavy step (e.g. nice -n 10)
LENGTHS=${LENGTHS:-2048,4096}  # PPL / LongPPL lengths
DOCS=${DOCS:-2}                # held-out documents per language (first max(LENGTHS) tokens)
PASSKEY_LENGTHS=${PASSKEY_LENGTHS:-$LENGTHS}
DEPTHS=${DEPTHS:-0.5}          # passkey depths, and prompts per (length, depth)
TRIALS=${TRIALS:-1}
mkdir -p "$WORK"

# 1. The Chinese novels as documents of ~12,000 characters (cut at line ends), so the
#    per-document validation split holds some of them (two whole novels would fall
#    entirely on one side). Written under $WORK, never into the project.
if [ ! -s "$WORK/zh.jsonl" ]; then
  "$PY" - "$ZH" "$WORK/zh.jsonl" <<'EOF'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(os.listdir(src)):
        if not name.endswith(".txt"):
            continue
        part, size, k = [], 0, 0
        for line in open(os.path.join(src, name), encoding="utf-8"):
            part.append(line)
            size += len(line)
            if size >= 12000:
                f.write(json.dumps({"id": f"{name}#{k:03d}", "text": "".join(part)}, ensure_ascii=False) + "\n")
                part, size, k = [], 0, k + 1
        if part:
            f.write(json.dumps({"id": f"{name}#{k:03d}", "text": "".join(part)}, ensure_ascii=False) + "\n")
EOF
fi

# 2. The dataset: the English books (links under $WORK/en, so the document ids are the
#    file names) + the Chinese parts, windows 2048 and 4096.
if [ ! -f "$WORK/data/_COMPLETE" ]; then
  mkdir -p "$WORK/en"
  for b in $EN_BOOKS; do ln -sf "$(realpath "$DATA/en_gutenberg/$b.txt")" "$WORK/en/$b.txt"; done
  $HEAVY "$LC" dataset --input "$WORK/en" --input "$WORK/zh.jsonl" \
      --output "$WORK/data" --tokenizer "$MODEL/tokenizer.json" --windows 2048,4096 \
      --validation-fraction "$VALIDATION"
fi

# 3. The held-out text: the validation documents of the dataset, per language (the
#    builder's own split rule, so not one of them was trained on).
if [ ! -s "$WORK/val_zh.jsonl" ]; then
  "$PY" - "$WORK" <<'EOF'
import json, os, sys
from transforms.split import split_of
work = sys.argv[1]
fraction = json.load(open(os.path.join(work, "data", "manifest.json")))["config"]["validation_fraction"]
texts = os.path.join(work, "en")
en = [(n, open(os.path.join(texts, n), encoding="utf-8").read()) for n in sorted(os.listdir(texts))]
zh = [(r["id"], r["text"]) for r in map(json.loads, open(os.path.join(work, "zh.jsonl"), encoding="utf-8"))]
for lang, docs in (("en", en), ("zh", zh)):
    held = [(i, t) for i, t in docs if split_of(i, fraction) == "validation"]
    with open(os.path.join(work, f"val_{lang}.jsonl"), "w", encoding="utf-8") as f:
        for i, t in held:
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    print(f"{lang}: {len(held)} validation documents of {len(docs)}")
EOF
fi

[ -z "${DATA_ONLY:-}" ] || exit 0

# 4. Two runs, the same config, rows and token budget; only loss.type differs.
for loss in ce longce; do
  if [ ! -f "$WORK/runs/$loss/adapter/adapter_config.json" ]; then
    resume=(); [ -d "$WORK/runs/$loss/checkpoints" ] && resume=(--resume)
    $HEAVY "$LC" train --config training/configs/longce_cpu.yaml --data "$WORK/data" \
        --model "$MODEL" --output "$WORK/runs/$loss" --set "loss.type=$loss" "${resume[@]}"
  fi
done

# 5. Evaluation, per language: PPL and LongPPL (key tokens chosen by the base) at
#    $LENGTHS on $DOCS held-out documents, and passkey with that language's filler.
adapters=(--adapter "$WORK/runs/ce/adapter" --adapter "$WORK/runs/longce/adapter")
for lang in en zh; do
  if [ ! -f "$WORK/eval-$lang/report.json" ]; then
    $HEAVY "$LC" eval --model "$MODEL" "${adapters[@]}" --text "$WORK/val_$lang.jsonl" \
        --output "$WORK/eval-$lang" --lengths "$LENGTHS" --max-docs "$DOCS" \
        --position-spans "$DOCS" --passkey-lengths "$PASSKEY_LENGTHS" --fillers "$lang" \
        --depths "$DEPTHS" --trials "$TRIALS" --no-progress
  fi
done
echo "reports: $WORK/eval-en/report.md $WORK/eval-zh/report.md"
