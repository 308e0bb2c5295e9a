"""Lone surrogates in a str a caller passes to a public pure function (session 43).

A lone surrogate (U+D800-U+DFFF: half of a UTF-16 pair, as ``json.loads('"\\ud83d"')``
gives) is a code point no UTF codec encodes. No reader passes one (the reader rejects
such a record as ``invalid_unicode``), but a user may call a stage alone with one: the
steps that read code points as bytes (UTF-8 widths in ``contents.drop_lists``, UTF-16
units in the unwrapper of ``clean_text``, UTF-32 in ``key_sentences.eligible_sentences``)
raised ``UnicodeEncodeError``, and the tokenizer a ``TypeError`` ("TextInputSequence
must be str") that named nothing.

Clause ``surrogates_read_as_replacement`` (session 42: ``analyze_text``; session 43:
every public pure function over a str, :func:`reads_surrogates`): on that error, the
call is made again with each surrogate read as U+FFFD, one character for one, so every
offset and span it returns holds for the text as given. Only on the error: no cost on
other text. The outermost such call decides (a thread's inner calls pass the error
up), so a stage reads one text throughout, never part as given and part replaced.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import re
import threading

SURROGATE = re.compile("[\ud800-\udfff]")
_STATE = threading.local()


def replaced(text: str) -> str:
    """``text`` with each lone surrogate read as U+FFFD (one character for one)."""
    return SURROGATE.sub("\ufffd", text)


def _replaced_value(value):
    """``value`` (a str, or ``contents.Lines``: a dataclass of the lines' ``texts``)
    with its surrogates replaced; None when it holds none."""
    if isinstance(value, str):
        return replaced(value) if SURROGATE.search(value) else None
    texts = getattr(value, "texts", None)
    if dataclasses.is_dataclass(value) and isinstance(texts, list):
        if any(SURROGATE.search(t) for t in texts):
            return dataclasses.replace(value, texts=[replaced(t) for t in texts])
    return None


def reads_surrogates(argument: str = "text", errors: tuple = (UnicodeEncodeError,)):
    """Clause ``surrogates_read_as_replacement``: the decorated function, called with
    a lone surrogate in its ``argument`` and failing with one of ``errors``, is called
    again with each surrogate read as U+FFFD (:func:`replaced`); any other failure,
    or one over text without a surrogate, is raised as it was."""

    def decorate(function):
        signature = inspect.signature(function)

        @functools.wraps(function)
        def call(*args, **kwargs):
            if getattr(_STATE, "inside", False):  # an outer call decides
                return function(*args, **kwargs)
            _STATE.inside = True
            try:
                return function(*args, **kwargs)
            except errors:
                bound = signature.bind(*args, **kwargs)
                fixed = _replaced_value(bound.arguments.get(argument))
                if fixed is None:
                    raise
                bound.arguments[argument] = fixed
                return function(*bound.args, **bound.kwargs)
            finally:
                _STATE.inside = False

        return call

    return decorate
