"""The tests' Beam pipeline: Beam's in-process FnApiRunner, which the build also runs
locally (``pipeline.build._make_pipeline``).

A ``TestPipeline`` without a runner runs on the DirectRunner, which first tries the
Prism runner: that tries to download a Prism binary (no network here) and its job
server makes a ``beam-temp*`` folder in the temp dir that nothing removes, with a
``beam-requirements-cache`` and two ``tmp*`` folders, on every run (1,470 empty
``/tmp/beam-temp*`` folders had piled up), before it falls back to the FnApiRunner.
"""

from __future__ import annotations

from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline


def local_pipeline(options: PipelineOptions | None = None) -> TestPipeline:
    """A ``TestPipeline`` on the in-process runner (``with local_pipeline() as p:``).

    It runs as the build's own pipeline runs (``beam.Pipeline.run``'s default,
    ``test_runner_api="AUTO"``): ``TestPipeline.run`` otherwise first sends the whole
    pipeline through Beam's runner API and back (``to_runner_api``, then
    ``from_runner_api``), a copy Beam itself skips for the FnApiRunner, which turns the
    pipeline into its runner-API form to run it anyway (DoFns pickled, sent to the
    in-process worker, unpickled there). The copy was about a third of each test
    pipeline's time (session 51, CI time)."""
    pipeline = TestPipeline(runner=FnApiRunner(), options=options)
    pipeline.not_use_test_runner_api = True
    return pipeline
