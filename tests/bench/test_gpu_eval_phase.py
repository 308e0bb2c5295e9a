"""The GPU proof's evaluation plans its units from measured times (bench/gpu_eval_phase.py)."""

import pytest

from bench.gpu_eval_phase import unit_seconds


def test_an_unmeasured_kind_runs():
    assert unit_seconds({}, 32768) == 0.0


@pytest.mark.parametrize(
    "measured,length,expected",
    [
        # the first GPU run's passkey units (seconds per model): the same length is
        # taken as measured, whichever filler ran it
        ({32768: 13.6, 16384: 7.55, 8192: 6.76, 4096: 6.55}, 32768, 13.6),
        ({32768: 13.6, 4096: 6.55}, 16384, 6.55 + 7.05 * 12288 / 28672),  # between
        ({4096: 6.5}, 8192, 13.0),  # beyond the longest: in proportion
        ({8192: 4.0, 16384: 6.0}, 4096, 4.0),  # below the shortest: as the shortest
    ],
)
def test_a_unit_is_estimated_from_the_measured_lengths(measured, length, expected):
    assert unit_seconds(measured, length) == pytest.approx(expected)


def test_top_kernels_ranks_operators_by_their_own_device_time():
    from types import SimpleNamespace as E

    from bench.train_steps import top_kernels

    averages = [
        E(key="aten::mm", self_device_time_total=3_000_000.0, count=90),
        E(key="aten::_flash_attention_backward", self_device_time_total=5_000_000.0, count=30),
        E(key="aten::copy_", self_device_time_total=0.0, count=7),  # host-only: left out
        E(key="aten::add_", self_device_time_total=500_000.0, count=300),
    ]
    table = top_kernels(averages, 2)
    assert table["device_s"] == 8.5  # every operator with device time, not only the top
    assert [(k["name"], k["device_s"], k["calls"]) for k in table["top"]] == [
        ("aten::_flash_attention_backward", 5.0, 30),
        ("aten::mm", 3.0, 90),
    ]


def test_the_report_renders_a_profiled_step_of_each_side():
    from bench.gpu_report import profile_lines

    step = {"step_s": 0.9, "data": 0.0, "forward": 0.2, "lm head + loss": 0.1, "backward": 0.5,
            "optimizer": 0.05, "python between ops": 0.05}  # fmt: skip
    kernels = {"device_s": 0.8, "top": [{"name": "a|b", "device_s": 0.5, "calls": 3}]}
    profile = {"profile_step": 3, "ours": {"profile": {**step, "kernels": kernels}},
               "hf": {"profile": step}}  # fmt: skip
    text = "\n".join(profile_lines(profile))
    assert "| ours | 0.9 | 0.0 | 0.2 | 0.1 | 0.5 | 0.05 | 0.05 | 0.8 |" in text
    assert "| hf | 0.9 | 0.0 | 0.2 | 0.1 | 0.5 | 0.05 | 0.05 | - |" in text
    assert "| a/b | 0.5 | 3 |" in text  # a pipe in a kernel name cannot break the table
    assert profile_lines(None) == [] and profile_lines({"profile_step": 3}) == []
