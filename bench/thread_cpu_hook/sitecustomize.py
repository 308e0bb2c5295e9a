"""Measurement hook of ``bench/thread_cpu.py`` (on ``PYTHONPATH`` of the measured
command only; never imported by the package).

In every Python process of the command (the driver, the fork server and, forked from
it, Beam's workers) it records which native thread id each ``threading.Thread``
got (``THREAD_CPU_OUT/tids.txt``) and the thread CPU (``time.thread_time``) spent
inside each DoFn's ``process``, per stage of ``_StageFn``/``_StagesFn`` and in the
garbage collector (``THREAD_CPU_OUT/stages-PID.json``, rewritten every 0.5 s and at
``os._exit``, which is how forked workers leave). A ``process`` generator is run to its end before
its outputs are passed on, so the time excludes the fused steps downstream.
"""

import atexit
import gc
import importlib.abc
import importlib.util
import json
import os
import sys
import threading
import time

OUT = os.environ.get("THREAD_CPU_OUT", "")
TOTALS: dict[str, list] = {}
_last = [0.0]


def _dump() -> None:
    try:
        with open(f"{OUT}/stages-{os.getpid()}.json", "w") as f:
            json.dump(TOTALS, f)
    except OSError:
        pass


def _add(key: str, seconds: float) -> None:
    entry = TOTALS.setdefault(key, [0.0, 0])
    entry[0] += seconds
    entry[1] += 1
    now = time.monotonic()
    if now - _last[0] > 0.5:
        _last[0] = now
        _dump()


_bootstrap_inner = threading.Thread._bootstrap_inner


def _named_bootstrap(self):
    target = getattr(self, "_target", None)
    what = getattr(target, "__qualname__", "") if target else type(self).__qualname__
    try:
        with open(f"{OUT}/tids.txt", "a") as f:
            f.write(f"{os.getpid()} {threading.get_native_id()} {self.name} {what}\n")
    except OSError:
        pass
    return _bootstrap_inner(self)


def _timed_process(key_of):
    def wrap(process):
        def timed(self, *args, **kwargs):
            start = time.thread_time()
            results = process(self, *args, **kwargs)
            results = [] if results is None else list(results)
            _add(key_of(self), time.thread_time() - start)
            return results

        return timed

    return wrap


def _timed_fn(key: str, fn):
    def timed(*args, **kwargs):
        start = time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _add(key, time.thread_time() - start)

    # A module's function keeps its name: Beam pickles it by reference.
    timed.__name__ = getattr(fn, "__name__", "timed")
    timed.__qualname__ = getattr(fn, "__qualname__", "timed")
    return timed


DOFNS = (
    "_TokenizeBatchFn", "_ChunkFn", "_SpillFn", "_SpillRecordFn", "_WriteChunkShardFn",
    "_WriteDocumentShardFn", "_ParkFn", "_ReadFileFn", "_CountProgressFn", "_SplitFn",
)  # fmt: skip
FUNCTIONS = ("_signature_record", "unpark", "_verify", "_write_rejected", "_keep_first")
MODULES = {
    "transforms.beam_utils", "transforms.tokenize", "transforms.chunking_beam",
    "pipeline.shards", "pipeline.parking", "transforms.read", "pipeline.progress",
    "transforms.near_duplicates_beam", "transforms.duplicate_ids",
}  # fmt: skip


def _patch(name: str, module) -> None:
    if name == "transforms.beam_utils":
        stage_fn = module._StageFn
        stage_fn.process = _timed_process(lambda s: "stage:" + s._stage)(stage_fn.process)
        stages_process = module._StagesFn.process

        def process(self, element):
            if not getattr(self, "_timed", False):
                self._stages = [
                    (s, _timed_fn("stages:" + s, f), ok, rej) for s, f, ok, rej in self._stages
                ]
                if self._restore is not None:
                    self._restore = _timed_fn("stages:restore", self._restore)
                self._timed = True
            return stages_process(self, element)

        module._StagesFn.process = process
    for cls in DOFNS:
        dofn = getattr(module, cls, None)
        if dofn is not None and dofn.__module__ == name:
            dofn.process = _timed_process(lambda s, c=cls: "dofn:" + c)(dofn.process)
    for fn in FUNCTIONS:
        f = getattr(module, fn, None)
        if f is not None and getattr(f, "__module__", None) == name:
            setattr(module, fn, _timed_fn("fn:" + fn, f))


class _PatchOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name not in MODULES:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def patched_exec(module, exec_module=exec_module):
            exec_module(module)
            _patch(name, module)

        spec.loader.exec_module = patched_exec
        return spec


_gc_start: dict[int, float] = {}


def _gc_callback(phase, info) -> None:
    if phase == "start":
        _gc_start[threading.get_ident()] = time.thread_time()
    elif (start := _gc_start.pop(threading.get_ident(), None)) is not None:
        entry = TOTALS.setdefault(f"gc:gen{info['generation']}", [0.0, 0])
        entry[0] += time.thread_time() - start
        entry[1] += 1


_os_exit = os._exit


def _dump_and_exit(code):
    _dump()  # a forked worker leaves with os._exit: atexit does not run
    _os_exit(code)


if OUT:
    os._exit = _dump_and_exit
    threading.Thread._bootstrap_inner = _named_bootstrap
    sys.meta_path.insert(0, _PatchOnImport())
    gc.callbacks.append(_gc_callback)
    atexit.register(_dump)
