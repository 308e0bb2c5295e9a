"""Rule progress_off_all_bars (session 47): with progress bars off (``progress: false``
in a recipe, ``longctx eval --no-progress``, or a rank other than 0) transformers draws
none of its own either: its "Loading weights" bar printed under ``progress: false``
(the new user's walk). The library's setting is global, so it is put back on exit: a
second run in the same process (tests, a notebook) draws what its own setting says."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


@contextlib.contextmanager
def transformers_bars(on: bool) -> Iterator[None]:
    """transformers' progress bars off inside the block unless ``on`` (then as the
    library has them: its HF_HUB_DISABLE_PROGRESS_BARS still holds), as before after it."""
    from huggingface_hub import utils as hub
    from transformers.utils import logging as hf_logging

    was, hub_off = hf_logging.is_progress_bar_enabled(), hub.are_progress_bars_disabled()
    if not on:
        hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        (hf_logging.enable_progress_bar if was else hf_logging.disable_progress_bar)()
        # transformers' switch turns huggingface_hub's on too: the hub's own setting
        # (turned off by the caller, transformers' bars on) is put back as well.
        if hub_off:
            hub.disable_progress_bars()
