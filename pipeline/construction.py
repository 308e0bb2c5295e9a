"""Beam pipeline construction without its repeated work (driver CPU, issue 15).

Building and submitting the dataset graph (~150 transforms, ~70 DoFns) cost the
driver ~0.8 CPU-s in two of Beam's helpers that recompute the same answer many
times (docs/PERFORMANCE.md, fourth round):

- ``PipelineOptions.view_as`` builds an ``argparse`` parser for the options class
  and parses the flags again on every call (~600 calls a build: every ``apply``
  asks for the type-check options). ``BuildOptions`` makes each view once; a view
  holds no state of its own (its values live in the options' shared
  ``_all_options``, which is what ``view_as`` documents), so the same view object
  is what every later call would have rebuilt.
- ``userstate.get_dofn_specs`` inspects the signature of every method of a DoFn
  (~400 calls for ~70 DoFns). ``dofn_specs_once`` remembers the answer per DoFn
  object while our graph is built and run, and puts Beam's function back after.

And one thing Beam leaves behind: ``Pipeline.__init__`` makes an empty
``local_tempdir`` (``tempfile.mkdtemp(prefix="beam-pipeline-temp")``, in the system
temp folder) and removes it only at the end of ``run()``, so a build stopped before
(SIGTERM or Ctrl-C while the graph is built or the workers start, an error there)
or killed left a ``/tmp/beam-pipeline-temp*`` (104 on the team's machine).
``new_pipeline`` makes it in a folder of the build's own, which the build removes.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import TypeVar

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.transforms import userstate

T = TypeVar("T", bound=PipelineOptions)


class BuildOptions(PipelineOptions):
    """``PipelineOptions`` whose ``view_as(cls)`` builds each class's view once.
    Declares no options of its own (Beam's option registry sees nothing new)."""

    def view_as(self, cls: type[T]) -> T:
        views = self.__dict__.setdefault("_views", {})  # not an option: no __setattr__
        view = views.get(cls)
        if view is None:
            view = views[cls] = super().view_as(cls)
        return view


@contextlib.contextmanager
def dofn_specs_once():
    """Inside the block, ``userstate.get_dofn_specs`` answers once per DoFn object
    (the sets it returns are fresh copies, as each call of Beam's made new ones)."""
    original = userstate.get_dofn_specs
    seen: dict[int, tuple[object, tuple[set, set]]] = {}  # id -> (the DoFn, its specs)

    def get_dofn_specs(dofn):
        hit = seen.get(id(dofn))
        if hit is None or hit[0] is not dofn:
            hit = seen[id(dofn)] = (dofn, original(dofn))
        states, timers = hit[1]
        return set(states), set(timers)

    userstate.get_dofn_specs = get_dofn_specs
    try:
        yield
    finally:
        userstate.get_dofn_specs = original


def new_pipeline(temp_folder: str | None, **kwargs) -> beam.Pipeline:
    """``beam.Pipeline(**kwargs)`` with its ``local_tempdir`` (see the module
    docstring) made inside ``temp_folder`` (created here), not the system temp
    folder; the caller removes ``temp_folder`` however the build ends. None: Beam's
    own way."""
    if temp_folder is None:
        return beam.Pipeline(**kwargs)
    os.makedirs(temp_folder, exist_ok=True)
    saved = tempfile.tempdir
    tempfile.tempdir = temp_folder  # what mkdtemp reads when given no dir
    try:
        return beam.Pipeline(**kwargs)
    finally:
        tempfile.tempdir = saved
