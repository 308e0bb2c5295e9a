"""The GPU proof's evaluation plans its units from measured times (bench/gpu_phases.py)."""

import pytest

from bench.gpu_phases import unit_seconds


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
