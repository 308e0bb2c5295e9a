"""Rule ``at_least_one_validation``'s choice in a small mixed corpus (session 44).

Clause ``fallback_shares_a_script``: when no split key hashes under
``--validation-fraction`` (a folder of a few books), the rule sends one key to
validation. It took the key with the smallest hash whatever it held: in a folder of one
English book and three Chinese or Japanese ones, the English book was the whole
validation split, so training saw no English and ``val_loss`` measured English only.
Now the key goes to validation from the scripts that two or more keys are written in
(the one with the smallest hash among them): the script of what is held out is one
that train has too. When every key is the only one of its script (one English and one
Chinese book), the choice is as before (the smallest hash overall). Deterministic: the
scripts come from the text (:func:`text_script`), the choice from the hashes; a corpus
that already has validation documents, or none asked for, is unchanged; a near-duplicate
cluster is one key, in the script of its kept document (the key it is named by).

Script, not language: English and French books are both "latin"; Japanese is told from
Chinese by its kana.

Cost: :func:`text_script` counts 16 slices of 512 characters spread over the text, so a
book's count is the same few thousand characters whatever its length.
"""

from __future__ import annotations

import re

from transforms.split import fallback_validation_key, flipped_key, split_extremes

_SLICES, _SLICE = 16, 512
_SCRIPTS = (
    ("kana", re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]")),
    ("han", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("hangul", re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("greek", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
    ("hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("devanagari", re.compile(r"[\u0900-\u097f]")),
    ("thai", re.compile(r"[\u0e00-\u0e7f]")),
)
_KANA_SHARE = 0.1  # kana among kana and han, at least, for Japanese


def text_script(text: str) -> str:
    """The script most of ``text``'s letters are written in ("latin", "han",
    "japanese", "hangul", "cyrillic" ...; "" with no letter of those), counted on
    ``_SLICES`` slices spread over it (a Gutenberg header and license in English weigh
    their share of the book, not a third of it)."""
    n = len(text)
    if n <= _SLICES * _SLICE:
        sample = text
    else:
        step = (n - _SLICE) // (_SLICES - 1)
        sample = "".join(text[i * step : i * step + _SLICE] for i in range(_SLICES))
    counts = {name: len(rx.findall(sample)) for name, rx in _SCRIPTS}
    kana = counts.pop("kana")
    if kana and kana >= _KANA_SHARE * (kana + counts["han"]):
        counts["japanese"] = kana + counts.pop("han")
    else:
        counts["han"] += kana
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ""


def script_extremes(by_script: dict[str, list]) -> dict[str, list]:
    """Per script, ``transforms.split.split_extremes`` of its keys (a combine's
    accumulator: merging two is merging their lists per script)."""
    return {script: split_extremes(keys) for script, keys in by_script.items()}


def flipped_key_by_script(by_script: dict[str, list], validation_fraction: float) -> str:
    """``transforms.split.flipped_key`` over every key, but the key sent to validation
    (rule ``at_least_one_validation``) is taken among the scripts with two or more keys
    when there is one (clause ``fallback_shares_a_script``, module docstring).
    ``by_script``: :func:`script_extremes` of the corpus, ``{script: [(fraction, key),
    ...]}``."""
    extremes = split_extremes([k for keys in by_script.values() for k in keys])
    key = flipped_key(extremes, validation_fraction)
    if not key or key != fallback_validation_key(extremes[:2], validation_fraction):
        return key  # none, or the at_least_one_train key
    shared = [keys[0] for keys in by_script.values() if len(keys) >= 2]
    return min(shared)[1] if shared else key


SHARED_SCRIPT, NEAREST = "shared_script", "nearest"


def fallback_choice(by_script: dict[str, list], key: str) -> str:
    """Which choice sent ``key`` (:func:`flipped_key_by_script`'s answer) to validation,
    for the manifest's ``validation_fallback_choice`` and the build's line (clause
    ``fallback_choice_recorded``, session 45): :data:`SHARED_SCRIPT` when another key is
    written in its script (train has that script too), :data:`NEAREST` when it is the only
    key of its script (every script alone: the smallest hash overall, as before session
    44), "" when ``key`` is "" or not among the keys. Read off the result, so it says what
    train holds whichever rule chose the key."""
    for keys in by_script.values():
        if any(k == key for _, k in keys):
            return SHARED_SCRIPT if len(keys) >= 2 else NEAREST
    return ""
