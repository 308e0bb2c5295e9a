"""Beam wiring and entry points of the dataset build."""

import transforms  # noqa: F401  (installs the Beam import-noise filter first)
