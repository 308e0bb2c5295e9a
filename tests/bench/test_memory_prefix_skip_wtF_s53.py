"""bench/memory_prefix.py ``--skip`` and ``--book-glob`` (session 53, review of branch wtF).

``--skip`` leaves conditions unscored so that a later run adds only the new ones to the
windows an earlier run scored: it must not change the draws (the other conditions'
numbers are those of a run without it), and it is a resume setting. ``--book-glob``
reads other books than the language's shared ones. No model: the stand-in books and
loss of the session-52 resume test (the loss depends on every input token)."""

from __future__ import annotations

import json

import memory_prefix as mp
import pytest

from tests.bench.test_memory_prefix_resume_wtF_s52 import _args, fake  # noqa: F401


def _skip_args(path=None, skip=(), n=4, **kw):
    args = _args(path, n=n)
    args.skip, args.book_glob = list(skip), kw.get("book_glob")
    return args


def test_skip_leaves_a_condition_unscored_and_the_others_unchanged(fake):  # noqa: F811
    whole = mp.run_language("en", None, None, _skip_args())
    assert len(fake) == 4 * 3
    fake.clear()
    part = mp.run_language("en", None, None, _skip_args(skip=["none", "random"]))
    assert len(fake) == 4  # only key-recent scored
    for a, b in zip(whole["per_window"], part["per_window"], strict=True):
        assert (a["doc_id"], a["token_start"]) == (b["doc_id"], b["token_start"])
        assert b["key-recent_mean"] == a["key-recent_mean"]
        assert "none_mean" not in b and "random_mean" not in b
    assert part["gains"] == {}  # every comparison needs a skipped condition
    fake.clear()
    # Skipping only `none` keeps the random draws: the random losses are the same.
    no_none = mp.run_language("en", None, None, _skip_args(skip=["none"]))
    assert len(fake) == 4 * 2
    assert [w["random_mean"] for w in no_none["per_window"]] == [
        w["random_mean"] for w in whole["per_window"]
    ]
    assert set(no_none["gains"]) == {"key-recent vs random"}


def test_skip_and_book_glob_are_resume_settings(fake, tmp_path):  # noqa: F811
    path = str(tmp_path / "en.json")
    args = _skip_args(path, skip=["none"], n=2)
    summary = mp.run_language("en", None, None, args)
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"args": vars(args), "summary": {"en": summary}}, f)
    assert mp.saved_summaries(_skip_args(path, skip=["none"]))["en"]["windows"] == 2
    for other in (_skip_args(path), _skip_args(path, skip=["none"], book_glob="/x/*.txt")):
        with pytest.raises(SystemExit, match="other settings"):
            mp.saved_summaries(other)


def test_book_glob_reads_the_given_books_not_the_languages(fake, tmp_path):  # noqa: F811
    other = tmp_path / "other"
    other.mkdir()
    for name in ("c.txt", "d.txt", "e.txt"):
        (other / name).write_text("x")
    summary = mp.run_language("en", None, None, _skip_args(book_glob=str(other / "*.txt"), n=6))
    assert {w["doc_id"] for w in summary["per_window"]} == {"c.txt", "d.txt", "e.txt"}
    assert summary["books"] == 3
