"""Beam wiring and entry points of the dataset build."""
