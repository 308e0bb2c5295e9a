"""Shared fixtures: everything is built in process, nothing is downloaded."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# Hypothesis: "ci" (the default) replays the same examples on every run, so a red CI
# run is reproducible and a green one is not luck; "dev" draws new examples each run
# to explore (HYPOTHESIS_PROFILE=dev make test). Neither has a per-example deadline:
# the CI machine is shared and timing is not what these tests check.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Clause torch_one_thread_per_worker (review, session 51): one torch (OpenMP/MKL) thread
# per xdist worker. `make test` runs 2 workers on the CI's 2 cores, and torch's default
# of one thread per core put 4 busy threads there; the tiny models of tests/training
# spent more CPU in the threads' contention than in their sums (4 training files, 61
# tests: 2.4-3.1x less CPU with one thread, docs/PERFORMANCE.md "Session 51: CI time").
# Set before torch is imported, so the tests' subprocesses inherit it; a value the user
# set is kept.
if os.environ.get("PYTEST_XDIST_WORKER"):
    for _name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_name, "1")

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_DATA = os.path.join(REPO_ROOT, "..", "shared", "data")


def readme_snippet(marker: str) -> str:
    """The first ```python block after ``<!-- test: marker -->`` in the README (tests
    run the README's snippets, so they cannot go stale)."""
    import re

    with open(os.path.join(REPO_ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    found = re.search(rf"<!-- test: {marker} -->\s*```python\n(.*?)```", text, re.S)
    assert found, f"README.md has no python block after <!-- test: {marker} -->"
    return found.group(1)


TINY_CORPUS = [
    "It was the best of times, it was the worst of times. Mr. Smith went to Washington.",
    "The quick brown fox jumps over the lazy dog. Dr. Watson arrived at 3.15 p.m. sharp.",
    "CHAPTER I\n\nCall me Ishmael. Some years ago, never mind how long precisely, I went to sea.",
    "第一回 甄士隐梦幻识通灵\n\n此开卷第一回也。作者自云：因曾历过一番梦幻之后，故将真事隐去。",
]


def build_tiny_tokenizer(path: str, vocab_size: int = 400) -> str:
    """Train a byte-level BPE tokenizer on a few sentences; id 0 is <|endoftext|>."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(TINY_CORPUS * 20, trainer=trainer)
    tokenizer.save(path)
    return path


@pytest.fixture(scope="session")
def tiny_tokenizer_path(tmp_path_factory) -> str:
    return build_tiny_tokenizer(str(tmp_path_factory.mktemp("tok") / "tokenizer.json"))


@pytest.fixture(scope="session")
def shared_data() -> str:
    if not os.path.isdir(SHARED_DATA):
        pytest.skip(f"real data not found at {SHARED_DATA} (see ../shared/data/README.md)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def tempest_built(tmp_path_factory, tiny_tokenizer_path):
    """(root, manifest, digest) of one ``tests.tempest.build_tempest`` per pytest
    process, with the default windows: ``tests.tempest.copy_tempest`` copies it for the
    tests that need that dataset but do not check its build. No test writes into
    ``root``: each copy, and the session's end, check its ``tree_digest`` (review)."""
    from tests.tempest import build_tempest, tree_digest, unchanged_shared_build

    root = tmp_path_factory.mktemp("tempest_built")
    manifest = build_tempest(root, tiny_tokenizer_path)[1]
    built = (root, manifest, tree_digest(root))
    yield built
    unchanged_shared_build(built)
