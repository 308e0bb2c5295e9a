"""Record types of longctx: see ``schemas.records``."""

from schemas.records import *  # noqa: F401,F403
from schemas.records import (  # noqa: F401
    CHUNK_SCHEMA,
    DOCUMENT_SCHEMA,
    IGNORE_INDEX,
    REJECTED_SCHEMA,
    SPLITS,
    WRITTEN_RECORDS,
)


def __getattr__(name: str):
    # schemas.CHUNK_FEATURES etc.: made (and datasets imported) on first use only.
    from schemas import records

    return getattr(records, name)
