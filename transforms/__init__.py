"""Per-document stages: pure functions first, thin Beam wrappers last."""

import logging


class _DropBeamImportNoise(logging.Filter):
    # apache_beam logs this on the root logger at import time when the optional
    # GCP client libraries are absent; it is harmless for local runs and alarms users.
    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


logging.getLogger().addFilter(_DropBeamImportNoise())
