"""pipeline.construction: the same options and DoFn specs as Beam's own helpers,
each computed once."""

from __future__ import annotations

import copy

import apache_beam as beam
from apache_beam.coders import VarIntCoder
from apache_beam.options.pipeline_options import (
    DirectOptions,
    PipelineOptions,
    StandardOptions,
    TypeOptions,
)
from apache_beam.transforms import userstate
from apache_beam.transforms.userstate import BagStateSpec, TimerSpec, on_timer

from pipeline.construction import BuildOptions, dofn_specs_once

FLAGS = ["--direct_num_workers=3", "--runner=DirectRunner", "--experiments=a", "--experiments=b"]


def test_views_are_made_once_and_hold_beams_values():
    ours, beams = BuildOptions(FLAGS), PipelineOptions(FLAGS)
    for cls in (StandardOptions, DirectOptions, TypeOptions):
        assert ours.view_as(cls) is ours.view_as(cls)
        assert vars(ours.view_as(cls)._visible_options) == vars(beams.view_as(cls)._visible_options)
    assert ours.get_all_options() == beams.get_all_options()


def test_a_value_set_through_a_view_is_seen_everywhere_and_survives_a_deep_copy():
    """Beam's Pipeline deep-copies its options, then sets the runner through a view."""
    ours = BuildOptions(FLAGS)
    ours.view_as(DirectOptions).direct_num_workers = 5
    assert ours.view_as(DirectOptions).direct_num_workers == 5
    assert ours.get_all_options()["direct_num_workers"] == 5
    copied = copy.deepcopy(ours)
    copied.view_as(StandardOptions).runner = "Other"
    assert copied.get_all_options()["runner"] == "Other"
    assert ours.get_all_options()["runner"] == "DirectRunner"


def test_a_pipeline_runs_on_these_options():
    from apache_beam.testing.util import assert_that, equal_to

    from tests.beam_local import local_pipeline

    with local_pipeline(BuildOptions([])) as p:
        assert_that(p | beam.Create([1, 2, 3]) | beam.CombineGlobally(sum), equal_to([6]))


class _Stateful(beam.DoFn):  # Beam's idiom: state and timers as default arguments
    BAG = BagStateSpec("bag", VarIntCoder())
    TIMER = TimerSpec("timer", beam.TimeDomain.WATERMARK)

    def process(self, element, bag=beam.DoFn.StateParam(BAG), t=beam.DoFn.TimerParam(TIMER)):  # noqa: B008
        yield element

    @on_timer(TIMER)
    def fire(self, bag=beam.DoFn.StateParam(BAG)):  # noqa: B008
        yield 0


class _Plain(beam.DoFn):
    def process(self, element):
        yield element


def test_dofn_specs_are_beams_once_per_dofn_and_beams_function_comes_back():
    original = userstate.get_dofn_specs
    stateful, plain = _Stateful(), _Plain()
    expected = original(stateful)
    assert expected == ({_Stateful.BAG}, {_Stateful.TIMER})
    calls = []

    def counted(dofn):
        calls.append(dofn)
        return original(dofn)

    userstate.get_dofn_specs = counted
    try:
        with dofn_specs_once():
            for _ in range(3):
                assert userstate.get_dofn_specs(stateful) == expected
                assert userstate.get_dofn_specs(plain) == (set(), set())
                assert userstate.is_stateful_dofn(stateful)
                assert not userstate.is_stateful_dofn(plain)
            userstate.get_dofn_specs(stateful)[0].clear()  # a caller's copy
            assert userstate.get_dofn_specs(stateful) == expected
        assert calls == [stateful, plain]
        assert userstate.get_dofn_specs is counted
    finally:
        userstate.get_dofn_specs = original
