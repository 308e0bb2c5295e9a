"""Passkey retrieval (Mohtashami & Jaggi 2023), in English and Chinese.

A number from 1 to 50000 is hidden at a chosen depth of filler text, then the prompt
asks for it; greedy decoding must give back exactly that number. Prompts are built
in token ids of the model's tokenizer and are exactly ``length`` tokens long (up to 3
fewer where the cut filler would end inside a character):

    intro | filler[:cut] | needle | filler[cut:] | question

The filler is whole sentences, tokenized one at a time, so the needle sits on a
sentence boundary, the one nearest ``depth`` of the filler (0: right after the intro,
1: right before the question). Only the filler's last sentence is cut, to hit the
length exactly. Fillers:

* ``repeat``: the classic "The grass is green. The sky is blue. ..." (English question);
* ``en``: English prose (``training/fillers/en.txt``, or ``--filler-text en=FILE``);
* ``zh``: Chinese prose (``training/fillers/zh.txt``) with a Chinese intro and question.

Each trial starts the prose at a different sentence (seeded), so trials differ in
filler as well as key; prose shorter than the filler needed repeats from its start.
The packaged prose files were written for longctx (CC0); they hold no digits.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass
from functools import cached_property

import torch

from schemas.errors import UserError

FILLER_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fillers")
KEY_RANGE = (1, 50000)
DEPTHS = (0.0, 0.25, 0.5, 0.75, 1.0)


@dataclass(frozen=True)
class Template:
    intro: str
    needle: str  # with {key}
    question: str
    separator: str  # joins filler sentences


TEMPLATES = {
    "en": Template(
        intro="There is an important info hidden inside a lot of irrelevant text. "
        "Find it and memorize it. I will quiz you about the important information there.\n",
        needle=" The pass key is {key}. Remember it. {key} is the pass key.",
        question="\nWhat is the pass key? The pass key is",
        separator=" ",
    ),
    "zh": Template(
        intro="下面有一大段无关的文字，其中藏着一条重要的信息。找到并记住它，之后我会问你这条信息。\n",
        needle="通行密钥是{key}。记住它。{key}是通行密钥。",
        question="\n通行密钥是多少？通行密钥是",
        separator="",
    ),
}

REPEAT_FILLER = (
    "The grass is green. The sky is blue. The sun is yellow. Here we go. There and back again."
)


@dataclass(frozen=True)
class Filler:
    name: str
    language: str  # a TEMPLATES key
    text: str

    @property
    def template(self) -> Template:
        return TEMPLATES[self.language]

    @cached_property
    def sentences(self) -> list[str]:
        from transforms import cjk_quotes, literal_scan, quote_marks
        from transforms.sentences import sentence_spans, unwrap

        text = re.sub(r"\s+", " ", self.text) if self.language == "en" else self.text
        # Clause passkey_release (session 46): the splitter's one-document caches keep the
        # last long text they were asked of (clause one_literal_scan, the quote marks'
        # caches); analyze_text drops them in a finally, and so must this caller.
        try:
            spans = sentence_spans(text, self.language)
        finally:
            quote_marks.release()
            cjk_quotes.release()
            literal_scan.release()
        out = [unwrap(text[s:e]).strip() for s, e in spans]
        out = [s for s in out if s]
        if not out:
            raise ValueError(f"filler {self.name!r} has no sentences")
        return out


def load_filler(name: str, path: str | None = None) -> Filler:
    """``repeat``, ``en`` or ``zh``; ``path`` replaces the packaged text of ``en``/``zh``.

    A name other than these takes its language from the text (``zh`` when most of its
    letters are CJK) and needs ``path``.
    """
    if name == "repeat" and not path:
        return Filler("repeat", "en", REPEAT_FILLER)
    packaged = not path
    if packaged:
        path = os.path.join(FILLER_DIR, f"{name}.txt")
        if name not in TEMPLATES:
            raise ValueError(
                f"unknown filler {name!r}: use repeat, en, zh, or give a text file with "
                f"--filler-text {name}=FILE"
            )
    if not os.path.exists(path):
        raise UserError(f"filler text {path!r} not found")
    if packaged:  # UTF-8, read as ever (the prompts of earlier reports)
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        text = read_filler_text(path)
    language = name if name in TEMPLATES else _language_of(text)
    return Filler(name, language, text)


def read_filler_text(path: str) -> str:
    """Rule ``filler_read_as_input``: a ``--filler-text`` file the old UTF-8 reading
    could not open is read as the dataset builder and ``--text`` read their inputs
    (``--encoding auto``: a GB18030 or Big5 novel, CP1252...; ``.gz`` / ``.zst``;
    JSONL and Parquet records joined by a blank line). It was opened as UTF-8 only: a
    GB18030 novel, the very input the README builds datasets from, stopped the eval
    with "'utf-8' codec can't decode byte 0xa1", and a ``.txt.gz`` with the same.
    What cannot be read is one line with the reader's reason.

    Clause ``filler_text_as_before`` (review): a plain UTF-8 file is read exactly as
    before (``open(encoding="utf-8")``), and the reader's text only has its line ends
    made ``\n`` as that open does, not the builder's normalization: it collapsed the
    double spaces of ``第一回  王教头私走延安府`` and changed the prompts of every
    earlier report made with a UTF-8 novel. A file is named as it is, not as a glob
    (``book [1].txt``); a folder reads each of its files."""
    from schemas.records import Document
    from transforms.decompress import codec_of
    from transforms.read import InputFile, ReadConfig, expand_inputs, file_format, read_file

    plain = os.path.isfile(path) and file_format(path) == "text" and codec_of(path) is None
    if plain:
        try:
            with open(path, encoding="utf-8") as f:
                return f.read()
        except UnicodeDecodeError:
            pass  # GB18030, Big5, CP1252...: the reader decides
    if os.path.isdir(path):
        files = expand_inputs([path])
    else:
        files = [InputFile(path, os.path.basename(path), os.path.getsize(path))]
    records = [r for f in files for r in read_file(f, ReadConfig())]
    unread = [r for r in records if not isinstance(r, Document)]
    if unread or not records:
        why = f"{unread[0].reason}: {unread[0].error}" if unread else "no text in it"
        raise UserError(f"filler text {path!r} cannot be read ({why})")
    return "\n\n".join(r.text.replace("\r\n", "\n").replace("\r", "\n") for r in records)


def _language_of(text: str) -> str:
    sample = text[:20000]
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    letters = sum(1 for ch in sample if ch.isalpha())
    return "zh" if letters and cjk / letters > 0.5 else "en"


class Encoder:
    """Token ids of text pieces, memoized (filler sentences repeat across prompts)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self._memo: dict[str, list[int]] = {}

    def __call__(self, text: str) -> list[int]:
        if text not in self._memo:
            self._memo[text] = self.tokenizer.encode(text, add_special_tokens=False).ids
        return self._memo[text]


