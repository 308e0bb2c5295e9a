"""Clause no_key_tokens_said (training/report.py): a LongPPL section with no key token
says so in one line instead of a table of "-" and a key-loss table with no rows.

The report below is the LongPPL part of a real `longctx eval` run (session 55 wtH's
walk-through: a 2-layer random Llama with SmolLM2's tokenizer, adapter of 4 steps, on
the 2 held-out books of a build from 4 Gutenberg books (rcdm-uga/Gutenberg_Text) and
2 wuxia novels (jbts6/wuxia-novel), `--lengths 128,256,512 --max-docs 2`).
"""

import copy

from training.report import longppl_section

SETTINGS = {
    "longppl": {
        "evaluator": "base",
        "evaluator_length": 512,
        "short_context": 64,
        "short_stride": 16,
        "lsd_threshold": 2.0,
        "lcl_threshold": -2.0,
        "tokens_scored": 1022,
        "tokens_with_short_context": 864,
        "key_tokens": 0,
        "key_fraction": 0.0,
    }
}
LONGPPL = {
    "by_length": [
        {"length": n, "key_tokens": 0, "loss": None, "longppl": None} for n in (128, 256, 512)
    ],
    "key_loss_by_position": {
        "length": 512,
        "buckets": [
            {"start": a, "end": b, "tokens": 0, "loss": None}
            for a, b in ((1, 64), (64, 128), (128, 256), (256, 512))
        ],
    },
}
PPL = [{"length": n, "perplexity": 49000.0, "beyond_context": False} for n in (128, 256, 512)]
MODELS = [
    {"name": "base", "perplexity": PPL, "longppl": LONGPPL},
    {"name": "adapter:runA", "perplexity": PPL, "longppl": LONGPPL},
]


def test_no_key_token_is_one_line_not_empty_tables():
    lines = longppl_section(SETTINGS, MODELS)
    text = "\n".join(lines)
    assert "0 of 1022 scored tokens" in text
    assert "No key token, so no LongPPL" in text
    assert "above 2 and a long-context log-probability above -2 under `base`" in text
    assert not [line for line in lines if line.startswith("|")]  # no table at all
    assert "Key tokens' mean loss" not in text


def test_key_tokens_keep_both_tables():
    settings = copy.deepcopy(SETTINGS)
    settings["longppl"].update(key_tokens=3, key_fraction=3 / 1022)
    models = copy.deepcopy(MODELS)
    for m in models:
        for row in m["longppl"]["by_length"]:
            row.update(key_tokens=3, loss=1.0, longppl=2.718)
        m["longppl"]["key_loss_by_position"]["buckets"][3].update(tokens=3, loss=1.0)
    text = "\n".join(longppl_section(settings, models))
    assert "No key token" not in text
    assert "| context length | base PPL | base LongPPL |" in text
    assert "Key tokens' mean loss (nats) by left context, at length 512:" in text
    assert "| 256-511 | 1.000 | 1.000 | 3 |" in text
