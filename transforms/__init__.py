"""Per-document stages: pure functions first, thin Beam wrappers last."""