def _whole_characters(tokenizer, ids: list[int]) -> list[int]:
    """``ids`` without the last few tokens if they end inside a character (byte-level
    BPE splits a CJK character into several tokens)."""
    for drop in range(min(4, len(ids))):
        if not tokenizer.decode(ids[: len(ids) - drop]).endswith("\ufffd"):
            return ids[: len(ids) - drop]
    return ids[: len(ids) - 4]


@dataclass(frozen=True)
class PasskeyPrompt:
    ids: list[int]
    key: int
    depth: float  # requested
    intro_tokens: int
    needle_start: int  # token position of the needle in the prompt
    needle_end: int
    filler_tokens: int

    @property
    def needle_depth(self) -> float:
        """Where the needle really sits: filler tokens before it / all filler tokens."""
        before = self.needle_start - self.intro_tokens
        return before / self.filler_tokens if self.filler_tokens else 0.0


def build_prompt(
    tokenizer, filler: Filler, length: int, key: int, depth: float, first_sentence: int = 0
) -> PasskeyPrompt:
    """A prompt of exactly ``length`` tokens with ``key`` hidden at ``depth`` (0..1)."""
    if not 0.0 <= depth <= 1.0:
        raise ValueError(f"depth {depth} must be between 0 and 1")
    encode = tokenizer if isinstance(tokenizer, Encoder) else Encoder(tokenizer)
    t = filler.template
    intro, question = encode(t.intro), encode(t.question)
    needle = encode(t.needle.format(key=key))
    room = length - len(intro) - len(needle) - len(question)
    if room < 0:
        raise ValueError(
            f"passkey length {length} is shorter than the prompt without filler "
            f"({length - room} tokens)"
        )
    # Whole sentences until the room is full; only the last one is cut to fit.
    pieces: list[list[int]] = []
    bounds = [0]
    sentence = first_sentence
    while bounds[-1] < room:
        ids = encode(t.separator + filler.sentences[sentence % len(filler.sentences)])
        cut_short = len(ids) > room - bounds[-1]
        if cut_short:
            ids = _whole_characters(encode.tokenizer, ids[: room - bounds[-1]])
        pieces.append(ids)
        bounds.append(bounds[-1] + len(ids))
        sentence += 1
        if cut_short:
            break
    room = bounds[-1]
    # The needle goes on the sentence boundary nearest depth * room.
    cut = min(range(len(bounds)), key=lambda b: abs(bounds[b] - depth * room))
    before = [tok for ids in pieces[:cut] for tok in ids]
    after = [tok for ids in pieces[cut:] for tok in ids]
    start = len(intro) + len(before)
    return PasskeyPrompt(
        ids=intro + before + needle + after + question,
        key=key,
        depth=depth,
        intro_tokens=len(intro),
        needle_start=start,
        needle_end=start + len(needle),
        filler_tokens=room,
    )


@dataclass(frozen=True)
class Trial:
    filler: str
    length: int
    depth: float
    trial: int
    key: int
    first_sentence: int


