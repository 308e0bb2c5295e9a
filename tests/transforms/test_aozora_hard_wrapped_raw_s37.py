"""Clause aozora_hard_wrapped_raw (transforms.ja_hard_wrap.raw_wrap_joins, used by
transforms.aozora.aozora_edits, session 37): an Aozora text wrapped at a column that counted
its 《》 readings is joined by the markup pass at the raw column, where the readings' widths
are still seen, and rubies the wrap cut in two ("…羅生門" / "《らしょうもん》の下で…", "｜丹塗" / "《にぬり》") are read
across the break. Before, the readings were cut first and the unwrap stage, measuring the
ragged cleaned widths, joined only some lines (羅生門 at 30 columns: 60 of 101 lines still
ended mid-sentence, readings left at line starts).

Data: tests/data/ja_aozora_rashomon_ruby.txt (芥川「羅生門」, Aozora 000879 card 127, raw with
《》 and ｜), wrapped here counting each reading as the characters it shows in the raw file."""

import re

import pytest

from tests.transforms.test_aozora_hard_wrapped_s36 import RAW, _never_wrapped, _paragraphs, _wrap
from transforms.aozora import never_wrapped
from transforms.boilerplate import BoilerplateConfig, find_boilerplate
from transforms.clean import clean_text
from transforms.ja_hard_wrap import raw_wrap_joins


@pytest.mark.parametrize("width", [20, 40])
def test_aozora_hard_wrapped_raw_paragraphs_back(width):
    """Wrapped at 20 or 40 columns counting the readings: every paragraph comes back whole,
    no reading or bar left."""
    wrapped = _wrap(RAW, width, count_readings=True)
    assert raw_wrap_joins(wrapped)
    got = _paragraphs(wrapped)
    assert got == _paragraphs(RAW)
    assert not any("《" in t or "｜" in t for t in got)


def test_aozora_hard_wrapped_raw_ruby_across_the_break():
    """At 30 columns: the rubies cut by the wrap are read (the sentences are whole, without
    readings); one wrap that lands before an opening 「 stays (the opening-mark guard: a
    paragraph may open so)."""
    wrapped = _wrap(RAW, 30, count_readings=True)
    assert "羅生門\n《らしょうもん》" in wrapped and "所々｜丹塗\n《にぬり》" in wrapped
    got = _paragraphs(wrapped)
    assert any(
        t.startswith("ある日の暮方の事である。一人の下人が、羅生門の下で雨やみを待っていた。")
        for t in got
    )
    assert not any("《" in t or "｜" in t for t in got)
    assert len(got) == len(_paragraphs(RAW)) + 1  # "…と云うよりも" / "「雨にふりこめられた…"
    assert _never_wrapped(wrapped)


def test_aozora_hard_wrapped_raw_guard_seen_widths():
    """Guard: a wrap at the widths a reader sees (readings not counted) piles better with the
    readings cut: no join here, the unwrap stage joins it (clause aozora_hard_wrapped)."""
    for width in (20, 30, 40):
        wrapped = _wrap(RAW, width)
        assert raw_wrap_joins(wrapped) == []
        assert not _never_wrapped(wrapped)


def test_aozora_hard_wrapped_raw_guard_markup_kept():
    """Guard: with the markup kept (``--keep-aozora-markup``), nothing is joined by it, so the
    text stays wrapped for the unwrap stage; Aozora's own layout is never joined."""
    wrapped = _wrap(RAW, 30, count_readings=True)
    config = BoilerplateConfig()
    rules = tuple(r for r in config.rules if r != "aozora_markup")
    edits = find_boilerplate(wrapped, BoilerplateConfig(rules=rules))
    assert not never_wrapped(wrapped, edits, rules)
    assert raw_wrap_joins(RAW) == []


def test_aozora_hard_wrapped_raw_kept_lines():
    """Clause aozora_hard_wrapped_raw_kept_lines (review): ``--keep-line-breaks`` keeps the raw
    layout (README): the markup pass joins no wrap then, in ``clean_text`` or the pipeline's
    boilerplate stage; the unwrap stage on keeps joining (the raw column's joins made)."""
    from schemas.records import Document
    from transforms.clean import CleanConfig, clean_stages
    from transforms.unwrap import UnwrapConfig

    wrapped = _wrap(RAW, 30, count_readings=True)
    lines = wrapped.count("\n")
    kept = CleanConfig(unwrap=UnwrapConfig(enabled=False))
    assert clean_text(wrapped, kept).text.count("\n") == lines
    stages = dict(clean_stages(kept))
    doc = stages["boilerplate"](Document("d", "rashomon.txt", wrapped))
    assert doc.text.count("\n") == lines and not doc.never_wrapped
    assert doc.text.count("《") < wrapped.count("《") / 2  # the readings within a line still go
    doc = dict(clean_stages())["boilerplate"](Document("d", "rashomon.txt", wrapped))
    assert doc.text.count("\n") < lines / 4 and doc.never_wrapped


def test_aozora_hard_wrapped_raw_guard_cut_piles_better():
    """Guard (review): a text with few readings wrapped at the widths a reader sees piles at
    that column raw too; its lines with the readings cut pile better, so no join is made at
    the raw column (a line holding a reading would stay broken, the unwrap stage told to join
    nothing): the unwrap stage joins it whole (羅生門 with one reading in ten)."""
    rubies = iter(range(1, 10_000))
    sparse = re.sub("《[^》]*》", lambda m: m.group() if next(rubies) % 10 == 0 else "", RAW)
    for width in (20, 30, 40):
        wrapped = _wrap(sparse, width)
        assert raw_wrap_joins(wrapped) == []
        assert _paragraphs(wrapped) == _paragraphs(sparse)
