"""Record types of longctx: see ``schemas.records``."""

from schemas.records import *  # noqa: F401,F403
from schemas.records import (  # noqa: F401
    CHUNK_FEATURES,
    CHUNK_SCHEMA,
    DOCUMENT_FEATURES,
    DOCUMENT_SCHEMA,
    IGNORE_INDEX,
    REJECTED_FEATURES,
    REJECTED_SCHEMA,
    SPLITS,
    WRITTEN_RECORDS,
)