def plan_trials(
    fillers: list[Filler], lengths: list[int], depths: list[float], trials: int, seed: int = 0
) -> list[Trial]:
    """The grid, with a key and a filler start per trial that depend only on the seed
    and the cell, so every model answers the very same prompts (pure)."""
    plan = []
    for filler in fillers:
        for length in lengths:
            for depth in depths:
                for trial in range(trials):
                    rng = random.Random(f"{seed}/{filler.name}/{length}/{depth}/{trial}")
                    key = rng.randint(*KEY_RANGE)
                    first = rng.randrange(len(filler.sentences))
                    plan.append(Trial(filler.name, length, depth, trial, key, first))
    return plan


def answer_of(text: str) -> int | None:
    """The first whole number in a model's continuation, if any."""
    match = re.search(r"\d+", text)
    return int(match.group()) if match else None


def cache_argument(output) -> dict:
    """The keyword that hands a forward's KV cache to the next one. transformers
    renamed it from ``past_key_values`` to ``cache`` during 5.x (5.17, the GPU
    machine's, still has the old name; 5.24 has the new one and only warns on the
    old), so the name is read off the output."""
    for name in ("cache", "past_key_values"):
        if output.get(name) is not None:
            return {name: output[name]}
    raise ValueError(f"the model returned no KV cache (output keys: {list(output.keys())})")


@torch.no_grad()
def greedy_continuation(
    model, ids: list[int], max_new_tokens: int, device, autocast, finite: list | None = None
) -> list[int]:
    """Greedy decoding with the KV cache; the prompt's logits are kept for its last
    token only (``logits_to_keep=1``), so a long prompt costs one forward. ``finite``
    (a list) gets, per new token, whether its logits were all finite (clause
    passkey_logits_finite: an argmax over NaN logits is no answer of the model's)."""
    from training.modeling import causal_lm

    lm = causal_lm(model)
    x = torch.tensor([ids], dtype=torch.long, device=device)
    cache, out = {}, []
    for _ in range(max_new_tokens):
        with autocast():
            step = lm(input_ids=x, **cache, use_cache=True, logits_to_keep=1)
        cache = cache_argument(step)
        x = step.logits[:, -1].argmax(-1, keepdim=True)
        out.append(int(x))
        if finite is not None:
            finite.append(logits_answerable(step.logits[:, -1]))
    return out


def logits_answerable(logits) -> bool:
    """Clause passkey_logits_finite_minus_inf (session 31 integrator): an argmax over
    these logits is the model's answer: no NaN, no +inf, at least one finite value. A
    -inf entry alone is a token the model rules out (a masked or padded vocabulary
    row), not a broken model, so it no longer marks the trial non-finite."""
    return bool(
        not torch.isnan(logits).any()
        and not torch.isposinf(logits).any()
        and torch.isfinite(logits).any()
    )


def run_trial(model, encode: Encoder, filler: Filler, trial: Trial, device, autocast) -> dict:
    prompt = build_prompt(
        encode, filler, trial.length, trial.key, trial.depth, trial.first_sentence
    )
    finite: list[bool] = []
    new = greedy_continuation(
        model, prompt.ids, len(encode(f" {trial.key}")) + 3, device, autocast, finite
    )
    output = encode.tokenizer.decode(new)
    answer = answer_of(output)
    return {
        "filler": trial.filler,
        "length": trial.length,
        "depth": trial.depth,
        "trial": trial.trial,
        "key": trial.key,
        "prompt_tokens": len(prompt.ids),
        "needle_depth": round(prompt.needle_depth, 4),
        "output": output,
        "answer": answer,
        "correct": answer == trial.key,
        "logits_finite": all(finite),
    }


def summarize(results: list[dict]) -> list[dict]:
    """Accuracy per (filler, length, depth) cell, in grid order.

    Clause passkey_cells_not_finite (session 32): a trial whose logits were not finite
    (``logits_finite`` False, clause passkey_logits_finite) has no answer of the
    model's, yet counted as a miss: a NaN model's table read 0/N in every cell, the
    same as a model that is merely weak. Such trials are now counted in the cell's
    ``not_finite`` and left out of ``correct`` and ``accuracy`` (over the trials with
    finite logits; ``None`` when there is none); ``trials`` still counts them all."""
    cells: dict[tuple, list[bool | None]] = {}
    for r in results:
        answer = r["correct"] if r.get("logits_finite", True) else None
        cells.setdefault((r["filler"], r["length"], r["depth"]), []).append(answer)
    summary = []
    for (f, n, d), answers in cells.items():
        hits = [a for a in answers if a is not None]
        summary.append(
            {
                "filler": f,
                "length": n,
                "depth": d,
                "trials": len(answers),
                "correct": sum(hits),
                "accuracy": sum(hits) / len(hits) if hits else None,
                "not_finite": len(answers) - len(hits),
            }
        )
    return summary
